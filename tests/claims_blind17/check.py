"""Consistency check for blind gold set 17, eight languages (PyYAML and plain Python; exit 0 = clean).

Run: python tests/claims_blind17/check.py
It never imports narrascope: tests/blind_gold.py checks that articles, gold.yaml and frames.yaml agree with each
other and with the conventions in README.md; this file names the set's languages and headline conventions.

An older set: its own layout is named below (ids, kinds per language, the rules it was written to).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_gold import BlindSet, run  # noqa: E402

SET = BlindSet(
    languages=("en", "ru", "uk", "de", "fr", "es", "ar", "it"),
    negations=("en", "ru", "de", "ar"),  # fact-check headlines that open with "No, ..."
    questions=("uk", "fr", "es", "it"),  # fact-check headlines that are a question
    letter="v",
    third_party_denials=False,
    first_year=2015,
)

if __name__ == "__main__":
    sys.exit(run(Path(__file__).resolve().parent, SET))
