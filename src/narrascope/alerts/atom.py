"""The alerts as an Atom feed (RFC 4287), for feed readers and chat tools that subscribe to one.

Entry ids are ``urn:narrascope:alert:<key>``: a reader shows each alert once, however often it polls.
Text from articles and the catalogue is escaped, and characters XML cannot hold are dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from .. import __version__
from .evaluate import Alert

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def atom_feed(alerts: Sequence[Alert], *, base_url: str, feed_id: str, title: str = "narrascope alerts",
              quiet_since: str | None = None) -> str:
    """The feed, newest alert first; ``base_url`` (ending in '/') makes the links absolute. Its ``updated``
    is the latest alert's time (recorded or withdrawn); with no alert, ``quiet_since`` (the store's last
    change, say), else now: never 1970, which a reader would show as a feed dead for decades."""
    stamps = [s for a in alerts for s in (a.created_at, a.withdrawn_at) if s]
    updated = max(stamps, default=None) or quiet_since or _now()
    entries = "".join(_entry(a, base_url) for a in alerts)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<id>{_x(feed_id)}</id><title>{_x(title)}</title><updated>{_x(_stamp(updated))}</updated>"
            f"<link rel=\"self\" href={quoteattr(_clean(base_url + 'alerts.atom'))}/>"
            f"<link rel=\"alternate\" type=\"text/html\" href={quoteattr(_clean(base_url + 'alerts'))}/>"
            f"<generator version=\"{_x(__version__)}\">narrascope</generator>{entries}</feed>\n")


def _entry(a: Alert, base_url: str) -> str:
    link = f"{base_url}articles/{a.article}" if a.article is not None else f"{base_url}alerts#alert-{a.key}"
    lines = [a.title, f"rule {a.rule} ({a.kind})"]
    if a.day:
        lines.append(f"dated {a.day}")
    if a.narrative:
        lines.append(f"narrative {a.narrative}")
    lines += [f"{k}: {v}" for k, v in a.data.items() if isinstance(v, (str, int, float)) and k != "evidence"]
    if a.data.get("evidence"):
        lines.append(f"evidence: \u201c{a.data['evidence']}\u201d")
    stamp = _stamp(a.created_at or "")
    title = f"Withdrawn: {a.title}" if a.withdrawn_at else a.title  # an update readers show again
    if a.withdrawn_at:
        lines.insert(1, f"withdrawn {a.withdrawn_at}: its event is gone (the match that raised it was undone)")
    return (f"<entry><id>urn:narrascope:alert:{_x(a.key)}</id><title>{_x(title)}</title>"
            f"<updated>{_x(_stamp(a.withdrawn_at or stamp))}</updated><published>{_x(stamp)}</published>"
            f"<link rel=\"alternate\" type=\"text/html\" href={quoteattr(_clean(link))}/>"
            f"<category term={quoteattr(_clean(a.kind))}/><author><name>narrascope</name></author>"
            f"<content type=\"text\">{_x(chr(10).join(lines))}</content></entry>")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _x(text: object) -> str:
    return escape(_clean(str(text)))


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _stamp(value: str) -> str:
    """RFC 3339 as Atom wants it: '2024-05-06T08:00:00+00:00' stays; a bare date gets midnight UTC."""
    return value if "T" in value else f"{value or '1970-01-01'}T00:00:00+00:00"
