"""Consistency check of the blind gold set 10 (PyYAML and plain Python only; never imports narrascope).

Run: python tests/claims_blind10/check.py   (exit 0 = clean, 1 = problems listed on stdout)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LANGS = ("en", "ru", "uk", "de", "fr", "es", "ar")
KINDS_BY_NUMBER = {1: "push", 2: "push", 3: "push", 4: "push", 5: "neutral", 6: "fact-check"}
FIELDS = ["type", "agent", "agent_canonical", "moved", "moved_canonical", "count_text", "count", "origin",
          "origin_canonical", "origin_country", "destination", "destination_canonical", "destination_country",
          "means", "time", "source", "source_kind", "modality", "evidence"]
TEXT_FIELDS = ("agent", "moved", "count_text", "origin", "destination", "time", "source")
MODALITIES = {"asserted", "reported", "hypothetical", "questioned", "denied"}
SOURCE_KINDS = {"agency", "government", "media", "anonymous", "person"}
FRAME_TYPES = {"support", "accusation"}


def split_article(text: str) -> tuple[str, str, list[str]]:
    """Headline, body and the body's paragraphs; raises ValueError on a malformed file."""
    if not text.endswith("\n"):
        raise ValueError("no final newline")
    head, sep, body = text.rstrip("\n").partition("\n\n")
    if not sep or "\n" in head or not head.strip():
        raise ValueError("not a headline line followed by a blank line")
    paras = body.split("\n\n")
    if any(not p.strip() or "\n" in p for p in paras):
        raise ValueError("paragraphs must be single lines separated by one blank line")
    return head, body, paras


def count_sentences(body: str) -> int:
    return len(re.findall(r"[.!?؟»“\"]?[.!?؟](?=\s|$)", body))


def check() -> list[str]:
    problems: list[str] = []
    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))
    frames = yaml.safe_load((HERE / "frames.yaml").read_text(encoding="utf-8"))
    rows = gold["articles"]
    frows = frames["articles"]
    files = {p.relative_to(HERE / "articles").as_posix() for p in (HERE / "articles").rglob("*.txt")}
    expected = {f"{lang}-x{n:02d}" for lang in LANGS for n in KINDS_BY_NUMBER}
    if set(rows) != expected:
        problems.append(f"gold ids differ from expected: {sorted(set(rows) ^ expected)}")
    if set(frows) != set(rows):
        problems.append(f"frames ids differ from gold ids: {sorted(set(frows) ^ set(rows))}")
    listed = {row["file"] for row in rows.values()}
    if listed != files:
        problems.append(f"article files and gold entries differ: {sorted(listed ^ files)}")
    for aid, row in rows.items():
        lang, number = aid.split("-x")
        where = f"{aid}:"
        if row.get("language") != lang or row.get("file") != f"{lang}/{aid}.txt":
            problems.append(f"{where} language or file does not match the id")
        if not re.fullmatch(r"20\d\d-\d\d-\d\d", str(row.get("published"))):
            problems.append(f"{where} bad published date")
        kind = (frows.get(aid) or {}).get("kind")
        if kind != KINDS_BY_NUMBER.get(int(number)):
            problems.append(f"{where} kind {kind!r}, expected {KINDS_BY_NUMBER.get(int(number))!r}")
        path = HERE / "articles" / row["file"]
        if not path.exists():
            continue
        try:
            head, body, paras = split_article(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            problems.append(f"{where} {exc}")
            continue
        if not 2 <= len(paras) <= 4:
            problems.append(f"{where} {len(paras)} paragraphs")
        n = count_sentences(body)
        if not 5 <= n <= 10:
            problems.append(f"{where} about {n} sentences in the body")
        sources = row.get("sources") or []
        kinds: dict[str, str] = {}
        for s in sources:
            text, skind = s.get("text"), s.get("kind")
            if set(s) != {"text", "kind"}:
                problems.append(f"{where} source {s} has other fields than text and kind")
            if skind not in SOURCE_KINDS:
                problems.append(f"{where} source {text!r} has unknown kind {skind!r}")
            if not text or text not in body:
                problems.append(f"{where} source {text!r} not in the body")
            if text in kinds:
                problems.append(f"{where} source {text!r} listed twice")
            kinds[text] = skind
        for i, c in enumerate(row.get("claims") or []):
            cw = f"{where} claim {i + 1}:"
            if list(c) != FIELDS:
                problems.append(f"{cw} fields differ from the format: {list(c)}")
                continue
            if c["type"] != "relocation":
                problems.append(f"{cw} type {c['type']!r}")
            if c["modality"] not in MODALITIES:
                problems.append(f"{cw} modality {c['modality']!r}")
            if not c["moved"] or not c["moved_canonical"]:
                problems.append(f"{cw} no moved group")
            for f in TEXT_FIELDS:
                if c[f] is not None and (not isinstance(c[f], str) or c[f] not in body):
                    problems.append(f"{cw} {f} {c[f]!r} is not in the body")
            if not isinstance(c["evidence"], str) or c["evidence"] not in body:
                problems.append(f"{cw} evidence is not in the body")
            elif not any(c["evidence"] in p for p in paras):
                problems.append(f"{cw} evidence runs over two paragraphs")
            for place in ("origin", "destination"):
                if (c[place] is None) != (c[f"{place}_canonical"] is None):
                    problems.append(f"{cw} {place} and its canonical are not filled together")
                if c[f"{place}_country"] is not None and c[place] is None:
                    problems.append(f"{cw} {place}_country without a place")
            if c["modality"] != "denied" and not (c["origin"] or c["destination"]):
                problems.append(f"{cw} a move that is not denied names no place")
            if c["count"] is not None and (not isinstance(c["count"], int) or not c["count_text"]):
                problems.append(f"{cw} count must be an integer with a count text")
            if c["source"] is None:
                if c["source_kind"] is not None:
                    problems.append(f"{cw} source kind without a source")
            elif kinds.get(c["source"]) != c["source_kind"]:
                problems.append(f"{cw} source {c['source']!r} is not listed with kind {c['source_kind']!r}")
        frow = frows.get(aid) or {}
        if not isinstance(frow.get("negated_headline"), bool):
            problems.append(f"{where} negated_headline must be true or false")
        for j, fr in enumerate(frow.get("frames") or []):
            fw = f"{where} frame {j + 1}:"
            if fr.get("type") not in FRAME_TYPES:
                problems.append(f"{fw} type {fr.get('type')!r}")
            ev = fr.get("evidence") or ""
            if ev not in body:
                problems.append(f"{fw} evidence is not in the body")
            if not fr.get("trigger") or fr["trigger"] not in ev:
                problems.append(f"{fw} trigger is not in its evidence")
            for f in ("agent", "target"):
                if fr.get(f) is not None and fr[f] not in body:
                    problems.append(f"{fw} {f} {fr[f]!r} is not in the body")
            if fr.get("modality") not in MODALITIES:
                problems.append(f"{fw} modality {fr.get('modality')!r}")
            if fr.get("source") is not None and kinds.get(fr["source"]) != fr.get("source_kind"):
                problems.append(f"{fw} source {fr['source']!r} is not listed with its kind")
        if kind == "fact-check" and not any(c["modality"] == "denied" for c in row.get("claims") or []):
            problems.append(f"{where} a fact-check without a denied claim")
        if head in body:
            problems.append(f"{where} the headline is repeated in the body")
    return problems


def main() -> int:
    problems = check()
    for p in problems:
        print(p)
    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))["articles"]
    claims = sum(len(r.get("claims") or []) for r in gold.values())
    sources = sum(len(r.get("sources") or []) for r in gold.values())
    print(f"{len(gold)} articles, {claims} claims, {sources} source mentions: "
          f"{'clean' if not problems else f'{len(problems)} problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
