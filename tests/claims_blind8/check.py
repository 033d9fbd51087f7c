"""Consistency check for blind gold set 8 (plain Python and PyYAML; exit 0 = clean).

Run: /work/main/.venv/bin/python tests/claims_blind8/check.py
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
MODALITIES = {"asserted", "reported", "hypothetical", "questioned", "denied"}
KINDS = {"agency", "government", "media", "anonymous", "person"}
ARTICLE_KINDS = {"push", "neutral", "fact-check"}
FRAME_FIELDS = ("type", "agent", "agent_canonical", "target", "target_canonical", "trigger", "source", "source_kind",
                "modality", "evidence")
SENTENCE_END = re.compile(r"[.!?؟](?:[»“”\"')]*)(?=\s|$)")


def split_article(text: str) -> tuple[str, str]:
    head, sep, body = text.partition("\n\n")
    return head, body.strip("\n") if sep else ""


def main() -> int:
    problems: list[str] = []

    def bad(where: str, msg: str) -> None:
        problems.append(f"{where}: {msg}")

    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))["articles"]
    frames = yaml.safe_load((HERE / "frames.yaml").read_text(encoding="utf-8"))["articles"]
    files = sorted(p.relative_to(HERE / "articles").as_posix() for p in (HERE / "articles").rglob("*.txt"))
    expected = sorted(f"{lang}/{lang}-i0{i}.txt" for lang in LANGS for i in range(1, 7))
    if files != expected:
        bad("articles", f"files {files} != expected ids i01-i06 per language")
    if sorted(row["file"] for row in gold.values()) != expected:
        bad("gold", "gold entries do not match the article files")
    if set(frames) != set(gold):
        bad("frames", "frames.yaml articles differ from gold.yaml articles")
    for aid, row in gold.items():
        lang = aid.split("-")[0]
        if row.get("language") != lang or row.get("file") != f"{lang}/{aid}.txt":
            bad(aid, "language or file does not match the id")
        if not row.get("published"):
            bad(aid, "no published date")
        path = HERE / "articles" / row["file"]
        if not path.exists():
            bad(aid, "article file missing")
            continue
        text = path.read_text(encoding="utf-8")
        head, body = split_article(text)
        if not head or "\n" in head or not body:
            bad(aid, "not a headline line, a blank line and a body")
        paras = [p for p in body.split("\n\n") if p.strip()]
        if not 2 <= len(paras) <= 4:
            bad(aid, f"{len(paras)} paragraphs (want 2-4)")
        n_sent = len(SENTENCE_END.findall(body))
        if not 5 <= n_sent <= 9:
            bad(aid, f"about {n_sent} sentences (want 5-8)")
        sources = row.get("sources") or []
        listed: dict[str, str] = {}
        for s in sources:
            if s["text"] in listed:
                bad(aid, f"source listed twice: {s['text']}")
            listed[s["text"]] = s["kind"]
            if s["kind"] not in KINDS:
                bad(aid, f"unknown source kind {s['kind']}")
            if s["text"] not in body:
                bad(aid, f"source text not in body: {s['text']}")
        for i, c in enumerate(row.get("claims") or []):
            where = f"{aid} claim {i + 1}"
            if tuple(c) != FIELDS:
                bad(where, f"fields {tuple(c)} are not the format's")
            if c.get("type") != "relocation":
                bad(where, "type is not relocation")
            if c.get("modality") not in MODALITIES:
                bad(where, f"modality {c.get('modality')}")
            for f in TEXT_FIELDS:
                if c.get(f) is not None and str(c[f]) not in body:
                    bad(where, f"{f} not in body: {c[f]!r}")
            if not c.get("evidence") or c["evidence"] not in body:
                bad(where, "evidence not an exact substring of the body")
            for place in ("origin", "destination"):
                if bool(c.get(place)) != bool(c.get(f"{place}_canonical")):
                    bad(where, f"{place} text and canonical not filled together")
            if not c.get("moved") or not c.get("moved_canonical"):
                bad(where, "moved text or canonical missing")
            if bool(c.get("agent")) != bool(c.get("agent_canonical")) and c.get("agent_canonical"):
                bad(where, "agent canonical without agent text")
            if c.get("source"):
                if listed.get(c["source"]) != c.get("source_kind"):
                    bad(where, f"source {c['source']!r} not listed with kind {c.get('source_kind')}")
            elif c.get("source_kind") is not None:
                bad(where, "source kind without source")
            if c.get("count") is not None and (not isinstance(c["count"], int) or not c.get("count_text")):
                bad(where, "count is not an integer with a count text")
            if c.get("modality") != "denied" and not c.get("origin") and not c.get("destination"):
                bad(where, "a claim that is not denied names no place")
        fr = frames.get(aid) or {}
        if fr.get("kind") not in ARTICLE_KINDS:
            bad(aid, f"article kind {fr.get('kind')}")
        if not isinstance(fr.get("negated_headline"), bool):
            bad(aid, "negated_headline is not a boolean")
        for j, f in enumerate(fr.get("frames") or []):
            where = f"{aid} frame {j + 1}"
            if tuple(f) != FRAME_FIELDS:
                bad(where, "frame fields are not the format's")
            if f.get("type") not in ("support", "accusation"):
                bad(where, f"frame type {f.get('type')}")
            for k in ("agent", "target", "source"):
                if f.get(k) is not None and f[k] not in body:
                    bad(where, f"{k} not in body: {f[k]!r}")
            if not f.get("evidence") or f["evidence"] not in body or f.get("trigger") not in f["evidence"]:
                bad(where, "evidence not in body or trigger not in evidence")
            if f.get("source") and listed.get(f["source"]) != f.get("source_kind"):
                bad(where, "frame source not listed with its kind")
            if f.get("modality") not in MODALITIES:
                bad(where, f"frame modality {f.get('modality')}")
    for lang in LANGS:
        kinds = [frames.get(f"{lang}-i0{i}", {}).get("kind") for i in range(1, 7)]
        if kinds != ["push"] * 4 + ["neutral", "fact-check"]:
            bad(lang, f"kinds {kinds} are not push x4, neutral, fact-check")
    for p in problems:
        print(p)
    n = sum(len(r.get("claims") or []) for r in gold.values())
    print(f"{len(gold)} articles, {n} claims, {sum(len(r.get('sources') or []) for r in gold.values())} sources: "
          + ("clean" if not problems else f"{len(problems)} problems"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
