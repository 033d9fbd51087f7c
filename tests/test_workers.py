"""The local engine on several cores: forked workers give exactly what one process gives, in the same
order; a worker that dies loses nothing; ingest stores each article once, with its story item."""

from __future__ import annotations

import copy
import dataclasses
import json
import multiprocessing
import os
import time
from pathlib import Path

import pytest

from narrascope.cli import main
from narrascope.model import Analysis, Document, Failure
from narrascope.scale.local import analyse_in_workers
from narrascope.store import Store, ingest

ARTICLES = sorted((Path(__file__).parent / "corpus" / "articles").rglob("*.txt"))[:14]

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")


@pytest.fixture
def small_batches(analyser):  # type: ignore[no-untyped-def]
    """The session's analyser cutting its input into batches of two (so that 14 articles fork)."""
    out = copy.copy(analyser)
    out.settings = dataclasses.replace(analyser.settings, batch_documents=2, ingest_batch_size=3)
    return out


def _as_json(items) -> list[str]:  # type: ignore[no-untyped-def]
    return [json.dumps(i.to_dict() if isinstance(i, Analysis) else vars(i), sort_keys=True, default=str)
            for i in items]


def test_two_workers_give_what_one_process_gives_in_input_order(small_batches) -> None:  # type: ignore[no-untyped-def]
    one = _as_json(small_batches.analyse_paths(ARTICLES, workers=1))
    two = _as_json(small_batches.analyse_paths(ARTICLES, workers=2))
    assert len(one) == len(ARTICLES) and two == one


def test_the_json_lines_the_workers_make_are_the_analyses_one_process_serialises(small_batches) -> None:  # type: ignore[no-untyped-def]
    one = [a.to_json(include_text=True) for a in small_batches.analyse_paths(ARTICLES, workers=1)]
    two = list(small_batches.analyse_paths_as_json(ARTICLES, workers=2, include_text=True))
    assert len(one) == len(ARTICLES) and two == one
    assert json.loads(two[0])["text"] and json.loads(two[0]) == next(small_batches.analyse_paths(
        ARTICLES[:1])).to_dict(include_text=True)


def test_the_lines_and_rows_the_workers_make_for_out_are_what_one_process_writes(small_batches) -> None:  # type: ignore[no-untyped-def]
    from functools import partial

    from narrascope.report.results import result_line, row_fields

    records = [a.to_dict(with_features=True) for a in small_batches.analyse_paths(ARTICLES, workers=1)]
    render = partial(result_line, include_text=False, with_features=True, parquet=True)
    two = list(small_batches.analyse_paths_rendered(ARTICLES, 2, render))
    assert len(two) == len(ARTICLES)
    assert two == [(json.dumps(r, ensure_ascii=False), row_fields(r)) for r in records]
    assert two[0][1]["id"] == records[0]["id"] and "analysis" not in two[0][1]
    lines_only = list(small_batches.analyse_paths_rendered(ARTICLES[:5], 2, partial(render, parquet=False)))
    assert lines_only == [(line, None) for line, _ in two[:5]]  # a JSON Lines file needs no row


def test_analyse_out_writes_what_it_prints_with_workers(tmp_path: Path, small_batches, monkeypatch,
                                                        capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("narrascope.cli.analyser_of", lambda *a, **k: small_batches)
    out = tmp_path / "out.jsonl"
    assert main(["analyse", *map(str, ARTICLES), "--workers", "2", "--out", str(out), "--quiet"]) == 0
    printed = capsys.readouterr().out
    expected = [a.to_json() for a in small_batches.analyse_paths(ARTICLES, workers=1)]
    assert out.read_text(encoding="utf-8").splitlines() == printed.splitlines() == expected


def test_a_worker_sends_back_what_render_makes_of_a_document_and_failures_as_they_are(small_batches) -> None:  # type: ignore[no-untyped-def]
    victim = ARTICLES[3]

    def fails_on_one(doc: Document) -> Document:
        if doc.source == str(victim):
            raise ValueError("this one is broken")
        return doc

    small_batches.pipeline = small_batches.pipeline.replace("sources", fails_on_one)
    got = list(analyse_in_workers(small_batches, _documents(), workers=2, render=_source_of))
    assert got[3] == Failure(str(victim), got[3].code, got[3].message) and "broken" in got[3].message
    assert got[:3] + got[4:] == [str(p) for p in ARTICLES if p != victim]


def _source_of(doc: Document) -> str | None:  # module-level: a worker's render is pickled with its batch
    return doc.source


def test_input_of_one_batch_per_worker_is_analysed_without_forking(small_batches) -> None:  # type: ignore[no-untyped-def]
    parent = os.getpid()
    seen: list[int] = []

    def where(doc: Document) -> Document:
        seen.append(os.getpid())
        return doc

    small_batches.pipeline = small_batches.pipeline.replace("sources", where)
    list(small_batches.analyse_paths(ARTICLES[:4], workers=2))
    assert seen == [parent] * 4


def test_an_encoder_on_a_gpu_is_never_forked(small_batches, capsys) -> None:  # type: ignore[no-untyped-def]
    # CUDA refuses a forked child its parent's context: every document would fail in the workers
    from types import SimpleNamespace

    from narrascope.cli import _local_workers

    parent = os.getpid()
    seen: list[int] = []

    def where(doc: Document) -> Document:
        seen.append(os.getpid())
        return doc

    small_batches.encoder = copy.copy(small_batches.encoder)
    small_batches.encoder.device = "cuda"
    small_batches.pipeline = small_batches.pipeline.replace("sources", where)
    list(small_batches.analyse_paths(ARTICLES, workers=2))
    assert seen == [parent] * len(ARTICLES)
    assert _local_workers(SimpleNamespace(workers=None), small_batches) == 1
    assert _local_workers(SimpleNamespace(workers=4), small_batches) == 1
    assert "runs on cuda" in capsys.readouterr().err


def test_a_worker_that_dies_loses_nothing(small_batches) -> None:  # type: ignore[no-untyped-def]
    parent = os.getpid()
    victim = ARTICLES[5]

    def dies_in_a_worker(doc: Document) -> Document:
        if os.getpid() != parent and doc.source == str(victim):
            os._exit(9)  # as a worker killed by the system would: no exception, no goodbye
        return doc

    small_batches.pipeline = small_batches.pipeline.replace("sources", dies_in_a_worker)
    got = list(analyse_in_workers(small_batches, _documents(), workers=2))
    assert [d.source for d in got if isinstance(d, Document)] == [str(p) for p in ARTICLES]


def test_a_bad_document_costs_only_itself_in_a_worker(small_batches) -> None:  # type: ignore[no-untyped-def]
    victim = ARTICLES[7]

    def fails_on_one(doc: Document) -> Document:
        if doc.source == str(victim):
            raise ValueError("this one is broken")
        return doc

    small_batches.pipeline = small_batches.pipeline.replace("sources", fails_on_one)
    got = list(analyse_in_workers(small_batches, _documents(), workers=2))
    failed = [g for g in got if isinstance(g, Failure)]
    assert len(got) == len(ARTICLES) and [f.source for f in failed] == [str(victim)]
    assert "this one is broken" in failed[0].message


def test_a_run_that_stops_early_stops_its_workers_at_once(small_batches) -> None:  # type: ignore[no-untyped-def]
    parent = os.getpid()

    def slow_in_a_worker(doc: Document) -> Document:
        if os.getpid() != parent:
            time.sleep(60)
        return doc

    def reader_interrupted_at_the_seventh():  # type: ignore[no-untyped-def]
        for i, doc in enumerate(_documents()):
            if i == 6:
                raise RuntimeError("interrupted")  # as Ctrl-C would, while the workers are busy
            yield doc

    small_batches.pipeline = small_batches.pipeline.replace("sources", slow_in_a_worker)
    started = time.monotonic()
    with pytest.raises(RuntimeError, match="interrupted"):
        list(analyse_in_workers(small_batches, reader_interrupted_at_the_seventh(), workers=2))
    assert time.monotonic() - started < 20
    assert not multiprocessing.active_children()


def test_ingest_with_workers_stores_each_article_once_with_its_story_item(small_batches, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Store(tmp_path / "one.db") as store:
        ingest(store, small_batches, ARTICLES, workers=1)
        one = {row["content_hash"]: row["analysis"] for row in _rows(store)}
    with Store(tmp_path / "two.db") as store:
        report = ingest(store, small_batches, ARTICLES + ARTICLES[:3], workers=2)  # three repeated
        assert (report.new, report.already) == (len(ARTICLES), 3)
        two = {row["content_hash"]: row["analysis"] for row in _rows(store)}
        items = store.connection.execute("SELECT COUNT(*) FROM story_items").fetchone()[0]
        again = ingest(store, small_batches, ARTICLES, workers=2)
    assert two == one and items == len(ARTICLES)
    assert (again.new, again.already) == (0, len(ARTICLES))


def test_the_cli_refuses_no_workers(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["analyse", str(ARTICLES[0]), "--workers", "0"]) == 2
    assert "--workers" in capsys.readouterr().err


def _documents():  # type: ignore[no-untyped-def]
    from narrascope.ingest import read_sources

    return read_sources(ARTICLES)


def _rows(store: Store) -> list[dict[str, str]]:
    sql = "SELECT a.content_hash, n.analysis FROM articles a JOIN analyses n ON n.article = a.id"
    return [{"content_hash": h, "analysis": text} for h, text in store.connection.execute(sql)]
