"""Stance on articles written blind (tests/stance: 42 articles, 7 languages, see its README).

Debunks must refute; articles that push a narrative with a hedge, a quoted denial or reported speech
are laundering it, and must not be said to refute it. The set was written blind; it was scored first
with the stance model of commit d9182af and looked at three more times while the model was mended
(docs/matching.md says what changed and what each look gave), so it is no longer a clean held-out set.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

HERE = Path(__file__).parent / "stance"
PUSHING_KINDS = ("hedged", "quoted_denial", "reported_speech")


def stance_of(analysis, narrative_id: str) -> str:  # type: ignore[no-untyped-def]
    """The stance narrascope gives the narrative: pushes (matched), refutes, or mentions (or absent)."""
    for n in analysis.narratives:
        if n.id == narrative_id:
            return "pushes" if n.matched else ("refutes" if n.stance == "refutes" else "mentions")
    return "mentions"


@pytest.fixture(scope="module")
def verdicts(analyser):  # type: ignore[no-untyped-def]
    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))["articles"]
    out = {}
    for aid, row in gold.items():
        text = (HERE / "articles" / row["file"]).read_text(encoding="utf-8")
        out[aid] = (row, stance_of(analyser.analyse_text(text, aid), row["narrative"]))
    return out


def _said(verdicts, kind: str) -> Counter:  # type: ignore[no-untyped-def]
    return Counter(said for row, said in verdicts.values() if row["kind"] == kind)


def test_articles_that_push_a_narrative_are_rarely_said_to_refute_it(verdicts):
    """None: measured 0 of 24 since the seventh session (1 before: a hedged Arabic article whose "لإشاعة الفوضى",
    "to spread chaos", was read as "a rumour")."""
    wrong = [aid for aid, (row, said) in verdicts.items() if row["kind"] in PUSHING_KINDS and said == "refutes"]
    assert len(wrong) <= CEILING_LAUNDERED_REFUTED, wrong


def test_debunks_are_said_to_refute(verdicts):
    said = _said(verdicts, "debunk")
    assert said["pushes"] == 0, said
    assert said["refutes"] >= FLOOR_DEBUNKS_REFUTED, said


def test_laundered_claims_are_still_pushed(verdicts):
    pushed = sum(_said(verdicts, kind)["pushes"] for kind in PUSHING_KINDS)
    assert pushed >= FLOOR_LAUNDERED_PUSHED, {k: _said(verdicts, k) for k in PUSHING_KINDS}


def test_neutral_reporting_is_not_said_to_push(verdicts):
    said = _said(verdicts, "neutral")
    assert said["pushes"] <= CEILING_NEUTRAL_PUSHED, said


# Near the figures of the final model (docs/matching.md: 8 of 10 debunks refute since the eighth session's
# verdict labels, 9 since the fifteenth session's named claims, "ces affirmations"; 7 of 24 laundered articles
# pushed, none said to refute, no neutral one pushed). A looser one needs a reason in the commit.
FLOOR_DEBUNKS_REFUTED = 8
FLOOR_LAUNDERED_PUSHED = 7
CEILING_LAUNDERED_REFUTED = 0
CEILING_NEUTRAL_PUSHED = 0


def _match(nid: str, score: float, evidence: float | None):
    from narrascope.model import Evidence, NarrativeMatch

    ev = () if evidence is None else (Evidence(text="s", start=0, end=1, score=evidence),)
    return NarrativeMatch(nid, nid, score, False, "mentions", ev)


@pytest.mark.parametrize("second, refuted", [
    (_match("close-in-topic-and-score", 0.030, 0.45), True),
    (_match("close-in-topic-far-in-score", 0.006, 0.48), False),   # a new user's COVID beside biolabs
    (_match("close-in-score-far-in-topic", 0.034, 0.35), False),
    (_match("no-sentence-near", 0.034, None), False),
])
def test_a_debunk_refutes_a_second_narrative_only_when_it_is_as_close_in_topic_and_in_score(second, refuted):
    from narrascope.model import Document
    from narrascope.settings import DEFAULT
    from narrascope.stages.stance import _refute

    doc = Document(id="d", text="x", language="en")
    doc.narratives = [_match("the-debunked-one", 0.035, 0.44), second]
    _refute(doc, DEFAULT)
    assert [m.id for m in doc.narratives if m.stance == "refutes"] == ["the-debunked-one"] + [second.id] * refuted


# A debunk tells the claim it denies; the narrative whose claim frame (who moves whom) that is gets refuted,
# not a neighbour of the catalogue about the same actors that scores a little higher in topic (a new user's
# ClaimReview export rated "ISIS is an American creation" False for a debunk of a relocation).
DEBUNKS_OF_A_RELOCATION = {
    "en": "Fact check: Washington did not airlift Daesh commanders to Tajikistan\n\nA video shared on Telegram "
          "claims that American transport planes carried Islamic State commanders from Raqqa to Tajikistan last "
          "month. This is false. The footage shows a 2019 evacuation of aid workers, and flight-tracking data show "
          "no such flights. No government or monitor has reported the move, and the channel that first posted it "
          "offered no evidence.",
    "es": "Falso: Estados Unidos no trasladó a combatientes del Estado Islámico a Ucrania\n\nVarias cuentas "
          "difunden que Estados Unidos trasladó a cientos de combatientes del Estado Islámico desde Siria a Ucrania "
          "en aviones militares. Es falso. No hay ninguna prueba de esos vuelos y las imágenes que acompañan el "
          "mensaje son de 2015. Los expertos consultados descartan la acusación.",
    "de": "Faktencheck: Nein, die USA fliegen keine IS-Kämpfer nach Afghanistan\n\nIn sozialen Netzwerken heißt "
          "es, amerikanische Hubschrauber hätten IS-Kämpfer aus Syrien nach Afghanistan gebracht. Das ist falsch. "
          "Für solche Flüge gibt es keine Belege, und das verbreitete Foto stammt aus einer Übung im Jahr 2016. "
          "Unser Fazit: Die Behauptung ist frei erfunden.",
    "ru": "Фейк: США не перебрасывали боевиков ИГИЛ на Украину\n\nВ соцсетях распространяется утверждение, что "
          "американские военные перебросили боевиков ИГИЛ из Сирии на Украину. Это неправда. Никаких "
          "доказательств таких перелётов нет, а снимок, который публикуют вместе с сообщением, сделан в 2017 году. "
          "Вывод: информация не соответствует действительности.",
}


@pytest.mark.parametrize("language", sorted(DEBUNKS_OF_A_RELOCATION))
def test_a_debunk_refutes_the_narrative_whose_claim_it_denies(analyser, language):  # type: ignore[no-untyped-def]
    doc = analyser.analyse_text(DEBUNKS_OF_A_RELOCATION[language], language).document
    assert [m.id for m in doc.narratives if m.stance == "refutes"] == ["us-relocates-isis"]
    assert all(c.modality in ("denied", "refuted") for c in doc.claims)


def test_a_narrative_whose_frame_the_debunk_tells_comes_before_one_closer_in_topic():
    from narrascope.model import Claim, Document, Slot, Span
    from narrascope.settings import DEFAULT
    from narrascope.stages.stance import _refute

    doc = Document(id="d", text="x", language="en")
    doc.claims = [Claim(type="relocation", evidence=Span("x", 0, 1), modality="denied",
                        agent=Slot("the US", 0, 1, canonical="United States"),
                        moved=Slot("IS fighters", 0, 1, canonical="Islamic State"))]
    doc.narratives = [_match("closer-in-topic", 0.035, 0.50), _match("the-one-told", 0.004, 0.30)]
    frames = {"closer-in-topic": {("support", "United States", "Islamic State")},
              "the-one-told": {("relocation", "United States", "Islamic State")}}
    _refute(doc, DEFAULT, frames)
    assert [m.id for m in doc.narratives if m.stance == "refutes"] == ["the-one-told"]


def test_a_frame_told_in_part_picks_a_narrative_only_when_it_is_about_as_close_in_topic():
    """A stray claim ("pathogens were moved", no actor read) must not pull a debunk of biolabs onto the
    weapons narrative, far from it in topic; about as close, it decides."""
    from narrascope.model import Claim, Document, Slot, Span
    from narrascope.settings import DEFAULT
    from narrascope.stages.stance import _refute

    def debunk(weapons_evidence: float) -> list[str]:
        doc = Document(id="d", text="x", language="en")
        doc.claims = [Claim(type="relocation", evidence=Span("x", 0, 1), modality="reported",
                            moved=Slot("samples", 0, 1, canonical="Weapons"))]
        doc.narratives = [_match("biolabs", 0.037, 0.76), _match("weapons", 0.004, weapons_evidence)]
        _refute(doc, DEFAULT, {"weapons": {("relocation", None, "Weapons")}})
        return [m.id for m in doc.narratives if m.stance == "refutes"]

    assert debunk(weapons_evidence=0.49) == ["biolabs"]
    assert debunk(weapons_evidence=0.75) == ["weapons"]


def test_a_debunk_marks_the_claims_it_retells_refuted_even_when_no_narrative_of_the_catalogue_is_close(analyser):  # type: ignore[no-untyped-def]
    from narrascope import Analyser, parse_catalogue

    unrelated = parse_catalogue(
        "narratives:\n  - id: cheese-subsidies\n    title: Brussels secretly pays French cheese makers to ruin Dutch "
        "farmers\n    description: Claims that the Commission hides subsidies to French cheese producers to drive "
        "Dutch dairy farms out of business.\n")
    debunk = ("Fact check: No evidence the US flew Islamic State fighters from Syria to Afghanistan\n\nPosts on "
              "Telegram claim that American helicopters flew dozens of Islamic State fighters from Hasakah in Syria "
              "to Afghanistan last month. We found no evidence to support this claim. The photos in the posts are "
              "from a 2016 exercise in Jordan. Verdict: false.")
    result = Analyser(unrelated, encoder=analyser.encoder, disabled=("techniques",)).analyse_text(debunk, "fc")
    assert result.claims and {c.modality for c in result.claims} <= {"refuted", "denied"}
    assert not any(n.stance == "refutes" for n in result.narratives)


@pytest.mark.parametrize("language, debunk", [
    ("en", "Fact check: No, NASA is not spraying ice crystals into the sky to cool the planet\n\nA video shared "
           "widely on social media claims that NASA has begun releasing ice particles from aircraft over the Atlantic "
           "to cool the Earth. The claim is false. NASA has no such programme, and the aircraft in the video is a "
           "commercial airliner leaving ordinary contrails. Scientists we contacted said no such experiment has been "
           "approved anywhere. Verdict: false."),
    ("ru", "Проверка: нет, в Казани не отключат воду на месяц\n\nВ мессенджерах распространяется сообщение о том, "
           "что в Казани с понедельника на месяц отключат холодную воду во всех районах города. Это фейк. Водоканал "
           "опроверг информацию и пояснил, что плановые работы затронут только две улицы и продлятся один день. "
           "Сообщение с тем же текстом уже ходило в 2019 году с названием другого города. Вывод: ложь."),
])
def test_a_fact_check_on_a_subject_the_catalogue_does_not_cover_refutes_none_of_its_narratives(analyser, language,
                                                                                               debunk):
    result = analyser.analyse_text(debunk, "fc")
    assert result.language == language
    assert not [n.id for n in result.narratives if n.stance == "refutes"]


#: fact-checks whose only debunking is the desk's own checking: where the footage really comes from, found by a
#: reverse image search, with no word such as "false" or "fake" (no verdict label either)
DESK_CHECKS = {
    "en": "Did British tanks roll from Gdansk into Belarus?\n\nA clip shared thousands of times on Telegram shows a "
          "column of tanks on a motorway, and posts say British tanks were driven from Gdansk to the Belarusian "
          "border last week. A reverse image search shows that the clip was posted online in 2019. The footage "
          "dates from an exercise in Estonia, where the tanks were unloaded at the port of Paldiski.",
    "fr": "Des chars britanniques ont-ils quitté Gdansk pour la Biélorussie ?\n\nUne vidéo partagée des milliers de "
          "fois sur Telegram montre une colonne de chars, et des messages affirment que des chars britanniques ont "
          "été conduits de Gdansk à la frontière biélorusse. Une recherche inversée montre que la vidéo circulait "
          "déjà en 2019. La vidéo date de manœuvres en Estonie, où les chars avaient été débarqués à Paldiski.",
    "de": "Fahren britische Panzer von Danzig nach Belarus?\n\nEin tausendfach geteiltes Video auf Telegram zeigt "
          "eine Kolonne von Panzern, und Beiträge behaupten, britische Panzer seien von Danzig an die belarussische "
          "Grenze gebracht worden. Eine Bildrückwärtssuche zeigt, dass das Video schon 2019 im Netz stand. Die "
          "Aufnahmen stammen von einem Manöver in Estland, bei dem die Panzer im Hafen Paldiski entladen wurden.",
    "ru": "Правда ли, что британские танки отправили из Гданьска в Белоруссию?\n\nВ Telegram распространяется "
          "видео с колонной танков, и авторы постов утверждают, что британские танки перебросили из Гданьска к "
          "белорусской границе. Обратный поиск показывает, что ролик был опубликован еще в 2019 году. На самом деле "
          "ролик снят на учениях в Эстонии, где танки выгрузили в порту Палдиски.",
}


RETOLD_FROM = {"en": "Gdansk", "fr": "Gdansk", "de": "Danzig", "ru": "Гданьск"}


@pytest.mark.parametrize("language", sorted(DESK_CHECKS))
def test_a_fact_check_that_debunks_only_by_checking_where_the_footage_comes_from_refutes(analyser, language):
    result = analyser.analyse_text(DESK_CHECKS[language], "desk-check")
    assert result.language == language
    assert result.document.stance_score is not None and result.document.stance_score >= 0.7
    # the move the posts tell (from Gdansk) is refuted; where the tanks really went may stay as told
    retold = [c for c in result.claims if c.type == "relocation" and RETOLD_FROM[language] in c.evidence.text]
    assert retold and all(c.modality in ("refuted", "denied") for c in retold)


@pytest.mark.parametrize("language, text", [
    ("en", "Are Dutch tanks being shipped from Rotterdam to Odesa?\n\nPosts on Telegram claim that Dutch tanks were "
           "shipped from Rotterdam to Odesa last month. The video in the posts actually shows tanks being unloaded "
           "in Lithuania for an exercise in 2021."),
    ("bg", "Изпраща ли Холандия танкове от Ротердам в Одеса?\n\nПубликации в Телеграм твърдят, че холандски танкове са "
           "изпратени от Ротердам в Одеса миналия месец. Видеото към публикациите всъщност показва танкове, "
           "разтоварвани в Литва за учение през 2021 година."),
    ("de", "Werden niederländische Panzer von Rotterdam nach Odessa verschifft?\n\nBeiträge auf Telegram behaupten, "
           "niederländische Panzer seien im vergangenen Monat von Rotterdam nach Odessa verschifft worden. Das Video "
           "zeigt in Wirklichkeit Panzer, die 2021 für ein Manöver in Litauen entladen wurden."),
])
def test_a_fact_check_saying_what_the_footage_actually_shows_refutes(analyser, language, text):
    result = analyser.analyse_text(text, "actually-shows")
    assert result.language == language
    assert result.document.stance_score is not None and result.document.stance_score >= 0.7
