"""How the REST API reads what a client sends: bodies, query parameters, and what it refuses up front.

The application and the sample store are those of ``test_api``.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date, datetime, timedelta, timezone

import feedparser
import pytest
import test_api
from test_api import AUTH, _error, _finish, _rows

from narrascope.alerts.atom import atom_feed
from narrascope.catalogue import load_catalogue

sample_db, client, writable = test_api.sample_db, test_api.client, test_api.writable  # the same fixtures

# --- POST /api/reanalyse takes its flag as every POST takes its fields: in the JSON body ----------


def test_reanalyse_everything_given_in_the_body_redoes_every_analysis(writable) -> None:
    client, db = writable
    stored = _rows(db, "SELECT count(*) FROM analyses")[0][0]
    nothing_stale = _finish(client, client.post("/api/reanalyse", json={}, headers=AUTH).json())
    assert nothing_stale["state"] == "done" and nothing_stale["progress"].get("reanalysed", 0) == 0
    everything = _finish(client, client.post("/api/reanalyse", json={"everything": True}, headers=AUTH).json())
    assert everything["state"] == "done" and everything["progress"]["reanalysed"] == stored


def test_reanalyse_without_a_body_redoes_the_stale_analyses(writable) -> None:
    client, _ = writable
    answer = client.post("/api/reanalyse", headers=AUTH)
    assert answer.status_code == 202, answer.text
    assert _finish(client, answer.json())["state"] == "done"


@pytest.mark.parametrize("body", [{"bogus": 1}, {"everything": "yes"}, {"everything": 1}, {"everything": None}])
def test_reanalyse_refuses_an_unknown_field_or_a_truth_value_that_is_not_true_or_false(client, body) -> None:
    field = next(iter(body))
    assert field in _error(client.post("/api/reanalyse", json=body, headers=AUTH), 422, "E420")["message"]


@pytest.mark.parametrize("value", ["yes", "1", "on", "True", ""])
def test_reanalyse_in_the_query_takes_only_true_or_false(client, value: str) -> None:
    error = _error(client.post(f"/api/reanalyse?everything={value}", headers=AUTH), 422, "E420")
    assert "everything" in error["message"]


def test_reanalyse_refuses_two_different_answers_for_everything(client) -> None:
    answer = client.post("/api/reanalyse?everything=false", json={"everything": True}, headers=AUTH)
    assert "given twice" in _error(answer, 422, "E420")["message"]


# --- list endpoints: an unknown parameter is refused, a filter means the same everywhere -----------

LISTS = ["/api/articles", "/api/timeline", "/api/flows", "/api/stories", "/api/narratives", "/api/sources",
         "/api/outlets", "/api/feeds", "/api/jobs", "/api/alerts", "/api/overview", "/api/health"]


@pytest.mark.parametrize("path", LISTS)
def test_a_list_endpoint_refuses_a_query_parameter_it_does_not_take(client, path: str) -> None:
    """A typo (``narative=``) answered as if no filter were asked would list everything, silently."""
    error = _error(client.get(f"{path}?narative=us-relocates-isis"), 422, "E420")
    assert "'narative'" in error["message"]


def test_an_unknown_query_parameter_names_what_the_endpoint_takes(client) -> None:
    message = _error(client.get("/api/articles?narative=x"), 422, "E420")["message"]
    assert "narrative" in message.replace("'narative'", "") and "limit" in message


@pytest.mark.parametrize("path", ["/api/articles", "/api/timeline", "/api/flows", "/api/stories"])
def test_a_narrative_neither_the_catalogue_nor_the_store_knows_is_not_found_on_every_list(client, path: str) -> None:
    assert "nope" in _error(client.get(f"{path}?narrative=nope"), 404, "E422")["message"]


@pytest.mark.parametrize("path", ["/api/timeline", "/api/flows", "/api/stories"])
def test_a_known_narrative_still_narrows_every_list(client, path: str) -> None:
    narrative = client.get("/api/narratives").json()[0]["id"]
    assert client.get(f"{path}?narrative={narrative}").status_code == 200


def test_the_language_filter_takes_a_code_in_any_case(client) -> None:
    language = client.get("/api/articles?limit=1").json()["items"][0]["language"]
    lower = client.get(f"/api/articles?language={language}").json()
    upper = client.get(f"/api/articles?language={language.upper()}").json()
    assert upper["total"] == lower["total"] > 0


def test_the_outlet_filter_takes_the_name_in_any_case(client) -> None:
    outlet = next(o["outlet"] for o in client.get("/api/outlets").json() if o["outlet"] != "(unknown outlet)")
    exact = client.get("/api/articles", params={"outlet": outlet}).json()
    assert exact["total"] > 0
    for spelling in (outlet.lower(), outlet.upper(), outlet.swapcase()):
        assert client.get("/api/articles", params={"outlet": spelling}).json()["total"] == exact["total"]


# --- ingest refuses up front what its job would fail on or drop -----------------------------------

@pytest.mark.parametrize("article, field", [
    ({"id": "x"}, "articles.0.text"),
    ({"id": "x", "text": "Some text. More of it.", "html": "<p>Some</p>"}, "articles.0.html"),
    ({"id": "x", "text": "Some text. More of it.", "published": "2024-02-30"}, "articles.0.published"),
    ({"id": "x", "text": "Some text. More of it.", "published": "someday"}, "articles.0.published"),
])
def test_ingest_refuses_an_article_it_cannot_take_before_any_job_starts(writable, article, field) -> None:
    client, db = writable
    before = _rows(db, "SELECT count(*) FROM articles")[0][0]
    answer = client.post("/api/ingest", json={"articles": [article]}, headers=AUTH)
    assert _error(answer, 422, "E420")["message"].startswith(field)
    assert client.get("/api/jobs").json() == [] and _rows(db, "SELECT count(*) FROM articles")[0][0] == before


def test_ingest_names_the_article_at_fault_in_a_batch(writable) -> None:
    client, _ = writable
    good = {"text": "Port reopens after storm. Ships dock again."}
    answer = client.post("/api/ingest", json={"articles": [good, good, {"title": "no text"}]}, headers=AUTH)
    assert _error(answer, 422, "E420")["message"].startswith("articles.2.text")


def test_analyse_refuses_a_date_that_is_no_day_as_ingest_does(client) -> None:
    answer = client.post("/api/analyse", json={"text": "Port reopens. Ships dock.", "published": "2023-02-30"})
    assert _error(answer, 422, "E420")["message"].startswith("published")


def test_a_date_in_a_common_spelling_is_still_taken(writable) -> None:
    client, _ = writable
    answer = client.post("/api/ingest", json={"articles": [{"text": "Port reopens after storm. Ships dock.",
                                                            "published": "17 May 2023"}]}, headers=AUTH)
    assert answer.status_code == 202, answer.text
    assert _finish(client, answer.json())["progress"]["new"] == 1


# --- answers: codes, methods, bodies, times --------------------------------------------------------

def test_a_method_an_endpoint_does_not_take_has_its_own_documented_code(client) -> None:
    answer = client.delete("/api/health")
    error = _error(answer, 405, "E429")
    assert "DELETE" in error["message"] and "GET" in error["message"] and answer.headers["allow"] == "GET"
    assert "| E429 | 405 |" in (test_api.ROOT / "docs" / "api.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", ["/api/health", "/api/articles?limit=1", "/", "/articles"])
def test_head_is_answered_as_get_without_a_body(client, path: str) -> None:
    head, get = client.head(path), client.get(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b"" and head.headers["content-type"] == get.headers["content-type"]


@pytest.mark.parametrize("path", ["/api/articles", "/api/alerts"])
@pytest.mark.parametrize("limit", ["0", "-1", "201", "99999999999999999999999"])
def test_every_limit_out_of_range_is_the_same_page_size_error(client, path: str, limit: str) -> None:
    error = _error(client.get(path, params={"limit": limit}), 422, "E423")
    assert "between 1 and 200" in error["message"]


@pytest.mark.parametrize("content, headers, said", [
    (b'{"text": "narratives: []"}', {"content-type": "text/plain"}, "Content-Type: application/json"),
    (b'{"text": "narratives: []"}', {}, "Content-Type: application/json"),
    (b"not json", {"content-type": "application/json"}, "not valid JSON (at character 0"),
    (b'{"text": ', {"content-type": "application/json"}, "not valid JSON (at character 9"),
    (b'["narratives: []"]', {"content-type": "application/json"}, "must be a JSON object"),
])
def test_a_body_that_is_not_a_json_object_is_said_so_plainly(client, content: bytes, headers: dict,
                                                              said: str) -> None:
    error = _error(client.post("/api/catalogue/validate", content=content, headers=headers), 422, "E420")
    assert said in error["message"] and "request:" not in error["message"], error["message"]


def test_a_job_tells_its_times_in_iso_and_says_done_when_done(writable) -> None:
    client, _ = writable
    job = _finish(client, client.post("/api/reanalyse", headers=AUTH).json())
    started, finished = (datetime.fromisoformat(job[k]) for k in ("started", "finished"))
    assert started.tzinfo is not None and started <= finished
    assert job["state"] == job["detail"] == "done"
    listed = client.get("/api/jobs").json()[0]
    assert listed["started"] == job["started"] and listed["detail"] == "done"


def test_the_alerts_feed_without_alerts_is_dated_by_the_store_not_1970(client, sample_db) -> None:
    feed = feedparser.parse(client.get("/alerts.atom").text)
    assert not feed.bozo and feed.entries == []
    assert feed.feed.updated[:19] == _rows(sample_db, "SELECT max(ingested_at) FROM articles")[0][0][:19]


def test_the_alerts_feed_of_an_empty_store_is_dated_now() -> None:
    feed = feedparser.parse(atom_feed([], base_url="http://x/", feed_id="urn:x"))
    assert not feed.bozo and feed.feed.updated[:4] != "1970"
    assert abs(datetime.fromisoformat(feed.feed.updated) - datetime.now(timezone.utc)).total_seconds() < 60


def test_every_endpoint_of_the_openapi_description_is_in_the_api_docs(client) -> None:
    def shape(path: str) -> str:  # /api/stories/{story_id} is written /api/stories/{id} in the docs
        return re.sub(r"\{[^}]*\}", "{}", path)

    docs = shape((test_api.ROOT / "docs" / "api.md").read_text(encoding="utf-8"))
    missing = [path for path in client.get("/openapi.json").json()["paths"] if f"`{shape(path)}`" not in docs]
    assert missing == []


def test_the_overview_lists_as_rising_only_narratives_that_rose(writable) -> None:
    """A narrative pushed less this week than the week before (change -2) did not rise."""
    client, db = writable
    latest = _rows(db, "SELECT max(substr(published, 1, 10)) FROM articles")[0][0]
    week_before = (date.fromisoformat(latest) - timedelta(days=10)).isoformat()
    fell = _rows(db, "SELECT narrative FROM narrative_matches WHERE matched = 1 AND stance = 'pushes' LIMIT 1")[0][0]
    with sqlite3.connect(db) as conn:  # the narrative's articles all move to the week before
        conn.execute("UPDATE articles SET published = ? WHERE id IN (SELECT article FROM narrative_matches"
                     " WHERE narrative = ? AND matched = 1 AND stance = 'pushes')", (week_before, fell))
    rising = client.get("/api/overview").json()["rising"]["narratives"]
    assert all(n["change"] > 0 for n in rising) and fell not in [n["id"] for n in rising]


# --- a leading byte-order mark is dropped at every entry point, as the CLI drops it ---------------

BOM_TEXT = "\ufeff5G masts spread the virus, the post says.\nIt names no study."


def test_analyse_drops_a_leading_byte_order_mark_from_the_text_and_the_title(client) -> None:
    answer = client.post("/api/analyse", json={"text": BOM_TEXT, "include_text": True}).json()
    assert answer["text"] == BOM_TEXT[1:] and answer["title"].startswith("5G masts")


def test_ingest_stores_the_text_without_its_byte_order_mark(writable) -> None:
    client, db = writable
    job = client.post("/api/ingest", json={"articles": [{"id": "bom", "text": BOM_TEXT}]}, headers=AUTH).json()
    assert _finish(client, job)["progress"]["new"] == 1
    assert _rows(db, "SELECT title, text FROM articles WHERE article_id = 'bom'")[0] == \
        ("5G masts spread the virus, the post says.", BOM_TEXT[1:])


def test_an_example_saved_from_an_article_stored_with_a_byte_order_mark_has_none(writable) -> None:
    client, db = writable
    row, narrative = _rows(db, "SELECT a.id, m.narrative FROM articles a JOIN narrative_matches m ON m.article = a.id"
                               " WHERE m.matched = 1 ORDER BY a.id LIMIT 1")[0]
    with sqlite3.connect(db) as conn:  # as an earlier version stored what the API was sent
        conn.execute("UPDATE articles SET text = char(65279) || text WHERE id = ?", (row,))
    answer = client.post(f"/api/articles/{row}/label", json={"narrative": narrative, "pushes": True}, headers=AUTH)
    assert answer.status_code == 200, answer.text
    (example,) = load_catalogue(db.with_name(db.name + ".catalogue.yaml")).examples
    assert example.file is not None and not example.file.read_bytes().startswith(b"\xef\xbb\xbf")
