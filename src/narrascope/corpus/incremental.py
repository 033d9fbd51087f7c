"""Stories grown as articles come: new articles join the groups a store already has, no full regroup.

:func:`narrascope.corpus.stories.cluster` groups a whole corpus in one online pass (in publication
order) and a merge pass. :func:`extend` continues that pass from where the last one ended: the
existing groups are rebuilt from their members' stored vectors, each new article (in publication
order) joins the most similar group if it reaches ``story_similarity`` or starts one, and the merge
pass runs on the groups that changed only, since two groups that did not change were compared
before and did not reach the threshold. Cosines of the new articles with the groups as they were
come from one matrix product; only the groups this pass changed are scored again per article, and
only the groups whose cosine could still reach the threshold once every bonus is added are scored
at all (:func:`_floor`). The stored groups are rebuilt from one matrix of every item's vector.

A full regroup (``narrascope stories --db ... --regroup``) stays available: the order in which
articles arrived can make incremental groups differ a little from the groups of one pass.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..settings import DEFAULT, Settings
from .stories import StoryItem, _absorb, _Cluster, _join, _Views
from .stories import floor as _floor

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


def _days(items: Sequence[StoryItem]) -> list[int | None]:
    """Each item's publication day (ordinal), each distinct date read once."""
    known: dict[str | None, int | None] = {}
    out = []
    for item in items:
        if item.published not in known:
            known[item.published] = _day(item)
        out.append(known[item.published])
    return out


def _cluster_of(items: Sequence[StoryItem], members: list[int]) -> _Cluster:
    total = np.asarray(np.sum([items[i].vector for i in members], axis=0, dtype=np.float32))
    days = sorted(d for d in (_day(items[i]) for i in members) if d is not None)
    return _Cluster(list(members), total, Counter(n for i in members for n in items[i].narratives),
                    Counter(f for i in members for f in items[i].frames), days)


def _clusters_of(items: Sequence[StoryItem], vectors: np.ndarray,
                 groups: Sequence[list[int]]) -> tuple[list[_Cluster], np.ndarray]:
    """:func:`_cluster_of` of every group at once, and their sums (a row each; each cluster's
    ``total`` is its row). Groups of one size are summed together, member after member in order,
    as ``np.sum`` over the first axis adds them, so the sums are the same to the last bit."""
    totals = np.empty((len(groups), vectors.shape[1]), np.float32)
    by_size: dict[int, list[int]] = {}
    for g, members in enumerate(groups):
        by_size.setdefault(len(members), []).append(g)
    for size, which in by_size.items():
        at = np.array([groups[g] for g in which], np.int64).reshape(len(which), size)
        total = vectors[at[:, 0]]
        for k in range(1, size):
            total += vectors[at[:, k]]
        totals[which] = total
    days = _days(items)
    clusters = []
    for g, members in enumerate(groups):
        first = days[members[0]]
        if len(members) == 1:
            when = [] if first is None else [first]
        else:
            when = sorted(d for d in (days[i] for i in members) if d is not None)
        clusters.append(_Cluster(list(members), totals[g], Counter(), Counter(), when))
    _count_tags(items, groups, clusters)
    return clusters, totals


def _count_tags(items: Sequence[StoryItem], groups: Sequence[list[int]], clusters: list[_Cluster]) -> None:
    """Each cluster's counts of its members' narratives and frames, from the members that have any."""
    tagged = {i for i, item in enumerate(items) if item.narratives or item.frames}
    if not tagged:
        return
    for members, c in zip(groups, clusters, strict=True):
        for i in members:
            if i in tagged:
                c.narratives.update(items[i].narratives)
                c.frames.update(items[i].frames)


def _views_of(clusters: list[_Cluster], totals: np.ndarray, settings: Settings) -> _Views:
    """The views of many clusters at once (as ``_Views.set`` one by one would write them);
    ``totals``: their sums, a row each."""
    k, dim = totals.shape
    views = _Views(dim, settings)
    size = max(16, 1 << max(k - 1, 1).bit_length())
    views.centroids = np.empty((size, dim), np.float32)  # rows past k are written before they are read
    views.has_narratives, views.has_frames = np.zeros(size, bool), np.zeros(size, bool)
    views.days, views.alive = np.full(size, -1, np.int64), np.zeros(size, bool)
    if not k:
        return views
    np.divide(totals, np.maximum(np.linalg.norm(totals, axis=1, keepdims=True), 1e-9), out=views.centroids[:k])
    views.alive[:k] = True
    nothing: frozenset[Any] = frozenset()
    for j, c in enumerate(clusters):
        if c.days:
            views.days[j] = c.days[len(c.days) // 2]
        if not c.narratives and not c.frames:
            views.views.append((nothing, nothing))
            continue
        n = len(c.members)
        narratives = frozenset(x for x, m in c.narratives.items() if m * 2 >= n)
        frames = frozenset(x for x, m in c.frames.items() if m * 2 >= n or m >= 2)
        views.views.append((narratives, frames))
        for narrative in narratives:
            views.by_narrative.setdefault(narrative, set()).add(j)
        for frame in frames:
            views.by_frame.setdefault(frame, set()).add(j)
        views.has_narratives[j], views.has_frames[j] = bool(narratives), bool(frames)
    return views


def extend(items: Sequence[StoryItem], groups: Sequence[list[int]], new: Sequence[int],
           settings: Settings = DEFAULT, vectors: np.ndarray | None = None) -> Extension:
    """``groups`` (indices of ``items``, in creation order) after the items ``new`` join them.

    ``vectors``: the items' vectors stacked (row i is ``items[i].vector``), when the caller read them so.
    """
    dim = items[0].vector.shape[0] if items else 1
    if vectors is None:
        vectors = np.stack([it.vector for it in items]).astype(np.float32) if items else np.zeros((0, dim), np.float32)
    clusters, totals = _clusters_of(items, vectors, groups)
    views = _views_of(clusters, totals, settings)
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
    again for the items still to come: one (items left x 512) product per change, never a scan per
    item. Only the groups whose cosine reaches :func:`_floor` are scored.
    """
    n, before = len(order), len(clusters)
    vectors = np.stack([items[i].vector for i in order]).astype(np.float32)
    as_was = vectors @ views.centroids[:before].T if before else np.zeros((n, 0), np.float32)
    fresh = np.empty((n, n), np.float32)       # at most one group changes per item
    ids = np.empty(n, np.int64)                # the group of each column of ``fresh``
    stale = np.zeros(before, bool)             # groups of ``as_was`` that have a column in ``fresh``
    column: dict[int, int] = {}
    floor = _floor(settings)
    for t, i in enumerate(order):
        item, day = items[i], _day(items[i])
        j = _best(views, as_was[t], stale, ids[:len(column)], fresh[t, :len(column)], floor, item, day)
        if j >= 0:
            _join(clusters[j], i, item, day)
        else:
            clusters.append(_cluster_of(items, [i]))
            j = len(clusters) - 1
        views.set(j, clusters[j])
        touched.add(j)
        c = column.setdefault(j, len(column))
        ids[c] = j
        if j < before:
            stale[j] = True
        fresh[t + 1:, c] = vectors[t + 1:] @ views.centroids[j]


def _best(views: _Views, as_was: np.ndarray, stale: np.ndarray, changed: np.ndarray, fresh: np.ndarray,
          floor: float, item: StoryItem, day: int | None) -> int:
    """The group ``item`` joins (the first of the best scores, if it reaches the threshold), or -1.

    ``as_was``: its cosines with the groups as they were, ``stale`` where they changed since;
    ``fresh``: its cosines with the groups ``changed``, as they are now.
    """
    old = np.flatnonzero(as_was >= floor)
    old = old[~stale[old]]
    new = np.flatnonzero(fresh >= floor)
    at = np.concatenate((old, changed[new]))
    if not len(at):
        return -1
    cos = np.concatenate((as_was[old], fresh[new])).astype(np.float64)
    order = np.argsort(at, kind="stable")
    at, cos = at[order], cos[order]
    scores = views.adjust_at(at, cos, item.narratives, item.frames, day)
    best = int(np.argmax(scores))
    return int(at[best]) if scores[best] >= views.settings.story_similarity else -1


def _merge_changed(clusters: list[_Cluster], views: _Views, touched: set[int], settings: Settings) -> None:
    """Merge pairs that reach the threshold, checking only groups that changed (the earlier one absorbs).

    The changed groups are scored against every group in blocks (matrix products); a group with a
    hit is then taken in order, its cosines from that product patched for the groups merged since,
    and merged with its first hit; the group that absorbed another is checked again from scratch.
    Only the groups whose cosine reaches :func:`_floor` are scored.
    """
    work = sorted(touched)
    if not work:
        return
    k = len(clusters)
    floor = _floor(settings)
    kept: dict[int, np.ndarray] = {}                     # suspect -> its cosines with every group, as scored
    for at in range(0, len(work), _BLOCK):  # every changed group against every group, a block at a time
        block = work[at:at + _BLOCK]
        cosines = views.centroids[block] @ views.centroids[:k].T
        for row, x in enumerate(block):
            if len(_hits(clusters, views, x, cosines[row], floor)):
                kept[x] = cosines[row].copy()
    suspects = sorted(kept)
    since: list[int] = []                                 # groups whose centroid changed after the products
    while suspects:
        x = suspects.pop(0)
        if not views.alive[x]:
            continue
        if x in kept:
            cos = kept.pop(x).astype(np.float64)
            if since:
                cos[since] = views.centroids[since] @ clusters[x].view()[0]
        else:
            cos = (views.centroids[:k] @ clusters[x].view()[0]).astype(np.float64)
        hits = _hits(clusters, views, x, cos, floor)
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


def _hits(clusters: list[_Cluster], views: _Views, x: int, cos: np.ndarray, floor: float) -> np.ndarray:
    """The groups (other than ``x``) whose score with group ``x`` reaches the threshold, in order;
    ``cos``: group ``x``'s cosines with every group."""
    at = np.flatnonzero(cos >= floor)
    at = at[at != x]
    if not len(at):
        return at
    _, narratives, frames, day = clusters[x].view()
    scores = views.adjust_at(at, cos[at].astype(np.float64), narratives, frames, day)
    return at[scores >= views.settings.story_similarity]
