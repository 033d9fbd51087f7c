"""The command line: output that honours the schema and the offsets, one line per failure, exit codes."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from narrascope.cli import main
from narrascope.schema import analysis_schema

HERE = Path(__file__).resolve().parent
RESOURCES = HERE / "resources"
SAMPLE = HERE.parent / "examples" / "sample"
GOOD_ARTICLE = SAMPLE / "en_isis_afghanistan.txt"
EMPTY = RESOURCES / "empty.txt"

GOOD_CATALOGUE = """\
narratives:
  - id: us-moves-isis
    title: The US ferries Islamic State fighters to new battlefields
    description: American forces secretly move ISIS militants from Syria to Afghanistan or Ukraine.
"""


def run(*args: str | Path) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``narrascope <args>``, run in this process."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in args])
        except SystemExit as stop:  # argparse and --version exit
            code = int(stop.code or 0)
    return code, out.getvalue(), err.getvalue()


def json_lines(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def sample_run() -> tuple[int, list[dict[str, Any]], str]:
    code, out, err = run("analyse", SAMPLE, "--format", "jsonl", "--include-text")
    return code, json_lines(out), err


def test_the_sample_folder_gives_37_json_lines(sample_run) -> None:  # type: ignore[no-untyped-def]
    code, records, err = sample_run
    assert code == 0, err
    assert len(records) == 47
    assert "[E" not in err


def test_every_record_is_valid_against_the_schema(sample_run) -> None:  # type: ignore[no-untyped-def]
    validator = jsonschema.Draft202012Validator(analysis_schema())
    for record in sample_run[1]:
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(record)]
        assert not errors, (record["id"], errors)


def test_every_evidence_span_is_the_slice_of_the_plain_text(sample_run) -> None:  # type: ignore[no-untyped-def]
    spans = 0
    for record in sample_run[1]:
        plain = record["text"]
        for narrative in record["narratives"]:
            for e in narrative["evidence"]:
                assert plain[e["start"]:e["end"]] == e["text"], (record["id"], narrative["id"], e)
                spans += 1
    assert spans > 0


def test_narratives_come_best_first(sample_run) -> None:  # type: ignore[no-untyped-def]
    for record in sample_run[1]:
        scores = [n["score"] for n in record["narratives"]]
        assert scores == sorted(scores, reverse=True), record["id"]


def test_a_bad_file_among_good_ones_is_one_coded_line_on_stderr() -> None:
    code, out, err = run("analyse", GOOD_ARTICLE, EMPTY)
    assert code == 0
    [failure] = [line for line in err.splitlines() if "[E" in line]
    assert "[E101]" in failure and "empty.txt" in failure
    assert [r["id"] for r in json_lines(out)] == ["en_isis_afghanistan"]


def test_strict_exits_1_when_any_input_fails() -> None:
    code, out, _ = run("analyse", "--strict", GOOD_ARTICLE, EMPTY)
    assert code == 1
    assert len(json_lines(out)) == 1


def test_only_bad_inputs_exit_2() -> None:
    code, out, err = run("analyse", EMPTY, RESOURCES / "binary.bin")
    assert code == 2
    assert out == ""
    assert "[E101]" in err and "[E102]" in err


def test_a_malformed_catalogue_exits_2_naming_the_line(tmp_path: Path) -> None:
    catalogue = tmp_path / "cat.yaml"
    catalogue.write_text(GOOD_CATALOGUE.replace("    title: The US", "    titel: The US"), encoding="utf-8")
    code, out, err = run("analyse", GOOD_ARTICLE, "--catalogue", catalogue)
    assert code == 2 and out == ""
    assert "[E203]" in err and f"{catalogue}:2" in err and "'title'" in err


def test_format_json_is_one_array() -> None:
    code, out, _ = run("analyse", GOOD_ARTICLE, SAMPLE / "feed_export.jsonl", "--format", "json")
    assert code == 0
    records = json.loads(out)
    assert isinstance(records, list)
    assert [r["id"] for r in records] == ["en_isis_afghanistan", "feed-0001", "feed-0002", "feed-0003"]


def test_format_text_ends_with_a_summary() -> None:
    code, out, _ = run("analyse", GOOD_ARTICLE, EMPTY, "--format", "text")
    assert code == 0
    assert "== en_isis_afghanistan" in out
    [summary] = [line for line in out.splitlines() if line.startswith("Summary:")]
    assert "1 article analysed" in summary and "1 could not be read" in summary


def test_out_writes_the_same_json_lines(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    code, out, _ = run("analyse", GOOD_ARTICLE, "--out", target)
    assert code == 0
    assert json_lines(target.read_text(encoding="utf-8")) == json_lines(out)


def test_features_are_included_on_request() -> None:
    _, out, _ = run("analyse", GOOD_ARTICLE, "--features")
    [record] = json_lines(out)
    assert all("features" in n for n in record["narratives"])
    jsonschema.validate(record, analysis_schema())


@pytest.mark.parametrize("threshold", ["1.5", "-0.1"])
def test_a_threshold_outside_0_to_1_exits_2(threshold: str) -> None:
    code, out, err = run("analyse", GOOD_ARTICLE, "--threshold", threshold)
    assert code == 2 and out == ""
    assert "threshold" in err


def test_validate_accepts_a_good_catalogue(tmp_path: Path) -> None:
    catalogue = tmp_path / "cat.yaml"
    catalogue.write_text(GOOD_CATALOGUE, encoding="utf-8")
    code, out, _ = run("validate", catalogue)
    assert code == 0
    assert "1 narrative, valid" in out


def test_validate_lists_a_catalogues_ids_with_children_under_their_parent(tmp_path: Path) -> None:
    cat = tmp_path / "cat.yaml"
    cat.write_text("narratives:\n"
                   "  - {id: child, title: The narrower claim, description: d, parent: broad}\n"
                   "  - {id: broad, title: The broad claim, description: d}\n"
                   "  - {id: other, title: Another claim, description: d}\n", encoding="utf-8")
    code, out, _ = run("validate", cat, "--list")
    assert code == 0
    assert out.splitlines()[:3] == ["broad  The broad claim", "  child  The narrower claim", "other  Another claim"]
    code, out, _ = run("validate", "--list")  # the bundled catalogue
    assert code == 0 and "us-relocates-isis  " in out and "the bundled catalogue: 17 narratives" in out


def test_validate_prints_warnings_for_unknown_fields(tmp_path: Path) -> None:
    catalogue = tmp_path / "cat.yaml"
    catalogue.write_text(GOOD_CATALOGUE + "    colour: red\n", encoding="utf-8")
    code, out, _ = run("validate", catalogue)
    assert code == 0
    assert "warning:" in out and "colour" in out


def test_validate_refuses_a_bad_catalogue_with_exit_2(tmp_path: Path) -> None:
    catalogue = tmp_path / "cat.yaml"
    catalogue.write_text("narratives: []\n", encoding="utf-8")
    code, _, err = run("validate", catalogue)
    assert code == 2 and "[E206]" in err


def test_validate_refuses_a_yaml_tag_with_its_line_and_field(tmp_path: Path) -> None:
    catalogue = tmp_path / "cat.yaml"
    catalogue.write_text(GOOD_CATALOGUE.replace("title: The", "title: !!python/object/apply:os.system ['true'] #"),
                         encoding="utf-8")
    code, _, err = run("validate", catalogue)
    assert code == 2 and f"[E203] {catalogue}:3: field 'title'" in err and "Traceback" not in err


def test_the_module_runs_as_a_program() -> None:
    done = subprocess.run([sys.executable, "-m", "narrascope.cli", "--version"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert done.stdout.startswith("narrascope ")


def test_escape_sequences_in_an_article_are_shown_not_obeyed_by_the_terminal(tmp_path: Path) -> None:
    body = "The harbour council met on Monday to discuss the budget for piers and cranes. " * 12
    article = tmp_path / "esc.txt"
    article.write_text("Ferry \x1b[2J\x1b]0;owned\x07 notice\u202e\n\n" + body, encoding="utf-8")
    code, out, _ = run("analyse", article, "--format", "text", "--skip", "techniques")
    assert code == 0 and "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "Ferry \\u001b[2J\\u001b]0;owned\\u0007 notice\\u202e" in out
    code, out, _ = run("analyse", article, "--skip", "techniques")
    assert json.loads(out)["title"] == "Ferry \x1b[2J\x1b]0;owned\x07 notice\u202e"  # JSON keeps the data exact


def test_validate_names_a_catalogue_limit_that_set_can_raise(tmp_path: Path) -> None:
    catalogue = tmp_path / "cat.yaml"
    catalogue.write_text(GOOD_CATALOGUE + GOOD_CATALOGUE.replace("narratives:\n", "").replace("us-", "eu-"))
    code, _, err = run("validate", catalogue, "--set", "catalogue_max_narratives=1")
    assert code == 2 and "[E207]" in err and "catalogue_max_narratives" in err
    assert run("validate", catalogue, "--set", "catalogue_max_narratives=2")[0] == 0


FORGED = "x\n[E000] forged.txt: a line the tool never wrote\r\u2028"


def _forged_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("[E000]")]


def test_a_newline_in_a_file_name_cannot_forge_a_line_on_stderr(tmp_path: Path) -> None:
    (tmp_path / f"{FORGED}.txt").write_bytes(b"")
    code, _, err = run("analyse", tmp_path, "--skip", "techniques")
    assert code == 2 and len(err.strip().splitlines()) == 2  # the failure and "no article could be analysed"
    assert _forged_lines(err) == [] and "x\\u000a[E000] forged.txt" in err and "\\u2028" in err
    code, _, err = run("analyse", tmp_path / f"missing{FORGED}.txt")
    assert code == 2 and _forged_lines(err) == []


def test_a_newline_in_a_name_cannot_forge_a_line_of_the_text_report(tmp_path: Path) -> None:
    (tmp_path / f"{FORGED}.txt").write_text("The harbour council met on Monday about the piers. " * 8, encoding="utf-8")
    code, out, _ = run("analyse", tmp_path, "--format", "text", "--skip", "techniques")
    assert code == 0 and _forged_lines(out) == [] and out.startswith("== x\\u000a[E000] forged.txt")


def test_a_newline_in_a_catalogue_name_cannot_forge_a_line(tmp_path: Path) -> None:
    catalogue = tmp_path / f"{FORGED}.yaml"
    catalogue.write_text(GOOD_CATALOGUE + "    colour: red\n", encoding="utf-8")
    code, out, _ = run("validate", catalogue)
    assert code == 0 and _forged_lines(out) == [] and len(out.splitlines()) == 2
    catalogue.write_text("narratives: []\n", encoding="utf-8")
    code, _, err = run("validate", catalogue)
    assert code == 2 and _forged_lines(err) == []


def test_a_gold_file_of_the_wrong_shape_is_a_usage_error_pointing_at_the_format(tmp_path: Path) -> None:
    gold = tmp_path / "gold.yaml"
    gold.write_text("articles:\n  - file: a.txt\n    narratives: [x]\n", encoding="utf-8")  # a list, not ids
    code, _, err = run("evaluate", gold)
    assert code == 2 and "E400" in err and "Gold files" in err and "Traceback" not in err


def _gold_with_own_catalogue(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(
        "NATO troops in Moldova\n\nNATO is secretly moving thousands of troops into Moldova to open a second front "
        "against Russia from Transnistria. Brussels hides the deployment from the Moldovan people.", encoding="utf-8")
    (tmp_path / "mine.yaml").write_text(
        "narratives:\n  - id: nato-in-moldova\n    title: NATO is secretly deploying troops to Moldova\n"
        "    description: NATO moves troops into Moldova to attack Russia from Transnistria.\n"
        "  - id: dam-collapse\n    title: The Tana dam is about to collapse\n"
        "    description: The government hides cracks in the Tana dam, which will soon collapse.\n", encoding="utf-8")
    gold = tmp_path / "gold.yaml"
    gold.write_text("root: articles\ncatalogue: mine.yaml\narticles:\n  a: {file: a.txt, language: en, kind: pushing,"
                    " narratives: [nato-in-moldova], refutes: []}\n", encoding="utf-8")
    return gold


def test_evaluate_scores_against_the_catalogue_the_gold_file_names(tmp_path: Path) -> None:
    code, out, err = run("evaluate", _gold_with_own_catalogue(tmp_path), "--skip", "techniques", "--json")
    assert code == 0 and "mine.yaml" in err, err
    assert json.loads(out)["overall"]["top1"] == "1/1"


def test_evaluate_warns_when_the_catalogue_lacks_the_narratives_the_gold_labels_name(tmp_path: Path) -> None:
    gold = _gold_with_own_catalogue(tmp_path)
    bundled = Path(__file__).parent.parent / "src" / "narrascope" / "data" / "catalogue.yaml"
    code, out, err = run("evaluate", gold, "--catalogue", bundled, "--skip", "techniques", "--json")
    assert code == 0 and "no narrative nato-in-moldova" in err, err
    assert json.loads(out)["unknown_narratives"] == ["nato-in-moldova"]


def test_store_wide_commands_warn_when_given_another_catalogue_than_the_analyses_were_made_with(
        tmp_path: Path) -> None:
    catalogue = tmp_path / "mine.yaml"
    catalogue.write_text(GOOD_CATALOGUE, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Washington ferries Islamic State fighters from Syria to Afghanistan, sources say. "
                       "The convoys left at night.", encoding="utf-8")
    db = tmp_path / "m.db"
    assert run("ingest", article, "--db", db, "--catalogue", catalogue, "--skip", "techniques", "--quiet")[0] == 0
    other = tmp_path / "other.yaml"
    other.write_text(GOOD_CATALOGUE.replace("us-moves-isis", "something-else"), encoding="utf-8")
    _, _, given = run("export", "--db", db, "--format", "stix", "--out", tmp_path / "b.json", "--catalogue", other)
    assert "another catalogue" in given and "--catalogue" in given
    _, _, own = run("export", "--db", db, "--format", "stix", "--out", tmp_path / "o.json", "--catalogue", catalogue)
    assert "another catalogue" not in own
    _, _, remembered = run("export", "--db", db, "--format", "stix", "--out", tmp_path / "r.json")  # no -c: the store's
    assert "another catalogue" not in remembered and "using the store's catalogue" in remembered


def test_serve_uses_the_catalogue_the_stores_analyses_were_made_with(tmp_path: Path) -> None:
    """A new user's store, ingested with their own catalogue, was served with the bundled one: the dashboard listed
    narratives none of its analyses name."""
    import socket

    catalogue = tmp_path / "mine.yaml"
    catalogue.write_text(GOOD_CATALOGUE, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Washington ferries Islamic State fighters from Syria to Afghanistan, sources say.",
                       encoding="utf-8")
    db = tmp_path / "m.db"
    assert run("ingest", article, "--db", db, "--catalogue", catalogue, "--skip", "techniques", "--quiet")[0] == 0
    with socket.socket() as taken:  # the server stops at its port, after choosing its catalogue
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        _, _, err = run("serve", "--db", db, "--port", str(taken.getsockname()[1]))
    assert f"using the store's catalogue {catalogue}" in err, err


def test_serve_on_a_port_in_use_says_so_before_printing_any_address(tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, out, err = run("serve", "--db", tmp_path / "s.db", "--port", str(port))
    assert code == 2 and "E428" in err and str(port) in err
    assert "serving" not in out + err and "token=" not in out + err


def test_serve_on_a_store_that_does_not_exist_says_it_starts_an_empty_one(tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:  # a port free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    missing = tmp_path / "typo.db"
    server = subprocess.Popen([sys.executable, "-m", "narrascope.cli", "serve", "--db", str(missing), "--port",
                               str(port), "--token", "t0ken"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True)
    try:
        said = [server.stdout.readline() for _ in range(2)]  # type: ignore[union-attr]
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert "does not exist" in said[0] and "new, empty store" in said[0], said
    assert "serving" in said[1]
