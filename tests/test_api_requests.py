"""How the REST API reads what a client sends: bodies, query parameters, and what it refuses up front.

The application and the sample store are those of ``test_api``.
"""

from __future__ import annotations

import pytest
import test_api
from test_api import AUTH, _error, _finish, _rows

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
