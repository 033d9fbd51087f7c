"""The store's schema as numbered migrations, and the code that applies them.

``PRAGMA user_version`` holds the number of migrations a database has had. Opening a store
applies the missing ones in order, each in its own transaction together with its version bump,
so a failure leaves the database at the last good version. A database with a higher version than
this code knows was written by a newer narrascope and is refused (E501) rather than guessed at.

Migrations are append-only: never edit one that has shipped; add the next. docs/store.md
describes every table and column.
"""

from __future__ import annotations

import sqlite3

from ..errors import E_STORE_FOREIGN, E_STORE_MIGRATION, E_STORE_NEWER, StoreError

#: ``PRAGMA application_id`` of a narrascope store ("NRSC"): tells our files from other SQLite files.
APPLICATION_ID = 0x4E525343

_V1_CORPUS = f"""
PRAGMA application_id = {APPLICATION_ID};

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    article_id   TEXT NOT NULL,
    source       TEXT,
    title        TEXT,
    outlet       TEXT,
    url          TEXT,
    language     TEXT,
    published    TEXT,
    text         TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    warnings     TEXT,
    duplicate_of INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    similarity   REAL,
    ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);

CREATE TABLE lsh_buckets (
    key     INTEGER NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (key, article)
) WITHOUT ROWID;
CREATE INDEX lsh_buckets_article ON lsh_buckets(article);

CREATE TABLE analyses (
    article           INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    tool_version      TEXT NOT NULL,
    catalogue_version TEXT NOT NULL,
    analysed_at       TEXT NOT NULL,
    analysis          TEXT NOT NULL
);
CREATE INDEX analyses_versions ON analyses(tool_version, catalogue_version);

CREATE TABLE narrative_matches (
    article        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    narrative      TEXT NOT NULL,
    title          TEXT,
    score          REAL NOT NULL,
    matched        INTEGER NOT NULL,
    stance         TEXT,
    evidence_text  TEXT,
    evidence_start INTEGER,
    evidence_end   INTEGER,
    PRIMARY KEY (article, narrative)
);
CREATE INDEX narrative_matches_narrative ON narrative_matches(narrative, matched);

CREATE TABLE claims (
    id                  INTEGER PRIMARY KEY,
    article             INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    type                TEXT NOT NULL,
    modality            TEXT,
    agent_text          TEXT,
    agent               TEXT,
    moved_text          TEXT,
    moved               TEXT,
    moved_count         INTEGER,
    origin_text         TEXT,
    origin              TEXT,
    origin_country      TEXT,
    origin_lat          REAL,
    origin_lon          REAL,
    destination_text    TEXT,
    destination         TEXT,
    destination_country TEXT,
    destination_lat     REAL,
    destination_lon     REAL,
    target_text         TEXT,
    target              TEXT,
    means               TEXT,
    time                TEXT,
    source_text         TEXT,
    source              TEXT,
    source_kind         TEXT,
    evidence_text       TEXT,
    evidence_start      INTEGER,
    evidence_end        INTEGER
);
CREATE INDEX claims_article ON claims(article);
CREATE INDEX claims_type ON claims(type);

CREATE TABLE sources (
    id        INTEGER PRIMARY KEY,
    article   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    text      TEXT NOT NULL,
    canonical TEXT,
    kind      TEXT,
    start     INTEGER,
    "end"     INTEGER
);
CREATE INDEX sources_article ON sources(article);
CREATE INDEX sources_canonical ON sources(canonical);

CREATE TABLE techniques (
    id         INTEGER PRIMARY KEY,
    article    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    technique  TEXT NOT NULL,
    start      INTEGER,
    "end"      INTEGER,
    text       TEXT,
    confidence REAL,
    detector   TEXT
);
CREATE INDEX techniques_article ON techniques(article);
CREATE INDEX techniques_technique ON techniques(technique);
"""

_V2_STORIES = """
CREATE TABLE stories (
    id         TEXT PRIMARY KEY,
    label      TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE story_members (
    story   TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (story, article)
);
CREATE INDEX story_members_article ON story_members(article);
"""

# A story keeps what `narrascope stories` computed (label, languages, flows, ...) as JSON.
_V3_STORY_DATA = """
ALTER TABLE stories ADD COLUMN data TEXT;
"""

# Full-text search over title and text (the API's and dashboard's search box), kept in step with
# `articles` by triggers; "rebuild" indexes the articles of an older store. Feed state for `watch`:
# each feed's validators (ETag, Last-Modified) for conditional requests, and each item seen, so that
# no item is fetched or stored twice.
_V4_SEARCH_AND_FEEDS = """
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

CREATE TABLE feeds (
    url           TEXT PRIMARY KEY,
    kind          TEXT,
    title         TEXT,
    etag          TEXT,
    last_modified TEXT,
    checked_at    TEXT,
    status        INTEGER,
    error         TEXT
);

CREATE TABLE feed_items (
    feed    TEXT NOT NULL REFERENCES feeds(url) ON DELETE CASCADE,
    key     TEXT NOT NULL,
    url     TEXT,
    article INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    seen_at TEXT NOT NULL,
    error   TEXT,
    PRIMARY KEY (feed, key)
);
CREATE INDEX feed_items_article ON feed_items(article);
"""

# The technique filter and its counts read (technique, article) pairs: an index of both answers
# them without visiting the table's 280,000 rows of a 10,000-article store (bench/api.py).
_V5_TECHNIQUE_ARTICLES = """
CREATE INDEX techniques_technique_article ON techniques(technique, article);
"""

# Alerts (narrascope alerts): each event a rule found, once, under its key; and each alert's delivery to each
# webhook, so that an alert is POSTed once and a failed delivery is tried again on the next evaluations.
_V6_ALERTS = """
CREATE TABLE alerts (
    key        TEXT PRIMARY KEY,
    rule       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    narrative  TEXT,
    title      TEXT NOT NULL,
    day        TEXT,
    article    INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    data       TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX alerts_created ON alerts(created_at);

CREATE TABLE alert_deliveries (
    alert        TEXT NOT NULL REFERENCES alerts(key) ON DELETE CASCADE,
    target       TEXT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    delivered_at TEXT,
    error        TEXT,
    PRIMARY KEY (alert, target)
);
CREATE INDEX alert_deliveries_pending ON alert_deliveries(delivered_at);
"""

# Claims as events: the event a claim is a leg of, and the event's whole route ("A → B → C"), so that
# the flow views can say which routes an edge belongs to. Rows stored before stay NULL until reanalysed.
_V7_CLAIM_EVENTS = """
ALTER TABLE claims ADD COLUMN event TEXT;
ALTER TABLE claims ADD COLUMN route TEXT;
"""

# Stories at scale: each analysed article's story vector and what grouping compares (stored once, at ingest
# or at the first grouping), and the group it is in (the row of the article that started the group; NULL:
# not grouped yet), so new articles join the groups without re-encoding or regrouping the store.
# IF NOT EXISTS: the scale branch (issue 15) numbered this migration 7 before it met the claim events; a
# store that branch wrote at version 7 has the table already and gets the event columns (_mend_claim_events).
_V8_STORY_ITEMS = """
CREATE TABLE IF NOT EXISTS story_items (
    article INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    vector  BLOB NOT NULL,
    data    TEXT NOT NULL,
    detail  TEXT NOT NULL,
    grp     INTEGER
);
CREATE INDEX IF NOT EXISTS story_items_grp ON story_items(grp);
"""

# Story ids that were renamed (a story merged into another, or a regroup named it anew) and the story
# each now resolves to, so that links to a story keep working as it changes (docs/stories.md).
_V9_STORY_ALIASES = """
CREATE TABLE story_aliases (
    alias TEXT PRIMARY KEY,
    story TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX story_aliases_story ON story_aliases(story);
"""

# An alert whose event is gone (the match that raised it was false and re-analysis removed it) is marked
# withdrawn rather than deleted: it was seen, delivered, maybe acted on (docs/alerts.md).
_V10_ALERT_WITHDRAWN = """
ALTER TABLE alerts ADD COLUMN withdrawn_at TEXT;
"""

# What a store remembers of itself: "catalogue", the catalogue its analyses were last made with (a file's
# absolute path, or the bundled one's name), so that commands given no --catalogue use it (docs/store.md).
_V11_STORE_META = """
CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
"""

#: The migrations, in order: a database at version N has had the first N of them.
MIGRATIONS: tuple[str, ...] = (_V1_CORPUS, _V2_STORIES, _V3_STORY_DATA, _V4_SEARCH_AND_FEEDS, _V5_TECHNIQUE_ARTICLES,
                               _V6_ALERTS, _V7_CLAIM_EVENTS, _V8_STORY_ITEMS,
                               _V9_STORY_ALIASES, _V10_ALERT_WITHDRAWN, _V11_STORE_META)

#: The schema version this code writes.
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    """The number of migrations the database has had."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_ours(conn: sqlite3.Connection, where: str) -> int:
    """The schema version, after making sure the file is a store this code can read."""
    snapshot = not conn.in_transaction  # one read transaction: another process creating the store
    try:                                # commits between two reads otherwise (tables, but no id yet)
        if snapshot:
            conn.execute("BEGIN")
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = schema_version(conn)
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    except sqlite3.DatabaseError as err:
        raise StoreError(f"not an SQLite database ({err})", where=where, code=E_STORE_FOREIGN) from err
    finally:
        if snapshot and conn.in_transaction:
            conn.execute("COMMIT")
    # A new file has neither id nor tables; any other SQLite file is someone else's.
    if app_id != APPLICATION_ID and (app_id != 0 or tables):
        raise StoreError("an SQLite database, but not a narrascope store", where=where, code=E_STORE_FOREIGN)
    if version > SCHEMA_VERSION:
        raise StoreError(f"written by a newer narrascope (schema version {version}; this one knows up to "
                         f"{SCHEMA_VERSION}): upgrade narrascope to open it", where=where, code=E_STORE_NEWER)
    return version


def migrate(conn: sqlite3.Connection, where: str) -> int:
    """Apply the missing migrations, each atomically with its version bump; returns the new version.

    Two processes may open a new store at once (two ingests): each migration is applied under the
    write lock after reading the version again, so the second waits and then finds it done.
    """
    version = check_ours(conn, where)
    for number in range(version + 1, SCHEMA_VERSION + 1):
        try:
            conn.execute("BEGIN IMMEDIATE")
            if check_ours(conn, where) < number:
                if number == _STORY_ITEMS_NUMBER:
                    _mend_claim_events(conn)
                for statement in _statements(MIGRATIONS[number - 1]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except sqlite3.Error as err:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"migration {number} failed ({err}); the database stays at version {number - 1}",
                             where=where, code=E_STORE_MIGRATION) from err
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION


_STORY_ITEMS_NUMBER = MIGRATIONS.index(_V8_STORY_ITEMS) + 1


def _mend_claim_events(conn: sqlite3.Connection) -> None:
    """Before migration 8: a store at version 7 whose claims have no ``event`` column was written by the
    scale branch before the merge (its 7 was ``story_items``), so it never had the claim events: add them."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(claims)")}
    if "event" not in columns:
        for statement in _statements(_V7_CLAIM_EVENTS):
            conn.execute(statement)


def _statements(script: str) -> list[str]:
    """A migration script's statements, each whole (a trigger's body has semicolons of its own)."""
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending)
            pending = ""
    if pending.strip():
        statements.append(pending)
    return [s for s in statements if s.strip()]
