"""Coded errors: every message carries a code and, where it applies, the place (file, line, field).

Codes by family: E1xx input/ingest, E2xx catalogue, E3xx pipeline and backends, E4xx usage,
E5xx corpus store.
"""

from __future__ import annotations


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
    """The narrative catalogue is malformed."""

    code = "E200"


class BackendError(NarrascopeError):
    """A swappable backend (encoder, language identifier) is missing or failed."""

    code = "E300"


class UsageError(NarrascopeError):
    """The caller asked for something that cannot be done."""

    code = "E400"


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
E_FORMAT = "E109"         # unsupported file type

# Catalogue errors ---------------------------------------------------------------------------
E_CAT_YAML = "E201"       # not parseable YAML
E_CAT_SHAPE = "E202"      # wrong top-level shape
E_CAT_FIELD = "E203"      # missing or mistyped required field
E_CAT_DUP = "E204"        # duplicate id
E_CAT_PARENT = "E205"     # unknown parent id
E_CAT_EMPTY = "E206"      # no narratives

# Pipeline errors ----------------------------------------------------------------------------
E_STAGE = "E301"          # a stage raised on one document
E_BACKEND = "E302"        # optional backend not installed
E_MODEL = "E303"          # a shipped model file is missing, unreadable or from another version

# Store errors -------------------------------------------------------------------------------
E_STORE_NEWER = "E501"    # the database was written by a newer narrascope (higher schema version)
E_STORE_FOREIGN = "E502"  # not SQLite, or an SQLite file that is not a narrascope store
E_STORE_MISSING = "E503"  # no such database file (export, reanalyse), or none can be created there
E_STORE_MIGRATION = "E504"  # a schema migration failed; the database is left at the last good version
E_STORE_TABLE = "E505"    # an export of a table (or in a format) the store does not have
E_STORE_WRITE = "E506"    # a write failed: locked by another writer past store_busy_seconds, disk full, read-only
E_EXPORT_WRITE = "E507"   # the export's output file cannot be written
