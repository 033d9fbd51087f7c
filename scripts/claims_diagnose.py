#!/usr/bin/env python3
"""Why gold relocation claims are missed: the nearest predicted claim of each missed one, slot by slot.

    python scripts/claims_diagnose.py [GOLD ...] [--list KIND] [--sets all]

For every gold claim no predicted claim pairs with (the scorer's own one-to-one pairing,
``claims_eval.pair_up``), takes the predicted claim of the same article that agrees on most slots and
counts the slots it gets wrong: ``none`` when the article has no predicted claim left to pair. Also counts
the predicted claims nothing pairs with (false positives) by whether they share a slot with any gold claim.
Without GOLD it reads every claims set under tests/ but those still held out (their README says so).
``--list destination`` prints each miss whose only wrong slot is the destination, with both sides (the gold's
evidence text, or the text at its ``evidence_start``/``evidence_end`` offsets where the set may not copy it).
The misses are also counted by their own sentence: ``nothing in its sentence`` when no per-sentence claim (an
event's ``mentions``) was read from the gold's evidence, ``lost in the event`` when one there matches the gold
claim but its event pairs elsewhere or not at all, else the slots the best of them gets wrong; ``--list nothing``
prints the first kind.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from narrascope.claims_eval import SLOTS, _agrees, _same_modality, matches, pair_up
from narrascope.engine import Analyser
from narrascope.model import Claim, Failure

TESTS = Path(__file__).resolve().parent.parent / "tests"


def _held_out(folder: Path) -> bool:
    """A set still held out (its README says it was never run, and not that it was scored) or the old holdout."""
    readme = folder / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.exists() else ""
    return "holdout" in folder.name or ("HELD OUT: never run" in text and "SCORED ONCE" not in text)


def _slot_text(claim: Any, name: str) -> str:
    slot = getattr(claim, name)
    return "-" if slot is None else f"{slot.text!r}/{slot.canonical}"


def _sentence_kind(text: str, gold: dict[str, Any], predicted: list[Any]) -> str:
    """What became of a missed gold claim in its own sentence (see the module docstring)."""
    if "evidence_start" in gold:
        start, end = gold["evidence_start"], gold["evidence_end"]
    else:
        told = str(gold.get("evidence") or "")
        start = text.find(told[:60]) if told else -1
        end = start + len(told)
    here = [m for c in predicted for m in (c.mentions or (c,))
            if start >= 0 and (start <= m.evidence.start < end or m.evidence.start <= start < m.evidence.end)]
    if not here:
        return "nothing in its sentence"
    if any(matches(m, gold) for m in here):
        return "lost in the event"
    best = max(here, key=lambda m: sum(_agrees(getattr(m, s), gold, s) for s in SLOTS))
    return "wrong " + "+".join(s for s in SLOTS if not _agrees(getattr(best, s), gold, s))


def _print_lost(where: str, gold: dict[str, Any], predicted: list[Claim]) -> None:
    """A gold claim one sentence's claim matches but whose event pairs elsewhere: the gold, then that event."""
    print(f"{where}: gold " + ", ".join(f"{s}={gold.get(s)!r}/{gold.get(s + '_canonical')}" for s in SLOTS))
    for event in predicted:
        if any(matches(m, gold) for m in event.mentions):
            print("    event " + ", ".join(f"{s}={_slot_text(event, s)}" for s in SLOTS)
                  + f" [{event.modality}] from {len(event.mentions)} sentence claims")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="*", type=Path)
    ap.add_argument("--list", default=None,
                    help="print the misses whose wrong slots are these ('+'-joined); 'lost': those lost in an event; "
                         "'nothing': those whose own sentence gives no claim")
    a = ap.parse_args()
    golds = a.gold or sorted(p for p in TESTS.glob("claims*/gold.yaml") if not _held_out(p.parent))
    analyser = Analyser(disabled=("techniques",))
    wrong: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    by_lang: Counter[tuple[str, str]] = Counter()
    by_sentence: Counter[str] = Counter()
    for gold_path in golds:
        data = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
        root = gold_path.parent / data.get("root", "articles")
        rows = {str(root / row["file"]): (aid, row) for aid, row in (data.get("articles") or {}).items()}
        for item in analyser.analyse_paths(list(rows)):
            if isinstance(item, Failure):
                continue
            aid, row = rows[item.document.source]
            predicted = [c for c in item.document.claims if c.type == "relocation"]
            gold = [g for g in row.get("claims") or [] if g.get("type", "relocation") == "relocation"]
            pairs = pair_up(gold, predicted, matches,  # as the scorer pairs: the same modality first
                            prefer=lambda c, g: _same_modality(c.modality, g.get("modality")))
            used_gold = {id(g) for g, _ in pairs}
            used_pred = {id(c) for _, c in pairs}
            left = [c for c in predicted if id(c) not in used_pred]
            for g in gold:
                if id(g) in used_gold:
                    continue
                best = max(left, key=lambda c, g=g: sum(_agrees(getattr(c, s), g, s) for s in SLOTS), default=None)
                kind = "none" if best is None else "+".join(s for s in SLOTS if not _agrees(getattr(best, s), g, s))
                wrong[kind] += 1
                by_lang[(row.get("language", "und"), kind)] += 1
                told_here = _sentence_kind(item.document.text, g, predicted)
                by_sentence[told_here] += 1
                if a.list == "lost" and told_here == "lost in the event":
                    _print_lost(f"{gold_path.parent.name}/{aid}", g, predicted)
                if a.list == kind or (a.list == "nothing" and told_here == "nothing in its sentence"):
                    print(f"{gold_path.parent.name}/{aid}: gold " +
                          ", ".join(f"{s}={g.get(s)!r}/{g.get(s + '_canonical')}" for s in SLOTS))
                    if best is not None:
                        print("    ours " + ", ".join(f"{s}={_slot_text(best, s)}" for s in SLOTS)
                              + f" [{best.modality}] {best.evidence.text[:160]!r}")
                    told = g.get("evidence") or item.document.text[g.get("evidence_start", 0):g.get("evidence_end", 0)]
                    print(f"    gold evidence: {str(told)[:200]!r}")
            for c in left:
                shares = any(any(_agrees(getattr(c, s), g, s) and g.get(s) for s in ("origin", "destination"))
                             for g in gold)
                extra["shares a place with a gold claim" if shares else
                      ("in an article without gold claims" if not gold else "shares no place")] += 1
    total = sum(wrong.values())
    print(f"missed gold claims: {total}")
    for kind, n in wrong.most_common():
        print(f"  {n:4d}  wrong {kind}")
    print("missed gold claims by their own sentence:")
    for kind, n in by_sentence.most_common():
        print(f"  {n:4d}  {kind}")
    print(f"unpaired predicted claims: {sum(extra.values())}")
    for kind, n in extra.most_common():
        print(f"  {n:4d}  {kind}")


if __name__ == "__main__":
    main()
