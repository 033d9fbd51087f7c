"""Exports of a store: the analyses as JSON Lines (the ``analyse`` contract), or one flat table as
JSON Lines, CSV or Parquet (Parquet needs the optional ``pyarrow``: ``pip install 'narrascope[parquet]'``).

Every flat table starts with ``row`` (the article's row id) and ``id`` (its article id), so tables
join on either.

>>> with Store("monitor.db", create=False) as store:                         # doctest: +SKIP
...     export(store, Path("claims.csv"), "csv", "claims")
42
"""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

from ..errors import E_BACKEND, E_EXPORT_WRITE, E_STORE_TABLE, BackendError, StoreError
from . import rows as R
from .db import Store

FORMATS = ("jsonl", "csv", "parquet")

# Column kinds: "text", "int", "real", "bool"; they give Parquet its types and JSON its booleans.
Column = tuple[str, str, str]   # (name in the export, SQL expression, kind)

_KEYS: list[Column] = [("row", "a.id", "int"), ("id", "a.article_id", "text")]
_KINDS = {"score": "real", "matched": "bool", "confidence": "real", "moved_count": "int"}


def _kind(name: str) -> str:
    if name in _KINDS:
        return _KINDS[name]
    if name in ("position", "start", "end") or name.endswith(("_start", "_end")):
        return "int"
    return "real" if name.endswith(("_lat", "_lon")) else "text"


def _child(table: str, columns: tuple[str, ...]) -> tuple[list[Column], str]:
    cols = _KEYS + [(c, f't."{c}"', _kind(c)) for c in columns]
    order = "t.position" if "position" in columns else "t.narrative"
    return cols, f"FROM {table} t JOIN articles a ON a.id = t.article ORDER BY a.id, {order}"


#: The flat tables ``export`` offers: columns and the FROM clause that fills them.
TABLES: dict[str, tuple[list[Column], str]] = {
    "articles": (_KEYS + [
        ("title", "a.title", "text"), ("language", "a.language", "text"), ("published", "a.published", "text"),
        ("outlet", "a.outlet", "text"), ("url", "a.url", "text"), ("source", "a.source", "text"),
        ("content_hash", "a.content_hash", "text"), ("duplicate_of", "a.duplicate_of", "int"),
        ("similarity", "a.similarity", "real"), ("ingested_at", "a.ingested_at", "text"),
        ("tool_version", "n.tool_version", "text"), ("catalogue_version", "n.catalogue_version", "text"),
        ("analysed_at", "n.analysed_at", "text"), ("text", "a.text", "text"),
    ], "FROM articles a LEFT JOIN analyses n ON n.article = a.id ORDER BY a.id"),
    "narratives": _child("narrative_matches", R.NARRATIVE_COLUMNS),
    "claims": _child("claims", R.CLAIM_COLUMNS),
    "sources": _child("sources", R.SOURCE_COLUMNS),
    "techniques": _child("techniques", R.TECHNIQUE_COLUMNS),
}

_PARQUET_ROWS = 10_000  # rows per Parquet row group: bounded memory for any store size


#: What makes a spreadsheet (Excel, LibreOffice, Google Sheets) read a CSV cell as a formula (OWASP, "CSV
#: injection"): a text starting with one of these is written after a ``'``, which shows it as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export(store: Store, out: Path, fmt: str = "jsonl", table: str | None = None, *,
           raw_csv: bool = False) -> int:
    """Write ``table`` (or, for ``jsonl`` without a table, the analyses) to ``out``; returns the rows written.

    In CSV, a text cell that a spreadsheet would run as a formula (:data:`FORMULA_STARTS`: a title
    ``=HYPERLINK(...)`` scraped from the web) is written after a ``'``, unless ``raw_csv``."""
    if table is not None and table not in TABLES:
        raise StoreError(f"no table {table!r} to export (tables: {', '.join(TABLES)})", code=E_STORE_TABLE)
    if fmt not in FORMATS:
        raise StoreError(f"no export format {fmt!r} (formats: {', '.join(FORMATS)})", code=E_STORE_TABLE)
    try:
        if fmt == "jsonl" and table is None:
            return export_analyses(store, out)
        if fmt == "csv":
            return _write_csv(store, table or "articles", out, raw=raw_csv)
        if fmt == "parquet":
            return _write_parquet(store, table or "articles", out)
        return _write_jsonl(store, table or "articles", out)
    except OSError as err:
        raise StoreError(f"cannot write ({err.strerror or err})", where=str(out), code=E_EXPORT_WRITE) from err


def export_analyses(store: Store, out: Path) -> int:
    """One analysis per line, exactly as ``narrascope analyse`` prints it, in the order stored."""
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for (text,) in store.connection.execute("SELECT analysis FROM analyses ORDER BY article"):
            fh.write(text + "\n")
            n += 1
    return n


def table_rows(store: Store, table: str) -> tuple[list[Column], sqlite3.Cursor]:
    """The columns of a flat table and a cursor over its rows."""
    columns, source = TABLES[table]
    select = ", ".join(expr for _, expr, _ in columns)
    return columns, store.connection.execute(f"SELECT {select} {source}")


def _write_csv(store: Store, table: str, out: Path, raw: bool = False) -> int:
    columns, cursor = table_rows(store, table)
    n = 0
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([name for name, _, _ in columns])
        for row in cursor:
            writer.writerow(row if raw else [inert_cell(v) for v in row])
            n += 1
    return n


def inert_cell(value: object) -> object:
    """A text that a spreadsheet would take for a formula, after a ``'``; any other value as it is.

    >>> inert_cell('=HYPERLINK("http://evil.example")'), inert_cell("Reuters"), inert_cell(-0.5)
    ('\'=HYPERLINK("http://evil.example")', 'Reuters', -0.5)
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _write_jsonl(store: Store, table: str, out: Path) -> int:
    columns, cursor = table_rows(store, table)
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for row in cursor:
            record = {name: (bool(v) if kind == "bool" and v is not None else v)
                      for (name, _, kind), v in zip(columns, row, strict=True)}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def _write_parquet(store: Store, table: str, out: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as err:
        raise BackendError("Parquet export needs pyarrow: pip install 'narrascope[parquet]'",
                           code=E_BACKEND) from err
    columns, cursor = table_rows(store, table)
    types = {"text": pa.string(), "int": pa.int64(), "real": pa.float64(), "bool": pa.bool_()}
    schema = pa.schema([(name, types[kind]) for name, _, kind in columns])
    n = 0
    with pq.ParquetWriter(str(out), schema) as writer:
        while chunk := cursor.fetchmany(_PARQUET_ROWS):
            data = {name: [(bool(v) if kind == "bool" and v is not None else v) for v in values]
                    for (name, _, kind), values in zip(columns, zip(*chunk, strict=True), strict=True)}
            writer.write_table(pa.Table.from_pydict(data, schema=schema))
            n += len(chunk)
    return n  # an empty table still gets its schema written: a valid file with no rows
