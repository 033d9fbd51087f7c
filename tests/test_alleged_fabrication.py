"""Narratives that allege fabrication ("the killings in Bucha were staged", "the climate emergency is a hoax").

A word of fabrication (staged, fake, hoax, false flag) is a debunk's word when said of a claim, and the very
claim of such a narrative when said of an event. An article calling the massacre a staged fake pushes the
narrative that it was staged; it does not refute it. A fact-check of that narrative still refutes it, because it
debunks in other words as well (false, disinformation, refuted), and the same words still debunk a narrative
that alleges no fabrication ("the biolabs story is a fake").
"""

from __future__ import annotations

import pytest

from narrascope.catalogue import load_catalogue
from narrascope.ingest import document_from_text
from narrascope.stages.voice import alleges_fabrication, staging_sentences

# Propaganda calling an atrocity staged: the headline and the body say it in the article's own voice.
CALLS_IT_STAGED = {
    "en": "Bucha 'massacre' is a crude fake staged by Kyiv\n\nThe pictures from Bucha that Western channels "
          "keep showing are a staged show, Moscow said on Sunday. Russian units had left the town on 30 March; the "
          "bodies appeared in the streets four days later, after Ukrainian security services arrived. The "
          "so-called evidence was fabricated for Western camera crews. The whole hoax is meant to wreck the talks "
          "and bring Kyiv more weapons.",
    "ru": "Бучанская «резня» — очередной фейк киевского режима\n\nКадры из Бучи, которые тиражируют западные "
          "телеканалы, — постановка, заявили в Москве. Российские подразделения ушли из города 30 марта, а тела "
          "появились на улицах через четыре дня, когда туда прибыли украинские спецслужбы. Так называемые "
          "доказательства сфабрикованы для западных съёмочных групп. Вся эта инсценировка нужна, чтобы сорвать "
          "переговоры и получить новое оружие.",
    "de": "Das angebliche Massaker von Butscha ist eine Inszenierung Kiews\n\nDie Bilder aus Butscha, die "
          "westliche Sender zeigen, sind inszeniert, hieß es am Sonntag in Moskau. Die russischen Einheiten hatten "
          "die Stadt am 30. März verlassen; die Leichen tauchten erst vier Tage später auf, nach dem Eintreffen "
          "ukrainischer Dienste. Die sogenannten Beweise seien für westliche Kamerateams gefälscht worden. Die "
          "ganze Fälschung solle die Gespräche sabotieren und Kiew neue Waffen bringen.",
    "fr": "Boutcha : une mise en scène grossière montée par Kiev\n\nLes images de Boutcha que diffusent les "
          "chaînes occidentales sont une mise en scène, a affirmé Moscou dimanche. Les unités russes avaient "
          "quitté la ville le 30 mars ; les corps sont apparus dans les rues quatre jours plus tard, après "
          "l'arrivée des services ukrainiens. Ces prétendues preuves ont été truquées pour les caméras "
          "occidentales. Toute cette mise en scène vise à torpiller les pourparlers et à obtenir des armes.",
    "es": "Bucha: un montaje burdo orquestado por Kiev\n\nLas imágenes de Bucha que emiten las cadenas "
          "occidentales son un montaje escenificado, afirmó Moscú el domingo. Las unidades rusas salieron de la "
          "ciudad el 30 de marzo; los cuerpos aparecieron en las calles cuatro días después, tras la llegada de "
          "los servicios ucranianos. Las supuestas pruebas fueron trucadas para las cámaras occidentales. Toda "
          "esta farsa busca frustrar las negociaciones y conseguir más armas.",
    "uk": "Буча: черговий фейк, підготовлений для західних камер\n\nКадри з Бучі, які показують західні "
          "телеканали, є постановкою, заявили в Москві. Російські підрозділи залишили місто 30 березня, а тіла "
          "з'явилися на вулицях через чотири дні, після прибуття українських спецслужб. Так звані докази "
          "сфабриковані для західних знімальних груп. Уся ця інсценізація потрібна, щоб зірвати переговори та "
          "отримати нову зброю.",
    "ar": "بوتشا: مسرحية مفبركة أعدتها كييف للكاميرات الغربية\n\nقالت موسكو الأحد إن الصور القادمة من بوتشا "
          "والتي تعرضها القنوات الغربية مسرحية مفبركة. وغادرت الوحدات الروسية البلدة في 30 مارس، ولم تظهر الجثث "
          "في الشوارع إلا بعد أربعة أيام، عقب وصول الأجهزة الأمنية الأوكرانية. وما يسمى الأدلة مزيفة وأعدت خصيصا "
          "للكاميرات الغربية. والهدف من هذه التمثيلية إفشال المفاوضات والحصول على مزيد من الأسلحة.",
}

# Fact-checks of the staging claim: they retell it, then debunk it in a verdict's words.
DEBUNKS_THE_STAGING_CLAIM = {
    "en": "Fact check: No, the Bucha killings were not staged\n\nPosts claiming that Ukrainian services laid out "
          "the bodies in Bucha after the Russian troops left are false. Satellite images from 19 and 21 March, "
          "while Russian forces still held the town, already show the bodies on Yablunska Street. Reporters and "
          "investigators documented the killings independently. The staging story is disinformation that has been "
          "debunked again and again.",
    "ru": "Проверка фактов: нет, убийства в Буче не были инсценировкой\n\nУтверждения о том, что тела в Буче "
          "разложили украинские спецслужбы после ухода российских войск, не соответствуют действительности. "
          "Спутниковые снимки 19 и 21 марта, когда город ещё занимали российские войска, показывают тела на улице "
          "Яблонской. Журналисты и следователи независимо задокументировали убийства. Версия об инсценировке — "
          "дезинформация, которую уже неоднократно опровергали.",
    "de": "Faktencheck: Nein, die Toten von Butscha waren keine Inszenierung\n\nDie Behauptung, ukrainische "
          "Dienste hätten die Leichen in Butscha nach dem Abzug der russischen Truppen ausgelegt, ist falsch. "
          "Satellitenbilder vom 19. und 21. März, als russische Einheiten die Stadt noch besetzt hielten, zeigen "
          "die Toten bereits auf der Jablunska-Straße. Reporter und Ermittler haben die Tötungen unabhängig "
          "dokumentiert. Die Inszenierungsthese ist Desinformation und wurde mehrfach widerlegt.",
    "fr": "Vérification : non, les morts de Boutcha n'étaient pas une mise en scène\n\nL'affirmation selon "
          "laquelle les services ukrainiens auraient disposé les corps à Boutcha après le départ des troupes russes "
          "est fausse. Des images satellites des 19 et 21 mars, alors que les forces russes tenaient encore la "
          "ville, montrent déjà les corps rue Yablounska. Journalistes et enquêteurs ont documenté les meurtres de "
          "manière indépendante. La thèse de la mise en scène relève de la désinformation.",
}


def stance_of(analyser, text: str, narrative_id: str) -> str:  # type: ignore[no-untyped-def]
    for n in analyser.analyse_text(text, "t").narratives:
        if n.id == narrative_id:
            return n.stance
    return "absent"


@pytest.mark.parametrize("language", sorted(CALLS_IT_STAGED))
def test_an_article_calling_an_atrocity_staged_does_not_refute_the_narrative_that_it_was_staged(analyser, language):
    assert stance_of(analyser, CALLS_IT_STAGED[language], "staged-atrocities") != "refutes"


@pytest.mark.parametrize("language", sorted(DEBUNKS_THE_STAGING_CLAIM))
def test_a_fact_check_of_the_staging_claim_still_refutes_it(analyser, language):
    assert stance_of(analyser, DEBUNKS_THE_STAGING_CLAIM[language], "staged-atrocities") == "refutes"


@pytest.mark.parametrize("language, text", [
    ("en", "Fact check: there are no US biolabs in Ukraine\n\nThe story of secret American laboratories making "
           "bioweapons in Ukraine is a fake. The facilities it names are public health laboratories run by the "
           "Ukrainian health ministry. This fake has circulated since 2016."),
    ("ru", "Проверка: американских биолабораторий на Украине нет\n\nИстория о секретных американских "
           "лабораториях, создающих на Украине биологическое оружие, — фейк. Названные учреждения — обычные "
           "санитарные лаборатории министерства здравоохранения Украины. Этот фейк ходит с 2016 года."),
])
def test_words_of_fabrication_still_debunk_a_narrative_that_alleges_none(analyser, language, text):
    assert stance_of(analyser, text, "us-biolabs-ukraine") == "refutes"


def test_the_catalogue_says_which_narratives_allege_fabrication():
    narratives = {n.id: n for n in load_catalogue().narratives}
    alleging = {nid for nid, n in narratives.items() if alleges_fabrication((n.title, n.description, *n.claims))}
    assert "staged-atrocities" in alleging
    assert not alleging & {"us-biolabs-ukraine", "us-relocates-isis", "nato-provoked-war", "maidan-coup"}


@pytest.mark.parametrize("language, text, staging", [
    ("en", "Bucha is a fake staged by Kyiv.", True),
    ("en", "The claim that Bucha was staged is false.", False),      # "false" debunks in its own word
    ("en", "Western media spread fake news about Russia.", True),
    ("ru", "Это очередная постановка и фейк.", True),
    ("ru", "Версия о постановке — дезинформация.", False),
    ("de", "Das Video ist gefälscht.", True),
    ("de", "Die Behauptung, das Video sei gefälscht, ist falsch.", False),
    ("fr", "Les images ont été truquées.", True),
    ("es", "Las imágenes son un montaje.", True),
    ("ar", "هذه الصور مفبركة.", True),
    ("es", "Fue un falso ataque químico para justificar los bombardeos.", True),   # "falso" before the event: fake
    ("es", "La afirmación es falsa.", False),                                      # after the copula: a verdict
    ("ru", "Итоги выборов — чистый вброс.", True),                                 # stuffed, planted
])
def test_a_sentence_alleging_fabrication_in_no_other_debunking_word_is_a_staging_sentence(language, text, staging):
    from narrascope.lang import split_sentences

    doc = document_from_text(text, doc_id="s")
    doc.language = language
    doc.sentences = split_sentences(doc.text, language)
    assert bool(staging_sentences(doc)) is staging

