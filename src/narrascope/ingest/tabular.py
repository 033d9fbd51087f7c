"""Exports from media monitors: JSON Lines, JSON arrays and CSV/TSV, one article per record.

A record needs ``text`` (or ``html``); ``id``, ``title``, ``url``, ``date``/``published`` and
``outlet``/``source``/``site`` are optional. A bad record yields a :class:`Failure` naming the
file and line; the other records are still read.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Sequence
from typing import Any

from ..errors import E_BAD_RECORD, InputError
from ..model import Document, Failure
from ..settings import DEFAULT, Settings
from .html import looks_like_html
from .records import document_from_text

_DATE_KEYS = ("published", "date", "published_at", "pubdate", "time")
_OUTLET_KEYS = ("outlet", "source", "site", "sitename", "domain")
# Python's JSON reader recurses once per level and gives up near a thousand; no article needs more than two
_TOO_DEEP = "JSON nested deeper than the reader can follow (an article is an object of fields)"


def read_jsonl(text: str, stem: str, where: str, settings: Settings = DEFAULT,
               notes: Sequence[str] = ()) -> Iterator[Document | Failure]:
    lines = text.splitlines()
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        place = f"{where}:{lineno}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            last = lineno == len(lines)
            why = "the last line is cut short (half-written file?)" if last else f"not valid JSON ({err.msg})"
            yield Failure(place, E_BAD_RECORD, why)
            continue
        except RecursionError:
            yield Failure(place, E_BAD_RECORD, _TOO_DEEP)
            continue
        yield _record(row, f"{stem}-{lineno}", place, settings, notes)


def read_json(text: str, stem: str, where: str, settings: Settings = DEFAULT,
              notes: Sequence[str] = ()) -> Iterator[Document | Failure]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        yield Failure(where, E_BAD_RECORD, f"not valid JSON ({err.msg} at line {err.lineno})")
        return
    except RecursionError:
        yield Failure(where, E_BAD_RECORD, _TOO_DEEP)
        return
    rows = data if isinstance(data, list) else data.get("articles", [data]) if isinstance(data, dict) else None
    if not isinstance(rows, list):
        yield Failure(where, E_BAD_RECORD, "expected an object or a list of objects")
        return
    for i, row in enumerate(rows, start=1):
        yield _record(row, f"{stem}-{i}", f"{where}[{i}]", settings, notes)


def read_csv(text: str, stem: str, where: str, delimiter: str = ",",
             settings: Settings = DEFAULT, notes: Sequence[str] = ()) -> Iterator[Document | Failure]:
    # csv refuses cells over 131,072 characters by default; a cell may be as long as the file may be
    # (max_input_bytes), and its text is cut to max_text_chars like any other article's
    csv.field_size_limit(max(csv.field_size_limit(), settings.max_input_bytes))
    delimiter = _header_delimiter(text, delimiter)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns = [c.strip().lower() for c in (reader.fieldnames or [])]
    if "text" not in columns and "html" not in columns:
        yield Failure(where, E_BAD_RECORD,
                      f"no 'text' column (columns found: {', '.join(columns) or 'none'})")
        return
    # an odd number of quotes: the file ends inside a quoted field, so its last record is cut short
    # (a half-written export) and would otherwise be read with whatever followed the quote
    cut = text.count(reader.reader.dialect.quotechar or '"') % 2 == 1
    start = reader.line_num + 1  # a quoted field may span lines: name the line the record starts on
    row = next(reader, None)  # not strict: csv raises on nothing else but a cell over its size limit
    while row is not None:
        place, following_start = f"{where}:{start}", reader.line_num + 1
        following = next(reader, None)
        if following is None and cut:
            yield Failure(place, E_BAD_RECORD, "the last record is cut short inside a quoted field "
                                               "(half-written file?)")
            return
        clean = {(k or "").strip().lower(): v for k, v in row.items() if k is not None}
        extra = row.get(None)  # type: ignore[call-overload]  # fields past the header's (DictReader's restkey)
        if isinstance(extra, list) and extra:
            yield _overflowing(clean, columns, [str(e) for e in extra], delimiter, f"{stem}-{start}", place,
                               settings, notes)
        else:
            yield _record(clean, f"{stem}-{start}", place, settings, notes)
        row, start = following, following_start


def _overflowing(row: dict[str, Any], columns: list[str], extra: list[str], delimiter: str, default_id: str,
                 place: str, settings: Settings, notes: Sequence[str]) -> Document | Failure:
    """A row with more fields than the header: a delimiter inside a field that is not quoted. When the
    text is the last column, the extra fields are the rest of the text and are joined back to it, with
    a warning; elsewhere which field they belong to cannot be told, and the row is refused (E103)."""
    what = (f"the row has {len(columns) + len(extra)} fields, the header {len(columns)}"
            f" (a {delimiter!r} inside a field that is not quoted)")
    last = columns[-1] if columns else ""
    if last not in ("text", "html") or not isinstance(row.get(last), str):
        return Failure(place, E_BAD_RECORD, f"{what}: cannot tell which field it belongs to; quote that field")
    row[last] = delimiter.join([row[last], *extra])
    warning = f"{what}: read as part of the last column, '{last}'; quote it to be sure"
    return _record(row, default_id, place, settings, [*notes, warning])


def _header_delimiter(text: str, expected: str) -> str:
    """``expected``, unless the header names its columns with semicolons instead: the form spreadsheets
    write ".csv" in locales where the comma is the decimal sign ("id;text;published")."""
    header = text.split("\n", 1)[0]
    if expected == "," and "," not in header and {"text", "html"} & {c.strip().lower() for c in header.split(";")}:
        return ";"
    return expected


def _record(row: Any, default_id: str, place: str, settings: Settings, notes: Sequence[str]) -> Document | Failure:
    if not isinstance(row, dict):
        return Failure(place, E_BAD_RECORD, f"expected an object, got {type(row).__name__}")
    try:
        return _document_from_row(row, default_id, place, settings, notes)
    except InputError as err:
        return Failure(place, err.code, err.message)


def _document_from_row(row: dict[str, Any], default_id: str, place: str, settings: Settings,
                       notes: Sequence[str]) -> Document:
    text, html = _text_of(row, place)
    return document_from_text(text, str(row.get("id") or default_id), html=html, source=place, warnings=notes,
                              title=_first(row, ("title", "headline")), published=_first(row, _DATE_KEYS),
                              outlet=_first(row, _OUTLET_KEYS), url=_first(row, ("url", "link")), settings=settings)


def _text_of(row: dict[str, Any], place: str) -> tuple[str, bool]:
    """The record's text, and whether it is an HTML page (an ``html`` field, or a ``text`` that is one)."""
    raw = row.get("text")
    html = row.get("html")
    if raw is None and html is None:
        raise InputError("the record has no 'text' field", where=place, code=E_BAD_RECORD)
    if isinstance(html, str) and html.strip() and not (isinstance(raw, str) and raw.strip()):
        return html, True
    if not isinstance(raw, str):
        raise InputError(f"'text' must be a string, got {type(raw).__name__}", where=place, code=E_BAD_RECORD)
    return raw, looks_like_html(raw)


def _first(row: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = row.get(key)
        if value not in (None, ""):
            return str(value)
    return None
