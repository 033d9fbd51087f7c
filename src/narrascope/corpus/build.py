"""Stories for a set of analysed articles: from files (analysed now) or from a corpus store."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..catalogue import Catalogue
from ..encoders import CachedEncoder
from ..model import Analysis, Story
from ..settings import DEFAULT, Settings
from .stories import build_stories, items_from_records


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


def stories_of_store(store: Any, encoder: CachedEncoder, catalogue: Catalogue,
                     settings: Settings = DEFAULT) -> list[Story]:
    """Stories of every analysed article in a corpus store, saved back into it (members by row: an
    article id need not be unique in a store)."""
    rows, records = [], []
    for row, record, text in store.records():
        rows.append(row)
        records.append((record, text))
    stories = stories_of(records, encoder, catalogue, settings, rows)
    store.save_stories(stories)
    return stories
