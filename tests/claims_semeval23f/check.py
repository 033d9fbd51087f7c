"""Consistency check for the sixth SemEval-2023 T3 relocation gold (PyYAML and plain Python; exit 0 = clean).

Run from the repository root: /work/main/.venv/bin/python tests/claims_semeval23f/check.py
It never imports narrascope: it only checks that gold.yaml agrees with the documents it points to
(which live outside the repository, under ``root``) and with the conventions in README.md.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "fr", "de", "it", "pl", "ru")
#: documents per language (a random draw of 10 per language)
EXPECTED_COUNTS = {lang: 10 for lang in LANGUAGES}
CLAIM_FIELDS = ["type", "agent", "agent_canonical", "moved", "moved_canonical", "count_text", "count", "origin",
                "origin_canonical", "origin_country", "destination", "destination_canonical",
                "destination_country", "means", "time", "source", "source_kind", "modality", "evidence_start",
                "evidence_end"]
TEXT_FIELDS = ("agent", "moved", "count_text", "origin", "destination", "time", "source")
MODALITIES = {"asserted", "reported", "hypothetical", "questioned", "denied"}
SOURCE_KINDS = {"agency", "government", "media", "anonymous", "person"}
#: the data's folder per ISO language code ("ge" holds German, "po" Polish)
FOLDER = {"en": "en", "fr": "fr", "de": "ge", "it": "it", "pl": "po", "ru": "ru"}


def main() -> int:
    errors: list[str] = []

    def err(msg: str) -> None:
        errors.append(msg)

    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))
    if list(gold) != ["root", "articles"]:
        err(f"top-level keys {list(gold)}")
    root = (HERE / gold["root"]).resolve()
    if not root.is_dir():
        err(f"root {root} is not a folder")
    rows = gold["articles"]
    per_lang: Counter[str] = Counter()
    for aid, row in rows.items():
        if list(row) != ["file", "language", "claims", "sources"]:
            err(f"{aid}: article keys {list(row)}")
            continue
        lang = row["language"]
        if lang not in LANGUAGES:
            err(f"{aid}: language {lang!r}")
            continue
        per_lang[lang] += 1
        rel = row["file"]
        stem = Path(rel).stem
        if rel != f"{FOLDER[lang]}/articles/{stem}.txt" or aid != f"{lang}-{stem}":
            err(f"{aid}: file {rel!r} does not match the key and language")
        if not stem.startswith("article") or not stem[len("article"):].isdigit():
            err(f"{aid}: {stem!r} is no document stem")
        path = root / rel
        if not path.is_file():
            err(f"{aid}: no file {path}")
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()

        listed: dict[str, str] = {}
        for s in row["sources"] or []:
            if not isinstance(s, dict) or set(s) != {"text", "kind"}:
                err(f"{aid}: source entry {s}")
                continue
            if s["kind"] not in SOURCE_KINDS:
                err(f"{aid}: source kind {s['kind']}")
            if s["text"] in listed:
                err(f"{aid}: source listed twice: {s['text']}")
            listed[s["text"]] = s["kind"]
            if not isinstance(s["text"], str) or s["text"] not in text:
                err(f"{aid}: source not in the document: {s['text']!r}")

        claims = row["claims"] or []
        used = set()
        for i, c in enumerate(claims):
            check_claim(f"{aid} claim {i + 1}", c, text, listed, err)
            if isinstance(c, dict) and c.get("source"):
                used.add(c["source"])
        for t in listed:
            if t not in used:
                err(f"{aid}: source {t!r} is listed but no claim cites it (only claims' sources are listed)")

    for lang in LANGUAGES:
        if per_lang[lang] != EXPECTED_COUNTS[lang]:
            err(f"{lang}: {per_lang[lang]} documents, expected {EXPECTED_COUNTS[lang]}")

    for e in errors:
        print("ERROR", e)
    for lang in LANGUAGES:
        docs = [r for r in rows.values() if r.get("language") == lang]
        claims = [c for r in docs for c in r.get("claims") or []]
        with_claims = sum(1 for r in docs if r.get("claims"))
        denied = sum(1 for c in claims if c.get("modality") == "denied")
        n_src = sum(len(r.get("sources") or []) for r in docs)
        print(f"{lang}: {len(docs)} documents, {with_claims} with claims, {len(claims)} claims ({denied} denied), "
              f"{n_src} source mentions")
    n_claims = sum(len(r.get("claims") or []) for r in rows.values())
    print(f"{len(rows)} documents, {n_claims} claims: {'OK' if not errors else f'{len(errors)} problem(s)'}")
    return 1 if errors else 0


def check_claim(tag: str, c: dict, text: str, listed: dict[str, str], err) -> None:
    if not isinstance(c, dict) or list(c) != CLAIM_FIELDS:
        err(f"{tag}: fields {list(c) if isinstance(c, dict) else c}")
        return
    if c["type"] != "relocation":
        err(f"{tag}: type {c['type']}")
    if c["modality"] not in MODALITIES:
        err(f"{tag}: modality {c['modality']}")
    if not c["moved"] or not c["moved_canonical"]:
        err(f"{tag}: no moved group")
    start, end = c["evidence_start"], c["evidence_end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        err(f"{tag}: evidence offsets {start!r}..{end!r} not inside the document ({len(text)} characters)")
        return
    span = text[start:end]
    if span != span.strip():
        err(f"{tag}: evidence span starts or ends with white space")
    for f in TEXT_FIELDS:
        v = c[f]
        if v is None:
            continue
        if not isinstance(v, str) or not v.strip():
            err(f"{tag}: {f} is not a text: {v!r}")
        elif v not in text:
            err(f"{tag}: {f} not in the document: {v!r}")
        elif v not in span:
            err(f"{tag}: {f} not within its evidence span: {v!r}")
    for place in ("origin", "destination"):
        has_text, has_canon = bool(c[place]), bool(c[f"{place}_canonical"])
        if has_text != has_canon:
            err(f"{tag}: {place} text and canonical not filled together")
        if c[f"{place}_country"] and not has_text:
            err(f"{tag}: {place} country without a place")
    if c["modality"] != "denied" and not (c["origin"] or c["destination"]):
        err(f"{tag}: a non-denied claim names no place")
    if c["count"] is not None and (not isinstance(c["count"], int) or not c["count_text"]):
        err(f"{tag}: count must be an integer with a count text")
    if not c["agent"] and c["agent_canonical"]:
        err(f"{tag}: agent canonical without agent text")
    if c["source"]:
        if listed.get(c["source"]) != c["source_kind"]:
            err(f"{tag}: source {c['source']!r} not listed with kind {c['source_kind']}")
    elif c["source_kind"]:
        err(f"{tag}: source kind without source")


if __name__ == "__main__":
    sys.exit(main())
