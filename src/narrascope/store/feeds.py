"""What ``narrascope watch`` keeps in the store: each source's kind, validators and last check
(table ``feeds``), and each item it has seen (table ``feed_items``). The polling policy (what to
fetch, when to give an item up) lives in :mod:`narrascope.feeds.watch`; the SQL lives here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .db import Store


@dataclass(frozen=True, slots=True)
class FeedRow:
    """A source as last checked: its kind (``feed`` or ``page``, once known) and HTTP validators."""

    kind: str | None
    etag: str | None
    last_modified: str | None


def feed_row(store: Store, url: str) -> FeedRow:
    """The source's row, created on first sight."""
    with store.transaction() as conn:
        conn.execute("INSERT OR IGNORE INTO feeds (url) VALUES (?)", (url,))
        kind, etag, last_modified = conn.execute(
            "SELECT kind, etag, last_modified FROM feeds WHERE url = ?", (url,)).fetchone()
    return FeedRow(kind, etag, last_modified)


def save_feed_checked(store: Store, url: str, row: FeedRow, title: str | None, status: int) -> None:
    """A check that went through: its kind, validators, title (kept when none), status; no error."""
    with store.transaction() as conn:
        conn.execute("UPDATE feeds SET kind = ?, title = coalesce(?, title), etag = ?, last_modified = ?,"
                     " checked_at = ?, status = ?, error = NULL WHERE url = ?",
                     (row.kind, title, row.etag, row.last_modified, _now(), status, url))


def save_feed_failed(store: Store, url: str, kind: str | None, status: int | None, error: str) -> None:
    """A check that failed; the validators stay: they describe the last version read in full."""
    with store.transaction() as conn:
        conn.execute("UPDATE feeds SET kind = coalesce(?, kind), checked_at = ?, status = ?, error = ? WHERE url = ?",
                     (kind, _now(), status, error, url))


def feed_items(store: Store, feed: str) -> list[tuple[str, str | None]]:
    """``(key, error)`` of every item recorded for a feed (``error`` None: stored)."""
    return [(key, error) for key, error in store.connection.execute(
        "SELECT key, error FROM feed_items WHERE feed = ?", (feed,))]


def record_item(store: Store, feed: str, key: str, url: str | None, article: int | None, error: str | None) -> None:
    """Record an item: the stored article it is, or why it is not (within the caller's transaction, if any).
    ``seen_at`` stays the time the item was first seen."""
    with store.transaction() as conn:
        conn.execute("INSERT INTO feed_items (feed, key, url, article, seen_at, error) VALUES (?, ?, ?, ?, ?, ?)"
                     " ON CONFLICT(feed, key) DO UPDATE SET url = excluded.url, article = excluded.article,"
                     " error = excluded.error", (feed, key, url, article, _now(), error))


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
