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
        if word is not None and _elided(word.group(), articles):
            return word.start() + 2  # "affrété par l'État": the elided article is written onto the name
        if word is None or word.group().casefold() not in articles:
            return _skip(doc.text, at)
        at = word.end()


def _elided(word: str, articles: frozenset[str]) -> bool:
    """The word opens with an elided article ("l'État", "l’Armée"), a letter and an apostrophe the language lists."""
    return len(word) > 2 and word[1] in "'’" and f"{word[0]}'".casefold() in articles


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


# German writes every noun with a capital ("Am Montag brachten"): a capitalised run there names no body
_NOUNS_CAPITALISED = frozenset({"de"})
_CAPITALISED_WORD = re.compile(r"[^\W\d_][\w'’.-]*$")


def named_subject(doc: Document, view: SentenceView, trigger: Hit, taken: list[tuple[int, int]]) -> Slot | None:
    """With no actor named, a capitalised name right before the verb (an auxiliary or a short word between, an
    acronym in brackets after it) is its subject and moved them: a body, a fleet or a person the lexicon lacks
    ("Salvamento Marítimo trasladó", "El Servicio Nacional de Migración de Panamá trasladó", "Texas ha enviado",
    "Рамзан Кадиров перекинув", "Straż Graniczna przewiozła"). Not a lone first word of the sentence, which any
    noun may be ("Troops moved"), nor a run that holds a slot already read."""
    if doc.language in _NOUNS_CAPITALISED:
        return None
    text, floor = doc.text, view.sentence.start
    words = _words_before(text, floor, trigger.start)
    skipped = _skipped(words, doc.language)
    run = _name_run(words[skipped:], frame_words(doc.language, "name_link"))
    articles = frame_words(doc.language, "articles")
    article = bool(run) and run[0][2].casefold() in articles  # "El Servicio ...", "La Unidad ..."
    if article:
        run = run[1:]
    if not any(w[2][0].isupper() for w in run) or run[0][2].casefold() in _place_words(doc.language) \
            or any(s < w[1] and w[0] < e for s, e in taken for w in (run[0], run[-1]) if w[2][0].islower()
                   or w is run[0]):  # "En Lampedusa": a place; "Les soldats": the group
        # (a place that closes the name is a part of it: "Forças de Defesa de Moçambique")
        return None
    before = words[skipped + len(run) + article:]
    if len(run) == 1 and not article and not before and not text[floor:run[0][0]].strip():
        return None  # the sentence's first word: a capital that says nothing
    if before and (before[0][2].casefold() in articles and not article
                   or before[0][2].casefold() in _place_words(doc.language)):
        return None  # "à la Croix-Rouge", "in Damascus": an object or a place, no subject
    return Slot(text[run[0][0]:run[-1][1]], run[0][0], run[-1][1])


def _place_words(language: str | None) -> frozenset[str]:
    """Words that put a name after them in a place or an object's role: no subject follows them."""
    return frozenset(w for key in ("locative", "origin", "destination", "genitive", "passive_agent", "via")
                     for w in frame_words(language, key))


def _words_before(text: str, floor: int, at: int) -> list[tuple[int, int, str]]:
    """The words of the clause before ``at``, nearest first, as (start, end, word); a bracketed acronym is left
    out ("La Unidad Militar de Emergencias (UME) desplazó")."""
    cut = max(text.rfind(mark, floor, at) for mark in ",;:\u060c")
    span = text[max(cut + 1, floor):at]
    base = max(cut + 1, floor)
    span = re.sub(r"\([^()]{1,12}\)", lambda m: " " * len(m.group()), span)
    return [(base + m.start(), base + m.end(), m.group()) for m in reversed(list(re.finditer(r"[^\s«»\"“”„]+", span)))]


def _skipped(words: list[tuple[int, int, str]], language: str | None) -> int:
    """How many words right before the verb are an auxiliary or a short lowercase word ("ha", "has", "a", "є")."""
    auxiliaries = frame_words(language, "auxiliary")
    # not an article ("menciona el traslado": the noun's, no subject's) nor a preposition
    others = frame_words(language, "articles") | _place_words(language)
    n = 0
    while n < min(2, len(words)) and words[n][2][0].islower() and (
            words[n][2].casefold() in auxiliaries or len(words[n][2]) <= 3 and words[n][2].casefold() not in others):
        n += 1
    return n


def _name_run(words: list[tuple[int, int, str]], links: frozenset[str]) -> list[tuple[int, int, str]]:
    """The capitalised words nearest first, joined by a name's link words ("de", "of"), in reading order."""
    run: list[tuple[int, int, str]] = []
    if len(words) > 1 and words[0][2][0].islower() and words[0][2].casefold() not in links \
            and words[1][2][0].isupper():
        run.append(words[0])  # a lowercase word may close the name ("Protection civile", "Северный флот")
        words = words[1:]
    for i, w in enumerate(words):
        if w[2][0].isupper() and _CAPITALISED_WORD.match(w[2]):
            run.append(w)
        elif run and w[2].casefold() in links and i + 1 < len(words) and words[i + 1][2][0].isupper():
            run.append(w)
        else:
            break
    while run and run[-1][2].casefold() in links:
        run.pop()
    return list(reversed(run))
