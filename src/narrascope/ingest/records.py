"""Turning one extracted article into a :class:`Document`: id, hash, date, size limit."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata

from ..errors import E_EMPTY, InputError
from ..model import Document
from ..settings import DEFAULT, Settings

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")


def content_hash(text: str) -> str:
    """A stable id of the content: same words, same hash, whatever the spacing or Unicode form."""
    norm = " ".join(unicodedata.normalize("NFC", text).split()).casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def normalise_date(value: object) -> str | None:
    """ISO ``YYYY-MM-DD`` (or ``YYYY-MM``) from common date spellings; None when unreadable.

    >>> normalise_date("2023-05-17T10:00:00Z"), normalise_date("17 May 2023")
    ('2023-05-17', '2023-05-17')
    """
    if value is None:
        return None
    s = str(value).strip()
    if not s:
        return None
    m = _ISO_DATE.match(s)
    if m:
        return "-".join(p for p in m.groups() if p)
    try:
        from dateutil import parser  # shipped with trafilatura's dependencies

        return parser.parse(s, default=dt.datetime(1900, 1, 1)).date().isoformat()
    except (ValueError, OverflowError, ImportError):
        return None


def make_document(
    doc_id: str,
    text: str,
    *,
    source: str,
    title: str | None = None,
    published: object = None,
    outlet: str | None = None,
    url: str | None = None,
    settings: Settings = DEFAULT,
) -> Document:
    """A document ready for the pipeline; raises E101 when the text is empty."""
    if not text or not text.strip():
        raise InputError("the article has no text", where=source, code=E_EMPTY)
    warnings: list[str] = []
    if len(text) > settings.max_text_chars:
        warnings.append(f"text cut from {len(text)} to {settings.max_text_chars} characters (max_text_chars)")
        text = text[: settings.max_text_chars]
    date = normalise_date(published)
    if published not in (None, "") and date is None:
        warnings.append(f"unreadable date {str(published)[:40]!r} ignored")
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


def _first_line(text: str) -> str | None:
    """The first line that reads like a headline (skips bylines and debris such as "in ,")."""
    for line in text.splitlines():
        line = line.strip()
        if sum(ch.isalpha() for ch in line) >= 8:
            return line[:200]
    return None
