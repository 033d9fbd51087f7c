"""Progress of a long ingest on stderr: one line updated in place on a terminal, a line every
``settings.progress_seconds`` otherwise (so that logs of a night's run stay readable)."""

from __future__ import annotations

import time
from typing import TextIO

from .ingest import IngestReport

_TTY_REFRESH = 0.2  # seconds between redraws on a terminal: smooth, and cheap


class ProgressLine:
    """A progress callback for :func:`~narrascope.store.ingest`; call :meth:`done` at the end."""

    def __init__(self, stream: TextIO, every_seconds: float) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.every = _TTY_REFRESH if self.tty else every_seconds
        self._last = time.monotonic()
        self._drawn = False

    def __call__(self, report: IngestReport) -> None:
        now = time.monotonic()
        if now - self._last < self.every:
            return
        self._last = now
        if self.tty:
            self.stream.write(f"\r{report.progress_line()}\x1b[K")  # \x1b[K: clear what a longer line left
            self._drawn = True
        else:
            self.stream.write(report.progress_line() + "\n")
        self.stream.flush()

    def done(self) -> None:
        """End the updated line so that what follows starts on a line of its own."""
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
