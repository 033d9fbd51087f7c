"""Events as a user sees them: one claim per event with its full route and every sentence it came
from, in the article page of the dashboard, the API, the static report and the flow map."""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from narrascope.api import ServerConfig, create_app
from narrascope.corpus import views
from narrascope.report.html import render_report
from narrascope.report.svg import flow_map
from narrascope.settings import DEFAULT
from narrascope.store import Store, ingest
from narrascope.store import query as Q

TOKEN = "test-token"
ARTICLES = {
    "chain.txt": ("US moves ISIS fighters to Ukraine\n\n"
                  "Last week 80 ISIS fighters were moved from Hasakah to al-Tanf, local sources said. "
                  "From there they were flown to Ukraine, the sources added."),
    "denial.txt": ("Pentagon denies report\n\nThe Pentagon denied that it flew ISIS militants from Syria to "
                   "Afghanistan."),
}


@pytest.fixture(scope="module")
def store_db(tmp_path_factory, analyser) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("events")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = folder / "events.db"
    with Store(db) as store:
        ingest(store, analyser, [folder])
    return db


@pytest.fixture(scope="module")
def client(store_db, analyser) -> TestClient:  # type: ignore[no-untyped-def]
    config = ServerConfig(db=store_db, token=TOKEN, settings=DEFAULT, load_analyser_at_start=False)
    return TestClient(create_app(config, make_analyser=lambda c: dataclasses.replace(analyser, catalogue=c)),
                      base_url="http://127.0.0.1")


def _row(db: Path, article_id: str) -> int:
    with Store(db) as store:
        return next(a.row for a in store.articles() if a.article_id == article_id)


ROUTE = "Al Ḩasakah \u2192 al-Tanf \u2192 Ukraine"


def test_the_api_gives_each_event_with_its_route_and_every_sentence(client, store_db) -> None:
    a = client.get(f"/api/articles/{_row(store_db, 'chain')}", headers={"Authorization": f"Bearer {TOKEN}"}).json()
    (event,) = [e for e in a["events"] if e["type"] == "relocation"]
    assert event["legs"] == 2 and "al-Tanf" in event["route_text"] and "Ukraine" in event["route_text"]
    assert len(event["route"]) == 3
    assert len(event["sentences"]) >= 2
    for s in event["sentences"]:
        assert a["text"][s["start"]:s["end"]] == s["text"]
    legs = [c for c in a["analysis"]["claims"] if c["type"] == "relocation"]
    assert len({c["event"] for c in legs}) == 1 and all(len(c["route"]) == 3 for c in legs)


def test_the_article_page_shows_the_route_and_every_sentence(client, store_db) -> None:
    page = client.get(f"/articles/{_row(store_db, 'chain')}?token={TOKEN}")
    assert page.status_code == 200
    body = html.unescape(page.text)
    assert "al-Tanf" in body and "\u2192" in body and "2 legs" in body
    assert "From there they were flown to Ukraine, the sources added." in body
    assert "Last week 80 ISIS fighters were moved from Hasakah to al-Tanf, local sources said." in body


def test_a_denied_move_is_shown_on_its_page_but_drawn_nowhere(client, store_db) -> None:
    page = html.unescape(client.get(f"/articles/{_row(store_db, 'denial')}?token={TOKEN}").text)
    assert "denied" in page and "Afghanistan" in page
    with Store(store_db) as store:
        flows = Q.flows(store.connection)
    assert all("Afghanistan" not in (f["origin"], f["destination"]) for f in flows)


def test_the_flow_map_says_which_route_a_leg_belongs_to(store_db) -> None:
    with Store(store_db) as store:
        flows = Q.flows(store.connection)
        records = [r for _, r, _ in store.records()]
    assert {f["destination"] for f in flows} >= {"al-Tanf", "Ukraine"}
    assert all(any(r.count("\u2192") == 2 for r in f["routes"]) for f in flows)
    assert "part of" in flow_map(flows)
    assert [f["routes"] for f in views.flows(records)] == [f["routes"] for f in flows]


def test_the_report_lists_each_event_with_its_route_and_sentences(store_db) -> None:
    with Store(store_db) as store:
        records = [r for _, r, _ in store.records()]
    page = html.unescape(render_report(records, [], {}, generated="today"))
    assert 'id="events"' in page and "From there they were flown to Ukraine" in page
    assert "al-Tanf \u2192 Ukraine" in page and "denied" in page


def test_a_place_the_gazetteer_lacks_is_drawn_where_its_broader_name_lies(analyser, tmp_path: Path) -> None:
    # "the prison of Al-Sinaa, in the Syrian city of Al-Hasaka": Al-Sinaa has no coordinates, Al-Hasaka has
    from narrascope.ingest.records import make_document
    from narrascope.store.db import Versions

    text = ("EEUU traslada a presos de Daesh\n\nHelicópteros estadounidenses trasladaron a decenas de presos de "
            "Daesh desde la cárcel de Al-Sinaa, en la ciudad siria de Al-Hasaka, hasta Al-Shadadi.")
    record = analyser.analyse_text(text, "sinaa").to_dict()
    origin = record["claims"][0]["origin"]
    assert "lat" not in origin and origin["within"][0]["text"] == "Al-Hasaka"
    hasaka = [origin["within"][0]["lat"], origin["within"][0]["lon"]]
    [edge] = views.flows([record])
    assert edge["origin_at"] == hasaka and edge["destination_at"] is not None
    with Store(tmp_path / "s.db") as store:
        article = store.add_article(make_document("sinaa", text, source="sinaa"))
        store.save_analysis(article.row, record, Versions("test", "test"))
        [stored] = Q.flows(store.connection)
    assert stored["origin_at"] == hasaka


def test_an_events_moved_group_is_shown_with_the_number_the_text_gives_it() -> None:
    claim = {"type": "relocation", "modality": "reported", "event": "e1",
             "moved": {"text": "militants", "canonical": "Militants", "count": 150, "count_text": "about 150"}}
    uncounted = {**claim, "event": "e2", "moved": {"text": "militants", "canonical": "Militants"}}
    shown = {e["event"]: e["moved"] for e in views.events([claim, uncounted])}
    assert shown == {"e1": "about 150 Militants", "e2": "Militants"}
