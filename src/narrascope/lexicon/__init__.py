"""Language knowledge as data: entity aliases and cue phrases per language, with their loaders.

Adding a language is adding files: aliases under its ISO 639-1 code in ``entities.yaml`` and a
``cues/<code>.yaml``. Phrase syntax: see :mod:`narrascope.lexicon.matcher`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, TypeVar

import yaml

from .forms import forms
from .matcher import Hit, PhraseMatcher

CUE_KINDS = ("reporting", "refuting", "denial", "hedging", "loaded", "secrecy", "negation", "question",
             "verdict", "checking", "finding", "named_claim",
             "contrast")
PIVOT_LANGUAGE = "en"  # names in English turn up in every language's press (NATO, ISIS, Pentagon)
#: languages whose adjectives follow the noun they qualify ("la policía fronteriza", "traslado organizado de",
#: "ministère des Affaires étrangères"): a small-letter word after a noun there may be its adjective, not a verb
ADJECTIVE_AFTER_NOUN = frozenset({"es", "fr", "it", "pt"})

__all__ = ["Entity", "Hit", "PhraseMatcher", "CUE_KINDS", "MOVE_VERB_KEYS", "entities", "entity_matcher", "cue_matcher",
           "cue_languages", "cue_words", "fabrication_matcher", "hits_by_sentence", "word_pattern"]


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    kind: str
    aliases: dict[str, tuple[str, ...]]
    #: per language, ordinary words (as written) that look like an alias of this entity or of the pivot language
    #: (Italian "nato", born, and English "Nato"): no entity hit starts on them in that language
    ordinary: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: the ids of wider entities this one is a kind of ("mercenaries" are "militants-terrorists")
    broader: tuple[str, ...] = ()


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: start-up is faster


def _load_yaml(*parts: str) -> Any:
    path = resources.files("narrascope.lexicon").joinpath(*parts)
    with path.open("r", encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)  # noqa: S506 - a safe loader either way


@lru_cache(maxsize=1)
def places_extra() -> dict[str, Any]:
    """places_extra.yaml, read once per process and kept in the compiled cache: with its first-level regions, parsing
    it is 0.15 s, and several lists of it are read at start-up (compass words, regions, the "from ... to" words)."""
    from ..compiled import cached_object

    return cached_object("places-extra", (), lambda: _load_yaml("places_extra.yaml") or {}, {})


@lru_cache(maxsize=1)
def entities() -> dict[str, Entity]:
    """Every known entity by id."""
    from ..compiled import cached_object  # read back from the compiled cache: parsing the YAML was 0.1 s of start-up

    return cached_object("entities", (), _read_entities, {})


def _read_entities() -> dict[str, Entity]:
    data = _load_yaml("entities.yaml") or {}
    out: dict[str, Entity] = {}
    for row in data.get("entities", []):
        aliases = {lang: tuple(str(a) for a in (names or [])) for lang, names in (row.get("aliases") or {}).items()}
        ordinary = {lang: tuple(str(w) for w in (words or [])) for lang, words in (row.get("ordinary") or {}).items()}
        out[row["id"]] = Entity(row["id"], row.get("name", row["id"]), row.get("kind", "concept"), aliases, ordinary,
                                tuple(str(b) for b in row.get("broader") or ()))
    return out


@lru_cache(maxsize=32)
def entity_matcher(language: str | None) -> PhraseMatcher:
    """Entity aliases of ``language`` plus the pivot language's; no hit starts on an ordinary word of
    ``language`` (an entity's ``ordinary`` list: Italian "nato" is not NATO, "Nato" is)."""
    if language not in frame_languages():  # a language the lexicons have no file for: built, not kept
        return _entity_matcher(language)
    return cached_lexicon("entity-matcher", language, lambda: _entity_matcher(language))


def _entity_matcher(language: str | None) -> PhraseMatcher:
    langs = {PIVOT_LANGUAGE, language or PIVOT_LANGUAGE}
    pairs = [(e.id, alias) for e in entities().values() for lang in sorted(langs) for alias in e.aliases.get(lang, ())]
    ordinary = [word for e in entities().values() for word in e.ordinary.get(language or PIVOT_LANGUAGE, ())]
    return PhraseMatcher(pairs, language, ordinary=ordinary)


@lru_cache(maxsize=4)
def _languages(folder: str) -> frozenset[str]:
    """Languages that have a file in a per-language lexicon folder (``cues``, ``frames``)."""
    root = resources.files("narrascope.lexicon").joinpath(folder)
    return frozenset(p.name[:-5] for p in root.iterdir() if p.name.endswith(".yaml"))


def _language_file(folder: str, language: str | None) -> tuple[str, Any]:
    """The language's file in ``folder``, or the pivot language's when it has none."""
    lang = language if language in _languages(folder) else PIVOT_LANGUAGE
    return lang, _load_yaml(folder, f"{lang}.yaml") or {}


def cue_languages() -> frozenset[str]:
    return _languages("cues")


T = TypeVar("T")


def cached_lexicon(kind: str, language: str, build: Callable[[], T]) -> T:
    """``build()``, what a language's lexicon files make (a matcher, what holds one, its word lists), read back
    from the compiled cache: one entry per kind and language, named by the package's files as every entry is.
    Each worker process builds them for each language it meets: its frame, entity and cue matchers (the frame
    phrases with every inflection of their ~words) about 0.045 s a language, read back 0.014 s; its frame file's
    lists, which some stages read for every language, 0.007 s a language, read back 0.001 s."""
    from ..compiled import cached_object

    # in a tuple, pickled whole: a matcher's own pickle leaves out its lock and what it noted of texts
    return cached_object(f"{kind}-{language}", (), lambda: (build(),), {})[0]


@lru_cache(maxsize=32)
def cue_matcher(language: str | None) -> PhraseMatcher:
    """Cue phrases of ``language`` (English where the language has no cue file), labelled by kind."""
    lang = language if language in cue_languages() else PIVOT_LANGUAGE
    return cached_lexicon("cue-matcher", lang, lambda: _cue_matcher(lang))


def _cue_matcher(language: str) -> PhraseMatcher:
    lang, data = _language_file("cues", language)
    pairs = [(kind, phrase) for kind in CUE_KINDS for phrase in (data.get(kind) or [])]
    return PhraseMatcher(pairs, lang, forms(lang))


def word_pattern(word: str) -> str:
    """A word of a lexicon as a regex over the raw text, either apostrophe for its own ("qu'", "l'")."""
    return "['\u2019]".join(re.escape(part) for part in word.split("'"))


def stem_pattern(word: str) -> str:
    """A word of a lexicon as a regex (:func:`word_pattern`), a final "*" standing for any ending ("bombard*")."""
    return word_pattern(word[:-1]) + r"\w*" if word.endswith("*") else word_pattern(word)


def cue_words(language: str | None, kind: str) -> tuple[str, ...]:
    """One list of the language's cue file (English where it has none), as written."""
    return tuple(str(w) for w in (_language_file("cues", language)[1].get(kind) or []))


@lru_cache(maxsize=32)
def fabrication_matcher(language: str | None) -> PhraseMatcher:
    """The cue file's ``fabrication`` phrases (staged, fake, hoax, false flag), labelled ``fabrication``. A matcher
    of their own: among the other kinds a longer one would outrank a shorter one ("false flag" over "false")."""
    lang, data = _language_file("cues", language)
    return PhraseMatcher([("fabrication", phrase) for phrase in (data.get("fabrication") or [])], lang, forms(lang))


def hits_by_sentence(matcher: PhraseMatcher, doc: object) -> Iterator[tuple[int, Hit]]:
    """Matches over a document's whole text (one pass), each with the index of its sentence.

    Hits that straddle two sentences or fall outside every sentence are dropped. ``doc`` is a
    :class:`~narrascope.model.Document` with its ``sentences`` layer filled.
    """
    sentences = doc.sentences  # type: ignore[attr-defined]
    starts = [s.start for s in sentences]
    for hit in matcher.hits(doc.text):  # type: ignore[attr-defined]
        k = bisect.bisect_right(starts, hit.start) - 1
        if k >= 0 and hit.end <= sentences[k].end:
            yield sentences[k].index, hit


# --- claim frames ------------------------------------------------------------------------------
FRAME_LIST_KEYS = ("origin", "destination", "passive_agent", "approximate", "denial", "hypothetical",
                   "question_openers", "attribution", "purpose", "pronouns", "another_group", "against", "locative",
                   "genitive", "from_there", "ban_note", "negation", "negative_quantifier", "any_quantifier",
                   "nobody", "not_negation", "debunking", "arrival", "departure", "other_agent", "audience",
                   "troops", "doers", "handover", "reach", "held", "complementizer", "via", "bearing", "lies_in",
                   "frontier", "capital", "sequel", "narrowing", "hearsay", "first", "near", "instrument",
                   "name_link", "to_there", "debated", "unplanned", "not_planned", "none_of_it", "axis", "leave_for",
                   "where_clause", "since_clause",
                   "projectile", "indirect_question", "not_marker", "money", "anywhere", "stationed", "settled",
                   "works", "destination_noun", "place_noun", "going_on", "but_clause", "another_matter",
                   "receive", "deploy", "salvo", "abstract_moved", "variant", "transit", "no_move", "charge", "meet",
                   "self_move", "reached_result", "provenance", "push", "vessel",
                   "left_in_state", "homeward", "ability", "once_in")
#: frame list keys for the verbs of a move besides a frame's own triggers: arriving, leaving, handing over
MOVE_VERB_KEYS = ("arrival", "departure", "handover")
#: list keys read as written, not matched as phrases: the claims stage builds patterns over the raw text from
#: them (a whole gap between two names, a word's ending, a name's opening word)
FRAME_WORD_KEYS = ("and", "or", "along_with", "comitative", "articles", "partitive", "name_openers", "speaker_again",
                   "speaker_possessive",
                   "adjective_endings",
                   "instrumental_endings", "with_instrumental", "infinitive_link", "infinitive_endings", "verdict",
                   "correction", "modal_if_next", "trips", "strike", "unit_words", "auxiliary", "without",
                   "pointing_country", "possessive", "time_after_via", "ways", "split_denial", "split_move",
                   "counted_nouns", "rest_of_group", "not_forms", "indefinite", "noun_forms", "future_endings",
                   "enclitics", "relative", "nobody_subject", "office", "target", "city_noun", "region_noun",
                   "island_noun", "base_noun", "airport_noun", "split_receive", "clitic_destination", "clitic_and",
                   "affiliation",
                   "troop_adjectives", "counted_troops", "object_openers", "evidence_nouns", "absent", "territory_link",
                   "compass_openers", "nisba_endings", "distance_units", "where_clause", "scene", "truth_question",
                   "definite_prefixes",
                   "scene_area", "residents", "act_nouns", "language_verbs", "shield_verbs", "left_out")


@dataclass(frozen=True)
class FrameLexicon:
    """One language's frame phrases. Labels: a frame name for its triggers (``relocation``), the
    list keys of FRAME_LIST_KEYS, ``vague``, ``means:<id>`` and ``source:<kind>``."""

    language: str
    matcher: PhraseMatcher
    number_words: dict[str, int]
    #: destination marker -> place endings that make it a location ("в Ираке" = in Iraq)
    static_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: one-word origin and destination markers -> their role, for a trigger that ends in one ("flown to")
    role_words: dict[str, str] = field(default_factory=dict)
    #: words that make a capitalised name an outlet, organisation or government body -> that kind
    source_names: dict[str, str] = field(default_factory=dict)
    #: the subject may follow the verb ("نقلت تركيا مرتزقة", word_order: verb_first in the frame file)
    verb_first: bool = False
    #: every list key's words as written (FRAME_LIST_KEYS and FRAME_WORD_KEYS), for patterns over the raw text
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: a clause may end in its verb, its object before it ("hatten Mali verlassen", word_order: verb_final)
    verb_final: bool = False


@lru_cache(maxsize=128)
def frame_words(language: str | None, key: str) -> frozenset[str]:
    """One list of ``language``'s frame file (``articles``, ``instrument``, ``name_openers`` ...), case folded:
    once per language and list, not once per sentence."""
    return frozenset(w.casefold() for w in frame_lexicon(language).words[key])


@lru_cache(maxsize=1)
def frame_inventory() -> dict[str, Any]:
    return _load_yaml("frame_inventory.yaml") or {}


def frame_languages() -> frozenset[str]:
    return _languages("frames")


@lru_cache(maxsize=32)
def _frame_file(language: str | None) -> tuple[str, Any]:
    """``language``'s frame file (English where it has none), read once: :func:`frame_lexicon` and
    :func:`frame_word_lists` both read it. Read only."""
    return _language_file("frames", language)


@lru_cache(maxsize=32)
def frame_triggers(language: str | None, frame: str = "relocation") -> tuple[str, ...]:
    """A frame's trigger phrases in ``language``'s frame file, as written ("transferência de", "~trasladar")."""
    return tuple(str(w) for w in _frame_file(language)[1].get(frame) or ())


@lru_cache(maxsize=32)
def frame_word_lists(language: str | None) -> dict[str, tuple[str, ...]]:
    """Every list key's words of ``language``'s frame file as written (:attr:`FrameLexicon.words`), without
    building its phrase matcher: for what reads the words of every language, whatever articles come."""
    lang = language if language in frame_languages() else PIVOT_LANGUAGE
    return cached_lexicon("frame-words", lang, lambda: _frame_word_lists(lang))


def _frame_word_lists(language: str) -> dict[str, tuple[str, ...]]:
    data = _frame_file(language)[1]
    return {key: tuple(str(w) for w in data.get(key) or ()) for key in (*FRAME_LIST_KEYS, *FRAME_WORD_KEYS)}


@lru_cache(maxsize=32)
def frame_lexicon(language: str | None) -> FrameLexicon:
    """Frame phrases of ``language`` (English where it has no frame file)."""
    lang = language if language in frame_languages() else PIVOT_LANGUAGE
    return cached_lexicon("frame-lexicon", lang, lambda: _frame_lexicon(lang))


def _frame_lexicon(language: str) -> FrameLexicon:
    lang, data = _frame_file(language)
    pairs: list[tuple[str, str]] = []
    for frame in (frame_inventory().get("frames") or {}):
        pairs += [(frame, p) for p in data.get(frame) or []]
    for key in FRAME_LIST_KEYS:
        pairs += [(key, p) for p in data.get(key) or []]
    pairs += [("vague", p) for p in data.get("vague_quantities") or []]
    for means, phrases in (data.get("means") or {}).items():
        pairs += [(f"means:{means}", p) for p in phrases or []]
    for kind, phrases in (data.get("source_kinds") or {}).items():
        pairs += [(f"source:{kind}", p) for p in phrases or []]
    numbers = {str(k).casefold(): int(v) for k, v in (data.get("number_words") or {}).items()}
    static = {str(k).casefold(): tuple(str(e).casefold() for e in v)
              for k, v in (data.get("static_location_endings") or {}).items()}
    roles = {str(w).casefold(): role for role in ("origin", "destination") for w in data.get(role) or []
             if " " not in str(w)}
    roles.update({str(w).casefold(): str(role) for w, role in (data.get("tail_roles") or {}).items()})
    names = {str(w).casefold(): kind for kind, words in (data.get("source_names") or {}).items() for w in words or ()}
    # forms the lemmatiser gives a ~word that the text mostly means as another word ("land" of ~landen is
    # German's "Land", a country): not matched as the ~word's
    not_forms = {str(w).casefold() for w in data.get("not_forms") or ()}
    word_forms = {lemma: tuple(f for f in found if f.casefold() not in not_forms)
                  for lemma, found in _enclitic(_separable(forms(lang), data.get("separable_prefixes") or ()),
                                                data.get("enclitics") or (), lang).items()}
    words = frame_word_lists(language)
    return FrameLexicon(lang, PhraseMatcher(pairs, lang, word_forms), numbers, static, roles, names,
                        data.get("word_order") == "verb_first", words, data.get("word_order") == "verb_final")


#: the stress a pronoun written onto a form makes the language write: Spanish on the gerund ("enviándolos"),
#: Portuguese on the infinitive that loses its r before a hyphen ("enviá-los", "trazê-los")
_STRESSED = {"es": {"a": "á", "e": "é", "i": "í"}, "pt": {"a": "á", "e": "ê", "i": "i"}}


def _enclitic(word_forms: dict[str, tuple[str, ...]], clitics: Iterable[str],
              language: str) -> dict[str, tuple[str, ...]]:
    """Each infinitive and gerund also with an object pronoun written onto it: Spanish "trasladarlos",
    "enviándolos", Italian "portarli", "trasferendoli"; in Portuguese, whose pronoun follows a hyphen ("-los"), the
    infinitive without its r ("enviá-los", "transferi-los").

    >>> _enclitic({"portare": ("portare", "portando")}, ["li"], "it")["portare"]
    ('portare', 'portando', 'portarli', 'portandoli')
    """
    clitics = [str(c).casefold() for c in clitics]
    if not clitics:
        return word_forms
    stressed = _STRESSED.get(language, {})

    def joined(form: str) -> list[str]:
        if clitics[0].startswith("-"):
            return [form[:-2] + stressed[form[-2]]] if re.search(r"[aei]r$", form) else []
        stem = form[:-1] if re.search(r"[aei]re$", form) else form  # Italian "portare": "portarli"
        if re.search(r"[aei]r$", stem):
            return [stem + c for c in clitics]
        gerund = re.search(r"([aie])ndo$", form)
        if gerund is None:
            return []
        vowel = stressed.get(gerund.group(1), gerund.group(1))
        return [form[:gerund.start(1)] + vowel + "ndo" + c for c in clitics]

    return {word: tuple(dict.fromkeys([*found, *(x for f in found for x in joined(f))]))
            for word, found in word_forms.items()}


def _separable(word_forms: dict[str, tuple[str, ...]], prefixes: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each form also with a separable prefix written onto it, as a verb-final clause, a participle or
    an infinitive writes it ("weitergebracht", "zurückzuschicken", "dass man sie weiterbringt").

    >>> _separable({"bringen": ("gebracht",)}, ["weiter"])["bringen"]
    ('gebracht', 'weitergebracht', 'weiterbringen', 'weiterzubringen')
    """
    prefixes = [str(p).casefold() for p in prefixes]
    if not prefixes:
        return word_forms
    return {word: tuple(dict.fromkeys([*found, *(p + f for f in (*found, word, "zu" + word) for p in prefixes)]))
            for word, found in word_forms.items()}
