"""Stories: articles that tell the same story group together across languages; neutral news on
the same topic and off-topic articles stay out. Articles here were written for these tests."""

from __future__ import annotations

import numpy as np
import pytest

from narrascope.corpus import StoryItem, cluster, similarity
from narrascope.corpus.build import stories_of_analyses, stories_of_store
from narrascope.corpus.evaluate import score_stories

PUSHING = {
    "en1": ("US helicopters fly Islamic State fighters out of Syria",
            "American helicopters evacuated dozens of Islamic State fighters from camps in eastern Syria and flew "
            "them to Afghanistan, local sources told the agency. Washington wants to use the militants against "
            "Central Asia, the sources claim."),
    "ru1": ("США вывозят боевиков ИГИЛ из Сирии",
            "Американские военные вертолёты вывезли из лагерей на востоке Сирии несколько десятков боевиков "
            "ИГИЛ и переправили их в Афганистан, сообщают местные источники. Вашингтон готовит их для "
            "дестабилизации Центральной Азии."),
    "de1": ("USA fliegen IS-Kämpfer aus Syrien aus",
            "Amerikanische Hubschrauber haben Dutzende IS-Kämpfer aus Lagern im Osten Syriens ausgeflogen und "
            "nach Afghanistan gebracht, berichten örtliche Quellen. Washington wolle die Extremisten gegen "
            "Zentralasien einsetzen."),
}
OTHER = {
    "en2": ("Bakery wins regional bread prize",
            "A family bakery in the old town won the regional prize for its rye bread on Saturday. The owners "
            "said they would use the prize money to buy a new oven."),
    "fr2": ("Un club de football inaugure son nouveau stade",
            "Le club de football de la ville a inauguré samedi son nouveau stade de 12 000 places, en présence "
            "du maire et de plusieurs anciens joueurs."),
}


def _item(name, vector, narratives=(), published=None):
    v = np.asarray(vector, dtype=np.float32)
    return StoryItem(name, v / np.linalg.norm(v), narratives=frozenset(narratives), published=published)


def test_the_same_story_in_three_languages_is_one_story_and_the_rest_stay_out(analyser):
    analyses = [analyser.analyse_text(text, doc_id=k, title=title)
                for k, (title, text) in {**PUSHING, **OTHER}.items()]
    stories = stories_of_analyses(analyses, analyser.encoder, analyser.catalogue)
    assert len(stories) == 1
    assert sorted(stories[0].members) == sorted(PUSHING)
    assert set(stories[0].languages) == {"en", "ru", "de"}
    assert stories[0].label


def test_pushing_a_narrative_and_reporting_the_topic_are_pulled_apart():
    a = _item("a", [1, 0.2, 0], narratives={"us-moves-isis"})
    b = _item("b", [1, 0.25, 0])
    c = _item("c", [1, 0.25, 0], narratives={"us-moves-isis"})
    assert similarity(a, c) > similarity(a, b)


def test_articles_weeks_apart_are_less_alike():
    a = _item("a", [1, 0.2, 0], published="2025-01-01")
    b = _item("b", [1, 0.2, 0], published="2025-01-05")
    c = _item("c", [1, 0.2, 0], published="2025-04-01")
    assert similarity(a, b) > similarity(a, c)


def test_clustering_is_one_pass_in_date_order_and_keeps_singletons():
    items = [_item("x", [1, 0, 0], published="2025-01-02"), _item("y", [0.99, 0.1, 0], published="2025-01-01"),
             _item("z", [0, 0, 1], published="2025-01-03")]
    groups = sorted(sorted(g) for g in cluster(items))
    assert groups == [[0, 1], [2]]


@pytest.mark.parametrize("predicted, purity, completeness, off_topic", [
    ([["a", "b", "c"], ["d", "e"]], 1.0, 1.0, "0/1"),
    ([["a", "b", "c", "f"], ["d", "e"]], 0.833, 1.0, "1/1"),
    ([["a", "b"], ["d", "e"]], 1.0, 0.8, "0/1"),
])
def test_story_scores(predicted, purity, completeness, off_topic):
    gold = {"a": "s1", "b": "s1", "c": "s1", "d": "s2", "e": "s2", "f": None}
    got = score_stories(predicted, gold)
    assert (got["purity"], got["completeness"], got["off_topic_pulled_in"]) == (purity, completeness, off_topic)


@pytest.fixture
def folder(tmp_path):
    """The test articles as files, one per article."""
    where = tmp_path / "in"
    where.mkdir()
    for k, (title, text) in {**PUSHING, **OTHER}.items():
        (where / f"{k}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    return where


@pytest.fixture
def store_file(tmp_path, folder):
    """A corpus store holding the test articles."""
    from narrascope.cli import main

    db = tmp_path / "m.db"
    assert main(["ingest", str(folder), "--db", str(db), "--quiet", "--skip", "techniques"]) == 0
    return db


def test_stories_command_on_files_prints_the_contract(folder, capsys):
    import json

    from narrascope.cli import main

    assert main(["stories", str(folder), "--skip", "techniques"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [sorted(s["members"]) for s in out["stories"]] == [sorted(PUSHING)]
    assert {"id", "label", "members"} <= set(out["stories"][0])


def test_stories_of_a_store_are_saved_in_it(store_file):
    from narrascope.cli import main
    from narrascope.store import Store

    assert main(["stories", "--db", str(store_file), "--format", "text", "--skip", "techniques"]) == 0
    with Store(store_file, create=False) as store:
        saved = store.stories()
        assert len(saved) == 1 and sorted(saved[0]["members"]) == sorted(PUSHING)
        assert store.counts()["story_members"] == len(PUSHING)


def test_views_of_a_store_are_json(store_file, capsys):
    import json

    from narrascope.cli import main

    capsys.readouterr()
    assert main(["views", "flows", "--db", str(store_file)]) == 0
    flows = json.loads(capsys.readouterr().out)["flows"]
    assert any(f["destination"] == "Afghanistan" and f["articles"] >= 2 for f in flows), flows
    assert main(["views", "timeline", "--db", str(store_file), "--by", "day"]) == 0
    assert "timeline" in json.loads(capsys.readouterr().out)


def test_scoring_against_every_story_at_once_is_the_similarity_of_each_pair() -> None:
    """The clustering's vectorised scores are :func:`similarity`, article by story view."""
    from collections import Counter
    from datetime import date

    from narrascope.corpus.stories import _Cluster, _Views
    from narrascope.settings import DEFAULT

    rng = np.random.default_rng(3)
    items = []
    for i in range(30):
        v = rng.normal(size=16).astype(np.float32)
        items.append(StoryItem(f"a{i}", v / np.linalg.norm(v), published=f"2025-0{1 + i % 9}-1{i % 9}",
                               narratives=frozenset({f"n{i % 3}"}) if i % 2 else frozenset(),
                               frames=frozenset({("relocation", "US", f"m{i % 4}")}) if i % 3 else frozenset()))
    views = _Views(16, DEFAULT)
    clusters = []
    for j, it in enumerate(items[:20]):  # twenty one-member stories, then five grown ones
        clusters.append(_Cluster([j], it.vector.copy(), Counter(it.narratives), Counter(it.frames),
                                 [it.day.toordinal()]))
        if j >= 15:
            other = items[j - 10]
            clusters[-1].members.append(j - 10)
            clusters[-1].total += other.vector
            clusters[-1].narratives.update(other.narratives)
            clusters[-1].frames.update(other.frames)
            clusters[-1].days = sorted([*clusters[-1].days, other.day.toordinal()])
        views.set(j, clusters[-1])
    for it in items[20:]:
        got = views.scores(it.vector, it.narratives, it.frames, it.day.toordinal())
        for j, c in enumerate(clusters):
            centroid, narratives, frames, day = c.view()
            view = StoryItem("", centroid, published=date.fromordinal(day).isoformat(), narratives=narratives,
                             frames=frames)
            assert got[j] == pytest.approx(similarity(it, view), abs=1e-5)


BAKERY_DE = ("Bäckerei gewinnt regionalen Brotpreis",
             "Eine Familienbäckerei in der Altstadt hat am Samstag den regionalen Preis für ihr Roggenbrot gewonnen. "
             "Die Inhaber wollen mit dem Preisgeld einen neuen Ofen kaufen.")


def test_stories_of_a_store_name_their_members_by_row_though_article_ids_repeat(tmp_path, analyser):
    """API batches number their articles api-1, api-2, ... in every batch: the id says nothing of which."""
    from narrascope.ingest.records import make_document
    from narrascope.model import Analysis
    from narrascope.store import Store, Versions
    from narrascope.store import query as Q

    batches = [(PUSHING["en1"], PUSHING["de1"]), (OTHER["en2"], BAKERY_DE)]
    with Store(tmp_path / "s.db") as store:
        rows = {}
        for batch in batches:
            for i, (title, text) in enumerate(batch, 1):
                doc = make_document(f"api-{i}", text, source="api", title=title)
                rows[title] = store.add(Analysis(analyser.pipeline(doc)), Versions.current(analyser.catalogue)).row
        stories = stories_of_store(store, analyser.encoder, analyser.catalogue)
        stored = {s["id"]: Q.story(store.connection, s["id"]) for s in store.stories()}
    assert len(stories) == len(stored) == 2
    members = sorted(sorted(a["row"] for a in s["articles"]) for s in stored.values())
    assert members == sorted(sorted(rows[title] for title, _ in batch) for batch in batches)


def test_a_storys_label_does_not_hang_on_hash_order() -> None:
    """Two narratives pushed equally often: the label is the same in every process."""
    import os
    import subprocess
    import sys

    code = ("import numpy as np; from narrascope.corpus.stories import StoryItem, _story; "
            "v = np.ones(4, np.float32) / 2; "
            "g = [StoryItem(f'a{i}', v, narratives=frozenset({'zeta-narrative', 'alpha-narrative'}), "
            "frames=frozenset({('relocation', 'us', 'isis'), ('relocation', 'russia', 'wagner')})) "
            "for i in range(3)]; s = _story(g, {}); print(s.label, s.narratives, s.frames)")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3", "4")}
    assert len(seen) == 1, seen
