"""The claims gold sets stay consistent: a blind set's articles, gold.yaml and frames.yaml agree
(tests/blind_gold.py); a set on real documents agrees with the documents it points into (tests/real_gold.py)."""

from __future__ import annotations

import runpy
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import real_gold
import yaml
from blind_gold import BlindSet, check

TESTS = Path(__file__).resolve().parent
CHECKED = sorted(p.parent for p in TESTS.glob("claims_blind*/check.py")
                 if "from blind_gold import" in p.read_text(encoding="utf-8"))


ON_REAL_DOCUMENTS = sorted(p.parent for p in TESTS.glob("claims_*/check.py")
                           if "from real_gold import" in p.read_text(encoding="utf-8"))
DATA = TESTS.parent.parent / "shared" / "data"


def _spec(folder: Path) -> BlindSet:
    return runpy.run_path(str(folder / "check.py"))["SET"]


def test_the_sets_written_to_one_standard_are_checked() -> None:
    assert len(CHECKED) >= 38


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


def test_a_push_article_without_a_third_party_denial_is_reported_unless_the_set_predates_the_rule(a_set: Path) -> None:
    def edit(rows):
        rows["pt-w02"]["claims"] = [c for c in rows["pt-w02"]["claims"] if c["modality"] != "denied"]
    _edit_gold(a_set, edit)
    message = "pt-w02: push article without a third-party denial (a denied claim with a source)"
    assert message in check(a_set, _spec(a_set))
    assert message not in check(a_set, replace(_spec(a_set), third_party_denials=False))


def test_a_publication_date_before_the_sets_first_year_is_reported(a_set: Path) -> None:
    _edit_gold(a_set, lambda rows: rows["es-w03"].update(published="2016-05-01"))
    assert "es-w03: published date '2016-05-01' outside 2019-2025" in check(a_set, _spec(a_set))
    assert not any(e.startswith("es-w03: published") for e in check(a_set, replace(_spec(a_set), first_year=2015)))


def test_the_denial_openings_are_those_of_the_sets_languages() -> None:
    spec = BlindSet(("ru", "it", "es", "ar"), negations=("ru", "it"), questions=("es", "ar"),
                    more_denial_openings=("Not ",))
    assert spec.denial_openings() == ("Нет, ", "No, ", "لا، ", "Not ")


def test_the_sets_on_real_documents_are_checked() -> None:
    assert len(ON_REAL_DOCUMENTS) >= 7


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data is not beside the repository")
@pytest.mark.parametrize("folder", ON_REAL_DOCUMENTS, ids=[p.name for p in ON_REAL_DOCUMENTS])
def test_a_set_on_real_documents_is_consistent(folder: Path) -> None:
    spec = runpy.run_path(str(folder / "check.py"))["SET"]
    assert real_gold.check(folder, spec) == []


@pytest.fixture
def a_real_set(tmp_path: Path) -> tuple[Path, real_gold.RealSet]:
    """claims_semeval23 copied away, its root made absolute so that it still points at the documents."""
    if not DATA.is_dir():
        pytest.skip("../shared/data is not beside the repository")
    source = TESTS / "claims_semeval23"
    folder = tmp_path / "claims_semeval23"
    folder.mkdir()
    gold = yaml.safe_load((source / "gold.yaml").read_text(encoding="utf-8"))
    gold["root"] = str((source / gold["root"]).resolve())
    (folder / "gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return folder, runpy.run_path(str(source / "check.py"))["SET"]


def _edit_real_gold(folder: Path, edit) -> None:
    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    edit(gold["articles"])
    (folder / "gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _first_claim(rows: dict) -> tuple[str, dict]:
    return next((aid, row["claims"][0]) for aid, row in rows.items() if row["claims"])


def test_a_real_set_copied_whole_is_clean(a_real_set) -> None:
    assert real_gold.check(*a_real_set) == []


def test_a_claim_slot_outside_its_evidence_offsets_is_reported(a_real_set) -> None:
    folder, spec = a_real_set
    found: list[str] = []

    def edit(rows):
        aid, claim = _first_claim(rows)
        claim["evidence_end"] = claim["evidence_start"] + 1
        found.append(aid)
    _edit_real_gold(folder, edit)
    assert any(e.startswith(f"{found[0]} claim 1: moved not within its evidence span") for e in
               real_gold.check(folder, spec))


def test_a_listed_source_no_claim_cites_is_reported(a_real_set) -> None:
    folder, spec = a_real_set
    found: list[str] = []

    def edit(rows):
        aid, claim = _first_claim(rows)
        rows[aid]["sources"].append({"text": claim["moved"], "kind": "media"})
        found.append((aid, claim["moved"]))
    _edit_real_gold(folder, edit)
    aid, text = found[0]
    assert f"{aid}: source {text!r} is listed but no claim cites it (only claims' sources are listed)" in \
        real_gold.check(folder, spec)


def test_a_document_missing_from_a_language_is_reported(a_real_set) -> None:
    folder, spec = a_real_set
    _edit_real_gold(folder, lambda rows: rows.pop(next(a for a in rows if a.startswith("pl-"))))
    assert "pl: 9 documents, expected 10" in real_gold.check(folder, spec)


def test_a_real_document_is_keyed_by_its_own_file() -> None:
    assert real_gold.semeval23_file("de-article7", "de", "ge/articles/article7.txt") is None
    assert real_gold.semeval23_file("de-article7", "de", "de/articles/article7.txt") is not None
    assert real_gold.semeval25_file("RU-URW-1", "ru", "RU/raw-documents/RU-URW-1.txt") is None
    assert real_gold.semeval25_file("EN_XX_1", "en", "EN/raw-documents/EN_XX_1.txt") == "key is no en document stem"
