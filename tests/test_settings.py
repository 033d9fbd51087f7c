"""Every limit is a named, documented setting with a sane default."""

from __future__ import annotations

import ast
import dataclasses
import inspect

import pytest

from narrascope import settings as settings_module
from narrascope.settings import DEFAULT, Settings

FIELDS = [f.name for f in dataclasses.fields(Settings)]


def _field_lines() -> dict[str, int]:
    """Line (1-based, in settings.py) of each annotated field of Settings."""
    tree = ast.parse(inspect.getsource(settings_module))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Settings")
    return {n.target.id: n.lineno for n in cls.body
            if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)}


def _comment_above(lines: list[str], lineno: int) -> list[str]:
    """The block of comment lines directly above line ``lineno``."""
    block: list[str] = []
    i = lineno - 2
    while i >= 0 and lines[i].strip().startswith("#"):
        block.insert(0, lines[i].strip())
        i -= 1
    return block


@pytest.mark.parametrize("name", FIELDS)
def test_every_setting_has_a_doc_comment(name: str) -> None:
    lines = inspect.getsource(settings_module).splitlines()
    block = _comment_above(lines, _field_lines()[name])
    doc = [line for line in block if line.startswith("#:")]
    assert doc, f"Settings.{name} needs a '#: ...' comment on the line above it"
    assert len(" ".join(doc)) > 15, f"Settings.{name}: say what it limits and why"


def test_the_parser_sees_every_field() -> None:
    assert set(_field_lines()) == set(FIELDS)


#: the settings that name something instead of limiting it
TEXT_FIELDS = ["other_languages_encoder", "technique_scope"]


@pytest.mark.parametrize("name", [f for f in FIELDS if f not in TEXT_FIELDS])
def test_every_default_is_positive(name: str) -> None:
    value = getattr(DEFAULT, name)
    assert isinstance(value, (int, float)) and not isinstance(value, bool)
    assert value > 0


def test_the_text_settings_are_a_second_encoder_and_the_techniques_scope_and_a_wrong_value_is_a_coded_error() -> None:
    from narrascope import Analyser
    from narrascope.errors import NarrascopeError, UsageError

    assert [f for f in FIELDS if isinstance(getattr(DEFAULT, f), str)] == TEXT_FIELDS
    assert DEFAULT.other_languages_encoder == "" and DEFAULT.technique_scope == "catalogue"
    with pytest.raises(UsageError, match="unknown encoder"):
        Analyser(settings=dataclasses.replace(DEFAULT, other_languages_encoder="word2vec"))
    with pytest.raises(NarrascopeError, match="technique_scope") as err:
        Analyser(settings=dataclasses.replace(DEFAULT, technique_scope="most"))
    assert err.value.code == "E402"


# a ``_scale`` multiplies a fitted threshold (technique_first_pass_scale 1.2: stricter than fitted), no share
@pytest.mark.parametrize("name", [f for f in FIELDS if isinstance(getattr(DEFAULT, f), float)
                                  and not f.endswith(("_seconds", "_scale"))])
def test_every_share_threshold_and_confidence_is_at_most_one(name: str) -> None:
    assert getattr(DEFAULT, name) <= 1.0


@pytest.mark.parametrize("smaller, larger", [
    ("min_evidence_chars", "max_sentence_chars"),
    ("max_sentence_chars", "max_text_chars"),
    ("max_text_chars", "max_input_bytes"),
    ("min_reported_score", "match_threshold"),
])
def test_limits_are_ordered(smaller: str, larger: str) -> None:
    assert getattr(DEFAULT, smaller) < getattr(DEFAULT, larger)


def test_settings_are_immutable_and_replaceable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT.match_threshold = 0.9  # type: ignore[misc]
    assert dataclasses.replace(DEFAULT, match_threshold=0.9).match_threshold == 0.9
    assert DEFAULT.match_threshold == Settings().match_threshold
