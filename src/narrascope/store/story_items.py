"""Story items in the store: each analysed article's story vector, stored once, and the group it is in.

``story_items`` (migration 8) holds, per article, the float32 vector grouping compares, the little
grouping needs of its analysis (``data``: id, date, narratives, frames), what a story's label and
evidence need (``detail``: title, outlet, language, claims, evidence; read only for the groups
being rewritten) and ``grp``, the row of the article that started its group (NULL: not grouped).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
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
    (every stored story when None).

    Ids stay put as stories change: a story whose founder (``story_items.grp``, set before this is
    called) was in a story dropped here takes that story's id; any other takes its own (``.2``, ``.3``,
    ... when taken). A dropped id no story took is kept as an alias of the story holding most of its
    members (``story_aliases``), so links to it still resolve (:func:`narrascope.store.query.resolve_story`)."""
    old = _dropped_stories(conn, replacing_rows)
    conn.executemany("DELETE FROM story_members WHERE story = ?", [(s,) for s in old])
    conn.executemany("DELETE FROM stories WHERE id = ?", [(s,) for s in old])
    holder = {row: sid for sid, rows in old.items() for row in rows}
    reused: set[str] = set()
    for story in stories:
        founder = _founder(conn, story)
        was = holder.get(founder) if founder is not None else None
        if was is not None and was not in reused:
            story.id = was
        else:
            base, n = story.id, 1
            while story.id in reused or conn.execute("SELECT 1 FROM stories WHERE id = ?", (story.id,)).fetchone():
                n += 1
                story.id = f"{base}.{n}"
        reused.add(story.id)
        conn.execute("INSERT INTO stories (id, label, created_at, data) VALUES (?, ?, ?, ?)",
                     (story.id, story.label, now, json.dumps(story.to_dict(), ensure_ascii=False)))
        conn.executemany("INSERT OR IGNORE INTO story_members (story, article) VALUES (?, ?)",
                         [(story.id, r) for r in story.rows])
        conn.execute("DELETE FROM story_aliases WHERE alias = ?", (story.id,))  # the id names a story again
    _alias_renamed(conn, {sid: rows for sid, rows in old.items() if sid not in reused}, stories)


def _dropped_stories(conn: sqlite3.Connection, replacing_rows: Sequence[int] | None) -> dict[str, set[int]]:
    """The stored stories that ``replace_stories`` drops, with their members' rows."""
    if replacing_rows is None:
        ids = [s for (s,) in conn.execute("SELECT id FROM stories")]
    else:
        found: set[str] = set()
        rows = list(replacing_rows)
        for i in range(0, len(rows), _CHUNK):
            chunk = rows[i:i + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            found.update(s for (s,) in conn.execute(
                f"SELECT DISTINCT story FROM story_members WHERE article IN ({marks})", chunk))
        ids = sorted(found)
    return {sid: {r for (r,) in conn.execute("SELECT article FROM story_members WHERE story = ?", (sid,))}
            for sid in ids}


def _founder(conn: sqlite3.Connection, story: Story) -> int | None:
    """The row of the article that started the story's group, if grouped in the store."""
    if not story.rows:
        return None
    found = conn.execute("SELECT grp FROM story_items WHERE article = ?", (story.rows[0],)).fetchone()
    return int(found[0]) if found and found[0] is not None else None


def _alias_renamed(conn: sqlite3.Connection, gone: dict[str, set[int]], stories: Sequence[Story]) -> None:
    """Each id gone (and every alias that led to it) now names the story holding most of its members;
    the first such story in ``stories``' order on a tie."""
    story_of = {row: k for k, story in enumerate(stories) for row in story.rows}
    for sid, rows in gone.items():
        held = Counter(story_of[r] for r in rows if r in story_of)
        if not held:
            conn.execute("DELETE FROM story_aliases WHERE story = ? OR alias = ?", (sid, sid))
            continue
        best = stories[min(held, key=lambda k: (-held[k], k))].id
        conn.execute("UPDATE story_aliases SET story = ? WHERE story = ?", (best, sid))
        conn.execute("INSERT OR REPLACE INTO story_aliases (alias, story) VALUES (?, ?)", (sid, best))
