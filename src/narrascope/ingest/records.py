"""Turning one article into a :class:`Document`, in one place for every source: id, hash, date, size limit."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Sequence

from ..errors import E_EMPTY, InputError
from ..model import Document
from ..settings import DEFAULT, Settings
from .html import extract_html

_ISO_DATE = re.compile(r"^(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2}))?(?!\d)")  # 2022-03-05, 2022/3/5, 2022.03
# 05/03/2022, 5.3.22, 05-03-2022: day and month in an order the date alone does not tell
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})\b")
# Half of a UTF-16 pair alone: a Python string can hold one (a JSON "\ud800" escape), no UTF-8 text can
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def content_hash(text: str) -> str:
    """A stable id of the content: same words, same hash, whatever the spacing or Unicode form."""
    norm = " ".join(unicodedata.normalize("NFC", text).split()).casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


BOM = "\ufeff"  # a byte-order mark: how a file says its encoding, no part of its text


def normalise_date(value: object) -> str | None:
    """ISO ``YYYY-MM-DD`` (or ``YYYY-MM``) from common date spellings; None when unreadable.

    Numbers alone are read day first (05/03/2022 is 5 March) unless the first cannot be a month.

    >>> normalise_date("2023-05-17T10:00:00Z"), normalise_date("17 May 2023"), normalise_date("05/03/2022")
    ('2023-05-17', '2023-05-17', '2022-03-05')
    """
    if value is None:
        return None
    s = str(value).strip()
    if not s:
        return None
    m = _ISO_DATE.match(s)
    if m:
        year, month, day = int(m[1]), int(m[3]), int(m[4]) if m[4] else None
        try:  # a real day (not 2023-02-30), or a real month
            dt.date(year, month, day or 1)
        except ValueError:
            return None
        return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    try:
        from dateutil import parser  # shipped with trafilatura's dependencies

        # day first, as written in every language we read but American English; 05/13/2022 is still 13 May
        day_first = bool(_NUMERIC_DATE.match(s))
        return parser.parse(s, default=dt.datetime(1900, 1, 1), dayfirst=day_first).date().isoformat()
    except (ValueError, OverflowError, ImportError):
        return None


def _day_and_month_interchangeable(value: str) -> bool:
    m = _NUMERIC_DATE.match(value)
    return m is not None and int(m[1]) <= 12 and int(m[2]) <= 12 and m[1].lstrip("0") != m[2].lstrip("0")


def document_from_text(text: str, doc_id: str = "text", *, html: bool = False, title: str | None = None,
                       published: object = None, outlet: str | None = None, url: str | None = None,
                       source: str | None = None, warnings: Sequence[str] = (),
                       settings: Settings = DEFAULT) -> Document:
    """A document from one article's text or HTML page: a file's, the Python API's, the REST API's.

    What the caller gives (title, date, outlet, url) wins over what the page says of itself; either
    way :func:`make_document` normalises it (a date in any common spelling becomes ISO, an unreadable
    one a warning). Plain text is kept exactly as given, so that offsets index it. Raises E101/E105.
    """
    where = source or doc_id
    if html:
        page = extract_html(text, where, settings)
        text, title, outlet, url = page.text, title or page.title, outlet or page.outlet, url or page.url
        published = published or page.published
    return make_document(doc_id, text, source=where, title=title, published=published, outlet=outlet, url=url,
                         warnings=warnings, settings=settings)


def make_document(
    doc_id: str,
    text: str,
    *,
    source: str,
    title: str | None = None,
    published: object = None,
    outlet: str | None = None,
    url: str | None = None,
    warnings: Sequence[str] = (),
    settings: Settings = DEFAULT,
) -> Document:
    """A document ready for the pipeline; raises E101 when the text is empty. ``warnings`` are what
    reading it found (how it was decoded); the document's own come after them.

    A leading byte-order mark (U+FEFF) is dropped from the text and the title, as reading a file drops
    it: every entry point (files, the Python API, the REST API) analyses the same text, and offsets
    index the text without it."""
    text, title = text.lstrip(BOM), title.lstrip(BOM) if title else title
    if not text or not text.strip():
        raise InputError("the article has no text", where=source, code=E_EMPTY)
    warnings = list(warnings)
    text = _whole_characters(text, warnings) or text
    title, outlet, url = (_whole_characters(v, warnings) for v in (title, outlet, url))
    if len(text) > settings.max_text_chars:
        warnings.append(f"text cut from {len(text)} to {settings.max_text_chars} characters (max_text_chars)")
        text = text[: settings.max_text_chars]
    date = normalise_date(published)
    if published not in (None, "") and date is None:
        warnings.append(f"unreadable date {str(published)[:40]!r} ignored")
    elif date is not None and _day_and_month_interchangeable(str(published).strip()):
        warnings.append(f"date {str(published)[:40]!r} read day first as {date}; write YYYY-MM-DD to be sure")
    return Document(
        id=doc_id,
        text=text,
        title=title or _first_line(text),
        published=date,
        outlet=outlet or None,
        url=url or None,
        source=source,
        content_hash=content_hash(text),
        warnings=warnings,
    )


def _whole_characters(value: str | None, warnings: list[str]) -> str | None:
    """``value`` with each lone surrogate replaced by U+FFFD (same length: offsets hold), and a warning."""
    if value is None or not _LONE_SURROGATE.search(value):
        return value
    fixed, n = _LONE_SURROGATE.subn("\ufffd", value)
    warnings.append(f"{n} lone surrogate(s) (half a UTF-16 pair, not text) replaced with U+FFFD")
    return fixed


def _first_line(text: str) -> str | None:
    """The first line that reads like a headline (skips bylines and debris such as "in ,")."""
    for line in text.splitlines():
        line = line.strip()
        if sum(ch.isalpha() for ch in line) >= 8:
            return line[:200]
    return None
