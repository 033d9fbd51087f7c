#!/usr/bin/env python3
"""Precision of relocation claims on real news, from claims judged blind (tests/claims_realnews/judged.tsv).

    narrascope analyse $(sed 's#^#../shared/#' tests/claims_realnews/documents.txt) --skip techniques \\
        --format jsonl > RUN.jsonl
    python scripts/claims_realnews.py score RUN.jsonl [--list]      # judged TRUE / FALSE, precision, unjudged
    python scripts/claims_realnews.py sheet RUN.jsonl [RUN2.jsonl ...] --out DIR   # a blind sheet of the unjudged

A claim is matched to a judged one by document, language, evidence start and the texts of the group moved, its
origin and its destination (the agent and the modality were not judged). ``score`` counts only matched claims in the
precision and says how many were not judged: a version whose claims the file does not cover needs a judge first.
``sheet`` writes the unjudged claims of every run given, merged and shuffled with no mark of which run made which,
for a judge who has not read the code (``DIR/sheet.md``, ``DIR/key.json``); append the verdicts to judged.tsv.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

JUDGED = Path(__file__).resolve().parent.parent / "tests" / "claims_realnews" / "judged.tsv"

Key = tuple[str, str, int, str, str, str]


def claim_key(doc: dict, claim: dict) -> Key:
    def text(slot: str) -> str:
        return str((claim.get(slot) or {}).get("text") or "")
    return (doc["id"], doc.get("language") or "", int(claim["evidence"]["start"]), text("moved"), text("origin"),
            text("destination"))


def relocations(paths: list[str]) -> dict[Key, tuple[dict, dict]]:
    """Every relocation claim of the runs, by key, with its document."""
    out: dict[Key, tuple[dict, dict]] = {}
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                for claim in doc.get("claims") or []:
                    if claim.get("type") == "relocation":
                        out[claim_key(doc, claim)] = (doc, claim)
    return out


def judged() -> dict[Key, bool]:
    with open(JUDGED, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return {(r["document"], r["language"], int(r["evidence_start"]), r["moved"], r["origin"], r["destination"]):
            r["verdict"] == "TRUE" for r in rows}


def score(paths: list[str], listing: bool) -> None:
    verdicts, claims = judged(), relocations(paths)
    known = [k for k in claims if k in verdicts]
    true = sum(verdicts[k] for k in known)
    print(f"{len(claims)} relocation claims: {len(known)} judged, TRUE {true}, FALSE {len(known) - true}, "
          f"precision {true / max(1, len(known)):.3f}; not judged {len(claims) - len(known)}")
    if listing:
        for k in sorted(set(claims) - set(known)):
            print("  not judged:", k)


def sheet(paths: list[str], out: Path) -> None:
    verdicts, claims = judged(), relocations(paths)
    todo = [k for k in sorted(claims) if k not in verdicts]
    random.Random(7).shuffle(todo)
    lines = ["# Relocation claims to judge", "",
             "TRUE when the text tells (asserts, reports, quotes, denies or plans) that a group of people, or",
             "weapons, goods or vehicles, was or will be moved from and/or to somewhere, the claim's group is that",
             "group and each place it gives is an end of that move (a broader or narrower name of the right place",
             "counts); the agent and the modality are not judged. FALSE otherwise. One line per item:",
             "`<n>\\tTRUE|FALSE\\t<why>`.", ""]
    for n, k in enumerate(todo, 1):
        doc, claim = claims[k]
        lines += [f"## {n} ({doc.get('language')}, document {doc['id']})",
                  f"evidence: {claim['evidence']['text']}".replace("\n", " "),
                  f"claim: moved={k[3]!r} from={k[4]!r} to={k[5]!r} modality={claim.get('modality')}", ""]
    out.mkdir(parents=True, exist_ok=True)
    (out / "sheet.md").write_text("\n".join(lines), encoding="utf-8")
    (out / "key.json").write_text(json.dumps([[*k, claims[k][1].get("modality")] for k in todo]), encoding="utf-8")
    print(f"{len(todo)} claims to judge in {out / 'sheet.md'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("score", "sheet"))
    parser.add_argument("runs", nargs="+", help="JSONL of `narrascope analyse` over the documents")
    parser.add_argument("--list", action="store_true", help="score: list the claims not judged")
    parser.add_argument("--out", type=Path, default=Path("realnews-sheet"), help="sheet: the folder to write")
    args = parser.parse_args(argv)
    if args.command == "score":
        score(args.runs, args.list)
    else:
        sheet(args.runs, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
