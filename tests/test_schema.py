"""The JSON Schema of the analysis output is valid, documented, and matches Analysis.to_dict."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from narrascope.model import (
    Analysis,
    Claim,
    Document,
    Evidence,
    NarrativeMatch,
    Slot,
    Source,
    Span,
    TechniqueSpan,
)
from narrascope.schema import analysis_schema

SCHEMA = analysis_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def analysis(**changes: Any) -> Analysis:
    text = "Headline\n\nThe US moves fighters. Nobody asks why."
    evidence = Evidence(text="The US moves fighters.", start=10, end=32, score=0.61)
    match = NarrativeMatch(id="us-moves-isis", title="The US moves ISIS", score=0.83, matched=True,
                           stance="pushes", evidence=(evidence,), features={"sim_max": 0.61})
    doc = Document(id="a1", text=text, title="Headline", language="en", published="2023-05-17",
                   content_hash="0123456789abcdef", narratives=[match], warnings=["a note"])
    for key, value in changes.items():
        setattr(doc, key, value)
    return Analysis(doc)


def properties(schema: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every (path, property schema) of the schema, definitions included."""
    found = [(name, sub) for name, sub in schema.get("properties", {}).items()]
    for def_name, sub in schema.get("$defs", {}).items():
        found += [(f"{def_name}.{name}", s) for name, s in sub.get("properties", {}).items()]
    return found


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path, sub", properties(SCHEMA), ids=[p for p, _ in properties(SCHEMA)])
def test_every_field_is_documented(path: str, sub: dict[str, Any]) -> None:
    assert len(sub.get("description", "")) > 10, f"{path} needs a description"


def test_the_required_fields_are_exactly_what_to_dict_always_writes() -> None:
    assert set(SCHEMA["required"]) == set(analysis().to_dict())


def test_the_schema_names_every_field_to_dict_can_write() -> None:
    full = analysis().to_dict(include_text=True, with_features=True)
    assert set(full) == set(SCHEMA["properties"])
    assert set(full["narratives"][0]) == set(SCHEMA["$defs"]["narrative"]["properties"])
    assert set(full["narratives"][0]["evidence"][0]) == set(SCHEMA["$defs"]["evidence"]["properties"])


@pytest.mark.parametrize("include_text, with_features", [(False, False), (True, False), (False, True), (True, True)])
def test_to_dict_output_is_valid(include_text: bool, with_features: bool) -> None:
    VALIDATOR.validate(analysis().to_dict(include_text=include_text, with_features=with_features))


@pytest.mark.parametrize("changes", [
    {"title": None, "language": None, "published": None},
    {"published": "2023-05"},
    {"narratives": [], "warnings": []},
    {"claims": [Claim("relocation", Span("x", 0, 1), moved=Slot("x", 0, 1, canonical="Islamic State", count=3))],
     "sources": [Source("SVR", 0, 3, canonical="SVR", kind="agency")],
     "techniques": [TechniqueSpan("x", 0, 1, technique="Doubt", confidence=0.4)]},
])
def test_optional_values_are_valid(changes: dict[str, Any]) -> None:
    VALIDATOR.validate(analysis(**changes).to_dict())


@pytest.mark.parametrize("path, value", [
    (("narratives", 0, "score"), 1.5),
    (("narratives", 0, "stance"), "supports"),
    (("narratives", 0, "evidence", 0, "start"), -1),
    (("published",), "17 May 2023"),
    (("content_hash",), "not-a-hash"),
    (("warnings",), [1]),
    (("id",), ""),
])
def test_out_of_contract_values_are_refused(path: tuple[Any, ...], value: Any) -> None:
    record = analysis().to_dict()
    target: Any = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert not VALIDATOR.is_valid(record)


def test_a_real_analysis_is_valid(analyser) -> None:  # type: ignore[no-untyped-def]
    result = analyser.analyse_text("Washington is secretly flying Islamic State fighters from Syria to Afghanistan.")
    VALIDATOR.validate(result.to_dict(include_text=True, with_features=True))


@pytest.mark.parametrize("html", [False, True])
@pytest.mark.parametrize("published, stored", [("17 May 2023", "2023-05-17"),
                                               ("2023-05-17T08:00:00+02:00", "2023-05-17"), ("the day after", None),
                                               ("2023-02-30", None), ("2023-13", None)])
def test_a_date_given_with_a_text_is_normalised_like_a_file_s(analyser, html: bool,  # type: ignore[no-untyped-def]
                                                              published: str, stored: str | None) -> None:
    text = "The port of Odesa reopened to grain ships on Monday after repairs to the northern pier."
    result = analyser.analyse_text(f"<html><body><p>{text}</p></body></html>" if html else text, html=html,
                                   published=published).to_dict()
    VALIDATOR.validate(result)
    assert result["published"] == stored
    assert (stored is None) == any("unreadable date" in w for w in result["warnings"])


def test_half_a_utf16_pair_in_a_text_is_replaced_with_a_warning(analyser) -> None:  # type: ignore[no-untyped-def]
    result = analyser.analyse_text("The port of Odesa reopened \ud800 to grain ships.", title="Port \udc00").to_dict()
    VALIDATOR.validate(result)
    assert result["title"] == "Port \ufffd" and any("surrogate" in w for w in result["warnings"])
