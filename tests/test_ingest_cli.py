"""The ``ingest``, ``reanalyse`` and ``export`` commands, and an ingest killed mid-run then resumed."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from test_cli import GOOD_CATALOGUE, run

from narrascope.store import SCHEMA_VERSION, Store

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent / "examples" / "sample"
EMPTY = HERE / "resources" / "empty.txt"
ARTICLES = 40
# The kill test is about storage, not matching: a one-narrative catalogue starts each process faster.
TINY_CATALOGUE = GOOD_CATALOGUE


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def write_articles(folder: Path, n: int = ARTICLES) -> Path:
    """``n`` distinct news-like articles (sentences of the sample, shuffled), one file each."""
    folder.mkdir(parents=True, exist_ok=True)
    sentences = [s.strip() + "." for p in sorted(SAMPLE.glob("en_*.txt"))
                 for s in p.read_text(encoding="utf-8").split(". ") if len(s.split()) > 6]
    for i in range(n):
        rng = random.Random(i)
        body = " ".join(rng.sample(sentences, 8))
        (folder / f"art{i:03d}.txt").write_text(f"Report number {i}\n\n{body}\n", encoding="utf-8")
    return folder


def stored(db: Path) -> int:
    """Articles committed so far, read as another process would (0 before the schema exists)."""
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def test_ingest_killed_mid_run_then_rerun_stores_every_article_exactly_once(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in")
    db = tmp_path / "monitor.db"
    catalogue = tmp_path / "catalogue.yaml"
    catalogue.write_text(TINY_CATALOGUE, encoding="utf-8")
    cmd = [sys.executable, "-m", "narrascope.cli", "ingest", str(folder), "--db", str(db), "-c", str(catalogue),
           "--set", "ingest_batch_size=4", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline and not (db.exists() and stored(db) >= 4):
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL, "the first run finished before it could be killed"
    at_kill = stored(db)
    assert 4 <= at_kill < ARTICLES and at_kill % 4 == 0  # whole batches only

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    new, already = (int(x) for x in rerun.stdout.split(": ")[1].replace(" new,", "").split()[:2])
    assert already == at_kill and new + already == ARTICLES
    with Store(db, create=False) as store:
        counts = store.counts()
        assert counts["articles"] == counts["analyses"] == ARTICLES
        assert sorted(a.article_id for a in store.articles()) == [f"art{i:03d}" for i in range(ARTICLES)]


def test_two_ingests_at_once_into_one_store_store_every_article_exactly_once(tmp_path: Path) -> None:
    """Two writers on overlapping inputs: each waits for the other's batch (store_busy_seconds), and
    the content hash stops the second copy of an article (a rerun adds nothing)."""
    folder = write_articles(tmp_path / "in", 16)
    db = tmp_path / "monitor.db"
    catalogue = tmp_path / "catalogue.yaml"
    catalogue.write_text(TINY_CATALOGUE, encoding="utf-8")
    files = sorted(folder.iterdir())
    runs = [subprocess.Popen([sys.executable, "-m", "narrascope.cli", "ingest", *map(str, inputs), "--db", str(db),
                              "-c", str(catalogue), "--set", "ingest_batch_size=2", "--skip", "techniques",
                              "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for inputs in (files[:12], files[4:])]
    outcomes = [proc.communicate(timeout=300) for proc in runs]
    assert [proc.returncode for proc in runs] == [0, 0], outcomes
    with Store(db, create=False) as store:
        counts = store.counts()
        assert counts["articles"] == counts["analyses"] == 16
        assert sorted(a.article_id for a in store.articles()) == [f"art{i:03d}" for i in range(16)]


def test_ingest_twice_says_the_second_time_added_nothing(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    code, out, err = run("ingest", SAMPLE, "--db", db, "--quiet")
    assert code == 0 and out.strip() == f"{db}: 47 new, 0 already stored, 2 near-duplicates linked", err
    code, out, _ = run("ingest", SAMPLE, "--db", db)
    assert code == 0 and out.strip() == f"{db}: 0 new, 47 already stored"


def test_a_bad_input_is_one_coded_line_on_stderr_and_the_rest_is_stored(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    code, out, err = run("ingest", EMPTY, SAMPLE / "de_sanktionen.txt", "--db", db)
    assert code == 0 and "1 new" in out and "1 failed" in out
    failures = [line for line in err.splitlines() if "[E" in line]
    assert len(failures) == 1 and failures[0].startswith(f"narrascope: [E101] {EMPTY}: ")


def test_only_bad_inputs_exit_2(tmp_path: Path) -> None:
    code, _, err = run("ingest", EMPTY, "--db", tmp_path / "m.db")
    assert code == 2 and "[E101]" in err


def test_reanalyse_redoes_what_another_catalogue_analysed(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    run("ingest", SAMPLE / "en_isis_afghanistan.txt", SAMPLE / "de_sanktionen.txt", "--db", db, "--quiet")
    with Store(db) as store:
        store.connection.execute("UPDATE analyses SET catalogue_version = 'older' WHERE article = 1")
    code, out, _ = run("reanalyse", "--db", db, "--quiet")
    assert code == 0 and "1 re-analysed" in out
    code, out, _ = run("reanalyse", "--db", db, "--all", "--quiet")
    assert code == 0 and "2 re-analysed" in out


def test_export_writes_the_analyses_and_flat_tables(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    run("ingest", SAMPLE, "--db", db, "--quiet")
    code, out, _ = run("export", "--db", db, "--out", tmp_path / "a.jsonl")
    assert code == 0 and out.strip().endswith(": 47 analyses")
    _, analysed, _ = run("analyse", SAMPLE)
    by_id = {r["id"]: r for r in json_lines(analysed)}
    assert {r["id"]: r for r in json_lines((tmp_path / "a.jsonl").read_text(encoding="utf-8"))} == by_id
    code, out, _ = run("export", "--db", db, "--format", "csv", "--table", "claims", "--out", tmp_path / "c.csv")
    assert code == 0 and (tmp_path / "c.csv").read_text(encoding="utf-8").startswith("row,id,position,type,")
    code, _, _ = run("export", "--db", db, "--format", "jsonl", "--table", "sources", "--out", tmp_path / "s.jsonl")
    first = json.loads((tmp_path / "s.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert code == 0 and set(first) >= {"row", "id", "text", "canonical", "kind"}


@pytest.mark.parametrize("command", [["export", "--out", "x.jsonl"], ["reanalyse"]])
def test_commands_that_read_a_store_do_not_create_one(tmp_path: Path, command: list[str]) -> None:
    code, _, err = run(*command, "--db", tmp_path / "missing.db")
    assert code == 2 and "[E503]" in err and not (tmp_path / "missing.db").exists()


def test_a_store_from_a_newer_narrascope_exits_2_with_e501(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    Store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    code, _, err = run("ingest", SAMPLE / "de_sanktionen.txt", "--db", db)
    assert code == 2 and "[E501]" in err and "upgrade narrascope" in err


@pytest.mark.parametrize("command, batches, said", [
    ("ingest", 2, "128 new articles kept (whole batches); run the same command again to finish the rest"),
    ("ingest", 0, "nothing stored by this run"),
    ("reanalyse", 1, "64 analyses redone kept"),
])
def test_ingest_interrupted_says_how_many_articles_it_kept(tmp_path: Path, monkeypatch, capsys, command: str,
                                                           batches: int, said: str) -> None:  # type: ignore[no-untyped-def]
    """Ctrl-C: the batches committed stay (and the progress line is gone); the message says how many."""
    import narrascope.cli as cli
    import narrascope.store as store_module
    from narrascope.store import IngestReport

    def interrupted(*_: Any, on_progress: Any = None, **__: Any) -> IngestReport:
        report = IngestReport(command=command, phase=command)
        for _ in range(batches):  # each batch committed, then reported
            report.new += 64 if command == "ingest" else 0
            report.reanalysed += 64 if command == "reanalyse" else 0
            on_progress(report)
        report.new += 5  # half of the next batch, rolled back by the interrupt
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "analyser_of", lambda args: object())
    monkeypatch.setattr(store_module, "ingest" if command == "ingest" else "reanalyse", interrupted)
    inputs = [str(write_articles(tmp_path, 2))] if command == "ingest" else []
    Store(tmp_path / "s.db").close()
    assert cli.main([command, *inputs, "--db", str(tmp_path / "s.db"), "--workers", "1", "--quiet"]) == 130
    err = capsys.readouterr().err
    assert err.startswith(f"narrascope: interrupted; {tmp_path / 's.db'}: ") and said in err, err


def test_a_store_remembers_its_catalogue_and_commands_without_one_use_it(tmp_path: Path) -> None:
    """`reanalyse --db X` with no -c must not redo a store made with another catalogue against the bundled one."""
    db, catalogue = tmp_path / "m.db", tmp_path / "mine.yaml"
    catalogue.write_text(TINY_CATALOGUE, encoding="utf-8")
    code, _, _ = run("ingest", SAMPLE / "en_isis_afghanistan.txt", "--db", db, "-c", catalogue, "--quiet",
                     "--skip", "techniques")
    with Store(db) as store:
        assert code == 0 and store.remembered_catalogue() == str(catalogue.resolve())
    code, out, err = run("reanalyse", "--db", db, "--quiet", "--skip", "techniques")
    assert code == 0 and "0 re-analysed (none stale)" in out
    assert f"using the store's catalogue {catalogue.resolve()}" in err
    code, _, err = run("alerts", "--db", db, "--rules", _rules_file(tmp_path))
    assert code == 0 and "using the store's catalogue" in err and "another catalogue" not in err
    catalogue.unlink()   # gone: the bundled one is used, and said so
    code, out, err = run("reanalyse", "--db", db, "--quiet", "--skip", "techniques")
    assert code == 0 and "which is not there any more" in err and "1 re-analysed" in out


def test_a_store_remembers_its_threshold_settings_and_weights_and_later_runs_use_them(tmp_path: Path) -> None:
    """A later plain `ingest` (or `reanalyse`, `watch`) analyses with the store's --threshold, --set and --weights,
    and says so; an option given that differs from the store's is a warning naming it and the way out."""
    db, weights = tmp_path / "m.db", tmp_path / "weights.json"
    weights.write_text((Path(__file__).parents[1] / "src" / "narrascope" / "data" / "matcher.json").read_text(
        encoding="utf-8"), encoding="utf-8")
    code, _, _ = run("ingest", SAMPLE / "en_isis_afghanistan.txt", "--db", db, "--quiet", "--skip", "techniques",
                     "--threshold", "0.14", "--set", "min_evidence_chars=24", "--set", "ingest_batch_size=8",
                     "--weights", weights)
    with Store(db) as store:  # the batch size shapes no analysis: not remembered
        assert code == 0 and store.remembered_options() == {
            "settings": {"match_threshold": 0.14, "min_evidence_chars": 24}, "weights": str(weights.resolve())}
    code, out, err = run("ingest", SAMPLE / "ru_biolabs.txt", "--db", db, "--quiet", "--skip", "techniques")
    assert code == 0 and "1 new" in out
    assert (f"using the store's analysis options --threshold 0.14, --set min_evidence_chars=24, --weights "
            f"{weights.resolve()}") in err and "warning" not in err
    with sqlite3.connect(db) as conn:  # the second article was matched at 0.14, as the first
        record = json.loads(conn.execute("SELECT analysis FROM analyses WHERE article = 2").fetchone()[0])
    assert all(n["matched"] == (n["score"] >= 0.14) for n in record["narratives"])
    code, _, err = run("ingest", SAMPLE / "en_offtopic_bakery.txt", "--db", db, "--quiet", "--skip", "techniques",
                       "--threshold", "0.3")
    assert code == 0 and ("warning: the store's analyses were made with --threshold 0.14 (this run: 0.3): new "
                          f"analyses will not be like the stored ones; `narrascope reanalyse --db {db} --all`") in err
    with Store(db) as store:  # the latest run's options are the store's from now on
        assert store.remembered_options()["settings"] == {"min_evidence_chars": 24}  # type: ignore[index]


def _rules_file(folder: Path) -> Path:
    rules = folder / "alerts.yaml"
    rules.write_text("rules:\n  - {id: languages, kind: new-language}\n", encoding="utf-8")
    return rules
