#!/usr/bin/env python3
"""The claims figures over every written set that is tuning data, summed: one line to compare two versions.

    python scripts/claims_tuning.py                          # this checkout
    PYTHONPATH=<other checkout>/src python scripts/claims_tuning.py   # another version, the same sets

Every ``tests/claims*/gold.yaml`` but the sets still held out (``claims_diagnose._held_out``: their README says
"HELD OUT: never run" and not "SCORED ONCE") is scored with ``narrascope.claims_eval.evaluate_claims`` (what
``narrascope evaluate-claims`` prints per set); the paired, predicted and gold claims, sources, denials and invented
relocations are summed over the sets, and event F1 is given overall and per language from the sums.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from claims_diagnose import TESTS, _held_out  # noqa: E402

from narrascope.claims_eval import evaluate_claims  # noqa: E402
from narrascope.engine import Analyser  # noqa: E402


def _pair(text: str, sep: str = "/") -> tuple[int, int]:
    a, b = text.split(sep)
    return int(a), int(b)


def main() -> None:
    analyser = Analyser(disabled=("techniques",))
    total: Counter[str] = Counter()
    languages: dict[str, Counter[str]] = {}
    for gold in sorted(TESTS.glob("claims*/gold.yaml")):
        if _held_out(gold.parent):
            continue
        result = evaluate_claims(analyser, gold)
        overall = result["overall"]
        for key in ("gold", "predicted", "paired"):
            total[key] += overall[key]
        for key, field, sep in (("sources", "sources_found", "/"), ("denials", "denials_denied", "/"),
                                ("asserted", "denials_asserted", "/"),
                                ("invented", "invented_in_articles_without_claims", " in ")):
            found, of = _pair(overall[field], sep)
            total[key] += found
            total[key + "_of"] += of
        for language, figures in result["languages"].items():
            for key in ("gold", "predicted", "paired"):
                languages.setdefault(language, Counter())[key] += figures[key]

    def f1(c: Counter[str]) -> float:
        return 2 * c["paired"] / (c["predicted"] + c["gold"]) if c["predicted"] + c["gold"] else 0.0

    print(f"event F1 {f1(total):.4f}: paired {total['paired']} of {total['gold']} gold, {total['predicted']} predicted")
    print(f"sources paired {total['sources']} of {total['sources_of']}; denials denied {total['denials']} of "
          f"{total['denials_of']} (told as happening {total['asserted']}); invented {total['invented']} in "
          f"{total['invented_of']} articles without claims")
    print("per language:", ", ".join(f"{lang} {f1(c):.3f}" for lang, c in sorted(languages.items())))


if __name__ == "__main__":
    main()
