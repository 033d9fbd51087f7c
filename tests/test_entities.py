"""The entity lexicon (lexicon/entities.yaml): every language's aliases, inflected, to their entity, and
ordinary words that look like an alias left alone."""

from __future__ import annotations

from narrascope.lexicon import PhraseMatcher


def test_an_all_capital_stem_matches_as_written():
    matcher = PhraseMatcher([("lgbt-gender", "LGBT*")])
    assert [h.start for h in matcher.finditer("LGBT, LGBTQ+ and lgbt")] == [0, 6]
