"""Claims as events: one claim per movement an article tells, assembled across its headline and body
sentences, with every sentence it came from; chains stay chains. Each case in three languages or more."""

from __future__ import annotations

import pytest

from narrascope.model import Claim


def relocations(analyser, text: str) -> list[Claim]:
    return [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]


def plain(slot) -> str:
    """A slot's canonical name, case folded, without diacritics or marks ("‘Afrīn" -> "afrin")."""
    import unicodedata

    name = (slot.canonical or slot.text).casefold() if slot is not None else ""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if ch.isalnum() or ch in " -")


def first_destination(analyser, text: str) -> str:
    """The first relocation's destination, plainly (fails when the text tells no relocation)."""
    claims = relocations(analyser, text)
    assert claims, f"no relocation in {text!r}"
    return plain(claims[0].destination)


def name(slot) -> str:
    return (slot.canonical or slot.text).casefold() if slot is not None else ""


@pytest.mark.parametrize("text, origin, destination", [
    ("US helicopters evacuated the commanders of ISIS from Raqqa. Many of them were later airlifted to Afghanistan.",
     "raqqa", "afghanistan"),
    ("Evacuación desde Raqqa: helicópteros estadounidenses sacaron a los jefes del Estado Islámico\n\n"
     "Los combatientes del Estado Islámico fueron trasladados después a Afganistán.", "raqqa", "afghanistan"),
    ("Американские вертолёты эвакуировали командиров ИГИЛ из Ракки. Позднее боевиков ИГИЛ перебросили в Афганистан.",
     "raqqa", "afghanistan"),
    ("US-Hubschrauber haben IS-Kommandeure aus Rakka evakuiert. Später wurden die IS-Kämpfer nach Afghanistan "
     "geflogen.", "raqqa", "afghanistan"),
    ("Amerykańskie śmigłowce ewakuowały dowódców ISIS z Rakki. Później bojowników ISIS przerzucono do Afganistanu.",
     "raqqa", "afghanistan"),
    ("Elicotteri americani hanno evacuato i comandanti dell'ISIS da Raqqa. Più tardi i combattenti dell'ISIS sono "
     "stati trasferiti in Afghanistan.", "raqqa", "afghanistan"),
])
def test_legs_told_in_separate_sentences_make_one_move(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert [(name(c.origin), name(c.destination)) for c in claims] == [(origin, destination)], claims
    (event,) = claims
    assert len(event.spans) == 2 and len(event.mentions) == 2


@pytest.mark.parametrize("text, broad", [
    ("Washington moved ISIS fighters from Syria to Central Asia, the report says. "
     "Two days later the planes with the ISIS fighters touched down near Termez.", "central asia"),
    ("Вашингтон перебросил боевиков ИГИЛ из Сирии в Центральную Азию. "
     "Самолёты с боевиками ИГИЛ приземлились под Термезом.", "central asia"),
    ("Washington a transféré des combattants de l'État islamique de Syrie vers l'Asie centrale. "
     "Les avions ont atterri près de Termez avec les combattants de l'État islamique à bord.", "central asia"),
    ("Waszyngton przerzucił bojowników ISIS z Syrii do Azji Środkowej. "
     "Samoloty z bojownikami ISIS wylądowały pod Termezem.", "central asia"),
    ("Washington ha trasferito combattenti dell'ISIS dalla Siria in Asia centrale. "
     "Gli aerei con i combattenti dell'ISIS sono atterrati vicino a Termez.", "central asia"),
])
def test_a_destination_is_refined_by_a_later_sentence(analyser, text, broad):
    claims = relocations(analyser, text)
    assert len(claims) == 1, claims
    dest = claims[0].destination
    assert dest.country == "Uzbekistan" and [name(w) for w in dest.within] == [broad]


@pytest.mark.parametrize("text", [
    "US flies ISIS fighters to Afghanistan\n\nAmerican helicopters flew dozens of ISIS fighters from Raqqa to Kabul "
    "last week, local sources said.",
    "Die USA fliegen IS-Kämpfer nach Afghanistan\n\nAmerikanische Hubschrauber haben Dutzende IS-Kämpfer aus Rakka "
    "nach Kabul geflogen, berichten lokale Quellen.",
    "Les États-Unis transfèrent des combattants de Daech en Afghanistan\n\nDes hélicoptères américains ont transféré "
    "des dizaines de combattants de Daech de Raqqa vers Kaboul, selon des sources locales.",
    "USA przerzucają bojowników ISIS do Afganistanu\n\nAmerykańskie śmigłowce przewiozły w zeszłym tygodniu "
    "dziesiątki bojowników ISIS z Rakki do Kabulu, podały lokalne źródła.",
    "Gli Stati Uniti trasferiscono combattenti dell'ISIS in Afghanistan\n\nElicotteri americani hanno trasferito "
    "la settimana scorsa decine di combattenti dell'ISIS da Raqqa a Kabul, secondo fonti locali.",
])
def test_a_headline_and_the_body_telling_the_same_move_are_one_claim(analyser, text):
    claims = relocations(analyser, text)
    assert len(claims) == 1, claims
    (c,) = claims
    assert (name(c.origin), name(c.destination)) == ("raqqa", "kabul")
    assert [name(w) for w in c.destination.within] == ["afghanistan"]
    assert c.modality == "reported" and c.source is not None
    assert [s.start for s in c.spans] == sorted(s.start for s in c.spans) and len(c.spans) == 2


@pytest.mark.parametrize("text", [
    # the headline's agent clashes with the body's, so the two never join as one event
    "Britain moves IS fighters to Libya\n\nUS helicopters flew 60 IS fighters from Deir ez-Zor to Sirte "
    "last month, a local official said.",
    "Großbritannien bringt IS-Kämpfer nach Libyen\n\nDie Gruppe Wagner hat im vergangenen Monat 60 IS-Kämpfer aus "
    "Deir ez-Zor nach Sirte gebracht, sagte ein örtlicher Beamter.",
    "Британия перебрасывает боевиков ИГИЛ в Ливию\n\nЧВК «Вагнер» в прошлом месяце перебросила 60 боевиков ИГИЛ "
    "из Дейр-эз-Зора в Сирт, сообщил местный чиновник.",
    "La Grande-Bretagne transfère des combattants de Daech en Libye\n\nDes hélicoptères américains ont transporté "
    "le mois dernier 60 combattants de Daech de Deir ez-Zor vers Syrte, a indiqué un responsable local.",
])
def test_a_headline_move_that_joins_no_body_event_of_its_group_is_a_mention_of_it_not_a_claim(analyser, text):
    """The headline sums up the move the body tells: when it cannot join the body's event of the same group (here
    the movers clash), it is one more mention and evidence span of that event, not a second claim."""
    claims = relocations(analyser, text)
    assert len(claims) == 1, claims
    (c,) = claims
    assert (name(c.origin), name(c.destination)) == ("deir ez-zor", "sirte")
    headline = text.index("\n")
    assert c.spans[0].start < headline and len(c.mentions) == 2
    assert all(text[s.start:s.end] == s.text for s in c.spans)


@pytest.mark.parametrize("text, origin, destination", [
    ("Syrian fighters were taken from Idlib to Niger, Russian intelligence says\n\nAbout 300 Syrian fighters were "
     "pulled out of Idlib province in April, according to the agency. The men were reportedly driven by bus to the "
     "Turkish city of Gaziantep, where they stayed ten days.", "idlib governorate", "gaziantep"),
    ("Mercenários sírios teriam sido levados de Idlib para o Níger, diz agência\n\nCerca de 300 combatentes "
     "sírios foram retirados da província de Idlib em abril, segundo a agência. Os homens teriam sido conduzidos "
     "de ônibus até a cidade turca de Gaziantep, onde ficaram dez dias.", "idlib", "gaziantep"),
    ("Американцы перебрасывают боевиков ИГ к границе Таджикистана\n\nАмериканские вертолеты вывезли около 60 "
     "боевиков ИГ из окрестностей Телль-Тамра, сообщила разведка. Боевиков доставили на площадку близ Камышлы, "
     "где их ждал самолет.", "tell-tamra", "al qamishli"),
])
def test_the_body_s_first_arrival_ends_the_move_whose_end_only_the_headline_told(analyser, text, origin, destination):
    """The headline sums up the whole journey; the body tells where it started, then where they first arrived:
    that arrival ends the body's move (the headline's far end is no clash), one claim, the headline its mention."""
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == [(origin, destination)], claims
    assert len(claims[0].mentions) == 3


@pytest.mark.parametrize("text", [
    "Les combattants de l'État islamique ont été transportés par avion à Kaboul.\n\nDe là, ils ont été conduits "
    "à Kandahar.",
    "Боевиков ИГИЛ перевезли самолётом в Кабул.\n\nОттуда их доставили в Кандагар.",
    "IS-Kämpfer wurden nach Kabul geflogen.\n\nVon dort wurden sie nach Kandahar gebracht.",
])
def test_a_lead_of_one_sentence_ending_in_a_full_stop_is_the_body_not_a_headline(analyser, text):
    """A headline has no full stop; a first paragraph of one sentence that ends with one is the story's first leg,
    and "from there" in the next paragraph starts where it ended."""
    legs = [(name(c.origin), name(c.destination)) for c in relocations(analyser, text)]
    assert ("", "kabul") in legs and ("kabul", "kandahār") in legs, legs


@pytest.mark.parametrize("text", [
    "Turkey sends Syrian fighters to Libya\n\nThe ministry said 300 refugees were flown from Tripoli to Rome.",
    "Die Türkei schickt syrische Kämpfer nach Libyen\n\nDas Ministerium teilte mit, 300 Flüchtlinge seien aus "
    "Tripolis nach Rom geflogen worden.",
    "Турция отправляет сирийских боевиков в Ливию\n\nВ министерстве сообщили, что 300 беженцев перевезли из "
    "Триполи в Рим.",
])
def test_a_headline_move_of_a_group_the_body_never_moves_stays_a_claim(analyser, text):
    claims = relocations(analyser, text)
    assert len(claims) == 2, claims
    assert name(claims[0].destination) == "libya" and claims[0].evidence.start == 0


@pytest.mark.parametrize("text", [
    "Fighters flown to Libya\n\nTurkey has been sending Syrian fighters to Libya since last year, the report says. "
    "Last week 300 of the fighters were flown from Idlib to Tripoli.",
    "Kämpfer nach Libyen\n\nDie Türkei schickt seit dem vergangenen Jahr syrische Kämpfer nach Libyen, heißt es in "
    "dem Bericht. Vergangene Woche wurden 300 der Kämpfer aus Idlib nach Tripolis geflogen.",
    "Бойовики в Лівії\n\nТуреччина з минулого року відправляє сирійських бойовиків до Лівії, йдеться у звіті. "
    "Минулого тижня 300 бойовиків перевезли літаками з Ідліба до Триполі.",
])
def test_a_statement_of_the_whole_beside_one_move_it_holds_stays_a_claim_of_its_own(analyser, text):
    claims = relocations(analyser, text)
    routes = sorted((plain(c.origin), plain(c.destination)) for c in claims)
    assert routes == [("", "libya"), ("idlib", "tripoli")], routes


@pytest.mark.parametrize("text, stops", [
    ("Last week 80 ISIS fighters were moved from Hasakah to al-Tanf. From there they were flown to Ukraine.",
     ["al ḩasakah", "al-tanf", "ukraine"]),
    ("На прошлой неделе 80 боевиков ИГИЛ перевезли из Хасаке в Эт-Танф. Оттуда их перебросили на Украину.",
     ["al ḩasakah", "al-tanf", "ukraine"]),
    ("Letzte Woche wurden 80 IS-Kämpfer aus Hasaka nach al-Tanf gebracht. Von dort wurden sie in die Ukraine geflogen.",
     ["al ḩasakah", "al-tanf", "ukraine"]),
    ("W zeszłym tygodniu 80 bojowników ISIS przewieziono z Hasaki do At-Tanf. Stamtąd przerzucono ich na Ukrainę.",
     ["al ḩasakah", "al-tanf", "ukraine"]),
    ("La settimana scorsa 80 combattenti dell'ISIS sono stati portati da Hasaka ad al-Tanf. Da lì sono stati "
     "trasferiti in Ucraina.", ["al ḩasakah", "al-tanf", "ukraine"]),
])
def test_a_chain_stays_a_chain_of_legs_sharing_one_event_and_route(analyser, text, stops):
    claims = relocations(analyser, text)
    assert [(name(c.origin), name(c.destination)) for c in claims] == list(zip(stops, stops[1:], strict=False))
    assert len({c.event for c in claims}) == 1
    assert all([name(s) for s in c.route] == stops for c in claims)


@pytest.mark.parametrize("text", [
    "Turkey sent Syrian militants from Idlib to Libya. The Kremlin denied that Russia sent fighters to Libya.",
    "Die Türkei hat syrische Kämpfer aus Idlib nach Libyen geschickt. Später sollen sie nach Mali verlegt werden "
    "können, schreibt die Zeitung.",
    "Турция перебросила боевиков из Идлиба в Ливию. Россия опровергла, что перебрасывала боевиков в Ливию.",
    "Turcja przerzuciła bojowników z Idlibu do Libii. Rosja zaprzeczyła, że przerzucała bojowników do Libii.",
    "La Turchia ha trasferito combattenti da Idlib in Libia. La Russia ha smentito di aver inviato combattenti in "
    "Libia.",
])
def test_different_moves_stay_apart(analyser, text):
    claims = relocations(analyser, text)
    assert len(claims) >= 2, claims
    assert len({(name(c.origin), name(c.destination), c.modality) for c in claims}) == len(claims)


def test_every_span_of_an_event_points_back_to_the_text(analyser):
    text = ("US flies ISIS fighters to Central Asia\n\nAccording to local sources, American helicopters evacuated "
            "ISIS commanders from Raqqa. The men were later flown to Tajikistan, where they landed near Dushanbe.")
    doc = analyser.analyse_text(text).document
    assert doc.claims
    for c in doc.claims:
        for span in (*c.spans, *c.route, c.evidence):
            assert doc.text[span.start:span.end] == span.text
        for m in c.mentions:
            assert m.evidence in c.spans and not m.mentions[1:]
        assert c.evidence in c.spans


@pytest.mark.parametrize("text", [
    "Москва перекинула на Брянщину тысячи северокорейских военных\n\n"
    "Россия перебросила тысячи северокорейских военных в Брянскую область, сообщили в разведке.",
    "Москва перекинула на Брянщину тисячі північнокорейських військових\n\n"
    "Росія перекинула тисячі північнокорейських військових до Брянської області, повідомили в розвідці.",
    "Russia moves North Korean troops to Bryansk Oblast\n\n"
    "Russia has moved thousands of North Korean soldiers into the Bryansk region, intelligence officials said.",
])
def test_a_region_named_two_ways_is_one_destination(analyser, text):
    claims = relocations(analyser, text)
    assert [name(c.destination) for c in claims] == ["bryansk oblast"], claims


@pytest.mark.parametrize("text, destination", [
    ("Dutzende IS-Kämpfer wurden nach Rakka gebracht. Mit ihnen seien drei Lastwagen mit Waffen aus Mossul "
     "eingetroffen.", "raqqa"),
    ("Dozens of ISIS fighters were taken to Raqqa. Three trucks loaded with weapons arrived from Mosul with them.",
     "raqqa"),
    ("Десятки боевиков ИГИЛ перебросили в Ракку. Вместе с ними из Мосула прибыли три грузовика с оружием.", "raqqa"),
    ("Des dizaines de combattants de Daech ont été transférés à Raqqa. Trois camions d'armes sont arrivés de Mossoul "
     "avec eux.", "raqqa"),
])
def test_an_arrival_from_somewhere_arrives_where_the_move_just_told_went(analyser, text, destination):
    claims = relocations(analyser, text)
    weapons = [c for c in claims if name(c.moved).startswith("weapons")]
    assert [(name(c.origin), name(c.destination)) for c in weapons] == [("mosul", destination)], claims


@pytest.mark.parametrize("text, stops", [
    ("Turkish buses moved 200 fighters from Afrin to Gaziantep. Later they were flown to Baku.",
     ["gaziantep", "baku"]),
    ("Türkische Busse brachten 200 Kämpfer aus Afrin nach Gaziantep. Anschließend seien sie nach Baku geflogen worden.",
     ["gaziantep", "baku"]),
    ("Des bus turcs ont transporté 200 combattants d'Afrin à Gaziantep. Ensuite, ils ont été envoyés à Bakou.",
     ["gaziantep", "baku"]),
    ("Турецкие автобусы перевезли 200 боевиков из Африна в Газиантеп. Затем их перебросили в Баку.",
     ["gaziantep", "baku"]),
    ("Tureckie autobusy przewiozły 200 bojowników z Afrinu do Gaziantepu. Następnie przerzucono ich do Baku.",
     ["gaziantep", "baku"]),
    ("Autobus turchi hanno trasportato 200 combattenti da Afrin a Gaziantep. Successivamente sono stati trasferiti "
     "a Baku.", ["gaziantep", "baku"]),
    # no group named: the passive's auxiliary stands for the group recruited before ("sono stati", "zostali")
    ("I servizi turchi hanno reclutato circa 1500 combattenti nel nord della Siria. Prima sono stati portati in "
     "autobus da Afrin a Gaziantep. Poi sono stati trasferiti in aereo a Baku.", ["gaziantep", "baku"]),
    ("Tureckie służby zwerbowały w północnej Syrii około 1500 bojowników. Najpierw zostali przewiezieni autobusami "
     "z Afrinu do Gaziantepu. Następnie zostali przerzuceni samolotami do Baku.", ["gaziantep", "baku"]),
])
def test_a_sequel_word_starts_the_next_leg_where_the_last_one_ended(analyser, text, stops):
    claims = relocations(analyser, text)
    assert any(plain(c.origin) == stops[0] and plain(c.destination) == stops[1] for c in claims), claims


@pytest.mark.parametrize("text", [
    "Later the fighters were flown to Baku.",
    "Anschließend seien die Kämpfer nach Baku geflogen worden.",
])
def test_a_sequel_word_with_no_move_before_it_gives_no_origin(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.origin is None for c in claims), claims


@pytest.mark.parametrize("text, broad, narrow", [
    ("Turkey moved 300 fighters to the front in Libya, mainly to Sirte.", "libya", "sirte"),
    ("Die Türkei verlegte 300 Kämpfer an die Front in Libyen, vor allem nach Sirte.", "libya", "sirte"),
    ("Турция перебросила 300 боевиков на фронт в Ливию, в частности в Сирт.", "libya", "sirte"),
    ("La Turquie a envoyé 300 combattants en Libye, notamment à Syrte.", "libya", "sirte"),
])
def test_a_narrowing_word_makes_the_next_place_part_of_the_destination_not_a_stop(analyser, text, broad, narrow):
    claims = relocations(analyser, text)
    assert len(claims) == 1, claims
    assert plain(claims[0].destination) == narrow, claims
    assert [plain(w) for w in claims[0].destination.within] == [broad], claims


@pytest.mark.parametrize("text, origin", [
    ("Die Türkei soll Hunderte Kämpfer aus Nordsyrien nach Aserbaidschan gebracht haben.", "syria"),
    ("Russland habe Söldner aus der Ostukraine nach Libyen verlegt.", "ukraine"),
    ("Die USA haben IS-Häftlinge aus Nordostsyrien in den Irak gebracht.", "syria"),
])
def test_a_german_compass_compound_names_its_country(analyser, text, origin):
    claims = relocations(analyser, text)
    assert claims and all(plain(c.origin) == origin for c in claims), claims


@pytest.mark.parametrize("text, origin, destination", [
    ("Three Chinook helicopters landed inside the prison in Hasakah, the detainees were put on board and the "
     "helicopters headed towards the Ain al-Asad air base.", "hasakah", "ain al-asad"),
    ("Des hélicoptères américains ont atterri près de Hajin et ont évacué 30 commandants de l'EI vers al-Tanf.",
     "hajin", "al-tanf"),
])
def test_aircraft_that_land_to_pick_a_group_up_start_its_move_there(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert claims and all(c.origin is not None for c in claims), claims
    assert any(origin in plain(c.origin) and plain(c.destination) == destination for c in claims), claims


@pytest.mark.parametrize("text, origin, broad, destination", [
    ("The women and children held in Syria were flown from Erbil, in Iraqi Kurdistan, to Paris, the ministry said.",
     "erbil", ["Iraqi Kurdistan"], "paris"),
    ("Les femmes détenues en Syrie ont été ramenées par avion depuis Erbil, dans le Kurdistan irakien, jusqu'à Paris.",
     "erbil", ["Kurdistan irakien"], "paris"),
    ("Los yihadistas detenidos en Siria fueron trasladados desde Erbil, en el Kurdistán iraquí, hasta Madrid.",
     "erbil", ["Kurdistán iraquí"], "madrid"),
])
def test_a_place_set_off_by_commas_after_a_place_says_where_it_lies_not_a_leg(analyser, text, origin, broad,
                                                                               destination):
    [claim] = relocations(analyser, text)
    assert (plain(claim.origin), plain(claim.destination)) == (origin, destination)
    assert [w.text for w in claim.origin.within] == broad


@pytest.mark.parametrize("text, stops", [
    # a clause after the comma, not a locator: the men went on from Bamako
    ("Fighters were taken from Gao to Bamako. From Bamako, the men were trucked to a camp outside Timbuktu, "
     "an official said.", ["gao", "bamako", "timbuktu"]),
    # a narrower place set off by commas: where in the country they went
    ("Около 250 боевиков были переброшены из провинции Нангархар в северный Афганистан, в провинцию Кундуз.",
     ["nangarhar province", "kunduz"]),
])
def test_a_clause_or_a_narrower_place_after_the_comma_is_no_locator(analyser, text, stops):
    claims = relocations(analyser, text)
    route = [plain(claims[0].origin)] + [plain(c.destination) for c in claims]
    assert route == stops, route


def test_a_place_located_in_a_region_joins_the_move_told_from_that_region(analyser):
    # the headline's Al-Hasaka and the body's prison in Al-Hasaka are where the same move started
    text = ("EEUU traslada a presos de Daesh desde Al-Hasaka\n\nHelicópteros estadounidenses trasladaron a decenas "
            "de presos de Daesh desde la cárcel de Al-Sinaa, en la ciudad siria de Al-Hasaka, hasta Al-Shadadi.")
    [claim] = relocations(analyser, text)
    assert plain(claim.origin) == "al-sinaa" and [w.text for w in claim.origin.within] == ["Al-Hasaka"]
    assert plain(claim.destination) == "shaddadi" and len(claim.mentions) == 2


@pytest.mark.parametrize("text, legs", [
    ("The US is moving IS fighters from Syria and Iraq to Afghanistan.",
     {("syria", "afghanistan"), ("iraq", "afghanistan")}),
    ("Боевиков ИГ массово перебрасывают из Сирии и Ирака на север Афганистана.",
     {("syria", "afghanistan"), ("iraq", "afghanistan")}),
    ("Die USA verlegen IS-Kämpfer aus Syrien und dem Irak nach Afghanistan.",
     {("syria", "afghanistan"), ("iraq", "afghanistan")}),
    ("EEUU traslada a combatientes del EI desde Siria e Irak hacia Afganistán.",
     {("syria", "afghanistan"), ("iraq", "afghanistan")}),
])
def test_origins_joined_by_and_each_start_a_leg(analyser, text, legs):
    found = {(plain(c.origin), plain(c.destination)) for c in relocations(analyser, text)}
    assert found == legs


@pytest.mark.parametrize("text", [
    "Мигранты прилетели в Минск из Багдада и Стамбула.",
    "Мігранти прилетіли до Мінська з Багдада та Стамбула.",
    "Uchodźcy zostali przewiezieni do Mińska z Bagdadu i Stambułu.",
    "Мигрантите пристигнаха в Минск от Багдад и Истанбул.",
    "The migrants were flown to Minsk from Baghdad and Istanbul.",
])
def test_origins_joined_by_and_told_after_where_to_each_start_a_leg_to_it(analyser, text):
    found = {(plain(c.origin), plain(c.destination)) for c in relocations(analyser, text)}
    assert found == {("baghdad", "minsk"), ("istanbul", "minsk")}


@pytest.mark.parametrize("text, stops", [
    ("Бойовиків ІДІЛ перекинули з Сирії до Лівії. Надалі бойовики можуть бути направлені до Малі.",
     ["syria", "libya", "mali"]),
    ("Боевиков ИГ перебросили из Сирии в Ливию. В дальнейшем боевики могут быть направлены в Мали.",
     ["syria", "libya", "mali"]),
    ("Los combatientes del EI fueron trasladados de Siria a Libia. Más adelante, los combatientes podrían ser "
     "enviados a Malí.", ["syria", "libya", "mali"]),
])
def test_later_in_other_words_starts_the_next_leg_where_the_last_one_ended(analyser, text, stops):
    claims = relocations(analyser, text)
    assert [plain(claims[0].origin)] + [plain(c.destination) for c in claims] == stops
    assert [plain(c.origin) for c in claims] == stops[:-1]


@pytest.mark.parametrize("text, origin, broad", [
    ("نقلت قوات سوريا الديمقراطية نحو 700 معتقل من تنظيم داعش من سجن غويران في مدينة الحسكة إلى العراق.",
     "ghwayran", ["الحسكة"]),
    ("The SDF moved 700 Islamic State detainees from the Ghwayran prison in the city of Hasakah to Iraq.",
     "ghwayran", ["Hasakah"]),
    ("Les FDS ont transféré 700 détenus de l'État islamique de la prison de Ghouayran, dans la ville de Hassaké, "
     "vers l'Irak.", "ghwayran", ["Hassaké"]),
])
def test_a_prison_in_a_city_keeps_the_city_as_its_broader_name(analyser, text, origin, broad):
    [claim] = relocations(analyser, text)
    assert plain(claim.origin) == origin and [w.text for w in claim.origin.within] == broad
    assert plain(claim.destination) == "iraq"


@pytest.mark.parametrize("text, stops", [
    ("IS fighters were flown from Syria to Libya. They were taken to Mali a month later.", ["syria", "libya", "mali"]),
    ("Бойовиків ІДІЛ перекинули із Сирії до Лівії. Частину з них перекинули до Малі.", ["syria", "libya", "mali"]),
    ("Des combattants de Daech ont été transférés de Syrie vers la Libye. Ils ont été envoyés au Mali en mars.",
     ["syria", "libya", "mali"]),
])
def test_the_group_just_moved_named_by_a_pronoun_goes_on_from_where_it_went(analyser, text, stops):
    claims = relocations(analyser, text)
    assert [plain(c.origin) for c in claims] == stops[:-1] and [plain(c.destination) for c in claims] == stops[1:]


@pytest.mark.parametrize("text, route", [
    # a narrower place: where in it they went, one move; the same place again: the same move told twice
    ("IS fighters were flown from Syria to Libya. They were taken to Tripoli.", [("syria", "tripoli")]),
    ("IS fighters were flown from Syria to Libya. They were flown to Libya on cargo planes.", [("syria", "libya")]),
])
def test_a_pronoun_move_to_the_same_place_or_within_it_is_no_new_leg(analyser, text, route):
    assert [(plain(c.origin), plain(c.destination)) for c in relocations(analyser, text)] == route


@pytest.mark.parametrize("text", [
    "NATO moved missiles close to Moscow. In 2008 a summit from Bucharest invited Ukraine to Brussels.",
    "La OTAN llevó misiles cerca de Moscú. En 2008, la cumbre de Bucarest abrió la puerta a Ucrania y Georgia.",
    "L'OTAN a déployé ses missiles près de Moscou. En 2008, un sommet venu de Bucarest a invité l'Ukraine à "
    "Bruxelles.",
])
def test_a_move_that_ends_near_a_place_takes_no_ends_from_the_next_sentence(analyser, text):
    """The sentence says where the move went, if roughly; the next one, with no move of its own, is another story."""
    second = text.index(". ") + 2
    assert [c for c in relocations(analyser, text) if c.evidence.end > second] == []


@pytest.mark.parametrize("text, destination, broad", [
    ("Ein Flugzeug mit 143 IS-Kämpfern an Bord landete am Freitagnachmittag auf dem Fliegerhorst Wunstorf bei "
     "Hannover.", "wunstorf", ["Hannover"]),
    ("IS fighters were flown from Raqqa to Termez near Tashkent.", "tirmiz", ["Tashkent"]),
    ("Боевиков ИГ перебросили из Ракки в Эт-Танф под Хомсом.", "al-tanf", ["Хомсом"]),
])
def test_a_place_near_another_is_where_it_lies_and_a_day_is_no_place(analyser, text, destination, broad):
    [claim] = relocations(analyser, text)
    assert plain(claim.destination) == destination and [w.text for w in claim.destination.within] == broad
    assert "freitag" not in plain(claim.origin)


@pytest.mark.parametrize("text, destination, broad", [
    ("Les combattants de Daech ont été transférés de Raqqa vers Ménaka, au Mali.", "Ménaka", ["Mali"]),
    ("Los combatientes del EI fueron trasladados de Raqqa a Kandi, en Benín.", "Kandi", ["Benín"]),
])
def test_a_country_set_off_at_the_end_of_the_sentence_says_where_the_place_lies(analyser, text, destination, broad):
    [claim] = relocations(analyser, text)
    assert claim.destination.text == destination and [w.text for w in claim.destination.within] == broad


@pytest.mark.parametrize("text, stops", [
    ("Turkey moved 150 HTS militants out of Idlib. The recruits were later bused to Zaporizhzhia.",
     ["idlib", "zaporizhzhia"]),
    ("Die Türkei brachte 150 HTS-Kämpfer aus Idlib weg. Die Rekruten wurden später nach Saporischschja gefahren.",
     ["idlib", "zaporizhzhia"]),
    ("Турция вывезла 150 боевиков ХТШ из Идлиба. Позднее специалистов перебросили в Запорожье.",
     ["idlib", "zaporizhzhia"]),
])
def test_a_noun_pointing_back_at_the_group_continues_its_move(analyser, text, stops):
    """"the recruits", "die Rekruten", "специалистов": the group just moved, named by what it is now."""
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == [tuple(stops)], claims


@pytest.mark.parametrize("text, moved", [
    ("The detainees, most of them foreign nationals, were taken to Iraq by helicopter.", "detainees"),
    ("Die Häftlinge, größtenteils ausländische Staatsbürger, wurden in den Irak geflogen.", "Häftlinge"),
    ("Заключённые, в основном иностранные граждане, были переброшены в Ирак.", "Заключённые"),
])
def test_a_group_in_an_aside_describes_the_group_moved_and_is_not_it(analyser, text, moved):
    (claim,) = relocations(analyser, text)
    assert claim.moved is not None and claim.moved.text == moved


@pytest.mark.parametrize("text, origin, destination", [
    ("American helicopters removed 40 Islamic State inmates from a prison in Raqqa.", "raqqa", ""),
    ("The fighters were taken at night to the al-Tanf base.", "", "al-tanf"),
])
def test_taking_and_removing_a_group_are_moves_in_every_inflection(analyser, text, origin, destination):
    (claim,) = relocations(analyser, text)
    assert (plain(claim.origin), plain(claim.destination)) == (origin, destination)


@pytest.mark.parametrize("text", [
    "Turkey is said to have sent Syrian fighters to Nagorno-Karabakh.",
    "Die Türkei soll syrische Kämpfer nach Bergkarabach geschickt haben.",
    "La Turquie aurait envoyé des combattants syriens au Haut-Karabakh.",
    "Турция якобы перебросила сирийских боевиков в Нагорный Карабах.",
])
def test_nagorno_karabakh_is_a_place_in_every_language(analyser, text):
    (claim,) = relocations(analyser, text)
    assert claim.destination is not None and claim.destination.canonical == "Nagorno-Karabakh"
    assert claim.destination.lat is not None


@pytest.mark.parametrize("text, origin, destination", [
    ("Авторы публикаций утверждают, что польская армия перебрасывает танки из Жешува на Волынь.", "rzeszow",
     "volyn oblast"),
    ("Ukraine is sending tanks from Odesa to Mali, the ministry said.", "odesa", "mali"),
    ("L'Ukraine aurait envoyé des chars d'Odessa au Mali.", "odesa", "mali"),
    ("Ucrania habría enviado tanques desde Odesa a Malí.", "odesa", "mali"),
    ("Російські військові перекидають з авіабази Хмеймім до Лівії зенітні ракетні комплекси.", "hmeimim", "libya"),
    ("Russland verlegt Luftabwehrsysteme aus Syrien nach Libyen.", "syria", "libya"),
    ("Rusia traslada sistemas de defensa antiaérea de Siria a Libia.", "syria", "libya"),
])
def test_tanks_and_air_defence_systems_are_weapons_that_are_moved(analyser, text, origin, destination):
    (claim,) = relocations(analyser, text)
    assert claim.moved is not None and claim.moved.canonical == "Weapons and arms deliveries"
    assert (plain(claim.origin), plain(claim.destination)) == (origin, destination)


@pytest.mark.parametrize("text, moved, count, origin, destination", [
    ("Die Bundeswehr hat am Dienstag weitere 139 Ausbilder aus Kabul nach Taschkent ausgeflogen.", "Ausbilder", 139,
     "kabul", "tashkent"),
    ("Más de 300 exmilitares han sido trasladados desde Abu Dabi hasta Sudán.", "exmilitares", 300, "abu dhabi",
     "sudan"),
    ("Более 900 добровольцев были доставлены автобусами из Дамаска в Хомс.", "добровольцев", 900, "damascus",
     "homs"),
    ("In 2019, 25 instructors were moved from al-Hol to Iraq.", "instructors", 25, "al-hol", "iraq"),
])
def test_a_counted_group_the_lexicon_does_not_name_is_moved(analyser, text, moved, count, origin, destination):
    """The group is the noun, its number the count (as for groups the lexicon names)."""
    (claim,) = relocations(analyser, text)
    assert claim.moved is not None and (claim.moved.text, claim.moved.count) == (moved, count)
    assert (plain(claim.origin), plain(claim.destination)) == (origin, destination)


@pytest.mark.parametrize("text", [
    "The convoy of 40 trucks drove from Hasakah to Erbil within 3 hours.",
    "Самолёт Ан-124 доставил груз из Хмеймима в Ливию.",
    "Der Konvoi fuhr in 2 Tagen 300 Kilometer von Hasaka nach Erbil.",
])
def test_vehicles_hours_kilometres_and_model_numbers_are_no_counted_group(analyser, text):
    assert relocations(analyser, text) == []


def test_the_nouns_a_number_counts_are_read_without_building_every_languages_matcher(monkeypatch):
    """The counted nouns of every frame language ("Menschen", "fighters", "человек") are read from the frame files'
    lists, without building each language's phrase matcher (ten of them, for one list): the same stems."""
    from narrascope.lexicon import frame_languages, frame_word_lists
    from narrascope.stages.claims import slots

    def no_matcher(language, key):  # frame_words() builds the language's matcher
        raise AssertionError(f"frame_words({language!r}, {key!r})")

    monkeypatch.setattr(slots, "frame_words", no_matcher)
    slots._counted_stems.cache_clear()
    try:
        stems = slots._counted_stems()
    finally:
        slots._counted_stems.cache_clear()
    assert stems == tuple(sorted({w.casefold() for lang in frame_languages()
                                  for w in frame_word_lists(lang)["counted_nouns"]})) and len(stems) > 100


@pytest.mark.parametrize("text, group", [
    ("Кадиров перекинув з Грозного до Курської області близько 1500 бійців. Їх перевезли чартерними рейсами до "
     "Бєлгорода.", "бійців"),
    ("The army flew 300 former soldiers from Bogotá to Abu Dhabi. From there they were taken to Benghazi.",
     "soldiers"),  # the noun a number counts, not the adjective before it
    ("Die Armee brachte 300 Veteranen aus Bogotá nach Abu Dhabi. Von dort wurden sie nach Bengasi geflogen.",
     "Veteranen"),
])
def test_a_pronoun_for_a_group_with_no_name_is_known_by_the_words_that_named_it(analyser, text, group):
    *_, last = relocations(analyser, text)
    assert last.moved is not None and last.moved.canonical == group, last.moved


@pytest.mark.parametrize("text", [
    "The US is moving IS fighters from Hasakah to Afghanistan, the SVR says. First they are flown to Erbil, and from "
    "there to Kabul.",
    "Die USA verlegen IS-Kämpfer aus Hasaka nach Afghanistan. Zunächst werden sie nach Erbil geflogen, von dort nach "
    "Kabul.",
    "Les États-Unis transfèrent des combattants de Daech de Hassaké vers l'Afghanistan. Ils sont d'abord transportés à "
    "Erbil, puis de là à Kaboul.",
    "США перебрасывают боевиков ИГ из Хасаке в Афганистан. Сначала их доставляют в Эрбиль, а оттуда в Кабул.",
])
def test_a_route_told_again_from_its_first_leg_starts_where_the_route_starts(analyser, text):
    legs = [(plain(c.origin), plain(c.destination)) for c in relocations(analyser, text)]
    assert ("al hasakah", "erbil") in legs and ("erbil", "kabul") in legs, legs


@pytest.mark.parametrize("text", [
    "Islamic State members were moved out of Hajin by coalition forces.",
    "Les hommes de l'État islamique ont été évacués de Hajin par les forces de la coalition.",
    "IS-Kämpfer wurden von Koalitionstruppen aus Hadschin nach Irak gebracht.",
    "نقلت قوات التحالف عناصر من داعش من هجين إلى العراق.",
])
def test_coalition_forces_are_the_us_led_coalition(analyser, text):
    (claim,) = relocations(analyser, text)
    assert claim.agent is not None and claim.agent.canonical == "United States"


@pytest.mark.parametrize("text, group", [
    ("Kadyrov moved 1,500 Akhmat fighters from Grozny to Kursk.", "Akhmat"),
    ("Кадыров перебросил бойцов «Ахмата» из Грозного в Курск.", "Akhmat"),
    ("Turkey sent Syrian National Army fighters from Afrin to Libya.", "Syrian National Army"),
    ("Die Türkei soll Kämpfer der Syrischen Nationalarmee aus Afrin nach Libyen geschickt haben.",
     "Syrian National Army"),
    ("Kiev aurait transféré des combattants de la Légion géorgienne de Lviv à Kharkiv.", "Georgian Legion"),
    ("نقلت تركيا مقاتلين من الحزب الإسلامي التركستاني من إدلب إلى ليبيا.", "Turkistan Islamic Party"),
])
def test_named_armed_groups_of_the_theatre_are_groups_moved(analyser, text, group):
    (claim,) = relocations(analyser, text)
    assert claim.moved is not None and claim.moved.canonical == group


@pytest.mark.parametrize("text, vehicle", [
    ("Die US-Luftwaffe soll IS-Kämpfer aus Syrien nach Bosnien ausgeflogen haben. Demnach landeten zwei Maschinen "
     "auf dem Flughafen Tuzla, von wo die Männer in Kleinbussen in Dörfer bei Zenica gebracht worden seien.",
     "Kleinbussen"),
    ("Die Türkei soll Kämpfer aus Idlib nach Libyen geflogen haben. Demnach landeten zwei Maschinen in Misrata, von "
     "wo die Männer in Bussen in Lager bei Sirte gebracht worden seien.", "Bussen"),
    ("Russland soll Söldner aus Syrien nach Mali gebracht haben. Demnach landeten die Flugzeuge in Bamako, von wo die "
     "Männer in Lastwagen in Camps bei Gao gefahren worden seien.", "Lastwagen"),
])
def test_a_vehicle_is_how_they_went_never_where(analyser, text, vehicle):
    """German capitalises every noun: "in Kleinbussen" after a locative word is no unknown place."""
    claims = relocations(analyser, text)
    assert claims and all(vehicle not in (s.text if s else "") for c in claims for s in (c.origin, c.destination))


@pytest.mark.parametrize("text", [
    "Quelque 300 anciens militaires ont été transférés de Lyon à Bamako.",
    "Unos 300 portugueses fueron trasladados desde Lisboa a Luanda.",
    "Около 300 разведчиков перебросили из Москвы в Курск.",
])
def test_a_unit_word_excludes_a_counted_group_only_as_a_whole_word(analyser, text):
    """"ans" and "раз" count years and times; "anciens" and "разведчиков" are people."""
    (claim,) = relocations(analyser, text)
    assert claim.moved is not None and claim.moved.count == 300


@pytest.mark.parametrize("text, first, second", [
    ("Thirty mercenaries were sent to Ivory Coast. The men arrived by plane in Abidjan before being driven to "
     "Ferkessedougou.", "abidjan", "ferkessedougou"),
    ("Une trentaine de mercenaires ont été envoyés en Côte d'Ivoire. Les hommes sont arrivés par avion à Abidjan "
     "avant d'être conduits jusqu'à Bouaké.", "abidjan", "bouake"),
    ("Тридцять найманців перекинули до Кот-д'Івуару. Вони прибули літаком до Абіджана, а потім їх відвезли до "
     "Буаке.", "abidjan", "bouake"),
])
def test_a_group_that_arrives_somewhere_and_goes_on_makes_two_legs(analyser, text, first, second):
    """Unlike aircraft that land to pick a group up (above), the group itself arrived: a leg of its own."""
    claims = relocations(analyser, text)
    assert any(plain(c.destination) == first for c in claims), claims
    assert any(plain(c.origin) == first and plain(c.destination) == second for c in claims), claims


@pytest.mark.parametrize("text, origin, destination", [
    ("US helicopters evacuated IS commanders besieged in the desert east of Palmyra to al-Tanf.", "palmyra", "al-tanf"),
    ("Des hélicoptères américains ont évacué des chefs de l'EI encerclés dans le désert à l'est de Palmyre vers "
     "al-Tanf.", "palmyra", "al-tanf"),
    ("Американские вертолёты вывезли окружённых в пустыне под Пальмирой главарей ИГ на базу Эт-Танф.", "palmyra",
     "al-tanf"),
    ("Helicópteros estadounidenses evacuaron a jefes del EI cercados en el desierto al este de Palmira hacia al-Tanf.",
     "palmyra", "al-tanf"),
])
def test_where_a_besieged_group_was_is_its_origin(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(plain(c.origin) == origin and plain(c.destination) == destination for c in claims), claims


def test_an_article_before_a_vehicle_is_no_pronoun_for_the_group(analyser):
    text = ("Des hélicoptères américains ont évacué 30 combattants de l'EI depuis Hajin. Selon la chaîne, les "
            "appareils ont atterri à al-Tanf.")
    landed = [c for c in relocations(analyser, text) if plain(c.destination) == "al-tanf"]
    told = [m for c in landed for m in c.mentions]
    assert told and all(m.moved is not None and "combattants" in m.moved.text for m in told), told


@pytest.mark.parametrize("text", [
    "A first plane carrying 262 evacuees from Niger landed in Paris on Tuesday. The aircraft had taken off from "
    "Niamey in the afternoon.",
    "Un premier avion transportant 262 personnes évacuées du Niger s'est posé à Paris. L'appareil avait décollé de "
    "Niamey dans l'après-midi.",
    "Ein Flugzeug mit 262 Evakuierten aus Niger landete in Paris. Die Maschine war am Nachmittag in Niamey gestartet.",
    "Первый самолёт с 262 эвакуированными из Нигера приземлился в Париже. Борт вылетел из Ниамея днём.",
    "Un primer avión con 262 evacuados de Níger aterrizó en París. El aparato había despegado de Niamey por la tarde.",
])
def test_where_the_aircraft_took_off_starts_the_move_just_told_more_precisely(analyser, text):
    claims = relocations(analyser, text)
    assert len(claims) == 1 and plain(claims[0].origin) == "niamey" and plain(claims[0].destination) == "paris", claims
    assert len(claims[0].evidence_spans) == 2, claims


@pytest.mark.parametrize("text, destination, holder", [
    ("Thirty fighters were flown from Turkey. They landed in Rzeszów in Poland.", "rzeszow", "poland"),
    ("Des combattants ont été transportés depuis la Turquie et ont atterri à Rzeszów en Pologne.", "rzeszow",
     "poland"),
    ("Боевиков из Турции перебросили в Ракку в Сирии.", "raqqa", "syria"),
])
def test_a_place_said_to_lie_in_a_country_is_one_end_not_two_legs(analyser, text, destination, holder):
    claims = relocations(analyser, text)
    assert claims and all(plain(c.destination) == destination for c in claims), claims
    assert not any(plain(c.origin) == destination for c in claims), claims


@pytest.mark.parametrize("text", [
    "Бойовиків звезли автобусами з Дейр-ез-Зора на авіабазу Хмеймім.",
    "Боевиков свезли автобусами из Дейр-эз-Зора на авиабазу Хмеймим.",
    "Найманців із Сирії відправили на Донбас. Цих чоловіків спершу звезли автобусами з Дейр-ез-Зора на авіабазу "
    "Хмеймім.",
])
def test_gathering_a_group_somewhere_is_a_move(analyser, text):
    claims = relocations(analyser, text)
    assert any(plain(c.origin) == "deir ez-zor" and plain(c.destination) == "hmeimim" for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    ("Торік до Курської області, за даними ГУР, було доставлено близько 11 тисяч солдатів КНДР.", "kursk oblast"),
    ("По данным разведки, в Курскую область перебросили около 11 тысяч военных КНДР.", "kursk oblast"),
])
def test_a_states_soldiers_named_by_its_name_after_them_are_moved_troops(analyser, text, destination):
    """Unlike "soldats français ... au Tchad" (an adjective after the noun: maybe stationed there), "солдатів КНДР"
    names whose soldiers they are."""
    claims = relocations(analyser, text)
    assert any(plain(c.destination) == destination and c.moved is not None for c in claims), claims


def test_a_states_soldiers_named_by_an_adjective_after_them_may_be_where_they_are_stationed(analyser):
    assert relocations(analyser, "Des soldats français ont été déployés au Tchad.") == []


@pytest.mark.parametrize("text, group, count", [
    ("About 150 IS fighters were flown from Syria to Iraq.", "fighters", 150),
    ("Une trentaine de mercenaires ont été transférés de Syrie en Libye.", "mercenaires", 30),
    ("Около 300 боевиков перебросили из Сирии в Ирак.", "боевиков", 300),
    ("Близько 11 тисяч солдатів КНДР перекинули до Курської області.", "солдатів", 11000),
    ("Более 1,5 тыс. боевиков перебросили из Сирии в Ирак.", "боевиков", 1500),
    ("Unos 3 mil yihadistas fueron trasladados de Siria a Irak.", "yihadistas", 3000),
])
def test_the_moved_slot_names_the_group_and_keeps_its_number_apart(analyser, text, group, count):
    claims = relocations(analyser, text)
    assert claims, text
    moved = claims[0].moved
    assert moved is not None and group in moved.text and not any(ch.isdigit() for ch in moved.text), moved
    assert moved.count == count and moved.count_text, moved


@pytest.mark.parametrize("text", [
    "A spokesman for the coalition denied that any Islamic State fighters had been transported by its aircraft.",
    "Le porte-parole de la coalition a démenti tout transfert de combattants de l'EI par ses avions.",
    "Министерство обороны Таджикистана опровергло переброску боевиков «Исламского государства».",
])
def test_a_denied_move_that_names_no_place_is_still_a_denied_claim(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" and c.origin is None and c.destination is None for c in claims), \
        claims


def test_a_negation_without_a_denial_makes_no_placeless_claim_and_a_denial_joins_no_event(analyser):
    text = ("Witnesses said three aircraft landed without lights. None of them could say who had been taken on board."
            "\n\nThe Pentagon denied flying any militants out of Syria.")
    claims = relocations(analyser, text)
    assert [(c.modality, plain(c.origin), len(c.mentions)) for c in claims] == [("denied", "syria", 1)], claims


@pytest.mark.parametrize("text, origin, destination", [
    ("Die Koalition wies die Vorwürfe zurück: Sie habe keine IS-Kämpfer aus Syrien nach Bosnien gebracht.", "syria",
     "bosnia"),
    ("The embassy denied that any IS prisoners had been flown from Syria to Bosnia.", "syria", "bosnia"),
])
def test_a_denial_around_its_object_denies_the_move(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(c.modality == "denied" and plain(c.origin) == origin and plain(c.destination).startswith(destination)
               for c in claims), claims


@pytest.mark.parametrize("text, group, destination", [
    ("No Syrians were flown to Germany, the ministry said.", "syrians", "germany"),
    ("В Минобороны заявили, что ни один военнослужащий на Украину не отправлялся.", "военнослужащий", "ukraine"),
    ("У Міноборони заявили, що жоден сирієць в Україну не перевозився.", "сирієць", "ukraine"),
    ("Ein Sprecher bestätigte, dass keine Syrer in die Ukraine transportiert wurden.", "syrer", "ukraine"),
])
def test_soldiers_or_nationals_that_nobody_moved_are_the_group_of_a_denied_move(analyser, text, group, destination):
    claims = relocations(analyser, text)
    assert any(c.modality == "denied" and c.moved is not None and c.moved.text.casefold() == group
               and plain(c.destination) == destination for c in claims), claims


def test_a_negated_noun_that_is_neither_soldiers_nor_nationals_is_only_ever_a_denied_move(analyser):
    # since the tenth session any noun a negator counts is the group of a denied move (test_claim_modality.py):
    # it is never a claimed flow
    claims = relocations(analyser, "Not a single journalist was allowed to travel to Raqqa.")
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text, origin, destination", [
    ("Unos 80 mercenarios volaron primero de Lima a Madrid.", "lima", "madrid"),
    ("Une centaine de combattants de l'EI sont entrés au Niger depuis la Libye.", "libya", "niger"),
    ("Около 200 боевиков перелетели из Турции в Ливию.", "turkey", "libya"),
    ("Mehrere Hundert IS-Kämpfer sind aus der Türkei nach Deutschland eingereist.", "turkey", "germany"),
    ("Dozens of IS fighters entered Iraq from Syria.", "syria", "iraq"),  # the place entered is where they went
])
def test_a_group_that_flies_or_crosses_over_itself_is_moved(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(plain(c.origin) == origin and plain(c.destination) == destination for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    ("Sturmgewehre und Granatwerfer sollen über das Schwarze Meer nach Nigeria gelangt sein.", "nigeria"),
    ("Dem Kanal zufolge wurden die Waffen im Frühjahr auf einen Frachter verladen und nach Lagos verschifft.", "lagos"),
])
def test_weapons_that_reach_a_place_are_moved_there_and_a_season_is_no_place(analyser, text, destination):
    claims = relocations(analyser, text)
    assert claims and all(plain(c.destination) == destination and c.origin is None for c in claims), claims


@pytest.mark.parametrize("text, agent, origin", [
    ("Saudi Arabia said its navy had ferried 1,687 people from Port Sudan to Jeddah.", "saudi arabia", "port sudan"),
    ("La France a indiqué que ses avions avaient évacué 300 personnes de Port-Soudan vers Djibouti.", "france",
     "port sudan"),
])
def test_a_speaker_telling_what_its_own_forces_did_is_the_mover_and_a_longer_place_name_wins(analyser, text, agent,
                                                                                            origin):
    claims = relocations(analyser, text)
    assert any(plain(c.agent) == agent and plain(c.origin) == origin for c in claims), claims


@pytest.mark.parametrize("text, agent, canonical", [
    # the speaker denies that its own body moved them: that body, named by the speaker's possessive, is the mover,
    # under the speaker's name
    ("The Pentagon denied that its troops had driven 300 civilians from Raqqa to Mosul.", "its troops",
     "united states"),
    ("El Pentágono negó que sus soldados hayan llevado a 300 civiles de Raqa a Mosul.", "sus soldados",
     "united states"),
    ("Pentagon zaprzeczył, by jego żołnierze przewozili 300 cywilów z Rakki do Mosulu.", "jego żołnierze",
     "united states"),
    ("Le Pentagone a démenti que ses soldats aient conduit 300 civils de Raqqa à Mossoul.", "ses soldats",
     "united states"),
    ("Міноборони Росії заперечило, що його військові вивозили 300 цивільних з Херсона до Криму.", "його військові",
     "russian ministry of defence"),
])
def test_the_speakers_own_body_named_in_what_it_denies_is_the_mover(analyser, text, agent, canonical):
    claims = relocations(analyser, text)
    assert [(c.modality, c.agent.text if c.agent else None, plain(c.agent)) for c in claims] == \
        [("denied", agent, canonical)], claims


@pytest.mark.parametrize("text, origin, destination", [
    ("Fighters based in Idlib were flown to Libya.", "idlib", "libya"),
    ("Des mercenaires basés à Benghazi ont été transférés au Mali.", "benghazi", "mali"),
])
def test_where_a_group_was_based_is_its_origin(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(plain(c.origin) == origin and plain(c.destination) == destination for c in claims), claims


def test_an_acronym_the_gazetteer_lacks_is_no_place(analyser):
    text = ("Группу британских военных, работавших на базе ВМС Украины в Очакове, эвакуировали в Одессу, сообщил "
            "источник.")
    claims = relocations(analyser, text)
    assert claims and not any("ВМС" in (c.origin.text if c.origin else "") + (c.destination.text if c.destination
                                                                               else "") for c in claims), claims


@pytest.mark.parametrize("text", [
    # (not in Russian: "артиллерия", "гаубицы" as weapons cost matching on SemEval's Russian documents 0.008)
    "Автори дописів стверджують, що це вірменська артилерія, яку через Грузію відправляють до України.",
    "Die Haubitzen sollen über Polen in die Ukraine gebracht worden sein.",
])
def test_artillery_is_moved_weapons_and_a_stop_on_the_way_is_no_mover(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.agent is None and plain(c.destination) == "ukraine" for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    ("Частину бойовиків уже висунули до Суджі.", "sudzha"),  # a town of 5,000 people, geocoded
    ("Вантажні судна вийшли в море з бронетехнікою на борту і прямують до Тобрука.", "tobruk"),
])
def test_advancing_or_heading_somewhere_is_a_move(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(plain(c.destination) == destination for c in claims), claims


@pytest.mark.parametrize("text, group, count", [
    ("Die Bundeswehr habe 200 ukrainische Deserteure aus Polen nach Deutschland ausgeflogen.", "ukrainische deserteure",
     200),
    ("The US flew 80 Syrian recruits from Idlib to Kyiv.", "syrian recruits", 80),
    ("Около 300 сирийцев перебросили из Сирии в Ливию.", "сирийцев", 300),
])
def test_counted_nationals_are_the_noun_their_adjective_qualifies(analyser, text, group, count):
    claims = relocations(analyser, text)
    assert any(c.moved is not None and c.moved.text.casefold() == group and c.moved.count == count
               for c in claims), claims


@pytest.mark.parametrize("text, group, destination", [
    ("Quelque 1 500 légionnaires français se prépareraient à partir pour l'Ukraine.", "légionnaires", "ukraine"),
    ("Soldados españoles fueron enviados hacia Ucrania.", "soldados", "ukraine"),
])
def test_a_states_troops_headed_somewhere_by_a_marker_that_only_says_where_to_are_moved(analyser, text, group,
                                                                                       destination):
    """Unlike "soldats français ... déployés au Tchad", where "au" may say where they are stationed."""
    claims = relocations(analyser, text)
    assert any(c.moved is not None and group in c.moved.text.casefold() and plain(c.destination) == destination
               for c in claims), claims


def test_tourists_are_civilians_moved(analyser):
    claims = relocations(analyser, "Deux avions militaires ont évacué mardi des centaines de touristes bloqués en "
                                   "Nouvelle-Calédonie.")
    assert claims and claims[0].moved is not None and claims[0].moved.canonical == "Civilians", claims


@pytest.mark.parametrize("text, origin, destination", [
    ("Un cargamento de unos 900 fusiles salió del puerto de Odesa. Los contenedores habrían sido desembarcados en "
     "Manzanillo.", "odesa", "manzanillo"),
    ("About 900 rifles left Odesa in April. The crates were later shipped to Lagos.", "odesa", "lagos"),
])
def test_the_cargo_named_again_by_its_crates_or_containers_is_the_same_move(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(plain(c.origin) == origin and plain(c.destination) == destination for c in claims), claims


def test_a_vehicles_kind_is_no_moved_group(analyser):
    text = "Los presos fueron llevados en autobuses blindados hasta Tecoluca."
    assert all(c.moved is None or "blindados" not in c.moved.text for c in relocations(analyser, text))


def test_leaving_for_a_place_is_a_move_and_a_counted_verb_is_no_group(analyser):
    claims = relocations(analyser, "Unos 350 militares partieron de la base aérea de Zaragoza hacia Riga.")
    assert any(plain(c.origin) == "zaragoza" and plain(c.destination) == "riga" for c in claims), claims
    text = "Los migrantes llegaron a Tenerife. De ellos, 300 volaron este jueves desde Tenerife a Madrid."
    assert all(c.moved is not None and "volaron" not in c.moved.text for c in relocations(analyser, text))


@pytest.mark.parametrize("text, agent", [
    ("Das US-Regionalkommando Africom dementierte, jemals IS-Mitglieder aus Syrien nach Somalia transportiert zu "
     "haben.", "africom"),
    ("Le ministère des Armées a démenti avoir transféré des combattants de Syrie au Mali.", "ministère des armées"),
])
def test_a_body_that_denies_a_move_with_no_mover_named_denies_doing_it(analyser, text, agent):
    claims = relocations(analyser, text)
    assert any(c.modality == "denied" and c.agent is not None and agent in c.agent.text.casefold() for c in claims), \
        claims


@pytest.mark.parametrize("text, source", [
    ("Das Bundesinnenministerium erklärte, 300 Flüchtlinge seien nach München gebracht worden.",
     "bundesinnenministerium"),
    ("300 Flüchtlinge seien nach München gebracht worden, teilte das Auswärtige Amt mit.", "auswärtige amt"),
])
def test_german_compound_bodies_are_sources(analyser, text, source):
    sources = analyser.analyse_text(text).document.sources
    assert any(source in s.text.casefold() for s in sources), sources


@pytest.mark.parametrize("text, source", [
    ("A senior Russian diplomat told reporters that 40 fighters were flown to Libya.",
     "diplomat"),
    ("El presidente ecuatoriano aseguró que 40 combatientes fueron trasladados a Colombia.", "presidente"),
    ("The Kyrgyz foreign ministry published images of 40 fighters flown to Bishkek.", "foreign ministry"),
])
def test_diplomats_presidents_and_ministries_that_publish_are_sources(analyser, text, source):
    sources = analyser.analyse_text(text).document.sources
    assert any(source in s.text.casefold() for s in sources), sources


def test_a_sources_complement_stops_at_a_verb_of_the_move(analyser):
    text = ("Группа из 18 инструкторов Главного управления разведки Украины прилетела из Варшавы в Порт-Судан, сообщил "
            "РИА Новости источник.")
    sources = analyser.analyse_text(text).document.sources
    assert not any("прилетела" in s.text for s in sources), sources


@pytest.mark.parametrize("text", [
    "US helicopters flew IS fighters from Raqqa to Kabul. Part of them were later taken to Kunduz.",
    "Американские вертолёты вывезли боевиков ИГ из Ракки в Кабул. Часть из них затем переправили в Кундуз.",
    "Американські гелікоптери вивезли бойовиків ІДІЛ з Ракки до Кабула. Частину з них згодом перекинули до Кундуза.",
    "Des hélicoptères américains ont transféré des combattants de Daech de Raqqa à Kaboul. Une partie d'entre eux a "
    "ensuite été transférée à Kunduz.",
    "US-Hubschrauber haben IS-Kämpfer aus Rakka nach Kabul geflogen. Ein Teil von ihnen wurde später nach Kundus "
    "gebracht.",
    "US helicopters flew IS fighters from Raqqa to Kabul. Most of them were later taken to Kunduz.",
    "Des hélicoptères américains ont transféré des combattants de Daech de Raqqa à Kaboul. La plupart d'entre eux ont "
    "ensuite été conduits à Kunduz.",
    "Американские вертолёты вывезли боевиков ИГ из Ракки в Кабул. Большинство из них затем переправили в Кундуз.",
])
def test_a_part_of_the_group_goes_on_from_where_the_group_was_taken(analyser, text):
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == [("raqqa", "kabul"), ("kabul", "kunduz")]
    first, part = claims
    # the part is named by its own words and stands for the group; its leg chains on from the first
    assert part.moved.canonical == first.moved.canonical and part.moved.text != first.moved.text
    assert part.event == first.event


@pytest.mark.parametrize("text, batch", [
    ("US helicopters flew IS fighters from Raqqa to Kabul. Another batch will be flown to Herat next month.",
     "Another batch"),
    ("Американские вертолёты вывезли боевиков ИГ из Ракки в Кабул. Вторую партию перебросят в Герат в мае.",
     "Вторую партию"),
    ("Helicópteros estadounidenses trasladaron a combatientes del EI desde Raqqa hasta Kabul. Un segundo grupo será "
     "enviado a Herat en mayo.", "Un segundo grupo"),
    ("US-Hubschrauber haben IS-Kämpfer aus Rakka nach Kabul geflogen. Eine zweite Gruppe soll im Mai nach Herat "
     "gebracht werden.", "Eine zweite Gruppe"),
    ("نقلت مروحيات أمريكية عناصر من داعش من الرقة إلى كابول. ومن المتوقع أن تنقل دفعة ثانية إلى هرات الشهر المقبل.",
     "دفعة ثانية"),
])
def test_another_batch_of_the_group_is_a_move_of_its_own(analyser, text, batch):
    first, more = relocations(analyser, text)
    assert more.moved.text == batch and more.moved.canonical == first.moved.canonical
    # a new batch is not told from where the first one was taken, and it is another event
    assert more.origin is None and plain(more.destination) == "herat" and more.event != first.event


@pytest.mark.parametrize("text", [
    "Боевиков ИГ перевезли в Кабул из Ракки, а затем в Кундуз.",
    "Los combatientes del EI fueron llevados a Kabul desde Raqqa y después a Kunduz.",
    "Les combattants de Daech ont été transférés à Kaboul depuis Raqqa, puis à Kunduz.",
    "IS fighters were flown to Kabul from Raqqa and later to Kunduz.",
    "IS-Kämpfer wurden nach Kabul aus Rakka geflogen und dann nach Kundus.",
])
def test_where_from_told_after_where_to_in_one_clause_starts_that_leg(analyser, text):
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == [("raqqa", "kabul"), ("kabul", "kunduz")]
    assert len({c.event for c in claims}) == 1


@pytest.mark.parametrize("text", [
    "IS fighters were flown to Kabul. Part of them later reached Kunduz.",
    "Des combattants de Daech ont été transférés à Kaboul. Une partie d'entre eux a ensuite rejoint Kunduz.",
    "Des combattants de Daech ont été transférés à Kaboul. Une partie d'entre eux a ensuite regagné Kunduz.",
    "Los combatientes del EI fueron trasladados a Kabul. Parte de ellos alcanzó después Kunduz.",
    "Боевиков ИГ перебросили в Кабул. Часть из них затем достигла Кундуза.",
    "Бойовиків ІДІЛ перекинули до Кабула. Частина з них згодом досягла Кундуза.",
    "IS-Kämpfer wurden nach Kabul geflogen. Ein Teil von ihnen erreichte später Kundus.",
])
def test_the_place_a_verb_of_reaching_takes_as_its_object_is_where_they_went(analyser, text):
    legs = [(plain(c.origin), plain(c.destination)) for c in relocations(analyser, text)]
    assert legs == [("", "kabul"), ("kabul", "kunduz")], legs


def test_an_article_after_a_verb_of_reaching_is_no_origin(analyser):
    # "rejoindre des groupes armés près de Banfora": "des" is "some", Banfora is no place they came from
    text = ("Les hommes sont arrivés à Ferkessédougou. De là, une partie du groupe aurait franchi la frontière pour "
            "rejoindre des groupes armés actifs près de Banfora.")
    assert all(plain(c.origin) != "banfora" for c in relocations(analyser, text))


@pytest.mark.parametrize("text", [
    # pro-drop or an impersonal passive: the move told on from there, or next, names no group; it is the same group's
    "Los combatientes fueron trasladados de Siria a Bengasi. De allí cruzaron por tierra hasta Darfur.",
    "Боевиков ИГ перевезли из Сирии в Кабул. Затем отправили в Кундуз.",
    "IS-Kämpfer wurden aus Syrien nach Kabul geflogen. Von dort wurden mit Bussen nach Kundus gebracht.",
])
def test_a_move_told_on_from_there_with_no_group_named_is_the_same_groups(analyser, text):
    first, then = relocations(analyser, text)
    assert then.moved is not None and then.moved.canonical == first.moved.canonical
    assert plain(then.origin) == plain(first.destination) and then.event == first.event


def test_soldiers_named_after_a_sequel_word_are_not_the_group_just_moved(analyser):
    text = "IS fighters were flown from Syria to Kabul. The troops would later return to the United States."
    assert [plain(c.destination) for c in relocations(analyser, text)] == ["kabul"]


@pytest.mark.parametrize("text, part", [
    ("IS fighters were flown from Syria to Kabul. They stayed in Kabul, and part of them were later flown to Kunduz.",
     "part of them"),
    ("Des combattants de Daech ont été transférés de Syrie à Kaboul. Ils sont restés à Kaboul, et une partie d'entre "
     "eux a ensuite été transférée à Kunduz.", "une partie d'entre eux"),
    ("Боевиков ИГ перебросили из Сирии в Грузию. Основную часть группы разместили в Тбилиси, а часть из них могут "
     "перебросить в Дагестан.", "часть из них"),
])
def test_the_word_for_the_group_nearest_before_the_verb_is_the_one_it_moves(analyser, text, part):
    assert part in [c.moved.text for c in relocations(analyser, text)]


@pytest.mark.parametrize("text, others", [
    ("IS fighters were flown from Raqqa to Kabul. Others were taken by bus to Herat.", "Others"),
    ("Des combattants de Daech ont été transférés de Raqqa à Kaboul. D'autres ont été conduits en bus à Hérat.",
     "D'autres"),
    ("Боевиков ИГ перевезли из Ракки в Кабул. Другие были доставлены автобусами в Герат.", "Другие"),
    ("Los combatientes del EI fueron trasladados de Raqqa a Kabul. Otros fueron llevados en autobús a Herat.", "Otros"),
])
def test_others_of_the_group_named_before_make_a_move_of_their_own(analyser, text, others):
    first, more = relocations(analyser, text)
    assert more.moved.text == others and more.moved.canonical == first.moved.canonical
    assert more.origin is None and plain(more.destination) == "herat" and more.event != first.event


@pytest.mark.parametrize("text, ends, stop", [
    ("US aircraft flew 40 IS fighters from Syria via Istanbul to Afghanistan.", ("syria", "afghanistan"), "istanbul"),
    ("Die USA haben 40 IS-Kämpfer aus Syrien über Istanbul nach Afghanistan gebracht.", ("syria", "afghanistan"),
     "istanbul"),
    ("США перебросили 40 боевиков ИГ из Сирии через Стамбул в Афганистан.", ("syria", "afghanistan"), "istanbul"),
    ("EEUU trasladó a 40 combatientes del EI desde Siria vía Estambul hasta Afganistán.", ("syria", "afghanistan"),
     "istanbul"),
    ("Les États-Unis ont transféré 40 combattants de Daech de Syrie vers l'Afghanistan via Istanbul.",
     ("syria", "afghanistan"), "istanbul"),
    ("نقلت الولايات المتحدة 40 مقاتلا من داعش من سوريا عبر إسطنبول إلى أفغانستان.", ("syria", "afghanistan"),
     "istanbul"),
])
def test_a_transit_stop_is_no_leg_but_stays_on_the_route(analyser, text, ends, stop):
    (claim,) = relocations(analyser, text)
    assert (plain(claim.origin), plain(claim.destination)) == ends
    assert [plain(s) for s in claim.route] == [ends[0], stop, ends[1]]


def test_a_transit_stop_stays_on_its_own_leg_of_a_chain(analyser):
    text = "US aircraft flew 40 IS fighters from Raqqa via Istanbul to Kabul. From Kabul they were driven to Herat."
    first, second = relocations(analyser, text)
    assert [plain(s) for s in first.route] == ["raqqa", "istanbul", "kabul", "herat"] == [
        plain(s) for s in second.route]
    assert (plain(second.origin), plain(second.destination)) == ("kabul", "herat")


@pytest.mark.parametrize("text, origin, destination", [
    ("US helicopters evacuated IS fighters from Hajin, on the eastern bank of the Euphrates, to Erbil.",
     "hajin", "erbil"),
    ("Des hélicoptères ont évacué des combattants de Daech de Raqqa, sur la rive orientale de l'Euphrate, vers Erbil.",
     "raqqa", "erbil"),
    ("Helicópteros estadounidenses evacuaron a combatientes del EI desde Raqqa, en la orilla norte del Éufrates, "
     "hasta Erbil.", "raqqa", "erbil"),
    ("Американские вертолёты вывезли боевиков ИГ из Ракки, на левом берегу Евфрата, в Эрбиль.", "raqqa", "erbil"),
    ("نقلت مروحيات أمريكية عناصر من داعش من الرقة على الضفة الشرقية لنهر الفرات إلى أربيل.", "raqqa", "erbil"),
])
def test_the_bank_of_a_river_says_where_a_place_lies_and_is_no_end(analyser, text, origin, destination):
    (claim,) = relocations(analyser, text)
    assert (plain(claim.origin), plain(claim.destination)) == (origin, destination), claim


@pytest.mark.parametrize("text, place, country", [
    ("The IS fighters were flown towards northern Iraq and reached the Kasrak camp by Monday.", "Kasrak", "iraq"),
    ("Les combattants de Daech ont été transportés vers le nord de l'Irak et ont rejoint Kasrak le lendemain.",
     "Kasrak", "iraq"),
    ("Los combatientes del EI fueron trasladados hacia el norte de Irak y alcanzaron Kasrak el lunes.", "Kasrak",
     "iraq"),
    ("Боевиков ИГ перебросили на север Ирака, и к понедельнику они достигли Касрака.", "Касрака", "iraq"),
])
def test_a_place_reached_after_a_country_is_where_in_it_they_went(analyser, text, place, country):
    # the gazetteer lacks Kasrak: the verb of reaching opens its name, and it narrows the country named before
    (claim,) = relocations(analyser, text)
    assert claim.origin is None and claim.destination.text == place, claim
    assert [plain(w) for w in claim.destination.within] == [country]


@pytest.mark.parametrize("text", [
    "Posts claim that US helicopters flew ISIS fighters from Iraq to Khartoum. This is false. The US Central Command "
    "denied moving any fighters to Sudan.",
    "Des publications affirment que des hélicoptères américains ont transporté des combattants de Daech d'Irak à "
    "Khartoum. C'est faux. Le commandement central américain a démenti avoir transféré des combattants au Soudan.",
    "Публикации утверждают, что американские вертолёты перевезли боевиков ИГИЛ из Ирака в Хартум. Это фейк. "
    "Центральное командование США опровергло переброску боевиков в Судан.",
])
def test_a_speakers_denial_is_a_claim_of_its_own_not_a_retelling_of_the_debunked_move(analyser, text):
    """The story debunked and a speaker who denies it in words of their own are two denied claims: the denial, with
    its source, joins no event a claim told before with another voice (it would lend it the wider place)."""
    claims = relocations(analyser, text)
    assert [c.modality for c in claims] == ["denied", "denied"], claims
    assert [plain(c.destination) for c in claims] == ["khartoum", "sudan"], claims


@pytest.mark.parametrize("text, stops", [
    ("Die Bundeswehr flog 60 deutsche Staatsangehörige aus Khartum nach Larnaka. Von dort ging es mit einer "
     "Chartermaschine weiter nach Berlin.", ["khartoum", "larnaca", "berlin"]),
    ("Die Flugzeuge brachten die Menschen zunächst nach Al-Azraq in Jordanien, von dort ging es weiter nach "
     "Wunstorf.", ["al-azraq", "wunstorf"]),
])
def test_it_went_on_to_a_place_is_the_next_leg_of_the_group_just_moved(analyser, text, stops):
    """German "von dort ging es weiter nach Berlin" names no group and no verb of moving: "weiter nach" moves the
    group just told on from where it went (and its "nach" leads to a name the gazetteer knows, as a marker does);
    "Fort Stewart" is a name, no noun before one."""
    claims = relocations(analyser, text)
    route = [plain(c.origin) for c in claims[:1] if c.origin] + [plain(c.destination) for c in claims]
    assert route == stops, claims
    (troops,) = relocations(analyser, "Etwa 400 US-Soldaten wurden aus Fort Stewart in Georgia nach Polen geflogen.")
    assert plain(troops.origin) != "stewart", troops


@pytest.mark.parametrize("text", [
    "More than 5,000 people were evacuated from El Paso on Sunday. Some 400 people were taken to the barracks of "
    "El Fuerte in Breña Baja.",
    "Más de 5.000 personas fueron evacuadas de El Paso el domingo. Unas 400 personas fueron llevadas al cuartel de "
    "El Fuerte, en Breña Baja.",
])
def test_a_group_counted_otherwise_is_another_batch(analyser, text):
    """"more than 5,000 evacuated from El Paso", then "some 400 taken to El Fuerte": a number of people is one batch,
    so a claim counting its group otherwise joins no event that counts it."""
    claims = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    assert len(claims) == 2 and claims[0].event != claims[1].event, claims
    assert claims[0].destination is None and "Fuerte" in claims[1].destination.text, claims


@pytest.mark.parametrize("text, stops", [
    ("أجلت مروحيات أمريكية عناصر من تنظيم داعش من الرقة إلى الحسكة. وبعد أسبوع نُقل القادة إلى بغداد.",
     ["raqqa", "al hasakah", "baghdad"]),
    ("نقلت القوات الأمريكية مسلحين من تنظيم داعش من دير الزور إلى الحسكة. ثم نُقل المتزعمون إلى أربيل.",
     ["deir ez-zor", "al hasakah", "erbil"]),
])
def test_arabic_leaders_stand_for_the_group_named_before(analyser, text, stops):
    """Arabic "القادة", "المتزعمون", "القياديون" (the leaders, the ringleaders) with no group of their own are the
    leaders of the group the article just moved, as a pronoun is; with no move before them they move nobody."""
    claims = relocations(analyser, text)
    assert [plain(c.moved) for c in claims] == ["islamic state", "islamic state"], claims
    assert [plain(c.origin) for c in claims[:1]] + [plain(c.destination) for c in claims] == stops, claims
    assert relocations(analyser, "عقد القادة اجتماعا في بغداد.") == []


def test_an_arabic_origin_fronted_with_and_from_starts_the_leg(analyser):
    """"ومن الموصل نُقل ..." (and from Mosul ... were moved): "ومن" starts other phrases as written ("ومن هناك"),
    so the matcher keeps its clitic; as an origin marker of its own it opens the place after it."""
    claims = relocations(analyser, "قالت مصادر محلية إن المسلحين نقلوا من الرقة إلى الحسكة. ومن مدينة الموصل نُقل "
                                   "المسلحون بعد ثلاثة أيام إلى مدينة تكريت.")
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == [("raqqa", "al hasakah"), ("mosul", "tikrit")]


@pytest.mark.parametrize("text", [
    "اتهم متحدث عسكري دولة الإمارات بنقل مئات المسلحين من إدلب إلى ليبيا.",
    "A military spokesman accused the UAE of moving hundreds of militants from Idlib to Libya.",
    "Un portavoz militar acusó a los Emiratos Árabes Unidos de trasladar a cientos de militantes de Idlib a Libia.",
])
def test_the_united_arab_emirates_are_an_actor(analyser, text):
    """The United Arab Emirates are a country of the entity lexicon ("دولة الإمارات", "UAE", "Emiratos Árabes
    Unidos"): the state accused of a move is its agent, not the accuser."""
    (claim,) = relocations(analyser, text)
    assert plain(claim.agent) == "united arab emirates", claim


@pytest.mark.parametrize("text", [
    "نقلت مروحيات أمريكية عناصر من تنظيم داعش من الرقة إلى الحسكة. وتستعد القوات الأمريكية لنقل دفعة أخرى إلى دير "
    "الزور.",
    "US helicopters moved IS fighters from Raqqa to Hasakah. US forces are preparing to move another group to Deir "
    "ez-Zor.",
    "Helicópteros estadounidenses trasladaron a combatientes del EI de Raqqa a Hasakah. Las fuerzas estadounidenses se "
    "preparan para trasladar otro grupo a Deir ez-Zor.",
])
def test_a_states_troops_before_the_verb_move_the_group_another_batch_stands_for(analyser, text):
    """"US forces are preparing to move another group to ...": the troops before the verb are not its group when a
    word for another batch (or a pronoun) is the verb's object; they move that batch of the group named before."""
    first, second = relocations(analyser, text)
    assert plain(second.moved) == "islamic state" and plain(second.agent) == "united states", second
    assert plain(second.destination) == "deir ez-zor", second


@pytest.mark.parametrize("text", [
    "قالت الوزارة إن مروحيات الجيش المصري تنقل جنوداً مصريين من القاهرة إلى الإسماعيلية.",
    "قالت الوزارة إن طائرات نقلت الجنود المصريين من القاهرة إلى الإسماعيلية.",
])
def test_arabic_soldiers_in_the_accusative_or_with_the_article_are_troops(analyser, text):
    """Arabic "جنوداً", "جنودا" (soldiers, the accusative an object takes) and "الجنود" (the soldiers) are words
    for troops as "جنود" is: named by their state's adjective, they are that state's troops moved."""
    (claim,) = relocations(analyser, text)
    assert plain(claim.moved) == "egypt" and plain(claim.destination) == "ismailia", claim


@pytest.mark.parametrize("text, state", [
    ("Según el ministerio, soldados chilenos fueron trasladados desde Antofagasta a Arica.", "chile"),
    ("The ministry said Canadian soldiers were flown from Halifax to Riga.", "canada"),
    ("Según la prensa, soldados bolivianos fueron trasladados desde Cochabamba a Santa Cruz.", "bolivia"),
])
def test_soldiers_of_states_of_the_americas_and_beyond_are_their_troops(analyser, text, state):
    """Chile, Bolivia, Ecuador, Mexico, Morocco, Kenya, Canada and Australia are countries of the entity lexicon: a
    word for soldiers with their adjective is that state's troops moved. (Colombia and Venezuela are not yet: as
    countries they lowered other sets, their demonyms mostly naming people moved.)"""
    (claim,) = relocations(analyser, text)
    assert plain(claim.moved) == state, claim


def test_an_arabic_name_the_article_gave_a_place_noun_before_is_a_place_again(analyser):
    """In a script without capitals a name after a marker is a place only with a place noun before it ("إلى قرية
    الزيتونة"); one an earlier sentence so named is a place again after a bare marker ("من الزيتونة")."""
    text = ("قالت مصادر إن المسلحين نُقلوا من الرقة إلى قرية الزيتونة. ثم نُقل المسلحون بشاحنات من الزيتونة إلى "
            "الموصل.")
    claims = relocations(analyser, text)
    assert [(c.origin.text if c.origin else None, plain(c.destination)) for c in claims] == [
        ("الرقة", "الزيتونة"), ("الزيتونة", "mosul")], claims
    (alone,) = relocations(analyser, "قالت مصادر إن المسلحين نُقلوا بشاحنات من الزيتونة إلى الموصل.")
    assert alone.origin is None, alone


@pytest.mark.parametrize("text, origin, destination", [
    ("Unos 300 migrantes fueron trasladados desde Sicilia a La Restinga, informó el Gobierno.", "sicily",
     "la restinga"),
    ("Unos 300 migrantes que llegaron en cayuco a La Restinga fueron trasladados el jueves a Sicilia.",
     "la restinga", "sicily"),
])
def test_a_spanish_name_opened_by_its_article_after_a_la_is_a_place(analyser, text, origin, destination):
    """"a La Restinga": the marker phrase "a la" takes in the capitalised article a name the gazetteer lacks opens
    with; the name is a place all the same (not after a speech verb: "han confirmado a La Voz de ...", an outlet)."""
    claims = relocations(analyser, text)
    assert (plain(claims[-1].origin), plain(claims[-1].destination)) == (origin, destination), claims
    told = relocations(analyser, "Unos 300 migrantes fueron trasladados a Sicilia, según han confirmado a La Voz de "
                                 "Galicia fuentes policiales.")
    assert all(plain(c.destination) == "sicily" for c in told), told


@pytest.mark.parametrize("text, destination", [
    ("Desde Rotterdam, el arsenal sería transferido a Polonia, aseguran los analistas.", "poland"),
    ("قالت مصادر إن القوات الأمريكية نقلت المدرعات من العراق إلى الحسكة.", "al hasakah"),
    ("قالت مصادر إن شاحنات نقلت العتاد من الأردن إلى سوريا.", "syria"),
])
def test_an_arsenal_armoured_vehicles_and_materiel_are_weapons_moved(analyser, text, destination):
    """Spanish "el arsenal", Arabic "المدرعات" (armoured vehicles), "العتاد" and "المعدات العسكرية" (materiel) are
    weapons moved, as "armas" and "الأسلحة" are."""
    (claim,) = relocations(analyser, text)
    assert plain(claim.moved) == "weapons and arms deliveries" and plain(claim.destination) == destination, claim


@pytest.mark.parametrize("text, stops", [
    ("US helicopters evacuated Islamic State fighters from Raqqa to Hasakah. A week later the commanders were flown "
     "to Baghdad.", ["raqqa", "al hasakah", "baghdad"]),
    ("Американские вертолёты вывезли боевиков ИГ из Ракки в Хасеке. Позже командиров перебросили в Багдад.",
     ["raqqa", "al hasakah", "baghdad"]),
    ("Американські гелікоптери вивезли бойовиків ІД з Ракки до Хасеке. Пізніше командирів перекинули до "
     "Багдада.", ["raqqa", "al hasakah", "baghdad"]),
])
def test_commanders_stand_for_the_group_named_before(analyser, text, stops):
    """"the commanders", "командиров", "командирів" (also "the leaders", "die Kommandeure", "les chefs") with no
    group of their own are the commanders of the group the article just moved, as a pronoun is; with no move
    before them they move nobody."""
    claims = relocations(analyser, text)
    assert [plain(c.moved) for c in claims] == ["islamic state", "islamic state"], claims
    assert [plain(c.origin) for c in claims[:1]] + [plain(c.destination) for c in claims] == stops, claims
    assert relocations(analyser, "The commanders met in Baghdad on Monday.") == []


@pytest.mark.parametrize("text, stops", [
    ("Американские вертолёты вывезли боевиков ИГ из Ракки в Хасеке. Через неделю их перебросили в Ирак.",
     ["raqqa", "al hasakah", "iraq"]),
    ("Американські гелікоптери вивезли бойовиків ІД з Ракки до Хасеке. Через тиждень їх перекинули до Іраку.",
     ["raqqa", "al hasakah", "iraq"]),
])
def test_a_way_marker_before_a_span_of_time_says_when_not_where(analyser, text, stops):
    """"через неделю", "через тиждень" (a week later), like German "nach einer Woche", "über Nacht", Polish "przez
    kilka dni", English "through the night": the way marker before a span of time marks nothing, so the move after
    it is still told, from where the last one ended."""
    claims = relocations(analyser, text)
    assert [plain(c.origin) for c in claims[:1]] + [plain(c.destination) for c in claims] == stops, claims


@pytest.mark.parametrize("text, destination", [
    ("Американские вертолёты вывезли боевиков ИГ из Ракки в Хасеке. Позже часть расчётов перебросили в Багдад.",
     "baghdad"),
    ("Американські гелікоптери вивезли бойовиків ІД з Ракки до Хасеке. Пізніше частину екіпажів перекинули до "
     "Багдада.", "baghdad"),
    ("US helicopters evacuated Islamic State fighters from Raqqa to Hasakah. Later part of the crews were flown to "
     "Baghdad.", "baghdad"),
    ("Des hélicoptères américains ont évacué des combattants de l'EI de Raqqa vers Hassaké. Ensuite une partie des "
     "équipages a été transférée à Bagdad.", "baghdad"),
])
def test_a_part_of_a_group_no_lexicon_names_stands_for_the_group_named_before(analyser, text, destination):
    """"часть расчётов", "частину екіпажів", "part of the crews", "une partie des équipages" (also "ein Teil der",
    "parte dei", "część tych"): a part of a group named by a word no group lexicon holds is a part of the group the
    article just moved, as "part of them" is; its move goes on from where that group went."""
    claims = relocations(analyser, text)
    assert [plain(c.moved) for c in claims] == ["islamic state", "islamic state"], claims
    assert plain(claims[1].origin) == "al hasakah" and plain(claims[1].destination) == destination, claims


@pytest.mark.parametrize("text, part", [
    ("Turkish lorries carried crates of rifles from Mersin to Tripoli. Part of the cargo was later driven to Sirte.",
     "Part of the cargo"),
    ("L'armée russe a envoyé 300 soldats de Latakia à Bangui. De là, une partie du contingent doit rejoindre Bria.",
     "une partie du contingent"),
    ("Российские военные перебросили технику из Ростова в Донецк. Затем часть техники отправили в Горловку.",
     "часть техники"),
    ("Російські військові перекинули техніку з Ростова до Донецька. Потім частину техніки відправили до Горлівки.",
     "частину техніки"),
    ("US-Hubschrauber haben 200 IS-Kämpfer von Rakka nach Hasaka geflogen. Ein Teil der Männer wurde nach Bagdad "
     "gebracht.", "Ein Teil der Männer"),
])
def test_a_part_of_a_group_is_written_with_the_noun_it_is_a_part_of(analyser, text, part):
    """"part of the cargo", "une partie du contingent", "часть техники", "частину техніки", "ein Teil der Ladung"
    (`partitive` in the frame files): the words for a part open onto the noun of what it is a part of; the moved
    group is written with that noun, not cut at the article or the quantifier, and stands for the group before."""
    claims = relocations(analyser, text)
    assert len(claims) == 2 and claims[1].moved is not None and claims[1].moved.text == part, claims
    assert claims[1].moved.canonical == claims[0].moved.canonical, claims


@pytest.mark.parametrize("text, stops", [
    ("Американские вертолёты вывезли боевиков ИГ из Ракки в Хасеке. Позже группы перебросили в Багдад.",
     ["raqqa", "al hasakah", "baghdad"]),
    ("Американські гелікоптери вивезли бойовиків ІД з Ракки до Хасеке. Пізніше загони перекинули до Багдада.",
     ["raqqa", "al hasakah", "baghdad"]),
    ("US helicopters evacuated Islamic State fighters from Raqqa to Hasakah. Later the cells were flown to Baghdad.",
     ["raqqa", "al hasakah", "baghdad"]),
])
def test_a_word_for_groups_of_people_stands_for_the_group_named_before(analyser, text, stops):
    """"группы", "отряды", "загони", "the cells", "the detachments", "les groupes", "die Gruppen": groups, or bands,
    of the group the article just moved, as "the group" is; with no move before them they move nobody."""
    claims = relocations(analyser, text)
    assert [plain(c.moved) for c in claims] == ["islamic state", "islamic state"], claims
    assert [plain(c.origin) for c in claims[:1]] + [plain(c.destination) for c in claims] == stops, claims
    assert relocations(analyser, "Группы волонтёров работали в Багдаде.") == []


@pytest.mark.parametrize("text, group, origin, destination", [
    ("Die Luftwaffe habe 200 ukrainische Deserteure aus Polen nach Deutschland ausgeflogen.", "ukraine", "poland",
     "germany"),
    ("The Polish air force flew 200 Ukrainian deserters from Rzeszow to Berlin.", "ukraine", "rzeszow", "berlin"),
    ("Польские военные самолёты перевезли 200 украинских дезертиров из Жешува в Берлин.", "ukraine", "rzeszow",
     "berlin"),
])
def test_deserters_are_troops_of_the_state_named_by_their_adjective(analyser, text, group, origin, destination):
    """"ukrainische Deserteure", "Ukrainian deserters", "украинских дезертиров" (also "déserteurs", "disertori",
    "dezerterzy"): deserters are soldiers, so a state's adjective before them names the state whose soldiers moved,
    as "Ukrainian troops" does."""
    claims = relocations(analyser, text)
    assert [(plain(c.moved), plain(c.origin), plain(c.destination)) for c in claims] == [(group, origin, destination)]


@pytest.mark.parametrize("text, destination", [
    ("Польша ввела во Львов два батальона, утверждает канал.", "lviv"),
    ("Польща ввела до Львова два батальйони, стверджує канал.", "lviv"),
])
def test_sending_troops_in_is_a_move(analyser, text, destination):
    """Russian and Ukrainian "ввести" (to send troops in) in every inflection ("ввела", "вводился", "ввести свої
    війська"): a state that sends its troops in moves them."""
    claims = relocations(analyser, text)
    assert [(plain(c.agent), plain(c.moved), plain(c.destination)) for c in claims] == [
        ("poland", "poland", destination)], claims


@pytest.mark.parametrize("text, legs", [
    ("Hundreds of jihadists have been moved from Idlib to Ukraine, the agency says. The fighters were first taken "
     "into Turkey and then flown from Istanbul to Warsaw, the source said.",
     [("idlib", "ukraine"), ("idlib", "turkey"), ("istanbul", "warsaw")]),
    ("Aus der syrischen Provinz Idlib sollen Hunderte Dschihadisten in die Ukraine gebracht worden sein. Die Kämpfer "
     "würden zunächst in die Türkei gebracht und dann per Flugzeug von Istanbul nach Warschau geflogen, so die Quelle.",
     [("idlib governorate", "ukraine"), ("idlib governorate", "turkey"), ("istanbul", "warsaw")]),  # "Provinz Idlib"
])
def test_a_first_leg_with_no_origin_starts_the_route_told_before_though_a_later_leg_has_one(analyser, text, legs):
    """"The fighters were first taken into Turkey and then flown from Istanbul to Warsaw": the first leg has no
    origin of its own, the later one has; "first" tells the route again from where the move just told started, as
    it does when the sentence names no origin at all (and "then", "from there" go on from where it ended)."""
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == legs, claims


@pytest.mark.parametrize("text, legs", [
    ("La France a transféré une compagnie de légionnaires de Nîmes vers la Pologne.", [("nimes", "poland")]),
    ("Frankreich hat eine Kompanie aus Nîmes nach Polen verlegt.", [("nimes", "poland")]),
    ("Франция перебросила роту из Нима в Польшу.", [("nimes", "poland")]),
])
def test_a_company_or_regiment_a_state_moves_is_its_troops(analyser, text, legs):
    """"une compagnie", "eine Kompanie", "роту", "a regiment" (also "полк", "pułk", "reggimento"): units, words for
    troops, so a state that moves one moves its own soldiers."""
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == legs, claims
    assert [plain(c.moved) for c in claims] == ["france"] and [plain(c.agent) for c in claims] == ["france"], claims


@pytest.mark.parametrize("text, destination", [
    ("Боевиков перебросили под Купянск.", "kupyansk"),
    ("Бойовиків перекинули під Купʼянськ.", "kupyansk"),
    ("Боевиков, стоявших под Купянском, перебросили в Изюм.", "izyum"),
    ("Бойовиків, що стояли під Києвом, перекинули до Ізюма.", "izyum"),
    ("Bojowników przerzucono pod Kupiańsk.", "kupyansk"),
])
def test_under_with_the_accusative_is_where_they_went_with_the_instrumental_where_they_were(analyser, text,
                                                                                              destination):
    """Russian "под", Ukrainian "під", Polish "pod" with the accusative ("под Купянск", "під Курськ") say where to,
    the area of a place; with the instrumental ("под Купянском", "під Києвом") where a place lies, no end of the
    move."""
    claims = relocations(analyser, text)
    assert [plain(c.destination) for c in claims] == [destination], claims


@pytest.mark.parametrize("text, legs", [
    ("Die IS-Kämpfer haben Rakka am Montag in Richtung Irak verlassen.", [("raqqa", "iraq")]),
    ("Die Söldner hätten Tripolis vergangene Woche in Richtung Niger verlassen.", [("tripoli", "niger")]),
    ("Die Kämpfer hätten Mali bereits im August verlassen.", [("mali", "")]),
])
def test_a_german_verb_final_leaving_keeps_its_origin_past_a_place_marked_as_where_to(analyser, text, legs):
    """German verb-final "haben Rakka ... in Richtung Irak verlassen": the place before the verb of leaving is where
    they left, though a place with its own marker of where to ("in Richtung Irak") stands between them."""
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == legs, claims


@pytest.mark.parametrize("text", [
    "A coalition spokesman said its aircraft had transported no Daesh members anywhere.",
    "Ein Sprecher der Koalition sagte, man habe keinen einzigen IS-Terroristen irgendwohin transportiert.",
    "Представитель коалиции заявил, что ни одного боевика никуда не вывозили.",
])
def test_a_negated_move_said_to_have_gone_nowhere_is_denied_with_no_place(analyser, text):
    """"had transported no Daesh members anywhere", "keinen einzigen IS-Terroristen
    irgendwohin", "ни одного боевика никуда": a negative quantifier (or "nobody") and "anywhere" deny the move
    outright, so it is a denied claim though it names no place (a bare negated move with no place stays none:
    "anywhere near Belarus" names one)."""
    claims = relocations(analyser, text)
    assert [(c.modality, c.origin, c.destination) for c in claims] == [("denied", None, None)], claims


def test_nobody_moved_after_a_move_told_is_nobody_of_that_group(analyser):
    """"... had been driving migrants from Kandalaksha to Salla. The spokesman said the guards had transported nobody
    anywhere": the denial's "nobody" is nobody of the group the move told before moved."""
    claims = relocations(analyser, "Russian border guards have transported hundreds of migrants from Kandalaksha to "
                                   "Salla, Finland said. The Kremlin said the guards had transported nobody anywhere.")
    assert [(c.modality, plain(c.moved)) for c in claims][-1] == ("denied", "civilians"), claims


@pytest.mark.parametrize("text", [
    "Une cinquantaine de commandos ukrainiens ont été transportés par avion de Chișinău à Port-Soudan.",
    "Fifty Ukrainian commandos were flown from Chisinau to Port Sudan.",
])
def test_commandos_are_troops_of_the_state_named_by_their_adjective(analyser, text):
    """"commandos ukrainiens", "Ukrainian commandos" (also "Kommandosoldaten", "incursori"): commandos are soldiers,
    so the state's adjective names whose soldiers moved."""
    claims = relocations(analyser, text)
    assert [(plain(c.moved), plain(c.destination)) for c in claims] == [("ukraine", "port sudan")], claims


@pytest.mark.parametrize("text, moved, destination", [
    ("Des instructeurs militaires français auraient été envoyés à Erevan.", "france", "yerevan"),
    ("Alcuni istruttori militari francesi sarebbero stati inviati a Erevan.", "france", "yerevan"),
])
def test_troops_named_by_an_adjective_after_them_that_a_verb_sends_somewhere_moved(analyser, text, moved, destination):
    """"instructeurs militaires français ... envoyés à Erevan": a verb that sends them is a move, though "à" also says
    where something is; only a verb that may say where they are stationed ("soldats français déployés au Tchad",
    new list `stationed` in fr, it, pl) leaves them where they are."""
    claims = relocations(analyser, text)
    assert [(plain(c.moved), plain(c.destination)) for c in claims] == [(moved, destination)], claims
    assert relocations(analyser, "Des soldats français étaient déployés au Tchad.") == []


@pytest.mark.parametrize("text, legs", [
    ("Боевиков перевезли из Ракки через Насиб в Ливию.", [("raqqa", "libya")]),
    ("Из Иордании через КПП Насиб в Дамаск прибыли 140 беженцев.", [("jordan", "damascus")]),
    ("Бойовиків перевезли з Ракки через Насиб у Лівію.", [("raqqa", "libya")]),
])
def test_a_marker_whose_case_says_where_to_does_not_give_way_to_an_earlier_one(analyser, text, legs):
    """"через Насиб в Ливию": "в" is also a locative word ("на аэродром в Жешуве": in Rzeszów, governed by the
    marker before it), but the word it governs shows no ending that says "in" (the lexicon's static endings: "в
    Ливии"), so it says where to: Libya is the destination, not a stop of the way marker before it."""
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == legs, claims


def test_a_ukrainian_indeclinable_name_after_v_says_where_a_place_lies(analyser):
    """Ukrainian "в/у" before a name ending in "-е" (indeclinable: "в Хасеке") says "in", as "в Ракці" does (a static
    ending of the lexicon): the prison in Hasakah is where they left, Hasakah no destination."""
    claims = relocations(analyser, "Бойовиків перевели з в'язниці в Хасеке до Ракки.")
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == [("al hasakah", "raqqa")], claims


@pytest.mark.parametrize("text, legs", [
    ("Близько сотні найманців з аеродрому Мачулищі відлетіли до Бамако.", [("machulyshchi", "bamako")]),
    ("Около сотни наёмников улетели из Минска в Бамако.", [("minsk", "bamako")]),
])
def test_flying_away_is_a_departure(analyser, text, legs):
    """Ukrainian "відлетіти", Russian "улететь" (to fly away) in every inflection are departures, as "вилетіти",
    "вылететь" are: the group left from where the sentence says."""
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == legs, claims


@pytest.mark.parametrize("text, agent, origin", [
    ("Ein Video soll zeigen, wie die Bundeswehr Soldaten aus dem litauischen Rukla nach Polen verlegt.", "germany",
     "rukla"),
    ("Der Sender behauptet, die Bundeswehr habe Soldaten aus dem estnischen Tapa nach Polen verlegt.", "germany",
     "tapa"),
])
def test_a_german_army_named_before_the_word_for_troops_moves_them(analyser, text, agent, origin):
    """German writes a state's troops as an adjective or one compound word: "die Bundeswehr Soldaten" is the subject
    and its object, and a town after a state's adjective ("aus dem litauischen Rukla") is where they left."""
    claims = relocations(analyser, text)
    assert claims and plain(claims[0].agent) == agent and plain(claims[0].origin) == origin, claims
    assert claims[0].moved is not None and "Bundeswehr" not in claims[0].moved.text, claims


@pytest.mark.parametrize("text, group, origin, destination", [
    ("NATO-Soldaten wurden per Fähre aus Constanța nach Odessa gebracht.", "nato", "constanta", "odesa"),
    ("NATO troops were ferried from Constanta to Odesa, the channel claimed.", "nato", "constanta", "odesa"),
    ("Panzerhaubitzen wurden von Bremen aus nach Kiew gebracht.", "weapons and arms deliveries", "bremen", "kyiv"),
    ("Mehrere Schützenpanzer wurden aus Rostock nach Danzig verschifft.", "weapons and arms deliveries", "rostock",
     "gdansk"),
])
def test_alliance_troops_and_german_armour_compounds_are_moved_groups(analyser, text, group, origin, destination):
    """An alliance's troops are its own group; German armour is written as compounds; "von Bremen aus nach Kiew":
    the "aus" closing "von ... aus" leaves the "nach" after it its destination marker."""
    claims = relocations(analyser, text)
    assert claims and plain(claims[0].moved) == group, claims
    assert (plain(claims[0].origin), plain(claims[0].destination)) == (origin, destination), claims


@pytest.mark.parametrize("text, destination", [
    ("Un responsable negó que se hubiera enviado a ningún combatiente a territorio sirio.", "syria"),
    ("The ministry said no fighters had been moved onto Syrian territory.", "syria"),
    ("В министерстве заявили, что никаких боевиков на украинскую территорию не перебрасывали.", "ukraine"),
    ("Le ministère a indiqué qu'aucun détenu n'avait été transféré vers le territoire français.", "france"),
])
def test_a_states_territory_named_by_its_adjective_is_the_state(analyser, text, destination):
    assert first_destination(analyser, text) == destination


@pytest.mark.parametrize("text", [
    "Le manovre sono state estese da domenica 7 agosto a lunedì 8 fino alle ore 10 verso Pechino.",
    "Dal 24 Febbraio 2022 è partita per Kiev una nuova epoca.",
    "Od 12 marca do Warszawy trafiło wiele listów.",
    "Il a été transféré à Lyon, sans aucun doute, par la faute des médias.",
])
def test_dates_times_and_manner_words_are_no_moved_group(analyser, text):
    """A number before a month, an hour or "until" counts no group, and "sans aucun doute" denies no move."""
    claims = relocations(analyser, text)
    assert not any(c.moved is not None and c.moved.text.casefold() in ("fino", "febbraio", "marca", "doute")
                   for c in claims), claims


@pytest.mark.parametrize("text, group", [
    ("Из провинции Идлиб на Украину были отправлены около 450 боевиков группировки «Хайят Тахрир аш-Шам».",
     "hayat tahrir al-sham"),
    ("До Бахмута перекинули бойовиків угруповання «Вагнер».", "wagner group"),
])
def test_fighters_of_a_named_group_are_that_group(analyser, text, group):
    """"Fighters of the group «X»" in Russian and Ukrainian name the group by a noun in the genitive: X is moved."""
    claims = relocations(analyser, text)
    assert claims and plain(claims[0].moved) == group, claims


@pytest.mark.parametrize("text, destination", [
    ("Няколкостотин бойци на сирийски джихадистки групировки пристигнали през март в Одеса.", "odesa"),
    ("Според канала бойците били откарани с автобуси до Мерсин.", "mersin"),
    ("По данным канала, боевиков через неделю перебросили в Ливию.", "libya"),
])
def test_bulgarian_fighters_are_a_group_and_a_time_after_via_is_no_stop(analyser, text, destination):
    """Bulgarian "бойци" are fighters of any side (as Russian "бойцы"); "през март", "через неделю" say when."""
    assert first_destination(analyser, text) == destination


@pytest.mark.parametrize("text, origin, destination", [
    ("Група от около 40 наемници заминала през август от София за Варшава, съобщава каналът.", "sofia", "warsaw"),
    ("I combattenti sono partiti da Raqqa per Deir ez-Zor, secondo l'osservatorio.", "raqqa", "deir ez-zor"),
])
def test_left_a_place_for_another_in_bulgarian_and_italian(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert claims and (plain(claims[0].origin), plain(claims[0].destination)) == (origin, destination), claims


@pytest.mark.parametrize("text, destination", [
    ("Според министерството бойците били преместени в лагер в провинция Анбар.", "anbar governorate"),
    ("Според канала наемниците били изпратени в база край Николаев.", "mykolayiv"),
])
def test_a_bulgarian_place_noun_passes_its_marker_to_the_name_after_it(analyser, text, destination):
    """"в лагер в провинция Анбар": a camp, a base, a province after the marker; the name after them is where."""
    assert first_destination(analyser, text) == destination


@pytest.mark.parametrize("text, destination", [
    ("Segundo o canal, supostos combatentes estrangeiros estariam chegando a Kherson.", "kherson"),
    ("Segundo o observatório, os combatentes saíram de Idlib rumo ao Azerbaijão.", "azerbaijan"),
    ("Segundo o jornal, cem mercenários partiram de Lisboa com destino à Roménia.", "romania"),
])
def test_portuguese_arriving_at_and_leaving_for(analyser, text, destination):
    """"chegar a X" (the bare "a" is no marker elsewhere: it is the article of most countries), "rumo ao X",
    "com destino à X"."""
    assert first_destination(analyser, text) == destination


@pytest.mark.parametrize("text, destination", [
    ("Niger's government said on Monday that it had expelled two French diplomats. It denied that any armed group "
     "had entered the country from Libya.", "niger"),
    ("Die Regierung von Niger erklärte, mit den deutschen Flügen seien keine bewaffneten Gruppen ins Land gekommen.",
     "niger"),
    ("Министерство обороны Азербайджана заявило, что никаких иностранных боевиков в страну не ввозилось.",
     "azerbaijan"),
])
def test_a_word_for_the_country_points_back_to_the_country_named_before(analyser, text, destination):
    """"the country", "ins Land", "в страну": the country the article named last, by its name before an adjective."""
    assert first_destination(analyser, text) == destination


@pytest.mark.parametrize("text, destination", [
    ("According to the channel, the fighters were driven to Camp Bondsteel.", "camp bondsteel"),
    ("Selon la chaîne, les combattants ont été conduits à Camp Lemonnier.", "camp lemonnier"),
    ("Według kanału bojowników przewieziono do Camp Bondsteel.", "camp bondsteel"),
])
def test_a_base_named_camp_or_fort_is_one_place(analyser, text, destination):
    """"Camp Bondsteel", "Fort Bragg": the word opens the base's name, which the gazetteer may lack."""
    assert first_destination(analyser, text) == destination


def test_to_after_a_speech_verb_opens_an_infinitive_not_a_destination(analyser):
    """"A video claims to show US planes ...": "to" opens "show", and the US is where the planes are from."""
    claims = relocations(analyser, "A video claims to show US planes unloading Islamic State fighters at Pristina "
                                   "airport.")
    assert claims and all(plain(c.destination) != "united states" and plain(c.origin) != "united states"
                          for c in claims), claims


@pytest.mark.parametrize("text, group", [
    ("Selon le site, deux de ces canons ont depuis été déplacés vers Pavlohrad.", "weapons and arms deliveries"),
    ("Selon el portal, parte del contingente se habría desplazado luego en helicóptero hasta Puerto Argentino.", None),
])
def test_a_participle_after_an_auxiliary_is_the_verb_not_displaced_people(analyser, text, group):
    """"ont été déplacés", "se habría desplazado": the verb of the move, not "les déplacés" (displaced people)."""
    claims = relocations(analyser, text)
    assert all(plain(c.moved) != "civilians" for c in claims), claims
    assert group is None or (claims and plain(claims[0].moved) == group), claims


def test_italian_giunta_is_a_council_or_moreover_not_an_arrival(analyser):
    """"per giunta" (moreover), "la giunta militare" (the junta): no arrival of anyone; "sono giunte" still is."""
    claims = relocations(analyser, "Secondo il canale, nuove armi sono state trasferite a Taiwan dal Giappone. "
                                   "Le manovre per giunta sono state estese a Pechino.")
    assert [plain(c.destination) for c in claims] == ["taiwan"], claims
    claims = relocations(analyser, "Secondo il canale, altre armi sono giunte a Taiwan.")
    assert claims and plain(claims[0].destination) == "taiwan", claims


@pytest.mark.parametrize("text, origin, destination", [
    ("Киев перебросил под Херсон около 300 иностранных наемников, заявили в Минобороны России. По его словам, "
     "подразделение было переведено по железной дороге из Житомира в Николаев.", "zhytomyr", "mykolayiv"),
    ("Kyiv moved some 300 foreign mercenaries to Kherson, the ministry said. The unit had been taken by rail from "
     "Zhytomyr to Mykolaiv.", "zhytomyr", "mykolayiv"),
    ("Kiev a déplacé quelque 300 mercenaires étrangers vers Kherson, selon le ministère. L’unité avait été "
     "transférée de Jytomyr à Mykolaïv.", "zhytomyr", "mykolayiv"),
])
def test_a_unit_of_no_state_stands_for_the_group_just_moved(analyser, text, origin, destination):
    """"The unit", "подразделение", uncounted and owned by no state named, after a move of mercenaries: the
    mercenaries, on a leg of their own."""
    claims = relocations(analyser, text)
    legs = [(plain(c.origin), plain(c.destination), plain(c.moved)) for c in claims]
    assert (origin, destination, "mercenaries and foreign fighters for hire") in legs, legs


def test_a_unit_after_a_move_of_no_group_is_no_claim(analyser):
    """With no group moved before, "the unit" moved by no one named, and only where to, is nobody known: no claim."""
    assert relocations(analyser, "The unit had been taken by rail to Mykolaiv.") == []


@pytest.mark.parametrize("text, origin, destination", [
    ("Two more battalions are to be taken from Korosten to Shostka by the end of the week, the source said.",
     "korosten", "shostka"),
    ("Ещё две роты планируется доставить из Коростеня в Шостку до конца недели, уточнил источник.",
     "korosten", "shostka"),
    ("Zwei weitere Kompanien sollen bis Ende der Woche aus Korosten nach Schostka gebracht werden, sagte die Quelle.",
     "korosten", "shostka"),
    ("Deux autres compagnies doivent être transférées de Korosten à Chostka d’ici la fin de la semaine, selon la "
     "source.", "korosten", "chostka"),
])
def test_troops_of_no_state_moved_from_a_place_to_a_place_are_a_claim(analyser, text, origin, destination):
    """Soldiers no state is named for, and no mover: a move told with where from and where to is a claim all the
    same (the group with no canonical name)."""
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == [(origin, destination)], claims
    assert claims[0].moved is not None and claims[0].moved.canonical is None


@pytest.mark.parametrize("text", [
    "The troops would later return home, the source said.",
    "Troops were sent to Kherson, the source said.",
    "Войска позже вернутся домой, сообщил источник.",
])
def test_troops_of_no_state_with_one_end_or_none_are_no_claim(analyser, text):
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text, origin, destination", [
    ("По данным канала, около 40 дронов доставили из Вознесенска в Измаил.", "voznesensk", "izmayil"),
    ("According to the channel, some 40 drones were taken from Voznesensk to Izmail.", "voznesensk", "izmayil"),
    ("Laut dem Kanal wurden rund 40 Drohnen aus Wosnessensk nach Ismajil gebracht.", "voznesensk", "izmayil"),
])
def test_drones_shipped_are_weapons_moved(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert [(plain(c.moved), plain(c.origin), plain(c.destination)) for c in claims] == [
        ("weapons and arms deliveries", origin, destination)], claims


def test_drones_that_strike_are_no_move(analyser):
    assert relocations(analyser, "Two Russian drones hit Izmail overnight.") == []


@pytest.mark.parametrize("text, group", [
    ("Selon le gouvernement, des drones et des instructeurs ukrainiens auraient été acheminés d’Algérie au Mali.",
     "ukraine"),
    ("According to the government, drones and Ukrainian instructors were flown from Algeria to Mali.", "ukraine"),
    ("Según el gobierno, drones e instructores ucranianos fueron trasladados de Argelia a Malí.", "ukraine"),
])
def test_people_moved_with_weapons_are_the_group(analyser, text, group):
    """"drones and Ukrainian instructors": the people moved with the weapons are the group told."""
    claims = relocations(analyser, text)
    assert claims and plain(claims[0].moved) == group, claims


@pytest.mark.parametrize("text", [
    "Les soldats resteront sur place, alors que plusieurs bases ont été visées par des drones en Syrie.",
    "The soldiers will stay, while several bases in Syria were targeted by drones.",
])
def test_a_group_after_by_acts_and_is_not_moved(analyser, text):
    """"visées par des drones", "targeted by drones": the drones act; no move of them is told."""
    assert all(plain(c.moved) != "weapons and arms deliveries" for c in relocations(analyser, text))


@pytest.mark.parametrize("text", [
    "Russia has moved several hundred convicts from the Urals to Avdiivka, Ukrainian intelligence said.",
    "Russland hat mehrere hundert Sträflinge aus dem Ural nach Awdijiwka verlegt, teilte der ukrainische Geheimdienst "
    "mit.",
    "La Russie a transféré plusieurs centaines de condamnés de l’Oural à Avdiïvka, selon le renseignement ukrainien.",
])
def test_convicts_are_detainees_moved(analyser, text):
    claims = relocations(analyser, text)
    assert [(plain(c.moved), plain(c.destination)) for c in claims] == [("detainees", "avdiyivka")], claims


@pytest.mark.parametrize("text, group", [
    ("Foreign legion units moved to Sumy\n\nThe transfer of Polish mercenaries from Kharkiv to Sumy in early August "
     "was no secret, a source told the paper.", "Polish mercenaries"),
    ("Иностранный легион перебросили в Сумы\n\nПереброска польских наемников из Харькова в Сумы в начале августа не "
     "была секретом, сообщил источник газете.", "польских наемников"),
    ("Fremdenlegion nach Sumy verlegt\n\nDie Verlegung polnischer Söldner aus Charkiw nach Sumy Anfang August war "
     "kein Geheimnis, sagte eine Quelle der Zeitung.", "polnischer Söldner"),
])
def test_an_event_names_its_group_as_the_sentence_that_tells_most(analyser, text, group):
    """The headline's "foreign legion" and the body's "Polish mercenaries" are one move; the event names the group
    as the body's sentence with the route does."""
    claims = relocations(analyser, text)
    assert [c.moved.text for c in claims if c.moved is not None] == [group], claims


@pytest.mark.parametrize("text, destination", [
    ("US helicopters flew dozens of IS commanders out of Hasakah, a local official said. Their final destination, "
     "he added, is the Afghan province of Badghis.", "badghis province"),
    ("Американские вертолёты вывезли десятки командиров ИГ из Хасаки, сообщил местный чиновник. Конечным пунктом, "
     "по его словам, стал афганский Кундуз.", "kunduz"),
    ("US-Hubschrauber haben Dutzende IS-Kommandeure aus Hasaka ausgeflogen, sagte ein örtlicher Beamter. Endziel sei "
     "nach seinen Worten die afghanische Provinz Badghis.", "badghis province"),
])
def test_a_word_for_the_destination_names_where_the_move_went(analyser, text, destination):
    """"Their final destination, he added, is ...", "Конечным пунктом, по его словам, стал ...": the place after the
    word is where the move went, whatever stands between."""
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == [("al hasakah", destination)], claims


@pytest.mark.parametrize("text, origin, destination", [
    ("Наблюдателите твърдят, че през март около двеста бойци са били докарани от Сирия в Бенгази.", "syria",
     "benghazi"),
    ("Според канала бойците са били изведени от Ракка в Идлиб.", "raqqa", "idlib"),
    ("Според публикацията войниците ще бъдат придвижени от Констанца до Бабадаг.", "constanta", "babadag"),
    ("Министерството отрече да е изнасяло оръжие от Сливен за Украйна.", "sliven", "ukraine"),
])
def test_bulgarian_verbs_of_bringing_leading_out_and_exporting_tell_a_move(analyser, text, origin, destination):
    """"докарани" (brought), "изведени" (led out), "придвижени" (moved), "изнасяло" (exported)."""
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == [(origin, destination)], claims


@pytest.mark.parametrize("text", [
    "Низка анонімних телеграм-каналів із посиланням на «джерела у Парижі» поширила інформацію, що Франція нібито "
    "переправила до Одеси близько тисячі найманців із Чаду.",
    "Ряд телеграм-каналов со ссылкой на источники в Париже сообщил, что Франция переправила в Одессу около тысячи "
    "наемников из Чада.",
    "Several Telegram channels, citing sources in Paris, said France had moved about a thousand mercenaries from Chad "
    "to Odesa.",
])
def test_where_the_cited_sources_sit_is_no_end_of_the_move(analyser, text):
    """"із посиланням на «джерела у Парижі»", "citing sources in Paris": Paris hosts who says, it is no stop."""
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == [("chad", "odesa")], claims
    assert claims[0].source is not None


@pytest.mark.parametrize("text, destination", [
    ("Россия перебросила несколько сотен осуждённых с Урала под Авдеевку.", "avdiyivka"),
    ("Россия перебросила несколько сотен осуждённых из Донецка под Авдеевку.", "avdiyivka"),
    ("Росія перекинула кілька сотень засуджених із Донецька під Авдіївку.", "avdiyivka"),
    ("Россия перебросила бойцов из Донецка под Авдеевкой.", ""),
])
def test_under_with_the_accusative_after_an_origin_is_where_to(analyser, text, destination):
    """"с Урала под Авдеевку": "под" with the accusative is to the area of, even right after the origin; "под
    Авдеевкой" (the instrumental) only says where near."""
    claims = relocations(analyser, text)
    assert claims and plain(claims[0].destination) == destination, claims


@pytest.mark.parametrize("text", [
    "Unos 120 combatientes habrían cruzado desde Cúcuta hacia Mérida, según el portal.",
    "Cerca de 120 combatentes teriam cruzado de Cúcuta para Mérida, segundo o portal.",
    "Some 120 fighters crossed from Cúcuta into Mérida, according to the portal.",
])
def test_crossed_is_a_move_in_its_participle_too(analyser, text):
    """"habrían cruzado": the participle the lemma table gives to the noun (a crusader) is the verb's here."""
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == [("cucuta", "merida")], claims


@pytest.mark.parametrize("text, origin, destination", [
    ("Segundo o FSB, do porto polonês de Gdansk as armas seguiriam de navio até Conacri, na Guiné.", "gdansk",
     "conakry"),
    ("Segundo a ONG, parte dos combatentes sírios teria seguido depois de Niamey para Uagadugu.", "niamey",
     "ouagadougou"),
    ("A Armênia afirma que pelo menos 300 combatentes já teriam sido trazidos de volta para a Síria.", "", "syria"),
])
def test_portuguese_went_on_and_brought_tell_a_move(analyser, text, origin, destination):
    """"seguiriam", "teria seguido" (went on), "trazidos" (brought)."""
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == [(origin, destination)], claims


@pytest.mark.parametrize("text", [
    "Russian military police moved from Aleppo to Manbij, where they began patrols along the line with the Turkish "
    "troops, the ministry said.",
    "Российская военная полиция выдвинулась из Алеппо в Манбидж, где начала патрулирование вдоль линии "
    "соприкосновения с турецкими войсками, сообщили в министерстве.",
    "La police militaire russe a quitté Alep pour Manbij, où elle patrouille le long de la ligne de contact avec les "
    "troupes turques, selon le ministère.",
])
def test_a_group_in_a_clause_about_the_place_reached_is_not_moved(analyser, text):
    """"to Manbij, where they patrol the line with the Turkish troops": the Turkish troops are that clause's."""
    claims = relocations(analyser, text)
    assert all(plain(c.moved) != "turkey" for c in claims), claims
    assert all((plain(c.origin), plain(c.destination)) == ("aleppo", "manbij") for c in claims), claims


@pytest.mark.parametrize("text", [
    "Forty IS fighters were flown out of Hasakah in May. Later they were taken from Hasakah to Ain al-Asad in Iraq, "
    "the agency said.",
    "Сорок боевиков ИГ в мае вывезли из Хасаки. Позднее их доставили из Хасаки на базу Эйн-эль-Асад в Ираке, "
    "сообщило агентство.",
    "Quarante combattants de l'EI ont été évacués de Hassaké en mai. Ils ont ensuite été conduits de Hassaké "
    "jusqu'à Aïn al-Assad en Irak, selon l'agence.",
])
def test_an_event_is_not_named_by_a_pronoun_where_a_sentence_names_the_group(analyser, text):
    """The sentence that tells most says "they", "их", "ils": the event keeps the group's name."""
    claims = relocations(analyser, text)
    assert claims and all(c.moved is not None and c.moved.text.casefold() not in ("they", "их", "ils")
                          for c in claims), claims


@pytest.mark.parametrize("text", [
    "Selon Bamako, une vingtaine d'instructeurs ukrainiens spécialisés dans les drones ont été acheminés vers Kidal.",
    "Según la inteligencia mexicana, instructores ucranianos de drones llegaron a Michoacán.",
    "According to Bamako, some twenty Ukrainian instructors trained in drones were flown to Kidal.",
])
def test_weapons_tied_to_people_by_a_preposition_only_qualify_them(analyser, text):
    """"instructeurs ukrainiens spécialisés dans les drones": the instructors moved, not the drones."""
    claims = relocations(analyser, text)
    assert claims and plain(claims[0].moved) == "ukraine", claims


def test_people_who_move_weapons_before_a_verb_final_are_not_the_group(analyser):
    """"polnische Soldaten die Panzer ... gebracht": the soldiers moved the tanks (no preposition ties them)."""
    claims = relocations(analyser, "Dort hätten polnische Soldaten die Panzer auf Tieflader umgeladen und über die "
                                   "Grenze nach Wolodymyr gebracht, schreibt der Kanal.")
    assert claims and plain(claims[0].moved) == "weapons and arms deliveries", claims


@pytest.mark.parametrize("text", [
    "The ministry also claimed that a group of Colombian recruits would be bused from Warsaw to Kyiv in early May.",
    "Das Ministerium behauptete zudem, eine Gruppe kolumbianischer Rekruten solle Anfang Mai per Bus von Warschau "
    "nach Kiew gebracht werden.",
    "Le ministère affirme aussi qu’un groupe de recrues colombiennes serait conduit en bus de Varsovie à Kiev début "
    "mai.",
])
def test_recruits_are_fighters_moved(analyser, text):
    claims = relocations(analyser, text)
    assert [(plain(c.moved), plain(c.origin), plain(c.destination)) for c in claims] == [
        ("militants", "warsaw", "kyiv")], claims


@pytest.mark.parametrize("text, group, count", [
    ("Turkey flew about 2,000 Syrian mercenaries from Afrin to Tripoli, the colonel said.", "syrian mercenaries", 2000),
    ("Die Türkei habe rund 2000 syrische Söldner aus Idlib nach Tripolis geflogen, sagte der Oberst.",
     "syrische söldner", 2000),
    ("Турция перебросила около 2000 сирийских наемников из Африна в Триполи, заявил полковник.",
     "сирийских наемников", 2000),
])
def test_a_states_adjective_before_the_group_is_part_of_its_name_and_the_count_stands_before_it(
        analyser, text, group, count):
    claims = relocations(analyser, text)
    assert [(c.moved.text.casefold(), c.moved.count) for c in claims if c.moved is not None] == [(group, count)], \
        claims


def test_an_agency_named_before_the_group_is_no_adjective_of_it(analyser):
    """"Самолётом МЧС детей доставили": the ministry flew them; it is no part of the group's name."""
    claims = relocations(analyser, "Самолётом МЧС детей доставили из Дамаска в Москву.")
    assert claims and claims[0].moved is not None and claims[0].moved.text == "детей", claims


@pytest.mark.parametrize("text", [
    "The US is moving ISIS fighters out of Syria. About 400 were flown from Hasakah to Iraq on Monday.",
    "EEUU traslada a combatientes del EI fuera de Siria. De ese total, unos 400 fueron trasladados desde Hasaka "
    "hasta Irak.",
    "Die USA verlegen IS-Kämpfer aus Syrien. Rund 400 wurden am Montag von Hasaka in den Irak geflogen.",
    "США перебрасывают боевиков ИГ из Сирии. Около 400 были доставлены из Хасаке в Ирак в понедельник.",
])
def test_a_bare_number_before_the_verb_is_a_part_of_the_group_told_before(analyser, text):
    """"About 400 were flown": no noun after the number, so it counts the group just named, which goes on."""
    legs = [(plain(c.moved), plain(c.origin), plain(c.destination)) for c in relocations(analyser, text)]
    assert any(m == "islamic state" and "asakah" in o and d == "iraq" for m, o, d in legs), legs


def test_a_number_before_a_noun_or_a_year_is_no_bare_count(analyser):
    legs = relocations(analyser, "The US is moving ISIS fighters out of Syria. In 2019, trucks were sent to Iraq.")
    assert all(c.moved is None or "2019" not in c.moved.text for c in legs)
    # after a year's clause, the number that opens the next clause is the count
    text = "The US is moving ISIS fighters out of Syria. In 2019, 400 were flown from Hasakah to Iraq."
    assert any(c.moved is not None and c.moved.count == 400 for c in relocations(analyser, text))


def test_a_bare_numbers_auxiliary_must_be_the_moves(analyser):
    """"About 400 were killed, and ... were flown": the number's verb is another clause's."""
    text = "The US is moving ISIS fighters out of Syria. About 400 were killed, and others were flown to Iraq."
    assert all(c.moved is None or c.moved.count != 400 for c in relocations(analyser, text))


@pytest.mark.parametrize("text, broad, narrow", [
    ("About 150 fighters were taken by bus from Raqqa to Iraq last week, a monitor said. "
     "Most of them were housed in a camp outside Mosul.", "iraq", "mosul"),
    ("Die Soldaten wurden aus Niger nach Tschad verlegt. Dort sind sie in N'Djamena untergebracht.", "chad",
     "ndjamena"),
    ("Около 300 наемников перебросили из Польши в Харьковскую область, сообщило министерство. "
     "Их разместили в Изюме.", "kharkiv oblast", "izyum"),
    ("Les réfugiés ont été évacués d'Alep vers la Turquie. Ils ont été installés dans un camp près de Kilis.",
     "turkey", "kilis"),
    ("Los migrantes fueron trasladados desde Melilla a Marruecos. Allí fueron alojados en Nador.", "morocco", "nador"),
    ("Бойовиків доставили літаками до Лівії. Їх розмістили на авіабазі Мітіга поблизу Триполі.", "libya",
     "mitiga"),
])
def test_where_a_group_was_put_up_after_its_move_is_where_the_move_ended(analyser, text, broad, narrow):
    (event,) = relocations(analyser, text)
    assert plain(event.destination) == narrow
    assert broad in [plain(w) for w in event.destination.within]
    assert len(event.spans) == 2


@pytest.mark.parametrize("text", [
    "About 150 fighters were taken by bus from Raqqa to Iraq last week. No foreign fighters are housed near Mosul.",
    "Около 300 наемников перебросили из Польши в Харьковскую область. Другие подразделения стоят в Изюме.",
    "Die Soldaten wurden aus Niger nach Tschad verlegt. Französische Soldaten sind seit Jahren in Abéché stationiert"
    ", sagte der Minister. Das Wetter in N'Djamena war heiß.",
])
def test_a_place_put_up_in_that_a_denial_or_no_word_of_it_names_does_not_end_the_move(analyser, text):
    (event,) = relocations(analyser, text)[:1]
    assert plain(event.destination) in ("iraq", "kharkiv oblast", "chad"), event.destination


@pytest.mark.parametrize("text, moved", [
    ("La Francia ha mandato 300 legionari da Marsiglia a Odessa. Poi i soldati sarebbero stati diretti a Kherson.",
     "soldati"),
    ("Mosca ha trasferito 200 mercenari da Bengasi a Bamako. In seguito gli istruttori sono stati portati a Gao.",
     "istruttori"),
])
def test_an_italian_auxiliary_standing_for_the_group_keeps_the_word_for_troops_before_it(analyser, text, moved):
    # Italian says "they were" with the auxiliary alone; a word for troops right before it is the group's name
    *_, last = relocations(analyser, text)
    assert last.moved is not None and last.moved.text == moved, last.moved


@pytest.mark.parametrize("text, agent", [
    ("El Instituto Nacional de Migración trasladó a unos 350 migrantes desde Ciudad Juárez hacia Villahermosa.",
     "Instituto Nacional de Migración"),
    ("Die Bundespolizei hat 28 verurteilte Straftäter vom Flughafen Leipzig nach Kabul abgeschoben.", "Bundespolizei"),
    ("The regional government moved 400 displaced families from Mosul to Erbil last week.", "government"),
    ("O governo estadual transferiu 200 presos de Manaus para Porto Velho.", "governo"),
])
def test_a_body_the_lexicon_does_not_name_that_moves_the_group_is_its_agent(analyser, text, agent):
    (claim,) = relocations(analyser, text)
    assert claim.agent is not None and agent in claim.agent.text, claim.agent


@pytest.mark.parametrize("text", [
    "Según la Delegación del Gobierno en Canarias, 90 migrantes fueron trasladados en barco a Tenerife.",
    "According to the ministry, about 300 fighters were moved from Raqqa to Iraq.",
    "Nach Angaben der Bundespolizei wurden 28 Männer von Leipzig nach Kabul gebracht.",
])
def test_the_body_a_move_is_attributed_to_is_its_source_not_its_agent(analyser, text):
    (claim,) = relocations(analyser, text)
    assert claim.source is not None
    assert claim.agent is None or claim.agent.start != claim.source.start, claim.agent


@pytest.mark.parametrize("text, destination", [
    ("Les migrants ont été conduits au port de La Rochelle depuis Calais.", "la rochelle"),
    ("Los migrantes fueron llevados al puerto de Las Palmas desde Arguineguín.", "las palmas"),
    ("I migranti sono stati trasferiti al porto di La Spezia da Lampedusa.", "la spezia"),
    ("Los migrantes fueron llevados al puerto de La Restinga.", "la restinga"),  # a name the gazetteer lacks
])
def test_a_name_that_opens_with_an_article_after_a_locative_noun_is_the_destination(analyser, text, destination):
    assert first_destination(analyser, text) == destination


@pytest.mark.parametrize("text, origin, destination", [
    ("Llegada a Canarias\n\nSalvamento Marítimo desembarcó a 214 migrantes en El Hierro. Según la Delegación del "
     "Gobierno, 90 de ellas fueron trasladadas en barco a Tenerife.", "el hierro", "santa cruz de tenerife"),
    ("Arrivées\n\nLes autorités ont débarqué 214 migrantes à Lampedusa. Selon la préfecture, elles ont ensuite été "
     "transférées à Agrigente.", "lampedusa", "agrigento"),
    ("Chegadas\n\nAs autoridades desembarcaram 214 migrantes em Lampedusa. Segundo a prefeitura, elas foram depois "
     "transferidas para Agrigento.", "lampedusa", "agrigento"),
])
def test_a_feminine_pronoun_for_the_group_goes_on_from_where_it_went(analyser, text, origin, destination):
    *_, last = relocations(analyser, text)
    assert (name(last.origin), name(last.destination)) == (origin, destination)


@pytest.mark.parametrize("text, origin, destination", [
    ("El ministerio trasladó a 50 migrantes desde Tenerife a un centro de acogida de Cartagena.",
     "santa cruz de tenerife", "cartagena"),
    ("O ministério transferiu 50 migrantes de Roraima para um centro de acolhimento de Manaus.", "roraima", "manaus"),
    ("Le ministère a transféré 50 migrants de Calais vers le centre de rétention de Marseille.", "calais", "marseille"),
])
def test_a_place_after_a_noun_of_nouns_is_where_the_destination_marker_before_them_leads(analyser, text, origin,
                                                                                          destination):
    (claim,) = relocations(analyser, text)
    assert (name(claim.origin), name(claim.destination)) == (origin, destination)


@pytest.mark.parametrize("text, place", [
    ("Truppen unterwegs\n\nDie Bundeswehr hat am Wochenende rund 150 Panzergrenadiere aus Munster nach Litauen "
     "verlegt, wie ein Sprecher mitteilte. Die Soldaten bezogen Quartier auf dem Truppenübungsplatz Pabradė.",
     "Pabrad"),
    ("Troops on the move\n\nThe army moved about 150 paratroopers from Rzeszów to Lithuania over the weekend, a "
     "spokesman said. The soldiers were quartered in Pabradė, near the border.", "Pabrad"),
    ("Des troupes en route\n\nL'armée a transféré environ 150 parachutistes de Pau vers la Roumanie ce week-end, "
     "selon un porte-parole. Les soldats ont été installés à Sibiu, dans le centre du pays.", "Sibiu"),
])
def test_a_word_for_troops_put_up_where_the_move_went_narrows_its_end(analyser, text, place):
    """"Die Soldaten bezogen Quartier ...": the troops just moved, named by a word for troops no entity names, are
    the group put up; the move ends at that narrower place."""
    claims = relocations(analyser, text)
    assert any(c.destination is not None and place in (c.destination.canonical or "") for c in claims), claims


@pytest.mark.parametrize("text, place", [
    ("Guns on the move\n\nThe army moved 30 howitzers from Yerevan to the Syunik region last week, a portal said. "
     "The guns were unloaded at a depot in Goris, the portal said.", "goris"),
    ("Наёмники в Белоруссии\n\nОколо 300 наёмников перебросили из Минска в Брестскую область, сообщил канал. Их "
     "разместили в казармах в Барановичах.", "baranovichi"),
    ("Najemnicy na Białorusi\n\nOkoło 100 najemników przerzucono z Mińska do obwodu brzeskiego, twierdzi kanał. "
     "Według kanału najemnicy zostali zakwaterowani w koszarach w Baranowiczach.", "baranovichi"),
    ("Найманці в Білорусі\n\nБлизько 300 найманців перекинули з Мінська до Брестської області, повідомив канал. Їх "
     "розмістили в казармах у Барановичах.", "baranovichi"),
])
def test_a_town_of_the_first_level_region_moved_to_narrows_the_move_where_they_were_put_up(analyser, text, place):
    """The gazetteer knows which province or oblast each town lies in: the move to the region ends in the town."""
    claims = relocations(analyser, text)
    assert [plain(c.destination) for c in claims] == [place], claims


@pytest.mark.parametrize("text, batch", [
    ("Fighters shipped south\n\nDozens of IS militants were shipped from Bosaso to Cabo Delgado province in July, "
     "the paper said. Another group was taken inland to Montepuez in trucks.", "montepuez"),
    ("Des combattants déplacés\n\nDes dizaines de combattants de l'EI ont été transférés de Bosaso vers la province "
     "du Cabo Delgado en juillet. Un autre groupe a été emmené à Montepuez en camions.", "montepuez"),
    ("Kämpfer verlegt\n\nDutzende IS-Kämpfer wurden im Juli von Bosaso in die Provinz Cabo Delgado gebracht, "
     "berichtete die Zeitung. Eine weitere Gruppe wurde mit Lastwagen nach Pemba gebracht.", "pemba"),
])
def test_another_batch_taken_into_the_region_is_a_move_of_its_own(analyser, text, batch):
    """"Another group was taken to ...": a second batch whose end lies in the first one's region is not where
    the first batch went: two claims, the first still ending at the region."""
    claims = relocations(analyser, text)
    assert len(claims) == 2 and plain(claims[1].destination) == batch, claims
    assert "cabo delgado" in plain(claims[0].destination), claims


@pytest.mark.parametrize("text", [
    "США перебросили 200 боевиков ИГИЛ из Сирии на Крит. С острова их перевезли в Ливию.",
    "Die USA flogen 200 IS-Kämpfer aus Syrien nach Kreta. Von der Insel wurden sie nach Libyen gebracht.",
    "Les États-Unis ont transféré 200 combattants de Daech de Syrie en Crète. De l'île, ils ont été emmenés en Libye.",
])
def test_the_island_a_move_went_to_is_where_the_next_leg_starts(analyser, text):
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination), c.destination.country) for c in claims] == [
        ("syria", "crete", "Greece"), ("crete", "libya", "Libya")], claims


@pytest.mark.parametrize("text, noun, place", [
    ("Близько 400 бійців прибули до табору поблизу Осиповичів. Міністерство оборони заявило, що бійці не залишали "
     "табору.", "табору", "osipovichi"),
    ("Около 400 бойцов прибыли в лагерь вблизи Осиповичей. Министерство обороны заявило, что ни один боец не покидал "
     "лагеря.", "лагеря", "osipovichi"),
    ("Cerca de 400 migrantes fueron llevados a un campamento cerca de Tapachula. El martes 200 de ellos fueron "
     "trasladados desde el campamento hasta Oaxaca.", "campamento", "tapachula"),
    ("Około 400 żołnierzy przybyło do obozu w pobliżu Hajnówki. We wtorek część z nich przewieziono z obozu do "
     "Rzeszowa.", "obozu", "hajnowka"),
])
def test_a_place_noun_named_near_a_town_points_back_to_that_town(analyser, text, noun, place):
    """"A camp near Asipovichy ... left the camp": a word of nearness, however long ("поблизу", "cerca de", "w
    pobliżu"), between a noun for a kind of place and a town says where that place lies, so the noun said again
    later is where the move started."""
    last = relocations(analyser, text)[-1]
    assert last.origin is not None and (last.origin.text, plain(last.origin)) == (noun, place), last


@pytest.mark.parametrize("text, noun", [
    ("Un aereo ha portato 200 soldati all'aeroporto di Brindisi. Dallo scalo i soldati sono stati trasferiti in "
     "pullman a Taranto.", "scalo"),
    ("A plane carrying 200 soldiers landed at the airport of Brindisi. From the airfield the soldiers were bussed to "
     "Taranto.", "airfield"),
    ("Самолёт доставил 200 военных в аэропорт Бриндизи. С аэродрома военных перевезли автобусами в Таранто.",
     "аэродрома"),
    ("Ein Flugzeug brachte 200 Soldaten zum Flughafen Brindisi. Vom Flugplatz wurden die Soldaten mit Bussen nach "
     "Tarent gebracht.", "Flugplatz"),
])
def test_another_word_for_an_airport_points_back_to_the_airport_named_before(analyser, text, noun):
    """"The airport of Brindisi ... from the airfield": the nouns for an airport ("aeroporto" and "scalo", "аэропорт"
    and "аэродром") are one kind of place, so any of them points back to a place named with another."""
    last = relocations(analyser, text)[-1]
    assert last.origin is not None and (last.origin.text, plain(last.origin), plain(last.destination)) == (
        noun, "brindisi", "taranto"), last


@pytest.mark.parametrize("text", [
    "The US moved 200 IS fighters from Syria to Kandahar province. The plane landed near Kandahar.",
    # the city first, the province after: still one move, narrowed
    "The plane with the IS fighters landed near Kandahar. Last week the US flew 200 IS fighters from Syria to "
    "Kandahar province.",
    # across two paragraphs
    "Letzte Woche haben die USA 200 IS-Kämpfer aus Syrien in die Provinz Kandahar geflogen. Der Flug startete in der "
    "Nacht.\n\nDas Flugzeug landete bei Kandahar.",
])
def test_the_seat_of_a_province_a_move_went_to_narrows_it_and_is_no_move_of_its_own(analyser, text):
    """A province sits where its seat is: the seat named after (or before) the move into the province is where in it
    they went, not a place that holds the province."""
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == [("syria", "kandahar")], claims


@pytest.mark.parametrize("text, first, second", [
    ("Posts claim that German tanks were shipped from Plattling to Ukraine. An earlier version of the same rumour "
     "claimed that German tanks had been taken to Lviv.", "ukraine", "lviv"),
    ("Ein Beitrag behauptet, deutsche Panzer seien von Plattling in die Ukraine gebracht worden. Eine frühere Fassung "
     "desselben Gerüchts behauptete, die Panzer seien nach Lwiw gebracht worden.", "ukraine", "lviv"),
    ("Une publication affirme que la France a envoyé des soldats à Odessa. Une version antérieure de la rumeur "
     "affirmait que des soldats français avaient été déployés à Kharkiv.", "odesa", "kharkiv"),
    ("Wpis twierdzi, że Polska przerzuciła żołnierzy do Lwowa. Wcześniejsza wersja tej samej plotki mówiła, że "
     "żołnierze zostali przerzuceni do Łucka.", "lviv", "lutsk"),
    ("Публикация твърди, че САЩ са прехвърлили войници в Бургас. По-ранна версия на слуха твърдеше, че войниците "
     "са прехвърлени във Варна.", "burgas", "varna"),
])
def test_another_version_of_a_debunked_story_is_a_denied_move_of_its_own(analyser, text, first, second):
    """ "An earlier version of the rumour said ...": the variant retells a move the article debunks, another one
    than the version told before it, even where its place lies within that version's."""
    claims = relocations(analyser, text)
    assert [plain(c.destination) for c in claims] == [first, second]
    assert claims[1].modality == "denied"
    assert claims[0].modality != "denied"


@pytest.mark.parametrize("text, origin, destination, region", [
    ("Russian troops were moved from Pskov to Bryansk Oblast last week. From Bryansk Oblast the soldiers were taken on "
     "by train to Klintsy.", "pskov", "klintsy", "bryansk oblast"),
    ("Russian troops were moved from Pskov to Bryansk Oblast and from Bryansk Oblast on to Klintsy.",
     "pskov", "klintsy", "bryansk oblast"),
    ("Российских военных перебросили из Пскова в Брянскую область. Из Брянской области военных затем перевезли "
     "эшелонами в Клинцы.", "pskov", "klintsy", "bryansk oblast"),
    ("Російських військових перекинули з Пскова до Брянської області. З Брянської області військових потім "
     "перевезли ешелонами до Клинців.", "pskov", "klintsy", "bryansk oblast"),
    ("Russische Soldaten wurden von Pskow in die Oblast Brjansk verlegt. Aus der Oblast Brjansk wurden die Soldaten "
     "dann mit Zügen nach Klinzy gebracht.", "pskov", "klintsy", "bryansk oblast"),
    ("Les combattants ont été transférés de Kaboul vers la province de Parwan. De la province de Parwan, les "
     "combattants ont ensuite été conduits à Jabal Saraj.", "kabul", "jabal os saraj", "parwan province"),
    ("Los combatientes fueron trasladados de Kabul a la provincia de Parwan. Desde la provincia de Parwan, los "
     "combatientes fueron llevados después a Jabal Saraj.", "kabul", "jabal os saraj", "parwan province"),
    ("I combattenti sono stati trasferiti da Idlib in Turchia. Dalla Turchia i combattenti sono stati poi portati a "
     "Gaziantep.", "idlib", "gaziantep", "turkey"),
    ("Bojowników przerzucono z Idlibu do Turcji. Z Turcji bojowników przewieziono następnie autobusami do "
     "Gaziantepu.", "idlib", "gaziantep", "turkey"),
])
def test_a_leg_from_a_region_to_a_town_in_it_narrows_where_the_move_ended(analyser, text, origin, destination,
                                                                         region):
    """"To Bryansk Oblast", then "from Bryansk Oblast to Klintsy": one move that ended in Klintsy, within the
    oblast, and no second leg (a city is no such region: "to Gaziantep, then from Gaziantep to Tripoli" stays two)."""
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == [(origin, destination)], claims
    assert [name(w) for w in claims[0].destination.within] == [region]
    assert len(claims[0].mentions) == 2


@pytest.mark.parametrize("text", [
    "Turkey sent Syrian mercenaries to Azerbaijan in September, the report says. The fighting went on for six weeks. "
    "Prices of bread rose sharply in the capital. Diplomats met in Geneva on Tuesday. The talks ended without any "
    "agreement. The mercenaries were later taken to Horadiz.",
    "Турция отправила сирийских наемников в Азербайджан в сентябре. Бои продолжались шесть недель. Цены на хлеб в "
    "столице резко выросли. Дипломаты встретились в Женеве во вторник. Переговоры закончились ничем. Позже наемников "
    "перевезли в Горадиз.",
    "Die Türkei hat syrische Söldner im September nach Aserbaidschan geschickt. Die Kämpfe dauerten sechs Wochen. "
    "Die Brotpreise in der Hauptstadt stiegen stark. Diplomaten trafen sich am Dienstag in Genf. Die Gespräche "
    "endeten ohne Ergebnis. Die Söldner wurden später nach Horadiz gebracht.",
    "La Turquie a envoyé des mercenaires syriens en Azerbaïdjan en septembre. Les combats ont duré six semaines. Le "
    "prix du pain a fortement augmenté dans la capitale. Des diplomates se sont réunis à Genève mardi. Les pourparlers "
    "se sont terminés sans accord. Les mercenaires ont ensuite été transférés à Horadiz.",
    "Turcja wysłała syryjskich najemników do Azerbejdżanu we wrześniu. Walki trwały sześć tygodni. Ceny chleba w "
    "stolicy mocno wzrosły. Dyplomaci spotkali się we wtorek w Genewie. Rozmowy zakończyły się bez porozumienia. "
    "Najemników przewieziono później do Horadizu.",
])
def test_a_place_inside_the_destination_told_far_later_is_a_move_of_its_own(analyser, text):
    """"Sent to Azerbaijan", then five sentences on "taken to Horadiz": a later move of the group, two claims (told
    within three sentences it narrows the first, see test_a_destination_is_refined_by_a_later_sentence)."""
    claims = relocations(analyser, text)
    assert [plain(c.destination) for c in claims] == ["azerbaijan", "horadiz"], claims


@pytest.mark.parametrize("text, first, second", [
    ("Publicaciones afirman que España envió soldados a Odesa. Un rumor similar aseguraba que soldados españoles "
     "habían sido enviados a Kiev.", "odesa", "kyiv"),
    ("Publicações afirmam que Portugal enviou soldados para Odessa. Um rumor semelhante dizia que soldados "
     "portugueses tinham sido enviados para Kiev.", "odesa", "kyiv"),
    ("Alcuni post sostengono che l'Italia ha inviato soldati a Odessa. Una voce simile diceva che soldati italiani "
     "erano stati inviati a Kiev.", "odesa", "kyiv"),
    ("Ein Beitrag behauptet, Deutschland habe Soldaten nach Odessa geschickt. Das gleiche Gerücht besagte früher, "
     "deutsche Soldaten seien nach Kiew geschickt worden.", "odesa", "kyiv"),
    ("Публикации утверждают, что Франция перебросила солдат в Одессу. Аналогичный слух утверждал, что французских "
     "солдат перебросили в Харьков.", "odesa", "kharkiv"),
    ("Публікації стверджують, що Франція перекинула солдатів до Одеси. Аналогічна чутка стверджувала, що "
     "французьких солдатів перекинули до Харкова.", "odesa", "kharkiv"),
])
def test_a_similar_rumour_retold_is_another_denied_version_of_the_story(analyser, text, first, second):
    """"un rumor similar", "una voce simile", "das gleiche Gerücht", "аналогичный слух": words for another version of
    the story debunked, a denied move of its own."""
    claims = relocations(analyser, text)
    assert [plain(c.destination) for c in claims] == [first, second]
    assert claims[1].modality == "denied"
    assert claims[0].modality != "denied"


@pytest.mark.parametrize("text, country, town", [
    ("Перекидання морпіхів\n\nРосія перекинула до Запорізької області два батальйони морської піхоти, повідомив "
     "Генштаб. Підрозділи розмістили в Токмаку.", "Ukraine", "Tokmak"),
    ("Переброска морпехов\n\nРоссия перебросила в Запорожскую область два батальона морской пехоты, сообщил канал. "
     "Подразделения разместили в Токмаке.", "Ukraine", "Tokmak"),
    ("Przerzut piechoty morskiej\n\nRosja przerzuciła do obwodu zaporoskiego dwa bataliony piechoty morskiej, "
     "podał sztab. Pododdziały zakwaterowano w Tokmaku.", "Ukraine", "Tokmak"),
])
def test_a_town_where_a_group_was_put_is_read_in_the_country_it_was_moved_to(analyser, text, country, town):
    """A town's name the gazetteer also gives a likelier place abroad (Tokmok, Kyrgyzstan) is, where the group
    just moved was put, the town of that name in the country moved to."""
    claims = relocations(analyser, text)
    assert [(c.destination.country, c.destination.canonical) for c in claims] == [(country, town)], claims


@pytest.mark.parametrize("text, town", [
    ("Перекидання найманців\n\nДо Харківської області минулого тижня перекинули понад тисячу найманців, заявило "
     "відомство. Найманців, за його версією, розмістили в районі Вовчанська.", "vovchansk"),
    ("Переброска наемников\n\nВ Харьковскую область на прошлой неделе перебросили более тысячи наемников, заявило "
     "ведомство. Наемников, по его версии, разместили в районе Волчанска.", "vovchansk"),
    ("Przerzut najemników\n\nDo obwodu charkowskiego w zeszłym tygodniu przerzucono ponad tysiąc najemników, "
     "podał resort. Najemników zakwaterowano w rejonie Kupiańska.", "kupyansk"),
    ("Mercenaries moved\n\nMore than a thousand mercenaries were moved to Kharkiv Oblast last week, the ministry "
     "said. The mercenaries were quartered in the area of Vovchansk.", "vovchansk"),
])
def test_a_group_put_in_the_area_of_a_town_ends_its_move_there(analyser, text, town):
    """"в районі Вовчанська", "в районе Волчанска", "w rejonie Kupiańska", "in the area of": an area noun in the
    locative case between the preposition and the town (in its genitive) still marks the town as where the group
    just moved was put, and it refines the region moved to."""
    claims = relocations(analyser, text)
    assert [plain(c.destination) for c in claims] == [town], claims
    assert [plain(w) for w in claims[0].destination.within] == ["kharkiv oblast"]


@pytest.mark.parametrize("text", [
    ("Mercenaires transférés\n\nLa Russie a transféré 500 mercenaires en Ukraine, selon le ministère. "
     "Les mercenaires ont été logés aux abords de Tokmak."),
    ("Mercenarios trasladados\n\nRusia trasladó a 500 mercenarios a Ucrania, según el ministerio. "
     "Los mercenarios fueron alojados a las afueras de Tokmak."),
    ("Mercenari trasferiti\n\nLa Russia ha trasferito 500 mercenari in Ucraina, secondo il ministero. "
     "I mercenari sono stati alloggiati alle porte di Tokmak."),
    ("Mercenários transferidos\n\nA Rússia transferiu 500 mercenários para a Ucrânia, segundo o ministério. "
     "Os mercenários foram alojados nos arredores de Tokmak."),
])
def test_a_group_put_near_a_town_ends_its_move_at_that_town(analyser, text):
    """"aux abords de", "a las afueras de", "alle porte di", "nos arredores de": a word of nearness (``near``) marks
    the name after it as a place, as a locative word does, so where the group just moved was put refines the
    country moved to."""
    claims = relocations(analyser, text)
    assert [plain(c.destination) for c in claims] == ["tokmak"], claims
    assert [plain(w) for w in claims[0].destination.within] == ["ukraine"]


@pytest.mark.parametrize("text, town, broad", [
    ("Troops to Estonia\n\nBritain flew 300 soldiers to Estonia last week, the ministry said. "
     "The soldiers were quartered in Varnakylo, near the border.", "Varnakylo", "estonia"),
    ("Militares na Roménia\n\nPortugal enviou 200 militares para a Roménia, segundo o ministério. "
     "Os militares foram instalados em Dolvareni, junto à fronteira.", "Dolvareni", "romania"),
    ("Soldaten nach Litauen\n\nDie Bundeswehr verlegte 300 Soldaten nach Litauen, teilte das Ministerium mit. "
     "Die Soldaten wurden in Dravlenai untergebracht.", "Dravlenai", "lithuania"),
    ("Переброска наемников\n\nРоссия перебросила 500 наемников в Запорожскую область, сообщил канал. "
     "Наемников разместили в Малозерновке.", "Малозерновке", "zaporizhzhia oblast"),
])
def test_a_town_the_gazetteer_lacks_where_the_group_was_put_refines_the_destination(analyser, text, town, broad):
    """A name the gazetteer lacks, where the group just moved was put ("quartered in", "instalados em",
    "untergebracht", "разместили"), is taken to lie in the place it was moved to: the move ends there, with the
    place moved to as its broader name."""
    claims = relocations(analyser, text)
    assert [c.destination.text for c in claims] == [town], claims
    assert [plain(w) for w in claims[0].destination.within] == [broad]


@pytest.mark.parametrize("text, destination", [
    ("Troops to Estonia\n\nBritain flew 300 soldiers to Estonia last week, the ministry said. "
     "American marines have been quartered in Varnakylo for years.", "estonia"),
    ("Militares na Roménia\n\nPortugal enviou 200 militares para a Roménia, segundo o ministério. "
     "Há anos que militares americanos estão instalados em Dolvareni.", "romania"),
])
def test_a_town_the_gazetteer_lacks_where_another_group_is_put_refines_nothing(analyser, text, destination):
    claims = relocations(analyser, text)
    assert [plain(c.destination) for c in claims] == [destination], claims


@pytest.mark.parametrize("text, town, broad", [
    ("Troops to Estonia\n\nBritain flew 300 soldiers to Estonia last week, the ministry said. "
     "The aircraft touched down near Varnakylo at night.", "Varnakylo", "estonia"),
    ("Soldats en Roumanie\n\nLa France a transporté 300 soldats en Roumanie, selon le ministère. "
     "Les avions ont atterri près de Dolvareni dans la nuit.", "Dolvareni", "romania"),
    ("Soldati in Lituania\n\nL'Italia ha trasferito 300 soldati in Lituania, secondo il ministero. "
     "Gli aerei sono atterrati vicino a Dravlenai nella notte.", "Dravlenai", "lithuania"),
])
def test_an_arrival_at_a_town_the_gazetteer_lacks_refines_the_move_just_told(analyser, text, town, broad):
    """The aircraft of the move just told landed at a name the gazetteer lacks ("touched down near", "ont atterri près
    de", "sono atterrati vicino a"): it lies in the place moved to, and the one event ends there."""
    claims = relocations(analyser, text)
    assert [c.destination.text for c in claims] == [town], claims
    assert [plain(w) for w in claims[0].destination.within] == [broad]


@pytest.mark.parametrize("text, place", [
    ("Колонна уходит в Чад\n\nКолонна французских военных направилась в Чад, сообщил канал. Конечным пунктом "
     "маршрута станет столица Нджамена.", "ndjamena"),
    ("Колона йде до Чаду\n\nКолона французьких військових вирушила до Чаду, повідомив канал. Кінцевим пунктом "
     "маршруту стане Нджамена.", "ndjamena"),
    ("Kolumna jedzie do Czadu\n\nKolumna francuskich żołnierzy wyruszyła do Czadu, podał kanał. Miejscem docelowym "
     "ma być Ndżamena.", "ndjamena"),
])
def test_a_final_destination_named_in_a_sentence_of_its_own_narrows_the_move(analyser, text, place):
    """"... set off for Chad. The final destination will be N'Djamena": a sentence with no move that names where
    the move ends, a place inside the end just told, is the same move's narrower end."""
    claims = relocations(analyser, text)
    assert [plain(c.destination) for c in claims] == [place], claims


@pytest.mark.parametrize("text, place", [
    ("Guerrilleros en Venezuela\n\nUnos 80 guerrilleros cruzaron hacia Venezuela, según el diario. Los insurgentes "
     "se habrían instalado en campamentos cercanos a Guasdualito.", "guasdualito"),
    ("Militares na Moldávia\n\nCerca de 120 militares portugueses foram enviados para a Moldávia, segundo o canal. "
     "O destacamento estaria agora posicionado em Cahul.", "cahul"),
    ("Soldados en Moldavia\n\nUnos 120 soldados españoles fueron enviados a Moldavia, según el canal. El "
     "contingente estaría posicionado en Cahul.", "cahul"),
])
def test_a_group_installed_or_positioned_somewhere_narrows_the_move_just_told(analyser, text, place):
    """"se habrían instalado en ...", "estaria posicionado em ...": a single group put somewhere (a participle in
    the singular after a reflexive or a word for a unit) says where the move ended."""
    claims = relocations(analyser, text)
    assert [plain(c.destination) for c in claims] == [place], claims


@pytest.mark.parametrize("text, first_end, broad", [
    ("Наемники в Азербайджане\n\nОколо 1500 сирийских наемников были переброшены из Африна в Турцию, утверждает "
     "издание. По данным издания, их собрали в лагере под Газиантепом, а оттуда самолётами отправили в Азербайджан.",
     "gaziantep", "turkey"),
    ("Mercenaries for Azerbaijan\n\nAbout 1,500 Syrian mercenaries were moved from Afrin to Turkey, the weekly "
     "claims. According to the weekly, they were gathered in a camp near Gaziantep and from there flown to "
     "Azerbaijan.", "gaziantep", "turkey"),
    ("Des armes pour la Libye\n\nLa Russie a transféré de Tartous vers la Libye plusieurs systèmes de défense "
     "antiaérienne, affirme la chaîne. Selon la chaîne, les cargos ont accosté à Tobrouk, d'où les batteries ont été "
     "acheminées vers la base aérienne d'Al-Khadim.", "tobruk", "libya"),
])
def test_a_move_to_a_country_ends_where_the_groups_next_leg_starts_inside_it(analyser, text, first_end, broad):
    """"... to Turkey. They were gathered near Gaziantep and flown on to Azerbaijan": the first move arrived where
    the next one starts, inside the country it went to; the two are a chain through that town."""
    claims = relocations(analyser, text)
    assert len(claims) == 2, claims
    first, second = claims
    assert plain(first.destination) == first_end and [plain(w) for w in first.destination.within] == [broad]
    assert plain(second.origin) == first_end and first.event == second.event


@pytest.mark.parametrize("text, town", [
    ("Truppen auf die Krim\n\nRussland hat rund 2000 Fallschirmjäger aus Pskow auf die Krim verlegt, meldet ein "
     "Kanal. Die Soldaten wurden in Dschankoj einquartiert.", "dzhankoy"),
    ("Войска в Крым\n\nРоссия перебросила около 2000 десантников из Пскова в Крым, сообщает канал. Военных "
     "разместили в Джанкое.", "dzhankoy"),
    ("Troops to Crimea\n\nRussia moved about 2,000 paratroopers from Pskov to Crimea, a channel reported. The "
     "soldiers were quartered in Dzhankoy.", "dzhankoy"),
    ("Truppe in Piemonte\n\nL'esercito ha trasferito circa 300 alpini da Bolzano in Piemonte, riferisce il canale. "
     "Gli alpini sono stati alloggiati a Settimo Torinese.", "settimo torinese"),
])
def test_a_region_named_without_a_division_word_holds_its_towns(analyser, text, town):
    """Crimea, Piedmont, Lower Saxony are first-level divisions though their names carry no word for one: a town
    of theirs where the group was put narrows the move to them."""
    claims = relocations(analyser, text)
    assert [plain(c.destination) for c in claims] == [town], claims


@pytest.mark.parametrize("text, group, destination", [
    ("The coalition flew 60 IS fighters from Hasakah to Erbil. A smaller part went on by road to Mosul the next day.",
     "islamic state", "mosul"),
    ("Turquía trasladó a 200 combatientes sirios de Afrín a Trípoli. Una parte fue enviada luego a Misrata.",
     "militants", "misratah"),
    ("Росія перекинула 300 найманців з Латакії до Бенгазі. Ще близько сотні вирушили згодом до Бамако.",
     "mercenaries and foreign fighters for hire", "bamako"),
    ("La Turchia ha trasferito 200 combattenti siriani da Afrin a Tripoli. Una parte è stata poi mandata a Misurata.",
     "militants", "misratah"),
])
def test_a_move_naming_its_group_by_no_known_word_moves_the_group_just_told(analyser, text, group, destination):
    """A part or a number of the group ("a smaller part", "una parte", "ще близько сотні"), or no subject at all: the
    group of the move told just before, and the claim goes where the sentence says."""
    *_, last = relocations(analyser, text)
    assert (plain(last.moved), plain(last.destination)) == (group, destination), last


@pytest.mark.parametrize("text", [
    "Russia moved 300 Wagner fighters from Latakia to Benghazi. The minister flew to Moscow on Tuesday.",
    "Turquía trasladó a 200 combatientes sirios de Afrín a Trípoli. Erdogan viajó el martes a Moscú.",
    "Die USA haben 50 IS-Kämpfer aus Hasaka nach Erbil geflogen. Der Minister reiste am Dienstag nach Bagdad.",
])
def test_a_person_who_goes_is_not_the_group_told_before(analyser, text):
    assert [plain(c.destination) for c in relocations(analyser, text)][1:] == [], relocations(analyser, text)


@pytest.mark.parametrize("text", [
    "The coalition flew 60 IS fighters from Hasakah to Erbil. A smaller part left Erbil the next day.",
    "Turquía trasladó a 200 combatientes sirios de Afrín a Trípoli. Una parte salió de Trípoli el lunes.",
    "Россия перебросила 300 вагнеровцев из Латакии в Бенгази. Ещё около сотни покинули Бенгази позже.",
])
def test_a_group_not_named_again_goes_on_only_where_the_sentence_says_it_went(analyser, text):
    """With no word for the group, a sentence that says only where from tells no move of it (ordinary news leaves
    places all the time)."""
    assert len(relocations(analyser, text)) == 1, relocations(analyser, text)


@pytest.mark.parametrize("text, there", [
    ("На прошлой неделе 200 бойцов перевезли из Минска в Заболотье. Оттуда их перебросили в Брест.", "zabolote"),
    ("Минулого тижня 200 бійців перевезли з Мінська до Заболоття. Звідти їх перекинули до Бреста.", "zabolottya"),
    ("Миналата седмица 200 бойци бяха прехвърлени от Минск в Заблотие. Оттам ги изпратиха в Брест.", "zablotie"),
])
def test_a_cyrillic_town_the_gazetteer_lacks_is_named_in_latin_letters_where_from_there_points(analyser, text,
                                                                                                 there):
    claims = relocations(analyser, text)
    onward = [c for c in claims if name(c.destination) == "brest"]
    assert [name(c.origin) for c in onward] == [there]
    # the text as written (the from-there word that tells it in its sentence), the canonical name romanised
    assert onward[0].origin.text in ("Оттуда", "Звідти", "Оттам")


@pytest.mark.parametrize("text", [
    "Бойцов разместили в лагере под Барановичами. Оттуда их перебросили в Брест.",
    "200 бійців перевезли до табору під Барановичами. Звідти їх перекинули до Бреста.",
])
def test_from_there_points_to_a_plural_town_named_in_the_instrumental(analyser, text):
    onward = [c for c in relocations(analyser, text) if name(c.destination) == "brest"]
    assert [name(c.origin) for c in onward] == ["baranovichi"]


@pytest.mark.parametrize("text, words, there", [
    ("Last week 200 fighters were flown from Minsk to Brest. From there they were driven to Pinsk.", "From there",
     "brest"),
    ("Letzte Woche wurden 200 Kämpfer von Minsk nach Brest geflogen. Von dort wurden sie nach Pinsk gefahren.",
     "Von dort", "brest"),
    ("На прошлой неделе 200 бойцов перевезли из Минска в Брест. Оттуда их перебросили в Пинск.", "Оттуда", "brest"),
    ("La semana pasada 200 combatientes fueron trasladados de Minsk a Brest. Desde allí fueron llevados a Pinsk.",
     "Desde allí", "brest"),
])
def test_the_origin_a_from_there_word_tells_is_that_word_in_its_own_sentence(analyser, text, words, there):
    """"... to Brest. From there they were driven to Pinsk": the next leg's origin is told by the from-there word, an
    anaphor of its own sentence (its span, inside the claim's evidence), standing for the last stop (its name)."""
    onward = [c for c in relocations(analyser, text) if c.evidence.start > 0 and c.origin is not None]
    assert [(c.origin.text, name(c.origin)) for c in onward] == [(words, there)]
    assert onward[0].evidence.start <= onward[0].origin.start < onward[0].evidence.end
    # the stop as the sentence before wrote it is the first name the place was given
    (first, *_) = onward[0].origin.within
    assert name(first) == there and first.end <= onward[0].evidence.start


@pytest.mark.parametrize("text", [
    "About 40 Russian instructors left Bamako on Monday aboard two military planes. The planes landed in Gao that "
    "evening, where residents of the town welcomed the families.",
    "Une trentaine de conseillers russes ont quitté Bamako mardi à bord de deux avions militaires. Les appareils se "
    "sont posés dans la soirée à Gao, où des familles de la ville les attendaient.",
    "Cerca de 40 instrutores russos deixaram Bamako na segunda-feira a bordo de dois aviões militares. Os aviões "
    "pousaram à noite em Gao, onde os moradores da cidade receberam as famílias.",
    "Rund 40 russische Ausbilder haben Bamako am Montag an Bord von zwei Militärflugzeugen verlassen. Die Maschinen "
    "landeten am Abend in Gao, wo Bewohner der Stadt die Familien empfingen.",
    "Una quarantina di istruttori russi hanno lasciato Bamako lunedì a bordo di due aerei militari. Gli aerei sono "
    "atterrati in serata a Gao, dove gli abitanti della città hanno accolto le famiglie.",
])
def test_an_arrival_told_through_the_vehicle_ends_the_move_just_before(analyser, text):
    """The vehicle lands in the next sentence: where the group that left went, whoever the clause after the place
    names (the families, the residents)."""
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == [("bamako", "gao")], claims
    assert plain(claims[0].moved) == "russia" and len(claims[0].mentions) == 2


@pytest.mark.parametrize("text", [
    # a load named before the verb is the vehicle's own: another group
    "About 40 Russian instructors left Bamako on Monday aboard two military planes. A plane with 200 migrants "
    "landed in Gao that evening.",
    # the move before already ended somewhere
    "About 40 Russian instructors were flown from Bamako to Mopti on Monday. The planes landed in Gao that evening, "
    "where residents welcomed the families.",
    # not the sentence right after the move
    "About 40 Russian instructors left Bamako on Monday aboard two military planes. The weather was bad. The planes "
    "landed in Gao that evening, where residents welcomed the families.",
])
def test_a_vehicle_landing_ends_no_move_but_the_open_one_just_told(analyser, text):
    claims = relocations(analyser, text)
    assert ("bamako", "gao") not in [(plain(c.origin), plain(c.destination)) for c in claims], claims


@pytest.mark.parametrize("text, destination", [
    ("Die Maschine mit 90 Söldnern landete nach einem Tankstopp in Ankara in Bengasi.", "benghazi"),
    ("Die Söldner landeten nach einer Zwischenlandung in Ankara in Baku.", "baku"),
    ("Près de 70 combattants ont été acheminés en Azerbaïdjan après une escale à Ankara.", "azerbaijan"),
    ("Après une escale technique à Chypre, l'avion transportant 90 mercenaires s'est posé à Benghazi.", "benghazi"),
    ("The plane carrying 90 mercenaries landed in Benghazi after a layover in Ankara.", "benghazi"),
    ("Some 70 fighters arrived in Baku after a refuelling stop in Ankara.", "baku"),
    ("The plane carrying 70 fighters landed in Baku after a stopover at Ankara airport.", "baku"),
])
def test_a_place_after_a_noun_of_a_stop_on_the_way_is_passed_not_an_end(analyser, text, destination):
    """A refuelling stop, a layover, an escale: the plane passed there; it is neither where the move began nor a
    leg of its own."""
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == [("", destination)], claims


@pytest.mark.parametrize("text, destination", [
    ("Die 50 Rekruten sind am Dienstag vom Flughafen Karatschi abgeflogen.", ""),
    ("Am Dienstag flogen 50 Rekruten vom Flughafen Karatschi nach Damaskus ab.", "damascus"),
    ("Die Rekruten sind vom Flughafen Karatschi nach Damaskus abgeflogen.", "damascus"),
])
def test_a_german_group_flying_off_leaves_where_it_flew_from(analyser, text, destination):
    """The separable "abfliegen" in its participle and split forms: the group itself left the airport's city."""
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == [("karachi", destination)], claims
