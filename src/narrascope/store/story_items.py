"""Story items in the store: each analysed article's story vector, stored once, and the group it is in.

``story_items`` (migration 8) holds, per article, the float32 vector grouping compares, the little
grouping needs of its analysis (``data``: id, date, narratives, frames), what a story's label and
evidence need (``detail``: title, outlet, language, claims, evidence; read only for the groups
being rewritten) and ``grp``, the row of the article that started its group (NULL: not grouped).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from ..corpus.stories import StoryItem
from ..model import Story

_CHUNK = 500
_MAPPED = 1 << 32  # the most of a store file mapped into memory to read its story items at once


def item_values(row: int, item: StoryItem) -> tuple[int, bytes, str, str]:
    data = {"id": item.id, "published": item.published, "narratives": sorted(item.narratives),
            "frames": sorted(list(f) for f in item.frames)}
    detail = {"language": item.language, "outlet": item.outlet, "title": item.title, "claims": item.claims,
              "evidence": item.evidence}
    return (row, np.asarray(item.vector, np.float32).tobytes(), json.dumps(data, ensure_ascii=False),
            json.dumps(detail, ensure_ascii=False))


def save_items(conn: sqlite3.Connection, pairs: Iterable[tuple[int, StoryItem]]) -> None:
    """Store (or replace) articles' story items, ungrouped."""
    conn.executemany("INSERT OR REPLACE INTO story_items (article, vector, data, detail, grp)"
                     " VALUES (?, ?, ?, ?, NULL)", [item_values(row, item) for row, item in pairs])


def unitemised(conn: sqlite3.Connection) -> list[int]:
    """Analysed articles that have no story item yet."""
    return [r for (r,) in conn.execute(
        "SELECT a.article FROM analyses a LEFT JOIN story_items i ON i.article = a.article"
        " WHERE i.article IS NULL ORDER BY a.article")]


def load_items(conn: sqlite3.Connection) -> tuple[list[int], list[StoryItem], list[int | None], np.ndarray | None]:
    """Every story item (without detail): their rows, the items, each one's group (or None), and
    their vectors stacked (row i is item i's vector: the items' vectors are views of it; None when
    the vectors differ in length, items of two encoders, each then read on its own).

    Read in bulk: one buffer of every vector, one JSON parse of every item's data."""
    found = _read_mapped(conn, "SELECT article, vector, data, grp FROM story_items ORDER BY article")
    if not found:
        return [], [], [], None
    rows, blobs, data, groups = (list(column) for column in zip(*found, strict=True))
    size = len(blobs[0])
    vectors = None
    if all(len(b) == size for b in blobs):
        vectors = np.frombuffer(b"".join(blobs), np.float32).reshape(len(blobs), size // 4)
    parsed = json.loads("[" + ",".join(data) + "]")
    nothing: frozenset[Any] = frozenset()
    each = vectors if vectors is not None else [np.frombuffer(b, np.float32) for b in blobs]
    items = [StoryItem(str(d["id"]), vector, published=d.get("published"),
                       narratives=frozenset(d["narratives"]) if d.get("narratives") else nothing,
                       frames=frozenset(tuple(f) for f in d["frames"]) if d.get("frames") else nothing)
             for d, vector in zip(parsed, each, strict=True)]
    return rows, items, groups, vectors


def _read_mapped(conn: sqlite3.Connection, query: str) -> list[Any]:
    """Every row of ``query``, the file read through a memory map (``_MAPPED`` bytes) rather than
    page by page (a third less time for the 100,000 items of bench/stories.py); as it was after."""
    was = conn.execute("PRAGMA mmap_size").fetchone()
    conn.execute(f"PRAGMA mmap_size = {_MAPPED}")
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.execute(f"PRAGMA mmap_size = {int(was[0]) if was else 0}")


def add_detail(conn: sqlite3.Connection, rows: Sequence[int], items: Sequence[StoryItem]) -> None:
    """Fill in title, outlet, language, claims and evidence of these items (by their rows)."""
    at = {row: item for row, item in zip(rows, items, strict=True)}
    wanted = list(at)
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i:i + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        for row, detail in conn.execute(f"SELECT article, detail FROM story_items WHERE article IN ({marks})", chunk):
            d: dict[str, Any] = json.loads(detail)
            item = at[row]
            item.title, item.outlet, item.language = d.get("title"), d.get("outlet"), d.get("language")
            item.claims, item.evidence = list(d.get("claims") or []), list(d.get("evidence") or [])


def set_groups(conn: sqlite3.Connection, assignments: Iterable[tuple[int, int]]) -> None:
    """``(group, row)`` pairs: each article's group."""
    conn.executemany("UPDATE story_items SET grp = ? WHERE article = ?", list(assignments))


def orphaned_members(conn: sqlite3.Connection) -> bool:
    """Whether a stored story lists an article whose item was dropped (re-analysed): then regroup all."""
    return conn.execute("SELECT 1 FROM story_members m LEFT JOIN story_items i ON i.article = m.article"
                        " WHERE i.article IS NULL LIMIT 1").fetchone() is not None


def replace_stories(conn: sqlite3.Connection, stories: Sequence[Story], *,
                    replacing_rows: Sequence[int] | None = None, now: str) -> None:
    """Write stories (each naming its members' rows); drop first the stories holding ``replacing_rows``
    (every stored story when None). An id already taken by another story gets ``.2``, ``.3``, ..."""
    if replacing_rows is None:
        conn.execute("DELETE FROM story_members")
        conn.execute("DELETE FROM stories")
    else:
        old: set[str] = set()
        rows = list(replacing_rows)
        for i in range(0, len(rows), _CHUNK):
            chunk = rows[i:i + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            old.update(s for (s,) in conn.execute(
                f"SELECT DISTINCT story FROM story_members WHERE article IN ({marks})", chunk))
        conn.executemany("DELETE FROM story_members WHERE story = ?", [(s,) for s in old])
        conn.executemany("DELETE FROM stories WHERE id = ?", [(s,) for s in old])
    for story in stories:
        base, n = story.id, 1
        while conn.execute("SELECT 1 FROM stories WHERE id = ?", (story.id,)).fetchone():
            n += 1
            story.id = f"{base}.{n}"
        conn.execute("INSERT INTO stories (id, label, created_at, data) VALUES (?, ?, ?, ?)",
                     (story.id, story.label, now, json.dumps(story.to_dict(), ensure_ascii=False)))
        conn.executemany("INSERT OR IGNORE INTO story_members (story, article) VALUES (?, ?)",
                         [(story.id, r) for r in story.rows])
