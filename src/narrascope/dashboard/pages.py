"""The dashboard's pages, rendered on the server from the same queries as the API.

Every value from an article, a feed or the catalogue goes through Jinja's autoescape; the only
markup we build ourselves (highlights, charts) escapes its text first. Links to articles' own
URLs are kept only for http(s). The pages work without script; ``static/app.js`` only adds the
catalogue editor's calls, the ingest form and progress, and keyboard shortcuts.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from .. import __version__
from ..alerts.record import alerts as alert_records
from ..alerts.record import deliveries as alert_deliveries
from ..alerts.web import recent_count
from ..api.errors import found
from ..api.state import state_of as _state
from ..export.claimreview import claim_reviews_of_article, json_ld_block
from ..model import MENTION_FLOOR, TECHNIQUES_NOT_ANALYSED
from ..report.svg import flow_map, timeline_chart
from ..store import query as Q
from ..terminal import counted
from . import highlight as H
from .lineage import lineage_section, story_lineage_section

router = APIRouter(include_in_schema=False)
TOP_SERIES = 6          # narratives drawn on a timeline at most
ARTICLE_CHARS = 200_000  # text shown on an article page (the store keeps at most max_text_chars anyway)

_env = Environment(loader=PackageLoader("narrascope.dashboard", "templates"),
                   autoescape=select_autoescape(["html"], default=True), trim_blocks=True, lstrip_blocks=True)


def safe_href(url: object) -> str | None:
    """The URL if it is http(s), else None: ``javascript:``, ``data:`` and the like never become links."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def query_string(params: dict[str, Any], **changes: Any) -> str:
    merged = {k: v for k, v in {**params, **changes}.items() if v not in (None, "")}
    return urlencode(merged)


_env.globals.update(safe_href=safe_href, query_string=query_string, version=__version__,
                    kinds=H.KINDS, snippet=H.marked_snippet)
_env.filters["label"] = lambda s: str(s or "").replace("_", " ")
_env.filters["counted"] = counted  # {{ n | counted('article') }}: "1 article", "3 articles"


def _render(request: Request, template: str, **context: Any) -> HTMLResponse:
    state = _state(request)
    html = _env.get_template(template).render(request=request, path=request.url.path, titles=state.titles,
                                              db_name=state.config.db.name, alert_count=recent_count(request),
                                              **context)
    return HTMLResponse(html)


def error_page(request: Request, status: int, code: str, message: str) -> HTMLResponse:
    response = _render(request, "error.html", status=status, code=code, message=message)
    response.status_code = status
    return response


def _timeline(counts: dict[str, Any], titles: dict[str, str], stance: str = "pushes",
              only: list[str] | None = None) -> Markup | None:
    periods = counts["periods"]
    if not periods:
        return None
    series_all = {n: s.get(stance, [0] * len(periods)) for n, s in counts["series"].items()}
    top = only or [n for n, _ in Counter({n: sum(v) for n, v in series_all.items()}).most_common(TOP_SERIES)]
    series = [(titles.get(n, n), series_all.get(n, [0] * len(periods))) for n in top]
    totals = [sum(values[i] for values in series_all.values()) for i in range(len(periods))]
    return Markup(timeline_chart(periods, totals, series))


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    state = _state(request)
    conn = state.store().connection
    stories = Q.stories(conn)
    latest = Q.search_articles(conn, Q.ArticleFilter(), limit=10)
    return _render(request, "overview.html", counts=Q.counts(conn),
                   rising=Q.rising(conn, state.settings.dashboard_recent_days),
                   chart=_timeline(Q.narrative_counts(conn, "week"), state.titles),
                   candidates=[s for s in stories if s.get("new_narrative")][:10], stories=stories[:5],
                   latest=latest.items, job=state.jobs.running)


@router.get("/narratives", response_class=HTMLResponse)
def narratives(request: Request) -> HTMLResponse:
    state = _state(request)
    totals = Q.narrative_totals(state.store().connection)
    return _render(request, "narratives.html", narratives=state.catalogue.narratives, totals=totals)


@router.get("/narratives/{narrative_id:path}", response_class=HTMLResponse)
def narrative(request: Request, narrative_id: str) -> HTMLResponse:
    state = _state(request)
    entry, totals = state.narrative(narrative_id)
    conn = state.store().connection
    counts = Q.narrative_counts(conn, "week", narrative_id)
    pushes = _timeline(counts, {narrative_id: "pushing it"}, "pushes", only=[narrative_id])  # the legend's label
    flows = Q.flows(conn, narrative_id)
    return _render(request, "narrative.html", id=narrative_id, entry=entry, totals=totals, chart=pushes,
                   evidence=Q.evidence_quotes(conn, narrative_id, 12), stories=Q.stories(conn, narrative_id),
                   flows=flows, map=Markup(flow_map(flows)) if flows else None,
                   lineage=state.cached(f"lineage:{narrative_id}",  # kept until the store changes
                                        lambda store: lineage_section(store.connection, narrative_id, state.settings)))


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, q: str | None = None, narrative: str | None = None, stance: str | None = None,
             story: str | None = None, language: str | None = None, outlet: str | None = None,
             technique: str | None = None, since: str | None = None, until: str | None = None,
             offset: int = 0) -> HTMLResponse:
    state = _state(request)
    conn = state.store().connection
    problems = [p for p in (_bad_day("since", since), _bad_day("until", until)) if p]
    f = Q.ArticleFilter(q=(q or "")[:500] or None, narrative=narrative or None,
                        stance=stance if stance in Q.STANCES else None, story=story or None,
                        language=language or None, outlet=outlet or None, technique=technique or None,
                        since=None if problems else (since or "").strip() or None,
                        until=None if problems else (until or "").strip() or None)
    limit = state.settings.api_default_page_size
    page = Q.Page([], 0, 0, limit) if problems else Q.search_articles(conn, f, offset=min(max(0, offset),
                                                                                          Q.MAX_INTEGER), limit=limit)
    facets = state.cached("facets", lambda store: Q.facets(store.connection))
    response = _render(request, "articles.html", page=page, f=f, facets=facets, problems=problems,
                       narratives=state.catalogue.narratives, stances=Q.STANCES)
    if problems:  # a filter that cannot be applied is said so (E420, as the API does), never dropped silently
        response.status_code = 422
    return response


def _bad_day(name: str, value: str | None) -> str | None:
    """What is wrong with a date filter (the API's E420 message), or None for a day or nothing."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            date.fromisoformat(value)
            return None
    except ValueError:
        pass
    return f"{name}: {value[:40]!r} is not a day of the calendar (YYYY-MM-DD); no article is listed until it is"


@router.get("/articles/{row}", response_class=HTMLResponse)
def article(request: Request, row: int) -> HTMLResponse:
    state = _state(request)
    a = found(Q.article_detail(state.store().connection, row), f"article {row}")
    text = a["text"][:ARTICLE_CHARS]
    analysis = a["analysis"] or {}
    marks = H.marks_of(analysis, len(text))
    present = {m.kind for m in marks}
    reviews = claim_reviews_of_article(state.store().connection, row, state.catalogue, state.settings)
    return _render(request, "article.html", a=a, analysis=analysis, body=H.highlight(text, marks),
                   present=present, claim_label=H.claim_label, techniques_not_analysed=_not_analysed(analysis),
                   claim_reviews=Markup(json_ld_block(reviews)) if reviews else None,
                   **_narratives_to_label(analysis, state.catalogue))


def _not_analysed(analysis: dict[str, Any]) -> str | None:
    """Why the techniques stage left the article out (its note in the warnings, ``technique_scope``), or None."""
    note = next((w for w in analysis.get("warnings") or []
                 if isinstance(w, str) and w.startswith(TECHNIQUES_NOT_ANALYSED)), None)
    return note[len(TECHNIQUES_NOT_ANALYSED):] if note else None


def _narratives_to_label(analysis: dict[str, Any], catalogue: Any) -> dict[str, Any]:
    """An article's matched narratives, the five closest others (those under the mentions floor shown as
    not on its topic), and every other narrative of the catalogue: an analyst may label it with any of them,
    also one the matcher missed entirely."""
    listed = analysis.get("narratives") or []
    matched = [n for n in listed if n.get("matched")]
    others = [n for n in listed if not n.get("matched")][:5]
    shown = {n["id"] for n in matched + others}
    return {"matched": matched, "others": others, "mention_floor": MENTION_FLOOR,
            "unlisted": [(n.id, n.title) for n in catalogue.narratives if n.id not in shown]}


@router.get("/stories", response_class=HTMLResponse)
def stories(request: Request) -> HTMLResponse:
    return _render(request, "stories.html", stories=Q.stories(_state(request).store().connection))


@router.get("/stories/{story_id:path}", response_class=HTMLResponse)
def story(request: Request, story_id: str) -> HTMLResponse:
    state = _state(request)
    s = found(Q.story(state.store().connection, story_id), f"story {story_id!r}")
    flows = s.get("flows") or []
    return _render(request, "story.html", s=s, map=Markup(flow_map(flows)) if flows else None,
                   lineage=story_lineage_section(state.store().connection, str(s["id"]), state.settings))


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request) -> HTMLResponse:
    conn = _state(request).store().connection
    return _render(request, "sources.html", sources=Q.sources(conn, 100), outlets=Q.outlets(conn, 100))


@router.get("/catalogue", response_class=HTMLResponse)
def catalogue(request: Request) -> HTMLResponse:
    state = _state(request)
    return _render(request, "catalogue.html", text=state.catalogue_text(), catalogue_path=state.config.catalogue_path(),
                   catalogue=state.catalogue)


@router.get("/ingest", response_class=HTMLResponse)
def ingest(request: Request) -> HTMLResponse:
    state = _state(request)
    return _render(request, "ingest.html", jobs=state.jobs.all(), limit=state.settings.api_max_batch_articles,
                   feeds=Q.feeds(state.store().connection))


@router.get("/alerts", response_class=HTMLResponse)
def alerts_page(request: Request) -> HTMLResponse:
    state = _state(request)
    conn = state.store().connection
    found = alert_records(conn, state.settings.alerts_feed_entries)
    return _render(request, "alerts.html", alerts=found, deliveries=alert_deliveries(conn, [a.key for a in found]),
                   rules=state.config.alerts)
