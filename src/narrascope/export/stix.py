"""A corpus store as a STIX 2.1 bundle, in the form OpenCTI imports (checked against OpenCTI 6.8:
pycti 6.8.10 and the platform's narrative module).

* each catalogue narrative an article pushes or refutes is a ``narrative`` object, OpenCTI's own
  SDO (its extension ``extension-definition--ea279b3e-...`` with ``extension_type: new-sdo``); a
  ``parent`` in the catalogue becomes a ``subnarrative-of`` relationship, OpenCTI's name for it;
* each outlet is a ``channel`` (OpenCTI's SDO for media that spread content), related to each
  narrative it pushes by a ``related-to`` relationship spanning its first to its last article;
* each article is a ``report`` (published on its date, with its URL) whose ``object_refs`` name its
  outlet, the narratives it pushes or refutes, its claims and its techniques;
* each claim is a ``note`` on its report (and on the narratives the article pushes);
* each persuasion technique is an ``attack-pattern``, one per technique, whatever the article;
* every object is created by the ``identity`` "narrascope" (a system).

Ids are OpenCTI's deterministic ones (:mod:`.ids`), and timestamps come from the store (when each
article was analysed), so the same store always gives the same bundle, byte for byte.

>>> with Store("monitor.db", create=False) as store:                          # doctest: +SKIP
...     bundle = stix_bundle(store, catalogue, narrative="us-relocates-isis", since="2022-01-01")
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..catalogue import Catalogue
from ..errors import E_EXPORT_WRITE, StoreError
from ..model import NOT_CLAIMED
from ..techniques.labels import ANALYST_CUES, DEFINITIONS
from . import ids
from .uri import as_uri

#: OpenCTI's extension for its own object types (narrative, channel ...), as pycti names it.
OPENCTI_EXTENSION = "extension-definition--ea279b3e-5c71-4632-ac08-831c66a786ba"
TOOL_NAME = "narrascope"
SPEC = "2.1"
CLAIM_QUOTE_CHARS = 600      # evidence quoted in a claim's note at most
DESCRIPTION_CHARS = 1000     # a report's description at most


@dataclass
class _Article:
    row: int
    id: str
    title: str | None
    outlet: str | None
    url: str | None
    language: str | None
    published: str | None
    analysed_at: str
    narratives: list[tuple[str, str, float]] = field(default_factory=list)   # (narrative, stance, score)
    claims: list[dict[str, Any]] = field(default_factory=list)
    techniques: dict[str, int] = field(default_factory=dict)


def stix_bundle(conn: sqlite3.Connection, catalogue: Catalogue, *, narrative: str | None = None,
                since: str | None = None, matched_only: bool = False) -> dict[str, Any]:
    """The bundle of the store's analysed articles (those pushing or refuting ``narrative``, published on
    or after ``since``, when given; with ``matched_only``, those that push or refute some narrative)."""
    articles = _articles(conn, narrative, since, matched_only)
    stamps = sorted(a.analysed_at for a in articles) or [_store_time(conn)]
    builder = _Builder(stamps[0], stamps[-1])
    for a in articles:
        builder.article(a, catalogue)
    builder.parents(catalogue)
    builder.channel_relations(articles)
    objects = sorted(builder.objects.values(), key=lambda o: (_ORDER.get(o["type"], 9), o["id"]))
    bundle_id = uuid.uuid5(ids.OPENCTI_NAMESPACE, "\n".join(o["id"] for o in objects))
    return {"type": "bundle", "id": f"bundle--{bundle_id}", "objects": objects}


def write_stix(conn: sqlite3.Connection, catalogue: Catalogue, out: Path, **filters: Any) -> int:
    """Write the bundle to ``out``; returns how many objects it holds."""
    bundle = stix_bundle(conn, catalogue, **filters)
    try:
        out.write_text(json.dumps(bundle, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    except OSError as err:
        raise StoreError(f"cannot write ({err.strerror or err})", where=str(out), code=E_EXPORT_WRITE) from err
    return len(bundle["objects"])


_ORDER = {"identity": 0, "narrative": 1, "attack-pattern": 2, "channel": 3, "report": 4, "note": 5,
          "relationship": 6}


# --- reading the store ---------------------------------------------------------------------------

def _articles(conn: sqlite3.Connection, narrative: str | None, since: str | None,
              matched_only: bool = False) -> list[_Article]:
    where, params = ["1 = 1"], []
    if matched_only:
        where.append("a.id IN (SELECT article FROM narrative_matches WHERE (matched = 1 AND coalesce(stance, "
                     "'pushes') = 'pushes') OR stance = 'refutes')")
    if narrative:
        where.append("a.id IN (SELECT article FROM narrative_matches WHERE narrative = ?"
                     " AND ((matched = 1 AND coalesce(stance, 'pushes') = 'pushes') OR stance = 'refutes'))")
        params.append(narrative)
    if since:
        where.append("a.published >= ?")
        params.append(since[:10])
    found = {r[0]: _Article(r[0], r[1], r[2], r[3], r[4], r[5], r[6], timestamp(r[7])) for r in conn.execute(
        "SELECT a.id, a.article_id, a.title, a.outlet, a.url, a.language, a.published, n.analysed_at"
        " FROM articles a JOIN analyses n ON n.article = a.id WHERE " + " AND ".join(where) + " ORDER BY a.id",
        params)}
    rows = list(found)
    for chunk in (rows[i:i + 500] for i in range(0, len(rows), 500)):
        marks = ", ".join("?" * len(chunk))
        for row, n, stance, score in conn.execute(
                "SELECT article, narrative, coalesce(stance, 'pushes'), score FROM narrative_matches"
                f" WHERE article IN ({marks}) AND ((matched = 1 AND coalesce(stance, 'pushes') = 'pushes')"
                " OR stance = 'refutes') ORDER BY article, score DESC, narrative", chunk):
            found[row].narratives.append((n, stance, float(score)))
        for row, technique, k in conn.execute(
                f"SELECT article, technique, count(*) FROM techniques WHERE article IN ({marks})"
                " GROUP BY 1, 2 ORDER BY 1, 2", chunk):
            found[row].techniques[technique] = int(k)
        cursor = conn.execute(f"SELECT * FROM claims WHERE article IN ({marks}) ORDER BY article, position", chunk)
        names = [d[0] for d in cursor.description]
        for values in cursor:
            claim = dict(zip(names, values, strict=True))
            found[claim["article"]].claims.append(claim)
    return list(found.values())


def _store_time(conn: sqlite3.Connection) -> str:
    """When the store was last written (its last analysis, else its last ingest; now for an empty store): the
    time of a bundle that holds no article, rather than 1970."""
    last = conn.execute("SELECT max(analysed_at) FROM analyses").fetchone()[0] or conn.execute(
        "SELECT max(ingested_at) FROM articles").fetchone()[0]
    if not last:
        from datetime import datetime, timezone

        last = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return timestamp(last)


def timestamp(value: str | None, *, day: bool = False) -> str:
    """A STIX timestamp (UTC, milliseconds): '2023-08-01T10:00:00+00:00' -> '2023-08-01T10:00:00.000Z'."""
    text = str(value or "")
    if day or len(text) <= 10:
        return f"{text[:10]}T00:00:00.000Z"
    return f"{text[:19]}.000Z"


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


# --- building objects ----------------------------------------------------------------------------

class _Builder:
    def __init__(self, first: str, last: str) -> None:
        self.first, self.last = first, last
        self.tool = ids.identity_id(TOOL_NAME, "system")
        self.objects: dict[str, dict[str, Any]] = {}
        self.report_names: set[tuple[str, str]] = set()
        self.narratives: dict[str, str] = {}   # catalogue id -> STIX id
        self._add({"type": "identity", "id": self.tool, "created": first, "modified": first, "name": TOOL_NAME,
                   "identity_class": "system",
                   "description": "narrascope: disinformation narratives, claims and persuasion techniques found "
                                  "in news articles."}, by_tool=False)

    def _add(self, obj: dict[str, Any], *, by_tool: bool = True) -> str:
        obj = {"type": obj["type"], "spec_version": SPEC, **{k: v for k, v in obj.items() if k != "type"}}
        if by_tool:
            obj["created_by_ref"] = self.tool
        self.objects.setdefault(obj["id"], obj)
        return str(obj["id"])

    def narrative(self, narrative: str, catalogue: Catalogue, stored_title: str | None = None) -> str:
        entry = catalogue.get(narrative)
        name = entry.title if entry else (stored_title or narrative)
        obj = {"type": "narrative", "id": ids.narrative_id(name), "created": self.first, "modified": self.last,
               "name": name, "aliases": [narrative],
               "extensions": {OPENCTI_EXTENSION: {"extension_type": "new-sdo"}}}
        if entry and entry.description:
            obj["description"] = entry.description.strip()
        self.narratives[narrative] = self._add(obj)
        return self.narratives[narrative]

    def parents(self, catalogue: Catalogue) -> None:
        """``subnarrative-of`` from each exported narrative to its catalogue parent (exported with it)."""
        todo = sorted(self.narratives)
        while todo:
            narrative = todo.pop(0)
            entry = catalogue.get(narrative)
            if entry and entry.parent:
                new = entry.parent not in self.narratives
                parent = self.narrative(entry.parent, catalogue)
                self._relationship("subnarrative-of", self.narratives[narrative], parent, self.first, self.last)
                if new:
                    todo.append(entry.parent)

    def channel(self, outlet: str) -> str:
        return self._add({"type": "channel", "id": ids.channel_id(outlet), "created": self.first,
                          "modified": self.last, "name": outlet, "channel_types": ["website"],
                          "extensions": {OPENCTI_EXTENSION: {"extension_type": "new-sdo"}}})

    def technique(self, technique: str) -> str:
        name = technique.replace("_", " ")
        meaning = DEFINITIONS.get(technique) or ANALYST_CUES.get(technique)
        obj: dict[str, Any] = {"type": "attack-pattern", "id": ids.attack_pattern_id(name), "created": self.first,
                               "modified": self.last, "name": name,
                               "external_references": [{"source_name": "SemEval-2023 Task 3" if technique in
                                                        DEFINITIONS else "narrascope analyst cue",
                                                        "external_id": technique}]}
        if meaning:
            obj["description"] = meaning
        return self._add(obj)

    def article(self, a: _Article, catalogue: Catalogue) -> None:
        refs: list[str] = []
        pushed: list[str] = []
        for narrative, stance, _ in a.narratives:
            ref = self.narrative(narrative, catalogue)
            refs.append(ref)
            if stance == "pushes":
                pushed.append(ref)
        if a.outlet:
            refs.append(self.channel(a.outlet))
        refs.extend(self.technique(t) for t in a.techniques)
        published = timestamp(a.published, day=True) if _day(a.published) else a.analysed_at
        name = self._report_name(a, published)
        report = ids.report_id(name, published)
        refs.extend(self.note(a, c, report, pushed) for c in a.claims if _claimed(c))
        obj: dict[str, Any] = {"type": "report", "id": report, "created": a.analysed_at, "modified": a.analysed_at,
                               "name": name, "published": published, "description": _describe(a, catalogue),
                               "object_refs": list(dict.fromkeys(refs)) or [self.tool]}
        if a.language and a.language != "und":
            obj["lang"] = a.language
        url = as_uri(a.url)  # an IRI (a Cyrillic path, a space) percent-encoded: STIX wants a URI
        if url:
            obj["external_references"] = [{"source_name": a.outlet or "article", "url": url}]
        self._add(obj)

    def _report_name(self, a: _Article, published: str) -> str:
        """The article's title; told apart by outlet, then id, when two exported articles share title and day."""
        for name in (a.title or a.id, f"{a.title or a.id} ({a.outlet})", f"{a.title or a.id} [{a.id}]"):
            key = (name.lower().strip(), published)
            if key not in self.report_names:
                self.report_names.add(key)
                return name
        return f"{a.title or a.id} [{a.row}]"

    def note(self, a: _Article, claim: dict[str, Any], report: str, pushed: list[str]) -> str:
        summary = claim_summary(claim)
        quote = (claim.get("evidence_text") or "")[:CLAIM_QUOTE_CHARS]
        content = f"{summary}\n\n> {quote}" if quote else summary
        return self._add({"type": "note", "id": ids.note_id(content, a.analysed_at), "created": a.analysed_at,
                          "modified": a.analysed_at, "abstract": summary[:250], "content": content,
                          "authors": [TOOL_NAME], "object_refs": [report, *pushed]})

    def channel_relations(self, articles: list[_Article]) -> None:
        """``related-to`` from each outlet to each narrative its articles push, over the days they did."""
        days: dict[tuple[str, str], list[date]] = defaultdict(list)
        for a in articles:
            for narrative, stance, _ in a.narratives:
                day = _day(a.published)
                if stance == "pushes" and a.outlet and day:
                    days[(ids.channel_id(a.outlet), self.narratives[narrative])].append(day)
        for (channel, target), seen in sorted(days.items()):
            start = timestamp(min(seen).isoformat(), day=True)
            stop = timestamp((max(seen) + timedelta(days=1)).isoformat(), day=True)  # after the last day's end
            rel = self._relationship("related-to", channel, target, start, stop)
            self.objects[rel]["description"] = f"pushes it in {len(seen)} article{'s' * (len(seen) != 1)}"

    def _relationship(self, kind: str, source: str, target: str, start: str, stop: str) -> str:
        times = {"start_time": start, "stop_time": stop} if kind == "related-to" else {}
        rid = ids.relationship_id(kind, source, target, times.get("start_time"), times.get("stop_time"))
        return self._add({"type": "relationship", "id": rid, "created": self.first, "modified": self.last,
                          "relationship_type": kind, "source_ref": source, "target_ref": target, **times})


def _claimed(claim: dict[str, Any]) -> bool:
    return claim.get("modality") not in NOT_CLAIMED


def claim_summary(claim: dict[str, Any]) -> str:
    """'relocation: United States moves Islamic State from Raqqa to Afghanistan by helicopter (reported,
    according to SVR)' from a row of the claims table."""
    def name(slot: str) -> str | None:
        value = claim.get(slot) or claim.get(f"{slot}_text")
        return str(value) if value else None

    parts = [f"{claim.get('type')}:", name("agent") or "someone"]
    moved = name("moved") or name("target")
    parts.append(f"moves {moved}" if claim.get("type") == "relocation" and moved else (moved or ""))
    for slot, word in (("origin", "from"), ("destination", "to")):
        if name(slot):
            parts.append(f"{word} {name(slot)}")
    if claim.get("means"):
        parts.append(f"by {claim['means']}")
    how = str(claim.get("modality") or "asserted")
    source = name("source")
    if source:
        how += f", according to {source}"
    return " ".join(p for p in parts if p) + f" ({how})"


def _describe(a: _Article, catalogue: Catalogue) -> str:
    def title(n: str) -> str:
        entry = catalogue.get(n)
        return entry.title if entry else n

    lines = [f"{a.outlet or 'Unknown outlet'}, {a.published or 'undated'}, language {a.language or 'und'}."]
    for stance, word in (("pushes", "Pushes"), ("refutes", "Refutes")):
        found = [f"{title(n)} (score {s:.2f})" for n, st, s in a.narratives if st == stance]
        if found:
            lines.append(f"{word}: " + "; ".join(found) + ".")
    if a.techniques:
        lines.append("Persuasion techniques: " + ", ".join(f"{t.replace('_', ' ')} x{k}"
                                                           for t, k in a.techniques.items()) + ".")
    return " ".join(lines)[:DESCRIPTION_CHARS]
