"""Relocation claims on real text: an English "to" that opens a verb's infinitive leads to no place (helper prec14,
issue 14).

Each case is a sentence written for these tests; the kind was read off EUvsDisinfo case texts (seeds 39 and 40): a
bare verb after "to", then a name that is the verb's object's modifier ("to sever US relations"), was read as where
the move went.
"""

from __future__ import annotations

import pytest

from narrascope.model import Claim


def relocations(analyser, text: str) -> list[Claim]:
    return [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]


def legs(claims: list[Claim]) -> set[tuple[str | None, str | None]]:
    return {(c.origin.text if c.origin else None, c.destination.text if c.destination else None) for c in claims}


# "to" + a bare verb + a name: the name belongs to the verb's object, no destination
@pytest.mark.parametrize("text, leg", [
    ("The prime minister is doing all he can to end UK cooperation with Paris, as the supply of six tanks from "
     "Britain to Estonia shows.", ("Britain", "Estonia")),
    ("The chancellor does all she can to damage German relations with Beijing, which is proved by the supply of "
     "twenty howitzers from Germany to Lithuania.", ("Germany", "Lithuania")),
])
def test_to_before_a_bare_verb_leads_to_no_place(analyser, text, leg):
    assert legs(relocations(analyser, text)) == {leg}, text


# "to" + a modifier of a place + the place: still where the move went
@pytest.mark.parametrize("text, leg", [
    ("Tanks were sent from Germany to eastern Ukraine.", ("Germany", "Ukraine")),
    ("Fighters were sent from Turkey to rebel-held Idlib.", ("Turkey", "Idlib")),
    ("Troops were sent from Russia to neighbouring Belarus.", ("Russia", "Belarus")),
    ("Weapons were shipped from Canada to the US.", ("Canada", "US")),
])
def test_to_before_a_modifier_of_a_place_still_leads_there(analyser, text, leg):
    assert legs(relocations(analyser, text)) == {leg}, text
