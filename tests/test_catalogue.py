"""Catalogues: the bundled one loads; malformed ones fail with a code, the line and the field."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from narrascope.catalogue import Catalogue, Narrative, load_catalogue, parse_catalogue
from narrascope.errors import CatalogueError
from narrascope.settings import DEFAULT, Settings

REPO = Path(__file__).resolve().parent.parent
DEV_CATALOGUE = REPO.parent / "shared" / "dev" / "catalogue.yaml"

GOOD = """\
narratives:
  - id: a
    title: A narrative
    description: Something someone claims.
    claims:
      - A first example claim.
  - id: b
    title: A child narrative
    description: A narrower claim.
    parent: a
"""


def test_the_bundled_catalogue_loads_without_warnings() -> None:
    catalogue = load_catalogue()
    assert len(catalogue.narratives) == 17
    assert catalogue.warnings == ()


def test_the_bundled_catalogue_has_unique_ids_and_known_parents() -> None:
    ids = [n.id for n in load_catalogue().narratives]
    assert len(set(ids)) == len(ids)
    assert all(n.parent in ids for n in load_catalogue().narratives if n.parent)


@pytest.mark.skipif(not DEV_CATALOGUE.exists(), reason="../shared/dev is not checked out next to the repository")
def test_the_shared_dev_catalogue_loads() -> None:
    catalogue = load_catalogue(DEV_CATALOGUE)
    assert catalogue.narratives
    assert catalogue.warnings == ()


def test_a_good_catalogue_keeps_its_fields() -> None:
    a, b = parse_catalogue(GOOD).narratives
    assert (a.id, a.title, a.claims) == ("a", "A narrative", ("A first example claim.",))
    assert (b.parent, b.line) == ("a", 7)


# (case, yaml, code, line, field named in the message or None)
BROKEN = [
    ("not YAML", "narratives:\n  - id: a\n   title: A\n", "E201", 3, None),
    ("a tab", "\tnarratives: x\n", "E201", 1, None),
    ("top-level list", "- id: a\n  title: A\n", "E202", 1, "narratives"),
    ("no narratives", "version: 1\nitems: []\n", "E202", 1, "narratives"),
    ("narratives not a list", "narratives:\n  id: a\n", "E202", 2, "narratives"),
    ("empty list", "version: 1\nnarratives: []\n", "E206", 2, "narratives"),
    ("item not a mapping", "narratives:\n  - id: a\n    title: A\n    description: d\n  - just text\n",
     "E202", 5, "narrative"),
    ("missing id", "narratives:\n  - title: A\n    description: d\n", "E203", 2, "id"),
    ("missing title", "narratives:\n  - id: a\n    description: d\n", "E203", 2, "title"),
    ("missing description", "narratives:\n  - id: a\n    title: A\n", "E203", 2, "description"),
    ("empty title", "narratives:\n  - id: a\n    title: ''\n    description: d\n", "E203", 3, "title"),
    ("blank title", "narratives:\n  - id: a\n    title: '   '\n    description: d\n", "E203", 3, "title"),
    ("title as a list", "narratives:\n  - id: a\n    title:\n      - A\n    description: d\n", "E203", 3, "title"),
    ("description as a mapping", "narratives:\n  - id: a\n    title: A\n    description: {x: 1}\n",
     "E203", 4, "description"),
    ("duplicate id", GOOD.replace("id: b", "id: a").replace("    parent: a\n", ""), "E204", 7, "'a'"),
    # a parent error points at the line of the parent field, where the mistake is
    ("unknown parent", GOOD.replace("parent: a", "parent: nowhere"), "E205", 10, "parent"),
    ("own parent", GOOD.replace("parent: a", "parent: b"), "E205", 10, "parent"),
    ("a loop of parents", GOOD.replace("  - id: a\n", "  - id: a\n    parent: b\n"), "E205", 3, "a -> b -> a"),
    ("claims not a list", "narratives:\n  - id: a\n    title: A\n    description: d\n    claims: {x: 1}\n",
     "E203", 5, "claims"),
    ("keywords not a mapping", "narratives:\n  - id: a\n    title: A\n    description: d\n    keywords: 5\n",
     "E203", 5, "keywords"),
    # YAML tags name constructors, not text: refused wherever they stand, never constructed
    ("a local tag", "narratives:\n  - id: a\n    title: !foo A\n    description: d\n", "E203", 3, "title"),
    ("a python tag", "narratives:\n  - id: a\n    title: A\n    description: !!python/object/apply:os.system"
     " ['true']\n", "E203", 4, "description"),
    ("a tag in a list", "narratives:\n  - id: a\n    title: A\n    description: d\n    claims:\n"
     "      - fine\n      - !!python/name:os.system ''\n", "E203", 7, "claims"),
    ("a tag on a keyword", "narratives:\n  - id: a\n    title: A\n    description: d\n    keywords:\n"
     "      en: [!foo x]\n", "E203", 6, "keywords"),
    ("a tag on a narrative", "narratives:\n  - !foo\n    id: a\n    title: A\n    description: d\n",
     "E203", 2, "narratives"),
    ("a tag beside the narratives", GOOD + "version: !!python/tuple [1]\n", "E203", 11, "version"),
    # a key given twice is a mistake the reader would otherwise settle silently (the last one wins)
    ("a field twice", "narratives:\n  - id: a\n    title: A\n    description: d\n    title: B\n",
     "E204", 5, "title"),
    ("an id twice", "narratives:\n  - id: a\n    title: A\n    id: b\n    description: d\n", "E204", 4, "id"),
    ("a keyword language twice", "narratives:\n  - id: a\n    title: A\n    description: d\n    keywords:\n"
     "      en: [x]\n      en: [y]\n", "E204", 7, "keywords"),
    ("narratives twice", GOOD + "narratives: []\n", "E204", 11, "narratives"),
    # an unclosed quote is found only at the end of the file: the error points where it opened
    ("an unclosed quote", "narratives:\n  - id: a\n    title: \"Unclosed\n    description: d\n  - id: b\n",
     "E201", 3, "never closed"),
    # the dashboard links to /narratives/<id>: a browser rewrites a '.' or '..' part, so the page would be another's
    ("a '..' part in an id", "narratives:\n  - id: 'my narrative/../x'\n    title: A\n    description: d\n",
     "E203", 2, "'..'"),
    ("an empty part in an id", "narratives:\n  - id: 'a//b'\n    title: A\n    description: d\n", "E203", 2, "'..'"),
    ("an id ending in a slash", "narratives:\n  - id: 'a/'\n    title: A\n    description: d\n", "E203", 2, "'..'"),
]


@pytest.mark.parametrize("case, text, code, line, field", BROKEN, ids=[row[0] for row in BROKEN])
def test_a_malformed_catalogue_names_code_line_and_field(case: str, text: str, code: str, line: int,
                                                        field: str | None) -> None:
    with pytest.raises(CatalogueError) as info:
        parse_catalogue(text, "cat.yaml")
    err = info.value
    assert err.code == code
    assert err.where == f"cat.yaml:{line}"
    if field:
        assert field in err.message
    assert str(err).startswith(f"[{code}] cat.yaml:{line}: ")


@pytest.mark.parametrize("text", ["", "# only a comment\n"])
def test_an_empty_file_is_an_empty_catalogue(text: str) -> None:
    with pytest.raises(CatalogueError) as info:
        parse_catalogue(text, "cat.yaml")
    assert info.value.code == "E206"


def test_a_missing_file_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError) as info:
        load_catalogue(tmp_path / "nowhere.yaml")
    assert "nowhere.yaml" in str(info.value)


def test_an_unknown_field_close_to_a_known_one_is_named_as_a_likely_typo() -> None:
    catalogue = parse_catalogue(GOOD.replace("    parent: a\n", "    parent: a\n    claim: X moves Y.\n"), "cat.yaml")
    [warning] = catalogue.warnings
    assert "'claim' (did you mean 'claims'?)" in warning


def test_an_id_with_a_slash_between_two_names_is_still_an_id() -> None:
    catalogue = parse_catalogue("narratives:\n  - id: urw/blame\n    title: A\n    description: d\n")
    assert [n.id for n in catalogue.narratives] == ["urw/blame"]


def test_unknown_fields_earn_a_warning_naming_them_not_an_error() -> None:
    catalogue = parse_catalogue(GOOD.replace("    parent: a\n", "    parent: a\n    colour: red\n"), "cat.yaml")
    [warning] = catalogue.warnings
    assert "colour" in warning and "cat.yaml:7" in warning
    assert len(catalogue.narratives) == 2


@pytest.mark.parametrize("change", [
    lambda t: t.replace("A first example claim.", "Another example claim."),
    lambda t: t.replace("title: A narrative", "title: A renamed narrative"),
    lambda t: t.replace("    parent: a\n", ""),
])
def test_the_version_changes_when_the_content_changes(change) -> None:  # type: ignore[no-untyped-def]
    assert parse_catalogue(change(GOOD)).version != parse_catalogue(GOOD).version


def test_the_version_ignores_formatting() -> None:
    folded = "description: >\n      Something someone claims."
    reformatted = GOOD.replace("description: Something someone claims.", folded)
    assert parse_catalogue(reformatted).version == parse_catalogue(GOOD).version


def test_a_key_given_twice_names_where_it_was_first_given() -> None:
    with pytest.raises(CatalogueError) as info:
        parse_catalogue("narratives:\n  - id: a\n    title: A\n    title: A\n    description: d\n", "cat.yaml")
    assert "first at line 3" in info.value.message


def test_anchors_and_merges_of_plain_values_still_work() -> None:
    text = ("shared: &kw {en: [airlift, ferry]}\nnarratives:\n"
            "  - id: a\n    title: &t A title\n    description: d\n    keywords: *kw\n"
            "  - <<: {title: Merged title, description: e}\n    id: b\n    keywords: *kw\n")
    a, b = parse_catalogue(text, "cat.yaml").narratives
    assert a.keywords == b.keywords == {"en": ("airlift", "ferry")}
    assert (b.title, b.description) == ("Merged title", "e")


# --- size: a catalogue costs time in proportion to what it holds, so what it may hold is bounded ---

def _limited(**limits: int) -> Settings:
    return dataclasses.replace(DEFAULT, **limits)


def _laughs(width: int, *, merge: bool) -> str:
    """A few KB standing for width**2 values: one list (or mapping) of ``width`` items, named ``width`` times."""
    if merge:
        keys = ", ".join(f"k{i}: x" for i in range(width))
        aliases = ", ".join(["*l0"] * width)
        head, field = f"l0: &l0 {{{keys}}}\nl1: &l1 {{<<: [{aliases}]}}", "keywords"
    else:
        head, field = f"l0: &l0 [{', '.join(['x'] * width)}]\nl1: &l1 [{', '.join(['*l0'] * width)}]", "claims"
    return head + f"\nnarratives:\n  - id: a\n    title: A\n    description: d\n    {field}: *l1\n"


@pytest.mark.parametrize("case, text, limits, line, words", [
    ("bytes", GOOD + "# " + "padding " * 40 + "\n", {"catalogue_max_bytes": 300}, None, "catalogue_max_bytes"),
    ("narratives", GOOD, {"catalogue_max_narratives": 1}, 2, "catalogue_max_narratives"),
    ("depth", GOOD.replace("claims:", "keywords: {en: " + "[" * 12 + "x" + "]" * 12 + "}\n    claims:"), {}, 5,
     "catalogue_max_depth"),
    ("aliased lists", _laughs(500, merge=False), {}, 2, "catalogue_max_values"),
    ("aliased merges", _laughs(500, merge=True), {}, 2, "catalogue_max_values"),
])
def test_a_catalogue_beyond_a_size_limit_is_refused_naming_the_limit(case: str, text: str, limits: dict[str, int],
                                                                     line: int | None, words: str) -> None:
    with pytest.raises(CatalogueError) as info:
        parse_catalogue(text, "cat.yaml", _limited(**limits))
    assert info.value.code == "E207" and words in info.value.message
    assert info.value.where == ("cat.yaml" if line is None else f"cat.yaml:{line}")


@pytest.mark.parametrize("text", ["narratives: " + "[" * 5000 + "]" * 5000, "narratives:\n" + "- " * 2000 + "x\n"])
def test_nesting_past_what_the_yaml_reader_can_hold_is_a_coded_error(text: str) -> None:
    with pytest.raises(CatalogueError) as info:
        parse_catalogue(text, "cat.yaml")
    assert info.value.code in ("E201", "E207")


def test_a_value_that_contains_itself_is_refused() -> None:
    with pytest.raises(CatalogueError) as info:
        parse_catalogue("narratives:\n  - id: a\n    title: A\n    description: d\n    claims: &c [x, *c]\n", "c.yaml")
    assert (info.value.code, info.value.where) == ("E207", "c.yaml:5") and "claims" in info.value.message


def test_a_catalogue_file_over_the_byte_limit_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text(GOOD + "#" * 2000 + "\n", encoding="utf-8")
    with pytest.raises(CatalogueError) as info:
        load_catalogue(path, _limited(catalogue_max_bytes=1000))
    assert info.value.code == "E207" and info.value.where == str(path)


def test_half_a_utf16_pair_is_not_yaml() -> None:
    with pytest.raises(CatalogueError) as info:
        parse_catalogue(GOOD.replace("A child narrative", "A child \ud800 narrative"), "cat.yaml")
    assert (info.value.code, info.value.where) == ("E201", "cat.yaml:8")


def test_an_analyser_takes_a_catalogue_path_as_the_readme_shows(tmp_path, analyser) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("narratives:\n  - id: port-sold\n    title: The harbour was sold to a foreign power\n"
                    "    description: A port concession is told as a surrender of sovereignty.\n", encoding="utf-8")
    from narrascope import Analyser

    for given in (str(path), path):
        built = Analyser(given, encoder=analyser.encoder, disabled=("techniques",))  # type: ignore[arg-type]
        assert [n.id for n in built.catalogue.narratives] == ["port-sold"]
    with pytest.raises(CatalogueError):
        Analyser(str(tmp_path / "missing.yaml"), encoder=analyser.encoder)  # type: ignore[arg-type]


# --- a catalogue built in Python obeys the rules a file obeys, with the same codes ---------------------

def _n(nid: str = "a", **fields) -> Narrative:  # type: ignore[no-untyped-def]
    return Narrative(**{"id": nid, "title": "A title", "description": "Something is claimed.", **fields})


@pytest.mark.parametrize("fields, code, field", [
    ({"id": ""}, "E203", "id"), ({"title": "  "}, "E203", "title"), ({"description": ""}, "E203", "description"),
    ({"title": None}, "E203", "title"), ({"claims": 42}, "E203", "claims"),
    ({"claims": ["ok", {"no": 1}]}, "E203", "claims"),
    ({"parent": ""}, "E203", "parent"),
])
def test_a_narrative_built_in_python_is_checked_as_one_read_from_a_file(fields, code: str, field) -> None:
    with pytest.raises(CatalogueError) as err:
        _n(**fields)
    assert err.value.code == code and err.value.field == field


def test_claims_given_as_one_string_are_one_claim_as_in_a_file() -> None:
    assert _n(claims="One claim, not eighteen characters.").claims == ("One claim, not eighteen characters.",)
    assert _n(claims=["a claim", "another"]).claims == ("a claim", "another")
    from_file = parse_catalogue("narratives:\n  - {id: a, title: A title, description: Something is claimed.,"
                                " claims: [a claim, another]}")
    assert Catalogue((_n(claims=["a claim", "another"]),)).version == from_file.version


@pytest.mark.parametrize("narratives, code", [
    ((), "E206"),
    ((_n("a"), _n("a")), "E204"),
    ((_n("a", parent="nope"),), "E205"),
    ((_n("a", parent="b"), _n("b", parent="a")), "E205"),
])
def test_a_catalogue_built_in_python_is_checked_as_one_read_from_a_file(narratives, code: str) -> None:
    with pytest.raises(CatalogueError) as err:
        Catalogue(narratives)
    assert err.value.code == code


def test_a_valid_catalogue_built_in_python_is_taken() -> None:
    catalogue = Catalogue([_n("a"), _n("b", parent="a")])  # type: ignore[arg-type]  (a list is taken too)
    assert [n.id for n in catalogue.narratives] == ["a", "b"] and catalogue.get("b").parent == "a"
