"""The REST API, as a client sees it: the sample corpus in a store, served by the real application."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient

from narrascope.api import CSP, ServerConfig, check_bind, create_app
from narrascope.api.jobs import JobRunner
from narrascope.catalogue import load_catalogue
from narrascope.errors import NarrascopeError
from narrascope.settings import DEFAULT
from narrascope.store import Store, ingest

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory, analyser) -> Path:  # type: ignore[no-untyped-def]
    """The bundled sample corpus, ingested once for the module's read-only tests."""
    from narrascope.corpus.build import stories_of_store

    db = tmp_path_factory.mktemp("api") / "sample.db"
    with Store(db) as store:
        ingest(store, analyser, [ROOT / "examples" / "sample"])
        stories_of_store(store, analyser.encoder, analyser.catalogue)
    return db


def _app(db: Path, analyser, **settings) -> TestClient:  # type: ignore[no-untyped-def]
    config = ServerConfig(db=db, token=TOKEN, settings=dataclasses.replace(DEFAULT, **settings),
                          load_analyser_at_start=False)
    return TestClient(create_app(config, make_analyser=lambda c: dataclasses.replace(analyser, catalogue=c)),
                      base_url="http://127.0.0.1:8000")  # a host the server answers for (not "testserver")


@pytest.fixture(scope="module")
def client(sample_db, analyser) -> TestClient:  # type: ignore[no-untyped-def]
    return _app(sample_db, analyser)


@pytest.fixture
def writable(tmp_path, sample_db, analyser):  # type: ignore[no-untyped-def]
    """A client on a copy of the sample store, for tests that write."""
    db = tmp_path / "copy.db"
    with sqlite3.connect(sample_db) as source, sqlite3.connect(db) as target:
        source.backup(target)
    client = _app(db, analyser)
    yield client, db
    client.app.state.narrascope.jobs.wait()  # type: ignore[attr-defined]


def _rows(db: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def _finish(client: TestClient, job: dict, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(f"/api/jobs/{job['id']}").json()
        if job["state"] != "running":
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {job['id']} still running after {timeout} s")


def _error(response, status: int, code: str) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["status"] == status
    assert body["error"]["message"]
    return body["error"]


# --- reading ----------------------------------------------------------------------------------

def test_health_and_overview_count_the_stored_articles(client, sample_db) -> None:
    stored = _rows(sample_db, "SELECT count(*) FROM articles")[0][0]
    assert client.get("/api/health").json()["articles"] == stored
    overview = client.get("/api/overview").json()
    assert overview["counts"]["articles"] == overview["counts"]["analysed"] == stored
    assert overview["rising"]["to"] == _rows(sample_db, "SELECT max(substr(published,1,10)) FROM articles")[0][0]


def test_pages_of_articles_meet_every_article_once_in_a_stable_order(client, sample_db) -> None:
    seen: list[int] = []
    offset: int | None = 0
    while offset is not None:
        page = client.get("/api/articles", params={"limit": 4, "offset": offset}).json()
        seen += [a["row"] for a in page["items"]]
        offset = page["next_offset"]
    assert sorted(seen) == [r for (r,) in _rows(sample_db, "SELECT id FROM articles ORDER BY id")]
    again = [a["row"] for a in client.get("/api/articles", params={"limit": 200}).json()["items"]]
    assert again == seen  # the same order page by page as in one page
    dates = [a["published"] or "" for a in client.get("/api/articles", params={"limit": 200}).json()["items"]]
    assert [d for d in dates if d] == sorted([d for d in dates if d], reverse=True)


def test_full_text_search_finds_words_and_prefixes_and_marks_them(client) -> None:
    found = client.get("/api/articles", params={"q": "bakery"}).json()
    assert found["total"] >= 1 and all("bakery" in (a["title"] + a["snippet"]).lower() for a in found["items"])
    assert "\x02" in found["items"][0]["snippet"]  # the matched word, marked for the dashboard
    prefix = client.get("/api/articles", params={"q": "baker"}).json()
    assert {a["row"] for a in found["items"]} <= {a["row"] for a in prefix["items"]}
    assert client.get("/api/articles", params={"q": "bakery zzzunknownword"}).json()["total"] == 0


@pytest.mark.parametrize("query", ['"unbalanced', "NEAR(a b", "a AND OR NOT", "*", "title:x", "'; DROP TABLE articles"])
def test_search_words_are_never_read_as_query_syntax(client, query: str) -> None:
    assert client.get("/api/articles", params={"q": query}).status_code == 200


def test_filters_narrow_the_list_by_language_narrative_outlet_and_dates(client, sample_db) -> None:
    ru = client.get("/api/articles", params={"language": "ru", "limit": 200}).json()
    assert ru["total"] == _rows(sample_db, "SELECT count(*) FROM articles WHERE language = 'ru'")[0][0] > 0
    assert {a["language"] for a in ru["items"]} == {"ru"}
    narrative, pushing = _rows(sample_db, "SELECT narrative, count(*) FROM narrative_matches WHERE matched = 1"
                               " AND stance = 'pushes' GROUP BY 1 ORDER BY 2 DESC LIMIT 1")[0]
    listed = client.get("/api/articles", params={"narrative": narrative, "stance": "pushes", "limit": 200}).json()
    assert listed["total"] == pushing
    assert all(any(n["id"] == narrative for n in a["narratives"]) for a in listed["items"])
    outlet = _rows(sample_db, "SELECT outlet FROM articles WHERE outlet IS NOT NULL LIMIT 1")[0][0]
    assert {a["outlet"] for a in client.get("/api/articles", params={"outlet": outlet}).json()["items"]} == {outlet}
    day = _rows(sample_db, "SELECT substr(published, 1, 10) FROM articles WHERE published IS NOT NULL LIMIT 1")[0][0]
    dated = client.get("/api/articles", params={"since": day, "until": day, "limit": 200}).json()["items"]
    assert dated and {a["published"][:10] for a in dated} == {day}


def test_fact_checks_are_found_and_counted_by_their_refuting_stance(client, sample_db) -> None:
    """A refuting narrative is never matched, yet a fact-checking desk must find its fact-checks: the
    stance filter works alone and with a narrative, and the totals count refutes and mentions too."""
    refuting = _rows(sample_db, "SELECT article, narrative FROM narrative_matches WHERE stance = 'refutes'")
    assert refuting, "the sample corpus has fact-checks"
    everything = client.get("/api/articles", params={"limit": 200}).json()["total"]
    alone = client.get("/api/articles", params={"stance": "refutes", "limit": 200}).json()
    assert alone["total"] == len({a for a, _ in refuting}) < everything
    article, narrative = refuting[0]
    listed = client.get("/api/articles", params={"narrative": narrative, "stance": "refutes", "limit": 200}).json()
    assert article in {a["row"] for a in listed["items"]}
    assert any(n["id"] == narrative and n["stance"] == "refutes"
               for a in listed["items"] if a["row"] == article for n in a["narratives"])
    totals = client.get(f"/api/narratives/{narrative}").json()["articles"]
    assert totals.get("refutes", 0) == sum(1 for _, n in refuting if n == narrative)
    mentioning = _rows(sample_db, "SELECT count(*) FROM narrative_matches WHERE narrative = ? AND stance = 'mentions'"
                       " AND score >= 0.15", narrative)[0][0]
    assert totals.get("mentions", 0) == mentioning


def test_one_article_comes_with_its_text_and_analysis(client, sample_db) -> None:
    row = _rows(sample_db, "SELECT id FROM articles WHERE language = 'en' LIMIT 1")[0][0]
    a = client.get(f"/api/articles/{row}").json()
    assert a["row"] == row and a["text"] and a["analysis"]["id"] == a["id"]
    assert a["analysed_with"]["catalogue"]
    for span in a["analysis"]["techniques"]:
        assert a["text"][span["start"]:span["end"]] == span["text"]


def test_narratives_have_counts_over_time_and_a_page_with_evidence_and_flows(client, sample_db) -> None:
    narratives = {n["id"]: n for n in client.get("/api/narratives").json()}
    narrative, pushing = _rows(sample_db, "SELECT narrative, count(*) FROM narrative_matches WHERE matched = 1"
                               " AND stance = 'pushes' GROUP BY 1 ORDER BY 2 DESC LIMIT 1")[0]
    assert narratives[narrative]["articles"]["pushes"] == pushing
    timeline = client.get("/api/timeline", params={"narrative": narrative}).json()
    undated = _rows(sample_db, "SELECT count(*) FROM narrative_matches m JOIN articles a ON a.id = m.article"
                    " WHERE m.narrative = ? AND m.matched = 1 AND m.stance = 'pushes' AND a.published IS NULL",
                    narrative)[0][0]
    series = timeline["series"].get(narrative, {}).get("pushes", [])
    assert sum(series) == pushing - undated
    assert not series or len(timeline["periods"]) == len(series)
    page = client.get(f"/api/narratives/{narrative}").json()
    assert page["in_catalogue"] and page["evidence"]
    for quote in page["evidence"]:
        text = client.get(f"/api/articles/{quote['row']}").json()["text"]
        assert text[quote["start"]:quote["end"]] == quote["text"]
    everywhere = {(f["origin"], f["destination"]) for f in client.get("/api/flows").json()}
    assert {(f["origin"], f["destination"]) for f in page["flows"]} <= everywhere


def test_stories_sources_and_outlets_are_listed(client, sample_db) -> None:
    stories = client.get("/api/stories").json()
    assert len(stories) == _rows(sample_db, "SELECT count(*) FROM stories")[0][0]
    if stories:
        one = client.get(f"/api/stories/{stories[0]['id']}").json()
        assert len(one["articles"]) == stories[0]["size"]
    outlets = client.get("/api/outlets").json()
    assert sum(o["articles"] for o in outlets) == _rows(sample_db, "SELECT count(*) FROM articles")[0][0]
    cited = client.get("/api/sources").json()
    assert all(s["articles"] >= 1 and s["source"] for s in cited)


# --- errors ------------------------------------------------------------------------------------

def test_every_failure_has_one_json_shape(client) -> None:
    _error(client.get("/api/articles/987654"), 404, "E422")
    _error(client.get("/api/narratives/no-such-thing"), 404, "E422")
    _error(client.get("/api/articles", params={"narrative": "no-such-thing"}), 404, "E422")  # as its own page
    _error(client.get("/api/stories/no-such-story"), 404, "E422")
    _error(client.get("/api/jobs/job-0"), 404, "E422")
    _error(client.get("/api/no-such-endpoint"), 404, "E422")
    _error(client.get("/api/articles", params={"since": "last week"}), 422, "E420")
    _error(client.get("/api/articles", params={"stance": "likes"}), 422, "E420")
    _error(client.post("/api/analyse", content=b"{not json", headers={"content-type": "application/json"}),
           422, "E420")


@pytest.mark.parametrize("path", ["/api/articles/9223372036854775808", "/api/articles/-9223372036854775809",
                                  "/api/articles/" + "9" * 400, "/api/articles?offset=9223372036854775808",
                                  "/api/articles?offset=-1", "/api/articles?limit=9223372036854775808"])
def test_integers_past_what_the_store_holds_are_a_client_error(client, path: str) -> None:
    answer = client.get(path)
    assert answer.status_code in (404, 422) and answer.json()["error"]["code"] in ("E420", "E422", "E423")


@pytest.mark.parametrize("params", [{"since": "2023-02-30"}, {"until": "2023-13-01"}, {"since": "0000-01-01"}])
def test_an_impossible_date_is_e420(client, params: dict[str, str]) -> None:
    assert list(params)[0] in _error(client.get("/api/articles", params=params), 422, "E420")["message"]


def test_a_body_that_is_not_utf8_json_is_e420(client) -> None:
    _error(client.post("/api/analyse", content=b'{"text": "caf\xe9"}', headers={"content-type": "application/json"}),
           422, "E420")


@pytest.mark.parametrize("path, body", [
    ("/api/analyse", b'{"text": "The Pentagon said \\ud800 fighters moved."}'),
    ("/api/catalogue/validate", b'{"text": "narratives: \\udfff"}'),
    ("/api/ingest", b'{"articles": [{"text": "A port reopened.", "title": "\\ud83d"}]}'),
])
def test_half_a_utf16_pair_in_a_body_is_e420_not_a_crash(client, path: str, body: bytes) -> None:
    answer = client.post(path, content=body, headers={**AUTH, "content-type": "application/json"})
    message = _error(answer, 422, "E420")["message"]
    assert message.startswith(("text:", "articles.0.title:")), message  # the field that holds it


def test_page_size_is_limited_by_a_named_setting(client) -> None:
    assert "api_max_page_size" in _error(client.get("/api/articles", params={"limit": 201}), 422, "E423")["message"]
    _error(client.get("/api/articles", params={"limit": 0}), 422, "E423")
    assert len(client.get("/api/articles", params={"limit": 200}).json()["items"]) <= 200


def test_request_bodies_are_limited_by_a_named_setting(sample_db, analyser) -> None:
    small = _app(sample_db, analyser, api_max_request_bytes=2000)
    body = json.dumps({"text": "word " * 1000})
    _error(small.post("/api/analyse", content=body, headers={"content-type": "application/json"}), 413, "E424")

    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(10):  # no Content-Length: the limit must hold on the bytes received
            yield b"x" * 500

    _error(small.post("/api/ingest", content=chunks(), headers={**AUTH, "content-type": "application/json"}),
           413, "E424")


def test_writes_need_the_token(client) -> None:
    for method, path, body in (("post", "/api/ingest", {"articles": [{"text": "x"}]}),
                               ("put", "/api/catalogue", {"text": "narratives: []"}),
                               ("post", "/api/reanalyse", None)):
        _error(getattr(client, method)(path, json=body), 401, "E421")
        _error(getattr(client, method)(path, json=body, headers={"Authorization": "Bearer wrong"}), 401, "E421")


@pytest.mark.parametrize("scheme", ["Bearer", "bearer", "BEARER"])
def test_the_token_scheme_is_case_insensitive(writable, scheme: str) -> None:
    client, _ = writable
    answer = client.put("/api/catalogue", json={"text": "narratives: []"},
                        headers={"Authorization": f"{scheme} {TOKEN}"})
    assert answer.json()["error"]["code"] == "E206"  # past the token check, refused for its content


@pytest.mark.parametrize("header", [f"Basic {TOKEN}", TOKEN, f"Bearer{TOKEN}", f"Token {TOKEN}"])
def test_another_scheme_is_refused(client, header: str) -> None:
    _error(client.post("/api/reanalyse", headers={"Authorization": header}), 401, "E421")


@pytest.mark.parametrize("host, allowed", [
    ("127.0.0.1:8000", True), ("localhost:8000", True), ("[::1]:8000", True), ("10.1.2.3", True),
    ("monitor.example:8000", True), ("evil.example", False), ("127.0.0.1.evil.example", False), ("localhost.", True),
])
def test_only_the_hosts_the_server_answers_for_are_served(sample_db, analyser, host: str, allowed: bool) -> None:
    """A name that is not ours means a page elsewhere pointed its own DNS name at us (DNS rebinding)."""
    config = ServerConfig(db=sample_db, token=TOKEN, load_analyser_at_start=False, allow_hosts=("monitor.example",))
    client = TestClient(create_app(config, make_analyser=lambda c: dataclasses.replace(analyser, catalogue=c)),
                        base_url="http://127.0.0.1")
    answer = client.get("/api/health", headers={"host": host})
    if allowed:
        assert answer.status_code == 200
    else:
        assert "--allow-host" in _error(answer, 400, "E427")["message"]


def test_a_server_without_a_token_takes_no_writes(sample_db, analyser) -> None:
    config = ServerConfig(db=sample_db, token=None, load_analyser_at_start=False)
    tokenless = TestClient(create_app(config, make_analyser=lambda c: dataclasses.replace(analyser, catalogue=c)),
                           base_url="http://localhost")
    _error(tokenless.post("/api/reanalyse", headers={"Authorization": "Bearer "}), 401, "E421")


@pytest.mark.parametrize("given", [["--token", "   "], ["--token", ""], []])
def test_serve_refuses_a_blank_token(tmp_path, monkeypatch, capsys, given: list[str]) -> None:
    import uvicorn

    from narrascope.cli import main

    def serve(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the server started")

    monkeypatch.setattr(uvicorn, "run", serve)
    monkeypatch.setenv("NARRASCOPE_TOKEN", " \t ")
    assert main(["serve", "--db", str(tmp_path / "x.db"), *given]) == 2
    assert "E401" in capsys.readouterr().err and not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::", "example.org"])
def test_binding_beyond_localhost_without_a_token_is_refused(host: str) -> None:
    with pytest.raises(NarrascopeError) as err:
        check_bind(host, None)
    assert err.value.code == "E426"
    check_bind(host, "a-token")


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_binding_to_localhost_needs_no_token_given(host: str) -> None:
    check_bind(host, None)


def test_serve_refuses_to_start_on_all_interfaces_without_a_token(tmp_path, monkeypatch, capsys) -> None:
    from narrascope.cli import main

    monkeypatch.delenv("NARRASCOPE_TOKEN", raising=False)
    assert main(["serve", "--db", str(tmp_path / "x.db"), "--host", "0.0.0.0"]) == 2
    assert "E426" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


# --- analyse ----------------------------------------------------------------------------------

def test_analyse_answers_the_cli_json_contract_for_text_and_html(client, analyser) -> None:
    text = ("Officials in Kyiv said on Monday that the new bridge over the Dnipro will open in spring. "
            "Engineers finished the last span after two years of work, the city council said.")
    got = client.post("/api/analyse", json={"text": text, "title": "Bridge", "outlet": "Daily"}).json()
    want = analyser.analyse_text(text, "api", title="Bridge", outlet="Daily").to_dict()
    assert got == json.loads(json.dumps(want))
    page = ("<html><head><title>Harbour news</title><script>alert('x')</script></head><body><article><p>"
            + text + "</p></article></body></html>")
    html = client.post("/api/analyse", json={"html": page, "include_text": True}).json()
    assert "alert" not in html["text"] and "Dnipro" in html["text"]


def test_analyse_answers_a_record_that_meets_the_schema_whatever_the_date_spelling(client) -> None:
    from narrascope.schema import analysis_schema

    page = "<html><body><article><p>The city library closed for two months of renovation works.</p></article>" \
           "</body></html>"
    for body in ({"html": page, "published": "17 May 2023"}, {"text": page, "published": "17 May 2023"}):
        record = client.post("/api/analyse", json=body).json()
        jsonschema.validate(record, analysis_schema())
        assert record["published"] == "2023-05-17"


def test_analyse_refuses_a_tag_bomb_before_extracting_it(client) -> None:
    bomb = "<html><body><p>A short note.</p>" + "<b></b>" * (DEFAULT.html_max_elements + 1) + "</body></html>"
    assert "html_max_elements" in _error(client.post("/api/analyse", json={"html": bomb}), 422, "E110")["message"]


def test_analyse_refuses_empty_and_ambiguous_input_with_coded_errors(client) -> None:
    _error(client.post("/api/analyse", json={"text": "   "}), 422, "E101")
    _error(client.post("/api/analyse", json={}), 422, "E420")
    _error(client.post("/api/analyse", json={"text": "a", "html": "<p>b</p>"}), 422, "E420")


# --- writing ----------------------------------------------------------------------------------

BATCH = [
    {"id": "t-port", "title": "Port reopens", "published": "2025-06-02", "outlet": "Coast Herald",
     "text": "The harbour of Odesa reopened to grain ships on Monday after repairs to the northern pier, "
             "the port authority said. Three vessels were loaded by evening."},
    {"id": "t-html", "url": "https://example.org/a",
     "html": "<html><body><article><h1>Library renovation</h1><p>The city library closed for two months of "
             "renovation works, the mayor's office announced on Tuesday. Readers can borrow books at the "
             "school annex.</p></article></body></html>"},
    {"id": "t-empty", "text": "   "},
]


def test_ingest_runs_as_a_job_stores_new_articles_once_and_reports_failures(writable) -> None:
    client, db = writable
    before = _rows(db, "SELECT count(*) FROM articles")[0][0]
    started = client.post("/api/ingest", json={"articles": BATCH}, headers=AUTH)
    assert started.status_code == 202 and started.json()["state"] == "running"
    job = _finish(client, started.json())
    assert job["state"] == "done", job
    assert job["progress"]["new"] == 2 and job["progress"]["failed"] == 1
    assert job["failures"][0]["source"] == "t-empty" and job["failures"][0]["error"]["code"] == "E101"
    assert _rows(db, "SELECT count(*) FROM articles")[0][0] == before + 2
    found = client.get("/api/articles", params={"q": "harbour Odesa"}).json()["items"]
    assert [a["id"] for a in found] == ["t-port"]
    again = _finish(client, client.post("/api/ingest", json={"articles": BATCH[:2]}, headers=AUTH).json())
    assert again["progress"]["new"] == 0 and again["progress"]["already"] == 2
    assert _rows(db, "SELECT count(*) FROM articles")[0][0] == before + 2


def test_an_ingest_batch_is_limited(writable) -> None:
    client, _ = writable
    _error(client.post("/api/ingest", json={"articles": []}, headers=AUTH), 422, "E420")
    too_many = [{"text": f"article {i}"} for i in range(DEFAULT.api_max_batch_articles + 1)]
    assert "api_max_batch_articles" in _error(
        client.post("/api/ingest", json={"articles": too_many}, headers=AUTH), 422, "E420")["message"]


def test_one_job_at_a_time() -> None:
    import threading

    runner = JobRunner()
    release = threading.Event()
    first = runner.start("ingest", lambda job: str(release.wait(10)))
    with pytest.raises(NarrascopeError) as err:
        runner.start("reanalyse", lambda job: "")
    assert err.value.code == "E425"
    release.set()
    runner.wait()
    assert runner.get(first.id).state == "done"


def test_catalogue_validation_names_the_line_and_field(client) -> None:
    text = client.get("/api/catalogue").json()["text"]
    assert "narratives:" in text
    broken = "narratives:\n  - id: a\n    title: A\n    description: d\n  - id: b\n    title: 42\n    description: ''\n"
    answer = client.post("/api/catalogue/validate", json={"text": broken}).json()
    assert answer == {"valid": False, "error": {"code": "E203", "message": answer["error"]["message"],
                                                "line": 7, "field": "description"}}
    yaml_error = client.post("/api/catalogue/validate", json={"text": "narratives:\n  - id: [a\n"}).json()
    assert not yaml_error["valid"] and yaml_error["error"]["code"] == "E201" and yaml_error["error"]["line"]
    assert client.post("/api/catalogue/validate", json={"text": text}).json()["valid"]


def test_a_catalogue_sent_to_the_server_reads_example_files_only_from_its_folder(writable) -> None:
    """Validation is open to anyone who can reach the server: it must not read (or tell the existence of)
    the server's files; a file beside the catalogue is fine."""
    client, db = writable
    folder = Path(client.get("/api/catalogue").json()["path"]).parent
    (folder / "labelled.txt").write_text("An article beside the catalogue.", encoding="utf-8")
    head = "narratives:\n  - id: a\n    title: A\n    description: d\nexamples:\n"
    for outside in ("/etc/passwd", "/nonexistent/file.txt", "../../../../etc/hostname", "~/.bashrc"):
        answer = client.post("/api/catalogue/validate",
                             json={"text": head + f"  - file: {outside}\n    narratives: [a]\n"}).json()
        assert not answer["valid"] and answer["error"]["code"] == "E208", (outside, answer)
        assert answer["error"]["line"] == 6
        assert "must lie in its folder" in answer["error"]["message"] or outside.startswith("~"), answer  # no home
        sent = {"text": head + f"  - file: {outside}\n    narratives: [a]\n"}
        assert _error(client.put("/api/catalogue", json=sent, headers=AUTH), 422, "E208")
    inside = client.post("/api/catalogue/validate",
                         json={"text": head + "  - file: labelled.txt\n    narratives: [a]\n"})
    assert inside.json()["valid"], inside.json()


@pytest.mark.parametrize("value", ["!!python/object/apply:os.system ['true']", "!foo x"])
def test_a_yaml_tag_in_the_catalogue_is_a_catalogue_error_not_a_crash(writable, value: str) -> None:
    client, _ = writable
    text = f"narratives:\n  - id: a\n    title: A\n    description: {value}\n"
    answer = client.post("/api/catalogue/validate", json={"text": text}).json()
    assert answer["error"] == {"code": "E203", "message": answer["error"]["message"], "line": 4,
                               "field": "description"}
    assert _error(client.put("/api/catalogue", json={"text": text}, headers=AUTH), 422, "E203")["line"] == 4


def test_replacing_the_catalogue_validates_saves_and_reanalyses(writable) -> None:
    client, db = writable
    path = Path(client.get("/api/catalogue").json()["path"])
    assert path == db.with_name(db.name + ".catalogue.yaml") and not path.exists()
    bad = client.put("/api/catalogue", json={"text": "narratives:\n  - id: a\n    title: A\n"}, headers=AUTH)
    assert _error(bad, 422, "E203")["field"] == "description"
    assert not path.exists()  # nothing written
    text = client.get("/api/catalogue").json()["text"]
    first_id = client.get("/api/narratives").json()[0]["id"]
    changed = text.replace("narratives:", "narratives:\n  - id: test-new-narrative\n    title: Bridges are"
                           " sabotaged by foreign agents\n    description: Claims that bridge repairs hide"
                           " sabotage.\n", 1)
    saved = client.put("/api/catalogue", json={"text": changed}, headers=AUTH)
    assert saved.status_code == 200, saved.text
    assert path.read_text(encoding="utf-8") == changed
    answer = saved.json()
    assert answer["stale"] == _rows(db, "SELECT count(*) FROM analyses")[0][0] and answer["job"]
    job = _finish(client, answer["job"])
    assert job["state"] == "done" and job["progress"]["reanalysed"] == answer["stale"]
    versions = {v for (v,) in _rows(db, "SELECT DISTINCT catalogue_version FROM analyses")}
    assert versions == {answer["version"]}
    ids = [n["id"] for n in client.get("/api/narratives").json()]
    assert ids[0] == "test-new-narrative" and first_id in ids


def test_a_write_with_an_unknown_field_or_a_truth_value_in_words_is_refused_and_changes_nothing(writable) -> None:
    client, db = writable
    before = _rows(db, "SELECT count(*) FROM analyses")[0][0]
    row, narrative = _rows(db, "SELECT article, narrative FROM narrative_matches LIMIT 1")[0]
    catalogue = client.get("/api/catalogue").json()
    _error(client.post(f"/api/articles/{row}/label", json={"narrative": narrative, "pushes": "yes"}, headers=AUTH),
           422, "E420")
    _error(client.post(f"/api/articles/{row}/label", json={"narrative": narrative, "pushes": 1}, headers=AUTH),
           422, "E420")
    _error(client.post("/api/analyse", json={"text": "A short article. It says little.", "extra": 1}, headers=AUTH),
           422, "E420")
    _error(client.post("/api/ingest", json={"articles": [], "reanalyse": True}, headers=AUTH), 422, "E420")
    assert _rows(db, "SELECT count(*) FROM analyses")[0][0] == before
    assert client.get("/api/catalogue").json() == catalogue  # no example was added


@pytest.mark.parametrize("umask, before, after", [(0o022, 0o644, 0o644), (0o077, 0o644, 0o644), (0o022, 0o640, 0o640),
                                                   (0o022, None, 0o644), (0o027, None, 0o640)])
def test_a_saved_catalogue_or_example_keeps_its_files_mode_and_a_new_one_gets_the_umasks(
        tmp_path: Path, umask: int, before: int | None, after: int) -> None:
    """Saving from the dashboard must not make a shared catalogue private (0600, the temporary file's mode)."""
    import os
    import stat

    from narrascope.api.state import _write_atomically

    path = tmp_path / "team.yaml"
    if before is not None:
        path.write_text("old", encoding="utf-8")
        path.chmod(before)
    was = os.umask(umask)
    try:
        _write_atomically(path, "new")
    finally:
        os.umask(was)
    assert path.read_text(encoding="utf-8") == "new" and stat.S_IMODE(path.stat().st_mode) == after
    assert [p.name for p in tmp_path.iterdir()] == ["team.yaml"]  # no temporary file left


def test_labelling_an_article_adds_it_to_the_catalogues_examples_and_reanalyses(writable) -> None:
    client, db = writable
    row, narrative = _rows(db, "SELECT a.id, m.narrative FROM articles a JOIN narrative_matches m ON m.article = a.id"
                               " WHERE m.matched = 1 ORDER BY a.id LIMIT 1")[0]
    assert client.post(f"/api/articles/{row}/label", json={"narrative": narrative, "pushes": False}).status_code == 401
    answer = client.post(f"/api/articles/{row}/label", json={"narrative": narrative, "pushes": False}, headers=AUTH)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert narrative not in body["narratives"] and body["examples"] == 1 and body["job"]
    assert _finish(client, body["job"])["state"] == "done"
    path = db.with_name(db.name + ".catalogue.yaml")
    catalogue = load_catalogue(path)
    (example,) = catalogue.examples
    text = _rows(db, "SELECT text FROM articles WHERE id = ?", row)[0][0]
    assert example.file is not None and example.file.read_text(encoding="utf-8") == text
    assert narrative not in example.narratives
    # Changing one's mind changes that example's labels, not the number of examples.
    again = client.post(f"/api/articles/{row}/label", json={"narrative": narrative, "pushes": True}, headers=AUTH)
    assert again.status_code == 200 and narrative in again.json()["narratives"]
    client.app.state.narrascope.jobs.wait()  # type: ignore[attr-defined]
    assert [e.narratives for e in load_catalogue(path).examples] == [tuple(again.json()["narratives"])]
    assert _error(client.post(f"/api/articles/{row}/label", json={"narrative": "no-such", "pushes": True},
                              headers=AUTH), 404, "E422")
    assert _error(client.post("/api/articles/999999/label", json={"narrative": narrative, "pushes": True},
                              headers=AUTH), 404, "E422")


# --- exports and headers ---------------------------------------------------------------------

@pytest.mark.parametrize("fmt, table", [("jsonl", None), ("csv", "articles"), ("jsonl", "claims")])
def test_exports_download_what_the_cli_exports(client, sample_db, fmt: str, table: str | None) -> None:
    params = {"format": fmt, **({"table": table} if table else {})}
    response = client.get("/api/export", params=params)
    assert response.status_code == 200 and "attachment" in response.headers["content-disposition"]
    if fmt == "csv":
        import csv
        import io

        rows = list(csv.reader(io.StringIO(response.text)))[1:]
    else:
        rows = [json.loads(line) for line in response.text.splitlines() if line.strip()]
    assert len(rows) == _rows(sample_db, f"SELECT count(*) FROM {table or 'analyses'}")[0][0]


def test_parquet_export_is_a_parquet_file(client) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    import io

    response = client.get("/api/export", params={"format": "parquet", "table": "articles"})
    assert pq.read_table(io.BytesIO(response.content)).num_rows == client.get("/api/health").json()["articles"]


def test_every_response_carries_the_content_security_policy(client) -> None:
    for path in ("/api/health", "/", "/articles", "/docs", "/api/articles/987654", "/static/app.css"):
        headers = client.get(path).headers
        assert headers["content-security-policy"] == CSP
        assert headers["x-content-type-options"] == "nosniff"
    assert "'unsafe-inline'" not in CSP and "script-src 'self'" in CSP


def test_everything_the_api_docs_page_names_is_served(client) -> None:
    import re

    page = client.get("/docs").text
    assert re.search(r'<link rel="icon" href="data:', page)  # else a browser asks for /favicon.ico: a 404
    for path in re.findall(r'(?:src|href)="(/[^"]*)"', page):
        assert client.get(path).status_code == 200, path


def test_the_docs_description_is_openapi_30_with_nothing_of_31_left(client) -> None:
    told = client.get("/openapi-3.0.json").json()
    assert told["openapi"].startswith("3.0.") and '"type": "null"' not in json.dumps(told)
    assert set(told["paths"]) == set(client.get("/openapi.json").json()["paths"])


def test_api_docs_are_served_from_the_package_with_no_cdn(client) -> None:
    page = client.get("/docs").text
    assert "http://" not in page and "https://" not in page and "<script>" not in page.replace(" ", "")
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    spec = client.get("/openapi.json").json()
    assert {"/api/articles", "/api/articles/{row}", "/api/ingest", "/api/catalogue", "/api/export"} <= set(
        spec["paths"])


def test_feeds_list_what_watch_polls_and_how_it_went(writable) -> None:
    client, db = writable
    assert client.get("/api/feeds").json() == []
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO feeds (url, kind, title, checked_at, status, error) VALUES"
                     " ('https://a.example/rss', 'feed', 'A', '2025-06-01T10:00:00+00:00', 200, NULL),"
                     " ('https://b.example/rss', 'feed', NULL, '2025-06-01T10:00:01+00:00', NULL, '[E605] broken')")
        conn.execute("INSERT INTO feed_items (feed, key, url, article, seen_at) VALUES"
                     " ('https://a.example/rss', 'k1', 'https://a.example/1', 1, '2025-06-01')")
    listed = client.get("/api/feeds").json()
    assert [(f["url"], f["items"], f["error"]) for f in listed] == [
        ("https://a.example/rss", 1, None), ("https://b.example/rss", 0, "[E605] broken")]
    assert "[E605] broken" in client.get("/ingest", headers={"accept": "text/html"}).text


def test_a_story_whose_id_holds_a_slash_or_a_question_mark_is_found(writable) -> None:
    client, db = writable
    story_id = "story-https://example.org/a?b=1-2"
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO stories (id, label, created_at, data) VALUES (?, 'L', 'now', ?)",
                     (story_id, json.dumps({"id": story_id, "label": "L", "size": 0, "members": []})))
    from urllib.parse import quote

    assert client.get(f"/api/stories/{quote(story_id, safe='/')}").json()["id"] == story_id
    assert client.get(f"/stories/{quote(story_id, safe='/')}", headers={"accept": "text/html"}).status_code == 200


def test_cached_values_are_computed_again_once_the_store_changes(writable) -> None:
    client, db = writable
    state = client.app.state.narrascope  # type: ignore[attr-defined]
    calls: list[int] = []

    def articles(store) -> int:  # type: ignore[no-untyped-def]
        calls.append(1)
        return int(store.connection.execute("SELECT count(*) FROM articles").fetchone()[0])

    first = state.cached("n", articles)
    assert state.cached("n", articles) == first and len(calls) == 1
    with sqlite3.connect(db) as conn:  # another connection writes, as an ingest job does
        conn.execute("INSERT INTO articles (article_id, text, content_hash, ingested_at)"
                     " VALUES ('z', 'z', 'zz', 'now')")
    assert state.cached("n", articles) == first + 1 and len(calls) == 2


def test_serve_runs_as_a_process_and_prints_an_address_that_carries_its_token(tmp_path, sample_db) -> None:
    """What the README's demo does last: `narrascope serve` on a store, reachable at the address it prints."""
    import re
    import shutil
    import socket
    import subprocess
    import sys
    import urllib.error
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = tmp_path / "served.db"
    with sqlite3.connect(sample_db) as source, sqlite3.connect(db) as target:
        source.backup(target)
    command = shutil.which("narrascope", path=str(Path(sys.executable).parent)) or "narrascope"
    env = {k: v for k, v in os.environ.items() if k != "NARRASCOPE_TOKEN"}
    server = subprocess.Popen([command, "serve", "--db", str(db), "--port", str(port), "--skip", "techniques"],
                              stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert server.stderr is not None
        first = server.stderr.readline()
        address = re.search(r"(http://127\.0\.0\.1:\d+/)\?token=(\S+)", first)
        assert address, first
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(address.group(1) + "api/health", timeout=5) as answer:
                    assert json.load(answer)["articles"] == 47
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, "the server did not come up"
                time.sleep(0.2)
        with urllib.request.urlopen(address.group(1), timeout=5) as page:
            assert "Narratives this week" in page.read().decode()
        refused = urllib.request.Request(address.group(1) + "api/reanalyse", method="POST")
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(refused, timeout=5)
        assert err.value.code == 401
        allowed = urllib.request.Request(address.group(1) + "api/reanalyse", method="POST",
                                         headers={"Authorization": f"Bearer {address.group(2)}"})
        with urllib.request.urlopen(allowed, timeout=5) as answer:
            assert answer.status == 202
    finally:
        server.terminate()
        server.wait(timeout=30)


@contextlib.contextmanager
def served(config: Any) -> Iterator[tuple[str, int]]:
    """A uvicorn ``config``'s application served in a thread on a free local port; yields its address.
    (tests/test_dashboard_browser.py serves the dashboard this way too.)"""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    try:
        yield sock.getsockname()
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def test_a_request_that_is_not_valid_http_is_answered_in_the_json_error_shape(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Raw UTF-8 in the URL never reaches the application (h11 refuses the request line); the answer has
    the API's error envelope anyway, not uvicorn's plain text, and says to percent-encode."""
    from narrascope.api.protocol import uvicorn_config

    app = create_app(ServerConfig(db=tmp_path / "s.db", token="t", load_analyser_at_start=False))
    answers = []
    with served(uvicorn_config(app, log_level="critical", lifespan="off")) as address:
        for target in ("/api/articles?q=Пентагон".encode(), b"/api/articles?q=%D0%9F"):
            with socket.create_connection(address, timeout=10) as client:
                client.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                answers.append(b"".join(iter(lambda c=client: c.recv(65536), b"")))  # type: ignore[misc]
    head, _, body = answers[0].partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400") and b"content-type: application/json" in head.lower()
    error = json.loads(body)["error"]
    assert (error["code"], error["status"], error["where"]) == ("E420", 400, None)
    assert "percent-encode" in error["message"]
    assert answers[1].startswith(b"HTTP/1.1 200")  # percent-encoded, the same search works


def test_analyse_answers_busy_rather_than_waiting_for_a_whole_job(sample_db, analyser) -> None:
    client = _app(sample_db, analyser, api_analyse_wait_seconds=0.2)
    state = client.app.state.narrascope  # type: ignore[attr-defined]
    with state.analyse_lock:  # as an ingest job holds it
        _error(client.post("/api/analyse", json={"text": "The council met on Monday."}), 409, "E425")
    assert client.post("/api/analyse", json={"text": "The council met on Monday."}).status_code == 200


def test_the_catalogue_is_not_replaced_while_a_job_runs(writable) -> None:
    import threading

    client, db = writable
    state = client.app.state.narrascope  # type: ignore[attr-defined]
    release = threading.Event()
    state.jobs.start("ingest", lambda job: str(release.wait(10)))
    path = Path(client.get("/api/catalogue").json()["path"])
    text = client.get("/api/catalogue").json()["text"]
    try:
        assert "is running" in _error(client.put("/api/catalogue", json={"text": text}, headers=AUTH),
                                      409, "E425")["message"]
        assert not path.exists()
    finally:
        release.set()
        state.jobs.wait()
    assert client.put("/api/catalogue", json={"text": text, "reanalyse": False}, headers=AUTH).status_code == 200


def test_a_catalogue_named_at_start_must_exist(tmp_path) -> None:
    with pytest.raises(NarrascopeError) as err:
        create_app(ServerConfig(db=tmp_path / "s.db", catalogue=tmp_path / "missing.yaml", token="t",
                                load_analyser_at_start=False))
    assert err.value.code.startswith("E2") and "not found" in err.value.message
