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


def test_arabic_short_vowels_and_shadda_are_optional_in_a_phrase_and_in_the_text():
    m = PhraseMatcher([("relocation", "نقلوا"), ("relocation", "رحّل*")], language="ar")
    text = "ثم نُقلوا إلى الحدود ورحّلهم الجيش ثم رحلوهم"
    found = [text[h.start:h.end] for h in m.finditer(text)]
    assert found == ["نُقلوا", "ورحّلهم", "رحلوهم"]


@pytest.mark.parametrize("text, moved, destination", [
    # a number takes a singular noun in Arabic ("300 مقاتل", "60 عائلة")
    ("نقل الجيش التركي 300 مقاتل من إدلب إلى ليبيا الشهر الماضي.", "militants", "libya"),
    ("وقالت الوزارة إن 60 عائلة نُقلت بالحافلات من مخيم الهول إلى الموصل.", "civilians", "mosul"),
    ("نقلت القوات الأمريكية عشرات العناصر من سجن الشدادي إلى العراق.", "militants", "iraq"),
])
def test_arabic_counted_singulars_and_vowelled_verbs_give_the_move(analyser, text, moved, destination):
    claims = relocations(analyser, text)
    assert any(moved in canon(c.moved) and canon(c.destination) == destination for c in claims), claims
