"""Relocation claims on real text: the group a move moves, and words that are no place (helper prec13, issue 14).

Each case is a sentence written for these tests; the kinds were read off EUvsDisinfo case texts (seed 40) and
the kinds another helper left (seed 39): a qualifier read as the group, a group word naming a kind of act, an
article after a correlative, a group inside a relative clause about troops, a language or a people's adjective
read as a place.
"""

from __future__ import annotations

import pytest

from narrascope.model import Claim


def relocations(analyser, text: str) -> list[Claim]:
    return [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]


def moved(claims: list[Claim]) -> set[str]:
    return {c.moved.text.casefold() for c in claims if c.moved is not None}


def places(claims: list[Claim]) -> set[str]:
    return {s.text.casefold() for c in claims for s in (c.origin, c.destination) if s is not None}


# A number counts the noun after the words that qualify it: a participle, a state's adjective, a German adjective
@pytest.mark.parametrize("text, group", [
    ("A group of 300 armed Polish hooligans travelled to Marseille.", "polish hooligans"),
    ("A cell of 12 Belarusian spies will enter Poland, officials warned.", "belarusian spies"),
    ("Eine Gruppe von 300 bewaffneten Hooligans reiste nach Marseille.", "hooligans"),
])
def test_a_count_counts_the_noun_after_its_qualifiers(analyser, text, group):
    claims = relocations(analyser, text)
    assert moved(claims) == {group}, text
    assert {c.moved.count for c in claims if c.moved is not None} == {12 if "12" in text else 300}, text


@pytest.mark.parametrize("text, group", [
    ("200 armed men crossed into Chad.", "armed men"),
    ("300 Syrian recruits were flown to Libya.", "syrian recruits"),
])
def test_a_counted_noun_keeps_its_own_qualifier(analyser, text, group):
    assert moved(relocations(analyser, text)) == {group}, text


# A group's singular word right before a noun of an act names the kind of act, not a group that moves
def test_a_group_word_before_an_act_noun_is_no_group(analyser):
    text = "A cell of 12 Belarusian spies will enter Poland and prepare a terrorist attack."
    assert "terrorist" not in moved(relocations(analyser, text))


# A correlative negator ("neither", "weder") followed by an article counts no group: it joins the names after it
@pytest.mark.parametrize("text", [
    "Neither the UN nor the EU sent monitors to Abkhazia.",
    "Weder die UNO noch die EU haben Beobachter nach Abchasien geschickt.",
])
def test_an_article_after_a_correlative_is_no_group(analyser, text):
    assert not moved(relocations(analyser, text)) & {"the", "die"}, text


# A group inside a relative clause about the troops named before it is not the group moved
@pytest.mark.parametrize("text, troops", [
    ("Trainers who have trained Hamas in Gaza have arrived in Lebanon.", "trainers"),
    ("Instructores que entrenaron a Hamas llegaron al Líbano.", "instructores"),
])
def test_a_group_in_a_relative_clause_about_troops_is_not_moved(analyser, text, troops):
    assert moved(relocations(analyser, text)) == {troops}, text


@pytest.mark.parametrize("text", [
    "Ausbilder, die die Hamas in Gaza trainiert haben, sind im Libanon eingetroffen.",
    "Инструкторы, которые обучали ХАМАС в Газе, прибыли в Ливан.",
])
def test_a_group_in_a_relative_clause_after_a_comma_is_not_moved(analyser, text):
    assert not moved(relocations(analyser, text)) & {"hamas", "хамас"}, text


# A language's name after a verb of learning or speaking is no place
def test_a_language_learnt_or_spoken_is_no_place(analyser):
    text = "Most migrants arriving in Austria do not want to learn German, and officials began to speak Turkish."
    claims = relocations(analyser, text)
    assert places(claims) == {"austria"}, text


# A people's adjective after a determiner and before a noun is no place (English writes it with a capital)
@pytest.mark.parametrize("text", [
    "Many people condemn that nationalists entered the Czech parliament although they back the regime.",
    "The college demanded pork from its Muslim students, and later the Danish government took it off the menu.",
])
def test_a_peoples_adjective_before_a_noun_is_no_place(analyser, text):
    assert not places(relocations(analyser, text)) & {"czech", "muslim", "danish"}, text


@pytest.mark.parametrize("text, place", [
    ("Russian troops crossed into the Ukrainian territory from Belarus.", "ukrainian territory"),
    ("Hundreds of Syrian refugees were taken to the Greek islands.", "greek islands"),
    ("The school sent its Hindu students to Delhi.", "delhi"),
])
def test_a_peoples_adjective_before_a_kind_of_place_is_still_one(analyser, text, place):
    assert place in places(relocations(analyser, text)), text


# A named group right before a word for troops names whose they are: the people are the group
@pytest.mark.parametrize("text, group", [
    ("The service is training ex-Hamas soldiers who returned from Iran.", "hamas soldiers"),
    ("Hamas instructors arrived in Lebanon.", "hamas instructors"),
])
def test_a_named_group_before_a_word_for_troops_is_part_of_the_group(analyser, text, group):
    assert moved(relocations(analyser, text)) == {group}, text


# Where a move is steered from is no end of it
@pytest.mark.parametrize("text, destination", [
    ("The influx of migrants into Italy is directed from France by certain circles.", "italy"),
    ("The operation was coordinated from Moscow, and the fighters were sent to Libya.", "libya"),
    ("La llegada de migrantes a Italia está dirigida desde Francia por ciertos círculos.", "italia"),
])
def test_where_a_move_is_steered_from_is_no_origin(analyser, text, destination):
    claims = relocations(analyser, text)
    assert claims and all(c.origin is None for c in claims), text
    assert {c.destination.text.casefold() for c in claims if c.destination is not None} == {destination}, text


def test_a_move_from_a_place_keeps_its_origin(analyser):
    claims = relocations(analyser, "Fighters were sent from Moscow to Libya.")
    assert {c.origin.text for c in claims if c.origin is not None} == {"Moscow"}


# An unknown capitalised word before a state's adjective and a capitalised noun opens a body's name
@pytest.mark.parametrize("text", [
    "The rifles were delivered to the Free Syrian Army.",
    "Crates of rifles were shipped to the Free Libyan Army last week.",
])
def test_the_first_word_of_a_bodys_name_is_no_place(analyser, text):
    assert "free" not in places(relocations(analyser, text)), text
