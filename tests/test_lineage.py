"""Narrative lineage: claim families (what stays) and their variants (what changes) in time order.

The first tests build analyses by hand, so that every figure is known; the last ones analyse
tests/lineage/articles.jsonl (written for this test, in four languages, with the lineage it must give
in tests/lineage/gold.yaml) and read the lineage back from a store, through the CLI and the API.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import yaml

from narrascope.cli import main
from narrascope.corpus.lineage import (
    ANONYMOUS,
    claims_of_records,
    claims_of_store,
    lineage,
    narrative_lineages,
)
from narrascope.model import Story
from narrascope.settings import DEFAULT
from narrascope.store import Store, ingest

HERE = Path(__file__).parent / "lineage"
GOLD = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))


def _slot(name: str | None) -> dict[str, Any] | None:
    return {"text": name, "canonical": name, "start": 0, "end": 1} if name else None


def claim(agent: str | None = "United States", moved: str | None = "Islamic State", origin: str | None = None,
          destination: str | None = None, means: str | None = None, source: str | None = None,
          kind: str = "agency", modality: str = "reported", type: str = "relocation") -> dict[str, Any]:
    return {"type": type, "agent": _slot(agent), "moved": _slot(moved), "origin": _slot(origin),
            "destination": _slot(destination), "means": means, "modality": modality,
            "source": {"text": source or "people", "canonical": source, "kind": kind} if source or kind == "anonymous"
            else None, "evidence": {"text": f"{agent} moved {moved} to {destination}", "start": 0, "end": 9}}


def record(id: str, published: str | None, claims: list[dict[str, Any]], *, outlet: str = "Outlet A",
           language: str = "en", pushes: str | None = "us-relocates-isis") -> dict[str, Any]:
    narratives = [{"id": pushes, "matched": True, "stance": "pushes", "score": 0.9}] if pushes else []
    return {"id": id, "title": f"title {id}", "published": published, "outlet": outlet, "language": language,
            "narratives": narratives, "claims": claims}


def _family(view: dict[str, Any], key: str) -> dict[str, Any]:
    return next(f for f in view["families"] if f["key"] == key)


def _values(family: dict[str, Any], slot: str) -> list[str]:
    return [v["value"] for v in family["slots"][slot]]


SEED = [
    record("a17", "2017-06-14", [claim(origin="Raqqa", destination="Afghanistan", means="helicopter",
                                       kind="anonymous")], outlet="Levant", language="en"),
    record("b17", "2017-09-05", [claim(origin="Deir ez-Zor", destination="Afghanistan", means="helicopter",
                                       kind="anonymous")], outlet="Golos", language="ru"),
    record("c19", "2019-03-12", [claim(origin="Syria", destination="Central Asia", source="Foreign Ministry",
                                       kind="government")], outlet="Frontline", language="en"),
    record("d22", "2022-03-10", [claim(origin="Syria", destination="Ukraine", source="SVR")],
           outlet="Truth", language="de"),
    record("e22", "2022-04-21", [claim(origin="Syria", destination="Ukraine", source="SVR")],
           outlet="Golos", language="ru"),
]


def test_a_family_keeps_agent_and_moved_group_and_its_changing_slots_read_in_time_order() -> None:
    view = lineage(claims_of_records(reversed(SEED)), subject={"narrative": "us-relocates-isis"})
    assert view["narrative"] == "us-relocates-isis" and view["articles"] == 5
    assert (view["first_seen"], view["last_seen"]) == ("2017-06-14", "2022-04-21")
    family = _family(view, "relocation | United States | Islamic State")
    assert _values(family, "destination") == ["Afghanistan", "Central Asia", "Ukraine"]
    assert _values(family, "source") == [ANONYMOUS, "Foreign Ministry", "SVR"]
    ukraine = family["slots"]["destination"][2]
    assert (ukraine["first_seen"], ukraine["last_seen"], ukraine["articles"]) == ("2022-03-10", "2022-04-21", 2)
    assert ukraine["outlets"] == ["Truth", "Golos"] and set(ukraine["languages"]) == {"de", "ru"}
    assert ukraine["first_article"]["id"] == "d22"


def test_variants_say_what_changed_from_the_one_before() -> None:
    family = lineage(claims_of_records(SEED))["families"][0]
    assert [(v["origin"], v["destination"], v["source"]) for v in family["variants"]] == [
        ("Raqqa", "Afghanistan", ANONYMOUS), ("Deir ez-Zor", "Afghanistan", ANONYMOUS),
        ("Syria", "Central Asia", "Foreign Ministry"), ("Syria", "Ukraine", "SVR")]
    assert [v["changed"] for v in family["variants"]] == [
        [], ["origin"], ["origin", "destination", "means", "source"], ["destination", "source"]]
    assert family["variants"][3]["articles"] == 2 and family["variants"][3]["outlets"] == ["Truth", "Golos"]


def test_denied_and_refuted_claims_are_no_variants() -> None:
    records = SEED + [record("f23", "2023-01-01", [claim(destination="Sahel", modality="denied"),
                                                   claim(destination="Mali", modality="refuted")])]
    view = lineage(claims_of_records(records))
    assert "Sahel" not in _values(view["families"][0], "destination")
    assert "Mali" not in _values(view["families"][0], "destination")
    assert view["articles"] == 5


def test_a_claim_that_says_less_than_another_of_its_article_is_not_a_variant() -> None:
    fuller = claim(origin="Raqqa", destination="Afghanistan", source="SVR")
    view = lineage(claims_of_records([record("a", "2020-01-01", [claim(destination="Afghanistan"), fuller])]))
    family = view["families"][0]
    assert len(family["variants"]) == 1 and family["claims"] == 1


def test_a_missing_agent_is_taken_from_the_articles_own_claims_of_that_type() -> None:
    claims = [claim(origin="Hasakah", destination="Iraq"), claim(agent=None, origin="Iraq", destination="Afghanistan")]
    view = lineage(claims_of_records([record("a", "2020-01-01", claims)]))
    assert [f["key"] for f in view["families"]] == ["relocation | United States | Islamic State"]
    two_agents = claims + [claim(agent="Turkey", origin="Idlib", destination="Libya")]
    view = lineage(claims_of_records([record("b", "2020-01-01", two_agents)]))
    assert "relocation | (unnamed) | Islamic State" in [f["key"] for f in view["families"]]


def test_an_agent_the_lexicon_does_not_know_keeps_one_family_across_languages() -> None:
    """"ships", "Schiffe", "barcos" carrying people: written differently in each language, one unnamed agent."""
    def carried_by(text: str, destination: str) -> dict[str, Any]:
        c = claim(agent=None, moved="Civilians", origin="Libya", destination=destination, means="ship")
        c["agent"] = {"text": text, "canonical": None, "start": 0, "end": len(text)}
        return c

    records = [record("en1", "2023-05-01", [carried_by("ships", "Italy")], language="en"),
               record("de1", "2023-06-01", [carried_by("Schiffe", "Spain")], language="de"),
               record("es1", "2023-07-01", [carried_by("barcos", "Greece")], language="es")]
    view = lineage(claims_of_records(records))
    assert [f["key"] for f in view["families"]] == ["relocation | (unnamed) | Civilians"]
    assert _values(view["families"][0], "destination") == ["Italy", "Spain", "Greece"]


def test_only_articles_that_push_the_narrative_count_for_it() -> None:
    neutral = record("n", "2016-01-01", [claim(destination="Libya")], pushes=None)
    other = record("o", "2016-02-01", [claim(destination="Mars")], pushes="another-narrative")
    view = lineage(claims_of_records(SEED + [neutral, other], narrative="us-relocates-isis"))
    assert view["first_seen"] == "2017-06-14" and "Libya" not in _values(view["families"][0], "destination")


def test_undated_articles_count_but_date_nothing_and_come_last() -> None:
    view = lineage(claims_of_records([record("u", None, [claim(destination="Iraq")]), *SEED]))
    family = view["families"][0]
    assert _values(family, "destination")[-1] == "Iraq"
    assert family["slots"]["destination"][-1]["first_seen"] is None and view["articles"] == 6


def test_families_and_variants_listed_are_limited_by_named_settings() -> None:
    many = [record(f"r{i}", f"2020-01-{i + 1:02d}", [claim(agent=f"Agent {i}", destination=f"Place {i}"),
                                                       claim(agent="Agent 0", destination=f"Town {i}")])
            for i in range(8)]
    settings = dataclasses.replace(DEFAULT, lineage_max_families=3, lineage_max_variants=2)
    view = lineage(claims_of_records(many), settings=settings)
    assert view["families_total"] == 8 and len(view["families"]) == 3
    assert view["families"][0]["agent"] == "Agent 0" and view["families"][0]["variants_total"] == 9
    assert len(view["families"][0]["variants"]) == 2


def test_nothing_to_follow_gives_an_empty_lineage() -> None:
    view = lineage(claims_of_records([record("a", "2020-01-01", [claim()])]))
    assert view["families"] == [] and view["articles"] == 0 and view["first_seen"] is None


# --- a corpus written for the test, through the whole pipeline ------------------------------------

@pytest.fixture(scope="module")
def lineage_db(tmp_path_factory, analyser) -> Path:  # type: ignore[no-untyped-def]
    db = tmp_path_factory.mktemp("lineage") / "lineage.db"
    with Store(db) as store:
        ingest(store, analyser, [HERE / "articles.jsonl"])
    return db


def _gold_family(view: dict[str, Any]) -> dict[str, Any]:
    g = GOLD["family"]
    return _family(view, f"{g['type']} | {g['agent']} | {g['moved']}")


def test_the_written_corpus_gives_the_lineage_it_was_written_with(lineage_db: Path) -> None:
    with sqlite3.connect(lineage_db) as conn:
        view = lineage(claims_of_store(conn))
    family = _gold_family(view)
    for slot in ("destination", "source"):
        got = [[v["value"], v["first_seen"], v["last_seen"], v["articles"]] for v in family["slots"][slot]]
        assert got == [[str(x) for x in row[:3]] + [row[3]] for row in GOLD[slot]], slot
    assert family["articles"] == len(GOLD["articles"])
    assert sorted(family["languages"]) == sorted(GOLD["languages"])
    text = json.dumps(view)
    assert all(word not in text for word in GOLD["never"])


def test_the_store_and_the_analyses_give_the_same_lineage(lineage_db: Path) -> None:
    with Store(lineage_db, create=False) as store:
        from_records = lineage(claims_of_records(r for _, r, _ in store.records()))
        from_tables = lineage(claims_of_store(store.connection))

    assert from_records["families"]
    for a, b in zip(from_records["families"], from_tables["families"], strict=True):
        assert a["key"] == b["key"] and a["slots"].keys() == b["slots"].keys()
        for slot in a["slots"]:
            assert [(v["value"], v["first_seen"], v["articles"]) for v in a["slots"][slot]] == \
                [(v["value"], v["first_seen"], v["articles"]) for v in b["slots"][slot]]
        assert [v["first_article"]["id"] for v in a["variants"]] == [v["first_article"]["id"] for v in b["variants"]]


def test_views_lineage_prints_json_for_a_narrative_or_a_story(lineage_db: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["views", "lineage", "--db", str(lineage_db), "--narrative", "no-such-narrative"]) == 2
    assert "[E404] no narrative 'no-such-narrative'" in capsys.readouterr().err   # unknown ids are said so,
    assert main(["views", "lineage", "--db", str(lineage_db), "--story", "no-such-story"]) == 2   # as for a story
    assert "[E404]" in capsys.readouterr().err
    with Store(lineage_db) as store:
        row = store.connection.execute("SELECT min(article) FROM claims").fetchone()[0]
        store.connection.execute("INSERT OR REPLACE INTO stories (id, label, created_at, data) VALUES"
                                 " ('story-shape', 'L', 'now', '{}')")
        store.connection.execute("INSERT OR IGNORE INTO story_members (story, article) VALUES ('story-shape', ?)",
                                 (row,))
        narrative = store.connection.execute("SELECT narrative FROM narrative_matches LIMIT 1").fetchone()[0]
    shapes = []
    for given in (["--narrative", narrative], ["--story", "story-shape"], []):   # one shape: a list of lineages
        assert main(["views", "lineage", "--db", str(lineage_db), *given]) == 0
        shown = json.loads(capsys.readouterr().out)["lineage"]
        assert isinstance(shown, list) and all("families" in v for v in shown)
        shapes.append([("story" in v, "narrative" in v) for v in shown])
    assert shapes[0] == [(False, True)] and shapes[1] == [(True, False)]
    with sqlite3.connect(lineage_db) as conn:
        assert narrative_lineages(conn) == [
            lineage(claims_of_store(conn, narrative=v["narrative"]), subject={"narrative": v["narrative"]})
            for v in narrative_lineages(conn)]


def test_the_api_and_the_narrative_page_show_the_lineage(lineage_db: Path, tmp_path: Path, analyser) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from narrascope.api import ServerConfig, create_app

    with Store(lineage_db, create=False) as store:  # make lin-02..07 push a narrative of the bundled catalogue
        store.connection.execute("INSERT INTO narrative_matches (article, narrative, title, score, matched, stance)"
                                 " SELECT id, 'us-relocates-isis', 't', 0.9, 1, 'pushes' FROM articles"
                                 " WHERE article_id BETWEEN 'lin-02' AND 'lin-07'"
                                 " ON CONFLICT DO UPDATE SET matched = 1, stance = 'pushes'")
    config = ServerConfig(db=lineage_db, token="t", load_analyser_at_start=False)
    client = TestClient(create_app(config, make_analyser=lambda c: dataclasses.replace(analyser, catalogue=c)),
                        base_url="http://127.0.0.1:8000")
    body = client.get("/api/narratives/us-relocates-isis/lineage").json()
    family = _gold_family(body)
    assert [v["value"] for v in family["slots"]["destination"]] == [row[0] for row in GOLD["destination"]]
    assert body["narrative"] == "us-relocates-isis" and body["articles"] == len(GOLD["articles"])
    missing = client.get("/api/narratives/no-such-thing/lineage")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "E422"
    page = client.get("/narratives/us-relocates-isis")
    assert page.status_code == 200
    section = page.text.split('id="lineage"', 1)[1].split('id="flows"', 1)[0]
    assert section.count('class="span"') == sum(
        min(len(v), 8) for v in family["slots"].values())  # one bar per dated value of each slot
    assert "Kashmir" in section and "Cyprus" not in section
    with Store(lineage_db, create=False) as store:  # a story of the six: its page and JSON show the same lineage
        rows = {a.article_id: a.row for a in store.articles()}
        store.save_stories([Story(id="story-lin", label="Turkey's fighters", members=GOLD["articles"],
                                  rows=[rows[a] for a in GOLD["articles"]])])
    story = client.get("/api/stories/story-lin/lineage").json()
    assert story["story"] == "story-lin" and _gold_family(story)["slots"] == family["slots"]
    story_page = client.get("/stories/story-lin").text.split('id="lineage"', 1)[1]
    assert story_page.count('class="span"') == section.count('class="span"')
    assert client.get("/api/stories/no-such-story/lineage").status_code == 404


def test_the_report_has_a_lineage_section_and_escapes_what_the_claims_carry() -> None:
    from narrascope.report.html import render_report

    hostile = record("h", "2021-01-01", [claim(destination='<script>alert(1)</script>', source='"><img src=x>')])
    page = render_report(SEED + [hostile], [], {"us-relocates-isis": "The US moves IS fighters"}, generated="now")
    section = page.split('<section id="lineage">', 1)[1].split("</section>", 1)[0]
    assert "The US moves IS fighters" in section and "Central Asia" in section
    assert section.count("<circle") >= 5  # a dot per day each destination, source and origin was carried
    assert "<script>" not in section and "<img" not in section and "&lt;script&gt;" in section
