"""Consistency check for blind gold set 56, four languages (PyYAML and plain Python; exit 0 = clean).

Run: /work/main/.venv/bin/python tests/claims_blind56/check.py
It never imports narrascope: it only checks that articles, gold.yaml and frames.yaml agree with
each other and with the conventions in README.md.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LANGUAGES = ("es", "pt", "ru", "en")
#: language -> its six article ids (es-w01..es-w06, ...)
IDS = {lang: [f"{lang}-w{i:02d}" for i in range(1, 7)] for lang in LANGUAGES}
#: position of an article within its language (1-6) -> kind
KIND_BY_POSITION = {**{i: "push" for i in range(1, 5)}, 5: "neutral", 6: "fact-check"}
KIND_COUNTS = {"push": 4, "neutral": 1, "fact-check": 1}
CLAIM_FIELDS = ["type", "agent", "agent_canonical", "moved", "moved_canonical", "count_text", "count", "origin",
                "origin_canonical", "origin_country", "destination", "destination_canonical",
                "destination_country", "means", "time", "source", "source_kind", "modality", "evidence"]
TEXT_FIELDS = ("agent", "moved", "count_text", "origin", "destination", "time", "source")
FRAME_FIELDS = ["type", "agent", "agent_canonical", "target", "target_canonical", "trigger", "source",
                "source_kind", "modality", "evidence"]
MODALITIES = {"asserted", "reported", "hypothetical", "questioned", "denied"}
SOURCE_KINDS = {"agency", "government", "media", "anonymous", "person"}
FRAME_TYPES = {"support", "accusation"}
#: the fact-checks of these two languages have a headline that opens with a denial ...
NEGATIONS = {"es": "No, ", "ru": "Нет, "}
#: ... and those of these two a question for a headline
QUESTION_LANGUAGES = ("pt", "en")
QUESTION_END = ("?",)
#: denial openings that no push or neutral headline may have, in any language of the set
DENIAL_OPENINGS = ("No, ", "Não, ", "Нет, ")
SENTENCE_END = re.compile(r"[.!?]['\"»”)]?(?=\s|$)")


def main() -> int:
    errors: list[str] = []

    def err(msg: str) -> None:
        errors.append(msg)

    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))
    frames = yaml.safe_load((HERE / "frames.yaml").read_text(encoding="utf-8"))
    root = HERE / gold.get("root", "articles")
    rows = gold["articles"]
    frows = frames["articles"]
    expected = {aid for ids in IDS.values() for aid in ids}
    files = {p.stem for p in root.glob("*/*.txt")}
    for name, found in (("gold.yaml", set(rows)), ("frames.yaml", set(frows)), ("articles/", files)):
        if found != expected:
            err(f"{name}: missing {sorted(expected - found)}, extra {sorted(found - expected)}")

    kinds: Counter[tuple[str, str]] = Counter()
    negated_fact_checks: Counter[str] = Counter()
    question_fact_checks: Counter[str] = Counter()
    for lang, ids in IDS.items():
        for pos, aid in enumerate(ids, 1):
            if aid not in rows:
                continue
            row = rows[aid]
            if row.get("file") != f"{lang}/{aid}.txt" or row.get("language") != lang:
                err(f"{aid}: file or language field wrong")
            if list(row) != ["file", "language", "published", "claims", "sources"]:
                err(f"{aid}: article keys {list(row)}")
            path = root / row["file"]
            if not path.exists():
                err(f"{aid}: no file {path}")
                continue
            text = path.read_text(encoding="utf-8")
            head, sep, body = text.partition("\n\n")
            body = body.rstrip("\n")
            if not sep or "\n" in head or not head.strip():
                err(f"{aid}: file is not a headline, a blank line and a body")
            paras = body.split("\n\n")
            if not 2 <= len(paras) <= 4 or any("\n" in p or not p.strip() for p in paras):
                err(f"{aid}: body must be 2-4 one-line paragraphs, got {len(paras)}")
            n_sent = len(SENTENCE_END.findall(body))
            if not 6 <= n_sent <= 9:
                err(f"{aid}: {n_sent} sentences")

            fr = frows.get(aid) or {}
            kind = fr.get("kind")
            kinds[(lang, kind)] += 1
            if kind != KIND_BY_POSITION[pos]:
                err(f"{aid}: kind {kind!r}, expected {KIND_BY_POSITION[pos]}")
            negated = lang in NEGATIONS and head.startswith(NEGATIONS[lang])
            if bool(fr.get("negated_headline")) != negated:
                err(f"{aid}: negated_headline {fr.get('negated_headline')!r} disagrees with the headline")
            if negated and kind != "fact-check":
                err(f"{aid}: negated headline on a {kind} article")
            if negated and kind == "fact-check":
                negated_fact_checks[lang] += 1
            question = head.rstrip().endswith(QUESTION_END)
            if kind == "fact-check" and negated == question:
                err(f"{aid}: a fact-check headline should either open with a denial or be a question")
            if kind == "fact-check" and question:
                question_fact_checks[lang] += 1
            if kind != "fact-check" and head.rstrip().endswith(QUESTION_END):
                err(f"{aid}: a question headline on a {kind} article")
            if kind != "fact-check" and head.startswith(DENIAL_OPENINGS):
                err(f"{aid}: a headline opening with a denial on a {kind} article")

            listed: dict[str, str] = {}
            for s in row.get("sources") or []:
                if set(s) != {"text", "kind"}:
                    err(f"{aid}: source entry {s}")
                    continue
                if s["kind"] not in SOURCE_KINDS:
                    err(f"{aid}: source kind {s['kind']}")
                if s["text"] in listed:
                    err(f"{aid}: source listed twice: {s['text']}")
                listed[s["text"]] = s["kind"]
                if s["text"] not in body:
                    err(f"{aid}: source not in body: {s['text']}")

            claims = row.get("claims") or []
            if kind == "neutral" and claims:
                err(f"{aid}: a neutral article has {len(claims)} claim(s)")
            if kind != "neutral" and not claims:
                err(f"{aid}: no claims")
            if kind == "fact-check" and not any(c.get("modality") == "denied" for c in claims):
                err(f"{aid}: fact-check without a denied claim")
            if kind == "push" and not any(c.get("modality") == "denied" and c.get("source") for c in claims):
                err(f"{aid}: push article without a third-party denial (a denied claim with a source)")
            if not re.fullmatch(r"20(19|2[0-5])-\d\d-\d\d", str(row.get("published"))):
                err(f"{aid}: published date {row.get('published')!r} outside 2019-2025")
            for i, c in enumerate(claims):
                check_claim(f"{aid} claim {i + 1}", c, body, paras, listed, err)

            for j, f in enumerate(fr.get("frames") or []):
                tag = f"{aid} frame {j + 1}"
                if list(f) != FRAME_FIELDS:
                    err(f"{tag}: fields {list(f)}")
                    continue
                if f["type"] not in FRAME_TYPES or f["modality"] not in MODALITIES:
                    err(f"{tag}: type or modality")
                for k in ("agent", "target", "trigger", "source"):
                    if f[k] is not None and f[k] not in body:
                        err(f"{tag}: {k} not in body: {f[k]!r}")
                if not isinstance(f["evidence"], str) or not any(f["evidence"] in p for p in paras):
                    err(f"{tag}: evidence is not inside one paragraph of the body")
                elif f["trigger"] not in f["evidence"]:
                    err(f"{tag}: trigger not in its evidence")
                if f["source"] and listed.get(f["source"]) != f["source_kind"]:
                    err(f"{tag}: frame source not listed with the same kind")

    for lang in IDS:
        for kind, n in KIND_COUNTS.items():
            if kinds[(lang, kind)] != n:
                err(f"{lang}: {kinds[(lang, kind)]} {kind} articles, expected {n}")
        want = (1, 0) if lang in NEGATIONS else (0, 1) if lang in QUESTION_LANGUAGES else None
        if (negated_fact_checks[lang], question_fact_checks[lang]) != want:
            err(f"{lang}: expected its fact-check to have a "
                f"{'negated' if lang in NEGATIONS else 'question'} headline")
    if sum(negated_fact_checks.values()) != 2 or sum(question_fact_checks.values()) != 2:
        err("expected 2 negated and 2 question headlines overall")

    for e in errors:
        print("ERROR", e)
    for lang, ids in IDS.items():
        claims = [c for aid in ids if aid in rows for c in rows[aid].get("claims") or []]
        denied = sum(1 for c in claims if c.get("modality") == "denied")
        n_src = sum(len(rows[aid].get("sources") or []) for aid in ids if aid in rows)
        print(f"{lang}: {len(ids)} articles, {len(claims)} claims ({denied} denied), {n_src} source mentions")
    n_claims = sum(len(r.get("claims") or []) for r in rows.values())
    n_sources = sum(len(r.get("sources") or []) for r in rows.values())
    print(f"{len(rows)} articles, {n_claims} claims, {n_sources} source mentions: "
          f"{'OK' if not errors else f'{len(errors)} problem(s)'}")
    return 1 if errors else 0


def check_claim(tag: str, c: dict, body: str, paras: list[str], listed: dict[str, str], err) -> None:
    if list(c) != CLAIM_FIELDS:
        err(f"{tag}: fields {list(c)}")
        return
    if c["type"] != "relocation":
        err(f"{tag}: type {c['type']}")
    if c["modality"] not in MODALITIES:
        err(f"{tag}: modality {c['modality']}")
    if not c["moved"] or not c["moved_canonical"]:
        err(f"{tag}: no moved group")
    for f in TEXT_FIELDS:
        v = c[f]
        if v is not None and (not isinstance(v, str) or v not in body):
            err(f"{tag}: {f} not in body: {v!r}")
    ev = c["evidence"]
    if not isinstance(ev, str) or not any(ev in p for p in paras):
        err(f"{tag}: evidence is not inside one paragraph of the body")
    elif not re.search(r"[.!?]['\"»”)]?$", ev) or not any(p.startswith(ev) or f" {ev}" in p for p in paras):
        err(f"{tag}: evidence is not made of whole sentences")
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
