"""What the commands write to a terminal: names and article text made safe to show, and a progress line.

Anything read from an input (a file name, a title, a feed's message) may carry characters a
terminal would obey rather than show: escape sequences, bidi overrides that reorder what follows,
and line breaks that would start a line the tool never wrote. :func:`one_line` shows them all as
``\\uXXXX`` escapes; :func:`terminal_safe` keeps the line breaks of text we laid out ourselves.
"""

from __future__ import annotations

import re
import sys
import time
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from .store.ingest import IngestReport

# C0 controls but tab and newline (ESC starts colour, cursor and title sequences; CR returns over
# what was written), DEL and C1, and the bidirectional embeddings, overrides and isolates
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# ... and in a single line, every character that ends one
_UNSAFE_IN_LINE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_TTY_REFRESH = 0.2  # seconds between redraws of a progress line on a terminal: smooth, and cheap


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every character a terminal would act on written as a ``\\uXXXX`` escape, but
    newlines and tabs. The escape is also valid inside a JSON string: JSON output stays the same JSON.

    >>> terminal_safe("Title \\x1b[31mred\\nnext")
    'Title \\\\u001b[31mred\\nnext'
    """
    return _UNSAFE.sub(_escape, text)


def one_line(text: str) -> str:
    """``text`` as exactly one line: like :func:`terminal_safe`, and line breaks escaped too.

    >>> one_line("a.txt\\n[E000] forged")
    'a.txt\\\\u000a[E000] forged'
    """
    return _UNSAFE_IN_LINE.sub(_escape, text)


def say(text: str, stream: TextIO | None = None) -> None:
    """Print one line (on stderr unless told), at once: whatever names it carries cannot break it."""
    print(one_line(text), file=stream or sys.stderr, flush=True)


class ProgressLine:
    """Progress of a long ingest on stderr: one line updated in place on a terminal, a line every
    ``every_seconds`` otherwise (so that logs of a night's run stay readable). A progress callback
    for :func:`~narrascope.store.ingest`; call :meth:`done` at the end."""

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
            self.stream.write(f"\r{one_line(report.progress_line())}\x1b[K")  # \x1b[K: clear a longer line's rest
            self._drawn = True
        else:
            self.stream.write(one_line(report.progress_line()) + "\n")
        self.stream.flush()

    def done(self) -> None:
        """End the updated line so that what follows starts on a line of its own."""
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and its noun, singular for one: "1 outlet", "3 outlets", "1 story" / "2 stories"."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"
