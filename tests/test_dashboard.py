"""The dashboard without a browser: highlighting and link rules as pure functions, and the pages
as HTML (the real browser checks are in test_dashboard_browser.py)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from narrascope.api import ServerConfig, create_app
from narrascope.dashboard.highlight import (
    Mark,
    highlight,
    marked_snippet,
    marks_of,
    segments,
)
from narrascope.dashboard.pages import safe_href
from narrascope.ingest.records import make_document
from narrascope.model import Analysis
from narrascope.store import Store, Versions

HTML = {"accept": "text/html"}


# --- highlighting ------------------------------------------------------------------------------

def test_segments_cover_the_text_once_and_know_which_marks_cover_each_piece() -> None:
    marks = [Mark(2, 8, "evidence", "e"), Mark(5, 12, "technique", "t")]
    pieces = segments(15, marks)
    assert [(a, b) for a, b, _ in pieces] == [(0, 2), (2, 5), (5, 8), (8, 12), (12, 15)]
    assert [tuple(m.kind for m in c) for _, _, c in pieces] == [(), ("evidence",), ("evidence", "technique"),
                                                                ("technique",), ()]


def test_highlight_escapes_the_text_and_the_labels() -> None:
    text = 'He said <script>alert("x")</script> & left.'
    html = str(highlight(text, [Mark(8, 35, "evidence", '<img src=x onerror="alert(1)">')]))
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp; left" in html
    assert '<mark class="hl-evidence" title="&lt;img src=x onerror=&#34;alert(1)&#34;&gt;">' in html
    assert re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", '"') \
        .replace("&amp;", "&") == text


def test_marks_are_taken_from_every_part_of_an_analysis_and_clipped_to_the_text() -> None:
    analysis = {
        "narratives": [{"id": "n", "title": "N", "matched": True, "stance": "pushes",
                        "evidence": [{"start": 0, "end": 4}]},
                       {"id": "m", "matched": False, "evidence": [{"start": 5, "end": 9}]}],
        "claims": [{"type": "relocation", "evidence": {"start": 0, "end": 9}, "moved": {"text": "fighters"}}],
        "sources": [{"text": "SVR", "kind": "government", "start": 10, "end": 13}],
        "techniques": [{"technique": "Loaded_Language", "start": 2, "end": 3}, {"technique": "Doubt", "start": 5,
                                                                              "end": 999}],
    }
    kinds = sorted((m.kind, m.start, m.end) for m in marks_of(analysis, 20))
    assert kinds == [("claim", 0, 9), ("evidence", 0, 4), ("source", 10, 13), ("technique", 2, 3)]


def test_search_snippets_mark_only_the_words_the_store_marked() -> None:
    assert str(marked_snippet("a \x02<b>bridge</b>\x03 c")) == "a <mark>&lt;b&gt;bridge&lt;/b&gt;</mark> c"


@pytest.mark.parametrize("url, kept", [
    ("https://example.org/a?b=1", True), ("http://example.org", True), ("javascript:alert(1)", False),
    (" JavaScript:alert(1)", False), ("data:text/html,<script>", False), ("//evil.example/x", False),
    ("vbscript:x", False), ("https:///nohost", False), (None, False), ("http://[::1", False),
])
def test_only_http_links_become_links(url: object, kept: bool) -> None:
    assert (safe_href(url) is not None) == kept


# --- pages ------------------------------------------------------------------------------------

HOSTILE_TITLE = '<script>alert("t")</script>Bridge <img src=x onerror=alert(2)>'


@pytest.fixture(scope="module")
def client(tmp_path_factory, analyser) -> TestClient:  # type: ignore[no-untyped-def]
    """A store of two articles with markup in every field, analysed for real."""
    db = tmp_path_factory.mktemp("dash") / "d.db"
    texts = [
        ("Officials said the bridge over the river will reopen in May. <script>alert(1)</script> "
         "The mayor <b onclick=alert(3)>promised</b> more buses.", HOSTILE_TITLE, "javascript:alert(4)"),
        ("Местные жители рассказали, что американские военные вывезли боевиков ИГИЛ из сирийской тюрьмы "
         "в Ирак на вертолётах, сообщает агентство.", "Вывоз боевиков", "https://example.org/ru"),
    ]
    with Store(db) as store:
        versions = Versions.current(analyser.catalogue)
        for i, (text, title, url) in enumerate(texts):
            doc = make_document(f"d{i}", text, source="test", title=title, published="2025-05-0" + str(i + 1),
                                outlet='<i onmouseover="x()">Outlet</i>', url=url)
            store.add(Analysis(analyser.pipeline(doc)), versions)
    config = ServerConfig(db=db, token="t", load_analyser_at_start=False)
    return TestClient(create_app(config, make_analyser=lambda c: dataclasses.replace(analyser, catalogue=c)),
                      base_url="http://127.0.0.1:8000")


@pytest.mark.parametrize("path", ["/", "/articles", "/articles/1", "/articles/2", "/articles?q=bridge",
                                  "/narratives", "/stories", "/sources", "/catalogue", "/ingest"])
def test_pages_render_markup_from_the_data_as_text(client, path: str) -> None:
    response = client.get(path, headers=HTML)
    assert response.status_code == 200, response.text[:300]
    html = response.text
    assert "<script>alert" not in html and "<img src=x" not in html and "<b onclick" not in html
    assert 'href="javascript:' not in html.lower() and "<i onmouseover" not in html
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/app.js" defer>']
    assert _handlers(html) == []  # no element carries an inline handler


def _handlers(html: str) -> list[str]:
    """Inline event-handler attributes (onclick, onerror, ...) of the page's elements, as a browser parses them."""
    from html.parser import HTMLParser

    found: list[str] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.extend(f"{tag}.{name}" for name, _ in attrs if name.startswith("on"))

    Parser().feed(html)
    return found


def test_the_article_page_marks_its_spans_and_links_its_narratives(client) -> None:
    html = client.get("/articles/2", headers=HTML).text
    assert 'class="legend"' in html and "hl-claim" in html and "hl-source" in html
    assert 'dir="auto"' in html and 'lang="ru"' in html
    assert re.search(r'<a href="https://example.org/ru" rel="noreferrer nofollow">', html)
    first = client.get("/articles/1", headers=HTML).text
    assert "javascript:alert(4)" in first and 'href="javascript' not in first  # shown, not linked


def test_each_narrative_on_an_article_page_can_be_labelled(client) -> None:
    html = client.get("/articles/2", headers=HTML).text
    boxes = re.findall(r'<span class="label-buttons" data-row="2" data-narrative="([^"]+)">', html)
    assert boxes and all('data-pushes="true"' in html and 'data-pushes="false"' in html for _ in boxes)
    assert 'id="token"' in html  # writes need the token; the page asks for it
    listed = set(boxes) | set(re.findall(r'<option value="([^"]+)">', html))
    assert listed == {n["id"] for n in client.get("/api/catalogue").json()["narratives"]}  # any of them
    assert 'data-select="label-other"' in html


def test_an_empty_store_still_has_an_overview(tmp_path, analyser) -> None:
    config = ServerConfig(db=tmp_path / "empty.db", token="t", load_analyser_at_start=False)
    client = TestClient(create_app(config, make_analyser=lambda c: dataclasses.replace(analyser, catalogue=c)),
                        base_url="http://127.0.0.1:8000")
    html = client.get("/", headers=HTML).text
    assert "The store is empty" in html
    assert client.get("/articles?q=anything", headers=HTML).status_code == 200


def test_unknown_pages_answer_a_browser_with_an_html_error_page(client) -> None:
    missing = client.get("/articles/99999", headers=HTML)
    assert missing.status_code == 404 and "E422" in missing.text and "<html" in missing.text
    assert client.get("/nowhere", headers=HTML).status_code == 404
    assert client.get("/articles/99999").json()["error"]["code"] == "E422"  # an API client gets JSON


@pytest.mark.parametrize("query", ["since=bad", "until=2023-02-30", "since=2023-W01-1", "since=2021-01-01&until=soon"])
def test_a_date_filter_that_is_not_a_day_is_said_so_and_lists_nothing(client, query: str) -> None:
    """As the API's E420: never the whole store under a filter that was silently dropped."""
    answer = client.get(f"/articles?{query}", headers=HTML)
    assert answer.status_code == 422 and "<html" in answer.text
    assert 'role="alert"><code>E420</code>' in answer.text and "is not a day of the calendar" in answer.text
    assert "0 articles" in answer.text and 'class="filters"' in answer.text   # the form, to correct it


def test_a_date_filter_that_is_a_day_or_empty_filters_quietly(client) -> None:
    for query in ("since=", "since=2000-01-01", "until=2100-12-31&since="):
        answer = client.get(f"/articles?{query}", headers=HTML)
        assert answer.status_code == 200 and "E420" not in answer.text and "0 articles" not in answer.text


@pytest.mark.parametrize("path", ["/articles/9223372036854775808", "/articles/x",
                                  "/articles?offset=9223372036854775808", "/articles?offset=many"])
def test_a_browser_gets_an_html_page_for_any_bad_address(client, path: str) -> None:
    answer = client.get(path, headers=HTML)
    assert answer.status_code in (200, 404, 422) and "<html" in answer.text, answer.text[:200]


def test_static_files_exist_where_the_pages_point(client) -> None:
    for path in ("/static/app.css", "/static/app.js", "/static/docs.js"):
        assert client.get(path).status_code == 200
    assert Path(__file__).parent.joinpath("..", "src", "narrascope", "dashboard", "static", "app.js").exists()
