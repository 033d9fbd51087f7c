"""Feeds and pages into the store: :func:`poll` reads every source once, :func:`watch` on a schedule.

For each source, one conditional request (ETag / Last-Modified from the last poll); 304 ends there.
A feed's entries are taken newest first, at most ``watch_max_items_per_feed`` per poll, skipping the
ones recorded in ``feed_items``; each entry's text is its linked page (fetched the same careful way,
main text by trafilatura), else the feed's own text for it when that is long enough to analyse. A
page source is one article: a new version of the page is a new article, the same text is not
stored twice (content hash). New articles are analysed and stored with ``ingest_documents``, and
each item is recorded in the same transaction as its article.

An item that fails (page unreachable and too little text in the feed) is recorded with its error and
tried again on the next polls, :data:`ITEM_ATTEMPTS` times in all; then it is given up and counts
as seen. So is an item whose page looks caught while it was being written (:func:`_half_written`),
unless the feed's own text for it is longer; at its last attempt the page is stored as it is, with a
warning. While any item of a feed is still to be retried, or left over by the per-poll cap, the
feed's validators are not kept, so the next poll reads the feed in full instead of getting a 304.

One source's failure (E6xx) is recorded on its ``feeds`` row and reported; the others go on.

>>> with Store("monitor.db") as store:                                             # doctest: +SKIP
...     print(poll(store, Analyser(), [Source("https://example.org/rss")]).summary())
1 source: 12 new, 0 already seen, 0 not modified, 0 failed
"""

from __future__ import annotations

import datetime as dt
import html
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..engine import Analyser
from ..errors import E_FORMAT, E_NO_TEXT, E_STAGE, FetchError, InputError, NarrascopeError
from ..ingest.decode import decode_bytes
from ..ingest.html import ExtractedPage, extract_html
from ..ingest.records import make_document
from ..model import Document, Failure
from ..settings import Settings
from ..store import Store, ingest_documents
from ..store.feeds import FeedRow, feed_items, feed_row, record_item, save_feed_checked, save_feed_failed
from .entries import HTML_TYPES, FeedEntry, classify, read_feed
from .fetch import Fetched, Fetcher, HTTPStatusError, Validators
from .sources import Source

#: Polls in which a failed item is tried before it is given up (recorded with its last error).
ITEM_ATTEMPTS = 3
#: Characters of a feed's own text for an item (summary, content) needed to analyse it without its page.
MIN_OWN_TEXT_CHARS = 200

NEW, NOT_MODIFIED, FAILED = "new", "not-modified", "failed"
_ATTEMPT = re.compile(r"^attempt (\d+) of \d+: ")  # how a failed item still to be retried is recorded


@dataclass
class SourceResult:
    """What one poll did with one source."""

    url: str
    kind: str | None
    status: str = NEW                 # NEW (read), NOT_MODIFIED (304) or FAILED (see ``error``)
    new: int = 0                      # articles stored
    skipped: int = 0                  # items recorded by an earlier poll
    duplicates: int = 0               # new items whose text was already stored (another feed, a re-post)
    deferred: int = 0                 # new items left for the next poll (watch_max_items_per_feed)
    error: Failure | None = None      # why the source failed
    item_errors: list[Failure] = field(default_factory=list)
    note: str | None = None           # something odd that did not stop it (XML not well-formed)

    def line(self) -> str:
        """``feed URL: 3 new, 2 already seen``, or ``[E601] URL: refused: ...``."""
        if self.error is not None:
            return f"[{self.error.code}] {self.url}: {self.error.message}"
        label = f"{self.kind or 'source'} {self.url}"
        if self.status == NOT_MODIFIED:
            return f"{label}: not modified"
        parts = [f"{self.new} new", f"{self.skipped} already seen"]
        for count, what in ((self.duplicates, "already stored"), (len(self.item_errors), "failed"),
                            (self.deferred, "left for the next poll")):
            if count:
                parts.append(f"{count} {what}")
        return f"{label}: {', '.join(parts)}" + (f" ({self.note})" if self.note else "")


@dataclass
class PollReport:
    """One poll over every source."""

    results: list[SourceResult] = field(default_factory=list)
    started: str = field(default_factory=lambda: _now())

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.results)

    def summary(self) -> str:
        """``3 sources: 5 new, 2 already seen, 1 not modified, 1 failed``."""
        n = len(self.results)
        new = sum(r.new for r in self.results)
        seen = sum(r.skipped for r in self.results)
        line = (f"{n} source{'s' * (n != 1)}: {new} new, {seen} already seen, {self.count(NOT_MODIFIED)} not modified,"
                f" {self.count(FAILED)} failed")
        item_errors = sum(len(r.item_errors) for r in self.results)
        return line + (f"; {item_errors} item{'s' * (item_errors != 1)} failed" if item_errors else "")


def poll(store: Store, analyser: Analyser, sources: Sequence[Source], fetcher: Fetcher | None = None, *,
         on_result: Callable[[SourceResult], None] | None = None) -> PollReport:
    """Read every source once, storing what is new; ``on_result`` hears about each source as it is done.

    The ``watch_*`` limits are the fetcher's settings; the analyser's settings govern the articles.
    """
    run = _Run(store, analyser, fetcher or Fetcher(analyser.settings))
    report = PollReport()
    for source in sources:
        result = run.poll_source(source)
        report.results.append(result)
        if on_result:
            on_result(result)
    return report


def watch(store: Store, analyser: Analyser, sources: Sequence[Source], fetcher: Fetcher | None = None, *,
          interval: float | None = None, once: bool = False,
          on_result: Callable[[SourceResult], None] | None = None,
          on_poll: Callable[[PollReport], None] | None = None,
          clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep) -> PollReport:
    """Poll every ``interval`` seconds (from one poll's start to the next) until interrupted, or once.

    Returns the last poll's report (the only one with ``once``).
    """
    fetcher = fetcher or Fetcher(analyser.settings)
    seconds = fetcher.settings.watch_interval_seconds if interval is None else interval
    while True:
        started = clock()
        report = poll(store, analyser, sources, fetcher, on_result=on_result)
        if on_poll:
            on_poll(report)
        if once:
            return report
        sleep(max(0.0, seconds - (clock() - started)))  # a poll longer than the interval: the next starts now


# --- one source ---------------------------------------------------------------------------------

@dataclass
class _Item:
    """An entry (or a page) on its way to the store."""

    key: str
    url: str | None
    attempts: int                       # failed polls so far
    document: Document | None = None
    error: Failure | None = None


@dataclass
class _Run:
    store: Store
    analyser: Analyser
    fetcher: Fetcher

    @property
    def settings(self) -> Settings:
        return self.analyser.settings

    def poll_source(self, source: Source) -> SourceResult:
        stored_kind, validators = _feed_state(self.store, source.url)
        kind = source.kind or stored_kind
        result = SourceResult(source.url, kind)
        try:
            # The kept validators belong to what was read as this kind; a kind changed in the file reads afresh.
            fetched = self.fetcher.fetch(source.url, validators if kind == stored_kind else Validators())
            if fetched.not_modified:
                result.status = NOT_MODIFIED
                _save_state(self.store, source.url, kind, None, validators, 304)
                return result
            result.kind = kind = kind or classify(fetched)
            read = self._read_feed if kind == "feed" else self._read_page
            title, settled = read(source, fetched, result)
            _save_state(self.store, source.url, kind, title, fetched.validators if settled else Validators(),
                        fetched.status)
        except (FetchError, InputError) as err:
            self._fail(result, err.code, err.message, err)
        except NarrascopeError:
            raise  # the store failed (E5xx): no point going on with the other sources
        except Exception as err:  # a body that trips up a parser must not stop the other sources
            self._fail(result, FetchError.code, f"unexpected {type(err).__name__}: {err}", err)
        return result

    def _fail(self, result: SourceResult, code: str, message: str, err: Exception) -> None:
        result.status, result.error = FAILED, Failure(result.url, code, message)
        status = err.status if isinstance(err, HTTPStatusError) else None
        save_feed_failed(self.store, result.url, result.kind, status, f"[{code}] {message}")

    def _read_feed(self, source: Source, fetched: Fetched, result: SourceResult) -> tuple[str | None, bool]:
        """Store the feed's new entries; returns its title and whether every entry is settled."""
        feed = read_feed(fetched)
        result.note = feed.note
        known = _known_items(self.store, source.url)
        fresh = [e for e in feed.entries if e.key not in known.settled]
        result.skipped = len(feed.entries) - len(fresh)
        cap = self.fetcher.settings.watch_max_items_per_feed
        result.deferred = max(0, len(fresh) - cap)
        outlet = feed.title or _host(source.url)
        items = [self._entry_item(source.url, outlet, e, known.attempts.get(e.key, 0)) for e in fresh[:cap]]
        unsettled = self._store(source.url, items, result)
        return feed.title, result.deferred == 0 and unsettled == 0

    def _read_page(self, source: Source, fetched: Fetched, result: SourceResult) -> tuple[str | None, bool]:
        """Store the page as one article unless this text of it was recorded before."""
        page = _page_text(fetched, self.settings)
        doc = make_document(fetched.url, page.text, source=source.url, title=page.title, published=page.published,
                            outlet=page.outlet or _host(fetched.url), url=fetched.url, settings=self.settings)
        known = _known_items(self.store, source.url)
        if doc.content_hash in known.settled:
            result.skipped = 1
            return page.title, True
        item = _Item(doc.content_hash, fetched.url, known.attempts.get(doc.content_hash, 0), document=doc)
        return page.title, self._store(source.url, [item], result) == 0

    def _entry_item(self, feed_url: str, outlet: str, entry: FeedEntry, attempts: int) -> _Item:
        item = _Item(entry.key, entry.link, attempts)
        try:
            item.document = self._entry_document(feed_url, outlet, entry, attempts)
        except (FetchError, InputError) as err:
            item.error = Failure(entry.link or f"{feed_url} item {entry.key}", err.code, err.message)
        return item

    def _entry_document(self, feed_url: str, outlet: str, entry: FeedEntry, attempts: int = 0) -> Document:
        """The entry's article: its linked page's main text, else the feed's own text for it.

        A page that looks caught half-written (:func:`_half_written`) fails the item, unless the feed's own text
        for it is longer (and long enough): it is read again at the next poll; at the item's last attempt the
        page is stored as it is, with a warning."""
        page: ExtractedPage | None = None
        problem: NarrascopeError | None = None
        half_written: str | None = None
        site_name: str | None = None
        if entry.link:
            try:
                fetched = self.fetcher.fetch(entry.link)
                page = _page_text(fetched, self.settings)
                half_written = _half_written(fetched, page.text)
                site_name = _declared_site_name(fetched, self.settings)
            except (FetchError, InputError) as err:
                problem = err
        if page is not None and half_written is not None:
            own = _own_text(entry, self.settings)
            if len(own) >= MIN_OWN_TEXT_CHARS and len(own) > len(page.text):
                page, problem = None, InputError(half_written, where=entry.link, code=E_NO_TEXT)
            elif attempts + 1 < ITEM_ATTEMPTS:
                raise InputError(f"{half_written}; it is read again at the next poll", where=entry.link,
                                 code=E_NO_TEXT)
        own = "" if page else _own_text(entry, self.settings)
        if page is None and len(own) < MIN_OWN_TEXT_CHARS:
            short = f"the feed's own text for it is too short to analyse ({len(own)} characters)"
            if problem is not None:
                problem.message = f"{problem.message}; {short}"
                raise problem
            raise InputError(f"no link, and {short}", where=feed_url, code=E_NO_TEXT)
        if page is not None:
            text, source, title, published = page.text, entry.link or feed_url, page.title, page.published
        else:
            text, source, title, published = own, feed_url, None, None
        # The feed's title and date first: they are the outlet's own, where a page's are trafilatura's guess. The
        # outlet is the site name the page declares (an aggregator's feed links to many outlets), else the feed's.
        doc = make_document(entry.link or f"{feed_url}#{entry.key}", text, source=source, title=entry.title or title,
                            published=entry.published or published, outlet=site_name or outlet, url=entry.link,
                            settings=self.settings)
        if problem is not None:
            doc.warnings.append(f"the linked page could not be read ({problem}); the feed's own text was analysed")
        elif half_written is not None:
            doc.warnings.append(f"{half_written}, still at poll {ITEM_ATTEMPTS}: stored as it is")
        return doc

    def _store(self, feed_url: str, items: list[_Item], result: SourceResult) -> int:
        """Analyse and store the items' documents, recording every item; returns how many are to be retried."""
        by_hash: dict[str, list[_Item]] = {}
        for item in items:
            if item.document is not None:
                by_hash.setdefault(item.document.content_hash, []).append(item)
        recorded: set[str] = set()
        analysis_failures: dict[str, Failure] = {}

        def on_stored(doc: Document, row: int) -> None:  # in the batch's transaction: item and article commit together
            same_text = by_hash[doc.content_hash]  # items of this feed whose text this document is
            for item in same_text:
                record_item(self.store, feed_url, item.key, item.url, row, None)
                recorded.add(item.key)
            result.new += 1
            result.duplicates += len(same_text) - 1

        def on_failure(failure: Failure) -> None:
            analysis_failures.setdefault(failure.source, failure)

        documents = [doc for doc in (i.document for i in items) if doc is not None]
        if documents:
            ingest_documents(self.store, self.analyser, documents, on_stored=on_stored, on_failure=on_failure)
        unsettled = 0
        with self.store.transaction():
            for item in items:
                if item.key in recorded:
                    continue
                row = self.store.row_of(item.document.content_hash) if item.document else None
                if row is not None:  # its text was stored before this run: link the item to it
                    record_item(self.store, feed_url, item.key, item.url, row, None)
                    result.duplicates += 1
                    continue
                error = item.error
                if error is None and item.document is not None:  # read, but the pipeline failed on it
                    doc = item.document
                    error = analysis_failures.get(doc.source or doc.id) or Failure(doc.url or doc.id, E_STAGE,
                                                                                   "the analysis failed")
                if error is not None:
                    unsettled += self._record_failure(self.store, feed_url, item, error, result)
        return unsettled

    @staticmethod
    def _record_failure(store: Store, feed_url: str, item: _Item, failure: Failure,
                        result: SourceResult) -> int:
        """Record a failed item; 1 while it will be tried again, 0 once it is given up."""
        result.item_errors.append(failure)
        attempts = item.attempts + 1
        error = f"[{failure.code}] {failure.source}: {failure.message}"
        if attempts >= ITEM_ATTEMPTS:
            record_item(store, feed_url, item.key, item.url, None, f"gave up after {attempts} attempts: {error}")
            return 0
        record_item(store, feed_url, item.key, item.url, None, f"attempt {attempts} of {ITEM_ATTEMPTS}: {error}")
        return 1


# --- texts ----------------------------------------------------------------------------------------

def _page_text(fetched: Fetched, settings: Settings) -> ExtractedPage:
    """The main text and metadata of a fetched page (E109 when it is not HTML or text)."""
    media = fetched.media_type or "text/html"
    if media not in HTML_TYPES and not media.startswith("text/"):
        raise InputError(f"not an HTML page ({media})", where=fetched.url, code=E_FORMAT)
    text = _decoded(fetched, settings)
    if media == "text/plain":
        return ExtractedPage(text.strip(), None, None, None, None)
    return extract_html(text, fetched.url, settings)


#: What a finished text ends with: a sentence's end, a closing quote or bracket (in the scripts narrascope reads).
_FINISHED = frozenset(".!?…\"'»”’)]。！？؟۔।")


def _half_written(fetched: Fetched, text: str) -> str | None:
    """Why a fetched page looks caught while it was being written, or ``None``: its text is shorter than
    :data:`MIN_OWN_TEXT_CHARS` and either stops mid-sentence or its HTML is not closed (``<html>`` without
    ``</html>``); or, whatever its length, both."""
    body = fetched.body[-4096:].lower() if b"<html" in fetched.body[:4096].lower() else b""
    unclosed = bool(body) and b"</html" not in body
    unfinished = not text.rstrip() or text.rstrip()[-1] not in _FINISHED
    if not ((len(text) < MIN_OWN_TEXT_CHARS and (unclosed or unfinished)) or (unclosed and unfinished)):
        return None
    signs = [what for what, found in (("its text stops mid-sentence", unfinished),
                                      ("its HTML is not closed", unclosed)) if found]
    return (f"the linked page looks half-written ({len(text)} characters of text; {' and '.join(signs)})")


_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def _declared_site_name(fetched: Fetched, settings: Settings) -> str | None:
    """The site name a page declares (``<meta property="og:site_name">``, else ``application-name``), not
    guessed from its title or host; ``None`` for a page that declares none."""
    if b"site_name" not in fetched.body and b"application-name" not in fetched.body:
        return None
    found: dict[str, str] = {}
    for tag in _META.findall(_decoded(fetched, settings)):
        attributes = {m[0].lower(): m[1] or m[2] or m[3] for m in _ATTRIBUTE.findall(tag)}
        key = (attributes.get("property") or attributes.get("name") or "").lower()
        name = " ".join(html.unescape(attributes.get("content") or "").split())
        if key in ("og:site_name", "application-name") and name:
            found.setdefault(key, name)
    return found.get("og:site_name") or found.get("application-name")


def _decoded(fetched: Fetched, settings: Settings) -> str:
    """The body as text: in the charset the server names, else as detected."""
    if fetched.charset:
        try:
            return fetched.body.decode(fetched.charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown label: detect instead
    return decode_bytes(fetched.body, fetched.url, settings)


def _own_text(entry: FeedEntry, settings: Settings) -> str:
    """The feed's own text for an entry, as plain text ("" when there is none)."""
    if not entry.content.strip():
        return ""
    if not entry.content_is_html:
        return entry.content.strip()
    try:
        return extract_html(entry.content, entry.link or entry.key, settings).text
    except InputError:
        return ""


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


# --- state in the store (its SQL: store/feeds.py) -------------------------------------------------

def _feed_state(store: Store, url: str) -> tuple[str | None, Validators]:
    """The kind and validators kept for a source, creating its row on first sight."""
    row = feed_row(store, url)
    return row.kind, Validators(row.etag, row.last_modified)


def _save_state(store: Store, url: str, kind: str | None, title: str | None, validators: Validators,
                status: int) -> None:
    save_feed_checked(store, url, FeedRow(kind, validators.etag, validators.last_modified), title, status)


@dataclass(frozen=True, slots=True)
class _Known:
    """A feed's recorded items: settled ones (stored, or given up) and failed ones still to be retried."""

    settled: set[str]
    attempts: dict[str, int]     # key -> failed attempts so far


def _known_items(store: Store, feed: str) -> _Known:
    known = _Known(set(), {})
    for key, error in feed_items(store, feed):
        retry = _ATTEMPT.match(error or "")
        if retry:
            known.attempts[key] = int(retry.group(1))
        else:
            known.settled.add(key)
    return known


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
