#!/usr/bin/env python3
"""The stance model's probability of a debunk on every labelled article of the tuning sets with fact-checks.

    python scripts/stance_scan.py [--list]

Reads tests/corpus, tests/stance, tests/stance_blind2 and tests/holdout2..6 (each with its own catalogue; all
tuning data, none held out). Prints how many fact-checks reach ``refute_threshold`` and how many other articles
do; ``--list`` also prints each fact-check under it and each other article over it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from narrascope.engine import Analyser
from narrascope.ingest import document_from_text
from narrascope.settings import DEFAULT

TESTS = Path(__file__).resolve().parent.parent / "tests"
SETS = ([(TESTS / f"holdout{i}" / "gold.yaml", TESTS / f"holdout{i}" / "catalogue.yaml") for i in range(2, 7)]
        + [(g, None) for g in sorted((TESTS / "corpus" / "gold").glob("*.yaml"))]
        + [(TESTS / "stance" / "gold.yaml", None),
           (TESTS / "stance_blind2" / "gold.yaml", TESTS / "stance_blind2" / "catalogue.yaml")])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", action="store_true", help="print the articles on the wrong side of the threshold")
    a = ap.parse_args()
    analysers: dict[Path | None, Analyser] = {}
    counts = {True: [0, 0], False: [0, 0]}  # is a fact-check -> [over the threshold, all]
    for gold_path, catalogue in SETS:
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        root = gold_path.parent / gold.get("root", "../articles" if gold_path.parent.name == "gold" else "articles")
        if catalogue not in analysers:
            analysers[catalogue] = Analyser(disabled=("techniques",), **({"catalogue": catalogue} if catalogue else {}))
        for aid, row in gold["articles"].items():
            factcheck = row["stance"] == "refutes" if "stance" in row else bool(row.get("refutes"))
            path = root / row["file"]
            doc = analysers[catalogue].pipeline(document_from_text(
                path.read_text(encoding="utf-8"), aid, html=path.suffix == ".html", settings=DEFAULT))
            over = doc.stance_score >= DEFAULT.refute_threshold
            counts[factcheck][0] += over
            counts[factcheck][1] += 1
            if a.list and over != factcheck:
                print(f"{gold_path.parent.name}/{aid}\t{'fact-check' if factcheck else row.get('kind')}\t"
                      f"{doc.stance_score:.3f}")
    print(f"fact-checks over the threshold {counts[True][0]}/{counts[True][1]}, "
          f"other articles over it {counts[False][0]}/{counts[False][1]}")


if __name__ == "__main__":
    main()
