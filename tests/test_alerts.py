"""Alerts: rules validated with line and field, events found in a store written by hand, each alert
recorded and delivered once (dashboard, Atom feed, webhook to a local HTTP receiver), and the hooks
after ``watch`` polls and dashboard ingests."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import feedparser
import pytest

from narrascope.alerts import evaluate, load_rules, parse_rules, run_alerts
from narrascope.alerts.atom import atom_feed
from narrascope.cli import main
from narrascope.errors import AlertRulesError
from narrascope.ingest.records import make_document
from narrascope.model import Story
from narrascope.settings import DEFAULT
from narrascope.store import Store, Versions

FAST = dataclasses.replace(DEFAULT, webhook_retries=1, webhook_backoff_seconds=0.01, webhook_timeout_seconds=5.0,
                           alert_delivery_runs=2)
ALL_KINDS = """
rules:
  - {id: rising, kind: rise, factor: 2, minimum: 3, weeks: 4}
  - {id: candidates, kind: new-narrative}
  - {id: outlets, kind: new-outlet, narratives: [moves]}
  - {id: variants, kind: new-variant, slots: [destination, source]}
  - {id: languages, kind: new-language}
"""


# --- rules ----------------------------------------------------------------------------------------

def test_a_valid_rules_file_reads_with_defaults() -> None:
    rules = parse_rules(ALL_KINDS + "since: 2020-01-01\nwebhooks: [https://hooks.example/a]\n", "a.yaml")
    assert [r.kind for r in rules.rules] == ["rise", "new-narrative", "new-outlet", "new-variant", "new-language"]
    assert rules.rules[2].narratives == ("moves",) and rules.rules[3].slots == ("destination", "source")
    assert rules.since == "2020-01-01" and rules.webhooks == ("https://hooks.example/a",)
    assert parse_rules("rules: [{id: r, kind: rise}]").rules[0].factor == 2.0


@pytest.mark.parametrize("text, code, line, words", [
    ("rules: [{id: r, kind: rise", "E701", 1, "not valid YAML"),
    ("- just a list", "E702", 1, "mapping"),
    ("since: 2020-01-01\n", "E702", 1, "'rules'"),
    ("rules: []", "E702", 1, "non-empty"),
    ("rules:\n  - id: r\n    kind: risen\n", "E703", 3, "'kind' must be one of"),
    ("rules:\n  - id: r\n", "E703", 2, "it is missing"),
    ("rules:\n  - kind: rise\n", "E703", 2, "'id'"),
    ("rules:\n  - id: r\n    kind: rise\n    facter: 3\n", "E703", 4, "unknown field 'facter'"),
    ("rules:\n  - id: r\n    kind: new-outlet\n    factor: 3\n", "E703", 4, "unknown field 'factor'"),
    ("rules:\n  - id: r\n    kind: rise\n    factor: 0.5\n", "E703", 4, "'factor' must be a number of at least 1"),
    ("rules:\n  - id: r\n    kind: rise\n    weeks: two\n", "E703", 4, "'weeks' must be a whole number"),
    ("rules:\n  - id: r\n    kind: new-variant\n    slots: [agent]\n", "E703", 4, "'slots'"),
    ("rules:\n  - id: r\n    kind: new-outlet\n    narratives: moves\n", "E703", 4, "'narratives'"),
    ("rules:\n  - {id: r, kind: rise}\n  - {id: r, kind: new-outlet}\n", "E704", 3, "duplicate rule id 'r'"),
    ("since: last week\nrules: [{id: r, kind: rise}]\n", "E703", 1, "'since' must be a date"),
    ("webhooks: [ftp://x.example]\nrules: [{id: r, kind: rise}]\n", "E703", 1, "not an http(s) URL"),
    ("rules: [{id: r, kind: rise}]\nrecipients: [me]\n", "E703", 2, "unknown field 'recipients'"),
])
def test_rule_errors_name_the_file_line_and_field(text: str, code: str, line: int, words: str) -> None:
    with pytest.raises(AlertRulesError) as err:
        parse_rules(text, "alerts.yaml")
    assert err.value.code == code and err.value.where == f"alerts.yaml:{line}" and words in err.value.message


def test_an_unreadable_rules_file_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(AlertRulesError) as err:
        load_rules(tmp_path / "missing.yaml")
    assert err.value.code == "E701"


# --- a store written by hand ------------------------------------------------------------------------

def _claim(destination: str, source: str | None) -> dict[str, Any]:
    slot = lambda name: {"text": name, "canonical": name, "start": 0, "end": 1}  # noqa: E731
    return {"type": "relocation", "agent": slot("United States"), "moved": slot("Islamic State"), "origin": None,
            "destination": slot(destination), "means": None, "modality": "reported",
            "source": {"text": source, "canonical": source, "kind": "agency"} if source else None,
            "evidence": {"text": f"to {destination}", "start": 0, "end": 5}}


# (id, published, outlet, language, destination, source): 'moves' is pushed by each
PUSHING = [
    ("a1", "2024-01-01", "Outlet A", "en", "Afghanistan", None),      # week of 2024-01-01: 1
    ("a2", "2024-01-09", "Outlet A", "en", "Afghanistan", None),      # week of 2024-01-08: 1
    ("a3", "2024-02-05", "Outlet B", "ru", "Central Asia", "MFA"),    # week of 2024-02-05: 4 -> a rise
    ("a4", "2024-02-06", "Outlet C", "ru", "Central Asia", "MFA"),
    ("a5", "2024-02-07", "Outlet A", "en", "Central Asia", "MFA"),
    ("a6", "2024-02-08", "Outlet D", "de", "Ukraine", "SVR"),
]


def _write_store(db: Path, articles: list[tuple[str, str, str, str, str, str | None]]) -> None:
    with Store(db) as store:
        for aid, published, outlet, language, destination, source in articles:
            record = {"id": aid, "title": f"Title {aid}", "language": language, "published": published,
                      "outlet": outlet, "url": None, "content_hash": aid, "claims": [_claim(destination, source)],
                      "narratives": [{"id": "moves", "title": "moves", "score": 0.9, "matched": True,
                                      "stance": "pushes", "evidence": []}],
                      "sources": [], "techniques": [], "warnings": []}
            stored = store.add_article(make_document(aid, f"Article {aid}: fighters flown to {destination}.",
                                                     source=aid, title=f"Title {aid}", published=published,
                                                     outlet=outlet))
            assert stored is not None
            store.save_analysis(stored.row, record, Versions("t", "t"))
        rows = {a[0]: i + 1 for i, a in enumerate(articles)}
        if {"a3", "a4"} <= set(rows):
            store.save_stories([Story(id="story-a3-2", label="A story nobody catalogued", members=["a3", "a4"],
                                      languages=["ru"], first_seen="2024-02-05", new_narrative=True,
                                      rows=[rows["a3"], rows["a4"]])])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "alerts.db"
    _write_store(path, PUSHING)
    return path


def _found(db: Path, text: str = ALL_KINDS) -> dict[str, list[tuple[str | None, dict[str, Any]]]]:
    with sqlite3.connect(db) as conn:
        found = evaluate(conn, parse_rules(text), {"moves": "The US moves IS fighters"})
    out: dict[str, list[tuple[str | None, dict[str, Any]]]] = {}
    for a in found:
        out.setdefault(a.rule, []).append((a.day, a.data))
    return out


def test_each_kind_of_rule_finds_the_events_it_describes(db: Path) -> None:
    found = _found(db)
    assert [(day, d["articles"], d["mean_before"]) for day, d in found["rising"]] == [("2024-02-05", 4, 0.25)]
    assert [d["outlet"] for _, d in found["outlets"]] == ["Outlet A", "Outlet B", "Outlet C", "Outlet D"]
    assert [(day, d["language"]) for day, d in found["languages"]] == [("2024-02-05", "ru"), ("2024-02-08", "de")]
    assert sorted((day, d["slot"], d["value"]) for day, d in found["variants"]) == [
        ("2024-02-05", "destination", "Central Asia"), ("2024-02-05", "source", "MFA"),
        ("2024-02-08", "destination", "Ukraine"), ("2024-02-08", "source", "SVR")]
    assert [(day, d["story"]) for day, d in found["candidates"]] == [("2024-02-05", "story-a3-2")]


def test_a_rise_needs_both_the_factor_and_the_minimum(db: Path) -> None:
    assert "rising" not in _found(db, "rules: [{id: rising, kind: rise, factor: 2, minimum: 4}]")
    assert "rising" not in _found(db, "rules: [{id: rising, kind: rise, factor: 20, minimum: 2}]")
    weeks_1 = _found(db, "rules: [{id: rising, kind: rise, factor: 1, minimum: 1, weeks: 1}]")["rising"]
    assert [day for day, _ in weeks_1] == ["2024-02-05"]  # 2024-01-01, the store's first week, has no week before


def test_a_rise_needs_its_weeks_before_in_the_stores_history(tmp_path: Path) -> None:
    """The weeks before a store's first article are unknown, not empty: a fresh store's first busy week is no
    rise. A week is judged once the rule's `weeks` weeks before it are all in the store's history (from its
    earliest dated article, whatever that pushes)."""
    busy = [(f"b{i}", "2024-02-05", f"Outlet {i}", "en", "Ukraine", None) for i in range(4)]
    rule = "rules: [{id: rising, kind: rise, factor: 2, minimum: 3, weeks: 4}]"
    _write_store(tmp_path / "fresh.db", busy)
    assert "rising" not in _found(tmp_path / "fresh.db", rule)
    three_weeks = [("old", "2024-01-15", "Outlet A", "en", "Afghanistan", None)]  # 3 weeks before: not enough
    _write_store(tmp_path / "young.db", three_weeks + busy)
    assert "rising" not in _found(tmp_path / "young.db", rule)
    four_weeks = [("old", "2024-01-08", "Outlet A", "en", "Afghanistan", None)]
    _write_store(tmp_path / "old.db", four_weeks + busy)
    assert [(day, d["articles"], d["mean_before"]) for day, d in _found(tmp_path / "old.db", rule)["rising"]] == [
        ("2024-02-05", 4, 0.25)]


def test_near_duplicate_copies_count_once_in_a_rise(tmp_path: Path) -> None:
    """Four copies of one text (a re-post, a syndicated copy: linked by `duplicate_of`) are one article."""
    copies = [(f"c{i}", "2024-02-05", "Outlet A", "en", "Ukraine", None) for i in range(4)]
    history = [("old", "2024-01-01", "Outlet A", "en", "Afghanistan", None)]
    _write_store(tmp_path / "copies.db", history + copies)
    with sqlite3.connect(tmp_path / "copies.db") as conn:
        conn.execute("UPDATE articles SET duplicate_of = (SELECT id FROM articles WHERE article_id = 'c0')"
                     " WHERE article_id IN ('c1', 'c2', 'c3')")
    assert "rising" not in _found(tmp_path / "copies.db")
    with sqlite3.connect(tmp_path / "copies.db") as conn:
        found = evaluate(conn, parse_rules("rules: [{id: r, kind: rise, factor: 1, minimum: 1, weeks: 4}]"),
                         {"moves": "The US moves IS fighters"})
    rise, = found
    assert (rise.data["articles"], rise.data["copies"]) == (1, 3)
    assert rise.title.startswith("Rising: The US moves IS fighters: 1 article and 3 near-duplicate copies in the week")


def test_a_rise_of_one_article_is_worded_in_the_singular(tmp_path: Path) -> None:
    db = tmp_path / "singular.db"
    _write_store(db, [("a0", "2023-11-06", "Outlet A", "en", "Iraq", None)] + PUSHING)  # history before 2024
    with sqlite3.connect(db) as conn:
        found = evaluate(conn, parse_rules("rules:\n  - {id: r, kind: rise, factor: 1, minimum: 1, weeks: 4}\n"),
                         {"moves": "The US moves IS fighters"})
    ones = [a.title for a in found if a.data["articles"] == 1]
    assert ones and all(" 1 article in the week of " in t for t in ones)
    assert all("1 articles" not in a.title for a in found)


def test_since_leaves_out_what_happened_before(db: Path) -> None:
    found = _found(db, ALL_KINDS + "since: 2024-02-06\n")
    assert [d["outlet"] for _, d in found["outlets"]] == ["Outlet C", "Outlet D"]
    assert "rising" not in found and "candidates" not in found


def test_each_alert_is_recorded_once_and_later_events_are_new(db: Path, tmp_path: Path) -> None:
    rules = parse_rules(ALL_KINDS)
    with Store(db) as store:
        first = run_alerts(store, rules, FAST)
        assert len(first.new) == 12 and run_alerts(store, rules, FAST).new == []
    with Store(db) as store:  # a later article: a new outlet, a new destination, a new language
        more = [("a7", "2024-03-01", "Outlet E", "fr", "Sahel", "SVR")]
        record = {"id": "a7", "title": "t", "language": "fr", "published": "2024-03-01", "outlet": "Outlet E",
                  "claims": [_claim("Sahel", "SVR")], "narratives": [{"id": "moves", "title": "moves", "score": 0.9,
                                                                     "matched": True, "stance": "pushes"}]}
        stored = store.add_article(make_document("a7", "Article a7 on the Sahel.", source="a7", published=more[0][1],
                                                 outlet="Outlet E"))
        assert stored is not None
        store.save_analysis(stored.row, record, Versions("t", "t"))
        again = run_alerts(store, rules, FAST)
    assert sorted(a.rule for a in again.new) == ["languages", "outlets", "variants"]


# --- delivery ----------------------------------------------------------------------------------------

class Receiver(ThreadingHTTPServer):
    """A local webhook receiver: records every POST; answers each path as told (status codes in turn)."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.posts: list[tuple[str, dict[str, Any]]] = []
        self.answers: dict[str, list[int]] = {}
        self.lock = threading.Lock()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_port}{path}"

    def received(self, path: str) -> list[dict[str, Any]]:
        return [body for p, body in self.posts if p == path]


class _Handler(BaseHTTPRequestHandler):
    server: Receiver

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802 - the name http.server calls
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        with self.server.lock:
            self.server.posts.append((self.path, body))
            answers = self.server.answers.get(self.path, [])
            status = answers.pop(0) if answers else 204
        self.send_response(status)
        if status in (301, 302, 307, 308):
            self.send_header("Location", self.server.url("/elsewhere"))
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _rules(*webhooks: str) -> Any:
    return parse_rules(ALL_KINDS + "webhooks: [" + ", ".join(webhooks) + "]\n")


def test_a_webhook_receives_each_alert_once_as_json(db: Path, receiver: Receiver) -> None:
    rules = _rules(receiver.url("/hook"))
    with Store(db) as store:
        run = run_alerts(store, rules, FAST, allow_hosts=["127.0.0.1"])
        assert run.delivered == 12 and run.failed == []
        assert run_alerts(store, rules, FAST, allow_hosts=["127.0.0.1"]).delivered == 0
    posts = receiver.received("/hook")
    assert len(posts) == 12 and len({p["id"] for p in posts}) == 12
    rise = next(p for p in posts if p["kind"] == "rise")
    assert rise["source"] == "narrascope" and rise["text"] == rise["title"] and rise["data"]["articles"] == 4


def test_a_failing_webhook_is_retried_then_given_up_and_a_passing_failure_is_retried_at_once(
        db: Path, receiver: Receiver) -> None:
    receiver.answers["/flaky"] = [503]           # the first POST fails, its retry passes
    receiver.answers["/down"] = [500] * 100
    rules = _rules(receiver.url("/flaky"), receiver.url("/down"))
    with Store(db) as store:
        first = run_alerts(store, rules, FAST, allow_hosts=["127.0.0.1"])
        assert first.delivered == 12 and len(first.failed) == 12 and "[E602]" in first.failed[0]
        second = run_alerts(store, rules, FAST, allow_hosts=["127.0.0.1"])  # alert_delivery_runs = 2
        assert (second.delivered, len(second.failed)) == (0, 12)
        assert run_alerts(store, rules, FAST, allow_hosts=["127.0.0.1"]).failed == []  # given up
        left = store.connection.execute("SELECT count(*) FROM alert_deliveries WHERE delivered_at IS NULL"
                                        " AND attempts = 2 AND error LIKE '%HTTP 500%'").fetchone()[0]
    assert left == 12
    assert len(receiver.received("/flaky")) == 13 and len(receiver.received("/down")) == 12 * 2 * 2


def test_a_webhook_taken_out_of_the_rules_is_not_tried_again_until_it_comes_back(db: Path, receiver: Receiver) -> None:
    receiver.answers["/gone"] = [500] * 100
    with Store(db) as store:
        first = run_alerts(store, _rules(receiver.url("/gone")), FAST, allow_hosts=["127.0.0.1"])
        assert first.delivered == 0 and len(first.failed) == 12
        second = run_alerts(store, _rules(receiver.url("/hook")), FAST, allow_hosts=["127.0.0.1"])
        assert second.failed == [] and second.delivered == 0   # /hook came after these alerts: not the backlog
        assert len(receiver.received("/gone")) == 12 * 2        # one evaluation's tries, none since
        receiver.answers["/gone"] = []
        back = run_alerts(store, _rules(receiver.url("/gone")), FAST, allow_hosts=["127.0.0.1"])
    assert back.delivered == 12 and back.failed == []


def _pushes(db: Path, article_id: str, pushes: bool) -> None:
    """What a re-analysis (or an analyst's label) does to one article's match."""
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE narrative_matches SET matched = ? WHERE article = (SELECT id FROM articles"
                     " WHERE article_id = ?)", (int(pushes), article_id))


def test_an_alert_raised_by_a_false_match_is_withdrawn_and_the_real_first_article_raises_it_anew(
        db: Path, receiver: Receiver) -> None:
    from narrascope.alerts.record import alerts, count_since

    rules = parse_rules("rules:\n  - {id: languages, kind: new-language}\n"
                        f"webhooks: [{receiver.url('/hook')}]\n")
    with Store(db) as store:
        first = run_alerts(store, rules, FAST, allow_hosts=["127.0.0.1"])
        assert [(a.day, a.data["language"]) for a in first.new] == [("2024-02-05", "ru"), ("2024-02-08", "de")]
    _pushes(db, "a3", False)   # the first Russian article did not push it after all; a4 (ru, 02-06) does
    _pushes(db, "a6", False)   # nor the only German one: no German article pushes it now
    with Store(db) as store:
        second = run_alerts(store, rules, FAST, allow_hosts=["127.0.0.1"])
        assert [(a.day, a.data["language"], a.data["article"]) for a in second.new] == [("2024-02-06", "ru", "a4")]
        assert [a.data["language"] for a in second.withdrawn] == ["de"] and second.delivered == 1
        assert second.summary() == "1 new alert, 1 withdrawn; 1 delivered"
        shown = {a.data["language"]: a for a in alerts(store.connection)}
        assert shown["de"].withdrawn_at and shown["ru"].withdrawn_at is None and shown["ru"].day == "2024-02-06"
        assert count_since(store.connection, "2000-01-01") == 1           # the dashboard's count leaves it out
        feed = atom_feed(alerts(store.connection), base_url="http://x/", feed_id="urn:x")
        assert feed.count("<title>Withdrawn: ") == 1                     # readers see the entry updated
        again = run_alerts(store, rules, FAST, allow_hosts=["127.0.0.1"])
        assert (again.new, again.withdrawn, again.delivered) == ([], [], 0)  # nothing changes twice
    _pushes(db, "a6", True)    # it did push after all: the German alert is back, as new
    with Store(db) as store:
        back = run_alerts(store, rules, FAST, allow_hosts=["127.0.0.1"])
    assert [a.data["language"] for a in back.new] == ["de"] and back.delivered == 1 and back.withdrawn == []
    assert [p["data"]["language"] for p in receiver.received("/hook")] == ["ru", "de", "ru", "de"]


def test_webhooks_obey_the_address_guard_of_watch_and_never_follow_a_redirect(db: Path, receiver: Receiver) -> None:
    receiver.answers["/moved"] = [307] * 100
    with Store(db) as store:
        refused = run_alerts(store, _rules(receiver.url("/hook")), FAST)  # 127.0.0.1 not allowed
        assert refused.delivered == 0 and "[E601]" in refused.failed[0] and "loopback" in refused.failed[0]
    assert receiver.posts == []
    with Store(db) as store:
        store.connection.execute("DELETE FROM alerts")
        moved = run_alerts(store, _rules(receiver.url("/moved")), FAST, allow_hosts=["127.0.0.1"])
    assert moved.delivered == 0 and "[E705]" in moved.failed[0]
    assert receiver.received("/elsewhere") == [] and len(receiver.received("/moved")) == 12


# --- the dashboard, the feed, the API, the command ------------------------------------------------

def test_the_feed_the_page_the_header_count_and_the_api_show_the_recorded_alerts(db: Path) -> None:
    from fastapi.testclient import TestClient

    from narrascope.api import ServerConfig, create_app

    with Store(db) as store:
        run_alerts(store, parse_rules(ALL_KINDS), FAST)
        store.connection.execute("UPDATE alerts SET title = ? WHERE rule = 'rising'",
                                 ('<script>alert(1)</script> rising \x07 & more',))
    client = TestClient(create_app(ServerConfig(db=db, load_analyser_at_start=False)),
                        base_url="http://127.0.0.1:8000")
    feed = client.get("/alerts.atom")
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(feed.content)
    assert not parsed.bozo and len(parsed.entries) == 12
    assert len({e.id for e in parsed.entries}) == 12 and all(e.id.startswith("urn:narrascope:alert:") for e in
                                                              parsed.entries)
    assert any(e.title == "<script>alert(1)</script> rising  & more" for e in parsed.entries)
    assert feedparser.parse(client.get("/alerts.atom").content).entries[0].id == parsed.entries[0].id
    page = client.get("/alerts").text
    assert page.count('<tr id="alert-') == 12 and "<script>alert(1)" not in page
    assert '<span class="count"' in client.get("/").text and ">12</span>" in client.get("/").text
    api = client.get("/api/alerts", params={"limit": 5}).json()
    assert len(api) == 5 and set(api[0]) >= {"id", "rule", "kind", "title", "day", "deliveries"}


def test_the_feed_is_well_formed_even_when_there_is_no_alert() -> None:
    parsed = feedparser.parse(atom_feed([], base_url="http://x/", feed_id="urn:x"))
    assert not parsed.bozo and parsed.entries == []


def test_the_command_prints_each_new_alert_once(db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    rules = tmp_path / "alerts.yaml"
    rules.write_text(ALL_KINDS, encoding="utf-8")
    assert main(["alerts", "--db", str(db), "--rules", str(rules)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n[") + out.startswith("[") == 12 and out.strip().endswith("12 new alerts")
    assert main(["alerts", "--db", str(db), "--rules", str(rules), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["alerts"] == []
    rules.write_text("rules:\n  - id: r\n    kind: rise\n    factor: -1\n", encoding="utf-8")
    assert main(["alerts", "--db", str(db), "--rules", str(rules)]) == 2
    assert f"[E703] {rules}:4" in capsys.readouterr().err


def test_the_command_piped_into_a_reader_that_left_exits_quietly(db: Path, tmp_path: Path) -> None:
    """`narrascope alerts ... | head -1`: no BrokenPipeError traceback, exit 0; the alerts are recorded."""
    import os
    import subprocess
    import sys

    rules = tmp_path / "alerts.yaml"
    rules.write_text(ALL_KINDS, encoding="utf-8")
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line: every write meets a broken pipe
    try:
        done = subprocess.run([sys.executable, "-m", "narrascope.cli", "alerts", "--db", str(db), "--rules",
                               str(rules)], stdout=write, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write)
    assert done.returncode == 0 and "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM alerts").fetchone()[0] == 12


def test_an_ingest_from_the_dashboard_evaluates_the_rules(db: Path, tmp_path: Path, analyser) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from narrascope.api import ServerConfig, create_app

    rules = tmp_path / "alerts.yaml"
    rules.write_text("rules: [{id: candidates, kind: new-narrative}]\n", encoding="utf-8")
    config = ServerConfig(db=db, token="t", alerts=rules, load_analyser_at_start=False)
    client = TestClient(create_app(config, make_analyser=lambda c: dataclasses.replace(analyser, catalogue=c)),
                        base_url="http://127.0.0.1:8000")
    job = client.post("/api/ingest", headers={"Authorization": "Bearer t"},
                      json={"articles": [{"id": "x1", "text": "A short note about the weather in spring."}]}).json()
    deadline = time.monotonic() + 120
    while job["state"] == "running" and time.monotonic() < deadline:
        time.sleep(0.1)
        job = client.get(f"/api/jobs/{job['id']}").json()
    assert job["state"] == "done" and job["summary"].endswith(("new alert", "new alerts")), job  # the rules ran
    with pytest.raises(AlertRulesError):
        bad = tmp_path / "bad.yaml"
        bad.write_text("rules: 3\n", encoding="utf-8")
        create_app(dataclasses.replace(config, alerts=bad))


class _FeedHandler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        item = ("<item><guid>{0}</guid><title>Item {0}</title><pubDate>Mon, 06 May 2024 08:00:00 GMT</pubDate>"
                "<description>{1}</description></item>")
        text = ("American helicopters flew dozens of Islamic State commanders out of eastern Syria to Afghanistan, "
                "local sources say; the same flights are said to have carried fighters towards Central Asia. ") * 2
        body = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>'
                + item.format("one", text) + item.format("two", text.replace("Afghanistan", "Ukraine"))
                + "</channel></rss>").encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_watch_evaluates_the_rules_after_a_poll_that_stored_new_articles(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FeedHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(f"feed http://127.0.0.1:{server.server_port}/rss\n", encoding="utf-8")
        rules = tmp_path / "alerts.yaml"
        rules.write_text("rules: [{id: outlets, kind: new-outlet}]\n", encoding="utf-8")
        db = tmp_path / "watch.db"
        argv = ["watch", str(feeds), "--db", str(db), "--once", "--allow-host", "127.0.0.1", "--alerts", str(rules),
                "--skip", "techniques", "--quiet"]
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert "2 new" in out and f"{db}: " in out and "new alert" in out.splitlines()[-1]
        with sqlite3.connect(db) as conn:
            recorded = conn.execute("SELECT count(*) FROM alerts").fetchone()[0]
            pairs = conn.execute("SELECT count(DISTINCT n.narrative || '|' || a.outlet) FROM narrative_matches n"
                                 " JOIN articles a ON a.id = n.article WHERE n.matched = 1").fetchone()[0]
        assert recorded == pairs  # one new-outlet alert per (narrative, outlet) pushing it
        assert main(argv) == 0  # nothing new: the rules are not evaluated again
        assert "new alert" not in capsys.readouterr().out
        rules.write_text("rules: [{id: outlets, kind: new-outlet, factor: 2}]\n", encoding="utf-8")
        assert main(argv) == 2 and "[E703]" in capsys.readouterr().err  # checked before any poll
    finally:
        server.shutdown()
        server.server_close()
