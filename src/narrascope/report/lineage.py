"""Lineage drawn for people: a compact timeline of a claim family's changing slots (SVG), and the
lineage section of the static report. The dashboard's narrative page draws the same chart.

In the chart each row is one value of a changing slot (a destination, a source ...), a bar from the
first to the last article that carried it, grouped by slot, so a narrative's mutation reads from the
top left down to the right: Afghanistan 2017, Central Asia 2019, Ukraine 2022.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .svg import PALETTE, _text, _tip, esc, num, svg

#: Slots drawn, in this order, and their headings.
SLOT_HEADINGS = {"destination": "destination", "source": "according to", "origin": "origin", "means": "by"}
ROWS_PER_SLOT = 8        # values drawn per slot at most (the earliest)
FAMILIES_IN_REPORT = 3   # families shown per narrative in the report
NARRATIVES_IN_REPORT = 6  # narratives whose lineage the report shows (the most pushed)
VARIANT_ROWS = 12        # rows of a family's variants table in the report
TEXT_CHARS = 300


def lineage_chart(family: dict[str, Any], *, width: float = 760, row_height: float = 18) -> str | None:
    """The family's changing slots as bars over time; None when no value is dated."""
    rows: list[tuple[str, dict[str, Any] | None]] = []
    for slot, heading in SLOT_HEADINGS.items():
        values = [v for v in family.get("slots", {}).get(slot) or [] if _day(v.get("first_seen"))]
        if values:
            rows.append((heading, None))
            rows.extend((slot, v) for v in values[:ROWS_PER_SLOT])
    days = [d for _, v in rows if v for d in (_day(v.get("first_seen")), _day(v.get("last_seen"))) if d]
    if not days:
        return None
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    label_width, right, top = 190.0, 20.0, 8.0
    plot = width - label_width - right
    height = top + row_height * len(rows) + 30

    def x(d: date) -> float:
        return label_width + plot * (d - first).days / span

    parts = _year_ticks(first, last, x, top, top + row_height * len(rows))
    colours = {slot: PALETTE[k % len(PALETTE)] for k, slot in enumerate(SLOT_HEADINGS)}
    for i, (slot, value) in enumerate(rows):
        y = top + row_height * i
        if value is None:
            parts.append(_text(4, y + 13, slot, css_class="axis-title"))
            continue
        a, b = _day(value.get("first_seen")), _day(value.get("last_seen")) or _day(value.get("first_seen"))
        assert a is not None and b is not None
        x0, x1 = x(a), max(x(b), x(a) + 4)  # a one-day value still shows
        tip = (f"{value.get('value')}: {value.get('first_seen')} to {value.get('last_seen')}, "
               f"{value.get('articles')} article{'' if value.get('articles') == 1 else 's'};"
               f" outlets: {', '.join(map(str, value.get('outlets') or []))}; "
               f"languages: {', '.join(map(str, value.get('languages') or []))}")
        parts.append(_text(14, y + 13, f"{value.get('value')} ({value.get('articles')})", limit=34))
        parts.append(f'<rect class="span" x="{num(x0)}" y="{num(y + row_height / 2 - 1.5)}" width="{num(x1 - x0)}" '
                     f'height="3" fill="{colours[slot]}">{_tip(tip)}</rect>')
        name = value.get("value")
        for day in sorted({d for d in map(_day, value.get("days") or []) if d}):  # a dot per day it was carried
            parts.append(f'<circle cx="{num(x(day))}" cy="{num(y + row_height / 2)}" r="4" '
                         f'fill="{colours[slot]}">{_tip(f"{name}: {day.isoformat()}")}</circle>')
    return svg(width, height, "".join(parts), css_class="chart lineage",
               label=f"how the claim {family.get('key', '')} changed over time")


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value or "")[:10])
    except ValueError:
        return None


def _year_ticks(first: date, last: date, x: Any, top: float, bottom: float) -> list[str]:
    """A line and a label at each 1 January in the range (or at the first and last day in a short one)."""
    ticks = [date(y, 1, 1) for y in range(first.year + 1, last.year + 1)]
    labels = [(d, str(d.year)) for d in ticks] if ticks else [(first, first.isoformat()), (last, last.isoformat())]
    parts = []
    for d, label in labels:
        parts.append(f'<line class="grid" x1="{num(x(d))}" x2="{num(x(d))}" y1="{num(top)}" y2="{num(bottom)}"/>')
        parts.append(_text(x(d), bottom + 14, label, anchor="middle", css_class="tick"))
    return parts


# --- the static report's section ------------------------------------------------------------------

def report_section(lineages: list[dict[str, Any]], titles: dict[str, str]) -> str:
    """For the most pushed narratives, each family's chart and its variants in time order."""
    shown = [v for v in lineages if v.get("families")][:NARRATIVES_IN_REPORT]
    if not shown:
        return "<p>No claim of a pushed narrative names a place, a means or a source to follow.</p>"
    html = ("<p>How each narrative's claims changed: claims grouped by who does what to whom (a family), and "
            "the places, means and sources they name, from the first article that carried each to the last. "
            "Denied and refuted claims are left out.</p>")
    for view in shown:
        narrative = str(view.get("narrative"))
        html += (f"<h3>{_t(titles.get(narrative, narrative))}</h3><p class=\"muted\"><code>{_t(narrative)}</code> "
                 f"· {view.get('articles')} articles · {_t(view.get('first_seen'))} to {_t(view.get('last_seen'))}</p>")
        for family in view["families"][:FAMILIES_IN_REPORT]:
            html += _family(family)
    return html


def _family(family: dict[str, Any]) -> str:
    chart = lineage_chart(family) or ""
    rows = "".join(
        "<tr>" + "".join(f"<td>{_t(c)}</td>" for c in (
            v.get("first_seen") or "undated", v.get("origin") or "", v.get("destination") or "",
            v.get("means") or "", v.get("source") or "", ", ".join(v.get("changed") or []) or "first")) +
        f'<td class="n">{int(v.get("articles") or 0)}</td><td>{_t((v.get("first_article") or {}).get("id"))}</td></tr>'
        for v in (family.get("variants") or [])[:VARIANT_ROWS])
    more = int(family.get("variants_total") or 0) - VARIANT_ROWS
    note = f'<p class="muted">{more} later variants not shown.</p>' if more > 0 else ""
    return (f"<h4>{_t(family.get('agent'))} \u2192 {_t(family.get('moved'))} <span class=\"muted\">"
            f"({_t(family.get('type'))}, {int(family.get('articles') or 0)} articles)</span></h4>{chart}"
            "<table><thead><tr><th>first seen</th><th>from</th><th>to</th><th>by</th><th>according to</th>"
            f"<th>changed</th><th>articles</th><th>first article</th></tr></thead><tbody>{rows}</tbody></table>{note}")


def _t(value: object) -> str:
    return f"<bdi>{esc('' if value is None else value, TEXT_CHARS)}</bdi>"
