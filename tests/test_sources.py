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
])
def test_whom_a_source_spoke_to_is_no_source(analyser, text, audience):
    found = sources(analyser, text)
    assert found and all(audience not in t for t, _ in found), found


@pytest.mark.parametrize("text, source", [
    ("Moscow denied that it had sent fighters to Libya.", "Moscow"),
    ("The Pentagon said no fighters had been moved.", "Pentagon"),
    ("В Пентагоне заявили, что боевиков не перевозили.", "Пентагоне"),
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
