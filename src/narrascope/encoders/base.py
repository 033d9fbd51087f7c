"""The encoder protocol and the cache every backend sits behind."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

import numpy as np

from ..settings import DEFAULT

if TYPE_CHECKING:
    from .shared import SharedVectors


class Encoder(Protocol):
    """Turns sentences into L2-normalised float32 vectors of one fixed dimension."""

    name: str
    dimension: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class CachedEncoder:
    """Wraps an encoder with an in-memory LRU cache keyed by the sentence's hash.

    Boilerplate lines (bylines, cookie notices, recurring epithets) repeat across a corpus; they
    are encoded once.
    """

    def __init__(self, inner: Encoder, max_items: int = DEFAULT.encoder_cache_sentences,
                 batch_size: int = DEFAULT.encode_batch_size) -> None:
        self.inner = inner
        self.name = inner.name
        #: the name plus how it computes (``use/onnx-int8``): what caches of its vectors are keyed by
        self.variant: str = getattr(inner, "variant", inner.name)
        self.dimension = inner.dimension
        #: where the forward pass runs: ``cpu``, or a torch device (``cuda``) that forked processes cannot use
        self.device: str = str(getattr(inner, "device", "cpu"))
        self.max_items = max_items
        self.batch_size = batch_size
        self._cache: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self.hits = 0
        self.misses = 0
        #: vectors other worker processes of the same run encoded (set in forked workers only)
        self.shared: SharedVectors | None = None

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        keys = [hashlib.blake2b(t.encode("utf-8"), digest_size=12).digest() for t in texts]
        todo: dict[bytes, list[int]] = {}
        for i, key in enumerate(keys):
            vec = self._cache.get(key)
            if vec is None:
                todo.setdefault(key, []).append(i)
            else:
                self._cache.move_to_end(key)
                out[i] = vec
                self.hits += 1
        if self.shared is not None and todo:
            self._take_shared(todo, out)
        # Similar lengths together: the encoder pads every sentence of a batch to the longest one.
        order = sorted(todo, key=lambda k: len(texts[todo[k][0]]))
        for b in range(0, len(order), self.batch_size):
            chunk = order[b: b + self.batch_size]
            vecs = _normalise(self.inner.encode([texts[todo[k][0]] for k in chunk]))
            for key, vec in zip(chunk, vecs, strict=True):
                self._remember(key, vec)
                for i in todo[key]:
                    out[i] = vec
            self.misses += len(chunk)
            if self.shared is not None:
                self.shared.put_many(zip(chunk, vecs, strict=True))
        return out

    def ready(self) -> None:
        """Loads now what the backend would load at its first text, where it has such a step: a process about
        to fork its workers calls it, so that they inherit it rather than each loading it."""
        ready = getattr(self.inner, "ready", None)
        if ready is not None:
            ready()

    def _take_shared(self, todo: dict[bytes, list[int]], out: np.ndarray) -> None:
        """Fill in, and drop from ``todo``, the sentences another worker has encoded."""
        assert self.shared is not None
        for key, vec in self.shared.get_many(todo).items():
            self._remember(key, vec)
            for i in todo.pop(key):
                out[i] = vec
                self.hits += 1

    def _remember(self, key: bytes, vec: np.ndarray) -> None:
        # a copy, not a view: a view keeps its whole batch's array alive after the others are evicted
        self._cache[key] = vec.copy()
        if len(self._cache) > self.max_items:
            self._cache.popitem(last=False)


def _normalise(vecs: np.ndarray) -> np.ndarray:
    vecs = np.asarray(vecs, dtype=np.float32)
    if vecs.ndim == 1:
        vecs = vecs[None, :]
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    return vecs / np.maximum(norms, 1e-12)
