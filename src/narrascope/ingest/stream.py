"""JSON Lines read as a stream: one record in memory at a time, whatever the file's size.

A JSON Lines export of a year of a feed runs to gigabytes; it is read line by line, so memory
stays flat and ``max_input_bytes`` bounds each record rather than the file. A byte range of the
file (a partition, for the Dask engine) reads the same way, numbering lines from where it starts,
so that ids and places are the same as when the whole file is read.

JSON is UTF-8 (RFC 8259); a file whose first block is not (a legacy encoding) is read whole by
the ordinary path, which detects its encoding.

>>> from pathlib import Path                                           # doctest: +SKIP
>>> [d.id for d in read_jsonl_stream(Path("feed.jsonl"))][:2]          # doctest: +SKIP
['a1', 'a2']
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import E_BAD_RECORD, E_TOO_LARGE
from ..model import Document, Failure
from ..settings import DEFAULT, Settings
from .tabular import _TOO_DEEP, _record

#: Bytes read to judge whether a file is UTF-8 before streaming it.
_PROBE_BYTES = 64 * 1024


def streams_as_utf8(path: Path) -> bool:
    """Whether the file's first block is UTF-8 (a character cut at the block's end is fine)."""
    with path.open("rb") as fh:
        head = fh.read(_PROBE_BYTES)
    if not head.strip() or b"\x00" in head[:4096]:
        return False  # empty, UTF-16/32 or binary: the ordinary path says which
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def line_offsets(path: Path, every: int) -> list[tuple[int, int]]:
    """``(byte offset, line number)`` of the start of line 1, 1 + every, 1 + 2*every, ...: partition starts."""
    starts = [(0, 1)]
    line, at = 1, 0
    with path.open("rb") as fh:
        for raw in fh:
            at += len(raw)
            line += 1
            if (line - 1) % every == 0:
                starts.append((at, line))
    if starts[-1][0] >= at and len(starts) > 1:
        starts.pop()  # the file ends exactly on a partition boundary
    return starts


def read_jsonl_stream(path: Path, settings: Settings = DEFAULT, start: int = 0, end: int | None = None,
                      first_line: int = 1) -> Iterator[Document | Failure]:
    """The records of a JSON Lines file (or of bytes ``start`` to ``end``, starting at line ``first_line``)."""
    where, stem = str(path), path.stem
    limit = settings.max_input_bytes
    with path.open("rb") as fh:
        fh.seek(start)
        lineno, at = first_line - 1, start
        raw = fh.readline(limit + 1)
        while raw and (end is None or at < end):
            lineno += 1
            at += len(raw)
            if len(raw) > limit and not raw.endswith(b"\n"):
                yield Failure(f"{where}:{lineno}", E_TOO_LARGE,
                              f"the record is over {limit} bytes (max_input_bytes)")
                at += _skip_line(fh)
                raw = fh.readline(limit + 1)
                continue
            following = fh.readline(limit + 1)
            last = not following and (end is None or at >= end)
            item = _line_record(raw, lineno, at == len(raw) and start == 0, last, stem, where, settings)
            if item is not None:
                yield item
            raw = following


def _line_record(raw: bytes, lineno: int, first: bool, last: bool, stem: str, where: str,
                 settings: Settings) -> Document | Failure | None:
    notes: list[str] = []
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        line = raw.decode("utf-8", errors="replace")
        damaged = line.count("\ufffd") - raw.decode("utf-8", errors="ignore").count("\ufffd")
        notes.append(f"not valid UTF-8: {damaged} bytes replaced with U+FFFD (the rest read as UTF-8)")
    if first:
        line = line.lstrip("\ufeff")
    if not line.strip():
        return None
    place = f"{where}:{lineno}"
    try:
        row = json.loads(line)
    except json.JSONDecodeError as err:
        why = "the last line is cut short (half-written file?)" if last else f"not valid JSON ({err.msg})"
        return Failure(place, E_BAD_RECORD, why)
    except RecursionError:
        return Failure(place, E_BAD_RECORD, _TOO_DEEP)
    return _record(row, f"{stem}-{lineno}", place, settings, notes)


def _skip_line(fh) -> int:  # type: ignore[no-untyped-def]
    """Read past the rest of an over-long line; the bytes skipped."""
    skipped = 0
    while True:
        chunk = fh.readline(1 << 20)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped
