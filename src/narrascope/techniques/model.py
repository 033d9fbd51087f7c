"""The trained technique model: a cheap first pass over a sentence's cues and hashed terms, then one
logistic scorer per technique over the vector of each sentence that passes it, its neighbours'
vectors, its cues and its hashed terms, with a threshold per technique. Pure numpy at run time.

The first pass exists so that most sentences of ordinary news need not be encoded: it is a logistic
model of "this sentence carries some technique" with no vectors at all, whose threshold keeps a
fixed share of the gold-positive training sentences (out of fold).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

from ..errors import E_MODEL, BackendError
from ..logistic import sigmoid
from .features import HASH_DIMS

MODEL_FILE = "techniques.npz"
#: 1: the vector model alone (every sentence encoded); 2: with the first pass. Files of format 1 still load.
FORMAT_VERSION = 2


@dataclass(frozen=True)
class FirstPass:
    """Which sentences are worth encoding: cues and hashed terms only, so it costs no encoding."""

    cue_weights: np.ndarray   # (cues,), on cues standardised as the model's
    term_weights: np.ndarray  # (HASH_DIMS,)
    bias: float
    threshold: float          # logit; at or above it the sentence is encoded and scored
    recall: float             # the share of gold-positive training sentences (out of fold) it was set to keep

    def passes(self, standard_cues: np.ndarray, terms: list[np.ndarray], scale: float = 1.0) -> np.ndarray:
        """(sentences,) bools. ``standard_cues``: cue rows already standardised by the model; ``scale``
        multiplies the threshold's probability (0: every sentence passes)."""
        if scale <= 0:
            return np.ones(len(terms), dtype=bool)
        p = scale / (1.0 + math.exp(-self.threshold))
        if p >= 1.0:
            return np.zeros(len(terms), dtype=bool)
        z = standard_cues @ self.cue_weights + self.bias + term_sums(self.term_weights, terms)
        cut = self.threshold if scale == 1.0 else math.log(p / (1.0 - p))  # exactly the fitted one at 1
        return np.asarray(z >= cut)


@dataclass(frozen=True)
class TechniqueModel:
    labels: tuple[str, ...]
    encoder: str                 # the sentence encoder the weights were fitted on
    vector_weights: np.ndarray   # (labels, encoder dimension)
    context_weights: np.ndarray  # (labels, encoder dimension), on the mean of the neighbouring sentences' vectors
    cue_weights: np.ndarray      # (labels, cues), on standardised cues
    term_weights: np.ndarray     # (labels, HASH_DIMS)
    bias: np.ndarray             # (labels,)
    thresholds: np.ndarray       # (labels,) probability at which a technique is reported
    cue_mean: np.ndarray
    cue_scale: np.ndarray
    first_pass: FirstPass | None = None  # None (a format-1 file): every sentence is encoded
    #: term_weights turned to one float32 row per term: a sentence's terms are then rows, read in one gather
    term_rows: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "term_rows", np.ascontiguousarray(self.term_weights.T, dtype=np.float32))

    def standard_cues(self, cue_rows: np.ndarray) -> np.ndarray:
        return ((cue_rows - self.cue_mean) / self.cue_scale).astype(np.float32)

    def passes(self, cue_rows: np.ndarray, terms: list[np.ndarray], scale: float = 1.0) -> np.ndarray:
        """Which sentences the first pass sends on to be encoded and scored (all, without one)."""
        if self.first_pass is None:
            return np.ones(len(terms), dtype=bool)
        return self.first_pass.passes(self.standard_cues(cue_rows), terms, scale)

    def probabilities(self, vectors: np.ndarray, cue_rows: np.ndarray, terms: list[np.ndarray],
                      encoded: np.ndarray | None = None) -> np.ndarray:
        """(sentences, labels) probabilities for one article's sentences, in reading order. ``encoded``
        marks the sentences that have a vector; the others' probabilities are 0 and their (zero)
        vectors are left out of their neighbours' context."""
        z = vectors @ self.vector_weights.T + neighbours(vectors, encoded) @ self.context_weights.T
        z += self.standard_cues(cue_rows) @ self.cue_weights.T
        z += self.bias
        z += term_sums(self.term_rows, terms)
        probs = sigmoid(z)
        if encoded is not None:
            probs[~encoded] = 0.0
        return probs

    def term_contributions(self, label: int, indices: np.ndarray) -> np.ndarray:
        return self.term_weights[label, indices].astype(np.float32)

    def save(self, path: Path) -> None:
        arrays = dict(format_version=np.array(FORMAT_VERSION), labels=np.array(self.labels),
                      encoder=np.array(self.encoder),
                      vector_weights=self.vector_weights.astype(np.float16),
                      context_weights=self.context_weights.astype(np.float16),
                      cue_weights=self.cue_weights.astype(np.float32),
                      term_weights=self.term_weights.astype(np.float16),
                      bias=self.bias.astype(np.float32), thresholds=self.thresholds.astype(np.float32),
                      cue_mean=self.cue_mean.astype(np.float32), cue_scale=self.cue_scale.astype(np.float32))
        if self.first_pass is not None:
            fp = self.first_pass
            arrays.update(first_cue_weights=fp.cue_weights.astype(np.float32),
                          first_term_weights=fp.term_weights.astype(np.float16),
                          first_pass=np.array([fp.bias, fp.threshold, fp.recall], dtype=np.float64))
        np.savez_compressed(path, **arrays)  # type: ignore[arg-type]

    @classmethod
    def load(cls, path: Path | None = None) -> TechniqueModel:
        source = path or resources.files("narrascope") / "data" / MODEL_FILE
        try:
            with source.open("rb") as fh, np.load(fh) as z:
                version = int(z["format_version"]) if "format_version" in z.files else 1
                if version > FORMAT_VERSION:
                    raise BackendError(f"technique model file is format {version}; this version of narrascope "
                                       f"reads formats 1-{FORMAT_VERSION}: upgrade it or retrain the model",
                                       where=str(source), code=E_MODEL)
                model = cls(tuple(str(x) for x in z["labels"]), str(z["encoder"]),
                            z["vector_weights"].astype(np.float32), z["context_weights"].astype(np.float32),
                            z["cue_weights"], z["term_weights"],
                            z["bias"], z["thresholds"], z["cue_mean"], z["cue_scale"],
                            _first_pass(z) if version >= 2 and "first_pass" in z.files else None)
        except (OSError, KeyError, ValueError) as exc:
            raise BackendError(f"cannot read the technique model: {exc}", where=str(source), code=E_MODEL) from exc
        if model.term_weights.shape != (len(model.labels), HASH_DIMS) or (
                model.first_pass is not None and model.first_pass.term_weights.shape != (HASH_DIMS,)):
            raise BackendError("technique model does not fit this version's features; retrain it",
                               where=str(source), code=E_MODEL)
        return model


def _first_pass(z: np.lib.npyio.NpzFile) -> FirstPass:
    bias, threshold, recall = (float(x) for x in z["first_pass"])
    return FirstPass(z["first_cue_weights"].astype(np.float32), z["first_term_weights"].astype(np.float32),
                     bias, threshold, recall)


def term_sums(rows: np.ndarray, terms: list[np.ndarray]) -> np.ndarray:
    """For each sentence, the sum of ``rows`` at its term indices (0 for a sentence without terms):
    every sentence's rows in one gather and one segmented sum, not a gather per sentence."""
    lengths = np.fromiter(map(len, terms), dtype=np.int64, count=len(terms))
    out = np.zeros((len(terms), *rows.shape[1:]), dtype=np.float32)
    if not lengths.any():
        return out
    gathered = rows[np.concatenate(terms)].astype(np.float32, copy=False)
    starts = np.cumsum(lengths) - lengths
    has_terms = lengths > 0
    out[has_terms] = np.add.reduceat(gathered, starts[has_terms], axis=0)
    return out


def neighbours(vectors: np.ndarray, encoded: np.ndarray | None = None) -> np.ndarray:
    """Each sentence's context: the mean of the vectors of the sentences just before and after it,
    counting only those that were ``encoded`` (all, when it is None)."""
    out = np.zeros_like(vectors)
    if len(vectors) < 2:
        return out
    have = np.ones(len(vectors), np.float32) if encoded is None else encoded.astype(np.float32)
    kept = vectors * have[:, None]
    out[1:] += kept[:-1]
    out[:-1] += kept[1:]
    count = np.zeros(len(vectors), np.float32)
    count[1:] += have[:-1]
    count[:-1] += have[1:]
    return out / np.maximum(count, 1.0)[:, None]
