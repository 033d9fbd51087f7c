"""The dashboard in a real browser: Debian's chromium driven by Playwright, against ``narrascope serve``'s
application running in uvicorn, over a store of the sample corpus and the hostile corpus in tests/hostile.

Read-only pages are checked on one server; the catalogue editor and the ingest form write, so they get a
second server over a copy of the store. Every page is watched: a console error, an uncaught exception, a
CSP violation, a dialog or a request to another origin fails the test that opened it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed (pip install playwright)")
uvicorn = pytest.importorskip("uvicorn", reason="uvicorn not installed (pip install -e '.[api]')")
CHROMIUM = shutil.which("chromium")
if CHROMIUM is None:
    pytest.skip("no chromium on PATH (Debian: apt-get install chromium)", allow_module_level=True)

from test_api import served  # noqa: E402  (the same threaded server as the API's raw-socket test)
from test_report import CHROMIUM_ARGS  # noqa: E402  (the same launch as the report's browser test)

from narrascope.api import ServerConfig, create_app  # noqa: E402
from narrascope.catalogue import load_catalogue  # noqa: E402
from narrascope.corpus import views  # noqa: E402
from narrascope.corpus.build import stories_of_store  # noqa: E402
from narrascope.dashboard import highlight as H  # noqa: E402
from narrascope.dashboard.pages import ARTICLE_CHARS  # noqa: E402
from narrascope.settings import DEFAULT  # noqa: E402
from narrascope.store import Store, Versions, ingest  # noqa: E402
from narrascope.store import query as Q  # noqa: E402

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent / "examples" / "sample"
HOSTILE = HERE / "hostile"
TOKEN = "browser-test-token-7f3a"
PAGE_SIZE = 3          # small pages, so that the sample's searches have more than one
VIEWPORT = {"width": 1366, "height": 768}
NAV = ["/", "/narratives", "/articles", "/stories", "/sources", "/catalogue", "/ingest", "/alerts", "/docs"]
HUGE_HEADLINE = "Harbour log of the whole season in one line"
HUGE_BYTES = 300_000
JOB_WAIT_MS = 30_000

# Init script (run by the browser before the page's own, CSP does not apply to it): report violations.
CSP_WATCH = """document.addEventListener("securitypolicyviolation",
  (e) => window.reportViolation(e.violatedDirective + " " + e.blockedURI));"""

# Everything in a page that could run, load or navigate somewhere: must hold only our own things.
INERT_PROBE = """() => {
  const handlers = [];
  for (const el of document.querySelectorAll("*"))
    for (const a of el.attributes) if (a.name.toLowerCase().startsWith("on")) handlers.push(el.tagName + " " + a.name);
  return {
    handlers,
    scripts: Array.from(document.querySelectorAll("script")).map((s) => s.getAttribute("src")),
    links: Array.from(document.querySelectorAll("link")).map((l) => l.rel + " " + l.getAttribute("href")),
    jsLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
    actions: Array.from(document.querySelectorAll("[action], [formaction]")).map((e) => e.getAttribute("action")),
    embeds: document.querySelectorAll("iframe, frame, object, embed, img, style, base, form[action^='http']," +
                                      " marquee, [autofocus], [srcdoc], meta[http-equiv]").length,
    hrefs: Array.from(document.querySelectorAll("body [href]")).map((e) => e.getAttribute("href")),
    overflow: document.documentElement.scrollWidth - window.innerWidth,
  };
}"""


# --- the store and the servers ---------------------------------------------------------------------

def huge_line() -> str:
    """A headline, then one line of HUGE_BYTES with no newline, starting with 30,000 characters and no space."""
    sentence = "Quillmoor harbour traffic report: ferries ran late again on the northern route and pilots blamed fog. "
    body = "Z" * 30_000 + " " + sentence * (HUGE_BYTES // len(sentence))
    return f"{HUGE_HEADLINE}\n\n{body[:HUGE_BYTES]}"


@dataclass
class Site:
    origin: str
    db: Path
    catalogue: Path


@pytest.fixture(scope="module")
def built_store(analyser, tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """examples/sample, tests/hostile and a huge-line article, analysed, with their stories."""
    folder = tmp_path_factory.mktemp("dashboard")
    huge = folder / "huge" / "huge_line.txt"
    huge.parent.mkdir()
    huge.write_text(huge_line(), encoding="utf-8")
    db = folder / "built.db"
    with Store(db) as store:
        report = ingest(store, analyser, [SAMPLE, HOSTILE, huge])
        assert report.failures == [] and report.new >= 25, report.summary()
        stories_of_store(store, analyser.encoder, analyser.catalogue)
    return db


@contextlib.contextmanager
def serve(config: ServerConfig, analyser: Any) -> Iterator[str]:
    """The dashboard's application in uvicorn on a free local port, in a thread; yields its origin."""
    app = create_app(config, make_analyser=lambda catalogue: dataclasses.replace(analyser, catalogue=catalogue))
    with served(uvicorn.Config(app, log_level="warning", lifespan="off")) as (host, port):
        yield f"http://{host}:{port}"


def site_over(analyser: Any, built: Path, folder: Path) -> Iterator[Site]:
    """A server over a copy of the built store, with its own catalogue file (a copy of the bundled one)."""
    db, catalogue = folder / "monitor.db", folder / "catalogue.yaml"
    shutil.copyfile(built, db)
    catalogue.write_text(resources.files("narrascope.data").joinpath("catalogue.yaml").read_text(encoding="utf-8"),
                         encoding="utf-8")
    settings = dataclasses.replace(DEFAULT, api_default_page_size=PAGE_SIZE)
    config = ServerConfig(db=db, catalogue=catalogue, token=TOKEN, settings=settings)
    with serve(config, analyser) as origin:
        yield Site(origin, db, catalogue)


@pytest.fixture(scope="module")
def site(analyser, built_store, tmp_path_factory) -> Iterator[Site]:  # type: ignore[no-untyped-def]
    """The server for the read-only pages."""
    yield from site_over(analyser, built_store, tmp_path_factory.mktemp("read"))


@pytest.fixture(scope="module")
def writable(analyser, built_store, tmp_path_factory) -> Iterator[Site]:  # type: ignore[no-untyped-def]
    """A second server, for the tests that save the catalogue and ingest."""
    yield from site_over(analyser, built_store, tmp_path_factory.mktemp("write"))


def read(db: Path, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """A query on the store as it is now."""
    with Store(db, create=False) as store:
        return fn(store.connection, *args, **kwargs)


def records(db: Path) -> list[tuple[int, dict[str, Any], str]]:
    with Store(db, create=False) as store:
        return list(store.records())


def sources(db: Path) -> dict[int, str]:
    return dict(read(db, lambda conn: conn.execute("SELECT id, source FROM articles").fetchall()))


# --- the browser, and what it saw ------------------------------------------------------------------

@dataclass
class Watched:
    """One browser tab on a site, with everything it reported."""

    page: Any
    origin: str
    console: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)

    def goto(self, path: str) -> Any:
        response = self.page.goto(self.origin + path)
        assert response is not None and response.status == 200, (path, response and response.status)
        return response

    def assert_clean(self) -> None:
        assert self.console == [], "console errors or uncaught exceptions"
        assert self.violations == [], "CSP violations"
        assert self.dialogs == [], "a dialog opened: data ran as script"
        foreign = [u for u in self.requests if not u.startswith(self.origin + "/")]
        assert foreign == [], "requests to another origin"

    def assert_inert(self) -> dict[str, Any]:
        """Nothing on the current page can run, load or navigate anywhere but our own origin."""
        found: dict[str, Any] = self.page.evaluate(INERT_PROBE)
        where = self.page.url
        assert found["handlers"] == [], where
        assert found["scripts"] == ["/static/app.js"], where
        assert found["links"] == ["stylesheet /static/app.css", "icon data:,", "alternate /alerts.atom"], where
        assert found["jsLinks"] == 0 and found["embeds"] == 0, where
        assert set(found["actions"]) <= {"/articles"}, where
        for href in found["hrefs"]:
            assert re.match(r"^(/(?!/)|#|\?|https?://)", href), (where, href)
        assert found["overflow"] <= 1, f"{where}: the page is wider than the window by {found['overflow']}px"
        return found


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def browse(browser) -> Iterator[Callable[[Site], Watched]]:  # type: ignore[no-untyped-def]
    """Opens a fresh tab (its own context: no sessionStorage carried over) on a site, watching it."""
    contexts = []

    def open_tab(s: Site) -> Watched:
        context = browser.new_context(viewport=VIEWPORT)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        w = Watched(page, s.origin)
        context.expose_function("reportViolation", lambda what: w.violations.append(f"{page.url}: {what}"))
        context.add_init_script(CSP_WATCH)

        def on_console(m: Any) -> None:
            if m.type == "error":
                w.console.append(f"{page.url}: {m.text} {m.location.get('url', '')}".rstrip())

        page.on("console", on_console)
        page.on("pageerror", lambda e: w.console.append(f"{page.url}: uncaught {e}"))
        page.on("dialog", lambda d: (w.dialogs.append(f"{page.url}: {d.type} {d.message}"), d.dismiss()))
        page.on("request", lambda r: w.requests.append(r.url))
        return w

    yield open_tab
    for context in contexts:
        context.close()


def as_parsed(text: str) -> str:
    """Text as a browser's HTML parser keeps it: every CR LF and lone CR becomes LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def texts(locator: Any) -> list[str]:
    return [t.strip() for t in locator.all_text_contents()]


# --- read-only pages --------------------------------------------------------------------------------

def test_overview_shows_the_store_counts_and_the_narratives_of_the_week(site, browse):
    w = browse(site)
    w.goto("/")
    counts = read(site.db, Q.counts)
    cards = {c.inner_text().split("\n")[1]: c.locator("b").text_content()
             for c in w.page.locator("section.cards .card").all()}
    assert cards == {"articles": str(counts["articles"]), "analysed": str(counts["analysed"]),
                     "languages": str(counts["languages"]), "outlets": str(counts["outlets"]),
                     "stories": str(counts["stories"]), "recycled copies": str(counts["near_duplicates"])}
    assert counts["articles"] >= 25 and counts["stories"] >= 1

    assert w.page.locator("h2#rising").text_content() == "Narratives this week"
    rising = read(site.db, Q.rising, DEFAULT.dashboard_recent_days)["narratives"]
    assert rising, "the corpus has narratives pushed in its last week"
    rows = w.page.locator("h2#rising + p + table tbody tr")
    assert rows.count() == len(rising)
    titles = {n.id: n.title for n in load_catalogue(site.catalogue).narratives}
    for row, n in zip(rows.all(), rising, strict=True):
        link = row.locator("td").first.locator("a")
        assert link.get_attribute("href") == f"/narratives/{n['id']}"
        assert link.text_content() == titles[n["id"]]
        assert row.locator("td.n").first.text_content() == str(n["recent"])
    assert w.page.locator("ol.articles li").count() == 10, "the latest articles"
    w.assert_inert()
    w.assert_clean()
    assert w.requests == [site.origin + p for p in ("/", "/static/app.css", "/static/app.js")]


def test_the_api_docs_render_every_operation_from_local_files(site, browse):
    """Swagger UI (from swagger-ui-bundle, 4.x) draws the description; every file it asks for is served."""
    w = browse(site)
    failed: list[str] = []
    w.page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    w.goto("/docs")
    w.page.locator(".opblock").first.wait_for()
    paths = len(w.page.request.get(site.origin + "/openapi.json").json()["paths"])
    assert w.page.locator(".opblock-summary-path").count() >= paths  # one or more operations a path
    assert "Unable to render" not in w.page.content()
    assert failed == []
    w.assert_clean()


def narrative_with_flows(db: Path) -> str:
    totals = read(db, Q.narrative_totals)
    # with a dated article pushing it, or there is no week to draw
    found = [n for n in sorted(totals) if totals[n].get("pushes") and read(db, Q.flows, n)
             and read(db, Q.narrative_counts, "week", n)["periods"]]
    assert found, "a narrative whose dated articles claim a move (tests/hostile/narrative_with_markup.jsonl)"
    return found[0]


def test_a_narrative_page_shows_its_timeline_evidence_and_flow_map(site, browse):
    narrative = narrative_with_flows(site.db)
    quotes = read(site.db, Q.evidence_quotes, narrative, 12)
    flows = read(site.db, Q.flows, narrative)
    w = browse(site)
    w.goto(f"/narratives/{narrative}")
    entry = load_catalogue(site.catalogue).get(narrative)
    assert entry is not None
    assert w.page.locator("main h1").text_content() == entry.title
    assert w.page.locator("svg.timeline").count() == 1
    assert w.page.locator("svg.timeline").bounding_box()["height"] > 100, "the timeline is drawn, not collapsed"

    figures = w.page.locator("figure.quote")
    assert figures.count() == len(quotes) > 0
    for figure, quote in zip(figures.all(), quotes, strict=True):
        assert figure.locator("blockquote").text_content() == quote["text"]
        assert figure.locator("figcaption a").get_attribute("href") == f"/articles/{quote['row']}#main"

    assert w.page.locator("svg.map").count() == 1
    assert w.page.locator("svg.map path.country").count() > 100
    located = [f for f in flows if f["origin_at"] and f["destination_at"]]  # a place the gazetteer lacks has no arrow
    assert located and w.page.locator("svg.map path.flow").count() == len(located)
    assert w.page.locator("h2#flows + svg + table tbody tr").count() == len(flows)
    w.assert_inert()

    # an evidence quote leads to its article, where the quoted words are in the text
    figures.first.locator("figcaption a").click()
    w.page.wait_for_url(re.compile(rf"/articles/{quotes[0]['row']}#main$"))
    assert quotes[0]["text"] in w.page.locator("article.text").text_content()
    w.assert_clean()


def test_an_article_page_marks_each_kind_of_span_with_a_legend_and_links_its_narratives(site, browse):
    def kinds(rec: dict[str, Any], text: str) -> set[str]:
        return {m.kind for m in H.marks_of(rec, min(len(text), ARTICLE_CHARS))}

    row, rec, text = max(records(site.db), key=lambda r: (len(kinds(r[1], r[2])), -r[0]))
    present = kinds(rec, text)
    assert present == set(H.KINDS), f"the sample has an article with every kind of span (best: {present})"
    w = browse(site)
    w.goto(f"/articles/{row}")
    body = w.page.locator("article.text")
    assert body.text_content() == as_parsed(text), "the whole text, character for character"
    for kind in H.KINDS:
        assert body.locator(f"mark.hl-{kind}").count() > 0, kind
    for n in rec["narratives"]:
        for ev in (n.get("evidence") or []) if n.get("matched") else []:
            marked = "".join(texts(body.locator("mark.hl-evidence")))
            assert ev["text"] in marked or ev["text"].replace(" ", "") in marked.replace(" ", ""), ev["text"]
    assert texts(w.page.locator("div.legend .key")) == list(H.KINDS.values())
    assert w.page.locator("div.legend .key.absent").count() == 0

    matched = [n["id"] for n in rec["narratives"] if n.get("matched")]
    assert matched
    for narrative in matched:
        link = w.page.locator(f'ul.narratives a[href="/narratives/{narrative}"]')
        assert link.count() == 1
    w.page.locator(f'ul.narratives a[href="/narratives/{matched[0]}"]').click()
    w.page.wait_for_url(f"**/narratives/{matched[0]}")
    assert w.page.locator(f'figure.quote a[href="/articles/{row}#main"]').count() >= 1
    w.assert_clean()


def test_the_claims_table_lists_each_event_with_its_time_route_and_sentences(site, browse):
    with_claims = [(row, rec) for row, rec, _ in records(site.db) if rec["claims"]]
    assert any(c.get("time") for _, rec in with_claims for c in rec["claims"])
    w = browse(site)
    for row, rec in with_claims:
        w.goto(f"/articles/{row}")
        events = views.events(rec["claims"])
        rows = w.page.locator("h2#claims ~ table.events tbody tr")
        cells = texts(rows.locator("td:first-child"))
        assert len(cells) == len(events)
        for i, (cell, event) in enumerate(zip(cells, events, strict=True)):
            assert cell.startswith(event["type"]) and not cell.endswith("·"), cell
            assert not event.get("time") or str(event["time"]) in cell, (cell, event["time"])
            shown = texts(rows.nth(i).locator("ol.sentences li"))
            assert len(shown) == len(event["sentences"])
            assert all(s["text"] in line for s, line in zip(event["sentences"], shown, strict=True))
    w.assert_clean()


def test_an_article_page_greys_out_the_kinds_it_does_not_have(site, browse):
    row, rec, text = min(((r, {m.kind for m in H.marks_of(r[1], len(r[2]))}) for r in records(site.db)),
                         key=lambda pair: (not pair[1], len(pair[1])))[0]  # the fewest kinds, but some
    present = {m.kind for m in H.marks_of(rec, len(text))}
    assert present and present != set(H.KINDS), present
    w = browse(site)
    w.goto(f"/articles/{row}")
    for kind in present:
        assert w.page.locator(f"article.text mark.hl-{kind}").count() > 0
    assert texts(w.page.locator("div.legend .key.absent")) == [name for k, name in H.KINDS.items() if k not in present]
    w.assert_clean()


def test_an_article_out_of_the_techniques_scope_says_so(site, browse):
    """The harbour log names nothing the bundled catalogue speaks of: not analysed for techniques, and not
    "none found" either."""
    row = next(r for r, rec, _ in records(site.db) if rec.get("title") == HUGE_HEADLINE)
    w = browse(site)
    w.goto(f"/articles/{row}")
    said = w.page.locator("#techniques + p").text_content() or ""
    assert said.startswith("Not analysed:") and "technique_scope" in said, said
    w.assert_clean()


def test_search_from_the_keyboard_lists_marked_snippets_filters_and_pages(site, browse):
    everything = read(site.db, Q.search_articles, Q.ArticleFilter(q="Ukraine"), limit=100)
    languages = {a["language"] for a in everything.items}
    assert everything.total > PAGE_SIZE and len(languages) >= 3, (everything.total, languages)

    w = browse(site)
    w.goto("/narratives")
    w.page.keyboard.press("/")
    assert w.page.evaluate("document.activeElement.id") == "q", "'/' focuses the search box"
    w.page.keyboard.type("Ukraine")
    w.page.keyboard.press("Enter")
    w.page.wait_for_url("**/articles?q=Ukraine")
    status = w.page.locator("main p[role=status]").text_content()
    assert status.startswith(f"{everything.total} articles, 1–{PAGE_SIZE} shown"), status
    first = w.page.locator("ol.articles li")
    assert first.count() == PAGE_SIZE
    assert [a.get_attribute("href") for a in first.locator("a.title").all()] == \
        [f"/articles/{a['row']}" for a in everything.items[:PAGE_SIZE]]
    marks = texts(w.page.locator("p.snippet mark"))
    assert marks and all(m.lower().startswith("ukrain") for m in marks), marks
    assert w.page.locator("#q").input_value() == "Ukraine", "the box keeps the words"

    # the pager: next page, then back
    w.page.locator("nav.pager a[rel=next]").click()
    w.page.wait_for_url(re.compile(rf"offset={PAGE_SIZE}"))
    second = [a.get_attribute("href") for a in w.page.locator("ol.articles a.title").all()]
    assert second == [f"/articles/{a['row']}" for a in everything.items[PAGE_SIZE:2 * PAGE_SIZE]]
    w.page.locator("nav.pager a[rel=prev]").click()
    w.page.wait_for_url(re.compile(r"offset=0"))
    assert w.page.locator("ol.articles li").count() == PAGE_SIZE

    # a filter narrows the list
    language = "en"
    narrowed = [a for a in everything.items if a["language"] == language]
    assert 0 < len(narrowed) < everything.total
    w.page.locator("form.filters select[name=language]").select_option(language)
    w.page.locator("form.filters button[type=submit]").click()
    w.page.wait_for_url(re.compile(r"language=en"))
    assert w.page.locator("main p[role=status]").text_content().startswith(f"{len(narrowed)} article")
    shown = w.page.locator("ol.articles li span[lang]").all_text_contents()
    assert shown and set(shown) == {language}
    w.assert_inert()
    w.assert_clean()


def test_the_keyboard_reaches_the_skip_link_first_then_the_navigation_with_a_visible_focus(site, browse):
    w = browse(site)
    w.goto("/")
    focused = []
    for _ in range(len(NAV) + 3):
        w.page.keyboard.press("Tab")
        focused.append(w.page.evaluate("""() => { const e = document.activeElement;
            return {cls: e.className, id: e.id, href: e.getAttribute('href'), text: e.textContent.trim()}; }"""))
    assert focused[0] == {"cls": "skip", "id": "", "href": "#main", "text": "Skip to content"}
    assert [f["href"] for f in focused[1:len(NAV) + 2]] == ["/", *NAV], "the brand, then the navigation in order"
    assert focused[len(NAV) + 2]["id"] == "q", "then the search box"

    # the focus is visible: an outline on the focused link, and the skip link comes on screen
    for back in range(len(NAV) + 1):
        w.page.keyboard.press("Shift+Tab")
        style = w.page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
            return [s.outlineStyle, parseFloat(s.outlineWidth)]; }""")
        assert style[0] != "none" and style[1] >= 2, (back, style)
    w.page.keyboard.press("Shift+Tab")
    box = w.page.locator("a.skip").bounding_box()
    assert box is not None and box["x"] >= 0 and box["y"] >= 0, "the focused skip link is on screen"
    w.page.keyboard.press("Enter")
    assert w.page.evaluate("document.activeElement.id") == "main", "the skip link moves the focus to the content"
    w.assert_clean()


# --- the hostile corpus -----------------------------------------------------------------------------

def hostile_rows(db: Path) -> dict[str, int]:
    """Row of each hostile article, by its file (and line for exports)."""
    return {Path(src).name: row for row, src in sources(db).items() if "hostile" in src or "huge" in src}


def test_every_hostile_article_renders_inert_and_whole(site, browse):
    rows = hostile_rows(site.db)
    assert len(rows) >= 10, rows
    stored = {row: (rec, text) for row, rec, text in records(site.db)}
    w = browse(site)
    for name, row in sorted(rows.items()):
        started = time.monotonic()
        w.goto(f"/articles/{row}")
        assert time.monotonic() - started < 10, f"{name} took too long"
        w.assert_inert()
        rec, text = stored[row]
        body = w.page.locator("article.text").text_content()
        assert body == as_parsed(text[:ARTICLE_CHARS]), f"{name}: the text is shown as text, whole (or cut)"
        title = w.page.locator("main h1").text_content()
        assert title == (rec.get("title") or rec["id"]), name
    w.assert_clean()


def test_markup_in_text_and_fields_comes_out_as_visible_text(site, browse):
    rows = hostile_rows(site.db)
    w = browse(site)
    w.goto(f"/articles/{rows['script_in_text.txt']}")
    assert w.page.locator("main h1").text_content().startswith('Port authority <script>alert("headline")</script>')
    body = w.page.locator("article.text").inner_text()
    for attack in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '<a href="javascript:alert(1)">',
                   "</textarea></title></style>"):
        assert attack in body, attack

    w.goto(f"/articles/{rows['template_injection.txt']}")
    body = w.page.locator("article.text").inner_text()
    assert "{{ 7*7 }}" in body and "{% include \"base.html\" %}" in body, "template syntax is not evaluated"
    assert TOKEN not in w.page.content(), "the server's token never reaches a page"

    w.goto(f"/articles/{rows['fields.jsonl:1']}")
    meta = w.page.locator("main p.muted").first
    assert meta.inner_text().startswith("<b onmouseover=alert(1)>x</b> · 2023-06-10")
    assert meta.locator("a").count() == 0, "a javascript: URL is not a link"
    assert meta.locator('span[title="not an http(s) link"]').text_content() == "javascript:alert(1)"

    w.goto(f"/articles/{rows['fields.jsonl:3']}")
    original = w.page.locator("main p.muted a", has_text="original")
    assert original.get_attribute("href") == 'https://evil.example/story?x="><script>alert(1)</script>'
    assert original.get_attribute("rel") == "noreferrer nofollow"
    w.assert_clean()


def test_right_to_left_text_is_shown_with_dir_auto(site, browse):
    rows = hostile_rows(site.db)
    w = browse(site)
    w.goto(f"/articles/{rows['rtl_mixed.txt']}")
    assert "ميناء كويلمور" in w.page.locator('main h1[dir="auto"]').text_content()
    body = w.page.locator('article.text[dir="auto"]').text_content()
    assert "أعلنت سلطة الميناء" in body and "רשות הנמל" in body and "\u202e" in body
    assert w.page.locator("article.text").evaluate("e => getComputedStyle(e).direction") == "rtl"
    w.goto("/articles?q=Quillmoor&language=ar")
    title = w.page.locator('ol.articles a.title[dir="auto"]')
    assert title.count() == 1 and "ميناء كويلمور" in title.text_content()
    assert title.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert w.page.locator('p.snippet[dir="auto"] mark').count() >= 1
    w.assert_clean()


def test_a_huge_line_loads_cut_and_wrapped(site, browse):
    row = hostile_rows(site.db)["huge_line.txt"]
    w = browse(site)
    w.goto(f"/articles/{row}")
    body = w.page.locator("article.text")
    shown = body.text_content()
    assert shown.startswith(HUGE_HEADLINE) and len(shown) == DEFAULT.max_text_chars, "cut at max_text_chars"
    box = body.bounding_box()
    assert box is not None and box["width"] <= VIEWPORT["width"], "the unbroken run wraps inside the window"
    assert box["height"] > 5 * VIEWPORT["height"], "the text wraps onto many lines"
    w.assert_inert()
    w.assert_clean()


def test_search_results_and_lists_over_hostile_articles_are_inert(site, browse):
    expected = read(site.db, Q.search_articles, Q.ArticleFilter(q="Quillmoor"), limit=100)
    assert expected.total >= 9
    w = browse(site)
    w.goto("/articles?q=Quillmoor")
    seen: list[str] = []
    while True:
        w.assert_inert()
        seen += [a.get_attribute("href") for a in w.page.locator("ol.articles a.title").all()]
        assert all(m.lower() == "quillmoor" for m in texts(w.page.locator("p.snippet mark")))
        following = w.page.locator("nav.pager a[rel=next]")
        if not following.count():
            break
        following.click()
        w.page.wait_for_load_state()
    assert seen == [f"/articles/{a['row']}" for a in expected.items]
    for path in ("/", "/narratives", "/stories", "/sources", "/articles", "/catalogue", "/ingest",
                 "/articles?outlet=" + "%3Cb%20onmouseover%3Dalert(1)%3Ex%3C%2Fb%3E"):
        w.goto(path)
        w.assert_inert()
    assert w.page.locator("ol.articles li").count() == 1, "the outlet made of markup is a filter like any other"
    w.assert_clean()


def test_every_story_listed_opens_and_is_inert(site, browse):
    w = browse(site)
    w.goto("/stories")
    links = [a.get_attribute("href") for a in w.page.locator("main table a[href^='/stories/']").all()]
    assert len(links) == len(read(site.db, Q.stories)) >= 2
    for href in links:
        w.goto(href)
        w.assert_inert()
    w.assert_clean()


# --- writes: the catalogue editor and the ingest form -----------------------------------------------

def test_the_catalogue_editor_refuses_an_error_then_saves_a_valid_change(writable, browse):
    w = browse(writable)
    w.goto(f"/?token={TOKEN}")
    assert "token" not in w.page.url, "the token is taken out of the address bar"
    w.goto("/catalogue")
    original = writable.catalogue.read_bytes()
    editor = w.page.locator("#catalogue-text")
    assert editor.input_value() == original.decode("utf-8")
    lines = original.decode("utf-8").split("\n")
    first = load_catalogue(writable.catalogue).narratives[0]

    # an error: the first narrative loses its description
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("description:"))
    editor.fill("\n".join(lines[:at] + lines[at + 1:]))
    w.page.locator("#catalogue-save").click()
    result = w.page.locator("#catalogue-result.bad")
    result.wait_for()
    message = result.text_content()
    assert message.startswith("Not saved: [E") and f"line {first.line}" in message and "'description'" in message, \
        message
    assert writable.catalogue.read_bytes() == original, "the file on disk is unchanged"
    selected = w.page.evaluate("""() => { const t = document.getElementById('catalogue-text');
        return t.value.slice(t.selectionStart, t.selectionEnd); }""")
    assert selected == lines[first.line - 1], "the editor selects the line named in the error"

    # the same error found by the Validate button: nothing was being saved, so the editor says it is not valid
    w.page.evaluate("document.getElementById('catalogue-result').className = ''")
    w.page.locator("#catalogue-validate").click()
    w.page.locator("#catalogue-result.bad").wait_for()
    assert w.page.locator("#catalogue-result").text_content().startswith("Not valid: [E")

    # a valid change: a new title
    title = "Washington ferries Islamic State fighters (edited in the browser)"
    changed = original.decode("utf-8").replace(f"title: {first.title}", f"title: {title}", 1)
    assert changed != original.decode("utf-8")
    editor.fill(changed)
    w.page.locator("#catalogue-save").click()
    w.page.locator("#catalogue-result.ok", has_text="Saved").wait_for()
    assert "re-analysing now" in w.page.locator("#catalogue-result").text_content()
    job = w.page.locator("p.job")
    assert job.is_visible() and job.locator("progress").count() == 1
    job.locator(".job-status", has_text="finished").wait_for(timeout=JOB_WAIT_MS)
    assert job.locator(".job-status").text_content().startswith("reanalyse finished:")
    assert job.locator("progress").evaluate("p => p.value === p.max && p.max > 1")
    assert writable.catalogue.read_text(encoding="utf-8") == changed, "saved to the file"

    catalogue = load_catalogue(writable.catalogue)
    with Store(writable.db, create=False) as store:
        assert store.stale(Versions.current(catalogue)) == [], "every stored analysis redone with the new catalogue"
    w.goto("/narratives")
    assert w.page.locator(f'a[href="/narratives/{first.id}"]').text_content() == title
    w.assert_clean()


def test_labelling_an_article_in_its_page_adds_an_example_and_reanalyses(writable, browse):
    import sqlite3

    with sqlite3.connect(writable.db) as conn:
        row, narrative = conn.execute("SELECT article, narrative FROM narrative_matches WHERE matched = 1"
                                      " ORDER BY article LIMIT 1").fetchone()
    w = browse(writable)
    w.goto(f"/articles/{row}")
    w.page.locator("#token").fill(TOKEN)
    w.page.locator(f'.label-buttons[data-narrative="{narrative}"] button[data-pushes="false"]').first.click()
    result = w.page.locator("#label-result.ok")
    result.wait_for(timeout=JOB_WAIT_MS)
    assert result.text_content().startswith("Labelled: this article now pushes"), result.text_content()
    job = w.page.locator("p.job")
    job.locator(".job-status", has_text="finished").wait_for(timeout=JOB_WAIT_MS)
    examples = load_catalogue(writable.catalogue).examples
    assert any(narrative not in e.narratives and e.file is not None for e in examples)
    with sqlite3.connect(writable.db) as conn:  # re-analysed, the article is what the analyst said
        assert conn.execute("SELECT matched FROM narrative_matches WHERE article = ? AND narrative = ?",
                            (row, narrative)).fetchone() in (None, (0,))
    # a narrative the matcher did not even list for the article is offered too, and labelling with it holds
    w.goto(f"/articles/{row}")
    w.page.locator("#token").fill(TOKEN)
    other = w.page.locator("#label-other option").first.get_attribute("value")
    w.page.locator("#label-other").select_option(other)
    w.page.locator('.label-buttons[data-select="label-other"] button[data-pushes="true"]').click()
    w.page.locator("#label-result.ok").wait_for(timeout=JOB_WAIT_MS)
    w.page.locator("p.job .job-status", has_text="finished").wait_for(timeout=JOB_WAIT_MS)
    with sqlite3.connect(writable.db) as conn:
        assert conn.execute("SELECT matched, stance FROM narrative_matches WHERE article = ? AND narrative = ?",
                            (row, other)).fetchone() == (1, "pushes")
    w.assert_clean()


def test_the_ingest_form_uploads_files_shows_progress_and_stores_them(writable, browse):
    before = read(writable.db, Q.counts)["articles"]
    w = browse(writable)
    w.goto("/ingest")
    w.page.locator("#token").fill(TOKEN)
    files = [
        {"name": "quay_strike.txt", "mimeType": "text/plain", "buffer": (
            "Dock workers in Quillmoor strike over night shifts\n\nDock workers at the port of Quillmoor stopped "
            "work on Monday over new night shifts, their union said, and two ships waited off the breakwater.")
            .encode()},
        {"name": "bridge_vote.txt", "mimeType": "text/plain", "buffer": (
            "Quillmoor votes on a second bridge\n\nThe council of Quillmoor will vote next week on plans for a "
            "second bridge over the river estuary, which would cost about thirty million euros.").encode()},
    ]
    w.page.locator("#ingest-files").set_input_files(files)
    w.page.locator("#ingest-form button[type=submit]").click()
    job = w.page.locator("p.job")
    job.wait_for()
    assert job.locator("progress").count() == 1
    job.locator(".job-status", has_text="finished").wait_for(timeout=JOB_WAIT_MS)
    status = job.locator(".job-status").text_content()
    assert status.startswith("ingest finished: 2 new"), status
    assert job.locator(".job-status.ok").count() == 1
    assert job.locator("progress").evaluate("p => p.value === p.max && p.max === 2")

    assert read(writable.db, Q.counts)["articles"] == before + 2
    titles = {rec.get("title") for _, rec, _ in records(writable.db)}
    assert {"Dock workers in Quillmoor strike over night shifts", "Quillmoor votes on a second bridge"} <= titles
    w.goto("/articles?q=bridge+estuary")
    assert texts(w.page.locator("ol.articles a.title")) == ["Quillmoor votes on a second bridge"]
    w.goto("/ingest")
    assert "ingest" in texts(w.page.locator("main table tbody td")), "the job is listed"
    w.assert_clean()
