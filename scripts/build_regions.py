#!/usr/bin/env python3
"""Write src/narrascope/lexicon/regions_iso.tsv: first-level divisions of chosen states, from ISO 3166-2.

A build-time tool. Its source is the ISO 3166-2 table and its translations as the Debian ``iso-codes`` project
keeps them (LGPL-2.1), read from the ``pycountry`` wheel, which narrascope does not need at run time:

    pip download pycountry --no-deps -d /tmp/pyc && (cd /tmp/pyc && unzip -q pycountry-*.whl)
    python scripts/build_regions.py --pycountry /tmp/pyc/pycountry          # rewrite the file
    python scripts/build_regions.py --pycountry /tmp/pyc/pycountry --check  # exit 1 if it differs

Which states (:data:`COUNTRIES`): those whose provinces, oblasts and governorates the relocation narratives and the
state media that spread them name: Russia and its neighbours of the war in Ukraine (UA, BY, MD, GE, AM, AZ, KZ), the
NATO states on the border (PL, RO, TR), the Syrian and Iraqi theatres (SY, IQ), Libya, Afghanistan and the Sahel
(ML, NE, SD). Only top-level divisions (no ISO ``parent``), and of a state only the types :data:`DIVISIONS` names
(not Azerbaijan's rayons nor Moldova's districts, which are second-level in size and in the news).

Each division is joined to GeoNames' first-level code (``admin1``: "RU.57" for Penza Oblast), the key the gazetteer
gives every city, through its seat: the city of its country whose name is the division's name in some language
("Idlib", "Ankara"), or, for a division named by an adjective ("Penzenskaya oblast'", "Пензенська область"), the
city the adjective is formed on (its first letters: "пенз-енская" from "Пенза"; the longest stem, then the most
populous), always one of the three most populous cities of its own division. A division with no such city is left out
(Tatarstan, whose seat is Kazan; Primorsky Krai, as Primorsk is a small town elsewhere), and so is a division whose
code is the seat's own division (Leningrad Oblast around St Petersburg): two rows never share a code.

Names: the ISO name (a romanisation of the local one), the translations of the catalogues in :data:`LANGUAGES`, the
seat's English name for a division named after it ("Penza"), and for Russia the Russian name read back from ISO's
romanisation (GOST 7.79 B, :data:`RU_LATIN`) and kept only when pymorphy3's dictionary knows every word of it
("Пензенская область"); the gazetteer reads its inflected forms ("в Пензенской области") by the rules of
``inflection.yaml`` like every other name. A name that two divisions share stays only with the one whose seat it is
formed on (iso-codes gives Krasnoyarsk Krai the Ukrainian name of Krasnodar Krai), else with neither.

Output: one division a line, tab-separated: ISO code, GeoNames admin1 code, the seat's geonameid, the division's
English word (Oblast, Province, ...), then its names in each of :data:`LANGUAGES`, ``|``-separated. How a name is
written out in full ("Penza Oblast", "région de Penza") is the gazetteer's business (``places_extra.yaml``,
``division_forms``).
"""

from __future__ import annotations

import argparse
import gettext
import json
import sys
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from narrascope.lexicon.gazetteer import REGIONS_FILE, _read_gazetteer  # noqa: E402
from narrascope.lexicon.inflection import key  # noqa: E402

OUT = ROOT / "src" / "narrascope" / "lexicon" / REGIONS_FILE
LANGUAGES = ("en", "ru", "uk", "de", "fr", "it", "pl", "es", "bg", "pt", "tr")
COUNTRIES = ("RU", "UA", "BY", "MD", "GE", "AM", "AZ", "KZ", "PL", "RO", "TR", "SY", "IQ", "LY", "AF", "ML", "NE",
             "SD")
#: ISO's type of a first-level division -> the English word the news writes after its name, per state; types not
#: listed (rayons, districts, cities) are left out
DIVISIONS = {
    "RU": {"Administrative region": "Oblast", "Administrative territory": "Krai", "Republic": "Republic",
           "Autonomous district": "Autonomous Okrug", "Autonomous region": "Autonomous Oblast"},
    "UA": {"Region": "Oblast", "Republic": "Republic"}, "BY": {"Oblast": "Oblast"},
    "MD": {"Autonomous territorial unit": "Autonomous Territorial Unit"}, "GE": {"Region": "Region",
                                                                              "Autonomous republic": "Republic"},
    "AM": {"Region": "Province"}, "AZ": {"Autonomous republic": "Republic"}, "KZ": {"Region": "Region"},
    "PL": {"Voivodship": "Voivodeship"}, "RO": {"Department": "County"}, "TR": {"Province": "Province"},
    "SY": {"Province": "Governorate"}, "IQ": {"Governorate": "Governorate"}, "LY": {"Popularate": "District"},
    "AF": {"Province": "Province"}, "ML": {"Region": "Region"}, "NE": {"Region": "Region"}, "SD": {"State": "State"},
}
#: Russian letters as GOST 7.79 B (ISO 3166-2's romanisation of Russia) writes them, longest first
RU_LATIN = (("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"), ("yu", "ю"),
            ("ya", "я"), ("yo", "ё"), ("ye", "е"), ("iy", "ий"), ("yy", "ый"), ("y", "ы"), ("'", "ь"), ("a", "а"),
            ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("k", "к"), ("l", "л"),
            ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
            ("f", "ф"))
RU_VOWELS = "аеёиоуыэюяь"
ADJECTIVE_ENDINGS = ("ская", "ский", "цкая", "цкий", "ська", "ський", "цька", "цький", "ское", "ska", "ski", "skie",
                     "ckie", "skaya", "skiy", "skoye", "ка", "ки", "ая", "ий", "ый")
SHORTEST_STEM = 4
SEAT_RANK = 3     # a seat is among the three most populous cities of its division


def ru_from_latin(name: str) -> str:
    """ISO's romanised Russian name back in Cyrillic: "Penzenskaya oblast'" -> "пензенская область"."""
    out, s, i = [], name.casefold(), 0
    while i < len(s):
        for latin, cyr in RU_LATIN:
            if s.startswith(latin, i):
                # y after a vowel is й ("Mariy", "Altay"), after a consonant ы
                if latin == "y" and out and out[-1][-1:] in RU_VOWELS:
                    cyr = "й"
                out.append(cyr)
                i += len(latin)
                break
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


@lru_cache(maxsize=2)
def morphology(lang: str) -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def ru_known(name: str) -> str | None:
    """``name`` when pymorphy3 knows each word: an adjective or a name of the division's kind."""
    morph = morphology("ru")
    for word in name.replace(",", " ").split():
        if not any(p.is_known for p in morph.parse(word)):
            return None
    return name


def load_iso(pycountry_dir: Path) -> tuple[list[dict[str, str]], dict[str, gettext.GNUTranslations]]:
    rows = json.loads((pycountry_dir / "databases" / "iso3166-2.json").read_text("utf-8"))["3166-2"]
    catalogues = {}
    for lang in LANGUAGES:
        mo = pycountry_dir / "locales" / lang / "LC_MESSAGES" / "iso3166-2.mo"
        if mo.exists():
            with mo.open("rb") as fh:
                catalogues[lang] = gettext.GNUTranslations(fh)
    return rows, catalogues


def bare(name: str) -> str:
    """ISO's "Tatarstan, Respublika" -> "Tatarstan"; iso-codes' "Татарстан, Република" -> "Татарстан"."""
    return name.split(",")[0].strip()


def adjective(name: str) -> str | None:
    """The adjective of a name built on one ("пензенская область" -> "пензенская"); None for another."""
    for word in key(name).split():
        if len(word) > SHORTEST_STEM + 2 and word.endswith(ADJECTIVE_ENDINGS):
            return word
    return None


def common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def stem_fit(city_key: str, adj: str) -> int:
    """How many letters of a city's name an adjective formed on it opens with (all but its last two or more: "пенз-а"
    in "пенз-енская", "ярослав-ль" in "ярослав-ская"); 0 when it is not formed on it."""
    if " " in city_key or len(city_key) < SHORTEST_STEM:
        return 0
    common = common_prefix(city_key, adj)
    return common if max(SHORTEST_STEM, len(city_key) - 2) <= common < len(adj) else 0


def find_seat(names: dict[str, list[str]], cities: list[list[str]], leading: set[str]) -> list[str] | None:
    """The seat of a division among its country's city rows: a city named as the division, else the city an adjective
    of its names is formed on (the longest stem, then the most populous). Only a city among the
    :data:`SEAT_RANK` most populous of its own division (``leading``) can be a seat: "Primorsk", a small town of
    Leningrad Oblast, is not the seat of Primorsky Krai."""
    cities = [c for c in cities if c[0] in leading]
    keys = {key(bare(n)) for ns in names.values() for n in ns}
    named = [c for c in cities if keys & {key(c[1]), *c[7:]}]
    if named:
        return max(named, key=lambda c: int(c[3]))
    adjectives = {a for ns in names.values() for n in ns if (a := adjective(n))}
    fits = [(max((stem_fit(k, a) for k in {key(c[1]), *c[7:]} for a in adjectives), default=0), int(c[3]), c)
            for c in cities]
    best = max((f for f in fits if f[0]), key=lambda f: f[:2], default=None)
    return best[2] if best else None


def leading_cities(cities: list[list[str]]) -> set[str]:
    """Geonameids of the :data:`SEAT_RANK` most populous cities of each first-level division."""
    by_region: dict[tuple[str, str], list[list[str]]] = defaultdict(list)
    for c in cities:
        by_region[c[2], c[6]].append(c)
    return {c[0] for cs in by_region.values() for c in sorted(cs, key=lambda c: -int(c[3]))[:SEAT_RANK]}


def english_names(row: dict[str, str], seat: list[str], adjectives: set[str]) -> list[str]:
    """English names: the seat's for a division named after it or on an adjective of its name ("Penza"), and ISO's
    romanisation when it is a name of its own, not an adjective ("Idlib", not "Penzenskaya oblast'")."""
    seat_name = seat[1].replace("’", "").replace("'", "")
    out = []
    if key(seat_name) == key(bare(row["name"])) or any(stem_fit(key(seat_name), a) for a in adjectives):
        out.append(seat_name)
    iso = bare(row["name"])
    if adjective(iso) is None and "'" not in iso:
        out.append(iso)
    if not out and iso.casefold().endswith("skaya oblast'"):  # "Sverdlovskaya oblast'" -> Sverdlovsk
        out.append(iso[: -len("aya oblast'")].replace("'", ""))
    return list(dict.fromkeys(out))


def build(pycountry_dir: Path) -> str:
    rows, catalogues = load_iso(pycountry_dir)
    _, city_rows = _read_gazetteer()
    cities: dict[str, list[list[str]]] = defaultdict(list)
    for c in city_rows:
        cities[c[2]].append(c)
    leading = leading_cities(city_rows)
    found: list[tuple[str, str, list[str], str, dict[str, list[str]]]] = []
    for row in rows:
        cc = row["code"].split("-")[0]
        if cc not in COUNTRIES or "parent" in row:
            continue
        # a division of a type left out (a federal city, a district) still holds its code against the others
        division = DIVISIONS.get(cc, {}).get(row["type"], "")
        names: dict[str, list[str]] = {lang: [] for lang in LANGUAGES}
        for lang, cat in catalogues.items():
            if (t := cat.gettext(row["name"])) != row["name"]:
                names[lang].append(t)
        if cc == "RU" and not names["ru"] and division:
            # GOST's "ts" is ц, and т + с too ("Irkutskaya": иркутская)
            read = ru_from_latin(row["name"])
            ru = ru_known(read) or ru_known(read.replace("ц", "тс"))
            names["ru"] += [ru[:1].upper() + ru[1:]] if ru else []
        seat = find_seat({**names, "iso": [row["name"]]}, cities[cc], leading)
        if seat is None:
            if division:
                print(f"no seat: {row['code']} {row['name']}", file=sys.stderr)
            continue
        adjectives = {a for ns in names.values() for n in ns if (a := adjective(n))} | {adjective(row["name"]) or ""}
        names["en"] = english_names(row, seat, adjectives - {""}) + names["en"]
        region = f"{cc}.{seat[6]}" if seat[6] and seat[6] != "00" else None
        if region is None:
            continue
        found.append((row["code"], region, seat, division, names))
    return render(unique(found))


def unique(found: list[tuple[str, str, list[str], str, dict[str, list[str]]]]) -> list[list[str]]:
    """Rows whose code no other row has, each with the names no other row has, or that only it is formed on its
    seat's name by (iso-codes gives Krasnoyarsk Krai the Ukrainian name of Krasnodar Krai: it stays Krasnodar's)."""
    by_region: dict[str, int] = defaultdict(int)
    by_name: dict[str, int] = defaultdict(int)
    for _, region, _, _, names in found:
        by_region[region] += 1
        for n in {key(n) for ns in names.values() for n in ns}:
            by_name[n] += 1

    def fit(name: str, seat: list[str]) -> int:
        adj = adjective(name)
        return max((stem_fit(k, adj) for k in {key(seat[1]), *seat[7:]}), default=0) if adj else 0

    best: dict[str, list[int]] = defaultdict(list)
    for _, _, seat, _, names in found:
        for n in {n for ns in names.values() for n in ns}:
            best[key(n)].append(fit(n, seat))

    def own(name: str, seat: list[str]) -> bool:
        fits = sorted(best[key(name)], reverse=True)
        return by_name[key(name)] == 1 or (fit(name, seat) == fits[0] > fits[1])

    out = []
    for code, region, seat, division, names in found:
        if by_region[region] > 1 or not division:
            if division:
                print(f"shared code {region}: {code} left out", file=sys.stderr)
            continue
        cols = ["|".join(dict.fromkeys(n for n in names[lang] if own(n, seat))) for lang in LANGUAGES]
        out.append([code, region, seat[0], division, *cols])
    return sorted(out)


def render(rows: list[list[str]]) -> str:
    head = ("# First-level divisions from ISO 3166-2 and iso-codes' translations (LGPL-2.1, via pycountry), joined to "
            "GeoNames admin1 codes; written by scripts/build_regions.py\n")
    cols = "\t".join(["#code", "admin1", "seat", "division", *LANGUAGES])
    return head + cols + "\n" + "".join("\t".join(r) + "\n" for r in rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pycountry", type=Path, required=True, help="the unpacked pycountry package folder")
    ap.add_argument("--check", action="store_true", help="exit 1 if the shipped file differs from a rebuild")
    args = ap.parse_args()
    text = build(args.pycountry)
    if args.check:
        return 0 if OUT.exists() and OUT.read_text("utf-8") == text else 1
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT} ({len(text.encode())} bytes, {text.count(chr(10)) - 2} divisions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
