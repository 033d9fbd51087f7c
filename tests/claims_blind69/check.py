"""Consistency check for blind gold set 69, four languages (PyYAML and plain Python; exit 0 = clean).

Run: python tests/claims_blind69/check.py
It never imports narrascope: tests/blind_gold.py checks that articles, gold.yaml and frames.yaml agree with each
other and with the conventions in README.md; this file names the set's languages and headline conventions.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_gold import BlindSet, run  # noqa: E402

SET = BlindSet(
    languages=("en", "es", "uk", "ar"),
    negations=("en", "uk"),  # fact-check headlines that open with "No, ..."
    questions=("es", "ar"),  # fact-check headlines that are a question
)

if __name__ == "__main__":
    sys.exit(run(Path(__file__).resolve().parent, SET))
