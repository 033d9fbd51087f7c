"""What makes an article a debunk: a fact-check's verdict wording, in the article's own voice, and which
narratives a debunk is said to refute."""

from __future__ import annotations

from dataclasses import replace

import pytest

from narrascope.lexicon import cue_matcher
from narrascope.model import Document, Evidence, NarrativeMatch
from narrascope.settings import DEFAULT
from narrascope.stages.stance import _refute, article_features


def refuting_words(text: str, language: str) -> list[str]:
    return [text[h.start:h.end].casefold() for h in cue_matcher(language).hits(text) if h.label == "refuting"]


@pytest.mark.parametrize("language, text, verdict", [
    ("en", "Conclusion: the story does not stand up to scrutiny.", "does not stand up to scrutiny"),
    ("en", "The version contradicts the facts on the ground.", "contradicts the facts"),
    ("de", "Fazit: Die Behauptung hält keiner Prüfung stand.", "hält keiner prüfung stand"),
    ("fr", "Verdict : cette version contredit les faits établis.", "contredit les faits"),
    ("es", "Conclusión: la historia no resiste el análisis.", "no resiste el análisis"),
    ("ru", "Вывод: эта версия не выдерживает проверки.", "не выдерживает проверки"),
    ("ru", "Ни одного подтверждённого случая заражения нет.", "ни одного подтверждённого случая"),
    ("uk", "Висновок: версія не витримує перевірки.", "не витримує перевірки"),
    ("uk", "Це відео не є доказом.", "не є доказом"),
    ("ar", "هذا الادعاء يتناقض مع الحقائق الموثقة.", "يتناقض مع الحقائق"),
])
def test_a_verdict_that_a_claim_fails_scrutiny_or_contradicts_the_facts_is_a_debunking_cue(language, text, verdict):
    assert verdict in refuting_words(text, language)


def match(narrative_id: str, score: float, evidence: float | None) -> NarrativeMatch:
    quotes = (Evidence("a sentence", 0, 10, score=evidence),) if evidence is not None else ()
    return NarrativeMatch(narrative_id, narrative_id, score, False, "mentions", quotes)


def test_a_debunk_refutes_the_best_scored_narrative_even_with_no_sentence_close_enough_to_quote():
    doc = Document("fc", "text", narratives=[
        match("staged-atrocities", 0.03, None),       # scored above the reporting floor, nothing to quote
        match("ukraine-western-puppet", 0.01, 0.40),  # scored low, a sentence somewhat close
        match("us-biolabs-ukraine", 0.001, 0.31),
        match("maidan-coup", 0.001, None),            # low and nothing close: not what it debunks
    ])
    _refute(doc, replace(DEFAULT, refute_narratives=2))
    # the second is not: a third of the first's score, and no sentence of the first's to compare it with
    assert {m.id for m in doc.narratives if m.stance == "refutes"} == {"staged-atrocities"}


@pytest.mark.parametrize("language, text", [
    ("ar", "كان التنظيم أداة لإشاعة الفوضى في المنطقة."),      # "to spread chaos": the same word as "a rumour"
    ("en", "The group was a tool to spread chaos in the region."),
])
def test_spreading_chaos_is_no_rumour(language, text):
    assert refuting_words(text, language) == []


def test_rumours_are_still_a_debunking_cue():
    assert refuting_words("هذه مجرد شائعات لا أساس لها.", "ar")


def own_voice_debunking_share(analyser, text: str) -> float:  # type: ignore[no-untyped-def]
    """The stance model's ``cues_all``: the share of sentences with a debunking word in the article's own voice."""
    doc = analyser.analyse_text(text).document
    return float(article_features(doc, [], None, ("cues_all",))[0])


@pytest.mark.parametrize("text", [
    "Claim checked.\n\nA video shows a convoy. Verdict: the claim is false, and the footage has nothing to do "
    "with Ukraine.",
    "Перевірка.\n\nВідео показує колону. Висновок: твердження неправдиве, а відео не має стосунку до України.",
    "Вопрос.\n\nНа видео колонна. Вывод: утверждение ложное, видео не имеет отношения к Украине.",
    "Prüfung.\n\nDas Video zeigt Lastwagen. Fazit: Die Behauptung ist falsch, Kiew wies sie ebenfalls zurück.",
])
def test_a_verdict_label_keeps_its_sentence_in_the_desks_voice_even_beside_a_denial(analyser, text):
    assert own_voice_debunking_share(analyser, text) > 0


@pytest.mark.parametrize("text", [
    "Report.\n\nA video shows a convoy. So the claim is false, and the footage has nothing to do with Ukraine.",
    "Звіт.\n\nВідео показує колону. Тож твердження неправдиве, а відео не має стосунку до України.",
    "Report.\n\nOur conclusion is near. The minister denied the claim was false.",  # no label opening the sentence
])
def test_without_a_verdict_label_a_debunking_word_beside_a_denial_is_the_deniers_voice(analyser, text):
    assert own_voice_debunking_share(analyser, text) == 0


@pytest.mark.parametrize("text", [
    "Report.\n\nThe agency said 200 fighters were flown out. The statement offered no evidence.",
    "Отчёт.\n\nВедомство сообщило о переброске. Никаких доказательств источник не представил.",
    "Звіт.\n\nВідомство повідомило про перекидання. Жодних доказів джерело не навело.",
    "Bericht.\n\nDie Behörde meldete den Transport. Sie legte keine Beweise vor.",
])
def test_a_source_that_offered_no_evidence_is_reporting_not_the_articles_debunk(analyser, text):
    assert own_voice_debunking_share(analyser, text) == 0


@pytest.mark.parametrize("text", [
    "Отчёт.\n\nСлужба сообщила о переброске. В Киеве подобные обвинения ранее называли фейками.",
    "Звіт.\n\nДепутат заявив про перекидання. Посольство назвало ці твердження вигадкою.",
    "Rapport.\n\nUne source évoque un transfert. L'ambassade avait démenti en mars tout envoi de combattants.",
    "Report.\n\nThe agency spoke of a transfer. The Pentagon has repeatedly rejected such assertions as baseless.",
])
def test_an_actor_calling_claims_fake_or_rejecting_them_is_a_denial_not_a_debunk(analyser, text):
    assert own_voice_debunking_share(analyser, text) == 0


def test_a_debunk_does_not_also_refute_a_narrative_far_from_its_topic():
    """The second closest narrative is refuted only when about as close as the first: a fact-check on
    one story refutes that one, not the catalogue's next best guess."""
    doc = Document("fc", "text", narratives=[
        match("us-biolabs-ukraine", 0.01, 0.62),      # what the fact-check is about
        match("maidan-coup", 0.01, 0.30),             # the next best, far behind
    ])
    _refute(doc, replace(DEFAULT, refute_narratives=2))
    assert [m.id for m in doc.narratives if m.stance == "refutes"] == ["us-biolabs-ukraine"]
    close = Document("fc", "text", narratives=[match("a", 0.01, 0.62), match("b", 0.01, 0.57)])
    _refute(close, replace(DEFAULT, refute_narratives=2))
    assert {m.id for m in close.narratives if m.stance == "refutes"} == {"a", "b"}


@pytest.mark.parametrize("text", [
    "Biolabs.\n\nThe documents are real. This is not a fake, it is a proven fact.",
    "Биолаборатории.\n\nДокументы подлинные. Это не фейк, а доказанный факт.",
    "Біолабораторії.\n\nДокументи справжні. Це не фейк, а доведений факт.",
    "Biolabore.\n\nDie Dokumente sind echt. Das ist kein Fake, sondern eine bewiesene Tatsache.",
    "Biolaboratorios.\n\nLos documentos son auténticos. No es un bulo, es un hecho probado.",
])
def test_a_debunking_word_the_article_negates_says_the_opposite_of_a_debunk(analyser, text):
    """A pusher insisting "this is not a fake" uses the fact-checkers' word to deny their verdict."""
    assert own_voice_debunking_share(analyser, text) == 0


@pytest.mark.parametrize("text", [
    "Biolabs.\n\nWestern fact-checkers call it fake news, but the Pentagon runs the laboratories.",
    "Biolabore.\n\nWestliche Faktenprüfer nennen es eine Lüge, aber das Pentagon betreibt die Labore.",
    "Biolaboratorios.\n\nLos verificadores lo califican de bulo, pero el Pentágono financia los laboratorios.",
    "Biolaboratoires.\n\nLes médias occidentaux qualifient de fausse cette information, mais le Pentagone paie.",
])
def test_others_calling_a_claim_fake_is_their_voice_not_the_articles_debunk(analyser, text):
    assert own_voice_debunking_share(analyser, text) == 0


@pytest.mark.parametrize("text", [
    "Fact check.\n\nThe video is not new. The claim is false: the footage was filmed in 2016.",
    "Проверка.\n\nВидео не новое. Утверждение ложное: съёмка сделана в 2016 году.",
])
def test_a_negator_elsewhere_in_the_sentence_leaves_the_debunk_standing(analyser, text):
    assert own_voice_debunking_share(analyser, text) > 0


@pytest.mark.parametrize("language, text, debunking", [
    ("de", "Eine schnelle Aufnahme gilt als unwahrscheinlich.", False),   # unlikely: a forecast, no debunk
    ("de", "Die Behauptung ist unwahr.", True),
    ("de", "Das sind Unwahrheiten.", True),
    ("de", "Die Sender verbreiten die Geschichte ungeprüft weiter.", False),  # unchecked: a hedge, as "unverified"
])
def test_a_word_that_only_begins_like_a_debunking_word_is_not_one(language, text, debunking):
    assert bool(refuting_words(text, language)) is debunking


@pytest.mark.parametrize("text, own", [
    ("The ministry called the reports «completely baseless».", False),
    ("Reuters joins the BBC in a failed ‘fact check’ of our story.", False),   # scare quotes, single marks
    ("So much for their ‘fact’ check of the story.", False),                   # a phrase half in quotes
    ("The claim is false.", True),
    ("It’s false, and the photos don’t show the town.", True),                 # apostrophes are no quotes
])
def test_debunking_words_in_quotation_marks_are_not_the_articles_own(text, own):
    from narrascope.lang import split_sentences
    from narrascope.stages.voice import cue_sentences

    doc = Document("q", text, language="en")
    doc.sentences = split_sentences(text, "en")
    assert bool(cue_sentences(doc).own_debunking) is own


@pytest.mark.parametrize("language, text", [
    ("fr", "Le gouvernement ukrainien parle d'infox."),                                    # speaks of fake news
    ("pt", "A polícia e o consulado classificaram essas publicações como falsas."),         # labelled them false
    ("en", "Officials called it fake."),
])
def test_a_debunking_word_an_actor_is_reported_to_use_is_not_the_articles_own(language, text):
    from narrascope.lang import split_sentences
    from narrascope.stages.voice import cue_sentences

    doc = Document("r", text, language=language)
    doc.sentences = split_sentences(text, language)
    assert refuting_words(text, language) and not cue_sentences(doc).own_debunking


def own_debunking_sentences(text: str, language: str) -> set[int]:
    from narrascope.lang import split_sentences
    from narrascope.stages.voice import cue_sentences

    doc = Document("l", text, language=language)
    doc.sentences = split_sentences(text, language)
    return set(cue_sentences(doc).own_debunking)


@pytest.mark.parametrize("language, text", [
    ("fr", "Vérification : la France a-t-elle livré des armes au port de Lomé ?\n\nUne vidéo circule depuis mardi."),
    ("es", "Verificación: el vídeo del puerto de Vigo no muestra soldados\n\nEl vídeo circula desde el martes."),
    ("pl", "Weryfikacja: czy w Gdańsku wyładowano broń?\n\nNagranie krąży od wtorku."),
    ("ar", "تدقيق: هل نقلت الطائرات أسلحة إلى ميناء طرطوس؟\n\nانتشر المقطع يوم الثلاثاء."),
    ("en", "Fact check: were weapons unloaded in Gdansk?\n\nThe footage has been shared since Tuesday."),
])
def test_a_fact_check_label_heading_the_article_makes_its_headline_a_debunk(language, text):
    """A desk's label before a colon ("Vérification :", "Verificación:", "تدقيق:") says what the article is, even
    when the headline is a question or names the claim without a debunking word."""
    assert own_debunking_sentences(text, language) == {0}


@pytest.mark.parametrize("language, text", [
    ("fr", "La vérification des comptes a pris deux jours\n\nLe ministère a publié le rapport."),  # running text
    ("es", "Elecciones en Vigo\n\nVerificación: el recuento terminó a las diez."),             # not the headline
    ("pl", "Weryfikacja podpisów trwa\n\nKomisja sprawdza listy."),                           # no colon
])
def test_the_same_word_elsewhere_is_no_label(language, text):
    assert own_debunking_sentences(text, language) == set()


@pytest.mark.parametrize("language, text, own", [
    ("en", "No evidence was given for these claims.", True),
    ("en", "The claims are false.", True),
    ("en", "Moscow claims the video is fake.", False),                  # a reporting verb: someone else's word
    ("fr", "Aucune preuve ne vient étayer ces affirmations.", True),
    ("fr", "Le ministère affirme que la vidéo est fausse.", False),
    ("es", "Estas afirmaciones son falsas.", True),
    ("es", "Las autoridades afirmaron que el vídeo es falso.", False),
    ("ru", "Эти заявления ложны.", True),
    ("uk", "Ці заяви неправдиві.", True),
])
def test_a_claim_named_as_a_thing_is_what_the_debunk_answers_not_someone_speaking(language, text, own):
    """"These claims", "ces affirmations", "эти заявления" name the claim a debunk answers; the same word as a verb
    ("Moscow claims") reports someone else's words."""
    assert bool(own_debunking_sentences(text, language)) is own


@pytest.mark.parametrize("text, explanation", [
    ("Fact check: is the US flying IS fighters to Ukraine?\n\nPosts claim that American aircraft carried Islamic "
     "State fighters from Syria to Ukraine. The posts have been shared thousands of times.\n\nVerdict: false. The "
     "photos show a 2015 exercise in Jordan.", "Verdict: false."),
    ("Vérification : les États-Unis transportent-ils des combattants de l'EI en Ukraine ?\n\nDes messages affirment "
     "que des avions américains ont transporté des combattants de l'État islamique de Syrie en Ukraine.\n\nNotre "
     "verdict : faux. Les photos montrent un exercice de 2015 en Jordanie.", "Notre verdict : faux."),
    ("No, the US is not flying IS fighters to Ukraine\n\nPosts claim that American aircraft carried Islamic State "
     "fighters from Syria to Ukraine. There is no evidence for this claim: the photos show a 2015 exercise.",
     "There is no evidence for this claim: the photos show a 2015 exercise."),
])
def test_a_refuted_narrative_shows_the_articles_own_debunk_first(analyser, text, explanation):
    """A ClaimReview quotes the first evidence as the rating's explanation, and the article page shows it first:
    for a refuted narrative that is the desk's verdict, not the retold claim it debunks."""
    refuted = [n for n in analyser.analyse_text(text).narratives if n.stance == "refutes"]
    assert refuted and all(n.evidence[0].text == explanation for n in refuted)
    assert all(text[n.evidence[0].start:n.evidence[0].end] == explanation for n in refuted)


@pytest.mark.parametrize("language, text", [
    ("en", "No, soldiers' organs are not sold to European hospitals\n\nA video claims that organs are shipped west."),
    ("es", "No, la esposa del presidente no compró una villa en Cannes\n\nUn vídeo asegura que pagó 24 millones."),
    ("de", "Nein, die Bundeswehr schickt keine Panzer nach Moldau\n\nEin Video behauptet das Gegenteil."),
    ("uk", "Ні, НАТО не перекидає війська до Одеси\n\nУ мережі поширюють відео колони."),
])
def test_a_headline_opening_with_the_desks_no_is_a_debunk(language, text):
    """"No, ...", "Nein, ...", "Ні, ...": the verdict the claims stage reads in such a headline, in the desk's voice."""
    assert 0 in own_debunking_sentences(text, language)


@pytest.mark.parametrize("language, text, own", [
    ("es", "No hay ninguna prueba de que la familia haya comprado esa casa.", True),   # negative concord
    ("fr", "Il n'y a aucune preuve de cette vente.", True),
    ("es", "No es un bulo, es un hecho probado.", False),                            # a negated debunking word
    ("en", "This is not a fake.", False),
])
def test_a_negator_agreeing_with_a_negative_debunk_does_not_deny_it(language, text, own):
    assert bool(own_debunking_sentences(text, language)) is own


@pytest.mark.parametrize("kind, may_hide", [
    ("checking", ()),                 # a label equal to a debunking phrase would hide it from the matcher
    ("finding", ()),
    ("contrast", ("negation",)),      # "غير أن" (however) outranks the negator "غير" and nothing else
    ("named_claim", ("reporting",)),  # "these claims" outranks "claims" and nothing else
])
def test_a_cue_list_that_outranks_others_hides_only_what_it_should(kind, may_hide):
    """On the same words the phrase matcher keeps one hit: "проверка фактов" as a fact-check label hid the debunking
    "проверк* фактов" from the matcher's ``refuting`` feature until it was taken out of the labels."""
    from importlib import resources

    import yaml

    from narrascope.lexicon import CUE_KINDS
    from narrascope.lexicon.forms import forms
    from narrascope.lexicon.matcher import PhraseMatcher

    hidden = []
    for path in resources.files("narrascope.lexicon").joinpath("cues").iterdir():
        if not path.name.endswith(".yaml"):
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        lang = data["language"]
        others = PhraseMatcher([(k, w) for k in CUE_KINDS if k != kind for w in data.get(k) or []], lang, forms(lang))
        for phrase in data.get(kind) or []:
            probe = phrase.rstrip("*") + ("ers" if phrase.endswith("*") else "")
            hidden += [(lang, phrase, h.label) for h in others.hits(f"{probe} : x") if h.label not in may_hide]
    assert hidden == []


@pytest.mark.parametrize("language, text", [
    ("pl", "Czy w Gdyni wyładowano czołgi?\n\nW sieci krąży film z portu. Sprawdziliśmy: nagranie powstało "
           "w Kłajpedzie."),
    ("en", "Were tanks unloaded in Gdynia?\n\nA clip of the port is shared online. We checked: it was shot "
           "in Klaipeda."),
    ("ru", "Выгружали ли танки в Гдыне?\n\nВ сети ходит ролик из порта. Мы проверили: запись сделана в Клайпеде."),
    ("fr", "Des chars ont-ils été débarqués à Gdynia ?\n\nUne vidéo du port circule. Nous avons vérifié : elle a été "
           "tournée à Klaipeda."),
])
def test_the_desks_own_checking_as_a_label_makes_the_finding_it_heads_a_debunk(language, text):
    """A first-person label before a colon ("Sprawdziliśmy:", "We checked:", "Мы проверили:") heads the desk's finding
    in its own voice, wherever that paragraph stands, though the finding names no debunking word."""
    assert own_debunking_sentences(text, language) == {2}


@pytest.mark.parametrize("language, text", [
    ("pl", "Nowy most w Gdyni\n\nSprawdziliśmy, jak działa nowy most."),               # no colon: running text
    ("en", "The new bridge\n\nEngineers said we checked the bridge twice."),            # not opening its sentence
    ("ru", "Новый мост\n\nМэр сказал: мы проверили мост дважды."),                     # someone's words after a colon
])
def test_first_person_checking_in_running_text_is_no_label(language, text):
    assert own_debunking_sentences(text, language) == set()


@pytest.mark.parametrize("language, text", [
    ("es", "El vídeo muestra en realidad un desfile en Vigo, según pudo comprobar este medio."),
    ("es", "La grabación es de 2019, según nuestras comprobaciones."),
    ("fr", "La vidéo a été tournée en 2019, selon nos vérifications."),
    ("it", "Il filmato risale al 2019, secondo le nostre verifiche."),
])
def test_the_desks_own_checking_named_as_its_source_stays_in_its_voice(language, text):
    """"según", "selon", "secondo" report someone else; "según pudo comprobar este medio", "selon nos vérifications"
    name the desk's own checking, and the sentence stays a debunk in its voice."""
    assert own_debunking_sentences(text, language) == {0}


@pytest.mark.parametrize("language, text, own", [
    ("en", "Reverse image searches show the clip was filmed in 2019.", {0}),
    ("ru", "Проверка показала, что это не так.", {0}),
    ("uk", "Перевірка показала, що це не так.", {0}),
    ("ar", "وتبيّن لفريق التحقق أن الصور التقطت في 2019.", {0}),
    ("ru", "Проверка показала, что нарушений нет.", set()),   # an audit's finding, no debunk
])
def test_the_checks_finding_in_the_desks_words_is_a_debunk(language, text, own):
    assert own_debunking_sentences(text, language) == own


@pytest.mark.parametrize("text, own", [
    ("غير أن البحث العكسي يظهر أن المقطع صور عام 2019.", {0}),     # however, a reverse search shows: the desk's debunk
    ("هذا الفيديو غير مضلل.", set()),                               # the video is not misleading: a negated debunk
])
def test_an_arabic_however_holds_no_negation_of_the_debunk_after_it(text, own):
    assert own_debunking_sentences(text, "ar") == own


@pytest.mark.parametrize("language, text", [
    ("en", "Were troops flown to Narva?\n\nA clip of a transport plane is shared online. The video is genuine, but it "
           "was recorded at an air show in Ostrava."),
    ("pl", "Czy żołnierze polecieli do Narwy?\n\nW sieci krąży klip z samolotem. Nagranie jest prawdziwe, ale powstało "
           "na pokazach lotniczych w Ostrawie."),
    ("ru", "Перебросили ли солдат в Нарву?\n\nВ сети ходит ролик с самолётом. Видео настоящее, но снято на авиашоу "
           "в Остраве."),
    ("pt", "Soldados foram levados para Narva?\n\nUm vídeo de um avião circula nas redes. O vídeo é verdadeiro, mas "
           "foi gravado num festival aéreo em Ostrava."),
])
def test_footage_granted_genuine_before_the_desk_dates_or_places_it_is_a_debunk(language, text):
    """"The video is genuine, but ..." grants the footage and takes the claim away from it: the desk's own finding."""
    assert own_debunking_sentences(text, language) == {2}


@pytest.mark.parametrize("language, text", [
    ("pl", "Czy czołgi pojechały do Narwy?\n\nW sieci krąży film z kolumną czołgów. Ustaliliśmy, że film nakręcono "
           "dwa lata temu pod Ostrawą."),
    ("uk", "Чи їхали танки до Нарви?\n\nУ мережі поширюють ролик з колоною танків. Ми встановили, що відео зняли "
           "два роки тому біля Острави."),
    ("en", "Did tanks drive to Narva?\n\nA clip of a tank column is shared online. We established that the video "
           "was shot two years ago near Ostrava."),
    ("fr", "Des chars sont-ils partis pour Narva ?\n\nUne vidéo d'une colonne de chars circule. Nous avons établi que "
           "la vidéo a été tournée il y a deux ans près d'Ostrava."),
])
def test_the_desks_first_person_finding_about_the_footage_is_a_debunk(language, text):
    """A first-person finding verb whose object is the footage ("ustaliliśmy, że film", "we established that the
    video") is the desk's own checking, with no colon and no debunking word."""
    assert own_debunking_sentences(text, language) == {2}


@pytest.mark.parametrize("language, text", [
    ("en", "The new bridge\n\nThe threat is real, but the council has a plan."),             # not the footage
    ("pl", "Nowy most\n\nUstaliliśmy, że most zostanie otwarty w maju."),                  # a finding, not of footage
    ("ru", "Новый мост\n\nМэр сказал, что видео настоящее, но старое."),                   # the mayor's words
    ("pt", "A nova ponte\n\nO prefeito disse que o vídeo é verdadeiro, mas antigo."),      # reported
])
def test_genuine_footage_or_a_finding_in_someone_elses_words_or_about_other_things_is_no_debunk(language, text):
    assert own_debunking_sentences(text, language) == set()


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Did tanks reach Narva?\n\nA clip is shared online. The footage was shot in 2019 near Ostrava.", {2}),
    ("pt", "Tanques chegaram a Narva?\n\nUm vídeo circula nas redes. O vídeo foi gravado em 2019 perto de Ostrava.",
     {2}),
    ("fr", "Des chars à Narva ?\n\nUne vidéo circule. La vidéo a été tournée en 2019 près d'Ostrava.", {2}),
    ("es", "¿Llegaron tanques a Narva?\n\nCircula un vídeo. El vídeo fue grabado en 2019 cerca de Ostrava.", {2}),
    ("ru", "Дошли ли танки до Нарвы?\n\nВ сети ходит ролик. Видео снято в 2019 году под Остравой.", {2}),
    ("uk", "Чи дійшли танки до Нарви?\n\nУ мережі поширюють ролик. Відео знято у 2019 році біля Острави.", {2}),
    ("pl", "Czy czołgi dotarły do Narwy?\n\nW sieci krąży klip. Nagranie powstało w 2019 roku pod Ostrawą.", {2}),
    ("en", "Tanks reach Narva\n\nA clip is shared online. The footage was shot near Narva on Monday.", set()),  # placed
])
def test_footage_dated_to_a_year_by_the_desk_is_a_debunk(language, text, expected):
    """The desk dating the footage to a year ("the footage was shot in 2019") takes it away from the event it is
    shared about; the same passive placing it without a year is the claim's own description."""
    assert own_debunking_sentences(text, language) == expected


@pytest.mark.parametrize("text, own", [
    ("Für eine Verlegung von Panzern nach Narva gibt es keinen Beleg.", True),       # accusative singular
    ("Einen Beweis für den Transport hat bislang niemand gefunden, es gibt keinen Beweis.", True),
    ("Für die Verlegung gibt es keine Belege.", True),                                 # the plural, as before
    ("Der Kanal nannte keinen Beleg für seine Behauptung.", False),                    # the source's word
    ("Das Ministerium legte keinen Beweis vor.", False),
])
def test_german_no_evidence_in_the_accusative_singular_is_a_debunk(text, own):
    """"es gibt keinen Beleg" is the accusative of "kein Beleg"; a source that named or gave none speaks for itself."""
    assert bool(own_debunking_sentences(text, "de")) is own


@pytest.mark.parametrize("language, text, own", [
    ("en", "Did US jets really land in Rzeszów?\n\nA post says forty jets landed there.", {0}),
    ("en", "Is it true that tanks left Narva?\n\nA clip shows a column.", {0}),
    ("fr", "Des chars allemands ont-ils vraiment traversé Narva ?\n\nUne vidéo circule.", {0}),
    ("uk", "Чи справді польські танки прибули до Рівного?\n\nУ мережі поширюють відео.", {0}),
    ("ru", "Правда ли, что танки ушли из Нарвы?\n\nВ сети ходит ролик.", {0}),
    ("pl", "Czy naprawdę czołgi dotarły do Narwy?\n\nW sieci krąży klip.", {0}),
    ("it", "Davvero i carri armati sono arrivati a Narva?\n\nCircola un video.", {0}),
    ("en", "Did tanks reach Narva?\n\nA clip is shared online.", set()),                  # a plain question
    ("en", "Who really gains from the tanks in Narva?\n\nA clip is shared online.", set()),  # who, not whether
    ("fr", "Pourquoi les chars ont-ils vraiment quitté Narva ?\n\nUne vidéo circule.", set()),
    ("uk", "Чи справді польські танки прибули до Рівного.\n\nУ мережі поширюють відео.", set()),  # no question
    ("pl", "Komentarz: czy naprawdę czołgi dotarły do Narwy?\n\nW sieci krąży klip.", set()),  # not opening it
])
def test_a_headline_asking_whether_a_claim_is_true_is_the_desks_question(language, text, own):
    """"Is it true that ...?", "Did ... really ...?", "Чи справді ...?": a fact-check's headline asks whether the
    claim it names is true, which its body answers; a plain yes-or-no question or one of who or why is none."""
    assert own_debunking_sentences(text, language) == own
