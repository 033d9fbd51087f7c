"""What the rules find in a store: every event that satisfies a rule, each under a key of its own, so
that recording them (:mod:`.record`) keeps only those never seen before.

Events are dated by the articles' publication dates, not by when they were stored, so a store
filled from an archive raises the events of its past (unless the rules file sets ``since``):

* ``rise``: a week in which the articles pushing a narrative reach ``factor`` times the mean of the
  ``weeks`` weeks before and at least ``minimum`` more than it (key: rule, narrative, week). Only weeks
  the store covers count: a rise needs ``weeks`` weeks of the store's history before it (from the week
  of its earliest dated article), and near-duplicates (``articles.duplicate_of``) count once a week;
* ``new-narrative``: a stored story no catalogue narrative explains (key: rule, the story's first
  article, which stays when the story grows);
* ``new-outlet``: the first article of an outlet pushing a narrative (key: rule, narrative, outlet);
* ``new-variant``: a value of a changing slot (a destination, a source ...) that a claim family of
  a narrative's lineage names after the family's first day (key: rule, narrative, family, slot, value);
* ``new-language``: the first article pushing a narrative in a language other than the one it
  started in (key: rule, narrative, language).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..corpus.lineage import narrative_lineages
from ..corpus.views import period_of
from ..settings import DEFAULT, Settings
from ..terminal import counted
from .rules import Rule, Rules

SLOT_WORDS = {"destination": "destination", "origin": "origin", "means": "means", "source": "source"}


@dataclass(frozen=True)
class Alert:
    key: str
    rule: str
    kind: str
    title: str
    narrative: str | None = None
    day: str | None = None               # the event's date (publication date, or a week's Monday)
    article: int | None = None           # the row of the article that raised it, when one did
    data: dict[str, Any] = field(default_factory=dict)
    created_at: str | None = None        # when it was first recorded (set by the store)
    withdrawn_at: str | None = None      # when its event was found gone (a false match re-analysed away)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.key, "rule": self.rule, "kind": self.kind, "title": self.title,
                "narrative": self.narrative, "day": self.day, "article": self.article, "data": self.data,
                "created_at": self.created_at, "withdrawn_at": self.withdrawn_at}


def alert_key(*parts: object) -> str:
    """A short stable key for an event: the same rule and subject always give the same key."""
    return hashlib.sha256(json.dumps([str(p) for p in parts], ensure_ascii=False).encode()).hexdigest()[:24]


@dataclass(frozen=True)
class _Pushing:
    row: int
    id: str
    title: str | None
    outlet: str | None
    language: str | None
    day: str | None
    content: int = 0        # the row of the earliest stored near-duplicate, else its own: a copy counts once


def evaluate(conn: sqlite3.Connection, rules: Rules, titles: dict[str, str] | None = None,
             settings: Settings = DEFAULT) -> list[Alert]:
    """Every event the rules find in the store, oldest first (those dated before ``since`` left out)."""
    titles = titles or {}
    pushing = _pushing(conn)
    found: list[Alert] = []
    for rule in rules.rules:
        if rule.kind == "rise":
            found.extend(_rises(rule, pushing, titles, _first_week(conn)))
        elif rule.kind == "new-narrative":
            found.extend(_new_narratives(rule, conn))
        elif rule.kind == "new-outlet":
            found.extend(_firsts(rule, pushing, titles, "outlet"))
        elif rule.kind == "new-language":
            found.extend(_firsts(rule, pushing, titles, "language"))
        else:
            found.extend(_new_variants(rule, conn, titles, settings))
    if rules.since:
        found = [a for a in found if a.day is not None and a.day >= rules.since]
    return sorted(found, key=lambda a: (a.day or "9999", a.rule, a.key))


def _pushing(conn: sqlite3.Connection) -> dict[str, list[_Pushing]]:
    """Per narrative, the articles pushing it, earliest first (undated last)."""
    out: dict[str, list[_Pushing]] = defaultdict(list)
    for n, row, aid, title, outlet, language, published, original in conn.execute(
            "SELECT n.narrative, a.id, a.article_id, a.title, a.outlet, a.language, a.published, a.duplicate_of"
            " FROM narrative_matches n JOIN articles a ON a.id = n.article"
            " WHERE n.matched = 1 AND coalesce(n.stance, 'pushes') = 'pushes'"
            " ORDER BY n.narrative, a.published NULLS LAST, a.id"):
        out[n].append(_Pushing(row, aid, title, outlet, language, _day(published), original or row))
    return out


def _first_week(conn: sqlite3.Connection) -> date | None:
    """The Monday of the week of the store's earliest dated article, whatever it pushes: where its history starts."""
    for (published,) in conn.execute("SELECT published FROM articles WHERE published IS NOT NULL"
                                     " ORDER BY published LIMIT 100"):
        week = period_of(published, "week")
        if week:
            return date.fromisoformat(week)
    return None


def _day(value: str | None) -> str | None:
    try:
        return date.fromisoformat((value or "")[:10]).isoformat()
    except ValueError:
        return None


def _rises(rule: Rule, pushing: dict[str, list[_Pushing]], titles: dict[str, str],
           first_week: date | None) -> list[Alert]:
    """Weeks of a rise. The weeks before the store's first are unknown, not empty: a week is judged only when
    the ``rule.weeks`` weeks before it are all in the store's history. Near-duplicates of one text (a
    re-post, a syndicated copy) count as one article in a week."""
    out = []
    for narrative, articles in pushing.items():
        if not rule.covers(narrative) or first_week is None:
            continue
        weeks: dict[str, list[_Pushing]] = defaultdict(list)
        for a in articles:
            week = period_of(a.day, "week")
            if week:
                weeks[week].append(a)

        distinct = {week: len({a.content for a in these}) for week, these in weeks.items()}
        for week, these in sorted(weeks.items()):
            monday = date.fromisoformat(week)
            if monday - timedelta(weeks=rule.weeks) < first_week:
                continue  # not enough history to say what is usual
            before = [distinct.get((monday - timedelta(weeks=k)).isoformat(), 0) for k in range(1, rule.weeks + 1)]
            mean = sum(before) / rule.weeks
            count = distinct[week]
            if count >= rule.factor * mean and count - mean >= rule.minimum:
                name = titles.get(narrative, narrative)
                copies = len(these) - count
                also = f" and {counted(copies, 'near-duplicate copy', 'near-duplicate copies')}" if copies else ""
                out.append(Alert(alert_key(rule.id, narrative, week), rule.id, rule.kind,
                                 f"Rising: {name}: {counted(count, 'article')}{also} in the week of {week} "
                                 f"(a mean of {mean:.1f} over the {rule.weeks} weeks before)", narrative, week,
                                 these[0].row,
                                 {"week": week, "articles": count, "copies": copies, "mean_before": round(mean, 2),
                                  "weeks_before": rule.weeks, "outlets": sorted({a.outlet for a in these if a.outlet}),
                                  "languages": sorted({a.language for a in these if a.language})}))
    return out


def _new_narratives(rule: Rule, conn: sqlite3.Connection) -> list[Alert]:
    from ..store.query import stories

    out = []
    rows = dict(conn.execute("SELECT article_id, min(id) FROM articles GROUP BY article_id").fetchall())
    for s in stories(conn):
        members = s.get("members") or []
        if s.get("new_narrative") is not True or not members:
            continue
        first = str(members[0])
        out.append(Alert(alert_key(rule.id, first), rule.id, rule.kind,
                         f"New narrative candidate: {s.get('label') or s.get('id')} ({len(members)} articles; "
                         f"{', '.join(map(str, s.get('languages') or [])) or 'no language'})",
                         None, _day(s.get("first_seen")), rows.get(first),
                         {"story": s.get("id"), "label": s.get("label"), "articles": len(members),
                          "languages": s.get("languages") or [], "outlets": s.get("outlets") or []}))
    return out


def _firsts(rule: Rule, pushing: dict[str, list[_Pushing]], titles: dict[str, str], what: str) -> list[Alert]:
    """The first article per outlet (or language) pushing each narrative; for languages, not the first one."""
    out = []
    for narrative, articles in pushing.items():
        if not rule.covers(narrative):
            continue
        firsts: dict[str, _Pushing] = {}
        for a in articles:
            value = getattr(a, what)
            if value and value not in firsts:
                firsts[value] = a
        values = list(firsts)[1:] if what == "language" else list(firsts)  # a narrative starts in some language
        name = titles.get(narrative, narrative)
        for value in values:
            a = firsts[value]
            title = (f"{value} pushes {name} for the first time" if what == "outlet"
                     else f"{name} crosses into a new language: {value} ({a.outlet or 'unknown outlet'})")
            out.append(Alert(alert_key(rule.id, narrative, value), rule.id, rule.kind, title, narrative, a.day, a.row,
                             {what: value, "article": a.id, "title": a.title, "outlet": a.outlet,
                              "language": a.language}))
    return out


def _new_variants(rule: Rule, conn: sqlite3.Connection, titles: dict[str, str], settings: Settings) -> list[Alert]:
    out = []
    for view in narrative_lineages(conn, None, settings):
        narrative = str(view["narrative"])
        if not rule.covers(narrative):
            continue
        for family in view["families"]:
            start = family.get("first_seen")
            for slot in rule.slots:
                for value in family["slots"].get(slot) or []:
                    if not start or not value.get("first_seen") or value["first_seen"] <= start:
                        continue  # what the family started with is no change
                    first = value["first_article"]
                    out.append(Alert(
                        alert_key(rule.id, narrative, family["key"], slot, value["value"]), rule.id, rule.kind,
                        f"New {SLOT_WORDS[slot]} in {titles.get(narrative, narrative)}: {value['value']} "
                        f"({family['agent']} → {family['moved']}; first in {first.get('outlet') or 'an article'})",
                        narrative, value["first_seen"], first.get("row"),
                        {"family": family["key"], "slot": slot, "value": value["value"],
                         "article": first.get("id"), "outlet": first.get("outlet"), "language": first.get("language"),
                         "evidence": first.get("evidence")}))
    return out
