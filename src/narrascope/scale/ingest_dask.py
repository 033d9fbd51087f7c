"""``ingest --engine dask``: analyse on the cluster, store on the client, each article once.

The workers read and analyse partitions; the client stores each partition's analyses in one
transaction, keyed by content hash as the local engine does (:meth:`narrascope.store.Store.add`),
so a partition computed twice (its worker was killed, Dask ran it again) is stored once, and a run
killed at any moment leaves only whole partitions: a rerun skips what is stored. The hashes the
store already holds are sent to every worker once, so a rerun analyses only what is new. Stale
analyses (another tool or catalogue version) are then redone on the cluster too.

>>> with Store("monitor.db") as store, dask_client() as client:          # doctest: +SKIP
...     ingest_on_dask(store, client, AnalyserSpec(), ["feeds/"]).summary()
'1000 new, 0 already stored'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..catalogue import load_catalogue, parse_catalogue
from ..model import Analysis, Failure
from ..store.db import Store, Versions
from ..store.ingest import IngestReport, OnFailure, _Run, stale_documents
from .on_dask import AnalyserSpec, Submit, analyse_partition, ordered_results
from .partitions import documents_partitions, plan


def ingest_on_dask(store: Store, client: Any, spec: AnalyserSpec, inputs: Iterable[str], *,
                   reanalyse_stale: bool = True, on_failure: OnFailure | None = None,
                   on_progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Store every new article of ``inputs`` with its analysis, made on the cluster; then redo stale ones."""
    run = _run(store, spec, IngestReport(), on_failure, on_progress)
    settings = spec.settings
    known = store.all_hashes()
    shared = _broadcast(client, known) if known else frozenset()
    submit: Submit = lambda part: client.submit(analyse_partition, spec, part, shared, True, pure=False)  # noqa: E731
    for result in ordered_results(plan(inputs, settings.dask_partition_articles), submit,
                                  settings.dask_partitions_in_flight, settings.dask_connect_seconds):
        run.report.already += result.skipped
        run.store_batch(_analyses(run, result.items), items=result.story_items)
    if reanalyse_stale:
        _reanalyse(run, client, spec, everything=False)
    return run.report


def reanalyse_on_dask(store: Store, client: Any, spec: AnalyserSpec, *, everything: bool = False,
                      on_failure: OnFailure | None = None,
                      on_progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Analyse again, on the cluster, the stored articles whose analysis is stale (or all of them)."""
    run = _run(store, spec, IngestReport(command="reanalyse", phase="reanalyse"), on_failure, on_progress)
    _reanalyse(run, client, spec, everything)
    return run.report


def _run(store: Store, spec: AnalyserSpec, report: IngestReport, on_failure: OnFailure | None,
         on_progress: Callable[[IngestReport], None] | None) -> _Run:
    catalogue = load_catalogue(None, spec.settings) if spec.catalogue_text is None else parse_catalogue(
        spec.catalogue_text, spec.catalogue_source, spec.settings)
    store.remember_catalogue(catalogue)  # commands given no --catalogue then use it
    return _Run(store, report, on_failure, on_progress, Versions.current(catalogue))


def _broadcast(client: Any, known: frozenset[str]) -> Any:
    """``known`` sent to every worker once; a worker dying during the broadcast (its connection closed:
    OSError) must not end the ingest, so the set then travels with each partition's task instead."""
    try:
        return client.scatter([known], broadcast=True)[0]
    except OSError:
        return known


def _analyses(run: _Run, items: list[Analysis | Failure]) -> list[Analysis]:
    out = []
    for item in items:
        if isinstance(item, Failure):
            run.fail(item)
        else:
            out.append(item)
    return out


def _reanalyse(run: _Run, client: Any, spec: AnalyserSpec, everything: bool) -> None:
    """Stale articles, a batch of partitions at a time, so that the client holds a bounded number of texts."""
    settings = spec.settings
    per = settings.dask_partition_articles
    submit: Submit = lambda part: client.submit(analyse_partition, spec, part, pure=False)  # noqa: E731
    for docs in stale_documents(run, everything, per * settings.dask_partitions_in_flight):
        row_of = {doc.content_hash: row for row, doc in docs.items()}
        for result in ordered_results(documents_partitions(list(docs.values()), per), submit,
                                      settings.dask_partitions_in_flight, settings.dask_connect_seconds):
            run.save_batch(_analyses(run, result.items), row_of)
