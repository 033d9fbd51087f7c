#!/usr/bin/env python3
"""Write src/narrascope/report/world.json, the country shapes the HTML report draws its map on.

A build-time tool: it reads the Natural Earth 1:110m admin-0 countries (public domain) that the
``geopandas`` 0.14.4 wheel ships as ``geopandas/datasets/naturalearth_lowres`` (fetched with pip,
read straight from the zip) through ``pyshp`` (``pip install -e '.[report-build]'``); narrascope
itself reads only the JSON and needs neither.

    python scripts/build_world_shapes.py                  # fetch the wheel, rewrite the file
    python scripts/build_world_shapes.py --wheel W.whl    # use a wheel already downloaded
    python scripts/build_world_shapes.py --check          # exit 1 if the shipped file differs from a rebuild

The file is ``{"source": ..., "countries": [{"name", "iso_a3", "rings": [[[lon, lat], ...], ...]}]}``.
Simplified for a page-sized map: coordinates rounded to :data:`PRECISION` decimals (0.1 degree, about
11 km: below a pixel at report size), repeated and collinear points dropped, rings left with fewer
than three corners dropped. Kosovo's ``-99`` code becomes ``null``.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "narrascope" / "report" / "world.json"
NOTICE = ROOT / "src" / "narrascope" / "report" / "WORLD_NOTICE.md"
WHEEL = "geopandas==0.14.4"
SHAPES = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
PRECISION = 1  # decimals of a degree kept
SOURCE = ("Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (public domain), as shipped in the "
          f"{WHEEL} wheel ({SHAPES}.shp); simplified by scripts/build_world_shapes.py")

Point = tuple[float, float]


def fetch_wheel(folder: Path) -> Path:
    """Download the geopandas wheel (no dependencies) with pip into ``folder``."""
    subprocess.run([sys.executable, "-m", "pip", "download", WHEEL, "--no-deps", "--quiet", "-d", str(folder)],
                   check=True)
    return next(folder.glob("geopandas-*.whl"))


def read_countries(wheel: Path) -> list[tuple[str, str | None, list[list[Point]]]]:
    """``(name, iso_a3, rings)`` of each country, in the shapefile's order."""
    import shapefile  # pyshp: build-time only

    with zipfile.ZipFile(wheel) as z:
        files = {ext: io.BytesIO(z.read(f"{SHAPES}.{ext}")) for ext in ("shp", "shx", "dbf")}
        encoding = z.read(f"{SHAPES}.cpg").decode("ascii").strip()  # ISO-8859-1: "Côte d'Ivoire"
    reader = shapefile.Reader(shp=files["shp"], shx=files["shx"], dbf=files["dbf"], encoding=encoding)
    out = []
    for shape_record in reader.iterShapeRecords():
        shape, record = shape_record.shape, shape_record.record
        bounds = [*shape.parts, len(shape.points)]
        rings = [[(float(x), float(y)) for x, y in shape.points[a:b]] for a, b in zip(bounds, bounds[1:], strict=False)]
        iso = str(record["iso_a3"])
        out.append((str(record["name"]), None if iso == "-99" else iso, rings))
    return out


def simplify(ring: list[Point]) -> list[Point] | None:
    """The ring rounded to :data:`PRECISION`, without repeated or collinear points; None when it collapses."""
    rounded: list[Point] = []
    for x, y in ring:
        p = (round(x, PRECISION), round(y, PRECISION))
        if not rounded or rounded[-1] != p:
            rounded.append(p)
    if len(rounded) > 1 and rounded[0] == rounded[-1]:
        rounded.pop()  # SVG closes a path itself
    kept = [p for i, p in enumerate(rounded) if not _collinear(rounded[i - 1], p, rounded[(i + 1) % len(rounded)])]
    return kept if len(kept) >= 3 else None


def _collinear(a: Point, b: Point, c: Point) -> bool:
    return abs((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])) < 1e-9


def build(wheel: Path) -> str:
    countries: list[dict[str, Any]] = []
    for name, iso, rings in read_countries(wheel):
        kept = [r for r in (simplify(ring) for ring in rings) if r]
        if kept:
            countries.append({"name": name, "iso_a3": iso, "rings": [[[x, y] for x, y in r] for r in kept]})
    # one country per line: small diffs when Natural Earth changes a border
    lines = [json.dumps(c, ensure_ascii=False, separators=(",", ":")) for c in countries]
    return ('{"source":' + json.dumps(SOURCE) + ',\n"countries":[\n' + ",\n".join(lines) + "\n]}\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help=f"a downloaded {WHEEL} wheel (default: fetch it with pip)")
    parser.add_argument("--check", action="store_true", help="compare with the shipped file; write nothing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        text = build(args.wheel or fetch_wheel(Path(tmp)))
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.relative_to(ROOT)}: {'up to date' if same else 'differs from a rebuild'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    count = len(json.loads(text)["countries"])
    print(f"wrote {OUT.relative_to(ROOT)} ({len(text.encode()) / 1e3:.0f} KB, {count} countries); "
          f"see {NOTICE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
