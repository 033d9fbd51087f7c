#!/usr/bin/env python3
"""Where the catalogue alone loses on SemEval-2025 T10 (issue 12): per language and per kind of article.

    python scripts/make_calibration_gold.py
    python scripts/semeval_diagnose.py [--langs en,pt,bg,hi,ru]

For each language, articles are split by their gold labels into climate (CC), war (URW) and "Other"
(no narrative), and for each group it prints the coarse F1-samples (as the shared scorer counts it:
a matched child stands for its parent, nothing matched is "Other"), where the best gold narrative
ranks among the 21 coarse ones, how many coarse narratives are predicted, and the mean features
of gold (article, narrative) pairs against the others, by topic. It also prints how many
catalogue entities the chosen sentences name. Sentence vectors come from the encoder cache.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections import defaultdict
from pathlib import Path

import numpy as np

from narrascope.calibration import load_gold
from narrascope.catalogue import load_catalogue
from narrascope.engine import Analyser
from narrascope.model import Failure
from narrascope.settings import DEFAULT
from narrascope.stages.narratives import FEATURES

GOLD = Path("out/calibration")


def f1(gold: set[str], pred: set[str]) -> float:
    tp = len(gold & pred)
    return 0.0 if tp == 0 else 2 * tp / (len(gold) + len(pred))


def group_of(coarse_gold: set[str]) -> str:
    if coarse_gold == {"Other"}:
        return "Other"
    topics = {g.split("-", 1)[0] for g in coarse_gold}
    return topics.pop().upper() if len(topics) == 1 else "mixed"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--langs", default="en,ru,bg,pt,hi")
    args = ap.parse_args()
    catalogue = load_catalogue(GOLD / "semeval_catalogue.yaml")
    parent = {n.id: n.parent for n in catalogue.narratives}
    settings = dataclasses.replace(DEFAULT, min_reported_score=0.0)
    analyser = Analyser(catalogue, settings, keep_features=True, disabled=("techniques", "stance"))
    relevant = analyser.prepared.relevant_entities
    threshold = settings.match_threshold
    for lang in args.langs.split(","):
        gold = load_gold([GOLD / f"semeval-{lang}.yaml"])
        by_path = {str(g.path): g for g in gold}
        groups: dict[str, list[tuple[float, int, int]]] = defaultdict(list)
        pairs: dict[tuple[str, bool], list[list[float]]] = defaultdict(list)
        named = []
        for item in analyser.analyse_paths([g.path for g in gold]):
            if isinstance(item, Failure):
                continue
            g = by_path[item.document.source]
            coarse_gold = {parent[i] or i for i in g.narratives} or {"Other"}
            best: dict[str, float] = defaultdict(float)
            for m in item.narratives:
                best[parent[m.id] or m.id] = max(best[parent[m.id] or m.id], m.score)
                pairs[(m.id.split("-", 1)[0], m.id in g.narratives)].append([m.features[f] for f in FEATURES])
            pred = {c for c, p in best.items() if p >= threshold} or {"Other"}
            order = sorted(best, key=lambda c: -best[c])
            rank = min((order.index(c) for c in coarse_gold if c in order), default=-1)
            groups[group_of(coarse_gold)].append((f1(coarse_gold, pred), rank, len(pred - {"Other"})))
            named.append(sum(1 for m in item.document.mentions if m.entity in relevant))
        total = [x for rows in groups.values() for x in rows]
        print(f"== {lang}: {len(total)} articles, F1 {np.mean([x[0] for x in total]):.3f}, "
              f"catalogue entities named per article (median) {np.median(named):.0f}")
        for name, rows in sorted(groups.items()):
            ranks = np.array([r for _, r, _ in rows if r >= 0])
            top1 = f"gold first {np.mean(ranks == 0):.2f}, in top 3 {np.mean(ranks < 3):.2f}" if len(ranks) else ""
            print(f"   {name:6s} {len(rows):4d} articles  F1 {np.mean([x[0] for x in rows]):.3f}  "
                  f"predicted coarse {np.mean([x[2] for x in rows]):.2f}  {top1}")
        print("   mean features of pairs, by the narrative's topic and gold:  " + " ".join(FEATURES))
        for (topic, is_gold), xs in sorted(pairs.items()):
            print(f"   {topic:4s} {'gold' if is_gold else 'not ':5s} {len(xs):5d}  "
                  + " ".join(f"{v:.2f}" for v in np.mean(xs, axis=0)))


if __name__ == "__main__":
    main()
