"""Sources that are sources: people, organisations, outlets, documents and anonymous-source
expressions, with kinds; never a bare place or a nationality. The sources stage writes only
``doc.sources``."""

from __future__ import annotations

import pytest

from narrascope.model import Document
from narrascope.settings import DEFAULT
from narrascope.stages import MentionStage, SentenceStage, SourceStage


def sources(analyser, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.kind) for s in analyser.analyse_text(text).document.sources]


@pytest.mark.parametrize("text, place", [
    ("Turkish intelligence smuggled IS fighters into Georgia, the report claimed.", "Turkish"),
    ("Из сирийского лагеря Рош в Москву доставлены 35 детей, сообщила пресс-служба омбудсмена.", "сирийского"),
    ("Les détenus étaient en Syrie, selon des sources locales.", "Syrie"),
    ("Вывезенных из лагеря на северо-востоке Сирии, сообщила пресс-служба, доставили в Москву.", "Сирии"),
    ("Die Kämpfer kamen aus Afghanistan, berichteten Augenzeugen.", "Afghanistan"),
    # "центр*" read "Центральной" as a centre, an organisation: the word "centre" is matched by its forms
    ("Боевиков ИГ, уроженцев Северного Кавказа и Центральной Азии, вывезли из Манбиджа в Кобани, сообщили в "
     "Федеральной службе безопасности.", "Центральной"),
    ("Бойовиків ІД, уродженців Центральної Азії, вивезли з Манбіджа до Кобані, повідомили у Службі безпеки України.",
     "Центральної"),
    ("Bojownicy przybyli z Afganistanu, podali naoczni świadkowie.", "Afganistanu"),
    ("I combattenti arrivavano dall'Afghanistan, hanno riferito alcuni testimoni.", "Afghanistan"),
    # a place after a marker of direction is where they went, even right before the verb of speaking
    ("Doniesienia o transporcie najemników do Libii zdementował rzecznik tureckiego MSZ.", "Libii"),
])
def test_a_place_or_a_nationality_is_never_a_source(analyser, text, place):
    found = sources(analyser, text)
    assert found and all(place not in t for t, _ in found), found


@pytest.mark.parametrize("text, source, kind", [
    ("Al-Masdar News reported that the fighters had been moved to Deir ez-Zor.", "Al-Masdar News", "media"),
    ("The Syrian Observatory for Human Rights said the men were moved to Idlib.",
     "Syrian Observatory for Human Rights", "organisation"),
    ("According to the observatory, the convoy left Raqqa at night.", "the observatory", "organisation"),
    ("Генштаб ВСУ сообщил, что колонна прибыла в Курск.", "Генштаб", "government"),
    ("Генштаб ЗСУ повідомив, що колона прибула до Курська.", "Генштаб", "government"),
    ("Selon l'état-major des armées, les soldats ont quitté le Niger.", "état-major", "government"),
    ("Laut der Syrischen Beobachtungsstelle für Menschenrechte wurden die Männer verlegt.",
     "Beobachtungsstelle", "organisation"),
    ("Según el Observatorio Sirio de Derechos Humanos, los combatientes fueron trasladados.", "Observatorio",
     "organisation"),
    ("Sztab Generalny poinformował, że kolumna dotarła do Kurska.", "Sztab Generalny", "government"),
    ("Lo Stato maggiore ha dichiarato che la colonna ha raggiunto Kursk.", "Stato maggiore", "government"),
    ("Secondo l'Osservatorio siriano per i diritti umani, i combattenti sono stati trasferiti a Idlib.",
     "Osservatorio siriano per i diritti umani", "organisation"),
])
def test_organisations_and_outlets_are_recognised_by_their_form(analyser, text, source, kind):
    found = sources(analyser, text)
    assert any(source in t and k == kind for t, k in found), found


@pytest.mark.parametrize("text, phrase", [
    ("Die Regierung verschweige das Ausmaß der Kriminalitätswelle, heißt es bei den Aktivisten.", "Ausmaß"),
    ("The Scale of Crime in the Suburbs was hidden, activists said.", "Scale of Crime"),
    ("Die Zahl der Festnahmen sei gestiegen, sagte ein Polizeisprecher.", "Zahl der"),
])
def test_a_capitalised_noun_phrase_is_no_persons_name(analyser, text, phrase):
    """German capitalises every noun, headlines capitalise every word: "X der Y", "X of Y" is no person."""
    assert not [(t, k) for t, k in sources(analyser, text) if phrase in t and k == "person"]


@pytest.mark.parametrize("text, audience", [
    ("The men were trucked north, a security official told reporters.", "reporters"),
    ("Боевиков перевезли в Ирак, сообщил журналистам представитель ведомства.", "журналистам"),
    ("Les combattants ont été transférés, a déclaré aux journalistes un porte-parole.", "journalistes"),
    ("Bojowników przewieziono do Iraku, powiedział dziennikarzom przedstawiciel resortu.", "dziennikarzom"),
    ("I combattenti sono stati trasferiti in Iraq, ha detto ai giornalisti un portavoce.", "giornalisti"),
])
def test_whom_a_source_spoke_to_is_no_source(analyser, text, audience):
    found = sources(analyser, text)
    assert found and all(audience not in t for t, _ in found), found


@pytest.mark.parametrize("text, source", [
    ("Moscow denied that it had sent fighters to Libya.", "Moscow"),
    ("The Pentagon said no fighters had been moved.", "Pentagon"),
    ("В Пентагоне заявили, что боевиков не перевозили.", "Пентагоне"),
    ("Kreml zaprzeczył, że wysłał bojowników do Libii.", "Kreml"),
    ("Il Cremlino ha smentito di aver inviato combattenti in Libia.", "Cremlino"),
])
def test_a_government_named_by_its_capital_or_seat_speaks(analyser, text, source):
    assert any(source in t and k == "government" for t, k in sources(analyser, text))


def full_sources(analyser, text: str) -> list[tuple[str, str | None, str]]:
    doc = analyser.analyse_text(text).document
    assert all(doc.text[s.start:s.end] == s.text for s in doc.sources)
    return [(s.text, s.canonical, s.kind) for s in doc.sources]


@pytest.mark.parametrize("text, name, canonical", [
    ("The Syrian Arab News Agency (SANA) reported that the fighters were flown out.",
     "Syrian Arab News Agency", "SANA"),
    ("Selon l'agence de presse syrienne (SANA), les combattants ont été évacués.", "l'agence de presse syrienne",
     "SANA"),
    ("ذكرت وكالة الأنباء السورية (سانا) أن المسلحين نقلوا إلى العراق.", "وكالة الأنباء السورية", "SANA"),
])
def test_a_name_and_its_bracketed_short_form_are_one_source_known_by_the_short_forms_name(
        analyser, text, name, canonical):
    found = full_sources(analyser, text)
    assert [(t, c) for t, c, _ in found if c == canonical] == [(name, canonical)], found


@pytest.mark.parametrize("text, source", [
    ("وقال مصدر عسكري لسانا إن الطائرات هبطت قرب الحدود.", "سانا"),
    ("وقال مصدر لسبوتنيك إن القافلة وصلت.", "سبوتنيك"),
    ("وصرح مسؤول لروسيا اليوم بأن القافلة وصلت.", "روسيا اليوم"),
])
def test_an_arabic_name_with_an_attached_preposition_or_conjunction_starts_after_it(analyser, text, source):
    found = full_sources(analyser, text)
    assert any(t == source for t, _, _ in found), found
    assert not any(t.endswith(source) and t != source for t, _, _ in found), found


@pytest.mark.parametrize("text, source", [
    ("The ministry and independent experts said the convoy reached Deir ez-Zor.", "independent experts"),
    ("Das Ministerium und unabhängige Experten sagten, der Konvoi habe Deir ez-Zor erreicht.",
     "unabhängige Experten"),
    ("El ministerio pero también expertos independientes dijeron que el convoy llegó.", "expertos"),
])
def test_a_conjunction_before_a_source_is_no_part_of_it(analyser, text, source):
    found = [t for t, _ in sources(analyser, text)]
    assert source in found, found


@pytest.mark.parametrize("text, source, country", [
    ("The border police of Moldova said no military cargo had arrived at the port.", "The border police of Moldova",
     "Moldova"),
    ("La policía fronteriza de Rumanía afirmó que ningún cargamento militar llegó al puerto.",
     "policía fronteriza de Rumanía", "Rumanía"),
    ("Пограничная служба Молдовы заявила, что никакие военные грузы в порт не поступали.",
     "Пограничная служба Молдовы", "Молдовы"),
    ("Поліція Молдови повідомила, що жодні військові вантажі до порту не надходили.", "Поліція Молдови", "Молдови"),
    ("Die rumänische Polizei erklärte, es sei keine Militärfracht im Hafen eingetroffen.", "rumänische Polizei",
     "rumänische"),
])
def test_a_police_or_service_speaks_with_the_state_it_serves_never_the_bare_state(analyser, text, source, country):
    found = sources(analyser, text)
    assert any(source in t and k == "government" for t, k in found), found
    assert not any(t == country for t, _ in found), found


def test_the_sources_stage_writes_only_sources():
    doc = Document(id="t", language="en",
                   text="According to local sources, US helicopters moved ISIS fighters to Iraq.")
    for stage in (SentenceStage(DEFAULT), MentionStage()):
        doc = stage(doc)
    before = (list(doc.claims), list(doc.mentions), list(doc.sentences))
    doc = SourceStage()(doc)
    assert (doc.claims, doc.mentions, doc.sentences) == before
    assert [s.text for s in doc.sources] == ["local sources"]


@pytest.mark.parametrize("text, source", [
    ("Die Maschinen brachten sie nach Taschkent, teilte das Einsatzführungskommando in Ulm mit.",
     "das Einsatzführungskommando"),
    ("Laut Diplomaten könnte Bagdad weitere Gefangene aus Syrien übernehmen.", "Diplomaten"),
    ("Western diplomats said Turkey had moved Syrian fighters to Libya.", "Western diplomats"),
    ("Según diplomáticos europeos, Turquía trasladó combatientes sirios a Libia.", "diplomáticos"),
])
def test_separable_cues_and_diplomats_give_sources(analyser, text, source):
    assert any(source in s for s, _ in sources(analyser, text)), sources(analyser, text)


@pytest.mark.parametrize("text, source", [
    ("Part of the advisers will stay in Erbil, the Pentagon stressed.", "the Pentagon"),
    ("Часть советников останется в Эрбиле, подчеркнули в Пентагоне.", "Пентагоне"),
    ("Частина радників залишиться в Ербілі, наголосили в Пентагоні.", "Пентагоні"),
    ("Une partie des conseillers restera à Erbil, a souligné le Pentagone.", "Pentagone"),
    ("Parte de los asesores se quedará en Erbil, subrayó el Pentágono.", "Pentágono"),
    ("Ein Teil der Berater bleibe in Erbil, unterstrich das Pentagon.", "Pentagon"),
])
def test_who_stresses_a_point_is_a_source(analyser, text, source):
    assert source in [s for s, _ in sources(analyser, text)]


@pytest.mark.parametrize("text, source", [
    ("Колону бачили біля кордону, стверджують у розвідці.", "розвідці"),
    ("Графік погодили, повідомили в Державному департаменті США.", "Державному департаменті США"),
    ("График согласовали, сообщили в Департаменте Госдепартамента.", "Департаменте"),
])
def test_a_body_named_in_the_locative_after_its_cue_is_a_source(analyser, text, source):
    assert any(source in s for s, _ in sources(analyser, text))


@pytest.mark.parametrize("text, mover", [
    ("Yesterday it was reported the border police had moved 40 migrants from Dover to Calais.", "police"),
    ("Dazu heißt es, die Bundesregierung habe 300 Flüchtlinge aus Polen nach Deutschland ausgeflogen.",
     "Bundesregierung"),
    ("Si legge, la Guardia costiera ha trasferito 200 migranti da Lampedusa a Pozzallo.", "Guardia costiera"),
    ("Podano, policja przewiozła 40 migrantów z Białegostoku do Warszawy.", "policja"),
    ("On dit, la police aux frontières a transféré 40 migrants de Calais à Lille.", "police"),
])
def test_the_subject_of_a_clause_reported_without_that_moves_and_does_not_speak(analyser, text, mover):
    # "it was reported the police had moved", "heißt es, die Bundesregierung habe ... ausgeflogen": the body after
    # the verb of saying opens what was said and goes on to its own verb of moving
    analysis = analyser.analyse_text(text)
    assert not any(mover in s.text for s in analysis.document.sources), analysis.document.sources
    claims = [c for c in analysis.document.claims if c.type == "relocation"]
    assert claims and all(c.agent is not None and mover in c.agent.text for c in claims), claims


@pytest.mark.parametrize("text, source", [
    ("Forty migrants were moved from Dover to Calais, said the border police.", "border police"),
    ("Vierzig Migranten wurden von Guben nach Frankfurt gebracht, teilte die Bundespolizei mit.", "Bundespolizei"),
    ("Quaranta migranti sono stati trasferiti da Lampedusa a Pozzallo, ha detto la Guardia costiera.",
     "Guardia costiera"),
])
def test_a_body_after_its_verb_of_saying_that_ends_the_clause_still_speaks(analyser, text, source):
    assert any(source in s for s, _ in sources(analyser, text)), sources(analyser, text)


@pytest.mark.parametrize("text, outlet", [
    ("The convoy reached the border at dawn, a rebel commander told Reuters on Friday.", "Reuters"),
    ("Le convoi a franchi la frontière à l'aube, a confié à Libération un officier tchadien.", "Libération"),
    ("El convoy cruzó la frontera al amanecer, dijo a Telesur un oficial boliviano.", "Telesur"),
    ("Колонна пересекла границу на рассвете, сказал Интерфаксу офицер погранслужбы.", "Интерфаксу"),
])
def test_an_outlet_told_a_statement_is_a_media_source(analyser, text, outlet):
    assert (outlet, "media") in sources(analyser, text), sources(analyser, text)


@pytest.mark.parametrize("text, source, place", [
    ("A spokeswoman for the European border agency in Warsaw said the flights had stopped.",
     "spokeswoman for the European border agency in Warsaw", "Warsaw"),
    ("Ein Sprecher der Bundespolizei in Dresden erklärte, die Flüge seien eingestellt worden.",
     "Ein Sprecher der Bundespolizei in Dresden", "Dresden"),
    ("Une porte-parole de la police de Lyon a déclaré que les vols avaient cessé.",
     "porte-parole de la police de Lyon", "Lyon"),
    ("Речниця поліції Литви заявила, що рейси припинено.", "Речниця поліції Литви", "Литви"),
    ("Rzecznik Straży Granicznej w Białymstoku powiedział, że loty wstrzymano.",
     "Rzecznik Straży Granicznej w Białymstoku", "Białymstoku"),
    ("Una portavoce della polizia di Milano ha dichiarato che i voli sono stati sospesi.",
     "portavoce della polizia di Milano", "Milano"),
])
def test_a_spokesperson_keeps_the_body_it_speaks_for(analyser, text, source, place):
    found = sources(analyser, text)
    assert any(source in s for s, _ in found), found
    assert (place, "government") not in found and all(s != place for s, _ in found), found


@pytest.mark.parametrize("text, word", [
    ("Ранее представители министерства заявляли, что колонна ушла в Ирак.", "Ранее"),
    ("Раніше представники міністерства заявляли, що колона пішла до Іраку.", "Раніше"),
    ("Im März hatten Beobachter berichtet, dass der Konvoi in den Irak fuhr.", "hatten"),
])
def test_an_adverb_or_an_auxiliary_is_no_part_of_a_source(analyser, text, word):
    found = sources(analyser, text)
    assert found and all(word not in s for s, _ in found), found


@pytest.mark.parametrize("text, source", [
    ("Human rights groups warned that the detainees had been moved to Iraq.", "Human rights groups"),
    ("Les experts estiment que les combattants ont été transférés en Libye.", "experts"),
    ("Beobachter befürchten, dass die Kämpfer nach Libyen verlegt wurden.", "Beobachter"),
    ("Правозахисники попереджають, що бойовиків перевезли до Іраку.", "Правозахисники"),
    ("Los analistas advierten que los combatientes fueron trasladados a Libia.", "analistas"),
    ("Eksperci ostrzegają, że bojowników przewieziono do Libii.", "Eksperci"),
    ("Gli analisti avvertono che i combattenti sono stati trasferiti in Libia.", "analisti"),
])
def test_who_warns_or_fears_is_a_source(analyser, text, source):
    assert any(source in s for s, _ in sources(analyser, text)), sources(analyser, text)


@pytest.mark.parametrize("text, source", [
    ("The fighters were flown to Libya, a source said. The source added that more flights were planned.",
     "The source"),
    ("Die Kämpfer wurden nach Libyen geflogen, so eine Quelle. Weitere Flüge seien geplant, sagte die Quelle.",
     "die Quelle"),
    ("أكدت وزارة الخارجية القطرية أن المقاتلين نقلوا إلى ليبيا.", "وزارة الخارجية القطرية"),
])
def test_a_source_named_again_and_an_arabic_adjective_after_its_noun(analyser, text, source):
    assert any(source in s for s, _ in sources(analyser, text)), sources(analyser, text)


@pytest.mark.parametrize("text, source, kind", [
    ("The convoy left Raqqa at night, the source said.", "the source", "anonymous"),
    ("La légende affirme que les soldats ont quitté Gao.", "légende", "media"),
    ("Según el organismo, los fusiles salieron de Odesa.", "organismo", "agency"),
    ("Как рассказал собеседник агентства, колонна вышла из Ракки.", "собеседник", "anonymous"),
    ("Як розповів співрозмовник видання, колона вийшла з Ракки.", "співрозмовник", "anonymous"),
    ("Bojowników przewieziono do Libii, podało źródło.", "źródło", "anonymous"),
    ("I combattenti sono stati trasportati in Libia, ha detto una fonte.", "fonte", "anonymous"),
    ("Według lokalnych źródeł konwój opuścił Rakkę w nocy.", "lokalnych źródeł", "anonymous"),
    ("Secondo fonti locali, il convoglio ha lasciato Raqqa di notte.", "fonti locali", "anonymous"),
])
def test_a_speaker_named_by_a_common_noun_is_a_source(analyser, text, source, kind):
    found = sources(analyser, text)
    # the kind is the wider phrase's where one holds it ("собеседник агентства" is read as the agency's)
    assert any(source in t and (k == kind or t != source) for t, k in found), found


@pytest.mark.parametrize("text, source", [
    ("Der russische Auslandsgeheimdienst SWR sprach am Dienstag von 1500 Söldnern in der Konfliktzone.",
     "Auslandsgeheimdienst SWR"),
    ("Das Verteidigungsministerium wies die Berichte am Montag als erfunden zurück.", "Verteidigungsministerium"),
    ("Bamako évoque aussi des livraisons d'armes aux groupes armés.", "Bamako"),
])
def test_speaking_of_rejecting_and_mentioning_are_speech_cues(analyser, text, source):
    found = [s.text for s in analyser.analyse_text(text).document.sources]
    assert any(source in s for s in found), found


@pytest.mark.parametrize("text, source", [
    ("Des mercenaires syriens ont été ramenés en Syrie via la Turquie, selon l'OSDH.", "OSDH"),
    ("Die Syrische Beobachtungsstelle für Menschenrechte berichtete, die Kämpfer seien nach Baku geflogen worden.",
     "Syrische Beobachtungsstelle für Menschenrechte"),
    ("Как сообщает Сирийская обсерватория по правам человека, боевиков вывезли в Ливию.",
     "Сирийская обсерватория по правам человека"),
    ("Contacté par l'AFP, l'état-major a confirmé l'authenticité des images.", "AFP"),
    ("Ils ont ensuite été transférés par avion à Bagdad, selon la même source.", "la même source"),
])
def test_the_syrian_observatory_the_outlets_that_reached_a_source_and_the_same_source_are_sources(analyser, text,
                                                                                                    source):
    found = [s.text for s in analyser.analyse_text(text).document.sources]
    assert any(source in s for s in found), found


@pytest.mark.parametrize("text, place", [
    ("Los reclusos fueron llevados hasta la base que Washington ocupa en Al-Shadadi, informó la agencia SANA.",
     "Al-Shadadi"),
    ("The detainees were taken to the base the US runs near Al-Shaddadi, the SANA agency reported.", "Al-Shaddadi"),
    ("Les détenus ont été conduits jusqu'à la base américaine d'Al-Chaddadi, a rapporté l'agence SANA.", "Chaddadi"),
])
def test_a_place_next_to_a_speech_cue_is_never_read_as_a_persons_name(analyser, text, place):
    found = [s.text for s in analyser.analyse_text(text).document.sources]
    assert found and not any(place in s for s in found), found


@pytest.mark.parametrize("text, region", [
    ("Los presos fueron llevados a la base de Ain al-Asad, en la provincia iraquí de Al Anbar, añadió el medio.",
     "Anbar"),
    ("The prisoners were taken to Ain al-Asad in the province of Al Anbar, the outlet added.", "Anbar"),
    ("Les détenus ont été emmenés à Aïn al-Assad, dans la province d'Al Anbar, a ajouté le média.", "Anbar"),
])
def test_a_name_after_a_regions_noun_is_the_region_not_a_speaker(analyser, text, region):
    found = [s.text for s in analyser.analyse_text(text).document.sources]
    assert found and not any(region in s for s in found), found


@pytest.mark.parametrize("text, source", [
    ("Боевиков ИГ массово перебрасывают из Сирии в Афганистан, говорится в заявлении СВР.", "СВР"),
    ("Бойовиків ІДІЛ масово перекидають із Сирії до Афганістану, йдеться в заяві Служби зовнішньої розвідки.",
     "розвідки"),
])
def test_it_is_said_in_a_statement_names_the_statements_author(analyser, text, source):
    [claim] = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    assert claim.source is not None and source in claim.source.text, claim.source


@pytest.mark.parametrize("text, name", [
    ("Turkey sent 850 Syrian fighters to Azerbaijan to fight the forces of Mikhail Petrovsky, said the monitor.",
     "Petrovsky"),
    ("La Turquie a envoyé 850 combattants syriens en Azerbaïdjan face aux hommes de Jean Dupuis, a affirmé l'ONG.",
     "Dupuis"),
    ("Turquía envió 850 combatientes sirios a Azerbaiyán contra los hombres de Carlos Ibáñez, afirmó la ONG.",
     "Ibáñez"),
])
def test_a_name_right_after_of_or_from_is_what_is_spoken_of_not_who_speaks(analyser, text, name):
    found = sources(analyser, text)
    assert found and all(name not in s for s, _ in found), found


@pytest.mark.parametrize("text, source", [
    ("Die Bundeswehr hat 139 Menschen aus Kabul ausgeflogen, wie das Einsatzführungskommando mitteilte.",
     "das Einsatzführungskommando"),
    ("L'armée a évacué 139 personnes de Kaboul, comme l'a indiqué le ministère de la Défense.", "ministère"),
    ("El ejército evacuó a 139 personas de Kabul, como informó el Ministerio de Defensa.", "Ministerio"),
])
def test_as_before_a_source_is_no_part_of_it(analyser, text, source):
    found = [s for s, _ in sources(analyser, text)]
    assert any(s.startswith(source) for s in found) and not any(s.split()[0].casefold() in ("wie", "comme", "como")
                                                              for s in found), found


@pytest.mark.parametrize("text, source", [
    ("Die Türkei hat nach Angaben der Syrischen Beobachtungsstelle für Menschenrechte rund 300 Kämpfer aus Afrin "
     "nach Aserbaidschan gebracht.", "der Syrischen Beobachtungsstelle für Menschenrechte"),
    ("Selon un porte-parole de la Coalition 300 combattants ont été transférés en Irak.",
     "porte-parole de la Coalition"),
    ("Según un portavoz de la Coalición 300 combatientes fueron trasladados a Irak.", "portavoz de la Coalición"),
])
def test_a_source_ends_before_the_number_of_the_group_it_speaks_of(analyser, text, source):
    assert [s for s, _ in sources(analyser, text)] == [source]


@pytest.mark.parametrize("text, source", [
    ("Die USA haben nach Darstellung des Botschafters in Berlin zwölf IS-Kämpfer in den Irak gebracht.",
     "des Botschafters in Berlin"),
    ("Según un portavoz del ministerio en Bagdad doce combatientes fueron trasladados a Irak.",
     "portavoz del ministerio en Bagdad"),
    ("Selon un porte-parole du ministère à Bagdad douze combattants ont été transférés en Irak.",
     "porte-parole du ministère à Bagdad"),
])
def test_a_source_ends_before_a_number_written_in_words(analyser, text, source):
    """"zwölf", "doce", "douze" count the group moved, as digits do: the source stops before them (German
    capitalises the nouns after it, which widened it over the group)."""
    assert [s for s, _ in sources(analyser, text)] == [source]


@pytest.mark.parametrize("text", [
    "Die USA haben nach Darstellung des Botschafters in Berlin 40 IS-Kämpfer in den Irak gebracht.",
    "Nach Aussagen eines Abgeordneten in Berlin wurden 40 IS-Kämpfer in den Irak gebracht.",
])
def test_nach_darstellung_attributes_and_leads_nowhere(analyser, text):
    """"nach Darstellung des ...", "nach Aussagen eines ...": according to whom, as "nach Angaben"; the "nach" is no
    destination marker, so the speaker's city is no end of the move."""
    (claim,) = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    assert claim.destination.text == "Irak" and claim.origin is None and claim.modality == "reported", claim


@pytest.mark.parametrize("text", [
    "Islamic State fighters were flown from Raqqa to Iraq.",
    "Islamic State members were moved out of Hajin by coalition forces.",
])
def test_a_speech_cue_inside_a_name_is_the_names(analyser, text):
    """"State" in "Islamic State" says nothing: no source."""
    assert sources(analyser, text) == []


@pytest.mark.parametrize("text, source", [
    ("Mehrere Panzerfäuste sind nach einem Bericht des Telegram-Kanals „Nordwacht“ in einem Kleintransporter aus "
     "Ternopil in die Slowakei geschmuggelt worden.", "des Telegram-Kanals „Nordwacht“"),
    ('According to the channel "Frontline Ledger" in Kyiv, the missiles were moved from Lviv to Rzeszów.',
     'the channel "Frontline Ledger"'),
])
def test_a_quoted_title_closes_the_name_of_a_source(analyser, text, source):
    # what follows the title ("in einem Kleintransporter aus Ternopil") is the story, not whom the source speaks for
    claims = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    assert [c.source.text for c in claims] == [source] and claims[0].origin is not None, claims


@pytest.mark.parametrize("text, moved", [
    ("Американские вертолёты вывезли из лагеря в Сирии несколько десятков командиров ИГИЛ и доставили их в "
     "Афганистан, сообщили местные жители.", "командиров"),
    ("US helicopters flew several dozen IS commanders out of the camp and on to Afghanistan, residents said.",
     "commanders"),
    ("US-Hubschrauber haben mehrere Dutzend Kommandeure des IS nach Afghanistan ausgeflogen, sagten Anwohner.",
     "Kommandeure"),
])
def test_whom_a_claim_moves_is_no_source(analyser, text, moved):
    found = sources(analyser, text)
    assert found and not any(moved in t for t, _ in found), found


def test_a_name_written_with_combining_accents_is_whole(analyser):
    """Decomposed text (macOS, some PDFs: "e" + U+0301): the accent is part of the word, not its end."""
    text = "Residents of Mille\u0301brook said the new mast made them ill."
    assert ("Residents of Mille\u0301brook", "anonymous") in sources(analyser, text)


@pytest.mark.parametrize("text, source", [
    ("Według ukraińskiego wywiadu żołnierzy KRLD przewieziono koleją z Władywostoku do obwodu kurskiego.",
     "ukraińskiego wywiadu"),
    ("Według Syryjskiego Obserwatorium Praw Człowieka bojowników przewieziono do Idlibu.",
     "Syryjskiego Obserwatorium Praw Człowieka"),
    ("Według ustaleń dziennikarzy w marcu z Aleppo do Trypolisu przetransportowano drogą lotniczą 150 bojowników.",
     "ustaleń dziennikarzy"),
])
def test_a_polish_source_in_the_genitive_is_not_widened_over_the_group_moved(analyser, text, source):
    # Polish ties the body a source speaks for in the genitive, and the group moved may follow in the same case
    assert [s for s, _ in sources(analyser, text)] == [source]


@pytest.mark.parametrize("text, source", [
    ("The Syrian Democratic Forces said the prisoners had been moved to Hasakah.", "Syrian Democratic Forces"),
    ("The United Nations said the convoy had reached Idlib.", "United Nations"),
    ("Сирийские демократические силы заявили, что заключённых перевезли в Хасаку.", "Сирийские демократические силы"),
    ("Les Forces démocratiques syriennes ont déclaré que les détenus avaient été transférés.",
     "Forces démocratiques syriennes"),
    ("Laut den Vereinten Nationen erreichte der Konvoi Idlib.", "Vereinten Nationen"),
])
def test_an_armed_group_or_an_international_organisation_is_no_government(analyser, text, source):
    found = sources(analyser, text)
    assert any(source in t and k == "organisation" for t, k in found), found
    assert not any(source in t and k == "government" for t, k in found), found


@pytest.mark.parametrize("text, source, said", [
    ("По данным итальянского МВД, суда НКО перевозят мигрантов из Ливии в Италию.", "итальянского МВД", "НКО"),
    ("За даними італійського МВС, судна НУО перевозять мігрантів з Лівії до Італії.", "італійського МВС", "НУО"),
    ("According to the Spanish police, NGO ships bring migrants from Morocco to Spain.", "the Spanish police", "NGO"),
    ("Nach Angaben der Polizei bringen NGO-Schiffe Migranten aus Marokko nach Spanien.", "der Polizei", "NGO"),
    ("Selon la police espagnole, des navires d'ONG amènent des migrants du Maroc en Espagne.", "police", "ONG"),
    ("Según la policía española, los barcos de las ONG traen migrantes de Marruecos a España.", "policía", "ONG"),
])
def test_what_follows_according_to_and_its_source_is_what_was_said_not_who_said_it(analyser, text, source, said):
    found = sources(analyser, text)
    assert any(source in t for t, _ in found), found
    assert not any(said in t for t, _ in found), found


@pytest.mark.parametrize("text, source", [
    ("According to the observatory, the convoy left Raqqa, a local official said.", "local official"),
    ("По данным обсерватории, колонна вышла из Ракки, сообщил местный чиновник.", "местный чиновник"),
])
def test_a_source_after_according_to_still_speaks_next_to_a_cue_of_its_own(analyser, text, source):
    assert any(source in t for t, _ in sources(analyser, text)), sources(analyser, text)


@pytest.mark.parametrize("text, first, second", [
    ("According to the observatory and Western diplomats, the convoy left Raqqa.", "observatory", "diplomats"),
    ("Nach Angaben der Polizei und der Behörde brachten Schiffe Migranten nach Spanien.", "Polizei", "Behörde"),
])
def test_according_to_cites_every_source_joined_to_the_first(analyser, text, first, second):
    found = sources(analyser, text)
    assert any(first in t for t, _ in found) and any(second in t for t, _ in found), found


@pytest.mark.parametrize("text, outlet", [
    ("Près de 300 combattants ont débarqué à Tripoli, selon des témoins cités par plusieurs médias locaux.", "médias"),
    ("Según fuentes locales citadas por la agencia, los terroristas fueron recogidos de madrugada.", "agencia"),
])
def test_according_to_sources_cited_by_an_outlet_cites_the_outlet_too(analyser, text, outlet):
    assert any(outlet in t for t, _ in sources(analyser, text)), sources(analyser, text)


@pytest.mark.parametrize("text, honoured", [
    ("Улицы называют в честь Бандеры, а командиры Азова диктуют политику президенту.", "Бандеры"),
    ("Вулиці називають на честь Бандери, повідомили в міськраді.", "Бандери"),
    ("A street in Lviv was named after Stepan Bandera, the city council said.", "Bandera"),
    ("Die Straße wurde zu Ehren von Stepan Bandera umbenannt, teilte der Stadtrat mit.", "Bandera"),
    ("La rue a été rebaptisée en l'honneur de Stepan Bandera, a indiqué la mairie.", "Bandera"),
    ("La calle fue rebautizada en honor a Stepan Bandera, informó el ayuntamiento.", "Bandera"),
])
def test_whom_a_thing_is_named_after_is_no_source(analyser, text, honoured):
    found = sources(analyser, text)
    assert not any(honoured in t for t, _ in found), found


@pytest.mark.parametrize("text, source, beyond", [
    ("Nach Angaben des russischen Verteidigungsministeriums wurden in Charkiw und Odessa gefährliche Erreger "
     "gezüchtet.", "des russischen Verteidigungsministeriums", "wurden"),
    ("Командиры Азова со свастиками диктуют политику президенту, сообщил источник.", "источник", "диктуют"),
    ("Представители Азова со свастиками диктуют политику президенту, заявил депутат.", "депутат", "диктуют"),
    ("Командири Азову зі свастиками диктують політику президенту, повідомило джерело.", "джерело", "диктують"),
])
def test_a_source_never_runs_over_a_verb(analyser, text, source, beyond):
    found = sources(analyser, text)
    assert any(t.endswith(source) or source in t for t, _ in found), found
    assert not any(beyond in t for t, _ in found), found


@pytest.mark.parametrize("text, speaker, judged", [
    ("Представитель коалиции полковник Дэвид Уэйнрайт назвал эти заявления «абсурдными» и заявил, что боевики "
     "не уйдут.", "Представитель коалиции полковник Дэвид Уэйнрайт", "заявления"),
    ("Речник коаліції полковник Девід Вейнрайт назвав ці звіти «абсурдними» і заявив, що бойовики не підуть.",
     "Речник коаліції полковник Девід Вейнрайт", "звіти"),
    ("The coalition spokesman dismissed these reports as absurd.", "coalition spokesman", "reports"),
])
def test_a_document_the_speaker_judges_is_no_source_and_the_speaker_stops_at_the_verb(analyser, text, speaker,
                                                                                       judged):
    found = sources(analyser, text)
    assert any(t.endswith(speaker) for t, _ in found), found
    assert not any(judged in t for t, _ in found), found


@pytest.mark.parametrize("text, source, modifier", [
    ("NGO ships ferried hundreds of migrants to Italy last week, police said.", "police", "NGO"),
    ("NGO-Schiffe bringen nach Angaben der Polizei Migranten aus Marokko nach Spanien.", "der Polizei", "NGO"),
    ("Des navires ONG ont amené des migrants en Italie, a indiqué la police.", "police", "ONG"),
])
def test_a_source_word_that_names_whose_ships_they_are_is_no_source(analyser, text, source, modifier):
    found = sources(analyser, text)
    assert any(t == source or t.endswith(" " + source) for t, _ in found), found
    assert not any(modifier in t for t, _ in found), found


@pytest.mark.parametrize("text, source", [
    ("NGO-Schiffe bringen nach Angaben der Polizei Migranten aus Marokko nach Spanien.", "der Polizei"),
    ("Laut dem Ministerium Kämpfer wurden nach Libyen geflogen.", "dem Ministerium"),
])
def test_german_nouns_after_a_source_are_no_name_of_it(analyser, text, source):
    """German capitalises every noun: the group moved after "der Polizei" is no title of the police."""
    assert source in [t for t, _ in sources(analyser, text)], sources(analyser, text)


@pytest.mark.parametrize("text, source", [
    ("Według lokalnych źródeł konwój opuścił Rakkę w nocy.", "lokalnych źródeł"),
    ("Według źródeł konwój opuścił Rakkę.", "źródeł"),
])
def test_a_source_opened_by_its_cue_is_no_owner_of_the_vehicle_after_it(analyser, text, source):
    """A vehicle word after "według X" starts what was said ("a convoy left"): X is the source, not its owner."""
    assert source in [t for t, _ in sources(analyser, text)], sources(analyser, text)



@pytest.mark.parametrize("text, source", [
    ("Die Kämpfer seien nach Baku geflogen worden, heißt es in dem Bericht.", "dem Bericht"),
    ("Laut dem Bericht wurden die Kämpfer nach Baku geflogen.", "dem Bericht"),
    ("Das Ministerium wies den Bericht am Dienstag zurück.", "Das Ministerium"),
])
def test_a_german_report_speaks_unless_it_is_the_object(analyser, text, source):
    """"Bericht" is a document that says so ("heißt es in dem Bericht"), not a form of the cue "berichten"; in the
    accusative ("wies den Bericht zurück") it is what was denied, no source."""
    assert [s for s, _ in sources(analyser, text)] == [source]


@pytest.mark.parametrize("text, source", [
    ("The wounded were flown to Edmonton aboard military aircraft, the health authority said.",
     "the health authority"),
    ("Los heridos fueron llevados a Madrid en camiones del ejército, dijo un portavoz.", "portavoz"),
    ("Les blessés ont été transportés à Paris dans des camions de l'armée, a indiqué un porte-parole.",
     "porte-parole"),
])
def test_a_vehicles_kind_or_owner_is_no_source(analyser, text, source):
    """"military aircraft", "camiones del ejército", "camions de l'armée": a source word right before a vehicle, or
    its owner after it, says whose vehicle it was, not who speaks (nor is the place before it part of a source)."""
    assert [s for s, _ in sources(analyser, text)] == [source]


@pytest.mark.parametrize("text, names", [
    ('According to Colonel-General Dmitry Vetrov, the militants were gathered near al-Tanf. "They were flown to '
     'Afghanistan," Vetrov said.', ["Colonel-General Dmitry Vetrov", "Vetrov"]),
    ("Iraqi lawmaker Hadi al-Tamimi told Press TV that the US moved fighters to Iraq. According to Tamimi, "
     "helicopters flew them from Hasakah.", ["Iraqi lawmaker Hadi al-Tamimi", "Tamimi"]),
    ("Selon le général Igor Konachenkov, les combattants ont été réunis à al-Tanf. Konachenkov a précisé qu'ils "
     "avaient été transférés en Afghanistan.", ["général Igor Konachenkov", "Konachenkov"]),
])
def test_a_person_named_again_by_surname_is_a_source(analyser, text, names):
    """A person named in full before and then by the last word of the name alone, next to a speech cue ("Vetrov
    said", "According to Tamimi"), speaks again; a name's later word may open with "al-" ("Hadi al-Tamimi")."""
    found = [s for s, _ in sources(analyser, text)]
    assert all(any(n == f or n in f for f in found) for n in names) and names[-1] in found, found


def test_a_health_authority_speaks_and_the_place_before_a_vehicle_is_no_source(analyser):
    """"the territorial health authority said": a government body in the singular; before it, the nearest source
    word was "military" of "military aircraft", widened over the destination before it."""
    text = ("Patients from the hospital were transferred to clinics in Edmonton aboard military aircraft, the "
            "territorial health authority said.")
    assert sources(analyser, text) == [("the territorial health authority", "government")]
    (claim,) = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    assert claim.destination is not None and claim.destination.text == "Edmonton", claim


@pytest.mark.parametrize("text, source", [
    ("Деякі дописи додають, що частину найманців уже завезли до Любомля.", "Деякі дописи"),
    ("Некоторые посты добавляют, что часть наёмников уже завезли в Любомль.", "Некоторые посты"),
])
def test_an_imperfective_add_is_a_speech_cue(analyser, text, source):
    """"додають", "добавляют" (the imperfective of "додати", "добавить", a lexeme of its own): what the posts add is
    theirs to tell, so the move is reported."""
    assert (source, "anonymous") in sources(analyser, text)
    (claim,) = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    assert claim.modality == "reported" and claim.source is not None and claim.source.text == source, claim


@pytest.mark.parametrize("text, name", [
    ("The International Committee on Water Rights told reporters it had seen no such report.",
     "International Committee on Water Rights"),
    ("No convoy left the city, the Regional Commission on Border Crossings said.",
     "Regional Commission on Border Crossings"),
])
def test_an_organisations_name_is_whole_over_its_links(analyser, text, name):
    found = sources(analyser, text)
    assert (name, "organisation") in found, found
    assert not any(kind == "person" for _, kind in found), found


@pytest.mark.parametrize("text, name", [
    ("Aucun convoi n'a quitté la ville, a indiqué le ministère tchadien des Affaires intérieures.",
     "ministère tchadien des Affaires intérieures"),
    ("Nessun convoglio ha lasciato la città, ha dichiarato il portavoce del ministero degli Affari esteri.",
     "portavoce del ministero degli Affari esteri"),
])
def test_a_bodys_name_keeps_its_closing_adjective(analyser, text, name):
    found = [t for t, _ in sources(analyser, text)]
    assert name in found, found


@pytest.mark.parametrize("text, thing", [
    ("Laos füllt den Stausee des umstrittenen Mekong-Staudamms nach Angaben thailändischer Regierungskreise schneller "
     "als vereinbart.", "Mekong-Staudamms"),
    ("Laos is filling the reservoir of the disputed Mekong Barrage according to Thai officials.", "Mekong Barrage"),
])
def test_a_name_right_before_a_preposed_cue_is_not_whom_it_cites(analyser, text, thing):
    found = sources(analyser, text)
    assert found and not any(thing in t for t, _ in found), found


def test_a_german_ministry_named_by_its_field_is_a_government_source_not_its_seat(analyser):
    found = sources(analyser, "Das Gesundheitsministerium in Niamey teilte mit, es seien keine Kämpfer eingetroffen.")
    assert ("Das Gesundheitsministerium in Niamey", "government") in found, found
    assert not any(t == "Niamey" for t, _ in found), found


@pytest.mark.parametrize("text, country", [
    ("Analistas consultados señalan que el rumor sobre Turquía circula desde 2015 sin pruebas.", "Turquía"),
    ("Analysts note that the story about Turkey circulates without evidence since 2015.", "Turkey"),
])
def test_a_country_talked_about_before_a_cue_is_no_source(analyser, text, country):
    found = sources(analyser, text)
    assert not any(t == country for t, _ in found), found


def test_the_seat_of_a_body_before_a_cue_is_no_source_of_its_own(analyser):
    found = sources(analyser, "Le ministère à Niamey a déclaré qu'aucun combattant n'était arrivé.")
    assert not any(t == "Niamey" for t, _ in found), found


@pytest.mark.parametrize("text, source", [
    ("Das Innenministerium stellte klar, es seien keine Häftlinge nach Polen gebracht worden.", "Innenministerium"),
    ("Der Sprecher versicherte, keine Soldaten hätten die Kaserne verlassen.", "Sprecher"),
    ("The embassy clarified that no detainees had been flown to Kabul.", "embassy"),
    ("El ministerio aclaró que ningún combatiente fue trasladado a Trípoli.", "ministerio"),
    ("Il ministero ha chiarito che nessun detenuto è stato trasferito in Libia.", "ministero"),
    ("O ministério esclareceu que nenhum combatente foi levado para Luanda.", "ministério"),
    ("В министерстве заверили, что никого не перевозили в Сирию.", "министерстве"),
    ("У міністерстві запевнили, що нікого не перевозили до Сирії.", "міністерстві"),
])
def test_who_clarifies_or_assures_is_a_source(analyser, text, source):
    """A denial is often told as a clarification or an assurance: the one who clarifies is the source."""
    assert any(source in t for t, _ in sources(analyser, text)), sources(analyser, text)


@pytest.mark.parametrize("text, source", [
    # a name with what is said of it between commas, then its verb of speaking
    ("Hossein Karimabadi, who sits on the national security committee, said a new group had arrived.",
     "Hossein Karimabadi"),
    ("Brigadier Reza Nia, a Guards commander in Sistan, told the portal that the men were moved.",
     "Brigadier Reza Nia"),
    ("Gareth Pryce, portavoce dell'ambasciata a Kabul, ha dichiarato che nessun volo era partito.", "Gareth Pryce"),
    # a government's place, a perfect's auxiliary and an adverb, then the cue
    ("Moscow has repeatedly accused Washington of shielding the group's leaders.", "Moscow"),
    ("Kyiv has called such reports Russian propaganda.", "Kyiv"),
    # generic words for who speaks
    ("According to the same officer, a third group is waiting in Cabo Delgado.", "the same officer"),
    ("Tribal elders in the area said the men were flown out at night.", "Tribal elders"),
])
def test_a_source_set_off_from_its_cue_is_found(analyser, text, source):
    assert source in [t for t, _ in sources(analyser, text)]


@pytest.mark.parametrize("text, judged", [
    ("Ukraine's defence ministry called the report part of a disinformation campaign.", "the report"),
    ("The embassy dismissed the statement as fiction.", "the statement"),
])
def test_what_a_speaker_judges_is_no_source(analyser, text, judged):
    found = [t for t, _ in sources(analyser, text)]
    assert found and not any(judged in t for t in found), found


def test_a_place_that_was_accused_or_cited_after_is_no_source(analyser):
    found = [t for t, _ in sources(analyser, "Die Türkei hat nach Angaben der Beobachtungsstelle Söldner verlegt.")]
    assert found and "Türkei" not in found, found
    assert "Moscow" not in [t for t, _ in sources(analyser, "Moscow was accused of lying, the report said.")]


@pytest.mark.parametrize("text, agency", [
    ("Fighters moved\n\nMOSCOW, August 30 (TASS) — Several hundred fighters were moved to Afghanistan, the SVR said.",
     "TASS"),
    ("Боевиков перебросили\n\nМОСКВА, 28 сентября. /ТАСС/. Боевиков перебросили в Ирак, сообщили в СВР.", "ТАСС"),
    ("Kämpfer verlegt\n\nTASCHKENT (dpa) - Die Kämpfer wurden nach Kabul gebracht, sagte ein Sprecher.", "dpa"),
])
def test_the_agency_that_filed_a_wire_copy_is_a_source(analyser, text, agency):
    assert (agency, "media") in sources(analyser, text)


def test_a_bracket_that_is_no_dateline_names_no_agency(analyser):
    found = sources(analyser, "Fighters moved\n\nThe fighters (about 300) were moved to Kabul, the ministry said.")
    assert [t for t, _ in found] == ["the ministry"], found


@pytest.mark.parametrize("text, outlet", [
    ("A former prisoner told the Ukrainian agency Ukrinform that the recruiters had promised a pardon.",
     "the Ukrainian agency Ukrinform"),
    ("The fighters were trained in Idlib, a source told the news site Levant Insight.", "the news site Levant Insight"),
    ("The militants were airlifted out of Misrata, the Sahel-focused portal Dunes24 reported on Monday.",
     "the Sahel-focused portal Dunes24"),
])
def test_an_outlet_named_after_a_word_of_its_kind_is_named_whole(analyser, text, outlet):
    assert (outlet, "media") in sources(analyser, text)


@pytest.mark.parametrize("text, speakers", [
    ("Москва давно обвиняет Вашингтон в переброске боевиков в Ирак.", ["Москва"]),
    ("Moscow repeatedly accused Washington of moving the fighters to Iraq.", ["Moscow"]),
    ("Київ неодноразово заявляв, що бойовиків перевозять до Білорусі.", ["Київ"]),
])
def test_a_government_and_one_adverb_before_its_cue_is_the_speaker(analyser, text, speakers):
    assert [t for t, _ in sources(analyser, text) if t in speakers] == speakers


@pytest.mark.parametrize("text, speakers", [
    ("Damascus and Moscow have accused Washington of moving the fighters to Iraq.", ["Damascus", "Moscow"]),
    ("Damaskus und Moskau erklärten, die Kämpfer seien in den Irak gebracht worden.", ["Damaskus", "Moskau"]),
    ("Paris et Berlin ont démenti tout transfert de combattants vers la Libye.", ["Paris", "Berlin"]),
])
def test_two_governments_joined_by_and_both_speak(analyser, text, speakers):
    found = [t for t, _ in sources(analyser, text)]
    assert all(s in found for s in speakers), found


@pytest.mark.parametrize("text, place", [
    ("Fighters moved to Syria and Turkey denied it.", "Syria"),
    ("Refugees fled from Syria and Turkey accused Greece of pushbacks.", "Syria"),
    ("Бойовики прибули до Сирії та Туреччина заперечила це.", "Сирії"),
    ("Fighters reached Syria and repeatedly said they would stay.", "Syria"),
])
def test_a_place_moved_to_or_from_is_no_speaker_beside_one(analyser, text, place):
    found = [t for t, _ in sources(analyser, text)]
    assert not any(place in t for t in found), found


def test_in_arabic_a_capital_speaks_and_a_nationality_does_not(analyser):
    text = "وتقول بغداد إن محاكمة العراقيين المتهمين بالانتماء إلى التنظيم ستتم داخل البلاد."
    found = [t for t, _ in sources(analyser, text)]
    assert "بغداد" in found and not any("العراقيين" in t for t in found), found


# --- cheaper, the same sources (exact speed cuts) ----------------------------------------------------------------
_BACKWARD_TEXTS = ["Das Ministerium in Khartum", "el rumor sobre  Israel ", "ці звіти\u00a0", "sources at the  \n",
                   "l'office d’État du   ", "rund 400_x y ", "a-b c ", "١٢ abc de ", "Ⅻ x y ", "co\u0301te d\u0301 "]


@pytest.mark.parametrize("name", ["_WORD_BEFORE", "_WORD_THEN_PREPOSITION"])
def test_a_word_before_a_place_is_read_backwards_and_found_as_forwards(name):
    """The sources stage's searches for the words before a position run backwards from it (regex's REVERSE: one try
    at the position, not one per character of the window), and find just what the forward search finds, groups and
    all, on any text and window."""
    import random

    import regex

    from narrascope.stages import sources as S

    backward = getattr(S, name)
    forward = regex.compile(backward.pattern.removeprefix("(?r)"), backward.flags & ~regex.REVERSE)
    assert backward.flags & regex.REVERSE
    rng = random.Random(15)
    letters = "abXY_1'’- \u00a0\n.,éЖд²٣\u0301Ⅻ\u200d  ab"
    texts = _BACKWARD_TEXTS + ["".join(rng.choice(letters) for _ in range(rng.randint(0, 24))) for _ in range(20_000)]
    for text in texts:
        start = rng.randint(0, len(text))
        for a, b in ((0, len(text)), (start, rng.randint(start, len(text)))):
            f, r = forward.search(text, a, b), backward.search(text, a, b)
            assert (f and f.regs) == (r and r.regs), (text, a, b)


def test_a_sentences_hits_with_the_stages_own_are_merged_once():
    """The sources stage's own hits merged into a sentence's frame hits once, not at each ask (every cue label of
    every sentence asks): the same list again, and the hits of the sentence and of its own words in it."""
    from narrascope.stages.frame_view import sentence_views
    from narrascope.stages.sources import Attribution

    doc = Document(id="d", text="The ministry said on Monday, according to local sources, that 40 men were moved.",
                   language="en")
    doc = MentionStage()(SentenceStage(DEFAULT)(doc))
    view = sentence_views(doc)[1][0]
    attribution = Attribution(own_words=True)
    first = attribution.hits(doc, view)
    assert attribution.hits(doc, view) is first
    assert set(view.hits) <= set(first) and len(first) > len(view.hits)


@pytest.mark.parametrize("text, source, state", [
    ("Według gazety Rosja przerzuci najemników z Syrii do Libii.", "gazety", "Rosja"),
    ("Według raportu ONZ Turcja przerzuciła najemników z Syrii do Libii.", "raportu ONZ", "Turcja"),
    ("По данным газеты Россия перебросит наемников из Сирии в Ливию.", "газеты", "Россия"),
    ("По данным доклада Турция перебросила наемников из Сирии в Ливию.", "доклада", "Турция"),
    ("За даними видання Росія перекинула найманців із Сирії до Лівії.", "видання", "Росія"),
    ("According to the newspaper Russia moved mercenaries from Syria to Libya.", "the newspaper", "Russia"),
    ("Según el diario Rusia trasladó mercenarios de Siria a Libia.", "diario", "Rusia"),
])
def test_a_generic_outlet_or_document_stops_before_the_state_that_moves(analyser, text, source, state):
    """A source built on a generic outlet or document noun ("the newspaper", "газеты", "raportu") stops before a
    state named right before its verb of moving: the state opens the clause that is reported and is who moves, not
    the outlet's name nor whom the document belongs to."""
    result = analyser.analyse_text(text)
    assert source in [s.text for s in result.document.sources]
    claim = result.document.claims[0]
    assert claim.source is not None and claim.source.text == source
    assert claim.agent is not None and claim.agent.text == state


@pytest.mark.parametrize("text, source", [
    ("According to the agency SANA, Turkey moved mercenaries from Syria to Libya.", "the agency SANA"),
    ("По данным представителя Минобороны России, войска перебросили из Сирии в Ливию.",
     "представителя Минобороны России"),
    ("Речник прикордонної служби України повідомив, що найманців перекинули до Лівії.",
     "Речник прикордонної служби України"),
])
def test_an_outlets_name_and_whom_a_speaker_speaks_for_stay_in_the_source(analyser, text, source):
    """An outlet's own name after its noun, and a state in the genitive that a speaker speaks for, before a comma or a
    verb of speaking, stay in the source."""
    assert source in [s.text for s in analyser.analyse_text(text).document.sources]


@pytest.mark.parametrize("text, source, when", [
    ("Ein Sprecher des Verteidigungsministeriums am Donnerstag sagte, die Söldner seien nach Libyen verlegt worden.",
     "Ein Sprecher des Verteidigungsministeriums", "Donnerstag"),
    ("Nach Angaben eines Sprechers der Regierung in der vergangenen Woche wurden die Söldner nach Libyen verlegt.",
     "eines Sprechers der Regierung", "Woche"),
    ("Nach Angaben der Polizei in der Nacht zum Montag wurden die Männer nach Bayern gebracht.", "der Polizei",
     "Nacht"),
    ("A spokesman for the Foreign Ministry on Saturday said the fighters were moved to Libya.",
     "spokesman for the Foreign Ministry", "Saturday"),
    ("The fighters were moved to Libya, Associated Press on Monday reported.", "Associated Press", "Monday"),
])
def test_the_time_a_source_spoke_is_no_part_of_it(analyser, text, source, when):
    """A weekday, "last week", "in der Nacht" after a source is when it spoke: the source is widened to whom it speaks
    for, or read as a name, up to the time and never over it (where the time words are capitalised, as German nouns
    and English weekdays are, they looked like part of a name)."""
    found = [s.text for s in analyser.analyse_text(text).document.sources]
    assert source in found and not any(when in s for s in found), found


@pytest.mark.parametrize("text, outlet", [
    ("Laut der Zeitung hat Russland Söldner aus Syrien nach Libyen verlegt.", "der Zeitung"),
    ("Nach Angaben der Nachrichtenagentur wurden die Söldner nach Libyen verlegt.", "der Nachrichtenagentur"),
])
def test_in_german_an_outlet_right_after_a_preposed_cue_is_cited_not_told(analyser, text, outlet):
    """German "der Zeitung" is the dative of whom one told ("sagte der Zeitung") and also the genitive or dative of
    whom a preposed cue cites ("nach Angaben der Zeitung", "laut der Zeitung"): right after such a cue it is the
    claim's source, as it stands (what follows it is what it said)."""
    claim = analyser.analyse_text(text).document.claims[0]
    assert claim.source is not None and claim.source.text == outlet


def test_in_german_an_outlet_told_is_still_no_speaker(analyser):
    text = "Ein Sprecher sagte der Zeitung, die Söldner seien nach Libyen verlegt worden."
    assert analyser.analyse_text(text).document.claims[0].source.text == "Ein Sprecher"
