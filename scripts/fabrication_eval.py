#!/usr/bin/env python3
"""Stance towards narratives that allege fabrication, measured on EUvsDisinfo cases (real claims nobody here wrote).

    python scripts/fabrication_eval.py [--cmd "narrascope"]

Needs ../shared/data/euvsdisinfo/cases.csv. The cases whose title or summary holds a fabrication phrase
(lexicon/cues/en.yaml, ``fabrication``: "staged", "fake", "hoax", "false flag") become narratives of one
catalogue (the case's title, its summary as description), beside as many other cases as controls. Each case
gives two articles: its title and summary (the claim told as fact: it pushes its narrative) and the same followed
by its disproof (a fact-check, built as scripts/train_stance.py builds them: it refutes). Prints, per group, the
stance narrascope gives each article's own narrative: pushes (matched), refutes, mentions or absent.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT.parent / "shared" / "data" / "euvsdisinfo" / "cases.csv"
sys.path.insert(0, str(ROOT / "src"))

from narrascope.lexicon import fabrication_matcher  # noqa: E402

_URL = re.compile(r"\(?https?://\S+\)?")


def distinct_cases() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["summary"].strip() and r["disproof"].strip()]
    seen: set[str] = set()
    out = []
    for r in rows:  # translations of one claim repeat it
        key = r["summary"].strip()[:200]
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cmd", default=f"{sys.executable} -m narrascope.cli", help="the narrascope command to score")
    a = ap.parse_args()
    matcher = fabrication_matcher("en")

    def alleges(case: dict[str, str]) -> bool:
        return any(True for _ in matcher.finditer(case["title"] + "\n" + case["summary"]))

    cases = distinct_cases()
    alleging = [c for c in cases if alleges(c)]
    others = [c for c in cases if not alleges(c)]
    controls = others[:: max(1, len(others) // max(1, len(alleging)))][: len(alleging)]  # spread over the years
    narratives, articles, gold = [], [], {}
    for group, chosen in (("alleges fabrication", alleging), ("control", controls)):
        for i, case in enumerate(chosen):
            nid = f"{'fab' if group.startswith('alleges') else 'ctl'}-{i:03d}"
            title, summary = case["title"].strip(), case["summary"].strip()
            narratives.append({"id": nid, "title": title, "description": summary})
            claim = f"{title}\n\n{summary}"
            disproof = _URL.sub("", case["disproof"]).strip()
            for kind, text in (("claim", claim), ("fact-check", f"{claim}\n\n{disproof}")):
                aid = f"{nid}-{kind}"
                articles.append({"id": aid, "title": title, "text": text})
                gold[aid] = (nid, group, kind)
    with tempfile.TemporaryDirectory() as tmp:
        catalogue, feed = Path(tmp) / "catalogue.yaml", Path(tmp) / "articles.jsonl"
        catalogue.write_text(yaml.safe_dump({"narratives": narratives}, allow_unicode=True, sort_keys=False),
                             encoding="utf-8")
        feed.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in articles), encoding="utf-8")
        out = subprocess.run([*shlex.split(a.cmd), "analyse", str(feed), "--catalogue", str(catalogue),
                              "--skip", "techniques", "--quiet"], capture_output=True, text=True, check=True).stdout
    said: collections.Counter[tuple[str, str, str]] = collections.Counter()
    for line in out.splitlines():
        analysis = json.loads(line)
        nid, group, kind = gold[analysis["id"]]
        stance = next(("pushes" if n["matched"] else n["stance"] for n in analysis["narratives"] if n["id"] == nid),
                      "absent")
        said[(group, kind, stance)] += 1
    print(f"{len(cases)} distinct cases; {len(alleging)} allege fabrication, {len(controls)} controls")
    for group in ("alleges fabrication", "control"):
        for kind in ("claim", "fact-check"):
            counts = {s: said[(group, kind, s)] for s in ("pushes", "mentions", "refutes", "absent")}
            print(f"  {group}, {kind}: " + ", ".join(f"{s} {n}" for s, n in counts.items()))


if __name__ == "__main__":
    main()
