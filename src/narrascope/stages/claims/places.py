"""The places a sentence names, for the claims stage: gazetteer names, entity places written as
places, and names the gazetteer lacks that a marker or a locative word shows to be places."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from ...lexicon import (
    MOVE_VERB_KEYS,
    Entity,
    Hit,
    entities,
    frame_lexicon,
    frame_word_lists,
    frame_words,
    stem_pattern,
    word_pattern,
)
from ...lexicon.gazetteer import index, is_region
from ...lexicon.inflection import key, lowercase_region_languages
from ...lexicon.places import NAME_PARTICLES, Place, find_places, geocode
from ...model import Document
from ..frame_view import FoundPlace, SentenceView, sentence_views

# a capitalised word (Latin or Cyrillic), or any Arabic word, whose short vowels and shadda are part of it ("الزُّرق")
_CAP = r"[^\W\d_a-z\u0430-\u044f](?:[^\W\d_]|[\u064b-\u065f\u0670])+"
# an apostrophe within a Cyrillic word, before a small letter ("Куп'янськ", "Мар’їнка"): the word goes on after it
_CYRILLIC_APOSTROPHE = r"(?<=[\u0400-\u04ff])['\u2019\u02bc](?=[\u0430-\u045f\u0491])"
# the Arabic article written small and joined ("al-Bahra", "ash-Shaddadi", "ar-Rukban")
_ARTICLE_PREFIX = r"(?:al|el|ash|as|ad|ar|at|az|an|ed|es|ez|ul|ud)[-\u2010\u2011]"
_SMALL_ARTICLE = re.compile(_ARTICLE_PREFIX)
# one short word between a marker and a name ("out of the Afrin region"), or between two places
SHORT_WORD_GAP = re.compile(r"\s+\w{1,3}\s+")
# what may stand between a body's word and the rest of its name: an adjective and one or two short words
# ("malien des", "azerbaïdjanais de la Défense")
_BODY_TAIL = re.compile(r"(?:\s+\w+){0,1}(?:\s+\w{1,3}){1,2}['\u2019\s]\s*|\s+")
_NEXT_WORD = re.compile(r"\s+(\w(?:[\w\u064b-\u065f\u0670])*)")  # Arabic short vowels and shadda inside a word
# the indefinite accusative ending of an Arabic word, fathatan written before or after its alif ("سورياً",
# "سوريًا"), at or just after where a name would end
_TANWIN_FATH = re.compile(r"(?:(?<=\u0627)\u064b|\u064b\u0627|(?<=\u0627\u064b)|(?<=\u064b\u0627))(?!\w)")
PREPOSITION_LETTERS = 3  # a locative word this short is a preposition ("у", "на", "in", "bei"), not a noun
_NOTE = re.compile(r"\([^()]{0,130}\)")  # a parenthesis that may hold a ban note ("(запрещена в РФ)")
# A name after a country's possessive: "Georgia's Pankisi Gorge", "Iraq's Anbar desert"
_POSSESSED = re.compile(rf"['\u2019]s[ \u00a0]+({_CAP}(?:[ \u00a0]{_CAP}){{0,2}})")


@lru_cache(maxsize=16)
def _place_name(language: str | None) -> re.Pattern[str]:
    """A capitalised name, with the word that opens it when it is written apart ("Al Anbar", "La Guajira": else
    "de Al Anbar" reads as a place "Al" and another "Anbar") or the small Arabic article."""
    openers = "".join(rf"{word_pattern(w)}\s|" for w in frame_lexicon(language).words["name_openers"])
    # Spanish: a second capitalised word goes on the name ("Soto Cano", "Roosevelt Roads", "Cabo Haitiano")
    second = rf"(?:[ \u00a0]{_CAP})?" if language == "es" else ""
    # Slavic: a capitalised adjective goes on the name of the noun after it ("в Малую Локню", "з Великої Михайлівки",
    # "ze Starej Kamionki"): a town named "Old X" or "Great X", whose adjective alone is no place
    endings = frame_lexicon(language).words["adjective_endings"] if language in _ADJECTIVE_NAME_LANGUAGES else ()
    ends = "|".join(map(re.escape, endings))
    # (not before a second adjective: "до Сватового Луганської області" is a town and its region's adjective)
    # (nor at the sentence's start, where any word is capitalised: "Жителей Шебекина", the residents of Shebekino)
    start = r"(?<=[^\W\d_][ \u00a0])"  # (after a word and a space: never the sentence's first word)
    second_adjective = rf"[^\W\d_]+(?:{ends})(?![\w-])"
    adjective = (rf"(?:{start}{_CAP_LETTER}[^\W\d_]*(?:{ends})[ \u00a0](?={_CAP_LETTER})(?!{second_adjective}))?"
                 if endings else "")
    return re.compile(rf"(?<![\w-])(?:{openers}{_ARTICLE_PREFIX}|{adjective})?{_CAP}"
                      rf"(?:{_CYRILLIC_APOSTROPHE}[\w]+)*(?:-[\w]+)*{second}(?![\w-])")


#: languages whose towns are often named by an adjective before a noun, both capitalised ("Малая Локня", "Stara Wieś")
_ADJECTIVE_NAME_LANGUAGES = frozenset({"ru", "uk", "pl"})
#: a capital letter: no small Latin, Polish or Cyrillic one ("z Wostocznego ładunek": the cargo, not a town's word)
_CAP_LETTER = r"[^\W\d_a-z\u0430-\u045f\u0491ąćęłńóśźż]"


@lru_cache(maxsize=16)
def _adjective(language: str | None) -> re.Pattern[str] | None:
    """One adjective by its endings, between a marker and a name ("до прикордонного Джейлянпинара"), where the
    frame lexicon lists the endings (Russian, Ukrainian, Polish)."""
    endings = frame_lexicon(language).words["adjective_endings"]
    if not endings:
        return None
    # the adjective's letters in the script of its endings (Polish: "do przygranicznego Dżarabulusu")
    letters = "а-яёіїєґ" if any("\u0400" <= ch <= "\u04ff" for e in endings for ch in e) else "a-ząćęłńóśźż"
    return re.compile(rf"\s+[{letters}'’-]+(?:{'|'.join(map(word_pattern, endings))})\s+")


@lru_cache(maxsize=16)
def _and_then(language: str | None) -> re.Pattern[str]:
    """"and" right after a place, before a name: unlike two places joined (slots.py), no article may
    stand between, as a capitalised word after one can be any noun ("Raqqa und die Provinz")."""
    joiners = "|".join(map(word_pattern, frame_lexicon(language).words["and"]))
    return re.compile(rf"\s+(?:{joiners})\s+")


def sentence_places(doc: Document, view: SentenceView) -> list[FoundPlace]:
    """Places of the sentence in reading order, found once per view; never a bare number ("home to around 1.2
    million residents": no name, whatever marker stands before it)."""
    if view.found_places is None:
        view.found_places = [f for f in _find(doc, view) if any(ch.isalpha() for ch in doc.text[f[0]:f[1]])]
    return view.found_places


def _find(doc: Document, view: SentenceView) -> list[FoundPlace]:
    known = entities()
    out: list[FoundPlace] = []
    metonyms: list[tuple[int, int]] = []
    for m in view.mentions:
        # Only a name that is a place as written: not a demonym ("American") or a metonym
        # standing for a government ("the Pentagon").
        if known[m.entity].kind not in ("country", "place") or not place_like(doc.text, m.start, m.end):
            continue
        as_written = geocode(m.text, doc.language)
        if as_written is None and known[m.entity].kind == "place":
            # a form the gazetteer lacks ("з Херсонщини", the region of Kherson): the entity's place (not
            # for a country, whose aliases include demonyms such as "American")
            found = geocode(known[m.entity].name, "en")
            if found is not None:
                out.append((m.start, m.end, found, m.entity))
            continue
        if as_written is not None and known[m.entity].kind == "country" and as_written.kind in ("city", "place") \
                and _country_of(known[m.entity].name) not in (None, as_written.country) \
                and _an_alias_as_written(known[m.entity], m.text, doc.language):
            metonyms.append((m.start, m.end))
            continue  # a state's metonym that GeoNames gives a town abroad ("White House": Casablanca)
        if as_written is not None:
            # a city or region named as written is the place itself ("to Tripoli", "з Херсонщини": Kherson
            # Oblast), not the state or city it can stand for
            written = as_written.kind in ("city", "place")
            place = as_written if written else geocode(known[m.entity].name, "en") or as_written
            out.append((m.start, m.end, place, m.entity))
    base = view.sentence.start
    openers = frame_words(doc.language, "name_openers")
    small = doc.language in lowercase_region_languages()
    # names of bodies, groups and people ("Hamas", which GeoNames also gives Hamm in Germany): no place, unless a
    # capital standing for a body ("Brussels" for the EU: "flown to Brussels" went there); a concept may be a
    # place ("в Газу" is Gaza, not "газ")
    named = [(m.start, m.end) for m in view.mentions if known[m.entity].kind in ("organisation", "person")]
    for start, end, place in find_places(view.sentence.text, doc.language):
        a, b = base + start, base + end
        if (any(s <= a and b <= e for s, e in named) and place not in _capital_places()) \
                or any(s <= a and b <= e for s, e in metonyms):
            continue
        if not place_like(doc.text, a, b) and not (small and place.kind == "place" and " " in doc.text[a:b]):
            continue  # (a region named in small letters by its adjective is one: "do obwodu kurskiego")
        if doc.text[a:b].casefold() in openers and _NEXT_CAPITAL.match(doc.text, b):
            continue  # "Tal Afar", "Ras al-Ain": the opening word of a longer name is no place of its own
        if _opener_at_end(doc, a, b, openers):
            continue  # "مدينة عين العرب": a name that ends on a word opening a longer one is cut short
        overlapping = [o for o in out if a < o[1] and o[0] < b]
        if overlapping and all(a <= s and e <= b and e - s < b - a for s, e, _, _ in overlapping):
            # a longer name holds the entity's ("Port Sudan", not the country Sudan and a town "Port")
            out = [o for o in out if o not in overlapping]
            overlapping = []
        if not overlapping:
            out.append((a, b, place, None))
    for a, b, place in axes(doc, view):
        # "на херсонское направление", "на покровський напрямок": the front named by its town's adjective
        out = [o for o in out if not (a < o[1] and o[0] < b)]
        out.append((a, b, place, None))
    for a, b, country, label in _frontiers(doc, view):
        # "la frontera iraquí", "к белорусской границе": the border is the place, in the country named next to it;
        # "la capital letona", "العاصمة الأفغانية": that country's capital
        out = [o for o in out if not (a < o[1] and o[0] < b)]
        capital = _capitals().get(country) if label == "capital" else None
        # "a territorio sirio", "на украинскую территорию": a state's territory is the state itself
        whole = geocode(country, "en") if _TERRITORY.search(doc.text, a, b) else None
        whole = whole if whole is not None and whole.kind == "country" else None
        out.append((a, b, capital or whole or Place(doc.text[a:b], country, "place", None, None, None), None))
    facilities = _facilities_left(doc, view, out)
    for a, b, country in facilities:
        # "des camps syriens", "из сирийских лагерей": the camps a group left, named by their country's adjective,
        # are a place in that country (the state itself, as nothing narrower is named)
        whole = geocode(country, "en")
        out.append((a, b, whole if whole is not None and whole.kind == "country" else
                    Place(doc.text[a:b], country, "place", None, None, None), None))
    for a, b, within in _possessed(doc, view, out):
        if not any(a < e and s < b for s, e, _, _ in out):
            # a place the country's possessive says it holds, named as written when the gazetteer lacks it
            found = geocode(doc.text[a:b], doc.language)
            out.append((a, b, found if found is not None and found.country == within else
                        Place(doc.text[a:b], within, "place", None, None, None), None))
    for a, b in [*_unknown_places(doc, view, [e for _, e, _, _ in out]), *_uncased_names(doc, view)]:
        if _opens_a_name(doc, b) or _before_a_named_body(doc, view, b):
            continue  # "da Universidade de Harvard", "desde a Segunda Guerra": the first word of a longer name
        inside = [o for o in out if a < o[1] and o[0] < b]
        if not inside:
            # too small for the running-text gazetteer ("Afrin"), but a marker says it is a place
            out.append((a, b, geocode(doc.text[a:b], doc.language), None))
        elif len(inside) == 1 and a < inside[0][0] and inside[0][1] == b and _compass_opened(doc, a, inside[0][0]):
            # "إلى ولاية جنوب دارفور": a region named by its compass part and a place the gazetteer knows is one
            # place, in that one if the gazetteer lacks the whole ("جنوب" alone is no place, nor is the move's end
            # the bare "دارفور" the marker does not reach)
            out = [o for o in out if o is not inside[0]]
            out.append((a, b, geocode(doc.text[a:b], doc.language) or inside[0][2], None))
    for a, b, pointed in _pointing_countries(doc, view, out):
        if not any(a < e and s < b for s, e, _, _ in out):
            # "no fighters entered the country", "ins Land", "в страну": the country named last before it
            out.append((a, b, pointed, None))
    for a, b, named_before in _pointing_places(doc, view, out):
        if not any(a < e and s < b for s, e, _, _ in out):
            # "the base", "на базу", "l'île": a kind of place named before with its name ("the al-Khadim air base")
            out.append((a, b, named_before, None))
    for a, b in _joined_names(doc, view, out):
        if not any(a < e and s < b for s, e, _, _ in out):
            # "the provinces of Kunduz and Faryab": a name joined to a place by "and" is one too
            out.append((a, b, geocode(doc.text[a:b], doc.language), None))
    # "з сирійської провінції Хасеке", "из молдавского порта Джурджулешты": a name the running-text gazetteer
    # lacks, found right after such a place noun, is its own name; the noun is no place of its own
    spans = {(a, b) for a, b, _ in facilities}
    out = [o for o in out if (o[0], o[1]) not in spans or not any(
        _names_it(doc, view, o[1], s) for s, _, _, _ in out if s > o[1])]
    notes = _ban_notes(view)
    out = [p for p in out if p[0] >= view.dateline_end and not any(a <= p[0] and p[1] <= b for a, b in notes)]
    # "the premier of Russia", "o primeiro-ministro da Eslováquia", "Universidade de Harvard", "the Bishop of Rome":
    # whose office or what a name calls after, no place anyone went to or came from
    out = [p for p in out if not _held_office(doc, view, p[0]) and not _inside_a_title(doc, view, p[0], p[1], out)]
    # "the war in Ukraine", "la guerra in Ucraina", "войны на Украине": where a war is fought, no end of a move
    out = [p for p in out if not scene_of_war(doc, view, p[0])]
    # "strikes deep into Russian territory", "удары по России", "atingir o coração da Rússia": what weapons are
    # used against, no place they are taken to
    out = [p for p in out if not _a_target(doc, view, p[0], out)]
    # "learn German", "speak Arabic", "Deutsch lernen": a language learnt or spoken; "the Slovak parliament", "its
    # Muslim students": a people's adjective before a noun; neither is a place
    out = [p for p in out if not _a_language(doc, p[0], p[1]) and not _a_demonym(doc, view, p[0], p[1], p[2])]
    return sorted(_after_clitic_and(doc, _after_clitic_markers(doc, view, out)), key=lambda x: x[0])


def _opener_at_end(doc: Document, start: int, end: int, openers: frozenset[str]) -> bool:
    """In a script without capitals (Arabic), a name found whose last word opens a name of two words (a frame file's
    ``name_openers``: "عين", "تل", "رأس"), with a word right after it ("مدينة عين العرب", "بلدة تل أبيض"): the
    gazetteer read the longer name's first part, and the words after the place noun are one name (`_uncased_names`)."""
    last = doc.text[start:end].rsplit(None, 1)[-1]
    word = _NEXT_WORD.match(doc.text, end)
    return " " in doc.text[start:end] and last in openers and word is not None \
        and word.group(1).upper() == word.group(1).lower()


def _before_a_named_body(doc: Document, view: SentenceView, end: int) -> bool:
    """An unknown capitalised word right before a state's adjective and another capitalised word opens a body's
    name ("the Free Syrian Army", "the Free Libyan Army"): no place of its own."""
    state = next((m for m in view.mentions if m.start == end + 1 and m.kind == "country"
                  and doc.text[end:end + 1] == " "), None)
    return state is not None and _DEMONYM_ENDING.search(state.text) is not None \
        and _NEXT_CAPITAL.match(doc.text, state.end) is not None


def _a_language(doc: Document, start: int, end: int) -> bool:
    """A language's name right after a verb of learning, speaking or teaching, or right before one in a language
    that puts the verb last ("learn German", "speak Arabic", "Deutsch lernen"): no place."""
    verbs = frame_words(doc.language, "language_verbs")
    before = _VERB_BEFORE.search(doc.text, max(0, start - 30), start)
    after = _NEXT_WORD.match(doc.text, end)
    return (before is not None and before.group(1).casefold() in verbs) \
        or (after is not None and after.group(1).casefold() in verbs)


_VERB_BEFORE = re.compile(r"(\w+)[ \u00a0]+$")
_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:the|its|their|his|her|our|your|these|those|this|that)[ \u00a0]+$",
                                re.IGNORECASE)
#: how a people's adjective ends in English ("German", "Ukrainian", "Danish", "Japanese", "Israeli", "Slovak")
_DEMONYM_ENDING = re.compile(r"(?:an|ish|ese|i|ic|ch|k|ss)$")


def _a_demonym(doc: Document, view: SentenceView, start: int, end: int, place: Place | None) -> bool:
    """In English, a capitalised word after a determiner and right before a noun in small letters qualifies the
    noun ("the Slovak parliament", "its Muslim students"): a people's adjective, no place. A state's adjective (not
    its name as written, "the US") before any noun but a kind of place ("the Iraqi border"), an unknown word before
    a noun the lexicon counts as people; the noun's kind says."""
    if doc.language != "en" or " " in doc.text[start:end] \
            or not _DETERMINER_BEFORE.search(doc.text, max(0, start - 8), start):
        return False
    noun = _NOUN_AFTER.match(doc.text, end)
    if noun is None:
        return False
    word = noun.group(1).casefold()
    if place is None:
        return word.startswith(_counted_nouns())
    written = doc.text[start:end]
    return place.kind == "country" and written.casefold() != place.canonical.casefold() \
        and _DEMONYM_ENDING.search(written) is not None and word not in _place_kinds()


_NOUN_AFTER = re.compile(r"[ \u00a0]([a-z][a-z-]+)\b")


@lru_cache(maxsize=1)
def _counted_nouns() -> tuple[str, ...]:
    return tuple(w.casefold() for w in frame_word_lists("en")["counted_nouns"])


@lru_cache(maxsize=1)
def _place_kinds() -> frozenset[str]:
    words = frame_word_lists("en")
    return frozenset(w.casefold() for k in ("frontier", "place_noun", "lies_in", "capital", "region_noun")
                     for w in words[k])


def _after_clitic_markers(doc: Document, view: SentenceView, found: list[FoundPlace]) -> list[FoundPlace]:
    """A place whose word opens with a destination marker written onto it ("لأذربيجان", "للعراق": "to"; a frame
    file's ``clitic_destination``) starts after that letter, as a place starts after a marker written apart."""
    letters = frame_words(doc.language, "clitic_destination")
    if not letters:
        return found
    cuts = {h.start: h.end for h in view.labelled("destination") if doc.text[h.start:h.end] in letters}
    return [(cuts[a], b, place, entity) if a in cuts and cuts[a] < b else (a, b, place, entity)
            for a, b, place, entity in found]


#: a link word of a name and a capitalised word after it ("de Harvard", "of Defence")
_LINK_AND_NAME = re.compile(r"[\s\u00a0]+(\w+['\u2019]?)[\s\u00a0]*[^\W\d_a-z\u0430-\u044f\u0450-\u045f]")


@lru_cache(maxsize=16)
def _name_links(language: str | None) -> frozenset[str]:
    """The language's link words of a name that never say where to ("de", "of", not Bulgarian "за": "от Варна за
    Одеса" went to Odesa)."""
    to = {*frame_words(language, "destination"), *frame_words(language, "leave_for")}
    return frozenset(w for w in frame_words(language, "name_link") if w not in to)


def _opens_a_name(doc: Document, end: int) -> bool:
    """An unknown name the gazetteer lacks goes on as a longer name, a link word and a capitalised word after it
    ("Universidade de Harvard", "Conselho de Segurança")."""
    m = _LINK_AND_NAME.match(doc.text, end)
    return m is not None and m.group(1).casefold() in _name_links(doc.language)


@lru_cache(maxsize=16)
def _office_before(language: str | None) -> re.Pattern[str]:
    """A title or a body of state and a link word ending where the search window ends ("the premier of ",
    "le président de la ", "министр обороны "): the place after it holds that office."""
    words = frame_lexicon(language).words

    def alternatives(key: str) -> str:
        return "|".join(stem_pattern(w) for w in sorted(words[key], key=len, reverse=True)) or "(?!)"
    links = "|".join(word_pattern(w) for w in sorted({*words["genitive"], *words["name_link"]}, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives('office')})(?:[\s\u00a0]+(?:{links or '(?!)'}))?"
                      rf"(?:[\s\u00a0]+(?:{alternatives('articles')}))?[\s\u00a0]*$", re.IGNORECASE)


def _held_office(doc: Document, view: SentenceView, start: int) -> bool:
    """The place at ``start`` follows a title or a body of state ("the president of France", "премьер Словакии")."""
    return bool(_office_before(doc.language).search(doc.text, max(view.sentence.start, start - 60), start))


@lru_cache(maxsize=16)
def _scene_before(language: str | None) -> re.Pattern[str]:
    """A noun of war and a locative or genitive link ending where the search window ends ("the war in ",
    "la guerre d'", "войны на "): the place after it is where the war is fought."""
    words = frame_lexicon(language).words
    scene = "|".join(stem_pattern(w) for w in sorted(words["scene"], key=len, reverse=True)) or "(?!)"
    # a genitive that also says where from is no link here ("с начала конфликта из Судана эвакуированы": from Sudan)
    kept = {*words["locative"], *(w for w in words["genitive"] if w not in words["origin"])}
    links = "|".join(word_pattern(w) for w in sorted(kept, key=len, reverse=True))
    articles = "|".join(word_pattern(w) for w in sorted(words["articles"], key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{scene})[\s\u00a0]+(?:{links or '(?!)'})(?:[\s\u00a0]+(?:{articles}))?"
                      r"[\s\u00a0'\u2019]*$", re.IGNORECASE)


def scene_of_war(doc: Document, view: SentenceView, start: int) -> bool:
    """The place at ``start`` follows a noun of war and a link ("since the war in Ukraine began", "dopo l'inizio
    della guerra in Ucraina"), unless a marker or a verb of moving opens that noun (:func:`_opens_the_war`): the war
    is where they went or what they fled ("went to the war in ...", "в зону конфликта на Украине", "fled the
    war in Syria")."""
    m = _scene_before(doc.language).search(doc.text, max(view.sentence.start, start - 40), start)
    if m is None:
        return False
    # not an origin marker alone: "depuis l'invasion de l'Ukraine", "desde o início da guerra" tell since when
    labels = ("destination", "relocation", *MOVE_VERB_KEYS)
    genitive = frame_words(doc.language, "genitive")  # "do início da guerra": "da" is "of" here, not "from"
    return not any(h.end <= m.start() and doc.text[h.start:h.end].casefold() not in genitive
                   and _opens_the_war(doc, h.end, m.start()) for label in labels for h in view.labelled(label))


def _opens_the_war(doc: Document, end: int, start: int) -> bool:
    """Between a marker or a verb ending at ``end`` and a noun of war at ``start`` stand at most three words, each an
    article, a genitive link, an origin marker or a noun of area ("to the ", "в зону ", "vers la zone de ", "fled
    from the "): they open that noun."""
    gap = doc.text[end:start].replace("\u2019", "'").replace("'", "' ").split()
    allowed = {*frame_words(doc.language, "articles"), *frame_words(doc.language, "genitive"),
               *frame_words(doc.language, "origin"), *frame_words(doc.language, "scene_area")}
    return len(gap) <= 3 and all(w.casefold() in allowed for w in gap)


@lru_cache(maxsize=16)
def _target_before(language: str | None) -> re.Pattern[str]:
    """A word of attack or aim and at most five words more, ending where the search window ends ("strikes deep
    into ", "удары по ", "um alvo legítimo para a ", "alvos militares na retaguarda da "): the place after it is
    what is attacked."""
    words = [stem_pattern(w) for w in sorted(frame_words(language, "target"), key=len, reverse=True)]
    return re.compile(rf"(?<!\w)({'|'.join(words) or '(?!)'})(?:[\s\u00a0]+[^\s\u00a0,;:.!?()\"«»„“”]+){{0,5}}"
                      rf"[\s\u00a0]*$", re.IGNORECASE)


def _a_target(doc: Document, view: SentenceView, start: int, found: list[FoundPlace]) -> bool:
    """The place at ``start`` comes a few words after a word of attack or aim, with no verb of moving between
    ("weapons for strikes deep into Russia", "se tornará um alvo legítimo para a Rússia", "para destruir alvos
    militares na retaguarda da Rússia"; not "с целью переброски в Сирию", whose move says where to, nor "z obozu w
    Cel pod Osipowiczami": a place's own name is no word of aim)."""
    pattern, at = _target_before(doc.language), max(view.sentence.start, start - 80)
    m = pattern.search(doc.text, at, start)
    while m is not None and any(s <= m.start(1) < e for s, e, _, _ in found):
        m = pattern.search(doc.text, m.end(1), start)
    # the word of attack may itself be a verb of arriving ("atingir", to hit or to reach): a verb after it counts
    if m is None or any(m.end(1) <= x.start < start for x in view.mentions if x.entity == "weapons-arms"):
        return False  # "sent strike drones to Ukraine", "attack helicopters": the word names the weapons
    return not any(m.end(1) <= h.start < start
                   for label in ("relocation", "projectile", *MOVE_VERB_KEYS) for h in view.labelled(label))


#: a capitalised word, a link word of a name and maybe an article right before a place ("Bishop of ", "Fórum de ")
_CAPITAL_LINK = re.compile(r"(?<![\w.])([^\W\d_a-z\u0430-\u044f\u0450-\u045f]\w*)[\s\u00a0]+(\w+['\u2019]?)"
                           r"(?:[\s\u00a0]+(\w+['\u2019]?))?[\s\u00a0]*$")


def _inside_a_title(doc: Document, view: SentenceView, start: int, end: int, found: list[FoundPlace]) -> bool:
    """The place at ``start`` closes a longer name opened by a capitalised word that is neither a place nor the
    sentence's first word ("the Bishop of Rome", "Universidade de Harvard", "Fórum de Defesa e Estratégia de
    Paris"), unless the whole reads as a place ("Republic of Moldova")."""
    abbreviated = _abbreviation_after(doc.text, end)
    if doc.language == "de" and not abbreviated:
        return False  # German capitalises every noun: "in den Osten der Ukraine" went there
    m = _CAPITAL_LINK.search(doc.text, max(view.sentence.start, start - 60), start)
    # a name followed by its abbreviation ("Alternativa para a Alemanha (AfD)", "Alternative für Deutschland (AfD)")
    # is one name whatever its small link word, a word of direction included
    if m is None or (m.group(2).casefold() not in _name_links(doc.language)
                     and not (abbreviated and m.group(2).islower())):
        return False
    if m.group(3) is not None and m.group(3).casefold() not in frame_words(doc.language, "articles"):
        return False
    a = m.start(1)
    if not doc.text[view.sentence.start:a].strip(" \u00a0\"'«»„“”-—–(:"):  # the sentence's first word
        return False
    if any(s <= a < e for s, e, _, _ in found) or any(x.start <= a < x.end for x in view.mentions):
        return False  # "Francia de ...", a place's or a named body's own word
    articles = frame_words(doc.language, "articles")
    if any(h.end <= a and doc.text[h.end:a].strip().casefold() in {"", *articles}
           for label in ("origin", "destination") for h in view.labelled(label)):
        return False  # "retirados da Penitenciária de Presidente Venceslau": the place the named site is in is the end
    places = {w for k in ("place_noun", "frontier", "capital", "lies_in") for w in frame_words(doc.language, k)}
    return m.group(1).casefold() not in places and geocode(doc.text[a:end], doc.language) is None


#: a bracketed abbreviation right after a word, alone or glossed ("(AfD)", "(FdI)", "(AfD, na sigla alemã)")
_BRACKETED = re.compile(r"[\s\u00a0]*\((\w[\w.&-]{0,9})[),;]")


def _abbreviation_after(text: str, end: int) -> bool:
    """A bracketed abbreviation with two capitals or more follows right after ``end``: the words before it are a
    name it shortens ("Alternativa para a Alemanha (AfD)"), not running text ("went to Germany (2019)")."""
    m = _BRACKETED.match(text, end)
    return m is not None and sum(c.isupper() for c in m.group(1)) >= 2 and not m.group(1).isdigit()


def _an_alias_as_written(entity: Entity, text: str, language: str | None) -> bool:
    """The mention is one of the entity's names as listed, not a stem's reach ("Uruguai*" in "Uruguaiana", a town
    of Brazil, is no metonym of Uruguay)."""
    folded = text.casefold()
    return any(alias.casefold() == folded for lang in {language or "en", "en"}
               for alias in entity.aliases.get(lang, ()) if not alias.endswith("*"))


@lru_cache(maxsize=512)
def _country_of(name: str) -> str | None:
    """The gazetteer's country of a country entity's name ("United States")."""
    found = geocode(name, "en")
    return found.country if found is not None else None


#: "the country", "das Land", "страну", "le pays", "el país", "البلاد" ...: a word for a country that points back to
#: the one named before it
@lru_cache(maxsize=16)
def _pointing_country(language: str | None) -> re.Pattern[str]:
    """The language's words for a country that point back ("the country", "ins Land", "в страну"), case as written."""
    return any_of(frame_lexicon(language).words["pointing_country"], r"(?<!\w)(?:{})(?!\w)", 0)


@lru_cache(maxsize=64)
def word_before(language: str | None, key: str) -> re.Pattern[str]:
    """One of the language's ``key`` words (lexicon/frames) ending right where the search window ends: a possessive
    before a word for a country ("leur pays en guerre", "свою страну": the group's own or the writer's, not the one
    named last), an auxiliary before a participle ("ont été déplacés": the verb, not displaced people), "without"
    before a negating quantifier ("sans aucun doute": a manner, no group)."""
    return any_of(frame_lexicon(language).words[key], r"(?<!\w)(?:{})\s+$", re.IGNORECASE)


def any_of(words: tuple[str, ...], template: str, flags: int) -> re.Pattern[str]:
    """A pattern of ``template`` (``{}`` where the alternatives go) with the lexicon's words as alternatives, either
    apostrophe for its own; one that matches nothing when there are none."""
    if not words:
        return re.compile(r"(?!)")
    return re.compile(template.format("|".join(map(word_pattern, words))), flags)


#: where something is, not where it went or came from: "présents dans le pays", "in the country", "en el país"
_STATIC_BEFORE = re.compile(r"(?<!\w)(?:in|im|within|inside|dans|en|no|na|nel|nella|w)\s+"
                            r"(?:(?:the|le|la|les|el|los|las|o|os|il|i|dem|den|die|das)\s+)?$", re.IGNORECASE)


def _pointing_countries(doc: Document, view: SentenceView, found_here: list[FoundPlace]
                        ) -> list[tuple[int, int, Place]]:
    """Words for a country that point back to the last country named before them in the article (a state, or
    the state of a place or group named by its adjective): (start, end, that country's place). Not where the
    sentence's places (``found_here``) name a town of that country already."""
    out = []
    possessive = word_before(doc.language, "possessive")
    for found in _pointing_country(doc.language).finditer(doc.text, view.sentence.start, view.sentence.end):
        a, b = found.span()
        territory = _territory_before(doc, view, a)
        own = possessive.search(doc.text, max(view.sentence.start, a - 12), a)
        if territory is not None:
            a = territory  # "з території країни", "територията на страната": the country's territory is the country
        elif not own and not _arrived_in(doc, view, a) and (
                _STATIC_BEFORE.search(doc.text, max(view.sentence.start, a - 12), a) or any(
                    h.label == "locative" and 0 <= a - h.end <= 2 and not any(
                        (g.start, g.end) == (h.start, h.end) for g in view.hits if g.label in ("origin", "destination"))
                    for h in view.hits)):
            continue  # (nor "на півдні країни", "im Osten des Landes": a part of the country where it lies)
        if own:
            # "their country": the own country of the group or speaker its sentence names by a state's word before it
            # ("400 venezolanos ... regresar a su país", "el ministro venezolano rechazó que su país"), else none
            country = _state_named(doc, view.sentence.start, a)
            if country is not None and not any(p is not None and p.country == country.country and p.kind != "country"
                                               for _, _, p, _ in found_here):
                out.append((a, b, country))
            continue
        # the state of whoever denies it, named before their verb ("il ministero turco ha smentito che ... nel
        # Paese"), else a country named by its name as the gazetteer knows it, entity or not ("у Малі ... до країни")
        speaker, told = _speakers_state(doc, view, a)
        if speaker is not None:
            if not any(p is not None and p.kind != "country" and p.country == speaker.country and s >= told
                       for s, _, p, _ in found_here):
                out.append((a, b, speaker))  # (its own city may name the speaker: "Мінськ заперечує")
            continue
        # (not the country this sentence's move leaves: "combattenti provenienti dalla Serbia siano entrati nel Paese")
        left = _left_from(doc, view, found_here)
        country = _last_country_named(doc, view, [f for f in found_here if f[0] not in left], a)
        states = [m for m in doc.mentions if m.end <= a and entities()[m.entity].kind == "country"
                  and m.start not in left]
        # else by its name rather than its adjective ("expelled two French diplomats ... entered the country" is Niger),
        # by its adjective when none names it ("das ukrainische Ministerium ... habe das Land verlassen")
        # (a word in small letters is an adjective the gazetteer may still know: "mercenários russos")
        named = (geocode(m.text, doc.language) for m in reversed(states) if not m.text[:1].islower())
        country = country or next((p for p in named if p is not None and p.kind == "country"), None)
        if country is None and states:
            country = geocode(states[-1].name, "en")
        if country is not None and country.kind == "country" and not any(
                p is not None and p.kind != "country" and p.country == country.country for _, _, p, _ in found_here):
            # (a sentence that names a place in that country says where already: "до Насирії ... до країни")
            out.append((a, b, country))
    return out


#: what opens the words of a move, after whoever tells or denies it ("Die Regierung von Niger erklärte, ...")
_MOVE_OPENERS = frozenset({"complementizer", "denial", "attribution", "relocation", "arrival", "departure", "troops"})


def _left_from(doc: Document, view: SentenceView, found_here: list[FoundPlace]) -> set[int]:
    """Where this sentence's places that an origin marker opens begin, an article at most between ("dalla Serbia"),
    after the first word that tells of the move or of telling it (not "Die Regierung von Niger erklärte")."""
    articles = frame_words(doc.language, "articles")
    opened = min((h.start for h in view.hits if h.label in _MOVE_OPENERS), default=view.sentence.end)
    return {s for s, _, _, _ in found_here for h in view.labelled("origin")
            if opened <= h.start and h.end <= s and doc.text[h.end:s].strip().casefold() in {"", *articles}}


def _state_named(doc: Document, start: int, end: int, last: bool = True) -> Place | None:
    """The country of the last (or first) state the text names between ``start`` and ``end``, by name or adjective."""
    states = [m for m in doc.mentions if start <= m.start and m.end <= end and entities()[m.entity].kind == "country"]
    return geocode(states[-1 if last else 0].name, "en") if states else None


def _speakers_state(doc: Document, view: SentenceView, before: int) -> tuple[Place | None, int]:
    """The first state named in the words before the sentence's first verb of denying, itself before ``before``,
    and where that verb begins: the denier's own country ("El ministerio peruano negó que ... en el país", "La
    embajada de Ucrania en Bogotá rechazó"), a country; else None. (Not a verb of saying: "the Russian ministry says
    ... sent into the country" speaks of another.)"""
    verbs = [h.start for h in view.hits if h.label == "denial" and h.end <= before]
    if not verbs:
        return None, before
    country = _state_named(doc, view.sentence.start, min(verbs), last=False)
    return (country if country is not None and country.kind == "country" else None), min(verbs)


def _arrived_in(doc: Document, view: SentenceView, at: int) -> bool:
    """A word of location right after a verb of arriving stands before the word for a country: it says where they
    went ("had arrived in the country", "sont arrivés dans le pays"), not where they were ("present in the country")."""
    static = _STATIC_BEFORE.search(doc.text, max(view.sentence.start, at - 12), at)
    starts = [static.start()] if static is not None else []
    starts += [h.start for h in view.labelled("locative") if 0 <= at - h.end <= 2]
    if any(0 <= s - h.end <= 1 and not doc.text[h.end:s].strip() for s in starts for h in view.labelled("arrival")):
        return True
    # a verb of entering written with its marker as one destination phrase ("entrati nel Paese", "entrés dans le
    # pays", "entrado no país"): into the country, not in it
    return static is not None and any(h.start < static.start() < h.end <= at for h in view.labelled("destination"))


@lru_cache(maxsize=32)
def _territory_gap(language: str | None) -> re.Pattern[str]:
    """What may stand between a word of territory and a word for a country, up to the country (``$``): white space,
    or one of the language's ``territory_link`` phrases ("of the", "de la", "на"; none where a case says it)."""
    links = sorted(frame_word_lists(language)["territory_link"], key=len, reverse=True)
    link = "|".join(r"\s+".join(re.escape(w) for w in phrase.split()) + ("" if phrase.endswith("'") else r"\s+")
                    for phrase in links)
    return re.compile(r"[\s\u00a0]+(?:" + link + ")?$" if link else r"[\s\u00a0]+$", re.IGNORECASE)


def _territory_before(doc: Document, view: SentenceView, at: int) -> int | None:
    """Where a territory word right before a word for a country begins, after a marker of an end of a move ("з
    території країни", "от територията на страната", "from the territory of the country"), else None."""
    gap = _territory_gap(doc.language).search(doc.text, max(view.sentence.start, at - 20), at)
    if gap is None:
        return None
    word = next((h for h in view.hits if h.label in ("frontier", "locative") and h.end == gap.start()
                 and _TERRITORY.match(doc.text, h.start, h.end)), None)
    if word is None:
        return None
    articles = frame_words(doc.language, "articles")
    ends = (*view.labelled("origin"), *view.labelled("destination"))
    return word.start if any(g.end <= word.start and doc.text[g.end:word.start].strip().casefold() in {"", *articles}
                             for g in ends) else None


def _last_country_named(doc: Document, view: SentenceView, found_here: list[FoundPlace], before: int
                        ) -> Place | None:
    """The last country among the places the article named before ``before``: a name as written, not an adjective
    ("Російські інструктори прибули у Малі": Mali, which no entity lists)."""
    for _, places in _places_back(doc, view, found_here):
        for _, e, place, _ in reversed(places):
            if e <= before and place is not None and place.kind == "country":
                return place
    return None


#: between a noun for a kind of place and its name: at most two short words ("air", "of the", "de la"), with hyphens
#: and spaces ("Al-Khadim air base", "la base de Torrejón", "базу Эш-Шаддади")
_NOUN_NAME_GAP = re.compile(r"[\s\u00a0'\u2019-]+(?:\w{1,4}[\s\u00a0'\u2019-]+){0,2}")
#: the first letter of the word after a noun (or an opening quote): a capital opens a name
_NAME_OPENING = re.compile(r"[\s\u00a0'\u2019-]*([«„“\"]|\w)")
#: a name set off after the noun ("la capitale, N'Djamena,", "the capital, Kabul"): the noun names nothing else
_NAME_IN_APPOSITION = re.compile(r"\s*[,(\u2013\u2014-]\s*[«„“\"]?[^\W\d_a-z\u0430-\u044f]")
#: the word right before a noun ("the Harir air base")
_NOUN_WORD_BEFORE = re.compile(r"(\w+)[\s\u00a0]+$")
#: Arabic letters that join a word in front of it (and, so, with, to, as) and the article, before a noun
_ARABIC_FRONT = "(?:[وفبلك]?(?:ال|لل)?)"


def _pointing_places(doc: Document, view: SentenceView, found_here: list[FoundPlace]
                     ) -> list[tuple[int, int, Place | None]]:
    """A noun for a kind of place with no name of its own ("the base", "на базу", "l'île", "القاعدة") points back to
    the last place named with that noun before it in the article ("the al-Khadim air base", "базу Эш-Шаддади",
    "l'île de Lampedusa"); a bare capital ("from Darfur to the capital") is the capital of the country of the last
    place named before it: (start, end, that place). Not after an indefinite article ("a base in Syria": another
    one), nor next to a name ("the Ramstein base", "базу Хмеймим": the name is the place)."""
    nouns = [*view.labelled("place_noun"), *view.labelled("capital")]
    if not nouns:
        return []
    text = doc.text
    out: list[tuple[int, int, Place | None]] = []
    indefinite = word_before(doc.language, "indefinite")
    for h in nouns:
        if any(s < h.end and h.start < e for s, e, _, _ in found_here) or _next_to_a_name(doc, view, h, found_here) \
                or indefinite.search(text, max(view.sentence.start, h.start - 12), h.start) \
                or _NAME_IN_APPOSITION.match(text, h.end, view.sentence.end) or _complement(view, h):
            continue
        if h.label == "capital":
            # "from Darfur to the capital": the capital of the country of the last place named before it (not "la
            # capital del estado": a region's, named after it)
            if any(0 < g.start - h.end <= 2 for g in view.labelled("genitive")):
                continue
            capital = _capitals().get(_last_country(doc, view, found_here, h.start) or "")
            if capital is not None:
                out.append((h.start, h.end, capital))
            continue
        kind = _noun_kind(text[h.start:h.end], doc.language)
        pattern = _kind_pattern(doc.language, kind) if kind is not None else _stem_pattern(text[h.start:h.end],
                                                                                            doc.language)
        # (the noun's first use: nothing named with it before, and no earlier sentence's places to find)
        named = _last_named_with(doc, view, found_here, h.start, pattern) \
            if pattern is not None and pattern.search(text, 0, h.start) is not None else None
        if named is None and kind in _GAZETTEER_KINDS:
            # "La mairie de Lille a démenti que ... dans la ville": the seat of the body that denies it; else, "flown
            # to Benghazi ... out of the city", the last place of its kind the gazetteer knows
            last = _deniers_seat(doc, view, found_here, h.start, _GAZETTEER_KINDS[kind]) \
                or _last_of_kind(doc, view, found_here, h.start, _GAZETTEER_KINDS[kind])
            named = (last,) if last is not None else None
        if named is not None:
            out.append((h.start, h.end, named[0]))
    return out


def _stem_pattern(noun: str, language: str | None) -> re.Pattern[str] | None:
    """Every form of the noun, from its stem (None for a stem too short to say)."""
    stem = _noun_stem(noun, language)
    if len(stem) < 3:
        return None
    front = _ARABIC_FRONT if language == "ar" else ""
    return re.compile(rf"(?<!\w){front}{re.escape(stem)}\w*", re.IGNORECASE)


#: the kinds of place_noun words (frame keys) and the word's own lists
_NOUN_KINDS = ("city_noun", "region_noun", "island_noun", "base_noun", "airport_noun")


def _noun_kind(noun: str, language: str | None) -> str | None:
    """The kind of a place noun: the first of ``_NOUN_KINDS`` with a beginning the noun's last word holds ("авиабазу"
    holds "баз", "Luftwaffenstützpunkt" "stützpunkt"), or None."""
    word = noun.split()[-1].casefold()
    return next((k for k in _NOUN_KINDS if any(b in word for b in frame_words(language, k))), None)


@lru_cache(maxsize=64)
def _kind_pattern(language: str | None, kind: str) -> re.Pattern[str]:
    """Any word holding one of the kind's beginnings: "авиобаза" or "базата", "Stützpunkt" or "Basis", "town" or
    "city" say the same kind of place."""
    return any_of(tuple(frame_words(language, kind)), r"(?<!\w)\w*(?:{})\w*", re.IGNORECASE)


def _is_city(place: Place) -> bool:
    return place.kind == "city"


#: kinds the gazetteer tells by itself: a noun of one points back to the last such place named
_GAZETTEER_KINDS = {"city_noun": _is_city, "region_noun": is_region}


def _last_of_kind(doc: Document, view: SentenceView, found_here: list[FoundPlace], before: int,
                  fits: Callable[[Place], bool]) -> Place | None:
    """The last place that ``fits`` named before ``before``: in this sentence, else in the last earlier sentence that
    names a place, unless a country named after it there is another ("to Libya ... out of the city" is no town named
    before; "to Benghazi in Libya" is)."""
    for k, (_, places) in enumerate(_places_back(doc, view, found_here)):
        named = [p for _, e, p, _ in places if e <= before and p is not None]
        for i in range(len(named) - 1, -1, -1):
            if fits(named[i]):
                after = named[i + 1:]
                return None if any(p.kind == "country" and p.country != named[i].country for p in after) \
                    else named[i]
        if named and k > 0:
            return None
    return None


def _deniers_seat(doc: Document, view: SentenceView, found_here: list[FoundPlace], before: int,
                  fits: Callable[[Place], bool]) -> Place | None:
    """The last place that ``fits`` named in the words before the sentence's first verb of denying, itself before
    ``before``: the seat of the body that denies a move into or out of its own town or region ("The mayor of Dover
    denied that ... in the city", "El Ayuntamiento de Toledo negó que ... a la ciudad"), not one the move leaves from
    after it ("venus de Calais ... dans la ville" is still the mayor's town); else None."""
    verbs = [h.start for h in view.hits if h.label == "denial" and h.end <= before]
    if not verbs:
        return None
    seats = [p for s, e, p, _ in found_here if e <= min(verbs) and p is not None and fits(p)]
    return seats[-1] if seats else None


def _complement(view: SentenceView, h: Hit) -> bool:
    """The noun completes another after a genitive link that is no marker of a move ("a difesa della capitale",
    "the defence of the capital"): no end of a move ("из лагеря", "do porto": from it)."""
    ends = {(g.start, g.end) for g in (*view.labelled("origin"), *view.labelled("destination"))}
    # (not a link right after a verb of moving: "haya salido de la ciudad" left it)
    verbs = [v.end for v in view.hits if v.label in ("relocation", "departure", "arrival")]
    return any(0 <= h.start - g.end <= 2 and (g.start, g.end) not in ends
               and not any(0 < g.start - e <= 1 for e in verbs) for g in view.labelled("genitive"))


def _noun_stem(noun: str, language: str | None) -> str:
    """What every form of a noun for a kind of place starts with: its last word without the Arabic article, less an
    ending ("базу", "базата", "Stützpunkts", "isole" all start as their noun's other forms do)."""
    word = noun.split()[-1].casefold()
    if language == "ar":
        word = word.removeprefix("ال")
    return word[:-2] if len(word) > 5 else word[:-1] if len(word) > 3 else word


def _next_to_a_name(doc: Document, view: SentenceView, h: Hit, found_here: list[FoundPlace]) -> bool:
    """A place or a name right before the noun, or after it past an adjective and a genitive link at most: the noun is
    part of that name ("the Harir air base", "the port of Tartus", "базу Хмеймим", "la base américaine d'al-Tanf",
    "полигона „Корен“"), not a word pointing back."""
    text, end = doc.text, view.sentence.end
    if any(0 <= h.start - e <= 2 for _, e, _, _ in found_here):
        return True
    before = _NOUN_WORD_BEFORE.search(text, view.sentence.start, h.start)
    if before is not None and before.start() > view.sentence.start and before.group(1)[:1].isupper():
        return True
    at = h.end
    word = _NEXT_WORD.match(text, at, end)
    if word is not None and word.group(1)[:1].islower() and not any(g.start == word.start(1) for g in view.hits):
        at = word.end()  # an adjective ("américaine", "турецкого")
    link = next((g for g in view.labelled("genitive") if 0 < g.start - at <= 2), None)
    at = link.end if link is not None else at
    opening = _NAME_OPENING.match(text, at, end)
    if opening is not None and (opening.group(1)[:1].isupper() or not opening.group(1)[:1].isalnum()):
        return True
    return any(0 <= s - at <= 2 for s, _, _, _ in found_here) or _placed_after(doc, view, h, found_here)


def _placed_after(doc: Document, view: SentenceView, h: Hit, found_here: list[FoundPlace]) -> bool:
    """A place the noun's locative words lead to says which one it is ("the base in Syria", "на базу в районе
    Эш-Шаддади", "из лагерей на юге Пакистана"); not a marker whose case says where to ("с базы в Ирак")."""
    text, lexicon = doc.text, frame_lexicon(doc.language)
    starts = {s for s, _, _, _ in found_here}
    at = h.end
    for _ in range(4):
        at += len(text[at:view.sentence.end]) - len(text[at:view.sentence.end].lstrip())
        if at in starts:
            return True
        marker = next((g for g in view.labelled("locative") if g.start == at), None)
        if marker is None or (_after_origin(view, h) and any(
                (g.start, g.end) == (marker.start, marker.end) for g in view.labelled("destination"))):
            return False  # (nor "dalla città a Sirte", "от града в Сирт": from the town to another place)
        at = marker.end
        endings = lexicon.static_endings.get(text[marker.start:marker.end].casefold())
        if endings:
            word = _NEXT_WORD.match(text, at, view.sentence.end)
            if word is None or not word.group(1).casefold().endswith(endings):
                return False  # "в Ирак": where to
            if word.end() not in starts and word.start(1) not in starts:
                at = word.end()  # "в районе", "на юге": the area, then its place
    return False


def _after_origin(view: SentenceView, h: Hit) -> bool:
    """An origin marker before the noun, an article at most between ("dalla città", "от града", "de la ville")."""
    return any(0 <= h.start - g.end <= 4 for g in view.labelled("origin"))


def _last_country(doc: Document, view: SentenceView, found_here: list[FoundPlace], before: int) -> str | None:
    """The country of the last place of the article named before ``before`` (a country's own name)."""
    for _, places in _places_back(doc, view, found_here):
        for _, e, place, _ in reversed(places):
            if e <= before and place is not None and place.country:
                return place.country
    return None


def _places_back(doc: Document, view: SentenceView, found_here: list[FoundPlace],
                 holding: re.Pattern[str] | None = None) -> Iterator[tuple[SentenceView, list[FoundPlace]]]:
    """The places of this sentence (``found_here``) and of each one before it, going back; with ``holding``, only of
    the earlier sentences that pattern finds a word in. Those are found first in reading order, each looking back
    only at sentences already found (or, for a pointing word of its own, at those holding that word): no recursion as
    deep as the article is long."""
    _, views = sentence_views(doc)
    earlier = [v for v in views if v.sentence.start < view.sentence.start and (
        holding is None or holding.search(doc.text, v.sentence.start, v.sentence.end))]
    for other in earlier:
        sentence_places(doc, other)
    yield view, found_here
    for other in reversed(earlier):
        yield other, sentence_places(doc, other)


def _last_named_with(doc: Document, view: SentenceView, found_here: list[FoundPlace], before: int,
                     noun: re.Pattern[str]) -> tuple[Place | None] | None:
    """The last place of the article before ``before`` (this sentence's are ``found_here``) with a form of the noun
    next to it or in its own name, not a country: (its place, or the name as written where the gazetteer lacks it:
    "حقل العمر"), or None when there is none."""
    text, gap = doc.text, _NOUN_NAME_GAP
    for other, places in _places_back(doc, view, found_here, noun):
        for s, e, place, _ in reversed(places):
            if e > before or place is not None and place.kind == "country":
                continue
            window = (max(other.sentence.start, s - 40), min(other.sentence.end, e + 40, before))
            for m in noun.finditer(text, *window):
                if s <= m.start() and m.end() <= e or (m.end() <= s and gap.fullmatch(text, m.end(), s)) or (
                        m.start() >= e and gap.fullmatch(text, e, m.start())) or _near_after(text, other, m.end(), s):
                    # a name the gazetteer lacks as written ("авиобазата Безмер ... в базата": Безмер)
                    return (place if place is not None else Place(text[s:e], None, "place", None, None, None),)
    return None


def _near_after(text: str, view: SentenceView, noun_end: int, place_start: int) -> bool:
    """A word of nearness, and nothing else, between a noun for a kind of place and a place: the noun names a place
    that lies there ("табору поблизу Осиповичів", "a camp outside Minsk", "un centro vicino a Gjader": the camp is
    at that place, so "the camp" later points back to it), however long the word of nearness is."""
    return any(_NEAR_GAP.fullmatch(text, noun_end, h.start) and _NEAR_GAP.fullmatch(text, h.end, place_start)
               for h in view.labelled("near") if noun_end <= h.start and h.end <= place_start)


#: around a word of nearness between a noun for a place and the place: spaces, a comma
_NEAR_GAP = re.compile(r"[\s\u00a0,]*")


def _joined_names(doc: Document, view: SentenceView, found: list[FoundPlace]) -> list[tuple[int, int]]:
    """Capitalised names right after "and" that follows a place: "Kunduz and Faryab", "Василівці та Токмаку"."""
    out = []
    and_then, place_name = _and_then(doc.language), _place_name(doc.language)
    for _, end, _, _ in found:
        joiner = and_then.match(doc.text, end, view.sentence.end)
        name = place_name.match(doc.text, joiner.end(), view.sentence.end) if joiner else None
        if name is None or not (name.group()[0].isupper() or _SMALL_ARTICLE.match(name.group())):
            continue
        if any(m.start < name.end() and name.start() < m.end for m in view.mentions) \
                or key(name.group()) in index().common_words:
            continue  # a group, a person or a body named after a place is no place ("Syria and Russia's army")
        out.append((name.start(), name.end()))
    return out


def _after_clitic_and(doc: Document, found: list[FoundPlace]) -> list[FoundPlace]:
    """A place whose word opens with "and" written onto it, right after another place ("حلب والرقة": a frame file's
    ``clitic_and``), starts after that letter, so that the two are joined by "and" and share one role."""
    letters = tuple(frame_words(doc.language, "clitic_and"))
    if not letters:
        return found
    ends = {e for _, e, _, _ in found}
    return [(a + 1, b, place, entity) if doc.text.startswith(letters, a) and b - a > 3 and a - 1 in ends
            and doc.text[a - 1].isspace() else (a, b, place, entity) for a, b, place, entity in found]


def _possessed(doc: Document, view: SentenceView, found: list[FoundPlace]) -> list[tuple[int, int, str]]:
    """Capitalised names right after a country's possessive, with that country."""
    out = []
    for _, end, place, _ in found:
        if place is None or place.kind != "country":
            continue
        name = _POSSESSED.match(doc.text, end, view.sentence.end)
        if name is not None and not any(m.start < name.end(1) and name.start(1) < m.end for m in view.mentions):
            out.append((name.start(1), name.end(1), place.canonical))
    return out


def _frontiers(doc: Document, view: SentenceView) -> list[tuple[int, int, str, str]]:
    """A border, coast, islands or front, or a capital, named by a country's adjective right before or after it
    ("the Iraqi border", "la frontière nigérienne", "к белорусской границе", "الحدود الأردنية", "la capital
    letona"): (start, end, that country, the lexicon's label). Not by its name ("Grenze zu Niger", "حدود إيران"):
    the country is the place."""
    adjectives = [m for m in view.mentions if m.kind == "country"
                  and (not place_like(doc.text, m.start, m.end) or geocode(m.text, doc.language) is None)]
    out = []
    for h in (*view.labelled("frontier"), *view.labelled("capital")):
        next_to = [m for m in adjectives if 0 <= h.start - m.end <= 2 or 0 <= m.start - h.end <= 2]
        if next_to:
            m = min(next_to, key=lambda x: abs(x.start - h.start))
            out.append((min(h.start, m.start), max(h.end, m.end), m.name, h.label))
    return out


_FACILITY_GAP = 2  # characters at most between a place noun and the country's adjective next to it ("camps syriens")
_MARKER_GAP = re.compile(r"\s+(?:\w+\s+)?")  # an article at most between an origin marker and the noun phrase


def _facilities_left(doc: Document, view: SentenceView, found: list[FoundPlace]) -> list[tuple[int, int, str]]:
    """Place nouns named by a country's adjective right before or after them, right after an origin marker ("from
    Syrian camps", "des camps syriens", "из сирийских лагерей", "z syryjskich obozów"): (start, end, that country).
    Not where a place of the sentence overlaps them or follows right after ("from the Syrian camp of al-Hol": the
    camp's own name says where)."""
    adjectives = [m for m in view.mentions if m.kind == "country"
                  and (not place_like(doc.text, m.start, m.end) or geocode(m.text, doc.language) is None)]
    origins = [h for h in view.hits if h.label == "origin"]
    out = []
    for h in view.labelled("place_noun"):
        next_to = [m for m in adjectives
                   if 0 <= h.start - m.end <= _FACILITY_GAP or 0 <= m.start - h.end <= _FACILITY_GAP]
        if not next_to:
            continue
        m = min(next_to, key=lambda x: abs(x.start - h.start))
        a, b = min(h.start, m.start), max(h.end, m.end)
        if not any(_MARKER_GAP.fullmatch(doc.text, g.end, a) for g in origins):
            continue
        if any(a < e and s < b for s, e, _, _ in found) or any(_names_it(doc, view, b, s) for s, _, _, _ in found):
            continue
        out.append((a, b, m.name))
    return out


def _names_it(doc: Document, view: SentenceView, end: int, start: int) -> bool:
    """The place at ``start`` is the own name of the noun phrase ending at ``end``: right after it, or after one
    link word that marks no destination ("camp of al-Hol", "лагеря Аль-Холь")."""
    gap = doc.text[end:start]
    return 0 <= start - end and len(gap.split()) <= 1 and not any(
        end <= h.start < start for h in view.hits if h.label == "destination")


#: a relational adjective made from a town's name (East Slavic "-ск-"/"-ськ-"/"-зьк-"), and its ending
_AXIS_ADJECTIVE = re.compile(r"([А-ЯЁІЇЄҐа-яёіїєґ'’ʼ-]+?(?:ск|цк|ськ|зьк|цьк))"
                             r"(?:ое|ого|ом|ому|ий|ый|ій|ої|ая|ую|е|им|ім|а|у)\s+$")
_STEM_SUFFIX = re.compile(r"(?:ськ|зьк|цьк|ск|цк)$")


def axes(doc: Document, view: SentenceView) -> list[tuple[int, int, Place]]:
    """A front or axis named by its town's adjective right before an axis noun ("на херсонское направление",
    "на покровський напрямок", "с купянского направления"): (start, end, the town, else the words as written)."""
    out = []
    for h in view.labelled("axis"):
        found = _AXIS_ADJECTIVE.search(doc.text, view.sentence.start, h.start)
        if found is None or found.start() > view.sentence.start and doc.text[found.start() - 1].isalpha():
            continue
        out.append((found.start(), h.end, _axis_town(found.group(1), doc.language)
                    or Place(doc.text[found.start():h.end], None, "place", None, None, None)))
    return out


def _axis_town(stem: str, language: str | None) -> Place | None:
    """The town an axis adjective is made from: its stem with the suffix ("купянск", "покровськ"), without it
    ("херсон", "бахмут"), or with "з" for "ж" ("запорізьк": Запоріжжя)."""
    bare = _STEM_SUFFIX.sub("", stem)
    stem, bare = stem.casefold(), bare.casefold()
    for name in (stem, bare, stem[:-3] + "ж" if stem.endswith("зьк") else ""):
        found = geocode(name, language) if len(name) >= 4 else None
        if found is not None and found.kind != "country":
            return found
    return None


@lru_cache(maxsize=1)
def _capital_places() -> frozenset[Place]:
    """The capitals of _capitals, as a set to ask whether a place is one."""
    return frozenset(_capitals().values())


@lru_cache(maxsize=1)
def _capitals() -> dict[str, Place]:
    """Each country's capital city in the gazetteer, by the country's name."""
    ix = index()
    return {ix.places[n].country or "": ix.places[n] for n in ix.capitals if ix.places[n].kind == "city"}


def _ban_notes(view: SentenceView) -> list[tuple[int, int]]:
    """Parentheses holding a ban-note word of the lexicon: the country in "ИГ (запрещена в РФ)" says
    where the group is banned, never where anyone went."""
    words = view.labelled("ban_note")
    if not words:
        return []
    base = view.sentence.start
    notes = [(base + n.start(), base + n.end()) for n in _NOTE.finditer(view.sentence.text)]
    return [(a, b) for a, b in notes if any(a < h.start and h.end < b for h in words)]


#: characters from a place left to the word of "left Tessalit for Kidal" (as the claims' slots read it)
_LEFT_FOR_GAP = 12


#: characters from a kind of place to its name ("isla Baltra", "port of Koper", "base de Comalapa")
_KIND_TO_NAME = 7


def _left_for(doc: Document, view: SentenceView) -> list[Hit]:
    """The "for" of "left Tessalit for Kidal", "leave Misrata by sea for Zuwara": after a place named just before it,
    the name after it is a place even where the gazetteer lacks it (not a word that is also a link of names:
    Bulgarian "на", "за")."""
    links = frame_words(doc.language, "name_link")
    return [h for h in view.labelled("leave_for") if doc.text[h.start:h.end].casefold() not in links]


def _unknown_places(doc: Document, view: SentenceView, placed: list[int] | None = None) -> list[tuple[int, int]]:
    """Names the gazetteer lacks ("nahe Kamischli"), kept with their surface text: a capitalised
    name right after a marker or a locative word (or after the "for" right after a place, known and ending at one of
    ``placed``, or found here), or only after a locative word where every noun is capitalised (German)."""
    # (a word of nearness opens one too, as a locative word does: "aux abords de Tillia", "a las afueras de ...")
    openers = ("locative",) if doc.language == "de" else ("locative", "origin", "destination", "reach", "near")
    # German "von" is "by" as often as "of" ("von Vertretern der Selbstverwaltung übergeben"), and the
    # noun after it is capitalised either way: it opens no unknown name
    # (not after a speech verb: "han confirmado a Maldita.es", "ha detto al Corsera", told to an outlet)
    said = [h.end for h in view.hits if h.label in ("attribution", "denial")]
    told_to = {(h.start, h.end) for h in view.labelled("destination") if doc.language in _DATIVE_A
               and any(0 <= h.start - e <= 2 for e in said)}
    ends = [h.end for h in view.hits if h.label in openers
            and not (doc.language == "de" and doc.text[h.start:h.end].casefold() == "von")
            and not _inside_a_name(doc.text, view, h)
            and (h.start, h.end) not in told_to]  # (Italian "a" is where to and where at: "confermato a Verificato")
    placed = list(placed or ())
    fors = _left_for(doc, view)
    # "hasta la isla Baltra", "to the port of Kizomba": a kind of place, a link word at most, then its name (not in
    # German, which capitalises every noun)
    kinds = [h.end for h in view.labelled("place_noun") if doc.language != "de"]
    # "habitants de Zouar", "жителей Шебекина": a noun for residents opens the name of where they live as a place noun
    # does
    residents = _residents_ends(doc, view) if doc.language != "de" else []
    kinds += residents
    kind_links = frame_words(doc.language, "name_link") | frame_words(doc.language, "genitive")
    # "a La Restinga": a marker phrase that takes in an article ("a la") ends on the capitalised article a name opens
    # with; the name is opened by the marker all the same (not after a speech verb: "han confirmado a La Voz de ...")
    into = [(h.start, h.end) for h in view.hits if h.label in ("origin", "destination", "locative")
            and doc.language != "de" and not any(0 <= h.start - e <= 2 for e in said)]  # ("al puerto de La Restinga")
    # a trigger phrase that ends in its own marker ("llegaron a", "flown to": the longer phrase won the match) opens
    # the name right after it (not over an article: "driven to the Slovenian port of Koper")
    tails = [h.end for h in view.hits if doc.language != "de" and h.label in _MOVE_LABELS
             and (_ends_in_marker(doc.text, h, doc.language) or _arrives_at(doc.text, h, doc.language))]
    # German capitalises every noun, so after "aus", "nach" only a name the gazetteer knows is a place ("aus Afrin")
    german_markers = [h for h in view.hits if doc.language == "de" and h.label in ("origin", "destination")]
    known_after = [h.end for h in german_markers]
    # "nach Brusgi", "aus Unterlüß": right after a bare "nach" or "aus" (no article, so no common noun but in set
    # phrases, listed as not_marker: "nach Hause", "aus Angst"), a name the gazetteer lacks is where they went or left
    bare = [h.end for h in german_markers if doc.text[h.start:h.end].casefold() in _GERMAN_BARE_MARKERS]
    if doc.language == "de":  # a trigger phrase that ends in a marker ("weiter nach") leads there too
        roles = frame_lexicon(doc.language).role_words
        known_after += [h.end for h in view.hits if h.label == "relocation"
                        and doc.text[h.start:h.end].rsplit(None, 1)[-1].casefold() in roles]
    # (one noun may stand between: "in die Rebellenhochburg Kidal"; a compound, not a name's part: "Fort Stewart")
    known_after += [w.end() for w in (_NEXT_NOUN.match(doc.text, e) for e in known_after) if w is not None]
    # "aus Grafenwöhr nach Polen", "von Podilsk nach Kutschurhan": a name between an origin marker and a destination
    # marker is where they left, known or not
    leaving = [h.end for h in view.hits if doc.language == "de" and h.label == "origin"]
    heading = [h.start for h in view.hits if doc.language == "de" and h.label == "destination"]
    # (residents as a source, "residents said", name no body: "residents of Zouar" are of a place)
    bodies = [(h.start, h.end) for h in view.hits if h.label.startswith("source:") and h.end not in residents]
    # a speech or move verb after a body ends its name ("Министерството отрече в Рашка да ...": denied, in Raška)
    verbs = [h.start for h in view.hits if h.label in ("attribution", "denial", *_MOVE_LABELS)]
    # a vehicle is how they went, never where ("in Kleinbussen in Dörfer bei Zenica gebracht")
    vehicles = [(h.start, h.end) for h in view.hits if h.label.startswith("means")]
    base = view.sentence.start
    adjective = _adjective(doc.language)
    links = frame_words(doc.language, "name_link")
    out = []
    for found in _place_name(doc.language).finditer(view.sentence.text):
        if not found.group()[0].isupper() and not _SMALL_ARTICLE.match(found.group()):
            continue  # "d'être", "d'éventuels": an accented lower-case letter is no capital
        if found.group().isupper() and len(found.group()) <= _ACRONYM:
            continue  # an acronym the gazetteer lacks names a body ("на базе ВМС", "des FDS"), not a place
        if _ADJECTIVE_COMPOUND.search(found.group()):
            continue  # "Kurdish-run prisons", "Turkish-backed factions": a compound adjective, no place
        a, b = base + found.start(), base + found.end()
        # (a concept's word that opens a longer name is the name's: "Camp Lejeune" is no prison camp)
        mentioned = any(m.start < b and a < m.end and not (m.kind == "concept" and m.start == a and m.end < b)
                        for m in view.mentions) or (
            doc.language == "de"  # every German noun is capitalised: "im Osten Syriens" is no place
            and any(h.start < b and a < h.end for h in view.hits if h.label == "locative"))
        opened = any(s < a < e < b and doc.text[e:e + 1].isspace() for s, e in into) or any(
            0 < a - e <= 2 for e in tails) or any(0 < a - e <= 2 or SHORT_WORD_GAP.fullmatch(doc.text, e, a)
                     or (adjective is not None and adjective.fullmatch(doc.text, e, a)) for e in ends) or (
            any(0 < a - e <= 2 for e in known_after) and (geocode(found.group(), doc.language) is not None
                                                       or _ARABIC_ARTICLE_NAME.match(found.group()) is not None)) or (
            any(0 < a - e <= 2 for e in bare) and not _GERMAN_PLURAL_SOURCE.search(found.group())
            and not any(h.start < b and a < h.end for h in view.hits)) or (  # (not "aus Offizieren": troops)
            doc.language == "de" and _VON_AUS_BEFORE.search(doc.text, base, a) is not None
            and _VON_AUS_AFTER.match(doc.text, b) is not None) or (  # "Von Büchel aus": "von ... aus" says where from
            any(0 < a - e <= 2 or _ARTICLE_ADJECTIVE.fullmatch(doc.text, e, a) for e in leaving)
            and any(0 < h - b <= 2 for h in heading)
            and not _GERMAN_NOUN_ENDING.search(found.group())  # (not "aus Sicherheitsgründen nach Polen")
            # (nor a word for troops after a move noun's "von": "die Verlegung von Truppen nach Gomel" moves them)
            and not any(h.start < b and a < h.end for h in view.labelled("troops")))
        # "left Tessalit for Kidal": "for" right after a place, known or found here
        opened = opened or any(0 < a - h.end <= 2 and any(0 <= h.start - e <= _LEFT_FOR_GAP for e in placed)
                               for h in fors)
        opened = opened or any(0 < a - e <= 2 or doc.text[e:a].strip().casefold() in kind_links for e in kinds
                               if e < a and a - e <= _KIND_TO_NAME)
        if a > base and opened and not mentioned and not any(v < b and a < w for v, w in vehicles) \
                and not _names_a_body(doc.text, bodies, a, verbs) and key(found.group()) not in index().common_words \
                and not _common_noun_after(doc.text, b, links) and not _names_a_work(doc, view, a) \
                and not _no_name_of_a_place(doc.text, a, b, doc.language) \
                and not _part_of_a_longer_name(doc, a, b) and not _a_surname(doc, a, b) \
                and not (doc.language == "de" and (_GERMAN_NOUN_ENDING.search(found.group())
                                                   or _GERMAN_SITE_NOUN.search(found.group())
                                                   or (_AFTER_UM.search(doc.text, base, b) is not None
                                                       and _ZU_INFINITIVE.match(doc.text, b) is not None))):
            out.append((a, b))  # (a common word is no name: "in der Nacht zum Donnerstag")
            placed.append(b)
    return out


#: a capitalised article or determiner is no name ("resistance to The Climate Con", "speaking to The Telegraph")
_ARTICLE_WORDS = frozenset("the a an this that these those le la les der die das den dem el los las il lo gli".split())
#: an indefinite article before a capitalised word makes it a common noun ("children from a Warzone", "in eine Kaserne")
_INDEFINITE = {lang: re.compile(rf"(?<!\w)(?:{words})\s+$", re.IGNORECASE) for lang, words in {
    "en": "a|an", "de": "ein|eine|einen|einem|einer", "fr": "un|une", "es": "un|una|unos|unas", "it": "un|uno|una",
    "pt": "um|uma"}.items()}  # (not Spanish or Italian "a": "to")
#: ... and a possessive after it an owner ("in Gershkovich's case", "the Mayor's Office")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
#: a name after a capital "The" mid-sentence is an English title ("to The Climate Summit", "disse ao The Independent"):
#: the places named so are the gazetteer's ("The Hague")
_TITLE_THE = re.compile(r"(?<=[^.!?\s])\s+The\s+$")


def _residents_ends(doc: Document, view: SentenceView) -> list[int]:
    """Where the sentence's nouns for residents (`residents`: "residents", "habitants", "жителей") end."""
    words = frame_words(doc.language, "residents")
    return [view.sentence.start + w.end() for w in re.finditer(r"\w+", view.sentence.text)
            if w.group().casefold() in words]


def _no_name_of_a_place(text: str, start: int, end: int, language: str | None) -> bool:
    """A capitalised word a marker opens that is no place the gazetteer lacks: an article, a word after an indefinite
    article or a mid-sentence "The", an owner with a possessive."""
    indefinite = _INDEFINITE.get(language or "")
    return (text[start:end].casefold() in _ARTICLE_WORDS or bool(_POSSESSIVE.match(text, end))
            or (indefinite is not None and bool(indefinite.search(text, max(0, start - 8), start)))
            or bool(_TITLE_THE.search(text, max(0, start - 8), start)))


@lru_cache(maxsize=16)
def _work_link(language: str | None) -> re.Pattern[str]:
    """What stands between a work's noun and the name it is called by: an adjective at most, a genitive link
    and its article ("barrage éthiopien de la", "presa del", "Dam of the")."""
    links = sorted(frame_words(language, "genitive"), key=len, reverse=True)
    joined = "|".join(word_pattern(w) for w in links) or "(?!)"
    return re.compile(rf"(?:\s+[^\W\d_]+)?\s+(?:{joined})(?:\s+|['\u2019]\s*)", re.IGNORECASE)


def _names_a_work(doc: Document, view: SentenceView, start: int) -> bool:
    """The name follows a work's noun and a genitive link ("le barrage éthiopien de la Renaissance", "la presa del
    Renacimiento"): it is the dam's or bridge's name, no place."""
    link = _work_link(doc.language)
    return any(h.end <= start and link.fullmatch(doc.text, h.end, start) for h in view.labelled("works"))


_LINKED_WORD = re.compile(r"\s+([^\W\d_]+['\u2019]?)\s*([^\W\d_]+)")


#: languages where a capitalised word after a name the gazetteer lacks makes it a person's or a title's longer
#: name ("a Mario Draghi", "à la Première Guerre"); in Slavic languages it is more often a town's second word ("до
#: Нової Каховки"), German capitalises every noun, Spanish takes the second word into the name, and English titles
#: capitalise every word (tuning F1 fell with them)
_FULL_NAME_LANGUAGES = frozenset({"fr", "it", "pt"})
#: a capitalised word right after a name, on the same line ("Mario Draghi", "Première Guerre")
_NEXT_CAPITAL = re.compile(rf"[ \u00a0]{_CAP}")
#: an opening quotation mark right before a name, a space at most between ("“La Repubblica”", "« Libération »")
_OPENING_QUOTE = re.compile(r"[\"“„«‘][ \u00a0]?$")


def _part_of_a_longer_name(doc: Document, start: int, end: int) -> bool:
    """A name the gazetteer lacks that a capitalised word follows is the first word of a longer name, a person's or a
    title's ("a Mario Draghi", "de la Première Guerre", "da Segunda Guerra"), no place of its own; one that opens a
    quotation is a title too, a newspaper's or a programme's ("a “La Repubblica”", "à « Libération »")."""
    if doc.language not in _FULL_NAME_LANGUAGES:
        return False
    return bool(_NEXT_CAPITAL.match(doc.text, end)) or bool(_OPENING_QUOTE.search(doc.text, max(0, start - 2), start))


#: languages where a capitalised word inside a sentence is a name, not a noun (not German, nor uncased Arabic)
_SURNAME_LANGUAGES = frozenset({"en", "fr", "it", "es", "pt", "pl", "ru", "uk", "bg"})
_CAPITALISED = r"[^\W\d_][^\W\d_'\u2019-]*"


def _a_surname(doc: Document, start: int, end: int) -> bool:
    """A one-word name the gazetteer lacks that the document elsewhere writes inside a sentence right after a
    capitalised word that follows a small-letter one, a first name ("il premier Mario Draghi", "founder Julian
    Assange"), is a person's surname: "a Draghi", "to Assange" name whom, not where. Not where the two words are a
    place the gazetteer knows ("Port Said", "Boa Vista") or the first opens a place's name ("Camp", "Mar")."""
    name = doc.text[start:end]
    if doc.language not in _SURNAME_LANGUAGES or " " in name or not name[:1].isupper():
        return False
    if doc.text.find(name) == start and doc.text.find(name, start + 1) == -1:
        return False  # written only here: every match below would end at ``end`` (no scan, no pattern compiled)
    openers = {w.casefold() for w in frame_words(doc.language, "name_openers")}
    for found in _full_names(name).finditer(doc.text):
        first = found.group(1)
        before = _SMALL_WORD_BEFORE.search(doc.text, max(0, found.start() - 40), found.start())
        if before is not None and before.group(1)[:1].islower() and first[:1].isupper() and first[1:2].islower() \
                and first.casefold() not in openers and found.end() != end \
                and geocode(found.group(), doc.language) is None:
            return True
    return False


_SMALL_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+$")  # a word, then spaces only


@lru_cache(maxsize=256)
def _full_names(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![^\W_])(" + _CAPITALISED + r")[ \u00a0]+" + re.escape(name) + r"(?![^\W_])")


def _common_noun_after(text: str, end: int, links: frozenset[str]) -> bool:
    """A link word and a small-letter noun after the name make it a body's or a movement's name ("au Conseil de
    sécurité", "du Front de libération de l'Azawad"), not a place: a place's own link leads to a capital ("Alcalá
    de Henares")."""
    found = _LINKED_WORD.match(text, end)
    return (found is not None and found.group(1).casefold() in links
            and found.group(2)[0].islower() and len(found.group(2)) > 3)


_MOVE_LABELS = frozenset({"relocation", "arrival", "departure"})
#: languages whose word for "to" a place also says to whom something is told ("a", "à"); elsewhere the marker after
#: a speech verb is where ("отрече в „Безмер“": denied in Bezmer)
_DATIVE_A = frozenset({"fr", "es", "pt", "it"})


def _ends_in_marker(text: str, hit: Hit, language: str | None) -> bool:
    """The phrase's last word is a one-word origin or destination marker, after a verb of its own."""
    words = text[hit.start:hit.end].split()
    return len(words) > 1 and words[-1].casefold() in frame_lexicon(language).role_words


def _arrives_at(text: str, hit: Hit, language: str | None) -> bool:
    """A verb of arriving whose phrase ends in its own locative word ("landed at", "handed over in", "entregues em",
    "dejados en"): where they arrived is the name right after it, as after a marker."""
    words = text[hit.start:hit.end].split()
    return hit.label == "arrival" and len(words) > 1 and words[-1].casefold() in frame_words(language, "locative")


#: the words for a state's territory among the frontier words (a border or coast is a place of its own)
_TERRITORY = re.compile(r"(?<!\w)(?:territ|terytor|територ|территор|Staatsgebiet)", re.IGNORECASE)
_ACRONYM = 5  # letters at most of an all-capitals word read as an acronym
_ADJECTIVE_COMPOUND = re.compile(r"-[a-z]+$")  # a name ends in a capitalised part ("Deir ez-Zor", "Rostov-on-Don")
_NEXT_NOUN = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]{5,}(?=\s)")  # a German noun (a name of one word may follow it)
# "Al-Azraq", "asch-Schaddadi": an Arabic article joined to a name, which no German noun has
_ARABIC_ARTICLE_NAME = re.compile(r"(?:[AaEe]l|[Aa](?:sch|ch|[dnrstz]))-[A-ZÄÖÜ]")
#: endings of German common nouns, never of a town's name: "aus Sicherheitsgründen", "aus Überzeugung", "von der
#: Empfängnis bis zum Tod"
_GERMAN_NOUN_ENDING = re.compile(
    r"(?:ung|ungen|heit|heiten|keit|keiten|schaft|gründen|grund|gründe|ismus|tät|tion|tionen|nis|nisse|nissen)$",
    re.IGNORECASE)
#: the German markers that open a town's name with no article between ("nach Brusgi", "aus Wildflecken")
_GERMAN_BARE_MARKERS = frozenset({"nach", "aus", "bis nach"})
#: ... where a plural noun with no article after them is a common noun: whose circles, stocks, sources or reports
#: ("aus Regierungskreisen", "aus Beständen der Bundeswehr", "nach Medienberichten")
_GERMAN_PLURAL_SOURCE = re.compile(r"(?:kreisen|quellen|beständen|berichten|angaben|depots|lagern)$", re.IGNORECASE)
#: ... and the heads of compounds that name a kind of site, not a site ("in Kasernen", "im Sperrgebiet", "in die
#: Notunterkunft"): a German unknown name ending so is a common noun
_GERMAN_SITE_NOUN = re.compile(
    r"(?:gebiet|gebiete|gebieten|lager|kaserne|kasernen|halle|hallen|häuser|häusern|zentrum|zentren|stelle|stellen|"
    r"anlage|anlagen|unterkunft|unterkünfte|unterkünften|einrichtung|einrichtungen|klinik|kliniken|gelände|"
    r"stützpunkt|stützpunkte|stützpunkten|quartier|quartiere|quartieren|region|regionen|bezug)$", re.IGNORECASE)
#: "aus dem litauischen Rukla nach ...": a state's adjective, with its article, before a town's name
_ARTICLE_ADJECTIVE = re.compile(r"\s+(?:(?:dem|der|den)\s+)?[a-zäöü][a-zäöüß-]+(?:ischen|schen)\s+")
#: "um Sandsäcke zu füllen": the word after "um" that an infinitive with "zu" follows is its object, no place around
_AFTER_UM = re.compile(r"(?<!\w)um\s+\w+$")
_ZU_INFINITIVE = re.compile(r"\s+zu\s+[a-zäöüß]")
_VON_AUS_BEFORE = re.compile(r"(?<!\w)[Vv]on\s+$")
_VON_AUS_AFTER = re.compile(r"\s+aus(?!\w)")
_WORD_BEFORE = re.compile(r"(\w[\w.-]*)\s+$")


def _inside_a_name(text: str, view: SentenceView, opener: Hit) -> bool:
    """A short link word after a capitalised word inside the sentence joins a name's parts ("Consejo de
    Seguridad", "Ministry of Defence"), it leads to no unknown place."""
    if not any(h.start == opener.start and h.end == opener.end for h in view.labelled("name_link")):
        return False
    before = _WORD_BEFORE.search(text, view.sentence.start, opener.start)
    return (before is not None and before.start() > view.sentence.start and before.group(1)[0].isupper()
            and not _starts_a_sentence_or_quote(text, before.start()))


def _starts_a_sentence_or_quote(text: str, at: int) -> bool:
    return text[max(0, at - 2):at].strip() in ("", "\"", "«", "“", "„", "(")


def _compass_opened(doc: Document, start: int, name_start: int) -> bool:
    """The words from ``start`` to ``name_start`` are one compass word of the language ("جنوب " of "جنوب دارفور")."""
    return doc.text[start:name_start].strip().casefold() in frame_words(doc.language, "compass_openers")


def _uncased_names(doc: Document, view: SentenceView) -> list[tuple[int, int]]:
    """In a script without capitals (Arabic), the word after a place noun that follows a marker
    is its name ("إلى قاعدة حرير", "إلى مخيم الجدعة"): a capital cannot say so."""
    marker_ends = [h.end for h in view.hits if h.label in ("origin", "destination")]
    # a locative word right after a word of being held or gathered is the origin's marker ("جُمعوا في مدينة الراعي",
    # gathered in the town of al-Rai, then moved): the place noun after it opens a name as after a marker
    held = view.labelled("held")
    marker_ends += [h.end for h in view.hits if h.label == "locative" and _a_preposition(doc, h.start, h.end)
                    and any(0 <= h.start - x.end <= 3 for x in held)]
    openers = frame_lexicon(doc.language).words["name_openers"]
    out = []
    for h in view.hits:
        if h.label != "locative" or _a_preposition(doc, h.start, h.end):
            continue
        marked = any(0 <= h.start - e <= 2 for e in marker_ends)
        word = _NEXT_WORD.match(doc.text, h.end, view.sentence.end)
        # a place noun after a place noun ("إلى أطراف قضاء سنجار", "إلى محيط مدينة ..."), or a preposition after
        # it ("إلى معسكرات في جرف الصخر", to camps in Jurf al-Sakhar): the name comes after both
        while word is not None and any(x.label == "locative" and x.start == word.start(1) for x in view.hits):
            word = _NEXT_WORD.match(doc.text, word.end(1), view.sentence.end)
        if word is None or word.group(1).upper() != word.group(1).lower():
            continue  # a cased script says what is a name by its capital
        a, b = word.start(1), word.end(1)
        if word.group(1) in openers:  # "قاعدة تل بيدر": "Tell" opens a two-word name
            second = _NEXT_WORD.match(doc.text, b, view.sentence.end)
            b = second.end(1) if second is not None else b
        if not marked:  # no marker before: a place still, when a locator follows ("في قاعدة قسرك قرب تل تمر")
            # the locator's own noun ("قرب ناحية القيارة"): its name is where the site before lies, no site that a
            # second locator must place
            if not _locator_at(doc, view, LAST_WORD.search(doc.text, view.sentence.start, h.start)):
                located = _located_name_end(doc, view, a, b)
                if located is None:
                    continue
                b = located
        spans = [(m.start, m.end) for m in view.mentions] + [(x.start, x.end) for x in view.hits]
        if not any(s < b and a < e for s, e in spans):
            out.append((a, b))
    out += _known_after_nouns(doc, view, marker_ends, out)
    out += _reached_names(doc, view, out)
    return out + _named_before(doc, view, marker_ends, out)


def _reached_names(doc: Document, view: SentenceView, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The object of a verb of reaching or entering (`reach`), right after it or after its subject where the verb
    comes first ("دخلت القوات التركية حمص", the Turkish forces entered Homs; "وصلت التعزيزات حماة"), when the
    gazetteer knows it as a town: the verb governs a place as a marker does, and the running-text gazetteer leaves out
    the short town names that are also words until something marks them. The subject is the run of mentions and
    words for troops or vehicles right after the verb, a word with the article after a word for troops with them
    ("قوات النظام", the regime's forces)."""
    spans = [(m.start, m.end) for m in view.mentions] + [(x.start, x.end) for x in view.hits] + found
    subject = [(m.start, m.end) for m in view.mentions] + [
        (x.start, x.end) for x in view.hits if x.label == "troops" or x.label.startswith("means")]
    troops = {x.end for x in view.labelled("troops")}
    out = []
    for h in view.labelled("reach"):
        end = h.end
        while True:
            word = _NEXT_WORD.match(doc.text, end, view.sentence.end)
            if word is None:
                break
            ends = [e for s, e in subject if s == word.start(1) and e > end]
            if ends:
                end = max(ends)
            elif end in troops and word.group(1).startswith(_ARTICLE_AR) and h.end < end:
                end = word.end(1)  # "قوات النظام": the forces' genitive
            else:
                break
        if word is None or word.group(1).upper() != word.group(1).lower() or len(word.group(1)) < _SHORTEST_NAME:
            continue  # (a cased script says what is a name by its capital)
        a, b = word.start(1), word.end(1)
        place = geocode(word.group(1), doc.language)
        if place is not None and place.kind in ("city", "place") and key(word.group(1)) not in index().common_words \
                and not any(s < b and a < e for s, e in spans):
            out.append((a, b))
    return out


def _a_preposition(doc: Document, start: int, end: int) -> bool:
    """A locative word this short is a preposition ("في", "у", "in"), unless the script has no capitals and it is a
    word for a kind of place (``place_words``): "حقل" (a field), "سجن" (a prison) are nouns a name follows
    ("إلى حقل العمر", to the al-Omar field), however short."""
    if end - start > PREPOSITION_LETTERS:
        return False
    return key(doc.text[start:end]) not in index().place_markers.get(doc.language or "", frozenset())


def _located_name_end(doc: Document, view: SentenceView, a: int, b: int) -> int | None:
    """The end of the name a place noun opens at ``a`` (``b`` its first word's end, a second word at most), when a word
    of nearness or a compass word follows it ("قاعدة خراب الجير قرب رميلان", "ميناء الصليف شمال الحديدة"): a site
    named by where it lies; else None. No word of it a relative adjective ("قاعدة عسكرية قرب رميلان", a military base;
    "قاعدة العديد الجوية جنوب الدوحة": the name ends before it)."""
    nisba = tuple(frame_words(doc.language, "nisba_endings"))
    if not nisba or doc.text[a:b].endswith(nisba) and not doc.text.startswith(_ARTICLE_AR, a):
        return None
    second = _NEXT_WORD.match(doc.text, b, view.sentence.end)
    ends = [b] + ([second.end(1)] if second is not None and not second.group(1).endswith(nisba) else [])
    for end in ends:
        after = _NEXT_WORD.match(doc.text, end, view.sentence.end)
        if after is not None and after.group(1).endswith(nisba) and after.group(1).startswith(_ARTICLE_AR):
            after = _NEXT_WORD.match(doc.text, after.end(1), view.sentence.end)  # "العديد الجوية جنوب": its kind
        if _locator_at(doc, view, after):
            return end
    return None


def _locator_at(doc: Document, view: SentenceView, word: re.Match[str] | None) -> bool:
    """The word matched is a word of nearness or a compass word ("قرب", "شمال"): what follows says where the place
    before it lies."""
    return word is not None and (any(x.start == word.start(1) for x in view.labelled("near"))
                                 or word.group(1).casefold() in frame_words(doc.language, "compass_openers"))


_ARTICLE_AR = "\u0627\u0644"  # the Arabic article "ال": a nisba ending on a word with it may end a name ("الحديدة")
LAST_WORD = re.compile(r"(\w+)\s+$")  # the last word before a position (searched with that position as its end)


_SHORTEST_NAME = 3  # letters of the shortest name a locative word opens after common nouns
# one to three words, no digit nor punctuation, between a marker and a short locative word ("إلى مدارس رسمية في")
_NOUNS_BETWEEN = re.compile(r"(?:\s+[^\W\d_][\w\u064b-\u065f\u0670]*){1,3}\s+")


def _known_after_nouns(doc: Document, view: SentenceView, marker_ends: list[int],
                       found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name after a marker, a common noun or two and a short locative word or a compass word ("إلى مدارس رسمية في
    عاليه", to public schools in Aley; "إلى مستشفيات ميدانية قرب منبج"; "إلى محاور القتال جنوب مأرب", to the
    fronts south of Marib), when the gazetteer knows it as a town or region: the running text's gazetteer leaves out
    the small towns of a script without capitals, and here the words before say it is a place (only a known name:
    the word after "في" is as often a time or a matter, "في إطار", "في وقت"). A place noun after that word announces
    a name, known or not ("إلى عمق البادية قرب بلدة السخنة", deep into the desert near the town of al-Sukhnah)."""
    spans = [(m.start, m.end) for m in view.mentions] + [(x.start, x.end) for x in view.hits] + found
    out = []
    for _start, end in _links_after_nouns(doc, view, marker_ends):
        word = _NEXT_WORD.match(doc.text, end, view.sentence.end)
        if word is None or word.start(1) - end > 1 or word.group(1).upper() != word.group(1).lower():
            continue  # (a cased script says what is a name by its capital)
        a, b = word.start(1), word.end(1)
        if any(x.label == "locative" and x.start == a and not _a_preposition(doc, x.start, x.end) for x in view.hits):
            named = _name_after_noun(doc, view, b)  # "قرب بلدة السخنة": the place noun says a name follows
            if named is not None and not any(s < named[1] and named[0] < e for s, e in spans):
                out.append(named)
            continue
        if len(word.group(1)) < _SHORTEST_NAME:
            continue  # (a two-letter word is a noun before the name: "في حي غويران", in the quarter of Ghwayran)
        place = geocode(word.group(1), doc.language)
        if place is not None and place.kind in ("city", "place") and key(word.group(1)) not in index().common_words \
                and not any(s < b and a < e for s, e in spans):
            out.append((a, b))
    return out


def _links_after_nouns(doc: Document, view: SentenceView, marker_ends: list[int]) -> list[tuple[int, int]]:
    """The short locative words ("في", "قرب") and compass words ("جنوب") that follow a marker and one to three common
    nouns ("إلى مدارس رسمية في", "إلى محاور القتال جنوب"): what follows them says where those nouns lie. Not after
    common nouns with a place among them (in "نُقلوا من مأرب في إطار الصفقة" the marker has its place, and "في"
    opens a matter), nor a compass word after a place noun ("ولاية جنوب دارفور" is one name)."""
    links = [(h.start, h.end) for h in view.hits if h.label == "locative" and _a_preposition(doc, h.start, h.end)]
    compass = frame_words(doc.language, "compass_openers")
    links += [(view.sentence.start + w.start(), view.sentence.start + w.end())
              for w in re.finditer(r"\w+", view.sentence.text) if w.group() in compass]
    out = []
    for start, end in sorted(set(links)):
        gaps = [doc.text[e:start] for e in marker_ends if e < start and _NOUNS_BETWEEN.fullmatch(doc.text, e, start)]
        if not gaps or any(geocode(w, doc.language) is not None for w in gaps[-1].split()):
            continue
        if doc.text[start:end] in compass and any(x.label == "locative" and 0 < start - x.end <= 2 for x in view.hits):
            continue
        out.append((start, end))
    return out


def compass_links(doc: Document, view: SentenceView) -> list[Hit]:
    """The compass words that say where the common nouns after a marker lie ("إلى محاور القتال جنوب مأرب", to the
    fronts south of Marib), as locative words: the place after one is where the move went, as after "في" or "قرب"."""
    compass = frame_words(doc.language, "compass_openers")
    if not compass:
        return []
    marker_ends = [h.end for h in view.hits if h.label in ("origin", "destination")]
    return [Hit(a, b, "locative") for a, b in _links_after_nouns(doc, view, marker_ends) if doc.text[a:b] in compass]


def _name_after_noun(doc: Document, view: SentenceView, noun_end: int) -> tuple[int, int] | None:
    """The name a place noun ending at ``noun_end`` opens: the next word, two with an opener ("تل", "عين"); None for
    a relative adjective without the article ("بلدة حدودية", a border town: what kind of place, no name)."""
    word = _NEXT_WORD.match(doc.text, noun_end, view.sentence.end)
    if word is None or len(word.group(1)) < _SHORTEST_NAME:
        return None
    a, b = word.start(1), word.end(1)
    if doc.text[a:b].endswith(tuple(frame_words(doc.language, "nisba_endings"))) \
            and not doc.text.startswith(_ARTICLE_AR, a):
        return None
    if word.group(1) in frame_lexicon(doc.language).words["name_openers"]:
        second = _NEXT_WORD.match(doc.text, b, view.sentence.end)
        b = second.end(1) if second is not None else b
    return a, b


def _named_before(doc: Document, view: SentenceView, marker_ends: list[int],
                  found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The word right after a marker that an earlier sentence named after a place noun ("إلى مدينة بوصاصو", then
    "من بوصاصو إلى ..."): the article has said it is a place, so it is one again with no noun before it."""
    before = view.sentence.start  # the text read is the article's up to this sentence
    after_noun = _after_place_noun(doc.language)
    if not marker_ends or not before or after_noun is None:
        return []
    named_at = _names_start(after_noun, doc.text, before)
    spans = [(m.start, m.end) for m in view.mentions] + [(x.start, x.end) for x in view.hits] + found
    out = []
    for e in marker_ends:
        word = _NEXT_WORD.match(doc.text, e, view.sentence.end)
        if word is None or word.start(1) - e > 2 or word.group(1).upper() != word.group(1).lower():
            continue
        a, b = word.start(1), word.end(1)
        if any(s < b and a < t for s, t in spans) or (a, b) in out:
            continue
        name = word.group(1)
        if any(doc.text.startswith(name, p, before) and not _WORD_CHAR.match(doc.text, p + len(name), before)
               for p in named_at):
            out.append((a, b))
    return out


def _names_start(after_noun: re.Pattern[str], text: str, before: int) -> list[int]:
    """Where a word after a place noun starts in ``text[:before]``, as ``after_noun.finditer(text[:before])``
    gives them, from one pass over the whole article (each sentence scanning all the text before it made the
    stage quadratic in the article's length). The matches that end before ``before`` are the same in both
    texts; from the first that runs to it or past it, the cut text is matched again."""
    starts, ends = _matches_of(after_noun, text)
    k = bisect.bisect_left(ends, before)
    named = list(ends[:k])
    if k < len(ends) and starts[k] < before:
        named += [m.end() for m in after_noun.finditer(text, starts[k], before)]
    return named


@lru_cache(maxsize=64)
def _matches_of(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each match of ``pattern`` in ``text`` starts and ends: the claims stage asks again for each sentence
    of an article, and the stages of a batch work article by article."""
    found = [m.span() for m in pattern.finditer(text)]
    return tuple(a for a, _ in found), tuple(b for _, b in found)


@lru_cache(maxsize=16)
def _after_place_noun(language: str | None) -> re.Pattern[str] | None:
    """A place noun of the language ("مدينة", "قاعدة") and the spaces after it: where the name it introduces starts."""
    nouns = [w for w in frame_words(language, "locative") if len(w) > PREPOSITION_LETTERS]
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, nouns)) + r")\s+") if nouns else None


_WORD_CHAR = re.compile(r"\w")


def _names_a_body(text: str, bodies: list[tuple[int, int]], start: int, verbs: Sequence[int] = ()) -> bool:
    """The name is, or ends, the name of an army, ministry or agency ("del Ejército", "Ejército del
    Aire", "ministre malien des Affaires étrangères"), not a place; not over a verb (``verbs``, where they start)
    after the body ("Министерството отрече в Рашка": the ministry denied, in Raška)."""
    return any(s <= start and (start < e or (_BODY_TAIL.fullmatch(text[e:start]) is not None
                                             and not any(e <= v < start for v in verbs))) for s, e in bodies)


def place_like(text: str, start: int, end: int) -> bool:
    """Written as a place name: capitalised where the script has case ("libyen" is an adjective), not an
    Arabic word with the indefinite accusative ending ("مقاتلاً سورياً", a Syrian fighter: a name is definite and
    takes no tanwin), and not the first half of a compound ("US-Stützpunkt")."""
    if _TANWIN_FATH.match(text, end):
        return False
    first = text[start:start + 1]
    if first.isalpha() and first.lower() == first and first.upper() != first:
        prefix = text[start:end].split("-")[0].casefold()
        if prefix not in NAME_PARTICLES:
            return False
    return not (end < len(text) and text[end] == "-" and text[end + 1:end + 2].isalpha())
