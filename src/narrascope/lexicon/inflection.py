"""Place names as lookup keys: folded spelling, and the nominative guesses for an inflected name.

The language knowledge (case endings, clitics, name particles) is data, in ``inflection.yaml``;
this module only applies it.

>>> key("Deir ez-Zor"), key("Trípoli"), key("Ат-Танф")
('deir ez zor', 'tripoli', 'ат танф')
>>> "сирия" in lemmas("сирии", "ru"), "україна" in lemmas("україні", "uk"), "syria" in lemmas("syrii", "pl")
(True, True, True)
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, product
from typing import Any

import regex

from . import _load_yaml

__all__ = ["cased", "key", "lemmas", "lowercase_region_languages", "name_particles", "nominative"]

MAX_GUESSES = 64  # nominative guesses per name (the product of every word's guesses, cut here)
SHORTEST_NOMINATIVE_STEM = 2  # letters a word keeps before a case ending for its nominative to be guessed

_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_ARABIC = regex.compile(r"\p{Arabic}")


def _fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:  # Latin letters with accents -> bare
        base = "".join(c for c in unicodedata.normalize("NFD", chr(cp)) if not unicodedata.combining(c))
        if base and base != chr(cp):
            table[cp] = base
    for cp in [*range(0x0300, 0x0370), *range(0x064B, 0x0660), 0x0670, 0x0640]:  # marks, harakat, tatweel
        table[cp] = None
    table.update({ord(c): "\u0627" for c in "\u0623\u0625\u0622\u0671"})  # alef with hamza/madda -> alef
    table.update({0x0649: "\u064a", 0x0629: "\u0647", ord("ё"): "е", ord("Ё"): "Е"})
    punctuation = "'’ʼ`´‘ʻ\"“”„«»-‐‑‒–—―.,;:!?()[]{}/\\|&+*#@%~^_=<>\u00a0\t\n\r"
    table.update({ord(c): " " for c in punctuation})
    table.update({cp: None for cp in (0x00AD, 0x200B, 0x200C, 0x200D)})  # soft hyphen, zero-width joiners
    return table


_FOLD = _fold_table()


def key(name: str) -> str:
    """Lookup key: case, Latin accents, Arabic hamza forms and punctuation folded."""
    s = name.casefold().translate(_FOLD)
    return s if s.isalpha() else " ".join(s.split())


@dataclass(frozen=True)
class _Rules:
    slavic_languages: frozenset[str]
    slavic_endings: tuple[tuple[str, tuple[str, ...]], ...]
    alternation: dict[str, str]
    vowels: str
    german_endings: tuple[tuple[str, str], ...]
    ar_conjunctions: tuple[str, ...]
    ar_prepositions: tuple[str, ...]
    ar_article: str
    ar_lam_article: str
    particles: frozenset[str]
    polish_languages: frozenset[str] = frozenset()
    polish_endings: tuple[tuple[str, tuple[str, ...]], ...] = ()
    german_adjective_endings: tuple[tuple[str, tuple[str, ...]], ...] = ()


@lru_cache(maxsize=1)
def _inflection_yaml() -> dict[str, Any]:
    """inflection.yaml, parsed once for the rules, the romanisation tables and the declensions read from it."""
    return _load_yaml("inflection.yaml") or {}


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = _inflection_yaml()
    slavic, german, arabic = data.get("slavic") or {}, data.get("german") or {}, data.get("arabic") or {}
    polish = data.get("polish") or {}
    return _Rules(
        frozenset(slavic.get("languages") or ()),
        tuple((str(e), tuple(str(r) for r in reps)) for e, reps in slavic.get("endings") or ()),
        {str(k): str(v) for k, v in (slavic.get("alternation") or {}).items()},
        str(slavic.get("vowels") or ""),
        tuple((str(e), str(r)) for e, r in german.get("endings") or ()),
        tuple(str(c) for c in arabic.get("conjunctions") or ()),
        tuple(str(c) for c in arabic.get("prepositions") or ()),
        str(arabic.get("article") or ""), str(arabic.get("lam_article") or ""),
        frozenset(str(p) for p in data.get("name_particles") or ()),
        frozenset(polish.get("languages") or ()),
        tuple((str(e), tuple(str(r) for r in reps)) for e, reps in polish.get("endings") or ()),
        tuple((str(e), tuple(str(r) for r in reps)) for e, reps in german.get("adjective_endings") or ()))


@lru_cache(maxsize=1)
def _romanise_tables() -> dict[str, dict[str, str]]:
    data = _inflection_yaml()
    return {str(lang): {str(k): str(v) for k, v in (table or {}).items()}
            for lang, table in (data.get("romanise") or {}).items()}


def romanised(name: str, language: str | None) -> str | None:
    """A Cyrillic name in Latin letters by the language's table (inflection.yaml, ``romanise``), capitalised as
    written; None for a name in another script or a language without a table.

    >>> romanised("Безіменне", "uk"), romanised("Цель", "ru"), romanised("Щит", "bg")
    ('Bezimenne', 'Tsel', 'Shtit')
    """
    table = _romanise_tables().get(language or "")
    if not table or not _CYRILLIC.search(name):
        return None
    out = []
    for ch in name:
        latin = table.get(ch.lower(), ch)
        out.append(latin[:1].upper() + latin[1:] if ch.isupper() else latin)
    return "".join(out)


def name_particles() -> frozenset[str]:
    """Lower-case particles that can open a place name when hyphenated (al-Tanf, Эт-Танф)."""
    return _rules().particles


def lowercase_region_languages() -> frozenset[str]:
    """Languages that write a region's name in small letters, an adjective after its noun ("obwód kurski"):
    a name of such words alone may still be a curated region (places.find_places)."""
    return _rules().polish_languages


#: endings and what replaces each ("ах" -> "а", "ы" ...)
_Endings = tuple[tuple[str, tuple[str, ...]], ...]


def _with_endings_replaced(word: str, endings: _Endings, shortest_stem: int) -> list[str]:
    """``word`` and, for every listed ending it has over a stem of ``shortest_stem`` letters or more, the stem with
    each of that ending's replacements."""
    out = [word]
    for ending, replacements in endings:
        if word.endswith(ending) and len(word) - len(ending) >= shortest_stem:
            stem = word[: len(word) - len(ending)]
            out.extend(stem + r for r in replacements)
    return out


def _slavic_word(word: str, rules: _Rules) -> list[str]:
    out = _with_endings_replaced(word, rules.slavic_endings, 2)
    for form in list(out):  # Ukrainian closed-syllable і: only on consonant-final forms, a soft sign after it too
        last = len(form) - (2 if form.endswith("ь") else 1)  # Ірпеня -> Ірпень -> Ірпінь
        if last > 2 and form[last - 1] in rules.alternation and form[last] not in rules.vowels:
            out.append(form[:last - 1] + rules.alternation[form[last - 1]] + form[last:])
    return list(dict.fromkeys(out))


def _polish_word(word: str, rules: _Rules) -> list[str]:
    """Nominative guesses for a Polish word (folded key): every listed ending that fits, replaced."""
    return list(dict.fromkeys(_with_endings_replaced(word, rules.polish_endings, 3)))


def _arabic_word(word: str, rules: _Rules) -> list[str]:
    out = [word]
    article = rules.ar_article
    if word[:1] in rules.ar_conjunctions and len(word) > 3:
        out.append(word[1:])
    for w in list(out):
        if rules.ar_lam_article and w.startswith(rules.ar_lam_article) and len(w) > 4:
            out.append(article + w[len(rules.ar_lam_article):])
        elif w[:1] in rules.ar_prepositions and len(w) > 3:
            out.append(w[1:])
    for w in list(out):
        out.append(w[len(article):] if w.startswith(article) and len(w) > 4 else article + w)
    return list(dict.fromkeys(out))


def _german_last(word: str, rules: _Rules) -> list[str]:
    return [word] + [word[: -len(e)] + r for e, r in rules.german_endings if word.endswith(e) and len(word) > 4]


def _german_adjective(word: str, rules: _Rules) -> list[str]:
    """A word before a name's last one as written, then its nominative if it is an inflected adjective
    ("vereinigten" -> "vereinigte", "vereinigtes")."""
    return [word] + [word[: -len(e)] + r for e, reps in rules.german_adjective_endings
                     if word.endswith(e) and len(word) > 4 for r in reps]


def lemmas(name_key: str, language: str | None) -> list[str]:
    """Nominative candidates for an inflected key (see :func:`key`); the key itself excluded."""
    words = name_key.split()
    if not words:
        return []
    rules = _rules()
    if _CYRILLIC.search(name_key) and (language is None or language in rules.slavic_languages):
        per_word = [_slavic_word(w, rules) if len(w) > 2 else [w] for w in words]
    elif _ARABIC.search(name_key):
        per_word = [[w] for w in words[:-1]] + [_arabic_word(words[-1], rules)]
        if len(words) > 1:
            per_word[0] = _arabic_word(words[0], rules)
    elif language is not None and language in rules.polish_languages:
        per_word = [_polish_word(w, rules) if len(w) > 3 else [w] for w in words]
    elif language in (None, "de"):
        per_word = [_german_adjective(w, rules) for w in words[:-1]] + [_german_last(words[-1], rules)]
    else:
        per_word = [[w] for w in words]
    if len(words) > 1 and words[-1] == "s":          # English possessive: Syria's
        per_word = per_word[:-1]
    out = [" ".join(combo) for combo in islice(product(*per_word), MAX_GUESSES)]
    return [c for c in dict.fromkeys(out) if c != name_key]


@dataclass(frozen=True)
class _Declension:
    """One language's ``nominative`` table of inflection.yaml."""

    default_gender: str
    prepositions: dict[str, frozenset[str]]
    adjectives: tuple[tuple[str, frozenset[str], dict[str, str]], ...]
    nouns: tuple[tuple[str, frozenset[str], str, str], ...]


@lru_cache(maxsize=1)
def _declensions() -> dict[str, _Declension]:
    data = _inflection_yaml().get("nominative") or {}
    return {str(lang): _Declension(
        str(table.get("default_gender") or ""),
        {str(p): frozenset(str(c) for c in cases) for p, cases in (table.get("prepositions") or {}).items()},
        tuple((str(e), frozenset(str(c) for c in cases), {str(g): str(n) for g, n in forms.items()})
              for e, cases, forms in table.get("adjectives") or ()),
        tuple((str(e), frozenset(str(c) for c in cases), str(g), str(n))
              for e, cases, g, n in table.get("nouns") or ()))
        for lang, table in data.items()}


def _stem(word: str, ending: str) -> str | None:
    """The word without ``ending``, where it ends so and keeps enough letters."""
    if not word.casefold().endswith(ending) or len(word) - len(ending) < SHORTEST_NOMINATIVE_STEM:
        return None
    return word[: len(word) - len(ending)]


def _as_adjective(word: str, cases: frozenset[str], table: _Declension) -> tuple[str, dict[str, str]] | None:
    """The stem of a word that is an adjective in one of ``cases`` and its nominative endings by gender."""
    for ending, of, forms in table.adjectives:
        stem = _stem(word, ending)
        if stem is not None and of & cases:
            return stem, forms
    return None


def _as_noun(word: str, cases: frozenset[str], genders: frozenset[str] | None,
             table: _Declension) -> tuple[str, str] | None:
    """A noun's nominative and gender: the first noun ending that fits the case (and the adjectives' gender)."""
    for ending, of, gender, replacement in table.nouns:
        stem = _stem(word, ending)
        if stem is not None and of & cases and (genders is None or gender in genders):
            return stem + replacement, gender
    return None


def nominative(name: str, preposition: str, language: str | None) -> str | None:
    """A guess at the nominative of a place name the gazetteer lacks, written after ``preposition``: the case
    the preposition governs and the endings of the name's words (inflection.yaml, ``nominative``), an adjective
    agreeing with its noun; None where the language declines no noun, the word before is no preposition it
    knows, the name has more than one noun or no ending fits (the name may be written as it is named).

    >>> nominative("Новій Каховці", "у", "uk"), nominative("Безіменному", "у", "uk"), nominative("Брузгах", "в", "ru")
    ('Нова Каховка', 'Безіменне', 'Брузги')
    """
    table = _declensions().get(language or "")
    cases = table.prepositions.get(preposition.casefold()) if table is not None else None
    if table is None or not cases:
        return None
    words = name.split(" ")
    adjectives = {i: a for i, w in enumerate(words) if (a := _as_adjective(w, cases, table)) is not None}
    nouns = [i for i in range(len(words)) if i not in adjectives]
    if len(nouns) > 1:
        return None
    agreeing = [set(forms) for _, forms in adjectives.values()]
    genders = frozenset(set.intersection(*agreeing)) if agreeing else None
    if nouns:
        noun = _as_noun(words[nouns[0]], cases, genders or None, table)
        if noun is None:
            return None
        words[nouns[0]], gender = noun
    elif genders:  # an adjective alone stands for its noun ("у Безіменному": the village, Безіменне)
        gender = table.default_gender if table.default_gender in genders else min(genders)
    else:
        return None
    for i, (stem, forms) in adjectives.items():
        if gender not in forms:
            return None
        words[i] = stem + forms[gender]
    return " ".join(words)


def cased(token: str) -> bool | None:
    """True for a capitalised word, False for a lower-case one, None for scripts without case."""
    ch = token[0]
    if ch.isupper():
        return True
    return False if ch.islower() else None
