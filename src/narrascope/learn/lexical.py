"""A lexical space for labelled articles: hashed TF-IDF of words, word pairs and character n-grams, searched
by inverted index.

Sentence vectors carry meaning across languages but read some languages poorly (the default encoder
was not trained on Hindi, Bulgarian or Ukrainian); the words an analyst's own labelled articles
share with a new one carry what the encoder misses, in any script. Terms are hashed (crc32) into
``2**20`` buckets, so nothing but numbers is kept and the space is the same in every process.

>>> space = LexicalSpace.fit(["US helicopters evacuated the fighters", "Rain expected on Sunday"])
>>> sims = space.similarities(space.vector("helicopters evacuated fighters again"))
>>> bool(sims[0] > sims[1])
True
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

import numpy as np
import regex

BUCKETS = 1 << 20
_WORD = regex.compile(r"\w+")
#: lengths of the character n-grams taken from each word (5-fold SemEval lab: Hindi +0.03 with them)
CHAR_GRAMS: tuple[int, ...] = (4, 5)

Sparse = tuple[np.ndarray, np.ndarray]  # (sorted bucket ids, L2-normalised weights)


def term_counts(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Bucket ids of the text's terms, with their counts: lower-cased words, adjacent word pairs and
    the character n-grams (``CHAR_GRAMS``) of words of four letters or more."""
    words = [w for w in _WORD.findall(text.lower()) if not w.isdigit()]
    terms = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    # the n-grams of a word padded as "<word>", marked "#" apart from whole words: the forms of one
    # stem in inflected languages (Bulgarian, Russian, Hindi) share most of them where whole words differ
    terms += [f"#{padded[i:i + n]}" for padded in (f"<{w}>" for w in words if len(w) >= 4)
              for n in CHAR_GRAMS for i in range(len(padded) - n + 1)]
    if not terms:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    ids = np.fromiter((zlib.crc32(t.encode("utf-8")) & (BUCKETS - 1) for t in terms), dtype=np.int64,
                      count=len(terms))
    buckets, counts = np.unique(ids, return_counts=True)
    return buckets, counts.astype(np.float64)


@dataclass(frozen=True)
class LexicalSpace:
    """The labelled articles' TF-IDF vectors as an inverted index (bucket -> articles, weights)."""

    size: int                 # labelled articles
    buckets: np.ndarray       # sorted bucket ids seen in them
    idf: np.ndarray           # per bucket
    pointers: np.ndarray      # postings of buckets[i] are postings_*[pointers[i]:pointers[i + 1]]
    postings_doc: np.ndarray
    postings_weight: np.ndarray

    @classmethod
    def fit(cls, texts: list[str]) -> LexicalSpace:
        counted = [term_counts(t) for t in texts]
        n = len(texts)
        all_buckets = np.concatenate([b for b, _ in counted]) if counted else np.zeros(0, dtype=np.int64)
        buckets, df = np.unique(all_buckets, return_counts=True)
        idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
        space = cls(n, buckets, idf, np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0))
        rows = [space._weigh(b, c) for b, c in counted]
        docs = np.concatenate([np.full(len(b), i, dtype=np.int64) for i, (b, _) in enumerate(rows)]) if rows else \
            np.zeros(0, dtype=np.int64)
        flat_b = np.concatenate([b for b, _ in rows]) if rows else np.zeros(0, dtype=np.int64)
        flat_w = np.concatenate([w for _, w in rows]) if rows else np.zeros(0)
        order = np.argsort(flat_b, kind="stable")
        pointers = np.searchsorted(flat_b[order], buckets, side="left")
        pointers = np.append(pointers, len(flat_b)).astype(np.int64)
        # 32-bit article numbers: with character n-grams there are some 2,500 postings per article,
        # and the cached model is read back on every run
        return cls(n, buckets, idf, pointers, docs[order].astype(np.int32), flat_w[order].astype(np.float32))

    def vector(self, text: str) -> Sparse:
        """The text's TF-IDF vector in this space (terms no labelled article has still count in its norm)."""
        return self._weigh(*term_counts(text))

    def similarities(self, vector: Sparse) -> np.ndarray:
        """Cosine of ``vector`` with every labelled article."""
        buckets, weights = vector
        out = np.zeros(self.size, dtype=np.float64)
        if not len(buckets) or not len(self.buckets):
            return out
        pos = np.minimum(np.searchsorted(self.buckets, buckets), len(self.buckets) - 1)
        known = self.buckets[pos] == buckets
        pos, weights = pos[known], weights[known]
        starts = self.pointers[pos]
        lengths = self.pointers[pos + 1] - starts
        total = int(lengths.sum())
        if total == 0:
            return out
        offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(total)
        np.add.at(out, self.postings_doc[offsets], self.postings_weight[offsets] * np.repeat(weights, lengths))
        return out

    def _weigh(self, buckets: np.ndarray, counts: np.ndarray) -> Sparse:
        if not len(buckets):
            return buckets, counts
        pos = np.minimum(np.searchsorted(self.buckets, buckets), max(len(self.buckets) - 1, 0))
        seen = (self.buckets[pos] == buckets) if len(self.buckets) else np.zeros(len(buckets), dtype=bool)
        unseen_idf = float(np.log(1.0 + self.size) + 1.0)  # a term no labelled article has: the rarest
        idf = np.where(seen, self.idf[pos] if len(self.idf) else 0.0, unseen_idf)
        weights = (1.0 + np.log(counts)) * idf
        return buckets, weights / max(float(np.linalg.norm(weights)), 1e-12)
