#!/usr/bin/env python3
"""How often EUvsDisinfo's disproofs read as debunks, and its claims alone as pushes (real text nobody here wrote).

    python scripts/disproof_eval.py [--cmd "narrascope"]

Needs ../shared/data/euvsdisinfo/cases.csv. Each of the distinct cases gives two articles: its title and summary
(the disinformation claim told as fact) and the same followed by its disproof (the desk's rebuttal). Both are
analysed with the bundled catalogue (stance on, techniques off); printed: how many of each are said to refute some
narrative. Not clean held-out data: the stance model was fitted on 788 of these cases made into articles.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fabrication_eval import _URL, distinct_cases  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cmd", default=f"{sys.executable} -m narrascope.cli", help="the narrascope command to score")
    a = ap.parse_args()
    articles = []
    for i, case in enumerate(distinct_cases()):
        claim = f"{case['title'].strip()}\n\n{case['summary'].strip()}"
        articles.append({"id": f"{i}-claim", "text": claim})
        articles.append({"id": f"{i}-disproof", "text": f"{claim}\n\n{_URL.sub('', case['disproof']).strip()}"})
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "articles.jsonl"
        feed.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in articles), encoding="utf-8")
        out = subprocess.run([*shlex.split(a.cmd), "analyse", str(feed), "--skip", "techniques", "--quiet"],
                             capture_output=True, text=True, check=True).stdout
    refuting = {"claim": 0, "disproof": 0}
    for line in out.splitlines():
        analysis = json.loads(line)
        kind = analysis["id"].split("-", 1)[1]
        refuting[kind] += any(n["stance"] == "refutes" for n in analysis["narratives"])
    n = len(articles) // 2
    print(f"{n} distinct cases: said to refute a narrative, claims alone {refuting['claim']}, "
          f"claim and disproof {refuting['disproof']}")


if __name__ == "__main__":
    main()
