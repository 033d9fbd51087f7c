"""A careful HTTP client for ``watch``: public addresses only, bounded in time and size, polite, conditional.

Built on urllib3's connection classes, not its pool manager, so that nothing happens behind our back:
no proxy from the environment, no automatic retries or redirects. What it does instead:

* every address is checked (:mod:`.address`) twice: each one the host resolves to, before connecting,
  and the peer of the open socket, before a byte is sent; redirects are followed by hand, each hop
  checked the same way; HTTPS certificates are verified against the host name;
* one deadline (``watch_timeout_seconds``) covers a whole fetch, redirects included; a body is read
  in chunks and cut off past ``watch_max_bytes``;
* requests to one host are spaced ``watch_host_interval_seconds`` apart, and failures that may pass
  (timeouts, broken connections, 429, 5xx) are retried with doubling back-off;
* ETag and Last-Modified go out as If-None-Match and If-Modified-Since; 304 is an ordinary answer.

The clock and the sleep that pace requests can be swapped (tests do not wait for real).

>>> fetcher = Fetcher(allow_hosts=["127.0.0.1"])                                 # doctest: +SKIP
>>> page = fetcher.fetch("http://127.0.0.1:8000/feed.xml")                        # doctest: +SKIP
>>> fetcher.fetch(page.url, page.validators).not_modified                         # doctest: +SKIP
True
"""

from __future__ import annotations

import http.client
import json
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import quote, urljoin, urlsplit

import urllib3.exceptions
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.response import BaseHTTPResponse

from .. import __version__
from ..errors import E_CONNECT, E_FETCH_SIZE, E_FETCH_TIME, E_HTTP, E_REDIRECTS, E_URL, E_WEBHOOK, FetchError
from ..settings import DEFAULT, Settings
from .address import AddressPolicy

USER_AGENT = f"narrascope/{__version__} (+watch)"
#: Retry-After (seconds) honoured at most: a server that asks for a longer pause gets it, by being
#: left for the next poll, rather than holding up every other source of this one.
MAX_RETRY_AFTER = 60.0

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5"
_CHUNK_BYTES = 64 * 1024
_URL_SAFE = "/%:@!$&'()*+,;=~"  # kept as written when a path or query is percent-encoded
_HOST = re.compile(r"[A-Za-z0-9._:%-]+")  # names (punycode), IPv4, IPv6 (with a zone)

_AddressInfo = tuple[socket.AddressFamily, socket.SocketKind, int, str, Any]  # one answer of getaddrinfo

T = TypeVar("T")
Clock = Callable[[], float]
Sleep = Callable[[float], None]


@dataclass(frozen=True, slots=True)
class Validators:
    """What the server said identifies this version of a resource; sent back, it may answer 304."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class Fetched:
    """A server's answer: a body (2xx) or "not modified" (304)."""

    url: str                    # where the answer came from, after any redirects
    status: int
    body: bytes
    media_type: str | None      # "application/rss+xml", from Content-Type
    charset: str | None         # from Content-Type, when the server names one
    validators: Validators

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    """Fetches URLs under the address policy and the ``watch_*`` limits of ``settings``.

    One fetcher is meant to serve many polls: it remembers when it last asked each host.
    """

    def __init__(self, settings: Settings = DEFAULT, *, allow_hosts: Iterable[str] = (), clock: Clock = time.monotonic,
                 sleep: Sleep = time.sleep, ssl_context: ssl.SSLContext | None = None) -> None:
        self.settings = settings
        self.policy = AddressPolicy.allowing(allow_hosts)
        self.clock = clock
        self.sleep = sleep
        self.ssl_context = ssl_context  # None: the system's trusted certificates
        self._last_request: dict[str, float] = {}

    def fetch(self, url: str, validators: Validators = Validators()) -> Fetched:
        """The answer for ``url``, retried with back-off while failures may pass; raises :class:`FetchError`."""
        return self._retried(lambda: self._attempt(url, validators))

    def post_json(self, url: str, payload: object) -> int:
        """POST ``payload`` as JSON to ``url`` under the same address policy, limits and retries as a fetch;
        the answer's status (2xx). A redirect is not followed (the body would be sent twice): E705."""
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        return self._retried(lambda: self._post(url, body))

    def _post(self, url: str, body: bytes) -> int:
        with _Deadline(self.settings.watch_timeout_seconds) as deadline:
            target = _Target.parse(url)
            self._wait_for_turn(target.host, deadline)
            conn = self._connection(target, deadline)
            try:
                headers = {"User-Agent": USER_AGENT, "Content-Type": "application/json; charset=utf-8",
                           "Accept": "*/*", "Connection": "close"}
                conn.request("POST", target.path, body=body, headers=headers, preload_content=False)
                sock = conn.sock
                response = conn.getresponse()
                if 200 <= response.status < 300:
                    _read_body(response, sock, deadline, self.settings.watch_max_bytes)  # read, and let go
                    return int(response.status)
                if response.status in _REDIRECTS:
                    raise FetchError(f"HTTP {response.status}: a webhook that redirects is not followed",
                                     where=url, code=E_WEBHOOK)
                raise _status_error(response)
            except FetchError as err:
                raise _locate(err, url, url) from None
            except (OSError, http.client.HTTPException, urllib3.exceptions.HTTPError) as err:
                raise _locate(_translate(err, deadline), url, url) from err
            finally:
                conn.close()

    def _retried(self, attempt_once: Callable[[], T]) -> T:
        """``attempt_once()``, again with back-off while its failures may pass."""
        retries = self.settings.watch_retries
        attempt = 0
        while True:
            try:
                return attempt_once()
            except FetchError as err:
                delay = None
                if err.retry and attempt < retries:
                    delay = retry_delay(attempt, self.settings.watch_backoff_seconds, _retry_after(err))
                if delay is None:
                    if attempt:
                        err.message += f" (after {attempt + 1} attempts)"
                    raise
                self.sleep(delay)
                attempt += 1

    def _attempt(self, url: str, validators: Validators) -> Fetched:
        """One try: the request and the redirects that follow it, under one deadline."""
        with _Deadline(self.settings.watch_timeout_seconds) as deadline:
            hop = url
            for _ in range(self.settings.watch_max_redirects + 1):
                try:
                    response, body = self._get(hop, validators, deadline)
                    if response.status not in _REDIRECTS:
                        return _fetched(hop, response, body)
                    hop = redirect_target(hop, response.headers.get("Location"))
                except FetchError as err:
                    raise _locate(err, url, hop) from None
            raise FetchError(f"more than {self.settings.watch_max_redirects} redirects (watch_max_redirects)",
                             where=url, code=E_REDIRECTS)

    def _get(self, url: str, validators: Validators, deadline: _Deadline) -> tuple[BaseHTTPResponse, bytes]:
        """One request; the body is read only for a 2xx answer, and an error status raises E602."""
        target = _Target.parse(url)
        self._wait_for_turn(target.host, deadline)
        conn = self._connection(target, deadline)
        try:
            conn.request("GET", target.path, headers=self._headers(validators), preload_content=False)
            sock = conn.sock  # kept: http.client lets go of it once a "Connection: close" answer arrives
            response = conn.getresponse()
            if 200 <= response.status < 300:
                return response, _read_body(response, sock, deadline, self.settings.watch_max_bytes)
            if response.status == 304 or response.status in _REDIRECTS:
                return response, b""
            raise _status_error(response)
        except FetchError:
            raise
        except (OSError, http.client.HTTPException, urllib3.exceptions.HTTPError) as err:
            raise _translate(err, deadline) from err
        finally:
            conn.close()

    def _wait_for_turn(self, host: str, deadline: _Deadline) -> None:
        """Wait until ``watch_host_interval_seconds`` have passed since the last request to ``host``."""
        last = self._last_request.get(host)
        wait = 0.0 if last is None else self.settings.watch_host_interval_seconds - (self.clock() - last)
        if wait > 0:
            deadline.extend(wait)  # first: waiting for the host's turn is not the server being slow
            self.sleep(wait)
        self._last_request[host] = self.clock()

    def _connection(self, target: _Target, deadline: _Deadline) -> HTTPConnection:
        connector = _Connector(self.policy, deadline)
        conn: _GuardedHTTPConnection | _GuardedHTTPSConnection
        if target.scheme == "https":
            conn = _GuardedHTTPSConnection(target.host, target.port, timeout=deadline.left(),
                                           cert_reqs="CERT_REQUIRED", ssl_context=self.ssl_context)
        else:
            conn = _GuardedHTTPConnection(target.host, target.port, timeout=deadline.left())
        conn.connector = connector
        return conn

    @staticmethod
    def _headers(validators: Validators) -> dict[str, str]:
        headers = {"User-Agent": USER_AGENT, "Accept": _ACCEPT, "Accept-Encoding": "gzip, deflate",
                   "Connection": "close"}
        # Validators come back from the store: send them only when they are a plain header value.
        if validators.etag and validators.etag.isprintable():
            headers["If-None-Match"] = validators.etag
        if validators.last_modified and validators.last_modified.isprintable():
            headers["If-Modified-Since"] = validators.last_modified
        return headers


def retry_delay(attempt: int, backoff: float, retry_after: float | None) -> float | None:
    """Seconds to wait after failed attempt number ``attempt`` (0 for the first); None: do not retry now.

    The wait doubles with each attempt; a server's Retry-After is honoured when it asks for longer,
    up to :data:`MAX_RETRY_AFTER`, beyond which the source is left for the next poll.

    >>> retry_delay(0, 1.0, None), retry_delay(2, 1.0, None), retry_delay(0, 1.0, 5.0), retry_delay(0, 1.0, 3600)
    (1.0, 4.0, 5.0, None)
    """
    delay = backoff * 2 ** attempt
    if retry_after is None:
        return delay
    if retry_after > MAX_RETRY_AFTER:
        return None
    return max(delay, retry_after)


def redirect_target(current: str, location: str | None) -> str:
    """The absolute URL a redirect points to; E607 when it has none or leaves http(s)."""
    if not location or not location.strip():
        raise FetchError("a redirect without a Location header", code=E_REDIRECTS)
    target = urljoin(current, location.strip())
    if urlsplit(target).scheme.lower() not in ("http", "https"):
        raise FetchError(f"a redirect to {target}: only http and https are followed", code=E_REDIRECTS)
    return target


def check_peer(sock: socket.socket, host: str, policy: AddressPolicy) -> None:
    """E601 unless the address ``sock`` is connected to is public or ``host`` is allowed.

    This is the check that counts: it judges where the connection actually went, whatever the
    resolver said (or says by the time it is asked again), so DNS tricks cannot slip past it.
    """
    policy.check(host, str(sock.getpeername()[0]), connected=True)


# --- connecting -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Target:
    """A URL split for one request."""

    scheme: str
    host: str
    port: int
    path: str   # path and query, percent-encoded

    @classmethod
    def parse(cls, url: str) -> _Target:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https") or not parts.hostname:
            raise FetchError("not an http(s) URL", code=E_URL)
        try:
            port = parts.port or (443 if scheme == "https" else 80)
            host = parts.hostname.encode("idna").decode("ascii")  # non-ASCII names travel as punycode
        except (ValueError, UnicodeError) as err:
            raise FetchError(f"not a valid URL ({err})", code=E_URL) from err
        if not _HOST.fullmatch(host):
            raise FetchError(f"not a valid host name: {parts.hostname!r}", code=E_URL)
        path = quote(parts.path or "/", safe=_URL_SAFE)
        if parts.query:
            path += "?" + quote(parts.query, safe=_URL_SAFE + "?")
        return cls(scheme, host, port, path)


class _Deadline:
    """The time one fetch has left; sockets still open when it runs out are shut down.

    Socket timeouts alone cannot bound a fetch: a server that sends a byte just before each timeout
    keeps a read of the headers or of a TLS handshake going for ever. So a timer shuts the fetch's
    connections down when time is up, and whatever read was waiting ends at once.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._end = time.monotonic() + seconds
        self._lock = threading.Lock()
        self._watched: list[socket.socket] = []
        self._closed = False
        self._timer = self._start_timer(seconds)

    def _start_timer(self, seconds: float) -> threading.Timer:
        timer = threading.Timer(seconds, self._expire)
        timer.daemon = True
        timer.start()
        return timer

    def extend(self, seconds: float) -> None:
        """Move the deadline ``seconds`` later (time the fetch spent waiting on purpose)."""
        with self._lock:
            self._end += seconds

    def left(self) -> float:
        """Seconds left; E604 when none are."""
        left = self._end - time.monotonic()
        if left <= 0 or self.expired:
            raise self.error()
        return left

    def error(self) -> FetchError:
        return FetchError(f"no complete answer within {self.seconds:g} s (watch_timeout_seconds)",
                          code=E_FETCH_TIME, retry=True)

    def watch(self, sock: socket.socket) -> None:
        # A duplicate descriptor: shutting it down ends the connection whoever holds it (TLS wraps the
        # original socket object and detaches it).
        with self._lock:
            self._watched.append(sock.dup())
            if self.expired:
                self._shutdown()

    def _expire(self) -> None:
        with self._lock:
            if self._closed:
                return
            left = self._end - time.monotonic()
            if left > 0:  # extended meanwhile
                self._timer = self._start_timer(left)
                return
            self.expired = True
            self._shutdown()

    def _shutdown(self) -> None:
        for sock in self._watched:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed by the other side

    def __enter__(self) -> _Deadline:
        return self

    def __exit__(self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None) -> None:
        with self._lock:
            self._closed = True
            self._timer.cancel()
            for sock in self._watched:
                sock.close()
            self._watched.clear()


@dataclass(frozen=True, slots=True)
class _Connector:
    """Opens a fetch's sockets: resolve, check each address, connect, check the peer."""

    policy: AddressPolicy
    deadline: _Deadline

    def open_socket(self, host: str, port: int) -> socket.socket:
        refused: FetchError | None = None
        failure: OSError | None = None
        for family, kind, proto, _, sockaddr in _resolve(host, port):
            try:
                self.policy.check(host, str(sockaddr[0]), connected=False)
            except FetchError as err:
                refused = refused or err  # never connect to it; another address of the host may do
                continue
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(self.deadline.left())
                sock.connect(sockaddr)
                check_peer(sock, host, self.policy)
                self.deadline.watch(sock)
            except OSError as err:
                sock.close()
                failure = err
                continue
            except BaseException:
                sock.close()
                raise
            return sock
        if isinstance(failure, TimeoutError):
            raise self.deadline.error()
        if failure is not None:
            raise FetchError(f"cannot connect to {host} port {port} ({failure.strerror or failure})",
                             code=E_CONNECT, retry=True)
        raise refused or FetchError(f"{host} resolves to no address", code=E_CONNECT)


def _resolve(host: str, port: int) -> Sequence[_AddressInfo]:
    try:
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as err:
        # "try again" may pass; "no such name" will not.
        raise FetchError(f"cannot resolve {host} ({err.strerror})", code=E_CONNECT,
                         retry=err.errno == socket.EAI_AGAIN) from err


class _GuardedHTTPConnection(HTTPConnection):
    connector: _Connector

    def _new_conn(self) -> socket.socket:
        return self.connector.open_socket(self.host, int(self.port or 80))


class _GuardedHTTPSConnection(HTTPSConnection):
    connector: _Connector

    def _new_conn(self) -> socket.socket:
        return self.connector.open_socket(self.host, int(self.port or 443))


# --- answers --------------------------------------------------------------------------------------

class HTTPStatusError(FetchError):
    """E602: the server answered with an error status; ``retry_after`` is its Retry-After in seconds, if any."""

    def __init__(self, message: str, *, status: int, retry: bool, retry_after: float | None) -> None:
        super().__init__(message, code=E_HTTP, retry=retry)
        self.status = status
        self.retry_after = retry_after


def _status_error(response: BaseHTTPResponse) -> FetchError:
    status = response.status
    transient = status == 429 or status >= 500
    return HTTPStatusError(f"HTTP {status} {response.reason or ''}".rstrip(), status=status, retry=transient,
                        retry_after=_seconds(response.headers.get("Retry-After")) if transient else None)


def _retry_after(err: FetchError) -> float | None:
    return err.retry_after if isinstance(err, HTTPStatusError) else None


def _seconds(value: str | None) -> float | None:
    """A Retry-After given in seconds; an HTTP date is ignored (the back-off applies)."""
    value = (value or "").strip()
    return float(value) if value.isdigit() else None


def _read_body(response: BaseHTTPResponse, sock: socket.socket | None, deadline: _Deadline, limit: int) -> bytes:
    """The body, chunk by chunk: E603 past ``limit`` bytes (decompressed), E604 when time runs out."""
    declared = (response.headers.get("Content-Length") or "").strip()
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(f"the body is {declared} bytes, above the limit of {limit} (watch_max_bytes)",
                         code=E_FETCH_SIZE)
    body = bytearray()
    while True:
        left = deadline.left()
        if sock is not None and sock.fileno() != -1:  # -1: the whole body is in, http.client closed it
            sock.settimeout(left)  # no single read may outlast the fetch
        chunk = response.read1(_CHUNK_BYTES)
        if not chunk:
            if deadline.expired:  # the end of a body cut off by the deadline is not the end of the body
                raise deadline.error()
            return bytes(body)
        body += chunk
        if len(body) > limit:
            raise FetchError(f"the body goes on past {limit} bytes (watch_max_bytes)", code=E_FETCH_SIZE)


def _translate(err: BaseException, deadline: _Deadline) -> FetchError:
    """A low-level failure as a coded error; ``retry`` where it may pass."""
    if deadline.expired or isinstance(err, (TimeoutError, urllib3.exceptions.TimeoutError)):
        return deadline.error()
    if isinstance(err, ssl.SSLCertVerificationError):
        return FetchError(f"TLS certificate not accepted ({err.verify_message})", code=E_CONNECT)
    if isinstance(err, ssl.SSLError):
        return FetchError(f"TLS failed ({err})", code=E_CONNECT)
    if isinstance(err, urllib3.exceptions.DecodeError):
        return FetchError("the body's content encoding is broken", code=E_HTTP)
    if isinstance(err, (ConnectionError, urllib3.exceptions.ProtocolError, http.client.RemoteDisconnected)):
        return FetchError(f"the connection broke ({err})", code=E_CONNECT, retry=True)
    if isinstance(err, http.client.HTTPException):
        return FetchError(f"not a valid HTTP answer ({type(err).__name__})", code=E_HTTP)
    reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
    return FetchError(f"cannot connect ({reason})", code=E_CONNECT, retry=True)


def _locate(err: FetchError, url: str, hop: str) -> FetchError:
    """The error told about the URL asked for, and about the redirect that led elsewhere, if any."""
    if err.where is None:
        err.where = url
        if hop != url:
            err.message = f"redirected to {hop}: {err.message}"
    return err


def _fetched(url: str, response: BaseHTTPResponse, body: bytes) -> Fetched:
    media_type, charset = content_type(response.headers.get("Content-Type"))
    validators = Validators(response.headers.get("ETag"), response.headers.get("Last-Modified"))
    return Fetched(url, response.status, body, media_type, charset, validators)


def content_type(value: str | None) -> tuple[str | None, str | None]:
    """Media type and charset of a Content-Type header.

    >>> content_type('text/html; charset="ISO-8859-1"')
    ('text/html', 'iso-8859-1')
    """
    if not value:
        return None, None
    media, *params = value.split(";")
    charset = None
    for param in params:
        name, _, val = param.partition("=")
        if name.strip().lower() == "charset":
            charset = val.strip().strip("'\"").lower() or None
    return media.strip().lower() or None, charset

