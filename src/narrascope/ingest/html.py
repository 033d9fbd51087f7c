"""HTML page to plain text and metadata, with trafilatura (scripts, menus and comments dropped)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import trafilatura

from ..errors import E_NO_TEXT, InputError


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    text: str
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None


def extract_html(html: str, where: str) -> ExtractedPage:
    """Main text and metadata of an HTML page; raises E105 when the page has no readable text."""
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, include_images=False)
    meta: dict[str, Any] = {} if doc is None else (doc if isinstance(doc, dict) else doc.as_dict())
    text = (meta.get("text") or "").strip()
    if not text:
        # Pages too short for main-text extraction still have readable text.
        text = (trafilatura.html2txt(_as_page(html)) or "").strip()
    if not text:
        raise InputError("the HTML page has no readable text", where=where, code=E_NO_TEXT)
    return ExtractedPage(
        text=text,
        title=_clean(meta.get("title")),
        published=_clean(meta.get("date")),
        outlet=_clean(meta.get("sitename")),
        url=_clean(meta.get("url")),
    )


def _as_page(html: str) -> str:
    """A fragment (``<p>...</p>``, common in export records) wrapped so that trafilatura parses it."""
    head = html[:2000].lower()
    return html if "<html" in head or "<body" in head else f"<html><body>{html}</body></html>"


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<body" in head or "<p>" in head or "<div" in head or "<!doctype html" in head


def _clean(value: object) -> str | None:
    if value is None:
        return None
    s = " ".join(str(value).split())
    return s or None
