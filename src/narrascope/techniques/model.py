"""The trained technique model: one logistic scorer per technique over a sentence's vector, its
cues and its hashed terms, with a threshold per technique. Pure numpy at run time."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from ..errors import E_MODEL, BackendError
from .features import HASH_DIMS

MODEL_FILE = "techniques.npz"


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

    def probabilities(self, vectors: np.ndarray, cue_rows: np.ndarray, terms: list[np.ndarray]) -> np.ndarray:
        """(sentences, labels) probabilities for one article's sentences, in reading order."""
        z = vectors @ self.vector_weights.T + neighbours(vectors) @ self.context_weights.T
        z += ((cue_rows - self.cue_mean) / self.cue_scale) @ self.cue_weights.T
        z += self.bias
        for i, idx in enumerate(terms):
            if len(idx):
                z[i] += self.term_weights[:, idx].sum(axis=1, dtype=np.float32)
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def term_contributions(self, label: int, indices: np.ndarray) -> np.ndarray:
        return self.term_weights[label, indices].astype(np.float32)

    def save(self, path: Path) -> None:
        np.savez_compressed(path, labels=np.array(self.labels), encoder=np.array(self.encoder),
                            vector_weights=self.vector_weights.astype(np.float16),
                            context_weights=self.context_weights.astype(np.float16),
                            cue_weights=self.cue_weights.astype(np.float32),
                            term_weights=self.term_weights.astype(np.float16),
                            bias=self.bias.astype(np.float32), thresholds=self.thresholds.astype(np.float32),
                            cue_mean=self.cue_mean.astype(np.float32), cue_scale=self.cue_scale.astype(np.float32))

    @classmethod
    def load(cls, path: Path | None = None) -> TechniqueModel:
        source = path or resources.files("narrascope") / "data" / MODEL_FILE
        try:
            with source.open("rb") as fh, np.load(fh) as z:
                model = cls(tuple(str(x) for x in z["labels"]), str(z["encoder"]),
                            z["vector_weights"].astype(np.float32), z["context_weights"].astype(np.float32),
                            z["cue_weights"], z["term_weights"],
                            z["bias"], z["thresholds"], z["cue_mean"], z["cue_scale"])
        except (OSError, KeyError, ValueError) as exc:
            raise BackendError(f"cannot read the technique model: {exc}", where=str(source), code=E_MODEL) from exc
        if model.term_weights.shape != (len(model.labels), HASH_DIMS):
            raise BackendError("technique model does not fit this version's features; retrain it",
                               where=str(source), code=E_MODEL)
        return model


def neighbours(vectors: np.ndarray) -> np.ndarray:
    """Each sentence's context: the mean of the vectors of the sentences just before and after it."""
    out = np.zeros_like(vectors)
    if len(vectors) < 2:
        return out
    out[1:] += vectors[:-1]
    out[:-1] += vectors[1:]
    out[1:-1] /= 2
    return out
