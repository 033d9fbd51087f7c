"""The feeds file: which feeds and pages ``watch`` polls.

One source per line; blank lines and ``#`` comments are ignored, and so is a comment after a URL
(``#`` preceded by a space: a ``#`` inside a URL is its fragment). A line may name the kind first,
``feed URL`` or ``page URL``; without it the kind is found from what the URL serves. A line that is
not an http(s) URL is reported (E608, with the file and line) and skipped; the others are kept.

>>> sources, problems = parse_sources("feed https://example.org/rss  # wire\\nftp://x\\n", "feeds.txt")
>>> sources[0].kind, sources[0].url, str(problems[0])
('feed', 'https://example.org/rss', '[E608] feeds.txt:2: not an http(s) URL: ftp://x')
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import E_NOT_FOUND, E_UNREADABLE, E_URL, FetchError, InputError
from ..ingest.decode import decode_bytes

KINDS = ("feed", "page")
_TRAILING_COMMENT = re.compile(r"\s+#.*$")


@dataclass(frozen=True, slots=True)
class Source:
    """A feed or page to poll; ``kind`` None until the first answer shows which it is."""

    url: str
    kind: str | None = None
    where: str | None = None   # "feeds.txt:3", for messages


def parse_sources(text: str, where: str) -> tuple[list[Source], list[FetchError]]:
    """The sources listed in ``text`` (each URL once, first mention kept) and the lines that are not one."""
    sources: dict[str, Source] = {}
    problems: list[FetchError] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _TRAILING_COMMENT.sub("", raw).strip()
        if not line or line.startswith("#"):
            continue
        place = f"{where}:{number}"
        try:
            source = parse_line(line, place)
        except FetchError as err:
            problems.append(err)
            continue
        sources.setdefault(source.url, source)
    return list(sources.values()), problems


def parse_line(line: str, where: str) -> Source:
    """One non-blank line: ``URL``, ``feed URL`` or ``page URL``; E608 otherwise."""
    words = line.split()
    kind = words[0].lower() if len(words) == 2 and words[0].lower() in KINDS else None
    if len(words) != (2 if kind else 1):
        raise FetchError(f"expected a URL, 'feed URL' or 'page URL', found {line!r}", where=where, code=E_URL)
    url = words[-1]
    if not is_http_url(url):
        raise FetchError(f"not an http(s) URL: {url}", where=where, code=E_URL)
    return Source(url, kind, where)


def is_http_url(url: str) -> bool:
    """An absolute http or https URL with a host (and, if any, a valid port)."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises ValueError on a port out of range or not a number
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def read_sources_file(path: str | os.PathLike[str]) -> tuple[list[Source], list[FetchError]]:
    """The sources of a feeds file; raises :class:`InputError` (E107, E108) when it cannot be read."""
    where = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError as err:
        raise InputError("no such feeds file", where=where, code=E_NOT_FOUND) from err
    except OSError as err:
        raise InputError(f"cannot read the feeds file ({err.strerror})", where=where, code=E_UNREADABLE) from err
    if not data.strip():
        return [], []
    return parse_sources(decode_bytes(data, where), where)
