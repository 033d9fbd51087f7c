"""Plain-text rendering: one block per article and a closing summary table."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..catalogue import Catalogue
from ..model import Analysis, Claim, Slot, technique_summary
from ..terminal import counted, one_line

_MARK = {"pushes": "MATCH ", "refutes": "REFUTES", "mentions": "      "}


def render_text(analysis: Analysis, max_narratives: int = 3, evidence_chars: int = 160, max_claims: int = 3) -> str:
    d = analysis.document
    meta = ", ".join(x for x in (d.outlet, d.published, d.language) if x)
    lines = [f"== {d.id}: {_short(d.title or '', 90)}" + (f"  ({meta})" if meta else "")]
    shown = [n for n in analysis.narratives if n.matched or n.stance == "refutes"] or analysis.narratives[:1]
    for n in shown[:max_narratives]:
        lines.append(f"   {_MARK[n.stance]} {n.score:5.2f}  {n.id}: {_short(n.title, 70)}")
        if n.matched or n.stance == "refutes":
            for e in n.evidence[:2]:
                lines.append(f"            [{e.start}:{e.end}] \u201c{_short(e.text, evidence_chars)}\u201d")
    if not any(n.matched for n in analysis.narratives):
        lines.append("   no catalogue narrative matched")
    for claim in d.claims[:max_claims]:
        lines.append(f"   CLAIM  {_claim_line(claim)}")
    if d.techniques:
        summary = technique_summary(d.techniques, d.text)
        counts = ", ".join(f"{name} {k}" for name, k in list(summary["counts"].items())[:5])
        lines.append(f"   TECHNIQUES  {counts}")
        densest = summary["densest"][0]
        lines.append(f"            densest [{densest['start']}:{densest['end']}] "
                     f"\u201c{_short(densest['text'], evidence_chars)}\u201d")
    for w in d.warnings:
        lines.append(f"   warning: {w}")
    return "\n".join(one_line(line) for line in lines)  # a name or text cannot start a line of its own


def _claim_line(c: Claim) -> str:
    """"relocation: United States -> 60 Islamic State, Raqqa -> Afghanistan by helicopter (reported: SVR)"."""
    def name(slot: Slot | None) -> str:
        return (slot.canonical or slot.text) if slot is not None else "?"

    patient = c.moved or c.target
    count = f"{c.moved.count_text} " if c.moved and c.moved.count_text else ""
    route = f", {name(c.origin)} -> {name(c.destination)}" if c.type == "relocation" else ""
    means = f" by {c.means}" if c.means else ""
    said = f": {c.source.text}" if c.source else ""
    return f"{c.type}: {name(c.agent)} -> {count}{name(patient)}{route}{means} ({c.modality}{said})"


def render_summary(records: list[dict[str, Any]], failed: int, catalogue: Catalogue) -> str:
    counts: Counter[str] = Counter()
    langs: dict[str, Counter[str]] = {}
    for r in records:
        for n in r["narratives"]:
            if n["matched"]:
                counts[n["id"]] += 1
                langs.setdefault(n["id"], Counter())[r.get("language") or "und"] += 1
    with_match = sum(1 for r in records if any(n["matched"] for n in r["narratives"]))
    lines = ["", f"Summary: {counted(len(records), 'article')} analysed, {with_match} "
                 f"push{'es' * (with_match == 1)} a catalogue narrative, {failed} could not be read."]
    for nid, k in counts.most_common():
        narrative = catalogue.get(nid)
        by_lang = ", ".join(f"{lang} {c}" for lang, c in langs[nid].most_common())
        lines.append(f"  {k:4d}  {nid}: {_short(narrative.title if narrative else '', 60)}  [{by_lang}]")
    return "\n".join(one_line(line) for line in lines)


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"
