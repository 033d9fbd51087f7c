"""Stance on articles written blind (tests/stance_blind3: 8 narratives, 48 articles in 8 languages, fact-checks in
the desks' many formats and pushing articles of the kinds that fool a tool; see its README).

Scored once, held out, at the fifteenth session's end (29 of 48 with the session's starting code and with its end:
docs/matching.md); tuning data since.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).parent / "stance_blind3"


@pytest.fixture(scope="module")
def verdicts(stances_on):  # type: ignore[no-untyped-def]
    return stances_on(HERE)


def said(verdicts, stance: str) -> Counter:  # type: ignore[no-untyped-def]
    return Counter(s for row, s in verdicts.values() if row["stance"] == stance)


def test_most_articles_get_the_stance_their_writer_gave_them(verdicts):  # type: ignore[no-untyped-def]
    # measured 29 of 48 when scored, 31 since a headline's "No, ..." and negative concord ("No hay ninguna prueba")
    assert sum(said_ == row["stance"] for row, said_ in verdicts.values()) >= 30


def test_most_fact_checks_refute_and_none_pushes_much(verdicts):  # type: ignore[no-untyped-def]
    fact_checks = said(verdicts, "refutes")
    assert fact_checks["refutes"] >= 14 and fact_checks["pushes"] <= 1, fact_checks  # measured 13 of 16, now 15


def test_neutral_reports_are_rarely_said_to_push(verdicts):  # type: ignore[no-untyped-def]
    assert said(verdicts, "mentions")["pushes"] <= 2  # measured 2 of 8
