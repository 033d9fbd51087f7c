"""The entity lexicon (lexicon/entities.yaml): every language's aliases, inflected, to their entity, and
ordinary words that look like an alias left alone."""

from __future__ import annotations

import pytest

from narrascope.lexicon import PhraseMatcher, entity_matcher


def test_an_all_capital_stem_matches_as_written():
    matcher = PhraseMatcher([("lgbt-gender", "LGBT*")])
    assert [h.start for h in matcher.finditer("LGBT, LGBTQ+ and lgbt")] == [0, 6]


def test_an_ordinary_word_starts_no_phrase_but_its_capitalised_name_does():
    matcher = PhraseMatcher([("nato", "Nato")], "it", ordinary=["nato"])
    assert matcher.labels_in("la Nato") == {"nato"} and not matcher.labels_in("è nato a Roma")


@pytest.mark.parametrize("language, text", [
    # English aliases are matched in every language: born (nato), evils (mali), a line (riga), national
    # (nazionale, not Nazi*), the article UN of a headline in capitals; small (mali), a car's tank (baku),
    # germanium (german), gauze (gaza), ground-level (naziemny)
    ("it", "È nato a Roma, dove i mali della nazione si leggono riga per riga: la squadra nazionale."),
    ("it", "UN GIORNO NAZIONALE"),
    ("pl", "Chłopcy byli mali i wlali do baku benzynę; german, gaza i naziemne anteny."),
])
def test_an_english_alias_that_is_an_ordinary_word_of_the_language_is_no_entity(language, text):
    assert not entity_matcher(language).labels_in(text)


def test_nazi_words_are_still_nazism_in_english():
    hits = entity_matcher("en").finditer("Nazis, Nazism, Nazified, neo-Nazi groups")
    assert [h.label for h in hits] == ["nazism"] * 4
