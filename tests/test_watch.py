"""``narrascope watch``: the feeds file, the careful fetcher, polls into the store, the command.

Everything runs against a local HTTP server (127.0.0.1, allowed explicitly) serving the fixtures of
tests/feeds ({base} in them becomes the server's address) and a few hostile routes: redirects to a
host that is not allowed, bodies that never end, a server that never answers, error statuses.
"""

from __future__ import annotations

import dataclasses
import doctest
import hashlib
import json
import re
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace

import pytest

from narrascope.errors import FetchError, InputError
from narrascope.feeds import (
    ITEM_ATTEMPTS,
    AddressPolicy,
    Fetcher,
    Source,
    classify,
    parse_sources,
    poll,
    read_feed,
    read_sources_file,
    refusal,
    watch,
)
from narrascope.feeds import address as address_module
from narrascope.feeds import fetch as fetch_module
from narrascope.feeds import sources as sources_module
from narrascope.feeds.fetch import Fetched, Validators, check_peer
from narrascope.model import Failure
from narrascope.settings import DEFAULT
from narrascope.store import Store

FIXTURES = Path(__file__).parent / "feeds"
LAST_MODIFIED = "Mon, 06 May 2024 08:00:00 GMT"
TYPES = {".rss": "application/rss+xml", ".atom": "application/atom+xml", ".xml": "application/xml",
         ".html": "text/html; charset=utf-8"}
# Quick limits for tests; the hostile routes get small ones of their own.
FAST = dataclasses.replace(DEFAULT, watch_timeout_seconds=5.0, watch_host_interval_seconds=0.0, watch_retries=0,
                           watch_max_bytes=256 * 1024)


# --- the test server --------------------------------------------------------------------------------

class FixtureServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # endless handlers end when their client hangs up; never wait for them

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), FixtureHandler)
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_port}"

    def url(self, path: str) -> str:
        return self.base + path

    def headers_of(self, path: str) -> list[dict[str, str]]:
        """The headers of every request for ``path``, in order."""
        with self.lock:
            return [headers for p, headers in self.requests if p == path]

    def handle_error(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        pass  # clients hang up on endless bodies: that is the point of those routes


class FixtureHandler(BaseHTTPRequestHandler):
    server: FixtureServer

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        with self.server.lock:
            self.server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            self.server.hits[self.path] += 1
            hit = self.server.hits[self.path]
        route = self.path.split("?")[0]
        port = self.server.server_port
        redirects = {"/to-localhost": f"http://localhost:{port}/feeds/world.rss?via=localhost",
                     "/moved": "/feeds/europe.atom", "/loop": "/loop", "/to-ftp": "ftp://example.org/feed.xml"}
        if route in redirects:
            self._answer(302, headers={"Location": redirects[route]})
        elif route == "/endless":
            self._endless(b"<item>" * 4096, pause=0.0)
        elif route == "/slow":
            self._endless(b"<", pause=0.05)
        elif route == "/silent":
            time.sleep(3)  # says nothing; the client gives up first
        elif route == "/huge":
            self._answer(200, headers={"Content-Length": str(10**9)})
        elif route in ("/flaky", "/busy") and hit == 1:
            self._answer(503 if route == "/flaky" else 429, headers={"Retry-After": "3"} if route == "/busy" else {})
        elif route == "/later":
            self._answer(503, headers={"Retry-After": "3600"})
        elif route == "/down":
            self._answer(503)
        else:
            self._static("/feeds/europe.atom" if route in ("/flaky", "/busy") else route)

    def _static(self, route: str) -> None:
        """A fixture file, with an ETag and a Last-Modified that conditional requests are checked against."""
        path = FIXTURES / route.removeprefix("/feeds/").lstrip("/")  # /feeds/world.rss, /articles/grain.html
        if not route.startswith(("/feeds/", "/articles/")) or not path.is_file():
            self._answer(404)
            return
        body = path.read_bytes().replace(b"{base}", self.server.base.encode())
        etag = f'"{hashlib.sha1(body).hexdigest()[:12]}"'
        if self.headers.get("If-None-Match") == etag or (
                "If-None-Match" not in self.headers and self.headers.get("If-Modified-Since") == LAST_MODIFIED):
            self._answer(304, headers={"ETag": etag})
            return
        self._answer(200, body, {"Content-Type": TYPES[path.suffix], "ETag": etag, "Last-Modified": LAST_MODIFIED})

    def _answer(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if body or "Content-Length" not in (headers or {}):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _endless(self, chunk: bytes, pause: float) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.end_headers()
        deadline = time.monotonic() + 20  # a bound for the handler thread, far beyond any test's limit
        try:
            while time.monotonic() < deadline:
                self.wfile.write(chunk)
                self.wfile.flush()
                time.sleep(pause)
        except OSError:
            pass  # the client stopped reading: as it should


@contextmanager
def serving() -> Iterator[FixtureServer]:
    srv = FixtureServer()
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()


@pytest.fixture(scope="module")
def server() -> Iterator[FixtureServer]:
    with serving() as srv:
        yield srv


class FakeTime:
    """A clock that moves only when slept on; records every sleep."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


def fetcher(settings=FAST, allow=("127.0.0.1",), **kwargs) -> Fetcher:  # type: ignore[no-untyped-def]
    return Fetcher(settings, allow_hosts=allow, **kwargs)


def fetch_error(f: Fetcher, url: str) -> FetchError:
    with pytest.raises(FetchError) as caught:
        f.fetch(url)
    return caught.value


# --- the feeds file ---------------------------------------------------------------------------------

def test_feeds_file_lines_name_a_url_and_optionally_its_kind():
    text = ("# wire services\n"
            "\n"
            "https://example.org/rss.xml\n"
            "feed http://example.org/atom   # the desk's feed\n"
            "PAGE https://example.org/live#top\n"
            "https://example.org/rss.xml\n")
    sources, problems = parse_sources(text, "feeds.txt")
    assert problems == []
    assert [(s.url, s.kind, s.where) for s in sources] == [
        ("https://example.org/rss.xml", None, "feeds.txt:3"),   # listed twice: polled once
        ("http://example.org/atom", "feed", "feeds.txt:4"),
        ("https://example.org/live#top", "page", "feeds.txt:5"),
    ]


@pytest.mark.parametrize("line", ["ftp://example.org/feed", "example.org/rss", "rss https://example.org/feed",
                                  "feed", "https://example.org:99999/feed", "http:///no-host"])
def test_a_line_that_is_not_an_http_url_is_reported_with_file_and_line_and_skipped(line):
    sources, problems = parse_sources(f"https://example.org/ok\n{line}\nhttps://example.org/also-ok\n", "feeds.txt")
    assert [s.url for s in sources] == ["https://example.org/ok", "https://example.org/also-ok"]
    assert len(problems) == 1
    assert problems[0].code == "E608" and problems[0].where == "feeds.txt:2"


def test_an_unreadable_feeds_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError) as caught:
        read_sources_file(tmp_path / "nope.txt")
    assert caught.value.code == "E108"


# --- the address policy -----------------------------------------------------------------------------

@pytest.mark.parametrize("address, reason", [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.255.255.1", "private"), ("192.168.1.20", "private"),
    ("172.16.0.1", "private"), ("fc00::1", "private"),
    ("169.254.169.254", "link-local"), ("fe80::1%eth0", "link-local"),
    ("224.0.0.251", "multicast"), ("ff02::1", "multicast"), ("0.0.0.0", "unspecified"), ("::", "unspecified"),
    ("240.0.0.1", "reserved"), ("100.64.0.1", "not globally routable"),
    ("::ffff:127.0.0.1", "loopback, IPv4-mapped 127.0.0.1"), ("::ffff:10.0.0.1", "private, IPv4-mapped 10.0.0.1"),
    ("2002:a00:1::", "private, 6to4 10.0.0.1"), ("64:ff9b::a9fe:a9fe", "link-local, NAT64 169.254.169.254"),
    ("93.184.215.14", None), ("2606:4700:4700::1111", None), ("::ffff:93.184.215.14", None),
])
def test_only_public_addresses_are_fetched_from(address, reason):
    assert refusal(address) == reason


def test_a_host_is_allowed_exactly_as_written():
    policy = AddressPolicy.allowing(["127.0.0.1", "[::1]", "Intranet.Example."])
    assert policy.allows_host("127.0.0.1") and policy.allows_host("::1") and policy.allows_host("intranet.example")
    assert not policy.allows_host("localhost")  # the same machine, but not the name the user allowed
    policy.check("127.0.0.1", "127.0.0.1", connected=True)
    with pytest.raises(FetchError) as caught:
        policy.check("localhost", "127.0.0.1", connected=False)
    assert str(caught.value) == ("[E601] refused: localhost resolves to 127.0.0.1 (loopback); "
                                 "allow it with --allow-host localhost")


@pytest.mark.parametrize("url", ["http://10.255.255.1/feed", "http://169.254.169.254/latest/meta-data/",
                                 "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/", "http://[fe80::1]/",
                                 "http://224.0.0.1/", "https://localhost/"])
def test_a_private_address_is_refused_without_connecting(url):
    started = time.monotonic()
    err = fetch_error(fetcher(allow=()), url)
    assert err.code == "E601" and err.where == url and "--allow-host" in err.message
    assert time.monotonic() - started < 1.0  # no connection attempt (10.255.255.1 would hang until the deadline)


def test_loopback_is_refused_when_not_allowed_and_nothing_reaches_it():
    listener = socket.create_server(("127.0.0.1", 0))
    listener.setblocking(False)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/feed.xml"
    with listener:
        err = fetch_error(fetcher(allow=()), url)
        with pytest.raises(BlockingIOError):
            listener.accept()  # no connection was ever made
    assert str(err) == (f"[E601] {url}: refused: 127.0.0.1 is not a public address (loopback); "
                        "allow it with --allow-host 127.0.0.1")


def test_the_address_actually_connected_to_is_checked(server):
    with socket.create_connection(("127.0.0.1", server.server_port)) as sock:
        with pytest.raises(FetchError) as caught:
            check_peer(sock, "feeds.example.org", AddressPolicy())  # a public-looking name that led to loopback
        assert caught.value.code == "E601"
        assert "feeds.example.org connected to 127.0.0.1 (loopback)" in caught.value.message
        check_peer(sock, "feeds.example.org", AddressPolicy.allowing(["feeds.example.org"]))


def test_a_redirect_to_a_host_not_allowed_is_refused(server):
    url = server.url("/to-localhost")
    err = fetch_error(fetcher(), url)  # only 127.0.0.1 is allowed; localhost is the same server
    assert err.code == "E601" and err.where == url
    assert err.message.startswith(f"redirected to http://localhost:{server.server_port}/feeds/world.rss?via=localhost:")
    assert "(loopback); allow it with --allow-host localhost" in err.message
    assert server.headers_of("/feeds/world.rss?via=localhost") == []


# --- fetching -------------------------------------------------------------------------------------

def test_redirects_are_followed_and_the_answer_says_where_it_came_from(server):
    fetched = fetcher().fetch(server.url("/moved"))
    assert fetched.status == 200 and fetched.url == server.url("/feeds/europe.atom")
    assert fetched.media_type == "application/atom+xml" and b"Continental Desk" in fetched.body


@pytest.mark.parametrize("path, message", [("/loop", "more than 5 redirects"),
                                           ("/to-ftp", "only http and https are followed")])
def test_endless_or_non_http_redirects_are_refused(server, path, message):
    err = fetch_error(fetcher(), server.url(path))
    assert err.code == "E607" and message in err.message


def test_a_conditional_request_sends_the_validators_and_304_is_not_modified(server):
    f = fetcher()
    url = server.url("/articles/grain.html")
    first = f.fetch(url)
    assert first.status == 200 and first.charset == "utf-8"
    assert first.validators == Validators(first.validators.etag, LAST_MODIFIED) and first.validators.etag
    again = f.fetch(url, first.validators)
    assert again.not_modified and again.body == b""
    sent = server.headers_of("/articles/grain.html")[-1]
    assert sent["if-none-match"] == first.validators.etag and sent["if-modified-since"] == LAST_MODIFIED
    assert sent["user-agent"].startswith("narrascope/") and sent["user-agent"].endswith("(+watch)")


def test_a_body_that_never_ends_is_cut_at_max_bytes(server):
    started = time.monotonic()
    err = fetch_error(fetcher(dataclasses.replace(FAST, watch_max_bytes=64 * 1024)), server.url("/endless"))
    assert err.code == "E603" and "watch_max_bytes" in err.message
    assert time.monotonic() - started < 2.0


def test_a_declared_length_above_max_bytes_is_refused_before_reading(server):
    err = fetch_error(fetcher(), server.url("/huge"))
    assert err.code == "E603" and "1000000000 bytes" in err.message


@pytest.mark.parametrize("path", ["/slow", "/silent"])
def test_a_fetch_that_takes_too_long_stops_at_the_deadline(server, path):
    started = time.monotonic()
    err = fetch_error(fetcher(dataclasses.replace(FAST, watch_timeout_seconds=0.5)), server.url(path))
    took = time.monotonic() - started
    assert err.code == "E604" and "watch_timeout_seconds" in err.message
    assert 0.4 < took < 2.0  # the slow body sends a byte every 0.05 s: no single read times out


def test_a_server_error_is_retried_after_a_back_off(server):
    fake = FakeTime()
    f = fetcher(dataclasses.replace(FAST, watch_retries=2, watch_backoff_seconds=1.5), clock=fake.clock,
                sleep=fake.sleep)
    fetched = f.fetch(server.url("/flaky?case=once"))  # 503, then the feed
    assert fetched.status == 200
    assert fake.sleeps == [1.5]
    assert server.hits["/flaky?case=once"] == 2


def test_retries_double_the_wait_and_then_give_up(server):
    fake = FakeTime()
    f = fetcher(dataclasses.replace(FAST, watch_retries=2, watch_backoff_seconds=1.5), clock=fake.clock,
                sleep=fake.sleep)
    err = fetch_error(f, server.url("/down?case=always"))
    assert err.code == "E602" and err.message == "HTTP 503 Service Unavailable (after 3 attempts)"
    assert fake.sleeps == [1.5, 3.0]
    assert server.hits["/down?case=always"] == 3


def test_retry_after_is_honoured_up_to_a_cap(server):
    fake = FakeTime()
    f = fetcher(dataclasses.replace(FAST, watch_retries=2, watch_backoff_seconds=1.0), clock=fake.clock,
                sleep=fake.sleep)
    assert f.fetch(server.url("/busy?case=retry-after")).status == 200  # 429 with Retry-After: 3
    assert fake.sleeps == [3.0]
    err = fetch_error(f, server.url("/later?case=an-hour"))  # Retry-After: 3600: left for the next poll
    assert err.code == "E602" and fake.sleeps == [3.0] and server.hits["/later?case=an-hour"] == 1


def test_a_client_error_is_not_retried(server):
    fake = FakeTime()
    f = fetcher(dataclasses.replace(FAST, watch_retries=2), clock=fake.clock, sleep=fake.sleep)
    err = fetch_error(f, server.url("/feeds/no-such-feed.xml"))
    assert (err.code, err.message, err.retry) == ("E602", "HTTP 404 Not Found", False)
    assert fake.sleeps == [] and server.hits["/feeds/no-such-feed.xml"] == 1


def test_requests_to_one_host_are_spaced_by_the_host_interval(server):
    fake = FakeTime()
    f = fetcher(dataclasses.replace(FAST, watch_host_interval_seconds=2.0), allow=("127.0.0.1", "localhost"),
                clock=fake.clock, sleep=fake.sleep)
    f.fetch(server.url("/articles/grain.html"))
    f.fetch(server.url("/articles/harbour.html"))
    assert fake.sleeps == [2.0]
    f.fetch(f"http://localhost:{server.server_port}/articles/grain.html")  # another host: no wait
    fake.now += 5.0
    f.fetch(server.url("/articles/grain.html"))  # long enough since the last request
    assert fake.sleeps == [2.0]


def test_waiting_for_the_hosts_turn_does_not_count_against_the_deadline(server):
    f = fetcher(dataclasses.replace(FAST, watch_timeout_seconds=0.5, watch_host_interval_seconds=0.7))  # real time
    f.fetch(server.url("/articles/grain.html"))
    started = time.monotonic()
    assert f.fetch(server.url("/articles/harbour.html")).status == 200
    assert time.monotonic() - started >= 0.6


@contextmanager
def https_server(tmp_path: Path, subject_alt_name: str) -> Iterator[tuple[str, ssl.SSLContext]]:
    """An HTTPS server with a self-signed certificate; yields its URL and a context that trusts the certificate."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=narrascope test",
                    "-addext", f"subjectAltName={subject_alt_name}"], check=True, capture_output=True)
    srv = FixtureServer()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    srv.socket = context.wrap_socket(srv.socket, server_side=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        yield f"https://127.0.0.1:{srv.server_port}/articles/grain.html", ssl.create_default_context(cafile=str(cert))
    finally:
        srv.shutdown()
        srv.server_close()


def test_https_certificates_are_verified_against_the_host_name(tmp_path):
    with https_server(tmp_path, "IP:127.0.0.1") as (url, trusting):
        assert fetcher(ssl_context=trusting).fetch(url).status == 200
        err = fetch_error(fetcher(), url)  # self-signed: not trusted by the system
        assert err.code == "E606" and "certificate" in err.message
    with https_server(tmp_path, "DNS:example.org") as (url, trusting):
        err = fetch_error(fetcher(ssl_context=trusting), url)  # trusted, but issued for another name
        assert err.code == "E606" and "127.0.0.1" in err.message


def test_every_watch_limit_is_a_setting_documented_in_docs_watch():
    names = [f.name for f in dataclasses.fields(DEFAULT) if f.name.startswith("watch_")]
    doc = (Path(__file__).parent.parent / "docs" / "watch.md").read_text(encoding="utf-8")
    assert len(names) == 8 and [n for n in names if f"`{n}`" not in doc] == []


# --- reading feeds --------------------------------------------------------------------------------

def fixture_answer(name: str, media_type: str | None = None) -> Fetched:
    body = (FIXTURES / name).read_bytes().replace(b"{base}", b"http://news.example")
    return Fetched(f"http://news.example/{name}", 200, body, media_type, None, Validators())


def test_entries_come_newest_first_with_a_stable_key():
    feed = read_feed(fixture_answer("world.rss", "application/rss+xml"))
    assert feed.title == "Harbour Wire" and feed.note is None
    assert [e.key for e in feed.entries] == ["harbour-wire-104", "harbour-wire-103", "harbour-wire-102",
                                            "harbour-wire-101"]
    newest, *_, oldest = feed.entries
    assert newest.link is None and newest.content == "More soon."
    assert (oldest.link, oldest.published) == ("http://news.example/articles/harbour.html", "2024-05-06")


def test_an_item_without_id_is_keyed_by_its_link_else_by_its_text():
    body = (b'<rss version="2.0"><channel><title>T</title>'
            b"<item><title>A</title><link>https://news.example/a</link></item>"
            b"<item><title>B</title><description>Only words.</description></item></channel></rss>")
    keys = [e.key for e in read_feed(Fetched("https://news.example/rss", 200, body, None, None, Validators())).entries]
    assert keys[0] == "https://news.example/a" and keys[1].startswith("sha256:")


def test_broken_xml_with_no_item_is_e605_naming_the_place():
    with pytest.raises(FetchError) as caught:
        read_feed(fixture_answer("broken.xml", "application/xml"))
    assert caught.value.code == "E605" and caught.value.where == "http://news.example/broken.xml"
    assert "the XML is broken (line 7" in caught.value.message and "no item could be read" in caught.value.message


def test_xml_that_is_not_well_formed_still_gives_its_items_with_a_note():
    body = (FIXTURES / "world.rss").read_bytes().replace(b"Harbour Wire</title>", b"Harbour & Wire</title>")
    feed = read_feed(Fetched("http://news.example/rss", 200, body, None, None, Validators()))
    assert len(feed.entries) == 4 and feed.note is not None and feed.note.startswith("XML not well-formed (line")


def test_the_kind_of_an_undeclared_source_is_found_from_its_body():
    assert classify(fixture_answer("europe.atom")) == "feed"
    assert classify(fixture_answer("articles/council.html", "text/html")) == "page"
    with pytest.raises(FetchError) as caught:
        classify(Fetched("http://news.example/x", 200, b'{"json": true}', "application/json", None, Validators()))
    assert caught.value.code == "E605"
    with pytest.raises(FetchError):
        read_feed(fixture_answer("articles/council.html", "text/html"))


@pytest.mark.parametrize("module", [address_module, fetch_module, sources_module])
def test_docstring_examples_hold(module):
    failed, tried = doctest.testmod(module)
    assert tried > 0 and failed == 0


# --- polls into the store ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def two_polls(analyser, tmp_path_factory):  # type: ignore[no-untyped-def]
    """Two polls over good, broken and hostile sources, into one store (a server of their own: its log is theirs)."""
    with serving() as server, Store(tmp_path_factory.mktemp("watch") / "monitor.db") as store:
        sources = [Source(server.url("/feeds/world.rss"), "feed"), Source(server.url("/feeds/europe.atom")),
                   Source(server.url("/feeds/broken.xml"), "feed"), Source(server.url("/to-localhost"), "feed"),
                   Source(server.url("/endless"), "feed"), Source(server.url("/articles/council.html"), "page")]
        f = fetcher(dataclasses.replace(FAST, watch_max_bytes=64 * 1024))
        first = poll(store, analyser, sources, f)
        second = poll(store, analyser, sources, f)
        yield SimpleNamespace(store=store, first=first, second=second, url=server.url, server=server)


def by_url(report):  # type: ignore[no-untyped-def]
    return {r.url: r for r in report.results}


def test_a_poll_reports_every_source_and_the_good_ones_are_stored_despite_the_bad(two_polls):
    url = two_polls.url
    results = by_url(two_polls.first)
    assert [r.line() for r in two_polls.first.results[:2]] == [
        f"feed {url('/feeds/world.rss')}: 3 new, 0 already seen, 1 failed",
        f"feed {url('/feeds/europe.atom')}: 2 new, 0 already seen, 1 already stored",
    ]
    page = url("/articles/council.html")
    assert results[page].line() == f"page {page}: 1 new, 0 already seen"
    failed = {u: (r.status, r.error.code) for u, r in results.items() if r.error}
    assert failed == {url("/feeds/broken.xml"): ("failed", "E605"), url("/to-localhost"): ("failed", "E601"),
                      url("/endless"): ("failed", "E603")}
    assert results[url("/to-localhost")].line().startswith(f"[E601] {url('/to-localhost')}: redirected to ")
    assert two_polls.first.summary() == "6 sources: 6 new, 0 already seen, 0 not modified, 3 failed; 1 item failed"
    assert two_polls.store.counts()["articles"] == 6


def test_an_item_is_its_linked_page_with_the_feeds_metadata(two_polls):
    article = stored_article(two_polls.store, two_polls.url("/articles/harbour.html"))
    assert "family-owned operator" in article["text"]  # only on the page, not in the feed
    assert "Home" not in article["text"]                  # the page's menu is not the article
    assert (article["title"], article["published"], article["outlet"]) == (
        "Port authority delays ferry contract after safety audit", "2024-05-06", "Harbour Wire")
    german = stored_article(two_polls.store, two_polls.url("/articles/wahl.html"))
    assert german["language"] == "de" and german["outlet"] == "Continental Desk"


def test_an_item_whose_page_fails_falls_back_to_the_feeds_own_text(two_polls):
    article = stored_article(two_polls.store, two_polls.url("/articles/missing.html"))
    assert article["text"].startswith("Dock workers at the eastern terminal")
    assert "HTTP 404" in json.loads(article["warnings"])[0]


def test_an_item_without_enough_text_is_recorded_with_its_error_to_retry(two_polls):
    row = two_polls.store.connection.execute(
        "SELECT article, error FROM feed_items WHERE key = 'harbour-wire-104'").fetchone()
    assert row[0] is None and row[1].startswith(f"attempt 2 of {ITEM_ATTEMPTS}: [E105]")  # tried in both polls
    error = by_url(two_polls.second)[two_polls.url("/feeds/world.rss")].item_errors[0]
    assert error.code == "E105" and "too short to analyse (10 characters)" in error.message


def test_the_same_article_in_two_feeds_is_stored_once_and_linked_from_both(two_polls):
    rows = two_polls.store.connection.execute(
        "SELECT DISTINCT article FROM feed_items WHERE url = ?", (two_polls.url("/articles/grain.html"),)).fetchall()
    assert len(rows) == 1 and rows[0][0] is not None


def test_a_page_source_is_one_article_keyed_by_its_text(two_polls):
    article = stored_article(two_polls.store, two_polls.url("/articles/council.html"))
    assert (article["title"], article["outlet"]) == ("Council publishes the flood defence review", "Riverside Gazette")
    key = two_polls.store.connection.execute("SELECT key FROM feed_items WHERE feed = ?",
                                             (two_polls.url("/articles/council.html"),)).fetchone()[0]
    assert key == article["content_hash"]


def test_a_second_poll_stores_nothing_twice(two_polls):
    url = two_polls.url
    results = by_url(two_polls.second)
    assert sum(r.new for r in two_polls.second.results) == 0
    assert two_polls.store.counts()["articles"] == 6
    assert results[url("/feeds/world.rss")].line() == f"feed {url('/feeds/world.rss')}: 0 new, 3 already seen, 1 failed"
    assert results[url("/feeds/europe.atom")].status == "not-modified"
    assert results[url("/articles/council.html")].status == "not-modified"
    items = two_polls.store.connection.execute("SELECT count(*), count(DISTINCT feed || ' ' || key) FROM feed_items")
    assert items.fetchone() == (8, 8)


def test_validators_are_kept_only_for_a_feed_read_in_full(two_polls):
    server = two_polls.server
    europe = server.headers_of("/feeds/europe.atom")
    assert "if-none-match" not in europe[0] and europe[1]["if-none-match"]  # settled: the second poll got a 304
    world = server.headers_of("/feeds/world.rss")
    assert "if-none-match" not in world[1]  # an item still to retry: read in full again
    states = dict(two_polls.store.connection.execute("SELECT url, kind FROM feeds").fetchall())
    assert states[two_polls.url("/feeds/europe.atom")] == "feed"  # found from the body, kept
    error = two_polls.store.connection.execute("SELECT error FROM feeds WHERE url = ?",
                                               (two_polls.url("/feeds/broken.xml"),)).fetchone()[0]
    assert error.startswith("[E605] the XML is broken")


def test_a_failed_item_is_given_up_after_its_attempts_and_then_the_feed_can_rest(server, analyser, tmp_path):
    source = [Source(server.url("/feeds/world.rss"), "feed")]
    with Store(tmp_path / "retry.db") as store:
        reports = [poll(store, analyser, source, fetcher()) for _ in range(ITEM_ATTEMPTS + 1)]
        error = store.connection.execute("SELECT error FROM feed_items WHERE key = 'harbour-wire-104'").fetchone()[0]
    assert [len(r.results[0].item_errors) for r in reports] == [1] * ITEM_ATTEMPTS + [0]
    assert error.startswith(f"gave up after {ITEM_ATTEMPTS} attempts: [E105]")
    assert reports[-1].results[0].status == "not-modified"  # every item settled: the validators were kept


def test_at_most_max_items_per_feed_are_taken_per_poll_newest_first(server, analyser, tmp_path):
    source = [Source(server.url("/feeds/europe.atom"), "feed")]
    f = fetcher(dataclasses.replace(FAST, watch_max_items_per_feed=1))
    with Store(tmp_path / "cap.db") as store:
        first, second, third = (poll(store, analyser, source, f).results[0] for _ in range(3))
        published = [a.published for a in store.articles()]
    assert (first.new, first.deferred, second.new, second.deferred, third.new, third.deferred) == (1, 2, 1, 1, 1, 0)
    assert first.line().endswith("1 new, 0 already seen, 2 left for the next poll")
    assert published == ["2024-05-11", "2024-05-10", "2024-05-09"]


def test_an_item_the_analysis_fails_on_is_recorded_to_retry(server, analyser, tmp_path, monkeypatch):
    def failing(docs, batch_size=1):  # type: ignore[no-untyped-def]
        for doc in docs:
            yield Failure(doc.source or doc.id, "E301", "stage narratives: the encoder fell over")

    monkeypatch.setattr(analyser.pipeline, "pipe", failing)
    page = server.url("/articles/council.html")
    with Store(tmp_path / "failing.db") as store:
        result = poll(store, analyser, [Source(page, "page")], fetcher()).results[0]
        row = store.connection.execute("SELECT article, error FROM feed_items").fetchone()
        assert store.counts()["articles"] == 0
    assert result.line() == f"page {page}: 0 new, 0 already seen, 1 failed"
    assert row[0] is None and row[1] == (f"attempt 1 of {ITEM_ATTEMPTS}: [E301] {page}: "
                                         "stage narratives: the encoder fell over")


class ScriptedFetcher(Fetcher):
    """Answers from ``answers`` (URL -> (media type, body)), which a test changes between polls."""

    def __init__(self, answers: dict[str, tuple[str, str]]) -> None:
        super().__init__(FAST)
        self.answers = answers

    def fetch(self, url: str, validators: Validators = Validators()) -> Fetched:  # noqa: B008 - as Fetcher's
        media, body = self.answers[url]
        return Fetched(url, 200, body.encode("utf-8"), media, "utf-8", Validators())


HALF_WRITTEN = ("<html><head><title>Half</title></head><body><article><p>NGO ships picked up hundreds of migrants "
                "straight from the smug")
WRITTEN = ("<html><head><title>Full</title></head><body><article><p>NGO ships picked up hundreds of migrants straight "
           "from the smugglers off Libya and ferried them to Italy last week. These so-called rescue ships are "
           "nothing but a taxi service for human traffickers.</p></article></body></html>")
ONE_ITEM = ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Half</title>'
            '<link>http://news.example/x.html</link><guid>urn:x</guid>{own}</item></channel></rss>')


def scripted(page: str, own: str = "") -> ScriptedFetcher:
    return ScriptedFetcher({"http://news.example/rss": ("application/rss+xml", ONE_ITEM.format(own=own)),
                            "http://news.example/x.html": ("text/html", page)})


def test_a_page_caught_half_written_is_read_again_at_the_next_poll_not_stored_for_good(analyser, tmp_path):
    """A page with less text than a feed item needs (MIN_OWN_TEXT_CHARS) may still be being written: the item
    fails and is read again at the next poll, and then the whole page is stored."""
    f = scripted(HALF_WRITTEN)
    feed = [Source("http://news.example/rss", "feed")]
    with Store(tmp_path / "w.db") as store:
        first = poll(store, analyser, feed, f).results[0]
        assert store.counts()["articles"] == 0
        error, = first.item_errors
        assert error.code == "E105" and error.message.startswith(
            "the linked page looks half-written (63 characters of text; its text stops mid-sentence and its HTML "
            "is not closed)")
        assert error.message.endswith("read again at the next poll")
        f.answers["http://news.example/x.html"] = ("text/html", WRITTEN)  # the writer finishes the page
        second = poll(store, analyser, feed, f).results[0]
        texts = [t for (t,) in store.connection.execute("SELECT text FROM articles")]
    assert (second.new, second.item_errors) == (1, [])
    assert texts == ["NGO ships picked up hundreds of migrants straight from the smugglers off Libya and ferried "
                     "them to Italy last week. These so-called rescue ships are nothing but a taxi service for "
                     "human traffickers."]


def test_a_page_that_stays_short_is_stored_at_its_last_attempt_with_a_warning(analyser, tmp_path):
    f = scripted(HALF_WRITTEN)
    with Store(tmp_path / "w.db") as store:
        results = [poll(store, analyser, [Source("http://news.example/rss", "feed")], f).results[0]
                   for _ in range(ITEM_ATTEMPTS)]
        warnings = json.loads(store.connection.execute("SELECT warnings FROM articles").fetchone()[0])
    assert [(r.new, len(r.item_errors)) for r in results] == [(0, 1)] * (ITEM_ATTEMPTS - 1) + [(1, 0)]
    assert warnings[0].endswith(f"still at poll {ITEM_ATTEMPTS}: stored as it is")


def test_a_short_page_gives_way_to_the_feeds_own_longer_text(analyser, tmp_path):
    own = ("<description>" + WRITTEN.split("<p>")[1].split("</p>")[0] + " The coastguard says otherwise."
           "</description>")
    with Store(tmp_path / "w.db") as store:
        result = poll(store, analyser, [Source("http://news.example/rss", "feed")], scripted(HALF_WRITTEN, own))
        text, warnings = store.connection.execute("SELECT text, warnings FROM articles").fetchone()
    assert result.results[0].new == 1 and text.endswith("The coastguard says otherwise.")
    assert "looks half-written (63 characters of text" in json.loads(warnings)[0]


@pytest.mark.parametrize("head, outlet", [
    ('<meta property="og:site_name" content="Levant &amp; Gulf Insight">', "Levant & Gulf Insight"),
    ("<meta content='Eastern Truth Daily' name=application-name>", "Eastern Truth Daily"),
    ("<title>Full - wire.example</title>", "T"),  # nothing declared: the feed's title, not a guess from the title
])
def test_a_feed_items_outlet_is_the_site_name_its_page_declares_else_the_feeds_title(analyser, tmp_path, head, outlet):
    """An aggregator's feed links to many outlets: each item's outlet is the one its page names (og:site_name)."""
    with Store(tmp_path / "w.db") as store:
        poll(store, analyser, [Source("http://news.example/rss", "feed")],
             scripted(WRITTEN.replace("<head>", "<head>" + head)))
        assert [o for (o,) in store.connection.execute("SELECT outlet FROM articles")] == [outlet]


@pytest.mark.parametrize("page, half", [
    (HALF_WRITTEN, True),                                         # short, unclosed, stops mid-word
    (WRITTEN, False),                                             # short (196 characters) but finished
    (WRITTEN.replace("</html>", ""), True),                       # short and unclosed: cut after a paragraph?
    (WRITTEN.replace(".</p>", "</p>"), True),                     # short and stops mid-sentence
    ("<html><body><p>" + "A long report goes on. " * 30 + "And then it stops in the mi", True),  # long: both signs
    ("<html><body><p>" + "A long report goes on. " * 30 + "It ends.</p></body>", False),  # long, only unclosed
])
def test_a_page_looks_half_written_when_short_and_unfinished_or_else_both_unclosed_and_unfinished(page, half):
    from narrascope.feeds.watch import _half_written
    from narrascope.ingest.html import extract_html

    fetched = Fetched("http://news.example/x.html", 200, page.encode(), "text/html", "utf-8", Validators())
    assert (_half_written(fetched, extract_html(page, fetched.url, DEFAULT).text) is not None) is half


def test_watch_polls_on_schedule_until_interrupted(analyser):
    ticks = iter([0.0, 4.0, 900.0, 1850.0])  # the second poll outlasts the interval
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if len(sleeps) == 2:
            raise KeyboardInterrupt

    polls = []
    with Store(":memory:") as store, pytest.raises(KeyboardInterrupt):
        watch(store, analyser, [], fetcher(), interval=900, on_poll=polls.append, clock=lambda: next(ticks),
              sleep=sleep)
    assert sleeps == [896.0, 0.0] and len(polls) == 2
    with Store(":memory:") as store:
        report = watch(store, analyser, [], fetcher(), interval=900, once=True, sleep=sleep)
    assert report.summary().startswith("0 sources") and len(sleeps) == 2


# --- the command ----------------------------------------------------------------------------------

def run_command(argv: list[str]) -> int:
    """``narrascope watch ARGV`` through the real command line."""
    from narrascope.cli import main

    return main(["watch", *argv])


def test_the_command_polls_once_and_reports_each_source(server, tmp_path, capsys):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# test sources\npage {server.url('/articles/council.html')}\ngopher://example.org/feed\n"
                     f"{server.url('/feeds/broken.xml')}\n{server.url('/feeds/world.rss')}?via=nothing\n",
                     encoding="utf-8")
    db = tmp_path / "monitor.db"
    code = run_command([str(feeds), "--db", str(db), "--once", "--allow-host", "127.0.0.1", "--skip", "techniques",
                        "--set", "watch_host_interval_seconds=0", "--set", "watch_retries=0", "--stories"])
    out, err = capsys.readouterr()
    assert code == 0
    lines = err.splitlines()
    assert f"narrascope: [E608] {feeds}:3: not an http(s) URL: gopher://example.org/feed" in lines
    assert f"page {server.url('/articles/council.html')}: 1 new, 0 already seen" in lines
    assert any(line.startswith(f"[E605] {server.url('/feeds/broken.xml')}: the XML is broken") for line in lines)
    assert any(line.startswith("  [E105] ") for line in lines)  # the world feed's item without text
    assert out.startswith(f"{db}: poll at ") and "3 sources: 4 new, 0 already seen" in out
    assert f"{db}: " in out and re.search(r" (stories|story) grouped", out)  # grouped again
    with Store(db) as store:
        assert store.counts()["articles"] == 4


def test_the_command_refuses_what_it_cannot_use(tmp_path, capsys):
    assert run_command([str(tmp_path / "missing.txt"), "--db", str(tmp_path / "m.db"), "--once"]) == 2
    assert "[E108]" in capsys.readouterr().err
    only_comments = tmp_path / "feeds.txt"
    only_comments.write_text("# nothing yet\nnot a url\n", encoding="utf-8")
    assert run_command([str(only_comments), "--db", str(tmp_path / "m.db"), "--once"]) == 2
    assert "no feed or page to watch" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        run_command([str(only_comments), "--db", str(tmp_path / "m.db"), "--interval", "0"])
    assert exit_.value.code == 2


def stored_article(store: Store, url: str) -> dict[str, str]:
    columns = ("text", "title", "published", "outlet", "language", "warnings", "content_hash")
    found = store.connection.execute(f"SELECT {', '.join(columns)} FROM articles WHERE url = ?", (url,)).fetchone()
    assert found is not None, f"no article stored for {url}"
    return dict(zip(columns, found, strict=True))
