"""Whose voice a debunking word is in: the article's own, or someone it reports.

Read by the stance stage (does the article debunk?), so that a quoted official denial, the laundering of the
very articles analysts track, is no debunk. (The matcher's ``refuting`` feature counts the cue words as they
stand: read in the article's own voice there, it did not carry over to other catalogues, docs/matching.md.)

A word of fabrication ("staged", "fake", "hoax", "false flag") is a debunk's word when said of a claim, and the
very claim of a narrative that alleges fabrication ("the killings in Bucha were staged", "the climate emergency is
a hoax"): such a narrative is refuted only by an article that debunks without the sentences whose only debunking
words are of that kind (the stance stage). The matcher's ``refuting`` feature still counts them: left out there,
its scores on a catalogue left out of the fit fell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import cue_matcher, cue_words, fabrication_matcher, frame_lexicon, hits_by_sentence, word_pattern
from ..model import Document

#: a quoted run within one paragraph: «...», „...", "...", "...", ‘...’ (at most 300 characters; not '...', whose
#: mark is also the apostrophe)
_QUOTED = re.compile(r"«[^»\n]{1,300}»|„[^“”\n]{1,300}[“”]"
                     r"|“[^”\n]{1,300}”|\"[^\"\n]{1,300}\"|‘[^’\n]{1,300}’")

#: what may stand between a negator and the debunking word it negates: spaces and at most one word ("is not
#: a fake", "n'est pas un faux", "не является фейком")
_NEGATED_GAP = re.compile(r"\W*(?:\w+\W+)?", re.UNICODE)

#: the cue kinds whose sentences are counted
KINDS = ("refuting", "hedging", "denial", "reporting", "verdict", "checking", "finding")
#: the kinds that count only as a label opening their sentence before a colon ("Verdict:", "Sprawdziliśmy:")
_LABELS = ("verdict", "checking", "finding")


@dataclass(frozen=True)
class CueSentences:
    """The indices of the sentences carrying each kind of cue, and those that debunk in the article's voice."""

    by_kind: dict[str, frozenset[int]]
    own_debunking: frozenset[int]


def cue_sentences(doc: Document) -> CueSentences:
    """Debunking words in the article's own voice: not inside quotation marks («completely baseless»), not
    negated ("это не фейк", "not a hoax": a pusher denying the fact-checkers' verdict), not in a sentence
    where an actor denies or is reported ("the Pentagon dismissed the reports as baseless", "officials said it
    was fake", "fact-checkers call it fake"), unless that sentence opens with the desk's verdict label
    ("Conclusion: false, and the video has nothing to do with Ukraine")."""
    by_kind: dict[str, set[int]] = {kind: set() for kind in KINDS}
    quoted = [m.span() for m in _QUOTED.finditer(doc.text)]
    starts = {s.index: s.start for s in doc.sentences}
    found = list(hits_by_sentence(cue_matcher(doc.language), doc))
    negators = [(i, hit.end) for i, hit in found if hit.label == "negation"]
    for i, hit in found:
        if hit.label == "refuting" and any(a < hit.end and hit.start < b for a, b in quoted):  # in or across quotes
            continue
        if hit.label == "refuting" and any(k == i and end <= hit.start and _NEGATED_GAP.fullmatch(
                doc.text, end, hit.start) for k, end in negators) and not _concord(doc, hit.start):
            continue
        if hit.label in _LABELS and not opens_with_label(doc.text, starts[i], hit.start, hit.end):
            continue  # "conclusion", "оценка", "verification" in running text are ordinary words
        if hit.label == "checking" and i != 0:
            continue  # a fact-check's label heads the article
        if hit.label in by_kind:
            by_kind[hit.label].add(i)
    # the desk's verdict label keeps its sentence in the desk's voice; its fact-check label makes the headline a debunk,
    # and its own checking, a first-person label ("Sprawdziliśmy:", "We checked:"), the finding it heads
    own = ((by_kind["refuting"] - by_kind["denial"] - by_kind["reporting"])
           | (by_kind["refuting"] & by_kind["verdict"]) | by_kind["checking"] | by_kind["finding"])
    head = doc.sentences[0] if doc.sentences else None
    if head is not None and (opens_with_verdict(doc.text, head.start, head.end, doc.language)
                             or asks_if_true(doc.text, head.start, head.end, doc.language)):
        # "No, Ukrainian soldiers' organs are not being sold ...": the desk's verdict; "Is it true that ...?", "Чи
        # справді ...?": the desk's question, which its body answers
        own.add(head.index)
    return CueSentences({k: frozenset(v) for k, v in by_kind.items()}, frozenset(own))


def _concord(doc: Document, start: int) -> bool:
    """The debunking phrase at ``start`` opens with a negative word ("No hay ninguna prueba", "Il n'y a aucune
    preuve"): the negator before it agrees with it (negative concord), it does not deny the debunk."""
    first = doc.text[start:start + 40].split(maxsplit=1)
    return bool(first) and first[0].casefold() in _negative_words(doc.language)


@lru_cache(maxsize=16)
def _negative_words(language: str | None) -> frozenset[str]:
    """The one-word entries of the cue file's ``negation`` list (without a trailing star)."""
    return frozenset(w.rstrip("*").casefold() for w in cue_words(language, "negation") if " " not in w)


#: what may stand before a headline's opening words: spaces and opening quotation marks
_HEADLINE_LEAD = r"\s\"'\u00ab\u201c\u201e"


@lru_cache(maxsize=32)
def _headline_opening(language: str | None, key: str, lead: str, tail: str) -> re.Pattern[str] | None:
    """The entries of the frame lexicon's ``key`` list opening a headline after any of ``lead``'s characters,
    followed by ``tail``; "..." in an entry stands for any words of the headline (``_gapped``)."""
    words = frame_lexicon(language).words[key]
    if not words:
        return None
    entries = "|".join(_gapped(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"[{lead}]*(?:{entries}){tail}", re.IGNORECASE)


def _verdict_opening(language: str | None) -> re.Pattern[str] | None:
    """A verdict word opening a headline, set off by punctuation (``verdict`` in the frame lexicon)."""
    return _headline_opening(language, "verdict", _HEADLINE_LEAD, r"\s*[,:!\u060c\u2013\u2014]")


def opens_with_verdict(text: str, start: int, end: int, language: str | None) -> bool:
    """The headline ``text[start:end]`` opens with a verdict word set off by punctuation ("No, Washington is not
    flying ...", "Nein, ...", "Ні, ...", "Falso: ...", "Фейк: ...", "لا، ...")."""
    pattern = _verdict_opening(language)
    return pattern is not None and pattern.match(text, start, end) is not None


def _truth_question(language: str | None) -> re.Pattern[str] | None:
    """Words asking whether a claim is true, opening a headline (``truth_question`` in the frame lexicon), after
    any opening quotation or question mark ("¿Es cierto que ...?")."""
    return _headline_opening(language, "truth_question", _HEADLINE_LEAD + r"\u00bf", r"(?!\w)")


def _gapped(entry: str) -> str:
    """An entry as a regex; "..." in it stands for any words of the headline ("Did ... really")."""
    first, gap, rest = (part.strip() for part in entry.partition("..."))
    if not gap:
        return word_pattern(first)
    return (word_pattern(first) + (r"(?!\w)" if first[-1:].isalnum() else "") + r"[^?\n\u061f]*?"
            + (r"(?<!\w)" if rest[:1].isalnum() else "") + word_pattern(rest))


def asks_if_true(text: str, start: int, end: int, language: str | None) -> bool:
    """The headline ``text[start:end]`` opens by asking whether a claim is true and ends with a question mark ("Is it
    true that ...?", "Did US jets really land ...?", "Чи справді ...?", "Правда ли, что ...?", "Des soldats ont-ils
    vraiment ...?"): a fact-check's question, which its body answers. A question of who or why ("Who really gains
    ...?") or a plain yes-or-no question ("Did tanks reach Narva?") is none."""
    pattern = _truth_question(language)
    return (pattern is not None and text[start:end].rstrip().endswith(("?", "\u061f"))
            and pattern.match(text, start, end) is not None)


def opens_with_label(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the phrase at ``start:end`` is a label: it opens its sentence (after any bullet or
    emphasis marks) and a colon follows it ("Verdict:", "**Висновок:**", "Notre verdict :")."""
    return not text[sentence_start:start].strip(" \t*_#>-–—•\"'«") and text[end:end + 4].lstrip(" *_").startswith(":")


def staging_sentences(doc: Document) -> frozenset[int]:
    """The sentences that allege fabrication and debunk with no other word: each refuting cue in them lies within a
    fabrication phrase ("The Bucha 'massacre' is a fake staged by Kyiv", not "The claim that it was staged is
    false")."""
    fabricated: dict[int, list[tuple[int, int]]] = {}
    for i, hit in hits_by_sentence(fabrication_matcher(doc.language), doc):
        fabricated.setdefault(i, []).append((hit.start, hit.end))
    if not fabricated:
        return frozenset()
    other_debunks = {i for i, hit in hits_by_sentence(cue_matcher(doc.language), doc) if hit.label == "refuting"
                     and not any(a <= hit.start and hit.end <= b for a, b in fabricated.get(i, ()))}
    return frozenset(fabricated.keys() - other_debunks)


def alleges_fabrication(texts: Sequence[str], language: str = "en") -> bool:
    """Whether a narrative's own words (its title, description and claims) say that something was staged or faked."""
    matcher = fabrication_matcher(language)
    return any(True for text in texts for _ in matcher.finditer(text))
