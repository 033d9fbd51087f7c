"""Inline SVG for the HTML report: charts drawn in Python, so the page needs no script.

Every text that reaches the markup goes through :func:`esc`; colours, sizes and ids are ours.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

SVG_NS = "http://www.w3.org/2000/svg"  # a name, never fetched
#: series colours (Okabe-Ito, readable by colour-blind readers), then grey for the article totals
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#f0e442")
LABEL_CHARS = 60      # a label longer than this is cut, with an ellipsis
TOOLTIP_CHARS = 300   # the hover text (<title>) of a mark
MAP_SCALE = 2.0       # SVG units per degree
MAP_TOP, MAP_BOTTOM = 84.0, -58.0  # latitudes shown: Antarctica and the polar sea add nothing
WORLD_FILE = "world.json"

# C0 controls (but tab and line breaks) are invalid in HTML text; bidi embeddings, overrides and
# isolates (U+202A-E, U+2066-9) from the data could re-order the page's text around them
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def esc(value: object, limit: int | None = None) -> str:
    """Text safe in HTML or SVG content and in a quoted attribute; cut to ``limit`` characters.

    >>> esc('"><b>x', 4)
    '&quot;&gt;&lt;…'
    """
    text = _CONTROL.sub("", str(value))
    text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates (from JSON) cannot be written
    if limit is not None and len(text) > limit:
        text = text[:limit - 1] + "\u2026"
    return html.escape(text, quote=True)


def num(x: float) -> str:
    """A coordinate with at most one decimal: short markup, below a pixel's precision."""
    return f"{x:.1f}".rstrip("0").rstrip(".") if math.isfinite(x) else "0"


def svg(width: float, height: float, body: str, *, css_class: str, label: str) -> str:
    return (f'<svg xmlns="{SVG_NS}" viewBox="0 0 {num(width)} {num(height)}" class="{esc(css_class)}" '
            f'role="img" aria-label="{esc(label, LABEL_CHARS)}">{body}</svg>')


def _tip(text: str) -> str:
    return f"<title>{esc(text, TOOLTIP_CHARS)}</title>"


def _text(x: float, y: float, text: str, *, css_class: str = "", anchor: str = "start",
          limit: int = LABEL_CHARS) -> str:
    cls = f' class="{css_class}"' if css_class else ""
    return f'<text x="{num(x)}" y="{num(y)}" text-anchor="{anchor}"{cls}>{esc(text, limit)}</text>'


def nice_step(top: float, ticks: int = 5) -> int:
    """An integer axis step of 1, 2 or 5 times a power of ten giving about ``ticks`` ticks up to ``top``."""
    raw = max(top / ticks, 1.0)
    power = 10 ** math.floor(math.log10(raw))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


# --- timeline ------------------------------------------------------------------------------------

def timeline_chart(periods: Sequence[str], totals: Sequence[int], series: Sequence[tuple[str, Sequence[int]]],
                   *, width: float = 760, plot_height: float = 220) -> str:
    """Articles per period as grey bars, and one line per series (a narrative), with axes and a legend."""
    left, top, bottom, right = 40.0, 10.0, 34.0, 36.0  # right: half of the last date label, centred on its bar
    legend_top = top + plot_height + bottom
    height = legend_top + 18 * (len(series) + 1)
    ymax = max([1, *totals, *(v for _, values in series for v in values)])
    step = nice_step(ymax)
    ymax = step * math.ceil(ymax / step)
    slot = (width - left - right) / max(len(periods), 1)

    def x(i: int) -> float:
        return left + slot * (i + 0.5)

    def y(v: float) -> float:
        return top + plot_height * (1 - v / ymax)

    parts = [_y_axis(left, width, y, ymax, step), _x_axis(periods, x, top + plot_height)]
    for i, v in enumerate(totals):
        if v:
            parts.append(f'<rect class="total" x="{num(x(i) - slot * 0.4)}" y="{num(y(v))}" '
                         f'width="{num(slot * 0.8)}" height="{num(y(0) - y(v))}">{_tip(f"{periods[i]}: {v}")}</rect>')
    for k, (name, values) in enumerate(series):
        colour = PALETTE[k % len(PALETTE)]
        points = " ".join(f"{num(x(i))},{num(y(v))}" for i, v in enumerate(values))
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{points}"/>')
        parts.extend(f'<circle cx="{num(x(i))}" cy="{num(y(v))}" r="3" fill="{colour}">'
                     f'{_tip(f"{name}, week of {periods[i]}: {v}")}</circle>' for i, v in enumerate(values) if v)
    parts.append(_legend(left, legend_top, [("#c8c8c8", "all articles"),
                                            *((PALETTE[k % len(PALETTE)], n) for k, (n, _) in enumerate(series))]))
    return svg(width, height, "".join(parts), css_class="chart timeline", label="articles per week")


def _y_axis(left: float, width: float, y: Any, ymax: float, step: int) -> str:
    parts = [f'<text x="10" y="{num(y(ymax / 2))}" transform="rotate(-90 10 {num(y(ymax / 2))})" '
             'text-anchor="middle" class="axis-title">articles</text>']
    for v in range(0, int(ymax) + 1, step):
        parts.append(f'<line class="grid" x1="{num(left)}" x2="{num(width - 10)}" y1="{num(y(v))}" y2="{num(y(v))}"/>')
        parts.append(_text(left - 4, y(v) + 3, str(v), anchor="end", css_class="tick"))
    return "".join(parts)


def _x_axis(periods: Sequence[str], x: Any, base: float) -> str:
    every = max(1, math.ceil(len(periods) / 8))  # about eight dates fit under the axis
    parts = [_text(x(i), base + 14, p, anchor="middle", css_class="tick")
             for i, p in enumerate(periods) if i % every == 0]
    parts.append(_text(x((len(periods) - 1) / 2), base + 30, "week (starting Monday)", anchor="middle",
                       css_class="axis-title"))
    return "".join(parts)


def _legend(left: float, top: float, entries: Sequence[tuple[str, str]]) -> str:
    parts = []
    for k, (colour, name) in enumerate(entries):
        row = top + 18 * k
        parts.append(f'<rect x="{num(left)}" y="{num(row)}" width="12" height="12" fill="{colour}"/>')
        parts.append(_text(left + 18, row + 10, name, css_class="legend", limit=2 * LABEL_CHARS))
    return "".join(parts)


# --- bars ----------------------------------------------------------------------------------------

def bar_chart(items: Sequence[tuple[str, int]], *, width: float = 760, label_width: float = 230) -> str:
    """Horizontal bars, one per ``(label, value)``, the value written at the bar's end."""
    row, top = 22.0, 4.0
    top_value = max([1, *(v for _, v in items)])
    room = width - label_width - 50
    parts = []
    for k, (name, value) in enumerate(items):
        y = top + row * k
        length = room * value / top_value
        parts.append(_text(label_width - 6, y + 14, name, anchor="end", css_class="tick"))
        parts.append(f'<rect class="bar" x="{num(label_width)}" y="{num(y + 3)}" width="{num(length)}" '
                     f'height="{num(row - 6)}">{_tip(f"{name}: {value}")}</rect>')
        parts.append(_text(label_width + length + 4, y + 14, str(value), css_class="tick"))
    return svg(width, top * 2 + row * max(len(items), 1), "".join(parts), css_class="chart bars",
               label="technique spans per technique")


# --- map -----------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def world() -> list[dict[str, Any]]:
    """The bundled country shapes (Natural Earth 1:110m, public domain; see WORLD_NOTICE.md)."""
    text = resources.files("narrascope.report").joinpath(WORLD_FILE).read_text(encoding="utf-8")
    return list(json.loads(text)["countries"])


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular: x grows with longitude, y with distance south of :data:`MAP_TOP`."""
    return (lon + 180.0) * MAP_SCALE, (MAP_TOP - lat) * MAP_SCALE


def coordinates(at: object) -> tuple[float, float] | None:
    """``[lat, lon]`` as the flows view gives it, or None when absent or not a place on Earth."""
    if not isinstance(at, (list, tuple)) or len(at) != 2:
        return None
    try:
        lat, lon = float(at[0]), float(at[1])
    except (TypeError, ValueError):
        return None
    return (lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else None


def country_path(country: dict[str, Any]) -> str:
    rings = []
    for ring in country.get("rings") or []:
        points = [project(lat, lon) for lon, lat in ring]
        rings.append("M" + " ".join(f"{num(px)} {num(py)}" for px, py in points) + "Z")
    return f'<path class="country" d="{"".join(rings)}">{_tip(str(country.get("name", "")))}</path>'


def flow_map(flows: Sequence[dict[str, Any]], countries: Sequence[dict[str, Any]] | None = None) -> str:
    """Countries, then each flow with coordinates at both ends as a curved arrow, wider for more articles."""
    width, height = 360 * MAP_SCALE, (MAP_TOP - MAP_BOTTOM) * MAP_SCALE
    placed = [(f, a, b) for f in flows
              if (a := coordinates(f.get("origin_at"))) and (b := coordinates(f.get("destination_at")))]
    most = max([1, *(_count(f.get("articles")) for f, _, _ in placed)])
    parts = ['<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" '
             'markerUnits="userSpaceOnUse" orient="auto"><path d="M0 0L10 5L0 10z" class="arrowhead"/></marker></defs>',
             f'<rect class="sea" width="{num(width)}" height="{num(height)}"/>',
             *(country_path(c) for c in (world() if countries is None else countries))]
    ends: dict[str, tuple[float, float]] = {}
    for f, a, b in placed:
        stroke = 1.5 + 4.5 * _count(f.get("articles")) / most
        tip = f"{f.get('origin')} \u2192 {f.get('destination')}: {_count(f.get('articles'))} article(s)"
        routes = [str(r) for r in (f.get("routes") or {}) if str(r).count("\u2192") > 1]
        if routes:  # the whole routes of the events this is a leg of
            tip += "; part of " + "; ".join(routes)
        parts.append(f'<path class="flow" d="{_curve(project(*a), project(*b))}" stroke-width="{num(stroke)}" '
                     f'marker-end="url(#arrow)">{_tip(tip)}</path>')
        ends.setdefault(str(f.get("origin")), project(*a))
        ends.setdefault(str(f.get("destination")), project(*b))
    for name, (px, py) in ends.items():
        parts.append(f'<circle class="place" cx="{num(px)}" cy="{num(py)}" r="2.5"/>')
        parts.append(_text(px + 4, py - 4, name, css_class="place-label"))
    return svg(width, height, "".join(parts), css_class="map", label="claimed flows on a world map")


def _curve(a: tuple[float, float], b: tuple[float, float]) -> str:
    """A quadratic curve from a to b bowed sideways by a quarter of its length: a -> b and b -> a do not overlap."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    mx, my = (a[0] + b[0]) / 2 - dy * 0.25, (a[1] + b[1]) / 2 + dx * 0.25
    return f"M{num(a[0])} {num(a[1])}Q{num(mx)} {num(my)} {num(b[0])} {num(b[1])}"


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0
