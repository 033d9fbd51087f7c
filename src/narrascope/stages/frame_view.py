"""What the frame stages (claims, sources) see of each sentence: its frame-lexicon hits and mentions.

Both stages read the same hits, so one pass of the frame matcher over a document serves both:
the views of the last few documents are kept (by document, checked by its text), never shared
between two texts.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import (
    ADJECTIVE_AFTER_NOUN,
    FrameLexicon,
    Hit,
    frame_inventory,
    frame_lexicon,
    frame_triggers,
    frame_word_lists,
    frame_words,
    hits_by_sentence,
)
from ..lexicon.places import Place, geocode
from ..model import Document, Mention, Sentence

#: views of this many documents are kept: a pipeline batch (settings.batch_documents) runs each
#: stage over the whole batch before the next stage
KEPT_DOCUMENTS = 256

#: (start, end, place, entity id) of a place named in a sentence
FoundPlace = tuple[int, int, "Place | None", "str | None"]


@dataclass
class SentenceView:
    """One sentence with its frame hits and mentions, all offsets into the document text."""

    sentence: Sentence
    hits: list[Hit] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    #: places found on first use (stages/claims/places.py): only sentences near a trigger need them
    found_places: list[FoundPlace] | None = None
    #: where a wire dateline that opens the sentence ends ("MOSCOW, May 3 (TASS) — "): the city and
    #: agency there say where and by whom the copy was filed, not who moved whom where, or who says so
    dateline_end: int = 0

    #: hits by label and by the part of a label before ":" (built on first use, once the hits are in)
    _by_label: dict[str, list[Hit]] | None = field(default=None, repr=False, compare=False)

    def labelled(self, prefix: str) -> list[Hit]:
        """Hits labelled ``prefix`` or ``prefix:<anything>`` (``source`` gives ``source:media`` ...), in
        reading order. The stages ask this of every sentence many times: the grouping is made once."""
        if self._by_label is None:
            grouped: dict[str, list[Hit]] = {}
            for h in self.hits:
                grouped.setdefault(h.label, []).append(h)
                head, colon, _ = h.label.partition(":")
                if colon:
                    grouped.setdefault(head, []).append(h)
            self._by_label = grouped
        return list(self._by_label.get(prefix, ()))

    def add_hits(self, found: list[Hit]) -> None:
        """Hits found after the matcher's (split verbs, verbs of going on): merged in reading order, the grouping
        of ``labelled`` made again on next use."""
        self.hits = sorted([*self.hits, *found], key=lambda h: h.start)
        self._by_label = None


_KEPT: OrderedDict[int, tuple[Document, str, list[Mention], list[SentenceView]]] = OrderedDict()
_LOCK = threading.Lock()  # the API analyses in worker threads


def sentence_views(doc: Document) -> tuple[FrameLexicon, list[SentenceView]]:
    """The frame lexicon of the document's language and a view of each of its sentences."""
    lexicon = frame_lexicon(doc.language)
    with _LOCK:
        kept = _KEPT.get(id(doc))
    if kept is not None and kept[0] is doc and kept[1] is doc.text and kept[2] is doc.mentions:
        return lexicon, kept[3]
    views = {s.index: SentenceView(s, dateline_end=dateline_end(doc.text, s.start)) for s in doc.sentences}
    for index, hit in hits_by_sentence(lexicon.matcher, doc):
        if hit.start >= views[index].dateline_end:
            views[index].hits.append(hit)
    words: list[tuple[int, str]] | None = None  # the text's words as _verb_key writes them, cut on first need
    for key, label in SPLIT_VERBS:
        split = _split_verbs(lexicon.language, key)
        if split is None:
            continue
        verbs = _split_verb_keys(lexicon.language, key)
        if verbs is not None:
            words = _keyed_words(doc.text) if words is None else words
            at = [start for start, word in words if word in verbs]
        for view in views.values():
            if verbs is not None and not _any_within(at, view.sentence.start, view.sentence.end):
                continue  # none of the pattern's verbs in the sentence: the search would find nothing, slowly
            found = [Hit(m.start(m.lastgroup or 0), m.end(m.lastgroup or 0), label)
                     for m in split.finditer(doc.text, view.sentence.start, view.sentence.end)]
            if found:
                view.add_hits(found)
    for m in doc.mentions:
        if m.start >= views[m.sentence].dateline_end:
            views[m.sentence].mentions.append(m)
    articles = frame_words(doc.language, "articles")
    clitic = _clitic(lexicon.language)
    qualified = _qualified_noun_starts(doc.text, lexicon.language)
    for view in views.values():
        going = [*_going_on(doc.text, view), *_received_from(doc.text, view, articles, lexicon.verb_final),
                 *_received_at(doc.text, view, articles, lexicon.language),
                 *_resettled_from(doc.text, view, articles), *_passing_through(doc.text, view),
                 *_going_self(doc.text, view, articles, lexicon.language), *_pushed_forward(doc.text, view)]
        going += _clitic_pronouns(doc.text, view, clitic)
        going += _near_opened_by_marker(doc.text, view, lexicon)
        going += _clitic_destinations(doc.text, view, lexicon.language)
        if _any_within(qualified, view.sentence.start, view.sentence.end):
            going += _qualified_move_nouns(doc.text, view, lexicon.language)
        if going:
            view.add_hits(going)
    out = [views[s.index] for s in doc.sentences]
    with _LOCK:
        _KEPT[id(doc)] = (doc, doc.text, doc.mentions, out)
        while len(_KEPT) > KEPT_DOCUMENTS:
            _KEPT.popitem(last=False)
    return lexicon, out


@lru_cache(maxsize=16)
def _clitic(language: str) -> re.Pattern[str] | None:
    """An object pronoun written onto a verb's infinitive or gerund (a frame file's ``enclitics``: "trasladarlos",
    "portarli"), or after its hyphen in Portuguese ("transferiu-os", "enviá-los-á")."""
    clitics = frame_word_lists(language)["enclitics"]
    if not clitics:
        return None
    if clitics[0].startswith("-"):
        return re.compile(rf"-({'|'.join(re.escape(c[1:]) for c in clitics)})(?![\w])", re.IGNORECASE)
    return re.compile(rf"(?:r|ndo)({'|'.join(map(re.escape, clitics))})$", re.IGNORECASE)


def _clitic_pronouns(text: str, view: SentenceView, clitic: re.Pattern[str] | None) -> list[Hit]:
    """The object pronoun of a verb of the move written onto it: a word that stands for the group named before
    ("Turquía decidió trasladarlos a Azerbaiyán", "La Turchia ha deciso di trasferirli", "transferiu-os")."""
    if clitic is None:
        return []
    out = []
    for verb in view.labelled("relocation"):
        found = clitic.match(text, verb.end) if clitic.pattern.startswith("-") else \
            clitic.search(text, verb.start, verb.end)
        if found is not None:
            out.append(Hit(found.start(1), found.end(1), "pronouns"))
    return out


_MOVE_LABELS = ("relocation", "arrival")


def _near_opened_by_marker(text: str, view: SentenceView, lexicon: FrameLexicon) -> list[Hit]:
    """A word of nearness that opens with a destination marker, right after a verb of the move with no place and no
    origin marker between ("enviados en autobuses a las afueras de Damasco", "condotti nei pressi di Tozeur", "envoyés
    aux abords de Damas"): its marker says where they went, to the outskirts of the place after it (the rest of the
    phrase ties the place to it, as a locative word does); the longer phrase would hide it. Between two places ("Gao,
    a las afueras de Niamey") it stays a word of nearness."""
    out = []
    moves = [h.end for h in view.hits if h.label in _MOVE_LABELS]
    for near in view.labelled("near"):
        words = text[near.start:near.end].split()
        first = words[0]
        # (a phrase of one word is its own marker; a marker whose case says "in" or "into", "w pobliżu", is read by
        # that case elsewhere)
        if len(words) < 2 or lexicon.role_words.get(first.casefold()) != "destination" \
                or first.casefold() in lexicon.static_endings:
            continue
        before = [e for e in moves if e <= near.start]
        if not before or "," in text[before[-1]:near.start]:
            continue
        if any(before[-1] <= m.start < near.start for m in view.mentions if m.kind in _PLACE_KINDS) or any(
                before[-1] <= h.start < near.start for h in view.labelled("origin")):
            continue
        # the marker, then the rest of the phrase as the locative words that tie the place to it ("las afueras de")
        marker_end = near.start + len(first)
        rest = near.end - len(text[marker_end:near.end].lstrip())
        out += [Hit(near.start, marker_end, "destination"), Hit(rest, near.end, "locative")]
    return out


#: words after a trigger a clitic destination is looked for within ("نقلت القوات المعتقلين لقاعدة التنف")
CLITIC_DESTINATION_WORDS = 8
_PLACE_KINDS = ("country", "place")


def _clitic_destinations(text: str, view: SentenceView, language: str) -> list[Hit]:
    """A destination marker written onto a state or place named after a trigger (a frame file's
    ``clitic_destination``: Arabic "ل" in "لمخيم الهول", "لأذربيجان", and before the article, whose alif it drops,
    "للعراق"), unless an ``affiliation`` word stands right before it ("الفصائل الموالية لتركيا": loyal to Turkey,
    not sent there)."""
    letters = frame_words(language, "clitic_destination")
    triggers = [h.end for h in view.labelled("relocation")]
    if not letters or not triggers:
        return []
    affiliated = frame_words(language, "affiliation")
    places = {m.start - 1 for m in view.mentions if m.kind in _PLACE_KINDS}  # found after the letter
    out = []
    for word in _WORD.finditer(text, triggers[0], view.sentence.end):
        at = word.start()
        if text[at] not in letters or not (at in places or _article_place(text, word, language)):
            continue
        before = text[view.sentence.start:at].split()
        if before and before[-1].casefold() in affiliated:
            continue
        if any(e <= at and len(text[e:at].split()) <= CLITIC_DESTINATION_WORDS
               and not _CLAUSE_BREAK.search(text, e, at) for e in triggers):
            out.append(Hit(at, at + 1, "destination"))
    return out


def _article_place(text: str, word: re.Match[str], language: str) -> bool:
    """"للعراق": the letter on the article, whose alif it drops; the gazetteer knows the name with it."""
    name = word.group()
    return len(name) > 4 and name[1] == "\u0644" and geocode("\u0627" + name[1:], language) is not None


_WORD = re.compile(r"[\w\u064b-\u065f\u0670]+")  # Arabic short vowels and shadda inside a word
_CLAUSE_BREAK = re.compile(r"[.;:!?،؛]")


@lru_cache(maxsize=16)
def _qualified_links(language: str) -> dict[str, set[str]]:
    """The move nouns of :func:`_qualified_nouns` ("traslad*", "envio") with the links each is listed with, in a
    language whose adjectives follow the noun (none elsewhere)."""
    if language not in ADJECTIVE_AFTER_NOUN:
        return {}
    links = set(frame_word_lists(language)["genitive"])
    by_noun: dict[str, set[str]] = {}
    for entry in frame_triggers(language):
        noun, _, link = entry.partition(" ")
        if link in links and noun.rstrip("*").isalpha():
            by_noun.setdefault(noun, set()).add(link)
    return by_noun


@lru_cache(maxsize=16)
def _qualified_nouns(language: str) -> re.Pattern[str] | None:
    """The frame file's move nouns listed with their genitive link ("traslado de", "transferência de", "envio das"),
    each with a link it is listed with and one word between the two (group ``word``), in a language whose
    adjectives follow the noun."""
    by_noun = _qualified_links(language)
    if not by_noun:
        return None

    def written(noun: str) -> str:
        return re.escape(noun[:-1]) + r"\w*" if noun.endswith("*") else re.escape(noun)

    return re.compile("|".join(
        rf"(?<!\w)(?:{written(noun)})[ \u00a0]+(?P<word{i}>[^\W\d_]{{3,}})[ \u00a0]+(?:"
        + "|".join(re.escape(k) for k in sorted(ends, key=len, reverse=True)) + r")(?!\w)"
        for i, (noun, ends) in enumerate(sorted(by_noun.items()))), re.IGNORECASE)


@lru_cache(maxsize=16)
def _qualified_noun_keys(language: str) -> tuple[str, ...]:
    """The move nouns of :func:`_qualified_nouns` (a stem without its "*") as :func:`_verb_key` writes them."""
    return tuple(sorted({_verb_key(noun.rstrip("*")) for noun in _qualified_links(language)}))


def _qualified_noun_starts(text: str, language: str) -> list[int]:
    """Where the text holds one of the move nouns of :func:`_qualified_nouns` as IGNORECASE can read it (sorted):
    a sentence with none holds no match of the pattern, which tries every noun at every character. A match starts
    with a noun, each of whose letters IGNORECASE matches only with characters of the same :func:`_verb_key` (a test
    checks it over every code point), so the keyed text has the noun's key where the match starts."""
    keys = _qualified_noun_keys(language)
    if not keys:
        return []
    keyed = _verb_key(text)
    out: list[int] = []
    for key in keys:
        at = keyed.find(key)
        while at >= 0:
            out.append(at)
            at = keyed.find(key, at + 1)
    return sorted(out)


def _qualified_move_nouns(text: str, view: SentenceView, language: str) -> list[Hit]:
    """A move noun with a qualifier between it and its genitive link ("ningún traslado masivo de migrantes",
    "qualquer transferência secreta de presos", "tout départ précipité des troupes"): the frame file lists the noun
    with its link, and the whole is the trigger. The qualifier is a word in small letters that is no hit or mention
    of its own (not a name, a place, a group, another trigger)."""
    pattern = _qualified_nouns(language)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text, view.sentence.start, view.sentence.end):
        a, b = m.span(m.lastgroup or 0)
        if not text[a].islower() or any(h.start < b and a < h.end for h in view.hits) or any(
                x.start < b and a < x.end for x in view.mentions):
            continue
        if not any(h.start == m.start() and h.label == "relocation" for h in view.hits):
            out.append(Hit(m.start(), m.end(), "relocation"))
    return out


#: the frame file's keys of separable verbs written apart, and the label their hits get (a verb of receiving is
#: read as one written whole: a move only with a sender named after it, "nahm 200 Kämpfer aus Belarus auf")
SPLIT_VERBS = (("split_denial", "denial"), ("split_move", "relocation"), ("split_receive", "receive"))


@lru_cache(maxsize=64)
def _split_verbs(language: str, key: str) -> re.Pattern[str] | None:
    """A separable verb and its particle where the clause ends (a frame file's ``split_denial`` or ``split_move``:
    "wies zurück" finds "wies er als „Propaganda“ zurück" and "wies Berichte zurück, wonach ...", "rückten an" finds
    "rückten rund 200 Soldaten in den Landkreis an"); the verb is the hit."""
    by_particle: dict[str, list[str]] = {}
    for verb, particle in (w.split() for w in frame_word_lists(language)[key] if len(w.split()) == 2):
        by_particle.setdefault(particle, []).append(re.escape(verb))
    if not by_particle:
        return None
    return re.compile("|".join(
        rf"\b(?P<verb{i}>{'|'.join(verbs)})\b[^.;:!?]*?\b{re.escape(particle)}(?=\W*(?:[,.;:!?]|$))"
        for i, (particle, verbs) in enumerate(by_particle.items())), re.IGNORECASE)


@lru_cache(maxsize=64)
def _split_verb_keys(language: str, key: str) -> frozenset[str] | None:
    """The verbs of :func:`_split_verbs` as :func:`_verb_key` writes them, or None where one is not a whole word (a
    sentence is then searched whatever its words). Searching a sentence with the pattern tries every verb at every
    character, case-insensitively (0.23 s for the 69 German articles of a 500-article feed); the verb it finds is a
    whole word of the text (``\\b`` on both sides) equal to one of them letter by letter but for case, so a sentence
    none of whose words has the key of one holds no match."""
    verbs = [w.split()[0] for w in frame_word_lists(language)[key] if len(w.split()) == 2]
    if not all(_WORD_RUN.fullmatch(v) for v in verbs):
        return None
    return frozenset(_verb_key(v) for v in verbs)


def _verb_key(text: str) -> str:
    """``text`` with each character written so that two that IGNORECASE takes for one another are written alike:
    ASCII in lower case, the four other letters IGNORECASE takes for ASCII ones (_AS_ASCII) as those, every other
    word character as "_" and every other character as a space; one character for one, so offsets are kept and the
    words are where they were."""
    return text.translate(_KEYS)


#: the characters other than ASCII ones that IGNORECASE matches with an ASCII letter (the test scans every one)
_AS_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}


class _Keys(dict[int, str]):
    """_verb_key's table: ASCII as lower case, the rest worked out on first sight and kept."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        key = ch.lower() if code < 128 else _AS_ASCII.get(ch) or ("_" if ch.isalnum() or ch == "_" else " ")
        self[code] = key
        return key


_KEYS = _Keys()
_WORD_RUN = re.compile(r"\w+")


def _keyed_words(text: str) -> list[tuple[int, str]]:
    """Where each word of ``text`` starts, with its :func:`_verb_key`."""
    return [(m.start(), m.group()) for m in _WORD_RUN.finditer(_verb_key(text))]


def _any_within(starts: list[int], start: int, end: int) -> bool:
    """Whether a position of ``starts`` (sorted) lies in ``start:end``."""
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


#: words at most between a verb of going on and the destination marker that makes it a move ("will continue on
#: Thursday towards", "واصلت العائلات طريقها بالحافلات نحو")
GOING_ON_GAP = 3
#: what ends a clause between the verb and its marker: a comma (Arabic's too) or stronger punctuation
_GOING_ON_BREAK = re.compile(r"[,;:!?.\u060c\u061f()\"«»“”]")
_GAP_WORD = re.compile(r"[\w\u064b-\u065f\u0670]+")  # Arabic short vowels and shadda inside a word
#: hits of another move between the verb and its marker: the marker is that move's
_OTHER_MOVES = frozenset({"relocation", "arrival", "departure", "handover"})


def _going_on(text: str, view: SentenceView) -> list[Hit]:
    """Verbs of going on (a frame file's ``going_on``: "continue", "seguir", "продолжить") that are a move: a
    destination marker follows within GOING_ON_GAP words of the same clause ("will continue on Thursday towards
    Mexico City", "продолжили на автобусах путь в Москву"). Each is a relocation hit on the verb."""
    return [Hit(verb.start, verb.end, "relocation") for verb in view.labelled("going_on")
            if any(_leads_to(text, view, verb, marker) for marker in view.labelled("destination")
                   if marker.start >= verb.end)]


def _leads_to(text: str, view: SentenceView, verb: Hit, marker: Hit) -> bool:
    """The marker is the going on's: one to GOING_ON_GAP words after the verb, and between them no clause break, no
    other move and no place a marker opens ("continued fighting in Aleppo to ...": the marker is no longer the verb's).
    (A marker right after the verb is most often an infinitive's, "continued to arm", "continuent à", "seguir a": the
    frame files list that going on where it is one, "continued to", "~seguir hacia".)"""
    between = [h for h in view.hits if verb.end <= h.start < marker.start]
    # how they went does not part the verb from its marker ("siguieron en lanchas por el río hasta", "ont poursuivi
    # en camions militaires jusqu'à"): the words of a means phrase, and the instrument word before it, count none
    means = [h for h in between if h.label.startswith("means:") or h.label == "instrument"]
    words = list(_GAP_WORD.finditer(text, verb.end, marker.start))
    counted = [w for w in words
               if not any(h.start <= w.start() < h.end for h in means)]
    if not words or len(counted) > GOING_ON_GAP or _GOING_ON_BREAK.search(text, verb.end, marker.start):
        return False
    opened = [h.end for h in between if h.label in ("origin", "destination", "locative")]
    places = [m.start for m in view.mentions if verb.end <= m.start < marker.start and m.kind in ("country", "place")]
    return not any(h.label in _OTHER_MOVES for h in between) and not any(
        0 <= p - e <= 2 for p in places for e in opened)


#: words at most between a moved group and a verb of going on its own after it ("the fighters then went to"), and
#: between the verb and its marker ("шли колонной в")
SELF_MOVE_GAP = 2


@lru_cache(maxsize=1)
def _movable() -> frozenset[str]:
    """The entity ids a relocation may move (lexicon/frame_inventory.yaml)."""
    return frozenset(((frame_inventory().get("frames") or {}).get("relocation") or {}).get("movable") or ())


def _going_self(text: str, view: SentenceView, articles: frozenset[str], language: str | None = None) -> list[Hit]:
    """Verbs of going that say nothing of a move alone (a frame file's ``self_move``: "went", "шли", "отидоха",
    "gagner"): a move only with a movable group (a word for troops or a movable entity) ending at most
    SELF_MOVE_GAP words before the verb, and an origin or destination marker at most SELF_MOVE_GAP words after
    it that a state or place follows, an article at most between, all in one clause ("the fighters went to
    Idlib", "колонны боевиков шли в Сирию"). Each is a relocation hit on the verb."""
    verbs = view.labelled("self_move")
    if not verbs:
        return []
    groups = [m.end for m in view.mentions if m.entity in _movable()] + [h.end for h in view.labelled("troops")]
    places = [m.start for m in view.mentions if m.kind in _PLACE_KINDS]

    def close(a: int, b: int) -> bool:
        return a <= b and len(_GAP_WORD.findall(text, a, b)) <= SELF_MOVE_GAP and not _GOING_ON_BREAK.search(text, a, b)

    def led(verb: Hit) -> bool:
        for marker in (*view.labelled("destination"), *view.labelled("origin")):
            if close(verb.end, marker.start) and (any(
                    (g := _SENDER_GAP.fullmatch(text, marker.end, p)) is not None
                    and (g.group("word") is None or g.group("word").casefold() in articles) for p in places)
                    or _town_after(text, marker, articles, view.sentence.end, language)):
                return True
        return False

    return [Hit(verb.start, verb.end, "relocation") for verb in verbs
            if any(close(g, verb.start) for g in groups) and led(verb)]


_NAME_AFTER = re.compile(r"\W*(?:(?P<word>\w+)\s+)?(?P<name>[^\W\d_][\w'’-]*)")


def _town_after(text: str, marker: Hit, articles: frozenset[str], end: int, language: str | None) -> bool:
    """A capitalised name the gazetteer knows right after a marker, an article at most between ("из Нарвы",
    "vers Tinzaouaten"): a town the entity lexicon lacks is a place a group may go to as well as a state."""
    m = _NAME_AFTER.match(text, marker.end, end)
    if m is None or (m.group("word") is not None and m.group("word").casefold() not in articles):
        return False
    name = m.group("name")
    return name[0].isupper() and geocode(name, language) is not None


#: words at most between a verb of pushing and its object with "ب" (its subject between: "دفعت قوات الدعم السريع
#: خلال الأيام الماضية بنحو 3000 مقاتل")
PUSH_GAP = 6
#: the clitic "with" written onto the object of a verb of pushing forward, or apart from a number ("بـ 200 مقاتل")
_PUSH_CLITIC = re.compile(r"\u0628(?:\u0640\s*)?")
_NUMBER = re.compile(r"\d")


def _pushed_forward(text: str, view: SentenceView) -> list[Hit]:
    """Verbs of pushing (a frame file's ``push``: Arabic "دفع", also to pay and to drive) that push a group forward:
    their object is written with "ب" onto a word for troops, a movable group, a number or an approximate word
    ("دفعت حركة طالبان بمئات المقاتلين نحو", "تدفع الجماعة بتعزيزات إلى") within PUSH_GAP words of the same clause,
    and an origin or destination marker follows that object in its clause. Each is a relocation hit on the verb;
    "دفعت الحكومة الرواتب" (paid) and "سيارات رباعية الدفع إلى" (four-wheel drive) have no such object."""
    verbs = view.labelled("push")
    if not verbs:
        return []
    objects = [m.start for m in view.mentions if m.entity in _movable()]
    objects += [h.start for h in view.hits if h.label in ("troops", "approximate", "vague", "pronouns")]
    objects += [m.start() for m in _NUMBER.finditer(text, view.sentence.start, view.sentence.end)]
    markers = [h.start for h in (*view.labelled("destination"), *view.labelled("origin"))]

    def pushed(verb: Hit) -> bool:
        for word in _GAP_WORD.finditer(text, verb.end, view.sentence.end):
            if _GOING_ON_BREAK.search(text, verb.end, word.start()) \
                    or len(_GAP_WORD.findall(text, verb.end, word.start())) > PUSH_GAP:
                return False
            if _with_bi(text, word.start(), objects):
                stop = _GOING_ON_BREAK.search(text, word.end(), view.sentence.end)
                return any(word.end() <= m < (stop.start() if stop else view.sentence.end) for m in markers)
        return False

    return [Hit(verb.start, verb.end, "relocation") for verb in verbs if pushed(verb)]


def _with_bi(text: str, at: int, objects: list[int]) -> bool:
    """The word at ``at`` is "ب" written onto one of the ``objects`` (where they start: the hit may take the clitic
    in or leave it out), or "بـ" apart from it ("بـ 400 مقاتل")."""
    clitic = _PUSH_CLITIC.match(text, at)
    return clitic is not None and any(
        o in (at, clitic.end()) or (o > clitic.end() and not text[clitic.end():o].strip()) for o in objects)


#: words at most between a verb of passing through and the via word of the place passed ("через Самсун не
#: проходили", "no cargo had passed this year through Zahony"), and between either and the place
TRANSIT_GAP = 4


def _passing_through(text: str, view: SentenceView) -> list[Hit]:
    """Verbs of passing through (a frame file's ``transit``: "passed", "проходить", "passer par", "pasar por")
    that may be a move: written with their own preposition, or with a via word within TRANSIT_GAP words, before or
    after them, in the same clause ("no cargo passed through Zahony", "через Самсун никакие грузы не проходили").
    Each is a relocation hit on the verb; the claims stage keeps its move only where a place is passed."""
    def near(verb: Hit, via: Hit) -> bool:
        a, b = (verb.end, via.start) if via.start >= verb.end else (via.end, verb.start)
        return a <= b and len(_GAP_WORD.findall(text, a, b)) <= TRANSIT_GAP and not _GOING_ON_BREAK.search(text, a, b)

    return [Hit(verb.start, verb.end, "relocation") for verb in view.labelled("transit")
            if _ends_in_preposition(text, verb) or any(near(verb, via) for via in view.labelled("via"))]


def _ends_in_preposition(text: str, verb: Hit) -> bool:
    """A transit phrase written with its preposition ("passer par", "pasar por"): more than one word."""
    return len(text[verb.start:verb.end].split()) > 1


#: words at most between a verb of receiving and the origin marker of its sender ("took over 150 IS fighters from",
#: "تسلم العراق 150 عنصرا من داعش من الجانب السوري")
RECEIVE_GAP = 5
_SENDER_GAP = re.compile(r"\W*(?:(?P<word>\w+)\W+)?")


def _received_from(text: str, view: SentenceView, articles: frozenset[str], verb_final: bool = False) -> list[Hit]:
    """Verbs of receiving or taking over (a frame file's ``receive``: "took over", "übernehmen", "принять",
    "przyjąć", "تسلم") that are a move to the receiver: an origin marker with a sender named right after it follows
    within RECEIVE_GAP words of the same clause, no other move between ("took over 150 prisoners from the Syrian
    side"), or, where a clause ends in its verb, comes right before it ("IS-Häftlinge aus Syrien übernommen zu
    haben"). Each is a relocation hit on the verb; without a sender named ("received 150 fighters") none."""
    return [Hit(verb.start, verb.end, "relocation") for verb in view.labelled("receive")
            if any(_sent_by(text, view, verb, marker, articles) for marker in view.labelled("origin")
                   if marker.start >= verb.end)
            or (verb_final and any(_sent_before(text, view, verb, marker, articles)
                                   for marker in view.labelled("origin") if marker.end <= verb.start))]


def _received_at(text: str, view: SentenceView, articles: frozenset[str], language: str) -> list[Hit]:
    """Verbs of receiving (a frame file's ``receive``) with no sender named, whose object is a movable group (a
    movable entity, a word for troops, a number or a vague count) and that say where it was received: a locative
    marker with a state or place named right after it, an article at most between, within RECEIVE_GAP words of the
    verb in the same clause, the group between ("negó haber recibido a migrantes hondureños en El Ceibo", "received
    200 soldiers in Latakia"). Received somewhere is arrived there: each is an arrival hit on the verb, after which
    the locative marks the destination; "received training in Russia" moves no group, "received 150 fighters from
    the Syrian side" is a move from its sender (``_received_from``)."""
    verbs = view.labelled("receive")
    if not verbs:
        return []
    groups = [m.start for m in view.mentions if m.entity in _movable()]
    groups += [h.start for h in view.hits if h.label in ("troops", "vague")]
    groups += [m.start() for m in _NUMBER.finditer(text, view.sentence.start, view.sentence.end)]

    def where(verb: Hit, marker: Hit) -> bool:
        return any(verb.end <= g < marker.start for g in groups) and (
            _sent_by(text, view, verb, marker, articles)
            or (_marker_of(text, view, verb, marker)
                and _town_after(text, marker, articles, view.sentence.end, language)))

    return [Hit(verb.start, verb.end, "arrival") for verb in verbs
            if not any(marker.start >= verb.end and _sent_by(text, view, verb, marker, articles)
                       for marker in view.labelled("origin"))
            and any(where(verb, marker) for marker in view.labelled("locative") if marker.start >= verb.end)]


def _resettled_from(text: str, view: SentenceView, articles: frozenset[str]) -> list[Hit]:
    """Words of being put somewhere (a frame file's ``settled``: "resettled", "reubicados", "переселены") that are a
    move: an origin marker with a place named right after it follows within RECEIVE_GAP words of the same clause
    ("were resettled from Raqqa to Idlib"); an exact form there outranks the same form as a move. Each is a
    relocation hit on the word; "housed in Kharkiv" stays where they were put."""
    return [Hit(word.start, word.end, "relocation") for word in view.labelled("settled")
            if any(_sent_by(text, view, word, marker, articles) for marker in view.labelled("origin")
                   if marker.start >= word.end)]


_SENDER_TO_VERB = 1  # words at most between the sender named before a verb-final receiving and the verb


def _sent_before(text: str, view: SentenceView, verb: Hit, marker: Hit, articles: frozenset[str]) -> bool:
    """A sender named right after an origin marker, right before the verb that ends the clause ("aus Syrien
    übernommen"), no break or other move between."""
    if _GOING_ON_BREAK.search(text, marker.end, verb.start) \
            or any(marker.end <= h.start < verb.start and h.label in _OTHER_MOVES for h in view.hits):
        return False
    for m in view.mentions:
        gap = _SENDER_GAP.fullmatch(text, marker.end, m.start) if marker.end <= m.start < verb.start else None
        if m.kind in ("country", "place") and gap is not None and (
                gap.group("word") is None or gap.group("word").casefold() in articles) \
                and len(_GAP_WORD.findall(text, m.end, verb.start)) <= _SENDER_TO_VERB:
            return True
    return False


def _gap_words(text: str, view: SentenceView, start: int, end: int) -> int:
    """Words between ``start`` and ``end``, a name of several words counted as one ("a 200 combatientes del Estado
    Islámico de Marruecos": the group's name is one word of the gap)."""
    inside = sum(len(_GAP_WORD.findall(text, m.start, m.end)) - 1 for m in view.mentions
                 if start <= m.start and m.end <= end)
    return len(_GAP_WORD.findall(text, start, end)) - max(0, inside)


def _marker_of(text: str, view: SentenceView, verb: Hit, marker: Hit) -> bool:
    """The marker is the verb's: within RECEIVE_GAP words after it, in its clause, no other move between."""
    return not (_gap_words(text, view, verb.end, marker.start) > RECEIVE_GAP
                or _GOING_ON_BREAK.search(text, verb.end, marker.start)
                or any(verb.end <= h.start < marker.start and h.label in _OTHER_MOVES for h in view.hits))


def _sent_by(text: str, view: SentenceView, verb: Hit, marker: Hit, articles: frozenset[str]) -> bool:
    """The origin marker is the receiving's, and a state or place is named right after it, an article at most between
    ("from the Syrian side"; not "accueillir des forces françaises": "des" before a noun is an article of its own)."""
    if not _marker_of(text, view, verb, marker):
        return False
    gaps = (_SENDER_GAP.fullmatch(text, marker.end, m.start) for m in view.mentions
            if m.start >= marker.end and m.kind in ("country", "place"))
    return any(g is not None and (g.group("word") is None or g.group("word").casefold() in articles) for g in gaps)


# A wire dateline at the start of a paragraph: a city, maybe a date after a comma, then the agency in
# brackets or slashes, or after a dash ("DAMASCUS, May 9 (Sputnik) —", "Berlin (dpa) -",
# "МОСКВА, 28 сентября. /ТАСС/.", "ДУШАНБЕ, 12 янв — Sputnik."). Without the agency's brackets the
# city must be in capitals, so that "Moscow, he said, - ..." is never taken for one.
_CITY = r"[^\W\d_][^\W\d_'’.-]*(?:[ '’-][^\W\d_]+){0,3}"
_DATELINE = re.compile(
    rf"(?P<city>{_CITY})(?:,[^\n—–()/]{{1,30}}?)?\s*"
    rf"(?:(?P<bracket>\([^\W\d_][^()\n]{{0,39}}\)\s*[—–-]|\.?\s*/[^/\n]{{1,30}}/\s*[.—–-])|[—–-]\s*[^\n.—–]{{1,30}}\.|[—–])\s*")


def dateline_end(text: str, start: int) -> int:
    """Where a dateline opening the paragraph at ``start`` ends, or 0 (none there, or not a paragraph's start)."""
    if start and text[start - 1] != "\n":
        return 0
    m = _DATELINE.match(text, start)
    if m is None or not m.group("city")[0].isupper() or not (m.group("bracket") or m.group("city").isupper()):
        return 0
    return m.end()
