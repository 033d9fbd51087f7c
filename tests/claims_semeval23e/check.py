"""Consistency check for the fifth SemEval-2023 T3 relocation gold (PyYAML and plain Python; exit 0 = clean).

Run from the repository root: python tests/claims_semeval23e/check.py
It never imports narrascope: tests/real_gold.py checks that gold.yaml agrees with the documents it points to (which
live outside the repository, under ``root``) and with the conventions in README.md; this file names the set's
languages, documents per language and where they lie.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from real_gold import RealSet, run, semeval23_file  # noqa: E402

#: documents per language (a random draw of 10 per language)
SET = RealSet({lang: 10 for lang in ("en", "fr", "de", "it", "pl", "ru")}, semeval23_file)

if __name__ == "__main__":
    sys.exit(run(Path(__file__).resolve().parent, SET))
