"""HTML page to plain text and metadata, with trafilatura (scripts, menus and comments dropped).

A page costs time and memory by its elements, not its bytes (a megabyte of empty ``<b></b>`` is
150,000 of them), so before extraction a streaming parse counts them and their nesting, stopping
as soon as ``settings.html_max_elements`` or ``settings.html_max_depth`` is passed; extraction then
has ``settings.html_max_seconds``. A page beyond any of them fails with E110 naming the limit.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from lxml import etree

from ..errors import E_HTML_LIMIT, E_NO_TEXT, InputError
from ..settings import DEFAULT, Settings

T = TypeVar("T")
_CHUNK = 64 * 1024  # characters fed to the counting parser at a time: it stops within one chunk of a limit


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    text: str
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None


def extract_html(html: str, where: str, settings: Settings = DEFAULT) -> ExtractedPage:
    """Main text and metadata of an HTML page; raises E105 when the page has no readable text, E110
    when it is beyond a limit."""
    check_html(html, where, settings)
    meta, text = _within(settings.html_max_seconds, where, lambda: _extract(html))
    if not text:
        raise InputError("the HTML page has no readable text", where=where, code=E_NO_TEXT)
    return ExtractedPage(
        text=text,
        title=_clean(meta.get("title")),
        published=_clean(meta.get("date")),
        outlet=_clean(meta.get("sitename")),
        url=_clean(meta.get("url")),
    )


def check_html(html: str, where: str, settings: Settings = DEFAULT) -> None:
    """Raise E110 when the page has more elements than ``html_max_elements`` or nests them deeper
    than ``html_max_depth``; reads no further than the first element past a limit."""
    parser = etree.HTMLPullParser(events=("start", "end"))
    elements = depth = 0
    for at in range(0, len(html), _CHUNK):
        parser.feed(html[at:at + _CHUNK])
        for event, _ in parser.read_events():
            if event == "end":
                depth -= 1
                continue
            elements += 1
            depth += 1
            if elements > settings.html_max_elements:
                raise InputError(f"the HTML page has more than {settings.html_max_elements:,} elements "
                                 "(html_max_elements)", where=where, code=E_HTML_LIMIT)
            if depth > settings.html_max_depth:
                raise InputError(f"the HTML page nests elements deeper than {settings.html_max_depth} levels "
                                 "(html_max_depth)", where=where, code=E_HTML_LIMIT)


def _extract(html: str) -> tuple[dict[str, Any], str]:
    import trafilatura  # here, not at the top: a third of start-up, and only HTML needs it

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, include_images=False)
    meta: dict[str, Any] = {} if doc is None else (doc if isinstance(doc, dict) else doc.as_dict())
    text = (meta.get("text") or "").strip()
    if not text:
        # Pages too short for main-text extraction still have readable text.
        text = (trafilatura.html2txt(_as_page(html)) or "").strip()
    return meta, text


def _within(seconds: float, where: str, work: Callable[[], T]) -> T:
    """``work()``, or E110 once it has taken ``seconds``. It runs on a thread of its own, which is left
    to finish in the background (a page within html_max_elements cannot keep it long)."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as err:  # handed to the caller below
            box["error"] = err

    started = time.monotonic()
    worker = threading.Thread(target=run, name="html-extraction", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise InputError(f"extracting the page's text took more than {seconds:g} s "
                         f"(html_max_seconds; {time.monotonic() - started:.1f} s so far)", where=where,
                         code=E_HTML_LIMIT)
    if "error" in box:
        raise box["error"]
    value: T = box["value"]
    return value


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
