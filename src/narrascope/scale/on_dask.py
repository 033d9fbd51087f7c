"""The Dask engine: the same pipeline mapped over partitions of the inputs, on one machine or many.

Each worker builds the analyser once (models, the compiled catalogue) from an
:class:`AnalyserSpec` and keeps it for every partition it is given. The client plans the
partitions (:mod:`.partitions`), keeps a bounded number of them in flight, and takes their results
back in input order: ``analyse`` writes them out (JSON Lines or Parquet); ``ingest`` stores each
partition's analyses in one transaction of the store, on the client, with the same content-hash
keys as the local engine, so an article is stored once however often a partition is computed (a
killed worker's partitions are computed again by Dask on another worker).

A partition whose task fails (a worker killed by a document, every time it was tried) is split in
two and each half tried again, down to the one document at fault, which comes back as a failure
(E304): a bad document costs only itself.

Without a scheduler address a :class:`distributed.LocalCluster` is started on this machine.
Needs ``pip install 'narrascope[dask]'`` (and narrascope installed on every worker).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import E_BACKEND, E_CLUSTER, E_WORKER, BackendError, NarrascopeError
from ..model import Analysis, Document, Failure
from ..settings import DEFAULT, Settings
from .partitions import Partition, read, split


@dataclass(frozen=True)
class AnalyserSpec:
    """What a worker needs to build the client's analyser: sent with every task, built once per worker."""

    catalogue_text: str | None = None          # None: the bundled catalogue
    catalogue_source: str = "<memory>"
    settings: Settings = DEFAULT
    encoder: str = "use"
    weights_text: str | None = None            # None: the bundled matcher weights
    disabled: tuple[str, ...] = ()
    keep_features: bool = False

    @classmethod
    def from_files(cls, catalogue: str | Path | None = None, weights: str | Path | None = None,
                   **options: Any) -> AnalyserSpec:
        from ..catalogue import catalogue_text

        return cls(None if catalogue is None else catalogue_text(catalogue),
                   "<bundled>" if catalogue is None else str(catalogue),
                   weights_text=None if weights is None else Path(weights).read_text(encoding="utf-8"), **options)

    def build(self) -> Any:
        """The analyser (``narrascope.engine.Analyser``) this spec describes."""
        from ..catalogue import load_catalogue, parse_catalogue
        from ..encoders import get_encoder
        from ..engine import Analyser
        from ..stages.narratives import MatcherWeights

        catalogue = load_catalogue(None, self.settings) if self.catalogue_text is None else parse_catalogue(
            self.catalogue_text, self.catalogue_source, self.settings)
        weights = None  # the encoder's own
        if self.weights_text is not None:
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "weights.json"
                path.write_text(self.weights_text, encoding="utf-8")
                weights = MatcherWeights.load(path)
        return Analyser(catalogue, self.settings, get_encoder(self.encoder), weights,
                        keep_features=self.keep_features, disabled=self.disabled)


# --- on the worker ---------------------------------------------------------------------------
_ANALYSERS: dict[AnalyserSpec, Any] = {}


def worker_analyser(spec: AnalyserSpec) -> Any:
    """The analyser of this worker process for ``spec``, built on first use and kept."""
    if spec not in _ANALYSERS:
        _ANALYSERS.clear()  # one spec at a time: a new run's spec replaces the last
        _ANALYSERS[spec] = spec.build()
    return _ANALYSERS[spec]


@dataclass
class PartitionResult:
    """What a worker sends back for one partition, in the partition's order."""

    index: int
    items: list[Analysis | Failure] = field(default_factory=list)
    skipped: int = 0                # documents whose content the store already held (``known``)
    story_items: dict[str, Any] = field(default_factory=dict)   # content hash -> StoryItem (ingest)


def analyse_partition(spec: AnalyserSpec, part: Partition, known: frozenset[str] = frozenset(),
                      story_items: bool = False) -> PartitionResult:
    """Read a partition and analyse its documents, leaving out those whose content hash is ``known``;
    with ``story_items``, also make each analysed article's story item (for a store)."""
    analyser = worker_analyser(spec)
    result = PartitionResult(part.index)
    docs: list[Document | Failure] = []
    for item in read(part, spec.settings):
        if isinstance(item, Document) and item.content_hash in known:
            result.skipped += 1
        else:
            docs.append(item)
    for item in analyser.pipeline.pipe(docs, spec.settings.batch_documents):
        result.items.append(item if isinstance(item, Failure) else Analysis(item))
    if story_items:
        from ..corpus.stories import items_from_records

        done = [a for a in result.items if isinstance(a, Analysis)]
        made = items_from_records([(a.to_dict(), a.document.text) for a in done], analyser.encoder, spec.settings)
        result.story_items = {a.document.content_hash: it for a, it in zip(done, made, strict=True)}
    return result


def partition_hashes(settings: Settings, part: Partition) -> list[str]:
    """The content hashes of a partition's documents (to leave out those a store already holds)."""
    return [item.content_hash for item in read(part, settings) if isinstance(item, Document)]


# --- on the client ---------------------------------------------------------------------------
def _distributed() -> Any:
    try:
        import distributed
    except ImportError as err:
        raise BackendError("the Dask engine needs the optional extra: pip install 'narrascope[dask]'",
                           code=E_BACKEND) from err
    return distributed


@contextmanager
def dask_client(scheduler: str | None = None, workers: int | None = None,
                settings: Settings = DEFAULT) -> Iterator[Any]:
    """A client of the scheduler at ``scheduler`` (waiting ``settings.dask_connect_seconds`` for it), or of a
    LocalCluster of ``workers`` processes started here. An address Dask cannot read (no port: ``myhost``)
    or a scheduler that does not answer in time is E305."""
    distributed = _distributed()
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout=settings.dask_connect_seconds)
        except ValueError as err:  # "missing port number in address 'myhost'", an unknown protocol
            raise NarrascopeError(f"not a Dask scheduler address ({err}); expected tcp://HOST:PORT, e.g. "
                                  "tcp://10.0.0.5:8786", where=scheduler, code=E_CLUSTER) from None
        except (OSError, TimeoutError) as err:
            raise NarrascopeError(f"cannot reach the Dask scheduler ({err})", where=scheduler, code=E_CLUSTER) from err
        with client:
            yield client
        return
    import logging

    from ..encoders.registry import usable_cores

    n = workers or max(1, min(usable_cores(), 4))
    # one task thread a worker, and its share of the cores for the encoder's BLAS threads: more threads
    # than cores spin when starved and slow every worker
    share = {"NARRASCOPE_ENCODER_THREADS": str(max(1, usable_cores() // n))}
    with distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=logging.ERROR, env=share) as cluster, \
            distributed.Client(cluster) as client:
        yield client


Submit = Callable[[Partition], Any]


def ordered_results(parts: Iterable[Partition], submit: Submit, in_flight: int,
                    wait_seconds: float = DEFAULT.dask_connect_seconds) -> Iterator[PartitionResult]:
    """Each partition's result in input order, with at most ``in_flight`` tasks submitted and not yet read.

    A partition whose task fails (its worker died, or it raised) is split and its halves tried
    again; a single document that still fails comes back as a failure of its own (E304). A coded
    error (the analyser cannot be built on the worker) stops the run: every partition would fail.
    """
    distributed = _distributed()
    todo = iter(parts)
    waiting = distributed.as_completed()
    pending: dict[Any, tuple[tuple[int, ...], Partition]] = {}
    pieces: dict[int, list[tuple[tuple[int, ...], PartitionResult]]] = {}
    out: dict[int, int] = {}                        # partition index -> pieces submitted and not back
    next_index = 0

    def launch(part: Partition, key: tuple[int, ...]) -> None:
        future = submit(part)
        pending[future] = (key, part)
        out[part.index] = out.get(part.index, 0) + 1
        waiting.add(future)

    def fill() -> None:
        while len(pending) < in_flight:
            part = next(todo, None)
            if part is None:
                return
            launch(part, (0,))

    fill()
    for future in waiting:
        key, part = pending.pop(future)
        out[part.index] -= 1
        if future.status == "finished":
            pieces.setdefault(part.index, []).append((key, future.result()))
        else:
            _raise_coded(future, wait_seconds)
            halves = split(part)
            if len(halves) > 1:
                for i, half in enumerate(halves):
                    launch(half, (*key, i))
            else:
                pieces.setdefault(part.index, []).append((key, _failed(part, future, wait_seconds)))
        future.release()
        while out.get(next_index) == 0:
            del out[next_index]
            yield _merge(next_index, pieces.pop(next_index, []))
            next_index += 1
        fill()


def _merge(index: int, results: list[tuple[tuple[int, ...], PartitionResult]]) -> PartitionResult:
    merged = PartitionResult(index)
    for _, r in sorted(results, key=lambda kr: kr[0]):
        merged.items.extend(r.items)
        merged.skipped += r.skipped
        merged.story_items.update(r.story_items)
    return merged


def _exception(future: Any, wait_seconds: float) -> BaseException | None:
    try:
        return future.exception(timeout=wait_seconds)
    except Exception as err:  # the exception itself may not come back from a dead worker
        return err


def _raise_coded(future: Any, wait_seconds: float) -> None:
    err = _exception(future, wait_seconds)
    if isinstance(err, NarrascopeError):
        raise err


def _failed(part: Partition, future: Any, wait_seconds: float) -> PartitionResult:
    reason = repr(_exception(future, wait_seconds))[:300]
    return PartitionResult(part.index, [Failure(part.describe(), E_WORKER,
                                                f"the worker failed on it every time it was tried ({reason})")])


def analyse_on_dask(client: Any, spec: AnalyserSpec, inputs: Iterable[str]) -> Iterator[Analysis | Failure]:
    """Every article of ``inputs`` analysed on the cluster, in input order (as ``Analyser.analyse_paths``)."""
    from .partitions import plan

    settings = spec.settings
    parts = plan(inputs, settings.dask_partition_articles)
    submit: Submit = lambda part: client.submit(analyse_partition, spec, part, pure=False)  # noqa: E731
    for result in ordered_results(parts, submit, settings.dask_partitions_in_flight, settings.dask_connect_seconds):
        yield from result.items
