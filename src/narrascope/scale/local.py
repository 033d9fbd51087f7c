"""The local engine on several cores: batches of documents analysed by forked worker processes.

The encoder's forward pass is numpy on one or two threads, and the rest of the pipeline is Python
holding one core; on a machine of N cores, N processes of one encoder thread each keep every core
busy. The workers are forked from the process that built the analyser, so they share its loaded
models and compiled catalogue (nothing is loaded again) and start in milliseconds.

Results come back in input order, with at most two batches per worker in flight, so memory stays
bounded whatever the input's size. A document that fails a stage is a :class:`Failure` as in one
process; a worker that dies (killed, out of memory) loses nothing: the batches it held, and every
batch after them, are analysed in this process instead.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any

from ..encoders.registry import limit_threads, usable_cores
from ..encoders.shared import SharedVectors
from ..model import Analysis, Document, Failure

if TYPE_CHECKING:
    from ..corpus.stories import StoryItem
    from ..engine import Analyser

Item = Document | Failure
Pending = deque[tuple[list[Item], "Future[_BatchDone] | None"]]

_WORKER: Analyser | None = None  # the analyser a forked worker inherits from its parent


def default_workers() -> int:
    """Worker processes ``analyse`` uses when not told: one per core, at most 8; one where fork is missing."""
    if sys.platform != "linux" or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return min(8, usable_cores())


def forks_safely(analyser: Analyser) -> bool:
    """Whether forked workers can run this analyser: not when its encoder drives a GPU (CUDA refuses a
    forked child the context its parent opened, so every document would fail); one process then keeps
    the device busy by itself."""
    return analyser.encoder.device == "cpu"


def analyse_in_workers(analyser: Analyser, items: Iterable[Item], workers: int,
                       story_items: dict[str, StoryItem] | None = None,
                       render: Callable[[Document], Any] | None = None) -> Iterator[Any]:
    """``analyser.pipeline.pipe(items)`` spread over ``workers`` forked processes, in input order.

    Input that fits in one batch per worker is analysed here: forking would cost more than it saves; so
    is everything when the encoder runs on a GPU (:func:`forks_safely`).
    With ``story_items``, the workers also make each analysed document's story item (its vector:
    their encoder caches hold its sentences) and put it there, by content hash, before the document
    is yielded; documents analysed here get none.
    With ``render`` (a module-level function, or a partial of one: it is pickled with each batch), each analysed
    document comes as what ``render`` makes of it (failures as they are), made in the worker that analysed it:
    a worker then sends back that (a JSON line, say) rather than the whole document, which it pickled and this
    process unpickled only to turn it into that.
    """
    batch = analyser.settings.batch_documents
    if workers <= 1 or not forks_safely(analyser):
        yield from _rendered(analyser.pipeline.pipe(items, batch), render)
        return
    stream = iter(items)
    head = list(islice(stream, batch * workers + 1))
    if len(head) <= batch * workers:
        yield from _rendered(analyser.pipeline.pipe(head, batch), render)
        return
    # the encoder's tokenizer and the gazetteer read before the fork, so that the workers inherit them rather than
    # each read them again
    analyser.encoder.ready()
    _gazetteer_ready(analyser)
    batches = _batches(_chain(head, stream), batch)
    global _WORKER
    _WORKER = analyser
    # made before the fork, so every worker maps it; the parent's own encoder never uses it
    shared = SharedVectors(analyser.settings.encoder_cache_sentences, analyser.encoder.dimension)
    pending: Pending = deque()
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_start_worker,
                               initargs=(max(1, usable_cores() // workers), shared))
    finished = False
    try:
        for chunk in batches:
            pending.append((chunk, None))  # held before it is submitted: a broken pool refuses it
            pending[-1] = (chunk, pool.submit(_analyse_batch, chunk, story_items is not None, render))
            while len(pending) >= 2 * workers:
                yield from _first_done(analyser, pending, story_items)
        while pending:
            yield from _first_done(analyser, pending, story_items)
        finished = True
    except BrokenProcessPool:
        # a worker died: what the pool held, and everything after, is analysed here
        for chunk, _future in pending:
            yield from _rendered(analyser.pipeline.pipe(chunk, batch), render)
        for chunk in batches:
            yield from _rendered(analyser.pipeline.pipe(chunk, batch), render)
        finished = True
    finally:
        if not finished:  # Ctrl-C, an error, or the reader stopped early: the workers' batches are not wanted
            _stop(pool)
        # waits for the executor's own thread to reap the workers too (quick once they are ended): without
        # it a terminated worker could still be listed as running when this returns
        pool.shutdown(wait=True, cancel_futures=True)
        shared.close()
        _WORKER = None


def _rendered(items: Iterable[Item], render: Callable[[Document], Any] | None) -> Iterator[Any]:
    """``items`` with each document as ``render`` makes it (all of them as they are without one)."""
    if render is None:
        yield from items
        return
    for item in items:
        yield item if isinstance(item, Failure) else render(item)


def _gazetteer_ready(analyser: Analyser) -> None:
    """Reads the gazetteer's index (0.3 s, a pickle of 10 MB) where the stages that look places up will run."""
    if not {"claims", "sources"} <= set(analyser.disabled):
        from ..lexicon.gazetteer import index

        index()


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the pool's workers now rather than after the batches they hold (the executor has no public way)."""
    processes = list(getattr(pool, "_processes", {}).values())
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)


def _first_done(analyser: Analyser, pending: Pending, story_items: dict[str, StoryItem] | None) -> list[Any]:
    """The oldest batch's results, once they are in; it leaves ``pending`` only then."""
    future = pending[0][1]
    if future is None:
        raise BrokenProcessPool("the pool refused a batch")
    done = future.result()
    pending.popleft()
    analyser.encoder.hits += done.hits
    analyser.encoder.misses += done.misses
    for name, spent in done.seconds.items():
        analyser.pipeline.seconds[name] += spent
    if story_items is not None:
        story_items.update(done.story_items)
    return done.items


def _start_worker(encoder_threads: int, shared: SharedVectors) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # what it inherited (models, lexicons, caches) lives as long as it does: its collector need not walk it
    gc.freeze()
    assert _WORKER is not None, "workers are forked from the process that set the analyser"
    limit_threads(_WORKER.encoder, encoder_threads)
    _WORKER.encoder.shared = shared  # what the other workers encode, this one reads rather than encodes


@dataclass
class _BatchDone:
    items: list[Any]              # documents and failures, or what the caller's ``render`` made of the documents
    seconds: dict[str, float]     # per stage, for --profile
    hits: int                     # the worker's encoder cache, during this batch
    misses: int
    story_items: dict[str, StoryItem] = field(default_factory=dict)


def _analyse_batch(chunk: list[Item], make_story_items: bool, render: Callable[[Document], Any] | None = None
                   ) -> _BatchDone:
    assert _WORKER is not None
    pipeline, encoder = _WORKER.pipeline, _WORKER.encoder
    pipeline.seconds.clear()
    hits, misses = encoder.hits, encoder.misses
    items = list(pipeline.pipe(chunk, len(chunk)))
    made: dict[str, StoryItem] = {}
    if make_story_items:
        from ..corpus.stories import items_from_records

        docs = [d for d in items if isinstance(d, Document)]
        records = [(Analysis(d).to_dict(), d.text) for d in docs]
        made = {d.content_hash: it for d, it in
                zip(docs, items_from_records(records, encoder, _WORKER.settings), strict=True)}
    if render is not None:
        items = list(_rendered(items, render))
    return _BatchDone(items, dict(pipeline.seconds), encoder.hits - hits, encoder.misses - misses, made)


def _batches(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while chunk := list(islice(items, size)):
        yield chunk


def _chain(head: list[Item], rest: Iterator[Item]) -> Iterator[Item]:
    yield from head
    yield from rest
