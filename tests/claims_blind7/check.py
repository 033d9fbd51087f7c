"""Consistency check for blind set 7 (PyYAML and plain Python only; never imports narrascope).

Run: python tests/claims_blind7/check.py  (exit status 0 = clean)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LANGS = ("en", "ru", "uk", "de", "fr", "es", "ar")
FIELDS = ("type", "agent", "agent_canonical", "moved", "moved_canonical", "count_text", "count", "origin",
          "origin_canonical", "origin_country", "destination", "destination_canonical", "destination_country",
          "means", "time", "source", "source_kind", "modality", "evidence")
TEXT_FIELDS = ("agent", "moved", "count_text", "origin", "destination", "time", "source")
MODALITIES = {"asserted", "reported", "denied", "hypothetical", "questioned"}
KINDS = {"agency", "government", "media", "anonymous", "person"}
ARTICLE_KINDS = {"push", "neutral", "fact-check"}
FRAME_FIELDS = ("type", "agent", "agent_canonical", "target", "target_canonical", "trigger", "source",
                "source_kind", "modality", "evidence")


def split(text: str) -> tuple[str, str, list[str]]:
    head, sep, body = text.partition("\n\n")
    paragraphs = [p for p in body.strip("\n").split("\n\n") if p.strip()]
    return head, body, paragraphs


def sentences(paragraph: str) -> int:
    return len([s for s in re.split(r"(?<=[^\d\s][.!?؟])\s+", paragraph.strip()) if s])


def check_article(aid: str, row: dict, root: Path, errors: list[str]) -> str:
    path = root / row["file"]
    if not path.is_file():
        errors.append(f"{aid}: missing file {path}")
        return ""
    text = path.read_text(encoding="utf-8")
    head, body, paragraphs = split(text)
    if not head.strip() or "\n" in head:
        errors.append(f"{aid}: first line must be a headline followed by a blank line")
    if not 2 <= len(paragraphs) <= 4:
        errors.append(f"{aid}: {len(paragraphs)} paragraphs (want 2-4)")
    n = sum(sentences(p) for p in paragraphs)
    if not 4 <= n <= 8:
        errors.append(f"{aid}: about {n} sentences (want 4-8)")
    if row.get("language") != aid[:2] or not row["file"].startswith(f"{aid[:2]}/"):
        errors.append(f"{aid}: language or file does not match the id")
    return body


def check_claims(aid: str, row: dict, body: str, errors: list[str]) -> None:
    listed = {}
    for s in row.get("sources") or []:
        text, kind = s.get("text"), s.get("kind")
        if text not in body:
            errors.append(f"{aid}: source {text!r} not in body")
        if kind not in KINDS:
            errors.append(f"{aid}: source {text!r} has unknown kind {kind!r}")
        if text in listed:
            errors.append(f"{aid}: source {text!r} listed twice")
        listed[text] = kind
    for i, c in enumerate(row.get("claims") or []):
        where = f"{aid} claim {i + 1}"
        missing = [f for f in FIELDS if f not in c]
        extra = [f for f in c if f not in FIELDS]
        if missing or extra:
            errors.append(f"{where}: missing {missing} extra {extra}")
            continue
        if c["type"] != "relocation":
            errors.append(f"{where}: type {c['type']!r}")
        if c["modality"] not in MODALITIES:
            errors.append(f"{where}: modality {c['modality']!r}")
        ev = c["evidence"]
        if not isinstance(ev, str) or ev not in body:
            errors.append(f"{where}: evidence not an exact substring of the body")
        for f in TEXT_FIELDS:
            v = c[f]
            if v is not None and (not isinstance(v, str) or v not in body):
                errors.append(f"{where}: {f} {v!r} not in body")
        if not c["moved"]:
            errors.append(f"{where}: no moved group")
        if c["count"] is not None and (not isinstance(c["count"], int) or not c["count_text"]):
            errors.append(f"{where}: count must be an integer with a count_text")
        for f in ("agent", "moved"):
            if c[f"{f}_canonical"] and not c[f]:
                errors.append(f"{where}: {f}_canonical without {f}")
        for f in ("origin", "destination"):
            if bool(c[f]) != bool(c[f"{f}_canonical"]):
                errors.append(f"{where}: {f} and {f}_canonical must be filled together")
        if c["modality"] != "denied" and not (c["origin"] or c["destination"]):
            errors.append(f"{where}: a non-denied claim names no place")
        if c["source"] is not None:
            if c["source"] not in listed:
                errors.append(f"{where}: source {c['source']!r} not listed in sources")
            elif listed[c["source"]] != c["source_kind"]:
                errors.append(f"{where}: source kind {c['source_kind']!r} differs from the listing")
        elif c["source_kind"] is not None:
            errors.append(f"{where}: source_kind without source")


def check_frames(frames: dict, gold_rows: dict, bodies: dict[str, str], errors: list[str]) -> dict[str, int]:
    counts = {"support": 0, "accusation": 0}
    rows = frames.get("articles") or {}
    if set(rows) != set(gold_rows):
        errors.append(f"frames.yaml articles differ from gold.yaml: {sorted(set(rows) ^ set(gold_rows))}")
    for aid, row in rows.items():
        if row.get("kind") not in ARTICLE_KINDS:
            errors.append(f"{aid}: unknown kind {row.get('kind')!r}")
        if not isinstance(row.get("negated_headline"), bool):
            errors.append(f"{aid}: negated_headline must be true or false")
        listed = {s["text"]: s["kind"] for s in (gold_rows.get(aid) or {}).get("sources") or []}
        body = bodies.get(aid, "")
        for i, f in enumerate(row.get("frames") or []):
            where = f"{aid} frame {i + 1}"
            if tuple(f) != FRAME_FIELDS:
                errors.append(f"{where}: fields {list(f)}")
                continue
            if f["type"] not in counts:
                errors.append(f"{where}: type {f['type']!r}")
                continue
            counts[f["type"]] += 1
            if f["modality"] not in MODALITIES:
                errors.append(f"{where}: modality {f['modality']!r}")
            for k in ("agent", "target", "trigger", "source", "evidence"):
                if f[k] is not None and f[k] not in body:
                    errors.append(f"{where}: {k} {f[k]!r} not in body")
            if f["trigger"] not in f["evidence"]:
                errors.append(f"{where}: trigger not in its evidence")
            if f["source"] is not None and listed.get(f["source"]) != f["source_kind"]:
                errors.append(f"{where}: source {f['source']!r} not listed with kind {f['source_kind']!r}")
    return counts


def main() -> int:
    errors: list[str] = []
    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))
    frames = yaml.safe_load((HERE / "frames.yaml").read_text(encoding="utf-8"))
    root = HERE / gold.get("root", "articles")
    rows = gold["articles"]
    on_disk = {p.stem for p in root.glob("*/*.txt")}
    if on_disk != set(rows):
        errors.append(f"article files and gold entries differ: {sorted(on_disk ^ set(rows))}")
    bodies = {}
    for aid, row in rows.items():
        body = check_article(aid, row, root, errors)
        bodies[aid] = body
        check_claims(aid, row, body, errors)
    counts = check_frames(frames, rows, bodies, errors)
    for lang in LANGS:
        ids = sorted(a for a in rows if a.startswith(lang + "-"))
        if ids != [f"{lang}-h0{i}" for i in range(1, 7)]:
            errors.append(f"{lang}: articles {ids}")
    claims = [c for row in rows.values() for c in row.get("claims") or []]
    modalities: dict[str, int] = {}
    for c in claims:
        modalities[c["modality"]] = modalities.get(c["modality"], 0) + 1
    print(f"{len(rows)} articles, {len(claims)} claims, "
          f"{sum(len(r.get('sources') or []) for r in rows.values())} source mentions, frames {counts}")
    print("modalities:", dict(sorted(modalities.items(), key=lambda kv: -kv[1])))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
