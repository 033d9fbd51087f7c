"""The frame view of a sentence (stages/frame_view.py): what it finds is what a search of every sentence finds,
however it skips the sentences that cannot hold a match."""

from __future__ import annotations

import re
import sys

import pytest

from narrascope.model import Document
from narrascope.settings import DEFAULT
from narrascope.stages.frame_view import (
    _AS_ASCII,
    SPLIT_VERBS,
    _any_within,
    _keyed_words,
    _split_verb_keys,
    _split_verbs,
    _verb_key,
    sentence_views,
)
from narrascope.stages.mentions import MentionStage
from narrascope.stages.sentences import SentenceStage


def test_the_letters_ignorecase_takes_for_ascii_ones_are_all_listed() -> None:
    """_verb_key writes every other letter as "_": a letter IGNORECASE matches with an ASCII one and missing from
    _AS_ASCII would make a sentence that matches look as if it could not."""
    others = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    found = {m.group(): m.group().lower() if m.group().lower().isascii() else None
             for m in re.finditer("[a-z]", others, re.IGNORECASE)}
    assert set(found) == set(_AS_ASCII)
    assert all(re.fullmatch(ascii_letter, ch, re.IGNORECASE) for ch, ascii_letter in _AS_ASCII.items())


@pytest.mark.parametrize("text, key", [
    ("Wies", "wies"), ("WIEſ", "wies"), ("Kehrt", "kehrt"), ("führt", "f_hrt"), ("ZURÜCK!", "zur_ck!"),
    ("на „Ostfront“", "__  ostfront "),
])
def test_a_key_keeps_each_character_in_its_place(text: str, key: str) -> None:
    assert _verb_key(text) == key and len(_verb_key(text)) == len(text)


def test_within_is_a_half_open_range() -> None:
    assert _any_within([3, 10], 3, 4) and _any_within([3, 10], 4, 11) and not _any_within([3, 10], 4, 10)
    assert not _any_within([], 0, 100)


SENTENCES = [
    "Der Sprecher wies die Vorwürfe als Propaganda zurück.",
    "Das Ministerium WIES Berichte zurück, wonach Soldaten verlegt wurden.",
    "Er wieſ alles zurück.",                                   # the long s: IGNORECASE takes it for an s
    "Die Truppen kehrten am Montag nach Polen zurück.",
    "Polen nahm 200 Kämpfer aus Belarus auf.",
    "Sie überwies das Geld zurück.",                           # the verb inside a longer word: no match
    "Die Regierung bestritt die Berichte.",                    # no verb of the patterns
    "Wies",                                                    # the verb closing the text
]


def _doc(text: str) -> Document:
    return MentionStage()(SentenceStage(DEFAULT)(Document(id="d", text=text, language="de")))


def test_split_verbs_are_found_as_a_search_of_every_sentence_finds_them() -> None:
    doc = _doc("\n\n".join(SENTENCES))
    views = sentence_views(doc)[1]
    expected, skipped = set(), 0
    for key, label in SPLIT_VERBS:
        split, verbs = _split_verbs("de", key), _split_verb_keys("de", key)
        assert split is not None and verbs is not None
        at = [start for start, word in _keyed_words(doc.text) if word in verbs]
        for view in views:
            s = view.sentence
            found = [(m.start(m.lastgroup), m.end(m.lastgroup), label)
                     for m in split.finditer(doc.text, s.start, s.end)]
            assert not found or _any_within(at, s.start, s.end), s.text
            skipped += not _any_within(at, s.start, s.end)
            expected.update(found)
    got = {(h.start, h.end, h.label) for view in views for h in view.hits if h.label in {lb for _, lb in SPLIT_VERBS}}
    assert expected <= got
    assert {doc.text[a:b] for a, b, _ in expected} == {"wies", "WIES", "wieſ", "kehrten", "nahm"}
    assert skipped >= len(SENTENCES)  # most sentences are passed over for most patterns


def test_a_verb_list_with_a_word_of_several_parts_is_searched_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    from narrascope.stages import frame_view

    frame_view._split_verb_keys.cache_clear()
    monkeypatch.setattr(frame_view, "frame_word_lists", lambda language: {"split_move": ("d'abord zurück",)})
    try:
        assert frame_view._split_verb_keys("xx", "split_move") is None
    finally:
        frame_view._split_verb_keys.cache_clear()


# --- move nouns with a qualifier ("ningún traslado masivo de"): sentences without one of the nouns are passed over


def test_every_letter_of_a_move_noun_is_keyed_as_the_characters_ignorecase_takes_for_it() -> None:
    """A sentence is searched for a qualified move noun only where the keyed text holds a noun's key: a character
    IGNORECASE matches with a noun's letter but keyed otherwise would hide a match (a combining mark IGNORECASE takes
    for a Greek iota, say). Checked over every code point for every letter of every language's nouns."""
    from narrascope.lexicon import ADJECTIVE_AFTER_NOUN
    from narrascope.stages.frame_view import _qualified_links

    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    letters = {ch for language in ADJECTIVE_AFTER_NOUN for noun in _qualified_links(language)
               for ch in noun.rstrip("*")}
    assert len(letters) > 20
    for letter in letters:
        assert {_verb_key(ch) for ch in re.findall(re.escape(letter), everything, re.IGNORECASE)} == {
            _verb_key(letter)}, letter


QUALIFIED = {
    "es": ["No hubo ningún envío masivo de armas a la frontera.",
           "La SALIDA RÁPIDA DE las tropas sorprendió.",
           "El ministro habló del presupuesto.",                 # no move noun: passed over
           "La salida fue ayer."],                              # the noun without a qualifier and a link
    "pt": ["Houve qualquer transferência secreta de presos para a ilha?",
           "A TRANSFERÊNCIA RÁPIDA DOS soldados acabou.",
           "O governo aprovou o orçamento."],
    "fr": ["Le départ précipité des troupes a surpris.",
           "Le DÉPART SOUDAIN DES soldats a eu lieu.",
           "Le match a été reporté."],
    "it": ["Il ritiro improvviso delle truppe è stato annunciato.",
           "Il RITIRO PARZIALE DEI soldati continua.",
           "La partita è finita pari."],
}


@pytest.mark.parametrize("language", sorted(QUALIFIED))
def test_qualified_move_nouns_are_found_as_a_search_of_every_sentence_finds_them(language: str) -> None:
    from narrascope.stages.frame_view import _qualified_move_nouns, _qualified_noun_starts, _qualified_nouns

    doc = MentionStage()(SentenceStage(DEFAULT)(Document(id="d", text="\n\n".join(QUALIFIED[language]),
                                                         language=language)))
    assert _qualified_nouns(language) is not None
    at = _qualified_noun_starts(doc.text, language)
    views = sentence_views(doc)[1]
    searched, passed_over = 0, 0
    for view in views:
        s = view.sentence
        if _qualified_nouns(language).search(doc.text, s.start, s.end):  # type: ignore[union-attr]
            assert _any_within(at, s.start, s.end), s.text
            searched += 1
        passed_over += not _any_within(at, s.start, s.end)
    assert searched >= 2 and passed_over >= 1
    found = {(h.start, h.end) for view in views for h in view.hits if h.label == "relocation"}
    for view in views:
        assert {(h.start, h.end) for h in _qualified_move_nouns(doc.text, view, language)} <= found
