"""Consistency check for the held-out blind set 6 (PyYAML only; never imports narrascope).

Run: /work/main/.venv/bin/python tests/claims_blind6/check.py   (exit 0 = clean)

Checks, for gold.yaml and frames.yaml against articles/<lang>/<id>.txt:
- each article file exists and is a headline line, a blank line, then a body of 2-4 paragraphs;
- every claim has all the fields of the format, type relocation, a known modality and source kind;
- every text field (agent, moved, count_text, origin, destination, time, source) and every evidence
  is an exact substring of the article body (never only of the headline);
- every claim's source is listed in the article's sources with the same kind;
- every source text is in the body, with a known kind, listed once;
- every non-denied claim names a place (origin or destination); counts are integers or null;
- every article has a kind in frames.yaml; frame fields are in the body, with known types/modalities.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FIELDS = ("type", "agent", "agent_canonical", "moved", "moved_canonical", "count_text", "count", "origin",
          "origin_canonical", "origin_country", "destination", "destination_canonical", "destination_country",
          "means", "time", "source", "source_kind", "modality", "evidence")
TEXT_FIELDS = ("agent", "moved", "count_text", "origin", "destination", "time", "source", "evidence")
MODALITIES = {"asserted", "reported", "denied", "hypothetical", "questioned"}
SOURCE_KINDS = {"agency", "government", "media", "anonymous", "person"}
ARTICLE_KINDS = {"push", "neutral", "fact-check"}
FRAME_TYPES = {"support", "accusation"}
FRAME_FIELDS = ("type", "agent", "agent_canonical", "target", "target_canonical", "trigger", "source",
                "source_kind", "modality", "evidence")
LANGS = ("en", "ru", "uk", "de", "fr", "es", "ar")


def main() -> int:
    errors: list[str] = []
    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))
    frames = yaml.safe_load((HERE / "frames.yaml").read_text(encoding="utf-8"))
    rows = gold["articles"]
    kinds = frames["articles"]
    files = sorted(p.relative_to(HERE / "articles").as_posix() for p in (HERE / "articles").glob("*/*.txt"))
    listed = sorted(row["file"] for row in rows.values())
    if files != listed:
        errors.append(f"article files and gold entries differ: {sorted(set(files) ^ set(listed))}")
    if set(kinds) != set(rows):
        errors.append(f"frames.yaml and gold.yaml list different articles: {sorted(set(kinds) ^ set(rows))}")
    for aid, row in rows.items():
        where = aid
        lang = row.get("language")
        if lang not in LANGS or not aid.startswith(f"{lang}-g") or row.get("file") != f"{lang}/{aid}.txt":
            errors.append(f"{where}: id, language and file do not agree")
        path = HERE / "articles" / row["file"]
        if not path.exists():
            errors.append(f"{where}: missing {path}")
            continue
        text = path.read_text(encoding="utf-8")
        parts = text.split("\n\n", 1)
        if len(parts) != 2 or "\n" in parts[0] or not parts[0].strip():
            errors.append(f"{where}: not a headline line, a blank line, then a body")
            continue
        headline, body = parts
        paragraphs = [p for p in body.strip().split("\n\n") if p.strip()]
        if not 2 <= len(paragraphs) <= 4:
            errors.append(f"{where}: {len(paragraphs)} paragraphs")
        if "published" not in row:
            errors.append(f"{where}: no published date")
        sources = row.get("sources") or []
        seen: dict[str, str] = {}
        for s in sources:
            t, k = s.get("text"), s.get("kind")
            if not t or t not in body:
                errors.append(f"{where}: source {t!r} not in body")
            if k not in SOURCE_KINDS:
                errors.append(f"{where}: source {t!r} has kind {k!r}")
            if t in seen:
                errors.append(f"{where}: source {t!r} listed twice")
            seen[t] = k
        for i, c in enumerate(row.get("claims") or [], 1):
            cw = f"{where} claim {i}"
            missing = [f for f in FIELDS if f not in c]
            if missing:
                errors.append(f"{cw}: missing fields {missing}")
                continue
            if c["type"] != "relocation":
                errors.append(f"{cw}: type {c['type']!r}")
            if c["modality"] not in MODALITIES:
                errors.append(f"{cw}: modality {c['modality']!r}")
            if not c["moved"]:
                errors.append(f"{cw}: nothing moved")
            for f in TEXT_FIELDS:
                v = c[f]
                if v is not None and (not isinstance(v, str) or v not in body):
                    errors.append(f"{cw}: {f} {v!r} is not a substring of the body")
            if c["evidence"] and c["evidence"] in headline and c["evidence"] not in body:
                errors.append(f"{cw}: evidence only in the headline")
            for f in ("agent", "moved", "count_text", "origin", "destination", "source"):
                if (c[f] is None and f in ("agent", "origin", "destination", "source")
                        and c[f + ("_kind" if f == "source" else "_canonical")] is not None):
                    errors.append(f"{cw}: {f} is null but its canonical/kind is not")
            if (c["origin"] is None) != (c["origin_canonical"] is None):
                errors.append(f"{cw}: origin and origin_canonical disagree on null")
            if (c["destination"] is None) != (c["destination_canonical"] is None):
                errors.append(f"{cw}: destination and destination_canonical disagree on null")
            if c["count"] is not None and not isinstance(c["count"], int):
                errors.append(f"{cw}: count {c['count']!r} is not an integer")
            if c["count"] is not None and c["count_text"] is None:
                errors.append(f"{cw}: count without count_text")
            if c["source"] is not None:
                if c["source"] not in seen:
                    errors.append(f"{cw}: source {c['source']!r} not in the article's sources")
                elif seen[c["source"]] != c["source_kind"]:
                    errors.append(f"{cw}: source kind {c['source_kind']!r} != listed {seen[c['source']]!r}")
            elif c["source_kind"] is not None:
                errors.append(f"{cw}: source_kind without source")
            if c["modality"] != "denied" and not (c["origin"] or c["destination"]):
                errors.append(f"{cw}: a {c['modality']} claim without any place")
        k = kinds.get(aid) or {}
        if k.get("kind") not in ARTICLE_KINDS:
            errors.append(f"{where}: article kind {k.get('kind')!r}")
        if not isinstance(k.get("negated_headline"), bool):
            errors.append(f"{where}: negated_headline is not a boolean")
        for j, fr in enumerate(k.get("frames") or [], 1):
            fw = f"{where} frame {j}"
            missing = [f for f in FRAME_FIELDS if f not in fr]
            if missing:
                errors.append(f"{fw}: missing fields {missing}")
                continue
            if fr["type"] not in FRAME_TYPES:
                errors.append(f"{fw}: type {fr['type']!r}")
            if fr["modality"] not in MODALITIES:
                errors.append(f"{fw}: modality {fr['modality']!r}")
            for f in ("agent", "target", "trigger", "source", "evidence"):
                v = fr[f]
                if v is not None and v not in body:
                    errors.append(f"{fw}: {f} {v!r} is not a substring of the body")
            if fr["source"] is not None and seen.get(fr["source"]) != fr["source_kind"]:
                errors.append(f"{fw}: source {fr['source']!r} not listed with kind {fr['source_kind']!r}")
    for e in errors:
        print(e)
    n_claims = sum(len(r.get("claims") or []) for r in rows.values())
    n_sources = sum(len(r.get("sources") or []) for r in rows.values())
    print(f"{len(rows)} articles, {n_claims} claims, {n_sources} sources: "
          f"{'OK' if not errors else str(len(errors)) + ' problems'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
