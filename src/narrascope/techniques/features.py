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
from dataclasses import dataclass
from itertools import chain

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


@dataclass(frozen=True, slots=True)
class SentenceWords:
    """A sentence cut into words once for every feature: the words (as :func:`words` gives them) and their
    stems (as :func:`stems`); each word's (start, end) in the sentence on demand (:attr:`spans`)."""

    text: str
    words: list[str]
    stems: list[str]

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Each word's (start, end) in the sentence. Found again from the words rather than kept from the match
        objects (``findall`` is about twice as fast as ``finditer``, and few sentences need the offsets): a word
        starts at the first letter after the one before it, so it is the first copy of itself from there."""
        out = []
        end = 0
        for w in self.words:
            start = self.text.find(w, end)
            end = start + len(w)
            out.append((start, end))
        return out


def sentence_words(text: str) -> SentenceWords:
    found = _WORD.findall(text)
    return SentenceWords(text, found, [w.casefold()[:STEM] for w in found])


def cues(sentences: Sequence[Sentence], cut: Sequence[SentenceWords] | None = None) -> np.ndarray:
    """One row of CUE_NAMES per sentence; ``cut``: each sentence's words, when already cut."""
    if cut is None:
        cut = [sentence_words(s.text) for s in sentences]  # each sentence tokenised once
    pairs = [_pairs(c.words, c.stems) for c in cut]
    longs = [{st for st in c.stems if len(st) >= LONG_WORD} for c in cut]
    pair_df = Counter(chain.from_iterable(pairs))
    word_df = Counter(chain.from_iterable(longs))
    common = {w for w, count in word_df.items() if count >= 3}  # long words in three sentences or more
    n = max(len(sentences), 1)
    rows = []
    for i, s in enumerate(sentences):
        text = s.text.strip()
        ws = cut[i].words  # the same words as the stripped text's: strip() removes no letter
        caps = sum(1 for w in ws if len(w) > 1 and w.isupper())
        shared_pairs = max(map(pair_df.__getitem__, pairs[i]), default=1) - 1  # other sentences with its pair
        shared_words = len(longs[i] & common) / max(len(longs[i]), 1)
        rows.append([
            float(text.endswith(("?", "\u061f"))), float("!" in text), float(bool(_QUOTES.search(text))),
            math.log1p(len(text)), caps / max(len(ws), 1), float(i == 0), i / n,
            float(any(map(str.isdigit, set(text)))),  # each different character once
            math.log1p(shared_pairs), shared_words,
            float("..." in text or "…" in text), float(":" in text),
        ])
    return np.asarray(rows, dtype=np.float32).reshape(len(sentences), len(CUE_NAMES))


def _pairs(ws: list[str], st: list[str]) -> set[tuple[str, str]]:
    """Adjacent word pairs that start lower-case: formulas and epithets, not names (``st``: the words' stems)."""
    return {(sa, sb) for a, b, sa, sb in zip(ws, ws[1:], st, st[1:], strict=False)
            if a[:1].islower() and len(a) + len(b) >= 7}


def term_indices(text: str, cut: SentenceWords | None = None) -> np.ndarray:
    """Hashed stems and stem pairs of a sentence (a stable hash: the same index in every process),
    sorted, each once; ``cut``: its words, when already cut."""
    st = stems(text) if cut is None else cut.stems
    terms = st + [f"{a} {b}" for a, b in zip(st, st[1:], strict=False)]
    # sorted(set()) rather than np.unique: the same array, without numpy's overhead on a few dozen terms
    return np.array(sorted({zlib.crc32(t.encode("utf-8")) % HASH_DIMS for t in terms}), dtype=np.int64)


def token_spans(text: str, cut: SentenceWords | None = None) -> list[tuple[int, int, int]]:
    """(start, end, hashed stem) of each word, for narrowing a sentence to its loaded words."""
    cut = sentence_words(text) if cut is None else cut
    return [(a, b, zlib.crc32(st.encode("utf-8")) % HASH_DIMS) for (a, b), st in zip(cut.spans, cut.stems, strict=True)]


Formula = tuple[str, ...]


def recurring_formulas(sentences: Sequence[Sentence], min_sentences: int,
                       cut: Sequence[SentenceWords] | None = None) -> dict[Formula, list[tuple[int, int]]]:
    """Formulas of two or three words, starting lower-case, found in ``min_sentences`` or more
    sentences, with the (start, end) of each occurrence; a three-word formula hides its parts.
    ``cut``: each sentence's words, when already cut."""
    # formula -> (sentence's position in ``sentences``, its first word, its last word); character offsets are
    # read only for the formulas that recur, which few do
    where: dict[Formula, list[tuple[int, int, int]]] = {}
    if cut is None:
        cut = [sentence_words(s.text) for s in sentences]
    if len(cut) != len(sentences):
        raise ValueError(f"{len(cut)} sentences' words for {len(sentences)} sentences")
    for p, words_of in enumerate(cut):
        stems = words_of.stems  # each word's stem once, not once per formula it is in
        # _is_content, written out: it is asked of every word of every article
        content = [len(w) >= LONG_WORD - 1 and w[:1].islower() for w in words_of.words]
        last = len(content)
        for k in range(last):
            if not content[k]:  # a formula starts with a content word (_formula_like)
                continue
            # and holds another after it: three words with one in the next two, two with the next
            if k + 3 <= last and (content[k + 1] or content[k + 2]):
                where.setdefault((stems[k], stems[k + 1], stems[k + 2]), []).append((p, k, k + 2))
            if k + 2 <= last and content[k + 1]:
                where.setdefault((stems[k], stems[k + 1]), []).append((p, k, k + 1))
    spans: dict[int, list[tuple[int, int]]] = {}  # sentence position -> its words' offsets, read once

    def offsets(p: int, first: int, final: int) -> tuple[int, int]:
        if p not in spans:
            spans[p] = cut[p].spans
        s = sentences[p]
        return s.start + spans[p][first][0], s.start + spans[p][final][1]

    out: dict[Formula, list[tuple[int, int]]] = {}
    # characters a longer formula already holds: checking a place costs its length, not the number of
    # places taken (a text of one word repeated had 80,000 of each, and took minutes)
    taken = bytearray(max((s.end for s in sentences), default=0))
    # a formula in fewer places than min_sentences is in fewer sentences too: most are, and go unsorted
    often = [key for key, places in where.items() if len(places) >= min_sentences]
    for key in sorted(often, key=len, reverse=True):
        places = where[key]
        if len({sentences[p].index for p, _, _ in places}) < min_sentences:
            continue
        kept = [(a, b) for a, b in (offsets(*place) for place in places) if not any(taken[a:b])]
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
