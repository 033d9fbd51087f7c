"""Language identification and sentence splitting; offsets always index the text they came from."""

from __future__ import annotations

import pytest

from narrascope.lang import UNDETERMINED, identify_language, split_sentences


@pytest.mark.parametrize("code, sentence", [
    ("en", "The city council approved a new budget for public transport on Tuesday."),
    ("ru", "Городской совет во вторник утвердил новый бюджет на общественный транспорт."),
    ("uk", "Міська рада у вівторок затвердила новий бюджет на громадський транспорт."),
    ("de", "Der Stadtrat hat am Dienstag einen neuen Haushalt für den Nahverkehr beschlossen."),
    ("fr", "Le conseil municipal a approuvé mardi un nouveau budget pour les transports publics."),
    ("es", "El ayuntamiento aprobó el martes un nuevo presupuesto para el transporte público."),
    ("ar", "وافق مجلس المدينة يوم الثلاثاء على ميزانية جديدة للنقل العام."),
    ("pl", "Rada miasta zatwierdziła we wtorek nowy budżet na transport publiczny."),
    ("it", "Il consiglio comunale ha approvato martedì un nuovo bilancio per il trasporto pubblico."),
])
def test_identify_language_on_short_native_sentences(code: str, sentence: str) -> None:
    found, confidence = identify_language(sentence)
    assert found == code
    assert 0.5 < confidence <= 1.0


@pytest.mark.parametrize("text", ["", "  ", "\n\n", "ab"])
def test_too_little_text_is_undetermined(text: str) -> None:
    assert identify_language(text) == (UNDETERMINED, 0.0)


TRICKY = [
    ("en", "Dr. Smith met Mr. Jones at 5 p.m. in Washington D.C. on Monday. They talked for an hour."),
    ("en", 'He said "we will leave soon." Then he left. "Nobody knows," she added.'),
    ("en", 'The spokesman said "the troops are leaving. Nobody asked why. And the press is silent'),
    ("en", "Pentagon denies report\r\n\r\nThe Pentagon denied the report on Friday.\rOfficials said it was false.\r\n"),
    ("en", "BREAKING: convoy seen near border\nWitnesses describe dozens of trucks\n- first bullet\n- second"),
    ("de", "Am 5. Okt. 2023 sprach der Minister in Berlin. Er sagte: „Wir bleiben standhaft.“ Dann ging er."),
    ("ru", "США перебрасывают боевиков ИГИЛ. Об этом сообщил т.н. «источник» 5 окт. в Москве. Подробности неизвестны!"),
    ("uk", "Фактчек: чи була трагедія в Бучі «постановкою»? Ні. Це фейк, який поширюють з 2022 р."),
    ("ar", "أعلنت الحكومة عن خطة جديدة. وقال الوزير إن الخطة ستنفذ قريباً؟ نعم.\u202eمقلوب\u202c"),
    ("xx", "An unknown language code falls back to generic rules. It still splits."),
    (None, "No language given. Generic rules apply."),
    ("en", "word " * 1000),
    ("en", "x" * 5000),
]


@pytest.mark.parametrize("language, text", TRICKY)
def test_every_sentence_is_the_slice_its_offsets_name(language: str | None, text: str) -> None:
    sentences = split_sentences(text, language)
    assert sentences
    for i, s in enumerate(sentences):
        assert text[s.start:s.end] == s.text
        assert s.index == i
        assert s.text == s.text.strip() and s.text


@pytest.mark.parametrize("language, text", TRICKY)
def test_sentences_are_in_order_and_do_not_overlap(language: str | None, text: str) -> None:
    sentences = split_sentences(text, language)
    assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:], strict=False))


@pytest.mark.parametrize("max_chars", [600, 100, 37])
@pytest.mark.parametrize("text", ["word " * 1000, "x" * 5000, "ein langes Wort ohne Punkt " * 200])
def test_a_long_line_without_punctuation_is_cut_into_pieces_of_at_most_max_chars(text: str, max_chars: int) -> None:
    sentences = split_sentences(text, "en", max_chars=max_chars)
    assert len(sentences) > 1
    assert all(len(s.text) <= max_chars for s in sentences)
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")  # nothing lost


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Title\n\nOne here. Two there!", ["Title", "One here.", "Two there!"]),
    ("en", "Headline without full stop\nThe body starts here.",
     ["Headline without full stop", "The body starts here."]),
    ("en", "Dr. Smith arrived. He left.", ["Dr. Smith arrived.", "He left."]),
    ("en", "He counted to 5. Then he stopped.", ["He counted to 5.", "Then he stopped."]),
    ("de", "Am 5. Okt. 2023 sprach er. Am 12. März kam sie.", ["Am 5. Okt. 2023 sprach er.", "Am 12. März kam sie."]),
    ("ru", "Встреча прошла 5 окт. в Москве. Итоги неизвестны.",
     ["Встреча прошла 5 окт. в Москве.", "Итоги неизвестны."]),
    ("en", "Line one\r\nLine two\rLine three", ["Line one", "Line two", "Line three"]),
])
def test_sentence_boundaries(language: str, text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text, language)] == expected
