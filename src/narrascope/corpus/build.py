"""Stories for a set of analysed articles: from files (analysed now) or from a corpus store.

In a store, each article's story item (its vector and what grouping compares) is made once, at
ingest or at its first grouping, and kept (``story_items``); new articles then join the stored
groups (:func:`narrascope.corpus.incremental.extend`) and only the stories they change are written
again. ``regroup=True`` groups every stored article anew, from the stored vectors (no encoding).
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np

from ..catalogue import Catalogue
from ..encoders import CachedEncoder
from ..model import Analysis, Story
from ..settings import DEFAULT, Settings
from .incremental import extend
from .stories import StoryItem, _story, build_stories, cluster, items_from_records


def stories_of(records: Iterable[tuple[dict[str, Any], str]], encoder: CachedEncoder, catalogue: Catalogue,
               settings: Settings = DEFAULT, rows: Sequence[int] | None = None) -> list[Story]:
    """Stories of analyses (the ``analyse`` JSON contract), each given with its article's plain text
    (and, for a store's articles, with its row: each story then lists its members' ``rows``)."""
    items = items_from_records(list(records), encoder, settings)
    for item, row in zip(items, rows or (), strict=False):
        item.row = row
    return build_stories(items, {n.id: n.title for n in catalogue.narratives}, settings)


def stories_of_analyses(analyses: Iterable[Analysis], encoder: CachedEncoder, catalogue: Catalogue,
                        settings: Settings = DEFAULT) -> list[Story]:
    return stories_of(((a.to_dict(), a.document.text) for a in analyses), encoder, catalogue, settings)


def itemise(store: Any, encoder: CachedEncoder | None, settings: Settings = DEFAULT,
            rows: Sequence[int] | None = None) -> int:
    """Make and store the story items of analysed articles that have none (or of ``rows``); how many.
    Without an encoder, none (those articles join the stories at a later call that has one)."""
    from ..store.story_items import save_items, unitemised

    if encoder is None:
        return 0
    todo = list(rows) if rows is not None else unitemised(store.connection)
    step = settings.ingest_batch_size * 4
    for at in range(0, len(todo), step):
        chunk = todo[at:at + step]
        records = [(record, text) for _, record, text in store.records(chunk)]
        with store.transaction() as conn:
            save_items(conn, zip(chunk, items_from_records(records, encoder, settings), strict=True))
    return len(todo)


def stories_of_store(store: Any, encoder: CachedEncoder | None, catalogue: Catalogue,
                     settings: Settings = DEFAULT, *, regroup: bool = False) -> list[Story]:
    """Stories of every analysed article in a corpus store, saved back into it (see the module's note).
    ``encoder`` None: the store's articles all have their story items (nothing to encode)."""
    from ..store.story_items import load_items, orphaned_members

    itemise(store, encoder, settings)
    conn = store.connection
    with _collector_paused():
        rows, items, groups, vectors = load_items(conn)
        titles = {n.id: n.title for n in catalogue.narratives}
        if regroup or orphaned_members(conn) or all(g is None for g in groups):
            _save_all(store, rows, items, cluster(items, settings), titles, settings)
        else:
            _extend(store, rows, items, groups, titles, settings, vectors)
    return [Story(**{k: v for k, v in s.items() if k != "size"}) for s in store.stories()]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a store's items are read and grouped: they are hundreds of
    thousands of objects that live until the end, which each full collection would walk again (a
    100,000-item store: its reading took twice as long with the collector on)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _extend(store: Any, rows: list[int], items: list[StoryItem], groups: list[int | None], titles: dict[str, str],
            settings: Settings, vectors: np.ndarray | None = None) -> None:
    by_group: dict[int, list[int]] = {}
    new = []
    for i, g in enumerate(groups):
        if g is None:
            new.append(i)
        else:
            by_group.setdefault(g, []).append(i)
    if not new:
        return
    index_of = {row: i for i, row in enumerate(rows)}
    # groups in the order they were started: by their first article's date (as one pass would have made them)
    founders = sorted(by_group, key=lambda g: (items[index_of[g]].published or "9999", items[index_of[g]].id)
                      if g in index_of else ("9999", str(g)))
    ext = extend(items, [_founder_first(by_group[g], index_of.get(g)) for g in founders], new, settings, vectors)
    changed = [ext.groups[p] for p in ext.changed]
    _write(store, rows, items, changed, titles, settings, replacing=[rows[i] for g in changed for i in g])


def _founder_first(members: list[int], founder: int | None) -> list[int]:
    """A group's members (in store order), the one that started it first."""
    if founder is None or len(members) == 1 or members[0] == founder or founder not in members:
        return members
    return [founder, *(i for i in members if i != founder)]


def _save_all(store: Any, rows: list[int], items: list[StoryItem], groups: list[list[int]], titles: dict[str, str],
              settings: Settings) -> None:
    _write(store, rows, items, groups, titles, settings, replacing=None)


def _write(store: Any, rows: list[int], items: list[StoryItem], groups: list[list[int]], titles: dict[str, str],
           settings: Settings, replacing: list[int] | None) -> None:
    """Set the groups of these articles (founder first) and rewrite the stories of those large enough."""
    from ..store.story_items import add_detail, replace_stories, set_groups

    shown = [g for g in groups if len(g) >= settings.story_min_articles]
    detail = [i for g in shown for i in g]
    add_detail(store.connection, [rows[i] for i in detail], [items[i] for i in detail])
    for i in detail:
        items[i].row = rows[i]
    stories = [_story([items[i] for i in g], titles) for g in shown]
    stories.sort(key=lambda s: (-len(s.members), s.first_seen or "", s.id, s.rows))
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    with store.transaction() as conn:
        set_groups(conn, [(rows[g[0]], rows[i]) for g in groups for i in g])
        replace_stories(conn, stories, replacing_rows=replacing, now=now)
