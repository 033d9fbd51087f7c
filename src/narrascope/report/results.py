"""Where ``analyse --out`` writes its results: JSON Lines, or Parquet when the file ends in ``.parquet``.

Parquet (pyarrow, ``pip install 'narrascope[parquet]'``) gets one row per article: ``id``,
``title``, ``language``, ``published``, ``outlet``, ``matched`` (the ids of the narratives it
pushes) and ``analysis`` (the whole JSON object of the output contract, as text). Rows are written
a group at a time, so memory stays flat however many articles go through.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import E_BACKEND, BackendError
from ..model import Analysis, Document

#: Rows per Parquet row group (a group is held in memory until written).
ROW_GROUP = 256


class ResultsFile:
    """Results written as they come; ``close()`` (or leaving ``with``) finishes the file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.parquet = is_parquet(path)
        self._rows: list[dict[str, Any]] = []
        self._writer: Any = None
        if self.parquet:
            try:
                import pyarrow as pa
                import pyarrow.parquet as pq
            except ImportError as err:
                raise BackendError("--out *.parquet needs pyarrow: pip install 'narrascope[parquet]'",
                                   code=E_BACKEND) from err
            self._pa, self._pq = pa, pq
            self._schema = pa.schema([(name, pa.string()) for name in ("id", "title", "language", "published",
                                                                       "outlet")]
                                     + [("matched", pa.list_(pa.string())), ("analysis", pa.string())])
        else:
            self._fh = path.open("w", encoding="utf-8")

    def write(self, record: dict[str, Any], line: str) -> None:
        """One article: its record (the output contract's object) and that record as a JSON line."""
        self.write_line(line, row_fields(record) if self.parquet else None)

    def write_line(self, line: str, fields: dict[str, Any] | None) -> None:
        """One article: its JSON line and, for Parquet, the row's other fields (:func:`row_fields` of its record);
        what :func:`result_line` makes."""
        if not self.parquet:
            self._fh.write(line + "\n")
            return
        if fields is None:
            raise ValueError("a Parquet row needs its fields (row_fields of the record)")
        self._rows.append({**fields, "analysis": line})
        if len(self._rows) >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self._writer is None:
            self._writer = self._pq.ParquetWriter(str(self.path), self._schema)
        self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self._schema))
        self._rows = []

    def close(self) -> None:
        if not self.parquet:
            self._fh.close()
            return
        if self._rows or self._writer is None:
            self._flush()
        self._writer.close()


def is_parquet(path: str | Path) -> bool:
    """Whether results written to ``path`` are Parquet (the name ends in ``.parquet``), else JSON Lines."""
    return Path(path).suffix.lower() == ".parquet"


def row_fields(record: dict[str, Any]) -> dict[str, Any]:
    """A Parquet row's fields but its ``analysis``, from an article's record (the output contract's object)."""
    return {"id": str(record.get("id")), "title": record.get("title"), "language": record.get("language"),
            "published": record.get("published"), "outlet": record.get("outlet"),
            "matched": [n["id"] for n in record.get("narratives") or [] if n.get("matched")]}


def result_line(doc: Document, include_text: bool, with_features: bool,
                parquet: bool) -> tuple[str, dict[str, Any] | None]:
    """What ``analyse --format jsonl --out FILE`` prints and writes of one analysed document: its JSON line
    (:meth:`Analysis.to_json`) and, for a Parquet file, the row's other fields (:func:`row_fields`). Made in the
    worker process that analysed the document, which then sends back these rather than the whole document.

    >>> line, fields = result_line(doc, include_text=False, with_features=False, parquet=True)  # doctest: +SKIP
    """
    record = Analysis(doc).to_dict(include_text=include_text, with_features=with_features)
    return json.dumps(record, ensure_ascii=False), row_fields(record) if parquet else None
