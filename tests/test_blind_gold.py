"""The blind claims gold sets stay consistent: articles, gold.yaml and frames.yaml agree (tests/blind_gold.py)."""

from __future__ import annotations

import runpy
import shutil
from pathlib import Path

import pytest
import yaml
from blind_gold import BlindSet, check

TESTS = Path(__file__).resolve().parent
CHECKED = sorted(p.parent for p in TESTS.glob("claims_blind*/check.py")
                 if "from blind_gold import" in p.read_text(encoding="utf-8"))


def _spec(folder: Path) -> BlindSet:
    return runpy.run_path(str(folder / "check.py"))["SET"]


def test_the_sets_written_to_one_standard_are_checked() -> None:
    assert len(CHECKED) >= 33


@pytest.mark.parametrize("folder", CHECKED, ids=[p.name for p in CHECKED])
def test_a_blind_set_is_consistent(folder: Path) -> None:
    assert check(folder, _spec(folder)) == []


@pytest.fixture
def a_set(tmp_path: Path) -> Path:
    folder = tmp_path / "claims_blind27"
    shutil.copytree(TESTS / "claims_blind27", folder)
    return folder


def _edit_gold(folder: Path, edit) -> None:
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    edit(gold["articles"])
    (folder / "gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_a_claim_whose_place_is_not_in_the_article_is_reported(a_set: Path) -> None:
    def edit(rows):
        rows["pt-w01"]["claims"][0]["destination"] = "Nowhere-on-Sea"
        rows["pt-w01"]["claims"][0]["destination_canonical"] = "Nowhere-on-Sea"
    _edit_gold(a_set, edit)
    assert any("pt-w01 claim 1: destination not in body" in e for e in check(a_set, _spec(a_set)))


def test_a_neutral_article_with_a_claim_is_reported(a_set: Path) -> None:
    _edit_gold(a_set, lambda rows: rows["bg-w05"]["claims"].append(dict(rows["bg-w01"]["claims"][0])))
    errors = check(a_set, _spec(a_set))
    assert "bg-w05: a neutral article has 1 claim(s)" in errors


def test_a_push_article_whose_headline_opens_with_a_denial_is_reported(a_set: Path) -> None:
    path = a_set / "articles" / "es" / "es-w02.txt"
    path.write_text("No, " + path.read_text(encoding="utf-8"), encoding="utf-8")
    assert "es-w02: a headline opening with a denial on a push article" in check(a_set, _spec(a_set))


def test_a_missing_article_is_reported(a_set: Path) -> None:
    (a_set / "articles" / "pl" / "pl-w03.txt").unlink()
    assert any(e.startswith("articles/: missing ['pl-w03']") for e in check(a_set, _spec(a_set)))


def test_the_denial_openings_are_those_of_the_sets_languages() -> None:
    spec = BlindSet(("ru", "it", "es", "ar"), negations=("ru", "it"), questions=("es", "ar"),
                    more_denial_openings=("Not ",))
    assert spec.denial_openings() == ("Нет, ", "No, ", "لا، ", "Not ")
