"""Long runs started from the API (an ingest, a re-analysis): one at a time, in a thread, with
progress that the dashboard polls. A job writes through a store connection of its own."""

from __future__ import annotations

import itertools
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from ..errors import E_BUSY, E_NOT_FOUND_API, NarrascopeError, UsageError
from ..model import Failure
from ..store import IngestReport

KEEP_FINISHED = 20  # finished jobs remembered for GET /api/jobs


@dataclass
class Job:
    id: str
    kind: str                     # "ingest" or "reanalyse"
    state: str = "running"        # running, done, failed
    detail: str = ""
    total: int | None = None      # articles to do, when known
    done: int = 0
    progress: dict[str, Any] = field(default_factory=dict)
    summary: str | None = None
    error: dict[str, str] | None = None
    failures: list[dict[str, str]] = field(default_factory=list)
    started: float = field(default_factory=time.time)  # epoch seconds; ISO 8601 in to_dict
    finished: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "state": self.state, "detail": self.detail, "total": self.total,
                "done": self.done, "progress": self.progress, "summary": self.summary, "error": self.error,
                "failures": self.failures[:50], "started": _iso(self.started),
                "finished": None if self.finished is None else _iso(self.finished)}

    def end(self, state: str) -> None:
        """Finished: ``done`` or ``failed``, which its detail says too (no longer what it was busy with)."""
        self.state = self.detail = state
        self.finished = time.time()

    def fail(self, failure: Failure) -> None:
        """Keep an article's failure for the job's answer (the first 50 are shown)."""
        self.failures.append(failure.to_dict())

    def report(self, report: IngestReport) -> None:
        """Take an ingest's progress (called after every batch)."""
        self.done = report.new + report.already + report.reanalysed + len(report.failures)
        if report.phase == "reanalyse" and report.stale:
            self.detail, self.total, self.done = "re-analysing", report.stale, report.reanalysed
        self.progress = {"new": report.new, "already": report.already, "reanalysed": report.reanalysed,
                         "stale": report.stale, "failed": len(report.failures), "rate": round(report.rate, 1)}


def _iso(seconds: float) -> str:
    """A time as every other timestamp of the API gives it: ISO 8601, UTC, to the second."""
    return datetime.fromtimestamp(seconds, timezone.utc).isoformat(timespec="seconds")


class JobRunner:
    """Runs at most one job at a time; a second start while one runs is refused (E425)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._jobs: dict[str, Job] = {}
        self._ids = itertools.count(1)
        self._running: Job | None = None

    def start(self, kind: str, work: Callable[[Job], str], *, total: int | None = None,
              detail: str = "") -> Job:
        """Start ``work(job) -> summary`` in a thread and return its job at once."""
        with self._lock:
            if self._running is not None:
                raise UsageError(f"a job is already running ({self._running.kind} {self._running.id}); "
                                 "wait for it to finish", code=E_BUSY)
            job = Job(id=f"job-{next(self._ids)}", kind=kind, total=total, detail=detail)
            self._jobs[job.id] = job
            self._running = job
            self._forget_old()
        threading.Thread(target=self._run, args=(job, work), name=job.id, daemon=True).start()
        return job

    def _run(self, job: Job, work: Callable[[Job], str]) -> None:
        state = "failed"
        try:
            job.summary = work(job)
            state = "done"
        except NarrascopeError as err:
            job.error = {"code": err.code, "message": err.message}
        except Exception as err:  # a job must never die silently: the dashboard shows what broke
            traceback.print_exc()
            job.error = {"code": "E000", "message": f"{type(err).__name__}: {err}"}
        finally:
            job.end(state)
            with self._lock:
                self._running = None

    def get(self, job_id: str) -> Job:
        job = self._jobs.get(job_id)
        if job is None:
            raise UsageError(f"no job {job_id!r}", code=E_NOT_FOUND_API)
        return job

    def all(self) -> list[Job]:
        return sorted(self._jobs.values(), key=lambda j: -j.started)

    @property
    def running(self) -> Job | None:
        return self._running

    def wait(self, timeout: float = 60.0) -> None:
        """Block until no job runs (tests, and a clean shutdown)."""
        deadline = time.monotonic() + timeout
        while self._running is not None and time.monotonic() < deadline:
            time.sleep(0.05)

    def _forget_old(self) -> None:
        finished = sorted((j for j in self._jobs.values() if j.state != "running"), key=lambda j: j.started)
        for job in finished[:max(0, len(finished) - KEEP_FINISHED)]:
            del self._jobs[job.id]
