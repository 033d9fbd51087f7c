"""Sources to documents: files, directories, exports and standard input.

:func:`read_sources` yields a :class:`~narrascope.model.Document` for every article it can read
and a :class:`~narrascope.model.Failure` for every one it cannot; it never stops at a bad file.

>>> [type(x).__name__ for x in read_sources(["tests/resources/empty.txt"])]  # doctest: +SKIP
['Failure']
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import E_FORMAT, E_NOT_FOUND, E_TOO_LARGE, E_UNREADABLE, InputError
from ..model import Document, Failure
from ..settings import DEFAULT, Settings
from .decode import decode_bytes
from .parquet import read_parquet
from .records import content_hash, document_from_text, make_document
from .stream import read_jsonl_stream, streams_as_utf8
from .tabular import read_csv, read_json, read_jsonl

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TABLE_SUFFIXES = {".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES
# Folders of articles often carry their own notes; these are read only when named explicitly.
SKIPPED_STEMS = {"readme", "license", "licence", "changelog", "notes"}

__all__ = ["read_sources", "read_path", "document_from_text", "content_hash", "KNOWN_SUFFIXES"]


def read_sources(paths: Iterable[str | os.PathLike[str]], settings: Settings = DEFAULT) -> Iterator[Document | Failure]:
    """Every article in ``paths`` (files, directories, ``-`` for standard input), in order."""
    for raw in paths:
        path = str(raw)
        if path == "-":
            yield from _read_stdin(settings)
        elif os.path.isdir(path):
            for file in _walk(Path(path)):
                yield from read_path(file, settings)
        else:
            yield from read_path(Path(path), settings, explicit=True)


def read_path(path: Path, settings: Settings = DEFAULT, explicit: bool = False) -> Iterator[Document | Failure]:
    """The articles of one file: one for text and HTML, many for exports."""
    where = str(path)
    if path.suffix.lower() in {".jsonl", ".ndjson"} and path.is_file() and streams_as_utf8(path):
        yield from read_jsonl_stream(path, settings)  # any size, one record in memory at a time
        return
    if path.suffix.lower() == ".parquet" and path.is_file():
        yield from read_parquet(path, settings)
        return
    try:
        data = _read_bytes(path, settings)
        suffix = path.suffix.lower()
        if suffix not in KNOWN_SUFFIXES and not explicit:
            raise InputError(f"unsupported file type {suffix or '(none)'}", where=where, code=E_FORMAT)
        notes: list[str] = []  # how the bytes were decoded, when the reader should know: each article's warnings
        text = decode_bytes(data, where, settings, notes)
    except InputError as err:
        yield Failure(where, err.code, err.message)
        return
    stem = path.stem
    if suffix in {".jsonl", ".ndjson"}:
        yield from read_jsonl(text, stem, where, settings, notes)
    elif suffix == ".json":
        yield from read_json(text, stem, where, settings, notes)
    elif suffix in {".csv", ".tsv"}:
        yield from read_csv(text, stem, where, "\t" if suffix == ".tsv" else ",", settings, notes)
    else:
        try:
            yield document_from_text(text, stem, html=suffix in HTML_SUFFIXES, source=where, warnings=notes,
                                     settings=settings)
        except InputError as err:
            yield Failure(where, err.code, err.message)


def _read_bytes(path: Path, settings: Settings) -> bytes:
    where = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError as err:
        raise InputError("no such file or directory", where=where, code=E_NOT_FOUND) from err
    except OSError as err:
        raise InputError(f"cannot read ({err.strerror})", where=where, code=E_UNREADABLE) from err
    if size > settings.max_input_bytes:
        raise InputError(f"file is {size} bytes, above the limit of {settings.max_input_bytes} (max_input_bytes)",
                         where=where, code=E_TOO_LARGE)
    try:
        return path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read ({err.strerror})", where=where, code=E_UNREADABLE) from err


def _walk(root: Path) -> Iterator[Path]:
    """Supported files below ``root`` in a stable order; hidden files, folders and READMEs are skipped."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            file = Path(name)
            if (not name.startswith(".") and file.suffix.lower() in KNOWN_SUFFIXES
                    and file.stem.lower() not in SKIPPED_STEMS):
                yield Path(dirpath) / name


def _read_stdin(settings: Settings) -> Iterator[Document | Failure]:
    data = sys.stdin.buffer.read(settings.max_input_bytes + 1)
    try:
        if len(data) > settings.max_input_bytes:
            raise InputError("standard input is above max_input_bytes", where="<stdin>", code=E_TOO_LARGE)
        notes: list[str] = []
        text = decode_bytes(data, "<stdin>", settings, notes)
        yield make_document("stdin", text, source="<stdin>", warnings=notes, settings=settings)
    except InputError as err:
        yield Failure("<stdin>", err.code, err.message)
