"""Stance towards narratives that allege fabrication, on articles written blind (tests/stance_blind2: 8 narratives,
5 of them alleging that something was staged or faked; 40 articles in 10 languages; see its README).

Scored once, held out, at the fourteenth session's end (docs/matching.md gives both figures); tuning data since.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).parent / "stance_blind2"


@pytest.fixture(scope="module")
def verdicts(stances_on):  # type: ignore[no-untyped-def]
    return stances_on(HERE)


def said(verdicts, kind: str) -> Counter:  # type: ignore[no-untyped-def]
    return Counter(s for row, s in verdicts.values() if row["kind"] == kind)


def test_most_articles_get_the_stance_their_writer_gave_them(verdicts):  # type: ignore[no-untyped-def]
    # measured 28 of 40 when scored blind (25 with the session's starting code), 29 after the cue fixes read off it
    assert sum(said_ == row["stance"] for row, said_ in verdicts.values()) >= 28


def test_fact_checks_refute_whether_or_not_their_narrative_alleges_fabrication(verdicts):  # type: ignore[no-untyped-def]
    assert said(verdicts, "debunk_fabrication")["refutes"] >= 9   # measured 10 of 10
    assert said(verdicts, "debunk_ordinary")["refutes"] >= 5      # measured 6 of 6


def test_articles_calling_an_event_staged_rarely_refute_the_narrative_that_it_was(verdicts):  # type: ignore[no-untyped-def]
    assert said(verdicts, "pushes_fabrication")["refutes"] <= 1   # 3 of 14 when scored blind (8 before), 0 since


def test_neutral_reports_neither_push_nor_refute(verdicts):  # type: ignore[no-untyped-def]
    assert said(verdicts, "neutral")["mentions"] >= 5             # measured 6 of 6
