"""Flat rows for the query tables, from one analysis as the output contract writes it.

They read the JSON record (``Analysis.to_dict()``), not the typed objects, so that the query
tables can always be rebuilt from the stored ``analyses.analysis`` column alone.
"""

from __future__ import annotations

from typing import Any

from ..corpus.views import located_at, route_text

Row = tuple[Any, ...]

NARRATIVE_COLUMNS = ("narrative", "title", "score", "matched", "stance", "evidence_text", "evidence_start",
                     "evidence_end")
CLAIM_COLUMNS = ("position", "type", "modality",
                 "agent_text", "agent", "moved_text", "moved", "moved_count",
                 "origin_text", "origin", "origin_country", "origin_lat", "origin_lon",
                 "destination_text", "destination", "destination_country", "destination_lat", "destination_lon",
                 "target_text", "target", "means", "time", "source_text", "source", "source_kind",
                 "evidence_text", "evidence_start", "evidence_end", "event", "route")
SOURCE_COLUMNS = ("position", "text", "canonical", "kind", "start", "end")
TECHNIQUE_COLUMNS = ("position", "technique", "start", "end", "text", "confidence", "detector")


def narrative_rows(record: dict[str, Any]) -> list[Row]:
    out = []
    for n in record.get("narratives") or []:
        best = (n.get("evidence") or [{}])[0]  # evidence comes best first (a refuted one: the article's debunk)
        out.append((n["id"], n.get("title"), n["score"], int(bool(n.get("matched"))), n.get("stance"),
                    best.get("text"), best.get("start"), best.get("end")))
    return out


def claim_rows(record: dict[str, Any]) -> list[Row]:
    out = []
    for i, c in enumerate(record.get("claims") or []):
        agent, moved, origin = _slot(c, "agent"), _slot(c, "moved"), _slot(c, "origin")
        dest, target, source = _slot(c, "destination"), _slot(c, "target"), _slot(c, "source")
        evidence = c.get("evidence") or {}
        out.append((i, c["type"], c.get("modality"),
                    agent.get("text"), agent.get("canonical"),
                    moved.get("text"), moved.get("canonical"), moved.get("count"),
                    *_place(origin), *_place(dest),
                    target.get("text"), target.get("canonical"), c.get("means"), c.get("time"),
                    source.get("text"), source.get("canonical"), source.get("kind"),
                    evidence.get("text"), evidence.get("start"), evidence.get("end"),
                    c.get("event"), route_text(c) if c.get("type") == "relocation" else None))
    return out


def source_rows(record: dict[str, Any]) -> list[Row]:
    return [(i, s.get("text") or "", s.get("canonical"), s.get("kind"), s.get("start"), s.get("end"))
            for i, s in enumerate(record.get("sources") or [])]


def technique_rows(record: dict[str, Any]) -> list[Row]:
    return [(i, t.get("technique") or "", t.get("start"), t.get("end"), t.get("text"), t.get("confidence"),
             t.get("detector")) for i, t in enumerate(record.get("techniques") or [])]


def _slot(claim: dict[str, Any], name: str) -> dict[str, Any]:
    value = claim.get(name)
    return value if isinstance(value, dict) else {}


def _place(slot: dict[str, Any]) -> Row:
    at = located_at(slot)  # a place the gazetteer lacks sits where its broader name lies
    return slot.get("text"), slot.get("canonical"), slot.get("country"), *(at if at is not None else (None, None))
