"""Alerts on the web: the dashboard's alerts page, the Atom feed at ``/alerts.atom`` and ``GET /api/alerts``."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from ..api.errors import only_known_query
from ..api.routes import _LIMIT, _page_limits
from ..api.state import state_of
from ..store.query import MAX_INTEGER, last_ingested
from .atom import atom_feed
from .record import alerts, count_since, deliveries

router = APIRouter()


def recent_count(request: Request) -> int:
    """Alerts recorded in the last ``dashboard_recent_days`` days: the count in the dashboard's header."""
    state = state_of(request)
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=state.settings.dashboard_recent_days)
    return count_since(state.store().connection, since.isoformat(timespec="seconds"))


@router.get("/api/alerts", summary="Alerts recorded by `narrascope alerts` (or watch/serve --alerts), latest first, "
            "with their webhook deliveries", dependencies=[Depends(only_known_query)])
def api_alerts(request: Request, offset: Annotated[int, Query(ge=0, le=MAX_INTEGER)] = 0,
               limit: Annotated[int | None, Query(description=_LIMIT)] = None) -> list[dict[str, Any]]:

    state = state_of(request)
    offset, size = _page_limits(state, offset, limit)
    found = alerts(state.store().connection, size, offset)
    sent = deliveries(state.store().connection, [a.key for a in found])
    return [{**a.to_dict(), "deliveries": sent[a.key]} for a in found]


@router.get("/alerts.atom", include_in_schema=False)
def alerts_feed(request: Request) -> Response:
    state = state_of(request)
    base = str(request.base_url)
    found = alerts(state.store().connection, state.settings.alerts_feed_entries)
    feed_id = "urn:narrascope:alerts:" + hashlib.sha256(str(state.config.db.resolve()).encode()).hexdigest()[:16]
    quiet_since = None if found else last_ingested(state.store().connection)  # the store's last change
    body = atom_feed(found, base_url=base, feed_id=feed_id, title=f"narrascope alerts: {state.config.db.name}",
                     quiet_since=quiet_since)
    return Response(body, media_type="application/atom+xml; charset=utf-8")
