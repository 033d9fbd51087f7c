#!/usr/bin/env python3
"""What ``technique_scope = catalogue`` leaves out, and what it costs: one process, the shipped code.

    python scripts/technique_scope_eval.py [--feed bench/out/feed-500.jsonl]

Prints, for each labelled corpus of ours (tests/corpus and tests/stance with the bundled catalogue, the
holdouts that are tuning data with their own catalogues), how many articles of each kind the techniques
stage leaves out; for the bench feed, how many; and for SemEval-2023 Task 3's held-out fifth (the split of
``narrascope train-techniques``), paragraph micro-F1 with the scope and with ``technique_scope=all``, as
``tests/test_techniques.py`` scores it (each technique span counted in the paragraph it starts in).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from narrascope.catalogue import load_catalogue  # noqa: E402
from narrascope.engine import Analyser  # noqa: E402
from narrascope.settings import DEFAULT  # noqa: E402
from narrascope.stages.techniques import OFF_CATALOGUE  # noqa: E402
from narrascope.techniques.train import held_out_paragraphs, paragraph_counts  # noqa: E402

TESTS = ROOT / "tests"
SEMEVAL23 = ROOT.parent / "shared" / "data" / "semeval2023-t3"
#: the holdouts scored once already (tuning data since); the others stay unread
TUNING_HOLDOUTS = ("holdout4", "holdout5", "holdout7", "holdout8")


def left_out(analyser: Analyser, text: str, name: str, html: bool = False) -> bool:
    return OFF_CATALOGUE in analyser.analyse_text(text, name, html=html).warnings


def our_corpora(encoder: object) -> None:
    sets = [("corpus", sorted((TESTS / "corpus" / "gold").glob("*.yaml")), TESTS / "corpus" / "articles", None),
            ("stance", [TESTS / "stance" / "gold.yaml"], TESTS / "stance" / "articles", None)]
    sets += [(h, [TESTS / h / "gold.yaml"], TESTS / h / "articles", TESTS / h / "catalogue.yaml")
             for h in TUNING_HOLDOUTS]
    for name, golds, root, catalogue in sets:
        analyser = Analyser(load_catalogue(catalogue) if catalogue else load_catalogue(), encoder=encoder)
        kinds: Counter[str] = Counter()
        out: Counter[str] = Counter()
        for gold in golds:
            for article_id, article in yaml.safe_load(gold.read_text(encoding="utf-8"))["articles"].items():
                path = root / article["file"]
                kinds[article["kind"]] += 1
                out[article["kind"]] += left_out(analyser, path.read_text(encoding="utf-8"), article_id,
                                                 html=path.suffix == ".html")
        print(name, ", ".join(f"{kind} {out[kind]} of {n}" for kind, n in sorted(kinds.items())), "left out")


def feed(path: Path, analyser: Analyser) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = sum(left_out(analyser, r["text"], r["id"]) for r in rows)
    print(f"feed {path.name}: {out} of {len(rows)} left out")


def semeval(analyser: Analyser) -> None:
    every = Analyser(analyser.catalogue, encoder=analyser.encoder,
                     settings=dataclasses.replace(DEFAULT, technique_scope="all"))
    for language in ("en", "fr", "ge", "it", "po", "ru"):
        gold = held_out_paragraphs(SEMEVAL23 / language)
        figures = []
        for name, which in (("catalogue", analyser), ("all", every)):
            tp = fp = fn = out = 0
            for article_id in sorted(gold):
                path = SEMEVAL23 / language / "articles" / f"article{article_id}.txt"
                if not path.exists():
                    continue
                text = path.read_text(encoding="utf-8")
                result = which.analyse_text(text, article_id)
                out += OFF_CATALOGUE in result.warnings
                counts = paragraph_counts(text, [(t.start, t.technique) for t in result.document.techniques],
                                          gold[article_id])
                tp, fp, fn = tp + counts[0], fp + counts[1], fn + counts[2]
            figures.append(f"{name} {2 * tp / max(2 * tp + fp + fn, 1):.4f} ({out} of {len(gold)} left out)")
        print(f"semeval2023 {language} held-out micro-F1:", "; ".join(figures))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--feed", type=Path, default=ROOT / "bench" / "out" / "feed-500.jsonl")
    args = ap.parse_args()
    analyser = Analyser()
    our_corpora(analyser.encoder)
    if args.feed.exists():
        feed(args.feed, analyser)
    else:
        print(f"feed: {args.feed} missing (python bench/make_feed.py --n 500 --out {args.feed})")
    if SEMEVAL23.exists():
        semeval(analyser)


if __name__ == "__main__":
    main()
