"""An offline gazetteer: place names in any supported language, inflected or not, to coordinates.

:func:`geocode` resolves one name as written; :func:`find_places` finds the place names in running
text. The index itself (GeoNames, CLDR and curated places, shipped as data) is built by
:mod:`narrascope.lexicon.gazetteer`; spelling folds and case endings are in
:mod:`narrascope.lexicon.inflection` and its data file ``inflection.yaml``.

>>> geocode("Сирии", "ru").canonical
'Syria'
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import accumulate, pairwise

import regex

from . import places_extra
from .gazetteer import CITY, DATA_FILE, LANGUAGES, Index, Place, index, is_region
from .gazetteer import km as _km
from .inflection import cased, lemmas, lowercase_region_languages, name_particles
from .inflection import key as _key

__all__ = ["DATA_FILE", "LANGUAGES", "NAME_PARTICLES", "Place", "find_places", "geocode", "holds"]

ONE_WORD_MIN_POPULATION = 50_000        # find_places: a one-word city name needs this many people ...
SENTENCE_START_MIN_POPULATION = 500_000   # ... and this many when it opens a sentence ("Nice to ..."),
                                          # unless it is a national capital (Вашингтон молчит)
CASELESS_MIN_POPULATION = 300_000       # ... and this many in scripts without capitals (Arabic, Hindi)
CASELESS_MIN_LETTERS = 4                # ... and this many letters there (وان, قم are words before they are cities)
CASELESS_MARKED_MIN_POPULATION = 15_000 # ... or this many after "to" or a word for a place ("إلى جيزان", "ميناء سواكن")
CASELESS_SHORT_MARKED_MIN_POPULATION = 100_000  # ... or with fewer letters, this many after them ("إلى رفح", "إلى سرت")
CASED_MARKED_MIN_POPULATION = 15_000    # ... or, capitalised, this many right after a word of direction ("to Kourou")
MAIN_NAME_WEIGHT = 5.0                  # a place named by its own name outweighs one it is another name of
UNLIKE_NAME_PENALTY = 0.1               # ... and far more one whose other name is unlike its own ("Poti" of Teresina)
UNLIKE_NAME_RATIO = 0.6                 # two Latin names less alike than this are unlike (difflib's ratio)
MAX_NAME_WORDS = 4                      # find_places tries runs of up to this many words
MAX_STEM_ENDING = 3                     # a stem alias "Ракк*" matches endings of up to 3 letters
CITY_OVER_ENDING = 100_000              # people in a city named as written that outweighs a country by an ending
LEMMA_PENALTY = 0.5                     # a city reached through an ending counts half its population

# A word; in Cyrillic an apostrophe before a small letter is part of it ("Куп'янськ", "Слов’янськ", "Мар'їнка":
# split there, the name ends in a lower-case word and is never read whole); before a capital it follows a
# particle ("Кот-д’Івуар")
_WORD = regex.compile(r"[\w\p{M}]+(?:(?<=\p{Cyrillic})['’ʼ](?=\p{Cyrillic})(?=\p{Ll})[\w\p{M}]+)*")
_WORD_SPLIT = regex.compile(f"({_WORD.pattern})")  # split on it gives the gaps and the words in turn
_index = index  # the cached index (tests clear it with ``places._index.cache_clear()``)


# ---------------------------------------------------------------- lookup

# Places go by their number in the index (``ix.places[n]``) until one is chosen.

def _best(candidates: list[tuple[int, bool]], ix: Index, key: str | None = None) -> int | None:
    """The most likely place: the most important kind, then the most people; a place whose own name ``key`` is
    counts as MAIN_NAME_WEIGHT times as many as one that merely has it among other names ("Zaragoza" is the
    Spanish city, not an old name of Tijuana; "Odessa" is still Odesa, eight times bigger than Odessa, Texas),
    and a Latin name unlike the place's own counts UNLIKE_NAME_PENALTY as much ("Poti" is the Georgian port, not
    an old name of Teresina). A country or territory that only has ``key`` among other names gives way to a city
    of that own name with more people ("Norfolk" is the US city, not Norfolk Island)."""
    def score(item: tuple[int, bool]) -> tuple[int, float]:
        number, exact = item
        kind, pop = ix.ranks[number]
        canonical = _key(ix.places[number].canonical)
        own = key is not None and exact and canonical == key
        weight = MAIN_NAME_WEIGHT if own else UNLIKE_NAME_PENALTY if exact and _unlike(key, canonical) else 1.0
        return kind, pop * (1.0 if exact else LEMMA_PENALTY) * weight

    if not candidates:
        return None
    best = max(candidates, key=score)[0]
    if ix.places[best].kind == "country" and not any(n == best and exact for n, exact in candidates):
        # a country reached only through a guessed ending gives way to a big city bearing the name as written
        # (Bulgarian "Русе" is Ruse, not "Русия" with another ending)
        bearing = [n for n, exact in candidates if exact and ix.places[n].kind == "city"
                   and ix.ranks[n][1] >= CITY_OVER_ENDING]
        if bearing:
            return max(bearing, key=lambda n: ix.ranks[n][1])
    if key is not None and ix.places[best].kind == "country" and _key(ix.places[best].canonical) != key:
        own_cities = [n for n, exact in candidates if exact and ix.places[n].kind == "city"
                      and _key(ix.places[n].canonical) == key and ix.ranks[n][1] > ix.ranks[best][1]]
        if own_cities:
            return max(own_cities, key=lambda n: ix.ranks[n][1])
    return best


def _unlike(key: str | None, canonical: str) -> bool:
    """Two names in Latin letters that share too little to be spellings of one name ("poti", "teresina"; not
    "odessa", "odesa")."""
    if key is None or not (key.isascii() and canonical.isascii()):
        return False
    return difflib.SequenceMatcher(None, key, canonical).ratio() < UNLIKE_NAME_RATIO


class _PerIndex:
    """Answers kept per gazetteer index (a word recurs across an article's sentences and across articles):
    bounded, and emptied when another index is read."""

    def __init__(self, bound: int = 200_000) -> None:
        self.bound = bound
        self._index: Index | None = None
        self._kept: dict[tuple[str, str | None], int | None] = {}

    def get(self, ix: Index, key: tuple[str, str | None], compute: Callable[[], int | None]) -> int | None:
        if self._index is not ix:
            self._kept.clear()
            self._index = ix
        found = self._kept.get(key, _UNSEEN)
        if found == _UNSEEN:
            if len(self._kept) > self.bound:
                self._kept.clear()
            found = self._kept[key] = compute()
        return found


_UNSEEN = -1
#: folded keys already resolved
_RESOLVED = _PerIndex()
#: names as written already resolved (find_places reads the same capitalised words again and again)
_NAMES = _PerIndex()


def _resolve(key: str, language: str | None, ix: Index) -> int | None:
    if _RESOLVED._index is ix:  # as in _resolve_name: a key resolved before, without a closure made for it
        found = _RESOLVED._kept.get((key, language), _UNSEEN)
        if found != _UNSEEN:
            return found
    return _RESOLVED.get(ix, (key, language), lambda: _resolve_anew(key, language, ix))


def _resolve_name(name: str, language: str | None, ix: Index) -> int | None:
    """``_resolve(_key(name), language, ix)``, kept by the name as written: no key to fold again."""
    if _NAMES._index is ix:  # most names were read before: their number without a closure made for each
        found = _NAMES._kept.get((name, language), _UNSEEN)
        if found != _UNSEEN:
            return found
    return _NAMES.get(ix, (name, language), lambda: _resolve(_key(name), language, ix))


def _resolve_anew(key: str, language: str | None, ix: Index) -> int | None:
    candidates = _by_name(key, language, ix)
    if candidates:
        return _best(candidates, ix, key)
    first, _, rest = key.partition(" ")
    if rest and " " not in rest and first.startswith(_compass()):
        quarter = _resolve(rest, language, ix)  # "South Lebanon", "Южный Ливан": in the country named after
        if quarter is not None and ix.places[quarter].kind == "country":
            return quarter
    return _best([(n, False) for n in _stem_hits(key, ix)], ix)


def _by_name(key: str, language: str | None, ix: Index) -> list[tuple[int, bool]]:
    """The places named ``key`` (exact) or one of its lemmas (not exact)."""
    return [(n, True) for n in ix.named(key)] + [(n, False) for lemma in lemmas(key, language) for n in ix.named(lemma)]


def _keys(name: str, language: str | None, ix: Index) -> list[str]:
    """The keys to try for a name as written: the whole, then without a leading preposition ("в Афганистане")."""
    key = _key(name)
    if not key:
        return []
    first, _, rest = key.partition(" ")
    return [key, rest] if rest and first in _prepositions(language, ix) else [key]


@lru_cache(maxsize=1)
def _compass() -> tuple[str, ...]:
    """Stems of the words for a quarter of a country (places_extra.yaml, ``compass``), every language's."""
    extra = places_extra()
    return tuple(_key(w) for words in (extra.get("compass") or {}).values() for w in words)


def _stem_hits(key: str, ix: Index) -> Iterator[int]:
    for length in ix.stem_lengths:
        if length > len(key):
            break
        if len(key) - length <= MAX_STEM_ENDING:
            yield from ix.stems.get(key[:length], ())


def geocode(name: str, language: str | None = None) -> Place | None:
    """Resolve one place name as written in text (any script, inflected) to a Place, or None.

    A leading preposition is dropped when the whole does not resolve ("в Афганистане").

    >>> geocode("Вашингтона", "ru").canonical
    'Washington D.C.'
    """
    ix = index()
    found = next((n for n in (_resolve(k, language, ix) for k in _keys(name, language, ix)) if n is not None), None)
    return None if found is None else ix.places[found]


def geocode_in(name: str, language: str | None, country: str) -> Place | None:
    """The place of that name in ``country``, where the gazetteer knows one there, whatever the likelier reading
    alone: a town named after a move into the country is the one there ("moved to Zaporizhzhia Oblast ...
    quartered in Tokmak" is Tokmak in Ukraine, not Tokmok in Kyrgyzstan).

    >>> geocode_in("Токмаку", "uk", "Ukraine").country
    'Ukraine'
    """
    ix = index()
    for k in _keys(name, language, ix):
        candidates = _by_name(k, language, ix) + [(n, False) for n in _stem_hits(k, ix)]  # "w Lidzie": by its stem
        found = _best([c for c in candidates if ix.places[c[0]].country == country], ix, k)
        if found is not None:
            return ix.places[found]
    return None


def _prepositions(language: str | None, ix: Index) -> frozenset[str]:
    if language is not None:
        return ix.prepositions.get(language, frozenset())
    return frozenset().union(*ix.prepositions.values())


# ---------------------------------------------------------------- finding places in text

_SENTENCE_END = regex.compile(r"[.!?…:\n]\s*[\"'«»“”„(]*\s*$")
#: Lower-case particles that can open a place name when hyphenated (al-Tanf, Эт-Танф): lexicon data.
NAME_PARTICLES = name_particles()
_JOINERS = regex.compile(r"[ \-‐‑–'’]{1,3}")


def _span_ok(text: str, toks: list[tuple[int, int, str]], cases: list[bool | None], region: list[bool], i: int,
             n: int) -> int:
    """For the ``n`` words from ``i`` on, within one run of :func:`_longest_at` and not ending in a lower-case word
    outside a curated name: 0: no name; 1: a name; 2: a name only if it is a curated place or a country, for it holds
    a lower-case word of a curated name ("Курської області", "Kursk region", "région de Koursk"). In a run every gap
    joins and every lower-case word is a particle or a curated name's word: only those words are left to test."""
    if cases[i] is False and not region[i] and (n == 1 or "-" not in text[toks[i][1]:toks[i + 1][0]]):
        return 0  # a lower-case particle opens a name only hyphenated: al-Tanf, not "la Guardia"
    if not any(cases[k] is False and region[k] for k in range(i, i + n)):
        return 1
    return 0 if all(cases[k] is False for k in range(i, i + n)) else 2


@lru_cache(maxsize=1024)
def _joins(gap: str) -> bool:
    """The characters between two words join them into one name: most gaps are one of a few."""
    return _JOINERS.fullmatch(gap) is not None


def _region_flags(toks: list[tuple[int, int, str]], cases: list[bool | None], language: str | None,
                  ix: Index) -> list[bool]:
    """Per token: a lower-case word of a curated name, as written or inflected ("області"); ``cases``: each token's
    :func:`cased` (a word not in lower case is none, not looked up)."""
    if not ix.region_words:
        return [False] * len(toks)
    words = ix.region_words
    return [case is False and _region_word(tok, language, words)
            for (_, _, tok), case in zip(toks, cases, strict=True)]


@lru_cache(maxsize=1 << 16)
def _region_word(tok: str, language: str | None, words: frozenset[str]) -> bool:
    if cased(tok) is not False:
        return False
    k = _key(tok)
    return k in words or (k[:3] in _region_prefixes(words) and not words.isdisjoint(lemmas(k, language)))


@lru_cache(maxsize=4)
def _region_prefixes(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w[:3] for w in words)


def _accept_single(number: int, tok: str, sentence_start: bool, ix: Index, marked: int = 0) -> bool:
    """One-word city names must be big enough not to be an ordinary word ("Will", "Most"); without
    capitals, less big when a preposition or a word for a place comes right before (``marked``)."""
    kind, pop = ix.ranks[number]
    key = _key(tok)
    if key in ix.common_words:
        return False
    if kind != CITY:
        return True
    if not ix.common_words.isdisjoint(lemmas(key, None)):
        return False  # an inflected or prefixed common word: Мира, والمدينة
    if len(tok) > 1 and tok.isupper():
        return False  # acronyms (CAN, MON) name countries and curated places only
    if cased(tok) is None and len(key) < CASELESS_MIN_LETTERS and not marked:
        return False  # a short word is a city only after a preposition ("من عدن"), and a big one (below)
    floor = (CASED_MARKED_MIN_POPULATION if marked == 3 else ONE_WORD_MIN_POPULATION) if cased(tok) else (
        CASELESS_MARKED_MIN_POPULATION if marked == 2 and len(key) >= CASELESS_MIN_LETTERS
        else CASELESS_SHORT_MARKED_MIN_POPULATION if marked == 2 else CASELESS_MIN_POPULATION)
    if sentence_start and number not in ix.capitals:
        if key not in ix.names:
            return False  # an inflected word opening a sentence is a pronoun more often than a city (Кому)
        floor = max(floor, SENTENCE_START_MIN_POPULATION)
    return pop >= floor


def find_places(text: str, language: str | None) -> list[tuple[int, int, Place]]:
    """Place mentions as ``(start, end, place)`` with ``text[start:end]`` the surface form.

    >>> [(text[s:e], p.canonical) for text in ["Bombs hit Deir ez-Zor and Raqqa."]
    ...  for s, e, p in find_places(text, "en")]
    [('Deir ez-Zor', 'Deir ez-Zor'), ('Raqqa', 'Raqqa')]
    """
    ix = index()
    # (start, end, word) of each word, without a match object per word: the running sum of the lengths of
    # the gaps and words that split gives in turn is where each ends
    parts = _WORD_SPLIT.split(text)
    bounds = list(accumulate(map(len, parts)))
    toks = list(zip(bounds[0:-1:2], bounds[1::2], parts[1::2], strict=True))
    cases = list(map(cased, parts[1::2]))
    region = _region_flags(toks, cases, language, ix)
    # a word that may be inside a name (not lower-case, or a word of a curated name, or a particle), and whether
    # the gap after each word joins it to the next: _span_ok's tests of every span, asked once per word and gap
    inside = [c is not False or r or t[2].casefold() in NAME_PARTICLES
              for t, c, r in zip(toks, cases, region, strict=True)]
    joined = [_joins(text[a[1]:b[0]]) for a, b in pairwise(toks)]
    out: list[tuple[int, int, Place]] = []
    i = 0
    while i < len(toks):
        # most words are lower-case and neither part of a curated name nor a particle: no name starts
        # there, as _span_ok would find for every length (cheaper asked once than four times)
        hit = _longest_at(text, toks, cases, region, inside, joined, i, language, ix) if inside[i] else None
        if hit is None:
            i += 1
            continue
        n, number = hit
        out.append((toks[i][0], toks[i + n - 1][1], ix.places[number]))
        i += n
    return out


def _longest_at(text: str, toks: list[tuple[int, int, str]], cases: list[bool | None], region: list[bool],
                inside: list[bool], joined: list[bool], i: int, language: str | None,
                ix: Index) -> tuple[int, int] | None:
    # a span over a word that cannot be inside a name, or over a gap that does not join, is none (_span_ok
    # finds 0, and the Polish rule below wants regions' words joined): only the spans within the run are tried
    run = 1
    while run < min(MAX_NAME_WORDS, len(toks) - i) and joined[i + run - 1] and inside[i + run]:
        run += 1
    for n in range(run, 0, -1):
        if cases[i + n - 1] is False and not region[i + n - 1]:
            continue  # a name does not end in a lower-case word (_span_ok's first test, before any slicing)
        ok = _span_ok(text, toks, cases, region, i, n)
        if not ok and n > 1 and language in lowercase_region_languages() and all(region[i:i + n]):
            ok = 2  # Polish names a region by its adjective, in small letters: "do obwodu kurskiego" (joined: the run)
        if not ok:
            continue
        number = _resolve_name(text[toks[i][0]:toks[i + n - 1][1]], language, ix)
        if number is None or (ok == 2 and ix.places[number].kind == "city"):
            continue
        if n == 1 and not _accept_single(number, toks[i][2], _starts_sentence(text, toks[i][0]), ix,
                                         _marked(text, toks, i, language, ix)):
            continue
        if n == 1 and _first_name(text, toks, cases, i, number, ix):
            continue
        return n, number
    if language == "de" and cases[i]:
        return _compass_compound(toks[i][2], ix)
    return None


#: capitalised words after a town's name that make it a longer place's, not a person's ("Idlib Province")
_PLACE_NOUNS = frozenset(
    "province provincia oblast region governorate district airport base port harbour harbor city strip valley "
    "island islands river mountains camp prison county state".split())


def _first_name(text: str, toks: list[tuple[int, int, str]], cases: list[bool | None], i: int, number: int,
                ix: Index) -> bool:
    """A one-word town that is a person's first name before their surname ("Nancy Pelosi", "David Sassoli"): a city
    (no capital, country or curated place) right before a capitalised word that is no place's word."""
    if ix.ranks[number][0] != CITY or number in ix.capitals or i + 1 >= len(toks) or not cases[i + 1]:
        return False
    if text[toks[i][1]:toks[i + 1][0]] != " ":
        return False
    after = _key(toks[i + 1][2])
    return not (after in ix.region_words or after in ix.common_words or after in _PLACE_NOUNS
                or after in ix.names or after in ix.stems)


def _marked(text: str, toks: list[tuple[int, int, str]], i: int, language: str | None, ix: Index) -> int:
    """How strongly the word before token ``i`` marks it as a place: 3 a word of direction of a cased language
    (``directions``: "to Kourou", "d'Abéché"), unless a capitalised word follows; in a caseless script, with only a
    space between, 2 a word for a place or "to" (place_markers), or "from" with "to" right after the word (from_to:
    "من منبج إلى"), 1 another preposition ("من عدن"); else 0."""
    if i == 0 or text[toks[i - 1][1]:toks[i][0]] not in (" ", "'", "\u2019"):
        return 0
    before = _key(toks[i - 1][2])
    longer = i + 1 < len(toks) and text[toks[i][1]:toks[i + 1][0]] == " " and cased(toks[i + 1][2]) is True
    if before in ix.directions.get(language or "", ()) and not longer and (
            text[toks[i - 1][1]:toks[i][0]] == " " or len(before) == 1):
        # "to Kourou", "nach Kourou", "jusqu'à Kourou", "d'Abéché": where someone went or came from (not the first
        # word of a longer name the gazetteer lacks: "desde Roosevelt Roads")
        return 3
    markers = ix.place_markers.get(language or "", frozenset())
    if not markers or text[toks[i - 1][1]:toks[i][0]] != " ":
        return 0
    if before in markers:
        return 2
    if before not in _prepositions(language, ix):
        return 0
    # "من منبج إلى الرقة": a word between "from" and "to" is a place as surely as one after "to"
    pairs = _from_to().get(language or "", {})
    after = _key(toks[i + 1][2]) if i + 1 < len(toks) and text[toks[i][1]:toks[i + 1][0]] == " " else None
    return 2 if after is not None and after in pairs.get(before, ()) else 1


@lru_cache(maxsize=1)
def _from_to() -> dict[str, dict[str, frozenset[str]]]:
    """Per caseless language, each word of "from" and the words of "to" that may close the span it opens."""
    extra = places_extra()
    return {lang: {_key(k): frozenset(_key(w) for w in ws) for k, ws in pairs.items()}
            for lang, pairs in (extra.get("from_to") or {}).items()}


# German writes a country's part as one word: "Nordsyrien", "Ostukraine", "Südlibyen", "Nordostsyrien"
_DE_COMPASS = regex.compile(r"(?:Nord|Süd|Ost|West)(?:ost|west)?(?=\p{Ll}{3})|Zentral(?=\p{Ll}{3})")


def _compass_compound(word: str, ix: Index) -> tuple[int, int] | None:
    """A German compass word joined to a country: the country ("aus Nordsyrien": from Syria)."""
    prefix = _DE_COMPASS.match(word)
    if prefix is None:
        return None
    rest = word[prefix.end():]
    number = _resolve(_key(rest[0].upper() + rest[1:]), "de", ix)
    return (1, number) if number is not None and ix.places[number].kind == "country" else None


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 8):start]
    return start == 0 or not before.strip() or bool(_SENTENCE_END.search(before))


@lru_cache(maxsize=1)
def _regions() -> dict[str, frozenset[str]]:
    extra = places_extra()
    return {str(k).casefold(): frozenset(str(c).casefold() for c in members or ())
            for k, members in (extra.get("regions") or {}).items()}


def holds(broad: str, narrow: str, narrow_country: str | None) -> bool:
    """True when the place named ``broad`` holds the place ``narrow`` (in country ``narrow_country``):
    the same place, its country, or a region of places_extra.yaml that holds its country.

    >>> holds("Central Asia", "Tirmiz", "Uzbekistan"), holds("Mali", "Bamako", "Mali")
    (True, True)
    >>> holds("Iraq", "Kabul", "Afghanistan")
    False
    """
    b, n, country = broad.casefold(), narrow.casefold(), (narrow_country or "").casefold()
    if b == n or (country and b == country):
        return True
    members = _regions().get(b, frozenset())
    return n in members or country in members


#: how far from its centre a first-level region ("Kharkiv Oblast", placed at its centre city) holds a town of its
#: country: Ukraine's and Russia's oblasts run about 100-250 km across
OBLAST_REACH_KM = 150.0
#: how far from a city's centre a base, camp or airport named with it lies ("Mitiga", in Tripoli: about 8 km)
SITE_REACH_KM = 25.0


@lru_cache(maxsize=4096)  # event assembly asks it of the same pairs of places again and again
def holds_nearby(broad: str, broad_at: tuple[float, float], narrow: str, narrow_at: tuple[float, float],
                 same_country: bool) -> bool:
    """True when a place of the same country lies where the place named ``broad`` holds it: a city in the
    first-level division ``broad`` is (GeoNames says which division each city lies in: "Syunik Province" holds
    Goris, "Brest Oblast" Baranovichi); else, where no division is known, a base or camp within
    :data:`OBLAST_REACH_KM` of an oblast's centre, or a base, camp or airport (no city of the gazetteer) within
    :data:`SITE_REACH_KM` of a city ("Tripoli" holds the Mitiga air base): the gazetteer knows no borders of those,
    so nearness stands for them.

    >>> holds_nearby("Kharkiv Oblast", (49.98, 36.25), "Chuhuyiv", (49.84, 36.69), True)
    True
    >>> holds_nearby("Syunik Province", (39.21, 46.41), "Goris", (39.51, 46.34), True)
    True
    >>> holds_nearby("Tripoli", (32.89, 13.19), "Misratah", (32.38, 15.09), True)
    False
    """
    if not same_country or broad.casefold() == narrow.casefold():
        return False
    broad_place, narrow_place = geocode(broad, "en"), geocode(narrow, "en")
    if broad_place is None or narrow_place is None:
        return False
    if is_region(broad_place) and narrow_place.kind == "city" and narrow_place.region is not None:
        return narrow_place.region == broad_place.region
    if broad.endswith(" Oblast") and broad_place.kind == "place":
        # the oblast whose centre is nearest, of those the gazetteer knows: "Kursk Oblast" does not hold Belgorod,
        # 130 km away but the centre of an oblast of its own
        centres = [c for c in _oblast_centres() if c.country == broad_place.country and c.lat is not None]
        nearest = min(centres, key=lambda c: _km((c.lat, c.lon), narrow_at), default=None)  # type: ignore[arg-type]
        if nearest is None or nearest.canonical != broad_place.canonical:
            return False
        reach = OBLAST_REACH_KM
    elif broad_place.kind == "city" and narrow_place.kind == "place" and not narrow.endswith(" Oblast") \
            and not is_region(narrow_place):
        reach = SITE_REACH_KM  # (a province placed at its seat is no site of the seat: Kandahar holds no province)
    else:
        return False
    return _km(broad_at, narrow_at) <= reach


@lru_cache(maxsize=1)
def _oblast_centres() -> tuple[Place, ...]:
    """The oblasts of places_extra.yaml, each placed at its centre ("Kharkiv Oblast" at Kharkiv)."""
    rows = places_extra().get("oblasts") or []
    found = (geocode(f"{row['en']} Oblast", "en") for row in rows)
    return tuple(p for p in found if p is not None)

