"""Read-side queries of a corpus store for the REST API and the dashboard: SQL over the query
tables, so that a page over a 10,000-article store costs milliseconds, not a pass over every
analysis. Pure functions of an open connection; none of them writes.

Lists are pages in a stable order (the latest published first, then the latest stored; by
relevance first when searching), so that walking the pages of a store that is not being
written to meets every article once.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from ..corpus.views import ROUTE_ARROW, events, located_at, period_of
from ..model import MENTION_FLOOR, NOT_CLAIMED

#: Markers put around the search terms in a snippet; the dashboard turns them into <mark> after escaping.
MARK_START, MARK_END = "\x02", "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)
#: What a matched article does with a narrative (the ``stance`` filter's values).
STANCES = ("pushes", "refutes", "mentions")
#: The stored narrative rows an article is counted and found for: model.counted_stance in SQL.
COUNTED = f"(matched = 1 OR stance = 'refutes' OR (stance = 'mentions' AND score >= {MENTION_FLOOR}))"
#: The largest integer SQLite stores (a signed 64-bit one): a row id or an offset past it cannot exist.
MAX_INTEGER = 2**63 - 1


@dataclass(frozen=True)
class ArticleFilter:
    """What a list of articles is narrowed to; every field is optional and they combine with AND."""

    q: str | None = None               # full-text search over title and text (all words must occur)
    narrative: str | None = None       # a catalogue narrative the article is matched to ...
    stance: str | None = None          # ... with this stance (pushes, refutes, mentions); any when None
    story: str | None = None           # a stored story's id
    language: str | None = None        # ISO 639-1 code, e.g. "ru" (in any case)
    outlet: str | None = None          # outlet name, in any case
    technique: str | None = None       # a persuasion technique label, e.g. "Loaded_Language"
    since: str | None = None           # published on or after this ISO date
    until: str | None = None           # published on or before this ISO date

    def as_params(self) -> dict[str, str]:
        """The filter as query parameters (for next-page links), empty fields left out."""
        return {k: v for k, v in asdict(self).items() if v}


@dataclass
class Page:
    items: list[dict[str, Any]]
    total: int
    offset: int
    limit: int
    filter: dict[str, str] = field(default_factory=dict)

    @property
    def next_offset(self) -> int | None:
        return self.offset + self.limit if self.offset + self.limit < self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "total": self.total, "offset": self.offset, "limit": self.limit,
                "next_offset": self.next_offset, "filter": self.filter}


def fts_query(text: str) -> str | None:
    """User words as an FTS5 query that cannot be a syntax error: each word quoted, all required,
    the last one also as a prefix ("relocat" finds "relocation")."""
    words = _WORD.findall(text)[:16]
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search_articles(conn: sqlite3.Connection, f: ArticleFilter, *, offset: int = 0, limit: int = 25) -> Page:
    """A page of articles matching ``f``, each with its matched narratives (and a snippet when searching).

    Shaped for SQLite's planner (bench/api.py): with search words the full-text index drives the
    join (CROSS JOIN keeps it outer, else a language filter would run the match once per article);
    the other filters are ``IN`` lists read off their own indexes; snippets are made for the page's
    rows only, not for those skipped by the offset.
    """
    where: list[str] = []
    params: list[Any] = []
    match = fts_query(f.q) if f.q else None
    if f.q and match is None:
        return Page([], 0, offset, limit, f.as_params())
    if match:
        sql_from = "FROM articles_fts CROSS JOIN articles a ON a.id = articles_fts.rowid"
        where.append("articles_fts MATCH ?")
        params.append(match)
    else:
        sql_from = "FROM articles a"
    if f.narrative or f.stance:
        clause = f"a.id IN (SELECT article FROM narrative_matches WHERE {COUNTED}"
        if f.narrative:
            clause += " AND narrative = ?"
            params.append(f.narrative)
        if f.stance:
            clause += " AND stance = ?"
            params.append(f.stance)
        where.append(clause + ")")
    if f.story:
        where.append("a.id IN (SELECT article FROM story_members WHERE story = ?)")
        params.append(resolve_story(conn, f.story) or f.story)  # an id renamed since names the story it became
    if f.technique:
        where.append("a.id IN (SELECT article FROM techniques WHERE technique = ?)")
        params.append(f.technique)
    if f.language:
        where.append("a.language = ?")
        params.append(f.language.lower())  # codes are stored lower case: DE finds de
    if f.outlet:
        names = outlet_spellings(conn, f.outlet) or [f.outlet]
        where.append(f"a.outlet IN ({', '.join('?' * len(names))})")
        params.extend(names)
    if f.since:
        where.append("a.published >= ?")
        params.append(f.since[:10])
    if f.until:
        where.append("substr(a.published, 1, 10) <= ?")
        params.append(f.until[:10])
    sql_from += " WHERE " + " AND ".join(where) if where else ""
    total = int(conn.execute(f"SELECT count(*) {sql_from}", params).fetchone()[0])
    order = "ORDER BY articles_fts.rank, a.id DESC" if match else "ORDER BY a.published DESC NULLS LAST, a.id DESC"
    found = conn.execute(
        f"SELECT a.id, a.article_id, a.title, a.outlet, a.url, a.language, a.published, a.duplicate_of"
        f" {sql_from} {order} LIMIT ? OFFSET ?", (*params, limit, offset)).fetchall()
    items = [{"row": r[0], "id": r[1], "title": r[2], "outlet": r[3], "url": r[4], "language": r[5],
              "published": r[6], "duplicate_of": r[7], "snippet": None} for r in found]
    _attach_snippets(conn, items, match)
    _attach_narratives(conn, items)
    return Page(items, total, offset, limit, f.as_params())


def _attach_snippets(conn: sqlite3.Connection, items: list[dict[str, Any]], match: str | None) -> None:
    """The matched words in context when searching, else the text's opening."""
    rows = [i["row"] for i in items]
    if not rows:
        return
    marks = ", ".join("?" * len(rows))
    if match:
        found = conn.execute(
            f"SELECT rowid, snippet(articles_fts, 1, '{MARK_START}', '{MARK_END}', ' … ', 24) FROM articles_fts"
            f" WHERE articles_fts MATCH ? AND rowid IN ({marks})", (match, *rows))
    else:
        found = conn.execute(f"SELECT id, substr(text, 1, 240) FROM articles WHERE id IN ({marks})", rows)
    snippets = dict(found.fetchall())
    for item in items:
        item["snippet"] = snippets.get(item["row"])


def _attach_narratives(conn: sqlite3.Connection, items: list[dict[str, Any]]) -> None:
    by_row: dict[int, list[dict[str, Any]]] = defaultdict(list)
    rows = [i["row"] for i in items]
    if rows:
        marks = ", ".join("?" * len(rows))
        for article, narrative, title, score, stance in conn.execute(
                f"SELECT article, narrative, title, score, stance FROM narrative_matches"
                f" WHERE (matched = 1 OR stance = 'refutes')"  # its chips: what it pushes or refutes
                f" AND article IN ({marks}) ORDER BY score DESC", rows):
            by_row[article].append({"id": narrative, "title": title, "score": score, "stance": stance})
    for item in items:
        item["narratives"] = by_row.get(item["row"], [])


def article_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def article_detail(conn: sqlite3.Connection, row: int) -> dict[str, Any] | None:
    """One stored article: metadata, text, analysis, stories, and its near-duplicates either way."""
    if not -MAX_INTEGER - 1 <= row <= MAX_INTEGER:  # no such row, and SQLite could not even be asked
        return None
    found = conn.execute(
        "SELECT a.id, a.article_id, a.title, a.outlet, a.url, a.language, a.published, a.text, a.duplicate_of,"
        " a.similarity, a.ingested_at, n.analysis, n.tool_version, n.catalogue_version, n.analysed_at"
        " FROM articles a LEFT JOIN analyses n ON n.article = a.id WHERE a.id = ?", (row,)).fetchone()
    if found is None:
        return None
    keys = ("row", "id", "title", "outlet", "url", "language", "published", "text", "duplicate_of", "similarity",
            "ingested_at")
    out: dict[str, Any] = dict(zip(keys, found[:11], strict=True))
    out["analysis"] = json.loads(found[11]) if found[11] else None
    out["events"] = events((out["analysis"] or {}).get("claims") or [])
    out["analysed_with"] = {"tool": found[12], "catalogue": found[13], "at": found[14]} if found[11] else None
    out["stories"] = [{"id": s, "label": label} for s, label in conn.execute(
        "SELECT s.id, s.label FROM story_members m JOIN stories s ON s.id = m.story WHERE m.article = ?", (row,))]
    out["copies"] = [{"row": r, "title": t, "outlet": o, "similarity": sim} for r, t, o, sim in conn.execute(
        "SELECT id, title, outlet, similarity FROM articles WHERE duplicate_of = ? ORDER BY id LIMIT 50", (row,))]
    if out["duplicate_of"] is not None:
        original = conn.execute("SELECT id, title, outlet FROM articles WHERE id = ?",
                                (out["duplicate_of"],)).fetchone()
        out["original"] = {"row": original[0], "title": original[1], "outlet": original[2]} if original else None
    return out


def narrative_counts(conn: sqlite3.Connection, by: str = "week", narrative: str | None = None) -> dict[str, Any]:
    """Matched articles per narrative, stance and period: ``{"periods": [...], "series": {id: {stance: [..]}}}``."""
    sql = ("SELECT m.narrative, m.stance, substr(a.published, 1, 10), count(*) FROM narrative_matches m"
           f" JOIN articles a ON a.id = m.article WHERE {COUNTED}"  # articles has none of its columns
           " AND a.published IS NOT NULL")
    params: list[Any] = []
    if narrative:
        sql += " AND m.narrative = ?"
        params.append(narrative)
    counts: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    periods: set[str] = set()
    for n, stance, day, k in conn.execute(sql + " GROUP BY 1, 2, 3", params):
        p = period_of(day, by)
        if p is None:
            continue
        counts[n][stance or "pushes"][p] += k
        periods.add(p)
    ordered = _fill_periods(sorted(periods), by)
    return {"by": by, "periods": ordered,
            "series": {n: {s: [c[p] for p in ordered] for s, c in sorted(stances.items())}
                       for n, stances in sorted(counts.items())}}


def _fill_periods(periods: list[str], by: str, limit: int = 400) -> list[str]:
    """Every period from the first to the last (empty weeks included), the latest ``limit`` of them."""
    if not periods:
        return []
    step = timedelta(days=7 if by == "week" else 1)
    first, last = date.fromisoformat(periods[0]), date.fromisoformat(periods[-1])
    if (last - first) / step > limit:
        first = last - step * limit
    out, day = [], first
    while day <= last:
        out.append(day.isoformat())
        day += step
    return out


def outlet_spellings(conn: sqlite3.Connection, outlet: str) -> list[str]:
    """The stored outlet names that are ``outlet`` in another case (Unicode case folding, which SQLite's
    NOCASE does only for ASCII); read off the outlet index.

    >>> conn = sqlite3.connect(":memory:"); _ = conn.execute("CREATE TABLE articles (outlet TEXT)")
    >>> _ = conn.executemany("INSERT INTO articles VALUES (?)", [("Daily Truth",), ("ДЕНЬ",), (None,)])
    >>> outlet_spellings(conn, "daily truth"), outlet_spellings(conn, "день")
    (['Daily Truth'], ['ДЕНЬ'])
    """
    wanted = outlet.casefold()
    return [name for (name,) in conn.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL")
            if name.casefold() == wanted]


def narrative_known(conn: sqlite3.Connection, narrative: str) -> bool:
    """Whether some stored analysis names ``narrative``: every analysis scores each narrative of the
    catalogue it was made with, so the store knows its catalogue's ids (one indexed lookup)."""
    found = conn.execute("SELECT 1 FROM narrative_matches WHERE narrative = ? LIMIT 1", (narrative,)).fetchone()
    return found is not None


def narrative_totals(conn: sqlite3.Connection) -> dict[str, dict[str, int]]:
    """Matched articles per narrative and stance over the whole store."""
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for n, stance, k in conn.execute(
            f"SELECT narrative, stance, count(*) FROM narrative_matches WHERE {COUNTED} GROUP BY 1, 2"):
        out[n][stance or "pushes"] = int(k)
    return dict(out)


def latest_day(conn: sqlite3.Connection) -> str | None:
    """The latest publication date in the store (the overview's "now": a corpus may be historical)."""
    found = conn.execute("SELECT max(substr(published, 1, 10)) FROM articles WHERE published IS NOT NULL").fetchone()
    return found[0] if found and found[0] else None


def rising(conn: sqlite3.Connection, days: int = 7, today: str | None = None) -> dict[str, Any]:
    """Narratives pushed in the last ``days`` days against the ``days`` before, with languages and outlets."""
    end = today or latest_day(conn)
    if end is None:
        return {"from": None, "to": None, "narratives": []}
    end_day = date.fromisoformat(end[:10])
    start = end_day - timedelta(days=days - 1)
    before = start - timedelta(days=days)
    rows = conn.execute(
        "SELECT m.narrative, m.title, substr(a.published, 1, 10), a.language, a.outlet FROM narrative_matches m"
        " JOIN articles a ON a.id = m.article WHERE m.matched = 1 AND m.stance = 'pushes'"
        " AND substr(a.published, 1, 10) BETWEEN ? AND ?", (before.isoformat(), end_day.isoformat())).fetchall()
    table: dict[str, dict[str, Any]] = {}
    for n, title, day, language, outlet in rows:
        entry = table.setdefault(n, {"id": n, "title": title, "recent": 0, "before": 0,
                                     "languages": Counter(), "outlets": Counter()})
        if day >= start.isoformat():
            entry["recent"] += 1
            entry["languages"][language or "und"] += 1
            entry["outlets"][outlet or "(unknown outlet)"] += 1
        else:
            entry["before"] += 1
    out = []
    for entry in table.values():
        entry["change"] = entry["recent"] - entry["before"]
        entry["languages"] = dict(entry["languages"].most_common())
        entry["outlets"] = dict(entry["outlets"].most_common(5))
        out.append(entry)
    out.sort(key=lambda e: (-e["change"], -e["recent"], e["id"]))
    return {"from": start.isoformat(), "to": end_day.isoformat(), "before_from": before.isoformat(),
            "narratives": out}


def evidence_quotes(conn: sqlite3.Connection, narrative: str, limit: int = 10) -> list[dict[str, Any]]:
    """The sentences an analyst would quote for a narrative: its best-scored evidence, one per article,
    from articles pushing it, originals before recycled copies."""
    return [{"row": r, "title": t, "outlet": o, "published": p, "language": lang, "score": s, "text": e,
             "start": st, "end": en}
            for r, t, o, p, lang, s, e, st, en in conn.execute(
                "SELECT a.id, a.title, a.outlet, a.published, a.language, m.score, m.evidence_text, m.evidence_start,"
                " m.evidence_end FROM narrative_matches m JOIN articles a ON a.id = m.article"
                " WHERE m.narrative = ? AND m.matched = 1 AND m.stance = 'pushes' AND m.evidence_text IS NOT NULL"
                " ORDER BY a.duplicate_of IS NOT NULL, m.score DESC, a.id LIMIT ?", (narrative, limit))]


def flows(conn: sqlite3.Connection, narrative: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """Claimed moves (not denied, not refuted), origin -> destination, with claims, articles, agents and coordinates;
    the same shape as :func:`narrascope.corpus.views.flows`, from the claims table."""
    sql = ("SELECT c.article, coalesce(c.origin, c.origin_text), coalesce(c.destination, c.destination_text),"
           " c.origin_lat, c.origin_lon, c.destination_lat, c.destination_lon, coalesce(c.agent, c.agent_text),"
           " coalesce(c.modality, 'asserted'), c.route FROM claims c WHERE c.type = 'relocation'"
           " AND coalesce(c.origin, c.origin_text) IS NOT NULL"
           " AND coalesce(c.destination, c.destination_text) IS NOT NULL"
           f" AND coalesce(c.modality, '') NOT IN ({', '.join(repr(m) for m in sorted(NOT_CLAIMED))})")
    params: list[Any] = []
    if narrative:
        sql += (" AND EXISTS (SELECT 1 FROM narrative_matches m WHERE m.article = c.article AND m.narrative = ?"
                " AND m.matched = 1 AND m.stance = 'pushes')")
        params.append(narrative)
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for article, origin, dest, olat, olon, dlat, dlon, agent, modality, route in conn.execute(sql, params):
        edge = edges.setdefault((origin, dest), {
            "origin": origin, "destination": dest, "claims": 0, "articles": set(),
            "origin_at": located_at({"lat": olat, "lon": olon}),
            "destination_at": located_at({"lat": dlat, "lon": dlon}),
            "agents": Counter(), "modalities": Counter(), "routes": Counter()})
        edge["claims"] += 1
        edge["routes"][route or f"{origin}{ROUTE_ARROW}{dest}"] += 1
        edge["articles"].add(article)
        if agent:
            edge["agents"][agent] += 1
        edge["modalities"][modality] += 1
    out = [{**e, "articles": len(e["articles"]), "agents": dict(e["agents"].most_common(3)),
            "modalities": dict(e["modalities"]), "routes": dict(e["routes"].most_common(3))} for e in edges.values()]
    out.sort(key=lambda e: (-e["articles"], -e["claims"], e["origin"], e["destination"]))
    return out[:limit]


def sources(conn: sqlite3.Connection, limit: int = 200) -> list[dict[str, Any]]:
    """Who is cited: each source (an agency, a ministry, "local sources") with its kind, articles and outlets."""
    rows = conn.execute(
        "SELECT coalesce(s.canonical, s.text), s.kind, count(DISTINCT s.article), group_concat(DISTINCT a.outlet)"
        " FROM sources s JOIN articles a ON a.id = s.article GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT ?", (limit,))
    return [{"source": s, "kind": k, "articles": n, "outlets": sorted((o or "").split(","))[:20] if o else []}
            for s, k, n, o in rows]


def outlets(conn: sqlite3.Connection, limit: int = 200) -> list[dict[str, Any]]:
    """Per outlet: articles, languages, first and last seen, and the narratives its articles push."""
    out = []
    for outlet, n, first, last in conn.execute(
            "SELECT coalesce(outlet, '(unknown outlet)'), count(*), min(published), max(published) FROM articles"
            " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?", (limit,)):
        out.append({"outlet": outlet, "articles": n, "first_seen": first, "last_seen": last,
                    "languages": {}, "narratives": {}})
    index = {o["outlet"]: o for o in out}
    for outlet, language, n in conn.execute(
            "SELECT coalesce(outlet, '(unknown outlet)'), coalesce(language, 'und'), count(*) FROM articles"
            " GROUP BY 1, 2 ORDER BY 3 DESC"):
        if outlet in index:
            index[outlet]["languages"][language] = n
    for outlet, narrative, n in conn.execute(
            "SELECT coalesce(a.outlet, '(unknown outlet)'), m.narrative, count(*) FROM narrative_matches m"
            " JOIN articles a ON a.id = m.article WHERE m.matched = 1 AND m.stance = 'pushes'"
            " GROUP BY 1, 2 ORDER BY 3 DESC"):
        if outlet in index:
            index[outlet]["narratives"][narrative] = n
    return out


def facets(conn: sqlite3.Connection) -> dict[str, list[tuple[str, int]]]:
    """The values the article filters can take, with counts (the search page's drop-downs)."""
    return {
        "language": [(v, n) for v, n in conn.execute(
            "SELECT language, count(*) FROM articles WHERE language IS NOT NULL GROUP BY 1 ORDER BY 2 DESC")],
        "outlet": [(v, n) for v, n in conn.execute(
            "SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 300")],
        "technique": [(v, n) for v, n in conn.execute(
            "SELECT technique, count(DISTINCT article) FROM techniques GROUP BY 1 ORDER BY 2 DESC")],
    }


def stories(conn: sqlite3.Connection, narrative: str | None = None) -> list[dict[str, Any]]:
    """Stored stories, largest first; with ``narrative``, those in which it dominates."""
    found = [json.loads(d) for (d,) in conn.execute("SELECT data FROM stories WHERE data IS NOT NULL")]
    if narrative:
        found = [s for s in found if narrative in _story_narratives(s)]
    return sorted(found, key=lambda s: (-int(s.get("size") or 0), str(s.get("id"))))


def resolve_story(conn: sqlite3.Connection, story_id: str) -> str | None:
    """The id a stored story has now: ``story_id`` itself, or the story it was renamed to; None if neither."""
    if conn.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone():
        return story_id
    found = conn.execute("SELECT story FROM story_aliases WHERE alias = ?", (story_id,)).fetchone()
    return str(found[0]) if found else None


def story(conn: sqlite3.Connection, story_id: str) -> dict[str, Any] | None:
    """A stored story with its articles; an id the story had before it was renamed (merged into
    another, regrouped) finds the story it is now, whose ``id`` says so."""
    story_id = resolve_story(conn, story_id) or story_id
    found = conn.execute("SELECT data FROM stories WHERE id = ?", (story_id,)).fetchone()
    if not found or not found[0]:
        return None
    out: dict[str, Any] = json.loads(found[0])
    out["id"] = story_id  # the id it has now, the one the row is stored under
    out["articles"] = [{"row": r, "title": t, "outlet": o, "language": lang, "published": p}
                       for r, t, o, lang, p in conn.execute(
                           "SELECT a.id, a.title, a.outlet, a.language, a.published FROM story_members m"
                           " JOIN articles a ON a.id = m.article WHERE m.story = ?"
                           " ORDER BY a.published NULLS LAST, a.id", (story_id,))]
    return out


def _story_narratives(s: dict[str, Any]) -> set[str]:
    return {str(n.get("id") if isinstance(n, dict) else n) for n in s.get("narratives") or []}


def feeds(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """The feeds and pages ``watch`` polls: when each was last checked, how it went, items stored."""
    return [{"url": u, "kind": k, "title": t, "checked_at": c, "status": s, "error": e, "items": n, "failed": f}
            for u, k, t, c, s, e, n, f in conn.execute(
                "SELECT f.url, f.kind, f.title, f.checked_at, f.status, f.error,"
                " (SELECT count(*) FROM feed_items i WHERE i.feed = f.url AND i.article IS NOT NULL),"
                " (SELECT count(*) FROM feed_items i WHERE i.feed = f.url AND i.error IS NOT NULL)"
                " FROM feeds f ORDER BY f.url")]


def last_ingested(conn: sqlite3.Connection) -> str | None:
    """When the store last took an article (ISO), None for an empty store."""
    value = conn.execute("SELECT max(ingested_at) FROM articles").fetchone()[0]
    return str(value) if value is not None else None


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """The store at a glance: articles, analysed, near-duplicates, stories, languages, outlets.

    One indexed count each: a single pass computing them together would read every article's text.
    """
    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    return {"articles": one("SELECT count(*) FROM articles"),
            "near_duplicates": one("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
            "languages": one("SELECT count(DISTINCT language) FROM articles"),
            "outlets": one("SELECT count(DISTINCT outlet) FROM articles"),
            "analysed": one("SELECT count(*) FROM analyses"),
            "stories": one("SELECT count(*) FROM stories"),
            "claims": one("SELECT count(*) FROM claims")}

