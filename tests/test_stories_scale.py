"""Stories at scale: the bulk paths (stacked vectors, sums of many groups at once, scoring only the
groups that can reach the threshold) give the numbers of the one-at-a-time code, to the last bit."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from narrascope.corpus import StoryItem
from narrascope.corpus.incremental import _cluster_of, _clusters_of, _floor, _views_of, extend
from narrascope.settings import DEFAULT

STORIES = Path(__file__).parent / "stories" / "articles"


def _items(n: int, seed: int = 3) -> list[StoryItem]:
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(8, 32))
    out = []
    for i in range(n):
        v = centres[i % 8] + 0.6 * rng.normal(size=32)
        narratives = frozenset({"n1"}) if i % 5 == 0 else frozenset()
        frames = frozenset({("moves", "a", "b")}) if i % 7 == 0 else frozenset()
        out.append(StoryItem(f"i{i}", (v / np.linalg.norm(v)).astype(np.float32),
                             published=f"2024-0{1 + i % 9}-1{i % 10}", narratives=narratives, frames=frames))
    return out


def test_the_sums_of_many_groups_at_once_are_those_of_one_group_at_a_time() -> None:
    items = _items(200)
    groups = [list(range(k, 200, 23)) for k in range(23)] + [[5]]
    groups[3] = [groups[3][-1], *groups[3][:-1]]             # a founder that is not the first row
    clusters, totals = _clusters_of(items, np.stack([it.vector for it in items]), groups)
    for c, members in zip(clusters, groups, strict=True):
        one = _cluster_of(items, members)
        assert np.array_equal(c.total.view(np.int32), one.total.view(np.int32))
        assert (c.members, c.narratives, c.frames, c.days) == (one.members, one.narratives, one.frames, one.days)


def test_scoring_some_groups_gives_the_scores_of_the_whole_row() -> None:
    items = _items(120)
    clusters, totals = _clusters_of(items, np.stack([it.vector for it in items]), [[i] for i in range(120)])
    views = _views_of(clusters, totals, DEFAULT)
    item = items[0]
    day = item.day.toordinal() if item.day else None
    whole = views.scores(item.vector, item.narratives, item.frames, day)
    cos = (views.centroids[:len(views)] @ item.vector).astype(np.float64)
    at = np.flatnonzero(cos >= _floor(DEFAULT))
    some = views.adjust_at(at, cos[at], item.narratives, item.frames, day)
    assert np.array_equal(some, whole[at])
    assert not np.any(np.delete(whole, at) >= DEFAULT.story_similarity)    # nothing left out could join


def test_extending_with_the_stacked_vectors_is_extending_without_them() -> None:
    items = _items(160)
    stored = [[i] for i in range(100)]
    given = extend(items, stored, list(range(100, 160)), vectors=np.stack([it.vector for it in items]))
    made = extend(items, stored, list(range(100, 160)))
    assert (given.groups, given.changed, given.absorbed) == (made.groups, made.changed, made.absorbed)


def test_stories_of_a_store_whose_articles_all_have_items_load_no_encoder(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    import narrascope.encoders as encoders
    from narrascope.cli import main

    db = tmp_path / "s.db"
    files = [str(f) for f in sorted(STORIES.rglob("*.txt"))[:12]]
    assert main(["ingest", *files, "--db", str(db), "--quiet", "--skip", "techniques"]) == 0
    capsys.readouterr()
    assert main(["stories", "--db", str(db), "--format", "json"]) == 0
    first = json.loads(capsys.readouterr().out)

    def refuse(*_: object) -> None:
        raise AssertionError("no encoder needed")

    monkeypatch.setattr(encoders, "get_encoder", refuse)
    assert main(["stories", "--db", str(db), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == first
