"""The entity lexicon (lexicon/entities.yaml): every language's aliases, inflected, to their entity, and
ordinary words that look like an alias left alone."""

from __future__ import annotations

import pytest

from narrascope.lexicon import PhraseMatcher, entities, entity_matcher


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


@pytest.mark.parametrize("language", ["en", "ru", "uk", "de", "fr", "es", "ar", "pl", "it"])
def test_every_entity_has_aliases_in_every_language(language):
    assert not [e.id for e in entities().values() if not e.aliases.get(language)]


def found(language: str, text: str) -> list[tuple[str, str]]:
    return [(text[h.start:h.end], h.label) for h in entity_matcher(language).finditer(text)]


@pytest.mark.parametrize("text, expected", [
    # a country's name in its cases, its people and adjectives, its capital and seats of government
    ("Stany Zjednoczone wysłały broń, a w Stanach Zjednoczonych i w Białym Domu mówi się o tym otwarcie.",
     [("Stany Zjednoczone", "united-states"), ("broń", "weapons-arms"), ("Stanach Zjednoczonych", "united-states"),
      ("Białym Domu", "united-states")]),
    ("Amerykanie przekazali Ukraińcom pociski, a Kijów podziękował Waszyngtonowi.",
     [("Amerykanie", "united-states"), ("Ukraińcom", "ukraine"), ("pociski", "weapons-arms"), ("Kijów", "ukraine"),
      ("Waszyngtonowi", "united-states")]),
    ("Kreml twierdzi, że rosyjskie wojska opuściły Chersoń, a Moskwa obwinia Brukselę.",
     [("Kreml", "russia"), ("rosyjskie wojska", "russian-armed-forces"), ("Chersoń", "kherson"), ("Moskwa", "russia"),
      ("Brukselę", "european-union")]),
    ("W Niemczech i we Włoszech rośnie poparcie dla sankcji wobec Rosji i Białorusi.",
     [("Niemczech", "germany"), ("Włoszech", "italy"), ("sankcji", "sanctions"), ("Rosji", "russia"),
      ("Białorusi", "belarus")]),
    ("Zełenski rozmawiał z Władimirem Putinem o Krymie, o Unii Europejskiej i o NATO.",
     [("Zełenski", "zelensky"), ("Władimirem Putinem", "putin"), ("Krymie", "crimea"),
      ("Unii Europejskiej", "european-union"), ("NATO", "nato")]),
    # ordinary words: small (mali), a runny nose (katar), a car's tank (baku), the west as a direction,
    # a newspaper, the Spanish flu, a crime novel (kryminał, not Krym), a ship's flag (bandera)
    ("Chłopcy byli mali i mieli katar, a do baku wlano benzynę na zachodzie kraju.", []),
    ("Gazeta Wyborcza pisała o hiszpance, o kryminale i o statku pod obcą banderą.", []),
])
def test_polish_names_in_their_cases(text, expected):
    assert found("pl", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gli Stati Uniti e gli americani: Washington e la Casa Bianca tacciono, gli Usa no.",
     [("Stati Uniti", "united-states"), ("americani", "united-states"), ("Washington", "united-states"),
      ("Casa Bianca", "united-states"), ("Usa", "united-states")]),
    ("Il Cremlino accusa Kiev: le truppe russe restano in Crimea, dice Mosca.",
     [("Cremlino", "russia"), ("Kiev", "ukraine"), ("truppe russe", "russian-armed-forces"), ("Crimea", "crimea"),
      ("Mosca", "russia")]),
    ("La Nato e l'Unione Europea discutono di sanzioni e di gas con la Germania.",
     [("Nato", "nato"), ("Unione Europea", "european-union"), ("sanzioni", "sanctions"), ("gas", "gas-energy"),
      ("Germania", "germany")]),
    ("I soldati ucraini hanno ricevuto armi dai tedeschi, dai polacchi e dal Regno Unito.",
     [("soldati ucraini", "ukrainian-armed-forces"), ("armi", "weapons-arms"), ("tedeschi", "germany"),
      ("polacchi", "poland"), ("Regno Unito", "united-kingdom")]),
    # ordinary words: uses (usa), a fly (mosca), born (nato), party activists (militanti)
    ("Si usa una mosca come esca, disse il pescatore nato a Bari tra i militanti del partito.", []),
])
def test_italian_names_and_their_adjectives(text, expected):
    assert found("it", text) == expected


def test_every_wider_entity_an_entity_names_exists_and_is_another_one():
    known = entities()
    for entity in known.values():
        for wider in entity.broader:
            assert wider in known and wider != entity.id, (entity.id, wider)
    assert "militants-terrorists" in known["mercenaries"].broader


@pytest.mark.parametrize("language, text, expected", [
    # the longer name wins where a shorter one starts with it or inside it: Guinea-Bissau, Equatorial Guinea, the
    # two Congos, South Sudan, Northern Ireland (the United Kingdom's)
    ("en", "Guinea-Bissau, Equatorial Guinea and Guinea; Northern Ireland and Ireland; the Democratic Republic of "
           "the Congo and the Republic of the Congo.",
     [("Guinea-Bissau", "guinea-bissau"), ("Equatorial Guinea", "equatorial-guinea"), ("Guinea", "guinea"),
      ("Northern Ireland", "united-kingdom"), ("Ireland", "ireland"),
      ("Democratic Republic of the Congo", "dr-congo"), ("Republic of the Congo", "republic-of-the-congo")]),
    ("ru", "Южный Судан и Судан; Гвинея-Бисау и Экваториальная Гвинея; Республика Того.",
     [("Южный Судан", "south-sudan"), ("Судан", "sudan"), ("Гвинея-Бисау", "guinea-bissau"),
      ("Экваториальная Гвинея", "equatorial-guinea"), ("Республика Того", "togo")]),
    ("ar", "جنوب السودان والسودان؛ سلطنة عمان؛ جمهورية الكونغو الديمقراطية",
     [("جنوب السودان", "south-sudan"), ("السودان", "sudan"), ("سلطنة عمان", "oman"),
      ("جمهورية الكونغو الديمقراطية", "dr-congo")]),
    # a people's adjective is its country's: Rwandan troops, the Dominican defence ministry
    ("pt", "As tropas ruandesas chegaram a Cabo Delgado, disse o Governo ruandês.",
     [("ruandesas", "rwanda"), ("ruandês", "rwanda")]),
    ("es", "El Ministerio de Defensa dominicano desmintió que soldados hondureños cruzaran a Guatemala.",
     [("dominicano", "dominican-republic"), ("hondureños", "honduras"), ("Guatemala", "guatemala")]),
])
def test_smaller_states_and_their_longer_names(language, text, expected):
    assert [(s, label) for s, label in found(language, text) if label != "weapons-arms"] == expected


@pytest.mark.parametrize("language, text", [
    # a guinea pig, a panama hat, muscat wine; Russian "того" (of that), scrap metal (ломе), butane, a gambit,
    # Gwyneth, accreditation, whiteness; Ukrainian flaws (гана), delusion (омана); Polish gas chambers, Brits
    # (Angole), friars (dominikanie), to mistreat, a gambit; Italian "we free", mortar; Portuguese folks (malta),
    # shrimps, an urge, a makeshift fix; Spanish malt, taking office; French benign; the Dominican friars
    ("en", "The guinea pig wore a panama hat and drank muscat with the Nashville Dominicans."),
    ("ru", "Из того, что в ломе нашли бутан, гамбит и панаму, Гвинет сделала вывод; аккредитация и белизна."),
    ("uk", "Того ж дня ця гана виявилась оманою, а бутан і гамбіт ні до чого; похід монголів."),
    ("pl", "Komory gazowe i Angole; dominikanie nie chcieli maltretować nikogo, gambit w panamie."),
    ("it", "Liberiamo la malta dal muro, disse con un panama in testa."),
    ("pt", "A malta comeu camarões com gana, uma gambiarra; a assunção do cargo."),
    ("es", "Una cerveza de malta para la asunción del presidente."),
    ("fr", "Le variant est bénin, dit-il devant un verre de muscat et les dominicains du couvent."),
    ("de", "Die Malteser helfen; über eine Jamaika-Koalition wird nicht mehr gesprochen."),
])
def test_a_small_state_whose_name_is_an_ordinary_word_is_no_entity_there(language, text):
    assert not [label for label in entity_matcher(language).labels_in(text)
                if entities()[label].kind == "country"]
