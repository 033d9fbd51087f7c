"""Training the technique model on SemEval-2023 Task 3 data (``narrascope train-techniques``).

Articles are split by a hash of their id: one in five is held out (``held_out``) and never used
for fitting or for choosing thresholds, so ``../shared/data/techniques_eval.py`` can score the
shipped model on it (``write_split_labels``). Each sentence is labelled with the techniques whose
gold spans start in it. The first pass (cues and terms, no vectors) is fitted first, its threshold
set out of fold to keep ``FIRST_PASS_RECALL`` of the sentences with some technique; the technique
scorers' thresholds are then chosen on out-of-fold scores as the stage will compute them (only the
sentences that pass, each with the context of its neighbours that pass). Needs scipy
(``pip install 'narrascope[techniques-train]'``); narrascope itself only reads the fitted weights.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..encoders import CachedEncoder
from ..errors import E_BACKEND, BackendError, UsageError
from ..logistic import sigmoid
from ..model import Document, Failure
from ..pipeline import Pipeline
from ..settings import DEFAULT
from ..stages import LanguageStage, SentenceStage
from .features import CUE_NAMES, HASH_DIMS, cues, term_indices
from .labels import TECHNIQUES
from .model import FirstPass, TechniqueModel, neighbours

HELD_OUT_ONE_IN = 5   # one article in five is held out
FOLDS = 3             # out-of-fold predictions choose each technique's threshold
#: Share of the gold-positive training sentences (any technique, out of fold) the first pass keeps:
#: the lowest of 0.90/0.95/0.98/0.99 at which every language's out-of-fold micro-F1 stayed within
#: 0.005 of its figure without a first pass (docs/techniques.md).
FIRST_PASS_RECALL = 0.95
FIRST_PASS_L2 = 48.0  # of 3, 12, 48: the first pass that let the fewest sentences through at that recall


def held_out(article_id: str) -> bool:
    return zlib.crc32(article_id.encode("utf-8")) % HELD_OUT_ONE_IN == 0


@dataclass
class Article:
    language_folder: str
    id: str
    text: str
    spans: list[tuple[str, int, int]]


@dataclass
class SentenceTable:
    """One row per sentence of the training articles."""

    texts: list[str] = field(default_factory=list)
    article: list[str] = field(default_factory=list)
    language: list[str] = field(default_factory=list)  # the SemEval language folder
    paragraph: list[int] = field(default_factory=list)
    labels: list[set[str]] = field(default_factory=list)
    cue_rows: list[np.ndarray] = field(default_factory=list)


def read_articles(root: Path, folders: Iterable[str] | None = None) -> Iterator[Article]:
    """SemEval-2023 Task 3 folders: <lang>/articles/article<ID>.txt and <lang>/spans/article<ID>-labels-*.txt."""
    for lang_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        if folders is not None and lang_dir.name not in folders:
            continue
        spans: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
        for f in sorted((lang_dir / "spans").glob("*.txt")):
            for line in f.read_text(encoding="utf-8").splitlines():
                parts = line.split("\t")
                if len(parts) == 4 and parts[1] in TECHNIQUES:
                    spans[parts[0]].append((parts[1], int(parts[2]), int(parts[3])))
        for f in sorted((lang_dir / "articles").glob("article*.txt")):
            aid = f.stem.removeprefix("article")
            yield Article(lang_dir.name, aid, f.read_text(encoding="utf-8"), spans.get(aid, []))


def sentence_table(articles: Iterable[Article]) -> SentenceTable:
    front = Pipeline([("language", LanguageStage(DEFAULT)), ("sentences", SentenceStage(DEFAULT))])
    table = SentenceTable()
    for art in articles:
        doc = front(Document(id=art.id, text=art.text))
        if isinstance(doc, Failure) or not doc.sentences:
            continue
        for s, row in zip(doc.sentences, cues(doc.sentences), strict=True):
            table.texts.append(s.text)
            table.article.append(art.id)
            table.language.append(art.language_folder)
            table.paragraph.append(art.text.count("\n", 0, s.start) + 1)
            table.labels.append({t for t, a, _ in art.spans if s.start <= a < s.end})
            table.cue_rows.append(row)
    return table


def fit(table: SentenceTable, encoder: CachedEncoder, l2: float = 1.0,
        first_pass_recall: float | None = FIRST_PASS_RECALL) -> tuple[TechniqueModel, dict[str, float]]:
    """Fit the first pass (unless ``first_pass_recall`` is None) and all techniques' logistic scorers
    jointly, thresholds from out-of-fold predictions. Also returns out-of-fold figures: paragraph
    micro-F1 with and without the first pass, overall and per language folder, and the share of
    sentences the first pass lets through; the figures to choose ``l2`` and the recall by (never the
    held-out split)."""
    if not table.texts:
        raise UsageError("no training sentences")
    vectors = encoder.encode([t[:DEFAULT.max_encoded_chars] for t in table.texts])  # as the stage encodes them
    cue_rows = np.vstack(table.cue_rows)
    mean, scale = cue_rows.mean(axis=0), cue_rows.std(axis=0) + 1e-6
    cheap = _cheap_features((cue_rows - mean) / scale, table.texts)
    context = np.vstack([neighbours(vectors[ix]) for ix in _article_rows(table.article)])
    dense = np.hstack([vectors, context]).astype(np.float32)
    y = np.array([[label in ls for label in TECHNIQUES] for ls in table.labels], dtype=np.float32)
    folds = np.array([zlib.crc32(a.encode("utf-8")) % FOLDS for a in table.article])
    first, passed = (None, np.ones(len(y), dtype=bool)) if first_pass_recall is None else \
        _first_pass(cheap, y.max(axis=1, keepdims=True), folds, first_pass_recall)
    oof_all, oof = np.zeros_like(y), np.zeros_like(y)
    run_time_context = np.vstack([neighbours(vectors[ix], passed[ix]) for ix in _article_rows(table.article)])
    for k in range(FOLDS):
        w, b = _fit_logistic(dense[folds != k], cheap[folds != k], y[folds != k], l2)
        rows = folds == k
        oof_all[rows] = sigmoid(_logits(dense[rows], cheap[rows], w, b))
        seen = np.hstack([vectors[rows] * passed[rows, None], run_time_context[rows]])  # what the stage will see
        oof[rows] = sigmoid(_logits(seen, cheap[rows], w, b)) * passed[rows, None]
    _, without = _language_f1(oof_all, y, table)
    thresholds, with_first = _language_f1(oof, y, table)  # on the scores as the stage will see them
    figures = {"first_pass_share": round(float(passed.mean()), 3),
               **{f"without_first_pass_{lang}": f for lang, f in without.items()},
               **{f"with_first_pass_{lang}": f for lang, f in with_first.items()}}
    w, b = _fit_logistic(dense, cheap, y, l2)
    dim, n_cues = vectors.shape[1], len(CUE_NAMES)
    model = TechniqueModel(TECHNIQUES, encoder.name, w[:, :dim], w[:, dim:2 * dim], w[:, 2 * dim:2 * dim + n_cues],
                           w[:, 2 * dim + n_cues:], b.astype(np.float32), thresholds.astype(np.float32),
                           mean.astype(np.float32), scale.astype(np.float32), first)
    return model, figures


def _cheap_features(standard_cues: np.ndarray, texts: list[str]) -> Any:
    """Standardised cues and hashed terms: what the first pass reads, and the full model besides vectors."""
    from scipy import sparse

    terms = [term_indices(t) for t in texts]
    rows = np.repeat(np.arange(len(terms)), [len(t) for t in terms])
    hashed = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, np.concatenate(terms))),
                               shape=(len(terms), HASH_DIMS))
    return sparse.hstack([sparse.csr_matrix(standard_cues), hashed], format="csr", dtype=np.float32)


def _first_pass(cheap: Any, y_any: np.ndarray, folds: np.ndarray, recall: float) -> tuple[FirstPass, np.ndarray]:
    """The first pass and which training sentences it lets through, out of fold: its threshold keeps
    ``recall`` of the out-of-fold scores of the sentences with some gold technique."""
    oof = np.zeros(len(y_any), dtype=np.float32)
    for k in range(FOLDS):
        w, b = _fit_logistic(None, cheap[folds != k], y_any[folds != k], FIRST_PASS_L2)
        oof[folds == k] = _logits(None, cheap[folds == k], w, b)[:, 0]
    threshold = float(np.quantile(oof[y_any[:, 0] > 0], 1.0 - recall))
    w, b = _fit_logistic(None, cheap, y_any, FIRST_PASS_L2)
    n_cues = len(CUE_NAMES)
    first = FirstPass(w[0, :n_cues], w[0, n_cues:], float(b[0]), threshold, recall)
    return first, oof >= threshold


def _article_rows(articles: list[str]) -> list[np.ndarray]:
    """Row indices of each article's sentences (they are consecutive in the table)."""
    bounds = [0] + [i for i in range(1, len(articles)) if articles[i] != articles[i - 1]] + [len(articles)]
    return [np.arange(a, b) for a, b in zip(bounds, bounds[1:], strict=False)]


def _logits(dense: np.ndarray | None, sparse_part: Any, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Scores over the columns [dense | sparse]; the dense part (vectors) through BLAS, not as a sparse matrix."""
    split = 0 if dense is None else dense.shape[1]
    z = np.asarray(sparse_part @ w[:, split:].T) + b
    if dense is not None:
        z += dense @ w[:, :split].T
    return np.asarray(z, dtype=np.float32)


def _fit_logistic(dense: np.ndarray | None, sparse_part: Any, y: np.ndarray, l2: float,
                  iterations: int = 300) -> tuple[np.ndarray, np.ndarray]:
    """One L2-penalised logistic regression per column of ``y`` over the columns [dense | sparse], all
    minimised together by L-BFGS (one product per step serves every technique)."""
    try:
        from scipy.optimize import minimize
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise BackendError("training needs scipy: pip install 'narrascope[techniques-train]'",
                           code=E_BACKEND) from exc

    n, labels = y.shape
    split = 0 if dense is None else dense.shape[1]
    d = split + sparse_part.shape[1]
    sparse_t = sparse_part.T.tocsr()

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w = theta[: labels * d].reshape(labels, d).astype(np.float32)
        p = sigmoid(_logits(dense, sparse_part, w, theta[labels * d:]))
        eps = 1e-7
        nll = -(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)).sum() / n
        err = ((p - y) / n).astype(np.float32)
        grad = np.asarray(sparse_t @ err).T
        if dense is not None:
            grad = np.hstack([(dense.T @ err).T, grad])
        grad = grad + l2 * w / n
        value = nll + 0.5 * l2 * float((w.astype(np.float64) ** 2).sum()) / n
        return value, np.concatenate([grad.ravel(), err.sum(axis=0)]).astype(np.float64)

    theta0 = np.zeros(labels * d + labels)
    theta0[labels * d:] = np.log((y.mean(axis=0) + 1e-4) / (1 - y.mean(axis=0) + 1e-4))
    result = minimize(loss, theta0, jac=True, method="L-BFGS-B", options={"maxiter": iterations})
    theta = result.x
    return theta[: labels * d].reshape(labels, d).astype(np.float32), theta[labels * d:].astype(np.float32)


def _language_f1(scores: np.ndarray, y: np.ndarray, table: SentenceTable) -> tuple[np.ndarray, dict[str, float]]:
    """The per-technique thresholds fitted on all languages' out-of-fold ``scores``, and with them the
    paragraph micro-F1 overall and per language folder."""
    thresholds, overall = _micro_f1_thresholds(scores, y, table)
    out = {"all": round(overall, 4)}
    para: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, key in enumerate(zip(table.article, table.paragraph, strict=True)):
        para[key].append(i)
    for lang in sorted(set(table.language)):
        keys = [k for k, ix in para.items() if table.language[ix[0]] == lang]
        predicted = np.vstack([scores[para[k]].max(axis=0) for k in keys]) >= thresholds
        gold = np.vstack([y[para[k]].max(axis=0) for k in keys]) > 0
        out[lang] = round(_f1(float((predicted & gold).sum()), float(predicted.sum()), float(gold.sum())), 4)
    return thresholds, out


def _micro_f1_thresholds(scores: np.ndarray, y: np.ndarray, table: SentenceTable) -> tuple[np.ndarray, float]:
    """Per-technique thresholds that maximise the task's measure, micro-F1 over paragraph labels
    (a paragraph has a technique when any of its sentences does), by coordinate ascent from the
    best single threshold. A rare technique the model cannot find gets a threshold of 1 (never)."""
    para: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, key in enumerate(zip(table.article, table.paragraph, strict=True)):
        para[key].append(i)
    p_score = np.vstack([scores[ix].max(axis=0) for ix in para.values()])
    p_gold = np.vstack([y[ix].max(axis=0) for ix in para.values()]) > 0
    grid = np.concatenate([np.arange(0.02, 0.6, 0.01), [1.01]])

    def counts(j: int, t: float) -> tuple[float, float]:
        pred = p_score[:, j] >= t
        return float((pred & p_gold[:, j]).sum()), float(pred.sum())

    gold_total = float(p_gold.sum())

    def single(t: float) -> float:  # micro-F1 with one threshold for every technique
        tallies = [counts(j, t) for j in range(y.shape[1])]
        return _f1(sum(c[0] for c in tallies), sum(c[1] for c in tallies), gold_total)

    best_single = max(grid[:-1], key=single)
    thresholds = np.full(y.shape[1], best_single)
    table_tp_pred = [counts(j, best_single) for j in range(y.shape[1])]
    for _ in range(2):
        for j in range(y.shape[1]):
            others_tp = sum(c[0] for k, c in enumerate(table_tp_pred) if k != j)
            others_pred = sum(c[1] for k, c in enumerate(table_tp_pred) if k != j)
            options = [(t, counts(j, t)) for t in grid]
            t, c = max(options, key=lambda o: _f1(others_tp + o[1][0], others_pred + o[1][1], gold_total))
            thresholds[j], table_tp_pred[j] = t, c
    reached = _f1(sum(c[0] for c in table_tp_pred), sum(c[1] for c in table_tp_pred), gold_total)
    return thresholds.astype(np.float32), reached


def _f1(tp: float, predicted: float, gold: float) -> float:
    return 2 * tp / max(predicted + gold, 1.0)


def held_out_paragraphs(lang_dir: Path) -> dict[str, dict[int, set[str]]]:
    """The held-out articles' gold techniques of one language folder: article id -> paragraph (line, from 1) ->
    labels (``paragraph-labels.txt``, the task's measure)."""
    gold: dict[str, dict[int, set[str]]] = {}
    for line in (lang_dir / "paragraph-labels.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and held_out(parts[0]):
            gold.setdefault(parts[0], {})[int(parts[1])] = {x for x in (parts[2].split(",") if len(parts) > 2 else [])
                                                            if x}
    return gold


def paragraph_counts(text: str, spans: Iterable[tuple[int, str]], gold: dict[int, set[str]]) -> tuple[int, int, int]:
    """True positives, false positives and false negatives of one article in the task's measure: each span
    (start, technique) counts for the paragraph (line) it starts in; only the task's techniques are scored."""
    found: dict[int, set[str]] = {}
    for start, technique in spans:
        found.setdefault(text.count("\n", 0, start) + 1, set()).add(technique)
    tp = fp = fn = 0
    for k, labels in gold.items():
        predicted = found.get(k, set()) & set(TECHNIQUES)
        tp, fp, fn = tp + len(labels & predicted), fp + len(predicted - labels), fn + len(labels - predicted)
    return tp, fp, fn


def write_split_labels(root: Path, out: Path) -> list[Path]:
    """The held-out articles' paragraph labels per language folder, for techniques_eval.py --labels."""
    written = []
    for lang_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        labels = lang_dir / "paragraph-labels.txt"
        if not labels.exists():
            continue
        keep = [ln for ln in labels.read_text(encoding="utf-8").splitlines() if ln and held_out(ln.split("\t")[0])]
        target = out / f"{lang_dir.name}-held-out-labels.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n".join(keep) + "\n", encoding="utf-8")
        written.append(target)
    return written


@dataclass
class TrainingReport:
    articles: int
    held_out: int
    sentences: int
    out_of_fold_micro_f1: float
    thresholds: dict[str, float]
    first_pass_recall: float | None = None
    #: out of fold: the share of training sentences the first pass lets through, and paragraph
    #: micro-F1 with and without it, overall and per language folder
    out_of_fold: dict[str, float] = field(default_factory=dict)


def train(root: Path, out: Path, encoder: CachedEncoder, l2: float = 12.0, split_labels: Path | None = None,
          first_pass_recall: float | None = FIRST_PASS_RECALL) -> TrainingReport:
    """Fit on every SemEval article that is not held out and save the model to ``out``."""
    if not root.is_dir():
        raise UsageError(f"no SemEval-2023 Task 3 folder at {root}")
    if first_pass_recall is not None and not 0.0 < first_pass_recall <= 1.0:
        raise UsageError(f"the first pass's recall must be above 0 and at most 1, not {first_pass_recall}")
    articles = list(read_articles(root))
    kept = [a for a in articles if not held_out(a.id)]
    table = sentence_table(kept)
    model, figures = fit(table, encoder, l2=l2, first_pass_recall=first_pass_recall)
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(out)
    if split_labels is not None:
        write_split_labels(root, split_labels)
    return TrainingReport(len(articles), len(articles) - len(kept), len(table.texts),
                          round(figures["with_first_pass_all"], 3),
                          {k: round(float(t), 3) for k, t in zip(model.labels, model.thresholds, strict=True)},
                          first_pass_recall, figures)
