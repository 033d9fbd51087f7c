#!/usr/bin/env python3
"""Research bench for the matcher: dump (article, narrative) features of several labelled corpora.

    python scripts/make_calibration_gold.py
    python scripts/matcher_lab.py dump out/calibration/*.yaml --out out/lab/pairs.npz

Sentence vectors are kept in out/lab/encoder-cache.pkl between runs, so that trying a new feature
costs the feature, not the encoder.
"""
from __future__ import annotations

import argparse
import dataclasses
import pickle
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

from narrascope.calibration import load_gold
from narrascope.catalogue import load_catalogue
from narrascope.engine import Analyser
from narrascope.model import Failure
from narrascope.settings import DEFAULT
from narrascope.stages.narratives import FEATURES

CACHE = Path("out/lab/encoder-cache.pkl")


def dump(gold_files: list[Path], out: Path) -> None:
    gold = load_gold(gold_files)
    settings = dataclasses.replace(DEFAULT, min_reported_score=0.0)
    base = Analyser(settings=settings, keep_features=True, disabled=("techniques",))
    if CACHE.exists():
        base.encoder._cache.update(pickle.loads(CACHE.read_bytes()))
    groups: dict[Path | None, list[int]] = defaultdict(list)
    for k, g in enumerate(gold):
        groups[g.catalogue].append(k)
    rows: list[tuple[str, str, str, str, str, str, int, int]] = []
    xs: list[list[float]] = []
    for cat_path, members in groups.items():
        catalogue = load_catalogue(cat_path) if cat_path else base.catalogue
        parent = {n.id: (n.parent or "") for n in catalogue.narratives}
        an = Analyser(catalogue, settings, base.encoder, base.weights, keep_features=True, disabled=("techniques",))
        sub = [gold[k] for k in members]
        by_path = {str(g.path): g for g in sub}
        for item in an.analyse_paths([g.path for g in sub]):
            if isinstance(item, Failure):
                print("failed", item.source, item.message, file=sys.stderr)
                continue
            g = by_path[item.document.source]
            for m in item.narratives:
                rows.append((g.corpus, str(cat_path or "bundled"), g.id, g.language, m.id, parent.get(m.id, ""),
                             int(m.id in g.narratives), int(m.id in g.refutes)))
                xs.append([m.features[f] for f in FEATURES])
        print(f"{cat_path}: {len(sub)} articles", file=sys.stderr)
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    CACHE.write_bytes(pickle.dumps(dict(base.encoder._cache)))
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, x=np.array(xs), rows=np.array(rows, dtype=object), features=np.array(FEATURES))
    print(f"wrote {out}: {len(rows)} pairs", file=sys.stderr)




def dump_vectors(gold_files: list[Path], out: Path, max_sentences: int = 40) -> None:
    """Per article: up to ``max_sentences`` sentence vectors in selection order; per catalogue: probes."""
    from narrascope.stages import narratives as nar

    gold = load_gold(gold_files)
    settings = dataclasses.replace(DEFAULT, min_reported_score=0.0, max_encoded_sentences=max_sentences)
    base = Analyser(settings=settings, disabled=("techniques",))
    if CACHE.exists():
        base.encoder._cache.update(pickle.loads(CACHE.read_bytes()))
    saved: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def ranked_select(self, doc):  # the production ranking, not cut back to reading order
        s = self.settings
        usable = [x for x in doc.sentences if len(x.text) >= s.min_evidence_chars or x.index == 0]
        relevant = self.prepared.relevant_entities
        per: dict[int, int] = {}
        for m in doc.mentions:
            if m.entity in relevant:
                per[m.sentence] = per.get(m.sentence, 0) + 1
        return sorted(usable, key=lambda x: (x.index > 1, -per.get(x.index, 0), x.index))[:s.max_encoded_sentences]

    def keep(self, doc, chosen, vecs):
        saved[doc.source] = (vecs.astype(np.float16), np.array([c.index for c in chosen]))
        doc.narratives = []

    nar.NarrativeStage._select_sentences = ranked_select
    nar.NarrativeStage._score = keep
    groups: dict[Path | None, list[int]] = defaultdict(list)
    for k, g in enumerate(gold):
        groups[g.catalogue].append(k)
    payload: dict[str, object] = {}
    for cat_path, members in groups.items():
        catalogue = load_catalogue(cat_path) if cat_path else base.catalogue
        an = Analyser(catalogue, settings, base.encoder, base.weights, disabled=("techniques",))
        key = str(cat_path or "bundled").split("/")[-1]
        payload[f"cat/{key}/probes"] = an.prepared.probes
        payload[f"cat/{key}/owner"] = an.prepared.probe_owner
        payload[f"cat/{key}/ids"] = np.array([n.id for n in catalogue.narratives], dtype=object)
        payload[f"cat/{key}/parents"] = np.array([n.parent or "" for n in catalogue.narratives], dtype=object)
        payload["anchors"] = an.prepared.anchors
        payload["debunkers"] = an.prepared.debunkers
        sub = [gold[k] for k in members]
        list(an.analyse_paths([g.path for g in sub]))
        for g in sub:
            if str(g.path) in saved:
                v, idx = saved[str(g.path)]
                payload[f"doc/{key}/{g.id}/vecs"] = v
                payload[f"doc/{key}/{g.id}/idx"] = idx
        print(f"{cat_path}: {len(sub)} articles", file=sys.stderr)
    CACHE.write_bytes(pickle.dumps(dict(base.encoder._cache)))
    with open(out, "wb") as fh:
        pickle.dump(payload, fh)


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("gold", nargs="+", type=Path)
    d.add_argument("--out", type=Path, default=Path("out/lab/pairs.npz"))
    v = sub.add_parser("vectors")
    v.add_argument("gold", nargs="+", type=Path)
    v.add_argument("--out", type=Path, default=Path("out/lab/vectors.pkl"))
    a = ap.parse_args()
    if a.cmd == "dump":
        dump(a.gold, a.out)
    elif a.cmd == "vectors":
        dump_vectors(a.gold, a.out)


if __name__ == "__main__":
    main()
