"""Near-duplicate detection: word shingles, MinHash signatures and LSH band keys (numpy only).

Recycled articles (the same text pushed by several outlets, lightly edited) share most of their
word 5-grams. Comparing every pair does not scale, so each article gets a MinHash signature of
its shingle set, cut into bands; two articles that agree on a whole band share a bucket key, and those that
share at least ``MIN_SHARED_BANDS`` keys become candidates, which are then compared exactly
(Jaccard over shingles). With 32 bands of 4 rows, a pair at Jaccard 0.8 becomes a candidate with
probability above 0.9999, a pair at 0.5 with about 0.3, and unrelated articles almost never.

The constants below are part of the store format: bucket keys in a database were computed with
them, so changing one needs a migration that recomputes ``lsh_buckets``.

>>> a = shingles("the quick brown fox jumps over the lazy dog today")
>>> round(jaccard(a, shingles("the quick brown fox jumps over the lazy cat today")), 2)
0.5
"""

from __future__ import annotations

import hashlib
import zlib
from difflib import SequenceMatcher

import numpy as np
import numpy.typing as npt
import regex

#: Words per shingle.
SHINGLE_WORDS = 5
#: Hash functions in a MinHash signature.
PERMUTATIONS = 128
#: Bands the signature is cut into; PERMUTATIONS / BANDS rows each.
BANDS = 32
#: Bands two articles must share to be compared exactly. A pair at Jaccard 0.8 shares about 13
#: and fewer than 3 with probability about 1e-5; two articles that only share a recycled paragraph
#: (Jaccard near 0.1) share 3 almost never, so they no longer crowd a big store's candidate lists.
MIN_SHARED_BANDS = 3

_PRIME = (1 << 31) - 1  # a * x + b stays below 2**63 for 31-bit a, x, b: no uint64 overflow
_WORD = regex.compile(r"[\p{L}\p{N}\p{M}]+")

Shingles = npt.NDArray[np.uint64]


def _coefficients() -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    # Derived from SHA-256, not a random generator, so that they never change with numpy's version.
    raw = [int.from_bytes(hashlib.sha256(f"narrascope-minhash-{i}".encode()).digest()[:16], "little")
           for i in range(PERMUTATIONS)]
    a = np.array([1 + (r & 0xFFFFFFFFFFFF) % (_PRIME - 1) for r in raw], dtype=np.uint64)
    b = np.array([(r >> 64) % _PRIME for r in raw], dtype=np.uint64)
    return a, b


_A, _B = _coefficients()


def shingles(text: str) -> Shingles:
    """Sorted unique 32-bit hashes of the text's word ``SHINGLE_WORDS``-grams (case and punctuation ignored)."""
    words = _WORD.findall(text.casefold())
    if not words:
        return np.zeros(0, dtype=np.uint64)
    grams = [" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))]
    return np.unique(np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint64, count=len(grams)))


def jaccard(a: Shingles, b: Shingles) -> float:
    """Exact Jaccard similarity of two shingle sets (as returned by :func:`shingles`)."""
    if a.size == 0 or b.size == 0:
        return 0.0
    common = np.intersect1d(a, b, assume_unique=True).size
    return common / (a.size + b.size - common)


def word_similarity(a: str, b: str, at_least: float = 0.0) -> float:
    """Share of two texts' words they have in common in the same order (difflib's ratio over words).

    Where one changed phrase in a post of forty words changes a fifth of its 5-grams, it changes a
    tenth of its words, so this tells a lightly edited short text that shingles miss. Below
    ``at_least`` the cheap upper bounds answer 0.0 without the full alignment.
    """
    words_a, words_b = _WORD.findall(a.casefold()), _WORD.findall(b.casefold())
    if not words_a or not words_b:
        return 0.0
    matcher = SequenceMatcher(None, words_a, words_b, autojunk=False)
    if matcher.real_quick_ratio() < at_least or matcher.quick_ratio() < at_least:
        return 0.0
    return matcher.ratio()


def signature(s: Shingles) -> npt.NDArray[np.uint64]:
    """MinHash signature: for each hash function, the least hash over the shingles."""
    if s.size == 0:
        return np.full(PERMUTATIONS, _PRIME, dtype=np.uint64)
    x = s % np.uint64(_PRIME)
    return ((np.outer(x, _A) + _B) % np.uint64(_PRIME)).min(axis=0)  # type: ignore[no-any-return]


def band_keys(sig: npt.NDArray[np.uint64]) -> list[int]:
    """One signed 64-bit bucket key per band; equal keys mean an equal band (the band index is hashed in)."""
    rows = PERMUTATIONS // BANDS
    keys = []
    for band in range(BANDS):
        chunk = sig[band * rows:(band + 1) * rows].astype("<u8").tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=band.to_bytes(4, "little")).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def lsh_keys(text: str) -> tuple[Shingles, list[int]]:
    """The shingles of a text and its band keys, ready for candidate lookup."""
    s = shingles(text)
    return s, band_keys(signature(s))
