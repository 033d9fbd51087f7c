#!/usr/bin/env python3
"""Research bench (not shipped): would an article-level "does it push anything" gate keep neutral reporting
on a narrative's topic from being matched, on catalogues the matcher was not fitted on?

The gate is a logistic model over the article's best narrative score (log-odds) and its style: scare quotes,
loaded cue words, questions and secrecy cue words per sentence (``_style_profile`` and the cue lexicons).
Below the gate's level an article matches nothing. Scored leave one unit out over nine units: our corpus,
holdout2, holdout3, holdout4 (blind catalogues; pairs F1 at 0.3 and quiet articles matched) and SemEval-2025
T10's five languages against its own taxonomy (coarse F1-samples, as ``narratives_eval.py`` scores them);
the gate is fitted on the other eight, each weighing the same, and its level chosen on them.

    python scripts/make_calibration_gold.py     # out/calibration/semeval-*.yaml, once
    python scripts/push_gate_lab.py [--style scare,loaded,questions,secrecy]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from narrascope.catalogue import load_catalogue  # noqa: E402
from narrascope.engine import Analyser  # noqa: E402
from narrascope.lexicon import cue_matcher, hits_by_sentence  # noqa: E402
from narrascope.logistic import fit_logistic, sigmoid  # noqa: E402
from narrascope.stages.narratives import _style_profile  # noqa: E402

OURS = ("own", "holdout2", "holdout3", "holdout4")
SEMEVAL = ("en", "ru", "bg", "pt", "hi")


def _units() -> dict[str, tuple[list[Path], Path | None]]:
    tests = ROOT / "tests"
    own = sorted((tests / "corpus" / "gold").glob("*.yaml"))
    units: dict[str, tuple[list[Path], Path | None]] = {"own": (own, None)}
    for name in OURS[1:]:
        units[name] = ([tests / name / "gold.yaml"], tests / name / "catalogue.yaml")
    for lang in SEMEVAL:
        units[f"semeval-{lang}"] = ([ROOT / "out" / "calibration" / f"semeval-{lang}.yaml"],
                                    ROOT / "out" / "calibration" / "semeval_catalogue.yaml")
    return units


def read_unit(gold_files: list[Path], catalogue: Path | None) -> list[dict]:
    """Each gold article as the analyser reads it: best score, scores, style, gold labels."""
    cat = load_catalogue(catalogue) if catalogue else load_catalogue()
    parent = {n.id: n.parent for n in cat.narratives}
    analyser = Analyser(catalogue=cat, disabled=("techniques",))
    out = []
    for gold_file in gold_files:
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        root = Path(gold.get("root", gold_file.parent / "articles" if catalogue else gold_file.parents[1] / "articles"))
        if not root.is_absolute():
            root = gold_file.parent / root
        for aid, entry in gold["articles"].items():
            doc = analyser.analyse_text((root / entry["file"]).read_text(encoding="utf-8"), aid).document
            style = _style_profile(doc)
            secrecy = {i for i, hit in hits_by_sentence(cue_matcher(doc.language), doc) if hit.label == "secrecy"}
            n = max(1, len(doc.sentences))
            out.append({"kind": entry["kind"], "gold": set(entry.get("narratives") or []), "parent": parent,
                        "scores": {m.id: m.score for m in doc.narratives if m.stance != "refutes"},
                        "style": {"scare": style.scare_quotes, "loaded": style.loaded, "questions": style.questions,
                                  "secrecy": len(secrecy) / n}})
    return out


def _row(article: dict, style: list[str]) -> list[float]:
    p = min(max(max(article["scores"].values(), default=0.0), 1e-4), 1 - 1e-4)
    return [float(np.log(p / (1 - p)))] + [article["style"][k] for k in style]


def unit_f1(name: str, articles: list[dict], open_: list[bool]) -> tuple[float, int]:
    """(F1, neutral or fact-checking articles matched): coarse F1-samples for SemEval, pairs F1 for ours."""
    matched = [{j for j, p in a["scores"].items() if p >= 0.3} if ok else set()
               for a, ok in zip(articles, open_, strict=True)]
    if name.startswith("semeval"):
        f1 = []
        for a, m in zip(articles, matched, strict=True):
            pred = {a["parent"].get(x) or x for x in m} or {"Other"}
            gold = {a["parent"].get(x) or x for x in a["gold"]} or {"Other"}
            shared = len(pred & gold)
            f1.append(2 * shared / (len(pred) + len(gold)) if shared else 0.0)
        return float(np.mean(f1)), 0
    tp = fp = fn = quiet = 0
    for a, m in zip(articles, matched, strict=True):
        gold = a["gold"] if a["kind"] == "pushing" else set()
        tp, fp, fn = tp + len(m & gold), fp + len(m - gold), fn + len(gold - m)
        quiet += int(a["kind"] != "pushing" and bool(m))
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return 2 * precision * recall / max(1e-9, precision + recall), quiet


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--style", default="scare,loaded,questions,secrecy")
    style = ap.parse_args().style.split(",")
    data = {name: read_unit(*where) for name, where in _units().items()}
    levels = np.arange(0.0, 0.9, 0.05)
    before = after = 0.0
    for held in data:
        # the gate only matters where something would be matched: fitted on articles scoring 0.3 or more
        train = [(a, 1.0 / len(arts)) for name, arts in data.items() if name != held for a in arts
                 if max(a["scores"].values(), default=0) >= 0.3]
        x = np.array([_row(a, style) for a, _ in train])
        y = np.array([float(a["kind"] == "pushing" and bool(a["gold"])) for a, _ in train])
        weight = np.array([w for _, w in train])
        mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-9
        w, b = fit_logistic((x - mu) / sd, y, l2=1.0, sample_weight=weight)
        gate = {name: [float(sigmoid(((np.array(_row(a, style)) - mu) / sd) @ w + b)) for a in arts]
                for name, arts in data.items()}
        others = [n for n in data if n != held]
        level = max(levels, key=lambda g: sum(unit_f1(n, data[n], [p >= g for p in gate[n]])[0]  # noqa: B023
                                              for n in others))
        f0, q0 = unit_f1(held, data[held], [True] * len(data[held]))
        f1, q1 = unit_f1(held, data[held], [p >= level for p in gate[held]])
        before, after = before + f0, after + f1
        quiet = f"  quiet {q0} -> {q1}" if not held.startswith("semeval") else ""
        print(f"{held:12} gate at {level:.2f}: F1 {f0:.3f} -> {f1:.3f}{quiet}")
    print(f"sum of F1 {before:.3f} -> {after:.3f}")


if __name__ == "__main__":
    main()
