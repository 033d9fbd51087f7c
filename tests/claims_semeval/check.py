"""Consistency check for the SemEval-2025 T10 relocation gold (PyYAML and plain Python; exit 0 = clean).

Run from the repository root: python tests/claims_semeval/check.py
It never imports narrascope: tests/real_gold.py checks that gold.yaml agrees with the documents it points to (which
live outside the repository, under ``root``) and with the conventions in README.md; this file names the set's
languages, documents per language and where they lie.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from real_gold import RealSet, run, semeval25_file  # noqa: E402

#: documents per language (20 EN war + 6 EN climate, 26 RU war)
SET = RealSet({"en": 26, "ru": 26}, semeval25_file)

if __name__ == "__main__":
    sys.exit(run(Path(__file__).resolve().parent, SET))
