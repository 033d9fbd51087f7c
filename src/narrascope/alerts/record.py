"""Alerts in the store: each event recorded once under its key, and its delivery to each webhook."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..store import Store
from .evaluate import Alert
from .rules import Rules

_FIELDS = "key, rule, kind, title, narrative, day, article, data, created_at"
_READ = _FIELDS + ", withdrawn_at"


def record_alerts(store: Store, alerts: Sequence[Alert], webhooks: Sequence[str]) -> list[Alert]:
    """Store the alerts not stored before (by key), each with a delivery to do per webhook; returns those new."""
    now = _now()
    new: list[Alert] = []
    with store.transaction() as conn:
        for a in alerts:
            cur = conn.execute(
                f"INSERT INTO alerts ({_FIELDS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO NOTHING",
                (a.key, a.rule, a.kind, a.title, a.narrative, a.day, a.article,
                 json.dumps(a.data, ensure_ascii=False), now))
            if cur.rowcount:
                new.append(Alert(a.key, a.rule, a.kind, a.title, a.narrative, a.day, a.article, a.data, now))
                conn.executemany("INSERT OR IGNORE INTO alert_deliveries (alert, target) VALUES (?, ?)",
                                 [(a.key, url) for url in webhooks])
    return new


def reconcile(store: Store, found: Sequence[Alert], rules: Rules, webhooks: Sequence[str]) -> tuple[list[Alert],
                                                                                                   list[Alert]]:
    """Bring the recorded alerts of these rules in line with the events ``found`` now; returns the alerts
    raised anew and those withdrawn.

    An alert whose event is gone (the match that raised it was false, and re-analysis or a label removed
    it) is withdrawn: kept, marked, delivered no more. One whose event is back, or is now raised by
    another article because the one that raised it no longer pushes the narrative (the first real
    article of a language after a false one), is recorded again as new, with deliveries to make. Only
    the alerts of this file's rules (same id and kind), dated from its ``since``, are judged."""
    now = _now()
    current = {a.key: a for a in found}
    kinds = {r.id: r.kind for r in rules.rules}
    renewed: list[Alert] = []
    withdrawn: list[Alert] = []
    with store.transaction() as conn:
        for old in [_alert(r) for r in conn.execute(f"SELECT {_READ} FROM alerts")]:
            if kinds.get(old.rule) != old.kind or (rules.since and (old.day is None or old.day < rules.since)):
                continue
            event = current.get(old.key)
            if event is None:
                if old.withdrawn_at is None:
                    conn.execute("UPDATE alerts SET withdrawn_at = ? WHERE key = ?", (now, old.key))
                    withdrawn.append(replace(old, withdrawn_at=now))
            elif old.withdrawn_at is not None or _raised_by_another(conn, old, event):
                conn.execute("UPDATE alerts SET title = ?, narrative = ?, day = ?, article = ?, data = ?,"
                             " created_at = ?, withdrawn_at = NULL WHERE key = ?",
                             (event.title, event.narrative, event.day, event.article,
                              json.dumps(event.data, ensure_ascii=False), now, old.key))
                conn.execute("DELETE FROM alert_deliveries WHERE alert = ?", (old.key,))
                conn.executemany("INSERT INTO alert_deliveries (alert, target) VALUES (?, ?)",
                                 [(old.key, url) for url in webhooks])
                renewed.append(replace(event, created_at=now))
    return renewed, withdrawn


def _raised_by_another(conn: sqlite3.Connection, old: Alert, event: Alert) -> bool:
    """Whether the event is now raised by another article because the recorded one no longer pushes it."""
    if old.article is None or event.article == old.article or old.narrative is None:
        return False
    return conn.execute("SELECT 1 FROM narrative_matches WHERE article = ? AND narrative = ? AND matched = 1"
                        " AND coalesce(stance, 'pushes') = 'pushes'", (old.article, old.narrative)).fetchone() is None


def alerts(conn: sqlite3.Connection, limit: int = 50, offset: int = 0) -> list[Alert]:
    """Stored alerts, withdrawn ones included, the latest recorded first (then the latest event)."""
    return [_alert(r) for r in conn.execute(
        f"SELECT {_READ} FROM alerts ORDER BY created_at DESC, day DESC, key LIMIT ? OFFSET ?", (limit, offset))]


def count_since(conn: sqlite3.Connection, since: str) -> int:
    """Alerts recorded at or after ``since`` (an ISO timestamp), withdrawn ones left out."""
    return int(conn.execute("SELECT count(*) FROM alerts WHERE created_at >= ? AND withdrawn_at IS NULL",
                            (since,)).fetchone()[0])


def deliveries(conn: sqlite3.Connection, keys: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """Per alert, how its webhook deliveries went."""
    out: dict[str, list[dict[str, Any]]] = {k: [] for k in keys}
    for i in range(0, len(keys), 500):
        chunk = list(keys[i:i + 500])
        marks = ", ".join("?" * len(chunk))
        for alert, target, attempts, delivered, error in conn.execute(
                f"SELECT alert, target, attempts, delivered_at, error FROM alert_deliveries WHERE alert IN ({marks})"
                " ORDER BY target", chunk):
            out[alert].append({"target": target, "attempts": attempts, "delivered_at": delivered, "error": error})
    return out


def pending(conn: sqlite3.Connection, runs: int) -> list[tuple[Alert, str, int]]:
    """``(alert, webhook, attempts so far)`` for each delivery not done and not given up, oldest alert first."""
    return [(_alert(r[:10]), r[10], int(r[11])) for r in conn.execute(
        f"SELECT {', '.join('a.' + f.strip() for f in _READ.split(','))}, d.target, d.attempts"
        " FROM alert_deliveries d JOIN alerts a ON a.key = d.alert"
        " WHERE d.delivered_at IS NULL AND d.attempts < ? AND a.withdrawn_at IS NULL"
        " ORDER BY a.created_at, a.key, d.target", (runs,))]


def mark(store: Store, key: str, target: str, error: str | None) -> None:
    """A delivery done (``error`` None) or failed once more."""
    with store.transaction() as conn:
        if error is None:
            conn.execute("UPDATE alert_deliveries SET attempts = attempts + 1, delivered_at = ?, error = NULL"
                         " WHERE alert = ? AND target = ?", (_now(), key, target))
        else:
            conn.execute("UPDATE alert_deliveries SET attempts = attempts + 1, error = ?"
                         " WHERE alert = ? AND target = ?", (error, key, target))


def _alert(r: Sequence[Any]) -> Alert:
    return Alert(key=r[0], rule=r[1], kind=r[2], title=r[3], narrative=r[4], day=r[5], article=r[6],
                 data=json.loads(r[7]) if r[7] else {}, created_at=r[8], withdrawn_at=r[9] if len(r) > 9 else None)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
