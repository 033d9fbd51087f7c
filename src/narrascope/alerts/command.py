"""``narrascope alerts --db monitor.db --rules alerts.yaml``: evaluate the rules, record and deliver what is new.

One line per new alert on stdout (``[rise] 2023-08-07  Rising: ...``) and the run's summary; a failed
webhook delivery is one coded line on stderr. ``--format json`` prints the new alerts as JSON. Exit 0
when the rules ran (even if a delivery failed), 2 on a usage error (an invalid rules file, no store).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..terminal import one_line


def run_alerts_command(args: argparse.Namespace) -> int:
    from ..catalogue import load_catalogue
    from ..store import Store
    from . import load_rules, run_alerts

    rules = load_rules(args.rules)
    catalogue = load_catalogue(args.catalogue)
    titles = {n.id: n.title for n in catalogue.narratives}
    with Store(args.db, create=False) as store:
        warning = store.catalogue_mismatch(catalogue)
        if warning:  # the alerts' text keeps the titles for good
            print(one_line(f"narrascope: warning: {warning}"), file=sys.stderr)
        run = run_alerts(store, rules, store.settings, titles=titles, allow_hosts=args.allow_host)
    report_run(run, args.db, as_json=args.format == "json")
    return 0


def report_run(run: Any, db: Path, *, as_json: bool = False) -> None:
    """The new alerts on stdout, failed deliveries on stderr (all of it terminal-safe: titles carry data)."""
    for failure in run.failed:
        print(one_line(f"narrascope: {failure}"), file=sys.stderr)
    if as_json:
        print(json.dumps({"alerts": [a.to_dict() for a in run.new], "delivered": run.delivered,
                          "failed": run.failed, "withdrawn": [a.to_dict() for a in run.withdrawn]},
                         ensure_ascii=False, indent=1), flush=True)
        return
    for a in run.new:
        print(one_line(f"[{a.kind}] {a.day or 'undated'}  {a.title}"))
    for a in run.withdrawn:
        print(one_line(f"[withdrawn {a.kind}] {a.day or 'undated'}  {a.title}"))
    print(f"{db}: {run.summary()}", flush=True)
