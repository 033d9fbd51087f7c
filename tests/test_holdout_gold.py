"""The matcher's holdout sets stay consistent (catalogue, gold.yaml and articles agree), and the shared check
(tests/holdout_gold.py) reports what a broken set gets wrong."""

from __future__ import annotations

import runpy
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from holdout_gold import HoldoutSet, problems_and_summary

TESTS = Path(__file__).resolve().parent
CHECKS = sorted(TESTS.glob("holdout*/check.py"))
SHARED = [p for p in CHECKS if "from holdout_gold import" in p.read_text(encoding="utf-8")]


def test_the_holdout_sets_with_a_check_are_found_and_most_share_one() -> None:
    assert len(CHECKS) >= 6 and len(SHARED) >= 4


@pytest.mark.parametrize("check", CHECKS, ids=[p.parent.name for p in CHECKS])
def test_a_holdout_set_agrees_with_itself(check: Path) -> None:
    done = subprocess.run([sys.executable, str(check)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("OK: ")


@pytest.fixture
def a_set(tmp_path: Path) -> HoldoutSet:
    folder = tmp_path / "holdout7"
    shutil.copytree(TESTS / "holdout7", folder)
    spec: HoldoutSet = runpy.run_path(str(TESTS / "holdout7" / "check.py"))["SET"]
    return replace(spec, folder=folder)


def _edit_gold(s: HoldoutSet, edit) -> None:
    path = s.folder / "gold.yaml"
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(gold["articles"])
    path.write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _first(rows: dict, kind: str) -> str:
    return next(aid for aid, row in rows.items() if row["kind"] == kind)


def test_the_copied_set_is_clean_before_any_edit(a_set: HoldoutSet) -> None:
    assert problems_and_summary(a_set)[0] == []


def test_a_label_the_catalogue_lacks_is_reported(a_set: HoldoutSet) -> None:
    _edit_gold(a_set, lambda rows: rows[_first(rows, "pushing")]["narratives"].__setitem__(0, "h7-nowhere"))
    assert any("unknown narrative h7-nowhere" in p for p in problems_and_summary(a_set)[0])


def test_a_neutral_article_that_pushes_is_reported(a_set: HoldoutSet) -> None:
    def edit(rows):
        pushed = rows[_first(rows, "pushing")]["narratives"][0]
        rows[_first(rows, "neutral")]["narratives"] = [pushed]
    _edit_gold(a_set, edit)
    assert any("neutral article must push and refute nothing" in p for p in problems_and_summary(a_set)[0])


def test_an_article_file_without_a_gold_row_is_reported(a_set: HoldoutSet) -> None:
    (a_set.folder / "articles" / "en" / "en-h99.txt").write_text("Headline\n\nBody.\n", encoding="utf-8")
    assert "file without gold entry: en/en-h99.txt" in problems_and_summary(a_set)[0]


def test_a_story_id_of_another_set_is_reported(a_set: HoldoutSet) -> None:
    _edit_gold(a_set, lambda rows: rows[_first(rows, "pushing")].__setitem__("story", "h6s-elsewhere"))
    assert any("story id must start with h7s-" in p for p in problems_and_summary(a_set)[0])


def test_a_language_whose_pushing_articles_carry_no_hedge_is_reported(a_set: HoldoutSet) -> None:
    hedges = dict(a_set.hedges, en=("a phrase no article holds",))
    assert "en: no pushing article with a hedge" in problems_and_summary(replace(a_set, hedges=hedges))[0]


def test_two_fact_checks_refuting_one_narrative_are_reported(a_set: HoldoutSet) -> None:
    def edit(rows):
        checks = [aid for aid, row in rows.items() if row["kind"] == "factcheck"]
        rows[checks[1]]["refutes"] = list(rows[checks[0]]["refutes"])
    _edit_gold(a_set, edit)
    assert "two fact-checks refute the same narrative" in problems_and_summary(a_set)[0]
