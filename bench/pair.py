#!/usr/bin/env python3
"""Two whole commands timed in turn (A B A B ...): medians of wall and CPU seconds, and the ratio A/B pair by pair.

    python bench/pair.py -n 5 --vs 'COMMAND B' -- COMMAND A ...

Each command runs as a process of its own after one warm-up each; CPU is the user and system time of the finished
process and its children (``os.wait4``). Pair by pair, so that a machine whose speed drifts (other jobs) moves both
alike. Used for the end-against-start figures in bench/README.md, e.g. the session's code against its start in a
worktree: ``--vs "sh -c 'PYTHONPATH=<start>/src python -m narrascope.cli analyse bench/out/feed-500.jsonl
--format jsonl > /dev/null'" -- sh -c 'narrascope analyse bench/out/feed-500.jsonl --format jsonl > /dev/null'``.
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import time


def timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``command`` (its output thrown away)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0  # reaped above
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=5, help="counted pairs (default 5)")
    ap.add_argument("--vs", required=True, help="command B, one string split as a shell splits words")
    ap.add_argument("command", nargs=argparse.REMAINDER, help="command A, after --")
    a = ap.parse_args()
    first = a.command[1:] if a.command[:1] == ["--"] else a.command
    second = shlex.split(a.vs)
    timed(first), timed(second)  # warm-up: caches, compiled catalogue
    runs: list[tuple[tuple[float, float], tuple[float, float]]] = [(timed(first), timed(second)) for _ in range(a.n)]
    for name, k in (("wall", 0), ("cpu", 1)):
        ratios = [x[k] / max(y[k], 1e-9) for x, y in runs]
        print(f"{name}: A median {statistics.median(x[k] for x, _ in runs):.2f} s, B median "
              f"{statistics.median(y[k] for _, y in runs):.2f} s, A/B median {statistics.median(ratios):.3f} "
              f"(range {min(ratios):.3f}-{max(ratios):.3f}, {a.n} pairs)")


if __name__ == "__main__":
    main()
