"""``narrascope watch FEEDS --db monitor.db``: poll feeds and pages into a store, once or on a schedule.

One line per source on stderr after each poll (``feed URL: 3 new, 2 already seen``, or the source's
coded error), and the poll's summary on stdout. Exit 0 when the polls ran, even if some sources
failed; 2 on a usage error (an unreadable feeds file, no source in it, a store that cannot be opened);
130 when interrupted (coded errors and Ctrl-C are reported by ``narrascope.cli.main``, as for every
command).
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import Any

from ..options import add_catalogue_options, analyser_of
from ..settings import DEFAULT
from ..store import Store
from ..terminal import say
from .fetch import Fetcher
from .sources import read_sources_file
from .watch import PollReport, SourceResult, watch


def add_watch_command(sub: Any) -> argparse.ArgumentParser:
    """Add the ``watch`` subcommand to ``sub`` (what ``ArgumentParser.add_subparsers`` returned)."""
    w = sub.add_parser("watch", help="poll RSS/Atom feeds and pages into a corpus store, on a schedule")
    w.add_argument("feeds", type=Path, help="feeds file: one URL per line, optionally 'feed URL' or 'page URL'")
    w.add_argument("--db", type=Path, required=True, help="the store file (created if missing)")
    w.add_argument("--interval", type=_seconds, metavar="SECONDS",
                   help="seconds from the start of one poll to the next (default: the watch_interval_seconds "
                        f"setting, {DEFAULT.watch_interval_seconds})")
    w.add_argument("--once", action="store_true", help="poll once and exit")
    w.add_argument("--allow-host", action="append", default=[], metavar="HOST",
                   help="fetch from this host even if it is not a public address (repeatable; exactly as written "
                        "in the URL, e.g. --allow-host 127.0.0.1)")
    w.add_argument("--quiet", action="store_true", help="no per-source lines on stderr, only each poll's summary")
    w.add_argument("--stories", action="store_true",
                   help="group the store's stories again after each poll that stored new articles (as "
                        "`narrascope stories --db` does; costs a pass over the store)")
    w.add_argument("--alerts", type=Path, metavar="RULES",
                   help="evaluate these alert rules after each poll that stored new articles (see docs/alerts.md); "
                        "webhooks follow --allow-host too")
    add_catalogue_options(w)
    return w


def run_watch(args: argparse.Namespace) -> int:
    """Run ``watch`` as parsed by :func:`add_watch_command`; returns the exit code (coded errors propagate)."""
    sources, problems = read_sources_file(args.feeds)
    for problem in problems:
        say(f"narrascope: {problem}")
    if not sources:
        say(f"narrascope: {args.feeds}: no feed or page to watch")
        return 2
    rules = None
    if args.alerts is not None:
        from ..alerts import load_rules

        rules = load_rules(args.alerts)  # before any poll: an invalid file is a usage error (E70x)
    analyser = analyser_of(args)
    with Store(args.db, settings=analyser.settings) as store:
        fetcher = Fetcher(analyser.settings, allow_hosts=args.allow_host)

        def after_poll(report: PollReport) -> None:
            _print_poll(args.db, report)
            if args.stories and any(r.new for r in report.results):
                from ..corpus.build import stories_of_store

                stories = stories_of_store(store, analyser.encoder, analyser.catalogue, analyser.settings)
                say(f"{args.db}: {len(stories)} stories grouped", sys.stdout)
            if rules is not None and any(r.new for r in report.results):
                from ..alerts.command import report_run
                from ..alerts.run import run_alerts

                titles = {n.id: n.title for n in analyser.catalogue.narratives}
                report_run(run_alerts(store, rules, analyser.settings, titles=titles, allow_hosts=args.allow_host),
                           args.db)

        watch(store, analyser, sources, fetcher, interval=args.interval, once=args.once,
              on_result=None if args.quiet else _print_result, on_poll=after_poll)
    return 0


def _print_result(result: SourceResult) -> None:
    """A source's line and its failed items; feed titles and server messages are data: made terminal-safe."""
    say(result.line())
    for failure in result.item_errors:
        say(f"  [{failure.code}] {failure.source}: {failure.message}")


def _print_poll(db: Path, report: PollReport) -> None:
    say(f"{db}: poll at {report.started}: {report.summary()}", sys.stdout)


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not (seconds > 0 and math.isfinite(seconds)):
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0, got {value!r}")
    return seconds
