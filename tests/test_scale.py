"""Reading at scale, without Dask: JSON Lines as a stream (any size, one record at a time), Parquet
inputs, partitions that read what the whole file reads, results written as Parquet."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from narrascope.errors import E_TOO_LARGE
from narrascope.ingest import read_sources
from narrascope.model import Document, Failure
from narrascope.scale.partitions import plan, read, split
from narrascope.settings import DEFAULT

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

ROWS = [{"id": f"a{i}", "title": f"Title {i}", "text": f"Article number {i} says something new about the harbour.",
         "date": "2024-03-0" + str(1 + i % 9)} for i in range(23)]


def test_a_json_lines_file_larger_than_max_input_bytes_is_read_record_by_record(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in ROWS) + "\n", encoding="utf-8")
    small = dataclasses.replace(DEFAULT, max_input_bytes=200)  # the file is ~2.5 KB, each record < 200 bytes
    docs = list(read_sources([str(path)], small))
    assert [d.id for d in docs] == [r["id"] for r in ROWS]
    assert docs[4].source == f"{path}:5" and docs[4].published == ROWS[4]["date"]


def test_one_record_over_the_limit_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    rows = [*ROWS[:2], {"id": "huge", "text": "word " * 100}, *ROWS[2:4]]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    items = list(read_sources([str(path)], dataclasses.replace(DEFAULT, max_input_bytes=200)))
    assert [i.code if isinstance(i, Failure) else i.id for i in items] == ["a0", "a1", E_TOO_LARGE, "a2", "a3"]


def test_a_parquet_export_reads_like_the_same_rows_in_json_lines(tmp_path: Path) -> None:
    pq.write_table(pa.Table.from_pylist(ROWS), tmp_path / "feed.parquet", row_group_size=5)
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in ROWS) + "\n", encoding="utf-8")
    from_parquet = list(read_sources([str(tmp_path / "feed.parquet")]))
    from_jsonl = list(read_sources([str(tmp_path / "feed.jsonl")]))
    assert all(isinstance(d, Document) for d in from_parquet)
    assert [(d.id, d.text, d.title, d.published) for d in from_parquet] == [
        (d.id, d.text, d.title, d.published) for d in from_jsonl]
    assert from_parquet[6].source == f"{tmp_path / 'feed.parquet'}[7]"


def test_partitions_of_parquet_and_their_halves_read_every_row_once_in_order(tmp_path: Path) -> None:
    pq.write_table(pa.Table.from_pylist(ROWS), tmp_path / "feed.parquet", row_group_size=5)
    parts = plan([str(tmp_path / "feed.parquet")], per_partition=7)
    assert [p.end - p.start for p in parts] == [7, 7, 7, 2]
    halves = [h for p in parts for h in split(p)]
    assert [d.id for p in halves for d in read(p)] == [r["id"] for r in ROWS]


def test_analyse_writes_parquet_results(tmp_path: Path) -> None:
    from narrascope.cli import main

    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in ROWS[:3]) + "\n", encoding="utf-8")
    out = tmp_path / "out.parquet"
    assert main(["analyse", str(src), "--out", str(out), "--skip", "techniques", "--quiet"]) == 0
    table = pq.read_table(out).to_pylist()
    assert [r["id"] for r in table] == ["a0", "a1", "a2"]
    assert json.loads(table[1]["analysis"])["title"] == "Title 1" and table[1]["matched"] == []


def test_a_parquet_row_from_its_line_and_fields_is_the_row_from_its_record(tmp_path: Path) -> None:
    from narrascope.report.results import ResultsFile, row_fields

    records = [{"id": 7, "title": "T", "language": "en", "published": None, "outlet": "o",
                "narratives": [{"id": "n1", "matched": True}, {"id": "n2", "matched": False}]}]
    whole, parts = ResultsFile(tmp_path / "whole.parquet"), ResultsFile(tmp_path / "parts.parquet")
    for record in records:
        whole.write(record, json.dumps(record))
        parts.write_line(json.dumps(record), row_fields(record))
    with pytest.raises(ValueError):
        parts.write_line("{}", None)  # a Parquet row without its fields
    whole.close(), parts.close()
    rows = pq.read_table(tmp_path / "parts.parquet").to_pylist()
    assert rows == pq.read_table(tmp_path / "whole.parquet").to_pylist()
    assert rows[0]["id"] == "7" and rows[0]["matched"] == ["n1"] and json.loads(rows[0]["analysis"])["outlet"] == "o"
