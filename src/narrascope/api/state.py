"""What one running server holds: its configuration, a read connection per worker thread, the
analyser (loaded once, in the background, shared under a lock), the catalogue file and the jobs."""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import ipaddress
import os
import stat
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from starlette.requests import Request

from ..alerts.rules import load_rules
from ..catalogue import (
    Catalogue,
    Narrative,
    catalogue_text,
    load_catalogue,
    parse_catalogue,
)
from ..errors import E_AUTH, E_NOT_FOUND_API, E_UNSAFE_BIND, UsageError
from ..examples import with_example
from ..ingest.records import BOM
from ..settings import DEFAULT, Settings
from ..store import Store
from ..store.query import article_detail, narrative_totals
from .jobs import JobRunner

if TYPE_CHECKING:
    from ..engine import Analyser

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
T = TypeVar("T")


@dataclass(frozen=True)
class ServerConfig:
    """How ``narrascope serve`` was started."""

    db: Path
    catalogue: Path | None = None      # the catalogue file the editor reads and replaces
    token: str | None = None           # needed by every write endpoint (Authorization: Bearer ...)
    host: str = "127.0.0.1"
    port: int = 8000
    settings: Settings = DEFAULT
    load_analyser_at_start: bool = True
    alerts: Path | None = None         # alert rules evaluated after each ingest job (serve --alerts)
    webhook_hosts: tuple[str, ...] = ()  # webhook hosts allowed beyond public addresses (--webhook-host)
    #: host names the server answers for besides IP addresses, localhost and ``host`` (``--allow-host``)
    allow_hosts: tuple[str, ...] = ()

    def answers_for(self, host: str) -> bool:
        """Whether a request's ``Host`` names this server: an IP address (no DNS name can be rebound to
        it), localhost, the name it was bound to, or one given with ``--allow-host``. Any other name
        means a page elsewhere has pointed its own name at us (DNS rebinding)."""
        name = host_name(host)
        try:
            ipaddress.ip_address(name)
            return True
        except ValueError:
            pass
        allowed = {"localhost", self.host.lower().rstrip("."), *(h.lower().rstrip(".") for h in self.allow_hosts)}
        return name in allowed

    def catalogue_path(self) -> Path:
        """The catalogue edited in the dashboard: ``--catalogue``, else ``<db>.catalogue.yaml`` beside the store
        (created from the bundled catalogue the first time it is saved)."""
        return self.catalogue or self.db.with_name(self.db.name + ".catalogue.yaml")


def host_name(host: str) -> str:
    """The name in a ``Host`` header, without port or IPv6 brackets, lower case, no trailing dot.

    >>> host_name("[::1]:8000"), host_name("Monitor.Example.:8000"), host_name("localhost")
    ('::1', 'monitor.example', 'localhost')
    """
    name = host.strip().lower()
    if name.startswith("[") and "]" in name:
        name = name[1:name.index("]")]
    elif name.count(":") == 1:  # name:port (a bare IPv6 address has more colons)
        name = name.partition(":")[0]
    return name.rstrip(".")


def check_bind(host: str, token: str | None) -> None:
    """Refuse to serve beyond this machine without a token: every write would be open to the network."""
    if token:
        return
    if host in LOCAL_HOSTS:
        return
    try:
        if ipaddress.ip_address(host).is_loopback:
            return
    except ValueError:
        pass
    raise UsageError(f"refusing to serve on {host} without a token: give --token (or set NARRASCOPE_TOKEN), "
                     "or bind to 127.0.0.1", code=E_UNSAFE_BIND)


class ServerState:
    def __init__(self, config: ServerConfig, make_analyser: Callable[[Catalogue], Analyser] | None = None) -> None:
        self.config = config
        self.settings = config.settings
        self.jobs = JobRunner()
        self._local = threading.local()
        self._make_analyser = make_analyser or _default_analyser(config.settings)
        self._analyser: Analyser | None = None
        self._analyser_error: Exception | None = None
        self._analyser_ready = threading.Event()
        self.analyse_lock = threading.Lock()  # the encoders are not made for concurrent calls
        self._catalogue_lock = threading.Lock()
        Store(config.db, settings=config.settings).close()  # create or migrate once, before any reader
        self.catalogue = self._read_catalogue()
        self.alert_rules = load_rules(config.alerts) if config.alerts is not None else None  # invalid: fails now
        if config.load_analyser_at_start:
            threading.Thread(target=self._load_analyser, name="load-analyser", daemon=True).start()

    # --- the store --------------------------------------------------------------------------

    def store(self) -> Store:
        """This thread's read connection (SQLite connections do not cross threads)."""
        store = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.config.db, create=False, settings=self.settings)
            self._local.store = store
        return store

    def cached(self, name: str, compute: Callable[[Store], T]) -> T:
        """``compute(store)``, remembered on this thread until the store changes (filter drop-downs and the
        like: a pass over the store that a page would otherwise make on every request).

        ``PRAGMA data_version`` moves when another connection commits; this thread's connection only reads.
        """
        store = self.store()
        version = store.data_version()
        memo: dict[str, tuple[int, Any]] = self._local.__dict__.setdefault("memo", {})
        hit = memo.get(name)
        if hit is None or hit[0] != version:
            hit = memo[name] = (version, compute(store))
        value: T = hit[1]
        return value

    # --- the analyser -------------------------------------------------------------------------

    def _load_analyser(self) -> None:
        try:
            self._analyser = self._make_analyser(self.catalogue)
        except Exception as err:  # reported by every request that needs it
            self._analyser_error = err
        finally:
            self._analyser_ready.set()

    def analyser(self) -> Analyser:
        """The analyser, loading it now if the background load was not asked for (or is still going)."""
        if not self._analyser_ready.is_set() and not self.config.load_analyser_at_start:
            with self._catalogue_lock:
                if not self._analyser_ready.is_set():
                    self._load_analyser()
        self._analyser_ready.wait()
        if self._analyser is None:
            raise self._analyser_error or RuntimeError("the analyser could not be loaded")
        return self._analyser

    @property
    def analyser_ready(self) -> bool:
        return self._analyser_ready.is_set() and self._analyser is not None

    # --- the catalogue ----------------------------------------------------------------------

    def _read_catalogue(self) -> Catalogue:
        """``--catalogue`` (which must exist), else the store's own file once saved, else the bundled one."""
        if self.config.catalogue is not None:
            return load_catalogue(self.config.catalogue, self.settings)
        path = self.config.catalogue_path()
        return load_catalogue(path if path.exists() else None, self.settings)

    @property
    def titles(self) -> dict[str, str]:
        """Narrative id -> title, from the catalogue in use."""
        return {n.id: n.title for n in self.catalogue.narratives}

    def narrative(self, narrative_id: str) -> tuple[Narrative | None, dict[str, int]]:
        """A narrative's catalogue entry and matched articles per stance; 404 (E422) when neither knows it
        (a narrative dropped from the catalogue is still found while stored analyses name it)."""
        entry = self.catalogue.get(narrative_id)
        totals = narrative_totals(self.store().connection).get(narrative_id) or {}
        if entry is None and not totals:
            raise UsageError(f"no narrative {narrative_id!r} in the catalogue or the store", code=E_NOT_FOUND_API)
        return entry, totals

    def catalogue_text(self) -> str:
        path = self.config.catalogue_path()
        return catalogue_text(path if path.exists() else None, self.settings)

    def example_files(self) -> list[Path]:
        """The example files the catalogue in use names: a catalogue sent over the API may keep naming
        them wherever they are (the operator chose them); any other must lie in the catalogue's folder."""
        return [e.file for e in self.catalogue.examples if e.file is not None]

    def replace_catalogue(self, text: str) -> Catalogue:
        """Validate, then write atomically (a crash leaves the old file or the new one, never half of one),
        then use it for every analysis from now on."""
        path = self.config.catalogue_path()
        catalogue = parse_catalogue(text, path.name, self.settings, base=path.parent, confined=True,
                                    trusted=self.example_files())
        with self._catalogue_lock:
            _write_atomically(path, text)
            self.catalogue = catalogue
            if self._analyser is not None:
                with self.analyse_lock:
                    self._analyser = dataclasses.replace(self._analyser, catalogue=catalogue)
        return catalogue

    def label_article(self, row: int, narrative_id: str, pushes: bool) -> tuple[Catalogue, list[str]]:
        """An analyst's verdict on one stored article: it pushes (or does not push) ``narrative_id``.

        The article's text is kept beside the catalogue (``<catalogue>.examples/<hash>.txt``) and the
        catalogue gains it as a labelled example (or its labels change, when it is one already): the
        narratives it was labelled with before, else those it is matched to now, with this one added
        or removed. Returns the saved catalogue and the example's labels."""
        if self.catalogue.get(narrative_id) is None:
            raise UsageError(f"no narrative {narrative_id!r} in the catalogue", code=E_NOT_FOUND_API)
        article = article_detail(self.store().connection, row)
        if article is None:
            raise UsageError(f"no article {row}", code=E_NOT_FOUND_API)
        text = (article["text"] or "").lstrip(BOM)  # one stored before ingest dropped the mark
        path = self.config.catalogue_path()
        folder = path.with_name(path.name + ".examples")
        name = f"{folder.name}/{hashlib.sha256(text.encode('utf-8')).hexdigest()[:20]}.txt"
        target = (path.parent / name).resolve()
        earlier = next((e for e in self.catalogue.examples if e.file is not None and e.file.resolve() == target), None)
        if earlier is not None:
            labels = set(earlier.narratives)
        else:
            analysis = article.get("analysis") or {}
            labels = {n["id"] for n in analysis.get("narratives", [])
                      if n.get("matched") and self.catalogue.get(n["id"])}
        labels = (labels | {narrative_id}) if pushes else (labels - {narrative_id})
        ordered = [n.id for n in self.catalogue.narratives if n.id in labels]
        folder.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            _write_atomically(target, text)
        return self.replace_catalogue(with_example(self.catalogue_text(), name, ordered)), ordered

    # --- writes -------------------------------------------------------------------------------

    def check_token(self, authorization: str | None) -> None:
        expected = self.config.token
        if not expected:
            raise UsageError("this server was started without a token, so it takes no writes", code=E_AUTH)
        scheme, _, given = (authorization or "").strip().partition(" ")
        given = given.strip() if scheme.lower() == "bearer" else ""  # the scheme's name is case-insensitive
        if not given or not hmac.compare_digest(given.encode(), expected.encode()):
            raise UsageError("this needs the server's token (header Authorization: Bearer TOKEN)", code=E_AUTH)


def _write_atomically(path: Path, text: str) -> None:
    """Write ``text`` so that a crash leaves the old file or the new one, never half of one.

    The file keeps its mode (a catalogue the team reads stays 0644); a new one gets the mode any new
    file gets (0666 less the umask), not the 0600 of the temporary file it is written as."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
    try:
        os.chmod(tmp, stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's umask (read by setting it, and set back at once: there is no other portable way)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def state_of(request: Request) -> ServerState:
    """The server state of the application that got ``request`` (API and dashboard alike)."""
    state: ServerState = request.app.state.narrascope
    return state


def _default_analyser(settings: Settings) -> Callable[[Catalogue], Analyser]:
    def make(catalogue: Catalogue) -> Analyser:
        from ..engine import Analyser

        return Analyser(catalogue=catalogue, settings=settings)
    return make
