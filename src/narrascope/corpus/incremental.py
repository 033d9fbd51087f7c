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
_JOIN_BLOCK = 2000  # new articles joined per block (memory: _JOIN_BLOCK x groups floats, and its square)


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
        for narrative in narratives:
            views.by_narrative.setdefault(narrative, set()).add(j)
        for frame in frames:
            views.by_frame.setdefault(frame, set()).add(j)
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
    for at in range(0, len(order), _JOIN_BLOCK):
        _join_block(items, order[at:at + _JOIN_BLOCK], clusters, views, settings, touched)
    return touched


def _join_block(items: Sequence[StoryItem], order: list[int], clusters: list[_Cluster], views: _Views,
                settings: Settings, touched: set[int]) -> None:
    """New items (a block of them) into groups, in order.

    Their cosines with the groups as the block starts come from one matrix product (a row per
    item); a group that changes during the block gets a column of its own in ``fresh``, computed
    again for the items still to come: one (items left x 512) product per change, never a scan per item.
    """
    n, before = len(order), len(clusters)
    vectors = np.stack([items[i].vector for i in order]).astype(np.float32)
    as_was = vectors @ views.centroids[:before].T if before else np.zeros((n, 0), np.float32)
    fresh = np.empty((n, n), np.float32)       # at most one group changes per item
    ids = np.empty(n, np.int64)                # the group of each column of ``fresh``
    column: dict[int, int] = {}
    for t, i in enumerate(order):
        item, day = items[i], _day(items[i])
        j = -1
        if clusters:
            cos = np.empty(len(clusters), np.float64)
            cos[:before] = as_was[t]
            if column:
                cos[ids[:len(column)]] = fresh[t, :len(column)]
            scores = views.adjust(cos, item.narratives, item.frames, day)
            best = int(np.argmax(scores))
            if scores[best] >= settings.story_similarity:
                _join(clusters[best], i, item, day)
                j = best
        if j < 0:
            clusters.append(_cluster_of(items, [i]))
            j = len(clusters) - 1
        views.set(j, clusters[j])
        touched.add(j)
        c = column.setdefault(j, len(column))
        ids[c] = j
        fresh[t + 1:, c] = vectors[t + 1:] @ views.centroids[j]


def _merge_changed(clusters: list[_Cluster], views: _Views, touched: set[int], settings: Settings) -> None:
    """Merge pairs that reach the threshold, checking only groups that changed (the earlier one absorbs).

    The changed groups are scored against every group in blocks (matrix products); a group with a
    hit is then taken in order, its cosines from that product patched for the groups merged since,
    and merged with its first hit; the group that absorbed another is checked again from scratch.
    """
    work = sorted(touched)
    if not work:
        return
    k = len(clusters)
    kept: dict[int, np.ndarray] = {}                     # suspect -> its cosines with every group, as scored
    for at in range(0, len(work), _BLOCK):  # every changed group against every group, a block at a time
        block = work[at:at + _BLOCK]
        cosines = views.centroids[block] @ views.centroids[:k].T
        for row, x in enumerate(block):
            centroid, narratives, frames, day = clusters[x].view()
            scores = views.adjust(cosines[row].astype(np.float64), narratives, frames, day)
            scores[x] = -np.inf
            if np.any(scores >= settings.story_similarity):
                kept[x] = cosines[row].copy()
    suspects = sorted(kept)
    since: list[int] = []                                 # groups whose centroid changed after the products
    while suspects:
        x = suspects.pop(0)
        if not views.alive[x]:
            continue
        centroid, narratives, frames, day = clusters[x].view()
        if x in kept:
            cos = kept.pop(x).astype(np.float64)
            if since:
                cos[since] = views.centroids[since] @ centroid
        else:
            cos = (views.centroids[:k] @ centroid).astype(np.float64)
        scores = views.adjust(cos, narratives, frames, day)
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
        kept.pop(keep, None)
        since.append(keep)
        suspects = sorted({*suspects, keep})
