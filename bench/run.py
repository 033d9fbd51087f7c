#!/usr/bin/env python3
"""Whole-process benchmark of `narrascope analyse`: articles/second, peak memory, stage breakdown.

Each variant runs as its own process (start-up included), `--repeat` times; the median is
reported, with the ratio to the baseline measured in the same run. Variants:

  startup         `narrascope --version`: interpreter and import cost alone
  no-matching     ingest, language, sentences, mentions, claims (no narratives, no techniques)
  no-techniques   the full analysis without the techniques stage (`--skip techniques`)
  default         the full analysis as users run it
  encode-all      the naive matching method: encode every sentence of every article, whole
                  (the baseline to beat; without techniques, as it was measured before that stage)

    python bench/run.py --n 1000 --repeat 3
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = [sys.executable, "-m", "narrascope.cli"]


def timed(cmd: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak resident MB of the child, and its stderr."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) not in (0,):
        raise SystemExit(f"command failed: {' '.join(cmd)}\n{err[-2000:]}")
    return wall, usage.ru_maxrss / 1024, err


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    corpus = ROOT / "bench" / "out" / f"corpus-{a.n}.jsonl"
    if not corpus.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), "--n", str(a.n), "--out", str(corpus)],
                       check=True)
    analyse = [*EXE, "analyse", str(corpus), "--format", "jsonl", "--quiet", "--profile"]
    variants = {
        "startup": [*EXE, "--version"],
        "no-matching": [*analyse, "--skip", "narratives", "--skip", "techniques"],
        "no-techniques": [*analyse, "--skip", "techniques"],
        "default": analyse,
        "encode-all": [*analyse, "--skip", "techniques", "--set", "max_encoded_sentences=100000",
                       "--set", "max_encoded_chars=600"],
    }
    print(f"corpus: {corpus.name}, {a.n} articles, {corpus.stat().st_size / 1e6:.1f} MB; cpus: {os.cpu_count()}; "
          f"repeat {a.repeat}")
    results: dict[str, tuple[float, float, str]] = {}
    for name, cmd in variants.items():
        runs = [timed(cmd) for _ in range(a.repeat)]
        wall = statistics.median(r[0] for r in runs)
        peak = max(r[1] for r in runs)
        results[name] = (wall, peak, runs[-1][2])
    base = results["encode-all"][0]
    print(f"{'variant':14s} {'wall s':>8s} {'art/s':>8s} {'peak MB':>8s} {'vs encode-all':>14s}")
    for name, (wall, peak, _) in results.items():
        rate = "" if name == "startup" else f"{a.n / wall:8.1f}"
        print(f"{name:14s} {wall:8.2f} {rate:>8s} {peak:8.0f} {wall / base:13.2f}x")
    cost = results["default"][0] / results["no-techniques"][0]
    print(f"techniques stage: default takes {cost:.2f}x the time of no-techniques")
    for name in ("default", "no-techniques", "encode-all"):
        prof = re.search(r"profile: (.*)", results[name][2])
        print(f"breakdown {name}: {prof.group(1) if prof else 'n/a'}")


if __name__ == "__main__":
    main()
