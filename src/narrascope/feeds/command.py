"""``narrascope watch FEEDS --db monitor.db``: poll feeds and pages into a store, once or on a schedule.

One line per source on stderr after each poll (``feed URL: 3 new, 2 already seen``, or the source's
coded error), and the poll's summary on stdout. Exit 0 when the polls ran, even if some sources
failed; 2 on a usage error (an unreadable feeds file, no source in it, a store that cannot be opened);
130 when interrupted (coded errors and Ctrl-C are reported by ``narrascope.cli.main``, as for every
command).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..options import analyser_of
from ..store import Store
from ..terminal import counted, say
from .fetch import Fetcher
from .sources import read_sources_file
from .watch import PollReport, SourceResult, watch


def run_watch(args: argparse.Namespace) -> int:
    """Run ``watch`` as the command line parsed it; returns the exit code (coded errors propagate)."""
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
        from ..options import remember_options

        remember_options(store, args)
        fetcher = Fetcher(analyser.settings, allow_hosts=args.allow_host)

        def after_poll(report: PollReport) -> None:
            _print_poll(args.db, report)
            if args.stories and any(r.new for r in report.results):
                from ..corpus.build import stories_of_store

                stories = stories_of_store(store, analyser.encoder, analyser.catalogue, analyser.settings)
                say(f"{args.db}: {counted(len(stories), 'story', 'stories')} grouped", sys.stdout)
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


