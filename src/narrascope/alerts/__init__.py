"""Alerts: rules in a YAML file (:mod:`.rules`), evaluated over a store (:mod:`.evaluate`), each alert
recorded once (:mod:`.record`) and delivered once: on the dashboard, in the Atom feed at
``/alerts.atom`` (:mod:`.atom`) and to webhooks (:mod:`.run`). See ``docs/alerts.md``.

>>> rules = load_rules("alerts.yaml")                                            # doctest: +SKIP
>>> with Store("monitor.db") as store:                                           # doctest: +SKIP
...     print(run_alerts(store, rules, DEFAULT).summary())
3 new alerts; 3 delivered
"""

from .atom import atom_feed
from .evaluate import Alert, evaluate
from .record import alerts, count_since, record_alerts
from .rules import KINDS, Rule, Rules, load_rules, parse_rules
from .run import AlertRun, payload, run_alerts

__all__ = ["KINDS", "Alert", "AlertRun", "Rule", "Rules", "alerts", "atom_feed", "count_since", "evaluate",
           "load_rules", "parse_rules", "payload", "record_alerts", "run_alerts"]
