"""Stories grown as articles come: new articles join the groups a store already has, no full regroup.

:func:`narrascope.corpus.stories.cluster` groups a whole corpus in one online pass (in publication
order) and a merge pass. :func:`extend` continues that pass from where the last one ended: the
existing groups are rebuilt from their members' stored vectors, each new article (in publication
order) joins the most similar group if it reaches ``story_similarity`` or starts one, and the merge
pass runs on the groups that changed only, since two groups that did not change were compared
before and did not reach the threshold. Cosines of the new articles with the groups as they were
come from one matrix product; only the groups this pass changed are scored again per article.

A full regroup (``narrascope stories --db ... --regroup``) stays available: the order in which
articles arrived can make incremental groups differ a little from the groups of one pass.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..settings import DEFAULT, Settings
from .stories import StoryItem, _absorb, _Cluster, _join, _Views

_BLOCK = 256  # changed groups scored together in one matrix product (memory: _BLOCK x groups floats)


@dataclass
class Extension:
    """Groups after an extension (item indices, in creation order) and which of them changed."""

    groups: list[list[int]]
    changed: list[int]              # positions in ``groups`` of the groups that are new or grew
    absorbed: list[int]             # positions, in the groups given, of the groups merged into others


def _day(item: StoryItem) -> int | None:
    return item.day.toordinal() if item.day else None


def _cluster_of(items: Sequence[StoryItem], members: list[int]) -> _Cluster:
    total = np.asarray(np.sum([items[i].vector for i in members], axis=0, dtype=np.float32))
    days = sorted(d for d in (_day(items[i]) for i in members) if d is not None)
    return _Cluster(list(members), total, Counter(n for i in members for n in items[i].narratives),
                    Counter(f for i in members for f in items[i].frames), days)


def _views_of(clusters: list[_Cluster], dim: int, settings: Settings) -> _Views:
    """The views of many clusters at once (as ``_Views.set`` one by one would write them)."""
    views = _Views(dim, settings)
    k = len(clusters)
    size = max(16, 1 << max(k - 1, 1).bit_length())
    views.centroids = np.zeros((size, dim), np.float32)
    views.has_narratives, views.has_frames = np.zeros(size, bool), np.zeros(size, bool)
    views.days, views.alive = np.full(size, -1, np.int64), np.zeros(size, bool)
    if not k:
        return views
    totals = np.stack([c.total for c in clusters])
    views.centroids[:k] = totals / np.maximum(np.linalg.norm(totals, axis=1, keepdims=True), 1e-9)
    views.alive[:k] = True
    for j, c in enumerate(clusters):
        n = len(c.members)
        narratives = frozenset(x for x, m in c.narratives.items() if m * 2 >= n) if c.narratives else frozenset()
        frames = frozenset(x for x, m in c.frames.items() if m * 2 >= n or m >= 2) if c.frames else frozenset()
        views.views.append((narratives, frames))
        for key in narratives:
            views.by_narrative.setdefault(key, set()).add(j)
        for key in frames:
            views.by_frame.setdefault(key, set()).add(j)
        views.has_narratives[j], views.has_frames[j] = bool(narratives), bool(frames)
        if c.days:
            views.days[j] = c.days[len(c.days) // 2]
    return views


def extend(items: Sequence[StoryItem], groups: Sequence[list[int]], new: Sequence[int],
           settings: Settings = DEFAULT) -> Extension:
    """``groups`` (indices of ``items``, in creation order) after the items ``new`` join them."""
    dim = items[0].vector.shape[0] if items else 1
    clusters = [_cluster_of(items, g) for g in groups]
    views = _views_of(clusters, dim, settings)
    before = len(clusters)
    order = sorted(new, key=lambda i: (items[i].published or "9999", items[i].id))
    touched = _join_new(items, order, clusters, views, before, settings)
    _merge_changed(clusters, views, touched, settings)
    alive = [j for j in range(len(clusters)) if views.alive[j]]
    position = {j: p for p, j in enumerate(alive)}
    return Extension([clusters[j].members for j in alive], sorted(position[j] for j in touched if views.alive[j]),
                     [j for j in range(before) if not views.alive[j]])


def _join_new(items: Sequence[StoryItem], order: list[int], clusters: list[_Cluster], views: _Views, before: int,
              settings: Settings) -> set[int]:
    """Each new item into its best group, or a group of its own; the groups changed."""
    touched: set[int] = set()
    if not order:
        return touched
    vectors = np.stack([items[i].vector for i in order]).astype(np.float32)
    as_was = views.centroids[:before] @ vectors.T if before else np.zeros((0, len(order)), np.float32)
    for t, i in enumerate(order):
        item, day = items[i], _day(items[i])
        if clusters:
            cos = np.empty(len(clusters), np.float64)
            cos[:before] = as_was[:, t]
            dirty = np.fromiter(sorted(touched), np.int64, len(touched))
            if len(dirty):
                cos[dirty] = views.centroids[dirty] @ item.vector
            scores = views.adjust(cos, item.narratives, item.frames, day)
            best = int(np.argmax(scores))
            if scores[best] >= settings.story_similarity:
                _join(clusters[best], i, item, day)
                views.set(best, clusters[best])
                touched.add(best)
                continue
        clusters.append(_cluster_of(items, [i]))
        views.set(len(clusters) - 1, clusters[-1])
        touched.add(len(clusters) - 1)
    return touched


def _merge_changed(clusters: list[_Cluster], views: _Views, touched: set[int], settings: Settings) -> None:
    """Merge pairs that reach the threshold, checking only groups that changed (the earlier one absorbs)."""
    work = sorted(touched)
    if not work:
        return
    k = len(clusters)
    suspects = []
    for at in range(0, len(work), _BLOCK):  # every changed group against every group, a block at a time
        block = work[at:at + _BLOCK]
        cosines = views.centroids[block] @ views.centroids[:k].T
        for row, x in enumerate(block):
            centroid, narratives, frames, day = clusters[x].view()
            scores = views.adjust(cosines[row].astype(np.float64), narratives, frames, day)
            scores[x] = -np.inf
            if np.any(scores >= settings.story_similarity):
                suspects.append(x)
    while suspects:
        x = suspects.pop(0)
        if not views.alive[x]:
            continue
        centroid, narratives, frames, day = clusters[x].view()
        scores = views.scores(centroid, narratives, frames, day)
        scores[x] = -np.inf
        hits = np.flatnonzero(scores >= settings.story_similarity)
        if not len(hits):
            continue
        y = int(hits[0])
        keep, gone = min(x, y), max(x, y)
        _absorb(clusters[keep], clusters[gone])
        views.remove(gone)
        views.set(keep, clusters[keep])
        touched.add(keep)
        suspects = sorted({*suspects, keep})
