"""The Dask engine on a LocalCluster of two worker processes: the same results as the local engine,
a killed worker's partition computed again and stored once, a bad document costing only itself."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from narrascope.errors import E_BAD_RECORD, E_WORKER, NarrascopeError  # noqa: E402
from narrascope.model import Analysis, Failure  # noqa: E402
from narrascope.scale.ingest_dask import ingest_on_dask  # noqa: E402
from narrascope.scale.on_dask import AnalyserSpec, analyse_on_dask, dask_client, ordered_results  # noqa: E402
from narrascope.scale.partitions import plan, read  # noqa: E402
from narrascope.settings import DEFAULT  # noqa: E402
from narrascope.store import Store  # noqa: E402

ARTICLES = Path(__file__).parent / "corpus" / "articles"
SETTINGS = replace(DEFAULT, dask_partition_articles=3, dask_partitions_in_flight=4)
SPEC = AnalyserSpec(settings=SETTINGS)


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster, distributed.Client(cluster) as c:
        yield c


def _feed(tmp_path: Path, bad: bool = False) -> Path:
    """A JSON Lines export of ten articles of the test corpus (two broken lines among them when ``bad``)."""
    lines = []
    for path in sorted((ARTICLES / "de").glob("*.txt"))[:5] + sorted((ARTICLES / "es").glob("*.txt"))[:5]:
        lines.append(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8")}, ensure_ascii=False))
    if bad:
        lines.insert(3, '{"id": "broken", "text": ')
        lines.insert(7, json.dumps({"id": "no-text", "title": "a record without text"}))
    out = tmp_path / "feed.jsonl"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def test_partitions_read_exactly_what_the_local_reader_reads(tmp_path: Path) -> None:
    from narrascope.ingest import read_sources

    inputs = [str(_feed(tmp_path, bad=True)), str(ARTICLES / "en")]
    parts = plan(inputs, per_partition=3)
    assert len(parts) > 4 and [p.index for p in parts] == list(range(len(parts)))
    split = [(x.id, x.source) if not isinstance(x, Failure) else x.to_dict() for p in parts for x in read(p)]
    whole = [(x.id, x.source) if not isinstance(x, Failure) else x.to_dict() for x in read_sources(inputs)]
    assert split == whole


def test_results_are_identical_to_the_local_engine(client, analyser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    inputs = [str(_feed(tmp_path)), str(ARTICLES / "uk")]
    local = [a.to_dict() for a in analyser.analyse_paths(inputs)]
    on_dask = [a.to_dict() for a in analyse_on_dask(client, SPEC, inputs)]
    assert len(on_dask) == len(local) == 10 + len(list((ARTICLES / "uk").iterdir()))
    assert on_dask == local


def test_a_bad_document_costs_only_itself(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    items = list(analyse_on_dask(client, SPEC, [str(_feed(tmp_path, bad=True))]))
    failures = [i for i in items if isinstance(i, Failure)]
    assert [f.code for f in failures] == [E_BAD_RECORD, E_BAD_RECORD]
    assert sum(isinstance(i, Analysis) for i in items) == 10


def _fragile(part):  # type: ignore[no-untyped-def]
    """A task that fails whenever its partition holds the record 'es-03': a document that kills its task."""
    ids = [d.id for d in read(part, SETTINGS)]
    if "es-03" in ids:
        raise RuntimeError("this document breaks the task")
    return ids


def test_a_failing_partition_is_split_down_to_the_document_at_fault(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from narrascope.scale.on_dask import PartitionResult

    feed = _feed(tmp_path)

    def submit(part):  # type: ignore[no-untyped-def]
        return client.submit(_wrap, part, pure=False)

    results = list(ordered_results(plan([str(feed)], per_partition=4), submit, in_flight=2))
    assert all(isinstance(r, PartitionResult) for r in results)
    got = [x for r in results for x in r.items]
    failed = [x for x in got if isinstance(x, Failure)]
    assert len(failed) == 1 and failed[0].code == E_WORKER and failed[0].source.endswith("from line 8")
    ids = [x for x in got if isinstance(x, str)]
    assert "es-03" not in ids and len(ids) == 9
    assert ids == sorted(ids, key=lambda i: (i[:2] != "de", i))  # input order kept through the splits


def _wrap(part):  # type: ignore[no-untyped-def]
    from narrascope.scale.on_dask import PartitionResult

    return PartitionResult(part.index, list(_fragile(part)))


def test_a_broadcast_cut_by_a_dying_worker_does_not_end_the_ingest(client, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                     monkeypatch) -> None:
    """The stored hashes go to every worker at once; a worker restarting then closes the connection
    (CommClosedError, an OSError): the hashes travel with each task instead and nothing is stored twice."""
    from distributed.comm.core import CommClosedError

    feed = _feed(tmp_path)
    with Store(tmp_path / "s.db") as store:
        assert ingest_on_dask(store, client, SPEC, [str(feed)]).new == 10

        def cut(*args, **kwargs):  # type: ignore[no-untyped-def]
            raise CommClosedError("in <TCP (closed) ConnectionPool.scatter>: Stream is closed")

        monkeypatch.setattr(client, "scatter", cut)
        again = ingest_on_dask(store, client, SPEC, [str(feed)])
        assert (again.new, again.already) == (0, 10) and not again.failures
        assert store.counts()["articles"] == 10


def test_a_killed_workers_partition_is_computed_again_and_stored_once(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    feed = _feed(tmp_path)
    # A spec the workers have not built yet: its first partitions spend seconds building the analyser,
    # a window in which a worker busy with one is killed.
    spec = AnalyserSpec(settings=replace(SETTINGS, min_evidence_chars=24))
    before = client.run(os.getpid)
    killed: list[int] = []

    def kill_a_busy_worker() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not killed:
            busy = [w for w, tasks in client.processing().items() if tasks]
            if busy:
                time.sleep(0.5)
                killed.append(before[busy[0]])
                os.kill(before[busy[0]], signal.SIGKILL)
            time.sleep(0.05)

    killer = threading.Thread(target=kill_a_busy_worker)
    killer.start()
    with Store(tmp_path / "s.db") as store:
        report = ingest_on_dask(store, client, spec, [str(feed)])
        killer.join()
        assert killed, "no worker was busy to be killed"
        assert report.new == 10 and not report.failures
        rows = store.connection.execute("SELECT article_id, count(*) FROM articles GROUP BY content_hash").fetchall()
        assert len(rows) == 10 and all(n == 1 for _, n in rows)
        assert store.counts()["analyses"] == 10
        again = ingest_on_dask(store, client, spec, [str(feed)])
    assert (again.new, again.already) == (0, 10)
    client.wait_for_workers(2, timeout=60)
    assert set(client.run(os.getpid).values()).isdisjoint(killed)


# --- reaching a scheduler -------------------------------------------------------------------------

@pytest.mark.parametrize("address", ["notaurl", "myhost", "tcp://myhost", "carrier-pigeon://myhost:8786"])
def test_a_scheduler_address_dask_cannot_read_is_e305_saying_what_one_looks_like(address: str, capsys) -> None:  # type: ignore[no-untyped-def]
    from narrascope.cli import main

    with pytest.raises(NarrascopeError) as err, dask_client(address):
        pass
    assert err.value.code == "E305" and "expected tcp://HOST:PORT" in str(err.value)
    sample = ARTICLES / "de" / sorted(p.name for p in (ARTICLES / "de").glob("*.txt"))[0]
    assert main(["analyse", str(sample), "--skip", "techniques", "--engine", "dask", "--scheduler", address]) == 2
    stderr = capsys.readouterr().err
    assert "[E305]" in stderr and "Traceback" not in stderr


def test_dask_connect_seconds_is_how_long_an_unreachable_scheduler_is_waited_for() -> None:
    settings = replace(DEFAULT, dask_connect_seconds=1.0)
    started = time.monotonic()
    with pytest.raises(NarrascopeError) as err, dask_client("tcp://127.0.0.1:1", settings=settings):
        pass
    assert err.value.code == "E305" and "after 1 s" in str(err.value)
    assert time.monotonic() - started < 10  # not the default 20 s
