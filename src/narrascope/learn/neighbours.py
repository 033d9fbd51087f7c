"""What the matcher learns from a catalogue's labelled articles: nearest labelled neighbours and a head, stacked.

For a new article and each narrative that has at least one positive example, seven votes are read
from the labelled articles nearest to it and one head from all of them, in two spaces that fail differently:

* ``vote_mix``, ``vote_lex``, ``vote_sem``: the share of its ``NEIGHBOURS`` nearest labelled articles
  that push the narrative, each neighbour weighed by its similarity squared, in the mean of both
  spaces, in the lexical space alone (:mod:`.lexical`: the words and word pieces an analyst's own
  articles share, in any script) and in the sentence-vector space alone (meaning across languages);
* ``nearest``: similarity to the closest article labelled as pushing it;
* ``vote_mix_5``, ``vote_lex_5``, ``vote_sem_5``: the same three shares among the ``FEW_NEIGHBOURS``
  nearest only;
* ``head``: a per-narrative head, a kernel ridge regression of the labels on the similarities in the mean of
  both spaces, fitted on every example (:func:`_fit_head`).

A small logistic model (the *stacker*) weighs them together with the zero-shot probability's
log-odds and the narrative's base rate among the examples. With enough examples
(``MIN_FOR_REFIT``) it is fitted on the examples themselves, each read with itself left out
(leave-one-out), so the weights say how far the neighbours of an article it has not seen can be
trusted, and the match threshold is refitted too: the one giving the best per-article F1 on the
same leave-one-out probabilities. With fewer, the stacker fitted that way on SemEval-2025's
labelled articles is used. Narratives without a positive example keep their zero-shot score.

Everything is numbers: it is cached by the catalogue's content (see the engine) and needs no model
download.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import resources

import numpy as np

from ..errors import E_MODEL, NarrascopeError
from ..logistic import fit_logistic, sigmoid
from .lexical import CHAR_GRAMS, LexicalSpace

NEIGHBOURS = 15
#: the few nearest beside the 15: a narrative only a handful of close articles push is diluted among
#: 15, most where close neighbours are few (Hindi, Bulgarian: the lexical space alone finds them);
#: the stacker weighs both (5-fold SemEval lab: Hindi and Bulgarian +0.01-0.03)
FEW_NEIGHBOURS = 5
#: from this many examples on, the stacker and the threshold are refitted on the catalogue's own;
#: below, a handful would be noise: the stacker fitted on SemEval-2025's 859 labelled articles
#: (data/example_stacker.json, by scripts/fit_example_stacker.py) is used and the threshold kept
MIN_FOR_REFIT = 40
#: one more voter beside the nearest examples, voting the zero-shot probability, weighed as a
#: neighbour at similarity 0.17 (weights are similarities squared; about an unrelated article in
#: USE): an article far from every labelled one keeps what the catalogue alone says instead of the
#: examples' own mix (with 4 examples, 3 of them pushing, a weather report was matched at 0.42),
#: while close neighbours outweigh it
PRIOR_WEIGHT = 0.03
STACK_FEATURES = ("zero_shot_logit", "vote_mix", "vote_lex", "vote_sem", "nearest",
                  "vote_mix_5", "vote_lex_5", "vote_sem_5", "head", "base_rate")
#: the ridge penalty of the per-narrative heads (5-fold SemEval lab, heads with an intercept then, mean over five
#: languages: 0.542 and 0.543 with 0.1 and 0.3, mean of five splits; 0.540 and 0.538 with 1 and 3, mean of three)
HEAD_RIDGE = 0.3
_THRESHOLDS = np.round(np.arange(0.15, 0.71, 0.05), 2)
_OTHER_WEIGHTS = (0.25, 0.5, 1.0, 2.0, 4.0)
MAX_CHOSEN = 8
#: what a learnt model's numbers mean, in the engine's cache key: a model written under other inputs
#: or terms is never read back (the package's fingerprint changes too; this says it where it matters)
FORMAT = (STACK_FEATURES, NEIGHBOURS, FEW_NEIGHBOURS, CHAR_GRAMS, "top-level set by expected F1", PRIOR_WEIGHT,
          "labels by content", "kernel ridge head on centred vectors", HEAD_RIDGE)


@dataclass(frozen=True)
class ExampleModel:
    """The labelled articles of one catalogue, indexed, and the stacker fitted on them."""

    narrative_ids: tuple[str, ...]    # the prepared catalogue's order (columns of ``labels``)
    vectors: np.ndarray               # (examples, dim): unit article vectors
    lexical: LexicalSpace
    labels: np.ndarray                # (examples, narratives): 1.0 where the example pushes it
    weights: np.ndarray               # stacker weights over STACK_FEATURES
    bias: float
    threshold: float | None           # refitted match threshold, or None: keep the settings'
    #: thresholds refitted per language, for languages with MIN_FOR_REFIT examples or more: how
    #: often articles push anything differs between outlets and languages (half of SemEval's
    #: English articles push none of its narratives, nearly all its Russian ones do)
    by_language: tuple[tuple[str, float], ...] = ()
    #: which narratives are top-level (no parent): those an article's set is chosen among
    top: np.ndarray | None = None
    #: the weight of "nothing" in :func:`choose` per language, and for other languages; None (a
    #: borrowed stacker): matched by threshold
    other_by_language: tuple[tuple[str, float], ...] = ()
    other_weight: float | None = None
    #: each example's content hash (``Document.content_hash``), in the order of ``labels``' rows
    hashes: tuple[str, ...] = ()
    #: the per-narrative heads: (examples, narratives) dual coefficients of a kernel ridge regression of the
    #: labels on the similarities in the mixed space (see :func:`_fit_head`), the article vectors less ``centre``
    #: (what every article shares in the encoder's space)
    head: np.ndarray | None = None
    centre: np.ndarray | None = None

    def labels_of(self, content_hash: str) -> np.ndarray | None:
        """What an analyst said of this very article, when it is one of the examples (by its content:
        the same words, whatever the spacing): 1.0 for the narratives it pushes, 0.0 for the others."""
        row = self._row_of.get(content_hash)
        return None if row is None else self.labels[row]  # type: ignore[no-any-return]

    @cached_property
    def _row_of(self) -> dict[str, int]:
        """Each example's row by its content hash (the first, for an article labelled twice)."""
        rows: dict[str, int] = {}
        for row, content in enumerate(self.hashes):
            rows.setdefault(content, row)
        return rows

    def threshold_for(self, language: str | None) -> float | None:
        """The match threshold for an article in ``language``."""
        return dict(self.by_language).get(language or "", self.threshold)

    def chosen(self, probabilities: np.ndarray, language: str | None) -> np.ndarray | None:
        """The top-level narratives the article pushes, chosen as a set (:func:`choose`), or None
        where the model was not refitted (the threshold decides)."""
        if self.other_weight is None or self.top is None:
            return None
        weight = dict(self.other_by_language).get(language or "", self.other_weight)
        return choose(probabilities, self.top, weight)

    @property
    def size(self) -> int:
        return int(self.labels.shape[0])

    @property
    def learnt(self) -> np.ndarray:
        """Narratives with at least one positive example (the others keep their zero-shot score)."""
        return self.labels.sum(axis=0) > 0

    def probabilities(self, zero_shot: np.ndarray, vector: np.ndarray, text: str) -> np.ndarray:
        """The article's probability per narrative, given its zero-shot ones, article vector and text."""
        if not self.size or not self.learnt.any():
            return zero_shot
        semantic = self.vectors @ vector
        lexical = self.lexical.similarities(self.lexical.vector(text))
        head = np.zeros_like(zero_shot)
        if self.head is not None and self.centre is not None:
            head = _mixed((self.vectors - self.centre) @ (vector - self.centre), lexical) @ self.head
        votes = _votes(semantic[None, :], lexical[None, :], self.labels, zero_shot[None, :])
        rows = _stack_rows(zero_shot[None, :], {**votes, "head": head[None, :]}, _base_rate(self.labels))[0]
        stacked = sigmoid(rows @ self.weights + self.bias)
        return np.where(self.learnt, stacked, zero_shot)


def fit_example_model(narrative_ids: Sequence[str], vectors: np.ndarray, texts: Sequence[str],
                      labels: np.ndarray, zero_shot: np.ndarray,
                      languages: Sequence[str | None] = (), top: Sequence[bool] = (),
                      centre: np.ndarray | None = None) -> ExampleModel:
    """Index the examples and fit the stacker on their leave-one-out votes.

    ``vectors``: (n, dim) unit article vectors; ``labels``: (n, narratives) 0/1; ``zero_shot``: the
    zero-shot probabilities of each example, as the matcher gives them without examples; ``centre``: what
    every article's vector shares in the encoder's space (the mean of the anchors, ordinary news), taken off
    before the heads read the vectors.
    """
    n = len(texts)
    lexical = LexicalSpace.fit(list(texts))
    labels = np.asarray(labels, dtype=np.float64)

    semantic = vectors @ vectors.T
    lex = np.vstack([lexical.similarities(lexical.vector(t)) for t in texts]) if n else np.zeros((0, 0))
    # the heads read the article vectors less what every article shares (most of a cosine with e5, whose unrelated
    # articles lie at about 0.7): far from every example, a head says about 0 (not the examples' own mean, which
    # with 4 examples, 3 of them pushing, is a pushing article's direction)
    centre = np.zeros(vectors.shape[1:]) if centre is None else np.asarray(centre, dtype=np.float64)
    centred = vectors - centre
    head, head_held_out = _fit_head(_mixed(centred @ centred.T, lex), labels)

    def borrowed() -> ExampleModel:
        return ExampleModel(tuple(narrative_ids), vectors, lexical, labels, *default_stacker(), None,
                            head=head, centre=centre)

    learnt = labels.sum(axis=0) > 0
    if n < MIN_FOR_REFIT or not learnt.any():
        return borrowed()
    np.fill_diagonal(semantic, -1.0)  # an example never votes for itself
    np.fill_diagonal(lex, -1.0)
    rows = _stack_rows(zero_shot, {**_votes(semantic, lex, labels, zero_shot), "head": head_held_out},
                       _base_rate(labels))
    used = np.broadcast_to(learnt, labels.shape)
    x, y = rows[used], labels[used]
    if y.min() == y.max():  # every row says the same thing: nothing to weigh
        return borrowed()
    weights, bias = fit_logistic(x, y, l2=1.0)
    held_out = np.where(learnt, sigmoid(rows @ weights + bias), zero_shot)
    tops = np.array(top, dtype=bool) if len(top) else np.ones(labels.shape[1], dtype=bool)
    by_language, other_by_language = [], []
    for language in sorted({lang for lang in languages if lang}):
        mine = np.array([lang == language for lang in languages])
        if mine.sum() >= MIN_FOR_REFIT:
            by_language.append((language, _best_threshold(held_out[mine], labels[mine])))
            other_by_language.append((language, _best_other_weight(held_out[mine], labels[mine], tops)))
    return ExampleModel(tuple(narrative_ids), vectors, lexical, labels, weights, float(bias),
                        _best_threshold(held_out, labels), tuple(by_language), tops, tuple(other_by_language),
                        _best_other_weight(held_out, labels, tops), head=head, centre=centre)


def default_stacker() -> tuple[np.ndarray, float]:
    """The stacker fitted on SemEval-2025's labelled articles (used with fewer than MIN_FOR_REFIT)."""
    try:
        data = json.loads(resources.files("narrascope.data").joinpath("example_stacker.json").read_text("utf-8"))
        weights = np.array([float(data["weights"][f]) for f in STACK_FEATURES])
        return weights, float(data["bias"])
    except (OSError, KeyError, ValueError, TypeError) as err:
        raise NarrascopeError(f"the example stacker cannot be read ({err})", where="example_stacker.json",
                              code=E_MODEL) from err


def _votes(semantic: np.ndarray, lexical: np.ndarray, labels: np.ndarray,
           prior: np.ndarray) -> dict[str, np.ndarray]:
    """The (queries, narratives) votes by name (vote_mix to vote_sem_5), from query x example similarities;
    ``prior``: (queries, narratives) zero-shot probabilities, the prior voter's."""
    mixed = _mixed(semantic, lexical)
    closest = np.full((mixed.shape[0], labels.shape[1]), -1.0)
    for j in np.flatnonzero(labels.sum(axis=0) > 0):
        closest[:, j] = mixed[:, labels[:, j] > 0].max(axis=1)
    many = _shares((mixed, lexical, semantic), labels, NEIGHBOURS, prior)
    few = _shares((mixed, lexical, semantic), labels, FEW_NEIGHBOURS, prior)
    return {"vote_mix": many[0], "vote_lex": many[1], "vote_sem": many[2], "nearest": closest,
            "vote_mix_5": few[0], "vote_lex_5": few[1], "vote_sem_5": few[2]}


def _shares(spaces: tuple[np.ndarray, ...], labels: np.ndarray, k: int, prior: np.ndarray) -> list[np.ndarray]:
    """Per space, the share of the ``k`` nearest examples that push each narrative, each weighed by
    its similarity squared, with the prior voter (PRIOR_WEIGHT, voting ``prior``) among them."""
    k = min(k, labels.shape[0])
    out = []
    for sims in spaces:
        nearest = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        w = np.maximum(np.take_along_axis(sims, nearest, axis=1), 0.0) ** 2
        out.append((np.einsum("qk,qkj->qj", w, labels[nearest]) + PRIOR_WEIGHT * prior)
                   / (w.sum(axis=1, keepdims=True) + PRIOR_WEIGHT))
    return out


def _mixed(semantic: np.ndarray, lexical: np.ndarray) -> np.ndarray:
    """Similarities in the mean of both spaces (the space of ``vote_mix``)."""
    return 0.5 * semantic + 0.5 * lexical


def _fit_head(gram: np.ndarray, targets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The per-narrative heads: a kernel ridge regression of each narrative's labels on the examples'
    similarities, all narratives at once, with no intercept: an article far from every example gets about 0
    from every head, not the examples' own mix (as for the prior voter). With the labels' mean as intercept,
    4 examples, 3 of them pushing, matched a weather report at 0.20 (5-fold SemEval lab: 0.548 without it,
    0.543 with). Returns the dual coefficients (a new article's head is its similarities to the examples times
    them) and each example's leave-one-out prediction, in closed form: the stacker is fitted on what the heads
    say of an article they were not fitted on, as for the votes.

    Why heads beside the votes: a vote is a share of the nearest, however the rest of the examples lie; a head
    weighs every example, so that words or meanings that tell one narrative from its neighbours across many
    articles count (5-fold SemEval lab, mean of five splits over five languages: 0.531 -> 0.548, Russian
    0.605 -> 0.636, Hindi 0.378 -> 0.397).
    """
    if not len(gram):
        return np.zeros_like(targets), np.zeros_like(targets)
    eigenvalues, vectors = np.linalg.eigh((gram + gram.T) / 2)
    eigenvalues = np.maximum(eigenvalues, 0.0)  # dot products in two spaces: positive semi-definite up to rounding
    projected = vectors.T @ targets
    dual = vectors @ (projected / (eigenvalues + HEAD_RIDGE)[:, None])
    # leave-one-out in closed form: (fitted - h_ii * y_i) / (1 - h_ii), h the hat matrix K (K + lambda I)^-1; with a
    # ridge, 1 - h_ii >= lambda / (largest eigenvalue + lambda) > 0
    shrink = eigenvalues / (eigenvalues + HEAD_RIDGE)
    fitted = vectors @ (shrink[:, None] * projected)
    hat = np.einsum("ij,j,ij->i", vectors, shrink, vectors)
    held_out = (fitted - hat[:, None] * targets) / (1.0 - hat)[:, None]
    return dual, held_out


def _base_rate(labels: np.ndarray) -> np.ndarray:
    return np.log((labels.sum(axis=0) + 1.0) / (labels.shape[0] + 2.0))


def _stack_rows(zero_shot: np.ndarray, inputs: dict[str, np.ndarray], base_rate: np.ndarray) -> np.ndarray:
    """(queries, narratives, STACK_FEATURES): each input taken by its name, so that a weight always meets the
    input it was fitted on (``inputs``: the votes and the head, each (queries, narratives))."""
    p = np.clip(zero_shot, 1e-4, 1 - 1e-4)
    columns = {**inputs, "zero_shot_logit": np.log(p / (1 - p)), "base_rate": base_rate}
    return np.stack([np.broadcast_to(columns[name], zero_shot.shape) for name in STACK_FEATURES], axis=-1)


def _best_threshold(probabilities: np.ndarray, labels: np.ndarray) -> float:
    """The threshold with the best mean per-article F1 (an article pushing nothing counts as the label
    "none", as in SemEval's scorer), the lowest of equals."""
    truth = labels > 0
    best_t, best_f1 = float(_THRESHOLDS[0]), -1.0
    for t in _THRESHOLDS:
        predicted = probabilities >= t
        f1 = float(np.mean([_f1(g, p) for g, p in zip(truth, predicted, strict=True)]))
        if f1 > best_f1 + 1e-9:
            best_t, best_f1 = float(t), f1
    return best_t


def choose(probabilities: np.ndarray, top: np.ndarray, other_weight: float) -> np.ndarray:
    """The top-level narratives to match, as a set: the ``m`` most probable, ``m`` maximising the
    plug-in expected F1 ``2 * sum(p[:m]) / (m + sum(p))`` (probabilities taken as independent), or
    none when ``other_weight * prod(1 - p)``, the expected F1 of matching nothing, is higher.

    Why a set and not a threshold: how many narratives an article pushes is read from its own
    probabilities (one clear narrative, or three middling ones), which a threshold per narrative
    cannot do (5-fold SemEval lab: Bulgarian 0.497 -> 0.524, mean of five splits).
    """
    columns = np.flatnonzero(top)
    order = columns[np.argsort(-probabilities[columns], kind="stable")]
    ranked = probabilities[order]
    gains = 2 * np.cumsum(ranked) / (np.arange(1, len(ranked) + 1) + ranked.sum())
    m = int(np.argmax(gains[:MAX_CHOSEN])) + 1
    out = np.zeros(len(probabilities), dtype=bool)
    if len(ranked) and gains[m - 1] > other_weight * float(np.prod(1 - ranked)):
        out[order[:m]] = True
    return out


def _best_other_weight(probabilities: np.ndarray, labels: np.ndarray, top: np.ndarray) -> float:
    """The weight of "nothing" in :func:`choose` with the best mean per-article F1 over top-level
    narratives (nothing matched against nothing pushed counts as right), the lowest of equals."""
    truth = labels[:, top] > 0
    best_w, best_f1 = _OTHER_WEIGHTS[0], -1.0
    for w in _OTHER_WEIGHTS:
        f1 = float(np.mean([_f1(g, choose(p, top, w)[top]) for g, p in zip(truth, probabilities, strict=True)]))
        if f1 > best_f1 + 1e-9:
            best_w, best_f1 = w, f1
    return best_w


def _f1(gold: np.ndarray, predicted: np.ndarray) -> float:
    if not gold.any() and not predicted.any():
        return 1.0
    tp = float((gold & predicted).sum())
    return 0.0 if tp == 0 else 2 * tp / (float(gold.sum()) + float(predicted.sum()))

