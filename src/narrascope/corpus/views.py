"""Corpus views over analyses (the ``analyse`` JSON contract): a timeline of narratives and
stories, the claimed-flow graph, who cites whom, and the techniques profile. Pure functions of
the records, so the CLI, the report and the API show the same figures."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta
from typing import Any

from ..model import NOT_CLAIMED, Story


def period_of(published: str | None, by: str = "week") -> str | None:
    """'2025-03-14' -> '2025-03-14' (day) or '2025-03-10' (the Monday of its ISO week)."""
    try:
        day = date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
    if by == "day":
        return day.isoformat()
    if by == "week":
        return (day - timedelta(days=day.weekday())).isoformat()
    raise ValueError(f"unknown period {by!r}: day or week")


def timeline(records: Iterable[dict[str, Any]], stories: Sequence[Story] = (),
             by: str = "week") -> list[dict[str, Any]]:
    """Per period: articles, articles pushing each narrative, articles of each story; undated left out."""
    story_of = {m: s.id for s in stories for m in s.members}
    rows: dict[str, dict[str, Any]] = {}
    for r in records:
        p = period_of(r.get("published"), by)
        if p is None:
            continue
        row = rows.setdefault(p, {"period": p, "articles": 0, "narratives": Counter(), "stories": Counter()})
        row["articles"] += 1
        for n in r.get("narratives") or []:
            if n.get("matched") and n.get("stance", "pushes") == "pushes":
                row["narratives"][n["id"]] += 1
        if str(r.get("id")) in story_of:
            row["stories"][story_of[str(r["id"])]] += 1
    return [{**row, "narratives": dict(row["narratives"]), "stories": dict(row["stories"])}
            for _, row in sorted(rows.items())]


def flows(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claimed moves, origin -> destination, weighted by the articles and claims that state them.

    Denied and refuted moves are left out; each end keeps its coordinates when the gazetteer knew the place,
    and each edge the full routes of the events it is a leg of (``routes``, most told first)."""
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in records:
        for c in claimed_moves(r.get("claims") or []):
            o, d = c["origin"], c["destination"]
            key = (place_name(o), place_name(d))
            edge = edges.setdefault(key, {"origin": key[0], "destination": key[1], "claims": 0, "articles": 0,
                                          "origin_at": located_at(o), "destination_at": located_at(d),
                                          "agents": Counter(), "modalities": Counter(), "routes": Counter()})
            edge["claims"] += 1
            edge["routes"][route_text(c)] += 1
            articles[key].add(str(r.get("id")))
            if c.get("agent"):
                edge["agents"][place_name(c["agent"])] += 1
            edge["modalities"][c.get("modality", "asserted")] += 1
    out = []
    for key, edge in edges.items():
        edge["articles"] = len(articles[key])
        edge["agents"] = dict(edge["agents"].most_common(3))
        edge["modalities"] = dict(edge["modalities"])
        edge["routes"] = dict(edge["routes"].most_common(3))
        out.append(edge)
    return sorted(out, key=lambda e: (-e["articles"], -e["claims"], e["origin"], e["destination"]))


def citations(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Who cites whom: outlet -> source (an agency, a ministry, "local sources"), with counts."""
    pairs: Counter[tuple[str, str, str]] = Counter()
    for r in records:
        outlet = str(r.get("outlet") or "(unknown outlet)")
        for s in r.get("sources") or []:
            pairs[(outlet, str(s.get("canonical") or s.get("text")), str(s.get("kind") or ""))] += 1
    return [{"outlet": o, "source": s, "kind": k, "articles": n} for (o, s, k), n in pairs.most_common()]


def outlets(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per outlet: articles, languages, and the narratives its articles push."""
    rows: dict[str, dict[str, Any]] = {}
    for r in records:
        name = str(r.get("outlet") or "(unknown outlet)")
        row = rows.setdefault(name, {"outlet": name, "articles": 0, "languages": Counter(), "narratives": Counter()})
        row["articles"] += 1
        row["languages"][r.get("language") or "und"] += 1
        for n in r.get("narratives") or []:
            if n.get("matched") and n.get("stance", "pushes") == "pushes":
                row["narratives"][n["id"]] += 1
    return [{**row, "languages": dict(row["languages"]), "narratives": dict(row["narratives"])}
            for row in sorted(rows.values(), key=lambda x: (-x["articles"], x["outlet"]))]


def technique_profile(records: Iterable[dict[str, Any]]) -> dict[str, int]:
    """Technique spans per technique over the corpus, most first."""
    counts: Counter[str] = Counter()
    for r in records:
        counts.update(t.get("technique", "") for t in r.get("techniques") or [])
    return dict(counts.most_common())


def claimed_moves(claims: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Relocation claims with both ends that the text makes (not denied, not refuted): the moves
    the flow views draw."""
    for c in claims:
        if (c.get("type") == "relocation" and c.get("origin") and c.get("destination")
                and c.get("modality") not in NOT_CLAIMED):
            yield c


def route_text(claim: dict[str, Any]) -> str:
    """The whole route of the event a claim is a leg of, by canonical names ("Hasakah → al-Tanf → Ukraine")."""
    stops = [s for s in claim.get("route") or [claim.get("origin"), claim.get("destination")] if isinstance(s, dict)]
    return ROUTE_ARROW.join(place_name(s) for s in stops)


def place_name(slot: dict[str, Any]) -> str:
    return str(slot.get("canonical") or slot.get("text") or "?")


def located_at(slot: dict[str, Any]) -> list[float] | None:
    """[lat, lon] when both are numbers on the globe (a store edited by hand may hold anything); for a place the
    gazetteer lacks, where the first broader name it was given lies ("the prison of Al-Sinaa, in Al-Hasakah")."""
    try:
        lat, lon = float(slot["lat"]), float(slot["lon"])
    except (KeyError, TypeError, ValueError):
        broader = [w for w in slot.get("within") or [] if isinstance(w, dict)]
        return next((at for at in map(located_at, broader) if at is not None), None)
    return [lat, lon] if -90 <= lat <= 90 and -180 <= lon <= 180 else None


ROUTE_ARROW = " \u2192 "


def stop_name(slot: dict[str, Any]) -> str:
    """A place of a route as shown: its broader names first ("Central Asia > Tirmiz (Uzbekistan)")."""
    name = place_name(slot)
    broader = [place_name(w) for w in slot.get("within") or [] if isinstance(w, dict)]
    country = slot.get("country")
    shown = " > ".join([*broader, name])
    return f"{shown} ({country})" if country and country != name and country not in broader else shown


def events(claims: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """An article's claims as the events they tell: the legs of one event together, with its full
    route, every sentence it was read from (offsets into the text) and whether it is claimed (not
    denied, not refuted). Claims without an event id (other frames, older analyses) are events alone."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for i, c in enumerate(claims):
        if isinstance(c, dict):
            grouped.setdefault(str(c.get("event") or f"claim-{i}"), []).append(c)
    out = []
    for key, legs in grouped.items():
        first = legs[0]
        route = first.get("route") or [s for leg in legs for s in (leg.get("origin"), leg.get("destination")) if s]
        sentences = {(s.get("start"), s.get("end")): s for leg in legs
                     for s in (leg.get("evidence_spans") or [leg.get("evidence")]) if isinstance(s, dict)}
        out.append({
            "event": key, "type": first.get("type"), "modality": first.get("modality", "asserted"),
            "claimed": first.get("modality") not in NOT_CLAIMED,
            "agent": _shown(first.get("agent")), "moved": _counted(first.get("moved")),
            "target": _shown(first.get("target")), "source": _shown(first.get("source")),
            "source_kind": (first.get("source") or {}).get("kind") if isinstance(first.get("source"), dict) else None,
            "route": [stop_name(s) for s in route if isinstance(s, dict)],
            "route_text": ROUTE_ARROW.join(stop_name(s) for s in route if isinstance(s, dict)),
            "means": first.get("means"), "time": first.get("time"),
            "legs": len(legs), "mentions": sum(len(leg.get("mentions") or [leg]) for leg in legs),
            "sentences": sorted(sentences.values(), key=lambda s: (s.get("start") or 0)),
        })
    return out


def _shown(slot: Any) -> str | None:
    return place_name(slot) if isinstance(slot, dict) else None


def _counted(slot: Any) -> str | None:
    """A moved group with the number the text gives it ("about 150 Militants"): the slot names the group, its
    count is kept apart."""
    name = _shown(slot)
    count = slot.get("count_text") if isinstance(slot, dict) else None
    return f"{count} {name}" if name and count and str(count).casefold() not in name.casefold() else name
