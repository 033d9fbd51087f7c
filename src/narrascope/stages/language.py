"""Stage ``language``: writes ``doc.language`` and ``doc.language_score``."""

from __future__ import annotations

from dataclasses import dataclass

from ..lang import identify_language, language_guesses
from ..lexicon import frame_languages, frame_lexicon
from ..model import Document
from ..settings import DEFAULT, Settings

#: the frame labels whose words tell a language apart in a short text (markers such as "a", "in", "de" do not)
_TELLING = frozenset({"relocation", "arrival", "departure", "troops", "reach", "denial", "support", "accusation"})
_TELLING_LETTERS = 4  # a telling word is at least this long


@dataclass
class LanguageStage:
    settings: Settings = DEFAULT

    def __call__(self, doc: Document) -> Document:
        if doc.language:  # given by the source (an export column, the caller)
            return doc
        doc.language, doc.language_score = identify_language(doc.text, self.settings)
        if len(doc.text.strip()) <= self.settings.short_text_chars:
            doc.language, doc.language_score = _checked_by_frames(doc.text, doc.language, doc.language_score,
                                                                  self.settings)
        return doc


def _checked_by_frames(text: str, language: str, score: float, settings: Settings) -> tuple[str, float]:
    """A short text's language among the identifier's first guesses: the frame language whose words of a move the
    text uses most, when it uses more of them than the first guess's ("Militari russi arrivano in Venezuela", read
    as English; "Вагнер напуска Мали", read as Russian). A long text keeps the identifier's guess.

    >>> _checked_by_frames("Militari russi arrivano in Venezuela", "en", 0.57, DEFAULT)[0]
    'it'
    """
    known = frame_languages()
    guesses = [(code, p) for code, p in language_guesses(text, settings.short_text_guesses, settings)
               if code in known and p >= settings.short_text_min_guess]
    if not guesses:
        return language, score
    told = {code: _telling_words(text, code) for code, _ in guesses}
    best = max(guesses, key=lambda g: told[g[0]])  # (the identifier's order breaks a tie)
    if told[best[0]] > told.get(language, 0) and best[0] != language:
        return best
    return language, score


def _telling_words(text: str, language: str) -> int:
    """How many words of a move (a trigger, a word for troops) of ``language``'s frame file ``text`` uses."""
    hits = frame_lexicon(language).matcher.hits(text)
    return len({(h.start, h.end) for h in hits if h.label in _TELLING and h.end - h.start >= _TELLING_LETTERS})
