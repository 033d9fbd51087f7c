"""What makes an article a debunk: a fact-check's verdict wording, in the article's own voice, and which
narratives a debunk is said to refute."""

from __future__ import annotations

from dataclasses import replace

import pytest

from narrascope.lexicon import cue_matcher
from narrascope.model import Document, Evidence, NarrativeMatch
from narrascope.settings import DEFAULT
from narrascope.stages.stance import _refute


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
    assert {m.id for m in doc.narratives if m.stance == "refutes"} == {"staged-atrocities", "ukraine-western-puppet"}


@pytest.mark.parametrize("language, text", [
    ("ar", "كان التنظيم أداة لإشاعة الفوضى في المنطقة."),      # "to spread chaos": the same word as "a rumour"
    ("en", "The group was a tool to spread chaos in the region."),
])
def test_spreading_chaos_is_no_rumour(language, text):
    assert refuting_words(text, language) == []


def test_rumours_are_still_a_debunking_cue():
    assert refuting_words("هذه مجرد شائعات لا أساس لها.", "ar")
