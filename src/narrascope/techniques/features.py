"""What the technique model sees of a sentence, apart from its sentence vector.

* **cues**: a handful of numbers about form (a question, an exclamation, quotation marks, capitals,
  length, place in the article) and about **repetition, measured within the article**: how many
  other sentences share this sentence's word pairs and long words. Ordinary writing repeats names
  and topic words; persuasion repeats formulas ("the criminal regime", "the criminal regime").
* **terms**: hashed word stems and stem pairs, the model's lexical evidence (loaded words, labels).
"""

from __future__ import annotations

import math
import zlib
from collections import Counter
from collections.abc import Sequence

import numpy as np
import regex

from ..model import Sentence

STEM = 6              # leading characters kept of a word: "criminals"/"criminal" and "Киева"/"Киев" share one
LONG_WORD = 5         # words shorter than this carry little meaning in any of our languages
HASH_DIMS = 1 << 15   # hashed stems and stem pairs; collisions are rare at this size for one article's words

CUE_NAMES = ("question", "exclamation", "quotes", "log_length", "capitals", "first", "position", "digits",
             "shared_pairs", "shared_words", "ellipsis", "colon")
#: the cues that measure repetition within the article
REPETITION_CUES = slice(CUE_NAMES.index("shared_pairs"), CUE_NAMES.index("shared_words") + 1)
_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’-]*")
_QUOTES = regex.compile(r"[\"“”«»„‘’]")


def words(text: str) -> list[str]:
    return [w.group() for w in _WORD.finditer(text)]


def stems(text: str) -> list[str]:
    return [w.casefold()[:STEM] for w in words(text)]


def cues(sentences: Sequence[Sentence], tokens: Sequence[list[str]] | None = None) -> np.ndarray:
    """One row of CUE_NAMES per sentence; ``tokens``: each sentence's ``words``, when already cut."""
    if tokens is None:
        tokens = [words(s.text) for s in sentences]  # each sentence tokenised once
    pairs = [_pairs(ws) for ws in tokens]
    longs = [{st for st in (w.casefold()[:STEM] for w in ws) if len(st) >= LONG_WORD} for ws in tokens]
    pair_df = Counter(p for ps in pairs for p in ps)
    word_df = Counter(w for ws in longs for w in ws)
    n = max(len(sentences), 1)
    rows = []
    for i, s in enumerate(sentences):
        text = s.text.strip()
        ws = tokens[i]  # the same words as the stripped text's: strip() removes no letter
        caps = sum(1 for w in ws if len(w) > 1 and w.isupper())
        shared_pairs = max((pair_df[p] - 1 for p in pairs[i]), default=0)
        shared_words = sum(1 for w in longs[i] if word_df[w] >= 3) / max(len(longs[i]), 1)
        rows.append([
            float(text.endswith(("?", "\u061f"))), float("!" in text), float(bool(_QUOTES.search(text))),
            math.log1p(len(text)), caps / max(len(ws), 1), float(i == 0), i / n,
            float(any(c.isdigit() for c in text)), math.log1p(shared_pairs), shared_words,
            float("..." in text or "…" in text), float(":" in text),
        ])
    return np.asarray(rows, dtype=np.float32).reshape(len(sentences), len(CUE_NAMES))


def _pairs(ws: list[str]) -> set[tuple[str, str]]:
    """Adjacent word pairs that start lower-case: formulas and epithets, not names."""
    return {(a.casefold()[:STEM], b.casefold()[:STEM]) for a, b in zip(ws, ws[1:], strict=False)
            if a[:1].islower() and len(a) + len(b) >= 7}


def term_indices(text: str, tokens: list[str] | None = None) -> np.ndarray:
    """Hashed stems and stem pairs of a sentence (a stable hash: the same index in every process);
    ``tokens``: its ``words``, when already cut."""
    st = stems(text) if tokens is None else [w.casefold()[:STEM] for w in tokens]
    terms = st + [f"{a} {b}" for a, b in zip(st, st[1:], strict=False)]
    return np.unique(np.array([zlib.crc32(t.encode("utf-8")) % HASH_DIMS for t in terms], dtype=np.int64))


def token_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, hashed stem) of each word, for narrowing a sentence to its loaded words."""
    return [(m.start(), m.end(), zlib.crc32(m.group().casefold()[:STEM].encode("utf-8")) % HASH_DIMS)
            for m in _WORD.finditer(text)]


Formula = tuple[str, ...]


def recurring_formulas(sentences: Sequence[Sentence], min_sentences: int) -> dict[Formula, list[tuple[int, int]]]:
    """Formulas of two or three words, starting lower-case, found in ``min_sentences`` or more
    sentences, with the (start, end) of each occurrence; a three-word formula hides its parts."""
    where: dict[Formula, list[tuple[int, int, int]]] = {}
    for s in sentences:
        spans = [m.span() for m in _WORD.finditer(s.text)]
        tokens = [s.text[a:b] for a, b in spans]
        stems = [w.casefold()[:STEM] for w in tokens]  # each word's stem once, not once per formula it is in
        content = [_is_content(w) for w in tokens]
        last = len(tokens)
        for k in range(last):
            if not content[k]:  # a formula starts with a content word (_formula_like)
                continue
            start = s.start + spans[k][0]
            # and holds another after it: three words with one in the next two, two with the next
            if k + 3 <= last and (content[k + 1] or content[k + 2]):
                where.setdefault((stems[k], stems[k + 1], stems[k + 2]), []).append(
                    (s.index, start, s.start + spans[k + 2][1]))
            if k + 2 <= last and content[k + 1]:
                where.setdefault((stems[k], stems[k + 1]), []).append((s.index, start, s.start + spans[k + 1][1]))
    out: dict[Formula, list[tuple[int, int]]] = {}
    # characters a longer formula already holds: checking a place costs its length, not the number of
    # places taken (a text of one word repeated had 80,000 of each, and took minutes)
    taken = bytearray(max((s.end for s in sentences), default=0))
    for key in sorted(where, key=len, reverse=True):
        places = where[key]
        if len({i for i, _, _ in places}) < min_sentences:
            continue
        kept = [(a, b) for _, a, b in places if not any(taken[a:b])]
        for a, b in kept:
            taken[a:b] = b"\x01" * (b - a)
        if kept:
            out[key] = kept
    return out


def _is_content(word: str) -> bool:
    """A word that can make a formula: long enough to mean something, and written lower-case."""
    return len(word) >= LONG_WORD - 1 and word[:1].islower()


def _formula_like(ws: list[str]) -> bool:
    """Two content words or more, written lower-case, starting the phrase: an epithet or a formula
    ("criminal regime", "киевский режим"), not a name ("the White House") or a function-word pair.
    The definition recurring_formulas applies word by word; the tests check one against the other."""
    content = [w for w in ws if _is_content(w)]
    return len(content) >= 2 and ws[0] in content
