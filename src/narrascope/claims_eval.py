"""Scoring relocation claims against a hand-written gold file (tests/claims/gold.yaml format).

A predicted claim matches a gold claim when every slot the gold fills agrees: agent, moved,
origin and destination, each by its canonical name or its surface text (either way round, case
folded, so "Сирии" agrees with gold "Syria"). Modality is reported separately, for the claims found.
Reported: recall (gold claims found), precision (predicted claims that match one), per language
and per slot, sources found, and the relocation claims invented in articles that have none.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .calibration import f1_score
from .model import Claim, Failure, Slot, Source

SLOTS = ("agent", "moved", "origin", "destination")


@dataclass
class _Tally:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    right: int = 0
    modality_right: int = 0
    sources_gold: int = 0
    sources_found: int = 0
    quiet_articles: int = 0
    invented: int = 0

    def figures(self) -> dict[str, Any]:
        r = self.found / self.gold if self.gold else 0.0
        p = self.right / self.predicted if self.predicted else 0.0
        return {"recall": round(r, 3), "precision": round(p, 3), "f1": round(f1_score(p, r), 3),
                "modality_of_found": f"{self.modality_right}/{self.found}",
                "sources_found": f"{self.sources_found}/{self.sources_gold}",
                "invented_in_articles_without_claims": f"{self.invented} in {self.quiet_articles}"}


def evaluate_claims(analyser: Any, gold_file: Path) -> dict[str, Any]:
    data = yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {}
    root = gold_file.parent / data.get("root", "articles")
    rows = data.get("articles") or {}
    paths = {str(root / row["file"]): (aid, row) for aid, row in rows.items()}
    per_lang: dict[str, _Tally] = defaultdict(_Tally)
    total = _Tally()
    slot_hits: dict[str, int] = defaultdict(int)
    for item in analyser.analyse_paths(list(paths)):
        if isinstance(item, Failure):
            raise ValueError(f"gold article could not be analysed: {item.source}: {item.message}")
        aid, row = paths[item.document.source]
        predicted = [c for c in item.document.claims if c.type == "relocation"]
        gold = [g for g in row.get("claims") or [] if g.get("type", "relocation") == "relocation"]
        for tally in (total, per_lang[row.get("language", "und")]):
            _score(tally, predicted, gold, item.document.sources, row.get("sources") or [])
        for g in gold:
            for s in SLOTS:
                if any(_agrees(getattr(c, s), g, s) for c in predicted):
                    slot_hits[s] += 1
    return {"overall": total.figures(), "languages": {k: v.figures() for k, v in sorted(per_lang.items())},
            "slots_found": {s: f"{slot_hits[s]}/{total.gold}" for s in SLOTS}}


def _score(t: _Tally, predicted: list[Claim], gold: list[dict[str, Any]], sources: list[Source],
           gold_sources: list[dict[str, Any]]) -> None:
    t.gold += len(gold)
    t.predicted += len(predicted)
    for g in gold:
        hits = [c for c in predicted if _matches(c, g)]
        if hits:
            t.found += 1
            t.modality_right += int(any(c.modality == g.get("modality") for c in hits))
    t.right += sum(1 for c in predicted if any(_matches(c, g) for g in gold))
    if not gold:
        t.quiet_articles += 1
        t.invented += len(predicted)
    for gs in gold_sources:
        t.sources_gold += 1
        t.sources_found += int(any(_text_agrees(s.text, s.canonical, gs.get("text"), None) for s in sources))


def _matches(c: Claim, g: dict[str, Any]) -> bool:
    return all(_agrees(getattr(c, s), g, s) for s in SLOTS)


def _agrees(slot: Slot | None, g: dict[str, Any], name: str) -> bool:
    text, canonical = g.get(name), g.get(f"{name}_canonical")
    if not text and not canonical:
        return True  # gold leaves it open (a passive without agent, no origin stated)
    if slot is None:
        return False
    return _text_agrees(slot.text, slot.canonical, text, canonical)


def _text_agrees(text: str | None, canonical: str | None, gold_text: Any, gold_canonical: Any) -> bool:
    ours = [x.casefold() for x in (text, canonical) if x]
    theirs = [str(x).casefold().replace("-", " ") for x in (gold_text, gold_canonical) if x]
    ours = [x.replace("-", " ") for x in ours]
    return any(a in b or b in a for a in ours for b in theirs)


def render(result: dict[str, Any]) -> str:
    lines = [f"{'lang':6s} {'recall':>7s} {'prec':>6s} {'F1':>6s} {'modality':>9s} {'sources':>8s}  invented"]
    for lang, f in [*result["languages"].items(), ("all", result["overall"])]:
        lines.append(f"{lang:6s} {f['recall']:7.3f} {f['precision']:6.3f} {f['f1']:6.3f} {f['modality_of_found']:>9s} "
                     f"{f['sources_found']:>8s}  {f['invented_in_articles_without_claims']}")
    lines.append("slots found (gold claims whose slot some predicted claim agrees with): " +
                 ", ".join(f"{k} {v}" for k, v in result["slots_found"].items()))
    return "\n".join(lines)
