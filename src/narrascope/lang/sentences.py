"""Sentence splitting that keeps character offsets into the one plain text.

Lines are split first (headlines, bullets and paragraphs rarely end with a full stop), then each
line by sentencex's language-aware rules; over-long pieces are cut at a space so that every
sentence stays encodable. Every returned sentence satisfies ``text == plain[start:end]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import sentencex

from ..model import Sentence

_LINE = re.compile(r"[^\r\n]+")
# Where sentencex keeps a long piece whole (it will not split inside unbalanced quotes), a full
# stop, question or exclamation mark followed by a capital letter still ends a sentence.
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'”»)]?\s+(?=[\"'“„«(]?[^\W\d_a-zа-я])")
_RESPLIT_CHARS = 250
_SENTENCEX_FALLBACK = "en"


def split_sentences(text: str, language: str | None, max_chars: int = 600) -> list[Sentence]:
    """Sentences of ``text`` with offsets.

    >>> [s.text for s in split_sentences("Title\\n\\nOne here. Two there!", "en")]
    ['Title', 'One here.', 'Two there!']
    """
    out: list[Sentence] = []
    for line in _LINE.finditer(text):
        for start, end in _split_line(line.group(), language or _SENTENCEX_FALLBACK):
            for a, b in _cut_long(text, line.start() + start, line.start() + end, max_chars):
                out.append(Sentence(text=text[a:b], start=a, end=b, index=len(out)))
    return out


# sentencex ends a sentence at "5." in "am 5. Okt. 2023" and at "окт." in "5 окт. в Москве": a piece
# that starts in lower case, or an abbreviation after a day number, continues the one before.
_DAY_NUMBER = re.compile(r"(?:^|\s)\d{1,2}\.$")
_ABBREVIATION = re.compile(r"[^\W\d_]{2,5}\.(?=\s|$)")
_OPENERS = "\"'“„«("


def _split_line(line: str, language: str) -> Iterator[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for start, end in _pieces(line, language):
        if spans and _continues(line[spans[-1][0]:spans[-1][1]], line[start:end]):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    for start, end in spans:
        if end - start > _RESPLIT_CHARS:
            yield from _resplit(line, start, end)
        else:
            yield start, end


def _continues(previous: str, piece: str) -> bool:
    first = piece[1:2] if piece[:1] in _OPENERS else piece[:1]
    if first.islower():
        return True
    # the abbreviation first: read at the piece's start, it fails at once on most pieces, where the day number was
    # searched for over the whole piece before (its "$" is the piece's end, but search tries every position)
    return bool(_ABBREVIATION.match(piece)) and bool(_DAY_NUMBER.search(previous))


def _pieces(line: str, language: str) -> Iterator[tuple[int, int]]:
    cursor = 0
    try:
        pieces = list(sentencex.segment(language, line))
    except Exception:  # an unsupported language code: fall back to generic rules
        pieces = list(sentencex.segment(_SENTENCEX_FALLBACK, line))
    for piece in pieces:
        core = piece.strip()
        if not core:
            continue
        at = line.find(core, cursor)
        if at < 0:  # the splitter changed the text: keep offsets honest by skipping the piece
            continue
        cursor = at + len(core)
        yield at, cursor


def _resplit(line: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for m in _BOUNDARY.finditer(line, start, end):
        if m.start() - start >= 20:
            yield start, m.start()
            start = m.end()
    yield start, end


def _cut_long(text: str, start: int, end: int, max_chars: int) -> Iterator[tuple[int, int]]:
    while end - start > max_chars:
        cut = text.rfind(" ", start + max_chars // 2, start + max_chars)
        cut = cut if cut > start else start + max_chars
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end
