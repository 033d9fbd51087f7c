"""Consistency check for blind gold set 9 (plain Python and PyYAML; exit status 0 = clean).

Run: python tests/claims_blind9/check.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LANGS = ("en", "ru", "uk", "de", "fr", "es", "ar")
KINDS_BY_ID = {"j01": "push", "j02": "push", "j03": "push", "j04": "push", "j05": "neutral", "j06": "fact-check"}
FIELDS = ["type", "agent", "agent_canonical", "moved", "moved_canonical", "count_text", "count", "origin",
          "origin_canonical", "origin_country", "destination", "destination_canonical", "destination_country",
          "means", "time", "source", "source_kind", "modality", "evidence"]
TEXT_FIELDS = ("agent", "moved", "count_text", "origin", "destination", "time", "source")
MODALITIES = {"asserted", "reported", "hypothetical", "questioned", "denied"}
SOURCE_KINDS = {"anonymous", "person", "media", "government", "agency"}
FRAME_TYPES = {"support", "accusation"}
SENTENCE_END = re.compile(r"[.!?؟…»”\"](?=\s|$)")


def main() -> int:
    problems: list[str] = []
    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))["articles"]
    frames = yaml.safe_load((HERE / "frames.yaml").read_text(encoding="utf-8"))["articles"]
    expected = {f"{lang}-{j}" for lang in LANGS for j in KINDS_BY_ID}
    files = {p.stem for p in (HERE / "articles").glob("*/*.txt")}
    for name, have in (("gold.yaml", set(gold)), ("frames.yaml", set(frames)), ("articles/", files)):
        if have != expected:
            problems.append(f"{name}: ids differ from expected: missing {sorted(expected - have)}, "
                            f"extra {sorted(have - expected)}")
    for aid in sorted(set(gold) & expected):
        problems += check_article(aid, gold[aid], frames.get(aid) or {})
    for p in problems:
        print(p)
    n_claims = sum(len(row.get("claims") or []) for row in gold.values())
    n_sources = sum(len(row.get("sources") or []) for row in gold.values())
    print(f"{len(gold)} articles, {n_claims} claims, {n_sources} sources: "
          f"{'clean' if not problems else f'{len(problems)} problems'}")
    return 1 if problems else 0


def check_article(aid: str, row: dict, frame_row: dict) -> list[str]:
    out: list[str] = []
    lang = aid[:2]
    if row.get("language") != lang or row.get("file") != f"{lang}/{aid}.txt":
        out.append(f"{aid}: language or file field wrong")
    text = (HERE / "articles" / row["file"]).read_text(encoding="utf-8")
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
        out.append(f"{aid}: not a headline line, a blank line, then a body")
        return out
    body = "\n".join(lines[2:]).strip("\n")
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    if not 2 <= len(paragraphs) <= 4:
        out.append(f"{aid}: {len(paragraphs)} paragraphs")
    n_sent = sum(len(SENTENCE_END.findall(p)) for p in paragraphs)
    if not 5 <= n_sent <= 9:
        out.append(f"{aid}: about {n_sent} sentences")
    kind = frame_row.get("kind")
    if kind != KINDS_BY_ID[aid[3:]]:
        out.append(f"{aid}: kind {kind!r}, expected {KINDS_BY_ID[aid[3:]]!r}")
    if not isinstance(frame_row.get("negated_headline"), bool):
        out.append(f"{aid}: negated_headline is not a boolean")
    sources = row.get("sources") or []
    listed: dict[str, str] = {}
    for s in sources:
        t, k = s.get("text"), s.get("kind")
        if t in listed:
            out.append(f"{aid}: source listed twice: {t!r}")
        listed[t] = k
        if k not in SOURCE_KINDS:
            out.append(f"{aid}: source {t!r} has unknown kind {k!r}")
        if not t or t not in body:
            out.append(f"{aid}: source text not in body: {t!r}")
    for i, cl in enumerate(row.get("claims") or []):
        where = f"{aid} claim {i + 1}"
        if list(cl) != FIELDS:
            out.append(f"{where}: fields differ from the format: {list(cl)}")
            continue
        if cl["type"] != "relocation":
            out.append(f"{where}: type {cl['type']!r}")
        if cl["modality"] not in MODALITIES:
            out.append(f"{where}: modality {cl['modality']!r}")
        for field in TEXT_FIELDS:
            v = cl[field]
            if v is not None and (not isinstance(v, str) or v not in body):
                out.append(f"{where}: {field} not in body: {v!r}")
        ev = cl["evidence"]
        if not isinstance(ev, str) or not ev or ev not in body:
            out.append(f"{where}: evidence not in body")
        if not cl["moved"] or not cl["moved_canonical"]:
            out.append(f"{where}: moved group missing")
        for place in ("origin", "destination"):
            if (cl[place] is None) != (cl[f"{place}_canonical"] is None):
                out.append(f"{where}: {place} text and canonical not filled together")
        if cl["modality"] != "denied" and not (cl["origin"] or cl["destination"]):
            out.append(f"{where}: a claim that is not denied names no place")
        if cl["count"] is not None and (not isinstance(cl["count"], int) or not cl["count_text"]):
            out.append(f"{where}: count must be an integer with a count text")
        if cl["source"] is not None:
            if listed.get(cl["source"]) is None:
                out.append(f"{where}: source {cl['source']!r} not listed in sources")
            elif listed[cl["source"]] != cl["source_kind"]:
                out.append(f"{where}: source kind {cl['source_kind']!r} differs from the listed kind")
        elif cl["source_kind"] is not None:
            out.append(f"{where}: source_kind without source")
    for i, fr in enumerate(frame_row.get("frames") or []):
        where = f"{aid} frame {i + 1}"
        if fr.get("type") not in FRAME_TYPES:
            out.append(f"{where}: type {fr.get('type')!r}")
        if fr.get("modality") not in MODALITIES:
            out.append(f"{where}: modality {fr.get('modality')!r}")
        ev = fr.get("evidence")
        if not ev or ev not in body:
            out.append(f"{where}: evidence not in body")
        elif fr.get("trigger") not in ev:
            out.append(f"{where}: trigger not in its evidence")
        for field in ("agent", "target", "source"):
            v = fr.get(field)
            if v is not None and v not in body:
                out.append(f"{where}: {field} not in body: {v!r}")
        if fr.get("source") is not None and listed.get(fr["source"]) != fr.get("source_kind"):
            out.append(f"{where}: source not listed with the same kind")
    return out


if __name__ == "__main__":
    sys.exit(main())
