"""Consistency check for the holdout6 evaluation set (PyYAML and plain Python; exit 0 = clean).

HELD OUT: never run narrascope on it except once, at the end of a session's matcher work; never tune on it.

Run: python tests/holdout6/check.py
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
    number=6,
    hedges={  # per language; a pushing article in each holds one of them
        "en": ("could not be independently verified", "according to a source", "rejected", "denied"),
        "ru": ("не удалось", "источник", "отверг", "отрицает"),
        "uk": ("не вдалося", "джерела", "заперечу", "заявляє"),
        "de": ("nicht unabhängig überprüfen", "anonym", "zurückgewiesen", "erklärte auf anfrage"),
        "fr": ("pas pu être vérifiées", "selon une source", "a rejeté", "dément"),
        "es": ("no ha podido ser verificada", "según una fuente", "negó", "desmintió"),
        "ar": ("لم يتسنّ التحقق", "مصدر", "نفت", "نفى"),
        "pt": ("não pôde ser verificada", "segundo uma fonte", "negou", "desmentiu"),
    },
)

if __name__ == "__main__":
    sys.exit(run(SET))
