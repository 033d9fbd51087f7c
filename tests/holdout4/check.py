"""Consistency check for the holdout4 evaluation set (PyYAML and plain Python; exit 0 = clean).

HELD OUT: score once at the end of a piece of matcher work; never tune on it.

Run: python tests/holdout4/check.py
It never imports narrascope: tests/holdout_gold.py checks the catalogue, gold.yaml and the articles against each
other; this file names the set's languages, hedge phrases and conventions.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from holdout_gold import HoldoutSet, run  # noqa: E402

SET = HoldoutSet(
    folder=Path(__file__).resolve().parent,
    number=4,
    hedges={  # per language; a pushing article in each holds one of them
        "en": ("could not be independently verified", "according to a source", "rejected", "denied"),
        "ru": ("не удалось", "источник", "отверг", "отрицает"),
        "uk": ("не вдалося", "джерела", "не відповіло", "заперечу"),
        "de": ("nicht unabhängig überprüfen", "anonym", "zurückgewiesen", "erklärte auf anfrage"),
        "fr": ("pas pu être vérifiées", "selon une source", "a rejeté", "dément"),
        "es": ("no ha podido ser verificada", "según una fuente", "negó", "desmintió"),
        "ar": ("لم يتسنّ التحقق", "مصدر", "نفت", "نفى"),
        "pl": ("nie udało się", "według źródła", "zaprzecza", "dementuje"),
    },
    per_language={"pushing": 3, "neutral": 3, "factcheck": 1},
    long_words=(150, 500),
    min_double_pushes=0,
    claims_on_every_narrative=True,
)

if __name__ == "__main__":
    sys.exit(run(SET))
