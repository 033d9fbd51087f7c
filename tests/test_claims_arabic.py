"""Arabic verbs of pushing forward ("دفع ... ب"): a move only with an object written with "ب" and a place marker
after it; the subject between the verb and that object pushes, the object is pushed. And the speaker of a verb-first
sentence who says "that it" ("إنها", "أنها") moved a group is its mover."""

from __future__ import annotations

import unicodedata

import pytest

from narrascope.model import Claim


def relocations(analyser, text: str) -> list[Claim]:
    return [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]


def canon(slot) -> str:
    """The slot's canonical name, lower case, Latin marks dropped ("Herāt" is "herat")."""
    name = (slot.canonical or slot.text).casefold() if slot is not None else ""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


@pytest.mark.parametrize("text, agent, moved, origin, destination", [
    # the subject right after the verb pushes its own fighters: it is the agent, not the group moved
    ("دفعت حركة طالبان بمئات المقاتلين من مدينة هرات نحو العاصمة كابول أمس.", "taliban", "militants", "herat",
     "kabul"),
    # a subject of several words and a time phrase before the object
    ("دفعت قوات الدعم السريع خلال الأسبوع الماضي بنحو 1500 مقاتل من مدينة الأبيض نحو أم درمان.",
     "rapid support forces", "militants", "el obeid", "omdurman"),
    # no subject named: the object written with "ب" is the group moved
    ("ودفعت بـ 400 مقاتل من مدينة حلب إلى إدلب.", "", "militants", "aleppo", "idlib"),
])
def test_a_verb_of_pushing_with_its_object_after_bi_moves_the_object(analyser, text, agent, moved, origin,
                                                                      destination):
    claims = relocations(analyser, text)
    assert len(claims) == 1, claims
    c = claims[0]
    assert (canon(c.agent), canon(c.moved), canon(c.origin), canon(c.destination)) == (
        agent, moved, origin, destination)


@pytest.mark.parametrize("text", [
    # paid: the object has no "ب", whatever group and places follow
    "دفعت الحكومة رواتب المقاتلين السابقين من بغداد إلى أربيل.",
    "دفعت عائلات اللاجئين مبالغ كبيرة للمهربين من ليبيا إلى إيطاليا.",
    "دفعت الأزمة الاقتصادية بالبلاد نحو الانهيار في بيروت.",          # pushed the country towards collapse
    "شوهدت سيارات رباعية الدفع متوقفة قرب مدينة حمص.",               # four-wheel drive
])
def test_pushing_without_an_object_after_bi_moves_nobody(analyser, text):
    assert relocations(analyser, text) == []


@pytest.mark.parametrize("text, agent", [
    # verb first: the speech verb, the speaker, then "that" with the speaker's pronoun written onto it, then the move
    ("وقالت قوات سوريا الديمقراطية إنها نقلت 150 معتقلاً من الرقة إلى الحسكة.", "syrian democratic forces"),
    ("وأعلنت وزارة الدفاع التركية أنها ستنقل نحو 200 مقاتل من أعزاز إلى عفرين.", "turkey"),
    ("ونفت وزارة الدفاع التركية أنها نقلت أي مقاتلين إلى ليبيا.", "turkey"),
    # another verb between the pronoun and the move: the speaker saw (or did not see) it, it moved no one
    ("وقالت قيادة العمليات المشتركة إنها لم ترصد دخول أي قافلة تقل مسلحين من الأراضي السورية.", "قافلة"),
])
def test_a_speaker_who_says_that_it_moved_them_is_the_agent(analyser, text, agent):
    claims = relocations(analyser, text)
    assert len(claims) == 1, claims
    assert canon(claims[0].agent) == agent


@pytest.mark.parametrize("text, agent, moved", [
    # subject first (after "إن"): a state's troops before the verb move the troops counted after it
    ("قال مسؤول إن القوات الأمريكية نقلت نحو 100 جندي من قاعدة عين الأسد إلى أربيل.", "united states", "جندي"),
    ("وقالت المصادر إن القوات التركية نقلت يوم الجمعة 300 جندي من أنقرة إلى إدلب.", "turkey", "جندي"),
    # no troops counted after the verb: the state's troops before it are those moved, as before
    ("وقال مسؤول إن القوات التركية انسحبت من إدلب إلى الحدود.", "", "turkey"),
])
def test_a_states_troops_before_the_verb_move_the_troops_counted_after_it(analyser, text, agent, moved):
    claims = relocations(analyser, text)
    assert len(claims) == 1, claims
    assert (canon(claims[0].agent), claims[0].moved.text if moved == "جندي" else canon(claims[0].moved)) == (
        agent, moved)


@pytest.mark.parametrize("text, agent, moved", [
    # subject first, after "إن"/"أن" or as the topic: a named group right before the verb moves the group after it
    ("قال مسؤول إن حزب الله نقل أسلحة من سوريا إلى لبنان.", "hezbollah", "weapons and arms deliveries"),
    ("وأكدت مصادر محلية أن الحوثيين نقلوا أسلحة من صنعاء إلى الحديدة.", "houthis",
     "weapons and arms deliveries"),
    ("وقالت المصادر إن جماعة الحوثي دفعت بنحو ألف مقاتل من صعدة إلى مأرب.", "houthis", "militants"),
    # verb first, the group right after it: its subject, as before
    ("نقل الحوثيون أسلحة من صنعاء إلى الحديدة.", "houthis", "weapons and arms deliveries"),
    # no object after the verb: the group before it is the one moved (a passive written without its vowels)
    ("وقالت المصادر إن المقاتلين نقلوا من إدلب إلى ليبيا.", "", "militants"),
])
def test_a_group_named_before_the_verb_moves_the_group_after_it(analyser, text, agent, moved):
    claims = relocations(analyser, text)
    assert len(claims) == 1, claims
    assert (canon(claims[0].agent), canon(claims[0].moved)) == (agent, moved)


@pytest.mark.parametrize("text, there, destination", [
    # "from there" after a site a word of nearness or a compass word locates: "there" is the site, not the town that
    # says where it lies (Arabic has no capitals: the locator after the site's noun and name says it is a place)
    ("أبحرت سفينة من ميناء جدة محملة بأسلحة. وأضافت المصادر أن الشحنة أفرغت في ميناء الصليف شمال الحديدة، "
     "ومن هناك نقلت بشاحنات إلى صعدة.", "الصليف", "صعدة"),
    ("وقالت المصادر إن المروحيات هبطت في قاعدة خراب الجير قرب رميلان. ومن هناك نقل المعتقلون إلى أربيل.",
     "خراب الجير", "أربيل"),
    ("وصلت الأسلحة إلى مطار الخادم قرب بنغازي. ومن هناك نقلت بشاحنات إلى سرت.", "الخادم", "سرت"),
    # the site's kind after its name ("the al-Udeid air base"): the name ends before it
    ("وهبطت الطائرة في قاعدة العديد الجوية جنوب غرب الدوحة. ومن هناك نقل الركاب إلى ألمانيا.", "العديد", "ألمانيا"),
])
def test_from_there_after_a_located_site_starts_at_the_site(analyser, text, there, destination):
    # (a site the gazetteer lacks is named as written; "ومن هناك" tells it in the next sentence)
    legs = [(c.origin.canonical if c.origin else None, c.destination.text if c.destination else None)
            for c in relocations(analyser, text)]
    assert (there, destination) in legs, legs


@pytest.mark.parametrize("text, there", [
    # a relative adjective after the place noun ("a military base", "an air base") names no site: "there" is the place
    # the locator names
    ("وقالت المصادر إن المروحيات هبطت في قاعدة عسكرية قرب رميلان. ومن هناك نقل المعتقلون إلى أربيل.", "rmeilan"),
    ("وقالت المصادر إن المروحيات هبطت في قاعدة جوية شمال الحسكة. ومن هناك نقل المعتقلون إلى أربيل.", "al hasakah"),
])
def test_from_there_after_a_base_of_a_kind_starts_at_the_place_that_locates_it(analyser, text, there):
    assert [canon(c.origin) for c in relocations(analyser, text)] == [there]


@pytest.mark.parametrize("text, agent, moved", [
    # a word that counts the object ("dozens of", "decenas de", "عشرات") is part of it: no marker between the verb and
    # the object, so the group before the verb moves it
    ("Officials said Hezbollah moved dozens of weapons from Syria to Lebanon.", "hezbollah",
     "weapons and arms deliveries"),
    ("Según fuentes, Hezbolá trasladó decenas de armas de Siria a Líbano.", "hezbollah", "weapons and arms deliveries"),
    ("قال الجيش إن حزب الله نقل عشرات الأسلحة من سوريا إلى لبنان.", "hezbollah", "weapons and arms deliveries"),
    # a subject put before the verb of a verb-first language: a time phrase may stand between the verb and the object
    ("قال الجيش إن حزب الله نقل خلال الأسبوعين الماضيين عشرات الأسلحة من سوريا إلى لبنان.", "hezbollah",
     "weapons and arms deliveries"),
])
def test_a_counted_object_after_the_verb_is_moved_by_the_group_before_it(analyser, text, agent, moved):
    claims = relocations(analyser, text)
    assert len(claims) == 1, claims
    assert (canon(claims[0].agent), canon(claims[0].moved)) == (agent, moved)


@pytest.mark.parametrize("text, origin, destination", [
    # a coast, a shore: the town named after the noun is the end of the move
    ("أعادت سفينة تابعة للبحرية 70 مهاجرا من عدن إلى سواحل المكلا.", "aden", "mukalla"),
    ("أكد المصدر أن سفينة نقلت جنودا من جيبوتي إلى ساحل عدن.", "djibouti", "aden"),
    ("قال مصدر إن قاربا نقل عشرات اللاجئين من بربرة إلى سواحل المخا.", "berbera", "mocha"),
])
def test_a_coast_before_a_town_name_is_that_town(analyser, text, origin, destination):
    claims = relocations(analyser, text)
    assert len(claims) == 1, claims
    assert (canon(claims[0].origin), canon(claims[0].destination)) == (origin, destination)


@pytest.mark.parametrize("text, moved, origin, destination", [
    # "تلقى" (received) a group from a state: the receiver is where they went
    ("تلقى العراق 50 معتقلا من سوريا.", "detainees", "syria", "iraq"),
    ("قال مسؤول إن الأردن تلقى 200 لاجئ من سوريا الأسبوع الماضي.", "civilians", "syria", "jordan"),
    ("وأكدت الحكومة أن تركيا تلقت 80 لاجئا من سوريا أمس.", "civilians", "syria", "turkey"),
])
def test_a_receiving_verb_with_a_sender_ends_the_move_at_the_receiver(analyser, text, moved, origin, destination):
    claims = relocations(analyser, text)
    assert len(claims) == 1, claims
    assert (canon(claims[0].moved), canon(claims[0].origin), canon(claims[0].destination)) == (
        moved, origin, destination)


def test_receiving_a_letter_moves_nobody(analyser):
    assert relocations(analyser, "تلقت الوزارة رسالة من سوريا أمس.") == []


@pytest.mark.parametrize("text, town", [
    # a verb before its subject is singular: "وأُسكن المقاتلون", "وأُسكنت العائلات"
    ("وصل نحو 60 مقاتلا أجنبيا من ليبيا إلى محافظة الحسكة. وأُسكن المقاتلون في معسكر قرب مدينة القامشلي.",
     "al qamishli"),
    ("أعادت الحكومة العراقية 150 عائلة من مخيم الهول إلى محافظة نينوى. وأُسكنت العائلات في مخيم قرب مدينة الموصل.",
     "mosul"),
    # weapons stored there were put there
    ("نقلت الميليشيا 40 صاروخا من صنعاء إلى محافظة الحديدة. وجرى تخزين جزء منها في مدينة زبيد.", "zabid"),
])
def test_a_group_lodged_or_stored_in_a_town_of_the_region_ends_its_move_there(analyser, text, town):
    """The sentence after a move that says where in its destination the group was housed or stored gives the move's
    narrower end, whatever the verb's number before its subject."""
    ends = [canon(c.destination) for c in relocations(analyser, text)]
    assert any(town in e for e in ends), ends


def test_a_group_lodged_is_no_end_of_another_groups_move(analyser):
    """Fighters housed in a town end no move of the missiles told before."""
    text = "نقلت الميليشيا 40 صاروخا من صنعاء إلى محافظة الحديدة. وأُسكن المقاتلون في مدينة زبيد."
    ends = [canon(c.destination) for c in relocations(analyser, text)]
    assert not any("zabid" in e for e in ends), ends


@pytest.mark.parametrize("text, moved, state", [
    ("أرسلت روسيا نحو 30 مدرباً إلى مالي.", "مدرب", "russia"),
    ("أرسلت فرنسا 25 ضابطاً إلى النيجر.", "ضابط", "france"),
    ("أرسلت إيران 15 خبيرا عسكريا إلى اليمن.", "خبير", "iran"),
    ("نقلت روسيا 20 طيارا إلى سوريا.", "طيار", "russia"),
])
def test_troops_counted_in_the_singular_are_the_moving_states_own(analyser, text, moved, state):
    """After 11 to 99 Arabic counts in the accusative singular ("30 مدرباً", "25 ضابطاً", "15 خبيرا عسكريا"): those
    are words for troops too, so the state that moves them owns them, as it owns "جنود" it moves."""
    claims = relocations(analyser, text)
    assert len(claims) == 1 and claims[0].moved is not None, claims
    assert moved in claims[0].moved.text and canon(claims[0].moved) == state, claims


def test_a_singular_coach_is_no_troops(analyser):
    """The genitive singular ("مدرب المنتخب", the team's coach) is no word for troops: his trip is no claim."""
    assert relocations(analyser, "وصل مدرب المنتخب إلى القاهرة قادما من تونس.") == []


@pytest.mark.parametrize("text, destination", [
    # a marker, common nouns ("the fronts of fighting", "depots", "its positions"), then a compass word: the place
    # after it is where they went, as after "في" or "قرب"
    ("أرسلت الجماعة 500 مقاتل إلى محاور القتال جنوب مأرب.", "ma'rib"),
    ("نقلت القوات الذخائر إلى مستودعات غرب الفاشر.", "el fasher"),
    ("نقل الجيش 60 دبابة إلى مواقعه شرق حمص.", "homs"),
])
def test_a_compass_word_after_common_nouns_links_the_destination(analyser, text, destination):
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


@pytest.mark.parametrize("text, destination", [
    # after the common nouns and "قرب" or "في", a place noun ("town", "village") announces a name the gazetteer lacks
    ("نقلت المروحيات 30 مقاتلاً إلى عمق البادية قرب بلدة الزهيرات.", "الزهيرات"),
    ("نقلت الحافلات 200 نازح إلى مدارس في قرية المشرفة.", "المشرفة"),
])
def test_a_place_noun_after_common_nouns_and_a_locative_word_names_the_destination(analyser, text, destination):
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


@pytest.mark.parametrize("text, destination", [
    # a compass word right after a place noun opens the region's name: one place, not a link to the next word
    ("نقلت قوات الدعم السريع 200 محتجز إلى ولاية جنوب دارفور.", "darfur"),
    # a place already after the marker: the compass word says where that place lies, it is no second end
    ("نقلت القوات الأسلحة من حلب إلى حماة جنوب إدلب.", "hamah"),
])
def test_a_compass_word_after_a_place_or_a_place_noun_adds_no_destination(analyser, text, destination):
    assert [canon(c.destination) for c in relocations(analyser, text)] == [destination]


def _within(slot) -> list[str]:
    return [w.text for w in (slot.within or ())] if slot is not None else []


@pytest.mark.parametrize("text, site, town", [
    # a named site, a word of nearness, then a noun of an administrative unit ("subdistrict", "district", "town") and
    # its name, one the gazetteer lacks: that name says where the site lies
    ("نقلت السلطات 80 عائلة إلى مخيم الزيتون قرب ناحية المشرفة.", "الزيتون", "المشرفة"),
    ("نقلت القوات 50 معتقلاً إلى سجن الصناعة قرب قضاء السموقية.", "الصناعة", "السموقية"),
    ("نقلت القوات 50 معتقلاً إلى قاعدة الرميلة قرب بلدة الزهيرات.", "الرميلة", "الزهيرات"),
])
def test_the_name_after_a_locators_place_noun_is_where_the_site_lies(analyser, text, site, town):
    claims = relocations(analyser, text)
    assert [(c.destination.text, _within(c.destination)) for c in claims] == [(site, [town])]


@pytest.mark.parametrize("text, moved, destination", [
    # the verb comes first and a number right after it counts its subject: the group arrived there
    ("وصل 250 مقاتل إلى مدينة حماة مساء الأحد.", "militants", "hamah"),
    ("وصل 120 جنديا إلى اللاذقية صباح اليوم.", "جنديا", "latakia"),
])
def test_a_reaching_verb_first_with_a_counted_group_after_it_is_an_arrival(analyser, text, moved, destination):
    claims = relocations(analyser, text)
    assert [(canon(c.moved), canon(c.destination)) for c in claims] == [(moved, destination)]


@pytest.mark.parametrize("text, moved, destination", [
    # two nouns with the article after the verb: its subject, the vehicles, and its object, the group moved
    ("نقلت الشاحنات الذخائر إلى مدينة حماة.", "weapons and arms deliveries", "hamah"),
    ("نقلت الحافلات النازحين إلى اللاذقية أمس.", "civilians", "latakia"),
])
def test_definite_vehicles_before_a_definite_group_are_the_means_and_the_group_is_moved(analyser, text, moved,
                                                                                         destination):
    claims = relocations(analyser, text)
    assert [(canon(c.moved), canon(c.destination)) for c in claims] == [(moved, destination)]
    assert claims[0].agent is None or claims[0].agent.canonical is None  # the vehicle names no mover


@pytest.mark.parametrize("text, destination", [
    # a place noun and a name of two words whose first opens names ("عين"): the gazetteer's "مدينة عين" (a town of
    # its own) is the longer name's first part; the name is both words after the noun
    ("أعيد 40 نازحا إلى مدينة عين العرب.", "عين العرب"),
    ("أعيد 40 نازحا إلى مدينة عين عيسى.", "عين عيسى"),
    ("نقلت الحافلات 60 عائلة إلى مدينة عين التينة.", "عين التينة"),
])
def test_a_two_word_name_after_a_place_noun_is_not_cut_at_its_opening_word(analyser, text, destination):
    assert [c.destination.text for c in relocations(analyser, text)] == [destination]


@pytest.mark.parametrize("text, moved, destination", [
    # the verb comes first, its subject after it, and the town it reached or entered is its object, with no marker
    ("وصلت القوات الأمريكية حمص مساء الأحد.", "united states", "homs"),
    ("دخلت القوات التركية حمص بعد اشتباكات قصيرة.", "turkey", "homs"),
    # the subject first: the town is right after the verb
    ("القوات التركية دخلت حمص ليلا.", "turkey", "homs"),
])
def test_a_town_right_after_a_reaching_verb_and_its_subject_is_where_they_went(analyser, text, moved, destination):
    claims = relocations(analyser, text)
    assert [(canon(c.moved), canon(c.destination)) for c in claims] == [(moved, destination)]


@pytest.mark.parametrize("text", [
    # a short town name that is also a word is no place with no marker and no verb of reaching before it
    "قالت القوات التركية حمص مدينة هادئة.",
    # a common word after the subject ("the city") is no town of that name
    "دخلت القوات الروسية المدينة بعد ظهر الأحد.",
])
def test_no_town_is_read_after_a_subject_without_a_verb_of_reaching(analyser, text):
    assert not [c for c in relocations(analyser, text) if c.destination is not None
                and canon(c.destination) in ("homs", "madinah")]


@pytest.mark.parametrize("text, moved, destination", [
    # a vehicle with the article heads no construct: the group after it, without the article, is moved all the same
    ("نقلت الطائرات عناصر مسلحة إلى مدينة حمص فجر الأحد.", "militants", "homs"),
    ("نقلت الحافلات مقاتلي المعارضة إلى إدلب.", "militants", "idlib"),
])
def test_a_definite_vehicle_before_a_group_without_the_article_is_the_means(analyser, text, moved, destination):
    claims = relocations(analyser, text)
    assert [(canon(c.moved), canon(c.destination)) for c in claims] == [(moved, destination)]
    assert claims[0].agent is None or claims[0].agent.canonical is None  # the vehicle names no mover


def test_a_vehicle_without_the_article_heads_a_construct_of_its_load(analyser):
    # "حافلات النازحين", the buses of the displaced: the group names the vehicles, no group moved
    assert relocations(analyser, "نقلت حافلات النازحين إلى إدلب.") == []
