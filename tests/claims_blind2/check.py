"""Check the second blind gold set: every text field and every evidence of gold.yaml and frames.yaml is an
exact substring of its article's body (the text after the headline), every claim source is listed in
the article's sources, and every article has the same ids in both files. Reads no narrascope code.

    python tests/claims_blind2/check.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent
TEXT = ("agent", "moved", "count_text", "origin", "destination", "time", "source", "target", "trigger", "evidence")
MODALITIES = {"asserted", "reported", "hypothetical", "questioned", "denied"}
KINDS = {"agency", "government", "media", "anonymous", "person"}


def main() -> int:
    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))["articles"]
    frames = yaml.safe_load((HERE / "frames.yaml").read_text(encoding="utf-8"))["articles"]
    errors = []
    if set(gold) != set(frames):
        errors.append(f"ids differ between gold.yaml and frames.yaml: {set(gold) ^ set(frames)}")
    for aid, row in gold.items():
        text = (HERE / "articles" / row["file"]).read_text(encoding="utf-8")
        head, sep, body = text.partition("\n\n")
        if not sep or "\n" in head or not body.strip():
            errors.append(f"{aid}: not 'headline, blank line, body'")
        items = [("claim", c) for c in row.get("claims") or []]
        items += [("frame", f) for f in (frames.get(aid) or {}).get("frames") or []]
        for what, item in items:
            for key in TEXT:
                value = item.get(key)
                if value is not None and str(value) not in body:
                    errors.append(f"{aid}: {what} {key} is not in the body: {str(value)[:80]!r}")
            if item.get("modality") not in MODALITIES:
                errors.append(f"{aid}: {what} modality {item.get('modality')!r}")
        listed = {s["text"] for s in row.get("sources") or []}
        for s in row.get("sources") or []:
            if s["text"] not in body:
                errors.append(f"{aid}: source is not in the body: {s['text']!r}")
            if s["kind"] not in KINDS:
                errors.append(f"{aid}: source kind {s['kind']!r}")
        for c in row.get("claims") or []:
            if c.get("source") and c["source"] not in listed:
                errors.append(f"{aid}: claim source not in sources: {c['source']!r}")
    claims = sum(len(r.get("claims") or []) for r in gold.values())
    print("\n".join(errors) or f"OK: {len(gold)} articles, {claims} claims")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
