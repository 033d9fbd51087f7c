"""One evaluation: find what the rules see in the store, record what is new, deliver it to the webhooks.

Called by ``narrascope alerts``, after each ``watch`` poll (``--alerts``) and after each dashboard
ingest (``serve --alerts``). Each alert is recorded once; the dashboard and the Atom feed read the
record, and each webhook is POSTed each alert once (a failed delivery is tried again on the next
evaluations, ``alert_delivery_runs`` in all).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..errors import FetchError
from ..settings import Settings
from ..store import Store
from .evaluate import Alert, evaluate
from .record import mark, pending, reconcile, record_alerts
from .rules import Rules


@dataclass
class AlertRun:
    new: list[Alert] = field(default_factory=list)
    delivered: int = 0
    failed: list[str] = field(default_factory=list)     # "[E6xx] url: message" per failed delivery
    withdrawn: list[Alert] = field(default_factory=list)  # alerts whose event is gone (a false match undone)

    def summary(self) -> str:
        """``2 new alerts; 2 delivered, 1 delivery failed`` (and ``, 1 withdrawn`` when any was)."""
        line = f"{len(self.new)} new alert{'s' * (len(self.new) != 1)}"
        if self.withdrawn:
            line += f", {len(self.withdrawn)} withdrawn"
        if self.delivered or self.failed:
            line += f"; {self.delivered} delivered"
            if self.failed:
                line += f", {len(self.failed)} deliver{'ies' if len(self.failed) != 1 else 'y'} failed"
        return line


def webhook_fetcher(settings: Settings, allow_hosts: Iterable[str] = ()) -> Any:
    """The guarded client of ``watch`` with the webhook limits: public addresses only unless allowed."""
    from ..feeds.fetch import Fetcher

    limits = dataclasses.replace(settings, watch_timeout_seconds=settings.webhook_timeout_seconds,
                                 watch_retries=settings.webhook_retries,
                                 watch_backoff_seconds=settings.webhook_backoff_seconds,
                                 watch_host_interval_seconds=0.0)
    return Fetcher(limits, allow_hosts=allow_hosts)


def run_alerts(store: Store, rules: Rules, settings: Settings, *, titles: dict[str, str] | None = None,
               allow_hosts: Iterable[str] = (), fetcher: Any = None) -> AlertRun:
    """Evaluate, record and deliver; returns what was new and how the deliveries went."""
    found = evaluate(store.connection, rules, titles, settings)
    renewed, withdrawn = reconcile(store, found, rules, rules.webhooks)
    run = AlertRun(new=[*renewed, *record_alerts(store, found, rules.webhooks)], withdrawn=withdrawn)
    # only to the webhooks the rules name now: one taken out of the file is not tried again (its
    # undelivered alerts wait, and go out if it comes back)
    wanted = set(rules.webhooks)
    todo = [t for t in pending(store.connection, settings.alert_delivery_runs) if t[1] in wanted]
    if todo:
        fetcher = fetcher or webhook_fetcher(settings, allow_hosts)
    for alert, target, _ in todo:
        try:
            fetcher.post_json(target, payload(alert))
        except FetchError as err:
            message = f"[{err.code}] {err.where or target}: {err.message}"
            mark(store, alert.key, target, message)
            run.failed.append(message)
            continue
        mark(store, alert.key, target, None)
        run.delivered += 1
    return run


def payload(alert: Alert) -> dict[str, Any]:
    """What a webhook receives: the alert, and its title as ``text`` (what chat tools show)."""
    return {"source": "narrascope", "text": alert.title, **alert.to_dict()}
