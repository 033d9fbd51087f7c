"""Narrative lineage: how the claims of a narrative (or a story) change over time.

The claims are grouped into *families* by what stays: the claim type, the agent and the group
moved (or the target, for frames such as "creates" or "arms"), so "the US moves IS fighters" is one
family. Within a family, a *variant* is one combination of what changes: origin, destination, means
and the source the claim is attributed to. Each variant and each value of a changing slot carries
its first and last publication date, outlets, languages, article count and the first article that
carried it, so the mutation reads in time order: Afghanistan (2017) -> Central Asia (2019) ->
Ukraine (2022), "local sources" -> the Foreign Ministry -> the SVR.

Only what is claimed counts: denied and refuted claims (``modality`` ``denied`` or ``refuted``) are
left out, and so are claims that fill none of the changing slots (nothing to follow). A claim whose
agent (or moved group) is missing takes the article's own one when the article's other claims of
the same type name exactly one ("they were flown on to Afghanistan" after "US helicopters took the
fighters out of Hasakah").

Pure functions: :func:`claims_of_records` reads analyses (the ``analyse`` JSON contract) and
:func:`claims_of_store` the store's query tables; :func:`lineage` builds the view from either.

>>> view = lineage(claims_of_records(records), subject={"narrative": "us-relocates-isis"})  # doctest: +SKIP
>>> [v["destination"] for v in view["families"][0]["slots"]["destination"]]                  # doctest: +SKIP
['Afghanistan', 'Central Asia', 'Ukraine']
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..model import NOT_CLAIMED
from ..settings import DEFAULT, Settings

#: The slots that stay within a family, and those whose changes make variants.
STAYING = ("type", "agent", "moved")
CHANGING = ("origin", "destination", "means", "source")
UNNAMED = "(unnamed)"
ANONYMOUS = "anonymous source"


@dataclass(frozen=True, slots=True)
class LineageClaim:
    """One claim as lineage reads it: the article it is in and its slots as display names."""

    article: str                     # the article's id
    row: int | None                  # its row in a store, when read from one
    title: str | None
    outlet: str | None
    language: str | None
    published: str | None            # ISO date (the first 10 characters are used)
    type: str
    agent: str | None
    moved: str | None                # the group moved, or the target of an agent-target frame
    origin: str | None
    destination: str | None
    means: str | None
    source: str | None
    modality: str
    evidence: str | None

    @property
    def day(self) -> str | None:
        day = (self.published or "")[:10]
        return day if len(day) == 10 and day[4] == "-" and day[7] == "-" else None


# --- reading claims ------------------------------------------------------------------------------

def slot_name(slot: Any) -> str | None:
    """A slot's display name: its canonical name, else its text as written."""
    if not isinstance(slot, dict):
        return None
    value = slot.get("canonical") or slot.get("text")
    return str(value) if value else None


def actor_name(slot: Any) -> str | None:
    """An agent's name in a family: its canonical name only. An actor the lexicon does not know ("ships",
    "Schiffe", "barcos" carrying migrants) is written differently in every language, and keyed by its text it
    split one narrative into a family per language; it is unnamed instead."""
    value = slot.get("canonical") if isinstance(slot, dict) else None
    return str(value) if value else None


def source_name(canonical: object, text: object, kind: object) -> str | None:
    """A source's display name; unnamed ("local residents", "источники") ones are one value in any language."""
    if canonical:
        return str(canonical)
    if kind == "anonymous":
        return ANONYMOUS
    return str(text) if text else None


def claims_of_records(records: Iterable[dict[str, Any]], *, narrative: str | None = None,
                      members: Iterable[str] | None = None) -> list[LineageClaim]:
    """The claims of analyses; with ``narrative``, only of those that push it; with ``members``, only of
    those articles (a story's)."""
    wanted = set(members) if members is not None else None
    out: list[LineageClaim] = []
    for record in records:
        if wanted is not None and str(record.get("id")) not in wanted:
            continue
        if narrative is not None and not pushes(record, narrative):
            continue
        for c in record.get("claims") or []:
            if not isinstance(c, dict) or not c.get("type"):
                continue
            source: dict[str, Any] = c["source"] if isinstance(c.get("source"), dict) else {}
            evidence: dict[str, Any] = c["evidence"] if isinstance(c.get("evidence"), dict) else {}
            out.append(LineageClaim(
                article=str(record.get("id")), row=None, title=record.get("title"), outlet=record.get("outlet"),
                language=record.get("language"), published=record.get("published"), type=str(c["type"]),
                agent=actor_name(c.get("agent")), moved=slot_name(c.get("moved")) or slot_name(c.get("target")),
                origin=slot_name(c.get("origin")), destination=slot_name(c.get("destination")),
                means=str(c["means"]) if c.get("means") else None,
                source=source_name(source.get("canonical"), source.get("text"), source.get("kind")),
                modality=str(c.get("modality") or "asserted"), evidence=evidence.get("text")))
    return out


def pushes(record: dict[str, Any], narrative: str) -> bool:
    return any(isinstance(n, dict) and n.get("id") == narrative and n.get("matched")
               and (n.get("stance") or "pushes") == "pushes" for n in record.get("narratives") or [])


_STORE_CLAIMS = """
SELECT a.article_id, a.id, a.title, a.outlet, a.language, a.published, c.type,
       c.agent, coalesce(c.moved, c.moved_text, c.target, c.target_text),
       coalesce(c.origin, c.origin_text), coalesce(c.destination, c.destination_text), c.means,
       c.source, c.source_text, c.source_kind, coalesce(c.modality, 'asserted'), c.evidence_text
FROM claims c JOIN articles a ON a.id = c.article
"""


def claims_of_store(conn: sqlite3.Connection, *, narrative: str | None = None,
                    story: str | None = None) -> list[LineageClaim]:
    """The claims of a store's articles that push ``narrative`` (matched, stance ``pushes``), or of a
    stored story's members; every claim when neither is given."""
    where, params = [], []
    if narrative is not None:
        where.append("c.article IN (SELECT article FROM narrative_matches WHERE narrative = ? AND matched = 1"
                     " AND coalesce(stance, 'pushes') = 'pushes')")
        params.append(narrative)
    if story is not None:
        where.append("c.article IN (SELECT article FROM story_members WHERE story = ?)")
        params.append(story)
    sql = _STORE_CLAIMS + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY a.id, c.position"
    return [LineageClaim(article=r[0], row=r[1], title=r[2], outlet=r[3], language=r[4], published=r[5],
                         type=r[6], agent=r[7], moved=r[8], origin=r[9], destination=r[10], means=r[11],
                         source=source_name(r[12], r[13], r[14]), modality=r[15], evidence=r[16])
            for r in conn.execute(sql, params)]


# --- building the view ---------------------------------------------------------------------------

def lineage(claims: Sequence[LineageClaim], *, subject: dict[str, str] | None = None,
            settings: Settings = DEFAULT) -> dict[str, Any]:
    """Families of claims (what stays), each with its variants (what changes) in time order."""
    kept = _fullest([c for c in _resolved(claims) if c.modality not in NOT_CLAIMED
                     and any(getattr(c, s) for s in CHANGING)])
    by_family: dict[tuple[str, str, str], list[LineageClaim]] = defaultdict(list)
    for c in kept:
        by_family[(c.type, c.agent or UNNAMED, c.moved or UNNAMED)].append(c)
    families = sorted((_family(key, group, settings) for key, group in by_family.items()),
                      key=lambda f: (-f["articles"], f["first_seen"] or "9999", f["key"]))
    days = sorted(d for d in (c.day for c in kept) if d)
    return {**(subject or {}), "articles": len({c.article for c in kept}), "claims": len(kept),
            "first_seen": days[0] if days else None, "last_seen": days[-1] if days else None,
            "families_total": len(families), "families": families[:settings.lineage_max_families]}


def _resolved(claims: Sequence[LineageClaim]) -> list[LineageClaim]:
    """Claims with a missing agent or moved group taken from the article's other claims of the same type,
    when those name exactly one."""
    named: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: {"agent": set(), "moved": set()})
    for c in claims:
        if c.modality in NOT_CLAIMED:
            continue
        for slot in ("agent", "moved"):
            value = getattr(c, slot)
            if value:
                named[(c.article, c.type)][slot].add(value)
    out = []
    for c in claims:
        known = named.get((c.article, c.type))
        if known:
            if not c.agent and len(known["agent"]) == 1:
                c = replace(c, agent=next(iter(known["agent"])))
            if not c.moved and len(known["moved"]) == 1:
                c = replace(c, moved=next(iter(known["moved"])))
        out.append(c)
    return out


def _fullest(claims: list[LineageClaim]) -> list[LineageClaim]:
    """Within each article, a claim that says less than another of its family (every changing slot it fills,
    the other fills alike) is left out: "to Afghanistan" beside "from Raqqa to Afghanistan, say local sources"
    is the same claim stated twice, not a variant."""
    by_article: dict[tuple[str, int | None], list[LineageClaim]] = defaultdict(list)
    for c in claims:
        by_article[(c.article, c.row)].append(c)
    out: list[LineageClaim] = []
    for group in by_article.values():
        kept: list[LineageClaim] = []
        for c in sorted(group, key=lambda c: -sum(1 for s in CHANGING if getattr(c, s))):
            if not any(_says_less(c, k) for k in kept):
                kept.append(c)
        out.extend(c for c in group if any(c is k for k in kept))  # in the article's own order
    return out


def _says_less(c: LineageClaim, other: LineageClaim) -> bool:
    return ((c.type, c.agent, c.moved) == (other.type, other.agent, other.moved)
            and all(getattr(c, s) in (None, getattr(other, s)) for s in CHANGING))


def _order(c: LineageClaim) -> tuple[str, int, str]:
    """Earliest first: by publication date (undated last), then as stored."""
    return (c.day or "9999-99-99", c.row if c.row is not None else 0, c.article)


def _family(key: tuple[str, str, str], claims: list[LineageClaim], settings: Settings) -> dict[str, Any]:
    claims = sorted(claims, key=_order)
    by_variant: dict[tuple[str | None, ...], list[LineageClaim]] = defaultdict(list)
    for c in claims:
        by_variant[tuple(getattr(c, s) for s in CHANGING)].append(c)
    variants = [{**dict(zip(CHANGING, values, strict=True)), **_spread(group)}
                for values, group in by_variant.items()]  # in order of first appearance: claims are sorted
    previous: dict[str, Any] | None = None
    for v in variants:
        v["changed"] = [s for s in CHANGING if previous is not None and v[s] != previous[s]]
        previous = v
    slots = {}
    for s in CHANGING:
        by_value: dict[str, list[LineageClaim]] = defaultdict(list)
        for c in claims:
            value = getattr(c, s)
            if value:
                by_value[value].append(c)
        slots[s] = [{"value": value, **_spread(group)} for value, group in by_value.items()]
    spread = _spread(claims)
    limit = settings.lineage_max_variants
    return {"key": " | ".join(key), "type": key[0], "agent": key[1], "moved": key[2], **spread,
            "slots": slots, "variants_total": len(variants), "variants": variants[:limit]}


def _spread(claims: list[LineageClaim]) -> dict[str, Any]:
    """When and where a set of claims (in time order) appeared, and the first article that carried them."""
    days = [c.day for c in claims if c.day]
    outlets = Counter(c.outlet for c in claims if c.outlet)
    languages = Counter(c.language for c in claims if c.language)
    first = claims[0]
    return {"first_seen": days[0] if days else None, "last_seen": max(days) if days else None,
            "days": sorted(set(days)), "articles": len({c.article for c in claims}), "claims": len(claims),
            "outlets": [o for o, _ in outlets.most_common()], "languages": [x for x, _ in languages.most_common()],
            "modalities": dict(Counter(c.modality for c in claims)),
            "first_article": {"id": first.article, "row": first.row, "title": first.title, "outlet": first.outlet,
                              "language": first.language, "published": first.published,
                              "evidence": first.evidence}}


def narrative_lineages(conn: sqlite3.Connection, narrative: str | None = None,
                       settings: Settings = DEFAULT) -> list[dict[str, Any]]:
    """The lineage of ``narrative``, or of every narrative some stored article pushes (most pushed first)."""
    if narrative is not None:
        ids = [narrative]
    else:
        ids = [n for (n,) in conn.execute(
            "SELECT narrative FROM narrative_matches WHERE matched = 1 AND coalesce(stance, 'pushes') = 'pushes'"
            " GROUP BY narrative ORDER BY count(*) DESC, narrative")]
    return [lineage(claims_of_store(conn, narrative=n), subject={"narrative": n}, settings=settings) for n in ids]


def story_lineage(conn: sqlite3.Connection, story: str, settings: Settings = DEFAULT) -> dict[str, Any]:
    """The lineage of a stored story's claims (all its members', whatever narrative they push)."""
    return lineage(claims_of_store(conn, story=story), subject={"story": story}, settings=settings)
