"""Ingest: read, analyse and store articles in batches; resumable, idempotent, incremental.

Each batch of ``settings.ingest_batch_size`` new articles is analysed, then stored with its
analyses in ONE transaction: a run killed at any moment leaves only complete articles, and a
rerun skips them (same content hash, same row) and finishes the rest. Articles whose stored
analysis was made with another tool or catalogue version are analysed again and their rows
replaced, batch by batch in the same way.

>>> with Store("monitor.db") as store:                                     # doctest: +SKIP
...     ingest(store, Analyser(), ["examples/sample"]).summary()
'37 new, 0 already stored, 2 near-duplicates linked'
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..engine import Analyser
from ..ingest import read_sources
from ..model import Analysis, Document, Failure
from ..settings import DEFAULT, Settings
from .db import Store, Versions

if TYPE_CHECKING:
    from ..corpus.stories import StoryItem

OnFailure = Callable[[Failure], None]


@dataclass
class IngestReport:
    """What a run did so far; handed to the progress callback after every batch."""

    new: int = 0
    already: int = 0
    reanalysed: int = 0
    near_duplicates: int = 0
    failures: list[Failure] = field(default_factory=list)
    command: str = "ingest"          # "ingest" or "reanalyse": what the summary reports
    phase: str = "ingest"            # "ingest", then "reanalyse" while stale analyses are redone
    stale: int = 0                   # analyses found stale, to redo in the "reanalyse" phase
    started: float = field(default_factory=time.perf_counter)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    @property
    def rate(self) -> float:
        """Articles analysed per second so far."""
        return (self.new + self.reanalysed) / max(self.seconds, 1e-9)

    def summary(self) -> str:
        """``15 new, 0 already stored`` and, when any, re-analysed, near-duplicates and failures."""
        if self.command == "reanalyse":
            parts = [f"{self.reanalysed} re-analysed" + ("" if self.stale else " (none stale)")]
        else:
            parts = [f"{self.new} new", f"{self.already} already stored"]
            if self.stale:
                parts.append(f"{self.reanalysed} re-analysed")
        if self.near_duplicates:
            parts.append(f"{self.near_duplicates} near-duplicate{'s' * (self.near_duplicates != 1)} linked")
        if self.failures:
            parts.append(f"{len(self.failures)} failed")
        return ", ".join(parts)

    def progress_line(self) -> str:
        if self.phase == "reanalyse":
            return f"reanalyse: {self.reanalysed}/{self.stale} articles, {self.rate:.0f}/s"
        return f"ingest: {self.new} new, {self.already} already stored, {len(self.failures)} failed, {self.rate:.0f}/s"


@dataclass
class _Run:
    """One run's shared state: where to store, with what versions, whom to tell."""

    store: Store
    report: IngestReport
    on_failure: OnFailure | None
    on_progress: Callable[[IngestReport], None] | None
    versions: Versions
    #: with an encoder, each new article's story item (its vector) is made and stored with it
    encoder: Any = None
    settings: Settings = DEFAULT

    def fail(self, failure: Failure) -> None:
        self.report.failures.append(failure)
        if self.on_failure:
            self.on_failure(failure)

    def progress(self) -> None:
        if self.on_progress:
            self.on_progress(self.report)

    def store_batch(self, analysed: Iterable[Analysis], on_stored: Callable[[Document, int], None] | None = None,
                    items: dict[str, StoryItem] | None = None) -> None:
        """Store a batch of new articles with their analyses in one transaction (each once: by content hash)."""
        fresh: list[tuple[int, Analysis]] = []
        with self.store.transaction() as conn:
            for analysis in analysed:
                article = self.store.add(analysis, self.versions)
                if article is None:  # stored meanwhile by another process (or an earlier try)
                    self.report.already += 1
                else:
                    self.report.new += 1
                    self.report.near_duplicates += article.duplicate_of is not None
                    fresh.append((article.row, analysis))
                if on_stored:
                    row = article.row if article else self.store.row_of(analysis.document.content_hash)
                    if row is not None:
                        on_stored(analysis.document, row)
            self._story_items(conn, fresh, items)
        self.progress()

    def _story_items(self, conn: Any, fresh: list[tuple[int, Analysis]], made: dict[str, StoryItem] | None) -> None:
        """Store the new articles' story items: made by the workers (``made``, by content hash), the others here."""
        from ..corpus.stories import items_from_records
        from .story_items import save_items

        made = made or {}
        save_items(conn, [(row, made[a.document.content_hash]) for row, a in fresh if a.document.content_hash in made])
        todo = [(row, a) for row, a in fresh if a.document.content_hash not in made]
        if self.encoder is not None and todo:
            records = [(a.to_dict(), a.document.text) for _, a in todo]
            save_items(conn, zip([row for row, _ in todo], items_from_records(records, self.encoder, self.settings),
                                 strict=True))

    def save_batch(self, analysed: Iterable[Analysis], row_of: dict[str, int]) -> None:
        """Replace stored articles' analyses in one transaction (``row_of``: content hash -> row)."""
        count = 0
        with self.store.transaction():
            for analysis in analysed:
                self.store.save_analysis(row_of[analysis.document.content_hash], analysis, self.versions)
                count += 1
        self.report.reanalysed += count
        self.progress()


def _start(store: Store, analyser: Analyser, report: IngestReport, on_failure: OnFailure | None,
           on_progress: Callable[[IngestReport], None] | None) -> _Run:
    store.remember_catalogue(analyser.catalogue)  # commands given no --catalogue then use it
    # hashes the catalogue: once per run
    return _Run(store, report, on_failure, on_progress, Versions.current(analyser.catalogue), analyser.encoder,
                analyser.settings)


def ingest(store: Store, analyser: Analyser, inputs: Iterable[str | os.PathLike[str]], *,
           reanalyse_stale: bool = True, on_failure: OnFailure | None = None,
           on_progress: Callable[[IngestReport], None] | None = None, workers: int = 1) -> IngestReport:
    """Store every new article of ``inputs`` with its analysis; then, unless told not to, redo stale analyses.
    ``workers`` > 1: analysed by that many forked processes (:mod:`narrascope.scale.local`), stored here."""
    return ingest_documents(store, analyser, read_sources(inputs, analyser.settings), reanalyse_stale=reanalyse_stale,
                            on_failure=on_failure, on_progress=on_progress, workers=workers)


def ingest_documents(store: Store, analyser: Analyser, items: Iterable[Document | Failure], *,
                     reanalyse_stale: bool = False, on_failure: OnFailure | None = None,
                     on_progress: Callable[[IngestReport], None] | None = None,
                     on_stored: Callable[[Document, int], None] | None = None, workers: int = 1) -> IngestReport:
    """Store every new document of ``items`` (already read: an API batch, a feed) with its analysis.

    ``on_stored(document, row)`` is called for each document analysed here, inside its batch's
    transaction, with the row it now has: a caller's own rows (a feed item) commit with it. A
    document whose content was stored before the run is counted as ``already`` and not passed.
    """
    run = _start(store, analyser, IngestReport(), on_failure, on_progress)
    size = analyser.settings.ingest_batch_size
    fresh = (doc for batch in _new_documents(run, items, size) for doc in batch)
    for analyses, made in _analysed(run, analyser, fresh, workers):
        run.store_batch(analyses, on_stored, made)
    if reanalyse_stale:
        _reanalyse(run, analyser, everything=False, workers=workers)
    return run.report


def reanalyse(store: Store, analyser: Analyser, *, everything: bool = False, on_failure: OnFailure | None = None,
              on_progress: Callable[[IngestReport], None] | None = None, workers: int = 1) -> IngestReport:
    """Analyse again the stored articles whose analysis is stale (or all of them), replacing their rows."""
    run = _start(store, analyser, IngestReport(command="reanalyse", phase="reanalyse"), on_failure, on_progress)
    _reanalyse(run, analyser, everything, workers)
    return run.report


def _new_documents(run: _Run, items: Iterable[Document | Failure], size: int) -> Iterator[list[Document]]:
    """Batches of documents whose content is not stored yet (nor repeated earlier in the batch)."""
    pending: dict[str, Document] = {}
    for item in items:
        if isinstance(item, Failure):
            run.fail(item)
            continue
        if item.content_hash in pending:
            run.report.already += 1
            continue
        pending[item.content_hash] = item
        if len(pending) >= size:
            yield from _unstored(run, pending)
            pending = {}
    if pending:
        yield from _unstored(run, pending)


def _unstored(run: _Run, pending: dict[str, Document]) -> Iterator[list[Document]]:
    known = run.store.stored_hashes(pending)
    run.report.already += len(known)
    fresh = [doc for h, doc in pending.items() if h not in known]
    if fresh:
        yield fresh
    elif known:
        run.progress()  # a rerun over stored articles still shows it is moving


def _analysed(run: _Run, analyser: Analyser, docs: Iterable[Document], workers: int
              ) -> Iterator[tuple[list[Analysis], dict[str, StoryItem]]]:
    """The documents' analyses, ``ingest_batch_size`` at a time in input order, with the story items
    the workers made (by content hash); failures go to the report."""
    from ..scale.local import analyse_in_workers

    made: dict[str, StoryItem] = {}
    batch: list[Analysis] = []
    size = analyser.settings.ingest_batch_size
    for item in analyse_in_workers(analyser, docs, workers, made):
        if isinstance(item, Failure):
            run.fail(item)
            continue
        batch.append(Analysis(item))
        if len(batch) >= size:
            yield batch, {a.document.content_hash: made.pop(a.document.content_hash)
                          for a in batch if a.document.content_hash in made}
            batch = []
    if batch:
        yield batch, made


def _reanalyse(run: _Run, analyser: Analyser, everything: bool, workers: int = 1) -> None:
    size = analyser.settings.ingest_batch_size
    row_of: dict[str, int] = {}

    def documents() -> Iterator[Document]:
        for docs in stale_documents(run, everything, size):
            row_of.update((doc.content_hash, row) for row, doc in docs.items())
            yield from docs.values()

    for analyses, _made in _analysed(run, analyser, documents(), workers):
        run.save_batch(analyses, row_of)


def stale_documents(run: _Run, everything: bool, size: int) -> Iterator[dict[int, Document]]:
    """The stored articles to analyse again, ``size`` at a time (by row); sets the report's phase."""
    rows = run.store.stale(run.versions, everything=everything)
    if not rows:
        return
    run.report.phase, run.report.stale = "reanalyse", len(rows)
    for i in range(0, len(rows), size):
        yield run.store.documents(rows[i:i + size])
