"""Coded errors: every message carries a code and, where it applies, the place (file, line, field).

Codes by family: E1xx input/ingest, E2xx catalogue, E3xx pipeline and backends, E4xx usage
(the CLI's and the REST API's), E5xx corpus store, E6xx fetching feeds and pages (``watch``),
E7xx alert rules and their delivery.
"""

from __future__ import annotations

import re


class NarrascopeError(Exception):
    """Base error. ``str(err)`` reads ``[E101] file.txt: the file is empty``."""

    code = "E000"

    def __init__(self, message: str, *, where: str | None = None, code: str | None = None) -> None:
        self.message = message
        self.where = where
        if code:
            self.code = code
        super().__init__(str(self))

    def __str__(self) -> str:
        place = f"{self.where}: " if self.where else ""
        return f"[{self.code}] {place}{self.message}"


class InputError(NarrascopeError):
    """An input file or record cannot be read as an article."""

    code = "E100"


class CatalogueError(NarrascopeError):
    """The narrative catalogue is malformed; ``line`` and ``field`` say where, when known (the REST API
    answers them beside the message).

    >>> err = CatalogueError("field 'title' of narrative 'a' must be non-empty text", where="my.yaml:12", code="E203")
    >>> err.line, err.field
    (12, 'title')
    """

    code = "E200"

    @property
    def line(self) -> int | None:
        """The line of the file the error is on (read off ``where``: ``my.yaml:12``)."""
        found = _LINE.search(self.where or "")
        return int(found.group(1)) if found else None

    @property
    def field(self) -> str | None:
        """The field at fault, as the message names it (``field 'title'``)."""
        found = _FIELD.search(self.message)
        return found.group(1) if found else None


_FIELD = re.compile(r"field '([^']+)'")
_LINE = re.compile(r":(\d+)$")


class BackendError(NarrascopeError):
    """A swappable backend (encoder, language identifier) is missing or failed."""

    code = "E300"


class UsageError(NarrascopeError):
    """The caller asked for something that cannot be done."""

    code = "E400"


class FetchError(NarrascopeError):
    """A feed or page could not be fetched or read (``watch``); the others go on."""

    code = "E600"

    def __init__(self, message: str, *, where: str | None = None, code: str | None = None,
                 retry: bool = False) -> None:
        self.retry = retry  # a failure that may pass (timeout, 429, 5xx): worth another attempt
        super().__init__(message, where=where, code=code)


class AlertRulesError(NarrascopeError):
    """An alert rules file is malformed (``narrascope alerts``, ``watch --alerts``, ``serve --alerts``)."""

    code = "E700"


class StoreError(NarrascopeError):
    """The corpus store (SQLite) cannot be opened, migrated or written."""

    code = "E500"


# Input errors -------------------------------------------------------------------------------
E_EMPTY = "E101"          # nothing but whitespace
E_BINARY = "E102"         # not text at all
E_TOO_LARGE = "E103"      # above settings.max_input_bytes
E_DECODE = "E104"         # no encoding decodes it sensibly
E_NO_TEXT = "E105"        # HTML or record without extractable text
E_BAD_RECORD = "E106"     # a JSONL/CSV row that is not an article
E_UNREADABLE = "E107"     # the file system refused
E_NOT_FOUND = "E108"      # the path does not exist
E_FORMAT = "E109"         # unsupported file type, or (Python API) an article that is not a str
E_HTML_LIMIT = "E110"     # an HTML page beyond settings.html_max_elements, html_max_depth or html_max_seconds

# Catalogue errors ---------------------------------------------------------------------------
E_CAT_YAML = "E201"       # not parseable YAML
E_CAT_SHAPE = "E202"      # wrong top-level shape
E_CAT_FIELD = "E203"      # missing or mistyped field, or one carrying a YAML tag (!foo, !!python/...)
E_CAT_DUP = "E204"        # duplicate id, or a key given twice in one mapping
E_CAT_PARENT = "E205"     # unknown parent id
E_CAT_EMPTY = "E206"      # no narratives
E_CAT_EXAMPLE = "E208"    # a labelled example whose file is missing or unreadable, or that names an unknown id
E_CAT_SIZE = "E207"       # beyond settings.catalogue_max_bytes, _narratives, _depth or _values (aliases spelled out)

# Pipeline errors ----------------------------------------------------------------------------
E_STAGE = "E301"          # a stage raised on one document
E_BACKEND = "E302"        # optional backend not installed
E_MODEL = "E303"          # a shipped model file is missing, unreadable or from another version
E_WORKER = "E304"         # a Dask worker died (or its task failed) on this one document, every time it was tried
E_CLUSTER = "E305"        # the Dask scheduler cannot be reached, or standard input given to the Dask engine

# Usage errors: E40x the CLI's options; E42x the REST API's, each answered with one HTTP status
E_BAD_REQUEST = "E420"    # a malformed request: a missing or mistyped field, a bad date     (HTTP 422)
E_AUTH = "E421"           # a write without the server's token, or with a wrong one           (HTTP 401)
E_NOT_FOUND_API = "E422"  # no such article, narrative, story or job                          (HTTP 404)
E_PAGE_SIZE = "E423"      # a page larger than settings.api_max_page_size                     (HTTP 422)
E_REQUEST_SIZE = "E424"   # a body larger than settings.api_max_request_bytes                 (HTTP 413)
E_BUSY = "E425"           # a long job (ingest, re-analysis) is already running               (HTTP 409)
E_BAD_OPTION = "E402"     # an option's value is not one the tool knows: --set NAME=VALUE, --encoder
E_NO_SUCH = "E404"        # the CLI was asked for a narrative or story that the store does not hold
E_UNSAFE_BIND = "E426"    # `serve` bound beyond localhost without a token: refused to start
E_HOST = "E427"           # the Host header names no host the server answers for (DNS rebinding)  (HTTP 400)
E_LISTEN = "E428"         # `serve` cannot listen on --host/--port (in use, not this machine's): nothing started
E_METHOD = "E429"         # a method the endpoint does not take (DELETE, GET on a write); Allow lists them (HTTP 405)

# Store errors -------------------------------------------------------------------------------
E_STORE_NEWER = "E501"    # the database was written by a newer narrascope (higher schema version)
E_STORE_FOREIGN = "E502"  # not SQLite, or an SQLite file that is not a narrascope store
E_STORE_MISSING = "E503"  # no such database file (export, reanalyse), or none can be created there
E_STORE_MIGRATION = "E504"  # a schema migration failed; the database is left at the last good version
E_STORE_TABLE = "E505"    # an export of a table (or in a format) the store does not have
E_STORE_WRITE = "E506"    # a write failed: locked by another writer past store_busy_seconds, disk full, read-only
E_EXPORT_WRITE = "E507"   # the export's output file cannot be written

# Fetch errors (watch) -------------------------------------------------------------------------
E_ADDRESS = "E601"        # the address connected to is loopback, private or link-local (not allowed)
E_HTTP = "E602"           # the server answered with an error status
E_FETCH_SIZE = "E603"     # the body went on past settings.watch_max_bytes
E_FETCH_TIME = "E604"     # no answer, or the whole fetch took longer than settings.watch_timeout_seconds
E_FEED = "E605"           # not a feed, or XML too broken to read any item from
E_CONNECT = "E606"        # the host could not be resolved or reached
E_REDIRECTS = "E607"      # more redirects than settings.watch_max_redirects, or a redirect without a target
E_URL = "E608"            # not an http(s) URL, or a feeds-file line that is not one

# Alert rules (narrascope alerts) ----------------------------------------------------------------
E_RULES_YAML = "E701"     # not parseable YAML, or the file cannot be read
E_RULES_SHAPE = "E702"    # wrong top-level shape: not a mapping with a 'rules' list
E_RULES_FIELD = "E703"    # a missing, mistyped, unknown or out-of-range field
E_RULES_DUP = "E704"      # two rules with the same id
E_WEBHOOK = "E705"        # a webhook answered with a redirect (not followed: a POST is not sent twice)
