"""Inputs cut into partitions: pieces of work that any machine can read on its own, in input order.

A partition names what to read, never the text itself (except for documents already in memory,
such as stored articles to analyse again): files are grouped, a JSON Lines file is cut at line
boundaries into byte ranges, a Parquet file into row ranges. Reading every partition in order
gives exactly the documents :func:`narrascope.ingest.read_sources` gives, with the same ids and
places. A partition that fails can be :func:`split` in two, down to a single document.

>>> parts = plan(["feed.jsonl"], per_partition=256)                    # doctest: +SKIP
>>> sum(1 for p in parts for _ in read(p))                             # doctest: +SKIP
1000
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import E_CLUSTER, UsageError
from ..ingest import read_path
from ..ingest.parquet import parquet_rows, read_parquet
from ..ingest.stream import line_offsets, read_jsonl_stream, streams_as_utf8
from ..model import Document, Failure
from ..settings import DEFAULT, Settings


@dataclass(frozen=True)
class Partition:
    """One piece of input: ``kind`` is ``files``, ``jsonl`` (bytes start..end), ``parquet`` (rows start..end)
    or ``documents`` (already read)."""

    index: int
    kind: str
    paths: tuple[str, ...] = ()
    start: int = 0
    end: int = 0
    first_line: int = 1
    explicit: bool = True
    documents: tuple[Document, ...] = ()

    def describe(self) -> str:
        if self.kind == "jsonl":
            return f"{self.paths[0]} from line {self.first_line}"
        if self.kind == "parquet":
            return f"{self.paths[0]} rows {self.start + 1}-{self.end}"
        if self.kind == "documents":
            return f"{len(self.documents)} stored documents"
        return self.paths[0] if len(self.paths) == 1 else f"{self.paths[0]} and {len(self.paths) - 1} more files"


def plan(inputs: Iterable[str | os.PathLike[str]], per_partition: int) -> list[Partition]:
    """Partitions of ``inputs`` (files and folders), about ``per_partition`` articles each, in input order."""
    from ..ingest import _walk  # the same walk of folders as read_sources

    parts: list[Partition] = []
    group: list[tuple[str, bool]] = []

    def close_group() -> None:
        if group:
            parts.append(Partition(len(parts), "files", tuple(p for p, _ in group),
                                   explicit=all(e for _, e in group)))
            group.clear()

    for raw in inputs:
        name = str(raw)
        if name == "-":
            raise UsageError("the Dask engine reads files, not standard input", code=E_CLUSTER)
        files = [(str(f), False) for f in _walk(Path(name))] if os.path.isdir(name) else [(name, True)]
        for file, explicit in files:
            path = Path(file)
            suffix = path.suffix.lower()
            cut = _cut(path, suffix, per_partition)
            if cut is None:
                group.append((file, explicit))
                if len(group) >= per_partition:
                    close_group()
                continue
            close_group()
            base = len(parts)
            parts.extend(Partition(base + i, kind, (file,), start, end, line)
                         for i, (kind, start, end, line) in enumerate(cut))
    close_group()
    return parts


def _cut(path: Path, suffix: str, per: int) -> list[tuple[str, int, int, int]] | None:
    """Byte or row ranges of a large table file, or None when the file is read whole."""
    if not path.is_file():
        return None
    if suffix in {".jsonl", ".ndjson"} and streams_as_utf8(path):
        starts = line_offsets(path, per)
        size = path.stat().st_size
        ends = [s for s, _ in starts[1:]] + [size]
        return [("jsonl", s, e, line) for (s, line), e in zip(starts, ends, strict=True)]
    if suffix == ".parquet":
        rows = parquet_rows(path)
        return [("parquet", s, min(s + per, rows), 1) for s in range(0, max(rows, 1), per)]
    return None


def documents_partitions(docs: Sequence[Document], per_partition: int) -> list[Partition]:
    """Partitions of documents already in memory (stored articles to analyse again)."""
    return [Partition(i, "documents", documents=tuple(docs[s:s + per_partition]))
            for i, s in enumerate(range(0, len(docs), per_partition))]


def read(part: Partition, settings: Settings = DEFAULT) -> Iterator[Document | Failure]:
    """The documents of a partition, and a failure for each record that cannot be read."""
    if part.kind == "documents":
        yield from part.documents
    elif part.kind == "jsonl":
        yield from read_jsonl_stream(Path(part.paths[0]), settings, part.start, part.end, part.first_line)
    elif part.kind == "parquet":
        yield from read_parquet(Path(part.paths[0]), settings, part.start, part.end)
    else:
        for file in part.paths:
            yield from read_path(Path(file), settings, explicit=part.explicit)


def split(part: Partition) -> list[Partition]:
    """The partition in two halves (same index), or itself alone when it holds one article or one file."""
    if part.kind == "documents" and len(part.documents) > 1:
        mid = len(part.documents) // 2
        return [Partition(part.index, "documents", documents=part.documents[:mid]),
                Partition(part.index, "documents", documents=part.documents[mid:])]
    if part.kind == "files" and len(part.paths) > 1:
        mid = len(part.paths) // 2
        return [Partition(part.index, "files", part.paths[:mid], explicit=part.explicit),
                Partition(part.index, "files", part.paths[mid:], explicit=part.explicit)]
    if part.kind == "parquet" and part.end - part.start > 1:
        mid = (part.start + part.end) // 2
        return [Partition(part.index, "parquet", part.paths, part.start, mid),
                Partition(part.index, "parquet", part.paths, mid, part.end)]
    if part.kind == "jsonl":
        halves = _split_lines(part)
        if halves:
            return halves
    return [part]


def _split_lines(part: Partition) -> list[Partition] | None:
    """A JSON Lines range cut at its middle line, or None when it holds one line."""
    starts = [(part.start, part.first_line)]
    with open(part.paths[0], "rb") as fh:
        fh.seek(part.start)
        at, line = part.start, part.first_line
        while at < part.end:
            raw = fh.readline()
            if not raw:
                break
            at, line = at + len(raw), line + 1
            if at < part.end:
                starts.append((at, line))
    if len(starts) < 2:
        return None
    mid_at, mid_line = starts[len(starts) // 2]
    return [Partition(part.index, "jsonl", part.paths, part.start, mid_at, part.first_line),
            Partition(part.index, "jsonl", part.paths, mid_at, part.end, mid_line)]
