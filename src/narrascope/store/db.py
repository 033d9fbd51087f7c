"""The corpus store: one SQLite file (WAL mode) of articles, their analyses and query tables.

Plain SQL, explicit transactions. Articles are keyed by content hash, so storing the same text
twice is a no-op; an analysis and its query rows are replaced together. Every write method is
atomic on its own, and writes inside ``with store.transaction():`` commit all together.

>>> with Store("monitor.db") as store:                                  # doctest: +SKIP
...     store.counts()["articles"]
15
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..catalogue import Catalogue
from ..errors import E_STORE_MISSING, E_STORE_WRITE, StoreError
from ..model import Analysis, Document, Story
from ..settings import DEFAULT, Settings
from . import rows as R
from .neardup import MIN_SHARED_BANDS, Shingles, jaccard, lsh_keys, shingles, word_similarity
from .schema import migrate, schema_version

#: Tables of a store, in dependency order (children after parents).
TABLES = ("articles", "lsh_buckets", "analyses", "narrative_matches", "claims", "sources", "techniques",
          "stories", "story_members", "story_items", "story_aliases", "store_meta")

_ARTICLE_FIELDS = ("id", "article_id", "source", "title", "outlet", "url", "language", "published", "content_hash",
                   "duplicate_of", "similarity", "ingested_at")
_CHUNK = 500  # host parameters per IN (...) list: well below SQLite's limit


#: The package's folders of model and language data whose content changes analyses: the matcher's
#: weights, the stance and technique models, the anchors and debunking cues (``data/``), and the
#: lexicons (``lexicon/``: entities, frames, places, cues, source words). Code files are left out.
DATA_FOLDERS = ("data", "lexicon")
_PACKAGE = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=4)
def data_digest(package: Path = _PACKAGE) -> str:
    """12 hex digits of SHA-256 over every data file of ``DATA_FOLDERS`` (path and bytes, in path order):
    refitted matcher weights or an edited lexicon change it, though the package's version may not."""
    digest = hashlib.sha256()
    for folder in DATA_FOLDERS:
        for path in sorted((package / folder).rglob("*")):
            if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts:
                digest.update(path.relative_to(package).as_posix().encode() + b"\0")
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class Versions:
    """What an analysis was made with; it is stale when either differs from the current run's.

    ``tool`` is the package's version and the digest of its data files (``0.1.0+data.0123456789ab``):
    an upgrade that only refits a model's weights makes the analyses it made stale too."""

    tool: str
    catalogue: str

    @classmethod
    def current(cls, catalogue: Catalogue) -> Versions:
        from .. import (
            __version__,  # at call time: the package's __init__ imports more than we need
        )

        return cls(f"{__version__}+data.{data_digest()}", catalogue.version)


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article's row, without its text."""

    row: int
    article_id: str
    source: str | None
    title: str | None
    outlet: str | None
    url: str | None
    language: str | None
    published: str | None
    content_hash: str
    duplicate_of: int | None
    similarity: float | None
    ingested_at: str


class Store:
    """An open corpus store; opening migrates an older schema and refuses a newer one (E501)."""

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True, settings: Settings = DEFAULT) -> None:
        self.path = Path(path)
        self.settings = settings
        where = str(path)
        if not create and where != ":memory:" and not self.path.exists():
            raise StoreError("no such store", where=where, code=E_STORE_MISSING)
        if create and where != ":memory:" and not self.path.parent.is_dir():
            raise StoreError(f"cannot create a store there: no folder {self.path.parent}", where=where,
                             code=E_STORE_MISSING)
        try:
            self._conn = sqlite3.connect(where, isolation_level=None, timeout=settings.store_busy_seconds)
        except sqlite3.Error as err:
            raise StoreError(f"cannot open ({err})", where=where, code=E_STORE_MISSING) from err
        try:
            migrate(self._conn, where)
            # WAL: readers (a dashboard) never block the writer; NORMAL sync is safe against a killed process.
            _wal(self._conn, settings.store_busy_seconds)
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
        except BaseException:
            self._conn.close()
            raise
        self._savepoints = 0

    # --- connection --------------------------------------------------------------------------

    @property
    def connection(self) -> sqlite3.Connection:
        """The SQLite connection, for queries of your own (autocommit; write inside :meth:`transaction`)."""
        return self._conn

    @property
    def schema_version(self) -> int:
        return schema_version(self._conn)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Writes inside commit together or not at all; a nested call is a savepoint.

        SQLite errors (a lock held past ``store_busy_seconds``, a full disk) come out as E506.
        """
        if self._conn.in_transaction:
            self._savepoints += 1
            name = f"sp{self._savepoints}"
            self._conn.execute(f"SAVEPOINT {name}")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute(f"ROLLBACK TO {name}")
                self._conn.execute(f"RELEASE {name}")
                raise
            finally:
                self._savepoints -= 1
            self._conn.execute(f"RELEASE {name}")
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")  # take the write lock now, not halfway through
            try:
                yield self._conn
            except BaseException:
                if self._conn.in_transaction:  # SQLite may have rolled back already (disk full, I/O error)
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        except sqlite3.Error as err:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise StoreError(f"write failed ({err})", where=str(self.path), code=E_STORE_WRITE) from err

    # --- writing -----------------------------------------------------------------------------

    def add(self, analysis: Analysis, versions: Versions) -> StoredArticle | None:
        """Store an analysed article and its analysis together; None when its content is already stored."""
        with self.transaction():
            article = self.add_article(analysis.document)
            if article is not None:
                self.save_analysis(article.row, analysis, versions)
        return article

    def add_article(self, doc: Document) -> StoredArticle | None:
        """Store an article, linked to its earliest near-duplicate; None when its content is already stored."""
        shingle_set, keys = lsh_keys(doc.text)
        now = _now()
        with self.transaction() as conn:
            dup, similarity = self._near_duplicate(doc.text, shingle_set, keys)
            cur = conn.execute(
                "INSERT INTO articles (article_id, source, title, outlet, url, language, published, text,"
                " content_hash, warnings, duplicate_of, similarity, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(content_hash) DO NOTHING",
                (doc.id, doc.source, doc.title, doc.outlet, doc.url, doc.language, doc.published, doc.text,
                 doc.content_hash, json.dumps(doc.warnings, ensure_ascii=False) if doc.warnings else None,
                 dup, similarity, now))
            if cur.rowcount == 0:
                return None
            row = int(cur.lastrowid or 0)
            conn.executemany("INSERT OR IGNORE INTO lsh_buckets (key, article) VALUES (?, ?)",
                             [(k, row) for k in keys])
        return StoredArticle(row, doc.id, doc.source, doc.title, doc.outlet, doc.url, doc.language, doc.published,
                             doc.content_hash, dup, similarity, now)

    def save_analysis(self, row: int, analysis: Analysis | dict[str, Any], versions: Versions) -> None:
        """Store (or replace) an article's analysis and its rows in the query tables, atomically."""
        record = analysis.to_dict() if isinstance(analysis, Analysis) else analysis
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO analyses (article, tool_version, catalogue_version, analysed_at, analysis)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(article) DO UPDATE SET tool_version = excluded.tool_version,"
                " catalogue_version = excluded.catalogue_version, analysed_at = excluded.analysed_at,"
                " analysis = excluded.analysis",
                (row, versions.tool, versions.catalogue, _now(), json.dumps(record, ensure_ascii=False)))
            conn.execute("UPDATE articles SET language = ? WHERE id = ?", (record.get("language"), row))
            conn.execute("DELETE FROM story_items WHERE article = ?", (row,))  # made again from the new analysis
            for table, columns, rows in (
                ("narrative_matches", R.NARRATIVE_COLUMNS, R.narrative_rows(record)),
                ("claims", R.CLAIM_COLUMNS, R.claim_rows(record)),
                ("sources", R.SOURCE_COLUMNS, R.source_rows(record)),
                ("techniques", R.TECHNIQUE_COLUMNS, R.technique_rows(record)),
            ):
                conn.execute(f"DELETE FROM {table} WHERE article = ?", (row,))
                names = ", ".join(f'"{c}"' for c in ("article", *columns))
                marks = ", ".join("?" * (len(columns) + 1))
                conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", [(row, *r) for r in rows])

    def _near_duplicate(self, new_text: str, s: Shingles, keys: list[int]) -> tuple[int | None, float | None]:
        """The earliest stored article sharing an LSH bucket that is a near-duplicate, and the similarity that says so.

        Its shingles' Jaccard reaches ``near_duplicate_similarity``, or (short texts, where one changed phrase
        moves the Jaccard far) the words kept in order reach ``near_duplicate_word_similarity``.
        """
        marks = ", ".join("?" * len(keys))
        candidates = self._conn.execute(
            f"SELECT article FROM lsh_buckets WHERE key IN ({marks}) GROUP BY article HAVING count(*) >= ?"
            " ORDER BY article LIMIT ?", (*keys, MIN_SHARED_BANDS, self.settings.near_duplicate_candidates)).fetchall()
        for (candidate,) in candidates:
            (text,) = self._conn.execute("SELECT text FROM articles WHERE id = ?", (candidate,)).fetchone()
            similarity = jaccard(s, shingles(text))
            if similarity < self.settings.near_duplicate_similarity:
                similarity = word_similarity(new_text, text, at_least=self.settings.near_duplicate_word_similarity)
                if similarity < self.settings.near_duplicate_word_similarity:
                    continue
            return int(candidate), round(similarity, 4)
        return None, None

    # --- reading -----------------------------------------------------------------------------

    def stored_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Those of ``hashes`` whose content is already stored."""
        wanted = list(dict.fromkeys(hashes))
        found: set[str] = set()
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i:i + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            found.update(h for (h,) in self._conn.execute(
                f"SELECT content_hash FROM articles WHERE content_hash IN ({marks})", chunk))
        return found

    def all_hashes(self) -> frozenset[str]:
        """The content hash of every stored article (what a Dask ingest tells its workers to skip)."""
        return frozenset(h for (h,) in self._conn.execute("SELECT content_hash FROM articles"))

    def row_of(self, content_hash: str) -> int | None:
        """The row id of the article with this content hash, if stored."""
        found = self._conn.execute("SELECT id FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return int(found[0]) if found else None

    def stale(self, versions: Versions, *, everything: bool = False) -> list[int]:
        """Rows whose analysis is missing or was made with another tool or catalogue version."""
        if everything:
            return [r for (r,) in self._conn.execute("SELECT id FROM articles ORDER BY id")]
        return [r for (r,) in self._conn.execute(
            "SELECT a.id FROM articles a LEFT JOIN analyses n ON n.article = a.id"
            " WHERE n.article IS NULL OR n.tool_version != ? OR n.catalogue_version != ? ORDER BY a.id",
            (versions.tool, versions.catalogue))]

    def article(self, row: int) -> StoredArticle | None:
        found = self._conn.execute(f"SELECT {', '.join(_ARTICLE_FIELDS)} FROM articles WHERE id = ?",
                                   (row,)).fetchone()
        return StoredArticle(*found) if found else None

    def articles(self) -> Iterator[StoredArticle]:
        """Every article, in the order stored."""
        for found in self._conn.execute(f"SELECT {', '.join(_ARTICLE_FIELDS)} FROM articles ORDER BY id"):
            yield StoredArticle(*found)

    def documents(self, rows: Sequence[int]) -> dict[int, Document]:
        """Stored articles as fresh documents (text and metadata, no analysis), by row, in the order of ``rows``.

        The language is left for the pipeline to identify again, as for a file read anew.
        """
        by_row: dict[int, Document] = {}
        for i in range(0, len(rows), _CHUNK):
            chunk = list(rows[i:i + _CHUNK])
            marks = ", ".join("?" * len(chunk))
            for row, *f in self._conn.execute(
                    "SELECT id, article_id, text, title, published, outlet, url, source, content_hash, warnings"
                    f" FROM articles WHERE id IN ({marks})", chunk):
                by_row[row] = Document(id=f[0], text=f[1], title=f[2], published=f[3], outlet=f[4], url=f[5],
                                       source=f[6], content_hash=f[7], warnings=json.loads(f[8]) if f[8] else [])
        return {r: by_row[r] for r in rows if r in by_row}

    def analysis(self, row: int) -> dict[str, Any] | None:
        """The stored analysis of an article (the output contract's object), if any."""
        found = self._conn.execute("SELECT analysis FROM analyses WHERE article = ?", (row,)).fetchone()
        return json.loads(found[0]) if found else None

    def analyses(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """``(row, analysis)`` for every analysed article, in the order stored."""
        for row, text in self._conn.execute("SELECT article, analysis FROM analyses ORDER BY article"):
            yield row, json.loads(text)

    def catalogue_mismatch(self, catalogue: Any) -> str | None:
        """A warning when no stored analysis was made with ``catalogue`` (a store-wide command given
        another catalogue than the store's would name its narratives by that one's titles), else None."""
        made_with = {v for (v,) in self._conn.execute("SELECT DISTINCT catalogue_version FROM analyses")}
        if not made_with or catalogue.version in made_with:
            return None
        return (f"the store's analyses were made with another catalogue than {catalogue.source}: narratives are "
                f"named by its titles where it has them, by their ids elsewhere; pass --catalogue with the "
                f"catalogue they were made with")

    def remember_catalogue(self, catalogue: Catalogue) -> None:
        """Note the catalogue analyses are being made with (its file's absolute path, or the bundled one's
        name): commands given no ``--catalogue`` use it (:meth:`remembered_catalogue`). A catalogue built in
        memory (``<memory>``), or named by a path that is no file from here, leaves the note as it was."""
        source = catalogue.source
        if not source.startswith("narrascope:"):
            path = Path(source)
            if source.startswith("<") or not path.is_file():
                return
            source = str(path.resolve())
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO store_meta (key, value) VALUES ('catalogue', ?)", (source,))

    def remembered_catalogue(self) -> str | None:
        """The catalogue the store's analyses were last made with, as :meth:`remember_catalogue` noted it."""
        found = self._conn.execute("SELECT value FROM store_meta WHERE key = 'catalogue'").fetchone()
        return str(found[0]) if found else None

    def remember_options(self, options: dict[str, Any]) -> None:
        """Note the analysis options (``options.options_to_remember``: settings that differ from the defaults,
        the weights file) analyses are being made with: later commands given none use them."""
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO store_meta (key, value) VALUES ('analysis_options', ?)",
                         (json.dumps(options, sort_keys=True),))

    def remembered_options(self) -> dict[str, Any] | None:
        """The analysis options the store's analyses were last made with (None: not noted, an older store)."""
        found = self._conn.execute("SELECT value FROM store_meta WHERE key = 'analysis_options'").fetchone()
        try:
            value = json.loads(found[0]) if found else None
        except ValueError:
            return None
        return value if isinstance(value, dict) else None

    def versions_of(self, row: int) -> Versions | None:
        """What the stored analysis of an article was made with."""
        found = self._conn.execute("SELECT tool_version, catalogue_version FROM analyses WHERE article = ?",
                                   (row,)).fetchone()
        return Versions(*found) if found else None

    def records(self, rows: Sequence[int] | None = None) -> Iterator[tuple[int, dict[str, Any], str]]:
        """``(row, analysis, plain text)`` for every analysed article (or those of ``rows``), in the order stored."""
        query = "SELECT a.article, a.analysis, t.text FROM analyses a JOIN articles t ON t.id = a.article"
        if rows is None:
            for row, analysis, text in self._conn.execute(query + " ORDER BY a.article"):
                yield row, json.loads(analysis), text
            return
        wanted = sorted(set(rows))
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i:i + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            for row, analysis, text in self._conn.execute(
                    query + f" WHERE a.article IN ({marks}) ORDER BY a.article", chunk):
                yield row, json.loads(analysis), text

    def save_stories(self, stories: Sequence[Story]) -> None:
        """Replace the stored stories; each names its members' rows (``Story.rows``). Ids are kept as
        :func:`~narrascope.store.story_items.replace_stories` keeps them (the one writer of stories)."""
        from .story_items import replace_stories

        with self.transaction() as conn:
            replace_stories(conn, stories, now=_now())

    def stories(self) -> list[dict[str, Any]]:
        """The stored stories, largest first, as ``Story.to_dict`` wrote them."""
        from .query import (
            stories,  # the one reading of stored stories, shared with the API
        )

        return stories(self._conn)

    def data_version(self) -> int:
        """A number that moves whenever another connection commits to the file (``PRAGMA data_version``)."""
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def counts(self) -> dict[str, int]:
        """Rows in each table."""
        return {t: int(self._conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}


def _wal(conn: sqlite3.Connection, patience: float) -> None:
    """Put the file in WAL mode (kept in the file: the first opener does it). The switch needs the file to
    itself and SQLite says 'database is locked' at once, without waiting, while another connection holds it
    (two processes creating one store), so it is tried again for up to ``patience`` seconds."""
    deadline = time.monotonic() + patience
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
