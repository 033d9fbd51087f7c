"""Every inflection of the dictionary words the lexicons write as ``~word`` (``~выводить``, ``~fly``).

The forms are data, shipped in ``frames/forms/<lang>.tsv`` (one line per dictionary word: the word,
a tab, its forms separated by spaces), written by ``scripts/build_lemma_forms.py`` from two
lemmatisers that ship their dictionaries: pymorphy3 with the OpenCorpora (ru) and VESUM (uk)
dictionaries, which give whole lexemes (every case of every participle), and simplemma for the
other languages (its form -> lemma tables, read backwards). Both are build-time tools only
(``pip install 'narrascope[lemmas-build]'``): reading the shipped forms costs nothing at run time,
where loading the lemmatisers costs 0.4 s (pymorphy3, ru and uk) to 5 s (simplemma, seven
languages) per process. Rebuild after adding a ``~word`` to a frame file; a word missing from
the forms file matches only as written.

>>> "выводит" in forms("ru")["выводить"]
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["FORMS_FOLDER", "dictionary_words", "forms", "generate"]

FORMS_FOLDER = ("frames", "forms")
PYMORPHY_LANGUAGES = ("ru", "uk")   # whole lexemes from pymorphy3's dictionaries
_LEMMA = re.compile(r"(?<!\S)~([^\s*~]+)")


@lru_cache(maxsize=32)
def forms(language: str) -> dict[str, tuple[str, ...]]:
    """Dictionary word -> its forms, for one language (empty when it has no forms file)."""
    path = resources.files("narrascope.lexicon").joinpath(*FORMS_FOLDER, f"{language}.tsv")
    if not path.is_file():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, rest = line.partition("\t")
            out[word] = tuple(rest.split())
    return out


def dictionary_words(data: Any) -> list[str]:
    """Every ``~word`` in a lexicon file's data (any nesting), once, sorted, case folded."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.update(w.casefold() for w in _LEMMA.findall(value))
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(data)
    return sorted(found)


def generate(language: str, words: Iterable[str]) -> dict[str, list[str]]:
    """The forms of each dictionary word, from the lemmatisers (build time: see the module docstring)."""
    words = list(words)
    if language in PYMORPHY_LANGUAGES:
        return {w: _with_e(_pymorphy_forms(language, w)) for w in words}
    found, table = _simplemma_forms(language, words)
    return {w: _with_e(_agreeing(language, w, found[w], table)) for w in words}


# A past participle's four agreeing forms (masculine, feminine; singular, plural) in the languages whose
# forms come from simplemma: its table sends some of them to a noun or an adjective of their own
# ("enviada" -> "enviado", the envoy; "llevada" -> itself), so a verb's forms can hold "enviados" but
# not "enviada" ("Parte del grupo fue enviada al frente"). The masculine plural, which no finite form
# of a verb shares ("enviados"; not "-adas", also "you send"), brings the other three when it is the
# verb's own (its stem and an infinitive ending give the dictionary word), those the table sends to the
# verb, its forms or the masculine participle; one it sends to a feminine is a noun of the event
# ("llegada", "salidas", "entrada": arriving, leaving and entering have no passive to agree), one it
# sends to another verb is that verb's ("decida": decidir). Italian's tables give all four already.
PARTICIPLE_AGREEMENT: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {
    "es": ((("ar",), ("ados", "ado", "ada", "adas")), (("er", "ir"), ("idos", "ido", "ida", "idas"))),
    "pt": ((("ar",), ("ados", "ado", "ada", "adas")), (("er", "ir"), ("idos", "ido", "ida", "idas"))),
}


def _agreeing(language: str, word: str, found: set[str], table: dict[str, str]) -> set[str]:
    """The forms found, with the agreeing forms of the word's past participle among them (PARTICIPLE_AGREEMENT)."""
    out = set(found)
    for infinitives, endings in PARTICIPLE_AGREEMENT.get(language, ()):
        plural = endings[0]
        for form in found:
            stem = form[: -len(plural)]
            if form.endswith(plural) and len(stem) > 2 and any(word == stem + i for i in infinitives):
                verb = found | {word} | {stem + e for e in endings[:2]}
                out.update(stem + e for e in endings if table.get(stem + e, word).casefold() in verb)
    return out


def _with_e(found: set[str]) -> list[str]:
    """Sorted, and each form with ё also written with е (most Russian text drops the dots)."""
    return sorted(found | {f.replace("ё", "е") for f in found})


def _pymorphy_forms(language: str, word: str) -> set[str]:
    analyser = _pymorphy(language)
    out = {word}
    for parse in analyser.parse(word):
        if parse.normal_form.replace("ё", "е") == word.replace("ё", "е"):
            out.update(f.word for f in parse.lexeme)
    return out


@lru_cache(maxsize=2)
def _pymorphy(language: str) -> Any:
    try:
        import pymorphy3
    except ImportError as exc:  # a build-time tool: say which extra brings it
        raise RuntimeError("pymorphy3 is needed to build the forms: pip install 'narrascope[lemmas-build]'") from exc
    return pymorphy3.MorphAnalyzer(lang=language)


def _simplemma_forms(language: str, words: list[str]) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Each word's forms, and the table (form -> lemma)."""
    try:
        from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory
    except ImportError as exc:
        raise RuntimeError("simplemma is needed to build the forms: pip install 'narrascope[lemmas-build]'") from exc
    table = DefaultDictionaryFactory().get_dictionary(language)
    out: dict[str, set[str]] = {w: {w} for w in words}
    owner = {w: w for w in words}  # form -> the dictionary word it is a form of
    # Two rounds: the table sends a participle's agreeing forms to the participle ("envoyées" ->
    # "envoyé", "geschickte" -> "geschickt") and the participle to the verb.
    for _ in range(2):
        found = {form.casefold(): owner[lemma] for form, lemma in table.items() if lemma in owner}
        for form, word in found.items():
            out[word].add(form)
            owner.setdefault(form, word)
    return out, {form.casefold(): lemma for form, lemma in table.items()}
