"""Triggers written once in their dictionary form (``~выводить``) match every inflection, from the
forms that pymorphy3 and simplemma give, shipped as data (lexicon/frames/forms/)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from narrascope.lexicon import PhraseMatcher, _load_yaml
from narrascope.lexicon.forms import dictionary_words, forms
from narrascope.lexicon.matcher import RECENT_TEXTS

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "src" / "narrascope" / "lexicon"
LANGUAGES = sorted(p.stem for p in (LEXICON / "frames").glob("*.yaml"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_dictionary_word_of_a_frame_file_has_its_forms_shipped(language):
    words = dictionary_words(_load_yaml("frames", f"{language}.yaml"))
    missing = [w for w in words if len(forms(language).get(w, ())) < 2]
    assert not missing, f"run scripts/build_lemma_forms.py: no forms for {missing}"


@pytest.mark.skipif(importlib.util.find_spec("pymorphy3") is None or importlib.util.find_spec("simplemma") is None,
                    reason="the lemmatisers (extra lemmas-build) are not installed")
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_forms_are_what_the_lemmatisers_give(language):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_lemma_forms
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    shipped = (LEXICON / "frames" / "forms" / f"{language}.tsv").read_text(encoding="utf-8")
    assert build_lemma_forms.render(language) == shipped, "run scripts/build_lemma_forms.py and commit"


@pytest.mark.parametrize("language, lemma, text", [
    ("ru", "выводить", "Пентагон выводит боевиков"),
    ("ru", "выводить", "выводимых из Ракки боевиков"),
    ("uk", "перекинути", "США перекинули бойовиків"),
    ("de", "schicken", "Die USA schickten Kämpfer"),
    ("fr", "envoyer", "des combattants envoyés au Niger"),
    ("es", "trasladar", "los combatientes trasladados a Irak"),
    ("es", "enviar", "una unidad fue enviada a la frontera"),
    ("es", "enviar", "las brigadas enviadas al norte"),
    ("en", "fly", "the men were flown out"),
    ("pl", "przerzucić", "bojownicy zostali przerzuceni"),
    ("pl", "przewieźć", "przewieziono ich samolotem"),
    ("it", "trasferire", "i combattenti trasferiti in Libia"),
    ("it", "inviare", "la Turchia ha inviato mercenari"),
])
def test_a_dictionary_word_matches_its_inflections(language, lemma, text):
    matcher = PhraseMatcher([("move", f"~{lemma}")], language, forms(language))
    assert matcher.labels_in(text) == {"move"}


@pytest.mark.parametrize("language, lemma, text", [
    ("es", "llegar", "la llegada de los aviones"),   # the noun of the event, not an agreeing participle
    ("es", "salir", "las salidas del puerto"),
    ("es", "decir", "que el gobierno decida"),       # decidir's, not decir's
])
def test_a_participle_agrees_only_where_it_is_the_verbs(language, lemma, text):
    matcher = PhraseMatcher([("move", f"~{lemma}")], language, forms(language))
    assert not matcher.labels_in(text)


@pytest.mark.parametrize("text", ["колона в'їхала до міста", "колона в\u2019їхала до міста",
                                  "колона в\u02bcїхала до міста", "колони в'їжджають до міста"])
def test_a_dictionary_word_with_an_apostrophe_matches_its_inflections_whichever_apostrophe(text):
    # the text parts words at an apostrophe; the modifier letter apostrophe (U+02BC) is read as one
    matcher = PhraseMatcher([("move", "~в'їхати"), ("move", "~в'їжджати")], "uk", forms("uk"))
    assert [(h.label, text[h.start:h.end]) for h in matcher.finditer(text)] == [("move", text.split()[1])]
    assert not matcher.labels_in("колона їхала до міста")  # the verb without its prefix is another one


def test_a_dictionary_word_without_forms_matches_only_as_written():
    matcher = PhraseMatcher([("move", "~zork")], "en", {})
    assert matcher.labels_in("they zork") == {"move"} and not matcher.labels_in("they zorked")


def test_a_dictionary_word_inside_a_phrase():
    matcher = PhraseMatcher([("move", "~fly to")], "en", forms("en"))
    assert [h.label for h in matcher.finditer("They flew to Kabul; it flies over")] == ["move"]


@pytest.mark.parametrize("text, origin, destination", [
    ("Пентагон выводит боевиков ИГ из Ракки в Ирак.", "raqqa", "iraq"),
    ("Американцы разрешили боевикам ИГ уйти из Ракки и перебраться в Ирак.", "raqqa", "iraq"),
    ("Вашингтон перекидає бойовиків ІДІЛ із Сирії до Афганістану.", "syria", "afghanistan"),
    ("Los Estados Unidos trasladaban a combatientes del Estado Islámico desde Raqqa hacia Afganistán.",
     "raqqa", "afghanistan"),
    ("Amerykanie przerzucali bojowników Państwa Islamskiego z Rakki do Afganistanu.", "raqqa", "afghanistan"),
    ("Gli americani trasferivano i combattenti dello Stato islamico da Raqqa in Afghanistan.", "raqqa", "afghanistan"),
])
def test_inflected_triggers_give_their_claim(analyser, text, origin, destination):
    claims = [c for c in analyser.analyse_text(text).document.claims if c.type == "relocation"]
    assert any((c.origin.canonical or "").casefold() == origin and (c.destination.canonical or "").casefold()
               == destination for c in claims if c.origin and c.destination), claims


def test_a_matcher_matches_a_text_once_while_stages_take_turns_on_it():
    matcher = PhraseMatcher([("moved", "~relocate"), ("moved", "ship*")], "en", {"relocate": ["relocated"]})
    text = "They relocated the men and shipped them east."
    first = matcher.hits(text)
    assert first == tuple(matcher.finditer(text)) and len(first) == 2
    assert matcher.hits(text) is first  # the second stage reads what the first one found
    for i in range(RECENT_TEXTS):
        matcher.hits(f"{text} {i}")
    assert matcher.hits(text) is not first and matcher.hits(text) == first  # bounded: the oldest text went


def test_the_sentences_stages_cut_between_two_reads_of_a_batch_leave_its_articles_words_kept():
    """The matchers' stages read a batch's articles in turn (mentions ... narratives), and the stages between cut
    single sentences too: those are kept apart, so an article's words are cut once however many sentences came."""
    from narrascope.lexicon.matcher import _SHORT_KEPT, _SHORT_TEXT, _WORDS_KEPT, _words

    articles = [f"Article {i}. " + "The convoy moved on towards the harbour. " * 40 for i in range(_WORDS_KEPT)]
    assert all(len(a) > _SHORT_TEXT for a in articles)
    first = [_words(a, False) for a in articles]
    for i in range(2 * _SHORT_KEPT):  # what the stages between cut of each article's sentences
        _words(f"Sentence {i} says who spoke.", False)
    assert all(_words(a, False) is kept for a, kept in zip(articles, first, strict=True))
    _words("One article more. " * 100, False)
    assert _words(articles[0], False) is not first[0]  # bounded: the oldest article went
    assert _words(articles[0], False) == first[0]
