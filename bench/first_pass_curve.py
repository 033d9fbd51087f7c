#!/usr/bin/env python3
"""What a stricter techniques first pass costs, out of fold, on SemEval-2023's training four-fifths only.

The held-out fifth is never read. As ``narrascope train-techniques`` does: the first pass and the technique
scorers are fitted on two folds of three (by article hash) and score the third; the thresholds are fitted on
those out-of-fold scores at the fitted first pass (recall 0.95). Then, for each setting, the sentences let through
change, and with them each sentence's score (zero when not encoded) and its neighbours' context:

* ``technique_first_pass_scale`` (the first pass's threshold probability times the scale);
* a cap per article: of the sentences that pass, only the N the first pass scores highest.

For each it prints the share of training sentences encoded and paragraph micro-F1 overall and per language, with
the shipped thresholds (what changing the setting does) and with thresholds fitted again (what a retrain would).
Needs scipy (``pip install 'narrascope[techniques-train]'``); encodes the 37,547 sentences once (about a minute on
2 idle cores) and fits six models (about 6 minutes); ``--cache`` keeps the fitted parts for another run.

    python bench/first_pass_curve.py ../shared/data/semeval2023-t3 --scales 1 1.25 1.5 2 --caps 30 10
"""

from __future__ import annotations

import argparse
import math
import zlib
from collections import defaultdict
from pathlib import Path

import numpy as np

from narrascope.encoders import get_encoder
from narrascope.logistic import sigmoid
from narrascope.settings import DEFAULT
from narrascope.techniques.labels import TECHNIQUES
from narrascope.techniques.model import neighbours
from narrascope.techniques.train import (
    FIRST_PASS_L2,
    FIRST_PASS_RECALL,
    FOLDS,
    SentenceTable,
    _article_rows,
    _cheap_features,
    _fit_logistic,
    _language_f1,
    _logits,
    held_out,
    read_articles,
    sentence_table,
)

PARTS = ("first_pass", "vector", "context", "cheap")


def fitted_parts(table: SentenceTable, y: np.ndarray, l2: float) -> dict[str, np.ndarray]:
    """Out-of-fold first-pass logits, and each technique scorer's logit parts per sentence (its own vector, the
    projection its neighbours contribute, cues + terms + bias): the score of any mask is then a few sums."""
    folds = np.array([zlib.crc32(a.encode("utf-8")) % FOLDS for a in table.article])
    cue_rows = np.vstack(table.cue_rows)
    cheap = _cheap_features((cue_rows - cue_rows.mean(axis=0)) / (cue_rows.std(axis=0) + 1e-6), table.texts)
    vectors = get_encoder("use").encode([t[: DEFAULT.max_encoded_chars] for t in table.texts])
    context = np.vstack([neighbours(vectors[ix]) for ix in _article_rows(table.article)])
    dense, dim = np.hstack([vectors, context]).astype(np.float32), vectors.shape[1]
    out = {"first_pass": np.zeros(len(y), np.float32), **{k: np.zeros_like(y) for k in PARTS[1:]}}
    for k in range(FOLDS):
        fit, rows = folds != k, folds == k
        w, b = _fit_logistic(None, cheap[fit], y.max(axis=1, keepdims=True)[fit], FIRST_PASS_L2)
        out["first_pass"][rows] = _logits(None, cheap[rows], w, b)[:, 0]
        w, b = _fit_logistic(dense[fit], cheap[fit], y[fit], l2)
        out["vector"][rows] = vectors[rows] @ w[:, :dim].T
        out["context"][rows] = vectors[rows] @ w[:, dim:2 * dim].T
        out["cheap"][rows] = _logits(None, cheap[rows], w[:, 2 * dim:], b)
    return out


def scores(parts: dict[str, np.ndarray], mask: np.ndarray, rows_of: list[np.ndarray]) -> np.ndarray:
    """As the stage scores: a sentence not encoded scores 0 and is left out of its neighbours' context."""
    context = np.vstack([neighbours(parts["context"][ix], mask[ix]) for ix in rows_of])
    return sigmoid(parts["vector"] * mask[:, None] + context + parts["cheap"]) * mask[:, None]


def f1_at(s: np.ndarray, y: np.ndarray, table: SentenceTable, thresholds: np.ndarray) -> dict[str, float]:
    """Paragraph micro-F1, overall and per language folder, at given thresholds."""
    para: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, key in enumerate(zip(table.article, table.paragraph, strict=True)):
        para[key].append(i)
    out = {}
    for lang in ["all", *sorted(set(table.language))]:
        keys = [k for k, ix in para.items() if lang == "all" or table.language[ix[0]] == lang]
        predicted = np.vstack([s[para[k]].max(axis=0) for k in keys]) >= thresholds
        gold = np.vstack([y[para[k]].max(axis=0) for k in keys]) > 0
        out[lang] = round(2 * float((predicted & gold).sum()) / max(float(predicted.sum() + gold.sum()), 1.0), 4)
    return out


def capped(base: np.ndarray, first_pass: np.ndarray, rows_of: list[np.ndarray], cap: int) -> np.ndarray:
    mask = base.copy()
    for ix in rows_of:
        passing = ix[base[ix]]
        mask[passing[np.argsort(-first_pass[passing], kind="stable")[cap:]]] = False
    return mask


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", type=Path, help="the SemEval-2023 Task 3 folder")
    ap.add_argument("--scales", type=float, nargs="*", default=[1.0, 1.1, 1.2, 1.25, 1.3, 1.4, 1.5, 2.0, 3.0])
    ap.add_argument("--caps", type=int, nargs="*", default=[30, 20, 10])
    ap.add_argument("--l2", type=float, default=12.0, help="the scorers' L2 penalty (train-techniques' default)")
    ap.add_argument("--cache", type=Path, help="an .npz to keep the fitted parts in (read when it exists)")
    args = ap.parse_args()
    table = sentence_table(a for a in read_articles(args.data) if not held_out(a.id))
    y = np.array([[label in ls for label in TECHNIQUES] for ls in table.labels], dtype=np.float32)
    if args.cache and args.cache.exists():
        with np.load(args.cache) as z:
            parts = {k: z[k] for k in PARTS}
    else:
        parts = fitted_parts(table, y, args.l2)
        if args.cache:
            np.savez(args.cache, **parts)  # type: ignore[arg-type]
    rows_of, first = _article_rows(table.article), parts["first_pass"]
    fitted = float(np.quantile(first[y.max(axis=1) > 0], 1.0 - FIRST_PASS_RECALL))
    base = first >= fitted
    thresholds, _ = _language_f1(scores(parts, base, rows_of), y, table)
    p0 = sigmoid(np.float64(fitted))
    masks = {f"scale {s:g}": first >= math.log(s * p0 / (1 - s * p0)) for s in args.scales if s * p0 < 1}
    masks |= {f"cap {c}": capped(base, first, rows_of, c) for c in args.caps}
    languages = np.array(table.language)
    for name, mask in masks.items():
        s = scores(parts, mask, rows_of)
        shares = " ".join(f"{lang} {mask[languages == lang].mean():.2f}" for lang in sorted(set(table.language)))
        kept = " ".join(f"{k} {v:.4f}" for k, v in f1_at(s, y, table, thresholds).items())
        refit = " ".join(f"{k} {v:.4f}" for k, v in _language_f1(s, y, table)[1].items())
        print(f"{name}: encoded {mask.mean():.3f} ({shares}) | shipped thresholds: {kept} | refitted: {refit}")


if __name__ == "__main__":
    main()
