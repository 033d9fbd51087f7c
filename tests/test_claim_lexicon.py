"""Relocation claims that hang on the frame lexicons: word forms, trigger verbs and group nouns
(issue 14, branch claims5). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from narrascope.lexicon.matcher import PhraseMatcher
from narrascope.model import Claim


def relocations(analyser, text: str) -> list[Claim]:
    return [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]


def canon(slot) -> str:
    return (slot.canonical or slot.text).casefold() if slot is not None else ""


def plain(slot) -> str:
    """The canonical name without diacritics or marks ("‘Afrīn" -> "afrin")."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", canon(slot))
    return "".join(ch for ch in decomposed if ch.isalnum() or ch in " -")


def test_arabic_short_vowels_and_shadda_are_optional_in_a_phrase_and_in_the_text():
    m = PhraseMatcher([("relocation", "نقلوا"), ("relocation", "رحّل*")], language="ar")
    text = "ثم نُقلوا إلى الحدود ورحّلهم الجيش ثم رحلوهم"
    found = [text[h.start:h.end] for h in m.finditer(text)]
    assert found == ["نُقلوا", "رحّلهم", "رحلوهم"]  # the hit starts after the attached "and" (و)


@pytest.mark.parametrize("text, moved, destination", [
    # a number takes a singular noun in Arabic ("300 مقاتل", "60 عائلة")
    ("نقل الجيش التركي 300 مقاتل من إدلب إلى ليبيا الشهر الماضي.", "militants", "libya"),
    ("وقالت الوزارة إن 60 عائلة نُقلت بالحافلات من مخيم الهول إلى الموصل.", "civilians", "mosul"),
    ("نقلت القوات الأمريكية عشرات العناصر من سجن الشدادي إلى العراق.", "militants", "iraq"),
])
def test_arabic_counted_singulars_and_vowelled_verbs_give_the_move(analyser, text, moved, destination):
    claims = relocations(analyser, text)
    assert any(moved in canon(c.moved) and canon(c.destination) == destination for c in claims), claims


@pytest.mark.parametrize("text, origin, destination", [
    ("About 300 refugees returned from Turkey to Aleppo last week, the UN agency said.", "turkey", "aleppo"),
    ("На прошлой неделе из Турции в Алеппо вернулись около 300 беженцев.", "turkey", "aleppo"),
    ("Понад 200 біженців повернулися з Польщі до Харкова.", "poland", "kharkiv"),
    ("Mehr als 200 Flüchtlinge sind aus der Türkei nach Aleppo zurückgekehrt.", "turkey", "aleppo"),
    ("Quelque 300 réfugiés sont rentrés de Turquie à Alep la semaine dernière.", "turkey", "aleppo"),
    ("Unos 300 refugiados regresaron de Turquía a Alepo la semana pasada.", "turkey", "aleppo"),
    ("عاد نحو 300 لاجئ من تركيا إلى حلب الأسبوع الماضي.", "turkey", "aleppo"),
])
def test_a_group_that_returns_moves_and_refugees_are_civilians(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.moved) == "civilians" and origin in canon(c.origin) and destination in canon(c.destination)
               for c in claims), claims


@pytest.mark.parametrize("text, origin, destination", [
    # the landmark of a bearing is no end when the sentence already named the place it locates
    ("Hundreds of families fled from Raqqa to the camp of Ain Issa, north of Raqqa.", "raqqa", "ain issa"),
    ("Cientos de familias huyeron de Raqa hacia el campamento de Ain Issa, al norte de Alepo.", "raqqa", "ain issa"),
    ("Des centaines de familles ont fui Raqqa vers le camp d'Aïn Issa, au nord d'Alep.", "", "ain issa"),
    ("Сотни семей перевезли из Ракки в лагерь Айн-Исса, к северу от Алеппо.", "raqqa", "ain issa"),
])
def test_the_landmark_of_a_bearing_is_no_end_of_the_move(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert claims and all("aleppo" not in canon(c.origin) and "aleppo" not in canon(c.destination)
                          for c in claims), claims


@pytest.mark.parametrize("text, origin", [
    # ... but the only place of an end, named by its bearing, is that end
    ("The fighters were pulled back from the front lines south of Mosul and trucked to Tal Afar.", "mosul"),
    ("Les combattants ont été retirés des positions au sud de Mossoul et transférés à Tal Afar.", "mosul"),
    ("Die Kämpfer wurden aus den Stellungen südlich von Mossul abgezogen und nach Tal Afar gebracht.", "mosul"),
    ("Los combatientes fueron retirados de las posiciones al sur de Mosul y llevados a Tal Afar.", "mosul"),
])
def test_a_bearing_after_a_marker_gives_that_end(analyser, text, origin):
    claims = relocations(analyser, text)
    assert any(origin in canon(c.origin) for c in claims), claims


@pytest.mark.parametrize("text, legs", [
    ("Боевиков перевезли самолётом из Ракки на военный аэродром в Ростове, откуда их отправили в Курск.",
     {("raqqa", "rostov"), ("rostov", "kursk")}),
    ("Бойовиків доправили літаком з Ракки на військовий аеродром у Ростові, звідки їх відправили до Курська.",
     {("raqqa", "rostov"), ("rostov", "kursk")}),
])
def test_a_place_after_a_noun_and_a_locative_link_is_where_the_noun_leads(analyser, text, legs):
    """"на аэродром в Ростове": the airfield's case says where to, not the town's locative."""
    claims = relocations(analyser, text)
    found = {(canon(c.origin).split("-")[0], canon(c.destination).split("-")[0]) for c in claims}
    assert legs <= found, found


@pytest.mark.parametrize("text", [
    "Боевиков, которые находились на базе в Ираке, перевезли в Сирию.",
    "Бойовиків, які перебували на базі в Іраку, перевезли до Сирії.",
])
def test_a_noun_in_the_locative_before_the_link_still_says_in(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(canon(c.destination) == "syria" for c in claims), claims


@pytest.mark.parametrize("text, origin, destination", [
    ("The coalition moved 80 ISIS fighters from prisons in northern Iraq to Kuwait.", "iraq", "kuwait"),
    ("Quelque 80 combattants de Daech ont été transférés depuis le sud de la Libye vers le Tchad.", "libya", "chad"),
    ("Unos 80 combatientes fueron trasladados desde el norte de Irak hasta Kuwait.", "iraq", "kuwait"),
    ("Росія перекинула 80 найманців з території Білорусі до Курська.", "belarus", "kursk"),
])
def test_a_region_of_a_country_is_a_word_that_ties_the_country_to_its_marker(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(origin in canon(c.origin) and destination in canon(c.destination) for c in claims), claims


@pytest.mark.parametrize("text", [
    "Iraq repatriated 120 families from al-Hol, in northeastern Syria, to a camp near Mosul.",
    "L'Irak a rapatrié 120 familles du camp d'al-Hol, dans le nord-est de la Syrie, vers un camp près de Mossoul.",
    "Irak repatrió a 120 familias del campamento de al-Hol, en el noreste de Siria, hacia un campo cerca de Mosul.",
])
def test_a_place_set_off_by_commas_that_holds_the_place_before_it_is_no_stop(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(canon(c.destination) == "mosul" and canon(c.origin) == "al-hol" for c in claims), claims


@pytest.mark.parametrize("text, word", [
    ("Aircraft of the Ministry of Defence flew 40 detainees to Baghdad, the ministry said.", "Defence"),
    ("Un avion du ministère des Armées a transporté 40 détenus vers Bagdad.", "Armées"),
    ("Un avión del Ejército del Aire trasladó a 40 detenidos a Bagdad.", "Ejército"),
    ("Un avión del Ejército del Aire trasladó a 40 detenidos a Bagdad.", "Aire"),
    # an adjective and two short words between the body and the rest of its name
    ("Une équipe de 80 secouristes espagnols est arrivée à Bagdad depuis Madrid, a indiqué le ministère espagnol "
     "de la Défense.", "Défense"),
])
def test_the_name_of_an_army_or_ministry_is_no_place(analyser, text, word):
    claims = relocations(analyser, text)
    assert claims and all(word not in (c.origin.text if c.origin else "") for c in claims), claims
    assert all(canon(c.destination) == "baghdad" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Сорок задержанных перевезли к Багдаду.",
    "Quarante détenus ont été transportés vers Bagdad.",
    "Cuarenta detenidos fueron trasladados hacia Bagdad.",
])
def test_a_directional_marker_after_held_people_is_where_they_went(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(canon(c.destination) == "baghdad" and c.origin is None for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    ("نقلت القوات الأمريكية 50 معتقلا من سجن الحسكة إلى قاعدة الوليد الجوية.", "الوليد"),
    ("أعادت الحكومة 120 عائلة من مخيم الهول إلى مخيم السلامة قرب الموصل.", "السلامة"),
])
def test_in_a_script_without_capitals_the_word_after_a_place_noun_is_its_name(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(c.destination is not None and c.destination.text == destination for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    ("Росія перекинула до окупованої частини Херсонщини ще дві роти найманців.", "kherson"),
    ("Россия перебросила в северную часть Сирии ещё две роты наёмников.", "syria"),
    ("Вагнерівців можуть перевести літаками з Бреста до Лівії.", "libya"),
    ("Ешелон з найманцями доставили залізницею до станції Ясинувата.", "yasynuvata"),
])
def test_part_of_a_region_a_station_and_the_verb_perevesty(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(destination in canon(c.destination) for c in claims), claims


def test_a_number_word_inside_another_word_is_no_count(analyser):
    claims = relocations(analyser, "Según Caracas, Estados Unidos está trasladando yihadistas a la base de Manta.")
    assert claims and all(c.moved is not None and c.moved.count is None and c.moved.text.startswith("yihadistas")
                          for c in claims), claims


@pytest.mark.parametrize("text", [
    "In March of 2019, Russia said that US aircraft had flown ISIS fighters from Hajin to Iraq.",
    "En marzo de 2019, Rusia afirmó que aviones estadounidenses habían trasladado a combatientes del EI a Irak.",
    "En mars de l'an dernier, la Russie a affirmé que des avions américains avaient transféré des combattants en Irak.",
])
def test_a_comma_ends_the_reach_of_a_marker(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(canon(c.origin) != "russia" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Aviones de la coalición internacional sacaron a 30 combatientes del EI de Raqa rumbo a Irak.",
    "Des hélicoptères de la Turquie ont évacué 30 combattants de Raqqa vers l'Irak.",
    "Helicópteros de Estados Unidos evacuaron a 30 combatientes del EI de Raqa hacia Irak.",
])
def test_the_owner_of_the_means_before_the_verb_is_no_origin(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(canon(c.origin) in ("", "raqqa") and c.agent is not None for c in claims), claims


@pytest.mark.parametrize("text, vehicle", [
    ("Unmarked helicopters have been ferrying ISIS fighters from Hasakah to Anbar, residents said.", "helicopters"),
    ("Unos helicópteros sin identificar trasladaron a 30 combatientes del EI de Hasaka a Anbar.", "helicópteros"),
    ("Des hélicoptères non identifiés ont transféré 30 combattants de Daech de Hassaké vers Anbar.", "hélicoptères"),
    ("Nicht gekennzeichnete Hubschrauber haben 30 IS-Kämpfer aus Hasaka nach Anbar geflogen.", "Hubschrauber"),
])
def test_with_no_actor_named_the_vehicles_before_the_verb_move_them(analyser, text, vehicle):
    claims = relocations(analyser, text)
    assert any(c.agent is not None and c.agent.text == vehicle and c.agent.canonical is None for c in claims), claims


def test_a_vehicle_agent_joins_the_event_its_owner_tells(analyser):
    text = ("US helicopters flew 30 ISIS fighters from Hasakah to Anbar last week. "
            "The helicopters carried the fighters from Hasakah to Anbar at night, residents said.")
    claims = relocations(analyser, text)
    assert len(claims) == 1 and canon(claims[0].agent) == "united states", claims


@pytest.mark.parametrize("text, destination", [
    ("A transport plane unloaded 120 fighters at Kabul airport.", "kabul"),
    ("Des avions ont déposé 120 combattants près de Kaboul.", "kabul"),
    ("Hubschrauber haben 120 Kämpfer bei Kabul abgesetzt.", "kabul"),
    ("Вертолёты высадили 120 боевиков под Кабулом.", "kabul"),
])
def test_a_drop_off_is_a_move_to_where_they_were_set_down(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.destination) == destination for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    ("Die Hubschrauber hätten die IS-Kämpfer in der Wüste westlich von Ramadi abgesetzt.", "ramadi"),
    ("Laut Anwohnern wurden in der Nacht 40 IS-Kämpfer bei Kabul abgesetzt.", "kabul"),
    ("По словам местных жителей, самолёты с сорока боевиками ИГ в Кабуле приземлились.", "kabul"),
])
def test_a_locative_before_a_clause_final_arrival_is_where_they_were_set_down(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.destination) == destination for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    ("Assault rifles and grenade launchers were shipped from Odesa to Guayaquil, the agency claimed.", "guayaquil"),
    ("Fusiles de asalto y lanzagranadas fueron trasladados desde Odesa hasta Guayaquil.", "guayaquil"),
    ("Des fusils d'assaut et des lance-roquettes ont été acheminés d'Odessa vers Guayaquil.", "guayaquil"),
    ("Гранатомёты и бронетехнику перевезли из Одессы в Гуаякиль.", "guayaquil"),
])
def test_named_kinds_of_weapons_are_moved_weapons(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.moved) == "weapons and arms deliveries" and destination in canon(c.destination)
               for c in claims), claims


@pytest.mark.parametrize("text, moved, group", [
    ("Os garimpeiros foram repatriados de Boa Vista para Caracas.", "garimpeiros", "civilians"),
    ("Росія планує вивезти кількох підлітків з Маріуполя до Краснодара.", "підлітків", "civilians"),
    ("Des étudiants ont été évacués de Khartoum vers Port-Soudan.", "étudiants", "civilians"),
    ("Gli studenti sono stati evacuati da Khartoum a Port Sudan.", "studenti", "civilians"),
    ("Los rehenes fueron trasladados de Gaza a Egipto.", "rehenes", "detainees"),
    ("Русия прехвърли заложниците от Курск в Москва.", "заложниците", "detainees"),
    ("نقلت تركيا الرهائن من إدلب إلى ليبيا.", "الرهائن", "detainees"),
    ("Russische Kräfte seien aus Mali nach Libyen verlegt worden.", "Kräfte", "russia"),
    ("Rosja przerzuciła pododdziały z Kaliningradu do Mińska.", "pododdziały", "russia"),
    ("Россия перебросила призывников из Курска в Белгород.", "призывников", "russia"),
])
def test_ordinary_words_for_people_and_units_name_the_moved_group(analyser, text, moved, group):
    claims = relocations(analyser, text)
    assert any(c.moved is not None and moved in c.moved.text and canon(c.moved) == group for c in claims), claims


@pytest.mark.parametrize("text, moved, state", [
    ("На відео угорські військові, яких перекинули з Будапешта до Сегеда, щоб затримувати мігрантів.",
     "угорські військові", "hungary"),
    ("На видео венгерские военные, которых перебросили из Будапешта в Сегед, чтобы задерживать мигрантов.",
     "венгерские военные", "hungary"),
    ("En el vídeo, soldados húngaros trasladados de Budapest a Szeged para detener a los migrantes.",
     "soldados húngaros", "hungary"),
])
def test_a_group_in_the_purpose_clause_is_what_the_move_is_for_not_whom_it_moved(analyser, text, moved, state):
    claims = relocations(analyser, text)
    assert claims and all(c.moved is not None and c.moved.text == moved and canon(c.moved) == state
                          for c in claims), claims


@pytest.mark.parametrize("text, load", [
    ("З Криму залізницею до Мелітополя доставили близько 30 вагонів боєприпасів.", "боєприпасів"),
    ("Россия доставила в Белгород 40 вагонов боеприпасов.", "боеприпасов"),
    ("Russland brachte 12 Lkw Munition nach Belgorod.", "Munition"),
])
def test_what_a_counted_vehicle_carries_is_the_group_moved(analyser, text, load):
    """A number, a vehicle and a noun right after it ("30 вагонів боєприпасів"): a measure and its load, not the
    vehicle's kind ("autobuses blindados")."""
    claims = relocations(analyser, text)
    assert any(c.moved is not None and c.moved.text == load and canon(c.moved) == "weapons and arms deliveries"
               for c in claims), claims


@pytest.mark.parametrize("text, moved, state, origin, destination", [
    ("Угорська армія перетнула кордон і рухається до Ужгорода.", "Угорська армія", "hungary", "", "uzhhorod"),
    ("Колона білоруської армії рухалася з Бреста до Мозиря.", "білоруської армії", "belarus", "brest", "mazyr"),
    ("Польська армія заходить у Львів з Перемишля.", "Польська армія", "poland", "przemysl", "lviv"),
])
def test_a_states_army_that_goes_somewhere_itself_is_the_group_moved(analyser, text, moved, state, origin,
                                                                      destination):
    """Ukrainian "армія" with a state's adjective is a word for troops: the subject of a verb of going is moved."""
    claims = relocations(analyser, text)
    assert any(c.moved is not None and moved in c.moved.text and canon(c.moved) == state
               and plain(c.origin) == origin and plain(c.destination) == destination for c in claims), claims


def test_a_states_army_that_moves_something_stays_its_mover(analyser):
    claims = relocations(analyser, "Білоруська армія перекинула до Гомеля танки та артилерію.")
    assert [(canon(c.agent), canon(c.moved), plain(c.destination)) for c in claims] == [
        ("belarus", "weapons and arms deliveries", "homyel")], claims


@pytest.mark.parametrize("text, moved", [
    ("Die Zeitung berichtete, dass Syrer aus der Stadt nach Gaziantep gebracht worden seien.", "Syrer"),
    ("Die Türkei hat Afghanen aus Istanbul nach Kabul gebracht.", "Afghanen"),
    ("Turkey moved Syrians from Idlib to Libya.", "Syrians"),
    ("Турция перебросила сирийцев из Идлиба в Ливию.", "сирийцев"),
    ("Turcja przerzuciła Syryjczyków z Idlibu do Libii.", "Syryjczyków"),
    ("Турция прехвърли сирийци от Идлиб в Либия.", "сирийци"),
    # the Bulgarian plural with its definite article
    ("Турция прехвърли сирийците от Идлиб в Либия.", "сирийците"),
    ("Украинците бяха прехвърлени от Полша в Германия.", "Украинците"),
])
def test_a_plural_demonym_with_no_number_is_the_group_moved(analyser, text, moved):
    claims = relocations(analyser, text)
    assert any(c.moved is not None and c.moved.text == moved and canon(c.moved).endswith("nationals")
               for c in claims), claims


@pytest.mark.parametrize("text, people", [
    ("Turkish soldiers were moved in armoured vehicles from Syria to Libya.", "Turkish soldiers"),
    ("Armoured vehicles carried Turkish soldiers from Syria to Libya.", "Turkish soldiers"),
])
def test_a_vehicle_that_carries_the_people_named_is_no_moved_group(analyser, text, people):
    claims = relocations(analyser, text)
    assert claims and all(c.moved is not None and c.moved.text == people for c in claims), claims


@pytest.mark.parametrize("text, moved", [
    ("Nenhum blindado foi deslocado de Roraima para o Amapá.", "blindado"),
    ("Ningún blindado fue trasladado de Caracas a Maracaibo.", "blindado"),
])
def test_no_armoured_vehicle_moved_is_a_denied_move_of_weapons(analyser, text, moved):
    claims = relocations(analyser, text)
    assert any(c.moved is not None and c.moved.text == moved and c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text, load", [
    ("أرسلت روسيا أسلحة إلى ميناء طرطوس. ونقلت الشحنات من هناك إلى بنغازي.", "الشحنات"),
    ("Russland schickte Waffen nach Tartus. Die Lieferungen wurden von dort nach Bengasi gebracht.", "Die Lieferungen"),
    ("Russia sent weapons to the port of Tartus. The shipments were then taken from there to Benghazi.",
     "The shipments"),
])
def test_the_shipments_stand_for_the_weapons_named_before(analyser, text, load):
    claims = relocations(analyser, text)
    assert any(c.moved is not None and c.moved.text == load and canon(c.moved) == "weapons and arms deliveries"
               and canon(c.destination) == "benghazi" for c in claims), claims


@pytest.mark.parametrize("text, body", [
    ("Die Bundesregierung hat im Mai 40 Frauen und Kinder aus dem Lager Roj nach Berlin gebracht.", "Bundesregierung"),
    ("Генштаб перекинув до Херсона 200 найманців.", "Генштаб"),
    ("Le gouvernement a rapatrié 40 femmes et enfants du camp de Roj vers Paris.", "gouvernement"),
    ("The government flew 40 women and children from the Roj camp to Berlin.", "government"),
])
def test_with_no_actor_named_a_government_body_before_the_verb_moves_them(analyser, text, body):
    claims = relocations(analyser, text)
    assert any(c.agent is not None and body in c.agent.text for c in claims), claims


def test_a_body_that_only_says_it_is_no_mover(analyser):
    claims = relocations(analyser, "The ministry said that 40 fighters were flown from Raqqa to Anbar.")
    assert claims and all(c.agent is None for c in claims), claims


@pytest.mark.parametrize("text", [
    "The fighters, among them a Saudi explosives expert, were flown to Baghdad, the source said.",
    "Les combattants, dont un artificier saoudien, ont été transférés vers Anbar, selon la source.",
    "Los combatientes, entre ellos un experto saudí en explosivos, fueron trasladados a Anbar, según la fuente.",
])
def test_an_actor_in_an_insertion_about_the_moved_is_no_mover(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.agent is None or "saudi" not in canon(c.agent) for c in claims), claims


@pytest.mark.parametrize("text, origin", [
    ("About 200 ISIS fighters left Raqqa for Deir ez-Zor under a local deal.", "raqqa"),
    ("Quelque 200 combattants de Daech ont quitté Raqqa pour Deir ez-Zor.", "raqqa"),
    ("Rund 200 IS-Kämpfer verließen Rakka in Richtung Deir ez-Zor.", "raqqa"),
    ("Около 200 боевиков ИГ покинули Ракку.", "raqqa"),
])
def test_the_place_a_group_leaves_is_its_origin(analyser, text, origin):
    claims = relocations(analyser, text)
    assert any(canon(c.origin) == origin for c in claims), claims


@pytest.mark.parametrize("text", [
    "Hundreds of ISIS fighters and their families were evacuated from Raqqa to Deir ez-Zor.",
    "Des centaines de combattants de Daech et leurs familles ont été évacués de Raqqa vers Deir ez-Zor.",
    "Cientos de combatientes del EI y sus familias fueron evacuados de Raqa a Deir ez-Zor.",
])
def test_of_two_groups_joined_by_and_the_first_is_the_moved(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(canon(c.moved) in ("islamic state", "militants") for c in claims), claims


@pytest.mark.parametrize("text", [
    "About 200 ISIS fighters were evacuated from Raqqa.",
    "Quelque 200 combattants de Daech ont été évacués de Raqqa.",
    "Unos 200 combatientes del EI fueron evacuados de Raqa.",
])
def test_a_groups_fighters_with_no_destination_are_no_states_own_troops(analyser, text):
    claims = relocations(analyser, text)
    assert any(canon(c.moved) == "islamic state" and canon(c.origin) == "raqqa" for c in claims), claims


@pytest.mark.parametrize("text", [
    "The rifles were shipped from Odesa to Colombia and Mexico, the agency claimed.",
    "Los fusiles fueron trasladados desde Odesa hasta Colombia y México.",
    "Les fusils ont été acheminés d'Odessa vers la Colombie et le Mexique.",
    "Винтовки перевезли из Одессы в Колумбию и Мексику.",
])
def test_destinations_joined_by_and_are_two_legs_from_one_place(analyser, text):
    claims = relocations(analyser, text)
    legs = {(canon(c.origin), canon(c.destination)) for c in claims}
    assert {("odesa", "colombia"), ("odesa", "mexico")} <= legs, legs


@pytest.mark.parametrize("text, origin, destination", [
    ("The army moved 60 detainees from the Sinjar camp, in the province of Nineveh, to a prison in Erbil.",
     "sinjar", "erbil"),
    ("L'armée a transféré 60 détenus du camp de Sinjar, dans la province de Ninive, vers une prison d'Erbil.",
     "sinjar", "erbil"),
    ("Армия перевезла 60 задержанных из Синджара в провинции Найнава в тюрьму Эрбиля.", "sinjar", "erbil"),
    ("Військові перевезли 60 затриманих із Синджара у провінції Найнава до в'язниці в Ербілі.", "sinjar", "erbil"),
])
def test_a_region_named_after_a_place_says_where_it_lies_and_is_no_stop(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert claims and all(origin in plain(c.origin) and destination in plain(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    ("Coalition trucks moved 60 detainees from Tikrit to the province of Anbar.", "anbar"),
    ("Des camions ont transféré 60 détenus de Tikrit vers la province d'Anbar.", "anbar"),
    ("Camiones trasladaron a 60 detenidos de Tikrit a la provincia de Anbar.", "anbar"),
])
def test_a_region_after_a_destination_marker_is_still_the_destination(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(destination in plain(c.destination) for c in claims), claims


@pytest.mark.parametrize("text", [
    "ALEPPO, March 14 (Anadolu) — Fighters of armed groups were moved from Idlib to Tripoli, a commander said.",
    "МОСКВА, 14 марта. /ТАСС/. Боевиков вооружённых группировок перевезли из Идлиба в Триполи.",
    "БАГДАД, 14 марта — РИА Новости. Боевиков вооружённых группировок перевезли из Идлиба в Триполи.",
    "Beirut, 14. März (dpa) - Kämpfer bewaffneter Gruppen wurden aus Idlib nach Tripolis gebracht.",
])
def test_a_wire_dateline_gives_no_place_count_or_agent(analyser, text):
    claims = relocations(analyser, text)
    assert claims, text
    for c in claims:
        assert plain(c.origin) == "idlib" and plain(c.destination) == "tripoli", c
        assert c.moved is not None and c.moved.count is None, c  # not the 14 of the date
        assert c.agent is None, c  # not the city the copy was filed from


@pytest.mark.parametrize("text", [
    "Les Forces démocratiques syriennes (FDS) ont transféré 400 détenus de Raqqa vers l'Irak.",
    "Сирійські демократичні сили (СДС) перевели 400 ув'язнених із Ракки до Іраку.",
])
def test_a_name_with_its_abbreviation_opening_a_paragraph_is_no_dateline(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.agent is not None and "syrian democratic forces" in canon(c.agent) for c in claims), claims


@pytest.mark.parametrize("text", [
    "French helicopters flew 40 jihadists from Tessit, in Mali, to Niamey.",
    "Des hélicoptères français ont transporté 40 jihadistes de Tessit, au Mali, vers Niamey.",
    "Helicópteros franceses trasladaron a 40 yihadistas desde Tessit, en Malí, hasta Niamey.",
])
def test_a_country_set_off_by_commas_after_a_town_unknown_to_the_gazetteer_says_where_it_lies(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(plain(c.origin) == "tessit" and plain(c.destination) == "niamey" for c in claims), claims


@pytest.mark.parametrize("text, origin, destination", [
    ("Turquía traslada a miembros de Al-Qaeda de Siria a Libia.", "syria", "libya"),
    ("Irán envía a combatientes de Al-Nusra desde Irak a Siria.", "iraq", "syria"),
])
def test_a_marker_word_inside_a_group_name_is_the_name_not_a_marker(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert claims and all(plain(c.origin) == origin and plain(c.destination) == destination for c in claims), claims


def test_a_spanish_clitic_les_refers_to_the_group_just_moved(analyser):
    text = ("Turquía trasladó a cientos de combatientes desde Idlib hasta Gaziantep. "
            "Desde allí se les trasladó en vuelos fletados al aeropuerto de Trípoli.")
    claims = relocations(analyser, text)
    assert any(plain(c.origin) == "gaziantep" and plain(c.destination) == "tripoli" for c in claims), claims


@pytest.mark.parametrize("text", [
    "According to the monitor, which is based in Britain and has sources in Syria, the fighters were flown from Baku "
    "to Gaziantep.",
    "Selon l'ONG, basée au Royaume-Uni et qui dispose de sources en Syrie, les combattants ont été transférés de Bakou "
    "vers Gaziantep.",
    "Según la ONG, con sede en el Reino Unido y con fuentes en Siria, los combatientes fueron trasladados de Bakú "
    "a Gaziantep.",
])
def test_places_in_an_opening_attribution_are_where_the_source_sits_not_where_anyone_went(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(plain(c.origin) == "baku" and plain(c.destination) == "gaziantep" for c in claims), claims
    assert all(c.agent is None for c in claims), claims


@pytest.mark.parametrize("text", [
    "The ringleaders and their guards were moved north, to Hasakah province.",
    "Главарей вместе с охраной переправили на север, в провинцию Хасаке.",
    "Ватажків разом з охороною перекинули на північ, до провінції Хасаке.",
    "Los cabecillas fueron trasladados en helicóptero a Hasaka.",
])
def test_the_leaders_of_armed_groups_are_a_group_that_is_moved(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.moved is not None and c.moved.canonical == "Militants" for c in claims), claims


@pytest.mark.parametrize("text, origin, destination", [
    ("Les combattants ont été conduits en camion de Raqqa jusqu'à al-Chaddadi.", "raqqa", "shaddadi"),
    ("Les jihadistes ont été embarqués à Gao à destination de Ménaka.", None, "menaka"),
    ("وقال إن أكثر من 300 عنصر نُقلوا جواً من إسطنبول إلى طرابلس.", "istanbul", "tripoli"),
    ("Not a single fighter from Idlib has been brought to Ukraine, he said.", "idlib", "ukraine"),
])
def test_driven_embarked_a_counted_arabic_singular_and_a_single_fighter_are_moves(analyser, text, origin,
                                                                                  destination):
    claims = relocations(analyser, text)
    assert any((origin is None or plain(c.origin) == origin) and plain(c.destination) == destination
               for c in claims), claims


def test_the_arabic_demonstrative_refers_back_to_the_group_just_moved(analyser):
    text = ("نقلت القوات الأمريكية 150 من معتقلي داعش من الحسكة إلى العراق. "
            "وقال مسؤول إن هؤلاء نُقلوا بطائرات إلى أربيل.")
    claims = relocations(analyser, text)
    assert any(plain(c.destination) == "erbil" and c.moved is not None for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    ("Die Gefangenen seien zunächst auf den Stützpunkt Ain al-Asad gebracht worden.", "ain al-asad"),
    ("Die Kämpfer wurden mit Bussen auf die Krim gebracht.", "crimea"),
    ("Die Söldner wurden auf den Luftwaffenstützpunkt Hmeimim geflogen.", "hmeimim"),
])
def test_german_auf_with_the_accusative_leads_to_the_destination(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(destination in plain(c.destination) for c in claims), claims


def test_arabic_detainees_with_the_article_are_the_group_moved(analyser):
    claims = relocations(analyser, "وذكر المرصد أن المعتقلين نُقلوا بمروحيات من الحسكة إلى أربيل.")
    assert claims and all(c.moved is not None and c.moved.canonical == "Detainees" for c in claims), claims


@pytest.mark.parametrize("text", [
    "US helicopters landed near Hajin and evacuated 30 IS commanders, a military source in Damascus told reporters.",
    "Des hélicoptères américains ont atterri près de Hajin et évacué 30 commandants de l'EI, a indiqué une source "
    "militaire à Damas.",
    "Американские вертолёты приземлились под Хаджином и эвакуировали 30 главарей ИГ, сообщил военный источник в "
    "Дамаске.",
])
def test_where_the_source_sits_is_no_end_of_the_move(analyser, text):
    claims = relocations(analyser, text)
    assert all("damascus" not in plain(c.origin) and "damascus" not in plain(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    ("Російське командування розпочало перекидання найманців із Сирії в Україну.", "ukraine"),
    ("Росія перекинула найманців із Сирії у Лівію.", "libya"),
    ("Турция перебросила боевиков из Идлиба в Ливию.", "libya"),
])
def test_a_feminine_name_in_the_accusative_after_v_is_where_they_went(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(plain(c.destination) == destination for c in claims), claims


@pytest.mark.parametrize("text", [
    "Бойовиків, яких утримували у Криму, перевезли до Херсона.",
    "Бойовиків, яких утримували в Криму, перевезли до Херсона.",
])
def test_a_masculine_name_in_the_locative_after_v_is_where_they_were(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(plain(c.destination) == "kherson" for c in claims), claims


@pytest.mark.parametrize("text, origin, destination", [
    ("L'armée évacuait des jihadistes blessés de Ménaka vers des hôpitaux de Niamey.", "menaka", "niamey"),
    ("Les détenus ont été transférés de Hassaké vers des prisons de Bagdad.", "hasakah", "baghdad"),
])
def test_a_marker_word_right_after_a_marker_is_an_article(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(plain(c.origin) in (origin, "al hasakah") and plain(c.destination) == destination
               for c in claims), claims


def test_german_von_before_a_capitalised_noun_opens_no_unknown_place(analyser):
    text = "Die Frauen und Kinder wurden von Vertretern der Behörden an der Grenze übergeben und nach Erbil gebracht."
    claims = relocations(analyser, text)
    assert claims and all(c.origin is None and plain(c.destination) == "erbil" for c in claims), claims


@pytest.mark.parametrize("text", [
    "Des hélicoptères français auraient déposé une vingtaine de combattants de l'État islamique au Grand Sahara "
    "près de Ménaka.",
    "French helicopters flew twenty fighters of the Islamic State in the Greater Sahara to Menaka.",
])
def test_a_group_whose_name_holds_a_place_word_gives_no_place(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.origin is None and "sahara" not in plain(c.destination) for c in claims), claims
    assert all(c.moved is not None and c.moved.canonical == "Islamic State" for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    ("The fighters then travelled by bus from Rzeszow to Kyiv.", "kyiv"),
    ("Los combatientes del ISIS escaparon de Mosul hacia Siria.", "syria"),
    ("Вчера из города ушли 200 боевиков и отправились в Ракку.", "raqqa"),
    ("Бойовики вирушили з Ідлібу до Туреччини.", "turkey"),
    ("Die Kämpfer reisten über Istanbul nach Kiew.", "kyiv"),
])
def test_a_group_that_travels_sets_off_or_escapes_moves(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(plain(c.destination) == destination for c in claims), claims


@pytest.mark.parametrize("text", [
    "Un alto funcionario del Consejo de Seguridad de Rusia aseguró que unos 2000 combatientes del Estado Islámico "
    "fueron trasladados a Pakistán.",
    "Un portavoz de la Guardia de Fronteras dijo que 200 combatientes fueron trasladados a Pakistán.",
])
def test_a_link_word_between_capitalised_words_joins_a_name_and_leads_to_no_place(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.origin is None and plain(c.destination) == "pakistan" for c in claims), claims


@pytest.mark.parametrize("text, source", [
    ("A spokeswoman for the border agency in Warsaw said 40 fighters were flown from Istanbul to Rzeszow.",
     "spokeswoman for the border agency in Warsaw"),
    ("Речниця прикордонної служби Польщі заявила, що 40 бойовиків перевезли зі Стамбула до Жешува.",
     "Речниця прикордонної служби Польщі"),
    ("A military source in Damascus told Sputnik that 40 fighters were flown from Raqqa to Tabqa.",
     "military source in Damascus"),
])
def test_a_claim_names_the_whole_source_who_spoke_not_a_place_inside_it_or_whom_it_told(analyser, text, source):
    claims = relocations(analyser, text)
    assert claims and all(c.source is not None and c.source.text.endswith(source) for c in claims), claims


def test_a_widened_source_keeps_the_state_it_names(analyser):
    claims = relocations(analyser, "The Pentagon denied flying any militants out of Syria.")
    assert claims and all(c.modality == "denied" and c.agent is not None
                          and c.agent.canonical == "United States" for c in claims), claims


@pytest.mark.parametrize("text, source", [
    ("Turkey has moved several hundred fighters from Afrin to Baku. This was reported by the Syrian Observatory "
     "for Human Rights.", "Syrian Observatory"),
    ("Die Türkei soll mehrere hundert Kämpfer aus Afrin nach Baku gebracht haben. Das berichtet die Syrische "
     "Beobachtungsstelle für Menschenrechte.", "Beobachtungsstelle"),
    ("Турция перебросила несколько сотен боевиков из Африна в Баку. Об этом сообщила Сирийская обсерватория "
     "по правам человека.", "обсерватория"),
])
def test_the_next_sentence_saying_who_reported_it_gives_the_claim_its_source(analyser, text, source):
    claims = relocations(analyser, text)
    assert claims and all(c.source is not None and source in c.source.text and c.modality == "reported"
                          for c in claims), claims


def test_a_german_common_noun_after_a_locative_is_no_unknown_place(analyser):
    text = ("Die Bundeswehr flog 23 Kinder aus Erbil aus. "
            "Die Maschine mit den Kindern landete in der Nacht in Frankfurt.")
    claims = relocations(analyser, text)
    assert all("nacht" not in plain(c.destination) and "nacht" not in plain(c.origin) for c in claims), claims


@pytest.mark.parametrize("text", [
    "Washington moved 200 IS fighters from Syria to Kabul. They are flown first to Pakistan, and from there they "
    "cross the border in small groups.",
    "Washington trasladó a 200 combatientes del EI de Siria a Kabul. Se les lleva primero a Pakistán, y de allí "
    "cruzan la frontera en pequeños grupos.",
])
def test_from_there_after_the_destination_starts_the_next_leg_not_this_one(analyser, text):
    claims = relocations(analyser, text)
    to_pakistan = [c for c in claims if plain(c.destination) == "pakistan"]
    assert to_pakistan and all(plain(c.origin) != "kabul" for c in to_pakistan), claims


def test_every_frame_file_key_is_read_and_every_list_holds_words():
    """frame_lexicon reads only the keys it knows: a misspelt one would be dropped without a word. The
    claims stage builds its "and" patterns from the lexicon, so every language needs that list."""
    from narrascope.lexicon import FRAME_LIST_KEYS, FRAME_WORD_KEYS, _load_yaml, frame_inventory, frame_languages

    lists = {*FRAME_LIST_KEYS, *FRAME_WORD_KEYS, *frame_inventory()["frames"], "vague_quantities", "separable_prefixes"}
    other = {"language", "word_order", "means", "source_kinds", "number_words", "static_location_endings",
             "source_names", "tail_roles"}
    for language in sorted(frame_languages()):
        data = _load_yaml("frames", f"{language}.yaml")
        assert set(data) <= lists | other, (language, set(data) - lists - other)
        for name in lists & set(data):
            assert all(isinstance(w, str) and w.strip() for w in data[name]), (language, name, data[name])
        assert data.get("and"), language


@pytest.mark.parametrize("text, moved, origin, destination", [
    # marines and paratroopers are troops: named by their state's adjective they are a group that moves
    ("Según fuentes locales, los marines estadounidenses zarparon de Cádiz rumbo a Chipre.", "marines", "cadiz",
     "cyprus"),
    ("Laut Medienberichten wurden amerikanische Fallschirmjäger von Vicenza nach Litauen verlegt.",
     "fallschirmjäger", "vicenza", "lithuania"),
    ("По данным источника, американских морпехов перебросили из Норфолка на Кубу.", "морпех", "norfolk", "cuba"),
])
def test_marines_and_paratroopers_of_a_named_state_are_a_moved_group(analyser, text, moved, origin, destination):
    found = relocations(analyser, text)
    assert any(moved in c.moved.text.casefold() and plain(c.origin) == origin and plain(c.destination) == destination
               for c in found if c.moved is not None), found


@pytest.mark.parametrize("text, origin, destination", [
    # where they board is where the move starts (Spanish "embarcar en ... con destino a / rumbo a")
    ("Según el diario, unos 300 fusiles fueron embarcados en el puerto de Odesa con destino a Venezuela.",
     "odesa", "venezuela"),
    ("Según fuentes locales, los militares españoles embarcaron en Valencia rumbo a Chipre.", "valencia", "cyprus"),
])
def test_spanish_boarding_starts_the_move(analyser, text, origin, destination):
    found = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in found] == [(origin, destination)]


@pytest.mark.parametrize("text, origin, destination", [
    # an apostrophe inside a Ukrainian name is part of it, in either form (split there, "Куп" was read)
    # (Mar'yinka, a town of 5,000 people and more, is geocoded)
    ("За даними джерела, іноземних найманців перекинули з Мар'їнки до Куп’янська.", "Mar'yinka", "Kupyansk"),
    ("За даними джерела, іноземних найманців перекинули з Харкова до Куп'янська.", "Kharkiv", "Kupyansk"),
    # (a neuter adjectival name in its genitive, Кам’янське)
    ("За даними джерела, іноземних найманців перекинули з Кам’янського до Харкова.", "Kamyanske", "Kharkiv"),
])
def test_a_cyrillic_name_with_an_apostrophe_is_read_whole(analyser, text, origin, destination):
    found = relocations(analyser, text)
    assert [(c.origin.canonical, c.destination.canonical) for c in found] == [(origin, destination)]


@pytest.mark.parametrize("text", [
    # a state's forces named before a negated verb of moving: the move is denied, not dropped
    "Соцмережі поширюють чутки. У Міноборони Вірменії заявили, що російських військових з Гюмрі не виводили.",
    "В соцсетях пишут о переброске. В Минобороны Армении заявили, что российских военных из Гюмри не выводили.",
])
def test_a_state_s_forces_before_a_negated_verb_are_the_group_of_a_denied_move(analyser, text):
    found = relocations(analyser, text)
    assert [(c.modality, plain(c.origin)) for c in found] == [("denied", "gyumri")], found


@pytest.mark.parametrize("text", [
    # the negator need not stand right before the verb: auxiliaries, or a place, may stand between
    "El ministerio aseguró que las fuerzas rusas no fueron enviadas a Siria.",
    "Le ministère a assuré que les forces russes n'ont pas été envoyées en Syrie.",
    "Минобороны заявило, что российские войска не были переброшены в Сирию.",
    "Das Ministerium erklärte, russische Streitkräfte seien nicht nach Syrien verlegt worden.",
])
def test_a_state_s_forces_before_a_negator_and_its_auxiliaries_are_the_group_of_a_denied_move(analyser, text):
    # the armed forces of a state named as a body of troops are given as the state (frame_inventory armed_forces)
    found = relocations(analyser, text)
    assert [(c.modality, c.moved.canonical, plain(c.destination)) for c in found] == [
        ("denied", "Russia", "syria")], found


@pytest.mark.parametrize("text, origin, destination", [
    # "the vehicles" in the next sentence are the armoured vehicles just moved: the next leg starts where they landed
    ("According to the ministry, French armoured vehicles were unloaded at Poti. The vehicles were then driven by "
     "road to Yerevan.", "poti", "yerevan"),
    ("Selon le ministère, des blindés français ont été débarqués à Poti. Les véhicules auraient ensuite été "
     "convoyés par la route jusqu'à Erevan.", "poti", "yerevan"),
    ("Según el ministerio, blindados franceses fueron desembarcados en Poti. Los vehículos fueron trasladados "
     "después por carretera hasta Ereván.", "poti", "yerevan"),
])
def test_the_vehicles_named_again_are_the_group_just_moved(analyser, text, origin, destination):
    legs = [(c.origin.text.casefold() if c.origin else "", plain(c.destination)) for c in relocations(analyser, text)]
    assert (origin, destination) in legs, legs


@pytest.mark.parametrize("text, modality, origin, destination", [
    ("Пограничники заявили, что никакие военные грузы из Молдовы в порт Измаил не поступали.", "denied",
     "Молдовы", "Измаил"),
    ("Прикордонники заявили, що жодні військові вантажі з Молдови до порту Ізмаїл не надходили.", "denied",
     "Молдови", "Ізмаїл"),
    ("По данным канала, в Брест поступили новые партии снарядов из Минска.", "reported", "Минска", "Брест"),
])
def test_goods_coming_in_arrive_in_russian_and_ukrainian(analyser, text, modality, origin, destination):
    # ru ~поступить, uk ~надійти: how cargo, shipments and arms arrive somewhere
    (c,) = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    assert (c.modality, c.origin.text, c.destination.text) == (modality, origin, destination), c


@pytest.mark.parametrize("text, moved, destination", [
    ("Twelve launchers were shipped from Aqaba to Gdansk.", "launchers", "Gdansk"),
    ("Ракеты доставили из Минска в Брест.", "Ракеты", "Брест"),
    ("Ракети перевезли з Мінська до Бреста.", "Ракети", "Бреста"),
    ("Die Marschflugkörper wurden aus Köln nach Rzeszów gebracht.", "Marschflugkörper", "Rzeszów"),
    ("Los lanzadores fueron trasladados desde Cádiz hasta Rota.", "lanzadores", "Rota"),
    ("Les lanceurs ont été transférés de Toulon à Marseille.", "lanceurs", "Marseille"),
])
def test_missiles_and_launchers_are_weapons_moved(analyser, text, moved, destination):
    (c,) = relocations(analyser, text)
    assert (c.moved.text, c.destination.text) == (moved, destination), c
    assert c.moved.canonical == "Weapons and arms deliveries"


@pytest.mark.parametrize("text, moved", [
    ("Hungarian units were moved from Debrecen to Uzhhorod, the posts claim.", "Hungarian units"),
    ("Угорські підрозділи нібито перекинули з Дебрецена до Ужгорода.", "Угорські підрозділи"),
    ("Венгерские подразделения якобы перебросили из Дебрецена в Ужгород.", "Венгерские подразделения"),
    ("Ungarische Einheiten seien aus Debrecen nach Uschhorod verlegt worden.", "Ungarische Einheiten"),
    ("Des unités hongroises auraient été transférées de Debrecen vers Oujhorod.", "unités hongroises"),
    ("Unidades húngaras habrían sido trasladadas desde Debrecen hasta Úzhgorod.", "Unidades húngaras"),
])
def test_a_states_units_brigades_and_battalions_are_its_troops(analyser, text, moved):
    (c,) = relocations(analyser, text)
    assert c.moved.text == moved and canon(c.moved) == "hungary", c


@pytest.mark.parametrize("text, moved", [
    ("Buses took about 300 survivors from Antakya to Ankara.", "survivors"),
    ("До 200 пациентов перевезли из Суджи в Курск.", "пациентов"),
    ("Понад 100 мешканців евакуювали з Вовчанська до Харкова.", "мешканців"),
    ("Los heridos fueron trasladados desde Quilpué hasta Santiago.", "heridos"),
    ("Les blessés ont été transférés de Gaza à Ismaïlia.", "blessés"),
])
def test_patients_residents_survivors_and_the_wounded_are_civilians_moved(analyser, text, moved):
    (c,) = relocations(analyser, text)
    assert c.moved.text == moved and canon(c.moved) == "civilians", c


@pytest.mark.parametrize("text, moved", [
    ("IS fighters were moved from Raqqa to Hasakah, according to local residents.", "IS fighters"),
    ("Боевиков ИГ вывезли из Ракки в Хасеке, рассказали местные жители.", "Боевиков ИГ"),
    ("Según los vecinos, los combatientes del EI fueron trasladados de Raqqa a Hasaka.", "combatientes del EI"),
])
def test_the_people_who_tell_a_move_are_not_the_group_moved(analyser, text, moved):
    (c,) = relocations(analyser, text)
    assert c.moved.text == moved and c.source is not None, c


def test_a_source_word_that_does_not_speak_may_be_the_group_moved(analyser):
    # French "militants" is also a generic source word (activists): here nobody cites them, they are moved
    text = "Selon l'ONU, la Turquie envoie des militants syriens d'Idlib vers la Libye."
    (c,) = relocations(analyser, text)
    assert c.moved.text == "militants" and c.destination.text == "Libye", c


@pytest.mark.parametrize("text, origin, destination", [
    ("IS fighters were driven from Raqqa to Hasakah, according to local residents.", "Raqqa", "Hasakah"),
    ("Armed men drove 40 IS fighters to Mosul.", None, "Mosul"),
])
def test_driving_them_is_a_move(analyser, text, origin, destination):
    (c,) = relocations(analyser, text)
    assert (c.origin.text if c.origin else None, c.destination.text) == (origin, destination), c


@pytest.mark.parametrize("text", [
    "Armed men drove 40 IS fighters to Tal Afar.",
    "Des hommes armés ont conduit 40 combattants de Daech à Tal Afar.",
    "Hombres armados llevaron a 40 combatientes del EI a Tal Afar.",
])
def test_the_opening_word_of_a_name_written_apart_is_no_place_of_its_own(analyser, text):
    # the gazetteer knows a town "Tal"; "Tal Afar" is one name
    (c,) = relocations(analyser, text)
    assert c.destination.text == "Tal Afar", c


@pytest.mark.parametrize("text, destination", [
    ("نُقلت الأسلحة إلى منطقة الزُّرق في شمال دارفور.", "الزُّرق"),
    ("وصلت شحنة من الأسلحة إلى ميناء الخُمس.", "الخُمس"),
])
def test_an_arabic_name_written_with_short_vowels_is_read_whole(analyser, text, destination):
    # the damma and shadda of "الزُّرق" are part of the word, not where it ends
    (c,) = relocations(analyser, text)
    assert c.destination.text == destination, c


@pytest.mark.parametrize("text, legs", [
    ("نقلت تركيا 300 مقاتل من حلب إلى إنجرليك. ومن إنجرليك أقلّتهم طائرات مدنية إلى قاعدة الوطية.",
     [("حلب", "إنجرليك"), ("إنجرليك", "الوطية")]),
    ("نزح آلاف المدنيين من حلب إلى إدلب.", [("حلب", "إدلب")]),
])
def test_arabic_verbs_of_carrying_and_fleeing_are_moves(analyser, text, legs):
    # "أقلّتهم": carried them (the object pronoun written onto the verb stands for the group just moved); "نزح": fled
    claims = relocations(analyser, text)
    assert [(c.origin.text, c.destination.text) for c in claims] == legs, claims


@pytest.mark.parametrize("text", [
    "وأشار تقرير إلى أن خلايا التنظيم في منطقة الساحل تتلقى أموالا من شبكات تهريب.",
    "ولفتت الوزارة إلى أن مقاتلي داعش ما زالوا في مخيم الهول.",
])
def test_arabic_pointed_to_that_opens_a_clause_and_no_destination(analyser, text):
    assert relocations(analyser, text) == []


def test_arabic_fighters_of_the_organisation_daesh_are_is_fighters(analyser):
    claims = relocations(analyser, "نقلت مروحيات أمريكية عشرات من مقاتلي تنظيم داعش من الحسكة إلى النيجر.")
    assert [canon(c.moved) for c in claims] == ["islamic state"], claims


@pytest.mark.parametrize("text, destination", [
    ("Министр заявил, что ни один боевик в Молдавию не вводился.", "Moldova"),
    ("По данным канала, боевики перебрасывались в Ливию через Турцию.", "Libya"),
    ("За даними каналу, зброя постачалася до Ізраїлю з Польщі.", "Israel"),
    ("За даними каналу, найманці перекидалися до Судану.", "Sudan"),
])
def test_the_passive_in_sya_of_a_verb_of_moving_is_a_move(analyser, text, destination):
    """Russian and Ukrainian tell a move in the passive with -ся/-сь, a lexeme of its own for the lemmatiser."""
    found = relocations(analyser, text)
    assert found and found[0].destination is not None and found[0].destination.canonical == destination, found


@pytest.mark.parametrize("text, origin, destination", [
    ("Rabat negó que desde la costa de Tarfaya hayan partido migrantes hacia Lanzarote.", "tarfaya", "lanzarote"),
    ("Al menos 400 personas salieron en neumáticas de playas cercanas a Tarfaya con destino a Lanzarote.", None,
     "lanzarote"),
    ("Segundo a polícia, cerca de 300 migrantes tinham partido de Nouadhibou rumo a Lanzarote, nas ilhas Canárias.",
     "nouadhibou", "lanzarote"),
])
def test_departures_after_an_auxiliary_and_places_near_another(analyser, text, origin, destination):
    # "partido" (es, pt) after an auxiliary is the verb (the lemma tables give it as the noun, a party);
    # "cercanas a" says where the beaches lie, not where anyone went
    claims = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    assert [((c.origin.canonical.casefold() if c.origin else None), c.destination.canonical.casefold())
            for c in claims] == [(origin, destination)]


@pytest.mark.parametrize("text, moved, destination", [
    ("Une quarantaine de mineurs isolés doivent être transférés de Mamoudzou vers La Réunion.", "civilians", "réunion"),
    ("Des enfants nés à Mayotte ont été renvoyés vers Anjouan sans leurs parents.", "civilians", "anjouan"),
    ("En 2018, la Russie a transféré à Kaliningrad de nouveaux systèmes Iskander depuis Louga.",
     "weapons and arms deliveries", "kaliningrad"),
    ("W 2018 roku Rosja przerzuciła do Kaliningradu kolejne zestawy Iskander z Ługi.", "weapons and arms deliveries",
     "kaliningrad"),
    ("Россия перебросила в Калининград новые комплексы «Искандер» из Луги.", "weapons and arms deliveries",
     "kaliningrad"),
    ("Частина бойовиків уже перебралася до Бреста з Гомеля.", "militants", "brest"),
])
def test_minors_missiles_by_name_sending_back_and_moving_oneself_over(analyser, text, moved, destination):
    (claim,) = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    assert claim.moved is not None and claim.moved.canonical.casefold() == moved
    assert claim.destination is not None and claim.destination.canonical.casefold() == destination


@pytest.mark.parametrize("text, origin, destination", [
    ("Сайтът твърди, че от Бургас към Безмер са били докарани ракетни комплекси „Пейтриът“.", "burgas",
     "bezmer air base"),
    ("Каналджии са откарали мигрантите с два микробуса от Одрин до София.", "edirne", "sofia"),
    ("Агенцията не е регистрирала износ на боеприпаси от Варна за Украйна.", "varna", "ukraine"),
])
def test_bulgarian_missile_systems_the_l_participle_and_exports_are_moves(analyser, text, origin, destination):
    (claim,) = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    assert (claim.origin.canonical.casefold(), claim.destination.canonical.casefold()) == (origin, destination)


@pytest.mark.parametrize("text, word", [
    ("Según el diario, seis carros de combate fueron trasladados desde Cartagena hasta Gdynia la semana pasada.",
     "carros de combate"),
    ("Secondo il quotidiano, dodici carri Ariete sono stati trasferiti da Verona a Trieste la settimana scorsa.",
     "carri Ariete"),
    ("D'après le journal, une dizaine de mortiers ont été acheminés de Toulon à Constanța la semaine dernière.",
     "mortiers"),
    ("По данным издания, на прошлой неделе бронемашины перевезли из Ростова в Мариуполь по железной дороге.",
     "бронемашины"),
    ("Laut der Zeitung wurde Mörsermunition in der vergangenen Woche von Unterlüß nach Rzeszów gebracht.",
     "Mörsermunition"),
    ("Według gazety w zeszłym tygodniu moździerze przewieziono z Bydgoszczy do Rzeszowa koleją.", "moździerze"),
    ("Според вестника миналата седмица бронетранспортьори бяха превозени от Варна до Бургас с влак.",
     "бронетранспортьори"),
])
def test_military_hardware_is_a_group_moved(analyser, text, word):
    """Tanks, mortars, armoured vehicles and their munitions, by their common names in each language, are the
    weapons a move carries."""
    claims = relocations(analyser, text)
    assert claims and claims[0].moved is not None, claims
    assert word in claims[0].moved.text and claims[0].moved.canonical == "Weapons and arms deliveries", claims


@pytest.mark.parametrize("text", [
    "Laut dem Bericht wurden Schützenpanzer per Bahn vom Truppenübungsplatz Bergen nach Litauen gebracht.",
    "Nach Angaben des Senders seien Haubitzen mit dem Zug von Unterlüß nach Rzeszów gebracht worden.",
    "According to the channel, dozens of tanks by rail and ship were moved from Bremerhaven to Gdynia.",
])
def test_a_group_before_a_means_phrase_that_opens_with_a_preposition_is_whom_it_moved(analyser, text):
    """"Schützenpanzer per Bahn": how they went follows the group; it is not the vehicle's kind ("civilian lorries")."""
    claims = relocations(analyser, text)
    assert claims and claims[0].moved is not None, claims
    assert claims[0].moved.canonical == "Weapons and arms deliveries", claims


@pytest.mark.parametrize("text, word", [
    ("The port authority said no vessel carrying military cargo had left Odessa.", "military cargo"),
    ("La capitainerie a démenti qu'un navire avec une cargaison militaire ait quitté Toulon.", "cargaison militaire"),
    ("El ministerio negó que un barco con un cargamento militar haya salido de Cádiz.", "cargamento militar"),
    ("Il ministero ha negato che dal porto di Genova sia salpata alcuna nave con carichi militari.",
     "carichi militari"),
    ("Die Behörde bestritt, dass ein Schiff mit Militärfracht Hamburg verlassen habe.", "Militärfracht"),
    ("Министерство опровергло, что судно с военным грузом вышло из Новороссийска.", "военным грузом"),
])
def test_military_cargo_a_vehicle_carries_is_the_weapons_moved(analyser, text, word):
    """A vessel's military cargo ("carichi militari", "военный груз") is what its denied move moved: weapons, not
    troops read off the adjective nor the vessel itself."""
    claims = relocations(analyser, text)
    assert claims and claims[0].moved is not None and claims[0].moved.text == word, claims
    assert claims[0].moved.canonical == "Weapons and arms deliveries", claims
    assert claims[0].modality == "denied", claims


@pytest.mark.parametrize("text", [
    "A military cargo plane landed in Warsaw on Monday.",
    "Two military cargo ships docked in Gdynia on Friday.",
])
def test_a_group_word_that_runs_into_a_vehicle_phrase_is_the_vehicle_s_kind(analyser, text):
    """"military cargo plane": the vehicle's phrase ("cargo plane") begins inside the group's word, which only says
    what kind of vehicle it is; a plane that lands moved no one named. (An English compound: the Romance languages
    put the vehicle first, "avión de carga militar", and never run the two together.)"""
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text, word", [
    ("According to the foreign ministry, forty returnees were flown from Erbil to Frankfurt on Tuesday.", "returnees"),
    ("Nach Angaben des Auswärtigen Amts wurden die Rückkehrer am Dienstag von Erbil nach Frankfurt geflogen.",
     "Rückkehrer"),
    ("По данным министерства, паломников во вторник доставили из Джидды в Казань чартерным рейсом.", "паломников"),
    ("Według ministerstwa repatriantów przewieziono we wtorek z Erbilu do Warszawy samolotem wojskowym.",
     "repatriantów"),
])
def test_returnees_and_pilgrims_are_civilians_moved(analyser, text, word):
    """People brought home or on a pilgrimage are civilians a move carries, in each language's own word."""
    claims = relocations(analyser, text)
    assert claims and claims[0].moved is not None and word in claims[0].moved.text, claims
    assert claims[0].moved.canonical == "Civilians", claims


@pytest.mark.parametrize("text, destination", [
    ("Ukrainian units moved twelve howitzers from Lviv to Kyiv in May, the channel said. Some of the howitzers are "
     "said to have gone on to the Poltava region.", "Poltava"),
    ("Die Kämpfer wurden nach Angaben des Senders aus Idlib nach Gaziantep gebracht. Von dort seien die Kämpfer "
     "nach Ankara weitergezogen, hieß es.", "Ankara"),
    ("Selon la chaîne, les combattants ont été transférés de Niamey à Agadez en mai. Une partie des combattants "
     "aurait ensuite été dirigée vers Arlit.", "Arlit"),
])
def test_a_group_sent_or_going_on_from_the_last_stop_is_a_leg(analyser, text, destination):
    """"gone on to", "weitergezogen", "dirigée vers": the group goes on to a further place, a leg of its own."""
    claims = relocations(analyser, text)
    assert any(c.destination is not None and destination in (c.destination.canonical or "") for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    ("Anti-tank missiles were flown from Amman to Aqaba last week, the ministry said. A further consignment is to be "
     "shipped to Benghazi in May.", "Benghazi"),
    ("Selon la chaîne, des missiles ont été livrés de Bamako à Gao en mai. Une seconde livraison doit être acheminée "
     "vers Kidal avant la fin du mois.", "Kidal"),
    ("Secondo il canale, i missili sono stati trasferiti da Bengasi a Sirte a maggio. Una seconda spedizione sarà "
     "inviata a Misurata entro giugno.", "Misrat"),
])
def test_a_further_shipment_of_the_group_told_is_its_group(analyser, text, destination):
    """"A further consignment", "une seconde livraison", "una seconda spedizione": more of what the move just told
    carried, moved on its own leg."""
    claims = relocations(analyser, text)
    later = [c for c in claims if c.destination is not None and destination in (c.destination.canonical or "")]
    assert later and later[0].moved.canonical == "Weapons and arms deliveries", claims


@pytest.mark.parametrize("text, destination", [
    ("Segundo o jornal, cerca de 30 mercenários podem ser enviados a Porto Velho até o fim do mês.", "Porto Velho"),
    ("De acordo com a agência, cerca de 40 mercenários foram levados a Kharkiv a partir de Lviv.", "Kharkiv"),
    ("Segundo o ministério, a Rússia transferiu armas para a Síria em maio.", "Syria"),
])
def test_portuguese_a_after_a_verb_of_sending_is_to(analyser, text, destination):
    """"enviados a Porto Velho": after the verb, "a" is "to"; elsewhere it is the article ("a Rússia transferiu")."""
    claims = relocations(analyser, text)
    assert claims and claims[0].destination is not None, claims
    assert destination in (claims[0].destination.canonical or ""), claims


@pytest.mark.parametrize("text, origin, destination", [
    # going on, crossing, heading, passing through: a verb of the move whose places come after their markers
    ("The convoy of Russian soldiers proceeded to Lviv.", "", "lviv"),
    ("1,800 Syrian refugees crossed the border towards Damascus.", "", "damascus"),
    ("The IS fighters headed from Raqqa towards Deir ez-Zor.", "raqqa", "deir ez-zor"),
    ("Polish tanks driving from Rzeszow to Kyiv were filmed.", "rzeszow", "kyiv"),
    ("The transit of Syrian refugees through Turkey to Germany continued.", "", "germany"),
    ("Сотни боевиков ИГ перешли из Сирии в Ирак.", "syria", "iraq"),
    ("Колонна российских военных следовала из Белгорода в Харьков.", "belgorod", "kharkiv"),
    ("Возвращение 500 беженцев из Турции в Алеппо запланировано.", "turkey", "aleppo"),
    ("El regreso de 500 refugiados de Turquía a Alepo está previsto.", "turkey", "aleppo"),
    ("Carri armati polacchi in viaggio da Rzeszow a Kiev sono stati filmati.", "rzeszow", "kyiv"),
    ("Centenas de combatentes do EI passaram da Síria para o Iraque.", "syria", "iraq"),
    ("Polskie czołgi jadące z Rzeszowa do Kijowa zostały nagrane.", "rzeszow", "kyiv"),
    ("Хиляди бежанци минаха през Турция към Германия.", "", "germany"),
])
def test_verbs_of_going_on_crossing_heading_and_passing_through_are_moves(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(origin in plain(c.origin) and destination in plain(c.destination) for c in claims), claims



@pytest.mark.parametrize("text, origin, destination", [
    ("Die Grenzpolizei brachte rund 40 Migranten nach Bruzgi.", "", "bruzgi"),
    ("Rund 50 Kämpfer seien aus Grosny nach Zchinwali gebracht worden.", "grozny", "zchinwali"),
    ("Fallschirmjäger aus Seedorf seien heimlich nach Kiew geflogen worden.", "seedorf", "kyiv"),
    ("Weitere 20 Fahrzeuge sollen im April aus Unterlüß folgen.", "unterl", ""),
])
def test_a_german_town_the_gazetteer_lacks_after_a_bare_nach_or_aus_is_an_end(analyser, text, origin, destination):
    """"nach Bruzgi", "aus Unterlüß": with no article after them, a capitalised word is a name, no common noun."""
    claims = relocations(analyser, text)
    assert any(origin in canon(c.origin) and destination in canon(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, word", [
    ("Rund 300 Flüchtlinge aus Charkiw kehrten nach Hause zurück.", "hause"),
    ("Aus Regierungskreisen hieß es, 200 Soldaten seien nach Polen verlegt worden.", "regierungskreisen"),
    ("Ein Vorauskommando aus Offizieren sei bereits in Odessa eingetroffen.", "offizieren"),
    ("Nach Recherchen der Zeitung wurden 51 Migranten nach Tripolis zurückgebracht.", "recherchen"),
])
def test_a_set_phrase_or_a_group_after_nach_or_aus_is_no_place(analyser, text, word):
    """"nach Hause", "aus Regierungskreisen", "aus Offizieren" (made of officers): no town."""
    claims = relocations(analyser, text)
    assert not any(word in canon(c.origin) or word in canon(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, moved, origin, destination", [
    # verbs of withdrawing, moving on, pouring in and shipping, and a state's troops named by a possessive
    ("سحبت روسيا قواتها من سوريا.", "russia", "syria", ""),
    ("انسحبت القوات الأمريكية من قاعدة التنف.", "united states", "tanf", ""),
    ("انتقلت قوات فاغنر من ليبيا إلى مالي.", "wagner", "libya", "mali"),
    ("تدفق آلاف اللاجئين إلى الأردن.", "civilians", "", "jordan"),
    ("شحنت إيران أسلحة إلى الحوثيين في اليمن.", "weapons", "", "yemen"),
    # a state's own nationals evacuated, and civilians in the subject case
    ("أجلت فرنسا رعاياها من النيجر.", "civilians", "niger", ""),
    ("فر المدنيون إلى قرية الباغوز.", "civilians", "", "baghuz"),
    # a town between "from" and "to" is a place as after "to", however small
    ("نقل المقاتلون من منبج إلى ليبيا.", "militants", "manbij", "libya"),
    ("نزح آلاف المدنيين من رفح إلى دير البلح.", "civilians", "rafah", "dayr al balah"),
])
def test_arabic_ordinary_ways_of_telling_a_move_give_its_slots(analyser, text, moved, origin, destination):
    claims = relocations(analyser, text)
    assert any(moved in plain(c.moved) and origin in plain(c.origin) and destination in plain(c.destination)
               for c in claims), claims


@pytest.mark.parametrize("text, count", [
    ("نقلت تركيا سبعة آلاف مرتزق إلى ليبيا.", 7000),
    ("نقل نحو ستمائة مقاتل إلى ليبيا.", 600),
    ("أرسلت روسيا أربعمئة عنصر إلى مالي.", 400),
])
def test_arabic_hundreds_and_thousands_in_words_are_the_count(analyser, text, count):
    claims = relocations(analyser, text)
    assert any(c.moved is not None and c.moved.count == count for c in claims), claims


@pytest.mark.parametrize("text", [
    "من المنتظر أن يصل مئات المرتزقة إلى ليبيا.",
    "هددت تركيا بإرسال قوات إلى ليبيا.",
    "يجري التحضير لنقل دفعة جديدة من المرتزقة إلى ليبيا.",
])
def test_arabic_an_expected_or_threatened_move_is_hypothetical(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "hypothetical" for c in claims), claims


@pytest.mark.parametrize("text, moved, origin, destination", [
    # "destacados para" is "sent to": no word of being held, whose marker would give where they were
    ("Segundo o governo de Kigali, mil militares ruandeses foram destacados para Cabo Delgado.", "rwanda", "",
     "cabo delgado"),
    # a country's adjective in the feminine ("tropas norte-coreanas")
    ("Segundo Seul, as tropas norte-coreanas foram deslocadas para a Rússia em outubro.", "north korea", "",
     "russia"),
    # the European Portuguese name of a country (CLDR gives the Brazilian "Irã")
    ("As armas foram transportadas do Irão para o Líbano através do Iraque, segundo Israel.", "weapons", "iran",
     "lebanon"),
    # migrating, setting off (a noun), heading for a place (the infinitive with its enclitic)
    ("Membros do Tren de Aragua migraram da Venezuela para a Colômbia, segundo a polícia.", "aragua", "venezuela",
     "colombia"),
    ("O ministério confirmou a partida de 220 militares portugueses para a Roménia.", "portugal", "", "romania"),
    ("Colunas de blindados russos foram vistas a dirigir-se para Kherson, segundo o exército.", "weapons", "",
     "kherson"),
])
def test_portuguese_ordinary_ways_of_telling_a_move(analyser, text, moved, origin, destination):
    claims = relocations(analyser, text)
    assert any(moved in canon(c.moved) and origin in canon(c.origin) and destination in canon(c.destination)
               for c in claims), claims


@pytest.mark.parametrize("text, modality", [
    # the future told with "ir" is a plan, not a move done
    ("Ancara vai enviar novos contingentes de mercenários sírios para a Líbia, segundo o jornal.", "hypothetical"),
    # "não identificados" (unidentified) names the helicopters; it denies nothing
    ("Helicópteros não identificados levaram militantes do Estado Islâmico para o norte do Afeganistão.",
     "asserted"),
])
def test_portuguese_modality_of_a_future_with_ir_and_of_unidentified(analyser, text, modality):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == modality for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    # a verb of going on, then a few words (a day, a vehicle, the way) before the marker of where to
    ("About 400 Syrian refugees will continue on Thursday towards Damascus.", "damascus"),
    ("Hundreds of Afghan refugees continued by bus to Vienna.", "vienna"),
    ("Los refugiados sirios continuaron en autobuses hasta Damasco.", "damascus"),
    ("Les réfugiés syriens ont poursuivi jeudi vers Damas.", "damascus"),
    ("I profughi siriani continuarono in treno verso Vienna.", "vienna"),
    ("Os refugiados sírios continuaram de autocarro até Lisboa.", "lisbon"),
    ("Беженцы продолжили на автобусах путь в Москву.", "moscow"),
    ("Біженці продовжили автобусами шлях до Львова.", "lviv"),
    ("Бежанците продължиха в четвъртък към Киев.", "kyiv"),
    ("تابع اللاجئون السوريون سيرهم نحو دمشق.", "damascus"),
])
def test_a_verb_of_going_on_a_few_words_before_its_marker_is_a_move(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(destination in plain(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, origin, destination", [
    # German separable verbs of moving written apart: the verb, its particle where the clause ends
    ("Die Fregatte mit 200 Marinesoldaten lief am Dienstag aus Sewastopol aus.", "sevastopol", ""),
    ("Hunderte Migranten wanderten im Sommer aus Syrien nach Deutschland ein.", "syria", "germany"),
    ("Die Türkei siedelte 3000 syrische Flüchtlinge nach Afrin um.", "", "afrin"),
    ("Rund 300 syrische Flüchtlinge kehrten am Montag nach Syrien heim.", "", "syria"),
    ("Die Regierung holt 200 deutsche Staatsbürger aus dem Sudan heim.", "sudan", ""),
    ("Russland zieht seine Truppen aus Cherson ab.", "kherson", ""),
    ("Die syrischen Familien zogen im Sommer nach Berlin um.", "", "berlin"),
    ("Tausende Flüchtlinge brechen am Morgen aus Tapachula auf.", "tapachula", ""),
])
def test_german_separable_verbs_of_moving_written_apart_are_moves(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(origin in plain(c.origin) and destination in plain(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, origin, destination", [
    # receiving or taking over a group from a sender named: the receiver is where the group went
    ("Iraq took over 150 IS fighters from the Syrian side.", "", "iraq"),
    ("Germany accepted 500 more refugees from Ukraine.", "ukraine", "germany"),
    ("Baghdad could take over 150 more foreign fighters from Syria.", "syria", "baghdad"),
    ("Deutschland übernimmt 200 Flüchtlinge aus Griechenland.", "greece", "germany"),
    ("Ирак принял 150 боевиков ИГ из Сирии.", "syria", "iraq"),
    ("Польща прийняла 500 біженців з України.", "ukraine", "poland"),
    ("Irak przyjął 150 bojowników ISIS z Syrii.", "syria", "iraq"),
    ("Ирак прие 150 бойци на ИД от Сирия.", "syria", "iraq"),
    ("تسلّم العراق 150 مقاتلا من داعش من سوريا.", "syria", "iraq"),
    ("España acogió a 500 refugiados de Ucrania.", "ukraine", "spain"),
    ("L'Italia ha accolto 500 profughi dall'Ucraina.", "ukraine", "italy"),
])
def test_who_takes_over_a_group_from_a_sender_named_is_where_it_went(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(origin in plain(c.origin) and destination in plain(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, origin, destination", [
    # a verb of receiving, its subject the receiver: where the group went, the sender after "from" where it came from
    ("Turkey received 300 IS detainees from Syria last week.", "syria", "turkey"),
    ("Iraq hosted 300 ISIS fighters from Syria last year.", "syria", "iraq"),
    ("Iraq admitted 300 ISIS fighters from Syria last week.", "syria", "iraq"),
    ("Ирак получил 300 боевиков ИГИЛ из Сирии.", "syria", "iraq"),
    ("Ірак отримав 300 бойовиків ІДІЛ із Сирії.", "syria", "iraq"),
    ("Ирак получи 300 бойци на ИДИЛ от Сирия.", "syria", "iraq"),
    ("Irak otrzymał 300 bojowników ISIS z Syrii.", "syria", "iraq"),
    ("Le Niger a reçu 200 combattants de Daech du Mali.", "mali", "niger"),
    # the group's name of several words is one word between the verb and its sender
    ("España recibió a 200 combatientes del Estado Islámico de Marruecos.", "morocco", "spain"),
    # a German verb of receiving written apart from its particle
    ("Polen nahm 200 IS-Kämpfer aus Belarus auf.", "belarus", "poland"),
    # the sender told by a phrase of coming from: no other move, the receiver still where they went
    ("Le Niger a accueilli des combattants de l'État islamique venus du Mali.", "mali", "niger"),
    ("España acogió a 200 combatientes del Estado Islámico procedentes de Marruecos.", "morocco", "spain"),
])
def test_the_subject_of_a_verb_of_receiving_is_where_the_group_went(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert [(plain(c.origin), plain(c.destination)) for c in claims] == [(origin, destination)], claims


@pytest.mark.parametrize("text", [
    "Iraq did not receive any IS detainees from Syria, the ministry said.",
    "Irak no recibió a combatientes del Estado Islámico de Siria.",
    "Ирак не получал боевиков ИГИЛ из Сирии.",
])
def test_a_denied_reception_is_a_denied_move_to_the_receiver(analyser, text):
    claims = relocations(analyser, text)
    assert [(c.modality, plain(c.origin), plain(c.destination)) for c in claims] == [("denied", "syria", "iraq")], \
        claims


@pytest.mark.parametrize("text, destination", [
    # a group received somewhere, no sender named: received there is arrived there, the place the destination
    ("The ministry denied that it had received 300 fighters in Tripoli last week.", "tripoli"),
    ("La alcaldía negó haber recibido a 200 soldados rusos en Bengasi.", "benghazi"),
    ("Le ministère a démenti avoir reçu des combattants étrangers à Tripoli.", "tripoli"),
    ("Il governo ha negato di aver accolto 50 miliziani a Bengasi.", "benghazi"),
])
def test_a_group_received_at_a_place_with_no_sender_went_there(analyser, text, destination):
    claims = relocations(analyser, text)
    assert [(c.modality, canon(c.origin), canon(c.destination)) for c in claims] == \
        [("denied", "", destination)], claims


@pytest.mark.parametrize("text", [
    # received no group: training, an award, a letter received somewhere move nobody
    "The ministry said it had received training in Russia.",
    "El ministerio dijo que recibió formación en Rusia.",
    "Le ministre a reçu une lettre à Tripoli.",
])
def test_receiving_something_that_is_no_group_somewhere_is_no_move(analyser, text):
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text, origin, destination", [
    # on the way, crossing, returning, and the noun of a return: the place follows its own marker
    ("كانت الحافلات التي تقل اللاجئين السوريين في طريقها إلى دمشق.", "", "damascus"),
    ("Hunderte Flüchtlinge überquerten die Grenze nach Österreich.", "", "austria"),
    ("Die syrischen Flüchtlinge kehrten nach Syrien.", "", "syria"),
    ("Le retour de 500 réfugiés syriens du Liban vers la Syrie a commencé.", "lebanon", "syria"),
])
def test_on_the_way_crossing_and_returning_in_ar_de_fr_are_moves(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(origin in plain(c.origin) and destination in plain(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, moved, origin, destination", [
    # leaving for a place: the destination phrase is the verb too
    ("Наемниците отпътуваха за Мали миналата седмица. Те бяха наети от Москва.", "mercenaries", "", "mali"),
    ("Група джихадисти замина за Сирия през лятото, съобщи полицията.", "militants", "", "syria"),
    # entering, pulling back, bringing
    ("Бойците на Хаят Тахрир ал-Шам навлязоха в Алепо, съобщиха местни източници.", "tahrir", "", "aleppo"),
    ("Бойците на Вагнер се оттеглиха от Бахмут, съобщиха украински медии.", "wagner", "bakhmut", ""),
    ("Турция доведе сирийски наемници от Идлиб в Либия, пише вестникът.", "mercenaries", "idlib", "libya"),
    # transfer as a noun of a move
    ("Трансферът на оръжие от Иран за Ирак продължава, твърдят източници.", "weapons", "iran", "iraq"),
    # reaching a place ("стигнаха до")
    ("Оръжията стигнаха до Украйна през Полша, съобщиха медиите.", "weapons", "", "ukraine"),
    # "на" after the object of a verb of giving is "to", as "за" after it is "for"
    ("Иран е доставил дронове на Русия, съобщи Пентагонът.", "weapons", "", "russia"),
    ("Германия ще достави ракети Таурус на Украйна, каза министърът.", "weapons", "", "ukraine"),
    ("Чехия дари танкове на Украйна, съобщи правителството.", "weapons", "", "ukraine"),
    ("САЩ изпратиха нова пратка оръжие за Израел, съобщиха медиите.", "weapons", "", "israel"),
])
def test_bulgarian_ordinary_ways_of_telling_a_move(analyser, text, moved, origin, destination):
    claims = relocations(analyser, text)
    assert any(moved in canon(c.moved) and origin in canon(c.origin) and destination in canon(c.destination)
               for c in claims), claims


@pytest.mark.parametrize("text, wrong", [
    # "на" after a word for troops or right after a noun of the move is "of": the owner, not where they went
    ("Вашингтон изтегли войските на САЩ от Сирия в Ирак, съобщиха медиите.", "united states"),
    ("Тази седмица започна изтеглянето на Франция от Нигер, съобщиха медиите.", "france"),
    # nor after a marker and its noun ("from the area of"), nor before a place's adjective ("of the Africa Corps")
    ("Около 500 бойци на Хизбула са били прехвърлени от района на Ал Кусайр в Сирия към Ливан, твърди разузнаването.",
     "ал кусайр"),
    ("Москва е прехвърлила около 100 членове на Африканския корпус от Либия в Нигер, съобщи вестникът.", "africa"),
])
def test_bulgarian_na_of_an_owner_is_no_destination(analyser, text, wrong):
    claims = relocations(analyser, text)
    assert not any(canon(c.destination) == wrong for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    # a place noun, then a name whose opening word is written apart, where the gazetteer holds the name without it
    ("Бойците бяха прехвърлени в базата Ал Танф, съобщиха местни източници.", "al-tanf"),
    ("Наемниците бяха откарани в авиобазата Ал Джуфра, съобщи вестникът.", "al-jufra"),
])
def test_a_place_noun_reaches_a_name_past_its_opening_word(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.destination) == destination for c in claims), claims


@pytest.mark.parametrize("text, moved, origin, destination", [
    # pulling out ("retirar", "retirarse"), bringing in ("introducir"), smuggling ("contrabandear")
    ("Según el Pentágono, las tropas rusas se retiraron de Jersón durante la noche.", "russia", "kherson", ""),
    ("El grupo Wagner retiró a sus combatientes de Bajmut, según un canal de Telegram.", "wagner", "bakhmut", ""),
    ("Según la ONU, Irán introdujo armas hasta Yemen a bordo de pequeñas embarcaciones.", "weapons", "", "yemen"),
    ("Según Israel, Irán contrabandeaba armas hacia el Líbano a través de Siria.", "weapons", "", "lebanon"),
    # leaving a place named as the object of "dejar"
    ("Según el Elíseo, las últimas tropas francesas dejaron Níger en diciembre.", "france", "niger", ""),
    ("Los combatientes del Estado Islámico dejaron Raqa rumbo a Deir ez-Zor, según el Observatorio.",
     "islamic state", "raqqa", "deir"),
    # bombers and warships are weapons moved
    ("Según el Ministerio de Defensa, Rusia envió bombarderos estratégicos a Venezuela.", "weapons", "", "venezuela"),
    ("Según la agencia TASS, Moscú trasladó buques de guerra a Cuba la semana pasada.", "weapons", "", "cuba"),
    # militiamen are fighters
    ("Decenas de milicianos salieron de Idlib hacia Afrín, según el Observatorio.", "militants", "idlib", "afrin"),
    # the border "with" a country: the marker reaches the country
    ("Según el Pentágono, Rusia trasladó a miles de soldados a la frontera con Ucrania.", "russia", "", "ukraine"),
    ("Según la ONU, cientos de refugiados sirios llegaron a la frontera con Jordania.", "civilians", "", "jordan"),
    # Spanish drops the subject: a passive with none moves the group told in the sentence before
    ("Los combatientes fueron reunidos en Alepo durante semanas. Luego fueron enviados a Libia en avión.",
     "militants", "", "libya"),
])
def test_spanish_ordinary_ways_of_telling_a_move(analyser, text, moved, origin, destination):
    claims = relocations(analyser, text)
    assert any(moved in canon(c.moved) and origin in plain(c.origin) and destination in plain(c.destination)
               for c in claims), claims


@pytest.mark.parametrize("text, agent", [
    # "informar de que": the "de" opens what was said, it marks no origin
    ("El Observatorio informó de que Turquía trasladó a 300 mercenarios sirios a Libia.", "turkey"),
    ("La agencia estatal informó de que Rusia envió armas a Siria la semana pasada.", "russia"),
])
def test_spanish_de_que_opens_what_was_said_not_an_origin(analyser, text, agent):
    claims = relocations(analyser, text)
    assert any(agent in canon(c.agent) and not c.origin for c in claims), claims


@pytest.mark.parametrize("text", [
    # the future is written onto the verb itself: a move to come, as "will send"
    "Secondo il ministero, Washington invierà a Kiev nuovi sistemi HIMARS nelle prossime settimane.",
    "Le truppe americane lasceranno l'Iraq entro il 2026, ha annunciato il governo di Baghdad.",
    "Il governo turco trasferirà altri mercenari siriani in Libia, scrive il quotidiano.",
])
def test_italian_a_move_in_the_future_tense_is_hypothetical(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "hypothetical" for c in claims), claims


@pytest.mark.parametrize("text, moved, origin, destination", [
    # "il ritiro delle truppe" keeps the troops' state for the group moved
    ("Il ritiro delle truppe americane dall'Afghanistan è stato completato alla fine di agosto.", "united states",
     "afghanistan", ""),
    # a withdrawal from a place, the group after it
    ("Il ritiro dalla Siria delle truppe americane è stato completato alla fine di agosto.", "united states",
     "syria", ""),
])
def test_italian_a_withdrawal_keeps_the_group_and_its_state(analyser, text, moved, origin, destination):
    claims = relocations(analyser, text)
    assert any(moved in canon(c.moved) and origin in canon(c.origin) and destination in canon(c.destination)
               for c in claims), claims


def test_italian_who_reported_a_move_is_not_where_it_started(analyser):
    """"denunciato da Damasco": Damascus told of the transfer; it is no origin of it."""
    claims = relocations(analyser, "Il trasferimento dei jihadisti in Iraq, denunciato da Damasco, "
                                   "prosegue da mesi secondo gli osservatori.")
    assert claims and all(c.origin is None for c in claims), claims


@pytest.mark.parametrize("text", [
    # ruled out having done it
    "Il Cremlino ha escluso di aver inviato soldati russi in Libia, secondo l'agenzia Tass.",
    # "it does not appear that": the ministry's wording of a denial
    "Non risulta che soldati italiani siano stati mandati in Ucraina, ha precisato il ministro della Difesa.",
])
def test_italian_official_wording_of_a_denial(analyser, text):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text, moved, destination", [
    # exported weapons, and the verbs of streaming, pouring or diverting into a place
    ("Secondo il rapporto, l'Italia ha esportato armi in Egitto per centinaia di milioni.", "weapons", "egypt"),
    ("Centinaia di mercenari siriani si sono riversati in Libia nelle ultime settimane.", "mercenaries", "libya"),
    ("Decine di combattenti siriani sono confluiti a Tripoli, secondo fonti locali.", "militants", "tripoli"),
    ("Un gruppo di miliziani siriani è stato dirottato in Libia, riferisce l'Osservatorio.", "militants", "libya"),
    ("Centinaia di mercenari siriani hanno fatto ingresso in Libia, secondo fonti locali.", "mercenaries", "libya"),
    # by air: "via aerea" is the means, no stop on the way
    ("Centinaia di mercenari siriani sono stati trasferiti via aerea in Libia, scrive il quotidiano.", "mercenaries",
     "libya"),
    # a flight for a place is where they went
    ("I mercenari siriani si sono imbarcati su un volo per Tripoli, secondo l'Osservatorio.", "mercenaries",
     "tripoli"),
])
def test_italian_more_verbs_of_a_move_and_a_flight_for_a_place(analyser, text, moved, destination):
    claims = relocations(analyser, text)
    assert any(moved in canon(c.moved) and destination in canon(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, origin", [
    # the place evacuated is where they left
    ("Secondo lo Stato maggiore, le truppe russe hanno evacuato Kherson nella notte.", "kherson"),
    # falling back from a place
    ("Le truppe russe hanno ripiegato dalla regione di Kiev, secondo il ministero ucraino.", "kyiv"),
])
def test_italian_evacuating_a_place_and_falling_back_from_it(analyser, text, origin):
    claims = relocations(analyser, text)
    assert any("russia" in canon(c.moved) and origin in plain(c.origin) for c in claims), claims


@pytest.mark.parametrize("text, moved, destination", [
    # kinds and branches of troops
    ("Die Gebirgsjäger wurden aus Bayern nach Litauen verlegt.", "gebirgsjäger", "lithuania"),
    ("Срочников перевели из Москвы в Курск.", "срочников", "kursk"),
    ("Строковиків перевели з Києва до Львова.", "строковиків", "lviv"),
    ("Резервистите бяха изпратени от Москва в Белгород.", "резервистите", "belgorod"),
    # insurgents, militiamen, guerrillas: militants (not "rebels": "moderate rebels" are no terrorists to the matcher)
    ("Several hundred guerrillas were taken across the border to Chad.", "militants", "chad"),
    ("Hundreds of militiamen were moved from Tripoli to Sirte.", "militants", "sirte"),
    ("Сотні повстанців втекли до Чаду.", "militants", "chad"),
    # people by their condition, counted: wards of a home
    ("60 wychowanków domu dziecka ewakuowano z Charkowa do Lwowa.", "wychowanków", "lviv"),
])
def test_kinds_of_troops_rebels_and_wards_of_a_home_are_groups_moved(analyser, text, moved, destination):
    claims = relocations(analyser, text)
    assert any(moved in canon(c.moved) and destination in canon(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, origin, destination", [
    # on the way, with the places after their own markers
    ("About 200 fighters are on their way from Tripoli to Sirte.", "tripoli", "sirte"),
    ("Circa 200 uomini sarebbero in viaggio via terra da Tripoli verso Sirte.", "tripoli", "sirte"),
    ("Rund 200 Kämpfer sind auf dem Weg von Tripolis nach Sirte.", "tripoli", "sirte"),
    ("Около 200 боевиков находятся в пути из Триполи в Сирт.", "tripoli", "sirte"),
    ("Około 200 bojowników jest w drodze z Trypolisu do Syrty.", "tripoli", "sirte"),
    # falling back, in an imperfective past
    ("Боевики отступали из Мосула в Сирию.", "mosul", "syria"),
    ("Бойовики відступали з Мосула до Сирії.", "mosul", "syria"),
])
def test_on_the_way_and_falling_back_are_moves(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(origin in canon(c.origin) and destination in canon(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, origin, destination", [
    ("Soldaten des Geschwaders, die aus Polen in die Slowakei verlegt wurden, kehrten zurück.", "poland", "slovakia"),
    ("Soldiers of the squadron, who were moved from Poland to Slovakia, returned home.", "poland", "slovakia"),
    ("Les soldats, qui avaient été transférés de Gao vers Niamey, sont rentrés.", "gao", "niamey"),
    ("Солдаты, которые были переброшены из Москвы в Белгород, вернулись.", "moscow", "belgorod"),
    ("Żołnierze, którzy zostali przerzuceni z Polski na Słowację, wrócili.", "poland", "slovakia"),
])
def test_troops_before_a_relative_clause_are_moved_by_its_verb(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(c.moved is not None and origin in canon(c.origin) and destination in canon(c.destination)
               for c in claims), claims


# Being resettled from a place is a move, though the word alone says where they were put; entering, falling back,
# fleeing, being on the way to a place, and partisans as a group, in the words of each language.
@pytest.mark.parametrize("text, origin, destination", [
    ("The families were resettled from Raqqa to Idlib.", "raqqa", "idlib"),
    ("Las familias fueron reubicadas desde Siria a Turquía.", "syria", "turkey"),
    ("Les familles ont été relogées de Marioupol à Donetsk.", "mariupol", "donetsk"),
    ("Les soldats maliens se sont repliés sur Tombouctou.", "", "timbuktu"),
    ("Des milliers de civils se sont enfuis vers le Tchad.", "", "chad"),
    ("Украинските войници са на път за Полша.", "", "poland"),
    ("Wojska tureckie weszły do Idlibu.", "", "idlib"),
    ("Les troupes turques sont entrées à Idlib.", "", "idlib"),
    ("Russische Soldaten sind in die Stadt Cherson eingerückt.", "", "kherson"),
    ("About 3,000 Venezuelans crossed the river into Colombia.", "", "colombia"),
    ("Партизаны перебросили из Херсона в Николаев.", "kherson", "mykolayiv"),
    ("Партизани перекинули з Херсона до Миколаєва.", "kherson", "mykolayiv"),
])
def test_resettling_entering_falling_back_and_the_way_there_are_moves(analyser, text, origin, destination):
    claims = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    assert claims
    got = [((c.origin.canonical or c.origin.text).casefold() if c.origin else "",
            (c.destination.canonical or c.destination.text).casefold() if c.destination else "") for c in claims]
    assert (origin, destination) in got


def test_being_housed_somewhere_is_no_move(analyser):
    text = "The refugees were housed in Kharkiv."
    assert not [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]


@pytest.mark.parametrize("text", [
    "Костяк группировки составили местные радикалы, а не переселенцы из Сирии.",
    "В посёлке живут переселенцы из Донбасса, рассказал глава района.",
    "Кістяк угруповання склали місцеві радикали, а не переселенці із Сирії.",
    "У селі мешкають переселенці з Донбасу, розповів голова громади.",
])
def test_settlers_named_by_where_they_came_from_are_no_move(analyser, text):
    """The people's noun of resettling ("переселенцы из Сирии") says who they are, not that anyone moved them;
    the verb and its noun of action ("переселены", "переселение") still tell a move."""
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text, moved, destination", [
    # the imperfect and its future, the plural, the unvocalised passive of the fourth form, an object pronoun
    ("يهرّب الحرس الثوري الإيراني الأسلحة من سوريا إلى لبنان كل شهر.", "weapons", "lebanon"),
    ("أُجلي عشرات المدنيين من حلب إلى إدلب.", "civilians", "idlib"),
    ("تستقدم تركيا مئات المرتزقة من سوريا إلى ليبيا.", "mercenaries", "libya"),
    ("أدخل التحالف الدولي شحنة أسلحة إلى الحسكة.", "weapons", "al ḩasakah"),
    ("قال مصدر إن العراق سيعيد ١٥٠ عائلة من مخيم الهول إلى الموصل.", "civilians", "mosul"),
    ("تسللت مجموعة من مسلحي داعش من العراق إلى سوريا.", "islamic state", "syria"),
    ("اعتقلت قسد عشرات المسلحين. ثم أرسلتهم تركيا إلى ليبيا.", "militants", "libya"),
    ("قال سكان إن آلاف الأسر نزحت من حلب إلى بلدة عفرين.", "civilians", "‘afrīn"),
    ("قال مصدر إن نحو عشرين مقاتلاً من داعش سافروا من إدلب إلى أوكرانيا عبر تركيا.", "islamic state", "ukraine"),
    ("Iran smuggles weapons from Syria into Lebanon every month.", "weapons", "lebanon"),
    ("Dozens of civilians were evacuated from Aleppo to Idlib.", "civilians", "idlib"),
])
def test_arabic_trigger_verbs_in_every_tense_number_and_voice_give_the_move(analyser, text, moved, destination):
    claims = relocations(analyser, text)
    assert any(moved in canon(c.moved) and canon(c.destination) == destination for c in claims), claims


@pytest.mark.parametrize("text, destination, not_there", [
    # the preposition "to" written onto the place: with the article ("للعراق"), before a place noun, a country;
    # after a word of loyalty it says whose side, not where to ("الفصائل الموالية لتركيا")
    ("نقل التحالف الدولي عناصر داعش للعراق.", "iraq", ""),
    ("نقلت القوات الأمريكية المعتقلين لقاعدة التنف.", "al-tanf", ""),
    ("أرسلت تركيا مرتزقة سوريين لأذربيجان عبر جورجيا.", "azerbaijan", ""),
    ("نقلت الفصائل الموالية لتركيا مسلحين من إدلب لليبيا.", "libya", "turkey"),
    ("La coalition a transféré des combattants de Daech vers l'Irak.", "iraq", ""),
])
def test_an_arabic_destination_marker_written_onto_the_place_is_where_they_went(analyser, text, destination,
                                                                                  not_there):
    claims = relocations(analyser, text)
    assert any(plain(c.destination) == destination for c in claims), claims
    assert not any(not_there and plain(c.destination) == not_there for c in claims), claims


@pytest.mark.parametrize("text, source, modality", [
    # a body's name takes in the adjectives after it, never the verbal noun of the move ("إرسال": that is denied)
    # nor "قوله" (his words: what he said follows)
    ("نفت وزارة الدفاع التركية إرسال مرتزقة إلى ليبيا.", "وزارة الدفاع التركية", "denied"),
    ("نفت الحكومة التركية نقل مسلحين إلى أذربيجان.", "الحكومة التركية", "denied"),
    ("ونقل موقع «الشام» عن مصدر قوله إن تركيا أرسلت مرتزقة إلى ليبيا.", "مصدر", "reported"),
])
def test_an_arabic_source_is_not_widened_over_the_move_or_the_words_said(analyser, text, source, modality):
    claims = relocations(analyser, text)
    assert claims and claims[0].modality == modality, claims
    assert claims[0].destination is not None and claims[0].source is not None, claims
    assert claims[0].source.text == source


@pytest.mark.parametrize("text, agent", [
    # the object pronoun written onto the verb is the group named before; the state right after the verb moved them
    ("اعتقلت قسد عشرات المسلحين. ثم أرسلتهم تركيا إلى ليبيا.", "turkey"),
    ("اعتقلت قسد عشرات المسلحين. ثم نقلتهم الولايات المتحدة إلى العراق.", "united states"),
    ("The SDF detained dozens of militants. Turkey then sent them to Libya.", "turkey"),
])
def test_who_follows_an_arabic_verb_with_its_object_pronoun_moved_them(analyser, text, agent):
    claims = relocations(analyser, text)
    assert any(canon(c.agent) == agent and canon(c.moved) == "militants" for c in claims), claims


@pytest.mark.parametrize("text, moved, destination", [
    # an adjective of the troops may stand between their word and their state's ("reinforcements, military, American")
    ("وصلت تعزيزات عسكرية أمريكية إلى قاعدة التنف.", "united states", "al-tanf"),
    ("أرسلت روسيا قوات خاصة شيشانية إلى سوريا.", "russia", "syria"),
    ("Washington sent additional American troops to Syria.", "united states", "syria"),
])
def test_arabic_troops_with_an_adjective_before_their_state_s_are_its_troops(analyser, text, moved, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.moved) == moved and plain(c.destination) == destination for c in claims), claims


@pytest.mark.parametrize("text, source", [
    # "نقلت وكالة ... عن": the outlet quotes someone; its verb moves no one, the move told after "أن" is reported
    ("نقلت وكالة سانا عن مصادر محلية أن القوات الأمريكية نقلت عناصر داعش إلى العراق.", "sana"),
    ("SANA quoted local sources as saying that US forces had moved IS members to Iraq.", "sana"),
])
def test_an_arabic_outlet_quoting_someone_tells_the_move_it_does_not_make_it(analyser, text, source):
    claims = relocations(analyser, text)
    assert claims and all(c.modality == "reported" for c in claims), claims
    assert any(canon(c.agent) == "united states" and canon(c.source) == source for c in claims), claims


@pytest.mark.parametrize("text, origin, destination", [
    # verbs of going in and their imperfectives ("заходили", "заїжджали", "прилетали"), of flying off ("вылетают"),
    # of leaving ("не покидали"); shipping, going and coming back in French; bringing back, unloading and setting off in
    # German; coming ashore in English
    ("Суда с оружием заходили в порт Одессы из Турции.", "turkey", "odesa"),
    ("Российские военные прилетали в Кишинёв из Москвы.", "moscow", "chisinau"),
    ("Паломники вылетают из Исламабада в Джидду.", "islamabad", "jeddah"),
    ("Вантажівки з боєприпасами заїжджали до Бєлгорода з Воронежа.", "voronezh", "belgorod"),
    ("Російські військові прилітали до Кишинева з Москви.", "moscow", "chisinau"),
    ("Російські військові не покидали Придністров'я.", "transnistria", ""),
    ("Ils affirment que des drones ont été expédiés de Toulon vers Odessa.", "toulon", "odesa"),
    ("Une centaine de soldats ukrainiens se sont rendus de Lviv à Varsovie.", "lviv", "warsaw"),
    ("Plusieurs familles sont revenues de Syrie en Belgique.", "syria", "belgium"),
    ("Die Rückführung der Familien aus Syrien nach Deutschland dauert seit Jahren an.", "syria", "germany"),
    ("Im Hafen Danzig wurden amerikanische Panzer aus Texas entladen.", "texas", "gdansk"),
    ("Eine Kolonne russischer Soldaten ist am Morgen von Minsk aus nach Brest aufgebrochen.", "minsk", "brest"),
    ("About 200 migrants came ashore in Malta from Libya on Sunday.", "libya", "malta"),
])
def test_verbs_of_going_in_flying_off_coming_back_and_unloading_are_moves(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(plain(c.origin) == origin and plain(c.destination) == destination for c in claims), claims


@pytest.mark.parametrize("text, moved, origin, destination", [
    # "на" before a noun of a site (front, range, airport, station, port) is "to, at", not "of"
    ("Турция изпрати наемници в Либия. Наемниците бяха изпратени на фронта край Сирт.", "mercenaries", "", "sirte"),
    # ... and right after a passive participle of giving or sending: "to" whom
    ("Оръжията бяха доставени на Украйна, съобщи министерството.", "weapons", "", "ukraine"),
    # directed to, carried across, docked: verbs of a move
    ("Оттам корабът бил насочен към Констанца с боеприпаси.", "weapons", "", "constan"),
    ("Боеприпасите били прекарани с влак до Румъния, пише изданието.", "weapons", "", "romania"),
    ("Корабът акостира в пристанище Констанца с оръжия, пише изданието.", "weapons", "", "constan"),
    # received from a state, in the imperfective ("не е получавала"): a move to the receiver
    ("Молдова не е получавала никакви оръжия от Румъния.", "weapons", "romania", "moldova"),
])
def test_bulgarian_na_before_a_site_or_a_receiver_and_more_verbs_of_a_move(analyser, text, moved, origin,
                                                                           destination):
    claims = relocations(analyser, text)
    assert any(moved in canon(c.moved) and origin in canon(c.origin) and destination in canon(c.destination)
               for c in claims), claims


@pytest.mark.parametrize("text, moved, origin, destination, modality", [
    # Italian drops the subject: a passive auxiliary in the past or future stands for the group named before, and
    # the future one ("saranno trasferiti") tells a move to come
    ("I miliziani erano a Tripoli. Domani saranno trasferiti a Misurata.", "militants", "", "misrat", "hypothetical"),
    ("I miliziani erano a Tripoli. Furono trasferiti a Misurata.", "militants", "", "misrat", "asserted"),
    ("I miliziani erano a Tripoli. Vennero trasferiti a Misurata.", "militants", "", "misrat", "asserted"),
    # going out of a place, with its preposition
    ("Nessun mezzo è uscito da Camp Darby con le armi.", "weapons", "camp darby", "", "denied"),
    # "il Paese", capitalised as the Italian press writes it, is the country named before, not a town
    ("La Russia ha firmato un accordo con la Siria. Centinaia di soldati russi sono arrivati nel Paese.", "russia", "",
     "syria", "asserted"),
])
def test_italian_a_passive_with_no_subject_going_out_and_il_paese(analyser, text, moved, origin, destination,
                                                                  modality):
    claims = relocations(analyser, text)
    assert any(moved in canon(c.moved) and origin in canon(c.origin) and destination in canon(c.destination)
               and c.modality == modality for c in claims), claims


@pytest.mark.parametrize("text, moved, destination", [
    # distributing or carrying round to several places: a move to where they were spread
    ("The weapons were distributed to militias in Libya.", "weapons", "libya"),
    ("Оружие развезли в Донецк и Луганск.", "weapons", "donetsk"),
    ("Broń rozwieziono do Lwowa.", "weapons", "lviv"),
    ("Migrantów rozwieziono do ośrodków w Polsce.", "civilians", "poland"),
    ("Die Waffen wurden nach Litauen verteilt.", "weapons", "lithuania"),
    ("Las armas fueron distribuidas a Ucrania.", "weapons", "ukraine"),
    ("I migranti sono stati smistati nei centri di Bologna.", "civilians", "bologna"),
    # loading and unloading, their nouns too: the German participle is also a held word
    ("Die Verladung der Panzer nach Litauen begann am Montag.", "weapons", "lithuania"),
    ("Танки выгружают на станции в Белгороде.", "weapons", "belgorod"),
    ("Le déchargement des chars à Gdynia a eu lieu lundi.", "weapons", "gdynia"),
])
def test_verbs_of_distributing_loading_and_unloading_are_moves(analyser, text, moved, destination):
    claims = relocations(analyser, text)
    assert any(moved in canon(c.moved) and destination in canon(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, moved, origin, destination", [
    # verbs of going on their own: a move with a movable group right before them and a place marked right after
    ("The fighters went to Idlib after the deal.", "militants", "", "idlib"),
    ("Hundreds of mercenaries came to Libya from Syria.", "mercenaries", "syria", "libya"),
    ("Боевики шли в Сирию через Ирак.", "militants", "", "syria"),
    ("Боевики перешли в Турцию ночью.", "militants", "", "turkey"),
    ("Бойовики перейшли до Туреччини вночі.", "militants", "", "turkey"),
    ("Наемниците отидоха в Сирия.", "mercenaries", "", "syria"),
    ("Bojownicy poszli do Syrii.", "militants", "", "syria"),
    ("Die Söldner zogen nach Libyen.", "mercenaries", "", "libya"),
    ("Les mercenaires sont allés en Libye.", "mercenaries", "", "libya"),
    ("Los mercenarios vinieron a Libia desde Siria.", "mercenaries", "syria", "libya"),
    ("I mercenari sono andati in Libia.", "mercenaries", "", "libya"),
    ("Os mercenários vieram para a Líbia.", "mercenaries", "", "libya"),
])
def test_verbs_of_going_are_moves_with_a_movable_group_before_and_a_place_marked_after(analyser, text, moved, origin,
                                                                                   destination):
    claims = relocations(analyser, text)
    assert any(moved in canon(c.moved) and origin in canon(c.origin) and destination in canon(c.destination)
               for c in claims), claims


@pytest.mark.parametrize("text, moved, origin, destination", [
    # the place after the marker a town the gazetteer knows and the entity lexicon lacks: a place all the same
    ("Семьи бегут из Нарвы в Ивангород.", "civilians", "narva", "ivangorod"),
    ("Біженці йшли з Нарви до Івангорода.", "civilians", "narva", "ivangorod"),
    ("Les réfugiés sont allés à Ivangorod.", "civilians", "", "ivangorod"),
    ("I mercenari sono andati a Ivangorod.", "mercenaries", "", "ivangorod"),
])
def test_verbs_of_going_reach_a_town_the_gazetteer_knows(analyser, text, moved, origin, destination):
    claims = relocations(analyser, text)
    assert any(moved in canon(c.moved) and origin in canon(c.origin) and destination in canon(c.destination)
               for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    # men said to be armed, named by no other group word ("armed men", "gunmen"): militants, a movable group
    ("Dozens of armed men were moved to Idlib last week.", "idlib"),
    ("Gunmen were taken by truck to Libya.", "libya"),
    ("Десятки вооружённых людей перебросили в Сирию.", "syria"),
    ("Озброєних людей перекинули до Сирії.", "syria"),
    ("Bewaffnete Männer wurden nach Libyen gebracht.", "libya"),
    ("Des hommes armés ont été transférés en Libye.", "libya"),
    ("Unos 100 hombres armados fueron trasladados a Libia.", "libya"),
    ("Homens armados foram levados para a Líbia.", "libya"),
    ("Uzbrojonych mężczyzn przewieziono do Libii.", "libya"),
    ("Uomini armati sono stati trasferiti in Libia.", "libya"),
    ("Въоръжени мъже бяха прехвърлени в Либия.", "libya"),
])
def test_armed_men_named_by_no_other_group_word_are_militants_who_can_be_moved(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any("militants" in canon(c.moved) and destination in canon(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    # electronic warfare systems and stations, and air defence systems spelled out: weapons, moved as materiel
    ("Russia has sent electronic warfare systems to Venezuela.", "venezuela"),
    ("Россия перебросила комплексы РЭБ в Белоруссию.", "belarus"),
    ("Росія перекинула комплекси РЕБ до Білорусі.", "belarus"),
    ("Rusia envió sistemas de guerra electrónica a Venezuela.", "venezuela"),
    ("Русия изпрати системи за противовъздушна отбрана в Сърбия.", "serbia"),
])
def test_electronic_warfare_and_air_defence_systems_are_weapons_that_are_moved(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any("weapons" in canon(c.moved) and destination in canon(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    # commanders are a word for troops in every language: a state's adjective makes them its own
    ("Varios comandantes rusos fueron trasladados a Siria.", "syria"),
    ("Des commandants russes ont été envoyés en Syrie.", "syria"),
    ("Alcuni comandanti russi sono stati trasferiti in Siria.", "syria"),
    ("Comandantes russos foram enviados para a Síria.", "syria"),
])
def test_commanders_are_troops_of_the_state_their_adjective_names(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.moved) == "russia" and destination in canon(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, moved, destination", [
    # the accusative and instrumental forms of "not a single" count the noun after them as the other forms do:
    # it is the group of a denied move
    ("Ни одну семью не вывезли в Россию, заявили в ведомстве.", "семью", "russia"),
    ("Ни одну роту не перебросили в Белоруссию.", "роту", "belarus"),
    ("Жодну роту не перекинули до Білорусі.", "роту", "belarus"),
    ("Żadną rodzinę nie wywieziono do Rosji.", "rodzinę", "russia"),
])
def test_not_a_single_in_the_accusative_counts_the_group_of_a_denied_move(analyser, text, moved, destination):
    claims = relocations(analyser, text)
    assert any(c.moved is not None and c.moved.text == moved and canon(c.destination) == destination
               and c.modality == "denied" for c in claims), claims


@pytest.mark.parametrize("text, state", [
    # deminers and bomb disposal experts are a word for troops: a state's adjective makes them its own
    ("Dozens of German deminers were flown to Kharkiv last week.", "germany"),
    ("French bomb disposal experts were sent to Kharkiv.", "france"),
    ("Deutsche Kampfmittelräumer wurden nach Charkiw verlegt.", "germany"),
    ("Des démineurs français ont été envoyés à Kharkiv.", "france"),
    ("Artificieros españoles fueron enviados a Járkov.", "spain"),
    ("Artificieri italiani sono stati inviati a Kharkiv.", "italy"),
    ("Desminadores brasileiros foram enviados para Kharkiv.", "brazil"),
])
def test_deminers_are_troops_of_the_state_their_adjective_names(analyser, text, state):
    claims = relocations(analyser, text)
    assert any(canon(c.moved) == state and canon(c.destination) == "kharkiv" for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    # the staff of an embassy or a plant ("персонал", "Botschaftspersonal", "personnel de l'ambassade") are civilians
    ("Персонал посольства эвакуировали в Вену.", "vienna"),
    ("Персонал станції вивезли до Криму.", "crimea"),
    ("Das Botschaftspersonal wurde nach Wien ausgeflogen.", "vienna"),
    ("Le personnel de l'ambassade a été évacué vers Vienne.", "vienna"),
    ("El personal de la embajada fue evacuado a Viena.", "vienna"),
    ("Il personale dell'ambasciata è stato evacuato a Vienna.", "vienna"),
])
def test_the_staff_of_an_embassy_or_a_plant_are_civilians_who_can_be_moved(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.moved) == "civilians" and destination in canon(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, origin, destination", [
    # driving out, redirecting, rebasing and dropping off someone, in the impersonal "-no" form and in the past
    ("Mieszkańców wypędzono z Chersonia na Krym.", "kherson", "crimea"),
    ("Żołnierze wypędzili cywilów z Mariupola do Rosji.", "mariupol", "russia"),
    ("Czołgi przekierowano z Rzeszowa do Lwowa.", "rzeszow", "lviv"),
    ("Rosja przebazowała myśliwce z Krymu do Rostowa.", "crimea", "rostov-on-don"),
    ("Niemiecka policja podrzuciła migrantów z Berlina do Szczecina.", "berlin", "szczecin"),
])
def test_polish_verbs_of_driving_out_redirecting_rebasing_and_dropping_off_are_moves(analyser, text, origin,
                                                                                      destination):
    claims = relocations(analyser, text)
    assert any(plain(c.origin) == origin and plain(c.destination) == destination for c in claims), claims


@pytest.mark.parametrize("text, moved, state, destination", [
    # volunteers who go to fight are a word for troops: their state's when it moves them or names them
    ("Polska przerzuca ochotników na Ukrainę.", "ochotników", "poland", "ukraine"),
    ("Польша перебрасывает добровольцев на Украину.", "добровольцев", "poland", "ukraine"),
    ("Польща перекидає добровольців в Україну.", "добровольців", "poland", "ukraine"),
    ("Полша прехвърля доброволци в Украйна.", "доброволци", "poland", "ukraine"),
    ("Польские добровольцы прибыли в Киев.", "Польские добровольцы", "poland", "kyiv"),
])
def test_volunteers_are_troops_that_can_be_moved(analyser, text, moved, state, destination):
    claims = relocations(analyser, text)
    assert any(c.moved is not None and c.moved.text == moved and canon(c.moved) == state
               and plain(c.destination) == destination for c in claims), claims


def test_bulgarian_volunteers_before_a_verb_of_evacuating_are_still_its_doers(analyser):
    [claim] = relocations(analyser, "Доброволци евакуираха жителите от Харков до Лвов.")
    assert claim.agent.text == "Доброволци" and canon(claim.moved) == "civilians"


@pytest.mark.parametrize("text, agent, destination", [
    # a complex preposition that opens with a marker ("in response", "as a result of", "because of") marks no
    # place: the state after it is the mover, not where they went or came from
    ("W odpowiedzi Rosja przerzuciła żołnierzy do Mińska.", "Rosja", "minsk"),
    ("W związku z tym Rosja przerzuciła żołnierzy do Mińska.", "Rosja", "minsk"),
    ("W przeciwieństwie do Polski Rosja przerzuciła żołnierzy do Mińska.", "Rosja", "minsk"),
    ("В ответ Россия перебросила военных в Минск.", "Россия", "minsk"),
    ("Из-за войны Россия перебросила военных в Минск.", "Россия", "minsk"),
    ("У відповідь Росія перекинула військових до Мінська.", "Росія", "minsk"),
    ("У зв'язку з цим Росія перекинула військових до Мінська.", "Росія", "minsk"),
    ("В отговор Русия прехвърли войници в Минск.", "Русия", "minsk"),
    ("Във връзка с това Русия прехвърли войници в Минск.", "Русия", "minsk"),
    ("С согласия Белоруссии Россия перебросила военных в Минск.", "Россия", "minsk"),
    ("Зі згоди Білорусі Росія перекинула військових до Мінська.", "Росія", "minsk"),
])
def test_a_complex_preposition_opening_with_a_marker_marks_no_place(analyser, text, agent, destination):
    [claim] = relocations(analyser, text)
    assert (claim.agent.text, claim.origin, plain(claim.destination)) == (agent, None, destination)


@pytest.mark.parametrize("text, state, destination", [
    # a government body tells of troops of no state named, moved by nobody named, to a place in its own state
    ("Poland's Interior Ministry said 150 more troops would be sent to Podlasie by the weekend.", "poland",
     "podlaskie"),
    ("Das polnische Innenministerium teilte mit, 150 weitere Soldaten würden bis Freitag nach Białystok verlegt.",
     "poland", "białystok"),
    ("Міністерство оборони України повідомило, що ще 300 військових буде перекинуто до Львова.", "ukraine", "lviv"),
    ("Le ministère français des Armées a indiqué que 200 soldats seront envoyés à Toulon la semaine prochaine.",
     "france", "toulon"),
    ("El Ministerio de Defensa de España informó de que 200 soldados serán enviados a Melilla.", "spain", "melilla"),
])
def test_troops_a_state_body_says_are_moved_at_home_are_its_own(analyser, text, state, destination):
    claims = relocations(analyser, text)
    assert any(canon(c.moved) == state and destination in canon(c.destination) for c in claims), claims


@pytest.mark.parametrize("text", [
    # every place of the move abroad: the body may speak of another state's troops
    "Poland's Interior Ministry said 150 more troops would be sent to Lithuania by the weekend.",
    "Ukraine's intelligence said 2,000 troops were moved to Belarus.",
])
def test_troops_a_state_body_says_are_moved_abroad_are_not_given_its_state(analyser, text):
    claims = relocations(analyser, text)
    assert not any(canon(c.moved) in ("poland", "ukraine") for c in claims), claims


@pytest.mark.parametrize("text, state, destination", [
    # a body that names no state ("the Interior Ministry", "le ministère de la Défense") tells of troops of no state
    # moved by nobody named within one state: that state's own
    ("The Interior Ministry said 200 more troops would be sent to Podlasie.", "poland", "podlaskie"),
    ("Le ministère de la Défense a indiqué que 150 soldats seront envoyés en Corse.", "france", "corsica"),
    ("El Ministerio de Defensa informó de que 300 soldados serán trasladados a Ceuta.", "spain", "ceuta"),
    ("Il ministero della Difesa ha dichiarato che 250 soldati saranno inviati in Sardegna.", "italy", "sardinia"),
])
def test_troops_a_nameless_state_body_says_are_moved_within_one_state_are_that_states(analyser, text, state,
                                                                                       destination):
    claims = relocations(analyser, text)
    assert any(canon(c.moved) == state and destination in canon(c.destination) for c in claims), claims


@pytest.mark.parametrize("text", [
    # the move spans two states: no one state is the body's
    "The Interior Ministry said 200 more troops would be moved from Podlasie to Lithuania.",
    "Le ministère de l'Intérieur a indiqué que 200 policiers seront envoyés de Lille en Belgique.",
])
def test_a_nameless_body_lends_no_state_to_a_move_across_a_border(analyser, text):
    claims = relocations(analyser, text)
    assert claims and not any(canon(c.moved) in ("poland", "lithuania", "france", "belgium") for c in claims), claims


@pytest.mark.parametrize("text, state", [
    # a word for one's homeland after a verb of going back is the own state of the group moved, a state's group
    ("После обмена на родину вернулись 150 российских военнослужащих.", "russia"),
    ("Dopo lo scambio sono tornati in patria 120 soldati ucraini.", "ukraine"),
    ("Nach dem Austausch kehrten 90 ukrainische Soldaten in die Heimat zurück.", "ukraine"),
    ("After the exchange, 80 Russian soldiers were flown home.", "russia"),
    ("Après l'échange, 70 soldats ukrainiens sont rentrés au pays.", "ukraine"),
])
def test_a_word_for_homeland_is_the_moved_groups_own_state(analyser, text, state):
    claims = relocations(analyser, text)
    assert any(canon(c.moved) == state and canon(c.destination) == state for c in claims), claims


@pytest.mark.parametrize("text", [
    # a group of no state: its homeland is not known, no place is told
    "Después del acuerdo, 300 refugiados volvieron a casa.",
    "Po wymianie 200 jeńców wróciło do domu.",
])
def test_a_word_for_homeland_is_no_place_for_a_group_of_no_state(analyser, text):
    assert not any(c.destination is not None for c in relocations(analyser, text))


@pytest.mark.parametrize("text, moved, destination", [
    # pushed back over a border, sent or handed back: a move to where they were pushed or handed
    ("Польские пограничники вытеснили 50 мигрантов в Беларусь.", "civilians", "belarus"),
    ("Польські прикордонники витіснили 50 мігрантів до Білорусі.", "civilians", "belarus"),
    ("I migranti sono stati respinti verso la Croazia.", "civilians", "croatia"),
    ("La polizia italiana ha riconsegnato alla Slovenia 300 migranti.", "civilians", "slovenia"),
    ("Les migrants ont été refoulés vers la Libye.", "civilians", "libya"),
    ("The migrants were pushed back into Belarus.", "civilians", "belarus"),
    ("Os migrantes foram reenviados para Espanha.", "civilians", "spain"),
    ("Los migrantes fueron reenviados a Marruecos.", "civilians", "morocco"),
])
def test_pushed_back_or_sent_back_over_a_border_is_a_move(analyser, text, moved, destination):
    claims = relocations(analyser, text)
    assert any(moved in canon(c.moved) and destination in canon(c.destination) for c in claims), claims


def test_a_push_back_denied_is_a_denied_move(analyser):
    text = "Пограничная служба опровергла, что в Беларусь были вытеснены более 100 человек."
    claims = relocations(analyser, text)
    assert any(c.modality == "denied" and "belarus" in canon(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, moved, destination", [
    # a word of war or talk that hangs on a preposition before the verb ("since the start of hostilities") is no
    # subject of the move: the troops after the verb are moved all the same
    ("В Нагорный Карабах с начала боевых действий переброшены до 1500 наёмников из Сирии.", "mercenaries",
     "nagorno-karabakh"),
    ("У Нагірний Карабах з початку бойових дій перекинуто до 1500 найманців із Сирії.", "mercenaries",
     "nagorno-karabakh"),
    ("В Нагорни Карабах от началото на бойните действия са прехвърлени 1500 наемници от Сирия.", "mercenaries",
     "nagorno-karabakh"),
])
def test_an_abstract_word_after_a_preposition_is_no_subject_of_the_move(analyser, text, moved, destination):
    claims = relocations(analyser, text)
    assert any(moved in canon(c.moved) and destination in canon(c.destination) for c in claims), claims


@pytest.mark.parametrize("text", [
    # a weapon's word inside a compound that names a vessel ("gas tanks", "tanques de combustible") is a container
    # of a substance: the van or lorry that carries them moves no weapons
    "Police said the man drove a van filled with propane and gas tanks into the gate of Ramstein Air Base.",
    "A driver brought fuel tanks to Ramstein.",
    "El camión llevó tanques de gas a Madrid.",
    "O camião levou tanques de combustível para Lisboa.",
])
def test_tanks_of_a_substance_are_containers_not_weapons(analyser, text):
    claims = relocations(analyser, text)
    assert not any("weapon" in canon(c.moved) or "tank" in canon(c.moved) or "tanque" in canon(c.moved)
                   for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    # the weapon's word alone still names tanks of war
    ("The army brought tanks to Ramstein.", "ramstein"),
    ("El ejército llevó tanques a Madrid.", "madrid"),
    ("O exército levou tanques para Lisboa.", "lisbon"),
])
def test_tanks_alone_are_weapons_moved(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(destination in canon(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, audience, destination", [
    # a place between a speech verb and the complementizer that opens what it reports is where the speaker or the
    # audience is: neither end of the move the reported clause tells
    ("САЩ казаха на партньорите си в Индо-Тихоокеанския регион, че всички оръжия ще бъдат доставяни в Украйна.",
     "indo", "ukraine"),
    ("Le ministre a déclaré à ses partenaires en Asie que les armes seraient livrées à l'Ukraine.", "asi", "ukraine"),
    ("El ministro dijo a sus socios en Asia que las armas serían enviadas a Ucrania.", "asi", "ukraine"),
    ("Il ministro ha detto ai partner in Asia che le armi sarebbero state inviate in Ucraina.", "asi", "ukraine"),
])
def test_a_place_of_the_speaker_before_the_complementizer_is_no_end(analyser, text, audience, destination):
    claims = relocations(analyser, text)
    assert any(destination in canon(c.destination) for c in claims), claims
    assert not any(audience in canon(c.origin) or audience in canon(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, origin, destination", [
    # the places of the reported clause stay its ends
    ("Officials in Warsaw said that 300 soldiers were sent from Germany to Lithuania.", "germany", "lithuania"),
    ("Российские чиновники в Москве заявили, что 300 солдат были переброшены из Сирии в Ливию.", "syria", "libya"),
    ("Le ministre a déclaré que des soldats avaient été envoyés de France en Roumanie.", "france", "romania"),
])
def test_the_places_of_the_reported_clause_stay_its_ends(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert any(origin in canon(c.origin) and destination in canon(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, nobody", [
    # the subject form of "nobody" before an active move verb with an object after it is who does not move them:
    # never the group moved
    ("No one expelled American diplomats from Russia.", "no one"),
    ("Nadie envió soldados a Polonia.", "nadie"),
    ("Никто не отправлял солдат в Польшу.", "никто"),
    ("И никто не собирается передавать эти территории под контроль Украины.", "никто"),
])
def test_nobody_who_moves_others_is_not_the_group(analyser, text, nobody):
    claims = relocations(analyser, text)
    assert not any(c.moved is not None and c.moved.text.casefold() == nobody for c in claims), claims


@pytest.mark.parametrize("text, destination", [
    # nobody moved, as the subject of a passive or intransitive verb or as the object, is the group of a denied move
    ("Nobody was sent to Poland.", "poland"),
    ("Nobody fled to Poland.", "poland"),
    ("Никого не отправляли в Польшу.", "poland"),
    ("Niemand wurde nach Polen geschickt.", "poland"),
])
def test_nobody_moved_is_the_group_of_a_denied_move(analyser, text, destination):
    claims = relocations(analyser, text)
    assert any(c.modality == "denied" and destination in canon(c.destination) for c in claims), claims


@pytest.mark.parametrize("text, modality, origin, destination", [
    # the Bulgarian bare noun of carrying with its "of", in each of its forms
    ("Министерството отрече превоза на 300 мигранти от Турция до България.", "denied", "turkey", "bulgaria"),
    ("Превозът на 200 затворници от Варна до София започна вчера.", "asserted", "varna", "sofia"),
    ("Общината отрече да е организирала превоз на бежанци от Хасково до София.", "denied", "haskovo", "sofia"),
])
def test_bulgarian_nouns_of_carrying_are_moves(analyser, text, modality, origin, destination):
    claims = relocations(analyser, text)
    assert [(c.modality, plain(c.origin), plain(c.destination)) for c in claims] == \
        [(modality, origin, destination)], claims
