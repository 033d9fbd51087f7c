"""Relocation claims on real text: an English "to" that opens a verb's infinitive leads to no place (helper prec14,
issue 14).

Each case is a sentence written for these tests; the kind was read off EUvsDisinfo case texts (seeds 39 and 40): a
bare verb after "to", then a name that is the verb's object's modifier ("to sever US relations"), was read as where
the move went; the place after "from" in "to protect the rebels from Russia" was read as where the move left.
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



# A verb of protecting: the place after its "from" is what the object is kept from, no end of the move
@pytest.mark.parametrize("text, leg", [
    ("American rifles were sent to Libya to protect the rebels from Egypt.", (None, "Libya")),
    ("American missiles were sent to Iraq to shield the Kurds from Turkey.", (None, "Iraq")),
    ("Anti-tank weapons were delivered to Kosovo to defend the villages from Serbia.", (None, "Kosovo")),
])
def test_what_a_verb_of_protecting_keeps_off_is_no_origin(analyser, text, leg):
    assert legs(relocations(analyser, text)) == {leg}, text


# ... while the move's own ends stay, a verb of the move between counts, and a verb of rescuing still says where from
@pytest.mark.parametrize("text, leg", [
    ("Troops were sent from Russia to Syria to defend the regime.", ("Russia", "Syria")),
    ("Tanks were sent from Poland to Ukraine to protect the cities.", ("Poland", "Ukraine")),
    ("Children were rescued from Syria and brought to France.", ("Syria", "France")),
    ("Soldiers who protect the port shipped the grain from Odesa to Istanbul.", ("Odesa", "Istanbul")),
])
def test_a_move_with_a_purpose_keeps_its_ends(analyser, text, leg):
    assert legs(relocations(analyser, text)) == {leg}, text
