"""A fetched body read as a feed (feedparser) or told apart from a page: typed entries, newest first.

feedparser recovers what it can from XML that is not well-formed (an unescaped ``&``, a missing
end tag); the items it finds are kept, with a note. Only a body with no feed in it, or XML too
broken to read a single item from, is an error (E605).

>>> feed = read_feed(fetched)                                           # doctest: +SKIP
>>> [(e.key, e.link) for e in feed.entries][:1]                         # doctest: +SKIP
[('urn:wire:1', 'https://example.org/news/1')]
"""

from __future__ import annotations

import calendar
import hashlib
import io
import time
import xml.sax
from dataclasses import dataclass
from typing import Any

import feedparser

from ..errors import E_FEED, FetchError
from ..ingest.html import looks_like_html
from .fetch import Fetched
from .sources import is_http_url

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed, as ``watch`` needs it."""

    key: str                 # what identifies the item across polls: id/guid, else link, else a content hash
    link: str | None         # the article's page (http/https only)
    title: str | None
    published: str | None    # ISO date when the feed's date is readable, else as the feed wrote it
    content: str             # the item's own text: full content if the feed carries it, else the summary
    content_is_html: bool
    timestamp: float         # seconds since the epoch (published, else updated); 0 when undated


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str | None
    entries: list[FeedEntry]        # newest first
    note: str | None = None         # the XML was not well-formed, yet items could be read


def classify(fetched: Fetched) -> str:
    """``"feed"`` when the body holds an RSS or Atom feed, ``"page"`` when it is HTML; E605 otherwise."""
    parsed = _parse(fetched)
    if parsed.get("version") or parsed.entries:
        return "feed"
    if fetched.media_type in HTML_TYPES or looks_like_html(fetched.body[:4000].decode("utf-8", "replace")):
        return "page"
    raise FetchError(f"neither a feed nor an HTML page ({fetched.media_type or 'no content type'})",
                     where=fetched.url, code=E_FEED)


def read_feed(fetched: Fetched) -> ParsedFeed:
    """The feed's title and entries (newest first); E605 when no feed, or no item, can be read from it."""
    parsed = _parse(fetched)
    broken = _xml_error(parsed)
    if not parsed.entries and (broken or not parsed.get("version")):
        reason = f"the XML is broken ({broken}) and no item could be read" if broken else "no RSS or Atom feed in it"
        raise FetchError(reason, where=fetched.url, code=E_FEED)
    by_key: dict[str, FeedEntry] = {}
    for raw in parsed.entries:
        entry = _entry(raw)
        by_key.setdefault(entry.key, entry)  # a feed that lists an item twice: the first stands
    entries = sorted(by_key.values(), key=lambda e: e.timestamp, reverse=True)
    note = f"XML not well-formed ({broken}); read the {len(entries)} items found" if broken else None
    return ParsedFeed(_text(parsed.feed.get("title")), entries, note)


def _parse(fetched: Fetched) -> Any:
    headers = {"content-location": fetched.url}
    if fetched.media_type:
        headers["content-type"] = fetched.media_type + (f"; charset={fetched.charset}" if fetched.charset else "")
    # A file object, never the bytes themselves: given a string or bytes, feedparser first tries it
    # as a URL or a local file name, and a feed's body is the server's to choose.
    return feedparser.parse(io.BytesIO(fetched.body), response_headers=headers)


def _xml_error(parsed: Any) -> str | None:
    """Where and why the XML is not well-formed; None when it is (other "bozo" notes are harmless)."""
    err = parsed.get("bozo_exception")
    if not parsed.get("bozo") or not isinstance(err, xml.sax.SAXException):
        return None
    if isinstance(err, xml.sax.SAXParseException):
        return f"line {err.getLineNumber()}, column {err.getColumnNumber()}: {err.getMessage()}"
    return str(err)


def _entry(entry: Any) -> FeedEntry:
    link = _text(entry.get("link"))
    link = link if link and is_http_url(link) else None
    title = _text(entry.get("title"))
    content, is_html = _own_content(entry)
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    published = time.strftime("%Y-%m-%d", when) if when else _text(entry.get("published") or entry.get("updated"))
    key = _text(entry.get("id")) or link or _content_key(title, content)
    return FeedEntry(key, link, title, published, content, is_html, float(calendar.timegm(when)) if when else 0.0)


def _own_content(entry: Any) -> tuple[str, bool]:
    """The longest of the entry's full contents, else its summary, and whether it is HTML."""
    candidates = [(c.get("value") or "", c.get("type") or "") for c in entry.get("content") or []]
    if not candidates and entry.get("summary"):
        detail = entry.get("summary_detail") or {}
        candidates = [(entry.get("summary") or "", detail.get("type") or "text/html")]
    if not candidates:
        return "", False
    value, kind = max(candidates, key=lambda c: len(c[0]))
    return value, kind in HTML_TYPES


def _content_key(title: str | None, content: str) -> str:
    """A key for an item with neither id nor link: the same title and text are the same item."""
    digest = hashlib.sha256(f"{title or ''}\n{content}".encode()).hexdigest()[:16]
    return f"sha256:{digest}"


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
