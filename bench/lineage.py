"""Lineage and alert evaluation on a large store: the analyses of a stored corpus (the sample by default,
after `bash scripts/demo.sh --no-serve`) copied ``--copies`` times with publication dates spread over ten
years and 300 outlets, then each view timed (median of ``--repeat`` runs, in this process):

    python bench/lineage.py --db out/sample.db --copies 210 --repeat 3

Prints JSON: the store's size, then seconds for the lineage of the most pushed narrative, the lineage of
every narrative pushed, and one evaluation of examples/alerts.yaml (finding events, recording none).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def build(source: Path, target: Path, copies: int, seed: int) -> int:
    from narrascope.ingest.records import make_document
    from narrascope.store import Store, Versions

    rng = random.Random(seed)
    with Store(source, create=False) as s:
        records = [(r, t) for _, r, t in s.records()]
    n = 0
    with Store(target) as store:
        for k in range(copies):
            with store.transaction():
                for record, text in records:
                    r = dict(record, id=f"{record['id']}-{k}", outlet=f"Outlet {rng.randrange(300)}",
                             published=(dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))).isoformat())
                    doc = make_document(r["id"], f"{text} [{k}]", source=r["id"], title=r.get("title"),
                                        published=r["published"], outlet=r["outlet"])
                    stored = store.add_article(doc)
                    if stored is not None:
                        store.save_analysis(stored.row, r, Versions("bench", "bench"))
                        n += 1
    return n


def timed(fn: Callable[[], Any], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return round(statistics.median(runs), 3)


def main() -> None:
    from narrascope.alerts import load_rules
    from narrascope.alerts.evaluate import evaluate
    from narrascope.corpus.lineage import narrative_lineages

    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--db", type=Path, default=ROOT / "out" / "sample.db")
    p.add_argument("--copies", type=int, default=210)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "big.db"
        started = time.perf_counter()
        articles = build(a.db, db, a.copies, a.seed)
        built = round(time.perf_counter() - started, 1)
        conn = sqlite3.connect(db)
        top = conn.execute("SELECT narrative, count(*) FROM narrative_matches WHERE matched = 1 GROUP BY 1"
                           " ORDER BY 2 DESC LIMIT 1").fetchone()
        claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        rules = load_rules(ROOT / "examples" / "alerts.yaml")
        print(json.dumps({
            "articles": articles, "claims": claims, "build_seconds": built,
            "top_narrative": {"id": top[0], "pushing_articles": top[1]},
            "lineage_top_narrative_s": timed(lambda: narrative_lineages(conn, top[0]), a.repeat),
            "lineage_every_narrative_s": timed(lambda: narrative_lineages(conn), a.repeat),
            "alerts_evaluate_s": timed(lambda: evaluate(conn, rules), a.repeat),
            "alerts_found": len(evaluate(conn, rules))}, indent=1))


if __name__ == "__main__":
    main()
