#!/usr/bin/env python3
"""Stories at scale: how long `narrascope stories --db` takes to add 1,000 articles to a 100,000-article store.

The store (bench/out/stories-<N>.db, built once, `--rebuild` to build again) holds N articles with
their story items: each a 512-dimension unit vector, a date over a year, and for one in five a
catalogue narrative. Vectors are drawn, not encoded (encoding 100,000 articles' story texts would
take half an hour here and is not what is measured): 60% of the articles belong to one of N/40
stories (the story's centre plus noise: cosine about 0.78 to it, 0.6 between two of its
articles), the rest stand alone. The store is grouped as it grows, by the real code
(`stories_of_store`), 2,000 articles at a time.

Measured, each a whole `narrascope stories --db` process (start-up included) on a copy of the store:
  add       1,000 new articles (drawn the same way) join the stored stories: the default
  regroup   the baseline: `--regroup`, every article grouped anew from the stored vectors
            (what every call did before; it re-encoded every article too)

    python bench/stories.py --articles 100000 --add 1000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
EXE = [sys.executable, "-m", "narrascope.cli"]
DIM = 512


Drawn = list[tuple[str, np.ndarray, str, list[str]]]


def draw(rng: np.random.Generator, centres: np.ndarray, n: int, start: int) -> Drawn:
    """``n`` articles: (id, unit vector, date, narratives)."""
    out = []
    for i in range(start, start + n):
        if rng.random() < 0.6:
            v = centres[rng.integers(len(centres))] + 0.035 * rng.normal(size=DIM)
        else:
            v = rng.normal(size=DIM)
        day = f"2024-{1 + int(rng.integers(12)):02d}-{1 + int(rng.integers(28)):02d}"
        narratives = ["us-relocates-isis"] if rng.random() < 0.2 else []
        out.append((f"bench-{i:07d}", (v / np.linalg.norm(v)).astype(np.float32), day, narratives))
    return out


def store_articles(db: Path, articles: Drawn) -> None:
    from narrascope.store import Store

    with Store(db) as store, store.transaction() as conn:
        for aid, vector, day, narratives in articles:
            h = hashlib.sha256(aid.encode()).hexdigest()[:16]
            cur = conn.execute("INSERT INTO articles (article_id, text, content_hash, published, language, ingested_at)"
                               " VALUES (?, ?, ?, ?, 'en', '2025-01-01')", (aid, f"Article {aid}.", h, day))
            data = {"id": aid, "published": day, "narratives": narratives, "frames": []}
            detail = {"language": "en", "outlet": None, "title": f"Article {aid}", "claims": [], "evidence": []}
            conn.execute("INSERT INTO story_items (article, vector, data, detail) VALUES (?, ?, ?, ?)",
                         (cur.lastrowid, vector.tobytes(), json.dumps(data), json.dumps(detail)))


def build(db: Path, n: int, seed: int) -> None:
    from narrascope.catalogue import load_catalogue
    from narrascope.corpus.build import stories_of_store
    from narrascope.store import Store

    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(max(n // 40, 1), DIM))
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    db.unlink(missing_ok=True)
    catalogue = load_catalogue()
    step = 2_000
    for at in range(0, n, step):
        started = time.perf_counter()
        store_articles(db, draw(rng, centres, min(step, n - at), at))
        with Store(db) as store:
            stories = stories_of_store(store, None, catalogue)  # nothing to encode
        if (at + step) % 10_000 == 0:
            print(f"  built {at + step:>7d} articles: {len(stories)} stories ({time.perf_counter() - started:.1f} s)",
                  flush=True)
    np.save(db.with_suffix(".centres.npy"), centres)


def timed(cmd: list[str]) -> tuple[float, float]:
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE)
        err = proc.stderr.read() if proc.stderr else b""
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"failed: {' '.join(cmd)}\n{err.decode()[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--add", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-baseline", action="store_true", help="skip the --regroup runs")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--seed", type=int, default=5)
    a = ap.parse_args()
    db = ROOT / "bench" / "out" / f"stories-{a.articles}.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    if a.rebuild or not db.exists():
        print(f"building {db} ...", flush=True)
        build(db, a.articles, a.seed)
    centres = np.load(db.with_suffix(".centres.npy"))
    print(f"store: {a.articles} articles; adding {a.add}; load average {os.getloadavg()[0]:.1f}", flush=True)
    results: dict[str, list[tuple[float, float]]] = {"add": [], "regroup": []}
    with tempfile.TemporaryDirectory() as folder:
        for r in range(a.repeat):
            copy = Path(folder) / "s.db"
            shutil.copy(db, copy)
            store_articles(copy, draw(np.random.default_rng(1000 + r), centres, a.add, 10_000_000))
            results["add"].append(timed([*EXE, "stories", "--db", str(copy), "--skip", "techniques"]))
            if not a.no_baseline:
                results["regroup"].append(timed([*EXE, "stories", "--db", str(copy), "--regroup",
                                                 "--skip", "techniques"]))
    for name, runs in results.items():
        if runs:
            walls = sorted(w for w, _ in runs)
            cpus = sorted(c for _, c in runs)
            print(f"{name:8s} wall median {walls[len(walls) // 2]:7.2f} s (min {walls[0]:.2f}, max {walls[-1]:.2f});"
                  f" cpu median {cpus[len(cpus) // 2]:7.2f} s")
    if results["regroup"]:
        pairs = [add[0] / full[0] for add, full in zip(results["add"], results["regroup"], strict=True)]
        print(f"add / regroup, pair by pair: {', '.join(f'{p:.3f}' for p in pairs)}")
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
