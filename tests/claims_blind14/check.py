"""Consistency check for blind gold set 14 (PyYAML and plain Python; exit 0 = clean).

Run: /work/main/.venv/bin/python tests/claims_blind14/check.py
It never imports narrascope: it only checks that the articles, gold.yaml and frames.yaml agree with
each other and with the conventions written down in README.md.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LANGS = ("en", "ru", "uk", "de", "fr", "es", "ar")
SLOT_KIND = {1: "push", 2: "push", 3: "push", 4: "push", 5: "neutral", 6: "fact-check"}
ARTICLE_KEYS = ["file", "language", "published", "claims", "sources"]
CLAIM_KEYS = ["type", "agent", "agent_canonical", "moved", "moved_canonical", "count_text", "count", "origin",
              "origin_canonical", "origin_country", "destination", "destination_canonical", "destination_country",
              "means", "time", "source", "source_kind", "modality", "evidence"]
IN_BODY = ("agent", "moved", "count_text", "origin", "destination", "time", "source")
FRAME_KEYS = ["type", "agent", "agent_canonical", "target", "target_canonical", "trigger", "source", "source_kind",
              "modality", "evidence"]
MODALITIES = {"asserted", "reported", "hypothetical", "questioned", "denied"}
KINDS_OF_SOURCE = {"agency", "government", "media", "anonymous", "person"}
DENIAL_OPENINGS = {"en": "No, ", "ru": "Нет, ", "uk": "Ні, ", "de": "Nein, ", "fr": "Non, ", "es": "Falso: ",
                   "ar": "لا، "}
SENTENCE_END = re.compile(r"[.!?؟]['\"»”)]?(?=\s|$)")
DATE = re.compile(r"^20(1[7-9]|2[0-5])-\d\d-\d\d$")


class Report:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def __call__(self, where: str, what: str) -> None:
        self.problems.append(f"{where}: {what}")


def read_article(path: Path, where: str, bad: Report) -> tuple[str, str, list[str]] | None:
    if not path.is_file():
        bad(where, f"no file {path}")
        return None
    text = path.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n\n")
    body = body.rstrip("\n")
    if not sep or "\n" in head or not head.strip() or not text.endswith("\n"):
        bad(where, "not a headline line, a blank line and a body")
    paras = body.split("\n\n")
    if not 2 <= len(paras) <= 4 or any(not p.strip() or "\n" in p for p in paras):
        bad(where, f"body must be 2-4 one-line paragraphs (got {len(paras)})")
    n = len(SENTENCE_END.findall(body))
    if not 5 <= n <= 10:
        bad(where, f"{n} sentences by end punctuation (5-10 expected)")
    return head, body, paras


def check_sources(row: dict, body: str, where: str, bad: Report) -> dict[str, str]:
    listed: dict[str, str] = {}
    for s in row.get("sources") or []:
        if not isinstance(s, dict) or set(s) != {"text", "kind"}:
            bad(where, f"source entry {s!r}")
            continue
        if s["kind"] not in KINDS_OF_SOURCE:
            bad(where, f"unknown source kind {s['kind']!r}")
        if s["text"] in listed:
            bad(where, f"source listed twice: {s['text']!r}")
        if s["text"] not in body:
            bad(where, f"source not in body: {s['text']!r}")
        listed[s["text"]] = s["kind"]
    return listed


def check_claim(c: dict, tag: str, body: str, paras: list[str], listed: dict[str, str], bad: Report) -> None:
    if list(c) != CLAIM_KEYS:
        bad(tag, f"keys {list(c)}")
        return
    if c["type"] != "relocation":
        bad(tag, f"type {c['type']!r}")
    if c["modality"] not in MODALITIES:
        bad(tag, f"modality {c['modality']!r}")
    if not c["moved"] or not c["moved_canonical"]:
        bad(tag, "no moved group or no canonical id for it")
    for key in IN_BODY:
        value = c[key]
        if value is not None and (not isinstance(value, str) or value not in body):
            bad(tag, f"{key} not in body: {value!r}")
    if not isinstance(c["evidence"], str) or not any(c["evidence"] in p for p in paras):
        bad(tag, "evidence does not lie inside one paragraph of the body")
    for place in ("origin", "destination"):
        if bool(c[place]) != bool(c[f"{place}_canonical"]):
            bad(tag, f"{place} text and canonical not filled together")
        if c[f"{place}_country"] and not c[place]:
            bad(tag, f"{place} country without a place")
    if c["modality"] != "denied" and not (c["origin"] or c["destination"]):
        bad(tag, "a claim that is not denied names no place")
    if c["count"] is not None and (isinstance(c["count"], bool) or not isinstance(c["count"], int)
                                   or not c["count_text"]):
        bad(tag, "count must be an integer that comes with a count text")
    if c["agent_canonical"] and not c["agent"]:
        bad(tag, "agent canonical without agent text")
    if c["source"]:
        if listed.get(c["source"]) != c["source_kind"]:
            bad(tag, f"source {c['source']!r} not listed with kind {c['source_kind']!r}")
    elif c["source_kind"]:
        bad(tag, "source kind without a source")


def check_frame(f: dict, tag: str, body: str, paras: list[str], listed: dict[str, str], bad: Report) -> None:
    if list(f) != FRAME_KEYS:
        bad(tag, f"keys {list(f)}")
        return
    if f["type"] not in {"support", "accusation"} or f["modality"] not in MODALITIES:
        bad(tag, "unknown type or modality")
    for key in ("agent", "target", "trigger", "source"):
        if f[key] is not None and f[key] not in body:
            bad(tag, f"{key} not in body: {f[key]!r}")
    if not isinstance(f["evidence"], str) or not any(f["evidence"] in p for p in paras):
        bad(tag, "evidence does not lie inside one paragraph of the body")
    elif not f["trigger"] or f["trigger"] not in f["evidence"]:
        bad(tag, "trigger not in its evidence")
    if f["source"] and listed.get(f["source"]) != f["source_kind"]:
        bad(tag, "frame source not listed with the same kind")
    if f["agent"] is None and f["modality"] != "questioned" and f["agent_canonical"]:
        bad(tag, "agent canonical without agent")


def main() -> int:
    bad = Report()
    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))
    frames = yaml.safe_load((HERE / "frames.yaml").read_text(encoding="utf-8"))
    root = HERE / gold.get("root", "articles")
    rows, frows = gold["articles"], frames["articles"]
    expected = {f"{lang}-z{i:02d}" for lang in LANGS for i in SLOT_KIND}
    on_disk = {p.stem for p in root.glob("*/*.txt")}
    for name, found in (("gold.yaml", set(rows)), ("frames.yaml", set(frows)), ("articles/", on_disk)):
        if found != expected:
            bad(name, f"missing {sorted(expected - found)}, extra {sorted(found - expected)}")

    per_kind: Counter[tuple[str, str]] = Counter()
    n_claims = n_denied = n_sources = n_frames = 0
    for aid in sorted(expected & set(rows)):
        lang, slot = aid[:2], int(aid[-2:])
        row = rows[aid]
        if list(row) != ARTICLE_KEYS:
            bad(aid, f"article keys {list(row)}")
        if row.get("file") != f"{lang}/{aid}.txt" or row.get("language") != lang:
            bad(aid, "file or language field wrong")
        if not DATE.match(str(row.get("published"))):
            bad(aid, f"published {row.get('published')!r}")
        article = read_article(root / str(row.get("file")), aid, bad)
        if article is None:
            continue
        head, body, paras = article
        fr = frows.get(aid) or {}
        kind = fr.get("kind")
        per_kind[(lang, str(kind))] += 1
        if kind != SLOT_KIND[slot]:
            bad(aid, f"kind {kind!r}, expected {SLOT_KIND[slot]!r}")
        negated = head.startswith(DENIAL_OPENINGS[lang])
        if fr.get("negated_headline") is not negated or negated != (kind == "fact-check"):
            bad(aid, "negated_headline disagrees with the headline or with the kind")
        listed = check_sources(row, body, aid, bad)
        n_sources += len(listed)
        claims = row.get("claims") or []
        if kind == "neutral" and claims:
            bad(aid, "a neutral article must hold no relocation claim")
        if kind != "neutral" and not claims:
            bad(aid, "no claims")
        if kind == "fact-check" and not any(c.get("modality") == "denied" for c in claims):
            bad(aid, "fact-check without a denied claim")
        for i, c in enumerate(claims, 1):
            check_claim(c, f"{aid} claim {i}", body, paras, listed, bad)
        n_claims += len(claims)
        n_denied += sum(1 for c in claims if c.get("modality") == "denied")
        for j, f in enumerate(fr.get("frames") or [], 1):
            check_frame(f, f"{aid} frame {j}", body, paras, listed, bad)
        n_frames += len(fr.get("frames") or [])

    for lang in LANGS:
        want = {"push": 4, "neutral": 1, "fact-check": 1}
        got = {k: per_kind[(lang, k)] for k in want}
        if got != want:
            bad(lang, f"kinds {got}, expected {want}")

    for p in bad.problems:
        print("PROBLEM", p)
    print(f"{len(rows)} articles, {n_claims} claims ({n_denied} denied), {n_sources} source mentions, "
          f"{n_frames} frames: {'OK' if not bad.problems else f'{len(bad.problems)} problem(s)'}")
    return 1 if bad.problems else 0


if __name__ == "__main__":
    sys.exit(main())
