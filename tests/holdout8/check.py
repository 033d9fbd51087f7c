"""Consistency check for the holdout8 evaluation set (PyYAML and plain Python; exit 0 = clean).

HELD OUT: never run narrascope on it except once, at the end of a session's matcher work; never tune on it.

Run: python tests/holdout8/check.py
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
    number=8,
    hedges={  # per language; a pushing article in each holds one of them
        "en": ("could not be independently verified", "according to a source", "rejected", "declined to comment"),
        "ru": ("не удалось", "источник", "отвергают", "заявили"),
        "uk": ("не вдалося", "джерела", "заперечують", "заявили"),
        "de": ("nicht unabhängig überprüfen", "anonym", "zurückgewiesen", "erklärte auf anfrage"),
        "fr": ("pas pu être vérifiées", "sans avoir pu", "selon une source", "a rejeté", "affirme être"),
        "es": ("no ha podido ser verificada", "según una fuente", "negó", "sostiene que"),
        "ar": ("لم يتسنّ التحقق", "مصدر", "نفت", "نفى", "تؤكد"),
        "it": ("non è stato possibile verificare", "chiesto l'anonimato", "ha smentito", "sostiene"),
    },
    short_words=(50, 90),  # a post
    long_words=(60, 600),  # every other article (pushing ones are therefore over 90 words)
    explicit_hedge=True,
    one_storyless_neutral=True,  # the unrelated one
)

if __name__ == "__main__":
    sys.exit(run(SET))
