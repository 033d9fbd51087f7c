"""Relocation claims: who moves whom, from where to where, by what means, says whom, how firmly.

The table cases are written for these tests; tests/claims/ holds a larger hand-written gold
corpus measured by ``test_gold_corpus_recall_and_precision``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from narrascope.model import Claim

CLAIMS = Path(__file__).parent / "claims"


def relocations(analyser, text: str) -> list[Claim]:
    return [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]


def canon(slot) -> str:
    return (slot.canonical or slot.text).casefold() if slot is not None else ""


# text, agent, moved, origin, destination (canonical names, lower case; "" = no such slot)
TABLE = [
    ("American helicopters flew dozens of Daesh commanders out of Raqqa to Afghanistan last May.",
     "united states", "islamic state", "raqqa", "afghanistan"),
    ("Sixty ISIS militants were transferred from the prisons of the Kurds to al-Tanf.",
     "", "islamic state", "", "al-tanf"),
    ("США перебрасывают боевиков ИГИЛ из Сирии в Афганистан.",
     "united states", "islamic state", "syria", "afghanistan"),
    ("Die USA verlegen IS-Kämpfer aus Syrien nach Afghanistan.",
     "united states", "islamic state", "syria", "afghanistan"),
    ("Les États-Unis transfèrent des combattants de Daech de Syrie vers l'Afghanistan.",
     "united states", "islamic state", "syria", "afghanistan"),
    ("США перекидають бойовиків ІДІЛ із Сирії до України.",
     "united states", "islamic state", "syria", "ukraine"),
]


@pytest.mark.parametrize("text, agent, moved, origin, destination", TABLE)
def test_a_relocation_sentence_gives_its_frame(analyser, text, agent, moved, origin, destination):
    claims = relocations(analyser, text)
    assert claims, text
    c = claims[0]
    assert agent in canon(c.agent) if agent else c.agent is None
    assert moved in canon(c.moved)
    if origin:
        assert origin in canon(c.origin)
    assert destination in canon(c.destination)


def test_every_slot_points_back_to_the_text(analyser):
    text = ("According to the SVR, up to 500 jihadists are trained at al-Tanf. Last month 60 ISIS militants "
            "were transferred to al-Tanf by US forces and then to Ukraine.")
    doc = analyser.analyse_text(text).document
    assert doc.claims
    for c in doc.claims:
        for slot in (c.agent, c.moved, c.origin, c.destination, c.source, c.evidence):
            if slot is not None:
                assert doc.text[slot.start:slot.end] == slot.text


def test_a_chain_gives_one_claim_per_leg(analyser):
    claims = relocations(analyser, "Washington moves ISIS fighters from Syria to al-Tanf and then to Ukraine.")
    legs = [(canon(c.origin), canon(c.destination)) for c in claims]
    assert ("syria", "al-tanf") in legs and any(d == "ukraine" for _, d in legs)


def test_from_there_continues_the_chain_where_the_last_leg_ended(analyser):
    claims = relocations(analyser, "Last week 80 ISIS fighters were moved from Hasakah to al-Tanf. "
                                   "From there they were flown to Ukraine, the report says.")
    legs = [(canon(c.origin), canon(c.destination)) for c in claims]
    assert ("al-tanf", "ukraine") in legs


@pytest.mark.parametrize("text, origin, destination", [
    # the destination is a facility named by the place it is near or in
    ("The SDF moved 120 IS detainees from Hasakah to a new prison near Qamishli.", "ḩasakah", "qāmishlī"),
    ("Die SDF verlegten 120 IS-Häftlinge aus Hasaka in eine neue Haftanstalt nahe Kamischli.", "ḩasakah",
     "qāmishlī"),
    ("Bagdad a transféré 90 détenus de Syrie vers un camp de transit près de Mossoul.", "syria", "mosul"),
    # a country that only names whose base it is gives way to the base
    ("Forty ISIS militants were brought from Raqqa to the US base at al-Tanf.", "raqqa", "al-tanf"),
    ("Около 70 боевиков ИГИЛ перевезли из Ракки на американскую базу Эт-Танф.", "raqqa", "al-tanf"),
    # Russian often names where to before where from
    ("Турция перебросила в Ливию около 300 наёмников с севера Сирии.", "syria", "libya"),
])
def test_places_around_a_noun_fill_the_slot(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert claims, text
    assert origin in canon(claims[0].origin) and destination in canon(claims[0].destination)


def test_two_parallel_moves_in_one_sentence_are_two_legs(analyser):
    claims = relocations(analyser, "Some fighters were shipped from Tartus to Benghazi, others were flown from "
                                   "Latakia to Sirte.")
    legs = {(canon(c.origin), canon(c.destination)) for c in claims}
    assert {("ţarţūs", "banghāzī"), ("latakia", "sirte")} <= legs or len(legs) == 2, legs


def test_the_moved_group_spans_its_genitive(analyser):
    (c, *_) = relocations(analyser, "Ankara a transféré 300 combattants de l'État islamique de Syrie vers la Libye.")
    assert c.moved.text.endswith("État islamique") and c.moved.canonical == "Islamic State"


def test_counts_are_read_as_written(analyser):
    (c, *_) = relocations(analyser, "The US airlifted up to 500 ISIS fighters from Syria to Afghanistan.")
    assert c.moved.count == 500 and "up to 500" in c.moved.count_text


@pytest.mark.parametrize("text, modality", [
    ("Is the US relocating ISIS fighters from Syria to Afghanistan?", "questioned"),
    ("The Pentagon denied that it flew ISIS militants from Syria to Afghanistan.", "denied"),
    ("Washington could move the ISIS jihadists from Syria to Central Asia.", "hypothetical"),
    ("According to local sources, US helicopters moved ISIS militants from Raqqa to Afghanistan.", "reported"),
    ("US helicopters moved ISIS militants from Raqqa to Afghanistan.", "asserted"),
])
def test_modality(analyser, text, modality):
    claims = relocations(analyser, text)
    assert claims and claims[0].modality == modality


def test_the_source_of_a_claim_is_named_with_its_kind(analyser):
    (c, *_) = relocations(analyser, "The SVR said that the United States sends ISIS militants from Syria to Ukraine.")
    assert c.source is not None and c.source.kind == "agency"


@pytest.mark.parametrize("text", [
    "The Pentagon said it would reduce the number of US troops in northeast Syria.",
    "A UN report estimates that ISIS still has up to 10,000 fighters in Syria and Iraq.",
    "The weather in Kabul was cold and dry this week.",
])
def test_neutral_news_gives_no_us_relocation(analyser, text):
    for c in relocations(analyser, text):
        assert canon(c.agent) != "united states" or canon(c.moved) != "islamic state", c


def _gold_claims():
    data = yaml.safe_load((CLAIMS / "gold.yaml").read_text(encoding="utf-8"))
    return [(aid, row) for aid, row in data["articles"].items()]


@pytest.mark.skipif(not (CLAIMS / "gold.yaml").exists(), reason="claims gold corpus not present")
def test_gold_corpus_recall_and_precision(analyser):
    """Measured figures are in docs/claims.md; these floors guard against regressions."""
    found = expected = right = predicted = 0
    for _aid, row in _gold_claims():
        path = CLAIMS / "articles" / row["file"]
        (analysis,) = list(analyser.analyse_paths([path]))
        claims = [c for c in analysis.document.claims if c.type == "relocation"]
        gold = [g for g in row.get("claims") or [] if g.get("type") == "relocation"]
        expected += len(gold)
        predicted += len(claims)
        for g in gold:
            if any(_same(c, g) for c in claims):
                found += 1
        right += sum(1 for c in claims if any(_same(c, g) for g in gold))
    recall = found / max(1, expected)
    precision = right / max(1, predicted)
    assert recall >= 0.3 and precision >= 0.4, (recall, precision)


def _same(c: Claim, g: dict) -> bool:
    """A claim matches gold when its destination or origin and its moved group agree."""
    def agrees(slot, text, canonical):
        if not text:
            return True
        names = {canon(slot), (slot.text.casefold() if slot else "")}
        return any(x and (x in str(text).casefold() or x in str(canonical or "").casefold()
                          or str(canonical or "~").casefold() in x) for x in names)
    return (agrees(c.destination, g.get("destination"), g.get("destination_canonical"))
            and agrees(c.origin, g.get("origin"), g.get("origin_canonical")))


@pytest.mark.parametrize("text, frame, agent, target", [
    ("The CIA created and armed the Islamic State in Iraq.", "support", "united states", "islamic state"),
    ("ISIS was created by the Americans in their prisons.", "support", "united states", "islamic state"),
    ("ИГИЛ было создано американцами.", "support", "united states", "islamic state"),
    ("Der IS wurde von den USA bewaffnet und finanziert.", "support", "united states", "islamic state"),
    ("Moscow accused Washington of supporting the jihadists.", "accusation", "russia", "united states"),
])
def test_agent_target_frames(analyser, text, frame, agent, target):
    claims = [c for c in analyser.analyse_text(text).document.claims if c.type == frame]
    assert claims, text
    assert agent in canon(claims[0].agent) and target in canon(claims[0].target)


@pytest.mark.parametrize("text, purpose", [
    ("The US is moving ISIS fighters from Syria to Afghanistan to destabilise Central Asia.",
     "to destabilise Central Asia"),
    ("США перебрасывают боевиков ИГИЛ из Сирии в Афганистан, чтобы дестабилизировать Центральную Азию.",
     "чтобы дестабилизировать Центральную Азию"),
])
def test_the_purpose_of_a_move_is_quoted(analyser, text, purpose):
    (c, *_) = relocations(analyser, text)
    assert c.purpose is not None and c.purpose.text == purpose


HOLDOUT = Path(__file__).parent / "claims_holdout"


@pytest.mark.skipif(not (HOLDOUT / "gold.yaml").exists(), reason="held-out claims corpus not present")
def test_held_out_claims_do_not_collapse_and_none_are_invented(analyser):
    """tests/claims_holdout is never used to tune; this guards against collapse only
    (measured: recall 0.24, precision 0.48, nothing invented in its 5 neutral articles)."""
    from narrascope.claims_eval import evaluate_claims

    figures = evaluate_claims(analyser, HOLDOUT / "gold.yaml")["overall"]
    assert figures["recall"] >= 0.15 and figures["precision"] >= 0.3, figures
    assert figures["invented_in_articles_without_claims"].startswith("0 "), figures


def test_a_ban_note_after_a_group_is_no_destination(analyser):
    claims = relocations(analyser, "Американские военные перевезли из тюрьмы в Хасаке около тридцати боевиков "
                                   "группировки «Исламское государство» (запрещена в РФ) в Ирак.")
    assert claims and all(canon(c.destination) != "russia" for c in claims)
    assert any(canon(c.destination) == "iraq" for c in claims)


def test_a_hop_within_the_place_it_starts_from_is_not_a_move_from_it(analyser):
    claims = relocations(analyser, "По данным разведки, США перебросили из Сирии в Афганистан шестьдесят боевиков ИГ. "
                                   "Оттуда их перевезли самолётами в северные провинции Афганистана.")
    assert claims and not any(c.origin is not None and c.destination is not None
                              and canon(c.origin) == canon(c.destination) for c in claims)
