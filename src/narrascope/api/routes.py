"""The REST API under ``/api``: reads are open, writes need the server's token."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import FileResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field, StrictBool, field_validator
from starlette.background import BackgroundTask

from .. import __version__
from ..alerts.run import run_alerts
from ..catalogue import parse_catalogue
from ..corpus.build import stories_of_store
from ..corpus.lineage import narrative_lineages, story_lineage
from ..errors import E_BAD_REQUEST, E_BUSY, E_NOT_FOUND_API, E_PAGE_SIZE, CatalogueError, InputError, UsageError
from ..ingest import document_from_text
from ..ingest.records import normalise_date
from ..model import Document, Failure
from ..store import IngestReport, Store, Versions, export, ingest_documents, reanalyse
from ..store import query as Q
from .errors import found, located, only_known_query
from .jobs import Job
from .state import ServerState, state_of

if TYPE_CHECKING:
    from ..engine import Analyser

router = APIRouter(prefix="/api", dependencies=[Depends(only_known_query)])


State = Annotated[ServerState, Depends(state_of)]


def writer(request: Request, authorization: Annotated[str | None, Header()] = None) -> ServerState:
    """A write endpoint's state, once the token is checked."""
    state = state_of(request)
    state.check_token(authorization)
    return state


Writer = Annotated[ServerState, Depends(writer)]


# --- models -------------------------------------------------------------------------------------

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class _StrictIn(BaseModel):
    """A request body that says what it means: an unknown field (a typo, a field of another endpoint) or
    a truth value given as "yes" or 1 is refused (E420), not dropped or guessed at."""

    model_config = ConfigDict(extra="forbid")


class _UnicodeIn(_StrictIn):
    """A request body whose strings are Unicode text: a JSON escape such as \\ud800 makes half a character,
    which no store, encoder or YAML reader takes (E420)."""

    @field_validator("*", mode="after")
    @classmethod
    def _whole_characters(cls, value: Any) -> Any:
        if isinstance(value, str) and _LONE_SURROGATE.search(value):
            raise ValueError("holds a lone surrogate (half of a UTF-16 pair), which is no character")
        return value


class ArticleIn(_UnicodeIn):
    """One article: plain ``text`` or an ``html`` page (its main text is extracted), and what is known of it."""

    id: str | None = Field(None, max_length=500)
    text: str | None = None
    html: str | None = None
    title: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=100)
    outlet: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=4000)


class AnalyseIn(ArticleIn):
    include_text: StrictBool = False


class IngestIn(_StrictIn):
    articles: list[ArticleIn]


class CatalogueIn(_UnicodeIn):
    text: str
    #: re-analyse the stored articles with the new catalogue, as a job
    reanalyse: StrictBool = True


class ReanalyseIn(_StrictIn):
    #: redo every analysis, not only those made with another tool or catalogue version
    everything: StrictBool = False


class LabelIn(_StrictIn):
    narrative: str = Field(..., min_length=1, max_length=500)
    #: true: the article pushes the narrative; false: it does not
    pushes: StrictBool


def _check_article(article: ArticleIn, place: str = "") -> None:
    """Refuse now (E420, naming the field) what the analysis would fail on or drop later: an article with
    neither ``text`` nor ``html`` (or both), a ``published`` that is no day of the calendar."""
    at = f"{place}." if place else ""
    if article.text is None and article.html is None:
        raise UsageError(f"{at}text: missing; give the article's 'text' or its 'html'", where=article.id,
                         code=E_BAD_REQUEST)
    if article.text is not None and article.html is not None:
        raise UsageError(f"{at}html: give either 'text' or 'html', not both", where=article.id, code=E_BAD_REQUEST)
    if article.published and article.published.strip() and normalise_date(article.published) is None:
        raise UsageError(f"{at}published: {article.published[:40]!r} is not a date, or no day of the calendar "
                         "(write YYYY-MM-DD)", where=article.id, code=E_BAD_REQUEST)


def _document(article: ArticleIn, default_id: str, state: ServerState) -> Document:
    """The article as a document; :func:`_check_article` has refused one with neither or both of text and html."""
    doc_id = article.id or default_id
    return document_from_text(article.html if article.html is not None else article.text or "", doc_id,
                              html=article.html is not None, title=article.title, published=article.published,
                              outlet=article.outlet, url=article.url, source=f"api:{doc_id}",
                              settings=state.settings)


def _day(value: str | None, name: str) -> str | None:
    """A day given as YYYY-MM-DD, checked to exist (the pattern lets 2023-02-30 through)."""
    if value is not None:
        try:
            date.fromisoformat(value)
        except ValueError as err:
            raise UsageError(f"{name}: {value!r} is not a day of the calendar (YYYY-MM-DD)",
                             code=E_BAD_REQUEST) from err
    return value


def _known_narrative(state: ServerState, narrative: str | None) -> str | None:
    """A ``narrative=`` filter, once the catalogue or the store knows it: one unknown to both is a 404
    (E422) on every list it narrows, as on ``/api/narratives/{id}``, not an empty list."""
    if narrative and state.catalogue.get(narrative) is None and not Q.narrative_known(state.store().connection,
                                                                                         narrative):
        raise UsageError(f"no narrative {narrative!r} in the catalogue or the store", code=E_NOT_FOUND_API)
    return narrative


_LIMIT = "rows per page, 1 to api_max_page_size (200); any other number is E423"


def _page_limits(state: ServerState, offset: int, limit: int | None) -> tuple[int, int]:
    size = state.settings.api_default_page_size if limit is None else limit
    if size < 1 or size > state.settings.api_max_page_size:
        raise UsageError(f"limit must be between 1 and {state.settings.api_max_page_size} (api_max_page_size)",
                         code=E_PAGE_SIZE)
    if offset < 0:
        raise UsageError("offset must be 0 or more", code=E_BAD_REQUEST)
    return offset, size


# --- the store at a glance ----------------------------------------------------------------------

@router.get("/health", summary="Is the server up, and is the analyser loaded")
def health(state: State) -> dict[str, Any]:
    articles = Q.article_count(state.store().connection)
    return {"status": "ok", "version": __version__, "analyser_ready": state.analyser_ready, "articles": articles}


@router.get("/overview", summary="Counts, the narratives that rose lately, new-narrative candidates, the running job")
def overview(state: State) -> dict[str, Any]:
    conn = state.store().connection
    stories = Q.stories(conn)
    running = state.jobs.running
    rising = Q.rising(conn, state.settings.dashboard_recent_days)
    rising["narratives"] = [n for n in rising["narratives"] if n["change"] > 0]  # rose: more than the days before
    return {"counts": Q.counts(conn), "rising": rising,
            "new_narratives": [s for s in stories if s.get("new_narrative")][:20],
            "job": running.to_dict() if running else None}


# --- analyse ------------------------------------------------------------------------------------

@router.post("/analyse", summary="Analyse one posted text or HTML page (the `narrascope analyse` JSON contract)")
def analyse(body: AnalyseIn, state: State) -> dict[str, Any]:
    _check_article(body)
    doc = _document(body, "api", state)
    state.analyser()  # loaded (or waited for) before the clock of the lock starts
    if not state.analyse_lock.acquire(timeout=state.settings.api_analyse_wait_seconds):
        running = state.jobs.running
        holder = f"{running.kind} {running.id}" if running else "another request"
        raise UsageError(f"the analyser is busy with {holder}; try again later", code=E_BUSY)
    try:
        result = state.analyser().analyse_document(doc)  # taken under the lock: a catalogue just saved is used
    finally:
        state.analyse_lock.release()
    return result.to_dict(include_text=body.include_text)


# --- articles -----------------------------------------------------------------------------------

@router.get("/articles", summary="List and filter stored articles (stable order, pages)")
def articles(state: State,
             q: Annotated[str | None, Query(description="full-text search: every word must occur", max_length=500)]
             = None,
             narrative: str | None = None,
             stance: Literal["pushes", "refutes", "mentions"] | None = None,
             story: str | None = None, language: str | None = None, outlet: str | None = None,
             technique: str | None = None,
             since: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
             until: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
             offset: Annotated[int, Query(ge=0, le=Q.MAX_INTEGER)] = 0,
             limit: Annotated[int | None, Query(description=_LIMIT)] = None) -> dict[str, Any]:
    offset, limit = _page_limits(state, offset, limit)
    f = Q.ArticleFilter(q=q, narrative=_known_narrative(state, narrative), stance=stance, story=story,
                        language=language, outlet=outlet, technique=technique,
                        since=_day(since, "since"), until=_day(until, "until"))
    return Q.search_articles(state.store().connection, f, offset=offset, limit=limit).to_dict()


@router.get("/articles/{row}", summary="One article with its text and analysis")
def article(row: int, state: State) -> dict[str, Any]:
    return found(Q.article_detail(state.store().connection, row), f"article {row}")


# --- narratives, stories, flows, sources ----------------------------------------------------------

@router.get("/narratives", summary="The catalogue's narratives with matched articles per stance")
def narratives(state: State) -> list[dict[str, Any]]:
    totals = Q.narrative_totals(state.store().connection)
    return [{"id": n.id, "title": n.title, "parent": n.parent, "articles": totals.get(n.id, {})}
            for n in state.catalogue.narratives]


@router.get("/timeline", summary="Matched articles per narrative, stance and week (or day)")
def timeline(state: State, by: Literal["week", "day"] = "week", narrative: str | None = None) -> dict[str, Any]:
    return Q.narrative_counts(state.store().connection, by, _known_narrative(state, narrative))


@router.get("/narratives/{narrative_id:path}/lineage", summary="How a narrative's claims changed: claim families "
            "(agent, moved group) and their variants (origin, destination, means, source) in time order")
def narrative_lineage(narrative_id: str, state: State) -> dict[str, Any]:
    state.narrative(narrative_id)  # 404 when neither the catalogue nor the store knows it
    return narrative_lineages(state.store().connection, narrative_id, state.settings)[0]


@router.get("/narratives/{narrative_id:path}", summary="One narrative: its catalogue entry, counts over time, "
            "evidence to quote, stories and claimed flows")
def narrative(narrative_id: str, state: State) -> dict[str, Any]:
    entry, totals = state.narrative(narrative_id)
    conn = state.store().connection
    return {"id": narrative_id, "title": entry.title if entry else None,
            "description": entry.description if entry else None, "claims": list(entry.claims) if entry else [],
            "parent": entry.parent if entry else None, "in_catalogue": entry is not None,
            "articles": totals, "timeline": Q.narrative_counts(conn, "week", narrative_id),
            "evidence": Q.evidence_quotes(conn, narrative_id), "stories": Q.stories(conn, narrative_id),
            "flows": Q.flows(conn, narrative_id)}


@router.get("/stories", summary="Stories (articles telling the same story, across languages), largest first")
def stories(state: State, narrative: str | None = None) -> list[dict[str, Any]]:
    return Q.stories(state.store().connection, _known_narrative(state, narrative))


@router.get("/stories/{story_id:path}/lineage", summary="How a story's claims changed, as for a narrative")
def story_lineage_of(story_id: str, state: State) -> dict[str, Any]:
    conn = state.store().connection
    now = found(Q.story(conn, story_id), f"story {story_id!r}")  # an old id finds the story it became
    return story_lineage(conn, str(now["id"]), state.settings)


@router.get("/stories/{story_id:path}", summary="One story with its articles")
def story(story_id: str, state: State) -> dict[str, Any]:
    return found(Q.story(state.store().connection, story_id), f"story {story_id!r}")


@router.get("/flows", summary="Claimed moves, origin -> destination, with coordinates")
def flows(state: State, narrative: str | None = None) -> list[dict[str, Any]]:
    return Q.flows(state.store().connection, _known_narrative(state, narrative))


@router.get("/sources", summary="Who is cited (agencies, ministries, anonymous sources), by how many articles")
def sources(state: State) -> list[dict[str, Any]]:
    return Q.sources(state.store().connection)


@router.get("/outlets", summary="Outlets: articles, languages, first and last seen, narratives pushed")
def outlets(state: State) -> list[dict[str, Any]]:
    return Q.outlets(state.store().connection)


@router.get("/feeds", summary="The feeds and pages `narrascope watch` polls, and how the last poll went")
def feeds(state: State) -> list[dict[str, Any]]:
    return Q.feeds(state.store().connection)


# --- writes: ingest, re-analysis, stories ---------------------------------------------------------

@router.post("/ingest", status_code=202, summary="Analyse a batch of articles into the store, as a job")
def ingest(body: IngestIn, state: Writer) -> dict[str, Any]:
    limit = state.settings.api_max_batch_articles
    if not body.articles:
        raise UsageError("the batch has no articles", code=E_BAD_REQUEST)
    if len(body.articles) > limit:
        raise UsageError(f"{len(body.articles)} articles in one batch; at most {limit} (api_max_batch_articles)",
                         code=E_BAD_REQUEST)
    articles = list(body.articles)
    for i, a in enumerate(articles):  # before the job starts: a bad article is the request's fault
        _check_article(a, f"articles.{i}")

    def documents() -> Iterator[Document | Failure]:
        for i, a in enumerate(articles, 1):
            try:
                yield _document(a, f"api-{i}", state)
            except (InputError, UsageError) as err:
                yield Failure(a.id or f"api-{i}", err.code, err.message)

    def run(store: Store, analyser: Analyser, job: Job) -> IngestReport:
        return ingest_documents(store, analyser, documents(), on_progress=job.report, on_failure=job.fail)

    return _analysis_job(state, "ingest", run, regroup=lambda report: report.new > 0, total=len(articles),
                         detail="analysing").to_dict()


def _reanalyse_job(state: ServerState, everything: bool) -> Job:
    def run(store: Store, analyser: Analyser, job: Job) -> IngestReport:
        return reanalyse(store, analyser, everything=everything, on_progress=job.report, on_failure=job.fail)

    return _analysis_job(state, "reanalyse", run, regroup=lambda report: True, detail="re-analysing")


def _analysis_job(state: ServerState, kind: str, run: Callable[[Store, Analyser, Job], IngestReport], *,
                  regroup: Callable[[IngestReport], bool], total: int | None = None, detail: str = "") -> Job:
    """A job that analyses into the store through its own connection, holding the analyser, then groups
    the store's stories again when ``regroup(report)`` says the store changed."""
    def work(job: Job) -> str:
        analyser = state.analyser()
        with Store(state.config.db, settings=state.settings) as store, state.analyse_lock:
            report = run(store, analyser, job)
            job.report(report)
            if regroup(report):
                job.detail = "grouping stories"
                stories_of_store(store, analyser.encoder, analyser.catalogue, state.settings)
            if state.alert_rules is not None:
                job.detail = "alerts"
                alerts = run_alerts(store, state.alert_rules, state.settings, titles=state.titles,
                                    allow_hosts=state.config.webhook_hosts)
                return f"{report.summary()}; {alerts.summary()}"
        return report.summary()

    return state.jobs.start(kind, work, total=total, detail=detail)


@router.post("/reanalyse", status_code=202, summary="Redo analyses made with another tool or catalogue version "
             "(`{\"everything\": true}`: all of them) as a job; the body may be left out")
def reanalyse_stale(state: Writer, body: ReanalyseIn | None = None,
                    everything: Annotated[Literal["true", "false"] | None,
                                          Query(description="the body's `everything`, given in the query "
                                                            "(`true` or `false`)")] = None) -> dict[str, Any]:
    given = body.everything if body is not None and "everything" in body.model_fields_set else None
    asked = None if everything is None else everything == "true"
    if given is not None and asked is not None and given != asked:
        raise UsageError("'everything' is given twice, in the body and the query, with different values",
                         code=E_BAD_REQUEST)
    return _reanalyse_job(state, bool(given or asked)).to_dict()


@router.get("/jobs", summary="Recent jobs, the running one first")
def jobs(state: State) -> list[dict[str, Any]]:
    return [j.to_dict() for j in state.jobs.all()]


@router.get("/jobs/{job_id}", summary="One job's progress")
def job(job_id: str, state: State) -> dict[str, Any]:
    return state.jobs.get(job_id).to_dict()


# --- the catalogue ------------------------------------------------------------------------------

@router.get("/catalogue", summary="The catalogue: its YAML text and narratives")
def catalogue(state: State) -> dict[str, Any]:
    c = state.catalogue
    return {"path": str(state.config.catalogue_path()), "version": c.version, "text": state.catalogue_text(),
            "warnings": list(c.warnings),
            "narratives": [{"id": n.id, "title": n.title, "description": n.description, "claims": list(n.claims),
                            "parent": n.parent, "line": n.line} for n in c.narratives]}


@router.post("/catalogue/validate", summary="Check catalogue YAML without saving it; errors name the line and field")
def validate_catalogue(body: CatalogueIn, state: State) -> dict[str, Any]:
    try:
        path = state.config.catalogue_path()
        c = parse_catalogue(body.text, path.name, state.settings, base=path.parent, confined=True,
                            trusted=state.example_files())
    except CatalogueError as err:
        return {"valid": False, "error": {"code": err.code, "message": err.message, **located(err)}}
    return {"valid": True, "narratives": len(c.narratives), "version": c.version, "warnings": list(c.warnings)}


@router.put("/catalogue", summary="Validate and replace the catalogue; then re-analyse the store as a job")
def replace_catalogue(body: CatalogueIn, state: Writer) -> JSONResponse:
    running = state.jobs.running
    if running is not None:  # its analyses would mix two catalogues; and the swap would wait for it
        raise UsageError(f"{running.kind} {running.id} is running; save the catalogue when it has finished",
                         code=E_BUSY)
    c = state.replace_catalogue(body.text)
    stale = len(state.store().stale(Versions.current(c)))
    started = None
    if body.reanalyse and stale:
        try:
            started = _reanalyse_job(state, everything=False).to_dict()
        except UsageError:  # a job started since the check: the saved catalogue stands, POST /api/reanalyse later
            started = None
    return JSONResponse({"version": c.version, "narratives": len(c.narratives), "warnings": list(c.warnings),
                         "stale": stale, "job": started})


@router.post("/articles/{row}/label", summary="Label a stored article as pushing a narrative or not: it joins the "
             "catalogue's examples, and the store is re-analysed as a job")
def label_article(row: int, body: LabelIn, state: Writer) -> JSONResponse:
    running = state.jobs.running
    if running is not None:
        raise UsageError(f"{running.kind} {running.id} is running; label when it has finished", code=E_BUSY)
    c, labels = state.label_article(row, body.narrative, body.pushes)
    stale = len(state.store().stale(Versions.current(c)))
    started = None
    if stale:
        try:
            started = _reanalyse_job(state, everything=False).to_dict()
        except UsageError:
            started = None
    return JSONResponse({"row": row, "narratives": labels, "examples": len(c.examples), "version": c.version,
                         "stale": stale, "job": started})


# --- exports -------------------------------------------------------------------------------------

_MEDIA = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8",
          "parquet": "application/vnd.apache.parquet"}


@router.get("/export", summary="Download the analyses (JSON Lines) or one flat table (JSONL, CSV, Parquet)")
def export_file(state: State, format: Literal["jsonl", "csv", "parquet"] = "jsonl",
                table: Literal["articles", "claims", "narratives", "sources", "techniques"] | None = None
                ) -> FileResponse:
    tmp = Path(tempfile.mkstemp(prefix="narrascope-export-", suffix=f".{format}")[1])
    try:
        export(state.store(), tmp, format, table)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    name = f"{state.config.db.stem}-{table or ('analyses' if format == 'jsonl' else 'articles')}.{format}"
    return FileResponse(tmp, media_type=_MEDIA[format], filename=name, background=BackgroundTask(tmp.unlink))
