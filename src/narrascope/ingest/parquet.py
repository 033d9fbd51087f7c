"""Parquet exports, one article per row (the same columns as JSON Lines: ``text`` or ``html``, ``id``, ...).

Needs pyarrow (``pip install 'narrascope[parquet]'``); read a row group at a time, so a large file
costs the memory of one group. Rows are numbered from 1, as ``file.parquet[12]`` in places.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import E_BACKEND, E_UNREADABLE, BackendError
from ..model import Document, Failure
from ..settings import DEFAULT, Settings
from .tabular import _record


def _pyarrow_parquet() -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError as err:
        raise BackendError("reading Parquet needs pyarrow: pip install 'narrascope[parquet]'", code=E_BACKEND) from err
    return pq


def parquet_rows(path: Path) -> int:
    """Rows in a Parquet file (from its footer)."""
    return int(_pyarrow_parquet().ParquetFile(path).metadata.num_rows)


def read_parquet(path: Path, settings: Settings = DEFAULT, start: int = 0,
                 end: int | None = None) -> Iterator[Document | Failure]:
    """The articles of rows ``start`` to ``end`` (all by default) of a Parquet file."""
    where, stem = str(path), path.stem
    try:
        pf = _pyarrow_parquet().ParquetFile(path)
    except BackendError as err:
        yield Failure(where, err.code, err.message)
        return
    except Exception as err:  # pyarrow raises several types for a file that is not Parquet
        yield Failure(where, E_UNREADABLE, f"not a readable Parquet file ({err})")
        return
    at = 0
    for group in range(pf.metadata.num_row_groups):
        rows = pf.metadata.row_group(group).num_rows
        if end is not None and at >= end:
            return
        if at + rows > start:
            for i, row in enumerate(pf.read_row_group(group).to_pylist(), start=at):
                if i >= start and (end is None or i < end):
                    yield _record(row, f"{stem}-{i + 1}", f"{where}[{i + 1}]", settings, ())
        at += rows
