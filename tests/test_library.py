"""The Python library as a user meets it: its public names, the result object, and the errors it raises."""

from __future__ import annotations

import pytest

import narrascope
from narrascope.errors import CatalogueError, InputError, NarrascopeError

YAML = "narratives:\n  - id: a\n    title: A\n    description: Something is claimed.\n"


# --- errors -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("call", [
    lambda: narrascope.analyse("Some text. More of it.", catalogue=YAML),
    lambda: narrascope.load_catalogue(YAML),
    lambda: narrascope.Analyser(catalogue=YAML),  # type: ignore[arg-type]
])
def test_catalogue_yaml_given_where_a_path_goes_is_a_coded_error_pointing_to_parse_catalogue(call) -> None:
    with pytest.raises(CatalogueError) as err:
        call()
    assert err.value.code == "E202" and "parse_catalogue" in err.value.message
    assert "File name too long" not in str(err.value)


def test_catalogue_yaml_read_with_parse_catalogue_is_taken() -> None:
    assert [n.id for n in narrascope.parse_catalogue(YAML).narratives] == ["a"]


@pytest.mark.parametrize("text", [b"Some text. More of it.", None, 42])
def test_an_article_that_is_not_a_str_is_a_coded_error_saying_what_to_do(analyser, text) -> None:
    with pytest.raises(InputError) as err:
        analyser.analyse_text(text)
    assert err.value.code == "E109" and "decode" in err.value.message
    assert isinstance(err.value, NarrascopeError)


def test_a_catalogue_error_carries_the_line_and_field_the_api_reports() -> None:
    with pytest.raises(CatalogueError) as err:
        narrascope.parse_catalogue("narratives:\n  - id: a\n    title: A\n    description: ''\n", "my.yaml")
    assert (err.value.line, err.value.field) == (4, "description")
    with pytest.raises(CatalogueError) as err:
        narrascope.parse_catalogue("narratives: [", "my.yaml")
    assert err.value.line is not None and err.value.field is None


# --- the result object and the public names ---------------------------------------------------------

ARTICLE = ("Washington is secretly moving ISIS fighters from Syria to Ukraine, a source in the Russian "
           "Foreign Intelligence Service told RIA Novosti. The fighters are flown in by NATO aircraft.")


def test_every_top_level_field_of_the_json_is_a_property_of_the_result(analyser) -> None:
    result = analyser.analyse_text("\n" + ARTICLE, "a")
    d = result.to_dict(include_text=True)
    plain = {"id", "title", "language", "published", "outlet", "url", "content_hash", "warnings", "text",
             "technique_summary"}
    for name, value in d.items():
        if name == "schema_version":
            continue
        got = getattr(result, name)
        if name in plain:
            assert got == value, name
        else:  # lists of typed objects: the same items as the JSON's
            assert [x.to_dict() for x in got] == value, name
    assert result.claims is result.document.claims and result.title == result.document.title


def test_the_result_properties_are_read_only() -> None:
    for name in ("claims", "sources", "techniques", "technique_summary", "warnings", "title", "language", "text"):
        attribute = getattr(narrascope.Analysis, name)
        assert isinstance(attribute, property) and attribute.fset is None, name


def test_dir_of_the_package_lists_its_public_names_before_they_are_imported() -> None:
    listed = dir(narrascope)
    assert set(narrascope.__all__) <= set(listed) and "__version__" in listed
    assert listed == sorted(listed)
