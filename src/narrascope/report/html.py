"""A corpus report as ONE self-contained HTML file: inline CSS and SVG, no script, nothing fetched.

The page forbids itself every load (Content-Security-Policy ``default-src 'none'``), so a report
mailed around or opened offline looks the same and cannot call home. Every string from an article,
the catalogue or the store is escaped (:func:`svg.esc`) wherever it lands, SVG included, and none
is ever put into an ``href``, ``src``, ``style`` or event attribute.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from ..corpus import views
from ..model import counted_stance
from .lineage import report_section
from .svg import bar_chart, coordinates, esc, flow_map, timeline_chart

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
TOP_NARRATIVES = 6       # narratives drawn on the timeline (more lines are unreadable)
MAX_WEEKS = 156          # timeline weeks shown, the latest; a stray date in year 1 would make 100,000
MAX_STORIES = 50         # stories listed, largest first
MAX_EVENTS = 100         # claimed events listed, in the order of the records
MAX_ROWS = 200           # rows of each table
MAX_TECHNIQUES = 20      # bars of the techniques chart
EVIDENCE_QUOTES = 2      # evidence sentences quoted per story
EVIDENCE_CHARS = 400     # a quote longer than this is cut
TEXT_CHARS = 300         # any other text from the data (labels, names) is cut here
#: a matched narrative's stances, and the column each gets in the overview
STANCES = {"pushes": "articles pushing it", "refutes": "articles refuting it",
           "mentions": "articles only mentioning it"}

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;margin:0 auto;
max-width:1000px;padding:0 20px 40px}
h1{margin:24px 0 4px}h2{margin-top:36px;border-bottom:1px solid #ddd;padding-bottom:4px}
nav a{margin-right:12px}.muted{color:#666}code{font-size:13px}
p,td,dd,blockquote,h1,h3{overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{text-align:left;padding:4px 8px;
border-bottom:1px solid #eee;vertical-align:top}th{background:#f5f5f7}td.n{text-align:right;white-space:nowrap}
.cards{display:flex;flex-wrap:wrap;gap:12px}.card{background:#f5f5f7;border-radius:8px;padding:10px 16px;
min-width:120px}.card b{display:block;font-size:26px}
.story{border:1px solid #ddd;border-radius:8px;padding:4px 16px 12px;margin:12px 0}
.story dl{display:grid;grid-template-columns:150px 1fr;gap:2px 12px;margin:0}.story dt{color:#666}
.story dd{margin:0}blockquote{margin:6px 0;padding:4px 12px;border-left:3px solid #0072b2;background:#f8fafc}
.badge{background:#d55e00;color:#fff;border-radius:4px;padding:1px 6px;font-size:12px;margin-left:8px}
svg{width:100%;height:auto;display:block}svg text{font:11px system-ui,sans-serif;fill:#333}
svg .axis-title{fill:#666}svg .grid{stroke:#e6e6e6}svg .total{fill:#c8c8c8}svg .bar{fill:#0072b2}
svg.map .sea{fill:#eef4fa}svg.map .country{fill:#d9d9d9;stroke:#fff;stroke-width:.4;fill-rule:evenodd}
svg.map .country:hover{fill:#c4c4c4}svg.map .flow{fill:none;stroke:#d55e00;stroke-opacity:.8}
svg.map .arrowhead{fill:#d55e00}svg.map .place{fill:#1d1d1f}
svg.map .place-label{font-size:9px;paint-order:stroke;stroke:#fff;stroke-width:2px}
svg.lineage .span{fill-opacity:.85}h4{margin:18px 0 4px}
"""


def render_report(records: list[dict[str, Any]], stories: list[dict[str, Any]], titles: dict[str, str], *,
                  generated: str, title: str = "narrascope report") -> str:
    """The whole page: overview, timeline, flow map, stories, techniques, who cites whom.

    ``records`` are analyses (the ``analyse`` JSON contract), ``stories`` as ``Story.to_dict`` wrote
    them, ``titles`` narrative id -> title (from the catalogue).
    """
    sections = [
        ("overview", "Overview", _overview(records, stories, titles)),
        ("timeline", "Timeline", _timeline(records, titles)),
        ("flows", "Claimed flows", _flows(records)),
        ("events", "Claimed events", _events(records)),
        ("lineage", "How narratives changed", _lineage(records, titles)),
        ("stories", "Stories", _stories(stories, titles)),
        ("techniques", "Persuasion techniques", _techniques(records)),
        ("citations", "Who cites whom", _citations(records)),
    ]
    nav = "".join(f'<a href="#{key}">{heading}</a>' for key, heading, _ in sections)
    body = "".join(f'<section id="{key}"><h2>{heading}</h2>{html}</section>' for key, heading, html in sections)
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title, TEXT_CHARS)}</title><style>{_CSS}</style></head><body>"
            f'<header><h1>{_t(title)}</h1><p class="muted">generated {_t(generated)} by narrascope</p>'
            f"<nav>{nav}</nav></header>{body}</body></html>\n")


def _t(value: object, limit: int = TEXT_CHARS) -> str:
    """Data text for HTML content: escaped, cut, and isolated so right-to-left text keeps to its place."""
    return f"<bdi>{esc(value, limit)}</bdi>"


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A table of data cells (escaped); int cells are right-aligned; a note when rows were left out."""
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f'<td class="n">{c}</td>' if isinstance(c, int) else f"<td>{_t(c)}</td>"
                                    for c in row) + "</tr>" for row in rows[:MAX_ROWS])
    more = len(rows) - MAX_ROWS
    note = f'<p class="muted">{more} more rows not shown.</p>' if more > 0 else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{note}"


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _title(titles: dict[str, str], narrative: object) -> str:
    return str(titles.get(str(narrative), narrative))


# --- sections ------------------------------------------------------------------------------------

def _overview(records: list[dict[str, Any]], stories: list[dict[str, Any]], titles: dict[str, str]) -> str:
    languages = Counter(str(r.get("language") or "und") for r in records)
    outlets = {str(r["outlet"]) for r in records if r.get("outlet")}
    matched = _narrative_counts(records)
    cards = [("article", "articles", len(records)), ("language", "languages", len(languages)),
             ("outlet", "outlets", len(outlets)),
             ("narrative matched", "narratives matched", sum(1 for by in matched.values() if by["pushes"])),
             ("story", "stories", len(stories)),
             ("new narrative candidate", "new narrative candidates",
              sum(1 for s in stories if s.get("new_narrative") is True))]
    html = '<div class="cards">' + "".join(f'<div class="card"><b>{n}</b>{one if n == 1 else many}</div>'
                                           for one, many, n in cards)
    html += "</div><p>Languages: " + ", ".join(f"{_t(k)} {n}" for k, n in languages.most_common()) + "</p>"
    rows = [(_title(titles, n), n, *(by[s] for s in STANCES))
            for n, by in sorted(matched.items(), key=lambda kv: (-kv[1]["pushes"], -kv[1].total(), kv[0]))]
    return html + _table(["narrative", "id", *STANCES.values()], rows)


def _narrative_counts(records: list[dict[str, Any]]) -> dict[str, Counter[str]]:
    """Per narrative, the articles pushing, refuting or mentioning it (:func:`counted_stance`)."""
    counts: dict[str, Counter[str]] = {}
    for r in records:
        for n in _list(r.get("narratives")):
            if not isinstance(n, dict):
                continue
            stance = counted_stance(bool(n.get("matched")), n.get("stance"), _score(n.get("score")))
            if stance:
                counts.setdefault(str(n.get("id")), Counter())[stance] += 1
    return counts


def _score(value: Any) -> float:
    return float(value) if isinstance(value, (int, float)) else 0.0


def _timeline(records: list[dict[str, Any]], titles: dict[str, str]) -> str:
    rows = {row["period"]: row for row in views.timeline(records, by="week")}
    undated = len(records) - sum(row["articles"] for row in rows.values())
    note = (f'<p class="muted">{undated} article{"" if undated == 1 else "s"} without a publication date '
            f'{"is" if undated == 1 else "are"} not shown.</p>' if undated else "")
    if not rows:
        return "<p>No dated articles.</p>" + note
    weeks = weeks_between(min(rows), max(rows))
    if weeks[0] != min(rows):
        left_out = sum(row["articles"] for p, row in rows.items() if p < weeks[0])
        note += f'<p class="muted">Only the latest {MAX_WEEKS} weeks are shown ({left_out} earlier articles).</p>'
    totals: Counter[str] = Counter()
    for row in rows.values():
        totals.update(row["narratives"])
    top = [n for n, _ in totals.most_common(TOP_NARRATIVES)]
    series = [(_title(titles, n), [rows[w]["narratives"].get(n, 0) if w in rows else 0 for w in weeks]) for n in top]
    chart = timeline_chart(weeks, [rows[w]["articles"] if w in rows else 0 for w in weeks], series)
    intro = ("<p>Articles per week (grey) and, for the narratives most pushed, the articles "
             "pushing each (lines).</p>")
    return intro + chart + note


def weeks_between(first: str, last: str, limit: int = MAX_WEEKS) -> list[str]:
    """The Mondays from the week of ``first`` to that of ``last`` (ISO dates), empty weeks included;
    only the latest ``limit`` of them.

    >>> weeks_between("2025-03-03", "2025-03-17")
    ['2025-03-03', '2025-03-10', '2025-03-17']
    """
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    start, end = start - timedelta(days=start.weekday()), end - timedelta(days=end.weekday())
    count = (end - start).days // 7 + 1
    return [(end - timedelta(weeks=k)).isoformat() for k in reversed(range(min(count, limit)))]


def _flows(records: list[dict[str, Any]]) -> str:
    found = views.flows(records)
    if not found:
        return "<p>No claimed relocation between two places.</p>"
    rows = []
    for f in found:
        on_map = coordinates(f.get("origin_at")) is not None and coordinates(f.get("destination_at")) is not None
        agents = ", ".join(f"{a} ({n})" for a, n in f["agents"].items())
        modalities = ", ".join(f"{m} {n}" for m, n in f["modalities"].items())
        routes = "; ".join(f"{r} ({n})" for r, n in (f.get("routes") or {}).items())
        rows.append((f["origin"], f["destination"], f["articles"], f["claims"], agents, modalities, routes,
                     "yes" if on_map else "no (place not in the gazetteer)"))
    return ("<p>Claimed moves, origin \u2192 destination, in articles that assert or report them (denied moves "
            "and moves refuted by a fact-check "
            "left out); line width grows with the number of articles.</p>" + flow_map(found)
            + _table(["origin", "destination", "articles", "claims", "agents", "modality", "in routes", "on the map"],
                     rows))


def _events(records: list[dict[str, Any]]) -> str:
    """Each article's relocation events: its full route, how firmly, says whom, and every sentence."""
    rows = []
    for r in records:
        for e in views.events(r.get("claims") or []):
            if e.get("type") == "relocation" and e.get("route"):
                rows.append((r, e))
    if not rows:
        return "<p>No article tells a move with a place.</p>"
    items = []
    for r, e in rows[:MAX_EVENTS]:
        who = " · ".join(x for x in (f"by {e['agent']}" if e.get("agent") else "",
                                      f"moves {e['moved']}" if e.get("moved") else "") if x)
        said = f" · according to {_t(e['source'])} ({_t(e.get('source_kind'))})" if e.get("source") else ""
        quotes = "".join(f"<blockquote>[{_t(s.get('start'))}\u2013{_t(s.get('end'))}] "
                         f"\u201c{_t(s.get('text', ''), EVIDENCE_CHARS)}\u201d</blockquote>"
                         for s in e.get("sentences") or [] if isinstance(s, dict))
        items.append(f'<article class="story"><h3>{_t(e["route_text"])}</h3><p class="muted">'
                     f'<code>{_t(r.get("id", ""))}</code> {_t(r.get("title") or "")} · {_t(who)} · '
                     f'{_t(e["modality"])}{said}</p>{quotes}</article>')
    more = len(rows) - MAX_EVENTS
    note = f'<p class="muted">{more} more events not shown.</p>' if more > 0 else ""
    return ("<p>One entry per event an article tells, assembled across its headline and body; denied and "
            "refuted moves are listed here but never drawn as flows.</p>" + "".join(items) + note)


def _lineage(records: list[dict[str, Any]], titles: dict[str, str]) -> str:
    from ..corpus.lineage import claims_of_records, lineage

    counts = _narrative_counts(records)
    pushed = sorted((n for n, by in counts.items() if by["pushes"]), key=lambda n: (-counts[n]["pushes"], n))
    lineages = [lineage(claims_of_records(records, narrative=n), subject={"narrative": n}) for n in pushed]
    return report_section(lineages, titles)


def _stories(stories: list[dict[str, Any]], titles: dict[str, str]) -> str:
    if not stories:
        return "<p>No stories: no two articles tell the same story.</p>"
    cards = "".join(_story(s, titles) for s in stories[:MAX_STORIES])
    more = len(stories) - MAX_STORIES
    return cards + (f'<p class="muted">{more} smaller stories not shown.</p>' if more > 0 else "")


def _story(story: dict[str, Any], titles: dict[str, str]) -> str:
    badge = '<span class="badge">new narrative candidate</span>' if story.get("new_narrative") is True else ""
    members = _list(story.get("members"))
    flows = ", ".join(f"{f.get('origin')} \u2192 {f.get('destination')} ({f.get('articles')})"
                      for f in _list(story.get("flows")) if isinstance(f, dict))
    fields = [
        ("articles", str(len(members))),
        ("languages", ", ".join(map(str, _list(story.get("languages"))))),
        ("outlets", ", ".join(map(str, _list(story.get("outlets"))))),
        ("first seen", str(story.get("first_seen") or "?")),
        ("last seen", str(story.get("last_seen") or "?")),
        ("narratives", ", ".join(_title(titles, n) for n in _list(story.get("narratives"))) or "none"),
        ("flows", flows or "none"),
    ]
    dl = "".join(f"<dt>{name}</dt><dd>{_t(value)}</dd>" for name, value in fields)
    dl += "<dt>members</dt><dd>" + ", ".join(f"<code>{_t(m)}</code>" for m in members[:MAX_ROWS]) + "</dd>"
    quotes = "".join(f"<blockquote>\u201c{_t(e.get('text', ''), EVIDENCE_CHARS)}\u201d</blockquote>"
                     for e in _list(story.get("evidence"))[:EVIDENCE_QUOTES] if isinstance(e, dict))
    return (f'<article class="story"><h3>{_t(story.get("label", ""))}{badge}</h3>'
            f"<p class=\"muted\"><code>{_t(story.get('id', ''))}</code></p><dl>{dl}</dl>{quotes}</article>")


def _techniques(records: list[dict[str, Any]]) -> str:
    profile = views.technique_profile(records)
    if not profile:
        return "<p>No persuasion technique found.</p>"
    items = list(profile.items())
    note = (f'<p class="muted">{len(items) - MAX_TECHNIQUES} rarer techniques not shown.</p>'
            if len(items) > MAX_TECHNIQUES else "")
    return (f"<p>Technique spans over the corpus ({sum(profile.values())} in all), most frequent first.</p>"
            + bar_chart(items[:MAX_TECHNIQUES]) + note)


def _citations(records: list[dict[str, Any]]) -> str:
    found = views.citations(records)
    if not found:
        return "<p>No attributed source.</p>"
    rows = [(c["outlet"], c["source"], c["kind"], c["articles"]) for c in found]
    return "<p>Each outlet and the sources its articles cite.</p>" + _table(
        ["outlet", "cites", "kind of source", "articles"], rows)
