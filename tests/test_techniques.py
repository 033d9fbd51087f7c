"""Persuasion techniques: spans that point into the text, measured repetition, the analyst cues,
the trained model on text it was not trained on, and training that can be run again.

Sentences here were written for these tests.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import numpy as np
import pytest

from narrascope.errors import NarrascopeError
from narrascope.model import Document, Mention, NarrativeMatch, Sentence
from narrascope.settings import DEFAULT
from narrascope.stages.techniques import OFF_CATALOGUE, _repetitions, off_catalogue
from narrascope.techniques import ANALYST_CUES, TECHNIQUES, TechniqueModel
from narrascope.techniques.train import held_out_paragraphs, paragraph_counts

SEMEVAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "semeval2023-t3"

PROPAGANDA_EN = (
    "The criminal regime in Kiev has once again shown its true face. Nobody can excuse the criminal regime. "
    "Its bloodthirsty puppets shell "
    "peaceful towns every night while their masters in Washington look away. Who benefits from this "
    "endless war? Only the criminal regime and the arms dealers who feed it. Experts say thousands of "
    "foreign mercenaries are already on their way. The criminal regime will stop at nothing."
)
PROPAGANDA_RU = (
    "Преступный киевский режим вновь показал своё истинное лицо. Его кровожадные марионетки каждую ночь "
    "обстреливают мирные города, а их хозяева в Вашингтоне молчат. Кому выгодна эта бесконечная война?"
)
PROPAGANDA_DE = (
    "Das verbrecherische Regime in Kiew zeigt einmal mehr sein wahres Gesicht. Seine blutrünstigen "
    "Marionetten beschießen jede Nacht friedliche Städte, während ihre Herren in Washington schweigen."
)
NEUTRAL_EN = (
    "The city council approved the budget for next year on Tuesday. It includes funds for two new "
    "schools and the repair of the northern bridge. The vote was 31 to 9."
)


WEATHER_EN = ("Will the rain ever stop? Forecasters in Hamburg expect showers until Sunday, and the marathon may "
              "be moved. Dozens of runners have already withdrawn.")
WEATHER_DE = ("Wird der Regen jemals aufhören? Die Meteorologen in Hamburg erwarten Schauer bis Sonntag. Dutzende "
              "Läufer haben bereits abgesagt.")


@pytest.fixture(scope="module")
def analyser(analyser):
    """The detectors on every article (``technique_scope=all``): most snippets here name nothing the bundled
    catalogue speaks of. Which articles the stage takes by default has its own tests, at the end."""
    from narrascope.engine import Analyser

    return Analyser(encoder=analyser.encoder, settings=dataclasses.replace(DEFAULT, technique_scope="all"))


def techniques(analyser, text):
    return analyser.analyse_text(text).document.techniques


def test_every_span_points_into_the_text_with_a_known_id(analyser):
    doc = analyser.analyse_text(PROPAGANDA_EN).document
    assert doc.techniques
    for t in doc.techniques:
        assert doc.text[t.start:t.end] == t.text
        assert t.technique in TECHNIQUES or t.technique in ANALYST_CUES
        assert 0.0 <= t.confidence <= 1.0 and t.detector in ("model", "rule")


@pytest.mark.parametrize("text", [PROPAGANDA_EN, PROPAGANDA_RU, PROPAGANDA_DE], ids=["en", "ru", "de"])
def test_loaded_language_and_labels_are_found_in_three_languages(analyser, text):
    found = {t.technique for t in techniques(analyser, text) if t.detector == "model"}
    assert found & {"Loaded_Language", "Name_Calling-Labeling"}, found


def test_word_level_techniques_are_narrowed_to_words(analyser):
    loaded = [t for t in techniques(analyser, PROPAGANDA_EN) if t.technique == "Loaded_Language"]
    assert loaded and min(len(t.text) for t in loaded) < 60


def test_plain_council_news_carries_little(analyser):
    found = [t for t in techniques(analyser, NEUTRAL_EN) if t.detector == "model"]
    assert len(found) <= 1, found


def test_repetition_is_a_formula_recurring_across_sentences(analyser):
    reps = [t for t in techniques(analyser, PROPAGANDA_EN) if t.technique == "Repetition" and t.detector == "rule"]
    assert len(reps) == 4 and {t.text.casefold() for t in reps} == {"criminal regime"}


def test_names_and_topic_words_repeating_is_ordinary_writing():
    text = ("Madagascar reported new cases. Madagascar has a plague season. Health workers in Madagascar "
            "said cases fell. The plague season ends in April.")
    doc = Document(id="x", text=text, language="en", sentences=_sentences(text))
    assert _repetitions(doc, 3) == []


@pytest.mark.parametrize("text, cue, quoted", [
    ("Who benefits from this war? Nobody asks.", "Rhetorical_Question", "Who benefits from this war?"),
    ("Local sources said the convoy left at night.", "Unnamed_Source", "Local sources"),
    ("По словам источника, колонна ушла ночью.", "Unnamed_Source", "источника"),
    ("Dozens of fighters were seen at the border.", "Vague_Quantity", "Dozens of"),
])
def test_analyst_cues(analyser, text, cue, quoted):
    spans = [t for t in techniques(analyser, text) if t.technique == cue]
    assert spans and spans[0].text == quoted, spans


@pytest.mark.parametrize("text, cue", [
    ('"Are you leaving?" the reporter asked. The minister said no.', "Rhetorical_Question"),
    ("Residents were moved to a school after the flood.", "Unnamed_Source"),
])
def test_no_cue_where_there_is_none(analyser, text, cue):
    assert not [t for t in techniques(analyser, text) if t.technique == cue]


def test_the_summary_counts_and_finds_the_densest_passage(analyser):
    out = analyser.analyse_text(PROPAGANDA_EN + " " + NEUTRAL_EN).to_dict()
    summary = out["technique_summary"]
    assert summary["total"] == len(out["techniques"]) == sum(summary["counts"].values())
    assert summary["densest"] and summary["densest"][0]["start"] < len(PROPAGANDA_EN)


def test_the_stage_can_be_switched_off(analyser):
    from narrascope.engine import Analyser

    quick = Analyser(encoder=analyser.encoder, disabled=("techniques",))
    assert quick.analyse_text(PROPAGANDA_EN).document.techniques == []


def test_a_broken_model_file_is_a_coded_error(tmp_path):
    bad = tmp_path / "techniques.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(NarrascopeError) as err:
        TechniqueModel.load(bad)
    assert err.value.code == "E303"


def test_training_runs_again_from_task_shaped_data(tmp_path, analyser):
    pytest.importorskip("scipy")
    from narrascope.techniques.train import train

    root = tmp_path / "semeval"
    for lang, sentence, word in [("en", "The corrupt elite lies to you again.", "corrupt"),
                                 ("de", "Die korrupte Elite belügt euch wieder.", "korrupte")]:
        (root / lang / "articles").mkdir(parents=True)
        (root / lang / "spans").mkdir()
        for k in range(12):
            text = f"Title {k}\n\n{sentence} The weather was mild on day {k}.\n"
            (root / lang / "articles" / f"article{lang}{k}.txt").write_text(text, encoding="utf-8")
            a = text.index(word)
            (root / lang / "spans" / f"article{lang}{k}-labels-subtask-3.txt").write_text(
                f"{lang}{k}\tLoaded_Language\t{a}\t{a + len(word)}\n", encoding="utf-8")
        (root / lang / "paragraph-labels.txt").write_text(
            "".join(f"{lang}{k}\t3\tLoaded_Language\n" for k in range(12)), encoding="utf-8")
    out = tmp_path / "model.npz"
    report = train(root, out, analyser.encoder, split_labels=tmp_path / "split")
    model = TechniqueModel.load(out)
    assert model.labels == TECHNIQUES and report.sentences > 0
    assert (tmp_path / "split" / "en-held-out-labels.txt").exists()
    j = TECHNIQUES.index("Loaded_Language")
    assert model.term_contributions(j, np.array([0])).shape == (1,)


@pytest.mark.skipif(not SEMEVAL.exists(), reason="SemEval-2023 Task 3 data not beside the project")
def test_held_out_semeval_articles_score_above_a_floor(analyser):
    """Paragraph micro-F1 on English articles the model was not fitted on (the task's measure)."""
    folder = SEMEVAL / "en"
    gold = held_out_paragraphs(folder)
    ids = sorted(gold)[:30]
    tp = fp = fn = 0
    for aid in ids:
        text = (folder / "articles" / f"article{aid}.txt").read_text(encoding="utf-8")
        counts = paragraph_counts(text, [(t.start, t.technique) for t in techniques(analyser, text)], gold[aid])
        tp, fp, fn = tp + counts[0], fp + counts[1], fn + counts[2]
    f1 = 2 * tp / max(2 * tp + fp + fn, 1)
    assert f1 >= 0.28, f"held-out English paragraph micro-F1 {f1:.3f}"


def _sentences(text):
    out = []
    for i, m in enumerate(re.finditer(r"[^.]+\.", text)):
        out.append(Sentence(m.group(), m.start(), m.end(), index=i))
    return out


def test_a_technique_span_is_whole_words(analyser):
    """The model's words are letters only; a span it narrows to a word never cuts one ("G" of "5G")."""
    text = ("5G masts poison our children, and the G7 elites laugh\n\nThe criminal 5G lobby and its puppets in "
            "the Bundestag hide the truth about COVID-19 from the people. Wake up before it is too late!")
    spans = analyser.analyse_text(text).document.techniques
    assert spans
    for span in spans:
        assert text[span.start:span.end] == span.text
        before, after = text[span.start - 1:span.start], text[span.end:span.end + 1]
        assert not (before.isalnum() and span.text[:1].isalnum()), span
        assert not (after.isalnum() and span.text[-1:].isalnum()), span


# --- which articles the stage takes (technique_scope) -------------------------------------------------------------

@pytest.fixture(scope="module")
def by_default(analyser):
    from narrascope.engine import Analyser

    return Analyser(encoder=analyser.encoder)


@pytest.mark.parametrize("text", [WEATHER_EN, WEATHER_DE], ids=["en", "de"])
def test_an_article_the_catalogue_says_nothing_of_gets_no_spans_and_says_why(by_default, analyser, text):
    skipped = by_default.analyse_text(text)
    assert skipped.document.techniques == [] and OFF_CATALOGUE in skipped.warnings
    assert skipped.to_dict()["technique_summary"]["total"] == 0
    assert {t.technique for t in techniques(analyser, text)} >= {"Rhetorical_Question"}  # scope "all": analysed


def test_an_article_naming_what_the_catalogue_speaks_of_is_analysed_though_it_pushes_nothing(by_default):
    text = WEATHER_EN.replace("Hamburg", "Kyiv")  # Ukraine is among the bundled narratives' entities
    result = by_default.analyse_text(text)
    assert not result.matched and OFF_CATALOGUE not in result.warnings
    assert "Rhetorical_Question" in {t.technique for t in result.document.techniques}


@pytest.mark.parametrize("text", [PROPAGANDA_EN, PROPAGANDA_RU, PROPAGANDA_DE], ids=["en", "ru", "de"])
def test_propaganda_on_the_catalogues_topics_is_analysed_by_default(by_default, text):
    result = by_default.analyse_text(text)
    assert OFF_CATALOGUE not in result.warnings
    assert {t.technique for t in result.document.techniques if t.detector == "model"}


def test_the_scope_is_read_from_scores_and_named_entities():
    doc = Document(id="x", text="t", narratives=[NarrativeMatch("n", "N", 0.019, False, "mentions")],
                   mentions=[Mention("Paris", 0, 5, entity="france")])
    assert off_catalogue(doc, frozenset({"ukraine"}), 0.02)
    assert not off_catalogue(doc, frozenset({"france"}), 0.02)        # names what a narrative speaks of
    doc.narratives = [NarrativeMatch("n", "N", 0.02, False, "mentions")]
    assert not off_catalogue(doc, frozenset({"ukraine"}), 0.02)       # scores on a narrative


def test_without_the_narratives_stage_every_article_is_analysed(analyser):
    from narrascope.engine import Analyser

    result = Analyser(encoder=analyser.encoder, disabled=("narratives",)).analyse_text(WEATHER_EN)
    assert OFF_CATALOGUE not in result.warnings and result.document.techniques


def test_an_unknown_scope_is_a_coded_error(analyser):
    from narrascope.engine import Analyser

    with pytest.raises(NarrascopeError) as err:
        Analyser(encoder=analyser.encoder, settings=dataclasses.replace(DEFAULT, technique_scope="everything"))
    assert err.value.code == "E402" and "catalogue, all" in str(err.value)
