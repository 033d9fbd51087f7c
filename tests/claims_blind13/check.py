"""Consistency check of blind set 13 (PyYAML and plain Python; narrascope is not imported).

Run: /work/main/.venv/bin/python tests/claims_blind13/check.py   (exit 0 = clean)
HELD OUT: this script reads the set's files to check their form; do not read its output for content.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LANGS = ("en", "ru", "uk", "de", "fr", "es", "ar")
KINDS = {1: "push", 2: "push", 3: "push", 4: "push", 5: "neutral", 6: "fact-check"}
CLAIM_FIELDS = ["type", "agent", "agent_canonical", "moved", "moved_canonical", "count_text", "count", "origin",
                "origin_canonical", "origin_country", "destination", "destination_canonical", "destination_country",
                "means", "time", "source", "source_kind", "modality", "evidence"]
FRAME_FIELDS = ["type", "agent", "agent_canonical", "target", "target_canonical", "trigger", "source", "source_kind",
                "modality", "evidence"]
TEXT_FIELDS = ("agent", "moved", "count_text", "origin", "destination", "time", "source")
MODALITIES = {"asserted", "reported", "hypothetical", "questioned", "denied"}
SOURCE_KINDS = {"agency", "government", "media", "anonymous", "person"}
FRAME_TYPES = {"support", "accusation"}
SENTENCE_END = re.compile(r"[.!?…]+[\"'»”“)]*(?=\s|$)")


def main() -> int:
    problems: list[str] = []

    def bad(where: str, what: str) -> None:
        problems.append(f"{where}: {what}")

    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))["articles"]
    frames = yaml.safe_load((HERE / "frames.yaml").read_text(encoding="utf-8"))["articles"]
    files = sorted(p.relative_to(HERE / "articles").as_posix() for p in (HERE / "articles").rglob("*.txt"))
    expected = [f"{lang}/{lang}-z{i:02d}.txt" for lang in LANGS for i in range(1, 7)]
    if sorted(files) != sorted(expected):
        bad("articles", f"files differ from the expected 42: {sorted(set(files) ^ set(expected))}")
    ids = {f"{lang}-z{i:02d}" for lang in LANGS for i in range(1, 7)}
    if set(gold) != ids:
        bad("gold.yaml", f"article ids differ: {sorted(set(gold) ^ ids)}")
    if set(frames) != ids:
        bad("frames.yaml", f"article ids differ: {sorted(set(frames) ^ ids)}")

    for aid in sorted(ids & set(gold) & set(frames)):
        row, fr = gold[aid], frames[aid]
        lang, number = aid[:2], int(aid[-2:])
        if row.get("file") != f"{lang}/{aid}.txt" or row.get("language") != lang:
            bad(aid, "file or language field is wrong")
        if not row.get("published"):
            bad(aid, "no publication date")
        kind = KINDS[number]
        if fr.get("kind") != kind:
            bad(aid, f"kind {fr.get('kind')!r}, expected {kind!r}")
        if fr.get("negated_headline") is not (kind == "fact-check"):
            bad(aid, "negated_headline must be true exactly for the fact-check")
        path = HERE / "articles" / lang / f"{aid}.txt"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        if not text.endswith("\n") or text.endswith("\n\n"):
            bad(aid, "file must end with exactly one newline")
        parts = text.rstrip("\n").split("\n\n")
        head, paras = parts[0], parts[1:]
        if "\n" in head or not head.strip():
            bad(aid, "headline must be one non-empty line")
        if not 2 <= len(paras) <= 4 or any("\n" in p or not p.strip() for p in paras):
            bad(aid, f"body must be 2-4 one-line paragraphs, found {len(paras)}")
        body = "\n\n".join(paras)
        n_sent = len(SENTENCE_END.findall(body))
        low, high = (10, 15) if number == 1 else (5, 10)
        if not low <= n_sent <= high:
            bad(aid, f"{n_sent} sentence ends, expected {low}-{high} (loose count)")

        sources = row.get("sources") or []
        listed: dict[str, str] = {}
        for s in sources:
            if set(s) != {"text", "kind"}:
                bad(aid, f"source entry with fields {sorted(s)}")
                continue
            if s["kind"] not in SOURCE_KINDS:
                bad(aid, f"source kind {s['kind']!r}")
            if s["text"] in listed:
                bad(aid, f"source listed twice: {s['text']}")
            if s["text"] not in body:
                bad(aid, f"source not in body: {s['text']}")
            listed[s["text"]] = s["kind"]

        claims = row.get("claims") or []
        if not claims:
            bad(aid, "no gold claims")
        if kind == "fact-check" and not any(c.get("modality") == "denied" for c in claims):
            bad(aid, "fact-check without a denied claim")
        for i, c in enumerate(claims, 1):
            where = f"{aid} claim {i}"
            if list(c) != CLAIM_FIELDS:
                bad(where, f"fields {list(c)}")
                continue
            if c["type"] != "relocation":
                bad(where, f"type {c['type']!r}")
            if c["modality"] not in MODALITIES:
                bad(where, f"modality {c['modality']!r}")
            if not c["moved"] or not c["moved_canonical"]:
                bad(where, "moved group or its canonical id missing")
            for f in TEXT_FIELDS:
                if c[f] is not None and str(c[f]) not in body:
                    bad(where, f"{f} not in body: {c[f]}")
            ev = c["evidence"]
            if not ev or ev not in body:
                bad(where, "evidence not in body")
            elif not any(ev in p for p in paras):
                bad(where, "evidence spans paragraphs")
            for p in ("origin", "destination"):
                if bool(c[p]) != bool(c[f"{p}_canonical"]):
                    bad(where, f"{p} text and canonical not filled together")
                if c[f"{p}_country"] and not c[p]:
                    bad(where, f"{p}_country without a place")
            if c["modality"] != "denied" and not (c["origin"] or c["destination"]):
                bad(where, "non-denied claim names no place")
            if c["count"] is not None and (not isinstance(c["count"], int) or not c["count_text"]):
                bad(where, "count must be an integer with a count text")
            if c["source"] is not None:
                if listed.get(c["source"]) != c["source_kind"]:
                    bad(where, f"source not listed with the same kind: {c['source']}")
            elif c["source_kind"] is not None:
                bad(where, "source_kind without source")
            if bool(c["agent"]) is False and c["agent_canonical"]:
                bad(where, "agent canonical without agent text")

        for i, f in enumerate(fr.get("frames") or [], 1):
            where = f"{aid} frame {i}"
            if list(f) != FRAME_FIELDS:
                bad(where, f"fields {list(f)}")
                continue
            if f["type"] not in FRAME_TYPES:
                bad(where, f"type {f['type']!r}")
            if f["modality"] not in MODALITIES:
                bad(where, f"modality {f['modality']!r}")
            for k in ("agent", "target", "source"):
                if f[k] is not None and f[k] not in body:
                    bad(where, f"{k} not in body: {f[k]}")
            if not f["evidence"] or not any(f["evidence"] in p for p in paras):
                bad(where, "evidence not within one paragraph of the body")
            elif f["trigger"] not in f["evidence"]:
                bad(where, "trigger not in evidence")
            if f["source"] is not None and listed.get(f["source"]) != f["source_kind"]:
                bad(where, f"frame source not listed with the same kind: {f['source']}")

    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
