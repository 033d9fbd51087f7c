"""The HTML report: one self-contained page, no script, nothing fetched, every data string escaped;
checked by parsing it and by opening it in a real browser (Debian's chromium via Playwright)."""

from __future__ import annotations

import contextlib
import html
import io
import math
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from narrascope.cli import main
from narrascope.report import svg
from narrascope.report.html import (
    CSP,
    MAX_ROWS,
    MAX_WEEKS,
    render_report,
    weeks_between,
)
from narrascope.store import Store

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "sample"
SCRIPT = "<script>alert(1)</script>"
BREAKOUT = '"><img src=x onerror=alert(1)>'
JS_URL = "javascript:alert(1)"
RTL = "\u202eالشرق اليوم\u202c يقول"
HUGE = "x" * 50_000
VOID = {"meta", "br", "hr", "img", "input", "link", "wbr"}
# --disable-dev-shm-usage: containers often give /dev/shm 64 MB, too little for a full-page screenshot
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", "--disable-dev-shm-usage"]


class Walk(HTMLParser):
    """Every tag and attribute of a page, failing on an end tag that closes anything but the open element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.open[-1] if self.open else 'nothing'}>")
        else:
            self.open.pop()


def walk(page: str) -> Walk:
    w = Walk()
    w.feed(page)
    w.close()
    assert not w.errors, w.errors[:5]
    assert w.open == [], f"left open: {w.open}"
    return w


def assert_inert(page: str) -> None:
    """No script, no event handler, no link or load out of the page, and every element closed in order."""
    assert "<script" not in page.lower()
    for tag, attrs in walk(page).tags:
        assert tag not in ("script", "img", "iframe", "object", "embed", "link", "base", "form"), tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert name not in ("src", "style", "srcdoc", "action", "formaction", "background"), (tag, name)
            if name in ("href", "xlink:href"):
                assert (value or "").startswith("#"), (tag, value)


def urls(page: str) -> set[str]:
    return set(re.findall(r"https?://[^\s\"'<>]*", page))


# --- the sample store, through the command line ----------------------------------------------------

@pytest.fixture(scope="module")
def sample_report(tmp_path_factory) -> tuple[Path, Path, str]:  # type: ignore[no-untyped-def]
    """examples/sample ingested into a fresh store (no stories yet), then ``narrascope report``."""
    folder = tmp_path_factory.mktemp("report")
    db, out = folder / "sample.db", folder / "report.html"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(io.StringIO()):
        assert main(["ingest", str(SAMPLE), "--db", str(db), "--quiet"]) == 0
        assert main(["report", "--db", str(db), "--out", str(out), "--title", "Sample <monitor>"]) == 0
    return db, out, printed.getvalue()


def test_report_command_computes_missing_stories_and_prints_counts(sample_report):
    db, out, printed = sample_report
    with Store(db, create=False) as store:
        stories = store.stories()
        articles = sum(1 for _ in store.records())
    assert stories, "the report computed the stories and saved them in the store"
    assert f"{out}: {articles} articles, {len(stories)} stories" in printed


@pytest.mark.parametrize("name", ["rep.md", "report.markdown", "report.txt", "report"])
def test_a_report_asked_for_under_another_name_than_html_is_refused_not_written_as_html(
        sample_report, tmp_path, capsys, name):  # type: ignore[no-untyped-def]
    """The report is HTML only: `--out rep.md` must not quietly hold HTML under a Markdown name."""
    out = tmp_path / name
    assert main(["report", "--db", str(sample_report[0]), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "[E401]" in err and "give a file ending in .html" in err and not out.exists()


def test_sample_report_has_every_section_and_the_real_data(sample_report):
    db, out, _ = sample_report
    page = out.read_text(encoding="utf-8")
    for section in ("overview", "timeline", "flows", "stories", "techniques", "citations"):
        assert f'<section id="{section}">' in page
    assert "<title>Sample &lt;monitor&gt;</title>" in page
    with Store(db, create=False) as store:
        story = store.stories()[0]
    assert html.escape(story["label"]) in page
    assert page.count('class="country"') > 100
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in page and 'class="chart timeline"' in page
    assert "Syria" in page and "Ukraine" in page  # the sample's claimed flow


def test_sample_report_is_inert_self_contained_and_declares_its_csp(sample_report):
    page = sample_report[1].read_text(encoding="utf-8")
    assert_inert(page)
    metas = [a for t, a in walk(page).tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert metas == [{"http-equiv": "Content-Security-Policy", "content": CSP}]
    assert CSP == "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    assert urls(page) == {svg.SVG_NS}


# --- hostile data, straight into render_report ---------------------------------------------------

def hostile_records() -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, str]]:
    """Analyses, stories and catalogue titles whose every string is an attack or an oddity."""
    evil = [SCRIPT, BREAKOUT, JS_URL, RTL, HUGE, "nul\x00 and \ud800 lone surrogate"]
    place = {"text": BREAKOUT, "canonical": SCRIPT, "lat": 35.0, "lon": 38.0}
    records = []
    for i, s in enumerate(evil):
        records.append({
            "id": f"{s}-{i}", "title": s, "language": s, "published": ["2023-01-02", JS_URL, "0001-01-01"][i % 3],
            "outlet": s,
            "narratives": [{"id": s, "title": s, "score": 0.9, "matched": True, "stance": "pushes",
                            "evidence": [{"text": s, "start": 0, "end": 1}]}],
            "claims": [{"type": "relocation", "origin": place, "modality": "asserted", "agent": {"text": s},
                        "destination": {"text": s, "lat": [math.nan, 1e9, 10.0][i % 3], "lon": 20.0}}],
            "sources": [{"text": s, "canonical": s, "kind": s}],
            "techniques": [{"technique": s, "text": s, "start": 0, "end": 1, "confidence": 0.5, "detector": s}],
        })
    stories = [{"id": s, "label": s, "members": [s, JS_URL], "size": 2, "languages": [s], "outlets": [s],
                "first_seen": s, "last_seen": s, "narratives": [s], "frames": [s],
                "flows": [{"origin": s, "destination": BREAKOUT, "articles": s}],
                "evidence": [{"text": s, "start": 0, "end": 1}], "new_narrative": True} for s in evil]
    return records, stories, {s: s for s in evil}


@pytest.fixture(scope="module")
def hostile_page() -> str:
    records, stories, titles = hostile_records()
    return render_report(records, stories, titles, generated=SCRIPT, title=BREAKOUT)


def test_hostile_strings_come_out_escaped_never_as_markup(hostile_page):
    assert_inert(hostile_page)
    assert "onerror=" not in "".join(f"{n}=" for _, a in walk(hostile_page).tags for n in a)
    assert html.escape(SCRIPT) in hostile_page and html.escape(BREAKOUT) in hostile_page
    assert urls(hostile_page) == {svg.SVG_NS}


def test_hostile_strings_are_escaped_inside_svg_text_and_titles_too(hostile_page):
    svgs = re.findall(r"<svg.*?</svg>", hostile_page, flags=re.S)
    assert len(svgs) > 3  # timeline, map, techniques, and one chart per lineage family
    assert any('class="chart lineage"' in s for s in svgs)
    assert all(html.escape(SCRIPT) in s for s in svgs)
    assert not any("<script" in s or "<img" in s for s in svgs)


def test_long_lines_are_cut_and_the_page_stays_writable(hostile_page):
    assert "x" * 1000 not in hostile_page
    assert len(hostile_page) < 400_000  # 136 KB of them are the map
    hostile_page.encode("utf-8")  # no lone surrogate left
    assert "\x00" not in hostile_page


def test_right_to_left_text_is_isolated_and_loses_its_override(hostile_page):
    assert "<bdi>الشرق اليوم يقول</bdi>" in hostile_page
    assert "\u202e" not in hostile_page


def test_stories_show_their_evidence_members_and_the_new_narrative_badge(hostile_page):
    assert hostile_page.count('<span class="badge">new narrative candidate</span>') == 6
    assert f"<code><bdi>{html.escape(JS_URL)}</bdi></code>" in hostile_page
    assert "<blockquote>\u201c<bdi>" + html.escape(SCRIPT) in hostile_page


def test_flows_without_usable_coordinates_are_listed_but_not_drawn(hostile_page):
    # NaN and 1e9 latitudes are no places: those flows appear in the table only
    assert hostile_page.count("no (place not in the gazetteer)") == 4
    assert hostile_page.count('class="flow"') == 2


def test_an_empty_store_still_makes_a_page():
    page = render_report([], [], {}, generated="now")
    assert_inert(page)
    assert "No dated articles." in page and "No stories" in page


def test_the_overview_counts_one_of_a_kind_in_the_singular():
    record = {"id": "a", "outlet": "Daily", "language": "en", "narratives": [
        {"id": "n", "title": "N", "score": 0.9, "matched": True, "stance": "pushes", "evidence": []}]}
    page = render_report([record], [], {}, generated="now")
    assert "<b>1</b>narrative matched<" in page and "<b>1</b>article<" in page and "<b>1</b>outlet<" in page
    assert "<b>0</b>stories<" in page and "1 narratives" not in page and "1 articles" not in page


def test_long_tables_are_cut_with_a_note_of_what_was_left_out():
    records = [{"id": str(i), "outlet": f"outlet {i}", "sources": [{"text": "AP", "kind": "agency"}]}
               for i in range(MAX_ROWS + 7)]
    page = render_report(records, [], {}, generated="now")
    assert "7 more rows not shown." in page
    assert f"outlet {MAX_ROWS - 1}" in page and f"outlet {MAX_ROWS}<" not in page


# --- the pieces -----------------------------------------------------------------------------------

def test_esc_escapes_quotes_and_cuts_with_an_ellipsis():
    assert svg.esc(BREAKOUT) == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
    assert svg.esc("abcdef", 4) == "abc\u2026"
    assert svg.esc("'") == "&#x27;"


@pytest.mark.parametrize("at, expected", [
    ([48.5, 35.0], (48.5, 35.0)), (None, None), ([math.nan, 1.0], None), ([91.0, 0.0], None),
    ([0.0, 181.0], None), (["a", "b"], None), ([1.0], None),
])
def test_coordinates_accept_only_places_on_earth(at, expected):
    assert svg.coordinates(at) == expected


def test_projection_is_equirectangular():
    assert svg.project(svg.MAP_TOP, -180.0) == (0.0, 0.0)
    assert svg.project(0.0, 0.0) == (180 * svg.MAP_SCALE, svg.MAP_TOP * svg.MAP_SCALE)


def test_weeks_between_fills_empty_weeks_and_keeps_only_the_latest():
    assert weeks_between("2025-03-05", "2025-03-17") == ["2025-03-03", "2025-03-10", "2025-03-17"]
    weeks = weeks_between("0001-01-01", "2025-03-17")
    assert len(weeks) == MAX_WEEKS and weeks[-1] == "2025-03-17"


@pytest.mark.parametrize("top, step", [(1, 1), (4, 1), (9, 2), (23, 5), (180, 50), (1000, 200)])
def test_axis_steps_are_round_numbers(top, step):
    assert svg.nice_step(top) == step


def test_world_shapes_ship_with_the_package():
    countries = svg.world()
    assert len(countries) > 150
    assert {"Ukraine", "Syria", "Afghanistan"} <= {c["name"] for c in countries}
    assert all(len(ring) >= 3 for c in countries for ring in c["rings"])


# --- a real browser ---------------------------------------------------------------------------------

def visit(browser: Any, path: Path, screenshot: Path) -> dict[str, Any]:
    """Open a page and say what it did: console errors, requests, dialogs, and what it drew."""
    seen: dict[str, list[str]] = {"errors": [], "requests": [], "dialogs": []}
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    drawn = {"countries": page.locator("svg.map path.country").count(),
             "timelines": page.locator("svg.timeline").count()}
    page.screenshot(path=str(screenshot), full_page=True)
    page.close()
    return {**seen, **drawn}


def test_a_real_browser_renders_the_report_offline_without_errors(sample_report, hostile_page, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed (pip install playwright)")
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("no chromium on PATH (Debian: apt-get install chromium)")
    hostile = tmp_path / "hostile.html"
    hostile.write_text(hostile_page, encoding="utf-8")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            visits = {path: visit(browser, path, tmp_path / f"{path.stem}.png") for path in (sample_report[1], hostile)}
        finally:
            browser.close()
    for path, seen in visits.items():
        assert seen["errors"] == [] and seen["dialogs"] == [], path.name
        assert seen["requests"] == [path.as_uri()], "nothing but the file itself is loaded"
        assert seen["countries"] > 100 and seen["timelines"] == 1, path.name
    assert (tmp_path / "report.png").stat().st_size > 10_000


def test_the_overview_counts_fact_checks_and_mentions_as_well_as_pushing_articles():
    """A refuting narrative is never matched; the overview still counts the fact-check, and an article
    on the topic (a mention above the noise floor) apart from one where the narrative barely registers."""
    def record(aid: str, score: float, matched: bool, stance: str) -> dict[str, Any]:
        return {"id": aid, "language": "en", "narratives": [
            {"id": "n1", "title": "N1", "score": score, "matched": matched, "stance": stance}]}

    records = [record("push", 0.8, True, "pushes"), record("check", 0.01, False, "refutes"),
               record("topic", 0.2, False, "mentions"), record("noise", 0.03, False, "mentions")]
    page = render_report(records, [], {"n1": "N1"}, generated="2026-12-05")
    row = re.search(r"<tr><td><bdi>N1</bdi></td>.*?</tr>", page, re.S)
    assert row is not None
    assert re.findall(r'<td class="n">(\d+)</td>', row.group(0)) == ["1", "1", "1"]  # pushing, refuting, mentioning
