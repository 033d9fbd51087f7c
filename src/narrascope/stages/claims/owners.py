"""Whose vehicle moved them: a carrier read as the agent gives way to its owner named right after it
("un avion affrété par la France", "Buses organised by the disaster agency AFAD", "la nave Libra della Marina
militare", "eine Maschine der Luftwaffe", "aviones de la Fuerza Aérea")."""

from __future__ import annotations

import re

from ...lexicon import Hit, entities, frame_words
from ...lexicon.places import geocode
from ...model import Document, Mention, Slot
from ..frame_view import SentenceView

# between the vehicle and the owner's marker: a name, a model or a participle, two words at most
# ("nave Dattilo della", "Airbus A310 MedEvac der", "ônibus fretados pelo"); no clause punctuation
_GAP = re.compile(r"[ \u00a0]+(?:[^\s,;:.()«»\"“”„]+[ \u00a0]+){0,2}")
# a capitalised name: its words each open with a capital ("Guardia", "Força Aérea Brasileira", "AFAD")
_NAME = re.compile(r"(?:[^\W\d_][\w'’-]*)(?:[ \u00a0]+[^\W\d_][\w'’-]*)*")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_BODIES = ("source:government", "source:agency", "doers")


def vehicle_owner(doc: Document, view: SentenceView, agent: Slot, taken: list[tuple[int, int]],
                  kinds: frozenset[str]) -> Slot | None:
    """The owner named after a vehicle read as the agent, by a genitive or a passive's marker; None when there is
    none, or when the words after a marker that also says where from ("avión de Madrid") name a place."""
    if agent.canonical is not None or not _a_vehicle(view, agent):
        return None
    markers = sorted((h for h in view.hits if h.label in ("genitive", "passive_agent") and h.start >= agent.end),
                     key=lambda h: h.start)
    for marker in markers:
        if not _GAP.fullmatch(doc.text, agent.end, marker.start):
            break
        owner = _owner_after(doc, view, marker, taken, kinds)
        if owner is not None:
            return owner
    return None


def _a_vehicle(view: SentenceView, agent: Slot) -> bool:
    return any(h.label.startswith("means:") and h.start <= agent.start and agent.end <= h.end for h in view.hits)


def _owner_after(doc: Document, view: SentenceView, marker: Hit, taken: list[tuple[int, int]],
                 kinds: frozenset[str]) -> Slot | None:
    at = _after_articles(doc, marker.end)
    if any(s < at + 1 and at < e for s, e in taken):
        return None  # a place of the move ("avion de Paris"): whence, not whose
    known = entities()
    from_word = doc.text[marker.start:marker.end].casefold() in frame_words(doc.language, "origin")
    mention = next((m for m in view.mentions if m.start == at and known[m.entity].kind in kinds), None)
    if mention is not None:
        return None if from_word and _place_kind(mention) else Slot(mention.text, mention.start, mention.end,
                                                                     canonical=mention.name)
    body = next((h for h in view.hits if h.label in _BODIES and h.start == at), None)
    if body is not None:
        return Slot(doc.text[body.start:body.end], body.start, body.end)
    if marker.label == "passive_agent":  # "organised by the disaster agency AFAD": a lowercase word or two first
        at = _lowercase_words(doc, at)
    name = _NAME.match(doc.text, at)
    if name is None or not name.group()[0].isupper() or at >= view.sentence.end:
        return None
    words = _capitalised(name.group())
    if geocode(words, doc.language) is not None:
        return None  # a town's or a country's name: where from, or where the vehicle is from
    return Slot(words, at, at + len(words))


def _place_kind(m: Mention) -> bool:
    return m.kind in ("country", "city", "region", "place")


def _after_articles(doc: Document, at: int) -> int:
    articles = frame_words(doc.language, "articles")
    while True:
        word = _WORD.match(doc.text, _skip(doc.text, at))
        if word is None or word.group().casefold() not in articles:
            return _skip(doc.text, at)
        at = word.end()


def _lowercase_words(doc: Document, at: int) -> int:
    for _ in range(2):
        word = _WORD.match(doc.text, at)
        if word is None or not word.group()[0].islower():
            break
        at = _skip(doc.text, word.end())
    return at


def _skip(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \u00a0'’":
        at += 1
    return at


def _capitalised(run: str) -> str:
    """The leading words of a run that open with a capital ("Guardia" of "Guardia costiera")."""
    kept = []
    for w in run.split():
        if not w[0].isupper():
            break
        kept.append(w)
    return " ".join(kept)
