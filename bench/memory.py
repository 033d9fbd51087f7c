#!/usr/bin/env python3
"""Peak memory of `narrascope ingest` as the input grows: does it stay flat from 10,000 to 100,000 articles?

Each size is one whole `narrascope ingest` process into a fresh store, reading one JSON Lines file
of the `feed` corpus (bench/make_feed.py; `--size` characters an article); peak resident memory is
the child's own maximum (`os.wait4`). The ratio of the largest to the smallest is the figure.

    python bench/memory.py --sizes 10000 100000 --size 1500 --stages read-store  # language, sentences, store
    python bench/memory.py --sizes 10000 100000 --size 1500                     # no narratives, no techniques
    python bench/memory.py --sizes 2000 10000 --size 1500 --stages all          # the whole pipeline
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = [sys.executable, "-m", "narrascope.cli"]
SKIPS = {"read-store": ["--skip", "narratives", "--skip", "techniques", "--skip", "claims", "--skip", "mentions"],
         "fast": ["--skip", "narratives", "--skip", "techniques"], "no-techniques": ["--skip", "techniques"],
         "all": []}


def corpus(n: int, size: int) -> Path:
    path = ROOT / "bench" / "out" / f"feed-{n}-{size}.jsonl"
    if not path.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_feed.py"), "--n", str(n), "--size", str(size),
                        "--out", str(path)], check=True)
    return path


def ingest(path: Path, stages: str) -> tuple[float, float, str]:
    with tempfile.TemporaryDirectory() as folder:
        cmd = [*EXE, "ingest", str(path), "--db", str(Path(folder) / "m.db"), "--quiet", *SKIPS[stages]]
        out, err = Path(folder) / "out", Path(folder) / "err"
        with out.open("w") as fo, err.open("w") as fe:
            start = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=fo, stderr=fe)
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status):
            raise SystemExit(f"failed: {' '.join(cmd)}\n{err.read_text()[-2000:]}")
        return wall, usage.ru_maxrss / 1024, out.read_text().strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--size", type=int, default=1500, help="characters an article (about)")
    ap.add_argument("--stages", choices=sorted(SKIPS), default="fast",
                    help="fast: no narratives, no techniques (default); all: the whole pipeline")
    a = ap.parse_args()
    print(f"ingest, stages {a.stages}, articles of about {a.size} characters; load average {os.getloadavg()[0]:.1f}")
    peaks = {}
    for n in a.sizes:
        path = corpus(n, a.size)
        wall, peak, summary = ingest(path, a.stages)
        peaks[n] = peak
        print(f"{n:>8d} articles ({path.stat().st_size / 1e6:.0f} MB): wall {wall:8.1f} s, {n / wall:6.1f}/s, "
              f"peak {peak:6.0f} MB  [{summary}]", flush=True)
    low, high = min(peaks.values()), max(peaks.values())
    print(f"largest / smallest peak: {high / low:.2f}x; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
