"""Stories at scale: story vectors stored once, new articles joining the stored groups, a full
regroup still giving the groups of one pass."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from narrascope.corpus import StoryItem, cluster
from narrascope.corpus.build import stories_of, stories_of_store
from narrascope.corpus.incremental import extend
from narrascope.encoders import CachedEncoder
from narrascope.store import Store, ingest

STORIES = Path(__file__).parent / "stories" / "articles"


def _items(seed: int, groups: int, per: int, noise: float) -> list[StoryItem]:
    """``groups`` tight bundles of ``per`` vectors each around random centres, dated a day apart."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(groups, 64))
    out = []
    for g in range(groups):
        for k in range(per):
            v = centres[g] + noise * rng.normal(size=64)
            day = f"2024-03-{1 + (g * per + k) % 28:02d}"
            out.append(StoryItem(f"g{g}-{k}", (v / np.linalg.norm(v)).astype(np.float32), published=day))
    return out


def _as_sets(groups: list[list[int]], items: list[StoryItem]) -> set[frozenset[str]]:
    return {frozenset(items[i].id for i in g) for g in groups}


def test_extending_nothing_by_everything_is_one_pass() -> None:
    items = _items(1, groups=6, per=5, noise=0.15)
    ext = extend(items, [], list(range(len(items))))
    assert _as_sets(ext.groups, items) == _as_sets(cluster(items), items)
    assert len(ext.groups) == 6 and sorted(ext.changed) == list(range(6))


def test_new_articles_join_the_stored_group_they_belong_to_and_leave_the_others_alone() -> None:
    items = _items(2, groups=4, per=6, noise=0.15)
    old = [i for i in range(len(items)) if int(items[i].id.split("-")[1]) < 4]   # four of each group stored
    new = [i for i in range(len(items)) if i not in old]
    stored = cluster([items[i] for i in old])
    ext = extend(items, [[old[i] for i in g] for g in stored], new)
    assert _as_sets(ext.groups, items) == _as_sets(cluster(items), items)
    assert len(ext.changed) == 4 and not ext.absorbed
    lonely = StoryItem("far", -np.mean([it.vector for it in items], axis=0), published="2024-03-09")
    more = extend([*items, lonely], ext.groups, [len(items)])
    assert more.changed == [len(more.groups) - 1] and [len(items)] in more.groups  # a group of its own


def test_a_new_article_between_two_groups_merges_them_once_they_reach_the_threshold() -> None:
    def unit(v: list[float]) -> np.ndarray:
        x = np.asarray(v, np.float32)
        return x / np.linalg.norm(x)

    a, b = unit([1, 0, 0]), unit([0.5, 0.866, 0])   # cosine 0.5: two stories apart
    items = [StoryItem("a", a, published="2024-01-01"), StoryItem("b", b, published="2024-01-01")]
    stored = cluster(items)
    assert stored == [[0], [1]]
    ext = extend([*items, StoryItem("c", unit(list(a + b)), published="2024-01-02")], stored, [2])
    assert [sorted(g) for g in ext.groups] == [[0, 1, 2]] and ext.changed == [0] and ext.absorbed == [1]


def _ingest_some(store: Store, analyser, files: list[Path]) -> None:  # type: ignore[no-untyped-def]
    report = ingest(store, analyser, [str(f) for f in files], reanalyse_stale=False)
    assert report.new == len(files)


def test_a_restarted_store_adds_articles_without_encoding_the_stored_ones(analyser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = sorted(STORIES.rglob("*.txt"))[:24]
    with Store(tmp_path / "s.db") as store:
        _ingest_some(store, analyser, files[:16])
        assert store.counts()["story_items"] == 16  # made at ingest, with the analysis
        first = stories_of_store(store, analyser.encoder, analyser.catalogue, analyser.settings)
        _ingest_some(store, analyser, files[16:])
    with Store(tmp_path / "s.db") as store:  # "after a restart": an encoder with nothing cached
        cold = CachedEncoder(analyser.encoder.inner)
        grown = stories_of_store(store, cold, analyser.catalogue, analyser.settings)
        assert cold.misses == 0
        assert store.connection.execute("SELECT count(*) FROM story_items WHERE grp IS NULL").fetchone()[0] == 0
        regrouped = stories_of_store(store, cold, analyser.catalogue, analyser.settings, regroup=True)
        assert cold.misses == 0
        records = [(record, text) for _, record, text in store.records()]
    once = stories_of(records, analyser.encoder, analyser.catalogue, analyser.settings)
    assert sorted(sorted(s.members) for s in regrouped) == sorted(sorted(s.members) for s in once)
    assert {m for s in first for m in s.members} <= {m for s in grown for m in s.members} | {
        m for s in first for m in s.members if len(s.members) < 2}


# --- story ids: stable as a story grows; an id renamed still finds its story -----------------------------
def _stored(store: Store, items: list[StoryItem]) -> None:
    """Articles and their story items, as ingest would leave them (no analysis needed to group)."""
    from narrascope.ingest.records import make_document
    from narrascope.store.story_items import save_items

    pairs = []
    for item in items:
        doc = make_document(item.id, f"Text of {item.id}.", source="test", published=item.published)
        stored = store.add_article(doc)
        assert stored is not None
        pairs.append((stored.row, item))
    with store.transaction() as conn:
        save_items(conn, pairs)


def _unit(v: list[float]) -> np.ndarray:
    a = np.asarray(v, np.float32)
    return a / np.linalg.norm(a)


A, B = _unit([1, 0, 0]), _unit([0.5, 0.866, 0])          # cosine 0.5: two stories apart


def _ids(store: Store) -> dict[frozenset[str], str]:
    return {frozenset(s.members): s.id for s in stories_of_store(store, None, _catalogue())}


def test_a_story_keeps_its_id_as_it_grows_even_when_a_new_member_sorts_first(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        _stored(store, [StoryItem("m-1", A, published="2024-01-01"), StoryItem("m-2", A, published="2024-01-02"),
                        StoryItem("x-1", B, published="2024-01-01"), StoryItem("x-2", B, published="2024-01-03")])
        assert sorted(_ids(store).values()) == ["story-m-1", "story-x-1"]   # named after the founding article
        _stored(store, [StoryItem("a-late", A, published="2024-02-01")])     # sorts before m-1, joins its story
        assert _ids(store) == {frozenset({"m-1", "m-2", "a-late"}): "story-m-1", frozenset({"x-1", "x-2"}): "story-x-1"}
        regrouped = {frozenset(s.members): s.id for s in stories_of_store(store, None, _catalogue(), regroup=True)}
        assert regrouped == _ids(store)                                     # a regroup with the same founders too


def _catalogue():  # type: ignore[no-untyped-def]
    from narrascope.catalogue import load_catalogue

    return load_catalogue()


def test_a_story_merged_into_another_is_still_found_by_its_old_id(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from narrascope.cli import main
    from narrascope.store import query as Q

    with Store(tmp_path / "s.db") as store:
        _stored(store, [StoryItem("a-1", A, published="2024-01-01"), StoryItem("a-2", A, published="2024-01-01"),
                        StoryItem("b-1", B, published="2024-01-02"), StoryItem("b-2", B, published="2024-01-02")])
        assert sorted(_ids(store).values()) == ["story-a-1", "story-b-1"]
        _stored(store, [StoryItem("c-1", _unit(list(A + B)), published="2024-01-03")])   # between the two: merges them
        assert list(_ids(store).values()) == ["story-a-1"]
        found = Q.story(store.connection, "story-b-1")
        assert found is not None and found["id"] == "story-a-1" and len(found["articles"]) == 5
        assert Q.story(store.connection, "story-nope") is None
    capsys.readouterr()
    assert main(["views", "lineage", "--db", str(tmp_path / "s.db"), "--story", "story-b-1"]) == 0
    assert [v["story"] for v in json.loads(capsys.readouterr().out)["lineage"]] == ["story-a-1"]
