"""Relocation claims: who moves whom, from where to where, by what means, says whom, how firmly.

The table cases are written for these tests; tests/claims/ holds a larger hand-written gold
corpus measured by ``test_gold_corpus_recall_and_precision``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrascope.lexicon.places import find_places
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
    ("USA przerzucają bojowników ISIS z Syrii do Afganistanu.",
     "united states", "islamic state", "syria", "afghanistan"),
    ("Gli Stati Uniti trasferiscono combattenti dell'ISIS dalla Siria in Afghanistan.",
     "united states", "islamic state", "syria", "afghanistan"),
    # Polish passive with its agent after "przez", the means in the instrumental
    ("Około 200 bojowników Państwa Islamskiego zostało przewiezionych przez Stany Zjednoczone z Rakki do "
     "Afganistanu śmigłowcami.", "united states", "islamic state", "raqqa", "afghanistan"),
    ("Circa 200 miliziani dello Stato islamico sono stati trasportati in elicottero da parte degli Stati Uniti "
     "da Raqqa in Afghanistan.", "united states", "islamic state", "raqqa", "afghanistan"),
    # Italian "da" introduces both the agent of a passive and the origin: an actor that is no place is the agent
    ("I combattenti dell'ISIS sono stati trasferiti dagli americani da Raqqa in Afghanistan.",
     "united states", "islamic state", "raqqa", "afghanistan"),
    ("I combattenti dell'ISIS detenuti nel campo di al-Hol sono stati trasferiti dalle forze curde in Iraq.",
     "syrian democratic forces", "islamic state", "al-hol", "iraq"),
    # the moved group before the verb: a state in the group's attribute describes it, the subject moves it
    ("Die Türkei hat seit Januar etwa 1.200 Kämpfer protürkischer syrischer Milizen nach Libyen verlegt.",
     "turkey", "militants", "", "libya"),
    ("Russland hat im Frühjahr Hunderte Kämpfer syrischer Milizen aus Libyen nach Mali gebracht.",
     "russia", "militants", "libya", "mali"),
    # regions the press names as destinations
    ("Washington moved IS fighters from Syria to the Horn of Africa.",
     "united states", "islamic state", "syria", "horn of africa"),
    ("Турция перебросила сирийских боевиков из Идлиба на Кавказ.", "turkey", "militants", "idlib", "caucasus"),
    ("Die USA haben IS-Kämpfer aus Syrien in den Kaukasus geflogen.",
     "united states", "islamic state", "syria", "caucasus"),
    ("Rusia trasladó mercenarios sirios de Libia a los Balcanes.",
     "russia", "mercenaries and foreign fighters for hire", "libya", "balkans"),
    ("نقلت تركيا مرتزقة سوريين من إدلب إلى القوقاز.",
     "turkey", "mercenaries and foreign fighters for hire", "idlib", "caucasus"),
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


@pytest.mark.parametrize("text", [
    "US forces flew the fighters to Syria. They were quartered near Hasakah. From there the fighters were taken to "
    "Iraq.",
    "Американці перекинули бойовиків до Сирії. Їх розмістили біля Хасаке. Звідти бойовиків перевезли до Іраку.",
    "Die USA flogen die Kämpfer nach Syrien. Untergebracht wurden sie bei Hasaka. Von dort wurden die Kämpfer in den "
    "Irak gebracht.",
])
def test_from_there_is_the_place_named_within_the_last_destination_when_no_move_went_there(analyser, text):
    """A sentence that only says where in the destination the group stayed tells where "there" is."""
    legs = [(canon(c.origin), canon(c.destination)) for c in relocations(analyser, text)]
    assert any("asakah" in o and d == "iraq" for o, d in legs), legs


@pytest.mark.parametrize("text", [
    "Quelque 300 mercenaires ont été transportés de Bamako vers la région de Gao. Ils ont été logés dans un ancien "
    "camp militaire à Ansongo. De là, une cinquantaine d'entre eux ont été conduits à Ménaka.",
    "Etwa 300 Söldner wurden von Bamako in die Region Gao geflogen. Die Männer wurden in einer alten Kaserne in "
    "Ansongo untergebracht. Von dort wurden etwa 50 von ihnen nach Ménaka gefahren.",
    "Unos 300 mercenarios fueron trasladados desde Bamako a la región de Gao. Los hombres fueron alojados en un "
    "antiguo cuartel en Ansongo. Desde allí, unos 50 fueron llevados a Ménaka.",
])
def test_from_there_is_where_the_group_was_lodged_though_no_gazetteer_places_it_in_the_destination(analyser, text):
    """"... to the Gao region. They were lodged at a camp in Ansongo. From there ...": the sentence that puts the group
    somewhere (a word of `settled`) says where "there" is, even when the gazetteer cannot tell that the town lies in
    the region the move went to."""
    legs = [(canon(c.origin), canon(c.destination)) for c in relocations(analyser, text)]
    assert ("ansongo", "ménaka") in legs, legs


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


@pytest.mark.parametrize("text, destination", [
    # a heading-for phrase ending on its (articulated) preposition opens the place noun after it: the named site is
    # where they went, and the town after the comma only says where the site lies
    ("I detenuti sono stati imbarcati su voli charter diretti all'aeroporto di Mitiga, a Tripoli.", "mitiga"),
    ("Un convoglio di blindati diretto all'isola di Lampedusa è partito da Tunisi.", "lampedusa"),
    ("Los presos fueron embarcados en vuelos chárter con destino al aeropuerto de Mitiga, en Trípoli.", "mitiga"),
    # Spanish writes a + el as "al": "rumbo al", "camino al" are phrases of their own
    ("Los presos fueron subidos a camiones rumbo al aeropuerto de Mitiga, en Trípoli.", "mitiga"),
    ("Los presos fueron subidos a camiones camino al aeropuerto de Mitiga.", "mitiga"),
    ("Les détenus ont été embarqués sur des vols à destination de l'aéroport de Mitiga, à Tripoli.", "mitiga"),
    ("Os presos foram embarcados em voos com destino ao aeroporto de Mitiga, em Trípoli.", "mitiga"),
])
def test_a_site_after_a_heading_for_phrase_is_the_destination_not_the_town_it_lies_in(analyser, text, destination):
    claims = relocations(analyser, text)
    assert claims, text
    assert destination in canon(claims[0].destination), (text, canon(claims[0].destination))


@pytest.mark.parametrize("text, destination", [
    # a group heading somewhere, told by a participle or phrase of heading alone: a move to that place
    ("Una colonna di miliziani diretta nel nord della Siria è stata avvistata ieri.", "syria"),
    ("Centinaia di miliziani diretti nella provincia di Idlib sono stati avvistati ieri.", "idlib"),
    ("Una columna de milicianos con destino al norte de Siria fue avistada ayer.", "syria"),
    ("A column of militiamen bound for northern Syria was spotted yesterday.", "syria"),
])
def test_a_group_heading_for_a_place_is_moving_there(analyser, text, destination):
    claims = relocations(analyser, text)
    assert claims, text
    assert destination in canon(claims[0].destination), (text, canon(claims[0].destination))


@pytest.mark.parametrize("text, destination", [
    ("The children were brought back from Syrian camps to France.", "france"),
    ("Aucun combattant n'a été transféré des camps syriens vers la France.", "france"),
    ("Los niños fueron repatriados desde campos sirios a España.", "spain"),
    ("Die Kinder wurden aus syrischen Lagern nach Deutschland zurückgebracht.", "germany"),
    ("Детей вернули из сирийских лагерей в Россию.", "russia"),
    ("Дітей повернули із сирійських таборів до України.", "ukraine"),
    ("Dzieci sprowadzono z syryjskich obozów do Polski.", "poland"),
])
def test_camps_named_by_a_country_adjective_after_from_are_the_origin_in_that_country(analyser, text, destination):
    """"From Syrian camps": the camps left are in Syria, though no place is named."""
    claims = relocations(analyser, text)
    assert claims, text
    assert canon(claims[0].origin) == "syria" and canon(claims[0].destination) == destination


@pytest.mark.parametrize("text, origin", [
    ("Бойовиків перевезли з сирійської провінції Хасеке до Іраку.", "Хасеке"),
    ("Боевиков переправили из молдавского порта Вулканешты в Одессу.", "Вулканешты"),
    ("Бойците бяха прехвърлени от сирийската провинция Хасеке в Ирак.", "Хасеке"),
    ("Bojowników przewieziono z syryjskiej prowincji Hasaka do Iraku.", "Hasaka"),
])
def test_a_place_noun_with_a_country_adjective_and_a_name_after_it_is_that_named_place(analyser, text, origin):
    """"From the Syrian province of Hasakah", "из молдавского порта X": the name after the noun says where they
    left, known to the gazetteer or not; the country's adjective only qualifies it."""
    [claim] = relocations(analyser, text)
    assert claim.origin.text == origin


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
    ("Czy USA przerzucają bojowników ISIS z Syrii do Afganistanu?", "questioned"),
    ("USA mogą przerzucić bojowników ISIS z Syrii do Afganistanu.", "hypothetical"),
    ("Według lokalnych źródeł amerykańskie śmigłowce przewiozły bojowników ISIS z Rakki do Afganistanu.", "reported"),
    ("Amerykańskie śmigłowce przewiozły bojowników ISIS z Rakki do Afganistanu.", "asserted"),
    ("Gli Stati Uniti potrebbero trasferire i combattenti dell'ISIS dalla Siria in Asia centrale.", "hypothetical"),
    ("Secondo fonti locali, elicotteri americani hanno trasferito miliziani dell'ISIS da Raqqa in Afghanistan.",
     "reported"),
    ("Elicotteri americani hanno trasferito miliziani dell'ISIS da Raqqa in Afghanistan.", "asserted"),
    ("Bojownicy ISIS mają zostać przerzuceni z Syrii do Nigru w przyszłym miesiącu.", "hypothetical"),
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
    "Według raportu ONZ Państwo Islamskie wciąż ma do 10 tysięcy bojowników w Syrii i Iraku.",
    "Secondo un rapporto dell'ONU, l'ISIS ha ancora fino a 10.000 combattenti in Siria e in Iraq.",
])
def test_neutral_news_gives_no_us_relocation(analyser, text):
    for c in relocations(analyser, text):
        assert canon(c.agent) != "united states" or canon(c.moved) != "islamic state", c


# Floors of the claims gates: event F1 (agent, moved group, origin and destination right, paired one to
# one) and sources F1, near what `narrascope evaluate-claims <gold>` measures (docs/claims.md). A floor
# is lowered only with a line here saying why.
GATES = [
    # gold, event F1 floor, sources F1 floor; measured 2026-12-04 at the end of the fifth session (docs/claims.md):
    # claims2 0.758 / 0.874 (written by another hand, tuned on after its first score), claims 0.778 / 0.738
    # (tuned on), holdout (never tuned on per article; its overall figure is a regression check), claims_blind
    # 0.604 / 0.817 (tuning data since claims5) and claims_blind2 0.495 / 0.756 (scored blind once at 0.384, then
    # tuning data in the fifth session: its floors rose with the rules read off its misses).
    # Sixth session (docs/claims.md): claims_blind3 0.562 / 0.742 (scored blind once at 0.444, then tuning data);
    # claims_blind4 0.446 / 0.722 (scored blind once at 0.384, then tuning data); claims 0.825 / 0.735 (floor
    # raised). Seventh session: claims_blind5 0.549 / 0.731 (scored blind once at 0.468, then tuning data);
    # claims 0.875, claims_blind 0.653, claims_blind2 0.544, claims_blind3 0.598, claims_blind4 0.479 (floors
    # raised); claims_blind6 0.391 / 0.843 (scored blind once at the session's end at 0.353, then tuning data).
    # Eighth session (rules read off claims_blind6's fr/uk/ar misses): claims 0.875, claims2 0.762, holdout 0.677,
    # claims_blind 0.664, claims_blind2 0.545, claims_blind3 0.628, claims_blind4 0.498, claims_blind5 0.585,
    # claims_blind6 0.479 (floors raised; claims2's stays: placeless denials, which its writer left out, cost it 0.006).
    # claims_blind7 0.438 / 0.745 (scored blind once after the eighth session's first claims work, then tuning
    # data: rules read off its misses took it to 0.505; claims_blind3 0.641, claims_blind5 0.599, claims_blind6
    # 0.486 with them).
    # claims_blind8 0.452 / 0.739 (scored blind once at the eighth session's end, then tuning data: 0.463 / 0.755
    # after; claims2 0.778, claims_holdout 0.710, claims_blind6 0.493 with the same rules).
    # Ninth session: claims_blind8 0.494 (floor raised) with the marines/boarding/apostrophe/negated-forces rules;
    # claims_blind9 0.401 / 0.752 (scored blind once at the ninth session's end, then tuning data).
    # Tenth session (a helper's rules read off the tuning sets' misses): claims2 0.787, claims_holdout 0.750,
    # claims_blind 0.678, claims_blind5 0.624, claims_blind7 0.531, claims_blind8 0.532, claims_blind9 0.491
    # (floors raised). claims_blind10 0.359 / 0.742 (scored blind once at the tenth session's end: 0.315 with
    # the session's starting code; now tuning data). claims_blind11 is held out: no test runs it.
    # Eleventh session (claims12, rules read off the tuning sets' misses, claims_blind10's above all): claims_holdout
    # 0.769, claims_blind4 0.534, claims_blind5 0.631 / 0.750, claims_blind6 0.508 / 0.850, claims_blind8 0.550 /
    # 0.783, claims_blind9 0.511 / 0.771, claims_blind10 0.441, claims_blind 0.833 and claims_blind7 0.763 sources
    # (floors raised). claims_blind11 0.339 / 0.700 (scored blind once at the eleventh session's end: 0.352 /
    # 0.684 with the session's starting code; now tuning data). claims_blind12 is held out: no test runs it.
    # Twelfth session (claims13, a headline's move folded into the body's event): claims 0.896, claims2 0.800,
    # claims_blind4 0.550, claims_blind9 0.524 (floors raised).
    # Twelfth session, branch troops ( a state's own troops that move are claims): claims2 0.800 -> 0.794 (a headline
    # move of Russia's own instructors its gold does not list), claims_blind 0.686, claims_blind3 0.670; floors kept.
    # Twelfth session, branch claims14 ( picked-up origins, front axes, carrying verbs, passive bodies, questions,
    # instructors, Arabic site words): claims 0.928, claims_blind 0.692, claims_blind2 0.563, claims_blind3 0.673,
    # claims_blind4 0.556, claims_blind5 0.650, claims_blind6 0.520, claims_blind7 0.543, claims_blind8 0.581,
    # claims_blind9 0.533, claims_blind10 0.441, claims_blind11 0.391 (floors raised).
    # Thirteenth session (claims15, claims15b, src5, plit merged; validation sum 1.376 -> 1.484): claims 0.945 / 0.754,
    # claims2 0.794 / 0.883, claims_holdout 0.794 / 0.797, claims_blind 0.689 / 0.845, claims_blind2 0.593 / 0.786,
    # claims_blind3 0.724 / 0.792, claims_blind4 0.584 / 0.740, claims_blind5 0.681 / 0.770, claims_blind6 0.548 /
    # 0.866, claims_blind7 0.544 / 0.776, claims_blind8 0.578 / 0.788, claims_blind9 0.572 / 0.779, claims_blind10
    # 0.461 / 0.747, claims_blind11 0.451 / 0.707, claims_blind12 0.514 / 0.756 (floors raised).
    # Branch claims16 (bare troops moved by a state, German denials, places and triggers; validation sum 1.484 ->
    # 1.539): claims2 0.803, claims_blind 0.699, claims_blind4 0.602, claims_blind5 0.694, claims_blind6 0.557,
    # claims_blind7 0.559, claims_blind8 0.590, claims_blind9 0.578, claims_blind10 0.469, claims_blind11 0.492,
    # claims_blind12 0.519, claims_blind13 0.582 (floors raised); sources unchanged.
    # Branch claims17 (bare troops moved by nobody named, Italian triggers, Polish men and anybody; validation sum 1.539
    # -> 1.575): claims_blind 0.704, claims_blind6 0.578, claims_blind7 0.569, claims_blind8 0.597, claims_blind9
    # 0.595, claims_blind10 0.482, claims_blind11 0.498, claims_blind12 0.524, claims_blind13 0.597, claims_blind15
    # 0.529 (floors raised); sources unchanged.
    # Branch claims18 (Spanish agreeing participles, triggers, places joined with their marker said again, Russian
    # "бойцы"; validation sum 1.575 -> 1.582): claims_holdout 0.812, claims_blind 0.707, claims_blind6 0.585,
    # claims_blind7 0.587, claims_blind8 0.604, claims_blind9 0.598, claims_blind10 0.486, claims_blind12 0.534,
    # claims_blind13 0.608, claims_blind15 0.538 (floors raised); claims_blind2 0.593 -> 0.585, claims_blind5 0.692 ->
    # 0.690; sources unchanged.
    # Branch claims19 (Arabic leaders, troops and places named before, states' troops moving another batch, new
    # countries, Spanish names opened by "a la"; validation sum 1.582 -> 1.592): claims_blind4 0.617, claims_blind6
    # 0.591, claims_blind8 0.624, claims_blind9 0.610, claims_blind13 0.622, claims_blind14 0.565 (floors raised).
    # Branch claims20 (commanders, parts and bands of a group named before, troops words, "под"/"під" with the
    # accusative, a marker whose case says where to, first legs with no origin, nowhere denials; validation sum
    # 1.592 -> 1.620): claims2 0.812, claims_blind 0.722, claims_blind2 0.595, claims_blind3 0.730, claims_blind5
    # 0.728, claims_blind7 0.601, claims_blind8 0.641, claims_blind11 0.514, claims_blind12 0.543, claims_blind13
    # 0.654, claims_blind14 0.596, claims_blind15 0.548 (floors raised); sources unchanged.
    # Branch claims21 (Arabic and Spanish: nouns of the land and regions opening names, "قد" before the past, thousands
    # in numbers, the Saudi-led coalition, group words; validation sum 1.592 -> 1.628): claims_blind 0.715,
    # claims_blind2 0.593, claims_blind4 0.631, claims_blind5 0.724, claims_blind7 0.593, claims_blind8 0.633,
    # claims_blind9 0.630, claims_blind11 0.512, claims_blind12 0.557, claims_blind13 0.649, claims_blind14 0.619,
    # claims_blind15 0.551 (floors raised); claims_blind2 sources 0.786 -> 0.784, claims_blind6 0.868 -> 0.866.
    # Both branches merged (fifteenth session; validation sum 1.592 -> 1.657): claims2 0.812, claims_holdout 0.812,
    # claims_blind 0.729, blind2 0.603, blind3 0.730, blind4 0.636, blind5 0.754, blind6 0.604, blind7 0.606, blind8
    # 0.651, blind9 0.634, blind10 0.492, blind11 0.531, blind12 0.566, blind13 0.681, blind14 0.649, blind15 0.561.
    # claims2 0.806: "Французские войска покинули страну" (the country named before) is a move its gold lacks
    ("claims2", 0.80, 0.87),
    ("claims", 0.93, 0.74),
    ("claims_holdout", 0.81, 0.78),
    ("claims_blind", 0.72, 0.83),
    # claims_blind2 0.599: a denial of an arrival told as a noun is now a claim of its own (its gold joins it with
    # the next sentence's telling by another speaker)
    ("claims_blind2", 0.59, 0.77),
    ("claims_blind3", 0.72, 0.78),
    ("claims_blind4", 0.63, 0.73),
    # claims_blind5 0.743: "их" after "боевиков группировки «ИГ»" now carries the named group, where its gold has the
    # generic fighters (claims_blind19's gold has the named group: +2 there)
    ("claims_blind5", 0.74, 0.76),
    ("claims_blind6", 0.60, 0.85),
    ("claims_blind7", 0.60, 0.76),
    ("claims_blind8", 0.65, 0.77),
    ("claims_blind9", 0.63, 0.76),
    ("claims_blind10", 0.49, 0.73),
    ("claims_blind11", 0.53, 0.69),
    # claims_blind12 0.400 / 0.721 (scored blind once at the twelfth session's end: 0.379 / 0.725 with the
    # session's starting code; tuning data since).
    ("claims_blind12", 0.56, 0.74),
    # claims_blind13 0.558 / 0.761 and claims_blind15 (Polish and Italian) 0.480 / 0.776, scored blind once at the
    # thirteenth session's end (blind13 0.544 / 0.751 with its starting code; blind15 0 before Polish and Italian);
    # tuning data since.
    ("claims_blind13", 0.68, 0.74),
    # claims_blind15 0.551: Horadiz, now geocoded, refines the move to Azerbaijan told the sentence before (its gold:
    # a second leg)
    ("claims_blind15", 0.55, 0.75),
    # claims_blind14 0.529 / 0.741, scored blind once at the fourteenth session's end (0.510 / 0.741 with the
    # session's starting code); tuning data since.
    ("claims_blind14", 0.64, 0.72),
    # claims_blind16 0.530 / 0.751, scored blind once at the fifteenth session's end (0.539 / 0.751 with the session's
    # starting code: the session's three claims branches did not carry over); tuning data since: 0.532 and nothing
    # invented in its neutral articles once money sent moves no one; 0.539 once flights not counted carry again.
    ("claims_blind16", 0.53, 0.74),
    # claims_blind17 0.591 / 0.715 and claims_blind18 (Portuguese and Bulgarian) 0.384 / 0.755, scored blind once at
    # the sixteenth session's end (blind17 0.584 / 0.715 with its starting code; blind18 0 before Portuguese and
    # Bulgarian had frames); tuning data since.
    ("claims_blind17", 0.59, 0.71),
    ("claims_blind18", 0.38, 0.75),
    # claims_blind19 (de, uk, ru, en, pt, bg, denial-heavy), scored blind once at the seventeenth session's end of
    # claims work: 0.533 / 0.726 (0.518 / 0.724 with its starting code); tuning data since (0.578 at that session's end)
    ("claims_blind19", 0.57, 0.72),
]


@pytest.mark.parametrize("gold, f1_floor, sources_floor", GATES)
def test_gold_corpus_event_f1_and_sources(analyser, gold, f1_floor, sources_floor):
    """Measured figures are in docs/claims.md; these floors guard against regressions."""
    from narrascope.claims_eval import evaluate_claims

    path = CLAIMS.parent / gold / "gold.yaml"
    if not path.exists():
        pytest.skip(f"{gold} gold corpus not present")
    figures = evaluate_claims(analyser, path)["overall"]
    assert figures["f1"] >= f1_floor and figures["sources_f1"] >= sources_floor, figures
    assert figures["invented_in_articles_without_claims"].startswith("0 "), figures


def test_real_news_event_f1_and_invented_claims(analyser):
    """tests/claims_semeval: relocations annotated blind in 52 real SemEval-2025 documents (en, ru), scored once at
    the sixteenth session's end: event F1 0.174 (0.204 with its starting code), 6 relocations in the 38 documents
    with none (8 at the start); 0.245 after the real-news branch read off it (tuning data since). Its sources list
    only the claims' sources, so the sources figures mean nothing here.
    The documents live in ../shared beside the repository."""
    from narrascope.claims_eval import evaluate_claims

    path = CLAIMS.parent / "claims_semeval" / "gold.yaml"
    data_root = path.parent / "../../../shared/data/semeval2025-t10"
    if not path.exists() or not data_root.exists():
        pytest.skip("the SemEval-2025 documents are not beside the repository")
    figures = evaluate_claims(analyser, path)["overall"]
    invented, quiet = (int(x) for x in figures["invented_in_articles_without_claims"].split(" in "))
    assert figures["f1"] >= 0.24 and invented <= 6, figures


def test_real_news_in_six_languages_event_f1_and_invented_claims(analyser):
    """tests/claims_semeval23: relocations annotated blind in 60 real SemEval-2023 T3 documents (en fr de it pl ru),
    scored once at the sixteenth session's end: event F1 0.103 (the same with its starting code), 8 relocations
    invented in the 49 documents with none. Its sources list only the claims' sources."""
    from narrascope.claims_eval import evaluate_claims

    path = CLAIMS.parent / "claims_semeval23" / "gold.yaml"
    data_root = path.parent / "../../../shared/data/semeval2023-t3"
    if not path.exists() or not data_root.exists():
        pytest.skip("the SemEval-2023 documents are not beside the repository")
    figures = evaluate_claims(analyser, path)["overall"]
    invented, quiet = (int(x) for x in figures["invented_in_articles_without_claims"].split(" in "))
    assert figures["f1"] >= 0.10 and invented <= 8, figures
    # claims_semeval23b: 60 more of those documents, scored once at the same session's very end: F1 0.074, 2 invented
    # in 49 documents with none
    path = CLAIMS.parent / "claims_semeval23b" / "gold.yaml"
    figures = evaluate_claims(analyser, path)["overall"]
    invented, quiet = (int(x) for x in figures["invented_in_articles_without_claims"].split(" in "))
    assert figures["f1"] >= 0.07 and invented <= 2, figures


def _overall(analyser, name: str) -> tuple[dict, int]:
    """A claims set's overall figures and how many relocations it invented in its articles without claims."""
    from narrascope.claims_eval import evaluate_claims

    figures = evaluate_claims(analyser, CLAIMS.parent / name / "gold.yaml")["overall"]
    invented, _ = (int(x) for x in figures["invented_in_articles_without_claims"].split(" in "))
    return figures, invented


def test_claims_on_a_third_draw_of_real_news(analyser):
    """tests/claims_semeval23c: 60 more SemEval-2023 documents, scored once at the seventeenth session's end of claims
    work: F1 0.294 with its starting and its end code, 10 relocations invented in the 45 documents with none; tuning
    data since (0.312, 6 invented, after rules read off its Italian and French false positives)."""
    if not (CLAIMS.parent / "../../shared/data/semeval2023-t3").exists():
        pytest.skip("the SemEval-2023 documents are not beside the repository")
    figures, invented = _overall(analyser, "claims_semeval23c")
    assert figures["f1"] >= 0.30 and invented <= 6, figures


def test_claims_on_blind_set_20_and_a_fourth_draw_of_real_news(analyser):
    """tests/claims_blind20 (48 written articles in de uk ru en fr es ar it, denial-heavy) and tests/claims_semeval23d
    (60 more SemEval-2023 documents), scored once at the eighteenth session's end of claims work: blind20 event F1
    0.576, sources F1 0.737, 1 relocation invented in its 8 articles without claims (0.588, 0.737 and 1 with the
    session's starting code); semeval23d F1 0.291 and 3 invented in its 42 documents with none (the same at the
    start). Tuning data since (blind20 0.592 after rules read off it)."""
    figures, invented = _overall(analyser, "claims_blind20")
    assert figures["f1"] >= 0.57 and figures["sources_f1"] >= 0.73 and invented <= 1, figures
    if not (CLAIMS.parent / "../../shared/data/semeval2023-t3").exists():
        pytest.skip("the SemEval-2023 documents are not beside the repository")
    figures, invented = _overall(analyser, "claims_semeval23d")
    assert figures["f1"] >= 0.28 and invented <= 3, figures


#: written blind sets scored once at the end of a session's claims work, tuning data since: name, least event F1,
#: least sources F1, most relocations invented in its articles without claims
WRITTEN_BLIND = [
    # nineteenth session; ru uk bg pt pl it es ar: 0.470, sources 0.763, 1 invented in 8 (start 0.457, 0.762, 1)
    ("claims_blind21", 0.46, 0.75, 1),
    # twentieth; de en fr es: 0.558, sources 0.681, 1 invented in 4 (start 0.561, 0.681, 1)
    ("claims_blind22", 0.55, 0.67, 1),
    # twentieth; it pl pt uk: 0.463, sources 0.595, none invented in 4 (start 0.460, 0.595, 0)
    ("claims_blind23", 0.45, 0.58, 0),
    # twenty-first; it pl pt bg: 0.508, sources 0.766, none invented in 4 (start 0.494, 0.674, 0)
    ("claims_blind24", 0.50, 0.75, 0),
    # twenty-first; es ar ru en: 0.581, sources 0.795, none invented in 4 (start 0.581, 0.754, 0)
    ("claims_blind25", 0.57, 0.78, 0),
    # twenty-second; de fr uk ar: 0.509, sources 0.800, none invented in 4 (start 0.500, 0.767, 0)
    ("claims_blind26", 0.50, 0.79, 0),
    # twenty-second; pt bg es pl: 0.540, sources 0.799, none invented in 4 (start 0.530, 0.799, 0)
    ("claims_blind27", 0.53, 0.79, 0),
    # twenty-third; en ru it pt: 0.549, sources 0.759, none invented in 4 (start 0.549, 0.759, 0)
    ("claims_blind28", 0.54, 0.75, 0),
    # twenty-third; ar de es uk: 0.565, sources 0.819, none invented in 4 (start 0.565, 0.816, 0)
    ("claims_blind29", 0.56, 0.81, 0),
    # twenty-fourth; en ru fr pl: 0.556, sources 0.782, none invented in 4 (start 0.556, 0.782, 0)
    ("claims_blind30", 0.55, 0.77, 0),
    # twenty-fourth; pt es uk bg: 0.569, sources 0.783, none invented in 4 (start 0.558, 0.783, 0)
    ("claims_blind31", 0.56, 0.77, 0),
    # twenty-fifth; en de it ar: 0.550, sources 0.763, 1 invented in 4 (start 0.550 and 0.513 by its own scorer, 1)
    ("claims_blind32", 0.54, 0.75, 1),
    # twenty-fifth; ru uk pl fr: 0.549, sources 0.818, 1 invented in 4 (start 0.532 and 0.493 by its own scorer, 1)
    ("claims_blind33", 0.54, 0.81, 1),
    # twenty-sixth; bg es fr pt: 0.536, sources 0.798, none invented in 4 (start 0.533 by either scorer, 0.798, 0)
    ("claims_blind34", 0.52, 0.78, 0),
    # twenty-sixth; ar de en ru: 0.593, sources 0.759, none invented in 4 (start 0.593 by either scorer, 0.759, 0)
    ("claims_blind35", 0.58, 0.74, 0),
    # twenty-seventh; en it pl uk: 0.636, sources 0.756, none invented in 4 (start 0.633, 0.756, 0)
    ("claims_blind36", 0.62, 0.74, 0),
    # twenty-seventh; ar de es ru: 0.494, sources 0.820, none invented in 4 (start 0.480, 0.820, 0)
    ("claims_blind37", 0.48, 0.80, 0),
    # twenty-eighth; bg fr pl pt: 0.547, sources 0.787, none invented in 4 (start 0.536, 0.787, 0)
    ("claims_blind38", 0.53, 0.77, 0),
    # twenty-eighth; en es it ru: 0.663, sources 0.759, 1 invented in 4 (start 0.663, 0.759, 1)
    ("claims_blind39", 0.65, 0.74, 1),
    # twenty-ninth; ar de fr uk: 0.548, sources 0.752, none invented in 4 (start 0.548, 0.747 by the end's scorer, 0)
    ("claims_blind40", 0.53, 0.73, 0),
    # twenty-ninth; bg en pt ru: 0.691, sources 0.758, none invented in 4 (start 0.695, 0.758, 0)
    ("claims_blind41", 0.67, 0.74, 0),
    # twenty-ninth, scored at its end; ar es it pl: 0.543, sources 0.755, 1 invented in 4 (start 0.543, 0.755, 1)
    ("claims_blind42", 0.53, 0.74, 1),
    # twenty-ninth, scored at its end; de en pt uk: 0.635 (0.647 after the Uruguaiana fix, 17058b5), sources 0.816,
    # none invented in 4 (start 0.655, 0.816, 0)
    ("claims_blind43", 0.63, 0.80, 0),
    # thirtieth; bg fr pl ru: 0.614, sources 0.825, none invented in 4 (start 0.606, 0.825, 0)
    ("claims_blind44", 0.60, 0.81, 0),
    # thirtieth; ar de es it: 0.576, sources 0.765, none invented in 4 (start 0.564, 0.765, 0)
    ("claims_blind45", 0.56, 0.75, 0),
    # thirtieth, written at its start; ar en pt uk: 0.605, sources 0.782, 1 invented in 4 (start 0.608, 0.782, 1)
    ("claims_blind46", 0.59, 0.77, 1),
    # thirtieth, written at its start; de fr it ru: 0.595, sources 0.746, 2 invented in 4 (start 0.565, 0.746, 2)
    ("claims_blind47", 0.58, 0.73, 2),
    # thirty-first; bg es pt uk: 0.624, sources 0.770, 1 invented in 4 (start 0.624, 0.770, 2)
    ("claims_blind48", 0.61, 0.75, 1),
    # thirty-first; ar en fr pl: 0.659, sources 0.805, 1 invented in 4 (start 0.643, 0.805, 1)
    ("claims_blind49", 0.64, 0.79, 1),
    # thirty-first, written at its start; ar de it ru: 0.651, sources 0.780, none invented in 4 (start 0.632, 0.780, 0)
    ("claims_blind50", 0.63, 0.76, 0),
    # thirty-first, written at its start; bg en es pl: 0.673, sources 0.771, none invented in 4 (start 0.646, 0.771, 0)
    ("claims_blind51", 0.65, 0.75, 0),
    # thirty-second; de fr pt uk: 0.593, sources 0.805, 1 invented in 4 (start 0.585, 0.805, 1)
    ("claims_blind52", 0.578, 0.79, 1),
    # thirty-second; ar es it ru: 0.636, sources 0.866, none invented in 4 (start 0.648, 0.866, 0)
    ("claims_blind53", 0.62, 0.85, 0),
    # thirty-third; en it pl uk: 0.633, sources 0.798, 1 invented in 4 (start 0.622, 0.798, 1)
    ("claims_blind54", 0.618, 0.78, 1),
    # thirty-third; ar bg de fr: 0.659, sources 0.775, none invented in 4 (start 0.667, 0.775, 0)
    ("claims_blind55", 0.644, 0.76, 0),
    # thirty-fourth; es pt ru en: 0.673, sources 0.861, none invented in 4 (start 0.667, 0.861, 0)
    ("claims_blind56", 0.658, 0.845, 0),
    # thirty-fourth; pl uk ar it: 0.619, sources 0.751, none invented in 4 (start 0.611, 0.751, 0)
    ("claims_blind57", 0.604, 0.735, 0),
    # thirty-fifth; bg de pt ru: 0.809, sources 0.808, 2 invented in 1 of 4 (start 0.798, 0.811, 2)
    ("claims_blind58", 0.794, 0.79, 2),
    # thirty-fifth; ar es fr uk: 0.529, sources 0.792, none invented in 4 (start 0.495, 0.792, 0)
    ("claims_blind59", 0.514, 0.775, 0),
    # thirty-sixth; bg en es uk: 0.688, sources 0.707, none invented in 4 (start 0.670, 0.707, 0)
    ("claims_blind60", 0.673, 0.69, 0),
    # thirty-sixth; ar de pl ru: 0.726, sources 0.771, none invented in 4 (start 0.701, 0.766, 0)
    ("claims_blind61", 0.711, 0.755, 0),
    # thirty-seventh; en fr it pt: 0.827, sources 0.818, 0 invented in 4 (start 0.832, 0.818, 0)
    ("claims_blind62", 0.812, 0.80, 0),
    # thirty-seventh; ru uk ar bg: 0.775, sources 0.798, 0 invented in 4 (start 0.751, 0.797, 0)
    ("claims_blind63", 0.76, 0.78, 0),
    # thirty-eighth; ar de es pl: 0.736, sources 0.811, 0 invented in 4 (start 0.721, 0.811, 0)
    ("claims_blind64", 0.721, 0.795, 0),
    # thirty-eighth; en fr pt ru: 0.693, sources 0.803, 0 invented in 4 (start 0.687, 0.803, 0)
    ("claims_blind65", 0.678, 0.788, 0),
]
#: seeded draws of SemEval-2023 documents scored the same way: name, least event F1, most invented
REAL_DRAWS = [
    ("claims_semeval23e", 0.15, 7),   # nineteenth session: 0.154, 7 invented in 49 (the same at its start)
    ("claims_semeval23f", 0.04, 10),  # twentieth: 0.048, 10 invented in 48 (the same at its start)
]


@pytest.mark.parametrize("name, least_f1, least_sources_f1, most_invented", WRITTEN_BLIND)
def test_claims_on_each_written_blind_set_hold_where_they_were_scored(analyser, name, least_f1, least_sources_f1,
                                                                      most_invented):
    figures, invented = _overall(analyser, name)
    assert figures["f1"] >= least_f1 and figures["sources_f1"] >= least_sources_f1, figures
    assert invented <= most_invented, figures


@pytest.mark.parametrize("name, least_f1, most_invented", REAL_DRAWS)
def test_claims_on_each_draw_of_real_news_hold_where_they_were_scored(analyser, name, least_f1, most_invented):
    if not (CLAIMS.parent / "../../shared/data/semeval2023-t3").exists():
        pytest.skip("the SemEval-2023 documents are not beside the repository")
    figures, invented = _overall(analyser, name)
    assert figures["f1"] >= least_f1 and invented <= most_invented, figures


def test_the_gate_counts_an_event_once_and_compares_the_moved_group():
    """The gate's matcher: a claim about another group is no match, and telling an event twice
    makes the second telling a false positive."""
    from narrascope.claims_eval import _Tally, score_article
    from narrascope.model import Slot, Span

    gold = [{"agent": "US", "agent_canonical": "united-states", "moved": "ISIS fighters",
             "moved_canonical": "islamic-state", "origin": "Raqqa", "destination": "Kabul"}]

    def claim(moved: str) -> Claim:
        def slot(x: str) -> Slot:
            return Slot(x, 0, len(x), canonical=x)
        return Claim("relocation", Span("x", 0, 1), agent=slot("United States"), moved=slot(moved),
                     origin=slot("Raqqa"), destination=slot("Kabul"))

    wrong_group, twice = _Tally(), _Tally()
    score_article(wrong_group, [claim("Civilians")], gold, [], [])
    score_article(twice, [claim("Islamic State"), claim("Islamic State")], gold, [], [])
    assert wrong_group.paired == 0
    assert (twice.paired, twice.predicted) == (1, 2)


@pytest.mark.parametrize("ours, gold, agrees", [
    ("Chuhuyiv", {"destination": "Оттуда", "destination_canonical": "Chuhuiv"}, True),     # one town, two spellings
    ("Chełm", {"destination": "Chelm", "destination_canonical": "Chelm"}, True),           # marks folded
    ("Santa Elena de Uairén", {"destination": "De lá", "destination_canonical": "Santa Elena de Uairen"}, True),
    ("Kharkiv", {"destination": "Оттуда", "destination_canonical": "Chuhuiv"}, False),     # a town near it is another
    ("Tripoli", {"destination": "Tripoli", "destination_canonical": "Tripoli, Lebanon"}, True),  # text agrees
])
def test_the_scorer_compares_places_by_name_with_marks_folded_and_by_gazetteer_identity(ours, gold, agrees):
    from narrascope.claims_eval import _agrees
    from narrascope.model import Slot

    assert _agrees(Slot(ours, 0, len(ours), canonical=ours), gold, "destination") is agrees


@pytest.mark.parametrize("text, canonical, gold, agrees", [
    ("sie", "Weapons and arms deliveries", {"moved": "Die Waffen", "moved_canonical": "weapons-arms"}, True),
    ("them", "Civilians", {"moved": "the arms", "moved_canonical": "weapons-arms"}, False),  # another group
    ("sie", None, {"moved": "Die Waffen", "moved_canonical": "weapons-arms"}, False),         # no group read
    # a wider entity's id: mercenaries are militants (entities.yaml, broader), not the other way round
    ("наёмников", "Mercenaries and foreign fighters for hire", {"moved": "бойцов", "moved_canonical":
                                                               "militants-terrorists"}, True),
    ("бойцов", "Militants", {"moved": "наёмников", "moved_canonical": "mercenaries"}, False),
])
def test_the_scorer_takes_a_gold_canonical_id_for_the_entity_we_named(text, canonical, gold, agrees):
    """Gold sets name a group by our entity id (or a wider entity's); the claim names it by the entity's name."""
    from narrascope.claims_eval import _agrees
    from narrascope.model import Slot

    assert _agrees(Slot(text, 0, len(text), canonical=canonical), gold, "moved") is agrees


def test_a_gold_denial_is_found_denied_or_refuted_but_not_asserted():
    """A move a fact-check retells comes out ``refuted`` (the stance stage): not claimed, like ``denied``."""
    from dataclasses import replace

    from narrascope.claims_eval import _Tally, score_article
    from narrascope.model import Slot, Span

    gold = [{"agent": "US", "moved": "ISIS fighters", "destination": "Kabul", "modality": "denied"}]
    base = Claim("relocation", Span("x", 0, 1), agent=Slot("US", 0, 2), moved=Slot("ISIS fighters", 0, 13),
                 destination=Slot("Kabul", 0, 5))
    found = {}
    for modality in ("denied", "refuted", "asserted"):
        tally = _Tally()
        score_article(tally, [replace(base, modality=modality)], gold, [], [])
        found[modality] = (tally.denials_right, tally.modality_right)
    assert found == {"denied": (1, 1), "refuted": (1, 1), "asserted": (0, 0)}


def test_a_gold_denial_is_told_as_happening_by_an_undenied_claim_of_its_sentence_that_no_slot_contradicts():
    """A flow the article says never happened: a claim not negated, read from the denial's sentence, whose every
    slot agrees with the denial or stays open; a claim of another sentence, or of another move, is not it."""
    from narrascope.claims_eval import _Tally, score_article
    from narrascope.model import Slot, Span

    said = "Kyiv denied that it sent any troops to Transnistria."
    gold = [{"agent": "Kyiv", "moved": "troops", "destination": "Transnistria", "modality": "denied",
             "evidence": said}]

    def told(modality="asserted", sentence=said, destination="Transnistria"):
        claim = Claim("relocation", Span(sentence, 0, len(sentence)), modality=modality,
                      moved=Slot("troops", 0, 6), destination=Slot(destination, 0, len(destination)))
        tally = _Tally()
        score_article(tally, [claim], gold, [], [])
        return tally.denials_asserted

    assert told() == 1                                        # the agent left open contradicts nothing
    assert told("reported") == 1
    assert told("denied") == 0 and told("refuted") == 0
    assert told(sentence="Troops were seen in Tiraspol.") == 0   # another sentence
    assert told(destination="Odesa") == 0                     # another move of the same sentence


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


@pytest.mark.parametrize("text, agent, source, destination", [
    ("The Russian Defence Ministry accused the United States of moving Islamic State fighters from Syria to "
     "Afghanistan.", "united states", "Russian Defence Ministry", "Afghanistan"),
    ("Moscú acusa a Washington de trasladar a yihadistas del Estado Islámico desde Siria hasta Afganistán.",
     "united states", "Moscú", "Afganistán"),
    ("Das russische Verteidigungsministerium beschuldigte die USA, IS-Kämpfer aus Syrien nach Afghanistan "
     "gebracht zu haben.", "united states", "russische Verteidigungsministerium", "Afghanistan"),
    ("Le ministère russe de la Défense a accusé les États-Unis de transférer des combattants de Daech de Syrie "
     "vers l'Afghanistan.", "united states", "ministère russe de la Défense", "Afghanistan"),
    ("اتهمت وزارة الدفاع الروسية الولايات المتحدة بنقل مقاتلي داعش من سوريا إلى أفغانستان.", "united states",
     "وزارة الدفاع الروسية", "أفغانستان"),
])
def test_whom_an_accusation_blames_moves_them_and_the_accuser_tells_it(analyser, text, agent, source, destination):
    (c,) = relocations(analyser, text)
    # the accused is the mover (never a destination: Spanish "acusa a Washington"), the accuser the source
    assert canon(c.agent) == agent and c.destination.text == destination, c
    assert c.source is not None and c.source.text == source and c.modality == "reported", c


@pytest.mark.parametrize("text", [
    "No soldier is in the Ukraine, and no missiles were moved from Rzeszów.",
    "Kein Soldat halte sich in der Ukraine auf, und aus Husum sei kein Patriot-System verlegt worden.",
    "Kein Soldat sei in der Türkei stationiert, und aus Adana seien keine Raketen verlegt worden.",
    "Ningún soldado se encuentra en el Perú, y ningún misil fue trasladado desde Lima.",
])
def test_a_state_named_where_something_is_after_an_article_moves_nobody(analyser, text):
    # "in der Ukraine", "in the Ukraine": a locative word and an article before a state's name say where
    (c,) = relocations(analyser, text)
    assert c.modality == "denied" and c.agent is None, c


@pytest.mark.parametrize("text, agent", [
    ("Из Тартуса вышли два сухогруза с бронетехникой в Тобрук.", "сухогруза"),
    ("З Тартуса вийшли два вантажні судна з бронетехнікою до Тобрука.", "судна"),
    ("Военные США доставили 40 боевиков ИГ автобусами из Ракки в Хасеке.", "США"),
    ("40 боевиков ИГ доставили автобусами из Ракки в Хасеке.", "автобусами"),
])
def test_vehicles_named_after_the_verb_in_russian_and_ukrainian_carry_them(analyser, text, agent):
    # a free word order puts the subject after the verb; a vehicle in the instrumental ("автобусами") says how,
    # and is the mover told only when nobody else is
    (c,) = relocations(analyser, text)
    assert (c.agent.text if c.agent else None) == agent, c


@pytest.mark.parametrize("text, agent", [
    ("Une cinquantaine de blessés ont été évacués de Mamoudzou vers La Réunion par des avions militaires.", "avions"),
    ("Von Taschkent aus wurden die Evakuierten mit Lufthansa-Maschinen nach Frankfurt geflogen.", "Maschinen"),
    ("Los heridos fueron trasladados en helicópteros militares desde Quilpué a Santiago.", "helicópteros"),
    # a way of going is no vehicle, and a named mover comes first
    ("Die Soldaten wurden per Bahn von Munster nach Litauen gebracht.", None),
    ("La France a évacué les blessés de Mamoudzou vers La Réunion par des avions militaires.", "France"),
])
def test_with_no_one_named_who_moves_them_the_vehicle_that_carried_them_is_the_mover(analyser, text, agent):
    (c,) = relocations(analyser, text)
    assert (c.agent.text if c.agent else None) == agent, c


@pytest.mark.parametrize("text, agent", [
    ("Los heridos fueron trasladados en helicópteros de la Fuerza Aérea desde Quilpué a Santiago.", "Fuerza Aérea"),
    ("Eine Maschine der Luftwaffe brachte 120 Verletzte von Rzeszów nach Köln.", "Luftwaffe"),
    ("O grupo de 80 migrantes foi levado em aeronaves da Força Aérea Brasileira de Manaus para Confins.",
     "Força Aérea Brasileira"),
    ("Buses organised by the disaster agency AFAD took about 2,000 survivors from Antakya to Ankara.", "AFAD"),
    ("Des bus affrétés par la Croix-Rouge ont conduit 300 réfugiés de Mossoul à Erbil.", "Croix-Rouge"),
    ("Altri 200 migranti sono stati trasferiti da Lampedusa a Pozzallo con la nave Dattilo della Guardia costiera.",
     "Guardia costiera"),
    # a place after a word that also says where from is no owner ("un avion de Paris"), the vehicle stays
    ("Les blessés ont été évacués vers Lyon par un avion de Marseille.", "avion"),
])
def test_a_vehicles_owner_named_after_it_moved_them(analyser, text, agent):
    (c,) = relocations(analyser, text)
    assert (c.agent.text if c.agent else None) == agent, c


@pytest.mark.parametrize("text, agent", [
    # the owner is also read as the claim's source: it still owns the vehicle
    ("Um grupo de 230 migrantes venezuelanos deixou Boa Vista na quinta-feira em ônibus fretados pelo Exército, "
     "informou o Comando.", "Exército"),
    ("Los ciudadanos españoles fueron trasladados desde Kabul hasta Madrid en aviones fletados por la Fuerza Aérea, "
     "según el ministerio.", "Fuerza Aérea"),
    # an elided article written onto the owner's name
    ("Les ressortissants français ont été transférés d'Erbil vers Villacoublay à bord d'un avion de l'Armée de l'air.",
     "Armée"),
])
def test_a_vehicles_owner_told_as_a_source_or_after_an_elided_article_moved_them(analyser, text, agent):
    (c,) = relocations(analyser, text)
    assert (c.agent.text if c.agent else None) == agent, c


@pytest.mark.parametrize("text, agent", [
    ("Salvamento Marítimo trasladó el domingo a 300 personas rescatadas desde Tenerife hasta Arguineguín.",
     "Salvamento Marítimo"),
    ("El Servicio Nacional de Migración de Panamá trasladó a 800 migrantes desde Bajo Chiquito hasta Lajas Blancas.",
     "Servicio Nacional de Migración de Panamá"),
    ("As Forças de Defesa de Moçambique enviaram dois batalhões de Pemba para Mueda.",
     "Forças de Defesa de Moçambique"),
    ("Рамзан Кадиров перекинув з Грозного до Курської області ще 1500 бійців.", "Рамзан Кадиров"),
    ("Desde abril, Texas ha enviado más de 7.000 migrantes a Nueva York.", "Texas"),
    ("La Protection civile a transporté 60 blessés de Nice à Marseille.", "Protection civile"),
    ("Северный флот перебазировал истребители из Североморска в Рогачёво.", "Северный флот"),
    # a place after a preposition, or a lone first word, is no subject
    ("En Lampedusa trasladaron a 300 migrantes a Sicilia.", None),
    ("Migrants were moved from Lampedusa to Sicily.", None),
    ("También menciona el traslado de 300 combatientes de Siria a Afganistán.", None),
])
def test_a_capitalised_name_right_before_the_verb_moved_them(analyser, text, agent):
    (c,) = relocations(analyser, text)
    assert (c.agent.text if c.agent else None) == agent, c


@pytest.mark.parametrize("text, purpose", [
    ("The US is moving ISIS fighters from Syria to Afghanistan to destabilise Central Asia.",
     "to destabilise Central Asia"),
    ("США перебрасывают боевиков ИГИЛ из Сирии в Афганистан, чтобы дестабилизировать Центральную Азию.",
     "чтобы дестабилизировать Центральную Азию"),
])
def test_the_purpose_of_a_move_is_quoted(analyser, text, purpose):
    (c, *_) = relocations(analyser, text)
    assert c.purpose is not None and c.purpose.text == purpose


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


@pytest.mark.parametrize("text, destination", [
    ("Russia moved thousands of North Korean troops to the Kursk region, Ukrainian intelligence said.", "kursk"),
    ("Росія перекинула тисячі північнокорейських військових до Курська.", "kursk"),
    ("Russland hat Tausende nordkoreanische Soldaten nach Kursk verlegt.", "kursk"),
])
def test_a_states_troops_moved_by_another_state_are_a_relocation(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any("kore" in canon(c.moved) and destination in canon(c.destination) for c in claims), claims


# A state's specialists, crews, engineers and rescuers are its people as its soldiers are (twenty-third session)
@pytest.mark.parametrize("text, moved, origin, destination", [
    ("A Hungarian rescue team was flown from Budapest to Antakya.", "hungary", "budapest", "antakya"),
    ("Ukrainian drone operators were flown from Kyiv to Khartoum.", "ukraine", "kyiv", "khartoum"),
    ("Russische Militärärzte wurden von Rostow nach Luhansk verlegt.", "russia", "rostov", "luhansk"),
    ("Des sapeurs français ont été envoyés de Toulon à Beyrouth.", "france", "toulon", "beirut"),
    ("Российские специалисты были переброшены из Ростова в Бамако.", "russia", "rostov", "bamako"),
])
def test_a_states_specialists_and_crews_are_a_group_that_is_moved(analyser, text, moved, origin, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.moved) == moved and origin in canon(c.origin) and destination in canon(c.destination)
               for c in claims), claims


# A state moving its own troops is a claim (the blind gold's convention since tests/claims_blind: "soldiers ...
# of a state the state's id"); docs/claims.md, "Twelfth session, second branch (troops)".
@pytest.mark.parametrize("text, agent, moved, origin, destination", [
    ("The Pentagon moved US troops from Germany to Poland.", "united states", "united states", "germany", "poland"),
    ("Россия перебросила российских военных из Сирии в Ливию.", "russia", "russia", "syria", "libya"),
    ("Die Bundeswehr hat deutsche Soldaten aus Mali nach Niger verlegt.", "germany", "germany", "mali", "niger"),
    ("La France a transféré des soldats français du Mali vers le Niger.", "france", "france", "mali", "niger"),
    ("نقلت روسيا قوات روسية من سوريا إلى ليبيا.", "", "russia", "syria", "libya"),
])
def test_a_state_moving_its_own_troops_is_a_claim(analyser, text, agent, moved, origin, destination):
    claims = relocations(analyser, text)
    assert any((not agent or canon(c.agent) == agent) and canon(c.moved) == moved and canon(c.origin) == origin
               and canon(c.destination) == destination for c in claims), claims


@pytest.mark.parametrize("text", [
    "The Pentagon moved US troops to Poland.",
    "Россия перебросила российские войска в Курск.",
    "Die Bundeswehr hat deutsche Soldaten nach Litauen verlegt.",
])
def test_a_state_moving_its_own_troops_to_one_place_is_a_claim(analyser, text):
    assert relocations(analyser, text), text


@pytest.mark.parametrize("text, moved, origin", [
    ("Russian troops left Manbij for Aleppo.", "russia", "manbij"),
    ("Российские военные ушли из Манбиджа в Алеппо.", "russia", "manbij"),
    ("Die letzten deutschen Soldaten haben Mali verlassen und sind nach Deutschland zurückgekehrt.", "germany", ""),
    ("Les derniers soldats français ont quitté le Mali.", "france", "mali"),
    ("غادرت القوات الفرنسية مالي متوجهة إلى النيجر.", "france", ""),
])
def test_a_state_withdrawing_its_own_troops_is_a_claim(analyser, text, moved, origin):
    claims = relocations(analyser, text)
    assert any(canon(c.moved) == moved and (not origin or canon(c.origin) == origin) for c in claims), claims


@pytest.mark.parametrize("text, moved", [
    ("Polish troops have not been sent to Lviv, the ministry said.", "poland"),
    ("Министерство обороны опровергло, что российские военные были переброшены в Ливию.", "russia"),
    ("Das Ministerium bestritt, deutsche Soldaten in die Ukraine geschickt zu haben.", "germany"),
    ("Le ministère a démenti l'envoi de soldats français en Ukraine.", "france"),
    ("نفت وزارة الدفاع التركية إرسال جنود أتراك إلى ليبيا.", "turkey"),
])
def test_a_denied_move_of_a_states_own_troops_is_denied(analyser, text, moved):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" and canon(c.moved) == moved for c in claims), claims


@pytest.mark.parametrize("text", [
    "About 900 US troops are stationed in Syria.",
    "US troops held exercises in Poland.",
    "Российские войска провели учения в Белоруссии.",
    "Российские военнослужащие размещены в Сирии.",
    "Deutsche Soldaten sind in Litauen stationiert.",
    "In Washington wird derzeit über einen Abzug der rund 900 US-Soldaten aus Syrien diskutiert.",
    "Des soldats français sont stationnés au Tchad.",
    "Environ 900 militaires américains sont déployés en Syrie.",
    "يتمركز جنود أمريكيون في سوريا.",
])
def test_a_states_troops_where_they_are_or_a_move_only_debated_is_no_claim(analyser, text):
    assert relocations(analyser, text) == []


# Bare troops (no state named with them) moved by a state are its own (claims16): "Poland moved its troops ...".
@pytest.mark.parametrize("text, moved, origin, destination", [
    ("Poland moved its troops from Rzeszow to Lviv.", "poland", "rzeszów", "lviv"),
    ("Польша перебрасывает войска из Жешува во Львов.", "poland", "rzeszów", "lviv"),
    ("Польща перекинула війська з Жешува до Львова.", "poland", "rzeszów", "lviv"),
    ("Die Ukraine hat mehrere Hundert Soldaten aus Odessa nach Cherson verlegt.", "ukraine", "odesa", "kherson"),
    ("La France a transféré ses soldats du Mali vers le Niger.", "france", "mali", "niger"),
    ("España envió tropas de Zaragoza a Letonia.", "spain", "zaragoza", "latvia"),
])
def test_bare_troops_moved_by_a_state_are_its_own(analyser, text, moved, origin, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.moved) == moved and canon(c.origin) == origin and canon(c.destination) == destination
               for c in claims), claims


@pytest.mark.parametrize("text", [
    "The troops would later return home to Fort Bragg.",
    "Die Soldaten sollen später nach Hause zurückkehren.",
    "Les soldats sont rentrés à Paris.",
])
def test_bare_troops_with_no_state_moving_them_are_no_claim(analyser, text):
    assert relocations(analyser, text) == []


# claims17: bare troops moved by nobody named are the troops of the state whose own troops a move told before moved,
# else of the state an earlier sentence named them by ("French paratroopers ... The soldiers were flown ...").
@pytest.mark.parametrize("text, moved, origin, destination", [
    ("Poland moved its troops from Szczecin to Rzeszow. Days later the soldiers were taken from Rzeszow to Przemysl.",
     "poland", "rzeszów", "przemyśl"),
    ("Испания перебросила свои войска из Сарагосы в Ригу. Позднее военных доставили из Риги в Вильнюс.",
     "spain", "riga", "vilnius"),
    ("Frankreich hat Truppen aus Paris nach Niamey verlegt. Danach wurden die Soldaten von Niamey nach Gao gebracht.",
     "france", "niamey", "gao"),
    ("Des parachutistes français sont stationnés à Abidjan. Les soldats ont été transférés de Dakar à Bamako.",
     "france", "dakar", "bamako"),
])
def test_bare_troops_moved_by_nobody_are_the_state_told_before(analyser, text, moved, origin, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.moved) == moved and canon(c.origin) == origin and canon(c.destination) == destination
               for c in claims), claims


# A move ruled out as a plan is no move told or denied: a state's own troops are then no claim ("unplanned").
@pytest.mark.parametrize("text", [
    "The Pentagon has no plans to withdraw its troops from Iraq before 2026.",
    "Пентагон не планирует выводить войска из Ирака до 2026 года.",
    "Пентагон не планує виводити війська з Іраку до 2026 року.",
    "Die Bundesregierung plant nicht, Soldaten nach Litauen zu verlegen.",
    "Paris n'envisage pas de retirer ses soldats du Tchad.",
])
def test_a_state_ruling_out_a_move_of_its_troops_is_no_claim(analyser, text):
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text", [
    "Польща не перекидала війська до Львова і не планує перекидати.",
    "Poland has not sent troops to Lviv and has no plans to send any.",
])
def test_a_move_denied_before_a_plan_ruled_out_stays_denied(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Russia sent Syrian mercenaries to Libya.",
    "Россия перебросила сирийских наемников в Ливию.",
    "Die Türkei hat syrische Söldner nach Libyen gebracht.",
    "La Turquie a envoyé des mercenaires syriens en Libye.",
    "نقلت تركيا مرتزقة سوريين إلى ليبيا.",
])
def test_mercenaries_a_state_moves_stay_their_own_group(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all("mercenaries" in canon(c.moved) and canon(c.destination) == "libya" for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    ("Сирійські демократичні сили передали Іраку 125 бойовиків ІДІЛ.", "iraq"),
    ("Сирийские демократические силы передали Ираку 125 боевиков ИГИЛ.", "iraq"),
    ("The Syrian Democratic Forces handed over 125 ISIS fighters to Iraq.", "iraq"),
])
def test_a_handover_to_a_state_is_a_move_to_it(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.destination) == destination for c in claims), claims


@pytest.mark.parametrize("text, origin, destination", [
    ("France repatriated 47 women and children who had been held in al-Hol to Paris.", "al-hol", "paris"),
    ("La France a rapatrié 47 femmes et enfants détenus dans le camp d'al-Hol vers Paris.", "al-hol", "paris"),
    ("Франция вывезла в Париж 47 женщин и детей, которые содержались в лагере аль-Холь.", "al-hol", "paris"),
])
def test_where_a_group_was_held_is_where_it_was_moved_from(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.origin) == origin and canon(c.destination) == destination for c in claims), claims


@pytest.mark.parametrize("text", [
    "Another 300 fighters were waiting in Idlib to be transported to Libya.",
    "Otros 150 combatientes esperan en Idlib su traslado a Libia.",
    "Weitere 300 Kämpfer warten in Idlib auf ihre Verlegung nach Libyen.",
    "D'autres combattants attendent à Idlib leur transfert vers la Libye.",
    "Ещё 300 боевиков ожидают в Идлибе отправки в Ливию.",
    "Altri 300 miliziani attendono a Idlib il trasferimento in Libia.",
])
def test_where_a_group_waits_for_its_move_is_where_it_is_moved_from(analyser, text):
    """Waiting somewhere is being held there (`held`): the place after the verb of waiting is where the move starts,
    and no destination (French "à", Italian "a")."""
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination)) for c in claims] == [("idlib", "libya")], claims


@pytest.mark.parametrize("text", [
    "Una vez en Libia, los combatientes sirios fueron enviados a Sirte.",
    "Secondo la fonte, una volta in Libia i miliziani siriani sono stati mandati a Sirte.",
    "Une fois en Libye, les combattants syriens ont été envoyés à Syrte.",
    "Uma vez na Líbia, os combatentes sírios foram enviados para Sirte.",
])
def test_once_in_a_place_opening_the_clause_is_where_the_move_starts(analyser, text):
    """"Once in" opening the sentence or a clause (`once_in`): the place after it is where the group already was,
    the origin of the move told after it."""
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination)) for c in claims] == [("libya", "sirte")], claims


@pytest.mark.parametrize("text", [
    "Los combatientes sirios fueron enviados una vez más a Libia desde Siria.",
    "I miliziani siriani sono stati mandati ancora una volta in Libia dalla Siria.",
    "Les combattants syriens ont été envoyés encore une fois en Libye depuis la Syrie.",
])
def test_once_more_inside_a_clause_is_no_place_left(analyser, text):
    """Inside a clause the same words count a time ("once more, to Libya"): the place after them is where they went."""
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination)) for c in claims] == [("syria", "libya")], claims


@pytest.mark.parametrize("text, destination", [
    ("Según el diario, unos 300 milicianos fueron enviados a las afueras de Damasco.", "damascus"),
    ("Según el diario, unos 300 milicianos fueron enviados en autobuses a las afueras de Damasco.", "damascus"),
    ("Secondo il giornale, 300 miliziani sono stati mandati alle porte di Damasco.", "damascus"),
    ("Selon le journal, 300 combattants syriens ont été envoyés aux abords de Damas.", "damascus"),
])
def test_a_word_of_nearness_opened_by_a_destination_marker_says_where_they_went(analyser, text, destination):
    """"a las afueras de", "alle porte di", "aux abords de" right after a verb of the move: to the outskirts of the
    place, which is where they went (the longer phrase of nearness no longer hides its marker)."""
    claims = relocations(analyser, text)
    assert [canon(c.destination) for c in claims] == [destination], claims


@pytest.mark.parametrize("text, destination", [
    ("Según el diario, unos 300 milicianos fueron enviados a Duma, a las afueras de Damasco.", "dūmā"),
    ("Selon le journal, 300 combattants syriens ont été envoyés à Douma, aux abords de Damas.", "dūmā"),
])
def test_a_word_of_nearness_between_two_places_still_says_where_the_first_lies(analyser, text, destination):
    claims = relocations(analyser, text)
    assert [canon(c.destination) for c in claims] == [destination], claims


@pytest.mark.parametrize("text, origin, destination", [
    ("Secondo il giornale, altri 500 miliziani sono pronti a partire dalla Siria verso la Libia.", "syria", "libya"),
    ("Secondo il giornale, altri 500 miliziani si stanno preparando a partire da Zuara.", "zuwarah", ""),
    ("Secondo il giornale, i trafficanti hanno fatto partire 300 migranti da Zuara verso Lampedusa.", "zuwarah",
     "lampedusa"),
    ("Un ex combattente sostiene di aver visto partire 40 mercenari da Leopoli verso Kiev.", "lviv", "kyiv"),
    ("Selon le journal, 500 autres combattants sont prêts à partir de Syrie vers la Libye.", "syria", "libya"),
    ("Un ancien combattant affirme avoir vu partir 40 mercenaires de Lviv vers Kiev.", "lviv", "kyiv"),
    ("Según el diario, otros 500 milicianos están listos para partir desde Siria hacia Libia.", "syria", "libya"),
])
def test_the_infinitive_of_leaving_after_readiness_causing_or_seeing_is_a_move(analyser, text, origin, destination):
    """Italian and French "partire" after a word of readiness, of causing or of seeing ("pronti a partire",
    "fatto partire", "vu partir") is a move, though the bare infinitive is left out of the triggers for "a partire
    da", "à partir de" (starting from); Spanish says the same with its bare "partir"."""
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination)) for c in claims] == [(origin, destination)], claims


@pytest.mark.parametrize("text", [
    "I voli per la Libia riprenderanno a partire da Roma la prossima settimana.",
    "A partire da lunedì i colloqui sulla Libia riprenderanno a Roma.",
])
def test_a_partire_da_alone_is_no_move(analyser, text):
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text", [
    "According to Iraqi officials, ISIS militants were moved from Hasakah to Baghdad.",
    "За словами джерела в іракських силових структурах, бойовиків ІДІЛ доправили з Хасаке до Багдада.",
    "Selon des responsables irakiens, les combattants de Daech ont été transférés de Hassaké vers Bagdad.",
])
def test_a_nationality_in_the_attribution_is_not_the_mover(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.agent is None for c in claims), claims


@pytest.mark.parametrize("text", [
    "Militants released from prisons controlled by the Syrian Democratic Forces were transferred to al-Tanf.",
    "Des combattants libérés de prisons contrôlées par les Forces démocratiques syriennes ont été transférés vers "
    "al-Tanf.",
    "Боевиков из тюрем, подконтрольных Сирийским демократическим силам, перевезли в Эт-Танф.",
])
def test_the_agent_of_another_participle_does_not_move_the_group(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(canon(c.agent) not in ("syrian democratic forces", "syria") for c in claims), claims


@pytest.mark.parametrize("text", [
    "Libye : des mercenaires de Wagner évacués vers al-Joufra",
    "Из сирийского лагеря Рош в Москву доставлены 35 детей",
    "Mit ihnen seien Lastwagen mit Munition aus dem irakischen al-Qaim eingetroffen.",
])
def test_a_place_or_topic_is_not_the_mover(analyser, text):
    claims = relocations(analyser, text)
    # no actor moves them; the trucks that carried them may stand as a vehicle with no owner
    assert claims and all(c.agent is None or c.agent.canonical is None for c in claims), claims


@pytest.mark.parametrize("text, origin, destination, via", [
    ("Russia flew Wagner mercenaries from Syria to Mali via Benghazi.", "Syria", "Mali", "Benghazi"),
    ("Турция переправила сирийских наёмников в Ливию через Газиантеп.", None, "Ливию", "Газиантеп"),
    ("Turquía envió mercenarios sirios a Libia a través de Estambul.", None, "Libia", "Estambul"),
    ("La Turquie a envoyé des mercenaires syriens en Libye via Istanbul.", None, "Libye", "Istanbul"),
    ("Die Türkei schickte syrische Söldner über Istanbul nach Libyen.", None, "Libyen", "Istanbul"),
    ("نقلت روسيا مرتزقة فاغنر من سوريا إلى مالي عبر بنغازي.", "سوريا", "مالي", "بنغازي"),
])
def test_a_stop_on_the_way_is_neither_end(analyser, text, origin, destination, via):
    claims = relocations(analyser, text)
    assert len(claims) == 1, claims
    c = claims[0]
    assert (c.origin.text if c.origin else None) == origin and c.destination.text == destination
    # not an end, but a stop of the route, before the destination
    assert [s.text for s in c.route][-2:] == [via, destination], c.route


@pytest.mark.parametrize("text, agent", [
    ("نقلت تركيا مئات المقاتلين السوريين إلى أذربيجان.", "تركيا"),
    ("أرسلت روسيا مرتزقة فاغنر إلى ليبيا.", "روسيا"),
    ("أجلت القوات الأمريكية قادة من داعش من سوريا إلى أفغانستان.", "الأمريكية"),
])
def test_a_verb_first_language_finds_the_subject_after_the_verb(analyser, text, agent):
    claims = relocations(analyser, text)
    assert claims and claims[0].agent is not None and agent in claims[0].agent.text, claims


@pytest.mark.parametrize("text, agent, count", [
    ("Rusia envió a miles de soldados norcoreanos a la región de Kursk.", "Rusia", "miles"),
    ("La Russie a transféré des milliers de soldats nord-coréens vers la région de Koursk.", "Russie", "milliers"),
    ("Russia moved thousands of North Korean troops to the Kursk region.", "Russia", "thousands"),
])
def test_a_states_troops_moved_by_another_state_whichever_side_the_adjective(analyser, text, agent, count):
    claims = relocations(analyser, text)
    assert claims and claims[0].agent.text == agent and count in (claims[0].moved.count_text or ""), claims


@pytest.mark.parametrize("text", [
    "Cerca de mil soldados franceses estaban desplegados en Chad el año pasado.",
    "Près d'un millier de soldats américains sont déployés en Irak.",
    "About a thousand French troops were stationed in Chad last year.",
])
def test_troops_stationed_abroad_are_no_move(analyser, text):
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text, agent", [
    ("Aviones rusos llevaron a mercenarios de Wagner desde Libia hasta Malí.", "rusos"),
    ("Estados Unidos sacó a cabecillas del Estado Islámico de Siria.", "Estados Unidos"),
    ("Turquía mandó a cientos de mercenarios sirios a Libia.", "Turquía"),
])
def test_spanish_verbs_of_taking_and_sending_by_lemma(analyser, text, agent):
    claims = relocations(analyser, text)
    assert claims and claims[0].agent.text == agent, claims


@pytest.mark.parametrize("text, source", [
    ("Turquía trasladó mercenarios sirios a Libia, según fuentes locales.", "fuentes locales"),
    ("Local sources said Turkey had moved Syrian mercenaries to Libya.", "Local sources"),
    ("Social media users claim that Ukraine sent foreign fighters from Poland to Mali.", "Social media users"),
    ("Пользователи соцсетей утверждают, что Украина перебросила наёмников из Польши в Ливию.", "Пользователи"),
    ("زعمت حسابات على مواقع التواصل أن أوكرانيا نقلت مرتزقة أجانب من بولندا إلى مالي.", "حسابات"),
])
def test_anonymous_sources_and_the_posts_a_claim_goes_round_on(analyser, text, source):
    claims = relocations(analyser, text)
    assert claims and claims[0].source is not None and source in claims[0].source.text, claims


@pytest.mark.parametrize("text, origin", [
    ("Окупанти вивезли дітей з Харківщини до Бєлгорода.", "Харківщини"),
    ("Оккупанты вывезли детей с Херсонщины в Крым.", "Херсонщины"),
    ("Окупанти вивезли з Херсонщини до окупованого Криму ще 46 дітей.", "Херсонщини"),
])
def test_a_known_place_in_a_form_the_gazetteer_lacks_still_fills_its_slot(analyser, text, origin):
    claims = relocations(analyser, text)
    assert claims and claims[0].origin is not None and claims[0].origin.text == origin, claims


@pytest.mark.parametrize("text, moved", [
    ("Los ocupantes trasladaron a niños ucranianos de Jersón a Crimea.", "niños"),
    ("Die Besatzer haben ukrainische Kinder aus Cherson auf die Krim verschleppt.", "Kinder"),
    ("نقلت القوات الروسية أطفالا أوكرانيين من خيرسون إلى القرم.", "أطفالا"),
])
def test_children_taken_away_are_a_move_in_every_language(analyser, text, moved):
    claims = relocations(analyser, text)
    assert claims and moved in claims[0].moved.text, claims


@pytest.mark.parametrize("text, agent", [
    ("Turkey in January moved 300 Syrian mercenaries to Libya.", "turkey"),
    ("Сирийские демократические силы в понедельник перебросили 40 боевиков ИГИЛ в Ирак.", "syrian democratic forces"),
    ("Сирійські демократичні сили у понеділок перекинули 40 бойовиків ІДІЛ до Іраку.", "syrian democratic forces"),
])
def test_a_preposition_after_the_agent_does_not_make_it_a_place_owner(analyser, text, agent):
    assert [canon(c.agent) for c in relocations(analyser, text)] == [agent]


@pytest.mark.parametrize("text, agent, source", [
    ("Сирийские демократические силы передали Ираку 40 боевиков ИГИЛ.", "syrian democratic forces", []),
    ("Сирійські демократичні сили передали Іраку 40 бойовиків ІДІЛ.", "syrian democratic forces", []),
    ("Как передает ТАСС, боевиков ИГИЛ перебросили в Ирак.", "", ["ТАСС"]),
    ("Як передає ТАСС, бойовиків ІДІЛ перекинули до Іраку.", "", ["ТАСС"]),
])
def test_a_verb_of_handing_over_and_of_saying_hands_over_what_follows_it(analyser, text, agent, source):
    """"передать" is both "hand over" and "convey (news)": with the moved group right after it, the subject
    is who hands over, not a source."""
    doc = analyser.analyse_text(text).document
    assert [canon(c.agent) for c in doc.claims if c.type == "relocation"] == [agent]
    assert [s.text for s in doc.sources] == source


@pytest.mark.parametrize("text, origin, destination", [
    ("Die Söldner wurden später aus Libyen nach Syrien zurückgeschickt.", "libya", "syria"),
    ("Die IS-Kämpfer wurden von Rakka nach Kabul weitergeflogen.", "raqqa", "kabul"),
    ("Man habe beschlossen, die Gefangenen aus Rakka nach Bagdad weiterzubringen.", "raqqa", "baghdad"),
    ("Auch 50 IS-Kämpfer sollen aus Rakka nach Kabul mitgereist sein.", "raqqa", "kabul"),
    ("Die Waffen seien aus Lwiw nach Wien mitgeschickt worden.", "lviv", "vienna"),
])
def test_a_german_separable_prefix_on_a_trigger_verb(analyser, text, origin, destination):
    """Only German writes the prefix onto the verb ("weitergebracht"); ~bringen then matches it."""
    assert [(canon(c.origin), canon(c.destination)) for c in relocations(analyser, text)] == [(origin, destination)]


@pytest.mark.parametrize("text", [
    "Von Kabul aus wurden die Geretteten nach Taschkent geflogen.",
    "Затем спасённых вывезли из Кабула в Ташкент.",
    "Потім врятованих вивезли з Кабула до Ташкента.",
    "Les rescapés ont ensuite été transférés de Kaboul à Tachkent.",
])
def test_the_rescued_are_a_moved_group(analyser, text):
    assert [(canon(c.moved), canon(c.origin), canon(c.destination)) for c in relocations(analyser, text)] == [
        ("civilians", "kabul", "tashkent")]


@pytest.mark.parametrize("text", [
    "Вертолёты международной коалиции вывезли главарей ИГИЛ из Багуза в Ирак.",
    "Гелікоптери міжнародної коаліції вивезли ватажків ІДІЛ з Багуза до Іраку.",
    "Des hélicoptères de la coalition internationale ont exfiltré des chefs de Daech de Baghouz vers l'Irak.",
    "Hubschrauber der internationalen Koalition haben IS-Anführer aus Baghus in den Irak ausgeflogen.",
    "Helicopters of the US-led coalition flew ISIS commanders from Baghuz to Iraq.",
])
def test_the_international_coalition_is_the_us_led_one(analyser, text):
    assert [canon(c.agent) for c in relocations(analyser, text)] == ["united states"]


@pytest.mark.parametrize("text", [
    "Самолётом МЧС детей доставили из Дамаска в Москву.",
    "Літаком МНС Росії дітей доставили з Дамаска до Москви.",
    "An EMERCOM plane flew the children from Damascus to Moscow.",
])
def test_a_state_body_that_flies_people_is_its_state(analyser, text):
    assert [canon(c.agent) for c in relocations(analyser, text)] == ["russia"]


@pytest.mark.parametrize("text, destination", [
    ("Боевиков ИГИЛ перебросили в Мали.", "mali"),
    ("Вертолёты вывезли боевиков ИГИЛ из Багуза в Шаддади.", "shaddadi"),
    ("Бойовиків ІДІЛ перекинули в Малі.", "mali"),
    ("Наемников перебросили в Бенгази.", "benghazi"),
])
def test_an_indeclinable_name_after_a_movement_verb_is_where_they_went(analyser, text, destination):
    """"в Сирии" is in Syria (the ending says so); "в Мали" shows no case, and after a verb of moving it is
    the destination."""
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


def test_an_inflected_name_after_v_stays_a_location(analyser):
    claims = relocations(analyser, "Боевиков ИГИЛ, находившихся в Сирии, перебросили в Ирак.")
    assert [canon(c.destination) for c in claims] == ["iraq"]


@pytest.mark.parametrize("text, agent", [
    # the clause that a speech verb closes names who said it, not who moved them
    ("Wie ein Sprecher des syrischen Außenministeriums gegenüber der Agentur SANA erklärte, seien die IS-Kämpfer "
     "auf den Stützpunkt Rmeilan gebracht worden.", ""),
    ("Die USA haben, wie das syrische Ministerium erklärte, IS-Kämpfer nach Rakka geflogen.", "united states"),
    # the vehicles after a preposition are the means, named by no state: with no one else named they are the
    # mover told, as such (a way of going, "морем", by sea, is none)
    ("Die IS-Kämpfer seien mit Hubschraubern nach Rakka gebracht worden.", "hubschraubern"),
    ("Los combatientes del EI fueron trasladados con helicópteros a Raqa.", "helicópteros"),
    ("Боєприпаси морем доправляють із порту Наджин до Владивостока.", ""),
    ("Боеприпасы морем доставляют из порта Наджин во Владивосток.", ""),
    ("US helicopters flew the IS fighters to Raqqa.", "united states"),
])
def test_neither_a_speakers_clause_nor_an_instrument_is_the_mover(analyser, text, agent):
    assert [canon(c.agent) for c in relocations(analyser, text)] == [agent]


@pytest.mark.parametrize("text", [
    "Hubschrauber sollen Kämpfer der Terrormiliz IS sowie Waffen in den Bezirk Darsab bringen.",
    "Helicopters bring fighters of the Islamic State as well as weapons to the district of Darsab.",
    "Des hélicoptères amènent des combattants de l'État islamique ainsi que des armes dans le district de Darsab.",
])
def test_the_first_of_two_cargoes_joined_by_as_well_as_is_the_moved_group(analyser, text):
    assert [canon(c.moved) for c in relocations(analyser, text)] == ["islamic state"]


@pytest.mark.parametrize("text", [
    "Die Bundesregierung hat acht Frauen und 23 Kinder von IS-Kämpfern aus dem Lager Roj im Nordosten Syriens nach "
    "Deutschland zurückgeholt.",
    "Helicopters flew IS fighters from the al-Hol camp in northern Syria to Iraq.",
    "Вертолёты вывезли боевиков ИГ из лагеря Аль-Холь на северо-востоке Сирии в Ирак.",
])
def test_a_state_named_where_a_place_lies_is_not_the_mover(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(canon(c.agent) != "syria" for c in claims), [c.agent for c in claims]


@pytest.mark.parametrize("text, destination", [
    ("The IS fighters were driven in pickup trucks to Hasakah.", "al ḩasakah"),
    ("The IS fighters were taken by bus to Reyhanli.", "reyhanlı"),
    ("The IS fighters were driven by road to Kirkuk.", "kirkuk"),
])
def test_the_means_between_driven_or_taken_and_the_place_still_tells_a_move(analyser, text, destination):
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


@pytest.mark.parametrize("text, moved, destination", [
    ("El Pentágono ha trasladado a Ucrania cientos de miles de proyectiles de artillería almacenados en Israel.",
     "weapons", "ukraine"),
    ("نقلت القوات الأمريكية نحو مئة من مسلحي التنظيم من مخيم الهول إلى العراق.", "militants", "iraq"),
    ("Las armas fueron trasladadas después por carretera hasta campamentos en La Guajira.", "weapons", "la guajira"),
])
def test_shells_militants_and_names_opened_by_an_article_are_read(analyser, text, moved, destination):
    [claim] = relocations(analyser, text)
    assert moved in canon(claim.moved) and canon(claim.destination) == destination


@pytest.mark.parametrize("text, nationals, count", [
    ("Otros 36 afganos llegaron el miércoles a la base de Rota.", "afghanistan nationals", 36),
    ("About 300 Syrians were flown to Libya.", "syria nationals", 300),
    ("Около 300 сирийцев перебросили в Ливию.", "syria nationals", 300),
    ("Rund 300 Syrer wurden nach Libyen geflogen.", "syria nationals", 300),
])
def test_a_number_of_people_named_by_nationality_is_a_moved_group(analyser, text, nationals, count):
    [claim] = relocations(analyser, text)
    assert (canon(claim.moved), claim.moved.count) == (nationals, count)


@pytest.mark.parametrize("text", [
    "Die Maschinen, ein Iljuschin und eine Boeing 747 gechartert, landeten in Port Sudan.",
    "I velivoli, un Ilyushin e un Boeing 747 noleggiato, sono atterrati a Port Sudan.",
    "An Ilyushin 76 carrying the crates landed at Port Sudan.",
])
def test_the_number_of_an_aircraft_model_counts_no_group(analyser, text):
    assert not any(c.moved is not None and c.moved.count in (747, 76) for c in relocations(analyser, text))


def test_a_count_after_a_place_is_still_a_count(analyser):
    [claim] = relocations(analyser, "Die Türkei hat nach Idlib 300 Kämpfer aus Afrin verlegt.")
    assert claim.moved.count == 300


# The states of Latin America, Africa, the Balkans and Asia that the press names in moves of troops, mercenaries
# and migrants are states of the entity lexicon too: each moves its troops and its nationals are a group.
@pytest.mark.parametrize("text, agent, moved, count, destination", [
    ("Brazil sent troops to Haiti.", "brazil", "brazil", None, "haiti"),
    ("Brasil envió tropas brasileñas a Haití.", "brazil", "brazil", None, "haiti"),
    ("O Brasil enviou tropas brasileiras ao Haiti.", "brazil", "brazil", None, "haiti"),
    ("Бразилия отправила бразильских военных на Гаити.", "brazil", "brazil", None, "haiti"),
    ("Chad moved Chadian soldiers to Mali.", "chad", "chad", None, "mali"),
    ("300 venezolanos fueron trasladados a Chile.", "", "venezuela nationals", 300, "chile"),
    ("About 300 Venezuelans were flown to Mexico.", "", "venezuela nationals", 300, "mexico"),
    ("Около 300 венесуэльцев перебросили в Мексику.", "", "venezuela nationals", 300, "mexico"),
    ("Rund 300 Venezolaner wurden nach Mexiko geflogen.", "", "venezuela nationals", 300, "mexico"),
    ("Environ 200 Colombiens ont été transférés en Ukraine.", "", "colombia nationals", 200, "ukraine"),
])
def test_a_newly_named_state_moves_its_troops_and_its_nationals_are_a_group(analyser, text, agent, moved, count,
                                                                            destination):
    [claim] = relocations(analyser, text)
    assert (canon(claim.agent), canon(claim.moved), claim.moved.count, canon(claim.destination)) == (
        agent, moved, count, destination)


@pytest.mark.parametrize("text, group, state", [
    ("Twenty North Korean officers were transferred in August from Pyongyang to Vladivostok.",
     "North Korean officers", "north korea"),
    ("Группа северокорейских офицеров была переброшена из Пхеньяна во Владивосток.", "северокорейских офицеров",
     "north korea"),
    ("Mehrere russische Offiziere wurden von Hmeimim nach Bengasi geflogen.", "russische Offiziere", "russia"),
    ("Des officiers turcs ont été transférés d'Ankara à Tripoli.", "officiers turcs", "turkey"),
])
def test_officers_of_a_state_are_its_troops(analyser, text, group, state):
    [claim] = relocations(analyser, text)
    assert (claim.moved.text, canon(claim.moved)) == (group, state)


@pytest.mark.parametrize("text, nationals, group", [
    ("Hundreds of Afghans were flown from Kabul to Doha on Monday.", "afghanistan nationals", "Afghans"),
    ("Десятки сирийцев были переброшены из Латакии в Бенгази.", "syria nationals", "сирийцев"),
    ("Die Luftwaffe flog Tausende Afghanen aus Kabul nach Ramstein.", "afghanistan nationals", "Afghanen"),
    ("نزح عشرات آلاف اللبنانيين خلال الساعات الماضية من مدينة صور باتجاه صيدا.", "lebanon nationals",
     "اللبنانيين"),
])
def test_a_vague_quantity_of_people_named_by_nationality_is_a_moved_group(analyser, text, nationals, group):
    """"hundreds of", "десятки", "عشرات آلاف" count the nationals as a number would, with no number; neither the
    auxiliary after them ("были") nor the Arabic word after a nisba plural is part of the group's name."""
    [claim] = relocations(analyser, text)
    assert (canon(claim.moved), claim.moved.text, claim.moved.count) == (nationals, group, None)


@pytest.mark.parametrize("text, nationals, destination", [
    ("Gli ucraini sono stati trasferiti in Polonia.", "ukraine nationals", "poland"),
    ("La Russia ha deportato ucraini in Siberia.", "ukraine nationals", "siberia"),
    ("Os brasileiros foram repatriados de Israel para o Brasil.", "brazil nationals", "brazil"),
    ("A embaixada negou que brasileiros tenham sido levados para a Ucrânia.", "brazil nationals", "ukraine"),
    ("Los afganos fueron trasladados a España.", "afghanistan nationals", "spain"),
    ("Die Deutschen wurden aus dem Sudan nach Berlin ausgeflogen.", "germany nationals", "berlin"),
    ("Die Bundeswehr hat Deutsche aus dem Sudan nach Berlin ausgeflogen.", "germany nationals", "berlin"),
    ("L'ONG estime à plus de deux mille le nombre de Syriens envoyés par Ankara en Azerbaïdjan.", "syria nationals",
     "azerbaijan"),
    ("Syrians arrived in Benghazi from Damascus.", "syria nationals", "benghazi"),
])
def test_a_demonym_standing_alone_as_a_noun_is_the_moved_group(analyser, text, nationals, destination):
    """A plural of nationality with no number is a group when it is a noun: in Spanish, Italian and Portuguese after
    an article, "que" or the verb (not after a noun it qualifies, "soldados brasileiros"); "Deutsche"; the subject of
    a German passive whose verb ends the clause; the noun a participle follows ("Syriens envoyés par"); who
    arrived."""
    [claim] = relocations(analyser, text)
    assert (canon(claim.moved), canon(claim.destination).removesuffix(" oblast")) == (nationals, destination)


@pytest.mark.parametrize("text, state, destination", [
    ("A French military convoy arrived in Niamey from Ouallam.", "france", "niamey"),
    ("Un convoi militaire français est arrivé à Niamey.", "france", "niamey"),
    ("Колонна молдавской армии прибыла в Кишинёв из Бульбоаки.", "moldova", "chisinau"),
    ("Колона білоруської армії прибула до Мозиря.", "belarus", "mazyr"),
    ("Ein Konvoi der Bundeswehr ist in Litauen angekommen.", "germany", "lithuania"),
    ("Un convoy militar español llegó a Bagdad desde Mosul.", "spain", "baghdad"),
    ("Konwój amerykański przyjechał do Rzeszowa.", "united states", "rzeszów"),
    ("Колона на българската армия пристигна в Ямбол.", "bulgaria", "yambol"),
])
def test_a_states_convoy_with_nobody_named_in_it_is_what_moved(analyser, text, state, destination):
    """A convoy or column named with its state, and no group in the sentence, is what the move moved, given as the
    state (as its troops are); aid trucks or a convoy of no state are no group."""
    [claim] = relocations(analyser, text)
    assert (canon(claim.moved), canon(claim.destination)) == (state, destination)


@pytest.mark.parametrize("text", [
    "Aid trucks arrived in Gaza from Egypt.",
    "Los españoles votaron el domingo.",
    "Die Deutschen haben in Berlin gewählt.",
])
def test_no_convoy_of_a_state_and_no_demonym_moved_is_no_claim(analyser, text):
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text", [
    "In 2019 Syria sent fighters to Libya.",
    "En 2019 Siria envió combatientes a Libia.",
])
def test_a_year_before_the_group_is_no_count(analyser, text):
    [claim] = relocations(analyser, text)
    assert claim.moved.count is None and "2019" not in claim.moved.text


@pytest.mark.parametrize("text, origin, destination", [
    ("Russia has moved at least 400 Syrian mercenaries recruited in the province of Deir ez-Zor to the Zaporizhzhia "
     "region.", "deir ez-zor", "zaporizhzhia"),
    ("Російське командування перекинуло до Запорізької області щонайменше 400 сирійських найманців, завербованих у "
     "провінції Дейр-ез-Зор.", "deir ez-zor", "zaporizhzhia"),
    ("Российское командование перебросило в Запорожскую область не менее 400 сирийских наёмников, завербованных в "
     "провинции Дейр-эз-Зор.", "deir ez-zor", "zaporizhzhia"),
])
def test_where_the_moved_were_recruited_is_where_they_came_from(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination).removesuffix(" oblast")) for c in claims] == [(origin, destination)]


@pytest.mark.parametrize("text", [
    "Une vidéo partagée sur Facebook prétend montrer que l'armée française achemine des jihadistes au Mali.",
    "A video shared on Facebook purports to show the French army flying jihadists to Mali.",
    "Según un vídeo compartido en Facebook, el ejército francés traslada yihadistas a Malí.",
])
def test_a_platform_is_no_place_and_what_a_video_purports_is_reported(analyser, text):
    [claim] = relocations(analyser, text)
    assert claim.origin is None and canon(claim.destination) == "mali" and claim.modality == "reported"


@pytest.mark.parametrize("text", [
    "Във Фейсбук се твърди, че американски военни самолети са прехвърлили бойци от Сирия в Украйна.",
    "W Telegramie pisano, że amerykańskie samoloty przewiozły bojowników z Syrii na Ukrainę.",
    "В Телеграме пишут, что американские самолёты перебросили боевиков из Сирии на Украину.",
])
def test_a_platform_in_cyrillic_or_in_a_locative_case_is_no_place(analyser, text):
    [claim] = relocations(analyser, text)
    assert (canon(claim.origin), canon(claim.destination)) == ("syria", "ukraine")


@pytest.mark.parametrize("text, destination", [
    ("Fuentes del ministerio han confirmado a Verifica.net que ningún soldado ha sido enviado a Ucrania.", "ukraine"),
    ("Come ha detto al Messaggero il portavoce, nessun soldato italiano è stato inviato in Ucraina.", "ukraine"),
])
def test_the_outlet_a_source_spoke_to_is_no_destination(analyser, text, destination):
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


@pytest.mark.parametrize("text, moved", [
    ("Il ministero ha detto che 300 militari italiani sono stati inviati in Ucraina, e le batterie SAMP/T restano "
     "schierate a difesa della capitale.", "italy"),
    ("The ministry said 300 Italian soldiers were sent to Ukraine, and the SAMP/T batteries remain on duty at home.",
     "italy"),
])
def test_troops_before_a_passive_verb_are_moved_not_the_weapons_of_the_next_clause(analyser, text, moved):
    [claim] = relocations(analyser, text)
    assert canon(claim.moved) == moved and canon(claim.destination) == "ukraine"


@pytest.mark.parametrize("text, moved", [
    ("Decine di combattenti dell'Isis sono stati portati dalla Siria a Zenica. Altri dieci uomini potrebbero arrivare "
     "a Zenica entro l'anno.", "Altri dieci uomini"),
    ("Decenas de combatientes del Estado Islámico fueron llevados de Siria a Zenica. Otros doce hombres podrían "
     "llegar a Zenica antes de fin de año.", "Otros doce hombres"),
])
def test_the_part_of_a_group_told_before_is_named_with_its_count_and_noun(analyser, text, moved):
    second = relocations(analyser, text)[-1]
    assert second.moved.text == moved and canon(second.moved) == "islamic state"


@pytest.mark.parametrize("text, state", [
    ("Secondo il ministero, duecento marinai italiani sono stati trasferiti da Taranto a Souda.", "italy"),
    ("Según el ministerio, unos 200 cascos azules brasileños fueron trasladados de Goma a Bukavu.", "brazil"),
    ("По данным штаба, около 200 российских моряков перебросили из Севастополя в Новороссийск.", "russia"),
])
def test_sailors_and_peacekeepers_are_troops_of_their_state(analyser, text, state):
    [claim] = relocations(analyser, text)
    assert canon(claim.moved) == state and claim.origin is not None and claim.destination is not None


@pytest.mark.parametrize("text", [
    "I profughi, quasi tremila persone in tutto, sono stati poi trasferiti nel campo di Zaatari.",
    "I profughi, in gran parte donne, sono stati poi trasferiti nel campo di Zaatari.",
])
def test_an_auxiliary_standing_for_the_group_agrees_with_the_subject_over_an_insertion(analyser, text):
    [claim] = relocations(analyser, text)
    assert canon(claim.moved) == "civilians" and canon(claim.destination) == "zaatari"


@pytest.mark.parametrize("text", [
    "Em 2014, o Senegal enviou para Bamaco cerca de 200 militares, segundo o ministério.",
    "Em 2014, o governo do Senegal enviou 200 militares para Bamaco, segundo o ministério.",
])
def test_para_right_after_the_verb_says_where_to_even_after_a_country(analyser, text):
    assert [canon(c.destination) for c in relocations(analyser, text)] == ["bamako"]


@pytest.mark.parametrize("text, destination", [
    ("Las fotos son de un ejercicio de la Infantería de Marina chilena, cuando unos 200 efectivos fueron llevados a "
     "Punta Arenas.", "punta arenas"),
    ("В Пограничной службе Эстонии заявили, что никого из мигрантов в Россию не выдворяли.", "russia"),
    ("Il ministro dell'Interno ha detto che altri 400 poliziotti saranno inviati a Lampedusa.", "lampedusa"),
])
def test_an_institutions_word_is_no_place(analyser, text, destination):
    [claim] = relocations(analyser, text)
    assert claim.origin is None and canon(claim.destination) == destination


@pytest.mark.parametrize("text, destination", [
    ("El Gobierno prevé trasladar a 200 migrantes a centros de la Península antes de Navidad.", None),
    ("Le ministère prévoit de transférer d'ici à Noël 300 migrants vers Troyes.", "troyes"),
    ("Die Männer seien in Schabwa gelandet, wo sie von Milizionären in Empfang genommen worden seien.", "shabwah"),
])
def test_holidays_regions_said_in_common_words_and_idioms_are_no_places(analyser, text, destination):
    assert [canon(c.destination) or None for c in relocations(analyser, text)] in ([destination], [])


@pytest.mark.parametrize("text, destination", [
    ("Le ministère prévoit de transférer 300 migrants vers un centre d'accueil à Troyes.", "troyes"),
    ("El ministerio trasladará a 300 migrantes a un centro de acogida de Cartagena.", "cartagena"),
])
def test_a_place_after_a_shelter_of_is_where_the_move_goes(analyser, text, destination):
    [claim] = relocations(analyser, text)
    assert claim.origin is None and canon(claim.destination) == destination


@pytest.mark.parametrize("text, moved", [
    ("Some 500 Chechen fighters were flown from Grozny to Minsk. They were then unloaded at the station in Baranovichi "
     "and placed in a former children's summer camp.", "militants"),
    ("The fighters' families were moved from Raqqa to the al-Hol camp.", "civilians"),
])
def test_a_group_noun_with_a_possessive_owns_a_noun_and_moves_nothing(analyser, text, moved):
    assert {canon(c.moved) for c in relocations(analyser, text)} == {moved}


@pytest.mark.parametrize("text, moved", [
    ("Najemnicy, w większości obywatele Kolumbii i Brazylii, mają zostać skierowani ze Lwowa pod Charków.",
     "mercenaries and foreign fighters for hire"),
    ("The mercenaries, mostly citizens of Colombia and Brazil, are to be sent from Lviv to Kharkiv.",
     "mercenaries and foreign fighters for hire"),
    ("Бойци, свързани с „Ислямска държава“, са прехвърлени от Сирия в Ирак.", "islamic state"),
])
def test_a_generic_group_in_an_aside_describes_the_group_before_it(analyser, text, moved):
    [claim] = relocations(analyser, text)
    assert canon(claim.moved) == moved


@pytest.mark.parametrize("text", [
    "Росія перекидає військових і техніку з бази Хмеймім до Лівії, стверджує розвідка.",
    "Russia is moving soldiers and equipment from the Hmeimim base to Libya, the intelligence service says.",
])
def test_troops_moved_with_weapons_are_the_group_moved_by_their_state(analyser, text):
    [claim] = relocations(analyser, text)
    assert canon(claim.moved) == "russia" and canon(claim.destination) == "libya"


@pytest.mark.parametrize("text", [
    "Fuzis e granadas de fabricação ocidental estariam sendo levados da Ucrânia para grupos jihadistas no Níger, "
    "afirmou nesta sexta-feira o serviço de segurança russo, citado pela imprensa estatal.",
    "Western rifles and grenades were allegedly shipped from Ukraine to jihadist groups in Niger.",
])
def test_a_group_the_weapons_go_to_receives_them_and_is_not_moved(analyser, text):
    [claim] = relocations(analyser, text)
    assert canon(claim.moved) == "weapons and arms deliveries" and canon(claim.destination) == "niger"


@pytest.mark.parametrize("text, destination", [
    ("Министерството на отбраната отрече България да е изпращала снаряди за Украйна от армейските складове.",
     "ukraine"),
    ("Според канала оттам снарядите били натоварени на кораб за Одеса в края на октомври.", "odesa"),
])
def test_for_after_the_verb_and_its_object_says_where_to(analyser, text, destination):
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


@pytest.mark.parametrize("text", [
    "A further 300 militants are allegedly due to leave Idlib for Poland in July.",
    "Another 200 fighters are said to be leaving Idlib for Poland next month.",
])
def test_to_before_a_verb_of_leaving_is_no_destination(analyser, text):
    [claim] = relocations(analyser, text)
    assert (canon(claim.origin), canon(claim.destination)) == ("idlib", "poland")


@pytest.mark.parametrize("text, legs", [
    ("Secondo l'emittente, una parte dei detenuti è stata trasferita da Mosul a Baghdad e il resto a Erbil.",
     [("mosul", "baghdad"), ("mosul", "erbil")]),
    ("Part of the weapons was trucked from Hodeidah to Sanaa, while the rest went north to Saada, the channel said.",
     [("hodeidah", "sanaa"), ("hodeidah", "sa'dah")]),
    ("Около 300 боевиков ИГ перебросили из Ракки в Хасеке, а остальных затем отправили дальше в Эрбиль.",
     [("raqqa", "al ḩasakah"), ("al ḩasakah", "erbil")]),
])
def test_the_rest_of_a_split_group_leaves_from_where_the_part_did_unless_sent_on(analyser, text, legs):
    found = [(canon(c.origin), canon(c.destination)) for c in relocations(analyser, text)]
    assert all(leg in found for leg in legs)


@pytest.mark.parametrize("text", [
    "Secondo la fonte, i detenuti sono stati trasferiti da Mosul al carcere di al-Hout, a Nassiriya.",
    "Selon la source, les détenus ont été transférés de Mossoul à la prison d'al-Hout, à Nassiriya.",
])
def test_a_town_set_off_after_a_prison_says_where_the_prison_lies(analyser, text):
    [claim] = relocations(analyser, text)
    assert canon(claim.origin) == "mosul" and claim.destination.text == "al-Hout"


@pytest.mark.parametrize("text, moved", [
    ("Zudem seien 30 Ausbilder der Bundeswehr mit einer Maschine der Luftwaffe von Köln-Wahn nach Rzeszów gebracht "
     "worden, meldet der Sender.", "germany"),
    ("Some 40 instructors of the US Army were flown from Ramstein to Rzeszow, the channel said.", "united states"),
])
def test_troops_of_a_state_named_after_a_genitive_are_its_troops(analyser, text, moved):
    [claim] = relocations(analyser, text)
    assert canon(claim.moved) == moved and canon(claim.destination) == "rzeszów"


@pytest.mark.parametrize("text", [
    "Im Frühjahr wurden rund 200 Bundeswehrsoldaten aus Husum nach Litauen verlegt.",
    "Bundeswehrsoldaten sollen mit ihren Panzern aus Husum nach Litauen gebracht worden sein.",
    "Folgen als Nächstes Bundeswehrsoldaten aus Husum an die Front bei Charkiw?",
])
def test_a_german_compound_of_a_state_and_a_word_for_troops_is_its_troops(analyser, text):
    [claim] = relocations(analyser, text)
    assert claim.moved.text == "Bundeswehrsoldaten" and canon(claim.moved) == "germany"


def test_a_country_the_german_noun_land_names_is_no_landing(analyser):
    text = ("Die Ukraine hat 300 Soldaten nach Charkiw verlegt. Es sind wirkliche Soldaten aus einem Land, das bereit "
            "ist, für seine Freiheit zu kämpfen.")
    assert [(canon(c.origin), canon(c.destination)) for c in relocations(analyser, text)] == [("", "kharkiv")]


def test_a_place_after_the_verb_of_the_move_is_no_seat_of_the_source(analyser):
    [claim] = relocations(analyser, "Według ministerstwa Rosja wysłała do Mali około 200 najemników.")
    assert canon(claim.destination) == "mali"


def test_a_bill_sent_to_parliament_moves_nobody(analyser):
    assert relocations(analyser, "The anti-migrant bill was sent to Parliament on Wednesday, the minister said.") == []


@pytest.mark.parametrize("text, origin, destination", [
    ("Die IS-Kämpfer seien aus Afrin in das türkische Gaziantep gebracht worden.", "‘afrīn", "gaziantep"),
    ("Die IS-Kämpfer wurden aus Manbidsch nach Kobane gebracht.", "manbij", "kobani"),
    ("Die IS-Kämpfer wurden in der Nacht nach Gaziantep gebracht.", "", "gaziantep"),
])
def test_a_german_name_after_aus_or_nach_is_a_place_when_the_gazetteer_knows_it(analyser, text, origin, destination):
    [claim] = relocations(analyser, text)
    assert (canon(claim.origin), canon(claim.destination)) == (origin, destination)


@pytest.mark.parametrize("text, destination", [
    ("Боевиков ИГ доставили вертолётами на американскую базу в Тель-Байдаре.", "Тель-Байдаре"),
    ("Бойовиків ІДІЛ перекинули на американську базу в Тель-Байдарі.", "Тель-Байдарі"),
])
def test_a_place_where_the_base_they_were_taken_to_lies_is_their_destination(analyser, text, destination):
    assert [c.destination.text for c in relocations(analyser, text)] == [destination]


def test_a_place_where_a_base_they_were_held_at_lies_is_no_destination(analyser):
    text = "Боевиков ИГ, находящихся на базе в Ираке, перебросили в Сирию."
    assert [(canon(c.origin), canon(c.destination)) for c in relocations(analyser, text)] == [("iraq", "syria")]


@pytest.mark.parametrize("text, destination", [
    ("Бойовиків ІДІЛ вивезли автобусами з Афріну до прикордонного Джейлянпинара.", "Джейлянпинара"),
    ("Боевиков ИГ перебросили из Африна в пограничный Джейланпынар.", "Джейланпынар"),
    ("Боевиков ИГ перебросили из Африна в приграничный турецкий Джейланпынар.", ""),
])
def test_one_adjective_may_stand_between_a_russian_or_ukrainian_marker_and_an_unknown_place(analyser, text,
                                                                                            destination):
    # two words between them are too many for a name the gazetteer does not know
    assert [c.destination.text if c.destination else "" for c in relocations(analyser, text)] == [destination]


@pytest.mark.parametrize("text, origin, destination", [
    ("Боевиков перебросили из Старой Ладожки в Курск.", "Старой Ладожки", "Курск"),
    ("Найманців перекинули з Харкова до Малої Вербівки.", "Харкова", "Малої Вербівки"),
    ("Żołnierzy przerzucono ze Starej Kamionki do Lublina.", "Starej Kamionki", "Lublina"),
    # a capitalised word at the sentence's start is no adjective of a name: the residents of Shebekino
    ("Жителей Шебекина вывезли в Курск.", "Шебекина", "Курск"),
    # a town named by an adjective, then its region's adjective: the town alone
    ("Найманців перекинули з Харкова до Сватового Луганської області.", "Харкова", "Сватового"),
])
def test_a_slavic_town_the_gazetteer_lacks_named_by_an_adjective_and_a_noun_is_read_whole(analyser, text, origin,
                                                                                          destination):
    # "в Малую Локню", "ze Starej Wsi": the adjective alone ("Старой", "Starej") is no place
    assert [(c.origin.text if c.origin else "", c.destination.text if c.destination else "")
            for c in relocations(analyser, text)] == [(origin, destination)]


@pytest.mark.parametrize("text, destination", [
    ("The IS commanders were first flown to the village of al-Bahra on the eastern bank of the Euphrates.", "al-Bahra"),
    ("Les combattants de Daech ont été transférés à al-Bahra.", "al-Bahra"),
    ("Los combatientes del EI fueron trasladados a ash-Shuhayl.", "ash-Shuhayl"),
])
def test_a_place_name_opened_by_a_small_arabic_article_is_a_place(analyser, text, destination):
    assert [c.destination.text for c in relocations(analyser, text)] == [destination]


@pytest.mark.parametrize("text, destinations", [
    ("The United States has moved IS militants to the northern Afghan provinces of Kunduz and Faryab.",
     ["kunduz", "faryab"]),
    ("Найманців ІДІЛ перекинули до Василівки та Токмака.", ["василівки", "токмака"]),
    ("Les combattants de Daech ont été transférés à Raqqa et Tabqa.", ["raqqa", "tabqa"]),
])
def test_a_name_joined_to_a_destination_by_and_is_a_destination_too(analyser, text, destinations):
    assert [c.destination.text.casefold() for c in relocations(analyser, text)] == destinations


@pytest.mark.parametrize("text, agent", [
    ("The Kurdish-led administration said it had transferred 22 Iraqi IS fighters to Iraq.",
     "the kurdish-led administration"),
    ("The ministry said on Monday that it had repatriated 40 IS fighters to Iraq.", "the ministry"),
    ("La coalition a indiqué avoir évacué des combattants de Daech vers l'Irak.", "coalition"),
    # they saw the move; they did not make it
    ("Local sources said they had seen IS fighters moved to Iraq.", ""),
    ("The ministry said the US had moved 40 IS fighters to Iraq.", "united states"),
    # a clause with no subject of its own opens on the verb: the speaker's (pro-drop languages)
    ("Польща заявила, що відправила своїх військових до Литви.", "poland"),
    ("Polonia afirmó que envió a sus soldados a Lituania.", "poland"),
    ("La Polonia ha dichiarato che ha inviato i suoi soldati in Lituania.", "poland"),
    ("Polonia afirmó que Lituania envió a sus soldados a Letonia.", "lithuania"),
])
def test_a_speaker_who_says_it_made_the_move_is_its_agent(analyser, text, agent):
    assert [canon(c.agent) for c in relocations(analyser, text)] == [agent]


@pytest.mark.parametrize("text, destination", [
    ("Los yihadistas del EI fueron llevados en aviones de carga hasta la ciudad libia de Sabha.", "sabha"),
    ("Les combattants de Daech ont été transférés au port libyen de Misrata.", "misratah"),
    ("IS fighters were moved to the Syrian town of Hajin.", "hajīn"),
])
def test_a_countrys_adjective_before_of_leaves_the_place_where_they_went(analyser, text, destination):
    [claim] = relocations(analyser, text)
    assert claim.origin is None and canon(claim.destination) == destination


def test_a_countrys_adjective_between_from_and_to_leaves_one_leg(analyser):
    """The adjective is no town of its own: one leg, from the prisons in Syria to Afghanistan."""
    text = "США перебрасывают боевиков ИГ из сирийских тюрем в Афганистан."
    assert [(canon(c.origin), canon(c.destination)) for c in relocations(analyser, text)] == [("syria", "afghanistan")]


@pytest.mark.parametrize("text", [
    "Wagner au Mali\n\nPARIS, 24 décembre — Des combattants de Daech ont été transférés de Bangui à Bamako.",
    "Fighters moved\n\nMOSCOW, Dec. 3 — IS fighters were flown from Raqqa to Kabul, the source said.",
])
def test_the_datelines_city_is_no_mover(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.agent is None for c in claims), [c.agent for c in claims]


def test_an_arabic_name_opened_by_tell_or_ain_keeps_both_words(analyser):
    text = "نقلت القوات الأمريكية عناصر من داعش إلى قاعدة تل بيدر."
    assert [c.destination.text for c in relocations(analyser, text)] == ["تل بيدر"]


@pytest.mark.parametrize("text, destination, country", [
    ("IS fighters were driven to the Iraqi border.", "Iraqi border", "Iraq"),
    ("Los presos fueron llevados en camiones hacia la frontera iraquí.", "frontera iraquí", "Iraq"),
    ("Les armes ont été acheminées vers la frontière nigérienne.", "frontière nigérienne", "Niger"),
    ("Боевиков ИГ перебросили к белорусской границе.", "белорусской границе", "Belarus"),
    ("نقلت القوات الأمريكية عناصر من داعش إلى الحدود الأردنية.", "الحدود الأردنية", "Jordan"),
])
def test_a_border_named_by_a_countrys_adjective_is_a_place_in_that_country(analyser, text, destination, country):
    [claim] = relocations(analyser, text)
    assert claim.destination.text == destination and claim.destination.country == country


@pytest.mark.parametrize("text, vehicle", [
    # Arabic puts the subject after the verb: vehicles named right after it carried the group (no owner named)
    ("نقلت طائرات الصليب الأحمر 125 أسيرا من عدن إلى صنعاء.", "طائرات"),
    ("نقلت حافلات الهلال الأحمر 200 لاجئ من حمص إلى إدلب.", "حافلات"),
    ("نقلت مروحيات تابعة للقوات الأمريكية نحو 35 إرهابيا من داعش إلى التنف.", "مروحيات"),
])
def test_in_verb_first_arabic_the_vehicles_right_after_the_verb_carry_the_group(analyser, text, vehicle):
    [claim] = relocations(analyser, text)
    assert claim.agent is not None and claim.agent.text == vehicle and claim.agent.canonical is None


@pytest.mark.parametrize("text", [
    "В ночь на 14 марта перевезли в Кундуз.",
    "У ніч на 14 березня перевезли до Кундуза.",
    "On 3 March were taken on to Kunduz.",
    "Le 2 juin, ont été transférés à Kunduz.",
])
def test_a_day_and_its_month_count_no_group(analyser, text):
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text", [
    "نقلت بحرا عناصر من داعش من الرقة إلى كابول.",
    "نقلت جوا عناصر من داعش من الرقة إلى كابول.",
    "نقلت برا عناصر من داعش من الرقة إلى كابول.",
])
def test_in_arabic_a_word_of_manner_after_the_verb_is_no_carrier(analyser, text):
    # "بحرا", "جوا", "برا": by sea, by air, by land: how they went, not who carried them
    assert all(c.agent is None for c in relocations(analyser, text))


@pytest.mark.parametrize("text, origin, destination", [
    # an adjective of origin in the indefinite accusative ("سورياً", Syrian) after a counted noun is no place: a name
    # is definite and takes no tanwin, though without it the adjective is spelt as the country
    ("أرسلت تركيا نحو 60 مقاتلاً سورياً من إدلب إلى ليبيا.", "idlib", "libya"),
    ("أرسلت تركيا نحو 60 مقاتلًا سوريًا من إدلب إلى ليبيا.", "idlib", "libya"),
    ("نقلت قوارب صيد نحو 30 مهاجراً إثيوبياً من جيبوتي إلى عدن.", "djibouti", "aden"),
    ("وصل نحو 80 جندياً بريطانياً إلى عدن.", "", "aden"),
    # the country itself, written without the ending, still is one
    ("أرسلت تركيا نحو 60 مقاتلاً من إدلب إلى سوريا.", "idlib", "syria"),
])
def test_in_arabic_an_adjective_with_the_accusative_ending_is_no_place(analyser, text, origin, destination):
    legs = {(canon(c.origin), canon(c.destination)) for c in relocations(analyser, text)}
    assert legs and all((origin in o if origin else not o) and destination in d for o, d in legs), legs


@pytest.mark.parametrize("text, there, destination", [
    # "from there" after a sentence that tells no move to a place (a ship that docks, a plane that lands): "there" is
    # where that sentence says they were, its first place that no word marks as a start
    ("أبحرت سفينة محملة بالأسلحة من بندر عباس. ورست السفينة في ميناء الحديدة. ومن هناك، نُقلت الأسلحة بشاحنات إلى "
     "صنعاء.", "al ḩudaydah", "صنعاء"),
    ("A cargo ship loaded with weapons left Bandar Abbas. The ship docked in the port of Hodeidah. From there the "
     "weapons were trucked to Sanaa.", "hodeidah", "Sanaa"),
    ("Ein Frachter mit Waffen verließ Bandar Abbas. Das Schiff legte in Hodeidah an. Von dort wurden die Waffen mit "
     "Lastwagen nach Sanaa gebracht.", "hodeidah", "Sanaa"),
])
def test_from_there_after_a_sentence_with_no_move_to_a_place_starts_where_that_sentence_was(analyser, text, there,
                                                                                            destination):
    legs = [(canon(c.origin), c.destination.text if c.destination else None) for c in relocations(analyser, text)]
    assert (there, destination) in legs, legs


@pytest.mark.parametrize("text, destination", [
    # Arabic has no capitals: after a marker, a common noun or two ("public schools", "shelter centres", "field
    # hospitals") and "في" or "قرب", a town the gazetteer knows, however small, is where they went
    ("نقلت حافلات نحو 1500 نازح من صيدا إلى مدارس رسمية في عاليه.", "aley"),
    ("نقلت حافلات الهلال الأحمر مهاجرين من صفاقس إلى مراكز إيواء في القيروان.", "kairouan"),
    ("نقلت سيارات إسعاف الجرحى من حلب إلى مستشفيات ميدانية قرب منبج.", "manbij"),
])
def test_in_arabic_a_known_town_after_common_nouns_and_in_is_the_destination(analyser, text, destination):
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


@pytest.mark.parametrize("text", [
    # a marker that has its own place, then "في" and a matter ("in the framework of"), whatever town shares its name
    "نقلت الحكومة 40 أسيراً من مأرب إلى صنعاء في إطار صفقة التبادل.",
    # a two-letter noun before the name ("in the quarter of"): no town of that name
    "نقلت السلطات المعتقلين من سجن الصناعة في حي غويران إلى صنعاء.",
])
def test_in_arabic_a_word_after_in_that_only_shares_a_towns_name_is_no_place(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(canon(c.destination) == "sanaa" for c in claims), [canon(c.destination) for c in claims]
    assert all(c.origin is None or canon(c.origin) not in ("atar", "al ḩayy") for c in claims)


@pytest.mark.parametrize("text, destination, region", [
    # a region named by a compass word and a place ("ولاية جنوب دارفور", the state of South Darfur): one place, in
    # the place named, never the bare compass word
    ("نقلت قوات الدعم السريع 40 محتجزاً من الخرطوم إلى ولاية جنوب دارفور.", "جنوب دارفور", "darfur"),
    ("وصل نحو 60 مقاتلاً من ليبيا إلى محافظة شمال سيناء.", "شمال سيناء", "sinai peninsula"),
])
def test_in_arabic_a_compass_word_and_a_place_after_a_place_noun_are_one_region(analyser, text, destination, region):
    [claim] = relocations(analyser, text)
    assert claim.destination is not None and claim.destination.text == destination
    assert canon(claim.destination) == region


@pytest.mark.parametrize("text", [
    # a number counts its noun in the singular: accusative after 11 to 99 ("30 مهاجراً", "50 مدنياً"), genitive
    # after hundreds and thousands ("20 ألف شخص"); those are the same people as the plural names them
    "نقلت قوارب صيد نحو 30 مهاجراً من جيبوتي إلى عدن.",
    "فرّ أكثر من 20 ألف شخص من الخرطوم إلى ود مدني.",
    "أجلت القوات القطرية نحو 50 مدنياً من كابل إلى الدوحة.",
])
def test_in_arabic_the_singular_a_number_counts_names_the_civilians_moved(analyser, text):
    [claim] = relocations(analyser, text)
    assert claim.moved is not None and claim.moved.canonical == "Civilians", claim.moved


@pytest.mark.parametrize("text", [
    "Unos 200 combatientes del EI entraron en territorio de Níger desde Libia.",
    "Des combattants de Daech sont entrés en territoire de Niger depuis la Libye.",
    "IS fighters entered the territory of Niger from Libya.",
    "Боевики ИГ вошли на территорию Нигера из Ливии.",
])
def test_the_territory_they_entered_is_where_they_went(analyser, text):
    assert [(canon(c.origin), canon(c.destination)) for c in relocations(analyser, text)] == [("libya", "niger")]


@pytest.mark.parametrize("text, modality", [
    # the verb of entering written with its marker ("entrou em", "entraron en") is the move's verb as well
    ("Cerca de 200 combatentes do EI entraram em Moçambique a partir da Tanzânia.", "asserted"),
    ("A polícia garantiu que nenhum combatente entrou em Moçambique este ano.", "denied"),
    ("La policía aseguró que ningún combatiente entró en Mozambique este año.", "denied"),
    ("La policía aseguró que ningún combatiente ha ingresado en Mozambique este año.", "denied"),
    ("A polícia garantiu que nenhum combatente ingressou em Moçambique este ano.", "denied"),
])
def test_entering_a_country_is_a_move_there(analyser, text, modality):
    [claim] = relocations(analyser, text)
    assert (canon(claim.destination), claim.modality) == ("mozambique", modality)


@pytest.mark.parametrize("text", [
    # a verb of heading for a place, reflexive in these languages, moves its subject there
    "Depois, os combatentes dirigiram-se para a Líbia.",
    "Depois, os combatentes se dirigiram para a Líbia.",
    "Después, los combatientes se dirigieron a Libia.",
    "След това бойците се отправиха към Либия.",
    "След това бойците се насочиха към Либия.",
])
def test_heading_for_a_place_is_a_move_there(analyser, text):
    [claim] = relocations(analyser, text)
    assert canon(claim.destination) == "libya"


@pytest.mark.parametrize("text", [
    # German puts the verb last: the place right before it is the move's, though it follows the source
    "Rund 200 Söldner sind nach Angaben der Regierung in Ouagadougou eingetroffen.",
    "Die IS-Kämpfer seien laut einer Quelle in Kabul gelandet.",
    "Die IS-Kämpfer wurden nach Angaben des Ministeriums in Kabul abgesetzt.",
])
def test_a_place_right_before_the_verb_of_the_move_is_not_the_sources_seat(analyser, text):
    assert [canon(c.destination) for c in relocations(analyser, text)] in (["ouagadougou"], ["kabul"])


@pytest.mark.parametrize("text", [
    "IS fighters were moved, a source in Damascus said.",
    "Des combattants de Daech ont été transférés, selon une source à Damas.",
])
def test_the_seat_of_a_source_after_the_move_is_no_end_of_it(analyser, text):
    assert all(c.destination is None for c in relocations(analyser, text))


@pytest.mark.parametrize("text", [
    "IS fighters were flown to the Afghan capital.",
    "Боевиков ИГ перебросили в афганскую столицу.",
    "نقلت القوات الأمريكية عناصر من داعش إلى العاصمة الأفغانية.",
])
def test_a_capital_named_by_its_countrys_adjective_is_that_capital(analyser, text):
    assert [canon(c.destination) for c in relocations(analyser, text)] == ["kabul"]


@pytest.mark.parametrize("text, destination", [
    ("L'état-major des armées a par ailleurs démenti l'envoi de tout soldat au Niger.", "niger"),
    ("Paris a confirmé l'envoi de 300 soldats au Tchad.", "chad"),
    ("Madrid confirmó el envío de 300 soldados a Letonia.", "latvia"),
    ("Lisboa confirmou o envio de 300 militares ao Níger.", "niger"),
])
def test_a_destination_marker_after_troops_keeps_its_role(analyser, text, destination):
    """"de" before the troops leads to them; "au" after them says where to (not "au port de Misrata", where "de"
    gives way to "au")."""
    assert [(canon(c.origin), canon(c.destination)) for c in relocations(analyser, text)] == [("", destination)]


# A noun for a kind of place with no name of its own points back to the place the article named with it.
@pytest.mark.parametrize("text, origin", [
    ("US helicopters flew the militants to the al-Tanf base on Monday. Two days after, trucks drove the militants "
     "out of the base to Deir ez-Zor.", "al-tanf"),
    ("Американские вертолёты доставили боевиков на базу Эт-Танф. Через два дня боевиков вывезли с базы в "
     "Дейр-эз-Зор.", "al-tanf"),
    ("نقلت مروحيات أمريكية عناصر من داعش إلى قاعدة التنف. وبعد يومين نُقل 40 مسلحا من القاعدة إلى دير الزور.",
     "al-tanf"),
    ("Les hélicoptères américains ont transporté les combattants vers la base d'al-Tanf. Deux jours plus tard, 40 "
     "combattants ont été transférés de la base vers Deir ez-Zor.", "al-tanf"),
    # after an indefinite article it is another base, the one named after it
    ("US helicopters flew the militants to the al-Tanf base on Monday. Two days after, trucks drove the militants "
     "out of a base in Jordan to Deir ez-Zor.", "jordan"),
    # a noun with a name of its own is that place
    ("US helicopters flew the militants to the al-Tanf base on Monday. Two days after, trucks drove the militants "
     "out of the Ain al-Asad base to Deir ez-Zor.", "ain al-asad"),
])
def test_the_base_points_back_to_the_base_named_before_unless_another_is_meant(analyser, text, origin):
    onward = [c for c in relocations(analyser, text) if canon(c.destination) == "deir ez-zor"]
    assert [canon(c.origin) for c in onward] == [origin]


# A generic noun points back to the last place of its kind the article named, with that noun or not.
@pytest.mark.parametrize("text, origin", [
    ("Боевики\n\nРоссийские самолёты доставили боевиков в Бенгази в понедельник. Через два дня боевиков вывезли из "
     "города в Сирт.", "benghazi"),
    ("Бойовики\n\nРосійські літаки доставили бойовиків до Бенгазі у понеділок. Через два дні бойовиків вивезли з "
     "міста до Сирта.", "benghazi"),
    ("مقاتلون\n\nنقلت طائرات روسية المقاتلين إلى بنغازي يوم الاثنين. وبعد يومين نقل المقاتلون من المدينة إلى سرت.",
     "benghazi"),
    # "a" after the town is where to, not where the town lies ("the town in Sirte")
    ("Combattenti\n\nAerei russi hanno trasportato i combattenti a Bengasi lunedì. Due giorni dopo i combattenti "
     "sono stati trasferiti dalla città a Sirte.", "benghazi"),
    ("Бойци\n\nРуски самолети прехвърлиха бойците в Бенгази в понеделник. Два дни по-късно бойците бяха преместени "
     "от града в Сирт.", "benghazi"),
    # a region, by its noun's kind ("oblast" for "region")
    ("Troops\n\nNorth Korean troops were moved to Kursk Oblast in October. In December the troops were sent out of "
     "the region to Sirte.", "kursk oblast"),
    ("Війська\n\nПівнічнокорейських військових перекинули до Курської області в жовтні. У грудні військових "
     "перекинули з області до Сирта.", "kursk oblast"),
    ("Войски\n\nСевернокорейски войници бяха прехвърлени в Курска област през октомври. През декември войниците "
     "бяха прехвърлени от областта в Сирт.", "kursk oblast"),
    # a base named by a compound noun, referred back to by the bare one
    ("Бойци\n\nАмерикански хеликоптери прехвърлиха бойците от базата Ain al-Asad в Ирак. После бойците бяха "
     "прехвърлени в авиобазата Ал Танф. Два дни по-късно бойците бяха преместени от базата в Сирт.", "al-tanf"),
    ("Боевики\n\nАмериканские вертолёты доставили боевиков на авиабазу Эт-Танф. Через два дня боевиков вывезли с "
     "базы в Сирт.", "al-tanf"),
    # no town of its kind named last: a country is no town
    ("Fighters\n\nRussian aircraft flew the fighters to Libya on Monday. Two days later trucks drove the fighters "
     "out of the city to Sirte.", ""),
    ("Боевики\n\nРоссийские самолёты доставили боевиков в Ливию. Через два дня боевиков вывезли из города в Сирт.",
     ""),
])
def test_a_generic_noun_points_back_to_the_last_place_of_its_kind(analyser, text, origin):
    onward = [c for c in relocations(analyser, text) if canon(c.destination) == "sirte"]
    assert [canon(c.origin) for c in onward] == [origin]


@pytest.mark.parametrize("text", [
    "Сили\n\nРосійські інструктори прибули у Малі в березні. Жодного солдата не було перекинуто до країни з Лівії.",
    "Сили\n\nРуски инструктори пристигнаха в Мали през март. Нито един войник не е бил прехвърлен в страната от "
    "Либия.",
])
def test_the_country_is_the_last_country_named_which_no_entity_lists(analyser, text):
    """Mali is a country the gazetteer knows by name, not an entity: a capitalised adjective before it ("Російські")
    is not the one meant."""
    onward = [c for c in relocations(analyser, text) if canon(c.origin) == "libya"]
    assert [canon(c.destination) for c in onward] == ["mali"]


@pytest.mark.parametrize("text, capital", [
    ("The fighters were moved from Kunduz to the capital last week.", "kabul"),
    ("Более 300 боевиков перебросили из Дарфура в столицу, сообщили источники.", "khartoum"),
    ("Les soldats ont été rapatriés de Faya-Largeau vers la capitale par avion.", "n'djamena"),
])
def test_a_bare_capital_is_the_capital_of_the_country_named_last(analyser, text, capital):
    assert [canon(c.destination) for c in relocations(analyser, text)] == [capital]


def test_a_capital_of_a_region_named_after_it_is_no_countrys_capital(analyser):
    text = "El Ejército trasladó a 300 soldados desde Mazatlán a la capital del estado."
    assert all(canon(c.destination) != "mexico city" for c in relocations(analyser, text))


@pytest.mark.parametrize("text, agent", [
    ("Rescuers evacuated more than 4,000 people from Orsk.", "Rescuers"),
    ("Спасатели эвакуировали из Орска более 4000 человек.", "Спасатели"),
    ("Рятувальники евакуювали з Херсона понад 300 людей.", "Рятувальники"),
    ("Los voluntarios evacuaron a 200 personas de Paiporta a Valencia.", "voluntarios"),
])
def test_rescuers_volunteers_or_police_right_before_the_verb_moved_them(analyser, text, agent):
    [claim] = relocations(analyser, text)
    assert claim.agent is not None and claim.agent.text == agent


@pytest.mark.parametrize("text", [
    "British intelligence MI-6 moved fighters from Idlib to Libya, sources said.",
    "Британская разведка МИ-6 перебросила боевиков из Идлиба в Ливию, сообщают источники.",
    "Der britische Geheimdienst MI-6 brachte Kämpfer aus Idlib nach Libyen, berichten Quellen.",
])
def test_a_number_that_is_part_of_a_name_is_no_count_of_the_group(analyser, text: str) -> None:
    [c] = relocations(analyser, text)
    assert c.moved is not None and c.moved.count is None and "6" not in (c.moved.text or "")


@pytest.mark.parametrize("text, origin, destination", [
    ("Militants picked up in Raqqa were later flown to Iraq.", "raqqa", "iraq"),
    ("Les combattants, récupérés dans la région de Kidal, ont été conduits vers le Niger.", "kidal", "niger"),
    ("Los combatientes fueron recogidos en Raqqa y trasladados después a Irak.", "raqqa", "iraq"),
    ("Las armas fueron cargadas en Odesa y llevadas a Lagos.", "odesa", "lagos"),
    ("Боевиков собрали в Ракке и перебросили в Ливию.", "raqqa", "libya"),
    ("Бойовиків зібрали в Ідлібі й перекинули до Лівії.", "idlib", "libya"),
])
def test_where_the_moved_were_picked_up_gathered_or_loaded_is_where_they_came_from(analyser, text, origin,
                                                                                 destination):
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination)) for c in claims] == [(origin, destination)], claims


@pytest.mark.parametrize("text, destination", [
    ("Киев перебросил из Польши на херсонское направление около 300 наемников.", "kherson"),
    ("Около 400 заключённых переброшены на купянское направление.", "kupyansk"),
    ("Росія перекинула найманців з Луганська на покровський напрямок.", "pokrovsk"),
    ("Росія перекинула найманців з Луганська на Запорізький напрямок.", "zaporizhzhia"),
])
def test_a_front_axis_named_by_its_towns_adjective_is_where_they_went(analyser, text, destination):
    claims = relocations(analyser, text)
    assert [canon(c.destination) for c in claims] == [destination], claims


# the town is in the gazetteer in its cases (Гуляйполя -> Hulyaypole)
@pytest.mark.parametrize("text, destination", [
    ("Из Луганска наемников направили на запорожское направление, в район Гуляйполя.", "hulyaypole"),
    ("З Луганська найманців направили на запорізький напрямок, у район Гуляйполя.", "hulyaypole"),
])
def test_a_place_set_off_after_an_axis_says_where_on_it(analyser, text, destination):
    claims = relocations(analyser, text)
    assert [(canon(c.destination), [canon(w) for w in c.destination.within]) for c in claims] == [
        (destination, ["zaporizhzhia"])], claims


# a city, then a base or airport the gazetteer places by that city: where in it they went, one move
@pytest.mark.parametrize("text", [
    "The fighters were flown from Istanbul to Tripoli and then to the Mitiga air base.",
    "I combattenti sono stati portati da Istanbul a Tripoli e poi all'aeroporto di Mitiga.",
    "Die Kämpfer wurden von Istanbul nach Tripolis und weiter zum Flughafen Mitiga geflogen.",
    "Los combatientes fueron trasladados desde Estambul a Trípoli y luego al aeropuerto de Mitiga.",
    "Les combattants ont été transférés d'Istanbul vers Tripoli, puis vers l'aéroport de Mitiga.",
])
def test_a_destination_inside_the_one_before_says_where_in_it_they_went(analyser, text):
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination), [canon(w) for w in c.destination.within])
            for c in claims] == [("istanbul", "mitiga", ["tripoli"])], claims


def test_two_places_joined_by_and_are_two_ends_even_when_one_lies_in_the_other(analyser):
    claims = relocations(analyser, "The army moved 300 soldiers from Lviv to the Kharkiv region and Kupiansk.")
    assert sorted(canon(c.destination) for c in claims) == ["kharkiv oblast", "kupyansk"], claims


@pytest.mark.parametrize("text", [
    "Наемники воюют на херсонском направлении.",
    "Бои идут на купянском направлении.",
    "Найманці воюють на покровському напрямку.",
])
def test_fighting_on_an_axis_is_no_move(analyser, text):
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text, destination", [
    ("Боевиков везли автобусами до Ракки.", "raqqa"),
    ("Звідти боєприпаси залізницею везуть до складів поблизу Харкова.", "kharkiv"),
    ("Бойовиків возили автобусами до Ракки.", "raqqa"),
])
def test_carrying_with_no_prefix_is_a_move(analyser, text, destination):
    claims = relocations(analyser, text)
    assert [canon(c.destination) for c in claims] == [destination], claims


@pytest.mark.parametrize("text, agent", [
    ("Les combattants ont été conduits par les autorités kurdes jusqu'à Erbil.", "autorités"),
    ("The fighters were taken by the authorities to Erbil.", "authorities"),
    ("Los migrantes fueron trasladados por las autoridades a Madrid.", "autoridades"),
    ("Die Migranten wurden von der Polizei nach Frankfurt gebracht.", "polizei"),
])
def test_a_body_no_entity_names_after_a_passive_marker_moved_them(analyser, text, agent):
    claims = relocations(analyser, text)
    assert [canon(c.agent) for c in claims] == [agent], claims


@pytest.mark.parametrize("text, agent", [
    ("¿Cuántos mercenarios más enviará Kiev a América Latina?", "ukraine"),
    ("Combien de mercenaires enverra Paris en Ukraine ?", "france"),
    ("Сколько еще боевиков перебросит Вашингтон в Афганистан?", "united states"),
    ("Скільки ще бойовиків перекине Москва до Лівії?", "russia"),
])
def test_a_questions_subject_right_after_the_verb_moves_them(analyser, text, agent):
    claims = relocations(analyser, text)
    assert [canon(c.agent) for c in claims] == [agent], claims


@pytest.mark.parametrize("text", [
    "Ukrainian instructors were sent to northern Mali.",
    "Ukrainische Ausbilder wurden in den Norden Malis gebracht.",
    "Украинских инструкторов перебросили на север Мали.",
    "Українських інструкторів перекинули на північ Малі.",
])
def test_a_states_instructors_are_its_troops(analyser, text):
    claims = relocations(analyser, text)
    assert [(canon(c.moved), canon(c.destination)) for c in claims] == [("ukraine", "mali")], claims


@pytest.mark.parametrize("text, destination", [
    ("ونقلت القوات الأمريكية عشرين من الإرهابيين من الشدادي إلى مركز الجدعة.", "الجدعة"),
    ("ونقلت القوات الأمريكية عشرين من الإرهابيين من الشدادي إلى معبر الزمراني.", "الزمراني"),
])
def test_an_arabic_word_for_a_site_opens_the_name_the_gazetteer_lacks(analyser, text, destination):
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination)) for c in claims] == [("shaddadi", destination)], claims


@pytest.mark.parametrize("text, destination", [
    # "حقل" (a field) and "سجن" (a prison) have three letters, as many as a preposition, yet are nouns of a site
    ("نقلت مروحيات التحالف ثلاثين مسلحاً من الشدادي إلى حقل الورد النفطي.", "الورد"),
    ("ونقلت القوات الأمريكية خمسين معتقلاً من الشدادي إلى سجن الزهور المركزي.", "الزهور"),
])
def test_a_short_arabic_word_for_a_site_is_no_preposition(analyser, text, destination):
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination)) for c in claims] == [("shaddadi", destination)], claims


@pytest.mark.parametrize("text, means", [
    ("Die Kämpfer wurden per Bahn von Rostow nach Donezk gebracht.", "train"),
    ("Боевиков везли по железной дороге из Ростова в Донецк.", "train"),
    ("Бойовиків везли по залізниці з Ростова до Донецька.", "train"),
    ("The fighters were taken by rail from Rostov to Donetsk.", "train"),
])
def test_how_they_went_is_no_mover(analyser, text, means):
    """"per Bahn", "по железной дороге", "by rail": the means, never the agent (the lexicon's means phrase
    may open with the instrument word itself)."""
    (claim,) = relocations(analyser, text)
    assert claim.agent is None and claim.means == means, claim


@pytest.mark.parametrize("text, origin, destination", [
    ("Die Kämpfer wurden mit dem Zug von Rostow nach Donezk gebracht.", "Rostow", "Donezk"),
    ("Die Kämpfer wurden per Bahn von Rostow nach Donezk gebracht.", "Rostow", "Donezk"),
    ("Des avions de Raqqa à Kaboul ont transporté les combattants.", "Raqqa", "Kaboul"),
])
def test_a_place_after_a_means_word_that_opens_a_route_is_its_origin(analyser, text, origin, destination):
    """"von X nach Y", "de X à Y" after a vehicle: where from, not whose vehicle (which "de la Turquie", with
    the verb between it and the destination, stays)."""
    (claim,) = relocations(analyser, text)
    assert (claim.origin.text, claim.destination.text) == (origin, destination), claim
    (owned,) = relocations(analyser, "Des hélicoptères de la Turquie ont transporté les combattants vers Tripoli.")
    assert owned.origin is None and owned.agent.text == "Turquie"


# ---------------------------------------------------------------- Polish and Italian

@pytest.mark.parametrize("text", [
    "W Warszawie odbył się w sobotę koncert charytatywny, na który przyszło kilka tysięcy osób.",
    "A Roma si è svolto sabato un concerto di beneficenza a cui hanno partecipato migliaia di persone.",
    "Bojownicy ISIS przebywają w Syrii i w Iraku.",
    "I combattenti dell'ISIS si trovano in Siria e in Iraq.",
    "Amerykanie trzymają setki bojowników ISIS w więzieniach w Syrii.",
])
def test_polish_and_italian_text_without_a_move_gives_no_claim(analyser, text):
    assert not relocations(analyser, text)


@pytest.mark.parametrize("text, origin, destination", [
    # Polish names in the case their preposition takes: "z" + genitive, "do" + genitive, "na" + accusative
    ("Amerykanie przerzucili bojowników ISIS z Syrii do Iraku.", "syria", "iraq"),
    ("Turcja przerzuciła najemników z Idlibu do Trypolisu.", "idlib", "tripoli"),
    ("Rosja przerzuca najemników z Białorusi na Ukrainę.", "belarus", "ukraine"),
    ("Francja wysłała najemników z Rakki do Nigru.", "raqqa", "niger"),
    # "w" + locative is where they were held: the origin, not where they went
    ("Bojowników ISIS przetrzymywanych w Syrii przerzucono do Iraku.", "syria", "iraq"),
    ("Amerykanie przerzucają bojowników ISIS przetrzymywanych w obozie al-Hol do Iraku.", "al-hol", "iraq"),
    ("Gli americani trasferiscono i combattenti dell'ISIS detenuti nel campo di al-Hol in Iraq.", "al-hol", "iraq"),
    ("Gli americani hanno trasferito i combattenti dell'ISIS dalla Siria in Iraq.", "syria", "iraq"),
    ("Un portavoce della guardia costiera ha detto che i migranti sono stati portati da Lampedusa in Sicilia.",
     "lampedusa", "sicily"),
    ("Według ukraińskiego wywiadu żołnierzy KRLD przewieziono koleją z Władywostoku do obwodu kurskiego.",
     "vladivostok", "kursk oblast"),
    ("Według ustaleń dziennikarzy w marcu z Aleppo do Trypolisu przetransportowano drogą lotniczą 150 bojowników.",
     "aleppo", "tripoli"),
    # a border named by a country's adjective is a place in that country
    ("Bojownicy zostali załadowani na ciężarówki w Rakce i przewiezieni do granicy irackiej.", "raqqa",
     "granicy irackiej"),
    ("Dzieci deportowane z Chersonia zostały przewiezione na Krym, poinformował ukraiński rzecznik praw obywatelskich.",
     "kherson", "crimea"),
    ("I bambini deportati da Kherson sono stati trasferiti in Crimea, ha riferito il difensore civico ucraino.",
     "kherson", "crimea"),
])
def test_polish_cases_and_italian_articles_give_the_ends_of_a_move(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert claims, text
    assert canon(claims[0].origin) == origin and canon(claims[0].destination) == destination, claims


def test_in_polish_a_place_in_the_locative_is_where_something_is_not_where_it_went(analyser):
    # "na Ukrainie" (locative) is where they fight; "do Libii" is where the second group went
    claims = relocations(analyser, "Rosyjscy najemnicy walczą na Ukrainie od 2022 roku, a Turcja wysłała "
                                   "bojowników do Libii.")
    assert [canon(c.destination) for c in claims] == ["libya"], claims


@pytest.mark.parametrize("text, legs", [
    ("Według lokalnych źródeł, Turcja wysłała setki syryjskich najemników z Idlibu do Trypolisu. Stamtąd "
     "przewieziono ich do Misraty.", [("idlib", "tripoli"), ("tripoli", "misratah")]),
    ("Secondo fonti locali, la Turchia ha inviato centinaia di mercenari siriani da Idlib a Tripoli. Da lì sono "
     "stati portati a Misurata.", [("idlib", "tripoli"), ("tripoli", "misratah")]),
])
def test_a_polish_or_italian_chain_gives_one_claim_per_leg(analyser, text, legs):
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination)) for c in claims] == legs
    assert all(c.modality == "reported" and c.source is not None and c.source.kind == "anonymous" for c in claims)



@pytest.mark.parametrize("text, agent, route", [
    # Polish "przez" right after the verb of the move says by whom; elsewhere it is a stop on the way
    ("Około 200 bojowników zostało przewiezionych przez Stany Zjednoczone z Rakki do Afganistanu.",
     "united states", ["raqqa", "afghanistan"]),
    ("Niemieckie służby przewoziły bojowników ISIS z Syrii przez Turcję na Ukrainę.",
     "germany", ["syria", "turkey", "ukraine"]),
    ("Turecki wywiad przerzucał bojowników z Idlibu przez Stambuł do Azerbejdżanu.",
     "turkey", ["idlib", "istanbul", "azerbaijan"]),
])
def test_polish_przez_is_the_agent_after_the_verb_and_a_stop_elsewhere(analyser, text, agent, route):
    (c, *_) = relocations(analyser, text)
    assert canon(c.agent) == agent and [canon(r) for r in c.route] == route, c


@pytest.mark.parametrize("text, moved, source", [
    # instructors sent are a group moved (not the support frame's trainers), and the channels that wrote it the source
    ("Kijów wysłał brytyjskich instruktorów wojskowych do Odessy, napisały prorosyjskie kanały na Telegramie.",
     "united kingdom", "kanały"),
    ("Kiev ha inviato istruttori militari britannici a Odessa, hanno scritto alcuni canali Telegram filorussi.",
     "united kingdom", "canali"),
])
def test_instructors_sent_by_a_state_are_moved_and_the_channels_are_the_source(analyser, text, moved, source):
    (c, *_) = relocations(analyser, text)
    assert canon(c.moved) == moved and canon(c.destination) == "odesa", c
    assert c.modality == "reported" and source in c.source.text, c




@pytest.mark.parametrize("text, origin, destination", [
    ("Les combattants ont été transportés en avion de Raqqa à Kaboul.", "Raqqa", "Kaboul"),
    ("Les Américains ont acheminé en camion de Mossoul à Bagdad des dizaines de combattants de Daech.",
     "Mossoul", "Bagdad"),
    ("Los combatientes fueron llevados en camión de Mosul a Bagdad.", "Mosul", "Bagdad"),
])
def test_a_vehicle_after_en_leaves_the_route_after_it_whole(analyser, text, origin, destination):
    """"en avion de Raqqa à Kaboul": "en" governs the vehicle, so the "de" after it says where from; it does not
    give way to "en" as the "de" of "au port de Misrata" does (no extra leg ending at the origin)."""
    (claim,) = relocations(analyser, text)
    assert (claim.origin.text, claim.destination.text) == (origin, destination), claim


@pytest.mark.parametrize("text, origin, destination", [
    ("Von Büchel aus sollen die Flugkörper ins polnische Lublin geflogen werden.", "Büchel", "Lublin"),
    ("Flüchtlinge wurden von der griechischen Insel Lesbos nach Athen gebracht.", "Lesbos", "Athen"),
    ("Die Panzer seien aus Nordenham auf den Truppenübungsplatz Hohenfels gebracht worden.", "Nordenham",
     "Hohenfels"),
])
def test_german_sites_and_von_aus_open_their_places(analyser, text, origin, destination):
    """German capitalises every noun, so a name the gazetteer lacks is a place only after a site noun or a marker
    that says so: "von ... aus" is where from (bare "von" is as often "by"), "von der" starts a route as "vom"
    does, and an island, a training area or a gas field names the place after it."""
    (claim,) = relocations(analyser, text)
    assert (claim.origin.text, claim.destination.text) == (origin, destination), claim


@pytest.mark.parametrize("text, origin, destination", [
    ("About 400 US troops left the Kobani area for Erbil on Saturday.", "Kobani", "Erbil"),
    ("Les combattants ont quitté Raqqa pour Deir ez-Zor.", "Raqqa", "Deir ez-Zor"),
    ("Los combatientes salieron de Raqqa para Deir ez-Zor.", "Raqqa", "Deir ez-Zor"),
])
def test_a_place_left_for_another_goes_there(analyser, text, origin, destination):
    """"left X for Y", "ont quitté X pour Y", "salieron de X para Y": the word after the place left says where to
    (`leave_for`); elsewhere it marks nothing ("flown from Raqqa for training in Iraq", "pour être débarquée")."""
    (claim,) = relocations(analyser, text)
    assert (claim.origin.text, claim.destination.text) == (origin, destination), claim
    (other,) = relocations(analyser, "The fighters were flown from Raqqa for training in Iraq.")
    assert other.destination is None, other


@pytest.mark.parametrize("text, destination", [
    ("Die Waffen wurden auf Lastwagen in die Rebellenhochburg Kidal gebracht.", "Kidal"),
    ("Die Flugzeuge brachten die Kämpfer aus Syrien nach Al-Azraq in Jordanien.", "Al-Azraq"),
])
def test_a_german_marker_reaches_a_known_name_over_one_noun_and_an_arabic_article_name(analyser, text, destination):
    """German capitalises every noun, so a name after "nach", "in die" is a place only when the gazetteer knows
    it; one noun may stand between ("in die Rebellenhochburg Kidal"), and a name opened by a joined Arabic article
    ("Al-Azraq", "asch-Schaddadi"), which no German noun has, is a place the gazetteer may lack."""
    claims = relocations(analyser, text)
    assert any(c.destination is not None and c.destination.text == destination for c in claims), claims


@pytest.mark.parametrize("text, origin, destination", [
    ("Die Häftlinge wurden aus der Justizvollzugsanstalt Celle nach Frankfurt gebracht.", "Celle", "Frankfurt"),
    ("Die Gefangenen waren aus der Abschiebungshaftanstalt Celle nach Hannover gefahren worden.", "Celle", "Hannover"),
    ("Die Familien wurden aus Hamburg in die Erstaufnahmeeinrichtung Suhl gebracht.", "Hamburg", "Suhl"),
])
def test_a_german_marker_reaches_a_name_over_one_long_compound_noun(analyser, text, origin, destination):
    """German writes a kind of place and what it is for as one compound ("Justizvollzugsanstalt",
    "Erstaufnahmeeinrichtung"): the one noun between a marker and its place may be longer than elsewhere."""
    (claim,) = relocations(analyser, text)
    assert (claim.origin.text, claim.destination.text) == (origin, destination), claim


@pytest.mark.parametrize("text, origin, destination", [
    ("Die Armee hat 40 Soldaten von ihrem Stützpunkt im polnischen Rzeszów nach Kiew verlegt.", "Rzeszów", "Kiew"),
    ("Die Kämpfer wurden aus einem Lager im syrischen Idlib nach Libyen gebracht.", "Idlib", "Libyen"),
    ("Die Familien wurden aus Damaskus in ein Lager im jordanischen Zarqa gebracht.", "Damaskus", "Zarqa"),
])
def test_a_german_state_adjective_may_stand_between_a_locative_word_and_its_town(analyser, text, origin,
                                                                                 destination):
    """"von ihrem Stützpunkt im polnischen Rzeszów": after the locative word that ties a town to the site named after
    the marker, German puts the adjective of the town's state in small letters; the town is still the place."""
    (claim,) = relocations(analyser, text)
    assert (claim.origin.text, claim.destination.text) == (origin, destination), claim


@pytest.mark.parametrize("text, agent", [
    ("Die Bundespolizei hat nach Angaben eines Sprechers 30 afghanische Männer aus Celle nach Hannover gebracht.",
     "Bundespolizei"),
    ("Die Bundespolizei hat laut einem Sprecher 30 afghanische Männer aus Celle nach Hannover gebracht.",
     "Bundespolizei"),
    ("La polizia ha secondo un portavoce trasferito 30 afghani da Milano a Roma.", "La polizia"),
    ("Полиция по данным пресс-службы перевезла 30 афганцев из Москвы в Казань.", "Полиция"),
    ("Policja według rzecznika przewiozła 30 Afgańczyków z Warszawy do Krakowa.", "Policja"),
])
def test_a_body_moves_them_over_an_according_to_inset_before_the_verb(analyser, text, agent):
    """A cue that cites whom it precedes ("nach Angaben eines Sprechers", "secondo un portavoce", "по данным") is an
    inset in the body's own clause, no speech verb of the body: the body before it is still who moved them."""
    (claim,) = relocations(analyser, text)
    assert claim.agent is not None and claim.agent.text == agent, claim


@pytest.mark.parametrize("text, destination", [
    ("Die Kämpfer seien aus Syrien nach Warschau geflogen worden. Von dort gehe es mit Lastwagen weiter an die Front "
     "im Gebiet Donezk.", "Gebiet Donezk"),
    ("Die Söldner seien aus Syrien nach Minsk geflogen worden. Von dort gehe es weiter in den Raum Gomel.", "Gomel"),
])
def test_an_onward_leg_whose_trigger_ends_in_a_two_word_marker_reaches_its_place(analyser, text, destination):
    """"weiter an die", "weiter in den" are trigger phrases (on to a place) that end in a two-word marker: the marker
    opens the place after it, through a locative word too ("an die Front im Gebiet Donezk"), as "weiter nach" does."""
    onward = relocations(analyser, text)[-1]
    assert onward.destination is not None and onward.destination.text == destination, onward


@pytest.mark.parametrize("text, origin, destination", [
    ("وقال أحد المنشورات إن المقاتلين سينقلون جوا من مطار أضنة إلى مأرب.", "أضنة", "مأرب"),
    ("وقالت المصادر إن عناصر داعش ستُنقل من الحسكة إلى العراق.", "الحسكة", "العراق"),
])
def test_arabic_future_verbs_are_triggers(analyser, text, origin, destination):
    """The future prefix سـ joined to the verb ("سينقلون", "ستُنقل") still tells a move (a planned one)."""
    (claim,) = relocations(analyser, text)
    assert (claim.origin.text, claim.destination.text) == (origin, destination), claim


@pytest.mark.parametrize("text, origin, destination", [
    ("ويظهر المقطع لاجئين سوريين عائدين من تركيا إلى مدينة جرابلس.", "تركيا", "جرابلس"),
    # (the origin told by the from-there word "ومنها", which stands for الحسكة)
    ("نقلت القوات المعتقلين إلى الحسكة. ومنها سلموا براً إلى أربيل.", "ومنها", "أربيل"),
])
def test_arabic_returning_and_handing_over_are_moves(analyser, text, origin, destination):
    """"عائدين" (returning), "سلموا" (handed over): moves, with a place after their markers."""
    claims = relocations(analyser, text)
    assert any(c.origin is not None and c.destination is not None and (c.origin.text, c.destination.text)
               == (origin, destination) for c in claims), claims


@pytest.mark.parametrize("text", [
    "غادر 330 نازحاً سورياً بلدة عرسال إلى يبرود.",
    "وأعلنت المديرية مغادرة 330 نازحاً سورياً بلدة عرسال إلى يبرود.",
    "وقالت المصادر إن النازحين يغادرون بلدة عرسال إلى يبرود.",
    "وقالت المصادر إن النازحين سيغادرون بلدة عرسال إلى يبرود.",
    "وقال المصدر إن قافلة من 330 نازحاً ستغادر بلدة عرسال إلى يبرود غداً.",
])
def test_arabic_verbs_of_leaving_take_the_origin_as_object_in_every_tense(analyser, text):
    """"غادر" leaves a place named as its object, with no marker: so do its present ("يغادرون", "تغادر"), its future
    ("سيغادرون", "ستغادر") and its verbal noun ("مغادرة"), the subject (VSO) standing between them and the place."""
    claims = relocations(analyser, text)
    assert any(c.origin is not None and c.origin.text == "عرسال" and c.destination is not None
               and c.destination.text == "يبرود" for c in claims), claims


@pytest.mark.parametrize("text, country, destination", [
    ("دخل جندي أمريكي مدينة حلب.", "United States", "Aleppo"),
    ("وصل جندي روسي إلى عفرين.", "Russia", "‘Afrīn"),
])
def test_arabic_a_single_soldier_is_a_group_of_troops(analyser, text, country, destination):
    """"جندي" (a soldier, the singular) opens the moved group as "جنود" does: its country adjective says whose he is,
    and after a verb that comes first the place he enters or reaches is the destination."""
    claims = relocations(analyser, text)
    assert any(c.moved is not None and c.moved.canonical == country and c.destination is not None
               and c.destination.canonical == destination for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    ("ونفت وزارة الدفاع أن يكون أي جندي تركي قد دخل مدينة الموصل.", "Mosul"),
    ("ونفى الجيش أن تكون قوات أمريكية قد دخلت مدينة الرقة.", "Raqqa"),
])
def test_arabic_who_denies_an_entry_did_not_move_the_group(analyser, text, destination):
    """A body that denies that soldiers entered a place ("دخل", a verb of entering, whose group goes by
    itself, as after a verb of reaching) is not said to have moved them, as with an arrival: the claim has no
    agent."""
    claims = [c for c in relocations(analyser, text) if c.destination is not None
              and c.destination.canonical == destination]
    assert claims and all(c.agent is None for c in claims), claims


@pytest.mark.parametrize("text, first, second", [
    ("نزحت مئات العائلات من دير الزور إلى حلب والرقة.", "Aleppo", "Raqqa"),
    ("نقلت تركيا مئات المقاتلين من عفرين إلى طرابلس ومصراتة.", "Tripoli", "Misratah"),
])
def test_arabic_a_place_joined_by_and_written_on_it_shares_the_role(analyser, text, first, second):
    """"و" (and) is written onto the next word: "إلى حلب والرقة" sends the group to both places, as "to Aleppo
    and Raqqa" does."""
    destinations = {c.destination.canonical for c in relocations(analyser, text) if c.destination is not None}
    assert {first, second} <= destinations, destinations


def test_arabic_a_word_after_and_that_is_no_place_is_no_destination(analyser):
    """"وسط" (amid) after the place opens no second destination."""
    claims = relocations(analyser, "نقلت تركيا مئات المقاتلين إلى طرابلس وسط تكتم شديد.")
    assert [c.destination.canonical for c in claims if c.destination is not None] == ["Tripoli"], claims


@pytest.mark.parametrize("text, country", [
    ("نفى المتحدث أن تكون قوات التحالف قد نقلت أي عنصر من داعش إلى الأراضي العراقية.", "Iraq"),
    ("وقالت المصادر إن الحافلات نقلت المقاتلين من عفرين إلى الأراضي التركية.", "Turkey"),
])
def test_arabic_territory_named_by_a_country_adjective_is_in_that_country(analyser, text, country):
    """"الأراضي العراقية" (Iraqi territory) is a place in Iraq, as "الحدود الأردنية" is on Jordan's border."""
    claims = relocations(analyser, text)
    assert any(c.destination is not None and c.destination.country == country for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    ("Une cinquantaine de blessés ont été évacués de Mamoudzou vers La Réunion par des avions militaires.",
     "La Réunion"),
    ("Los heridos fueron evacuados de Miami a La Habana.", "La Habana"),
])
def test_a_marker_whose_article_opens_the_name_still_leads_to_it(analyser, text, destination):
    """"vers La Réunion", "a La Habana": the lexicon's phrase "vers la", "a la" ends inside the name; the marker ends
    where the name starts."""
    (claim,) = relocations(analyser, text)
    assert claim.destination is not None and claim.destination.text == destination, claim


@pytest.mark.parametrize("text, origin, destination", [
    ("Die letzten französischen Soldaten hatten Mali bereits am 15. August verlassen und waren nach Niger verlegt "
     "worden.", "Mali", "Niger"),
    ("Die Kämpfer haben Rakka im Oktober verlassen.", "Rakka", None),
])
def test_a_german_verb_final_leaving_takes_the_place_before_it(analyser, text, origin, destination):
    """German ends a clause in its verb: "hatten Mali ... verlassen" left Mali (word_order: verb_final); a marker
    phrase ("aus dem Irak") is no verb of leaving, and an ordinal's full stop ("am 15. August") ends no clause."""
    claims = relocations(analyser, text)
    assert claims and claims[0].origin is not None and claims[0].origin.text == origin, claims
    assert (claims[-1].destination.text if claims[-1].destination else None) == destination, claims
    (belarus,) = relocations(analyser, "Belarus habe Hunderte IS-Kämpfer aus dem Irak nach Minsk geflogen.")
    assert belarus.origin.text == "Irak" and belarus.agent is not None, belarus


@pytest.mark.parametrize("text, origin, destination", [
    ("نقلت القوات المقاتلين من معسكرات الراعي إلى ليبيا.", "الراعي", "ليبيا"),
    ("نقلت القوات المقاتلين إلى أطراف قضاء سنجار.", None, "سنجار"),
])
def test_arabic_place_nouns_open_the_name_after_them_one_after_another(analyser, text, origin, destination):
    """Camps, districts, outskirts (معسكرات, قضاء, أطراف ...) are place nouns: the name comes after them, also after
    two in a row ("إلى أطراف قضاء سنجار"), which no capital can show in Arabic."""
    (claim,) = relocations(analyser, text)
    assert (claim.origin.text if claim.origin else None, claim.destination.text) == (origin, destination), claim


@pytest.mark.parametrize("text, origin, destination", [
    ("The fighters were flown out of Raqqa to Iraq.", "Raqqa", "Iraq"),
    ("The fighters were driven out of Raqqa and flown to Iraq.", "Raqqa", "Iraq"),
    ("Dozens of IS militants have been taken out of Kurdish-run prisons in Hasakah.", "Hasakah", None),
])
def test_a_trigger_that_ends_in_the_first_word_of_a_marker_keeps_the_marker(analyser, text, origin, destination):
    """"flown out" + "of": the trigger phrase took the "out" of the marker "out of", which still says where from; a
    capitalised compound adjective ("Kurdish-run") is no place."""
    (claim,) = relocations(analyser, text)
    assert claim.origin is not None and claim.origin.text == origin, claim
    assert (claim.destination.text if claim.destination else None) == destination, claim


@pytest.mark.parametrize("text, moved", [
    ("Two American Black Hawk helicopters ferried Russian troops from Latakia to Benghazi.", "russia"),
    ("Из Москвы в Бенгази гражданскими рейсами прибыли 40 российских военнослужащих.", "russia"),
    ("З Москви до Бенгазі цивільними рейсами прибули 40 російських військовослужбовців.", "russia"),
])
def test_a_group_word_before_a_vehicle_is_the_vehicles_kind(analyser, text, moved):
    """"Russian Ilyushin cargo planes", "цивільними рейсами": the word before the vehicle says what kind of vehicle
    (a state's, a civilian one), it is no group moved; a Russian or Ukrainian noun before a vehicle in the
    instrumental is still who went ("бойовиків автобусами везуть")."""
    claims = relocations(analyser, text)
    assert claims and all(moved in canon(c.moved) for c in claims), claims
    assert not relocations(analyser, "Two American Black Hawk helicopters touched down near Raqqa.")
    (bused,) = relocations(analyser, "Звідти бойовиків ІДІЛ автобусами везуть до Донецька.")
    assert canon(bused.moved) == "islamic state", bused


@pytest.mark.parametrize("text, count", [
    ("Según la policía, otro grupo de unos 150 será enviado el lunes desde Arrecife a Sevilla.", 150),
    ("Another group of about 40 will be flown from Erbil to Kabul next week.", 40),
])
def test_an_auxiliary_after_a_number_is_no_group(analyser, text, count):
    """"otro grupo de unos 150 será enviado": the number counts the group before it; the verb after it is no
    noun of a counted group."""
    for c in relocations(analyser, text):
        assert c.moved is None or c.moved.text.casefold() not in ("será", "will"), c


@pytest.mark.parametrize("text", [
    "Les combattants ont été transférés de Raqqa au Conseil de sécurité, selon la lettre.",
    "The fighters were moved from Raqqa to the Council of ministers, the letter said.",
    "Los combatientes fueron trasladados desde Raqqa al Consejo de seguridad, según la carta.",
])
def test_a_name_followed_by_a_link_word_and_a_common_noun_is_no_place(analyser, text):
    """"au Conseil de sécurité", "the Council of ministers": a body's name, no unknown place; a place's own
    link leads to a capital ("Alcalá de Henares")."""
    for c in relocations(analyser, text):
        assert c.destination is None or not c.destination.text.startswith("Con"), c
    (named,) = relocations(analyser, "Los migrantes fueron trasladados desde Barajas a Torrejón de Ardoz.")
    assert named.destination is not None and named.destination.text.startswith("Torrej"), named


@pytest.mark.parametrize("text, destination", [
    ("Des blessés ont été évacués de Mamoudzou vers La Réunion.", "La Réunion"),
    ("Des migrants ont été transférés de Calais vers La Rochelle.", "La Rochelle"),
    ("Los heridos fueron trasladados desde Tenerife hacia La Palma.", "La Palma"),
])
def test_a_marker_phrase_ending_in_the_names_article_stops_at_the_name(analyser, text, destination):
    """"vers La Réunion": the lexicon's marker "vers la" reads the name's own article; the marker ends where the
    name starts, so the name is still the place it leads to."""
    (claim,) = relocations(analyser, text)
    assert claim.destination is not None and claim.destination.text == destination, claim


@pytest.mark.parametrize("text", [
    "Forty IS fighters were flown from Raqqa to Erbil. The next group will be taken from Hasakah to Kabul.",
    "Cuarenta combatientes del EI fueron trasladados de Raqqa a Erbil. El siguiente grupo será llevado de Hasaka a "
    "Kabul.",
    "Сорок боевиков ИГ перебросили из Ракки в Эрбиль. Следующую группу отправят из Хасаке в Кабул.",
    "Сорок бойовиків ІД перекинули з Ракки до Ербіля. Наступну групу відправлять з Хасаке до Кабула.",
    "Сорок боевиков ИГ перебросили из Ракки в Эрбиль. Ранее сообщалось о переброске похожей группы из Хасаке в Кабул.",
])
def test_the_next_or_a_similar_group_stands_for_the_group_named_before(analyser, text):
    """"the next group", "el siguiente grupo", "наступну групу", "похожей группы": another batch of the group just
    moved, with a route of its own."""
    claims = relocations(analyser, text)
    assert [canon(c.moved) for c in claims] == ["islamic state", "islamic state"], claims
    assert canon(claims[1].destination) == "kabul", claims


@pytest.mark.parametrize("text", [
    "Forty IS fighters were flown from Raqqa to Erbil. The rest were taken to Kabul.",
    "Cuarenta combatientes del EI fueron trasladados de Raqqa a Erbil. El resto fue llevado a Kabul.",
    "Quarante combattants de l'EI ont été transférés de Raqqa à Erbil. Le reste a été conduit à Kaboul.",
    "Сорок бойовиків ІД перекинули з Ракки до Ербіля. Частину прибулих перевезли до Кабула.",
    "Сорок боевиков ИГ перебросили из Ракки в Эрбиль. Часть прибывших доставили в Кабул.",
])
def test_the_rest_or_the_new_arrivals_are_the_group_named_before(analyser, text):
    """"the rest", "el resto", "le reste", "частину прибулих": the group just moved goes on from where it went."""
    claims = relocations(analyser, text)
    assert [canon(c.moved) for c in claims] == ["islamic state", "islamic state"], claims
    assert (canon(claims[1].origin), canon(claims[1].destination)) == ("erbil", "kabul"), claims


@pytest.mark.parametrize("text, origin, destination", [
    ("Près de 500 militaires français ont quitté Clermont-Ferrand la semaine dernière pour la base roumaine de Cincu.",
     "Clermont-Ferrand", "Cincu"),
    ("Des combattants de Daech ont quitté Raqqa pour Mossoul.", "Raqqa", "Mossoul"),
])
def test_french_pour_after_a_move_says_where_to(analyser, text, origin, destination):
    """"ont quitté X pour Y": "pour" before a place is where they left for (as "partir pour" already was)."""
    (claim,) = relocations(analyser, text)
    assert (claim.origin.text, claim.destination.text) == (origin, destination), claim


@pytest.mark.parametrize("text, origin, destination", [
    ("Частину бойовиків перевели до села Кобасна.", "", "Кобасна"),
    ("Бойовиків вивезли з районів Ракки до селища Тель-Тамр.", "raqqa", "Тель-Тамр"),
])
def test_ukrainian_village_and_districts_lead_to_the_name_after_them(analyser, text, origin, destination):
    """"до села Кобасна", "з районів Ракки", "до селища ...": a village's, a settlement's or districts' noun between
    the marker and the name, as "району" already was."""
    (claim,) = relocations(analyser, text)
    assert canon(claim.origin) == origin, claim
    assert claim.destination is not None and claim.destination.text == destination, claim


@pytest.mark.parametrize("text, destination", [
    ("Боевиков ИГ перебросили из Ракки в Дейр-эз-Зор. Еще около 150 боевиков могут перебросить туда же из Хасаке.",
     "deir ez-zor"),
    ("Бойовиків ІД перекинули з Ракки до Дейр-ез-Зора. Ще близько 150 бойовиків можуть перекинути туди ж з Хасаке.",
     "deir ez-zor"),
])
def test_to_the_same_place_is_where_the_last_move_went(analyser, text, destination):
    """"туда же", "туди ж" with no place before it in its sentence: where the last move told went; a bare "туда" stays
    with a place its own sentence named (it often retells a move, or points further back)."""
    claims = relocations(analyser, text)
    assert [canon(c.destination) for c in claims] == [destination, destination], claims
    assert claims[1].origin is not None and claims[1].origin.text.startswith("Хасаке"), claims


@pytest.mark.parametrize("text, first", [
    ("Unos 480 migrantes que llegaron a Lampedusa fueron trasladados el miércoles a Sicilia.", "Lampedusa"),
    ("About 40 IS fighters were flown to Kasrak and then driven on to Mosul.", "Kasrak"),
])
def test_a_trigger_phrase_ending_in_its_marker_opens_the_unknown_name_after_it(analyser, text, first):
    """"llegaron a Lampedusa", "flown to Kasrak": the phrase swallowed its marker, which still opens a name the
    gazetteer lacks right after it (not over an article: "driven to the Slovenian port of Koper")."""
    claims = relocations(analyser, text)
    assert claims and claims[0].destination is not None and claims[0].destination.text == first, claims
    driven = relocations(analyser, "Forty IS fighters were driven to the Slovenian port of Koper.")
    assert all(c.destination is None or c.destination.text != "Slovenian" for c in driven), driven


@pytest.mark.parametrize("text", [
    "IS fighters were flown from Raqqa to Erbil. About 50 civilians stayed in Erbil, the rest were taken to Kabul.",
    "Combatientes del EI fueron trasladados de Raqqa a Erbil. Unos 50 civiles se quedaron en Erbil, el resto fue "
    "llevado a Kabul.",
    "Des combattants de l'EI ont été transférés de Raqqa à Erbil. Une cinquantaine de civils sont restés sur place, "
    "le reste a été conduit à Kaboul.",
    "Бойовиків ІД перекинули з Ракки до Ербіля. Близько 50 цивільних мешканців там і лишилося, решту перевезли до "
    "Кабула.",
])
def test_the_word_for_a_group_right_before_the_verb_wins_over_a_group_in_another_clause(analyser, text):
    """"..., the rest were taken to Kabul": the group named in the clause before the comma is that clause's; the
    word right before the verb stands for the group moved before."""
    claims = relocations(analyser, text)
    assert claims[-1].destination is not None and "kab" in canon(claims[-1].destination), claims
    assert canon(claims[-1].moved) == "islamic state", claims


@pytest.mark.parametrize("text", [
    "Ces combattants de l'EI ont été conduits jusqu'à Tinzaouaten, où ils auraient formé les rebelles du nord de "
    "l'Azawad.",
    "The IS fighters were driven to Tinzaouaten, where they trained rebels from Kidal.",
    "Los combatientes del EI fueron trasladados hasta Tinzaouaten, donde formaron grupos armados de Kidal.",
])
def test_a_where_clause_with_no_move_of_its_own_names_no_origin(analyser, text):
    """"..., où ils auraient formé les rebelles de l'Azawad": the clause tells what they did where they went; its
    "de"/"from" place is no start of the move."""
    (claim,) = relocations(analyser, text)
    assert claim.origin is None and claim.destination.text == "Tinzaouaten", claim
    (chain,) = relocations(analyser, "The IS fighters were driven to Tinzaouaten from Kidal.")
    assert chain.origin.text == "Kidal", chain


@pytest.mark.parametrize("text", [
    "Близько 300 бойовиків ІД перекинули з Ракки до Ербіля. Новобранців відправили до Кабула.",
    "Около 300 боевиков ИГ перебросили из Ракки в Эрбиль. Новобранцев отправили в Кабул.",
])
def test_the_recruits_stand_for_the_group_named_before(analyser, text):
    """"новобранців", "новобранцев" as "the recruits", "los reclutas", "les recrues" already were."""
    claims = relocations(analyser, text)
    assert [canon(c.moved) for c in claims] == ["islamic state", "islamic state"], claims


@pytest.mark.parametrize("text", [
    "Unmarked helicopters landed near US bases in northern Iraq last week, carrying dozens of militants.",
    "Des hélicoptères sans marquage ont atterri près des bases des États-Unis en Irak avec des dizaines de "
    "combattants de l'EI.",
    "Unos helicópteros sin distintivos aterrizaron cerca de bases de Estados Unidos en Irak con decenas de "
    "combatientes del EI.",
])
def test_a_state_owning_what_they_landed_near_is_no_end_of_the_move(analyser, text):
    claims = relocations(analyser, text)
    assert claims, text
    assert all(canon(c.origin) != "united states" and canon(c.destination) != "united states" for c in claims)
    assert {canon(c.destination) for c in claims} == {"iraq"}


def test_a_place_near_which_they_landed_by_its_noun_is_still_where_they_went(analyser):
    claims = relocations(analyser, "Helicopters landed near the town of Termez with dozens of IS fighters.")
    assert [canon(c.destination) for c in claims] == ["tirmiz"]


@pytest.mark.parametrize("text", [
    "Helicopters have been landing at an airfield in northern Iraq for days, and according to people who live "
    "nearby, they are not carrying food.",
    "Des hélicoptères atterrissent depuis des jours sur un aérodrome en Irak et, selon des civils qui vivent là, ils "
    "ne transportent pas de vivres.",
    "Helicópteros sin marcas aterrizan desde hace días en un aeródromo de Irak y, según civiles que viven allí, no "
    "transportan víveres.",
    "Hubschrauber landen seit Tagen auf einem Flugplatz im Irak, und laut Zivilisten, die dort leben, "
    "transportieren sie keine Lebensmittel.",
])
def test_the_people_an_attribution_names_in_a_clause_of_their_own_are_not_moved(analyser, text):
    assert all(canon(c.moved) != "civilians" for c in relocations(analyser, text)), text


@pytest.mark.parametrize("text", [
    "Since American soldiers left Baghdad, the Islamic State has recruited thousands of young men.",
    "Depuis que les soldats américains ont quitté Bagdad, l'État islamique a recruté des milliers de jeunes.",
    "Seit die amerikanischen Soldaten Bagdad verlassen haben, hat der Islamische Staat Tausende junge Männer "
    "rekrutiert.",
])
def test_a_move_told_as_the_time_of_another_clause_moves_not_that_clauses_group(analyser, text):
    assert not [c for c in relocations(analyser, text) if canon(c.moved) == "islamic state"], text


@pytest.mark.parametrize("text", [
    "Since the Americans left Kabul, IS fighters have been flown from Syria to Afghanistan.",
    "Depuis que les Américains ont quitté Kaboul, des combattants de l'EI sont transférés de Syrie vers "
    "l'Afghanistan.",
])
def test_the_place_left_in_a_since_clause_is_no_end_of_the_main_clauses_move(analyser, text):
    claims = relocations(analyser, text)
    assert [(canon(c.agent), canon(c.moved), canon(c.origin), canon(c.destination)) for c in claims] == [
        ("", "islamic state", "syria", "afghanistan")]


@pytest.mark.parametrize("text, state", [
    ("Dozens of IS fighters escaped from camps guarded by local militias. Analysts say no trade route can be built "
     "without permission from the United States.", "united states"),
    ("Dutzende IS-Kämpfer sind aus Lagern geflohen, die von lokalen Milizen bewacht werden. Analysten sagen, niemand "
     "könne ohne Erlaubnis aus Russland eine Handelsroute bauen.", "russia"),
])
def test_the_next_sentences_from_is_no_origin_of_a_move_from_a_noun(analyser, text, state):
    assert all(canon(c.origin) != state for c in relocations(analyser, text)), text


# claims16, German places: a name between an origin and a destination marker is where they left, known to the
# gazetteer or not ("aus Grafenwöhr nach Polen"); not a common noun ("aus Sicherheitsgründen")
@pytest.mark.parametrize("text, origin", [
    ("Die Haubitzen seien per Bahn aus Hammelburg nach Polen geliefert worden.", "hammelburg"),
    ("Die Kämpfer seien aus Atmeh nach Idlib gebracht worden.", "atmeh"),
    ("Die Munition wurde per Bahn von Podilsk nach Odessa gebracht.", "podilsk"),
])
def test_a_german_name_between_from_and_to_is_the_origin(analyser, text, origin):
    claims = relocations(analyser, text)
    assert any(canon(c.origin) == origin for c in claims), claims


def test_a_german_common_noun_after_aus_is_no_origin(analyser):
    claims = relocations(analyser, "Deutschland hat Soldaten aus Sicherheitsgründen nach Polen verlegt.")
    assert claims and all(c.origin is None for c in claims), claims


@pytest.mark.parametrize("text", [
    "Deutschland hat Soldaten aus Besorgnis nach Polen verlegt.",
    "Die IS-Kämpfer wurden aus Gefängnissen nach Rakka gebracht.",
])
def test_a_german_noun_ending_in_nis_is_no_unknown_place(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.origin is None for c in claims), claims


# English verbs of moving that earlier lists lacked: spirited out, driven under escort, exported
@pytest.mark.parametrize("text, destination", [
    ("Special forces spirited 20 Islamic State commanders out of Raqqa and into Iraq, sources said.", "iraq"),
    ("At least 14 Islamic State fighters were driven under escort from Tal Tamr to Mosul.", "mosul"),
    ("Prosecutors say the firm exported ammunition to Libya in 2019.", "libya"),
])
def test_english_verbs_of_moving_spirited_driven_exported(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.destination).startswith(destination[:5]) for c in claims), claims


# "from there" after a sentence that moved a group to a country and named a place in it after: that place
@pytest.mark.parametrize("text, origin", [
    ("Rund 300 IS-Kämpfer wurden in die Türkei gebracht und in einem Lager bei Gaziantep untergebracht. Von dort "
     "sollen sie nach Niamey ausgeflogen worden sein.", "gaziantep"),
    ("Around 300 Islamic State fighters were taken to Turkey and housed in a camp near Gaziantep. From there they "
     "were flown to Niamey.", "gaziantep"),
    ("Около 300 боевиков ИГИЛ перевезли в Турцию и разместили в лагере под Газиантепом. Оттуда их переправили в "
     "Ниамей.", "gaziantep"),
])
def test_from_there_is_the_place_named_in_the_last_destination_after_it(analyser, text, origin):
    claims = relocations(analyser, text)
    assert any(canon(c.origin) == origin and canon(c.destination) == "niamey" for c in claims), claims


# an article before a noun stands for a group only when a move of one was told ("Les hommes ont ensuite été
# transférés"), never for a group merely named in the sentence before ("30 élèves ... les hérissons traversent")
@pytest.mark.parametrize("text", [
    "L'école accueille 30 élèves réfugiés cette année. Des chercheurs de Dijon ont constaté que les hérissons "
    "traversent la route vers Besançon surtout après minuit.",
    "El colegio acoge este año a 30 alumnos refugiados. Investigadores de Murcia observaron que los erizos cruzan las "
    "carreteras hacia Cartagena de madrugada.",
])
def test_an_article_before_a_noun_stands_for_no_group_no_move_told(analyser, text):
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text", [
    "La Turquie a envoyé 300 combattants syriens d'Idlib à Tripoli. Les hommes ont ensuite été transférés à Syrte.",
    "Turquía envió a 300 combatientes sirios de Idlib a Trípoli. Los hombres fueron trasladados después a Sirte.",
])
def test_an_article_before_a_noun_after_a_move_told_stands_for_its_group(analyser, text):
    claims = relocations(analyser, text)
    assert any(canon(c.destination) == "sirte" and canon(c.moved) == "militants" for c in claims), claims


# words of institutions and ordinals are no unknown place (real news: "a Guarda Nacional", "в Третата световна")
@pytest.mark.parametrize("text, word", [
    ("Mário decidiu levar armas de Lisboa para a Guarda Nacional Ucraniana.", "Guarda"),
    ("Русия изпраща оръжия от Москва в Третата световна война.", "Третата"),
])
def test_an_institutions_word_or_an_ordinal_is_no_destination(analyser, text, word):
    claims = relocations(analyser, text)
    assert claims and all(c.destination is None or c.destination.text != word for c in claims), claims


# a number counts a group only when its noun names people or materiel (the frame files' counted_nouns): ordinary
# news counts cities, paintings and towns on a tour, which no move of a group carries
@pytest.mark.parametrize("text", [
    "La orquesta recorrerá 8 ciudades en junio y saldrá de Vigo hacia Madrid.",
    "В октябре оркестр отправится из Москвы по 4 городам Сибири.",
    "The museum sent 40 paintings from Vienna to Tokyo for the exhibition.",
])
def test_a_number_of_things_no_move_carries_is_no_group(analyser, text):
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text, count", [
    ("Some 300 men were taken from Raqqa to Tabqa, the observatory said.", 300),
    ("Около 200 человек вывезли из Ракки в Табку.", 200),
    ("Rund 120 Männer wurden aus Rakka nach Tabka gebracht.", 120),
])
def test_a_number_of_people_is_a_group_the_lexicon_need_not_name(analyser, text, count):
    claims = relocations(analyser, text)
    assert any(c.moved is not None and c.moved.count == count for c in claims), claims


# the noun of a named group told just before is that group again ("IS detainees", then "the detainees")
@pytest.mark.parametrize("text", [
    "The US moved 50 IS detainees from Hasakah to Iraq. The detainees were later flown from Iraq to Kabul.",
    "Американцы вывезли 50 заключённых ИГИЛ из Хасеке в Ирак. Позже заключённых доставили на аэродром Рмейлан.",
    "نقلت القوات الأمريكية 50 من معتقلي تنظيم داعش من الحسكة إلى العراق. ثم نُقل المعتقلون جواً من العراق إلى كابول.",
])
def test_a_named_groups_own_noun_after_it_is_that_group(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(canon(c.moved) == "islamic state" for c in claims), claims


def test_a_generic_noun_after_another_groups_move_keeps_its_own_group(analyser):
    claims = relocations(analyser, "The US moved 50 IS detainees from Hasakah to Iraq. Separately, Turkey sent 200 "
                                   "civilians from Idlib to Gaziantep by bus.")
    assert any(canon(c.moved) == "civilians" for c in claims), claims


# verbs of setting off, rolling on, moving camp (uk, ru, de)
@pytest.mark.parametrize("text, destination", [
    ("Після цього колона російських вантажівок з боєприпасами рушила з Бєлгорода до Куп'янська.", "kupyansk"),
    ("Колонна российских грузовиков с боеприпасами тронулась из Белгорода к Купянску.", "kupyansk"),
    ("Die Panzerhaubitzen aus Deutschland sollen von Rzeszów in die Ukraine weiterrollen.", "ukraine"),
])
def test_verbs_of_setting_off_and_rolling_on_are_moves(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.destination).startswith(destination[:5]) for c in claims), claims


# German separable verbs of moving written apart in a main clause: the verb with its particle at the clause's end
@pytest.mark.parametrize("text, origin, destination", [
    ("Die IS-Kämpfer kehrten danach aus der Türkei nach Syrien zurück, sagte ein Sprecher.", "turkey", "syria"),
    ("Russland zog seine Truppen im November aus Cherson ab.", "kherson", ""),
    ("Hunderte Wagner-Söldner rückten am Montag aus Bachmut nach Soledar an.", "bakhmut", "soledar"),
])
def test_a_german_verb_split_from_its_particle_is_a_move(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.origin) == origin and canon(c.destination) == destination for c in claims), claims


def test_a_german_word_after_um_with_an_infinitive_after_it_is_no_place(analyser):
    claims = relocations(analyser, "Russland verlegte Soldaten aus Belgorod in den Landkreis, um Sandsäcke zu füllen.")
    assert claims and all(c.destination is None for c in claims), claims


# "bis" before a name is as far as: the place the move ends in ("nach Polen und weiter bis Frankfurt")
@pytest.mark.parametrize("text, destination", [
    ("Die Waffen seien per Lastwagen von Luzk über die Grenze und weiter bis Breslau gefahren worden.", "wrocław"),
    ("Die IS-Kämpfer sollen in Bussen bis Gaziantep gebracht worden sein.", "gaziantep"),
])
def test_german_bis_before_a_name_marks_where_the_move_ends(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.destination) == destination for c in claims), claims


# "nach" before an article says when ("nach dem Fall von Mossul"), never where to
@pytest.mark.parametrize("text", [
    "IS-Anhänger seien nach dem Fall von Mossul nach Griechenland gelangt.",
    "Nach einer Woche in Rakka wurden die IS-Kämpfer nach Griechenland gebracht.",
])
def test_german_nach_before_an_article_is_no_destination_marker(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(canon(c.destination) == "greece" for c in claims), claims


# claims16, German triggers: on the way ("unterwegs"), leaving the country ("ausgereist"), passed on ("weitergereicht")
@pytest.mark.parametrize("text, origin, destination", [
    ("Ein Sprecher bestritt, dass Panzer aus Deutschland nach Polen unterwegs seien.", "germany", "poland"),
    ("Die Flüchtlinge waren zuvor aus Kabul nach Pakistan ausgereist.", "kabul", "pakistan"),
    ("Die IS-Kämpfer sollen von Misrata nach Italien weitergereicht worden sein.", "misrata", "italy"),
])
def test_german_verbs_of_being_on_the_way_leaving_and_passing_on(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.origin).startswith(origin[:5]) and canon(c.destination) == destination for c in claims), claims


def test_an_auxiliary_after_a_negated_move_noun_is_no_group(analyser):
    # "no shipment had crossed": "had" is no group the shipment moves ("any transfer of troops" still counts troops)
    assert all(canon(c.moved) != "had" for c in relocations(analyser, "The spokesman said no shipment had crossed "
                                                                        "into Kosovo."))
    claims = relocations(analyser, "The ministry denied any transfer of troops to Kosovo.")
    assert claims and all(c.modality == "denied" and c.moved.text == "troops" for c in claims), claims


# claims17, Italian triggers: set off ("sono partiti", with its auxiliary: "partito" alone is also a party), went on
# towards ("è proseguito verso"), let out ("fatti uscire"), escorted ("hanno scortato")
@pytest.mark.parametrize("text, origin, destination", [
    ("I miliziani dello Stato islamico sono partiti in pullman da Mosul verso Kirkuk.", "mosul", "kirkuk"),
    ("I jihadisti sono stati fatti uscire da Aleppo verso Idlib.", "aleppo", "idlib"),
    ("Le forze curde hanno scortato i miliziani dello Stato islamico da Raqqa a Deir ez-Zor.", "raqqa", "deir ez-zor"),
    ("Un gruppo di miliziani dello Stato islamico è poi proseguito verso Herat.", "", "herāt"),
])
def test_italian_verbs_of_setting_off_going_on_and_escorting(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.origin) == origin and canon(c.destination) == destination for c in claims), claims


def test_an_italian_party_that_is_partito_moves_nobody(analyser):
    text = "Il Partito democratico ha vinto a Roma e il partito di governo ha perso a Milano."
    assert relocations(analyser, text) == []


# claims17, Polish: "mężczyzn" (the men) stands for the group named before, as "чоловіків" does in Ukrainian;
# "kogokolwiek" (anybody) in a denied move is its group, as "nikogo" is
def test_polish_men_stand_for_the_group_named_before(analyser):
    claims = relocations(analyser, "Bojowników Państwa Islamskiego wywieziono z Rakki do Dajr az-Zauru. Według "
                                   "agencji mężczyzn przewieziono potem samolotem do Bagdadu.")
    assert any(canon(c.moved) == "islamic state" and canon(c.destination) == "baghdad" for c in claims), claims
    assert relocations(analyser, "Mężczyźni zostali przewiezieni do Iraku.") == []


def test_polish_anybody_is_the_group_of_a_denied_move(analyser):
    claims = relocations(analyser, "Rzecznik armii zaprzeczył, by jej samoloty przewoziły kogokolwiek z Syrii do "
                                   "Polski.")
    assert any(c.modality == "denied" and c.moved.text == "kogokolwiek" and canon(c.destination) == "poland"
               for c in claims), claims


# claims18, triggers: put aboard or loaded onto a vehicle, driven via, on their way to, to cross into (en); sent
# on in the feminine ("enviada", es); set off again (fr "repartis"); moved under escort between prisons
# (ru "этапировать", uk "етапувати"), rebased (ru "перебазировать", uk "перебазувати"), crossed a border
# (uk "перетнути", ru "пересекли границу"), to head off (ru "двинуться"); fetched out (de "geholt", "herausholen")
@pytest.mark.parametrize("text, origin, destination", [
    ("From Raqqa the ISIS detainees were put aboard a cargo ship bound for Libya.", "raqqa", "libya"),
    ("From Raqqa the ISIS detainees were loaded onto a plane bound for Kabul.", "raqqa", "kabul"),
    ("A group of ISIS militants was driven via the Rabia crossing to Mosul.", "", "mosul"),
    ("Dozens of ISIS fighters are already on their way to Kabul, the agency said.", "", "kabul"),
    ("Part of the ISIS fighters is expected to cross into Afghanistan next month.", "", "afghanistan"),
    ("Una parte de los combatientes del Estado Islámico fue enviada a Libia.", "", "libya"),
    ("Los combatientes del Estado Islámico fueron conducidos a Irak.", "", "iraq"),
    ("Les combattants de Daech seraient ensuite repartis vers la Libye.", "", "libya"),
    ("Боевиков ИГ этапировали из Ракки в Ирак.", "raqqa", "iraq"),
    ("Бойовиків ІДІЛ етапували з Ракки до Іраку.", "raqqa", "iraq"),
    ("Боевики ИГ двинутся из Ракки к Дейр-эз-Зору.", "raqqa", "deir ez-zor"),
])
def test_more_verbs_of_moving(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any((not origin or canon(c.origin) == origin) and canon(c.destination) == destination
               for c in claims), claims


# forms the lemma table gives to another word: Spanish present "manda" (to the noun "mando"), with its object and
# an adverb between verb and place, as Portuguese and Italian "manda" already are; the French feminine participles
# of "repartir" (set off again)
@pytest.mark.parametrize("text, origin, destination", [
    ("El Gobierno manda en secreto 300 soldados españoles desde Rota a Ucrania.", "rota", "ukraine"),
    ("El Ejército manda 40 tanques de Cádiz a Melilla, según el mensaje.", "cadiz", "melilla"),
    ("O Governo manda 300 soldados portugueses de Tancos para a Roménia.", "tancos", "romania"),
    ("Il governo manda 300 soldati italiani da Taranto in Libia.", "taranto", "libya"),
    ("Une partie des combattants de Daech serait ensuite repartie vers la Libye.", "", "libya"),
    ("Les unités russes sont reparties vers Kidal.", "", "kidal"),
])
def test_forms_the_lemma_table_misses_still_move(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.origin) == origin and canon(c.destination) == destination for c in claims), claims


@pytest.mark.parametrize("text", [
    "El coronel que manda el batallón nació en Sevilla.",
    "Quien manda en Caracas es el ejército.",
])
def test_manda_as_commanding_moves_nobody(analyser, text):
    assert relocations(analyser, text) == []


# handed over to someone at a place: the place after the recipient is where they went, not where from, even when
# the place is a border post "of" a town (Spanish "entregados a ... en el puesto fronterizo de X", as in French,
# Italian and Portuguese, which read it already)
@pytest.mark.parametrize("text, destination", [
    ("Los 40 migrantes venezolanos fueron entregados a las autoridades colombianas en el puesto fronterizo de "
     "Cúcuta.", "cúcuta"),
    ("Los 40 migrantes fueron entregados al Ejército en la base de Rota.", "rota"),
    ("Les 40 migrants ont été livrés aux autorités maliennes au poste-frontière de Gao.", "gao"),
    ("I 40 migranti sono stati consegnati alle autorità libiche al valico di Ras Jedir.", "ras jedir"),
    ("Os 40 migrantes foram entregues às autoridades bolivianas no posto de fronteira de Cobija.", "cobija"),
])
def test_handed_over_to_someone_at_a_place_goes_there(analyser, text, destination):
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination)) for c in claims] == [("", destination)], claims


# going on with how they went between the verb and its marker: the means phrase does not count in the gap
@pytest.mark.parametrize("text, destination", [
    ("Según la fuente, 50 guerrilleros colombianos habrían seguido en lanchas por el río hasta Puerto Ayacucho.",
     "puerto ayacucho"),
    ("Les combattants russes ont ensuite poursuivi en camions militaires par la route nationale jusqu'à Kidal.",
     "kidal"),
    ("I miliziani dello Stato islamico hanno poi proseguito in camion lungo la costa fino a Sirte.", "sirte"),
    ("Los 50 guerrilleros colombianos siguieron en lanchas hasta Puerto Ayacucho.", "puerto ayacucho"),
])
def test_going_on_by_some_means_to_a_place_is_a_move(analyser, text, destination):
    claims = relocations(analyser, text)
    assert [canon(c.destination) for c in claims] == [destination], claims


@pytest.mark.parametrize("text, origin, destination", [
    ("El contingente ruso se dirigió por carretera a Mopti.", "", "mopti"),
    ("Desde Niamey, el contingente ruso se dirigió por carretera a Ouallam, añade el canal.", "niamey", "ouallam"),
])
def test_spanish_heading_for_a_place_by_some_means_is_a_move(analyser, text, origin, destination):
    """"se dirigió a" is a trigger phrase; with how they went between the verb and "a" it goes on as a verb of going
    on does."""
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination)) for c in claims] == [(origin, destination)], claims


def test_spanish_heading_a_body_is_no_move(analyser):
    assert relocations(analyser, "El ministro ruso se dirigió por carta a la ONU en Ginebra.") == []


@pytest.mark.parametrize("text", [
    "Los soldados rusos siguieron combatiendo durante semanas en los alrededores del río hasta Mosul.",
    "Les soldats russes ont poursuivi les combats pendant des semaines près du fleuve jusqu'à Mossoul.",
])
def test_going_on_with_more_than_a_means_between_is_no_move(analyser, text):
    assert relocations(analyser, text) == []


# a time phrase with a "de" in it ("el fin de semana") marks no origin: the place after it is where they landed
@pytest.mark.parametrize("text, origin, destination", [
    ("Un total de 214 migrantes desembarcaron el fin de semana en Arguineguín tras nueve días de travesía, informó la "
     "Delegación del Gobierno.", "", "arguineguín"),
    ("Los 300 soldados españoles fueron trasladados el fin de semana de Madrid a Valencia.", "madrid", "valencia"),
    ("Des centaines de migrants sont arrivés en fin de semaine à Lampedusa, selon la préfecture.", "", "lampedusa"),
    ("Centinaia di migranti sono sbarcati nel fine settimana a Lampedusa, secondo la prefettura.", "", "lampedusa"),
])
def test_the_weekend_is_a_time_and_no_origin(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination)) for c in claims] == [(origin, destination)], claims


# mothers are civilians a move may take, as families and children are
@pytest.mark.parametrize("text, origin, destination", [
    ("Le quotidien affirme que 45 mères ont pu rejoindre Zaporijia depuis Berdiansk en traversant la ligne de front.",
     "berdyansk", "zaporizhzhia"),
    ("Unas 45 madres ucranianas cruzaron desde Berdiansk hasta Zaporiyia, según la ONG.", "berdyansk", "zaporizhzhia"),
    ("Cerca de 45 mães ucranianas chegaram a Zaporíjia vindas de Berdiansk, segundo a ONG.", "berdyansk",
     "zaporizhzhia"),
])
def test_mothers_are_civilians_moved(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert [(canon(c.moved), canon(c.origin), canon(c.destination)) for c in claims] == [
        ("civilians", origin, destination)], claims


@pytest.mark.parametrize("text", [
    "The board of the company met in Kabul on Monday.",
    "The minister said the boarding of the new members was on its way to a vote in Kabul.",
])
def test_boarding_with_no_group_moves_nobody(analyser, text):
    assert relocations(analyser, text) == []


def test_german_fetched_out_is_a_move_from_where_they_were_fetched(analyser):
    claims = relocations(analyser, "Die US-Armee habe rund 30 IS-Kämpfer aus Rakka geholt.")
    assert any(canon(c.origin) == "raqqa" and canon(c.moved) == "islamic state" for c in claims), claims


# claims18: places joined by "and" with their marker said again ("da Raqqa e da Hasakah", "from Raqqa and from
# Hasakah", "в Сирию и в Ливию") have one role: a leg from each origin, or from the same origin to each destination
@pytest.mark.parametrize("text, expected", [
    ("Gli Stati Uniti hanno trasferito i miliziani dello Stato islamico da Raqqa e da Mosul verso la Libia.",
     {("raqqa", "libya"), ("mosul", "libya")}),
    ("The US moved ISIS fighters from Raqqa and from Mosul to Afghanistan.",
     {("raqqa", "afghanistan"), ("mosul", "afghanistan")}),
    ("Los Estados Unidos trasladaron a combatientes del Estado Islámico desde Raqqa y desde Mosul a Afganistán.",
     {("raqqa", "afghanistan"), ("mosul", "afghanistan")}),
    ("США перебросили боевиков ИГ из Ракки в Ирак и в Афганистан.", {("raqqa", "iraq"), ("raqqa", "afghanistan")}),
])
def test_places_joined_with_their_marker_said_again_share_a_role(analyser, text, expected):
    legs = {(canon(c.origin), canon(c.destination)) for c in relocations(analyser, text)}
    assert expected <= legs, legs


# claims18: Russian "бойцы" (fighters) name militants, as English "fighters" and Ukrainian "бойовики" do
def test_russian_fighters_are_a_moved_group(analyser):
    claims = relocations(analyser, "По его словам, около 300 бойцов перебросили из Ракки в Ливию.")
    assert any(canon(c.moved) == "militants" and canon(c.destination) == "libya" for c in claims), claims


# claims18: Spanish "llevada" (taken, feminine: "llevadas" was listed), German "gekommen" (come, with where to)
@pytest.mark.parametrize("text, destination", [
    ("Una parte de los combatientes del Estado Islámico fue llevada a Irak.", "iraq"),
    ("Rund 200 IS-Kämpfer seien über die Türkei nach Libyen gekommen.", "libya"),
])
def test_taken_in_the_feminine_and_come_to(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.destination) == destination for c in claims), claims


# claims21: Arabic nouns of the land (valley, desert, steppe, mountains) tie a name the gazetteer lacks to its marker
# as a town or a base does ("إلى وادي حوران"), and reach a known one after them ("إلى صحراء الرطبة")
@pytest.mark.parametrize("text, destination", [
    ("وقال القيادي إن نحو 50 مسلحاً نُقلوا بمروحيات إلى وادي حوران قرب الرطبة.", "حوران"),
    ("نقلت مروحيات أمريكية 40 عنصراً من تنظيم داعش من قاعدة التنف إلى صحراء الرطبة.", "الرطبة"),
    ("وأضاف أن المقاتلين نُقلوا لاحقاً إلى سلسلة جبال مكحول.", "مكحول"),
])
def test_arabic_nouns_of_the_land_open_a_place_name(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(c.destination is not None and c.destination.text == destination for c in claims), claims


# claims21: Arabic "من طراز" (of the type) and "من جهتها" (for its part) begin with "من" (from) but mark no origin: the
# helicopters' model is no town (Taraz)
def test_arabic_of_a_type_is_no_origin(analyser):
    claims = relocations(analyser, "وذكر المرصد أن المعتقلين نُقلوا بمروحيات من طراز شينوك إلى قاعدة خراب الجير.")
    assert claims and all(c.origin is None for c in claims), claims


# claims21: in Arabic a locative word right after a word of being gathered or held is where they were, and opens the
# name after a place noun as a marker does ("جُمعوا في مدينة الراعي": gathered in the town of al-Rai, the origin)
def test_arabic_name_where_a_group_was_gathered_is_the_origin(analyser):
    claims = relocations(analyser, "وقالت المصادر إن المسلحين جُمعوا في مدينة الراعي بريف حلب ثم نُقلوا إلى تركيا.")
    assert any(c.origin is not None and c.origin.text == "الراعي" and canon(c.destination) == "turkey"
               for c in claims), claims


# claims21: Arabic "قد" is "may" only before the imperfect ("قد يُنقلون"); before the past ("وكان ... قد زعم", "had
# claimed") it tells what was done, and the move is not hypothetical
@pytest.mark.parametrize("text, modality", [
    ("وكان المتحدث قد زعم أن أكثر من 300 عنصر نُقلوا جواً من إسطنبول إلى معيتيقة.", "reported"),
    ("وقالت المصادر إن المقاتلين قد تنقلهم طائرات إلى ليبيا.", "hypothetical"),
    ("وحذرت موسكو من أن مقاتلين أجانب قد يُنقلون من سوريا إلى قره باغ.", "hypothetical"),
])
def test_arabic_qad_is_may_only_before_the_imperfect(analyser, text, modality):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == modality for c in claims), claims


# claims21: a point or comma between digits groups a number's thousands ("2.000 soldados", "2,000 marines"); it ends
# no clause, so the group after the number is still the trigger's
@pytest.mark.parametrize("text, destination", [
    ("Estados Unidos envió 2.000 soldados a Polonia.", "poland"),
    ("Estados Unidos trasladó unos 2.000 marines desde Norfolk a Puerto Rico.", "puerto rico"),
    ("The United States moved 2,000 marines from Norfolk to Puerto Rico.", "puerto rico"),
])
def test_a_number_grouped_in_thousands_ends_no_clause(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.agent) == "united states" and canon(c.destination) == destination for c in claims), claims


# claims21: Spanish "Camp" and "Fort" open a base's name of two words ("desde Camp Lejeune", "procedentes de Fort
# Campbell"), and a concept's word that opens a longer name is the name's (not a prison camp)
@pytest.mark.parametrize("text, origin", [
    ("Estados Unidos trasladó unos 2.000 marines desde Camp Lejeune a Puerto Rico.", "Camp Lejeune"),
    ("Estados Unidos envió soldados de la 101.ª División desde Fort Campbell a Rumanía.", "Fort Campbell"),
])
def test_spanish_camp_and_fort_open_a_base_name(analyser, text, origin):
    claims = relocations(analyser, text)
    assert any(c.origin is not None and c.origin.text == origin for c in claims), claims


# claims21: the Saudi-led coalition is an actor of its own (its gold canonical saudi-led-coalition), named in Arabic
# ("تحالف العدوان", "التحالف بقيادة السعودية") and Spanish ("la coalición saudí"); "the coalition" alone stays US-led
@pytest.mark.parametrize("text", [
    "قال المتحدث إن تحالف العدوان نقل خلال الأسبوع الماضي أكثر من 600 مرتزق سوداني من معسكرات في جيزان إلى جبهة ميدي.",
    "قال المتحدث إن طيران التحالف بقيادة السعودية نقل مئات من عناصر تنظيم القاعدة من مدينة مأرب إلى محافظة شبوة.",
    "La coalición saudí trasladó a decenas de combatientes de Al Qaeda desde Marib hasta Adén.",
])
def test_the_saudi_led_coalition_is_an_agent(analyser, text):
    claims = relocations(analyser, text)
    assert any(canon(c.agent) == "saudi-led coalition" for c in claims), claims


# claims21: in Arabic a preposition after a place noun after a marker ("إلى معسكرات في جرف الصخر", to camps in Jurf
# al-Sakhar) leads on to the name, as a second place noun does
@pytest.mark.parametrize("text, place", [
    ("وتضيف بعض المنشورات أن المقاتلين نُقلوا لاحقا إلى معسكرات في جرف الصخر.", "جرف"),
    ("قال المتحدث إن تحالف العدوان نقل أكثر من 600 مرتزق سوداني من معسكرات في جيزان إلى جبهة ميدي.", "جيزان"),
])
def test_arabic_preposition_after_a_place_noun_leads_to_the_name(analyser, text, place):
    claims = relocations(analyser, text)
    assert any(s is not None and s.text == place for c in claims for s in (c.origin, c.destination)), claims


# claims21: a from-there word right after a place of the sentence and before the trigger ("concentrados en Afrín, desde
# donde partieron ...") starts the move at that place, not where the move told before went
def test_from_where_after_a_place_starts_there(analyser):
    claims = relocations(analyser, "Turquía ha trasladado a Níger a al menos 1.000 combatientes. Según la ONG, los "
                                   "hombres fueron concentrados primero en Afrín, desde donde partieron en autobuses "
                                   "hacia Turquía.")
    assert any(canon(c.origin) == "‘afrīn" and canon(c.destination) == "turkey" for c in claims), claims


# thirty-third session: the same with the Arabic comma between the place and the from-there word ("في ميناء طرطوس، ومن
# هناك نقلتهم ...": in the port of Tartus, and from there ... took them)
def test_from_there_after_a_place_and_an_arabic_comma_starts_there(analyser):
    claims = relocations(analyser, "احتجز المقاتلون أسابيع في ميناء طرطوس، ومن هناك نقلتهم السفن الأمريكية إلى ليبيا.")
    assert any(canon(c.origin) == "ţarţūs" and canon(c.destination) == "libya" for c in claims), claims


# claims21: a body that denies moving anyone, named by its state's adjective ("وزارة الدفاع الفرنسية", the French
# defence ministry), is that state's: the denied move's mover is France (the gold's "طائراتها", its aircraft)
@pytest.mark.parametrize("text, agent", [
    ("كما نفت وزارة الدفاع الفرنسية أن تكون طائراتها قد نقلت أي مقاتلين من النيجر.", "france"),
    ("ونفت القيادة المركزية الأمريكية في بيان سابق أن تكون قواتها قد نقلت أياً من معتقلي «داعش» إلى العراق.",
     "united states"),
])
def test_a_denying_body_named_by_its_state_is_that_state(analyser, text, agent):
    claims = relocations(analyser, text)
    assert any(c.modality == "denied" and canon(c.agent) == agent for c in claims), claims


# claims21: Arabic "البقية" (the rest) stands for the group named before, as Spanish "el resto" does
def test_arabic_the_rest_stands_for_the_group_named_before(analyser):
    claims = relocations(analyser, "نقلت مروحيات أمريكية عشرين عنصراً من داعش من السخنة إلى التنف. أما البقية "
                                   "فأقلّتهم طائرة شحن عسكرية من التنف إلى الأراضي الأردنية.")
    assert any(c.moved is not None and c.moved.text == "البقية" and canon(c.moved) == "islamic state"
               and canon(c.origin) == "al-tanf" for c in claims), claims


# claims21: an Arabic adjective follows its noun, so a group right before a means word ("نُقل المسلحون جواً", the gunmen
# were flown) is who went, never the vehicle's kind ("civilian lorries")
@pytest.mark.parametrize("text", ["نُقل المسلحون جواً إلى إسطنبول.", "نُقل المقاتلون براً إلى إسطنبول."])
def test_arabic_group_before_a_means_word_is_who_went(analyser, text):
    claims = relocations(analyser, text)
    assert any(canon(c.moved) == "militants" and canon(c.destination) == "istanbul" for c in claims), claims


# claims21: Arabic words for civilians moved: evacuees ("المُجلَون"), nationals ("الرعايا"), arrivals ("الوافدين"), the
# afflicted ("متضررين"), pilgrims ("حجاج")
@pytest.mark.parametrize("text, destination", [
    ("وكان المُجلَون قد نُقلوا براً من الخرطوم إلى بورتسودان.", "port sudan"),
    ("وقال المحافظ إن حافلات نقلت آلاف الوافدين من المعبر إلى مراكز إيواء في دمشق.", "damascus"),
])
def test_arabic_evacuees_and_arrivals_are_civilians_moved(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.moved) == "civilians" and canon(c.destination) == destination for c in claims), claims


# claims21: Spanish words for civilians moved: the young ("jóvenes"), deportees, returnees, pilgrims
def test_spanish_the_young_moved_are_civilians(analyser):
    claims = relocations(analyser, "Según fuentes del Ministerio del Interior, autobuses marroquíes trasladaron a "
                                   "cientos de jóvenes desde Tetuán hasta Ceuta.")
    assert any(canon(c.moved) == "civilians" and canon(c.destination) == "ceuta" for c in claims), claims


# claims21: Spanish "exmilitares", "veteranos" (ex-soldiers recruited as fighters) are a moved group, named militants
def test_spanish_ex_soldiers_are_a_moved_group(analyser):
    claims = relocations(analyser, "Al menos 120 exmilitares colombianos han viajado a Ucrania para combatir, según "
                                   "reveló el diario.")
    assert any(c.moved is not None and c.moved.text.startswith("exmilitares") and canon(c.destination) == "ukraine"
               for c in claims), claims


# claims21: Arabic recruits ("المجندين") and a gunman in the accusative ("مسلحاً") are militants moved
def test_arabic_recruits_are_a_moved_group(analyser):
    claims = relocations(analyser, "بدأ نقل دفعة جديدة من المجندين السوريين من دير الزور إلى قاعدة حميميم الروسية.")
    assert any(canon(c.moved) == "militants" and canon(c.origin) == "deir ez-zor" for c in claims), claims


# claims21: drones are weapons moved (es "drones", ar "المسيّرات", "طائرات مسيرة")
@pytest.mark.parametrize("text", [
    "Según el canal, decenas de drones de combate fueron enviados desde Florida a Venezuela.",
    "وقال المصدر إن شحنة من المسيّرات الانتحارية وصلت من أوديسا إلى ميناء مرسين التركي.",
])
def test_drones_are_weapons_moved(analyser, text):
    claims = relocations(analyser, text)
    assert any(canon(c.moved) == "weapons and arms deliveries" and c.destination is not None for c in claims), claims


# claims21: Arabic "مديرية" (district) after a marker ties the name after it to the marker, as "محافظة" does
def test_arabic_district_opens_a_place_name(analyser):
    claims = relocations(analyser, "وقالت القناة إن نحو 150 مسلحاً نُقلوا براً من عتق إلى مديرية بيحان.")
    assert any(c.destination is not None and c.destination.text == "بيحان" for c in claims), claims


# claims21: Arabic "ولاية" (province) and "إقليم" (region) after a marker open the name after them too
def test_arabic_province_opens_a_place_name(analyser):
    claims = relocations(analyser, "وتحدثت المصادر عن نقل عدد من المسلحين عبر الأراضي التركية إلى ولاية تخار.")
    assert any(c.destination is not None and c.destination.text.endswith("تخار") for c in claims), claims  # ولاية تخار


# claims21: Arabic "قادة التنظيم" (the organisation's leaders), "عناصر التنظيم" stand for the group named before
def test_arabic_the_organisations_leaders_stand_for_the_group_named_before(analyser):
    claims = relocations(analyser, "نقل التحالف مئات من عناصر تنظيم القاعدة من مأرب إلى شبوة. وتشير المعلومات إلى أن "
                                   "قادة التنظيم سيُنقلون بعد ذلك إلى محافظة أبين.")
    assert any(canon(c.moved) == "al-qaeda" and c.destination is not None and c.destination.text.endswith("أبين")
               for c in claims), claims


# claims21: Spanish "la mercancía", "el lote", "el material" (the goods, the batch, the materiel) stand for the
# weapons named before, as "el cargamento" does
def test_spanish_the_goods_stand_for_the_weapons_named_before(analyser):
    claims = relocations(analyser, "Unos 500 fusiles de asalto llegaron a Manzanillo. Según un agente aduanal, la "
                                   "mercancía salió después de Manzanillo en tráileres rumbo a Culiacán.")
    assert any(canon(c.moved) == "weapons and arms deliveries" and canon(c.destination) == "culiacán"
               for c in claims), claims


# claims21: Arabic "إلى خارج" (to outside) marks where they would leave, not where they went
def test_arabic_to_outside_is_an_origin(analyser):
    claims = relocations(analyser, "في المقابل، نفى مسؤول في الجيش الوطني إرسال أي عنصر إلى خارج سوريا.")
    assert any(canon(c.origin) == "syria" and c.destination is None for c in claims), claims


# claims21: in Spanish a name the gazetteer lacks goes on over a second capitalised word ("Roosevelt Roads")
def test_spanish_unknown_name_of_two_capitalised_words(analyser):
    claims = relocations(analyser, "Los soldados estadounidenses fueron trasladados desde Roosevelt Roads hasta "
                                   "Venezuela.")
    assert any(c.origin is not None and c.origin.text == "Roosevelt Roads" for c in claims), claims


# claims21: Spanish "de" right after a word for troops says whose they are ("250 marines de Estados Unidos"), not where
# they left
def test_spanish_troops_of_a_country_are_not_from_it(analyser):
    claims = relocations(analyser, "El ministro dijo que 250 marines de Estados Unidos fueron trasladados desde "
                                   "Roosevelt Roads hasta Venezuela.")
    assert claims and all(canon(c.origin) != "united states" for c in claims), claims
    assert any(c.origin is not None and c.origin.text == "Roosevelt Roads" for c in claims), claims


@pytest.mark.parametrize("text, near", [
    ("Die USA haben 300 IS-Kämpfer aus Rakka nach Idlib gebracht, nahe der Grenze zu der Türkei.", "türkei"),
    ("США перевезли 300 боевиков ИГИЛ из Ракки в Идлиб у границы с Турцией.", "турци"),
    ("США перевезли 300 бойовиків ІДІЛ з Ракки до Ідлібу біля кордону з Туреччиною.", "туреччин"),
])
def test_a_border_near_which_a_place_lies_names_no_end_of_the_move(analyser, text, near):
    # "near the border with X": X says where the place lies; the move ends at the place, not in X
    claims = relocations(analyser, text)
    assert claims and all(near not in canon(c.destination) and near not in canon(c.origin)
                          and canon(c.destination) != "turkey" and canon(c.origin) != "turkey" for c in claims)
    assert any(canon(c.destination) == "idlib" for c in claims)


def test_a_border_moved_to_still_names_the_country(analyser):
    claims = relocations(analyser, "Belarussische Behörden bringen Migranten aus Minsk an die Grenze zu Litauen.")
    assert any(canon(c.destination) == "lithuania" for c in claims)


@pytest.mark.parametrize("text, origin, country", [
    ("Росія перекинула танки з Курська до кордону з Україною.", "kursk", "ukraine"),
    ("Россия перебросила танки из Курска к границе с Украиной.", "kursk", "ukraine"),
    ("Білорусь стягнула артилерію до західного кордону з Польщею.", "", "poland"),
    ("Rusia trasladó tanques desde Kursk a la frontera con Ucrania.", "kursk", "ukraine"),
])
def test_a_border_moved_to_names_the_country_its_link_in_the_instrumental_is_no_origin(analyser, text, origin,
                                                                                         country):
    """Ukrainian "з", Russian "с" with the instrumental after a border are "with", not "from"."""
    claims = relocations(analyser, text)
    assert any(canon(c.origin) == origin and canon(c.destination) == country for c in claims), claims
    assert all(canon(c.origin) != country for c in claims), claims


def test_a_border_with_a_country_after_a_place_moved_to_says_where_that_place_lies(analyser):
    claims = relocations(analyser, "Бойовиків перевезли до Ідлібу, до кордону з Туреччиною.")
    assert [(canon(c.origin), canon(c.destination)) for c in claims] == [("", "idlib")], claims


@pytest.mark.parametrize("text, gone", [
    ("La Turquie a envoyé des mercenaires syriens de Kilis à Tripoli pour garder le pont libyen de la Concorde.",
     "concorde"),
    ("Turquía trasladó mercenarios sirios de Kilis a Trípoli para vigilar la presa libia del Porvenir.", "porvenir"),
    ("Turkey moved Syrian mercenaries from Kilis to Tripoli to guard the Libyan Dam of the Future.", "future"),
])
def test_a_name_after_a_works_noun_and_a_link_is_the_works_name_no_place(analyser, text, gone):
    claims = relocations(analyser, text)
    assert claims and all(gone not in canon(c.origin) and gone not in canon(c.destination) for c in claims)
    assert any(canon(c.origin) == "kilis" and canon(c.destination) == "tripoli" for c in claims)


@pytest.mark.parametrize("text", [
    "Syrian fighters were sent to Libya in May. Officials said at least four flights took them from Gaziantep to "
    "Misrata.",
    "Des combattants syriens ont été envoyés en Libye en mai. Selon des responsables, au moins quatre vols les ont "
    "transportés de Gaziantep à Misrata.",
    "Syrische Kämpfer wurden im Mai nach Libyen geschickt. Nach Angaben von Beamten brachten mindestens vier Flüge "
    "sie von Gaziantep nach Misrata.",
])
def test_a_count_of_flights_is_no_agent(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.agent is None or not c.agent.text.casefold().startswith(("flight", "vol", "flü"))
                          for c in claims)


@pytest.mark.parametrize("text, means", [
    ("Syrian fighters were flown to Gaziantep. Officials said two planes landed in Gaziantep, and that the men "
     "were then driven in trucks from Gaziantep to Kilis.", "convoy"),
    ("Des combattants syriens ont été envoyés à Gaziantep. Selon des responsables, deux avions ont atterri à "
     "Gaziantep, puis les hommes ont été conduits en bus de Gaziantep à Kilis.", "bus"),
])
def test_each_leg_goes_by_the_means_next_to_its_own_verb(analyser, text, means):
    legs = [c for c in relocations(analyser, text) if canon(c.destination) == "kilis"]
    assert legs and all(c.means == means for c in legs)


@pytest.mark.parametrize("language, text", [
    ("en", "He was convicted of having sent nearly 7,000 euros to his brother, a member of Islamic State in Syria."),
    ("fr", "Il avait envoyé près de 7 000 euros à son frère, membre de l'État islamique en Syrie."),
    ("ru", "Он перевёл около 500 тысяч рублей брату, члену ИГ в Сирии."),
])
def test_money_sent_to_a_member_of_a_group_moves_no_one(analyser, language, text):
    """A transfer of money is no relocation, whatever group its recipient belongs to (a blind set's neutral
    court report had "Islamic State" moved to Syria)."""
    assert [c for c in analyser.analyse_text(text).claims if c.type == "relocation"] == []


@pytest.mark.parametrize("text", [
    "He sent money to Islamic State fighters in Syria.",
    "The cash was transferred to Islamic State fighters in Syria.",
    "Ha inviato denaro a combattenti dello Stato islamico in Siria.",
])
def test_money_named_by_a_plain_word_or_as_the_subject_moves_no_one(analyser, text):
    """"money", "denaro" are money as much as "euros"; so is money the verb moves as its subject ("the cash was
    transferred")."""
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text", [
    "The driver was jailed for smuggling 30 Syrians from Calais to Dover.",
    "Суд арестовал жителя Брянска, обвиняемого в переправке мигрантов из Белоруссии в Польшу.",
    "Суд взяв під варту чоловіка, якого підозрюють у переправленні 12 чоловіків з Одеси до Молдови.",
    "Un vecino de Ceuta fue condenado por trasladar a 20 migrantes desde Marruecos hasta Algeciras.",
    "Un uomo è stato condannato per aver trasportato 30 migranti dalla Libia a Lampedusa.",
    "Un passeur a été condamné pour avoir transporté 25 migrants de Calais vers l'Angleterre.",
    "Kierowca został skazany za przewiezienie 12 migrantów z Białorusi do Niemiec.",
])
def test_the_crime_a_court_tries_is_no_move_told(analyser, text):
    """A court report names the crime someone is held or sentenced for: no relocation claim (a neutral article
    about custody gives none)."""
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text", [
    "L'attente des réfugiés au poste de Medyka a atteint parfois 14 heures.",
    "Очередь беженцев на границе с Польшей достигла 12 часов.",
])
def test_reaching_a_number_is_a_level_not_a_place(analyser, text):
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text", [
    "Понад 2000 внутрішньо переміщених осіб мешкають у школах Краматорська.",
    "Вынужденные переселенцы, более 3000 внутренне перемещенных лиц, живут в Донецке.",
    "Más de 2.000 desplazados internos viven en escuelas de Goma.",
    "Plus de 2 000 déplacés internes vivent dans des écoles de Goma.",
    "Il giudice ha convalidato il trattenimento di 20 migranti nel centro di permanenza per il rimpatrio di Bari.",
])
def test_a_name_with_a_move_word_in_it_tells_no_move(analyser, text):
    """"internally displaced people", "déplacés internes" name a group where it lives; a "centro di permanenza per
    il rimpatrio" is where people are held: no one moves."""
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text", [
    "The minister flew to Romania to visit the Spanish soldiers deployed there.",
    "Der Minister reiste nach Litauen, um die dort stationierten deutschen Soldaten zu besuchen.",
    "Minister poleciał do Rumunii, aby odwiedzić polskich żołnierzy stacjonujących w Krajowej.",
    "O ministro viajou para a Roménia para visitar os militares portugueses lá destacados.",
    "Министърът пътува до Румъния, за да посети българските военни там.",
    "El ministro viajó a Rumanía para visitar a los militares españoles desplegados allí.",
])
def test_the_group_a_traveller_visits_is_not_moved(analyser, text):
    """A visit: the minister travels, the soldiers visited stay where they are (a neutral article's visit)."""
    assert relocations(analyser, text) == []


def test_a_group_moved_to_meet_someone_is_still_moved(analyser):
    claims = relocations(analyser, "The US flew 300 soldiers to Poland to meet NATO allies there.")
    assert [canon(c.destination) for c in claims] == ["poland"]


def test_patients_suffering_from_a_disease_reach_nowhere(analyser):
    """French "atteints de" is "suffering from", not a form of "atteindre" (to reach)."""
    assert relocations(analyser, "Les patients atteints de la variole sont soignés à Paris.") == []


@pytest.mark.parametrize("text, origin, destination", [
    ("Plusieurs centaines d'habitants de Gao ont déjà gagné Niamey par crainte des combats.", "gao", "niamey"),
    ("Des combattants rebelles ont franchi la frontière pour gagner le Tibesti.", "", "tibesti province"),
    ("Quelque deux cents réfugiés ont gagné Beyrouth la semaine dernière.", "", "beirut"),
    ("Cientos de vecinos de Gao alcanzaron Niamey el domingo.", "gao", "niamey"),
    ("Centinaia di profughi hanno raggiunto Beirut la settimana scorsa.", "", "beirut"),
])
def test_a_verb_of_reaching_takes_the_place_reached_as_its_object(analyser, text, origin, destination):
    """French "gagner + place" is "to reach" it, like "rejoindre", Spanish "alcanzar", Italian "raggiungere": the place
    right after it is where the group went."""
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination)) for c in claims] == [(origin, destination)]


@pytest.mark.parametrize("text", [
    "Les soldats ont gagné du terrain près de Bakhmout.",
    "Les réfugiés ont gagné la confiance des habitants de Lyon.",
    "Los soldados alcanzaron un acuerdo en Ginebra.",
])
def test_gaining_ground_or_trust_is_no_place_reached(analyser, text):
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text", [
    "Unos 300 soldados rusos fueron trasladados a Gao, a menos de veinte kilómetros de Niamey.",
    "Trois cents soldats russes ont été transférés à Gao, à une trentaine de kilomètres de Niamey.",
    "Trezentos soldados russos foram transferidos para Gao, a menos de vinte quilómetros de Niamey.",
    "Three hundred Russian soldiers were moved to Gao, less than 20 km from Niamey.",
])
def test_a_distance_from_a_second_place_says_where_the_first_lies(analyser, text):
    """"Gao, twenty kilometres from Niamey": the distance locates Gao by Niamey, as "near" does; Niamey is no leg
    (neither a second destination nor the origin)."""
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination)) for c in claims] == [("", "gao")]


@pytest.mark.parametrize("text, origin, destination", [
    ("Trois cents soldats russes ont été transférés de Gao, à 300 kilomètres de Niamey, vers Tombouctou.",
     "gao", "timbuktu"),
    ("Unos 300 soldados rusos fueron trasladados desde Gao hasta Niamey, a 400 kilómetros.", "gao", "niamey"),
    ("Les soldats russes ont été transférés à 40 km de Niamey.", "", "niamey"),
])
def test_a_distance_keeps_the_legs_told_around_it(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination)) for c in claims] == [(origin, destination)]


@pytest.mark.parametrize("text, origin, destination", [
    ("Ammunition was stored at the Tooele depot in Utah. Last week 200 shells were shipped from the depot to Poland.",
     "utah", "poland"),
    ("Le munizioni erano custodite nel deposito di Camp Darby. La settimana scorsa 200 proiettili sono stati spediti "
     "dal deposito in Polonia.", "camp darby", "poland"),
    ("Les munitions étaient stockées au dépôt de Miramas. La semaine dernière, 200 obus ont été expédiés du dépôt vers "
     "la Pologne.", "miramas", "poland"),
    ("Las municiones se guardaban en el depósito de Zaragoza. La semana pasada, 200 proyectiles fueron enviados desde "
     "el depósito a Polonia.", "zaragoza", "poland"),
    ("Боеприпасы хранились на складе в Колбасне. На прошлой неделе 200 снарядов вывезли со склада в Тирасполь.",
     "колбасне", "tiraspol"),
])
def test_a_depot_with_no_name_of_its_own_is_the_depot_named_before(analyser, text, origin, destination):
    """Depots and warehouses are place nouns like camps and ports ("dal deposito", "du dépôt", "со склада"): with no
    name of their own they point back to the place named with the noun before, the origin, not the destination."""
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination)) for c in claims] == [(origin, destination)], claims


@pytest.mark.parametrize("text", [
    "The Americans moved 70 prisoners from Ghwayran prison in Hasakah to Iraq.",
    "نقلت القوات الأمريكية 40 معتقلا من سجن غويران في الحسكة إلى العراق.",
    "Les Américains ont transféré 70 prisonniers de la prison de Ghwayran à Hassaké vers l'Irak.",
    "Die Amerikaner brachten 70 Gefangene aus dem Gefängnis Ghwayran in Hasaka in den Irak.",
    "Американцы перевезли 70 заключённых из тюрьмы Гувейран в Хасаке в Ирак.",
])
def test_a_site_in_the_city_it_lies_near_is_the_origin_within_that_city(analyser, text):
    """"from Ghwayran prison in Hasakah": a locative (after the site's noun at most) before the city a site lies near
    says where the site is (the gazetteer knows no bounds of a city; nearness stands for them): one leg from the
    prison, lying in Hasakah, not a leg on to the city."""
    claims = relocations(analyser, text)
    assert [(canon(c.origin), [canon(w) for w in c.origin.within], canon(c.destination)) for c in claims] == [
        ("ghwayran", ["al ḩasakah"], "iraq")], claims


@pytest.mark.parametrize("text, origin, destination", [
    ("Die Kämpfer wurden zunächst nach Lida gebracht. Von dort zogen 30 von ihnen nach Aschmjany weiter, nur wenige "
     "Kilometer von der litauischen Grenze entfernt.", "lida", "oshmyany"),
    ("Die Kämpfer wurden zunächst nach Lida gebracht. Von dort zogen 30 von ihnen nach Aschmjany weiter, etwa 40 "
     "Kilometer von Vilnius entfernt.", "lida", "oshmyany"),
    ("Le munizioni sono state sbarcate ad Alexandroupoli. Da lì sono arrivate in treno a Rzeszów, a pochi chilometri "
     "dal confine ucraino.", "alexandroupoli", "rzeszów"),
    ("Бійців перекинули до Тирасполя. Звідти частина бійців рушила до Каушан, за 15 кілометрів від Бендер.",
     "tiraspol", "kaushan"),  # a town the gazetteer lacks: romanised
    ("نقل المسلحون إلى مصراتة. ومن هناك نقلوا إلى قاعدة الوطية القريبة من الحدود التونسية.", "misratah", "الوطية"),
])
def test_a_place_a_distance_or_nearness_away_is_no_origin_of_the_next_leg(analyser, text, origin, destination):
    """"From there ... to Aschmjany, a few kilometres from the border" (German "wenige Kilometer von ... entfernt"
    after a verb-final clause, Italian "a pochi chilometri dal", Ukrainian "за 15 кілометрів від", Arabic
    "القريبة من" "close to"): the place after the distance locates the destination; the leg starts where "from
    there" points, and neither place is read as who moved."""
    last = relocations(analyser, text)[-1]
    assert (canon(last.origin), canon(last.destination), last.agent) == (origin, destination, None)


@pytest.mark.parametrize("text, origin, destination", [
    ("Unos 200 migrantes venezolanos tomaron vuelos humanitarios hacia Caracas.", "", "caracas"),
    ("Unos 200 migrantes venezolanos tomaron un vuelo a Caracas desde Lima.", "lima", "caracas"),
    ("Deux cents migrants vénézuéliens ont pris un vol pour Caracas.", "", "caracas"),
    ("Duzentos migrantes venezuelanos apanharam um voo para Caracas.", "", "caracas"),
])
def test_taking_a_flight_is_flying_to_the_place_after_its_marker(analyser, text, origin, destination):
    """Spanish "tomar un vuelo", French "prendre un vol", Portuguese "apanhar um voo": the group flies, as with "volar"
    or English "took a flight to"."""
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination)) for c in claims] == [(origin, destination)]


@pytest.mark.parametrize("text", [
    "El ministro tomó un avión a Bruselas para reunirse con sus homólogos.",
    "Le président a pris l'avion pour Bruxelles mardi.",
])
def test_one_official_taking_a_plane_moves_no_group(analyser, text):
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text", [
    "El Gobierno estudia repatriar a los niños españoles retenidos en campos de Siria.",
    "Rząd rozważa sprowadzenie polskich dzieci z obozów w Syrii.",
    "O governo estuda repatriar as crianças portuguesas retidas em campos na Síria.",
])
def test_a_repatriation_a_government_weighs_is_no_move_told(analyser, text):
    """Weighing or studying a repatriation is a debate, as "discussing" one is."""
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text", [
    "Съдът в Хасково гледа делото срещу шестима бойци на ИД. Според следствието групата е получила над 200 000 "
    "лева, преведени по банкови сметки в Бургас и Атина.",
    "Суд в Ростове рассматривает дело шести боевиков. По данным следствия, группа получила 3 млн рублей, "
    "переведенные на счета в Казани и Баку.",
    "Le tribunal de Lille juge six combattants. Selon l'enquête, le groupe a reçu 40 000 euros, transférés sur des "
    "comptes à Lyon et Tunis.",
])
def test_money_a_participle_after_a_comma_tells_of_moves_no_one(analyser, text):
    """The money a participle tells of after a comma ("200 000 лева, преведени по сметки в ...") is what was
    transferred: no one moved to the towns of the accounts (a blind set's neutral court report had the group that
    received it moved there)."""
    assert relocations(analyser, text) == []


def test_a_move_after_money_and_a_clause_of_its_own_still_counts(analyser):
    claims = relocations(analyser, "Бойците получиха по 500 долара, а после бяха прехвърлени от Идлиб в Либия.")
    assert any(canon(c.destination) == "libya" for c in claims)


def test_money_beside_people_sent_leaves_the_move_of_the_people(analyser):
    claims = analyser.analyse_text("The US sent 300 fighters and $2 million to Syria.").claims
    assert any(c.type == "relocation" and c.destination is not None for c in claims)


@pytest.mark.parametrize("text, agent", [
    ("Die Flüge brachten die letzten deutschen Soldaten von Gao nach Niamey.", "Flüge"),
    ("The flights brought the last German soldiers from Gao to Niamey.", "flights"),
])
def test_flights_that_carry_the_group_are_its_vehicle_when_not_counted(analyser, text, agent):
    """"Six flights landed in Port Sudan" counts trips, no vehicle that moves anyone; "Die Flüge brachten die
    Soldaten" names the flights that carried them (a blind set's convention: the vehicle is the agent)."""
    moves = [c for c in analyser.analyse_text(text).claims if c.type == "relocation"]
    assert moves and moves[0].agent is not None and moves[0].agent.text.casefold() == agent.casefold()


@pytest.mark.parametrize("text, source, destination", [
    ("Selon le journal en ligne « L'Écho du Levant », des combattants ont été transférés d'Idlib à Zaporijia.",
     "journal en ligne « L'Écho du Levant »", "zaporizhzhia"),
    ("Nach Angaben des Telegram-Kanals „Stimme Sibiriens“ wurden die Kämpfer von Idlib nach Libyen geflogen.",
     "Telegram-Kanals „Stimme Sibiriens“", "libya"),
    ('According to the online newspaper "Voice of Lebanon", the militants were flown from Idlib to Libya.',
     'online newspaper "Voice of Lebanon"', "libya"),
])
def test_a_place_in_the_name_of_the_source_is_no_end_of_the_move(analyser, text, source, destination):
    claims = relocations(analyser, text)
    assert [canon(c.destination) for c in claims] == [destination]
    assert claims[0].source is not None and source in claims[0].source.text


@pytest.mark.parametrize("text", [
    "Ukrainian forces fired ATACMS missiles from the US at Sevastopol.",
    "Руски ракети бяха изстреляни от Черно море към Одеса.",
    "Two Russian missiles landed in Lviv overnight.",
    "До восьми ракет прилетело в район аэродрома под Миргородом.",
    "Дві ракети влучили в Одесу.",
    "Zwei Raketen schlugen in Charkiw ein.",
    "Cayeron dos misiles en Járkov.",
])
def test_projectiles_that_land_or_hit_are_a_strike_not_a_move(analyser, text):
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text, destination", [
    ("Six Bayraktar drones arrived in Poland.", "poland"),
    ("The planes carrying the missiles landed in Rzeszow.", "rzeszów"),
    ("Des missiles ont été livrés à Kiev depuis la Pologne.", "kyiv"),
    ("Ракеты доставили в Польшу по железной дороге.", "poland"),
])
def test_projectiles_delivered_or_carried_are_a_move(analyser, text, destination):
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


@pytest.mark.parametrize("text", [
    "Медики направили их для лечения по месту жительства в Курскую область.",   # residence, not residents
    "Одна из задач — формировать у студентов активную гражданскую позицию в Запорожской области.",   # civic
    "Танкер вышел из Новороссийска в Сирию.",   # a tanker, not a tank
    "Танкер вийшов з Новоросійська до Сирії.",
])
def test_words_that_share_a_stem_with_a_group_move_no_one(analyser, text):
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text, destination", [
    ("Жителей Шебекино эвакуировали в Белгород.", "belgorod"),
    ("Гражданина Украины депортировали в Польшу.", "poland"),
    ("Громадян України депортували до Польщі.", "poland"),
    ("Танки перебросили из Польши в Украину.", "ukraine"),
])
def test_the_groups_themselves_still_move(analyser, text, destination):
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


@pytest.mark.parametrize("text", [
    "Russia had taken around 100 square kilometres near Vovchansk and moved on to Lyptsi.",
    "They flew 400 carbon-spewing private jets to Egypt.",
    "Россия заняла около 100 квадратных километров и двинулась к Липцам.",
])
def test_a_number_of_units_or_an_adjective_is_no_counted_group(analyser, text):
    assert all(c.moved is None or c.moved.count is None for c in relocations(analyser, text))


@pytest.mark.parametrize("text, origin, destination", [
    ("Children were evacuated from a Warzone to Moscow.", "", "moscow"),   # a common noun, capitalised
    ("Les combattants ont été transférés d'Afrin vers une Base secrète.", "Afrin", ""),
    ("Refugees were bused from Leeds to The Climate Summit.", "Leeds", ""),   # a title after "The"
])
def test_a_capitalised_word_after_an_indefinite_article_or_the_is_no_place(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert [(c.origin.text if c.origin else "", canon(c.destination)) for c in claims] == [(origin, destination)]


# Portuguese and Bulgarian (frames/pt.yaml, frames/bg.yaml): text, agent, moved, origin, destination, modality
PT_BG = [
    ("Os Estados Unidos transferiram combatentes do Estado Islâmico da Síria para o Afeganistão, segundo a agência "
     "RIA Novosti.", "united states", "islamic state", "syria", "afghanistan", "reported"),
    ("Cerca de 300 mercenários sírios foram levados de Idlib para a Líbia, informou o Observatório Sírio.",
     "", "mercenaries and foreign fighters for hire", "idlib", "libya", "reported"),
    ("Não, os EUA não estão a transportar terroristas para a Europa.", "united states", "militants", "", "europe",
     "denied"),
    ("Os militantes foram transportados de Raqqa para Bagdade.", "", "militants", "raqqa", "baghdad", "asserted"),
    ("САЩ прехвърлят бойци на Ислямска държава от Сирия в Афганистан, съобщи Службата за външно разузнаване на "
     "Русия.", "united states", "islamic state", "syria", "afghanistan", "reported"),
    ("Около 300 сирийски наемници са били изпратени от Идлиб в Либия.",
     "", "mercenaries and foreign fighters for hire", "idlib", "libya", "asserted"),
    ("Не, САЩ не прехвърлят терористи в Европа.", "united states", "militants", "", "europe", "denied"),
    ("Министерството на отбраната отрече, че български военни са изпратени в Украйна.",
     "", "bulgaria", "", "ukraine", "denied"),
]


@pytest.mark.parametrize("text, agent, moved, origin, destination, modality", PT_BG)
def test_portuguese_and_bulgarian_relocations(analyser, text, agent, moved, origin, destination, modality):
    claims = relocations(analyser, text)
    assert len(claims) == 1, claims
    c = claims[0]
    assert (canon(c.moved), canon(c.origin), canon(c.destination), c.modality) == (moved, origin, destination,
                                                                                   modality)
    assert not agent or canon(c.agent) == agent


@pytest.mark.parametrize("text, moved, origin, destination", [
    # a region or part of a place, tied to its name by "на" ("в района на", "в южната част на")
    ("Русия прехвърля войски в района на Суджа.", "russia", "", "sudzha"),
    ("Русия прехвърля войски в южната част на Беларус.", "russia", "", "belarus"),
    ("САЩ са прехвърлили бойци на ИДИЛ от източната част на Сирия в Ирак.", "islamic state", "syria", "iraq"),
    # a station, a depot or a plant before its town's name
    ("Снарядите бяха откарани от гара Казанлък до пристанище Варна.", "weapons and arms deliveries", "kazanlak",
     "varna"),
    # coming back, led across, pushed back (verbs the lemma tables give few forms of)
    ("Наемниците се завърнаха в Русия от Африка.", "mercenaries and foreign fighters for hire", "africa", "russia"),
    ("Полицията е превела 40 мигранти в Харманли.", "civilians", "", "harmanli"),
    ("Мигрантите бяха изтласкани обратно в Турция.", "civilians", "", "turkey"),
    # military cargo and aid are weapons moved, not soldiers ("военни"); rocket launchers named by what they fire
    ("От Бургас са изпратени военни товари за Украйна.", "weapons and arms deliveries", "burgas", "ukraine"),
    ("От Варна към Бургас бяха придвижени 12 установки за залпов огън.", "weapons and arms deliveries", "varna",
     "burgas"),
    # driven somewhere; a centre before its name
    ("Каналджии са карали мигранти от Одрин към Свиленград.", "civilians", "edirne", "svilengrad"),
    ("Мигрантите бяха прехвърлени в регистрационния център Пастрогор.", "civilians", "", "pastrogor"),
    # the l-participle of a verb of receiving: a move to the receiver from the sender named after "от"
    ("Гърция е приемала обратно мигранти от Турция.", "civilians", "turkey", "greece"),
])
def test_bulgarian_regions_stations_returns_and_military_cargo(analyser, text, moved, origin, destination):
    claims = relocations(analyser, text)
    assert [(canon(c.moved), canon(c.origin), canon(c.destination)) for c in claims] == [(moved, origin, destination)]


@pytest.mark.parametrize("text, moved", [
    # a state named by its Bulgarian adjective, with or without the article, owns the troops moved
    ("Севернокорейски войници са прехвърлени в Курска област.", "north korea"),
    ("Малийските военни бяха прехвърлени от Кидал в Гао.", "mali"),
    ("Канадски инструктори бяха изпратени в Латвия.", "canada"),
    ("Чадските войски се изтеглиха от Нигер към Нджамена.", "chad"),
])
def test_bulgarian_state_adjectives_name_whose_troops_move(analyser, text, moved):
    assert [canon(c.moved) for c in relocations(analyser, text)] == [moved]


@pytest.mark.parametrize("text, agent, source", [
    # "източници от X": sources from within a body; the body speaks through them and moves nobody
    ("Сирийските власти са превозили около 200 бойци от Идлиб до Алепо, съобщиха източници от армията.", "syria",
     "източници от армията"),
    ("Гръцките власти са превозили 300 мигранти от Лесбос до Атина, твърдят служители от министерството.",
     "greece", "служители от министерството"),
])
def test_a_bulgarian_source_from_a_body_speaks_for_it_and_moves_nobody(analyser, text, agent, source):
    claims = relocations(analyser, text)
    assert [(canon(c.agent), c.source.text if c.source else "") for c in claims] == [(agent, source)]


@pytest.mark.parametrize("text, source", [
    # Bulgarian puts the article on the first adjective, so the noun after it stands in its bare form
    ("Бойци на Хизбула са прехвърлени от Сирия в Ливан, твърди израелската армия.", "израелската армия"),
    ("Бойци са прехвърлени от Сирия в Ирак, съобщи международната коалиция.", "международната коалиция"),
])
def test_a_bulgarian_army_named_after_its_adjective_is_the_claims_source(analyser, text, source):
    claims = relocations(analyser, text)
    assert [(c.source.text if c.source else "", c.modality) for c in claims] == [(source, "reported")]


@pytest.mark.parametrize("text, origin, destination", [
    # Bulgarian fronts a place of the denied move between the speech verb and its "да"-clause: the place is what
    # was denied, not the seat of the body that speaks ("the ministry in Raška"), nor part of the body's name
    ("Министерството отрече в Рашка да са пристигали гаубици.", "", "rashka"),
    ("Министерството на отбраната отрече от Варна да са изпращани снаряди за Украйна.", "varna", "ukraine"),
    ("Посолството отрече от Одрин да са прехвърляни мигранти към Свиленград.", "edirne", "svilengrad"),
    # the same place after the verb, and the seat of a source before the speech verb, as before
    ("Министерството отрече да са пристигали гаубици в Рашка.", "", "rashka"),
    ("Посолството в Анкара отрече мигранти да са прехвърляни към Одрин.", "", "edirne"),
])
def test_a_place_fronted_before_a_denied_da_clause_is_the_moves(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination), c.modality) for c in claims] == [(origin, destination, "denied")]


@pytest.mark.parametrize("text, legs", [
    ("Os militantes foram transportados de Raqqa para Bagdade e depois levados para o Curdistão iraquiano.",
     [("raqqa", "baghdad"), ("baghdad", "kurdistan region")]),
    ("Отначало наемниците бяха прехвърлени в Беларус, а оттам - в Полша.",
     [("", "belarus"), ("belarus", "poland")]),
])
def test_portuguese_and_bulgarian_chains(analyser, text, legs):
    assert [(canon(c.origin), canon(c.destination)) for c in relocations(analyser, text)] == legs


@pytest.mark.parametrize("text, moved, destination", [
    # reserves and reinforcements are troops; a state's armed forces move them as the state does
    ("ВСУ перебрасывают резервы на север Харьковской области.", "ukraine", "kharkiv oblast"),
    ("ЗСУ перекидають резерви на північ Харківської області.", "ukraine", "kharkiv oblast"),
    ("Russia moved reinforcements to the Kursk region.", "russia", "kursk oblast"),
    # sent or supplied to a state or city in the dative, with no preposition
    ("Страны НАТО отправили Киеву истребители F-16.", "weapons and arms deliveries", "kyiv"),
    ("Країни НАТО відправили Києву винищувачі F-16.", "weapons and arms deliveries", "kyiv"),
    # a supply of weapons from a country
    ("Russia seeks to replenish its supplies with ammunition from North Korea.", "weapons and arms deliveries", ""),
])
def test_reserves_dative_destinations_and_supplies(analyser, text, moved, destination):
    claims = relocations(analyser, text)
    assert [(canon(c.moved), canon(c.destination)) for c in claims] == [(moved, destination)]


@pytest.mark.parametrize("text, moved, count", [
    ("За даними розвідки, йдеться про 7 тисяч військових, яких перекинули з Чхонджина до Владивостока.", "військових",
     7000),
    ("Сюда перебросили 2 тысячи добровольцев из Ростова.", "добровольцев", 2000),
])
def test_a_multiplier_belongs_to_the_count_and_the_group_is_the_noun_after_it(analyser, text, moved, count):
    claims = relocations(analyser, text)
    assert [(c.moved.text, c.moved.count) for c in claims if c.moved] == [(moved, count)]


@pytest.mark.parametrize("text", [
    "The EU continues to send around $850 million a day to Russia for oil and gas.",
    "Он перевёл 400 тысяч рублей в один из банков Троицка.",
    "The surgeon had flown to Putin no less than 35 times in Sochi.",
    "The hypersonic missile's flight time from Kaliningrad to Berlin is 200 seconds.",
])
def test_money_times_and_durations_move_no_one(analyser, text):
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text, noun, factor", [
    ("7 тисяч військових", "військових", 1000),
    ("5 mil militares", "militares", 1000),
    ("2 millones de dólares", None, None),     # the word after the multiplier is too short to be a group
    ("200 miles north", "miles", 1),           # miles are a distance, not Spanish "mil" (thousand)
])
def test_the_noun_a_number_counts_comes_after_its_multiplier(text, noun, factor):
    from narrascope.stages.claims.slots import _COUNTED, _past_multiplier

    found = _past_multiplier(text, _COUNTED.match(text))
    assert (found[0], found[3]) == (noun, factor) if found else noun is None


@pytest.mark.parametrize("text, destination", [
    ("In 2015 dozens of fighters left for Syria.", "syria"),
    ("Nel 2015 decine di combattenti erano partiti per la Siria.", "syria"),
    ("En 2015 decenas de combatientes partieron para Siria.", "syria"),
    ("En 2015, des dizaines de combattants sont partis pour la Syrie.", "syria"),
    ("Em 2015 dezenas de combatentes partiram para a Síria.", "syria"),
])
def test_for_right_after_a_verb_of_leaving_says_where_to(analyser, text, destination):
    """"left for Syria": the place after "for" is where they went, never the place they left."""
    [claim] = relocations(analyser, text)
    assert (canon(claim.destination), claim.origin) == (destination, None)


@pytest.mark.parametrize("text", [
    "From Kherson, 500 soldiers continued to Izmail.",
    "Desde Jersón, 500 soldados continuaron hacia Izmail.",
    "Z Chersonia 500 żołnierzy pojechało dalej do Izmaiłu.",
    "Из Херсона 500 солдат продолжили путь в Измаил.",
    "От Херсон около 500 войници продължили към Измаил.",
    "De Kherson, 500 soldats ont poursuivi vers Izmaïl.",
])
def test_going_on_to_a_place_is_a_leg_of_its_own(analyser, text):
    """"continued to", "продолжили путь в", "продължили към": the group went on from one place to the next."""
    [claim] = relocations(analyser, text)
    assert (canon(claim.origin), canon(claim.destination)) == ("kherson", "izmayil")


# the places named after a place noun before a sentence, read from one pass over the article, are those a pass over
# the text before the sentence finds, also where a match runs up to the cut or past it
@pytest.mark.parametrize("text", [
    "جاؤوا من مدينة بوصاصو. ثم عادوا إلى مدينة  جرابلس وإلى مدينة",
    "مدينة الراعي مدينة مدينة\nمدينة   بوصاصو قاعدة تل بيدر",
])
def test_names_after_a_place_noun_before_each_cut(text: str) -> None:
    from narrascope.stages.claims.places import _after_place_noun, _names_start

    after_noun = _after_place_noun("ar")
    assert after_noun is not None
    for before in range(len(text) + 1):
        assert _names_start(after_noun, text, before) == [m.end() for m in after_noun.finditer(text[:before])]


@pytest.mark.parametrize("text, name", [
    ("Die Soldaten wurden von Vilseck nach Suwałki gebracht und dort in Kasernen untergebracht.", "Kasernen"),
    ("Aus dem Marienhospital im Sperrgebiet wurden 60 Patienten nach Bramsche verlegt.", "Sperrgebiet"),
    ("Moskau kündigte an, alle russischen Truppen aus der Grenzregion nach Belgorod zu verlegen.", "Grenzregion"),
])
def test_a_german_compound_naming_a_kind_of_site_is_no_unknown_place(analyser, text, name):
    """Every German noun is capitalised: "in Kasernen", "im Sperrgebiet" name a kind of site, not a town."""
    claims = relocations(analyser, text)
    assert claims, claims
    assert all(name not in (s.text if s else "") for c in claims for s in (c.origin, c.destination)), claims


@pytest.mark.parametrize("text", [
    "La Guardia di finanza ha sequestrato nel porto di Trieste due camion con 400 chili di hashish nascosti sotto "
    "un carico di mobili.",
    "Прикордонники повідомили, що від початку року на Волині відкрили 14 проваджень щодо контрабанди зброї.",
    "Border guards said they had opened 14 cases of arms smuggling into Volyn since January.",
])
def test_a_weight_or_a_case_counted_is_no_group_moved(analyser, text):
    """"400 chili di hashish", "14 проваджень", "14 cases": what is weighed or a court's case is no one moved."""
    claims = relocations(analyser, text)
    assert all(c.moved is None or not any(w in c.moved.text for w in ("chili", "провадж", "cases")) for c in claims), \
        claims


@pytest.mark.parametrize("text", [
    "Dans un camp de déplacés proche de Ouahigouya, les rations ont été réduites de moitié depuis mars.",
    "Portugal reforça apoio humanitário a deslocados em Cabo Delgado com mais 1,5 milhões de euros.",
    "En el campamento de desplazados de Hasansham, al este de Mosul, faltan agua y medicinas.",
])
def test_a_group_named_by_a_participle_after_an_article_or_preposition_is_no_move(analyser, text):
    """"un camp de déplacés", "apoio a deslocados": the displaced as a group, no one moving."""
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text", [
    "Plus de 200 civils ont été déplacés de Ouahigouya vers Ouagadougou la semaine dernière.",
    "Según la ONU, más de 200 civiles fueron desplazados desde Mosul hacia Erbil durante la semana pasada.",
])
def test_the_same_participle_after_an_auxiliary_is_the_move(analyser, text):
    """"ont été déplacés de ... vers ...": after an auxiliary the participle is the verb."""
    assert relocations(analyser, text), text


# An armed group is a group of militants: moved, or denied moved, it is the group of the claim.
@pytest.mark.parametrize("text", [
    "The ministry denied that any armed group had been moved from Gao to Kidal.",
    "El ministerio negó que grupos armados hayan sido trasladados de Gao a Kidal.",
    "Le ministère a démenti que des groupes armés aient été transférés de Gao à Kidal.",
    "Министерство опровергло, что вооружённые группы перебрасывали из Гао в Кидаль.",
])
def test_an_armed_group_is_a_group_of_militants(analyser, text):
    claims = relocations(analyser, text)
    assert [(canon(c.moved), canon(c.origin), canon(c.destination), c.modality) for c in claims] == [
        ("militants", "gao", "kidal", "denied")]


# A criminal gang's members moved between prisons, or across a border, are that gang moved.
@pytest.mark.parametrize("text, moved, origin, destination", [
    ("Doze integrantes do Primeiro Comando da Capital foram retirados na madrugada desta terça-feira da Penitenciária "
     "de Presidente Venceslau e levados para Mossoró.", "primeiro comando da capital", "presidente venceslau",
     "mossoró"),
    ("Varios cabecillas del Tren de Aragua fueron trasladados desde la cárcel de Tocorón hasta Caracas, según fuentes "
     "policiales.", "tren de aragua", "tocorón", "caracas"),
    ("Dozens of MS-13 members were flown from Houston to San Salvador on Friday, officials said.",
     "mara salvatrucha (ms-13)", "houston", "san salvador"),
])
def test_a_gangs_members_moved_are_the_gang_moved(analyser, text, moved, origin, destination):
    assert [(canon(c.moved), canon(c.origin), canon(c.destination)) for c in relocations(analyser, text)] == [
        (moved, origin, destination)]


# "porto" is a port far more often than "I bring" (~portare): soldiers on duty in a port are moved nowhere.
@pytest.mark.parametrize("text", [
    "Nel porto di Genova, ricorda l'Autorità portuale, sono in servizio 120 militari della Guardia di Finanza.",
    "Nei porti di Trieste e Ancona sono in servizio altri 80 militari, secondo la prefettura.",
])
def test_soldiers_on_duty_in_an_italian_port_are_no_move(analyser, text):
    assert relocations(analyser, text) == []


# Loading onto a vehicle moves the group from where it was loaded: the place of the loading is the origin, the
# vehicle's destination the destination.
@pytest.mark.parametrize("text, origin, destination", [
    ("The weapons were loaded onto a freighter in the port of Genoa last week, the channel said.", "genoa", ""),
    ("Le armi sono state caricate su un mercantile nel porto di Genova la settimana scorsa, ha detto il canale.",
     "genoa", ""),
    ("По данным канала, оружие погрузили на судно в порту Актау на прошлой неделе.", "aktau", ""),
    ("Las armas fueron cargadas en Valencia y enviadas a Libia, según el canal.", "valencia", "libya"),
    # where the vehicle is bound is where they went
    ("The weapons were loaded onto a freighter bound for the port of Tripoli, the channel said.", "", "tripoli"),
])
def test_the_place_of_loading_is_where_the_move_starts(analyser, text, origin, destination):
    assert [(canon(c.origin), canon(c.destination)) for c in relocations(analyser, text)] == [(origin, destination)]


# More of a group to follow from a place is a move from it; German "Folgen", capitalised, are consequences.
@pytest.mark.parametrize("text, origin, destination", [
    ("Another 200 fighters are due to follow from Tsel to Gao before the end of August, the channel said.", "tsel",
     "gao"),
    ("Nach Angaben eines Beamten sollen in den kommenden Wochen weitere 300 Häftlinge aus dem Lager al-Hol folgen.",
     "al-hol", ""),
    ("Segundo o canal, os carros de combate seguiram para a Polónia a partir de Setúbal.", "setúbal", "poland"),
])
def test_more_of_a_group_to_follow_from_a_place_moves_from_it(analyser, text, origin, destination):
    assert [(canon(c.origin), canon(c.destination)) for c in relocations(analyser, text)] == [(origin, destination)]


@pytest.mark.parametrize("text", [
    "Die Folgen des Krieges für die Flüchtlinge aus Syrien sind enorm.",
    "Readers can follow the news from Kyiv on our website.",
])
def test_consequences_and_news_followed_move_no_one(analyser, text):
    assert relocations(analyser, text) == []


# Foreigners moved are civilians moved (the gold sets' convention for people named by no group); foreign fighters are
# still fighters.
@pytest.mark.parametrize("text, moved", [
    ("The ministry of foreign affairs said foreigners were evacuated from Khartoum to Port Sudan.", "civilians"),
    ("Die Behörden teilten mit, die Ausländer seien von Khartum nach Port Sudan gebracht worden.", "civilians"),
    ("Власти сообщили, что иностранцев вывезли из Хартума в Порт-Судан.", "civilians"),
    ("Dozens of foreign fighters were flown from Raqqa to Iraq.", "militants"),
])
def test_foreigners_moved_are_civilians_and_foreign_fighters_fighters(analyser, text, moved):
    assert [canon(c.moved) for c in relocations(analyser, text)] == [moved]


def test_a_foreign_minister_travelling_is_no_foreigner_moved(analyser):
    text = ("O ministro dos Negócios Estrangeiros da Ucrânia, Dmytro Kuleba, deslocou-se esta semana à China para "
            "abordar potenciais conversações de paz.")
    assert relocations(analyser, text) == []


# A state that denies having sent troops denies its own move: it is the mover of the denied claim.
@pytest.mark.parametrize("text, agent", [
    ("Kiev a démenti avoir envoyé des militaires au Mali.", "ukraine"),
    ("Madrid negó haber enviado soldados a Mali, según el ministerio.", "spain"),
    ("L'Italia ha negato di aver inviato soldati in Mali, ha detto il ministero.", "italy"),
])
def test_a_state_denying_having_sent_troops_is_their_mover(analyser, text, agent):
    assert [(canon(c.agent), canon(c.destination), c.modality) for c in relocations(analyser, text)] == [
        (agent, "mali", "denied")]


# Verbs of a move the lists lacked: sailing from or to a place, Bulgarian "извели" (led out), "местени" (moved), and
# Ukrainian reflexive passives in a denial ("не виводилися").
@pytest.mark.parametrize("text, origin, destination, modality", [
    ("The coast guard denied that any migrants had sailed from Sfax that week.", "sfax", "", "denied"),
    ("Руските власти са извели през юли около 70 деца от детски дом в Олешки към Скадовск, заяви омбудсманът.",
     "oleshky", "skadovsk", "reported"),
    ("Посолството заяви, че деца от Олешки не са местени в Крим.", "oleshky", "crimea", "denied"),
    ("У Міністерстві оборони заявили, що жодні зенітні комплекси із Запорізької області не виводилися.",
     "zaporizhzhia oblast", "", "denied"),
])
def test_sailing_leading_out_and_reflexive_passives_are_moves(analyser, text, origin, destination, modality):
    assert [(canon(c.origin), canon(c.destination), c.modality) for c in relocations(analyser, text)] == [
        (origin, destination, modality)]


# The place a group fled is where from; where detainees were detained is where their move starts.
@pytest.mark.parametrize("text, origin, destination", [
    ("Plus de 10 000 personnes ont fui Bukavu vers le Burundi depuis la mi-février, selon le HCR.", "bukavu",
     "burundi"),
    ("More than 10,000 people fled Bukavu for Burundi in February, the UN said.", "bukavu", "burundi"),
    ("Російські силовики восени перевезли щонайменше 14 цивільних, затриманих у Бердянську, до слідчого ізолятора в "
     "Таганрозі.", "berdyansk", "taganrog"),  # (the locative read since its г/з alternation)
])
def test_the_place_fled_or_of_detention_is_where_from(analyser, text, origin, destination):
    assert [(canon(c.origin), canon(c.destination)) for c in relocations(analyser, text)] == [(origin, destination)]


# Arabic "جزيرة" (island; "الجزيرة", also Al Jazeera) is no town: GeoNames gives it to Algiers. The island's name
# after it is the place.
def test_an_arabic_island_is_named_by_the_word_after_it_not_algiers(analyser):
    text = "ويقول خبراء إن سفن الحوثيين تنقل منذ أشهر صواريخ من الحديدة إلى جزيرة كمران في البحر الأحمر."
    assert [(canon(c.origin), canon(c.destination)) for c in relocations(analyser, text)] == [
        ("al ḩudaydah", "كمران")]


@pytest.mark.parametrize("text", [
    "نقلت الجزيرة عن مصادر محلية أن المقاتلين وصلوا",   # Al Jazeera (Algiers)
    "وصل كريم لأول مرة مع الفرقة الرابعة",   # Karim (Rome), for the first (Laval), the division (Raqqa)
    "جرفت السيول ورقة من طراز قديم في قارة أخرى",   # the floods (Seoul), a sheet, a model (Taraz), a continent
])
def test_arabic_words_that_geonames_gives_a_town_are_no_place(text):
    assert find_places(text, "ar") == []


# Names that GeoNames gives a town but that a text means otherwise: a novel, a device, first names and surnames, a
# brand, the European Union, Tchaikovsky.
@pytest.mark.parametrize("text, language", [
    ("Der Roman von Lukas Aydin lag neben dem Gerät.", "de"),
    ("Martín Castro compró un Toyota el año pasado.", "es"),
    ("Les États membres de l'Union ont voté mardi.", "fr"),
    ("Концерт прошёл в зале имени Чайковского.", "ru"),
    ("Google said Bush and Kennedy had met Davis in private.", "en"),   # Topeka, Būsh, Kennedy in Colombia
    ("Dabei ist der Name der Reisen unklar.", "de"),   # Dubai, Namur, Yecheon
    ("Car la question reste ouverte.", "fr"),   # the Central African Republic
    ("Ora il governo deve decidere.", "it"),   # Oran
])
def test_names_that_a_text_means_otherwise_are_no_place(text, language):
    assert find_places(text, language) == []



# A state's metonym that GeoNames gives a town abroad is no place of the move ("White House": Casablanca,
# "Maison-Blanche": a quarter of Paris); one in the state itself still is ("Washington").
@pytest.mark.parametrize("text, destination", [
    ("The detainees were flown from Guantanamo to the White House, the post claimed.", ""),
    ("Les détenus ont été transférés de Guantanamo à la Maison-Blanche, selon le message.", ""),
    ("US troops were flown from Germany to Washington.", "washington d.c."),
])
def test_a_states_metonym_named_abroad_is_no_place(analyser, text, destination):
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


# A town whose name opens with a state's (Uruguaiana, in Brazil) is that town, no metonym of the state.
def test_a_town_named_like_a_state_is_the_town(analyser):
    text = ("Em 2020, uma postagem no Twitter usou as mesmas imagens para afirmar que tanques tinham sido enviados de "
            "Uruguaiana para Pacaraima, o que também era falso.")
    assert [(canon(c.origin), canon(c.destination)) for c in relocations(analyser, text)] == [
        ("uruguaiana", "pacaraima")]


# Wire copy calls a reported move a fabrication, an invention, nonsense or a lie, or says it does not match reality:
# the move is denied, in every language.
@pytest.mark.parametrize("text", [
    "The embassy called the reports of IS fighters being sent to Warsaw a fabrication.",
    "The ministry called reports that IS fighters were moved to Baghdad pure invention.",
    "The ministry said reports that IS fighters were moved to Baghdad were inaccurate.",
    "The ministry issued a denial of reports that IS fighters were flown to Kyiv.",
    "The ministry rebutted reports that IS fighters were moved to Baghdad.",
    "Le Kremlin a qualifié de pure invention les informations sur l'envoi de mercenaires à Tripoli.",
    "Les informations selon lesquelles des réfugiés auraient été transférés à Minsk sont fausses.",
    "El Kremlin calificó de invención las informaciones sobre el envío de mercenarios a Trípoli.",
    "Las informaciones de que refugiados fueron trasladados a Minsk son falsas.",
    "Il Cremlino ha definito una pura invenzione le notizie sull'invio di mercenari a Tripoli.",
    "O Kremlin classificou de invenção as notícias sobre o envio de mercenários para Kiev.",
    "Kreml nazwał wymysłem doniesienia o przerzuceniu najemników do Trypolisu.",
    "وصف الكرملين التقارير عن إرسال مرتزقة إلى طرابلس بأنها اختلاق.",
    "Der Kreml nannte Berichte über Söldner, die nach Tripolis geflogen worden seien, Unsinn.",
    "Сообщения о переброске наемников в Триполи в Кремле назвали чушью.",
])
def test_a_move_called_a_fabrication_is_denied(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


# A state's body that denies sending troops whose owner it does not name denies moving its own troops.
@pytest.mark.parametrize("text, state", [
    ("Moscow denied sending troops to Minsk.", "russia"),
    ("The Pentagon denied sending soldiers to Kyiv.", "united states"),
    ("Das Pentagon bestritt, Soldaten nach Kiew geschickt zu haben.", "united states"),
])
def test_a_state_denying_sending_troops_denies_moving_its_own(analyser, text, state):
    assert [(canon(c.agent), canon(c.moved), c.modality) for c in relocations(analyser, text)] == [
        (state, state, "denied")]


# An embassy speaks for the state that sends it: denying its own move, that state is the mover, not its host.
@pytest.mark.parametrize("text", [
    "Посольство России в Дамаске опровергло сообщения о переброске наемников в Триполи.",
    "La embajada rusa en Damasco negó que se hubieran enviado mercenarios a Trípoli.",
    "Ambasada Rosji w Damaszku zaprzeczyła, jakoby najemnicy zostali wysłani do Trypolisu.",
])
def test_an_embassy_denying_a_move_speaks_for_its_state_not_its_host(analyser, text):
    assert [(canon(c.agent), canon(c.destination), c.modality) for c in relocations(analyser, text)] == [
        ("russia", "tripoli", "denied")]


@pytest.mark.parametrize("text, origin, destination", [
    ("دخلت القوات التركية إدلب بعد منتصف الليل.", "", "idlib"),
    ("غادر مئات المقاتلين حلب باتجاه إدلب.", "aleppo", "idlib"),
    ("دخلت قوات روسية مدينة حلب.", "", "aleppo"),
    ("وصل مئات المرتزقة السوريين طرابلس.", "", "tripoli"),
])
def test_an_arabic_verb_of_entering_leaving_or_reaching_takes_its_place_as_object_after_its_subject(
        analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert claims, text
    assert canon(claims[0].origin) == origin and destination in canon(claims[0].destination), claims


@pytest.mark.parametrize("text, destination", [
    ("The US deployed 300 troops in Estonia.", "estonia"),
    ("Estados Unidos desplegó 300 soldados en Letonia.", "latvia"),
    ("Россия развернула войска в Белоруссии.", "belarus"),
    ("Польща розгорнула війська в Литві.", "lithuania"),
])
def test_a_place_after_a_verb_of_deploying_and_its_troops_is_where_they_went(analyser, text, destination):
    claims = relocations(analyser, text)
    assert claims and destination in canon(claims[0].destination), claims


@pytest.mark.parametrize("text", [
    "American troops deployed in Estonia took part in exercises.",
    "Los soldados estadounidenses desplegados en Letonia participan en maniobras.",
])
def test_troops_deployed_somewhere_before_the_verb_are_where_they_are(analyser, text):
    assert not relocations(analyser, text)


@pytest.mark.parametrize("text, agent, origin", [
    ("Francia retiró sus tropas de Malí.", "france", "mali"),
    ("La France a retiré ses soldats du Niger.", "france", "niger"),
    ("سحبت فرنسا قواتها من مالي.", "france", "mali"),
    ("سحبت الولايات المتحدة قواتها من أفغانستان.", "united states", "afghanistan"),
])
def test_the_owner_of_troops_withdrawn_by_a_possessive_is_the_agent(analyser, text, agent, origin):
    claims = relocations(analyser, text)
    assert claims, text
    assert canon(claims[0].agent) == agent and canon(claims[0].moved) == agent and canon(claims[0].origin) == origin


@pytest.mark.parametrize("text, destination", [
    ("Os combatentes sírios foram levados para a Líbia. A Turquia transferiu-os para o Azerbaijão.", "azerbaijan"),
    ("Los combatientes sirios fueron trasladados a Libia. Turquía decidió trasladarlos a Azerbaiyán.", "azerbaijan"),
    ("I mercenari siriani sono arrivati in Libia. La Turchia ha deciso di trasferirli in Azerbaigian.", "azerbaijan"),
    ("Os militares franceses dirigiram-se a Bamako.", "bamako"),
    ("Os mercenários russos mudaram-se para a Líbia.", "libya"),
])
def test_a_pronoun_written_onto_a_verb_stands_for_the_group_and_a_reflexive_verb_moves(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(destination in canon(c.destination) and c.moved is not None for c in claims), claims


@pytest.mark.parametrize("text, language", [
    ("Wagner abandona Malí", "es"),
    ("Вагнер напуска Мали", "bg"),
    ("Militari russi arrivano in Venezuela", "it"),
    ("Militares russos chegam à Venezuela", "pt"),
    ("Los refugiados sirios continuaron en autobuses hasta Damasco.", "es"),
])
def test_a_short_text_is_read_in_the_language_whose_words_of_a_move_it_uses(analyser, text, language):
    assert analyser.analyse_text(text).document.language == language


# A denied move told by its noun: the noun's complement is the group, its markers the ends.
@pytest.mark.parametrize("text, moved, destination", [
    ("Le ministère a démenti tout déploiement de mercenaires russes au Mali.",
     "mercenaries and foreign fighters for hire", "mali"),
    ("Ministerstwo zaprzeczyło przerzutowi najemników Wagnera na Białoruś.", "wagner group", "belarus"),
])
def test_a_denied_move_told_by_its_noun_is_a_denied_claim_with_its_slots(analyser, text, moved, destination):
    claims = relocations(analyser, text)
    assert [(c.modality, canon(c.moved), canon(c.destination)) for c in claims] == [
        ("denied", moved, destination)], claims


# A place opening a denied subordinate clause before its verb of arriving is where they arrived, wherever the subject
# stands; so too a place before a verb that only an auxiliary follows.
@pytest.mark.parametrize("text, destination", [
    ("Das Ministerium bestritt, dass in Rukla neue Panzer eingetroffen seien.", "rukla"),
    ("O governo negou que em Luanda tenham chegado mercenários russos nos últimos meses.", "luanda"),
    ("El ministerio negó que en Caracas hayan aterrizado aviones con mercenarios rusos.", "caracas"),
    ("Ministerstwo zaprzeczyło, jakoby w Rzeszowie wylądowali bojownicy z Syrii.", "rzeszów"),
])
def test_a_place_opening_a_denied_clause_before_its_arrival_is_the_destination(analyser, text, destination):
    claims = relocations(analyser, text)
    assert [(c.modality, canon(c.destination)) for c in claims] == [("denied", destination)], claims


@pytest.mark.parametrize("text", [
    "Il governo ha negato che mercenari russi siano mai partiti dalla Libia verso il Niger.",
])
def test_a_denied_departure_with_an_adverb_after_its_auxiliary_is_a_claim(analyser, text):
    claims = relocations(analyser, text)
    assert [(c.modality, canon(c.origin), canon(c.destination)) for c in claims] == [
        ("denied", "libya", "niger")], claims


# A state that denies receiving a group from a sender is where the group would have gone.
@pytest.mark.parametrize("text", [
    "Ирак опроверг, что принял боевиков ИГ из Сирии.",
    "Ірак заперечив, що прийняв бойовиків ІДІЛ із Сирії.",
    "Irak dementierte, IS-Häftlinge aus Syrien übernommen zu haben.",
    "Irak zaprzeczył, jakoby przyjął bojowników Państwa Islamskiego z Syrii.",
    "L'Iraq ha smentito di aver accolto detenuti dell'Isis provenienti dalla Siria.",
])
def test_a_state_denying_it_received_a_group_is_the_destination_of_the_denied_move(analyser, text):
    claims = relocations(analyser, text)
    assert [(c.modality, canon(c.origin), canon(c.destination)) for c in claims] == [
        ("denied", "syria", "iraq")], claims



# A word for the country points back to the last country named by its name, not to the group's adjective that the
# gazetteer also knows ("mercenários russos").
@pytest.mark.parametrize("text, destination", [
    ("A imprensa noticiou mercenários russos em Moçambique.\n\n"
     "O governo negou que mercenários russos tenham chegado ao país.", "mozambique"),
])
def test_the_country_a_denied_arrival_points_back_to_is_named_not_an_adjective(analyser, text, destination):
    claims = relocations(analyser, text)
    assert [(c.modality, canon(c.destination)) for c in claims] == [("denied", destination)], claims


# A verb of entering written with its marker ("entrati nel", "entrés dans", "entrado no", "entrado en el") goes into the
# country the word points back to, not in it; and that country is never the one the same move leaves from.
@pytest.mark.parametrize("text, origin, destination", [
    ("Secondo i media, miliziani sono arrivati in Libia. Il governo ha smentito che miliziani provenienti dalla "
     "Tunisia siano entrati nel Paese.", "tunisia", "libya"),
    ("Selon des médias, des mercenaires sont arrivés au Niger. Le gouvernement a démenti que des mercenaires venus "
     "de Libye soient entrés dans le pays.", "libya", "niger"),
    ("Segundo a imprensa, combatentes chegaram a Angola. O governo negou que combatentes vindos do Congo tenham "
     "entrado no país.", "dr congo", "angola"),
    ("Según la prensa, combatientes llegaron a Perú. El gobierno negó que combatientes procedentes de Bolivia hayan "
     "entrado en el país.", "bolivia", "peru"),
])
def test_a_country_entered_is_the_one_named_before_not_the_one_left(analyser, text, origin, destination):
    denied = [c for c in relocations(analyser, text) if c.modality == "denied"]
    assert [(canon(c.origin), canon(c.destination)) for c in denied] == [(origin, destination)], denied


# The country a state's body denies a move into or out of is its own: the state named before the verb of denying
# ("il ministero turco ha smentito che ... nel Paese"), even where the sentence names a city of it or another
# country before; a possessive makes it the own country of the state named before it ("400 venezolanos ... a su
# país"). A state that only says so speaks of another ("the Russian ministry said ... into the country").
@pytest.mark.parametrize("text, origin, destination", [
    ("Il ministero dell'Interno turco ha smentito che combattenti provenienti dalla Serbia siano entrati nel Paese.",
     "serbia", "turkey"),
    ("Le ministère nigérien a démenti que des mercenaires venus de Libye soient entrés dans le pays.",
     "libya", "niger"),
    ("La Cancillería colombiana negó que grupos de militares retirados hayan salido del país con destino a Polonia.",
     "colombia", "poland"),
    ("O Ministério angolano negou que combatentes vindos do Congo tenham entrado no país.", "dr congo", "angola"),
])
def test_the_country_a_state_denies_a_move_into_or_out_of_is_its_own(analyser, text, origin, destination):
    denied = [c for c in relocations(analyser, text) if c.modality == "denied"]
    assert [(canon(c.origin), canon(c.destination)) for c in denied] == [(origin, destination)], denied


@pytest.mark.parametrize("text, destination", [
    ("Mercenari stranieri sono arrivati in Ucraina. Il ministero russo ha affermato che altri mercenari sono entrati "
     "nel Paese.", "ukraine"),
    ("Des mercenaires étrangers sont arrivés en Ukraine. Le ministère russe affirme que d'autres mercenaires sont "
     "entrés dans le pays.", "ukraine"),
])
def test_a_state_that_only_says_so_speaks_of_the_country_named_before(analyser, text, destination):
    assert canon(relocations(analyser, text)[-1].destination) == destination


@pytest.mark.parametrize("text, destination", [
    ("Según la cancillería chilena, otros 400 venezolanos se han inscrito para regresar a su país desde Iquique.",
     "venezuela"),
    ("D'après le ministère, 300 Maliens sont rentrés dans leur pays depuis l'Algérie.", "mali"),
    ("Secondo il ministero, 200 tunisini sono rientrati nel loro Paese dalla Libia.", "tunisia"),
])
def test_their_country_is_the_own_country_of_the_state_named_before_it(analyser, text, destination):
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


# A participle after an auxiliary is the verb of the move, not the group its noun would name ("evacuati",
# "deportados", "évacués" as evacuees): with a group named before it ("300 civili dovrebbero essere evacuati"), that
# group is whom it moved, whatever auxiliary (infinitive, gerund, imperfect, the Italian "venire" passive).
@pytest.mark.parametrize("text, moved", [
    ("Circa 300 civili dovrebbero essere evacuati da Mariupol verso Zaporizhzhia.", "civili"),
    ("Centinaia di soldati vengono evacuati da Kherson verso Odessa.", "soldati"),
    ("Cerca de 300 civis deveriam ser evacuados de Mariupol para Zaporíjia.", "civis"),
    ("Cientos de soldados están siendo evacuados de Jersón a Odesa.", "soldados"),
    ("Decenas de militares iban a ser deportados desde Rota hasta Chipre.", "militares"),
    ("Des centaines de soldats étaient évacués de Gao vers Bamako.", "soldats"),
    ("Des dizaines de soldats devaient être évacués de Gao vers Bamako.", "soldats"),
])
def test_a_participle_after_an_auxiliary_is_the_verb_not_the_group(analyser, text, moved):
    assert [c.moved.text for c in relocations(analyser, text)] == [moved]


# A trigger word naming people moved, counted by a negator and followed by its verb, is the group ("nenhum deportado
# saiu"): the move is denied, not dropped.
@pytest.mark.parametrize("text, origin, destination", [
    ("O governo afirmou que nenhum deportado saiu de Luanda.", "luanda", ""),
    ("El gobierno aseguró que ningún deportado llegó a Tijuana.", "", "tijuana"),
])
def test_people_a_negator_counts_by_a_word_of_moving_are_the_group_of_a_denied_move(analyser, text, origin,
                                                                                    destination):
    claims = relocations(analyser, text)
    assert [(c.modality, canon(c.origin), canon(c.destination)) for c in claims] == [
        ("denied", origin, destination)], claims


@pytest.mark.parametrize("text, moved", [
    ("Según el portal, al menos 3.000 venezolanos han cruzado el río hacia Arauquita desde el inicio de los combates.",
     "venezuela nationals"),
    ("По данным канала, около 2 000 сирийцев перевезли из Идлиба в Африн.", "syria nationals"),
    ("Laut dem Sender wurden rund 4.500 Syrer aus Idlib nach Afrin gebracht.", "syria nationals"),
])
def test_a_count_with_a_thousands_separator_is_no_year(analyser, text, moved):
    """"3.000 venezolanos": four digits written with a separator count people; only four bare digits read as a year."""
    assert [canon(c.moved) for c in relocations(analyser, text)] == [moved]


@pytest.mark.parametrize("text, not_an_end", [
    ("Um investigador da Universidade de Harvard disse que centenas de militantes fugiram para a Ucrânia.",
     "universidade"),
    ("Un chercheur de l'Université de Genève affirme que des centaines de combattants ont fui vers l'Ukraine.",
     "geneva"),
    ("El presidente de Francia dijo que París enviará tropas a Ucrania.", "france"),
    ("Le ministre de la Défense du Canada a annoncé l'envoi de 200 soldats en Lettonie.", "canada"),
    ("Der Bischof von Rom sagte, Waffenlieferungen in die Ukraine verlängerten den Krieg.", "rome"),
    ("Os parceiros da Ucrânia comprometeram-se a enviar menos de 100 F-16.", "ukraine"),
])
def test_a_place_that_holds_an_office_or_ends_a_name_is_no_end_of_the_move(analyser, text, not_an_end):
    for claim in relocations(analyser, text):
        assert not_an_end not in (canon(claim.origin), canon(claim.destination)), claim


@pytest.mark.parametrize("text, end, scene", [
    ("Depuis le début de la guerre en Ukraine, des milliers de réfugiés sont partis en Pologne.", "poland", "ukraine"),
    ("Dopo l'inizio della guerra in Ucraina, migliaia di migranti sono partiti dalla Libia.", "libya", "ukraine"),
    ("Desde el inicio de la guerra en Ucrania, miles de refugiados han llegado a España.", "spain", "ukraine"),
    ("Desde o início da guerra na Ucrânia, milhares de refugiados chegaram a Portugal.", "portugal", "ukraine"),
    ("С начала войны в Сирии сотни боевиков перебросили в Ливию.", "libya", "syria"),
    ("Depuis l'invasion de l'Ukraine, des centaines de mercenaires ont été envoyés en Biélorussie.",
     "belarus", "ukraine"),
    ("Desde la invasión de Ucrania, cientos de mercenarios fueron enviados a Bielorrusia.", "belarus", "ukraine"),
    ("Dall'invasione dell'Ucraina, centinaia di mercenari sono stati inviati in Bielorussia.", "belarus", "ukraine"),
])
def test_where_a_war_is_fought_is_no_end_of_the_move(analyser, text, end, scene):
    """"the war in Ukraine", "la guerra in Ucraina", "войны в Сирии", "l'invasion de l'Ukraine": the place after a
    noun of war or invasion and a link is where the war is, neither end of a move told beside it ("depuis", "desde":
    since when, no origin marker opening the noun); nor is that state the one who moves them."""
    claims = relocations(analyser, text)
    assert end in {canon(c.origin) for c in claims} | {canon(c.destination) for c in claims}, claims
    for claim in claims:
        assert scene not in (canon(claim.origin), canon(claim.destination), canon(claim.agent)), claim


@pytest.mark.parametrize("text, end", [
    ("Des mercenaires ont été envoyés vers la zone de guerre en Ukraine.", "ukraine"),
    ("Боевиков переправляют из Сирии в зону конфликта на Украине.", "ukraine"),
    ("Foreign fighters were moved from Syria to the conflict zone in Ukraine.", "ukraine"),
    ("Millions of Syrians fled from the war in Syria to Turkey.", "syria"),
])
def test_a_war_a_move_goes_to_or_flees_keeps_its_place_an_end(analyser, text, end):
    """A marker or a move verb opening the noun of war (articles, links or a word of area between) makes its place
    where the group went or what it fled ("to the conflict zone in Ukraine", "в зону конфликта на Украине")."""
    claims = relocations(analyser, text)
    assert end in {canon(c.origin) for c in claims} | {canon(c.destination) for c in claims}, claims


def test_a_place_an_invasion_is_said_to_reach_is_no_end_of_a_return(analyser):
    """"unabhängig von einem angeblichen Einmarsch in die Ukraine": the invasion named beside a move is no leg of it."""
    text = ("Laut Moskau kehren die Truppen unabhängig von einem angeblichen Einmarsch in die Ukraine in ihre "
            "Kasernen zurück.")
    for claim in relocations(analyser, text):
        assert "ukraine" not in (canon(claim.origin), canon(claim.destination)), claim


@pytest.mark.parametrize("text", [
    "O presidente Emmanuel Macron sugeriu o envio de tropas da NATO para a Ucrânia.",
    "Emmanuel Macron discussed sending soldiers to Ukraine with European leaders.",
    "Emmanuel Macron a évoqué l'envoi de soldats en Ukraine.",
])
def test_troops_of_no_state_sent_to_a_state_by_someone_named_are_a_move(analyser, text):
    assert [canon(c.destination) for c in relocations(analyser, text)] == ["ukraine"]


@pytest.mark.parametrize("text, target", [
    ("Белый дом запрещает использовать переданное Киеву оружие для ударов вглубь российской территории.", "russia"),
    ("Ако украинците атакуват цел вътре в Русия с ракети ATACMS, това ще доведе до война.", "russia"),
    ("A UE recomendou o fornecimento de armas de longo alcance para atingir o coração da Rússia.", "russia"),
    ("Qualquer carga com armas enviada à Ucrânia será um alvo legítimo para a Rússia.", "russia"),
    ("Waszyngton przekazał Kijowowi pociski do ataków na terytorium Rosji.", "russia"),
])
def test_a_place_weapons_are_used_against_is_no_end_of_their_move(analyser, text, target):
    for claim in relocations(analyser, text):
        assert target not in (canon(claim.origin), canon(claim.destination)), claim


@pytest.mark.parametrize("text, target", [
    ("O governo aprovou o envio de mísseis à Ucrânia para destruir alvos militares na retaguarda da Rússia.", "russia"),
    ("El gobierno aprobó el envío de misiles a Ucrania para destruir objetivos militares en la retaguardia de Rusia.",
     "russia"),
    ("Il governo ha approvato l'invio di missili all'Ucraina per colpire obiettivi militari nelle retrovie della "
     "Russia.", "russia"),
    ("Le gouvernement a approuvé l'envoi de missiles à l'Ukraine pour frapper des cibles militaires à l'arrière de "
     "la Russie.", "russia"),
])
def test_a_place_five_words_after_a_word_of_aim_is_no_end_of_the_move(analyser, text, target):
    """A purpose clause of attack names its targets' place a few words on ("alvos militares na retaguarda da
    Rússia"): no origin or destination of the weapons, which still go to where they were sent."""
    claims = relocations(analyser, text)
    assert [canon(c.destination) for c in claims] == ["ukraine"], claims
    for claim in claims:
        assert target not in (canon(claim.origin), canon(claim.destination)), claim


@pytest.mark.parametrize("text", [
    "By the end of the year, no African will need a visa to enter Kenya.",
    "The injuries match those that have taken place to Canadians working in Cuba.",
    "The injuries match the incidents that took place among Americans living in Cuba.",
])
def test_an_idiom_of_a_move_verb_tells_no_move(analyser, text):
    """"took place" (happened), "bring about" (caused) and "a visa to enter" (a rule of entry) hold a verb of
    moving and move no one; "Cuba" is where people work, no origin."""
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text", [
    "Контратаки на Херсон оказались провальными: армия потеряла всю технику.",
    "Контратаки на Херсон оказались только во вред армии – она потеряла всю технику.",
])
def test_a_place_a_counterattack_is_aimed_at_is_no_end_of_a_move(analyser, text):
    """A counterattack is a word of attack like an attack ("контратаки на Херсон", "counterattacks on Kherson"):
    the place after it is what is attacked, so "оказались" (turned out) moves nothing there."""
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text, end", [
    ("Russian troops were moved to Kherson after the counterattacks.", "kherson"),
    ("Российские войска перебросили в Херсон после контратак.", "kherson"),
])
def test_a_move_told_beside_a_counterattack_keeps_its_end(analyser, text, end):
    assert [canon(c.destination) for c in relocations(analyser, text)] == [end]


@pytest.mark.parametrize("text", [
    "During his visit to Damascus, the minister promised that Iran would keep sending weapons to Syria.",
    "Lors de sa visite à Damas, le ministre a promis que l'Iran continuera à livrer des armes à la Syrie.",
    "Durante su visita a Damasco, el ministro prometió que Irán seguirá enviando armas a Siria.",
    "Durante la sua visita a Damasco, il ministro ha promesso che l'Iran continuerà a inviare armi in Siria.",
    "Во время своего визита в Дамаск министр пообещал, что Иран продолжит поставлять оружие в Сирию.",
])
def test_the_place_of_a_visit_is_no_end_of_another_groups_move(analyser, text):
    """Where someone pays a visit ("visit to Damascus", "визит в Дамаск") is no origin or destination of the
    weapons a sentence has sent elsewhere: they go to Syria only."""
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination)) for c in claims] == [("", "syria")], claims


@pytest.mark.parametrize("text", [
    "Hezbollah said they would not respond if Iran sends another salvo to Israel.",
    "The militants said they would stay out of it if Iran sends another salvo to Israel.",
    "Ни одна из американских ракет не достигла своей цели.",
    "A Rússia atinge sistema Patriot dos EUA na direção de Donetsk.",
    "Украинските военни са изстреляли в неделя пет ракети ATACMS, доставени от САЩ, по кримския град Севастопол.",
])
def test_weapons_fired_or_hit_are_no_relocation(analyser, text):
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("language, text", [
    ("es", "El ataque llevará las hostilidades con armas alemanas a Alemania."),
    ("it", "L'attacco porterà le ostilità con armi tedesche in Germania."),
    ("pt", "O ataque levará as hostilidades com armas alemãs para a Alemanha."),
    ("bg", "Ударът ще пренесе бойните действия с немско оръжие в Германия."),
    ("ar", "سينقل الهجوم الأعمال القتالية بالأسلحة الألمانية إلى ألمانيا."),
])
def test_hostilities_carried_somewhere_move_no_weapons(analyser, language, text):
    """Hostilities, talks or gold reserves carried somewhere are no group moved, even with weapons named beside
    them (a Bulgarian report had "бойните действия" carried to Germany read as a delivery of weapons)."""
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text", [
    "Forecasters said an area of low pressure moving in from the Atlantic would bring floods to 300 residents of Cork.",
    "Жители жалуются, что мусор не вывозят из Твери уже месяц.",
    "Мешканці скаржаться, що сміття не вивозять з Черкас уже місяць.",
    "Los vecinos temen que vuelvan los chubascos a Salamanca.",
    "Os moradores queixam-se de que o lixo não é levado de Braga há semanas.",
])
def test_weather_or_rubbish_a_verb_moves_is_no_relocation(analyser, text):
    """Rain, a front of low pressure or rubbish that comes, goes or is not taken away moves no group, whoever
    complains of it (ordinary news read weather reports and refuse collection as moves of residents)."""
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text", [
    "Les troupes russes déployées en Ukraine sont épuisées.",
    "Les troupes russes déployées dans le sud de l'Ukraine tiennent la ligne.",
    "Le truppe russe schierate in Ucraina sono stremate.",
    "Le truppe russe schierate nel sud dell'Ucraina sono stremate.",
])
def test_a_states_troops_named_whole_with_a_verb_of_deploying_are_where_they_stand(analyser, text):
    """"Troupes russes", "truppe russe" are a state's forces the lexicon knows by that name, the adjective after the
    noun as in "soldats français déployés au Tchad": stationed there, no move (an Italian verb of deploying counts as
    one that may say where they stand, though its `~word` takes the `deploy` label)."""
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text", [
    "The government is discussing the repatriation of 50 women from al-Hol to Germany.",
    "Le gouvernement débat du rapatriement de 50 femmes du camp d'al-Hol vers la France.",
    "El Gobierno debate la repatriación de 50 mujeres del campo de al-Hol a España.",
    "Il governo discute il rimpatrio di 50 donne dal campo di al-Hol in Italia.",
    "O governo debate a repatriação de 50 mulheres de al-Hol para Portugal.",
    "Rząd dyskutuje o sprowadzeniu 50 kobiet z al-Hol do Polski.",
    "لا تزال الحكومة تناقش إمكانية إعادة الأطفال المحتجزين في المخيمات السورية، ولم يتخذ أي قرار بعد.",
])
def test_a_move_debated_in_its_clause_is_no_claim_whoever_is_moved(analyser, text):
    """A repatriation a government debates is weighed, not told: no claim, as for a state's own troops (troops of no
    state someone discusses sending stay a claim of a sending to come)."""
    assert relocations(analyser, text) == []



# A verb of fleeing right before a marker of where to: the place is where they fled to, not from.
@pytest.mark.parametrize("text, destination", [
    ("Thousands of refugees fled to Chad after the attack.", "chad"),
    ("Hundreds of refugees fled towards Uganda.", "uganda"),
    ("Des milliers de réfugiés ont fui au Tchad.", "chad"),
    ("Des milliers de réfugiés ont fui en Ouganda.", "uganda"),
    ("Тысячи беженцев бежали в Чад.", "chad"),
])
def test_the_place_after_fleeing_to_is_the_destination(analyser, text, destination):
    claims = relocations(analyser, text)
    assert claims and canon(claims[0].destination) == destination and claims[0].origin is None


@pytest.mark.parametrize("text, not_an_end", [
    ("I migranti sono stati portati a Mario Draghi ieri.", "mario"),
    ("Centinaia di migranti sono arrivati a Mario Draghi ieri.", "mario"),
    ("Des centaines de réfugiés sont arrivés à Jean Dupont hier.", "jean"),
    ("Les réfugiés ont été transférés de Mykola Petrenko vers la Pologne.", "mykola"),
    ("Centenas de refugiados foram levados para Mário Soares ontem.", "mário"),
    ("Carola Rackete ha portato i migranti a “La Repubblica” ieri.", "la repubblica"),
    ("Carola Rackete ha portato i migranti a “Rep” ieri.", "rep"),
    ("Centenas de refugiados chegaram a “Expresso” ontem.", "expresso"),
])
def test_a_name_the_gazetteer_lacks_that_goes_on_or_opens_a_quotation_is_no_place(analyser, text, not_an_end):
    """"a Mario Draghi": a capitalised word after an unknown name makes it a person's first name; "a “Rep”": a name in
    quotation marks is a newspaper's or a programme's title (Italian, French and Portuguese real news)."""
    for claim in relocations(analyser, text):
        assert not_an_end not in (canon(claim.origin), canon(claim.destination)), claim


@pytest.mark.parametrize("text, destination", [
    ("Centinaia di migranti sono sbarcati a Lampedusa ieri.", "lampedusa"),
    ("Les réfugiés sont arrivés à Goro hier.", "goro"),
])
def test_a_one_word_name_the_gazetteer_lacks_stays_a_place(analyser, text, destination):
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


@pytest.mark.parametrize("text, destination", [
    ("Secondo la prefettura, 80 richiedenti asilo saranno portati a Capo Rizzuto.", "capo rizzuto"),
    ("Il post sostiene che i profughi siano stati trasferiti in un albergo della Costa Azzurra.", "costa azzurra"),
    ("Des migrants ont été transférés de Calais à Port Grimaud.", "port grimaud"),
])
def test_a_place_name_that_opens_with_a_word_of_geography_is_one_place(analyser, text, destination):
    """"Capo Rizzuto", "Costa Azzurra", "Port Grimaud": a cape, a coast or a port opens the place's own name
    (`name_openers`), so the capitalised word after it makes no person's name of it."""
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


# A verb of passing through a place, denied by a port or border authority: the place passed is where they went.
@pytest.mark.parametrize("text, destination", [
    ("Refugees passed through Hungary last year.", "hungary"),
    ("Пограничники заявили, что никакие грузы с оружием из Украины через Самсун не проходили.", "samsun"),
    ("La aduana aseguró que ningún arma ucraniana ha pasado por Manzanillo.", "manzanillo"),
    ("Il ministero ha precisato che nessuna arma è transitata da Livorno.", "livorno"),
])
def test_the_place_a_group_passed_through_is_where_it_went(analyser, text, destination):
    claims = relocations(analyser, text)
    assert claims and canon(claims[0].destination) == destination


def test_the_camp_left_after_flown_out_of_is_the_camp_named_before(analyser):
    """"flown out of the camp": the shorter trigger "flown out" no longer hides the marker "out of"."""
    claims = relocations(analyser, "Posts claimed that US helicopters flew IS fighters out of the al-Hol camp. The "
                                   "administration said no fighters had been taken out of the camp.")
    denied = [c for c in claims if c.modality == "denied"]
    assert denied and canon(denied[0].origin) == "al-hol"


@pytest.mark.parametrize("text", [
    "La embajada en Caracas negó que se hayan enviado tropas a Siria.",
    "Die Botschaft in Warschau bestritt, dass Soldaten nach Litauen verlegt worden seien.",
])
def test_the_seat_of_a_denying_embassy_owns_no_troops(analyser, text):
    """An embassy in Caracas denies for the state that sent it, not for Venezuela: troops no state owns."""
    assert not any(c.moved is not None and canon(c.moved) in ("venezuela", "poland")
                   for c in relocations(analyser, text))


@pytest.mark.parametrize("text", [
    "Moscow weighs its answer\n\nPutin warned that he would send long-range missiles.\n\n"
    "The general said the offer was a threat to Europe.",
    "Moscow weighs its answer\n\nPutin warned that he would send long-range missiles to his allies.\n\n"
    "The general said the offer was a threat to Europe.",
    "Москва обмисля отговор\nПутин предупреди, че ще изпрати ракети на съюзниците си.\n"
    "В интервю генералът каза, че ще има нова война в Европа.",
    "Moscou prépare sa réponse\n\nPoutine a averti qu'il enverrait des missiles.\n\n"
    "Le général a dit que ce serait une menace pour l'Europe.",
])
def test_a_move_told_without_a_place_takes_none_from_the_next_paragraph(analyser, text):
    """A line break between the move's sentence and the next one starts another paragraph, most often another
    matter (real news: "... will send missiles to his allies.\\nIn an interview, Petraeus spoke of a new war in
    Europe"): its place is no end of the move. Within the paragraph, and from a headline to the body, it still is."""
    for claim in relocations(analyser, text):
        assert claim.destination is None, claim


@pytest.mark.parametrize("text, destination", [
    ("Putin warned that he would send long-range missiles. The general said the offer was a threat to Europe.",
     "europe"),
    ("Putin to send long-range missiles\n\nThe general said the offer was a threat to Europe.", "europe"),
])
def test_a_move_told_without_a_place_takes_the_next_sentence_s_in_its_paragraph(analyser, text, destination):
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


@pytest.mark.parametrize("text, agent, moved", [
    ("Hezbollah smuggles weapons from Syria to Lebanon.", "hezbollah", "weapons and arms deliveries"),
    ("The Taliban transferred the prisoners from Kabul to Kandahar.", "taliban", "detainees"),
    ("Хезболла перебросила оружие из Сирии в Ливан.", "hezbollah", "weapons and arms deliveries"),
    ("Die Hamas brachte die Geiseln nach Chan Junis.", "hamas", "detainees"),
    ("Le Hezbollah a transféré des armes de Syrie vers le Liban.", "hezbollah", "weapons and arms deliveries"),
    ("Los talibanes trasladaron a los prisioneros de Kabul a Kandahar.", "taliban", "detainees"),
    ("نقل الحوثيون أسلحة من الحديدة إلى صنعاء.", "houthis", "weapons and arms deliveries"),
    # a passive's agent after its marker
    ("Weapons were smuggled by Hezbollah from Syria to Lebanon.", "hezbollah", "weapons and arms deliveries"),
])
def test_a_named_group_that_moves_another_group_is_its_agent(analyser, text, agent, moved):
    claim = relocations(analyser, text)[0]
    assert (canon(claim.agent), canon(claim.moved)) == (agent, moved)


@pytest.mark.parametrize("text, origin, destination", [
    ("Reports said fighters were flown to Azerbaijan. The presidential office said not a single foreign fighter had "
     "arrived in the country.", "", "azerbaijan"),
    ("Les posts affirment que des mercenaires sont arrivés au Mali. Le ministère a démenti qu'aucun mercenaire soit "
     "arrivé dans le pays.", "", "mali"),
    ("Білорусь прийняла вагнерівців. Міністерство оборони Білорусі заперечило, що з території країни виїжджали "
     "будь-які підрозділи «Вагнера».", "belarus", ""),
    ("Беларусь приняла вагнеровцев. Минобороны Беларуси заявило, что с территории страны никакие подразделения "
     "«Вагнера» не выезжали.", "belarus", ""),
    ("Според медии самолети с бойци са летели от България. Министерството заяви, че нито един наемник не е напускал "
     "територията на страната.", "bulgaria", ""),
    ("Belarus hosted Wagner fighters. The ministry denied that any Wagner units had left the territory of the "
     "country.", "belarus", ""),
])
def test_a_word_for_the_country_after_arriving_or_its_territory_is_the_country_named_before(
        analyser, text, origin, destination):
    """"arrived in the country" went there (not "present in the country"); "з території країни", "територията на
    страната": the country's territory is the country named before, an end of the denied move."""
    denied = [c for c in relocations(analyser, text) if c.modality == "denied"]
    assert denied and (canon(denied[0].origin), canon(denied[0].destination)) == (origin, destination)


def test_the_island_reached_with_an_elided_sull_is_the_island_named_before(analyser):
    """"portati sull'isola": "sull'" says where to, as "sulla" does, and the island is the one named before."""
    claims = relocations(analyser, "Secondo i post, miliziani dell'ISIS sono stati portati sull'isola di Lampedusa. "
                                   "Il Viminale ha smentito che miliziani siano stati portati sull'isola.")
    denied = [c for c in claims if c.modality == "denied"]
    assert denied and canon(denied[0].destination) == "lampedusa"


@pytest.mark.parametrize("text, destination", [
    # (a base the gazetteer lacks: Bezmer, the example first written here, it now knows)
    ("Според публикации ракетни системи са пристигнали в авиобазата Чешнегирово. Министерството заяви, че нито една "
     "ракетна система не е пристигала в базата.", "чешнегирово"),
    ("Reports said missiles arrived at the Cheshnegirovo air base. The ministry said no missile system had arrived at "
     "the base.", "cheshnegirovo"),
])
def test_a_place_noun_points_back_to_a_name_the_gazetteer_lacks_as_written(analyser, text, destination):
    """"авиобазата Чешнегирово ... в базата": the base named before, by its name as written where the gazetteer
    lacks it, not the bare noun."""
    denied = [c for c in relocations(analyser, text) if c.modality == "denied"]
    assert denied and (denied[0].destination.canonical or "").casefold() == destination


@pytest.mark.parametrize("text, origin", [
    ("Selon les réseaux, des mercenaires sont arrivés à Benghazi. Le ministère a nié que des mercenaires aient été "
     "évacués de la ville vers le Tchad.", "benghazi"),
    ("Selon les réseaux, des mercenaires sont arrivés à Benghazi. Le ministère a nié que des mercenaires aient été "
     "transférés de la ville vers le Tchad.", "benghazi"),
])
def test_the_city_a_verb_of_moving_left_through_de_la_is_the_city_named_before(analyser, text, origin):
    """"évacués de la ville": "de la" right after the verb says where from, not whose city ("la défense de la
    capitale")."""
    denied = [c for c in relocations(analyser, text) if c.modality == "denied"]
    assert denied and canon(denied[0].origin) == origin


@pytest.mark.parametrize("text", [
    "Пограничники заявили, что боевики не пересекали границу Таджикистана.",
    "Пограничники заявили, что ни один боевик не пересёк границу Таджикистана.",
])
def test_a_border_crossed_names_its_country_in_the_genitive_as_where_they_went(analyser, text):
    """"не пересекали границу Таджикистана": the border of the state after the phrase of crossing, with no marker of
    its own, is where they would have gone."""
    denied = [c for c in relocations(analyser, text) if c.modality == "denied"]
    assert denied and canon(denied[0].destination) == "tajikistan"


@pytest.mark.parametrize("text, destination", [
    ("IS fighters left Aguelhok for Anefis last week.", "anefis"),
    ("Wagner fighters are due to leave Bourem by road for Anefis.", "anefis"),
    ("Unos 80 combatientes del EI salieron de Aguelhok para Anefis.", "anefis"),
    ("Decine di combattenti dell'Isis sono partiti da Aguelhok per Anefis.", "anefis"),
])
def test_a_name_the_gazetteer_lacks_after_the_for_of_a_place_left_is_where_they_went(analyser, text, destination):
    """"left Aguelhok for Anefis": "for" right after a place left opens the name after it, known or not."""
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


@pytest.mark.parametrize("text, destination", [
    ("Russian troops were flown to a base in the Kursk region.", "kursk oblast"),
    ("IS fighters were driven from Raqqa to a camp in the Deir ez-Zor region.", "deir ez-zor"),
])
def test_an_article_may_stand_between_the_locative_after_a_facility_and_its_place(analyser, text, destination):
    """"to a camp in the Kursk region": the marker governs the facility, and the place it lies in is where they
    went, an article between "in" and the name as well."""
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


def test_an_article_after_in_leads_to_no_place_when_no_facility_follows_the_marker(analyser):
    """"trying to recruit teenagers in the camps through smuggled phones": the "to" of the infinitive governs no kind
    of place, so "in the camps" is where the recruiting happens, not where anyone went (claims_holdout's neutral
    article)."""
    text = ("Aid groups say conditions in the al-Hol and Roj camps have worsened.\n\nLocal officials in Qamishli "
            "warned that Islamic State sleeper cells were trying to recruit teenagers in the camps through smuggled "
            "phones.")
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text, destination", [
    ("Los soldados rusos fueron trasladados hasta la isla Tortuguilla.", "tortuguilla"),
    ("Российских военных перебросили на остров Тортугилья.", "tortugilya"),
])
def test_a_name_the_gazetteer_lacks_after_a_kind_of_place_is_a_place(analyser, text, destination):
    """"hasta la isla Tortuguilla", "на остров Тортугилья": the kind of place says its name is one."""
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


@pytest.mark.parametrize("text, destination", [
    ("Американские военные инструкторы, работавшие в Оше, в мае будут вывезены в Душанбе.", "dushanbe"),
    ("Около двухсот боевиков, завербованных в лагерях под Идлибом, в конце сентября были переправлены в Газиантеп.",
     "gaziantep"),
    ("Российских военных, служивших в Кидале, на прошлой неделе перебросили в Гао.", "gao"),
])
def test_a_time_phrase_after_a_comma_does_not_make_the_moves_own_place_a_locator(analyser, text, destination):
    """"работавшие в Оше, в мае будут вывезены в Душанбе": the phrase after the comma is a time, and the verb of
    moving between it and the place opens a leg of its own, no note of where Osh lies."""
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


@pytest.mark.parametrize("text", [
    "Il ministero ha escluso che soldati italiani siano stati inviati in Libia.",
    "Il comando ha escluso qualsiasi trasferimento di combattenti siriani in Libia.",
    "El ministerio descartó que soldados españoles hayan sido enviados a Libia.",
    "O ministério descartou que soldados portugueses tenham sido enviados para a Líbia.",
    "Le ministère a exclu que des soldats français aient été envoyés en Libye.",
])
def test_a_move_ruled_out_as_having_happened_is_denied(analyser, text):
    """"ha escluso che ... siano stati inviati", "descartó que", "a exclu que": ruling out that a move happened, or
    any such move, denies it as a speech verb of denial does."""
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "The Pentagon has not denied that US troops were sent to Libya.",
    "Le ministère n'a pas démenti que des soldats français aient été envoyés en Libye.",
    "Пентагон не опроверг, что американские войска были отправлены в Ливию.",
])
def test_a_denial_verb_under_a_negator_denies_nothing(analyser, text):
    """"has not denied", "non ha escluso che", "не опроверг": the speaker leaves the move open; not denied."""
    claims = relocations(analyser, text)
    assert claims and all(c.modality != "denied" for c in claims), claims


@pytest.mark.parametrize("text", [
    "There is no truth in reports that Turkish troops were sent to Libya.",
    "An den Berichten, türkische Soldaten seien nach Libyen geschickt worden, ist kein Wort wahr.",
    "Il n'y a rien de vrai dans l'idée que des soldats turcs ont été envoyés en Libye.",
    "No hay nada de cierto en que soldados turcos fueron enviados a Libia.",
    "Non c'è nulla di vero nella notizia che soldati turchi sono stati inviati in Libia.",
    "Não há nada de verdade na notícia de que soldados turcos foram enviados para a Líbia.",
    "В сообщениях о том, что турецкие военные были отправлены в Ливию, нет ни слова правды.",
    "Повідомлення про те, що турецьких військових відправили до Лівії, безпідставні.",
    "W doniesieniach, że tureccy żołnierze zostali wysłani do Libii, nie ma ani słowa prawdy.",
])
def test_there_is_no_truth_in_a_move_denies_it(analyser, text):
    """"no truth in reports that", "kein Wort wahr", "rien de vrai", "nada de cierto", "ни слова правды": wording
    that says the story holds no truth denies the move its sentence tells."""
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


# Portuguese "devolver" (send back): its participle, which the lemma forms lack, is a trigger too.
@pytest.mark.parametrize("text, destination", [
    ("As autoridades afirmaram que 40 combatentes foram devolvidos ao Iraque.", "iraq"),
    ("Doze passageiros teriam sido devolvidos aos Estados Unidos.", "united states"),
])
def test_a_group_sent_back_goes_where_it_was_sent(analyser, text, destination):
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


@pytest.mark.parametrize("text, place", [
    ("The ministry denied that any mercenaries had landed at Al-Watiya.", "Al-Watiya"),
    ("Witnesses said some forty fighters were handed over in Kerzaz on Sunday.", "Kerzaz"),
    ("El ministerio negó que los migrantes hayan sido dejados en Tabarinia.", "Tabarinia"),
    ("O ministério negou que os presos tenham sido entregues em Murtinhal.", "Murtinhal"),
])
def test_a_verb_of_arriving_ending_in_its_locative_word_opens_the_unknown_name_after_it(analyser, text, place):
    """"landed at", "handed over in", "dejados en", "entregues em": a verb of arriving whose phrase swallowed its
    locative word still leads to the name the gazetteer lacks right after it: where they arrived."""
    claims = relocations(analyser, text)
    assert claims and claims[0].destination is not None and claims[0].destination.text == place, claims


@pytest.mark.parametrize("text, home", [
    ("Iraq brought home 200 families from the al-Hol camp last year.", "home"),
    ("Baghdad brought 200 women and children from the Roj camp back home in March.", "back home"),
    ("Circa 300 combattenti sono tornati dalla Siria in patria negli ultimi mesi.", "patria"),
    ("Ще 40 дітей повернули з Росії додому.", "додому"),
    ("Россия вернула домой из Сирии еще 40 детей.", "домой"),
    ("Още 40 сирийци бяха върнати от Турция в родината си.", "родината си"),
    ("وأعلنت الوزارة أن 300 لاجئ عادوا من لبنان إلى ديارهم.", "ديارهم"),
])
def test_a_move_home_ends_at_home_as_written(analyser, text, home):
    """"brought home", "back home", "in patria", "додому", "в родината си", "إلى ديارهم": with no place named where
    they went, a word for home a few words from the verb, in its clause, is the destination, as written."""
    claims = relocations(analyser, text)
    assert [c.destination.text if c.destination else None for c in claims] == [home], claims


@pytest.mark.parametrize("text", [
    "The head teacher sent the pupils home early on Friday.",
    "La maestra ha mandato gli alunni a casa prima del tempo.",
    "La maestra mandó a los alumnos a casa antes de tiempo.",
])
def test_home_alone_makes_no_move(analyser, text):
    """Sent home from school: a word for home is no place that makes a move a claim by itself."""
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text, destination", [
    ("A cargo ship carrying artillery shells from Burgas docked at Reni on Tuesday.", "reni"),
    ("The ministry denied that any ship carrying weapons had docked in Batumi.", "batumi"),
    ("Una nave carica di proiettili partita da Burgas è attraccata a Reni martedì.", "reni"),
    ("Um navio carregado de munições vindo de Burgas atracou em Reni na terça-feira.", "reni"),
])
def test_a_ship_that_docked_somewhere_went_there(analyser, text, destination):
    """"docked in", "attraccata a", "atracou em": a verb of docking is one of arriving; the port after it is where
    the cargo went."""
    claims = relocations(analyser, text)
    assert [canon(c.destination) for c in claims] == [destination], claims


@pytest.mark.parametrize("text, origin", [
    ("Officials said the army moved some 700 residents of Mosul to Erbil in a convoy of trucks.", "mosul"),
    ("Власти вывозят жителей приграничных сёл Курской области в Воронеж.", "kursk oblast"),
    ("Понад 300 мешканців Харкова евакуювали до Львова автобусами.", "kharkiv"),
    ("Wojsko przewiozło 300 mieszkańców Charkowa do Lwowa.", "kharkiv"),
])
def test_residents_of_a_place_moved_elsewhere_left_that_place(analyser, text, origin):
    """"residents of Mosul", "жителей ... Курской области", "мешканців Харкова": with a destination named and no
    origin, the place the residents are of, right after their noun, is where their move starts."""
    claims = relocations(analyser, text)
    assert [canon(c.origin) for c in claims] == [origin], claims


@pytest.mark.parametrize("text", [
    "The army moved 700 residents to Erbil in a convoy of trucks.",
    "Residents said the army moved 300 fighters of the group to Erbil.",
    "Власти вывезли жителей в Воронеж, сообщили в Курской области.",
])
def test_residents_of_no_place_named_after_their_noun_leave_from_nowhere_named(analyser, text):
    """No place right after the noun for residents (or the noun not the group moved): no origin is made up."""
    claims = relocations(analyser, text)
    assert claims and all(c.origin is None for c in claims), claims


@pytest.mark.parametrize("text, origin", [
    ("Plusieurs centaines d'habitants de Tolbukhino ont été évacués vers Lviv.", "Tolbukhino"),
    ("Soldiers took 300 residents of Tolbukhino to Kursk by bus.", "Tolbukhino"),
    ("Los soldados llevaron a los vecinos de Tolbujino a Erbil.", "Tolbujino"),
])
def test_a_name_after_a_noun_for_residents_is_a_place_though_the_gazetteer_lacks_it(analyser, text, origin):
    """"habitants de Tolbukhino", "residents of Tolbukhino": a noun for residents opens the name of where they live as
    a place noun does (residents as a source, "residents said", name no body whose name it would end)."""
    claims = relocations(analyser, text)
    assert [c.origin.text if c.origin else None for c in claims] == [origin], claims


@pytest.mark.parametrize("text, destination", [
    ("Die Panzer wurden vom Übungsplatz Cincu zurück in ihre Kaserne in Marienberg gebracht.", "marienberg"),
    ("Die Bundeswehr verlegte 200 Soldaten aus Gao an ihre Stützpunkte in Niamey.", "niamey"),
    ("Die Armee brachte die Haubitzen aus Lwiw auf seine Basis in Charkiw.", "kharkiv"),
    ("The army moved the howitzers from Lviv back to their barracks in Kharkiv.", "kharkiv"),
    ("Los tanques fueron trasladados desde Lviv a su cuartel en Járkov.", "kharkiv"),
    ("I carri armati sono stati riportati da Leopoli nella loro caserma di Charkiv.", "kharkiv"),
])
def test_a_possessive_after_a_marker_of_where_to_leads_to_the_site_and_its_town(analyser, text, destination):
    """A possessive in the accusative stands where the article would ("in ihre Kaserne in Marienberg", "to their
    barracks in Kharkiv", "a su cuartel en Járkov"): the town of the site is where they went."""
    assert destination in [canon(c.destination) for c in relocations(analyser, text)]


def test_a_dative_possessive_says_where_they_are_not_where_to(analyser):
    """"in ihren Kasernen" (dative) is where they are held: no move to that town."""
    text = "Die Soldaten wurden in ihren Kasernen in Charkiw festgehalten."
    assert "kharkiv" not in [canon(c.destination) for c in relocations(analyser, text)]


@pytest.mark.parametrize("text", [
    "About 500 soldiers were moved from Kyiv to Kharkiv Oblast, where they were quartered in Chuhuiv.",
    "Близько 500 військових перекинули з Києва на Харківщину, де їх розмістили в Чугуєві.",
    "Около 500 военных перебросили из Киева в Харьковскую область, где их разместили в Чугуеве.",
])
def test_a_where_clause_that_lodges_the_group_narrows_the_destination(analyser, text):
    """", where they were quartered in Chuhuiv" right after the destination says where in it the move ended: the
    town, held by the region, is the end (the origin stays)."""
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination)) for c in claims] == [("kyiv", "chuhuyiv")], claims


@pytest.mark.parametrize("text", [
    # no word of settling in the clause: it tells something else about the region
    "About 500 soldiers were moved from Kyiv to Kharkiv Oblast, where the governor met reporters in Chuhuiv.",
    # the place the clause names lies outside the destination
    "About 500 soldiers were moved from Kyiv to Kharkiv Oblast, where they were quartered in barracks built by "
    "Poland.",
])
def test_a_where_clause_keeps_the_destination_unless_it_lodges_the_group_inside_it(analyser, text):
    assert "kharkiv oblast" in [canon(c.destination) for c in relocations(analyser, text)]


@pytest.mark.parametrize("text, town", [
    ("About 500 soldiers were moved from Kyiv to Kharkiv Oblast, where they were quartered in barracks at Zorkivka.",
     "Zorkivka"),
    ("Около 500 военных перебросили из Киева в Харьковскую область, где их разместили в казармах у Зорковки.",
     "Зорковки"),
    ("Близько 500 військових перекинули з Києва на Харківщину, де їх розмістили в казармах біля Зорківки.",
     "Зорківки"),
])
def test_a_town_the_gazetteer_lacks_where_the_group_was_lodged_lies_in_the_destination(analyser, text, town):
    """A name the gazetteer lacks in the where-clause that lodges the group is the end of the move from Kyiv, kept
    with the region it was moved to as its broader name."""
    ends = [(c.destination.text, [w.canonical for w in c.destination.within]) for c in relocations(analyser, text)
            if canon(c.origin) == "kyiv"]
    assert ends == [(town, ["Kharkiv Oblast"])], ends


# The town or region a local body denies a move into is its own seat, named before its verb of denying ("La mairie
# de Lille a démenti que ... dans la ville"), not a town the move leaves from after it; the seat after a town hall
# or prefecture is no end of the move itself ("El Ayuntamiento de Toledo": not where they came from).
@pytest.mark.parametrize("text, origin, destination", [
    ("La mairie de Lille a démenti que des exilés venus de Calais aient été logés dans la ville.", "calais", "lille"),
    ("El Ayuntamiento de Toledo negó que haya llegado ningún autobús con migrantes a la ciudad.", "", "toledo"),
    ("The mayor of Dover denied that migrants from Calais had been brought to the city last week.",
     "calais", "dover"),
])
def test_the_town_a_local_body_denies_a_move_into_is_its_own_seat(analyser, text, origin, destination):
    denied = [c for c in relocations(analyser, text) if c.modality == "denied"]
    assert [(canon(c.origin), canon(c.destination)) for c in denied] == [(origin, destination)], denied



# Calling a move an invention, a hoax or a fake denies it, wherever the noun stands ("calificó de invento el
# traslado", "called the transfer an invention", "ha definito una bufala il trasferimento").
@pytest.mark.parametrize("text", [
    "El ministerio calificó de invento el traslado de combatientes desde Varsovia hacia Ucrania.",
    "El ministerio calificó el traslado de combatientes desde Varsovia hacia Ucrania de invento.",
    "The ministry called the transfer of fighters from Warsaw to Ukraine an invention.",
    "Il ministero ha definito una bufala il trasferimento di combattenti da Varsavia in Ucraina.",
])
def test_a_move_called_an_invention_is_denied(analyser, text):
    assert [(c.modality, canon(c.destination)) for c in relocations(analyser, text)] == [("denied", "ukraine")]


# German "von" after a move noun names what is moved as often as where from ("die Verlegung von Truppen nach
# Gomel"): a word for troops after it is the moved group, never a place the gazetteer lacks.
@pytest.mark.parametrize("text", [
    "Das Ministerium bestritt die Verlegung von Truppen nach Gomel.",
    "Das Ministerium bestritt die Verlegung von Truppen aus Minsk nach Gomel.",
])
def test_german_troops_after_von_are_moved_not_a_place(analyser, text):
    claims = relocations(analyser, text)
    assert [c.moved.text for c in claims] == ["Truppen"]
    assert all(c.origin is None or c.origin.text != "Truppen" for c in claims)


@pytest.mark.parametrize("text, moved, canonical", [
    ("Le Mali a envoyé 50 soldats de Gao à Ménaka pour appuyer les forces nigériennes.", "soldats", "Mali"),
    ("Ukraine sent 20 drone operators to Idlib to train militants of Hayat Tahrir al-Sham.", "drone operators",
     "Ukraine"),
    ("Украина перебросила 20 операторов дронов в Мали для обучения боевиков.", "операторов дронов", "Ukraine"),
    ("أرسلت أوكرانيا 20 جنديا إلى مالي لدعم مقاتلين من الطوارق.", "جنديا", "Ukraine"),
])
def test_the_group_a_purpose_clause_names_is_not_the_group_moved(analyser, text, moved, canonical):
    """"pour appuyer les forces nigériennes", "to train militants of ...", "для обучения боевиков", "لدعم مقاتلين"
    (`purpose`, now with verbs of training, supporting, reinforcing and joining): the group the move is for is not
    whom it moved, nor are troops named there when no other group is; the words for troops before it are the group,
    a two-word one whole ("drone operators", "операторов дронов": a weapon naming their trade moves nothing)."""
    claims = relocations(analyser, text)
    assert len(claims) == 1 and claims[0].moved is not None, claims
    assert claims[0].moved.text == moved and claims[0].moved.canonical == canonical, claims


def test_a_purpose_word_that_is_also_to_a_place_keeps_its_group(analyser):
    """"partiti per l'Ucraina": Italian "per" before an article says where to, no purpose; the group after it moved."""
    claims = relocations(analyser, "Secondo Mosca, sarebbero partiti per l'Ucraina anche trenta tecnici italiani.")
    assert [c.moved.text for c in claims] == ["tecnici italiani"], claims


@pytest.mark.parametrize("text, moved", [
    ("Russia flew instructors to Bangui, where they train Wagner fighters.", "instructors"),
    ("Россия перебросила инструкторов в Бангу, где они обучают боевиков.", "инструкторов"),
    ("La Russie a envoyé des instructeurs à Bangui, où ils forment des jihadistes.", "instructeurs"),
    ("Rusia envió instructores a Bangui, donde entrenan a yihadistas.", "instructores"),
])
def test_a_group_named_only_in_a_where_clause_leaves_the_troops_outside_it_the_group(analyser, text, moved):
    """"..., where they train Wagner fighters", "где они обучают боевиков", "où ils forment des jihadistes": when the
    only group the lexicon names stands in a clause about the place just named, a word for troops outside that
    clause is whom the move moved (the state that moves them owns them), not the clause's group."""
    claims = relocations(analyser, text)
    assert [(c.moved.text, c.moved.canonical) for c in claims] == [(moved, "Russia")], claims


@pytest.mark.parametrize("text, moved, canonical", [
    ("Together with the drones, about 40 Iranian instructors arrived in Crimea, the spokesman said.",
     "Iranian instructors", "Iran"),
    ("Разом із дронами до Криму прибули близько 40 іранських інструкторів, повідомив речник.",
     "іранських інструкторів", "Iran"),
    ("Вместе с беспилотниками в Крым прибыли около 40 иранских инструкторов, сообщил представитель.",
     "иранских инструкторов", "Iran"),
    ("Razem z rakietami na Białoruś wyjechało około 150 rosyjskich żołnierzy, podało ministerstwo.",
     "rosyjskich żołnierzy", "Russia"),
    ("Junto con los drones, unos 40 instructores iraníes llegaron a Crimea, según el portavoz.",
     "instructores iraníes", "Iran"),
    ("Zusammen mit den Drohnen wurden rund 40 iranische Ausbilder auf die Krim gebracht, sagte der Sprecher.",
     "iranische Ausbilder", "Iran"),
    ("Танки перебросили в Крым вместе с российскими экипажами.", "российскими экипажами", "Russia"),
    ("За даними розвідки, разом із технікою до Лівії вивозять і близько двохсот сирійських найманців.",
     "сирійських найманців", "Mercenaries and foreign fighters for hire"),
])
def test_weapons_that_go_with_a_group_are_its_load(analyser, text, moved, canonical):
    """A weapon opened by a word of going along (`comitative`: "together with", "разом із", "вместе с", "razem z",
    "junto con", "zusammen mit") goes with the people the sentence names: they are the group moved, whichever side
    of the verb they stand ("Танки перебросили ... вместе с российскими экипажами": the crews)."""
    claims = relocations(analyser, text)
    assert len(claims) == 1 and claims[0].moved is not None, claims
    assert claims[0].moved.text == moved and claims[0].moved.canonical == canonical, claims


@pytest.mark.parametrize("text, moved", [
    ("Росія перекинула з Криму до Херсона танки.", "танки"),  # "з Криму": from, no "with" (no instrumental)
    ("Russia moved tanks with Iranian markings to Crimea.", "tanks"),  # no people named: the weapons moved
    ("Polska przerzuciła z Rzeszowa do Przemyśla czołgi.", "czołgi"),
])
def test_weapons_with_no_people_beside_them_stay_the_group(analyser, text, moved):
    """A "with" that is a "from" (uk "з", pl "z" before a genitive), or a weapon with no people named beside it,
    leaves the weapons the group moved."""
    claims = relocations(analyser, text)
    assert [c.moved.text for c in claims if c.moved is not None] == [moved], claims


@pytest.mark.parametrize("text, moved, canonical", [
    ("Україна перекинула з Одеси до Болграда 20 танків. Наступного тижня туди мають прибути ще два батальйони з "
     "Миколаєва.", "батальйони", "Ukraine"),
    ("Colombia trasladó 30 blindados de Arauca a Tame. De allí, dos compañías de infantería saldrían el lunes rumbo "
     "a Arauquita.", "compañías", "Colombia"),
    ("Polska przerzuciła z Wesołej do Suwałk 40 czołgów. Według ministerstwa do Augustowa przerzucono także dwie "
     "kompanie logistyczne.", "kompanie", "Poland"),
    ("Сърбия е изпратила 12 самоходни гаубици от Рашка към Нови Пазар. От Рашка към Нови Пазар са тръгнали и две "
     "роти военна полиция.", "роти", "Serbia"),
])
def test_bare_units_after_a_state_moved_its_weapons_are_its_own(analyser, text, moved, canonical):
    """A word for units with no state named ("два батальйони", "dos compañías", "dwie kompanie", "две роти") in the
    sentence after a state moved its weapons is the group of its own move (not the weapons told before, which an
    arrival or a departure with no group named would take), and the state that moved the weapons owns it."""
    claims = relocations(analyser, text)
    assert len(claims) == 2, claims
    assert claims[1].moved is not None and claims[1].moved.text == moved, claims
    assert claims[1].moved.canonical == canonical, claims


@pytest.mark.parametrize("text", [
    "Las compañías trasladaron sus sedes de Barcelona a Madrid.",
    "As companhias transferiram as sedes de Lisboa para o Porto.",
    "Le compagnie hanno trasferito le sedi da Roma a Milano.",
])
def test_a_word_for_units_that_names_firms_too_is_troops_only_counted(analyser, text):
    """"compañías", "companhias", "compagnie" (`counted_troops`) name firms as well as units: uncounted, and with no
    state named, they are no group moved."""
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text, moved", [
    ("France delivered missiles to Odesa. Instructors later arrived in Odesa from Marseille.", "Instructors"),
    ("Франція доставила до Одеси ракети. Згодом інструктори прибули до Одеси з Марселя.", "інструктори"),
    ("Francja dostarczyła do Odessy rakiety. Później instruktorzy przylecieli do Odessy z Marsylii.", "instruktorzy"),
])
def test_troops_arriving_after_weapons_moved_are_a_group_of_their_own(analyser, text, moved):
    """An arrival after a move of weapons, with a word for troops in it, is the troops' own move (not the weapons'
    again), and the state that moved the weapons owns them."""
    claims = relocations(analyser, text)
    assert len(claims) == 2 and claims[1].moved is not None, claims
    assert claims[1].moved.text == moved and claims[1].moved.canonical == "France", claims


def test_troops_arriving_after_troops_moved_are_those_again(analyser):
    """"I militari": after a move of a state's troops, the word for troops of an arrival is that group again."""
    claims = relocations(analyser, "L'Italia ha inviato 200 alpini da Aviano in Norvegia. I militari sono atterrati "
                                   "a Bardufoss.")
    assert claims and all(c.moved is not None and c.moved.canonical == "Italy" for c in claims), claims


@pytest.mark.parametrize("text, moved", [
    ("About 40 Iranian instructors accompanying the drones arrived in Crimea.", "Iranian instructors"),
    ("Une quarantaine d'instructeurs iraniens accompagnant les drones sont arrivés en Crimée.",
     "instructeurs iraniens"),
    ("До Криму прибули 40 іранських інструкторів, які супроводжують дрони.", "іранських інструкторів"),
    ("В Крым прибыли 40 иранских инструкторов, сопровождающих беспилотники.", "иранских инструкторов"),
])
def test_weapons_in_a_clause_on_the_troops_are_not_the_group(analyser, text, moved):
    """Weapons a few words after the troops, in a participle or relative clause on them ("accompanying the drones",
    "які супроводжують дрони", "сопровождающих беспилотники"), say what the troops do: the troops moved."""
    claims = relocations(analyser, text)
    assert len(claims) == 1 and claims[0].moved is not None and claims[0].moved.text == moved, claims


@pytest.mark.parametrize("text, moved", [
    ("Forty Iranian instructors brought drones to Crimea.", "drones"),  # the move verb between: they move them
    ("Iranian instructors said the drones were flown to Crimea.", "drones"),  # a speech verb between: they speak
    ("Dort hätten polnische Soldaten die Panzer nach Lwiw gebracht.", "Panzer"),  # the verb ends the clause
])
def test_weapons_after_troops_that_move_or_speak_are_the_group(analyser, text, moved):
    """Troops that are the subject of the move verb (before it, or before the object of a verb that ends the clause),
    or of a speech verb, before the weapons are no group moved."""
    claims = relocations(analyser, text)
    assert [c.moved.text for c in claims if c.moved is not None] == [moved], claims


# Arabic: the future of a verb of heading ("ستتجه", "سيتوجهون") is listed as written, as the other futures are; "عبر"
# right before "إلى" is the verb of crossing, never "via", and "عبّر عن" (expressed) is neither.
@pytest.mark.parametrize("text, modality, destination", [
    ("وبحسب المصدر، فإن القوات الروسية ستتجه من حمص إلى حلب.", "reported", "aleppo"),
    ("ونفت الوزارة أن يكون أي جندي روسي قد عبر إلى تركيا.", "denied", "turkey"),
])
def test_arabic_heading_in_the_future_and_crossing_to_a_place(analyser, text, modality, destination):
    assert [(c.modality, canon(c.destination)) for c in relocations(analyser, text)] == [(modality, destination)]


def test_arabic_expressing_concern_is_no_crossing(analyser):
    assert relocations(analyser, "وعبّر الوزير عن قلقه من الوضع في حلب.") == []


# French move nouns take their link in each of its forms ("mouvement des", "départ d'"), as "départ des" does.
@pytest.mark.parametrize("text, destination", [
    ("Le journal évoque un mouvement des mercenaires russes vers Kidal.", "kidal"),
    ("Les images montrent le départ d'un bataillon belge vers Kinshasa.", "kinshasa"),
])
def test_a_french_move_noun_with_its_link_contracted_or_elided(analyser, text, destination):
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


# A verb of advancing with its marker right after it is a move to the place after the marker ("advanced towards",
# "avanzaron hacia", "avancent vers", "avanzano verso"), as a verb of going on is.
@pytest.mark.parametrize("text, destination", [
    ("Two battalions of Russian troops advanced towards Misrata on Tuesday.", "misratah"),
    ("Dos batallones de soldados rusos avanzaron hacia Trípoli el martes.", "tripoli"),
    ("Deux bataillons de soldats russes avancent vers Bria depuis lundi.", "bria"),
    ("Due battaglioni di soldati russi avanzano verso Misurata da martedì.", "misratah"),
])
def test_troops_advancing_towards_a_place_move_there(analyser, text, destination):
    claims = relocations(analyser, text)
    assert [(c.moved.canonical, canon(c.destination)) for c in claims] == [("Russia", destination)], claims


# "driven", as "drove": a compass word or the object may stand between the participle and the place's marker.
@pytest.mark.parametrize("text, origin, destination", [
    ("From the camp, the detainees were driven north across Hungary to Szeged.", "", "szeged"),
    ("Belgrade denied that its police had driven a single migrant out of Subotica.", "subotica", ""),
])
def test_driven_with_words_before_the_marker_is_a_move(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert [(canon(c.origin), canon(c.destination)) for c in claims] == [(origin, destination)], claims


def test_driven_with_no_group_moved_is_no_move(analyser):
    assert relocations(analyser, "The reform is driven by the ministry in Kyiv.") == []


# Forms the lemma tables lack: the Ukrainian short participle's other genders ("переведена до") and the reflexive
# past of escorting prisoners ("не етапувалися", "не этапировались"), whose denial keeps both ends.
@pytest.mark.parametrize("text, modality, origin, destination", [
    ("За даними джерел, рота російських військових вже переведена до Тирасполя.", "reported", "", "tiraspol"),
    ("Служба заявила, що полонені з Херсона до Брянська не етапувалися.", "denied", "kherson", "bryansk"),
    ("Ведомство заявило, что заключённые из Херсона в Брянск не этапировались.", "denied", "kherson", "bryansk"),
])
def test_participles_and_reflexives_the_lemma_tables_lack(analyser, text, modality, origin, destination):
    claims = relocations(analyser, text)
    assert [(c.modality, canon(c.origin), canon(c.destination)) for c in claims] == [(modality, origin, destination)]


@pytest.mark.parametrize("text, capital", [
    ("Die Luftwaffe hat mehr als 500 Menschen aus Kabul in die usbekische Hauptstadt Taschkent ausgeflogen.",
     "Taschkent"),
    ("Aus Kabul wurden 500 Menschen in die usbekische Hauptstadt Taschkent geflogen.", "Taschkent"),
    ("Из Кабула в узбекскую столицу Ташкент вывезли 500 человек.", "Ташкент"),
    ("Da Kabul alla capitale uzbeka Tashkent sono state portate 500 persone.", "Tashkent"),
])
def test_a_capital_named_after_its_noun_is_the_place_never_the_mover(analyser, text, capital):
    # "in die usbekische Hauptstadt Taschkent": the name is the place's apposition, not the government it may stand for
    claims = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    assert claims and all(c.destination is not None and c.destination.canonical == "Tashkent" for c in claims), claims
    assert all(c.agent is None or capital not in c.agent.text for c in claims), claims
