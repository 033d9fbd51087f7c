"""Live feeds (``narrascope watch``): poll RSS/Atom feeds and web pages into the corpus store.

:func:`read_sources_file` reads the feeds file; :func:`poll` fetches every source once (conditional
requests, public addresses only unless a host is allowed, bounded in time and size) and stores the
new articles with their analyses; :func:`watch` polls on a schedule. What is fetched, checked and
stored is described in ``docs/watch.md``.

>>> from narrascope import Analyser, store                                        # doctest: +SKIP
>>> sources, problems = read_sources_file("feeds.txt")                           # doctest: +SKIP
>>> with store.Store("monitor.db") as db:                                         # doctest: +SKIP
...     report = poll(db, Analyser(), sources, Fetcher(allow_hosts=["127.0.0.1"]))
...     print(report.summary())
2 sources: 14 new, 0 already seen, 0 not modified, 0 failed
"""

from .address import AddressPolicy, refusal
from .command import run_watch
from .entries import FeedEntry, ParsedFeed, classify, read_feed
from .fetch import USER_AGENT, Fetched, Fetcher, HTTPStatusError, Validators
from .sources import Source, parse_sources, read_sources_file
from .watch import ITEM_ATTEMPTS, MIN_OWN_TEXT_CHARS, PollReport, SourceResult, poll, watch

__all__ = ["ITEM_ATTEMPTS", "MIN_OWN_TEXT_CHARS", "USER_AGENT", "AddressPolicy", "FeedEntry", "Fetched", "Fetcher",
           "HTTPStatusError", "ParsedFeed", "PollReport", "Source", "SourceResult", "Validators",
           "classify", "parse_sources", "poll", "read_feed", "read_sources_file", "refusal", "run_watch", "watch"]
