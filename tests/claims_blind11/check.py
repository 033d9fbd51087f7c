"""Self-check of blind gold set 11: python3 check.py (needs PyYAML). Exit 0 = clean.

Loads gold.yaml, checks that every article file exists and is UTF-8, that every claim has the
required keys (and that its text fields and evidence lie in the article body), and prints counts.
It does not run narrascope.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KEYS = ("type", "agent", "agent_canonical", "moved", "moved_canonical", "count_text", "count", "origin",
        "origin_canonical", "origin_country", "destination", "destination_canonical", "destination_country",
        "means", "time", "source", "source_kind", "modality", "evidence")
TEXT = ("agent", "moved", "count_text", "origin", "destination", "source", "time", "evidence")
MODALITIES = {"asserted", "reported", "denied", "hypothetical", "questioned"}
KINDS = {"government", "agency", "media", "anonymous", "person"}


def main() -> int:
    data = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))
    root = HERE / data.get("root", "articles")
    errors: list[str] = []
    per_lang: Counter[str] = Counter()
    reloc: Counter[str] = Counter()
    denied: Counter[str] = Counter()
    other: Counter[str] = Counter()
    modalities: Counter[str] = Counter()
    sources = 0
    for aid, row in data["articles"].items():
        lang = row.get("language")
        per_lang[lang] += 1
        path = root / row["file"]
        if not path.is_file():
            errors.append(f"{aid}: missing file {path}")
            continue
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            errors.append(f"{aid}: not UTF-8 ({exc})")
            continue
        head, _, body = text.partition("\n\n")
        if not head.strip() or not body.strip():
            errors.append(f"{aid}: no headline line and body")
        for i, claim in enumerate(row.get("claims") or []):
            missing = [k for k in KEYS if k not in claim]
            if missing:
                errors.append(f"{aid} claim {i}: missing keys {missing}")
                continue
            if claim["modality"] not in MODALITIES:
                errors.append(f"{aid} claim {i}: modality {claim['modality']!r}")
            if claim["source"] and claim["source_kind"] not in KINDS:
                errors.append(f"{aid} claim {i}: source_kind {claim['source_kind']!r}")
            for k in TEXT:
                if claim[k] is not None and str(claim[k]) not in body:
                    errors.append(f"{aid} claim {i}: {k} not in body: {claim[k]!r}")
            if claim["source"] and claim["source"] not in [s["text"] for s in row.get("sources") or []]:
                errors.append(f"{aid} claim {i}: source not listed in sources")
            if claim["type"] == "relocation":
                reloc[lang] += 1
                modalities[claim["modality"]] += 1
                denied[lang] += claim["modality"] == "denied"
                if not any(claim[k] for k in ("origin", "destination")) and claim["modality"] != "denied":
                    errors.append(f"{aid} claim {i}: relocation without a place")
            else:
                other[claim["type"]] += 1
        for s in row.get("sources") or []:
            sources += 1
            if s.get("kind") not in KINDS or s.get("text") not in body:
                errors.append(f"{aid}: bad source {s!r}")
    print(f"{'lang':5s} {'articles':>8s} {'relocation claims':>18s} {'denied':>7s}")
    for lang in sorted(per_lang):
        print(f"{lang:5s} {per_lang[lang]:8d} {reloc[lang]:18d} {denied[lang]:7d}")
    print(f"{'all':5s} {sum(per_lang.values()):8d} {sum(reloc.values()):18d} {sum(denied.values()):7d}")
    print("modalities:", dict(sorted(modalities.items())), "| other frames:", dict(sorted(other.items())),
          "| source mentions:", sources)
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print("check.py:", "OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
