"""Filling a relocation claim's slots from one sentence (see stages/claims/__init__.py for the rules):
the moved group and its count, origins and destinations and the legs they make, the agent, the
purpose, the means and the time."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ...lexicon import (
    ADJECTIVE_AFTER_NOUN,
    MOVE_VERB_KEYS,
    FrameLexicon,
    Hit,
    entities,
    frame_inventory,
    frame_languages,
    frame_lexicon,
    frame_word_lists,
    frame_words,
    word_pattern,
)
from ...lexicon.gazetteer import index
from ...lexicon.inflection import key, lemmas, nominative, romanised
from ...lexicon.places import Place, geocode, holds
from ...model import Document, Mention, Slot, Span
from ..frame_view import FoundPlace, SentenceView
from ..sources import source_words
from .events import holds_place, lies_near
from .modality import CLAUSE_BREAK, NEGATION_REACH
from .places import (
    PREPOSITION_LETTERS,
    SHORT_WORD_GAP,
    any_of,
    axes,
    compass_links,
    place_like,
    scene_of_war,
    sentence_places,
    word_before,
)

_NUMBER = re.compile(r"\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+|\d+")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
MARKER_GAP = 14        # characters between a marker and its place ("to the", "в район")
_COUNT_GAP = 30        # characters between a number and the group it counts
_ADJACENT = 4          # characters between two mentions that form one phrase ("ISIS militants")
# words longer than two letters that a marker reaches when a locative word ties the place
# ("to the US base at al-Tanf", "vers un centre de réhabilitation près de Mossoul")
_LINKED_WORDS = 4
# clause punctuation, but not a German ordinal's full stop ("am 15. August")
_CLAUSE_ENDS = re.compile(r"[,;:!?\u061f\u060c]|(?<!\d)\.")
_LEFT_FOR_GAP = 12  # characters from a place left to "for" ("left Raqqa for", "left the Kobani area for")
_FOR_REACH = 5  # characters from "for" to the place it leads to ("for Erbil", "for the ...")
_LIES_IN_WORDS = 6  # words between a place and the region it lies in ("Hajin, on the eastern bank of the Euphrates")
_ONE_WORD_GAP = 20  # one long word may stand between a marker and its place ("до прикордонного Джейлянпинара")
# German writes a kind of place and what it is for as one compound noun, so the one word can be longer ("aus der
# Justizvollzugsanstalt Celle", "in das Erstaufnahmelager Suhl")
_ONE_COMPOUND_GAP = 32
# a German adjective of a state or a region, in small letters ("polnischen", "niedersächsische"), before a town's name
_GERMAN_STATE_ADJECTIVE = re.compile(r"\s+[a-zäöü][a-zäöüß-]*(?:isch|sch)(?:e|en|er|es|em)\s+")
# a marker does not reach across clause punctuation (a point between digits is none: "2.000")
_WORDY = re.compile(r"[;:!?]|(?<!\d)\.|\.(?!\d)")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:!?\u2013\u2014)]|$)")
_ENDS_IN_LOCATIVE = re.compile(r"\s\w{1,4}$")  # a phrase ending in a short function word ("landed in", "сели на")
_POSSESSIVE = re.compile(r"['\u2019]s[ \u00a0]+")


@dataclass(frozen=True)
class FrameSpec:
    """What a frame of the inventory lets fill its slots."""

    name: str
    movable: frozenset[str]          # entity ids that can be moved
    agent_kinds: frozenset[str]      # entity kinds that can move them
    source_by_entity: dict[str, str]
    moved_as: dict[str, str] = field(default_factory=dict)  # a narrower group -> the name it is given as
    armed_forces: dict[str, str] = field(default_factory=dict)  # a state's armed forces -> the state's name
    forces_by_name: dict[str, str] = field(default_factory=dict)  # ... by the armed forces' own name

    @classmethod
    def load(cls, name: str) -> FrameSpec:
        inventory = frame_inventory()
        spec = (inventory.get("frames") or {}).get(name) or {}
        by_entity = (inventory.get("source_kinds") or {}).get("by_entity") or {}
        known = entities()
        moved_as = {k: known[v].name for k, v in (spec.get("moved_as") or {}).items()}
        armed_forces = {k: known[v].name for k, v in (spec.get("armed_forces") or {}).items()}
        return cls(name, frozenset(spec.get("movable") or ()), frozenset(spec.get("agent_kinds") or ()), by_entity,
                   moved_as, armed_forces, {known[k].name: state for k, state in armed_forces.items()})


def moved(spec: FrameSpec, doc: Document, lexicon: FrameLexicon, view: SentenceView, trigger: Hit) -> Slot | None:
    """The movable entities nearest the trigger, merged when adjacent, with the number written before them."""
    enemies = [h for h in view.hits if h.label == "against"]
    means = [h for h in view.hits if h.label.startswith("means:")]
    speakers = _speaking(doc.text, view)  # "according to local residents": who says
    # "according to people who watch the area, they ...", "selon des gens du coin, ils ...": a group right after the
    # cue, in a clause the trigger is not in, is who says too ("said the fighters had been flown": whom it moved)
    speakers += _cue_objects(doc.text, view, trigger)
    links = {(h.start, h.end) for h in view.hits if h.label in ("genitive", "origin")}
    by = [h for h in view.labelled("passive_agent") if (h.start, h.end) not in links]  # not German "von": of, from
    candidates = [m for m in view.mentions if m.entity in spec.movable
                  and not any(0 <= m.start - h.end <= MARKER_GAP for h in enemies)
                  # "visées par des drones", "hit by drones": who acts, not whom a move moved
                  and not any(_ARTICLE_GAP.fullmatch(doc.text, h.end, m.start) for h in by)
                  # "autobuses blindados": the vehicle's kind; not what a counted vehicle carries ("30 вагонів
                  # боєприпасів", "12 Lkw Munition": a measure and its load)
                  and not any(0 <= m.start - h.end <= 1 and not _counted_vehicle(doc.text, view, h, lexicon)
                              and not _definite_pair(doc, h, m) for h in means)
                  and not _before_means(doc.text, m, means)  # "civilian lorries", "цивільними рейсами": the same
                  and not any(h.start <= m.start and m.end <= h.end for h in speakers)
                  and not _an_owner(doc.text, m) and not _a_vessel(view, m) and not _a_trade(view, m)
                  and not _an_attribute(doc, m)]
    candidates = _people_over_vehicles(doc, view, candidates, means, trigger)
    subject = moving_subject(spec, doc, view, trigger, lexicon.verb_first)
    if subject is not None:  # "Hezbollah smuggles weapons": the group that moves them is the agent (below)
        candidates = [m for m in candidates if not subject[0] <= m.start < subject[1]]
    # "Fuzis e granadas ... levados da Ucrânia para grupos jihadistas no Sahel", "Panzerfäuste seien ... an
    # Islamisten übergeben": a group after the verb that a destination marker opens receives what the group before
    # the verb is (not "trasladando a cientos de combatientes", no group before it)
    receiving = [m for m in candidates if m.start >= trigger.end and any(
        h.end <= m.start and _RECEIVER_GAP.fullmatch(doc.text, h.end, m.start)
        and not any(h.end <= x.start and x.end <= m.start for x in view.mentions)  # ("в Газу західну зброю")
        for h in view.labelled("destination"))]
    if receiving and any(m.end <= trigger.start for m in candidates):
        candidates = [m for m in candidates if m not in receiving]
    aside = where_asides(doc.text, view, trigger)
    # "... moved from Aleppo to Manbij, where they began patrols along the line with the Turkish troops": a group in a
    # clause about the place just named is that clause's (when another is named)
    outside = [m for m in candidates if not any(a <= m.start < b for a, b in aside)]
    if not outside and any(not any(a <= t.start < b for a, b in aside)
                           and not (t.start < trigger.end and trigger.start < t.end) for t in view.labelled("troops")):
        # "специалисты ... были переброшены в Омдурман, где обучают операторов дронов": with only the clause's group
        # named, a word for troops outside it is the group moved (below), not what the clause is about
        candidates = []
    candidates = outside or candidates
    if candidates and all(_in_clause_of_troops(doc, view, m, trigger) for m in candidates):
        # "Military instructors that have trained Daesh in Syria have arrived to Ukraine": a group inside a relative
        # clause about the troops named before it is what the clause tells of them; the troops moved
        return troops(doc, lexicon, view, trigger) or bare_troops(doc, lexicon, view, trigger)
    # "угорські військові, яких перекинули ..., щоб затримувати мігрантів": a group in the purpose clause is what the
    # move is for, not whom it moved
    aim = purpose(doc.text, view, trigger)
    if aim is not None:
        candidates = [m for m in candidates if not aim.start <= m.start < aim.end]
    said = _reported_clause_start(doc.text, view, trigger)
    if said is not None:
        # "Представитель «Хайят Тахрир аш-Шам» ... заявил, что ни один член группировки Идлиб не покидал": a group
        # in the speaker's clause is who speaks, not whom the reported move moves
        candidates = [m for m in candidates if m.start >= said]
    # "combattants ... ont été évacués": the verb's participle ("évacués", "evacuados") names no group; alone, it does
    # unless an auxiliary stands before it ("deux de ces canons ont été déplacés", "se habría desplazado": the verb,
    # not displaced people)
    auxiliary = word_before(doc.language, "auxiliary")

    def verb(m: Mention) -> bool:  # a participle after an auxiliary: another verb of the move ("tras ser evacuados")
        return bool(auxiliary.search(doc.text, max(view.sentence.start, m.start - 14), m.start)) and any(
            h.start < m.end and m.start < h.end for h in view.hits if h.label in _VERBS_OF_MOVING)

    apart = [m for m in candidates if not (m.start < trigger.end and trigger.start < m.end)]
    candidates = [m for m in apart if not verb(m)] or apart or [m for m in candidates if not verb(m)]
    if candidates and all(m.start >= trigger.end and _next_clause(doc.language).search(doc.text, trigger.end, m.start)
                          for m in candidates):
        # "300 militari italiani sono stati inviati in Ucraina, e le batterie SAMP/T restano schierate": troops
        # before the verb, in its clause, are whom it moved, not a group of the next clause
        people = troops(doc, lexicon, view, trigger)
        if people is not None and people.end <= trigger.start \
                and not CLAUSE_BREAK.search(doc.text, people.end, trigger.start):
            return people
    if not candidates:
        # (nor the troops a purpose clause names: "... to Ménaka pour appuyer les forces maliennes")
        found = (find() for find in (lambda: troops(doc, lexicon, view, trigger),
                                     lambda: armed_forces(spec, doc, lexicon, view, trigger),
                                     lambda: nationals(doc, lexicon, view, trigger),
                                     lambda: counted(doc, view, trigger)))
        aim = aim if aim is not None and _opens_on_a_verb(doc, view, aim) else None
        return next((slot for slot in found
                     if slot is not None and not (aim is not None and aim.start <= slot.start < aim.end)), None)
    loads = [m for m in candidates if m.entity == _WEAPONS and _accompanied(doc, view, m.start)]
    if loads and any(m.entity != _WEAPONS and not _accompanied(doc, view, m.start) for m in candidates):
        # "Bundeswehrsoldaten wurden mit ihren Panzern verlegt", "разом із технікою вивозять сирійських найманців":
        # weapons that go with a group named in the sentence are its load, the group is whom the move moved
        candidates = [m for m in candidates if m not in loads]
    nearest = _apposition_head(doc.text, candidates, min(candidates, key=lambda m: abs(m.start - trigger.start)),
                               trigger)
    connectors = [h for h in view.hits if h.label == "genitive"]
    group = _adjacent_run(candidates, nearest, lambda a, b: _joined(doc.text, a, b, connectors))
    # "combattants de Daech et leurs familles ont été évacués": the first of two groups joined by "and"
    first = _adjacent_run(candidates, group[0], lambda a, b: _coordinated(doc.text, a, b, doc.language))[0]
    if first is not group[0]:
        group = _adjacent_run(candidates, first, lambda a, b: _joined(doc.text, a, b, connectors))
    start, end = group[0].start, group[-1].end
    if group[-1].kind != "concept":
        # "ex-Daesh soldiers", "Hamas instructors": a named group right before a word for troops names whose they
        # are; the people are the group
        end = next((t.end for t in view.labelled("troops") if t.start - end == 1 and doc.text[end] == " "), end)
    specific = next((m for m in group if m.kind != "concept"), group[0])
    # "80 Syrian recruits": a state's adjective right before the group is part of its name, and the count stands
    # before it
    adjective = next((m for m in view.mentions if m.kind == "country" and 0 < start - m.end <= 1
                      # an adjective: lower case, but in English ("syrische", "сирийских", "Syrian"); not "Самолётом
                      # МЧС детей", "Літаком МНС Росії дітей" (an agency, a state's name: the mover)
                      and (m.text[:1].islower() or (doc.language == "en" and not m.text.isupper()))
                      and named_by_adjective(doc, m) and m.start > view.sentence.start), None)
    if adjective is not None and specific.kind == "concept" and specific.entity != _WEAPONS:
        start = adjective.start
    if specific.entity == _WEAPONS:
        # "Des drones et des instructeurs ukrainiens", "перекидає військових і техніку": the people moved with the
        # weapons are the group told (the weapons go with them); "instructeurs ukrainiens spécialisés dans les
        # drones ont été acheminés": the weapons, tied by a preposition, only qualify the people before them
        people = troops(doc, lexicon, view, trigger) or armed_forces(spec, doc, lexicon, view, trigger)
        if people is None and _with_troops(doc, view, start, end):
            # "Росія перекидає військових і техніку": troops of no state named, joined to the weapons (the stage
            # gives them the state that moves them)
            people = bare_troops(doc, lexicon, view, trigger)
        loaded = _accompanied(doc, view, start)  # "with the weapons", "разом із технікою"
        if people is None and loaded:
            people = bare_troops(doc, lexicon, view, trigger)
        if people is not None and (end <= people.start or people.end <= start) and (
                loaded or _accompanied(doc, view, people.start)):
            # "Разом із безпілотниками до Криму прибули 40 іранських інструкторів", "Razem z rakietami wyjechało 200
            # żołnierzy", "technique transférée avec ses équipages": what goes with the people is their load, the
            # people are the group told
            return people
        if people is not None and not lexicon.verb_final and people.end <= start \
                and not people.end <= trigger.start < start \
                and len(doc.text[people.end:start].split()) <= _QUALIFIER_WORDS \
                and not (said is not None and people.start < said) \
                and not any(people.end <= h.start and h.end <= start for h in view.hits
                            if h.label in ("attribution", "denial")):
            # "40 Iranian instructors accompanying the drones arrived", "прибули 40 іранських інструкторів, які
            # супроводжують дрони": weapons a few words after the troops, in a participle or relative clause on them
            # (no move verb between), say what the troops do, not what moved; where the verb may end the clause
            # ("hätten polnische Soldaten die Panzer ... umgeladen") the troops before the weapons are its subject
            return people
        if people is not None and (_with_troops(doc, view, start, end) or (
                people.end <= start and start < trigger.start
                and not CLAUSE_BREAK.search(doc.text, people.end, start)
                and any(h.label in ("genitive", "locative") and people.end <= h.start and h.end <= start
                        for h in view.hits))):
            return people
    count, count_text, _ = count_before(doc.text, view, start, lexicon)
    canonical = spec.moved_as.get(specific.entity, specific.name)
    return Slot(doc.text[start:end], start, end, canonical=canonical, count=count, count_text=count_text)


_WEAPONS = "weapons-arms"


def _counted_vehicle(text: str, view: SentenceView, vehicle: Hit, lexicon: FrameLexicon) -> bool:
    """A number right before a means word ("30 вагонів", "20 вантажівок"): the vehicles are a measure of the load
    named right after them."""
    _, written, at = count_before(text, view, vehicle.start, lexicon)
    return at is not None and written is not None and not text[at + len(written):vehicle.start].strip()


def _definite_pair(doc: Document, vehicle: Hit, m: Mention) -> bool:
    """A vehicle word that carries the article written onto it (a frame file's ``definite_prefixes``), with a group
    right after it, with the article or not ("نقلت الشاحنات الأسلحة", "نقلت الحافلات النازحين", "نقلت الطائرات
    عناصر"): a noun with the article heads no construct, so this is no vehicle and its kind or load ("شاحنات
    الأسلحة", trucks of arms, has none on the first), but the verb's subject, the means, and its object, the group
    moved."""
    prefixes = frame_words(doc.language, "definite_prefixes")
    return m.start >= vehicle.end and any(doc.text.startswith(p, vehicle.start) for p in prefixes)


def _people_over_vehicles(doc: Document, view: SentenceView, candidates: list[Mention], means: list[Hit],
                          trigger: Hit) -> list[Mention]:
    """A group whose name is also a vehicle ("military vehicles", "mezzi militari") is how the people named in the
    sentence went, not whom the move moved ("Turkish soldiers were moved in armoured vehicles", "Armoured vehicles
    carried Turkish soldiers"); with no people named, or troops that move them ("القوات الأمريكية نقلت المدرعات":
    the subject of an active verb), the vehicles are the group."""
    vehicles = [m for m in candidates if m.entity == _WEAPONS  # not a gang named after one ("Tren de Aragua")
                and any(h.start < m.end and m.start < h.end for h in means)]
    if not vehicles:
        return candidates
    others = [m for m in candidates if m not in vehicles]
    # (a participle that is also a group's name, "Nenhum blindado foi deslocado", is the verb: no people)
    if any(not (m.start < trigger.end and trigger.start < m.end) for m in others):
        return others
    carried = [t for t in view.labelled("troops") if not any(t.start < m.end and m.start < t.end for m in vehicles)
               and (t.start >= trigger.end or _passive_verb(doc, trigger))]
    return others if carried else candidates


def _passive_verb(doc: Document, trigger: Hit) -> bool:
    """An auxiliary right before the trigger ("were moved", "wurden verlegt"): its subject is moved."""
    before = _WORD_BEFORE_GAP.search(doc.text, max(0, trigger.start - _AUXILIARY_AFTER), trigger.start)
    return before is not None and before.group(1).casefold() in _auxiliaries(doc.language)


_WORD_BEFORE_GAP = re.compile(r"([^\W\d_]+)\s+$")


def _a_vessel(view: SentenceView, m: Mention) -> bool:
    """A weapon's word inside a compound that names a vessel or a body ("gas tanks", "propane tanks", "think tank",
    "tanques de combustible"): a container of a substance, no weapon moved."""
    return any(h.start <= m.start and m.end <= h.end for h in view.labelled("vessel"))


_OWNER = re.compile(r"['\u2019]s?(?!\w)")


_WORD_AFTER = re.compile(r"\s*([^\W\d_]+['\u2019]?)")


def _opens_on_a_verb(doc: Document, view: SentenceView, aim: Span) -> bool:
    """The purpose clause's opener is followed by a word in lower case that is no article ("pour appuyer", "to
    train", "для обучения"): a purpose; not a word that is also "to" a place ("partiti per l'Ucraina", "para
    Rusia")."""
    opener = next((h for h in view.labelled("purpose") if h.start == aim.start), None)
    word = None if opener is None else _WORD_AFTER.match(doc.text, opener.end)
    return word is not None and word.group(1)[:1].islower() \
        and word.group(1).casefold() not in frame_words(doc.language, "articles")


def _a_trade(view: SentenceView, m: Mention) -> bool:
    """A weapon's word inside a word for troops that names their trade ("drone operators", "операторов дронов",
    "Drohnenpiloten"): the people are moved, the weapon only says what they do."""
    return m.entity == _WEAPONS and any(h.start <= m.start and m.end <= h.end and h.end - h.start > m.end - m.start
                                        for h in view.labelled("troops"))


def _an_attribute(doc: Document, m: Mention) -> bool:
    """A group's common noun in the singular right before a noun of an act ("a terrorist attack", "a militant plot"):
    it says what kind of act, it names no group."""
    if m.kind != "concept" or doc.text[m.end - 1:m.end].casefold() == "s":
        return False
    word = _WORD_AFTER.match(doc.text, m.end)
    return word is not None and word.start(1) - m.end == 1 \
        and word.group(1).casefold() in frame_words(doc.language, "act_nouns")


def _in_clause_of_troops(doc: Document, view: SentenceView, m: Mention, trigger: Hit) -> bool:
    """The group stands before the trigger in a relative clause opened right after a word for troops ("instructors
    who trained Hamas ... arrived", "Ausbilder, die die Hamas ausgebildet haben, sind ... eingetroffen"), no clause
    break between the opener and the group: the clause speaks of the troops."""
    if m.end > trigger.start:
        return False
    opening, articles = _relative_right_after(doc.language), frame_words(doc.language, "articles")
    # (a relative word that is also an article opens a clause only after a comma: "Soldaten die Panzer" is an object)
    return any(t.end <= m.start and (found := opening.match(doc.text, t.end)) is not None and found.end() <= m.start
               and ("," in found.group() or found.group().strip().casefold() not in articles)
               and not CLAUSE_BREAK.search(doc.text, found.end(), m.start) for t in view.labelled("troops"))


@lru_cache(maxsize=16)
def _relative_right_after(language: str | None) -> re.Pattern[str]:
    return any_of(frame_lexicon(language).words.get("relative") or (), r"\s*,?\s*(?:{})(?!\w)", re.IGNORECASE)


def _an_owner(text: str, m: Mention) -> bool:
    """A group's common noun ends in a possessive ("a former children's holiday camp", "the fighters' families"): it
    owns a noun, it moves nothing. Not a closing quote ("the so-called 'terrorists' were moved"), nor a named group,
    whose possessive names its branch ("the Islamic State's West Africa Province")."""
    found = _OWNER.match(text, m.end)
    if found is None or m.kind != "concept":
        return False
    return found.group().endswith("s") or (text[m.end - 1:m.end] == "s" and text[m.start - 1:m.start] not in "'\u2018")


_ARTICLE_GAP = re.compile(r"\s+(?:\w{1,4}\s+)?")  # a space, maybe a short word (an article) and a space
_OBJECT_BETWEEN = re.compile(r"\s+[^\W\d_]+\s+")  # one word: the verb's object ("sent arms for ...")
# Bulgarian: an object of up to three words, counted or named ("18 танка Леопард на Украйна", "нова пратка оръжие за")
_LONG_OBJECT = re.compile(r"\s+(?:[\w-]+\s+){1,3}")
_BG_ADJECTIVE = re.compile(r"\w+(?:ски|ския|ският|ска|ската|ско|ското|ските)(?!\w)", re.IGNORECASE)
_RECEIVER_GAP = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}")  # two words at most ("para grupos jihadistas", "to the rebel")


def _with_troops(doc: Document, view: SentenceView, start: int, end: int) -> bool:
    """A word for troops joined by "and" to the group at ``start``-``end``, before or after it (a state's adjective may
    stand between: "військових і техніку", "drones et des instructeurs ukrainiens")."""
    joined = _and_groups(doc.language)
    return any(joined.fullmatch(doc.text, end, t.start) is not None
               or joined.fullmatch(doc.text, t.end, start) is not None for t in view.labelled("troops"))


def _accompanied(doc: Document, view: SentenceView, start: int) -> bool:
    """A word of going along (`comitative` in the frame file: "together with", "avec", "разом із") opens the phrase at
    ``start``, an article, possessive or number at most between ("with their tanks", "mit ihren Panzern"); a bare
    preposition that also says "from" (`with_instrumental`: "z", "с", "з") only before a noun in the instrumental
    ("z rakietami", not "z Baranowicz")."""
    found = _comitative(doc.language).search(doc.text, max(view.sentence.start, start - _COMITATIVE_REACH), start)
    if found is None:
        return False
    if found.group(1).casefold() not in frame_words(doc.language, "with_instrumental"):
        return True
    noun = re.match(r"[^\W\d_]+", doc.text[start:])
    endings = tuple(frame_words(doc.language, "instrumental_endings"))
    return not found.group(2) and noun is not None and noun.group().casefold().endswith(endings)


_QUALIFIER_WORDS = 4  # words at most from troops to the weapons of a participle or relative clause on them
_COMITATIVE_REACH = 40  # characters from a word of going along to the noun it opens


@lru_cache(maxsize=16)
def _comitative(language: str | None) -> re.Pattern[str]:
    """A word of `comitative` ending right before a noun, maybe one short word between (kept in group 2)."""
    return any_of(frame_lexicon(language).words["comitative"], r"(?<!\w)({})\s+(\w+\s+)?$", re.IGNORECASE)


_CUE_TAIL = re.compile(r"\s*(?:\w{1,4}\s+)?[^\W\d_]+")  # an article or short word at most, then the group's word


def where_asides(text: str, view: SentenceView, trigger: Hit) -> list[tuple[int, int]]:
    """Clauses after the trigger opened by a comma and a where-word (", where", ", где", ", où"), up to the next comma
    or the sentence's end: they speak of the place just named. Not "desde donde", "from where": the next leg starts
    there."""
    out = []
    for h in view.labelled("where_clause"):
        if h.start < trigger.end or not text[view.sentence.start:h.start].rstrip().endswith(","):
            continue
        if any(f.start <= h.start and h.end <= f.end and f is not h for f in view.labelled("from_there")):
            continue
        comma = text.find(",", h.end, view.sentence.end)
        out.append((h.start, comma if comma > 0 else view.sentence.end))
    return out


def _cue_objects(text: str, view: SentenceView, trigger: Hit) -> list[Hit]:
    """The word (an article or short word at most before it) right after each attribution cue, when a clause
    break stands between it and the trigger: who says, not whom the move moved."""
    out = []
    for h in view.labelled("attribution"):
        m = _CUE_TAIL.match(text, h.end, view.sentence.end)
        if m and ((m.end() <= trigger.start and CLAUSE_BREAK.search(text, m.end(), trigger.start))
                  or (trigger.end <= h.start and CLAUSE_BREAK.search(text, trigger.end, h.start))):
            out.append(Hit(h.end, m.end(), "speaker"))
    return out


def _before_means(text: str, m: Mention, means: list[Hit]) -> bool:
    """The group's word stands right before a vehicle, as its kind ("two civilian lorries", "цивільними рейсами",
    "American Black Hawk helicopters"), or runs into it ("a military cargo plane"): it names how they went, not who
    went."""
    if any(m.start < h.start < m.end < h.end for h in means):
        return True  # "a military cargo plane": the vehicle's phrase ("cargo plane") begins inside the group's
    word = text[m.start:m.end]
    if _CYRILLIC.search(word) and not _INSTRUMENTAL_ADJECTIVE.search(word):
        return False  # "бойовиків автобусами везуть": a noun before a vehicle in the instrumental is who went
    if _ARABIC.search(word):
        return False  # an Arabic adjective follows its noun: "نُقل المسلحون جواً" (by air) is who went
    # not a means phrase that opens with a preposition ("Schützenpanzer per Bahn", "tanks by rail"): how they went
    return any(0 <= h.start - m.end <= 1 and not text[m.end:h.start].strip()
               and text[h.start:h.end].split()[0].casefold() not in _instruments() for h in means)


@lru_cache(maxsize=1)
def _instruments() -> frozenset[str]:
    """Every frame language's words that open a means phrase ("by", "per", "par", "mit"), case folded."""
    return frozenset(w.casefold() for lang in frame_languages() for w in frame_word_lists(lang)["instrument"])


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_INSTRUMENTAL_ADJECTIVE = re.compile(r"(?:ими|ыми|ним|ным)$", re.IGNORECASE)  # "цивільними рейсами"


_SPEAKER_WORDS = 3  # words between a generic source word and the speech cue that makes it speak


def _reported_clause_start(text: str, view: SentenceView, trigger: Hit) -> int | None:
    """Where the clause a speaker reports opens, when the trigger is in it: the end of a complementizer ("что",
    "that", "dass", "що") right after a speech or denial cue, with only a comma between them."""
    cues = [h for h in view.hits if h.label in ("attribution", "denial") and h.end <= trigger.start]
    openers = [h for h in view.labelled("complementizer") if h.end <= trigger.start
               and any(0 <= h.start - c.end <= 2 and not text[c.end:h.start].strip(" ,") for c in cues)]
    return max((h.end for h in openers), default=None)


def _speaking(text: str, view: SentenceView) -> list[Hit]:
    """The generic source words that speak in the sentence: a speech cue a few words before or after them, in
    their clause ("according to local residents", "рассказали местные жители"; not French "militants" moved)."""
    cues = [h for h in view.hits if h.label in ("attribution", "denial")]
    if not cues:
        return []
    return [h for h in view.hits if h.label.startswith("source:") and any(
        (c.end <= h.start and len(text[c.end:h.start].split()) <= _SPEAKER_WORDS
         and not CLAUSE_BREAK.search(text, c.end, h.start))
        or (h.end <= c.start and len(text[h.end:c.start].split()) <= _SPEAKER_WORDS
            and not CLAUSE_BREAK.search(text, h.end, c.start)) for c in cues)]


def _apposition_head(text: str, candidates: list[Mention], nearest: Mention, trigger: Hit) -> Mention:
    """"The prisoners, most of them foreign nationals, were taken ...", "Najemnicy, w większości obywatele Kolumbii i
    Gruzji, mają zostać skierowani": a group in an aside set off by commas before the trigger describes the group
    named right before the aside, which is the one moved."""
    closing = text.find(",", nearest.end, trigger.start) if nearest.end <= trigger.start else -1
    if closing < 0 or "," in text[closing + 1:trigger.start]:
        return nearest
    if text[nearest.end:closing].strip() and nearest.kind != "concept":
        return nearest  # "бойци, свързани с „Ислямска държава“, са прехвърлени": a named group in the aside says whose
    opening = text.rfind(",", 0, nearest.start)
    head = next((c for c in candidates if c.end <= opening and not text[c.end:opening].strip()), None)
    if head is None or any(opening < c.start < nearest.start for c in candidates):
        return nearest
    return head


def troops(doc: Document, lexicon: FrameLexicon, view: SentenceView, trigger: Hit) -> Slot | None:
    """A state's troops named by its adjective ("North Korean troops", "північнокорейських військових"),
    the nearest to the trigger; canonical: the state (the stage drops a state moving its own)."""
    # the adjective before the noun, or after it ("soldados norcoreanos", "troupes nord-coréennes"); where the verb
    # comes first, only after it: a state before the noun is the subject ("سحبت فرنسا قواتها": France withdrew its
    # forces)
    found = [(m, t) for t in view.hits if t.label == "troops" for m in view.mentions
             if (m.kind == "country" or m.entity in _ALLIANCES)
             and ((0 <= t.start - m.end <= 2 and not lexicon.verb_first)
                  or ((0 <= m.start - t.end <= 1 or _troop_adjective_between(doc, t.end, m.start))
                      and not _a_city(m.text, doc.language)))
             and not _german_subject_before(doc, m, t.start)]
    # "Bundeswehrsoldaten": one German word that names the state and its troops
    found += [(m, Hit(m.start, m.end, "troops")) for m in view.mentions
              if doc.language == "de" and (m.kind == "country" or m.entity in _ALLIANCES)
              and _troops_compound(doc.language, m.text)]
    # "40 Ausbilder der Bundeswehr", "instructors of the US Army": the state after a genitive link that says no
    # "from" (not "soldados de Siria")
    froms = {(h.start, h.end) for h in view.labelled("origin")}
    links = [h for h in view.labelled("genitive") if (h.start, h.end) not in froms]
    found += [(m, t) for t in view.labelled("troops") for m in view.mentions
              if (m.kind == "country" or m.entity in _ALLIANCES) and not _a_city(m.text, doc.language)
              and any(t.end < h.start and h.end < m.start and not doc.text[t.end:h.start].strip()
                      and _ARTICLE_GAP.fullmatch(doc.text, h.end, m.start) for h in links)]
    aside = where_asides(doc.text, view, trigger)  # "..., where they patrol the line with the Turkish troops"
    found = [(m, t) for m, t in found if not any(a <= t.start < b for a, b in aside)]
    if lexicon.verb_first and _counted_troops_after(doc.text, view, trigger, lexicon):
        # "إن القوات الأمريكية نقلت نحو 100 جندي": the state's troops before the verb are its subject, the troops
        # counted after it its object, those moved
        found = [(m, t) for m, t in found if max(m.end, t.end) > trigger.start]
    if not found:
        return None
    m, t = min(found, key=lambda x: abs(x[0].start - trigger.start))
    start, end = min(m.start, t.start), max(m.end, t.end)
    count, count_text, _ = count_before(doc.text, view, start, lexicon)
    return Slot(doc.text[start:end], start, end, canonical=m.name, count=count, count_text=count_text)


def _counted_troops_after(text: str, view: SentenceView, trigger: Hit, lexicon: FrameLexicon) -> bool:
    """A word for troops with a number before it right after the verb, in its clause ("نقلت نحو 100 جندي")."""
    for t in view.labelled("troops"):
        if t.start >= trigger.end and not CLAUSE_BREAK.search(text, trigger.end, t.start) \
                and len(text[trigger.end:t.start].split()) <= _COUNTED_AFTER_WORDS:
            count, _, at = count_before(text, view, t.start, lexicon)
            if count is not None and at is not None and at >= trigger.end:
                return True
    return False


def _troops_compound(language: str | None, word: str) -> bool:
    """A compound whose head is a word for troops and whose first part names their state or alliance, written as
    one word as German writes it ("Bundeswehrsoldaten", "Bundeswehrkräfte"): the state's troops, as "deutsche
    Soldaten" are (a hyphen splits "Nato-Truppen" into the name and its troops already)."""
    folded = word.casefold()
    return " " not in folded and "-" not in folded and any(
        folded.endswith(w) and len(folded) - len(w) >= _COMPOUND_FIRST_PART for w in frame_words(language, "troops"))


_COMPOUND_FIRST_PART = 3  # letters of a state's name before the word for troops ("Natotruppen")
_COUNTED_AFTER_WORDS = 4  # words from the verb to its counted object ("نقلت يوم الجمعة نحو 120 جنديا")
_ALLIANCES = frozenset({"nato"})  # whose troops they may be too ("NATO-Soldaten", "NATO troops")


def _troop_adjective_between(doc: Document, end: int, start: int) -> bool:
    """One adjective of the troops stands between their word and their state's ("تعزيزات عسكرية أمريكية", military
    reinforcements, American; a frame file's ``troop_adjectives``)."""
    between = doc.text[end:start].split() if 0 < start - end <= 16 else []
    return len(between) == 1 and between[0].casefold() in frame_words(doc.language, "troop_adjectives")


def _a_city(name: str, language: str | None) -> bool:
    """A city's name after the word for troops is another slot, not whose troops they are ("жоден російський
    підрозділ Бенгазі не залишав": Benghazi is where from; "военных России", "soldados norcoreanos" are a state's)."""
    place = geocode(name, language)
    return place is not None and place.kind != "country"


_GERMAN_ADJECTIVE_END = re.compile(r"(?:e|en|er|es|em)$")


def _german_subject_before(doc: Document, m: Mention, noun: int) -> bool:
    """German writes a state's troops as an adjective ("deutsche Soldaten") or one compound ("Bundeswehrsoldaten",
    "NATO-Soldaten"): a noun naming the state or its army, a space before the word for troops, is the clause's
    subject, who moves them ("wie die Bundeswehr Soldaten aus Rukla nach Moldau verlegt")."""
    return (doc.language == "de" and m.end <= noun and doc.text[m.end:noun].isspace()
            and m.text[:1].isupper() and not _GERMAN_ADJECTIVE_END.search(m.text))


def bare_troops(doc: Document, lexicon: FrameLexicon, view: SentenceView, trigger: Hit) -> Slot | None:
    """A word for troops with no state named ("moved 4,000 soldiers to the border", "перебрасывает войска во
    Львов"), the nearest to the trigger in its clause: no canonical name (the stage gives it the state that moves
    them, and keeps it only then)."""
    firms = frame_words(doc.language, "counted_troops")
    found = [t for t in view.labelled("troops")
             if not (t.start < trigger.end and trigger.start < t.end)
             and abs(t.start - trigger.start) <= _COUNTED_REACH
             # "dos compañías salieron hacia Arauquita", not "las compañías trasladaron sus sedes": a word for a unit
             # that also names firms is troops only counted
             and (doc.text[t.start:t.end].casefold() not in firms
                  or count_before(doc.text, view, t.start, lexicon)[0] is not None)
             and (not CLAUSE_BREAK.search(doc.text, min(t.end, trigger.end), max(t.start, trigger.start))
                  or _in_relative_clause(doc, view, t, trigger))]
    if not found:
        return None
    t = min(found, key=lambda x: abs(x.start - trigger.start))
    count, count_text, _ = count_before(doc.text, view, t.start, lexicon)
    return Slot(doc.text[t.start:t.end], t.start, t.end, canonical=None, count=count, count_text=count_text)


def convoy(doc: Document, view: SentenceView, trigger: Hit) -> Slot | None:
    """A state's convoy or column as what a move moved when no group is named ("A French military convoy arrived in
    Niamey", "Колонна молдавской армии прибыла в Кишинёв", "Ein Konvoi der Bundeswehr"): the convoy word and the
    state named right next to it (a word at most between), in the trigger's clause; canonical: the state, as for
    its troops. A convoy of no state named (aid, goods, traffic) is none, nor one that says how they went ("by
    convoy", "колонной")."""
    found = []
    for h in view.labelled("means:convoy"):
        if h.start < trigger.end and trigger.start < h.end or abs(h.start - trigger.start) > _COUNTED_REACH \
                or CLAUSE_BREAK.search(doc.text, min(h.end, trigger.end), max(h.start, trigger.start)):
            continue
        before = _WORD_BEFORE.search(doc.text, view.sentence.start, h.start)
        if (before is not None and before.group(1).casefold() in _instruments()) \
                or doc.text[h.start:h.end].split()[0].casefold() in _instruments():
            continue  # "en convoi", "by road", "por carretera": how they went
        if _CYRILLIC.search(doc.text[h.start:h.end]) and _INSTRUMENTAL.search(doc.text[h.start:h.end]):
            continue  # "колонной", "колоною": how they went
        # the state by its adjective or its army, not a town's or a country's own name ("por carretera a Managua")
        state = next((m for m in view.mentions if m.kind == "country" and geocode(m.text, doc.language) is None and (
            0 <= h.start - m.end and _AT_MOST_A_WORD.fullmatch(doc.text, m.end, h.start)
            or 0 <= m.start - h.end and _AT_MOST_A_WORD.fullmatch(doc.text, h.end, m.start))), None)
        if state is not None:
            found.append((h, state))
    if not found:
        return None
    h, state = min(found, key=lambda x: abs(x[0].start - trigger.start))
    start, end = min(h.start, state.start), max(h.end, state.end)
    return Slot(doc.text[start:end], start, end, canonical=state.name)


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")
_AT_MOST_A_WORD = re.compile(r"\s+(?:[^\W\d_]+\s+)?")  # "French military convoy", "Konvoi der Bundeswehr"
_INSTRUMENTAL = re.compile(r"(?:ой|ою|ей|ею|ами|ями)$", re.IGNORECASE)


def _in_relative_clause(doc: Document, view: SentenceView, t: Hit, trigger: Hit) -> bool:
    """The trigger is the verb of a relative clause opened right after the word for troops, a genitive of up to
    three words between ("Soldaten des Geschwaders, die ... verlegt wurden", "the soldiers, who were moved"): the
    clause tells the move of the group it is about (not "its contingent in Iraq, which Baghdad wants to see leave":
    a place between, and whom the clause is about is not said)."""
    if t.end > trigger.start:
        return False
    at = _skip_spaces(doc.text, t.end)
    if doc.text[at:at + 1] != "," and not any(h.start == at for h in view.labelled("genitive")):
        return False
    opened = _relative_opening(doc.language).match(doc.text, t.end)
    return opened is not None and opened.end() <= trigger.start \
        and not CLAUSE_BREAK.search(doc.text, opened.end(), trigger.start)


@lru_cache(maxsize=16)
def _relative_opening(language: str | None) -> re.Pattern[str]:
    return any_of(frame_lexicon(language).words.get("relative") or (),
                  r"(?:[ \u00a0]+[^\W\d_][\w-]*){{0,3}}\s*,\s*(?:{})(?!\w)", re.IGNORECASE)


def armed_forces(spec: FrameSpec, doc: Document, lexicon: FrameLexicon, view: SentenceView,
                 trigger: Hit) -> Slot | None:
    """A state's armed forces named by a phrase with a word for troops in it ("российских военных", "Russian
    troops"; not "ВС РФ", which rather moves than is moved), the nearest to the trigger; canonical: the state."""
    words = view.labelled("troops")
    found = [m for m in view.mentions if m.entity in spec.armed_forces
             and any(m.start <= t.start and t.end <= m.end for t in words)]
    if not found:
        return None
    m = min(found, key=lambda x: abs(x.start - trigger.start))
    count, count_text, _ = count_before(doc.text, view, m.start, lexicon)
    return Slot(m.text, m.start, m.end, canonical=spec.armed_forces[m.entity], count=count, count_text=count_text)


def nationals(doc: Document, lexicon: FrameLexicon, view: SentenceView, trigger: Hit) -> Slot | None:
    """People named by a number or a vague quantity and their nationality ("36 afganos", "около 300 сирийцев",
    "rund 300 Syrer", "hundreds of Afghans"),
    the nearest to the trigger; canonical: "<state> nationals". A country's own name after a number ("2017
    Syria") is no group: the gazetteer reads it, and not a demonym."""
    found: list[tuple[Mention, int | None, str | None, int | None]] = []
    for m in view.mentions:
        if m.kind != "country" or geocode(m.text, doc.language) is not None:
            continue
        if _before_means(doc.text, m, [h for h in view.hits if h.label.startswith("means:")]):
            continue  # "Two American Black Hawk helicopters": the aircraft's nationality, no people
        count, count_text, count_start = count_before(doc.text, view, m.start, lexicon)
        if count_start is None or count_text is None:
            if _bare_demonym(doc, lexicon, view, m, trigger):
                found.append((m, None, None, None))  # "dass Syrer aus der Stadt nach Gaziantep gebracht wurden"
            continue
        if not doc.text[count_start + len(count_text):m.start].isspace():
            # the number right before the name ("300 Syrians"), not somewhere before it; but a number that counts
            # something else leaves a bare demonym with its participle right after it ("à plus de deux mille le
            # nombre de Syriens envoyés par Ankara")
            if doc.text[m.end:trigger.start].isspace() and _bare_demonym(doc, lexicon, view, m, trigger):
                found.append((m, None, None, None))
            continue
        if count is not None and (count <= 0 or _a_year(count, count_text)):
            continue  # a number, or a vague quantity ("десятки сирийцев", "آلاف السودانيين", "a group of Syrians")
        found.append((m, count, count_text, count_start))
    if not found:
        return None
    m, count, count_text, _ = min(found, key=lambda x: abs(x[0].start - trigger.start))
    # the noun an adjective qualifies is the group ("200 ukrainische Deserteure", "80 Syrian recruits"), its
    # number kept apart as for every group
    noun = _NOUN_AFTER.match(doc.text, m.end, view.sentence.end) if doc.language != "ar" else None  # "آلاف
    # السودانيين": an Arabic nisba plural is the noun itself, and the word after it is no head it qualifies
    end = noun.end() if noun is not None and not _NOT_PEOPLE.match(noun.group(1)) and not any(
        h.start < noun.end() and noun.start() < h.end for h in view.hits) and (  # "сирийцев были": a verb
        noun.group(1).casefold() not in _auxiliaries(doc.language)) else m.end  # "300 Syrer wurden"
    return Slot(doc.text[m.start:end], m.start, end, canonical=f"{m.name} nationals", count=count,
                count_text=count_text)


_NOUN_AFTER = re.compile(r"[ \u00a0]([^\W\d_]{4,})(?=[\s,.;:]|$)")


#: a demonym written as a plural noun, not as an adjective ("Syrer", "Syrians", "Syriens", "сирийцев",
#: "Syryjczyków", "сирийци"); languages that write both alike in small letters ("sirios") have none
_DEMONYM_NOUN = {
    "en": re.compile(r"[A-Z]\w+s"),
    "de": re.compile(r"[A-ZÄÖÜ]\w+(?:er|ern|en|sche)"),  # "Deutsche": a noun made of an adjective
    "fr": re.compile(r"[A-ZÉ]\w+s"),
    "ru": re.compile(r"\w+(?:ц(?:ы|ев|ам|ами|ах)|ян(?:е|ам|ами)?)", re.IGNORECASE),
    "uk": re.compile(r"\w+(?:ц(?:і|ів|ям|ями|ях)|ян(?:и|ам|ами)?)", re.IGNORECASE),
    "pl": re.compile(r"[A-ZŁŚŻ]\w+(?:cy|ców|ków|anie|an)"),
    "bg": re.compile(r"\w+ци(?:те)?", re.IGNORECASE),  # with the plural's definite article ("сирийците")
    # a plural the adjective shares ("sirios", "ucraini", "brasileiros"): a noun only after an article, a partitive,
    # "que"/"che" or right after the verb (_romance_noun), not after a noun it qualifies ("soldados ucranianos")
    "es": re.compile(r"\w+(?:os|as|es)"),
    "it": re.compile(r"\w+[ie]"),
    "pt": re.compile(r"\w+(?:os|as|es)"),
}
_ROMANCE_DEMONYM = frozenset({"es", "it", "pt"})


def _bare_demonym(doc: Document, lexicon: FrameLexicon, view: SentenceView, m: Mention, trigger: Hit) -> bool:
    """A demonym as a plural noun with no number, the object of the move ("moved Syrians to Idlib") or the subject of
    a passive ("Syrer seien ... gebracht worden"): the people moved. Not with a word for troops in the sentence (the
    demonym is then rather the enemy or the mover), nor as the subject of an active verb ("Americans flew the aid")."""
    form = _DEMONYM_NOUN.get(doc.language or "")
    if form is None or not form.fullmatch(m.text) or view.labelled("troops") or _an_owner(doc.text, m):
        return False
    if any(0 <= m.start - h.end <= MARKER_GAP for h in view.labelled("against")):
        return False
    if _NAME_GOES_ON.match(doc.text, m.end):
        return False  # "im Aufsichtsrat der Deutschen Bank": a word of a name, no people
    if doc.language in _ROMANCE_DEMONYM and not _romance_noun(doc, m, trigger):
        return False
    near = (m.end, trigger.start) if m.end <= trigger.start else (trigger.end, m.start)
    if near[1] - near[0] > _COUNTED_REACH or CLAUSE_BREAK.search(doc.text, *near):
        return False  # in the trigger's clause, near it, as a counted group
    if m.start >= trigger.end:
        return True
    if any(h.start <= trigger.start < h.end for h in view.labelled("arrival")) \
            and _marker_next(view, trigger, ("destination", "origin", "locative")):
        return True  # "Syrians arrived in Benghazi": the subject of an arrival is who went (not "норвежцев окажется
        # почти в тридцать раз меньше": no place's marker after it)
    if doc.text[m.end:trigger.start].isspace() and _marker_next(view, trigger):
        return True  # "le nombre de Syriens envoyés par Ankara en Azerbaïdjan": a participle of the group
    after = _WORD_AT.match(doc.text, m.end + 1) if doc.text[m.end:m.end + 1].isspace() else None
    if lexicon.verb_final and after is not None and after.group().casefold() in _auxiliaries(doc.language):
        return True  # "Die Deutschen wurden aus dem Sudan ausgeflogen": the passive's subject, its verb at the end
    if lexicon.verb_final and any(a.kind in _ACTOR_KINDS and a.end <= m.start
                                  and not CLAUSE_BREAK.search(doc.text, a.end, m.start) for a in view.mentions):
        return True  # "Die Türkei hat Syrer ... gebracht": an actor before them in their clause is the subject
    # an auxiliary right before the verb ("Syrians were moved"), or right after a clause-final one ("gebracht
    # worden"); not "les Français sont assez stupides pour l'avoir reconduit"
    return any(w.group().casefold() in _auxiliaries(doc.language) and (
        0 <= trigger.start - w.end() <= _AUXILIARY_AFTER or 0 <= w.start() - trigger.end <= _AUXILIARY_AFTER)
               and not CLAUSE_BREAK.search(doc.text, min(w.end(), trigger.end), max(w.start(), trigger.start))
               for w in _WORD_AT.finditer(doc.text, m.end, view.sentence.end))


_NAME_GOES_ON = re.compile(r"[ \u00a0]+[A-ZÄÖÜ]")


def _marker_next(view: SentenceView, trigger: Hit,
                 labels: tuple[str, ...] = ("passive_agent", "origin", "destination")) -> bool:
    """A passive's agent or a place's marker right after the trigger ("envoyés par", "sent to", "arrived in")."""
    return any(0 <= h.start - trigger.end <= 1 for h in view.hits if h.label in labels)


def _romance_noun(doc: Document, m: Mention, trigger: Hit) -> bool:
    """A Spanish, Italian or Portuguese demonym used as a noun: an article, a partitive or "que" right before it
    ("os brasileiros", "dei siriani", "que brasileiros tenham sido levados"), or the verb itself ("repatriou
    brasileiros")."""
    before = doc.text[max(0, m.start - 24):m.start]
    if trigger.end <= m.start and not doc.text[trigger.end:m.start].strip():
        return True
    word = re.search(r"([^\W\d_]+'?)\s*$", before)
    if word is None:
        return False
    openers = (frame_words(doc.language, "articles") | frame_words(doc.language, "object_openers")
               | frame_words(doc.language, "complementizer"))
    return word.group(1).casefold() in openers
_ACTOR_KINDS = frozenset({"country", "organisation", "person"})
_AUXILIARY_AFTER = 12  # characters between a clause-final verb and its auxiliary ("gebracht worden seien")


@lru_cache(maxsize=16)
def _auxiliaries(language: str | None) -> frozenset[str]:
    return frozenset(w.casefold() for w in frame_words(language, "auxiliary"))


_COUNTED = re.compile(r"(?<![\w.,\-])(\d{1,3}(?:[ \u00a0.,]\d{3})*|\d+)\s+([^\W\d_]{3,})")
#: words after a number that count no people: time, distance, money, shares, vehicles, sorties and months
_NOT_PEOPLE = re.compile(
    r"(?:already|more|other|уже|ещё|еще|вже|ще|bereits|schon|déjà|ya|"
    # auxiliaries: the number is the group's own, the verb follows it ("otro grupo de unos 150 será enviado")
    r"will|were|was|are|have|had|será|serán|fue|fueron|han|habían|seront|sont|ont|avaient|étaient|"
    r"будут|были|был|будуть|були|"
    r"day|week|month|year|hour|minute|km|kilomet|mile|metre|meter|dollar|euro|percent|per|ton|tonn|flight|"
    # areas, volumes and weights ("100 square kilometres", "200 barrels"); a relative word ("leaving 450 whose fates")
    r"square|sq|acre|hectare|gallon|barrel|litre|liter|pound|kilogram|kg|gram|degree|feet|foot|yard|whose|which|who|"
    r"квадрат|гектар|литр|баррел|килограмм|кг|градус|которы|літр|кілограм|яки|"
    r"quadrat|hektar|barrel|kilogramm|grad|mètre|carré|litre|baril|kilo|dont|metro|cuadrad|litro|barril|cuyo|cuya|"
    r"ден|дни|седмиц|месец|годин|час|минут|километр|долар|евро|процент|тон|полет|камион|автобус|самолет|хеликоптер|"
    r"път|пъти|квадратн|мах|който|която|които|"
    r"dia|semana|mês|meses|ano|hora|minuto|quilómetro|quilômetro|dólar|por cento|tonelada|voo|camião|caminhão|"
    r"autocarro|ônibus|avião|helicóptero|vez|vezes|quadrad|cujo|cuja|"
    r"second|секунд|sekunde|seconde|segundo|secondi|sekund|ثانية|ثوان|рубл|гривн|фунт|rupee|"
    # weights in Italian, and cases opened by a court or the police ("400 chili di hashish", "14 проваджень")
    r"chili\b|chilogramm|провадж|справ\b|дел\b|cases?\b|verfahren|procédures?\b|procedimient|procediment|"
    r"postępowa|"
    r"truck|bus|plane|aircraft|helicopter|vehicle|time|"
    r"день|дн|дня|недел|месяц|год|лет|час|минут|км|километр|доллар|евро|процент|тонн|рейс|грузовик|автобус|"
    r"самол|вертол|машин|раз|тиж|місяц|рок|годин|хвилин|кілометр|відсот|літак|гелікоптер|"
    r"tag|woche|monat|jahr|stunde|minute|kilometer|prozent|lastwagen|lkw|flug|flugzeug|hubschrauber|mal|"
    r"jour|semaine|mois|an|heure|kilomètre|pour|camion|avion|hélicoptère|vol|fois|"
    r"día|semana|mes|año|hora|kilómetro|por|camion|avión|helicóptero|vuelo|vez|veces|"
    r"يوم|أيام|أسبوع|شهر|سنة|عام|ساعة|دقيقة|كيلومتر|دولار|يورو|بالمئة|طن|شاحنة|حافلة|طائرة|مروحية|مرة|"
    # months: "14 марта", "3 March", "le 2 juin" are dates
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"январ|феврал|март|апрел|мая|май|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"січн|лют|берез|квітн|травн|червн|липн|серпн|вересн|жовтн|листопад|грудн|"
    r"januar|februar|märz|mai|juni|juli|oktober|dezember|"
    r"janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    r"януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември|"
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"stycz|lut|marc|kwiet|maj|czerw|lip|sierp|wrze|październik|paździer|listopad|grud|"
    # Italian and Polish units, times and vehicles, and "fino" ("lunedì 8 fino alle ore 10": until)
    r"giorn|settiman|mes|ann|ore|minut|chilometr|dollar|euro|per cento|tonnellat|volo|voli|aereo|aerei|elicotter|"
    r"volta|volte|fino|"
    r"dzień|dni|tydzie|tygod|miesi|rok|lat|godzin|kilometr|dolar|procent|samolot|śmigłow|razy|"
    r"يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|"
    r"حزيران|تموز|آب|أيلول|تشرين)"
    r"\w{0,3}$",  # with an ending at most: "an" is "ans", not "anciens"; "per" is "per", not "personnes"
    re.IGNORECASE)


#: the words of a number that multiply it, by stem, and what each multiplies by: the group is the word after the
#: multiplier ("7 тисяч військових", "5 mil soldados")
_MULTIPLES = {
    "hundred": 100,
    **dict.fromkeys(("billion", "миллиард", "мільярд", "milliard", "miliard", "милиард", "مليار"), 10**9),
    **dict.fromkeys(("million", "миллион", "мільйон", "millón", "millones", "milhões", "milion", "милион", "مليون"),
                    10**6),
    **dict.fromkeys(("thousand", "тысяч", "тисяч", "tausend", "millier", "milhares", "migliai", "tysięc", "tysiąc",
                     "хиляд", "ألف", "آلاف"), 1000),
}
#: a multiplier as written: a stem and an ending, or "mil" alone ("miles" are a distance)
_MULTIPLIER = re.compile(rf"(?:(?:{'|'.join(_MULTIPLES)})\w{{0,3}}|mil)$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]{3,})")


def _past_multiplier(text: str, m: re.Match[str]) -> tuple[str, int, int, int] | None:
    """The noun a counted group names, with what the number is multiplied by: the word after the number (1), or after
    its multiplier ("7 тисяч військових": 1,000); None when the multiplier counts no noun ("$850 million a day")."""
    if not _MULTIPLIER.match(m.group(2)):
        return m.group(2), m.start(2), m.end(2), 1
    after = _NEXT_WORD.match(text, m.end(2))
    if after is None:
        return None
    word = m.group(2).casefold()
    factor = next((f for stem, f in _MULTIPLES.items() if word.startswith(stem)), 1000)  # "mil": a thousand
    return after.group(1), after.start(1), after.end(1), factor


def bare_count(doc: Document, lexicon: FrameLexicon, view: SentenceView, trigger: Hit) -> Slot | None:
    """A number that opens the sentence or a clause after a comma, maybe after a word making it approximate, with the
    move's verb or an auxiliary right after it and no noun of its own ("About 400 were flown to Iraq", "De ese total,
    unos 400 fueron trasladados", "Около 400 были доставлены", "Rund 400 wurden ... geflogen"): the subject, a part
    of a group told before; the slot is the number, its count."""
    text = doc.text
    opening = max(view.sentence.start, view.dateline_end)
    starts = [opening] + [m.end() for m in _CLAUSE_COMMA.finditer(text, opening, trigger.start)]
    for at in reversed(starts):
        found = _count_before_verb(text, lexicon, view, _skip_spaces(text, at), trigger)
        if found is not None:
            return found
    return None


_CLAUSE_COMMA = re.compile(r"[,;:]")


def _count_before_verb(text: str, lexicon: FrameLexicon, view: SentenceView, at: int, trigger: Hit) -> Slot | None:
    approximate = next((h for h in view.hits if h.label == "approximate" and h.start == at), None)
    if approximate is not None:
        at = _skip_spaces(text, approximate.end)
    digits = _NUMBER.match(text, at)
    word = _WORD_AT.match(text, at)
    if digits is not None and (digits.end() == len(text) or not text[digits.end()].isalnum()):
        end, value = digits.end(), int(re.sub(r"\D", "", digits.group()))
    elif word is not None and word.group().casefold() in lexicon.number_words:
        end, value = word.end(), lexicon.number_words[word.group().casefold()]
    else:
        return None
    after = _skip_spaces(text, end)
    verb = _WORD_AT.match(text, after)
    if value <= 1 or _a_year(value, text[at:end]) or verb is None or after > trigger.start:
        return None
    if after != trigger.start and (verb.group().casefold() not in lexicon.words.get("auxiliary", ())
                                   or _CLAUSE_END.search(text, after, trigger.start)):
        return None  # "About 400 were killed, and the rest were flown ...": the auxiliary is another verb's
    return Slot(text[at:end], at, end, canonical=None, count=value, count_text=text[at:end])


def _skip_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


_WORD_AT = re.compile(r"[^\W\d_]+")


def counted(doc: Document, view: SentenceView, trigger: Hit) -> Slot | None:
    """A number and the noun after it ("139 Menschen", "20 drone instructors", "912 человек"): a group the
    lexicon does not name, the nearest to the trigger; no canonical name. Not a year, nor a number of days,
    kilometres, dollars or vehicles."""
    opening = max(view.sentence.start, view.dateline_end)
    verbs = [h for h in view.hits if h.label in (trigger.label, "arrival", "departure")]
    found = []
    for m in _COUNTED.finditer(doc.text, opening, view.sentence.end):
        value, noun = int(re.sub(r"\D", "", m.group(1))), _past_multiplier(doc.text, m)
        if noun is None or value <= 1 or _a_year(value, m.group(1)) or _NOT_PEOPLE.match(noun[0]):
            continue
        if doc.text.startswith("-", noun[2]):
            continue  # "400 carbon-spewing private jets": an adjective's first part
        if noun[0].casefold() in frame_lexicon(doc.language).words.get("auxiliary", ()):
            continue  # "Rund 400 wurden ... geflogen": the verb's auxiliary, no noun (bare_count)
        if any(h.start <= noun[1] < h.end for h in verbs):
            continue  # "300 volaron": the verb, no group
        if _model_number(doc, view, m.start(1)):
            continue  # "un Boeing 747 noleggiato", "an Ilyushin 76 carrying": a model's number, no count
        if not counts_people_or_materiel(doc.language, view, noun[0], noun[1]):
            continue  # "El plan de 300 viviendas", "гастроли по 4 городам": what no move carries
        found.append((m, value, noun))
    if not found:
        return None
    m, value, (word, start, end, factor) = min(found, key=lambda x: abs(x[0].start() - trigger.start))
    if abs(m.start() - trigger.start) > _COUNTED_REACH:
        return None
    start, end = _head_after_qualifiers(doc, view, start, end)
    # the group is the noun; the number is its count, as for a group the lexicon names (the multiplier is the count's);
    # a word for troops of two words is the whole noun ("20 drone operators", "20 операторов дронов")
    end = max([end, *(h.end for h in view.labelled("troops") if h.start == start)])
    word = doc.text[start:end]
    return Slot(word, start, end, canonical=None, count=value * factor, count_text=doc.text[m.start(1):start].strip())


def _head_after_qualifiers(doc: Document, view: SentenceView, start: int, end: int) -> tuple[int, int]:
    """The noun a count counts past the words that qualify it ("300 armed Russian hooligans", "12 Belarusian spies",
    "50 bewaffnete Hooligans"): a participle or a state's adjective before a noun is no group of its own; the slot
    is the noun, with the state's adjective right before it."""
    adjective = None
    while (kind := _a_qualifier(doc, view, start, end)) is not None:
        after = _NEXT_NOUN.match(doc.text, end, view.sentence.end)
        if after is None or any(h.start <= after.start(1) < h.end for h in view.hits if h.label not in _GROUP_HITS) \
                or _NOT_PEOPLE.match(after.group(1)) or after.group(1).casefold() in _auxiliaries(doc.language):
            break
        a, b = after.span(1)
        state = next((m for m in view.mentions if m.start == a and named_by_adjective(doc, m)), None)
        # after a participle, only a noun the lexicon counts, a word for troops or a state's adjective
        if kind == "participle" and state is None \
                and not counts_people_or_materiel(doc.language, view, doc.text[a:b], a):
            break
        if kind == "german" and not doc.text[a:b][:1].isupper():
            break
        adjective = start if kind == "state" else None
        start, end = a, b
    return (adjective if adjective is not None else start), end


#: hits a noun after a qualifier may be part of: a group's word, not a verb, a marker or a link
_GROUP_HITS = frozenset({"troops", "doers"})
_NEXT_NOUN = re.compile(r"[ \u00a0]([^\W\d_][\w-]*)")


def _a_qualifier(doc: Document, view: SentenceView, start: int, end: int) -> str | None:
    """How the word qualifies a noun after it, if it does: a state's adjective ("Russian"), an English participle
    ("armed", "masked"), a German word in small letters (German writes its nouns with a capital)."""
    word = doc.text[start:end]
    if any(m.start == start and m.end == end and named_by_adjective(doc, m) for m in view.mentions):
        return "state"
    if doc.language == "en" and word.casefold().endswith(_PARTICIPLE_ENDINGS):
        return "participle"
    return "german" if doc.language == "de" and word[:1].islower() else None


_PARTICIPLE_ENDINGS = ("ed",)


def counts_people_or_materiel(language: str | None, view: SentenceView, word: str, start: int) -> bool:
    """The noun a number counts names people or materiel: a word for troops or a means of transport of the frame
    lexicon, or one that begins like a noun of a frame language's ``counted_nouns`` (of any of them: a short text's
    language may be misread, "120 combatentes teriam cruzado" as Spanish); a language without that list counts any
    noun."""
    if any(h.start <= start < h.end for h in view.hits if h.label == "troops" or h.label.startswith("means:")):
        return True
    if not frame_words(language, "counted_nouns"):
        return True
    key = _ARABIC_CLITICS.sub("", word.casefold())
    return key.startswith(_counted_stems()) or word.casefold().startswith(_counted_stems())


@lru_cache(maxsize=1)
def _counted_stems() -> tuple[str, ...]:
    # the lists as written, not frame_words(): that builds each language's phrase matcher, ten of them for one list
    return tuple(sorted({w.casefold() for lang in frame_languages() for w in frame_word_lists(lang)["counted_nouns"]}))


_ARABIC_CLITICS = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?")


_NAME_BEFORE = re.compile(r"([^\W\d_][\w-]*)[ \u00a0]$")


def _model_number(doc: Document, view: SentenceView, start: int) -> bool:
    """The number closes a name written right before it ("Boeing 747", "Ilyushin 76", "Tupolev 154"): a capitalised
    word that does not open the sentence and is neither an entity nor a place ("Idlib 300 Kämpfer" counts)."""
    before = _NAME_BEFORE.search(doc.text, max(view.sentence.start, start - 30), start)
    if before is None or before.start(1) == view.sentence.start or not before.group(1)[:1].isupper():
        return False
    if any(m.start <= before.start(1) < m.end for m in view.mentions):
        return False
    return geocode(before.group(1), doc.language) is None


_COUNTED_REACH = 80  # characters between the trigger and the counted group it moves
_YEARS = 1900  # a number this high before a nationality is a year ("2019 Iraqis" is rare, "in 2019 Iraq" is not)


def _a_year(value: int, written: str) -> bool:
    """A number that reads as a year: four bare digits from 1900 on ("in 2019"), not a count written with a
    thousands separator ("3.000 venezolanos", "3,000 Venezuelans") nor a number of more digits."""
    return value >= _YEARS and written.strip().isdigit() and len(written.strip()) == 4


#: a negator, maybe "a single", "one", "such" after it, then the word it quantifies ("ни один военнослужащий",
#: "kein einziger Gefangener", "not a single soldier", "жоден сирієць")
_NEGATED_WORD = re.compile(r"(?:\s+(?:a|one|single|such|один|одна|одного|одной|одне|einziger|einzige|seul|seule|un|una|"
                           r"solo|sola))*\s+([^\W\d_]{3,})")


def denied_group(doc: Document, view: SentenceView, trigger: Hit | None = None, vehicle: bool = False) -> Slot | None:
    """The soldiers or nationals a negator says nobody moved ("ни один военнослужащий ... не отправлялся",
    "keine Syrer ... transportiert", "жоден сирієць"): the group of a denied move; canonical: a state's
    nationals, or none for soldiers of no named state. ``vehicle``: with no group counted, a vehicle counted before
    the verb is the group (see ``_vehicle_went``), where no group told before can be meant."""
    troops = view.labelled("troops")
    for negator in view.labelled("negation"):
        word = _NEGATED_WORD.match(doc.text, negator.end, view.sentence.end)
        if word is None:
            continue
        start, end = word.span(1)
        if any(h.start == start for h in troops):
            return Slot(doc.text[start:end], start, end)
        people = next((m for m in view.mentions if m.start == start and named_by_adjective(doc, m)),
                      None)  # "Syrer", "сирієць", not "Syrien"
        if people is not None:
            return Slot(doc.text[start:people.end], start, people.end, canonical=f"{people.name} nationals")
    return _troops_before_negated_verb(doc, view, trigger) or _quantified_by_negator(doc, view, trigger, vehicle)


def _quantified_by_negator(doc: Document, view: SentenceView, trigger: Hit | None,
                           vehicle: bool = False) -> Slot | None:
    """"no launcher had been shipped", "aucun matériel n'avait transité", "ни один доброволец не перебрасывался":
    the noun a negating quantifier counts is the group of a denied move, whatever it names; "nobody", "никого",
    "nadie" are that group themselves (no canonical name). The nearest to the trigger in its clause; not a move, a
    vehicle or wording the lexicon reads ("no transfer", "ninguna aeronave": a vehicle that carries, not a group)."""
    if trigger is None:
        return None
    found = [(h.start, h.end) for h in view.labelled("nobody") if not _nobody_acts(doc, view, h, trigger)]
    vehicles: list[tuple[int, int]] = []
    # "denied sending any troops", "نفى إرسال أي قوات": "any" counts like a negator in a sentence that denies
    denying = bool(view.labelled("denial") or view.labelled("negation"))
    for negator in [*view.labelled("negative_quantifier"), *(view.labelled("any_quantifier") if denying else [])]:
        if word_before(doc.language, "without").search(doc.text, max(view.sentence.start, negator.start - 12),
                                                        negator.start):
            continue  # "sans aucun doute", "without any doubt", "senza alcun dubbio": a manner, no group
        word = _NEGATED_WORD.match(doc.text, negator.end, view.sentence.end)
        if word is not None and word.group(1).casefold() in frame_words(doc.language, "articles"):
            continue  # "Neither the UN nor the EU sent monitors": a correlative joining names, no group counted
        span = word.span(1) if word is not None else None
        move = next((h for h in view.labelled("relocation") if span is not None and h.start == span[0]), None)
        moved = None
        if move is not None:
            # "negó cualquier movimiento de tropas", "denied any transfer of troops": whom the move noun moves
            span = moved = _moved_by_noun(doc, view, move)
            if _a_moved_person(doc, view, move, span):
                found.append((move.start, move.end))  # "nenhum deportado saiu", "ни один эвакуированный не прибыл"
                continue
        if span is not None and not any(h.start <= span[0] < h.end and _not_a_group(h.label) for h in view.hits) \
                and (_known_group(view, span) or span == moved or _object_near(doc.text, span, trigger)):
            found.append(span)
        elif vehicle and span is not None and _vehicle_went(view, span, trigger):
            vehicles.append(span)
    # in the trigger's clause: "A Chinook cannot fly there, and no air-traffic data supports it" counts no group
    found = [(s, e) for s, e in found or vehicles
             if not CLAUSE_BREAK.search(doc.text, min(e, trigger.end), max(s, trigger.start))]
    if not found:
        return None
    start, end = min(found, key=lambda x: abs(x[0] - trigger.start))
    return Slot(doc.text[start:end], start, end)


_MARKS_A_PLACE = ("origin", "destination", "locative", "via", "reach", "anywhere", "bearing")


def _nobody_acts(doc: Document, view: SentenceView, nobody: Hit, trigger: Hit) -> bool:
    """"No one expelled American diplomats from Russia", "Никто не собирается передавать эти территории": the subject
    form of "nobody" before an active move verb (no auxiliary right before it) that has an object right after it (a
    word that opens no place, in its clause) is who does not move them, not the group moved."""
    if doc.text[nobody.start:nobody.end].casefold() not in frame_words(doc.language, "nobody_subject") \
            or nobody.end > trigger.start or CLAUSE_BREAK.search(doc.text, nobody.end, trigger.start) \
            or _passive_verb(doc, trigger):
        return False
    word = re.match(r"\s+(\w+)", doc.text[trigger.end:view.sentence.end])
    if word is None:
        return False
    at = trigger.end + word.start(1)
    return not any(h.start == at for h in view.hits if h.label in _MARKS_A_PLACE)


#: how many words may stand between the verb of a move and a word the lexicon does not know as a group, counted by a
#: negating quantifier after it, for the word to be its object ("shipped no such launchers to Syria")
QUANTIFIED_REACH = 3


def _known_group(view: SentenceView, span: tuple[int, int]) -> bool:
    """The word is an entity (no concept: "no election fraud") or a word the lexicon reads (troops, weapons): a group
    wherever it stands."""
    return any(m.start <= span[0] < m.end and m.kind != "concept" for m in view.mentions) \
        or any(h.start <= span[0] < h.end for h in view.hits)


def _vehicle_went(view: SentenceView, span: tuple[int, int], trigger: Hit) -> bool:
    """A vehicle a negating quantifier counts, the subject before the verb of the move, itself went nowhere ("no
    ship had left Sevastopol", "aucun véhicule n'était entré au Tchad", "жоден корабель Севастополь не покидав"):
    with no group counted, it is what the denied move moved (a group counted wins: "no aircraft carried any
    fighters" denies the fighters' move)."""
    return span[1] <= trigger.start and any(h.start <= span[0] < h.end and h.label.startswith("means:")
                                            for h in view.hits)


def _object_near(text: str, span: tuple[int, int], trigger: Hit) -> bool:
    """A word the lexicon does not know, counted by a negating quantifier, is the group before the verb of the move,
    as its subject ("no launcher had been shipped", "kein Bundeswehrsoldat sei in die Ukraine entsandt worden"), or
    right after it, as its object ("shipped no launchers"); farther after it, it is another verb's object ("had 90
    days to move to reopen their cases and time to appeal any decision", "ha recapito l'invito ... di non avere
    alcuna intenzione")."""
    return span[1] <= trigger.start or len(text[trigger.end:span[0]].split()) <= QUANTIFIED_REACH


_VERBS_OF_MOVING = ("relocation", "arrival", "departure")


def _a_moved_person(doc: Document, view: SentenceView, move: Hit, after: tuple[int, int] | None) -> bool:
    """A trigger word a negator counts that names people moved ("deportado", "эвакуированный", "deportee"), followed by
    the verb of its clause rather than by whom it moves: the word is the group."""
    word = doc.text[move.start:move.end]
    return (after is None or any(h.start == after[0] and h.label in _VERBS_OF_MOVING for h in view.hits)) \
        and " " not in word.strip() and word.casefold().startswith(_counted_stems())


def _moved_by_noun(doc: Document, view: SentenceView, move: Hit) -> tuple[int, int] | None:
    """The word after a move noun and its genitive link ("transfer of troops", "transfert de soldats", "переброски
    войск" with none): the word a negator counts."""
    link = next((h for h in view.labelled("genitive") if 0 <= h.start - move.end <= 1), None)
    if link is None and doc.language in ADJECTIVE_AFTER_NOUN:
        link = _link_after_adjective(doc, view, move)  # "traslado organizado de soldados": one qualifier between
    word = _NEGATED_WORD.match(doc.text, link.end if link is not None else move.end, view.sentence.end)
    if word is None or (link is None and _NOT_PEOPLE.match(word.group(1))):
        return None  # "no shipment had crossed": an auxiliary after the noun is no group it moves
    return word.span(1)


#: one word of letters between a move noun and its link, on one line: the qualifier of _link_after_adjective
_QUALIFIER = re.compile(r"[ \u00a0]+[^\W\d_]{3,}[ \u00a0]+")


def _link_after_adjective(doc: Document, view: SentenceView, move: Hit) -> Hit | None:
    """The genitive link after one word that qualifies a move noun, in a language whose adjectives follow the noun
    ("ningún traslado organizado de ciudadanos", "tout transfert massif de combattants"); the word is no hit of its
    own (a place, a group, a verb)."""
    gap = _QUALIFIER.match(doc.text, move.end, view.sentence.end)
    if gap is None or any(gap.start() < h.end and h.start < gap.end() for h in view.hits
                          if h.label != "genitive"):
        return None
    return next((h for h in view.labelled("genitive") if h.start == gap.end()), None)


#: what the word after a negating quantifier may be read as besides a group: a move itself ("no transfer"), a
#: vehicle, wording that debunks or attributes ("no evidence", "no comment")
_NO_GROUP_LABELS = frozenset({"relocation", *MOVE_VERB_KEYS, "debunking", "denial", "attribution", "hypothetical"})


def _not_a_group(label: str) -> bool:
    return label in _NO_GROUP_LABELS or label.startswith("means:")


def _troops_before_negated_verb(doc: Document, view: SentenceView, trigger: Hit | None) -> Slot | None:
    """"російських військових з Гюмрі не виводили", "fuerzas rusas no fueron enviadas", "seien nicht nach Syrien
    verlegt worden": a state's troops (its armed forces named as such) before the move's verb, a negator between
    them shortly before the verb in its clause (auxiliaries and a place may stand between); canonical: those
    forces."""
    if trigger is None:
        return None
    negators = [n for n in view.labelled("negation") if 0 <= trigger.start - n.end <= NEGATION_REACH
                and not CLAUSE_BREAK.search(doc.text, n.end, trigger.start)]
    if not negators:
        return None
    forces = [m for m in view.mentions if m.entity.endswith("-armed-forces") and m.end <= negators[0].start
              and any(m.start <= t.start and t.end <= m.end for t in view.labelled("troops"))]
    if not forces:
        return None
    m = forces[-1]
    if any(m.end <= h.start < trigger.start for h in view.labelled(trigger.label)):
        return None  # another move's verb between them: the forces are that move's
    return Slot(doc.text[m.start:m.end], m.start, m.end, canonical=m.name)


@lru_cache(maxsize=16)
def _time_after(language: str | None) -> re.Pattern[str]:
    """A time after a word that is also "via": a digit, or the language's ``time_after_via`` words ("през март" in
    March, "через неделю", "через два дня" a week, two days later): no stop on the way."""
    words = frame_lexicon(language).words["time_after_via"]
    alternatives = "|".join([r"\d", *map(word_pattern, words)])
    return re.compile(rf"\s+(?:{alternatives})(?!\w)", re.IGNORECASE)


def _opener_before(text: str, start: int, lexicon: FrameLexicon) -> int:
    """The length of a name's opening word and its space right before a place ("Ал " of "Ал Танф"), else 0."""
    before = text[max(0, start - 8):start]
    for word in lexicon.words["name_openers"]:
        if before.endswith(" " + word + " ") and word[:1].isupper():
            return len(word) + 1
    return 0


def _article_before(text: str, start: int, language: str | None) -> int:
    """The length of an article and its space right before a place ("the " of "in the Rostov region"), else 0."""
    word = text[max(0, start - 8):start].rstrip().rsplit(None, 1)[-1:] if text[start - 1:start].isspace() else []
    return len(word[0]) + 1 if word and word[0].casefold() in frame_words(language, "articles") else 0


_FREE_ORDER = frozenset({"ru", "uk", "bg", "pl"})  # languages whose verb of leaving may follow the place it leaves
_RECEIVER_WORDS = re.compile(r"\s+(?:[^\W\d_]+\s+){0,3}")  # a modal or an auxiliary at most ("Baghdad could take over")


def _receptions(frame: str, view: SentenceView) -> list[Hit]:
    """The verbs of receiving that are the sentence's move (stages/frame_view.py made them triggers: a sender named
    after them), when no other trigger tells it ("Russia decided to send troops ... received from Iran")."""
    received = [h for h in view.labelled("receive")
                if any(t.start == h.start and t.end == h.end for t in view.labelled(frame))]
    # "accueilli des combattants venus du Mali": a phrase of coming from after the verb tells its sender, no other move
    came = {(o.start, o.end) for o in view.labelled("origin") if received and o.start >= received[0].end}
    others = [t for t in view.labelled(frame) if (t.start, t.end) not in came
              and not any(t.start == h.start and t.end == h.end for h in received)]
    return [] if others else received


def _over_a_number(spec: FrameSpec, view: SentenceView, start: int, end: int, words: list[str]) -> bool:
    """A number stands between a marker and a place, with no group counted by it ("In 5 anni Ankara ha ...", "Dal 2016
    Ankara ...", "En 5 ans Ankara a ..."): the marker opens a time, the place after it is the clause's subject; not "a
    110 colaboradores afganos", where the number counts the group moved."""
    return any(w.isdigit() for w in words) and not any(
        start <= m.start and m.end <= end and m.entity in spec.movable for m in view.mentions) and not any(
        start <= h.start and h.end <= end for h in view.hits if h.label in _PLACE_MARKERS)  # "en 2020 à Niamey"


_PLACE_MARKERS = frozenset({"origin", "destination", "locative", "via"})


def received(frame: str, view: SentenceView, trigger: Hit) -> bool:
    """The trigger is a verb of receiving that is the sentence's move ("took over 150 fighters from the Syrian
    side")."""
    return any(h.start == trigger.start and h.end == trigger.end for h in _receptions(frame, view))


_NEGATOR_AT_MOST = re.compile(r"\s+(?:(?:не|nie)\s+)?", re.IGNORECASE)


_SUBJECT_WORDS = 4  # words of a subject between a verb that comes first and the place it takes as its object
_SUBJECT_OPENERS = ("troops", "vague", "number_words", "doers")
_NISBA = ("ي", "ية", "يه", "يون", "يين")  # endings of an Arabic adjective of relation to a country


def _verb_marker(view: SentenceView, marker: Hit, frame: str, lexicon: FrameLexicon) -> bool:
    """A marker that is a verb coming first (a verb of reaching, or of leaving that is also a trigger: "غادرت")."""
    return lexicon.verb_first and marker.label in ("origin", "destination") and (
        marker.start == marker.end or any(t.start == marker.start and t.end == marker.end
                                          for t in view.labelled(frame)))


def _subject_opens(doc: Document, view: SentenceView, start: int, end: int) -> bool:
    """One of the first two words from ``start`` to ``end`` opens a group: a word for troops, a count, a named actor
    ("القوات التركية", "مئات المقاتلين", "مقاتلو فاغنر")."""
    opening = {w.start() for w in itertools.islice(re.finditer(r"\S+", doc.text[start:end]), 2)}
    opening = {start + o for o in opening}
    return any(h.start in opening and h.label in _SUBJECT_OPENERS for h in view.hits) or any(
        m.start in opening and m.kind not in ("place", "concept") for m in view.mentions) or any(
        doc.text[o].isdigit() for o in opening)


def _subject_before_object(doc: Document, view: SentenceView, marker: Hit, start: int, frame: str,
                           lexicon: FrameLexicon, previous_end: int) -> bool:
    """Where the subject follows the verb, a verb of entering, leaving or reaching may take its place as an object
    after its subject ("دخلت القوات التركية إدلب", "غادر مئات المقاتلين حلب", "وصلت التعزيزات مدينة سرت"): the words
    between open with the group, with no other marker, verb or clause break among them (a place noun may stand
    right before the name)."""
    gap = doc.text[marker.end:start]
    words = gap.split()
    # (a place in the subject is whose the group is: "القوات التركية")
    if marker.start < previous_end and not _subject_owner(doc, view, marker, previous_end, frame, lexicon, ends=True):
        return False
    if not _verb_marker(view, marker, frame, lexicon) or not words or len(words) > _SUBJECT_WORDS \
            or _CLAUSE_ENDS.search(gap) or not _subject_opens(doc, view, marker.end, start):
        return False
    noun = start - 1 - len(words[-1])  # the last word: a place noun that ties the name ("مدينة سرت")
    between = ("origin", "destination", "via", "bearing", "locative", frame)
    return not any(marker.end <= h.start and h.end <= start and h.label in between
                   and not (h.label == "locative" and h.start >= noun) for h in view.hits)


def _subject_owner(doc: Document, view: SentenceView, marker: Hit, start: int, frame: str,
                   lexicon: FrameLexicon, ends: bool = False) -> bool:
    """A place at ``start`` (or ending at it, with ``ends``) right after a word for troops, after a verb that comes
    first, is whose they are ("دخلت القوات التركية إدلب": Turkish), no object of the verb."""
    spot = next(((s, e) for s, e, _, _ in sentence_places(doc, view) if (e if ends else s) == start), None)
    # an adjective of relation ("التركية", "روسية", "الأمريكيون"); a name after the troops is the object ("حلب")
    return spot is not None and doc.text[spot[0]:spot[1]].endswith(_NISBA) and _verb_marker(
        view, marker, frame, lexicon) and any(marker.end <= h.start and h.end < spot[0]
                                              and not doc.text[h.end:spot[0]].strip() for h in view.labelled("troops"))


_SPEECH = ("attribution", "denial", "audience")


def _speakers_clauses(text: str, view: SentenceView) -> list[tuple[int, int]]:
    """The stretches between a speech cue and the complementizer that opens what it reports, when no verb of a move
    stands in them and one follows the complementizer ("told partners in Asia that arms would be sent to Kyiv": from
    "told" to "that"); a clause break after the cue ends the stretch too soon (no other clause of the speaker)."""
    moves = [h for h in view.hits if h.label in _VERBS_OF_MOVING]
    out = []
    for c in view.labelled("complementizer"):
        cue = max((h for h in view.hits if h.label in _SPEECH and h.end <= c.start), key=lambda h: h.end, default=None)
        if cue is None or not any(h.start >= c.end for h in moves) \
                or any(cue.end <= h.start < c.start for h in moves) \
                or CLAUSE_BREAK.search(text, cue.end, len(text[:c.start].rstrip(" ,"))):
            continue
        out.append((cue.end, c.start))
    return out


def roles(spec: FrameSpec, doc: Document, view: SentenceView, lexicon: FrameLexicon,
          stops: list[Slot] | None = None) -> tuple[list[Slot], list[Slot]]:
    """Origins and destinations: places right after their markers, in reading order. After an
    arrival ("landed near Termez", "приземлились под Термезом") a locative word marks the destination.
    The places after a via word ("via Istanbul", "через Стамбул") are neither: appended to ``stops``
    when given, for the route."""
    froms = {h.start for h in view.hits if h.label == "origin"}  # "arrivés de Mossoul": still where from
    landing = [Hit(h.start, h.end, "destination") for h in _locatives_of(doc, view, "arrival") if h.start not in froms]
    # an arrival phrase that ends in its own locative word ("landed in", "~land at"): the place right after it
    landing += [Hit(a.end, a.end, "destination") for a in view.labelled("arrival")
                if _ENDS_IN_LOCATIVE.search(doc.text[a.start:a.end])]
    # "in Niamey gestartet": where a departure that ends its clause was, the origin (after the verb a locative
    # word often says where to: "отправились в Сирию")
    landing += [Hit(h.start, h.end, "origin") for h in _locatives_of(doc, view, "departure", after=False)]
    # "передали Іраку": handed over to a state in the dative, with no marker; "a rejoint Malanville", "reached
    # Niamey": the place reached is the verb's object
    landing += [Hit(h.end, h.end, "destination") for h in (*view.labelled("handover"), *view.labelled("reach"))
                if not in_range(view, h)]  # not "missiles deployed in Poland can reach Moscow": a range
    landing += _deployed_to(doc, view)  # "deployed 300 troops in Estonia": where to
    received = _receptions(spec.name, view)
    # "تسلم العراق 150 عنصرا من ... الجانب السوري": where the verb comes first, the receiver after it is where they went
    landing += [Hit(h.end, h.end, "destination") for h in received if lexicon.verb_first]
    received = [] if lexicon.verb_first else received
    held = view.labelled("held")  # "détenus dans le camp de Roj", "held in al-Hol": where they were, the origin
    held += _opening_once_in(doc.text, view)  # "Una vez en Darfur, ...": where they already were, too
    # a phrase of loading onto a vehicle, both a trigger and a word of holding ("loaded onto", "погрузили на")
    loading = [t for t in view.labelled(spec.name) if any(h.start == t.start and h.end == t.end for h in held)]
    landing += [Hit(h.start, h.end, "origin") for h in view.hits
                if h.label == "locative" and any(0 <= h.start - x.end <= 3 for x in held)]
    # "passé par Medyka", "pasado por Manzanillo": a transit phrase's own preposition is a via word
    landing += [Hit(h.end, h.end, "via") for h in view.labelled("transit") if len(doc.text[h.start:h.end].split()) > 1]
    # "via Istanbul", "через Газіантеп", "a través de Gaziantep": a stop on the way, neither end
    # "al este de Mosul", "к югу от Ракки": a landmark a bearing is taken from, neither end either
    agentive = _agentive_via(doc.text, view, spec.name)
    # "left Raqqa for Deir ez-Zor": "for" between two places (never "pour être débarquée à Conakry")
    spots = sentence_places(doc, view)
    leave_for = [h for h in view.labelled("leave_for") if any(0 < s - h.end <= _FOR_REACH for s, _, _, _ in spots)
                 and any(0 <= h.start - e <= _LEFT_FOR_GAP for _, e, _, _ in spots)]
    # "left for Syria", "erano partiti per la Siria", "sont partis pour la Syrie": right after the verb, where to
    verb_ends = {h.end for h in view.hits if h.label in (spec.name, "origin") and h.end > h.start}
    # (also after a place: "a Nigéria enviou para Bissau" is no "left Raqqa for Deir ez-Zor")
    # (or after the verb's object: "изпращала боеприпаси за Украйна", "натоварени на кораб за Одеса")
    set_off_for = [h for h in view.labelled("leave_for")
                   if any(0 < s - h.end <= _FOR_REACH for s, _, _, _ in spots)
                   and any(h.start - e == 1 or _OBJECT_BETWEEN.fullmatch(doc.text, e, h.start) for e in verb_ends)]
    # Bulgarian "на" is "to" after the object of a verb of giving ("достави 18 танка на Украйна"), "of" after a noun
    # or a word for troops ("изтеглянето на Франция", "изтегли войските на САЩ"): an object must stand between
    # (never after "от X": "от района на Ал Кусайр"; nor before a place's adjective: "членове на Африканския корпус")
    if doc.language == "bg":
        troops_ends = {t.end for t in view.labelled("troops")}
        move_ends = {h.end for h in view.labelled(spec.name) if h.end > h.start}
        role_marks = [h for h in view.hits if h.label in ("origin", "destination", "via")]

        def to_whom(h: Hit) -> bool:
            return doc.text[h.start:h.end].casefold() == "на"

        counting = {q.start: q.end for key in ("negative_quantifier", "any_quantifier") for q in view.labelled(key)}

        def given_after(h: Hit, e: int) -> bool:  # the verb's object, with no marker of its own, between them
            # before "за", the quantifier that counts the object is none of its words ("не е изпращан нито един вагон
            # с оръжие за Грузия", "каквато и да е военна техника за Грузия"; not before "на": "нито един военен
            # кораб на САЩ" is of the United States)
            e = counting.get(e + 1, e) if doc.text[e:e + 1].isspace() and not to_whom(h) else e
            return bool(_LONG_OBJECT.fullmatch(doc.text, e, h.start)) and not any(
                e <= m.start and m.end <= h.start for m in role_marks)

        given = [h for h in view.labelled("leave_for") if h.start - 1 not in troops_ends and any(
            0 < s - h.end <= _FOR_REACH and not _BG_ADJECTIVE.match(doc.text, s) for s, _, _, _ in spots)]
        set_off_for = [h for h in set_off_for if not to_whom(h)]
        set_off_for += [h for h in given if h not in set_off_for
                        and any(given_after(h, e) for e in (move_ends if to_whom(h) else verb_ends))]
        leave_for = [h for h in leave_for if not to_whom(h)] + [h for h in set_off_for if to_whom(h)]
    leave_for += [h for h in set_off_for if h not in leave_for]
    speech = [h.end for h in view.labelled("attribution")]
    # "due to leave Idlib for Poland": "to" right before a verb of the move opens its infinitive, no place
    verbs = [h for h in view.hits if doc.language == "en" and h.label in (spec.name, "origin", "departure", "arrival")
             and h.end > h.start and doc.text[h.start:h.end].casefold() not in lexicon.role_words]
    infinitive = {(h.start, h.end) for h in view.hits if verbs and doc.text[h.start:h.end] == "to"
                  and any(v.start == h.end + 1 for v in verbs)}
    markers = sorted([h for h in view.hits if h.label in ("origin", "destination", "via", "bearing")
                      and (h.start, h.end, h.label) not in agentive
                      and not (h.label == "via" and _time_after(doc.language).match(doc.text, h.end))
                      # "a video claims to show US planes": "to" after a speech verb opens an infinitive
                      and not (doc.language == "en" and doc.text[h.start:h.end] == "to"
                               and any(0 <= h.start - e <= 1 for e in speech))
                      and (h.start, h.end) not in infinitive] + leave_for + landing +
                     _loaded_at(doc, _trigger_tails(doc.text, view.labelled(spec.name), lexicon), loading),
                     key=lambda h: h.start)
    # "a man originally from India", "originaire du Maroc", "родом из Сирии": where someone comes from, no end of the
    # move; the provenance phrase stands for its own "from", and the place after it is neither end
    provenance = view.labelled("provenance")
    markers = sorted([h for h in markers if not any(p.start <= h.start and h.end <= p.end for p in provenance)]
                     + provenance, key=lambda h: h.start)
    # a marker's word inside a name is the name's ("al" in "al-Hol", "de" in "Deir ez-Zor" written "De ...",
    # Spanish "al" in "Al-Qaeda")
    named = [(s, e) for s, e, _, _ in spots]
    named += [(m.start, m.end) for m in view.mentions if m.kind != "concept"]
    markers = [h for h in markers if not any(s <= h.start and h.end <= e for s, e in named)]
    # a marker phrase that ends in an article opening the name after it ("vers La Réunion", "a La Palma": the
    # phrases "vers la", "a la") ends where the name starts
    markers = [_cut_at_name(h, named) for h in markers]
    locatives = [_cut_at_name(h, named) for h in view.hits if h.label == "locative"]  # "au port de La Rochelle"
    locatives += compass_links(doc, view)  # "إلى محاور القتال جنوب مأرب": a compass word links as a locative word does
    # a marker right after another is its article ("vers des hôpitaux de Niamey": "des" is "some", not "from")
    lexical = [h for h in view.hits if h.label in ("origin", "destination") and (h.start, h.end) not in infinitive]
    # (after a verb of reaching too: "rejoindre des groupes armés près de Banfora", "des" is "some")
    openers = [*lexical, *view.labelled("reach")]
    # (not the "aus" that closes German "von Bremen aus": "von Bremen aus nach Kiew", the next marker is "to")
    # (nor a destination marker right after a verb of leaving or fleeing, whose object would be the origin: "fled
    # to Chad", "бежали в Чад" go there)
    # (where the verb may come before its object, "покинули в спешке Ракку", the marker may still be another's)
    leaving_verbs = _move_verbs(view, spec.name)
    articles = {id(h) for h in lexical if " " not in doc.text[h.start:h.end]  # one word ("des"), not "partir pour"
                and any(g.end < h.start and not doc.text[g.end:h.start].strip()
                        and not (doc.language == "de" and doc.text[g.start:g.end].casefold() == "aus")
                        and not _went_where_fled(doc, g, h, leaving_verbs)
                        for g in openers)}
    markers = [h for h in markers if id(h) not in articles]
    origins: list[Slot] = []
    destinations: list[Slot] = []
    # verbs of leaving at the end of a verb-final clause (German): no one-word marker of the lexicon
    leaving = [h for h in view.hits if h.label == "origin" and lexicon.verb_final
               and " " not in doc.text[h.start:h.end] and doc.text[h.start:h.end].casefold() not in lexicon.role_words]
    # ... and in a free word order, the place right before the verb, a negator at most between ("жоден підрозділ
    # Бенгазі не залишав", "ни один боевик Ракку не покидал")
    left_before = [h for h in view.hits if h.label == "origin" and doc.language in _FREE_ORDER
                   and " " not in doc.text[h.start:h.end]
                   and doc.text[h.start:h.end].casefold() not in lexicon.role_words]
    previous_end = view.sentence.start
    last: tuple[Hit, Slot, bool] | None = None  # the marker, slot and country-ness of the last place taken
    named_before, country_before = -1, False  # where the place before this one ends, and if it is a country
    lies_in = view.labelled("lies_in")
    speakers = _speakers_clauses(doc.text, view)
    for start, end, place, _entity in sentence_places(doc, view):
        slot = place_slot(doc.text, start, end, place, doc.language)
        if any(a <= start < b for a, b in speakers):
            # "told partners in the Indo-Pacific that all such weapons would go to Ukraine", "казаха на партньорите
            # си в Индо-Тихоокеанския регион, че ...": where the speaker or the audience is, neither end of the
            # move the clause after the complementizer tells
            previous_end = end
            continue
        is_country = place is not None and place.kind == "country"
        after, named_before = named_before, end
        before_country, country_before = country_before, is_country
        if is_country and _owns_what_is_near(doc, view, start, end, spec.movable):
            # "landed near US bases in eastern Syria", "cerca de bases de Estados Unidos": whose the bases near
            # which they landed are, neither end of the move
            previous_end = end
            continue
        # (a country before: "to the Turkish province of Hatay" names the place after it, as _tied reads)
        if after >= 0 and not before_country and _lies_in(doc.text, view, markers, lies_in, after, start):
            # "du camp d'al-Hol, dans la province de Hassaké, vers ...": where al-Hol lies, neither end (kept as
            # al-Hol's broader name when al-Hol was taken)
            if last is not None and last[1].end == after:
                last = _with_broader(last, slot, origins, destinations)
            previous_end = end
            continue
        if last is not None and last[1].end == after and (_near_locator(doc.text, view, last[1], slot, lexicon)
                                                          or _set_off_locator(doc.text, view, last[1], slot)
                                                          or _in_holder(doc.text, view, last[1], slot)):
            # "auf dem Fliegerhorst Wunstorf bei Hannover", "a Kandi, en Benín": where the place before lies
            last = _with_broader(last, slot, origins, destinations)
            previous_end = end
            continue
        if last is not None and last[2] and not is_country and _tied(doc.text, view, last[1].end, start, spec.name):
            # "to the US base at al-Tanf", "на американскую базу Эт-Танф": the country named the base
            roles = origins if last[0].label == "origin" else destinations
            roles[roles.index(last[1])] = slot
            last, previous_end = (last[0], slot, False), end
            continue
        if last is not None and _joined_places(doc.language).fullmatch(doc.text, last[1].end, start):
            # "a Colombia y México", "в Турцию и Ливию": the place joined by "and" has the same role
            (origins if last[0].label == "origin" else destinations).append(slot)
            last, previous_end = (last[0], slot, is_country), end
            continue
        # The marker must be the last one before the place, with at most two short words
        # ("to the", "в район") and no other place between them.
        marker = next((h for h in reversed(markers) if h.end <= start), None)
        marker = _defer(doc, view, markers, marker, previous_end, spec.movable, (lexicon, end, start))
        # a marker that reaches over a locative word governs the noun: when the noun's case says where
        # to, so does the marker ("на военный аэродром в Жешуве", "в северную часть Сирии" went; "на
        # базе в Ираке" stayed)
        noun_end = end if marker is None or not any(marker.end <= h.start and h.end <= start
                                                    for h in locatives) else _noun_end(doc.text, marker.end, start)
        gap = doc.text[marker.end:start] if marker else ""
        words = gap.split()
        # (the word that opens the name may stand between: "в базата Ал Танф", where GeoNames gives "Танф")
        opened = _opener_before(doc.text, start, lexicon)
        # (an article too, after a kind of place: "to a camp in the Rostov region"; not "trying to recruit teenagers
        # in the camps", where no place lies between the marker and the locative)
        if marker is not None and any(marker.end <= p.start and p.end <= start for p in view.labelled("place_noun")):
            opened += _article_before(doc.text, start, doc.language)
        # (a German adjective of a state or a region may stand between: "von ihrem Stützpunkt im polnischen Rzeszów")
        linked = any((start - h.end <= 2 + opened or (doc.language == "de" and _GERMAN_STATE_ADJECTIVE.fullmatch(
            doc.text, h.end, start))) and h.end <= start and marker is not None and h.start >= marker.end
                     for h in locatives)
        # (a kind of place right before the name, one qualifying word before it at most, an article before that:
        # "до странджанското село Звездец", "в приграничное село Заречное", "to the border village Zvezdets": the
        # name in apposition to its kind)
        linked = linked or (marker is not None and (len(words) == 2 or (len(words) == 3 and len(words[0]) <= 3))
                            and _kind_before_name(doc.text, view, marker, start))
        reaches = (marker is not None and marker.start >= previous_end and not _WORDY.search(gap)
                   and not _over_a_number(spec, view, marker.end, start, words)
                   and (((len(gap) <= MARKER_GAP or (len(words) == 1 and len(gap) <= _one_word_gap(doc.language)))
                          and "," not in gap  # "En agosto de 2017, Rusia denunció"
                         and (len(words) <= 1 or (len(words) == 2 and len(words[0]) <= 3)))
                        or (linked and sum(len(w) > 2 for w in words) <= _LINKED_WORDS)))
        # (a verb that comes first, its subject, then the place it enters, leaves or reaches)
        reaches = (reaches or (marker is not None and _subject_before_object(doc, view, marker, start, spec.name,
                                                                             lexicon, previous_end))) \
            and not (marker is not None and _subject_owner(doc, view, marker, start, spec.name, lexicon))
        if reaches and marker is not None and _infinitive_to(doc, marker, words):
            continue  # "to sever US relations", "to learn German": "to" opens an infinitive, the place is its object's
        if reaches and marker is not None and marker.label == "bearing":
            marker = _bearing_role(doc.text, markers, marker, previous_end)
        previous_end = end
        if reaches and marker is not None and marker.label == "via" and stops is not None:
            stops.append(slot)
        if reaches and marker is not None and marker in set_off_for:
            marker = Hit(marker.start, marker.end, "destination")
        elif reaches and marker is not None and marker.label == "leave_for":
            # "left the Kobani area for Erbil": "for" right after the place left says where to; elsewhere nothing
            left = origins[-1] if origins else None
            if left is None or not (0 <= marker.start - left.end <= _LEFT_FOR_GAP) or len(words) > 1 \
                    or CLAUSE_BREAK.search(doc.text, left.end, marker.start):  # (not "for training in Iraq")
                continue
            marker = Hit(marker.start, marker.end, "destination")
        if (marker is None or not reaches) and any(
                h.start >= end and not _CLAUSE_ENDS.search(doc.text, end, h.start)
                and not any(end < p < h.start and not _marked_to(markers, end, p) for p, _, _, _ in spots)
                for h in leaving):
            # "hatten Mali bereits am 15. August verlassen": a verb-final clause leaves the place before the verb (a
            # place marked as where to may stand between them: "haben Rakka in Richtung Irak verlassen")
            origins.append(slot)
            last = (Hit(start, start, "origin"), slot, is_country)
            continue
        if (marker is None or not reaches) and any(_RECEIVER_WORDS.fullmatch(doc.text, end, h.start)
                                                   and not _accompanied(doc, view, start) for h in received):
            # "Iraq took over 150 IS fighters from the Syrian side": who received them, where they went
            destinations.append(slot)
            last = (Hit(start, start, "destination"), slot, is_country)
            continue
        if (marker is None or not reaches) and any(_NEGATOR_AT_MOST.fullmatch(doc.text, end, h.start)
                                                   for h in left_before):
            origins.append(slot)
            last = (Hit(start, start, "origin"), slot, is_country)
            continue
        if marker is None or not reaches or marker.label in ("via", "bearing", "provenance") \
                or _border_with(doc.text, view, marker):
            continue  # ("nahe der Grenze zu Äthiopien", "у границы с Турцией": where a place lies, no end)
        if _border_link(doc, view, marker, start, end):
            if destinations:
                continue  # "в Бадахшан, к границе с Таджикистаном": where the place named before lies
            marker = Hit(marker.start, marker.end, "destination")
        if _with_partner(doc, view, marker, start):
            continue  # "razem z Polską", "вместе с Казахстаном": a partner named in the instrumental, no end
        if marker.label == "origin" and _shielded_from(doc, view, marker):
            continue  # "to protect the rebels from Russia", "to shield the convoy from Iran": kept off, no origin
        if marker.label == "origin" and _owner_before_infinitive(doc, view, end):
            continue  # "la promesa de Alemania de enviar tanques": whose promise, not where from
        if marker.label == "origin" and _owner_of_means(doc.text, view, marker, start, spec.name):
            continue  # "Helicópteros del Ejército de Estados Unidos evacuaron": whose helicopters, not where from
        if marker.label == "origin" and is_country and doc.language == "es" \
                and _owner_of_troops(doc.text, view, marker, doc.language):
            continue  # "250 marines de Estados Unidos": whose marines, not where from
        if last is not None and _locates(doc.text, last[1], slot):
            # "du camp d'al-Hol, dans le nord-est de la Syrie, vers ...": where al-Hol lies, kept as its broader name
            last = _with_broader(last, slot, origins, destinations)
            continue
        if (marker.label == "destination" and marker not in landing
                and ((any(0 <= marker.start - h.end <= 3 for h in held)
                      and any(h.label == "locative" and h.start == marker.start for h in view.hits))
                     or any(_held_there(doc.text, view, h, marker, start, spots, spec.name) for h in loading))):
            # "held in al-Hol", "détenus dans le camp de Roj": where they were ("détenus vers Bagdad" went)
            marker = Hit(marker.start, marker.end, "origin")
        elif (marker.label == "destination" and marker not in landing and _static(doc.text, marker, end, lexicon)
              and not _axis_named(doc.text, view, end, lexicon)
              and _shows_case(doc.text[start:end], place, doc.language)
              and not _feminine_accusative(doc.text[start:end], place)
              and _static(doc.text, marker, noun_end, lexicon)):
            if not _into_a_noun_there(doc.text, view, markers, marker, lexicon):
                continue  # "в Ираке": in Iraq, not into it; "в Мали" shows no case and follows the verb
        if marker.label != "origin" and destinations and (_narrows(doc.text, view, destinations[-1], slot)
                                                          or _after_axis(doc, view, destinations[-1], slot)):
            # "an die Front in Bergkarabach, vor allem in die Gegend um Hadrut": where in it, not a stop after it
            destinations[-1] = placed_in(slot, destinations[-1])
            last = (marker, destinations[-1], is_country)
            continue
        (origins if marker.label == "origin" else destinations).append(slot)
        last = (marker, slot, is_country)
    if not destinations:
        destinations = _named_destination(doc, view, origins)
    return origins, destinations


def _kind_before_name(text: str, view: SentenceView, marker: Hit, start: int) -> bool:
    """A word for a kind of place (``place_noun``) after the marker ends right before the name, a space between."""
    return any(marker.end <= p.start and p.end < start and not text[p.end:start].strip()
               for p in view.labelled("place_noun"))


_SHIELD_GAP = 60  # characters from a verb of protecting back from its "from" ("protect the Syrian rebels from")
_WORDS_BEFORE = re.compile(r"([^\W\d_]+)((?:[ \u00a0]+[\w'\u2019-]+){0,4})[ \u00a0]+$")


def _opening_once_in(text: str, view: SentenceView) -> list[Hit]:
    """The "once in" words (`once_in`) that open their sentence or a clause after a comma ("Una vez en Darfur, ...",
    "Secondo la fonte, una volta in Libia ..."); not inside one, where they count a time ("mandati ancora una volta in
    Libia", "envoyés encore une fois en Libye": once more, to Libya)."""
    return [h for h in view.labelled("once_in")
            if not text[view.sentence.start:h.start].rpartition(",")[2].strip(" \t\n\"«“(")]


def _shielded_from(doc: Document, view: SentenceView, marker: Hit) -> bool:
    """An origin word a few words after a verb of protecting, with no verb of the move between: what the object is
    kept from ("to protect the rebels from Russia", "to shield the convoy from Iran"), no place the move left."""
    verbs = frame_words(doc.language, "shield_verbs")
    if not verbs:
        return False
    floor = max(view.sentence.start, marker.start - _SHIELD_GAP)
    text = doc.text[floor:marker.start]
    for at in range(len(text)):
        if at and text[at - 1].isalnum():
            continue
        found = _WORDS_BEFORE.fullmatch(text, at)
        if found is None or found.group(1).casefold() not in verbs or _CLAUSE_ENDS.search(found.group(2)):
            continue
        start = floor + at
        return not any(start < h.start < marker.start for h in view.labelled("relocation"))
    return False


# English words that stand between "to" and a place as its modifier ("to the", "to eastern", "to neighbouring",
# "to rebel-held", "to mainland"): determiners, quantifiers and the modifiers of a place that no verb is written as
_EN_MODIFIERS = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these", "those", "both",
    "all", "other", "another", "some", "many", "several", "each", "either", "neither", "various", "nearby",
    "mainland", "upper", "lower", "greater", "inner", "outer", "far", "north", "south", "east", "west", "northeast",
    "northwest", "southeast", "southwest", "northern", "southern", "eastern", "western", "rebel", "frontline",
    "same", "new", "occupied", "former", "neighboring", "neighbouring", "besieged", "so-called", "war-torn"})
# the forms only a modifier takes: a compass adjective, a participle ("occupied", not "need"), a long present
# participle ("neighbouring", not "bring"), an adjective in -al/-ic ("central", "coastal", "Baltic"; not "reveal")
_EN_MODIFIER_FORM = re.compile(r"(?:north|south)?(?:east|west)?ern|\w+(?<!e)ed|\w{4,}ing|\w+(?<!e)al|\w+ic|.*[-\d].*")


def _infinitive_to(doc: Document, marker: Hit, words: list[str]) -> bool:
    """English "to" with one word before the place that is no capitalised name nor a modifier of a place: a bare verb,
    so "to" opens its infinitive ("to sever US relations", "to learn German", "to help Syria"), no place it leads to
    (not "to eastern Ukraine", "to neighbouring Poland", "to the US", "to rebel-held Idlib")."""
    if doc.language != "en" or doc.text[marker.start:marker.end].casefold() != "to" or len(words) != 1:
        return False
    word = words[0]
    return word.islower() and word not in _EN_MODIFIERS and not _EN_MODIFIER_FORM.fullmatch(word)


def _named_destination(doc: Document, view: SentenceView, origins: list[Slot]) -> list[Slot]:
    """The first place after a word for the destination ("Their final destination, he added, is the province of
    Badghis", "Конечным пунктом, по данным агентства, стала авиабаза Айн-эль-Асад"), no origin: where the move went."""
    nouns = view.labelled("destination_noun")
    if not nouns:
        return []
    after = [(s, e, p) for s, e, p, _ in sentence_places(doc, view)
             if s >= nouns[0].end and not any(o.start == s for o in origins)]
    return [place_slot(doc.text, *after[0], doc.language)] if after else []


_NEAR_NOUN_WORDS = 4  # words at most between a word of nearness and the state that owns the noun near it


def _owns_what_is_near(doc: Document, view: SentenceView, start: int, end: int, movable: frozenset[str]) -> bool:
    """A state named right after a word of nearness as the owner of a common noun ("near US bases", "cerca de
    bases de Estados Unidos", "près des bases des États-Unis"): the noun is where something is, the state
    whose it is, no place of the move (not "near the town of Termez", whose name follows the noun)."""
    text = doc.text
    near_words = tuple(" " + w.casefold() for w in frame_lexicon(doc.language).words["near"])
    nearness = [h for h in view.hits if h.end <= start and (h.label == "near" or (
        h.label in MOVE_VERB_KEYS and (" " + text[h.start:h.end].casefold()).endswith(near_words)))]
    if not nearness:
        return False
    near = max(nearness, key=lambda h: h.end)
    gap = text[near.end:start]
    if CLAUSE_BREAK.search(gap) or len(gap.split()) > _NEAR_NOUN_WORDS or re.search(r"\d", gap):
        return False
    inside = [h for h in view.hits if near.end <= h.start and h.end <= start]
    # a marker of its own in the gap ("near the border from Syria"), other than the genitive word that ties the
    # state to the noun, or a border or capital: the place is an end or a place named by its noun
    if any(h.label in ("frontier", "capital", "origin", "destination") and text[h.end:start].strip()
           for h in inside) or any(near.end <= m.start and m.end <= start and m.kind != "concept"
                                   for m in view.mentions) or any(
            near.end <= m.start and m.end <= start for m in view.mentions if m.entity in movable):
        # (nor a group: "около 500 боевиков ИГ из Афганистана", a count and whom it counts)
        return False
    hit_words = {text[h.start:h.end].casefold() for h in inside}
    nouns = [w for w in re.findall(r"[^\W\d_]+", gap) if len(w) > 3 and w.islower() and w.casefold() not in hit_words]
    if not gap.strip():
        # "near US bases": a common noun right after the state's name
        following = re.match(r"\s+([^\W\d_]+)", text[end:view.sentence.end])
        return bool(following and len(following.group(1)) > 3 and following.group(1).islower()
                    and not any(h.start == end + following.start(1) for h in view.hits))
    # "cerca de bases de Estados Unidos": a noun, then the genitive word that ties the state to it
    return bool(nouns) and any(h.label == "genitive" and h.end <= start and not text[h.end:start].strip()
                               for h in inside)


def _agentive_via(text: str, view: SentenceView, frame: str) -> set[tuple[int, int, str]]:
    """Via words that are passive markers too, right after the verb of the move: there they introduce who moved
    the group ("przewiezionych przez Stany Zjednoczone": by the US), elsewhere a stop on the way ("z Syrii przez
    Turcję na Ukrainę": via Turkey)."""
    passive = {(h.start, h.end) for h in view.hits if h.label == "passive_agent"}
    verbs = [h for h in view.hits if h.label in (frame, *MOVE_VERB_KEYS)]
    return {(h.start, h.end, h.label) for h in view.hits if h.label == "via" and (h.start, h.end) in passive
            and any(v.end < h.start and not text[v.end:h.start].strip() for v in verbs)}


def _one_word_gap(language: str | None) -> int:
    """Characters one word between a marker and its place may take: more where nouns are written as compounds."""
    return _ONE_COMPOUND_GAP if language == "de" else _ONE_WORD_GAP


def _marked_to(markers: list[Hit], end: int, place: int) -> bool:
    """A destination marker stands between a place's end and the start of a later place: that place is where to."""
    return any(m.label == "destination" and end <= m.start and m.end <= place for m in markers)


def _marked_between(view: SentenceView, end: int, start: int) -> bool:
    """An origin or destination marker stands in the gap between a name and a place ("Stany Zjednoczone z
    Rakki"): the place is where the move went or came from, not the name's own."""
    return any(h.label in ("origin", "destination") and end < h.start and h.end < start for h in view.hits)


def _cut_at_name(marker: Hit, named: list[tuple[int, int]]) -> Hit:
    """The marker (or locative word), ending where a name that starts inside it begins (its last word is the name's
    article: "vers La Réunion", "au port de La Rochelle")."""
    if marker.label not in ("origin", "destination", "locative"):
        return marker
    cut = [s for s, e in named if marker.start < s < marker.end <= e]
    return Hit(marker.start, min(cut), marker.label) if cut else marker


_HELD_REACH = 40  # characters from a word of holding or loading to the locative word after its object


def _held_there(text: str, view: SentenceView, loading: Hit, marker: Hit, place_start: int,
                spots: list[FoundPlace], frame: str) -> bool:
    """A locative word, from the place's marker on, after the vehicle a group was loaded onto (``loading``, a trigger:
    not "stationed"), in the same clause ("loaded onto a freighter in the port of Genoa", "погрузили на судно в порту
    Актау", "caricati su una nave nel porto di Livorno"): where they were, with no place and no verb of the move
    between."""
    at = next((h.start for h in view.hits if h.label == "locative" and marker.start <= h.start < place_start
               and h.start >= loading.end), None)
    return (at is not None and 0 < at - loading.end <= _HELD_REACH and not _CLAUSE_ENDS.search(text, loading.end, at)
            and not any(loading.end <= s and e <= at for s, e, _, _ in spots)
            and not any(loading.end <= h.start and h.end <= at
                        and h.label in (frame, *MOVE_VERB_KEYS, "origin", "destination", "leave_for")
                        for h in view.hits))


_DEPLOY_WORDS = 6  # words from a verb of deploying to the locative word after its object


def _deployed_to(doc: Document, view: SentenceView) -> list[Hit]:
    """The locative word after a verb of deploying and its object, a word for troops ("deployed 300 troops in
    Estonia", "desplegó 300 soldados en Letonia", "развернула войска в Белоруссии"): where they were sent, in the same
    clause. Troops before the verb ("troops deployed in Estonia", "soldados desplegados en Letonia") are where they
    are, no move."""
    out = []
    for verb in view.labelled("deploy"):
        troops = [t for t in view.labelled("troops") if verb.end <= t.start]
        after = sorted((h for h in view.hits if h.label == "locative" and troops and troops[0].end <= h.start),
                       key=lambda h: h.start)
        if after and len(doc.text[verb.end:after[0].start].split()) <= _DEPLOY_WORDS \
                and not _CLAUSE_ENDS.search(doc.text, verb.end, after[0].start) and not any(
                verb.end <= h.start and h.end <= after[0].start and h.label in ("origin", "destination", "via")
                for h in view.hits):
            out.append(Hit(after[0].start, after[0].end, "destination"))
    return out


def _locatives_of(doc: Document, view: SentenceView, label: str, after: bool = True) -> list[Hit]:
    """The locative words that say where an arrival or departure (``label``) took place: after it (when
    ``after``), or before it in its clause when the verb ends the clause ("bei Kabul abgesetzt", "in Kabul
    gelandet", "in Rukla eingetroffen seien") or the locative opens the clause ("dass in Rukla neue Panzer
    eingetroffen seien", "que em Luanda tenham chegado", "jakoby w Rzeszowie wylądowali")."""
    verbs = view.labelled(label)
    final = [a for a in verbs if _CLAUSE_END_AFTER.match(doc.text, a.end, view.sentence.end)
             or _auxiliary_ends(doc, a.end, view.sentence.end)]
    opening = {h.start for h in view.hits if h.label == "locative" and _opens_clause(doc, view, h)}
    return [h for h in view.hits if h.label == "locative"
            and ((after and any(a.end <= h.start for a in verbs))
                 or any(h.end <= a.start and "," not in doc.text[h.end:a.start]
                        and not _WORDY.search(doc.text[h.end:a.start])
                        and (a in final or (h.start in opening and a.start - h.end <= _OPENING_REACH)) for a in verbs))]


_OPENING_REACH = 60  # characters from a locative opening a clause to the arrival verb it says where of


def _opens_clause(doc: Document, view: SentenceView, h: Hit) -> bool:
    """The locative word comes right after a complementizer ("dass in", "que em", "что в", "qu'à"): it opens the
    clause, whose verb it says where of, wherever the subject stands."""
    return any(0 <= h.start - c.end <= 1 and not doc.text[c.end:h.start].strip()
               for c in view.labelled("complementizer"))


def _auxiliary_ends(doc: Document, at: int, end: int) -> bool:
    """Only an auxiliary stands between the verb and its clause's end ("eingetroffen seien.", "gelandet sind,")."""
    word = re.match(r"\s+(\w+)", doc.text[at:end])
    return word is not None and word.group(1).casefold() in frame_words(doc.language, "auxiliary") \
        and bool(_CLAUSE_END_AFTER.match(doc.text, at + word.end(), end))


def placed_in(place: Slot, broader: Slot) -> Slot:
    """``place`` as lying in ``broader``: its ``within`` the broader place, then the places that one lies in, each
    without a chain of its own ("Termez" within "Central Asia")."""
    return replace(place, within=(replace(broader, within=()), *broader.within))


def _with_broader(last: tuple[Hit, Slot, bool], broader: Slot, origins: list[Slot],
                  destinations: list[Slot]) -> tuple[Hit, Slot, bool]:
    """The place last taken, given ``broader`` as a name of where it lies, in its role's list and as returned."""
    marker, place, is_country = last
    roles = origins if marker.label == "origin" else destinations
    located = replace(place, within=(*place.within, replace(broader, within=())))
    roles[roles.index(place)] = located
    return marker, located, is_country


def _narrows(text: str, view: SentenceView, before: Slot, slot: Slot) -> bool:
    """A narrowing word ("especially", "vor allem", "в частности") between two destinations, in one clause."""
    return any(before.end <= h.start and h.end <= slot.start for h in view.labelled("narrowing")) \
        and not _WORDY.search(text, before.end, slot.start)


def _after_axis(doc: Document, view: SentenceView, before: Slot, slot: Slot) -> bool:
    """A place set off by a comma right after an axis says where on it ("на запорізький напрямок, у район
    Гуляйполя"): the destination, the axis its broader name."""
    gap = doc.text[before.end:slot.start]
    return gap.lstrip().startswith(",") and len(gap.split()) <= 3 and not _WORDY.search(gap) \
        and any(a == before.start and b == before.end for a, b, _ in axes(doc, view))


def _lies_in(text: str, view: SentenceView, markers: list[Hit], regions: list[Hit], after: int, start: int) -> bool:
    """Between the place before (ending at ``after``) and this one (at ``start``) a region's noun says where
    the place before lies: "al-Hol, in the province of Hasakah", "Хмеймим у провінції Латакія". Set off
    by a comma, or tied by locative words alone: "from Raqqa to the province of Idlib" still went there."""
    gap = text[after:start]
    inside = [h for h in regions if after <= h.start and h.end <= start]
    if _WORDY.search(gap) or len(re.findall(r"\w+", gap)) > _LIES_IN_WORDS or not inside:
        return False
    if "," in text[inside[-1].end:start] or len(text[inside[-1].end:start].split()) > 3:
        return False  # "from Raqqa, on the bank of the Euphrates, to Erbil": the region's name came between
    if gap.lstrip().startswith(","):
        return True
    locatives = {h.start for h in view.hits if h.label == "locative"}
    return all(h.start in locatives for h in markers if after <= h.start and h.end <= start)


#: characters from a place to the destination marker that makes "from X to Y" of a genitive-looking origin
_ROUTE_REACH = 40


def _owner_of_troops(text: str, view: SentenceView, marker: Hit, language: str | None) -> bool:
    """An origin marker that is also a genitive right after a word for troops (Spanish "marines de Estados Unidos",
    "militares de Rusia"): the country after it is whose troops they are; not after troops a possessive already
    owns ("retiró sus tropas de Malí", "sus 5.000 soldados de Malí": where from)."""
    return any(h.label == "genitive" and h.start == marker.start for h in view.hits) and any(
        h.label == "troops" and 0 < marker.start - h.end <= 1 and not text[h.end:marker.start].strip()
        and not _possessed(text, h.start, language) for h in view.hits)


_POSSESSED_WORDS = 3  # words from a possessive to the troops it owns ("sus 5.000 soldados")


def _possessed(text: str, start: int, language: str | None) -> bool:
    """A possessive ("sus", "their") among the few words before ``start``, in its clause."""
    before = re.split(r"[,;:]", text[max(0, start - 40):start])[-1].split()[-_POSSESSED_WORDS:]
    return any(w.casefold() in frame_words(language, "possessive") for w in before)


def _owner_of_means(text: str, view: SentenceView, marker: Hit, start: int, frame: str) -> bool:
    """A place after a means word and an origin marker that is also a genitive, before the verb, owns
    the means ("aviones de la coalición habían sacado", "les hélicoptères de l'armée française ont
    évacué"): the mover, not the origin."""
    triggers = [h.start for h in view.hits if h.label in (frame, "arrival", "departure")]
    if not triggers or start > min(triggers):
        return False
    if not any(h.label == "genitive" and h.start == marker.start for h in view.hits):
        return False  # "per Hubschrauber aus Deir Ezzor ausgeflogen": "aus" says where from, never whose
    if any(h.label == "destination" and start < h.start <= start + _ROUTE_REACH
           and not CLAUSE_BREAK.search(text, start, h.start) and not any(start < t < h.start for t in triggers)
           for h in view.hits):
        return False  # "mit dem Zug von Rostow nach Donezk", "en avion de Raqqa à Kaboul": a route, from and to
    # the means word before the place: "Helicópteros del Ejército de Estados Unidos", "Des hélicoptères de la Turquie"
    means = [h for h in view.hits if h.label.startswith("means:") and h.end <= start]
    return bool(means) and _short_gap(text[means[-1].end:start])


def _locates(text: str, before: Slot, slot: Slot) -> bool:
    """A place set off by a comma right after the place before it, and holding it, only says where
    that place lies ("from al-Hol, in northeastern Syria, to Mosul")."""
    gap = text[before.end:slot.start]
    if not (gap.lstrip().startswith(",") and not _WORDY.search(gap) and gap.count(",") == 1
            and sum(len(w) > 2 for w in gap.split()) <= _LINKED_WORDS and bool(slot.canonical)):
        return False
    if holds(slot.canonical or "", before.canonical or before.text, before.country):
        return True
    # a town the gazetteer lacks, then a country set off by commas on both sides: "de Ménaka, au Mali, vers
    # Niamey" says where Ménaka lies (a country that ends the sentence may be where they went)
    return (before.country is None and before.lat is None and slot.country is not None
            and slot.country == slot.canonical and text[slot.end:slot.end + 1] == ",")


_SET_OFF_TAIL = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*(?:[,.;]|$)")


_MOVES = frozenset({"relocation", *MOVE_VERB_KEYS})  # the labels of a verb or noun of moving


def _set_off_locator(text: str, view: SentenceView, before: Slot, slot: Slot) -> bool:
    """A place between commas right after the place before, opened by a locative word, says where that
    place lies whether or not the gazetteer knows either ("depuis Erbil, dans le Kurdistan irakien, jusqu'à
    Villacoublay", "from Erbil, in Iraqi Kurdistan, to"): a comma-set-off leg would need a marker of its own."""
    gap = text[before.end:slot.start]
    if not gap.lstrip().startswith(",") or gap.count(",") != 1 or _WORDY.search(gap):
        return False
    comma = before.end + gap.index(",") + 1
    locatives = [h for h in view.labelled("locative") if comma <= h.start and h.end <= slot.start]
    if not locatives or text[comma:locatives[0].start].strip():
        return False  # the locative word opens the set-off phrase ("Bamako, the men were trucked to ...": a clause)
    if holds(before.canonical or "", slot.canonical or slot.text, slot.country):
        return False  # "в северный Афганистан, в провинцию Кундуз": a narrower place, where in it they went
    if any(comma <= h.start and h.end <= slot.start for h in view.hits if h.label in _MOVES):
        return False  # "работавшие в Оше, в мае будут вывезены в Душанбе": a time phrase, then the move's own leg
    rest = [w for w in re.findall(r"\w+", text[locatives[-1].end:slot.start]) if len(w) > 3]
    return len(rest) <= 1 and bool(_SET_OFF_TAIL.match(text, slot.end))


def _in_holder(text: str, view: SentenceView, before: Slot, slot: Slot) -> bool:
    """Only a locative word between two places (the first's noun at most before it: "from Ghwayran prison in
    Hasakah"), the second holding the first ("landed in Rzeszów in Poland", "в Ракке в Сирии"), or a city the first,
    a site, lies near ("من سجن غويران في الحسكة"): where the first lies, not a leg on to the second."""
    nouns = [h for h in view.labelled("place_noun") if before.end <= h.start and h.end <= slot.start]
    return (bool(slot.canonical) and _holds_or_near(slot, before)
            and any(h.label == "locative" and (not text[before.end:h.start].strip() or any(
                        not text[before.end:n.start].strip() and not text[n.end:h.start].strip() for n in nouns))
                    and not text[h.end:slot.start].strip()
                    for h in view.hits if before.end <= h.start and h.end <= slot.start))


def _holds_or_near(broad: Slot, narrow: Slot) -> bool:
    """The place ``broad`` holds ``narrow`` in the gazetteer, or ``narrow`` is a site near the city ``broad``
    (``events.lies_near``: the gazetteer knows no bounds of a city)."""
    return holds(broad.canonical or "", narrow.canonical or narrow.text, narrow.country) or lies_near(broad, narrow)


def _border_with(text: str, view: SentenceView, marker: Hit) -> bool:
    """The marker is the link of a border to the country it borders ("Grenze zu", "границы с", "кордону з"), the
    border being near or at ("nahe der Grenze zu Äthiopien", "у границы с Турцией"): where a place lies, neither
    end of the move; a border moved to ("an die Grenze zu Polen", "к границе с Турцией") names the country."""
    frontier = next((f for f in view.labelled("frontier") if f.end < marker.start
                     and not text[f.end:marker.start].strip()), None)
    if frontier is None:
        return False
    roles = {(h.start, h.end) for h in view.hits if h.label in ("origin", "destination")}
    return any(h.end <= frontier.start and (h.label == "near" or (h.label == "locative" and (h.start, h.end)
                                                                  not in roles))
               and (not text[h.end:frontier.start].strip() or SHORT_WORD_GAP.fullmatch(text, h.end, frontier.start))
               for h in view.hits)


def _border_link(doc: Document, view: SentenceView, marker: Hit, start: int, end: int) -> bool:
    """An origin marker that links a border moved to with the country it borders, the country in the instrumental
    ("до кордону з Україною", "к границе с Украиной": "with", not "from"; not Polish "do granicy z Mińska", a
    genitive): the border with Ukraine moved to is in Ukraine, no origin."""
    text = doc.text
    if marker.label != "origin" or not text[start:end].casefold().endswith(
            tuple(frame_lexicon(doc.language).words["instrumental_endings"])):
        return False
    frontier = next((f for f in view.labelled("frontier") if f.end < marker.start
                     and not text[f.end:marker.start].strip()), None)
    return frontier is not None and any(
        h.label == "destination" and h.end <= frontier.start
        and (not text[h.end:frontier.start].strip() or _BORDER_ADJECTIVE.fullmatch(text, h.end, frontier.start))
        for h in view.hits)


def _with_partner(doc: Document, view: SentenceView, marker: Hit, start: int) -> bool:
    """An origin marker that says "with" when the place right after it is in the instrumental ("вместе с
    Казахстаном", "razem z Polską", "разом з Францією"; `with_instrumental` in the frame file): a partner, no end of
    the move ("с Украины", "z Polski", a genitive, say where from; "z Frankfurtu nad Odrą" is judged by its first
    word, and an adjective by its noun too: "с польской территории" is a genitive; a border with a country,
    "granicę z Litwą", is left to the border rules)."""
    text = doc.text
    if marker.label != "origin" or text[marker.end:start].strip() \
            or text[marker.start:marker.end].casefold() not in frame_words(doc.language, "with_instrumental"):
        return False
    words = _LEADING_WORDS.match(text, start)
    if words is None or any(not text[f.end:marker.start].strip() and f.end <= marker.start
                            for f in view.labelled("frontier")):
        return False
    lexicon = frame_lexicon(doc.language)
    instrumental = tuple(lexicon.words["instrumental_endings"])
    first, second = words.group(1).casefold(), (words.group(2) or "").casefold()
    if not first.endswith(instrumental):
        return False
    # an adjective's ending may be a genitive one too: its noun after it must be instrumental as well
    return not (first.endswith(tuple(lexicon.words["adjective_endings"])) and len(second) > 3
                and not second.endswith(instrumental))


#: the first word of a place and the word after it
_LEADING_WORDS = re.compile(r"[«\"„]?(\w[\w'’-]*)(?:\s+(\w+))?")


def _owner_before_infinitive(doc: Document, view: SentenceView, end: int) -> bool:
    """Only an infinitive link (`infinitive_link`: "de", "di") between the place and a verb of moving ("la promesa de
    Alemania de enviar tanques", "a promessa dos EUA de fornecer", "la promessa degli Stati Uniti di inviare"): the
    place owns the noun before it, no origin."""
    links, text = frame_words(doc.language, "infinitive_link"), doc.text
    endings = tuple(frame_words(doc.language, "infinitive_endings"))
    return bool(links) and any(
        h.label in _MOVES and h.start >= end and text[end:h.start].strip().casefold() in links
        and (word := _FIRST_WORD.match(text, h.start)) is not None and word.group().casefold().endswith(endings)
        for h in view.hits)


#: an adjective at most between a marker and the border ("до західного кордону")
_BORDER_ADJECTIVE = re.compile(r"\s+\w+\s+")


def _near_locator(text: str, view: SentenceView, before: Slot, slot: Slot, lexicon: FrameLexicon) -> bool:
    """Only a word of nearness between two places ("auf dem Fliegerhorst Wunstorf bei Hannover", "in Termez near
    the border town of ..."): the second says where the first lies; not a word that also marks a destination with
    the place in a case that says "to" ("с Урала под Авдеевку": to the area of Avdiivka; "под Бахмутом" is near it)."""
    to = {(h.start, h.end) for h in view.labelled("destination")}
    return any(h.start >= before.end and h.end <= slot.start
               and not text[before.end:h.start].strip(" ,")
               and (not text[h.end:slot.start].strip() or SHORT_WORD_GAP.fullmatch(text, h.end, slot.start))
               and not ((h.start, h.end) in to and lexicon.static_endings.get(text[h.start:h.end].casefold())
                        and not _static(text, h, slot.end, lexicon))
               for h in view.labelled("near")) or _a_distance(text[before.end:slot.start], lexicon)


#: words at most of a distance between two places ("Gao, a menos de veinte kilómetros de Niamey")
_DISTANCE_WORDS = 7
#: words at most between the first place and the comma that opens its distance: the rest of a verb-final clause
#: ("nach Aschmjany weitergezogen, wenige Kilometer von ...")
_WORDS_BEFORE_DISTANCE = 3


def _a_distance(gap: str, lexicon: FrameLexicon) -> bool:
    """The words between two places measure how far the first lies from the second ("Gao, à une vingtaine de
    kilomètres de Niamey", "Gao, less than twenty kilometres from Niamey", "Aschmjany, wenige Kilometer von der
    Grenze"): after a comma (a verb-final clause's last words at most before it), a number or a word of quantity,
    then a unit of distance (`distance_units`) and its preposition (with an article at most) right before the
    second place, which says where the first lies, as "near" does: no leg of the move."""
    head, comma, tail = gap.strip().rpartition(",")
    words = tail.replace("'", "' ").split()
    units = {w.casefold() for w in lexicon.words["distance_units"]}
    if (not comma or len(head.split()) > _WORDS_BEFORE_DISTANCE or CLAUSE_BREAK.search(head)
            or not 2 < len(words) <= _DISTANCE_WORDS):
        return False
    # the unit, then its preposition and an article at most ("von der Grenze", "dal confine")
    return any(words[k].casefold() in units for k in range(max(1, len(words) - 3), len(words) - 1))


def _noun_end(text: str, start: int, limit: int) -> int:
    """The end of the head noun after a marker: the last word before a locative link or the place
    ("на военный аэродром в Жешуве": "аэродром"), at most ``limit``."""
    words = list(re.finditer(r"\w+", text[start:limit]))
    ends = [start + w.end() for w in words if len(w.group()) > PREPOSITION_LETTERS]
    return ends[-1] if ends else limit


def _bearing_role(text: str, markers: list[Hit], bearing: Hit, floor: int) -> Hit:
    """The role of a place named by a bearing ("pulled back from the front south of Tripoli": from
    Tripoli): the marker's a few words before it when no place came between them, else none (the
    bearing stays: "to the camp of Hasansham, east of Mosul" went to the camp, not to Mosul)."""
    before = [h for h in markers if h.label in ("origin", "destination") and floor <= h.start
              and h.end <= bearing.start and not _WORDY.search(text[h.end:bearing.start])
              and sum(len(w) > 2 for w in text[h.end:bearing.start].split()) <= _LINKED_WORDS]
    return Hit(bearing.start, bearing.end, before[-1].label) if before else bearing


def _move_verbs(view: SentenceView, frame: str = "relocation") -> set[tuple[int, int]]:
    """The spans of the sentence's verbs of a move or departure (for a marker word that is also one: "fled")."""
    return {(h.start, h.end) for h in view.hits if h.label in (frame, "departure")}


def _went_where_fled(doc: Document, before: Hit, marker: Hit, verbs: set[tuple[int, int]]) -> bool:
    """An origin marker that is a verb of leaving or fleeing (one of ``verbs``) right before a destination marker,
    where the verb comes before its object: "fled to Chad", "ont fui au Tchad" went there."""
    return (marker.label == "destination" and before.label == "origin" and doc.language not in _FREE_ORDER
            and (before.start, before.end) in verbs)


def _defer(doc: Document, view: SentenceView, markers: list[Hit], marker: Hit | None,
           floor: int, movable: frozenset[str] = frozenset(),
           place: tuple[FrameLexicon, int, int] | None = None) -> Hit | None:
    """A marker that is also a locative word ("de" in "au port de Misrata") gives way to an
    earlier marker a few words before it ("au"), unless a group or actor stands between them
    ("combattants de Daech en Afghanistan": "de" led to Daech, not to a place), or the place's case says where to
    ("через КПП Насиб в Ливию": "в" with the accusative, where a static ending would say "in")."""
    if marker is None or not any(h.label == "locative" and h.start == marker.start for h in view.hits):
        return marker
    if place is not None and marker.label == "destination" and _moving_case(doc.text, marker, *place):
        return marker
    # a country's adjective before a genitive "de" qualifies the noun ("la ciudad libia de Sabha"): no actor between
    of = any(h.label == "genitive" and h.start == marker.start for h in view.hits)
    fled = _move_verbs(view)
    earlier = [h for h in markers if floor <= h.start and h.end <= marker.start and h.start != marker.start
               and len(doc.text[h.end:marker.start].split()) <= _LINKED_WORDS
               and not _WORDY.search(doc.text[h.end:marker.start])
               and not any(h.end <= m.start and m.end <= marker.start
                           and (m.kind not in ("concept", "place") or m.entity in movable)
                           and not (of and named_by_adjective(doc, m)) for m in view.mentions)
               # (nor troops no entity names: "l'envoi de tout soldat au Niger", "de" led to the soldiers)
               and not any(h.end <= t.start and t.end <= marker.start for t in view.labelled("troops"))
               # (nor a verb of fleeing before a marker of where to: "ont fui au Tchad" went there)
               and not _went_where_fled(doc, h, marker, fled)
               # "en avion de Raqqa à Kaboul", "en camión de Mosul": "en" governs the vehicle, "de" says where from
               and not (marker.label == "origin" and any(x.label.startswith("means:") and h.end <= x.start
                                                         and x.end <= marker.start for x in view.hits))]
    if not earlier:
        return marker
    # the earlier marker may be the same locative word, which gives way in turn to a destination marker before it ("a
    # un centro de acogida de Cartagena": the second "de" to the first, the first to "a"); not to a start ("de
    # Cayenne ... de Kourou")
    first = earlier[-1]
    # (so may a genitive link before it: "vers un centre d'accueil à Troyes", "à" to "d'", "d'" to "vers")
    if doc.text[first.start:first.end].casefold() == doc.text[marker.start:marker.end].casefold() or any(
            h.label == "genitive" and h.start == first.start for h in view.hits):
        further = _defer(doc, view, markers, first, floor, movable, place)
        if further is not None and further is not first and further.label == "destination":
            return further
    return first


def named_by_adjective(doc: Document, m: Mention) -> bool:
    """A country named by its adjective ("la ciudad libia de Sabha", "the Syrian town of"), not by its name: it
    qualifies a noun, it stands for no actor."""
    return m.kind == "country" and (not place_like(doc.text, m.start, m.end) or geocode(m.text, doc.language) is None)


def agent(spec: FrameSpec, doc: Document, view: SentenceView, trigger: Hit,
          taken: list[tuple[int, int]], moved_span: tuple[int, int] | None, verb_first: bool = False) -> Slot | None:
    """After a passive marker ("by US forces"), else the nearest actor before the trigger that
    holds no other slot, else the owner of the means after it ("доставил ... самолёт Минобороны").
    Never an actor that only qualifies something else: the moved group ("combattants syriens"), a
    place ("сирийского лагеря", "aus dem irakischen al-Qaim"), a source ("Syria's state news
    agency"), the agent of another participle ("prisons controlled by the SDF"), or a topic before
    a colon ("Libye : ...")."""
    known = entities()
    # a movable group may move another ("Hezbollah smuggles weapons"); then it is the agent
    movers = [moving_subject(spec, doc, view, trigger, verb_first) or (0, 0)]
    # ... and so may one after a passive's marker ("weapons were smuggled by Hezbollah")
    links = {(h.start, h.end) for h in view.hits if h.label in ("genitive", "origin")}
    movers += [(m.start, m.end) for m in view.mentions for h in view.labelled("passive_agent")
               if (h.start, h.end) not in links and _ARTICLE_GAP.fullmatch(doc.text, h.end, m.start)]
    if moved_span is not None:
        movers = [(a, b) for a, b in movers if not (a < moved_span[1] and moved_span[0] < b)]
    actors = [m for m in view.mentions
              if m.start >= view.dateline_end  # "PARIS, 24 décembre — ...": where it was filed, no actor
              and known[m.entity].kind in spec.agent_kinds
              and (m.entity not in spec.movable or any(a <= m.start < b for a, b in movers))
              and spec.source_by_entity.get(m.entity) not in ("agency", "media")  # they report, not move
              and not any(m.start < e and s < m.end for s, e in taken)]
    # "نقلت تركيا مرتزقة": the subject right after the verb stands right before its object (not its describer)
    # (the moved may be the object pronoun written onto the verb itself: "أرسلتهم تركيا", Turkey sent them)
    after_verb = [m for m in actors if m.start >= trigger.end and len(doc.text[trigger.end:m.start].split()) <= 1
                  and (moved_span is None or m.end <= moved_span[0]
                       or trigger.start <= moved_span[0] < moved_span[1] <= trigger.end)]
    # the owner of the means ("самолётом МЧС детей доставили") moves them, next to the moved group or not
    means = [h for h in view.hits if h.label.startswith("means:")]
    vehicles = [h for h in means if not counted_trip(doc, view, h)]
    owners = [m for m in actors if any(_owns(m, h) for h in means)]
    if moved_span is not None:  # "combattants syriens", "Syrische IS-Kämpfer" describe the moved
        actors = [m for m in actors if m.end < moved_span[0] - 2 or m.start > moved_span[1] + 2 or m in owners
                  or _german_subject_before(doc, m, moved_span[0])]
        # "The militants, among them a Saudi explosives expert, were flown": an insertion about the moved
        actors = [m for m in actors if not (moved_span[1] <= m.start and m.end <= trigger.start
                                            and "," in doc.text[moved_span[1]:m.start]
                                            and "," in doc.text[m.end:trigger.start])]
    others = [h for h in view.hits if h.label == "other_agent"]  # "prisons controlled by the SDF"
    # a locative noun after an actor makes it an owner ("сирийского лагеря"); a preposition does not
    # ("Сирійські демократичні сили у вівторок передали")
    places = [h.start for h in view.hits if h.label == "locative" and h.end - h.start > PREPOSITION_LETTERS]
    places += [s for s, _ in taken]
    attributions = [(h.start, _clause_end(doc.text, h.end, trigger.start)) for h in view.hits
                    if h.label == "attribution" and h.end <= trigger.start]
    # "Wie ein Sprecher des syrischen Außenministeriums erklärte, seien ...": a clause closed by its speech verb
    attributions += [(_clause_start(doc.text, view.sentence.start, h.start), h.end) for h in view.hits
                     if h.label == "attribution" and h.end <= trigger.start
                     and doc.text[h.end:trigger.start].lstrip().startswith(",")]
    actors = [m for m in actors
              if not any(a <= m.start and m.end <= b for a, b in attributions)  # "according to Iraqi officials, ..."
              and not any(0 <= m.start - h.end <= MARKER_GAP for h in others)]
    # "im Nordosten Syriens", "in northern Syria": a state named where something lies is no mover
    genitives = {(h.start, h.end) for h in view.hits if h.label == "genitive"}  # "hélicoptères de la coalition": whose
    located = [h.end for h in view.hits if h.label == "locative" and (h.start, h.end) not in genitives]
    agentive = _agentive_via(doc.text, view, spec.name)
    located += [h.end for h in view.hits if h.label == "via"  # "через Грузию": a stop on the way, no mover
                and (h.start, h.end, h.label) not in agentive]
    located += [h.end for h in view.labelled("provenance")]  # "soldats originaires de Syrie": where they come from
    articles = frame_words(doc.language, "articles")  # "in der Ukraine": an article may stand between
    actors = [m for m in actors if not any(0 < m.start - e <= 2 or (
        0 < m.start - e <= 8 and doc.text[e:m.start].split() and all(
            w.casefold() in articles for w in doc.text[e:m.start].split())) for e in located)]
    # "dall'invasione dell'Ucraina, centinaia di soldati ...": where a war is fought, no mover either
    actors = [m for m in actors if not scene_of_war(doc, view, m.start)]
    # (a question's subject may stand before the preposition of an end: "enviará Kiev a América Latina")
    asked = [m for m in actors if m.start >= trigger.end and len(doc.text[trigger.end:m.start].split()) <= 1
             and not any(0 <= p - m.end <= 3 and not doc.text[m.end:p].strip() for p in places)]
    actors = [m for m in actors
              if m in owners or (moved_span is not None and _german_subject_before(doc, m, moved_span[0]))
              or not any(0 <= p - m.end <= 3 and not _marked_between(view, m.end, p)
                                        for p in places)  # whose camp, place or source it is; not across a
              # one-letter marker of the move ("przez Stany Zjednoczone z Rakki": by the US, from Raqqa)
              and not (m.end <= trigger.start and ":" in doc.text[m.end:trigger.start])]  # "Libye : ..." a topic
    passive = [h for h in view.hits if h.label == "passive_agent"
               and not any(o.start <= h.start < o.end for o in others)]
    for marker in passive:
        after = [m for m in actors if 0 <= m.start - marker.end <= MARKER_GAP]
        if after:
            return agent_slot(doc.text, _head(after[0], actors), view)
    body = _passive_body(doc.text, view, passive, taken)
    if body is not None:
        return body
    before = [m for m in actors if m.end <= trigger.start]
    if any(h.start == trigger.start and h.end == trigger.end for h in view.labelled("receive")):
        # "in trattativa con la Germania per accogliere", "negotiating with Morocco to take in": who a receiver deals
        # with is its partner, not the subject that receives
        before = [m for m in before if not _accompanied(doc, view, m.start)]
    if before and moved_span is not None and moved_span[1] <= trigger.start:
        # "Die Türkei hat ... 1.200 Kämpfer protürkischer syrischer Milizen ... verlegt": with the moved group before
        # the verb, an actor between them describes the group; the one before the group is the subject
        subject = [m for m in before if m.end <= moved_span[0]]
        if subject and subject[-1] is not before[-1]:
            return agent_slot(doc.text, _head(subject[-1], actors), view)
    if before:
        return agent_slot(doc.text, _head(before[-1], actors), view)
    if verb_first and after_verb:  # "نقلت تركيا مرتزقة", "أجلت القوات الأمريكية قادة": subject after the verb
        return agent_slot(doc.text, after_verb[0], view)
    if asked and _asks(doc.text, view):
        # a question in any language may put its subject right after the verb, before or after the group
        # ("Schickt Washington Dschihadisten ...?", "¿Cuántos mercenarios más enviará Kiev ...?")
        return agent_slot(doc.text, asked[0], view)
    owner = next((m for h in means if h.start >= trigger.end for m in actors if _owns(m, h)), None)
    if owner is not None:
        return agent_slot(doc.text, owner, view)
    manner = tuple(frame_lexicon(doc.language).words["instrumental_endings"])
    if verb_first or manner:
        # "نقلت طائرات اللجنة الدولية 125 أسيرا", "вийшли два вантажні судна": the vehicles right after the verb
        # carried them (a free word order puts the subject there; not a word of manner, "نُقلوا جوا", "бортом",
        # "морем": by air, by sea)
        reach = 1 if verb_first else 2
        instruments = view.labelled("instrument")
        carrier = next((h for h in vehicles if h.start >= trigger.end
                        and len(doc.text[trigger.end:h.start].split()) <= reach
                        and not CLAUSE_BREAK.search(doc.text, trigger.end, h.start)
                        and not (manner and doc.text[h.start:h.end].endswith(manner))
                        and not _by_means(doc.text, h, instruments, doc.language)
                        and not any(s < h.end and h.start < e for s, e in taken)), None)
        if carrier is not None:
            return Slot(doc.text[carrier.start:carrier.end], carrier.start, carrier.end)
    return (_body(doc.text, view, trigger, taken, doc.language)
            or _vehicle(doc.text, view, vehicles, trigger, taken, doc.language))


def _asks(text: str, view: SentenceView) -> bool:
    """The sentence is a question: its subject may follow the verb."""
    return text[view.sentence.start:view.sentence.end].rstrip(" \"»”'").endswith(("?", "\u061f"))


def _passive_body(text: str, view: SentenceView, passive: list[Hit], taken: list[tuple[int, int]]) -> Slot | None:
    """A government body, an agency or rescuers, police (``doers``) that no entity names, right after a passive
    marker ("conduits par les autorités kurdes", "von der Polizei gebracht", "evacuated by rescue teams")."""
    bodies = [h for h in view.hits if h.label in ("source:government", "source:agency", "doers")
              and not any(s < h.end and h.start < e for s, e in taken)]
    for marker in passive:
        after = [h for h in bodies if 0 <= h.start - marker.end <= MARKER_GAP
                 and not _WORDY.search(text, marker.end, h.start) and "," not in text[marker.end:h.start]]
        if after:
            h = min(after, key=lambda x: x.start)
            return Slot(text[h.start:h.end], h.start, h.end)
    return None


def _preposed(text: str, cue: Hit, language: str | None) -> bool:
    """A cue of the sources stage's ``preposed`` words ("nach Angaben", "according to"): it cites whom it precedes."""
    return any(p.label == "preposed" and p.start == 0 and p.end == cue.end - cue.start
               for p in source_words(language).matcher.hits(text[cue.start:cue.end]))


def _body(text: str, view: SentenceView, trigger: Hit, taken: list[tuple[int, int]],
          language: str | None = None) -> Slot | None:
    """With no actor named, a government body or army the frame lexicon knows as a speaker, or rescuers,
    volunteers, police (``doers``), the subject right before the verb in its clause, moves them ("die
    Bundesregierung habe ... fliegen lassen", "Командування ЗСУ перекинуло", "Спасатели эвакуировали")."""
    cues = [h for h in view.hits if h.label in ("attribution", "denial", "complementizer")]
    # (a cue that comes before whom it cites, "nach Angaben eines Sprechers", is an inset in the subject's clause:
    # "Die Bundespolizei hat nach Angaben eines Sprechers 30 Männer ... gebracht" still tells who moved them)
    cues = [c for c in cues if not _preposed(text, c, language)]
    bodies = [h for h in view.hits if h.label in ("source:government", "source:agency", "doers")
              and h.end <= trigger.start and h.start >= view.sentence.start
              and not any(s < h.end and h.start < e for s, e in taken)
              and not _WORDY.search(text[h.end:trigger.start]) and "," not in text[h.end:trigger.start]
              and not any(h.end <= c.start < trigger.start for c in cues)]
    if not bodies:
        return None
    h = bodies[-1]
    return Slot(text[h.start:h.end], h.start, h.end)


def _vehicle(text: str, view: SentenceView, means: list[Hit], trigger: Hit,
             taken: list[tuple[int, int]], language: str | None) -> Slot | None:
    """With no actor named, the vehicles that carry them in the same clause before the verb move them
    ("Unidentified helicopters have been delivering ...", "a C-17 unloaded ..."): an agent with no owner.
    Not a means in the instrumental (Russian, Ukrainian "морем", "літаком", "колоною": how they went), nor one
    after an instrument word ("mit Hubschraubern gebracht", "by bus")."""
    instruments = view.labelled("instrument")
    instrumental = frame_lexicon(language).words["instrumental_endings"]
    before = [h for h in means if h.end <= trigger.start and not _WORDY.search(text[h.end:trigger.start])
              and "," not in text[h.end:trigger.start] and not any(s <= h.start < e for s, e in taken)
              and h.start >= view.sentence.start and not _by_means(text, h, instruments, language)
              and not (instrumental and text[h.start:h.end].casefold().endswith(instrumental))]
    if not before:
        return None
    h = before[-1]
    return Slot(text[h.start:h.end], h.start, h.end)


_INSTRUMENT_GAP = re.compile(r"\s+(?:\w+\s+)?")  # an instrument word reaches over one word ("by military helicopters")


def _by_means(text: str, means: Hit, instruments: list[Hit], language: str | None) -> bool:
    """The means word says how they went, not who moved them: an instrument word stands before it ("by
    military helicopters", "по железной дороге") or opens it ("per Bahn", a means phrase of the lexicon,
    which the longer match hides from the instrument hits)."""
    first = text[means.start:means.end].split(maxsplit=1)[0].casefold()
    return first in frame_words(language, "instrument") or any(
        _INSTRUMENT_GAP.fullmatch(text, i.end, means.start) for i in instruments)


def _owns(actor: Mention, means: Hit) -> bool:
    """The actor is named right after the means: its owner ("самолёт Минобороны", "самолётом МЧС")."""
    return 0 <= actor.start - means.end <= 4


def _clause_start(text: str, floor: int, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last clause punctuation before it, else ``floor``."""
    cut = max(text.rfind(mark, floor, at) for mark in ",;:")
    return cut + 1 if cut >= 0 else floor


def _clause_end(text: str, start: int, limit: int) -> int:
    """Where an attribution before the trigger ends: its comma, if one comes before the trigger."""
    comma = text.find(",", start, limit)
    return comma if comma >= 0 else start


def _head(m: Mention, actors: list[Mention]) -> Mention:
    """A body right after a country's adjective names the actor more exactly ("російські окупанти")."""
    nxt = next((a for a in actors if 0 <= a.start - m.end <= 2 and a.kind == "organisation" and m.kind == "country"),
               None)
    return nxt or m


def _trigger_tails(text: str, triggers: list[Hit], lexicon: FrameLexicon) -> list[Hit]:
    """The marker a trigger phrase ends in ("flown to", "crossed into"): the longer phrase won the match; or begins
    ("flown out" + "of": the marker "out of", "taken out of Raqqa")."""
    out = []
    phrases = _role_phrases(lexicon.language)
    for h in triggers:
        words = text[h.start:h.end].split()
        last = words[-1]
        role = lexicon.role_words.get(last.casefold())
        if role is not None and h.end - len(last) > h.start:
            out.append(Hit(h.end - len(last), h.end, role))
            continue
        # ... or a two-word marker it ends in ("weiter an die", "weiter in den": on to the front, to the region)
        role = phrases.get(" ".join(words[-2:]).casefold()) if len(words) > 2 else None
        if role is not None:
            out.append(Hit(text.rindex(words[-2], h.start, h.end), h.end, role))
            continue
        after = _NEXT_TOKEN.match(text, h.end)
        if after is None:
            continue
        role = phrases.get(f"{last} {after.group(1)}".casefold())
        if role is not None and h.end - len(last) > h.start:
            out.append(Hit(h.end - len(last), after.end(1), role))
    return out


_NEXT_TOKEN = re.compile(r" (\w+)")


def _loaded_at(doc: Document, tails: list[Hit], loading: list[Hit]) -> list[Hit]:
    """The marker or locative word a phrase of loading (``loading``: a trigger phrase also listed as a word of
    holding) ends in says where they were loaded, not where to ("cargados en Valencia", "carregados em Setúbal")."""
    out = [Hit(t.start, t.end, "origin") if t.label == "destination"
           and any(h.start <= t.start < h.end for h in loading) else t for t in tails]
    locative = frame_words(doc.language, "locative")
    for h in loading:
        last = doc.text[h.start:h.end].split()[-1]
        if last.casefold() in locative and not any(h.start <= t.start < h.end for t in tails):
            out.append(Hit(h.end - len(last), h.end, "origin"))
    return out


@lru_cache(maxsize=16)
def _role_phrases(language: str | None) -> dict[str, str]:
    """Two-word origin and destination markers as written ("out of", "away from"), case folded -> their role."""
    words = frame_lexicon(language).words
    return {w.casefold(): role for role in ("origin", "destination") for w in words[role]
            if len(w.split()) == 2 and not any(c in w for c in "~*")}


def _tied(text: str, view: SentenceView, end: int, start: int, frame: str) -> bool:
    """The gap between two places is a noun and a locative word ("base at"), or a possessive
    ("Georgia's Pankisi Gorge"), nothing else: not a verb of the move ("aus Niger landeten in Paris")."""
    gap = text[end:start]
    if _POSSESSIVE.fullmatch(gap):
        return True
    inside = [h for h in view.hits if end <= h.start and h.end <= start]
    return (_short_gap(gap)
            # a new role, or a verb of the move, not the same place
            and not any(h.label in ("origin", "destination", frame, *MOVE_VERB_KEYS) for h in inside)
            and any(h.label == "locative" and 0 <= start - h.end <= 2 for h in inside))


def _into_a_noun_there(text: str, view: SentenceView, markers: list[Hit], marker: Hit, lexicon: FrameLexicon) -> bool:
    """"на американскую базу в Тель-Байдаре": the place says where the noun lies that an earlier marker takes
    in the case of going there, so they went to that place."""
    nouns = [h for h in view.hits if h.label == "locative" and h.end <= marker.start
             and h.end - h.start > PREPOSITION_LETTERS and not text[h.end:marker.start].strip()]
    if not nouns:
        return False
    before = [m for m in markers if m.label == "destination" and m.end <= nouns[-1].start]
    if not before:
        return False
    governing = before[-1]
    gap = text[governing.end:nouns[-1].start]
    return (len(gap.split()) <= 2 and not _WORDY.search(gap) and "," not in gap
            and not _static(text, governing, nouns[-1].end, lexicon))


def _moving_case(text: str, marker: Hit, lexicon: FrameLexicon, place_end: int, place_start: int = -1) -> bool:
    """The marker has static endings in the lexicon ("в": "в Ливии" is in Libya) and the word it governs, right
    after it, shows none of them ("в Ливию", "в северную часть"; not "на юге Пакистана"): its case says where to.
    A region's name that opens right after the marker with its adjective and ends in its division's word in small
    letters shows its case on that word ("в Курской области", "у Харківській області", "в Краснодарском крае": in
    it; "в Курскую область": into it), not on the adjective."""
    word = _FIRST_WORD.match(text, marker.end, place_end)
    if word is None or not lexicon.static_endings.get(text[marker.start:marker.end].casefold()):
        return False
    last = text[place_start:place_end].split()[-1:] if place_start >= marker.end else []
    division = bool(last) and last[0][:1].islower() and not text[marker.end:place_start].strip(" «\"„") \
        and len(text[place_start:place_end].split()) > 1
    return not _static(text, marker, place_end if division else word.end(), lexicon)


_FIRST_WORD = re.compile(r"\s*[«\"„]?\w[\w'’]*")


def _static(text: str, marker: Hit, place_end: int, lexicon: FrameLexicon) -> bool:
    """A location, not a destination: the marker takes a case that says "in" (lexicon data)."""
    word = text[marker.start:marker.end].casefold()
    endings = lexicon.static_endings.get(word, ())
    return bool(endings) and text[:place_end].casefold().endswith(endings)


def _axis_named(text: str, view: SentenceView, end: int, lexicon: FrameLexicon) -> bool:
    """The place ends in an axis noun in its dictionary form, nominative and accusative alike ("на херсонское
    направление": where they went; "на херсонском направлении": where they are)."""
    named = {w.removeprefix("~").casefold() for w in lexicon.words.get("axis", ())}
    return any(h.end == end and text[h.start:h.end].casefold() in named for h in view.labelled("axis"))


def _shows_case(surface: str, place: Place | None, language: str | None) -> bool:
    """The name is inflected: a nominative guess for it names the same place ("Ираке" -> "Ирак"). An
    indeclinable name ("Мали", "Шаддади", "Тбилиси") says nothing of its case."""
    if place is None:
        return True
    ix = index()
    written = key(surface)
    if not any(ix.places[n].canonical == place.canonical for n in ix.named(written)):
        return True  # reached through an ending or a stem ("Африканському"): inflected
    return any(ix.places[n].canonical == place.canonical for g in lemmas(written, language) for n in ix.named(g))


def _feminine_accusative(surface: str, place: Place | None) -> bool:
    """"в Україну", "в Сирию": a feminine name in -а/-я takes -у/-ю going there (the same ending as a
    masculine "у Криму" being there): the name with -а/-я for its ending names the same place."""
    if place is None or len(surface) < 3 or surface[-1] not in "уюУЮ":
        return False
    ix = index()
    nominative = surface[:-1] + ("а" if surface[-1] in "уУ" else "я")
    return any(ix.places[n].canonical == place.canonical for n in ix.named(key(nominative)))


def _adjacent_run(candidates: Sequence[Mention], seed: Mention,
                  joined: Callable[[Mention, Mention], bool]) -> list[Mention]:
    """The seed with the mentions chained to it, each pair ``joined`` ("ISIS" + "militants")."""
    ordered = sorted(candidates, key=lambda m: m.start)
    lo = hi = ordered.index(seed)
    while lo > 0 and joined(ordered[lo - 1], ordered[lo]):
        lo -= 1
    while hi + 1 < len(ordered) and joined(ordered[hi], ordered[hi + 1]):
        hi += 1
    return ordered[lo: hi + 1]


def _joined(text: str, left: Mention, right: Mention, connectors: list[Hit]) -> bool:
    """One phrase: a small gap ("ISIS militants"), or a genitive connector and at most two more
    words ("combattants de l'EI", "détenus irakiens de l'État islamique")."""
    gap = text[left.end:right.start]
    if len(gap) <= _ADJACENT or _GROUP_WORD_GAP.fullmatch(gap):
        return True
    return _short_gap(gap) and any(left.end <= h.start and h.end <= right.start for h in connectors)


#: a word for an armed group in the genitive, maybe a quote, between a group and its name: "боевиков группировки
#: «Хайят Тахрир аш-Шам»", "бойовиків угруповання «Вагнер»" (the named group is the one moved)
_GROUP_WORD_GAP = re.compile(r"\s+(?:группировк|угрупован|групп|груп|организаци|організаці|формировани|формуван)\w*"
                             r"\s*[«\"„“]?\s*", re.IGNORECASE)


@lru_cache(maxsize=16)
def _joined_places(language: str | None) -> re.Pattern[str]:
    """The whole gap between two places joined by "and" or "or", maybe with an article ("a Colombia y México",
    "в Турцию и Ливию", "to Germany and the Netherlands"): the second has the first's role."""
    words = frame_lexicon(language).words
    joiners = "|".join(map(word_pattern, words["and"] + words["or"]))
    return re.compile(rf"\s*(?:{joiners})\s*(?:{_opening_words(words['articles'])})?", re.IGNORECASE)


def _opening_words(words: Iterable[str]) -> str:
    """Words that open the next one, as alternatives: each with the spaces after it, or joined by its apostrophe
    ("l'", "dall'")."""
    return "|".join(word_pattern(w) if w.endswith("'") else rf"{word_pattern(w)}\s+" for w in words)


@lru_cache(maxsize=64)
def _any_word_of(language: str | None, key: str) -> re.Pattern[str]:
    """Any word of a frame list read as written, whole: the rest of a split group ("il resto", "o restante",
    "остальных": `rest_of_group`), a word that sends the move on from where the last one ended ("then", "затем",
    "дальше": `sequel`)."""
    return any_of(frame_lexicon(language).words.get(key) or (), r"(?<!\w)(?:{})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=32)
def _joined_again(language: str | None, role: str) -> re.Pattern[str]:
    """The whole gap between two places joined by "and" or "or" with the marker of their role said again ("da
    Afrin e da Azaz", "from Raqqa and from Hasakah", "в Сирию и в Ливию"): the second has the first's role, a leg
    of its own from the same place, not the next hop."""
    lexicon = frame_lexicon(language)
    words = lexicon.words
    joiners = "|".join(map(word_pattern, words["and"] + words["or"]))
    markers = sorted((w for w, r in lexicon.role_words.items() if r == role and not w.startswith("~")), key=len,
                     reverse=True)
    if not markers:
        return re.compile(r"(?!)")
    return re.compile(rf"\s*(?:{joiners})\s+(?:{_opening_words(markers)})(?:{_opening_words(words['articles'])})?",
                      re.IGNORECASE)


@lru_cache(maxsize=16)
def _and_groups(language: str | None) -> re.Pattern[str]:
    """The whole gap between two groups moved together: "and", "as well as", maybe a comma before and a
    possessive after ("IS fighters and their families")."""
    words = frame_lexicon(language).words
    joiners = "|".join(map(word_pattern, words["and"] + words["along_with"]))
    return re.compile(rf"\s*(?:,\s*)?(?:{joiners})\s+(?:\w+\s+){{0,1}}", re.IGNORECASE)


@lru_cache(maxsize=16)
def _next_clause(language: str | None) -> re.Pattern[str]:
    """A comma and "and" that open the next clause (", e le batterie ... restano", ", and the batteries remain")."""
    return any_of(frame_lexicon(language).words["and"], r",\s*(?:{})\s", re.IGNORECASE)


def _coordinated(text: str, left: Mention, right: Mention, language: str | None) -> bool:
    """Two groups joined by "and", a possessive at most between ("IS fighters and their families")."""
    return _and_groups(language).fullmatch(text, left.end, right.start) is not None


def _short_gap(gap: str) -> bool:
    """At most three words and no clause punctuation or comma: still one phrase."""
    return len(gap.split()) <= 3 and not _WORDY.search(gap) and "," not in gap


def count_before(text: str, view: SentenceView, start: int,
                 lexicon: FrameLexicon) -> tuple[int | None, str | None, int | None]:
    """The number written just before the moved group: (value, as written, where it starts)."""
    opening = max(view.sentence.start, view.dateline_end)  # "MOSCOW, May 15 (TASS) — ...": no count of 15
    window_start = max(opening, start - _COUNT_GAP)
    while window_start < start and window_start > opening and text[window_start - 1].isalnum():
        window_start += 1  # the window starts at a word: "dos" of "Estados" is no number
    window = text[window_start:start]
    # a year with words between it and the group is when, not how many ("In 2019 Syria sent fighters")
    numbers = [n for n in _NUMBER.finditer(window)
               if not (re.fullmatch(r"(?:19|20)\d\d", n.group().strip()) and re.search(r"\w", window[n.end():]))
               and not _PART_OF_A_NAME.search(text, max(0, window_start + n.start() - 2), window_start + n.start())]
    vague = [h for h in view.hits if h.label == "vague" and window_start <= h.start < start]
    approx = [h for h in view.hits if h.label == "approximate" and window_start <= h.start < start]
    if numbers:
        m = numbers[-1]
        value = int(re.sub(r"\D", "", m.group()))
        at, end = window_start + m.start(), window_start + m.end()
        scale = _SCALE.match(text, end, start)
        if scale is not None:  # "11 тисяч", "1,5 тыс.", "3 millions"
            decimal = re.search(r"(\d+)[,.]$", text[window_start:at])  # "1,5": the number read was its "5"
            if decimal is not None and len(m.group()) <= 2:
                value = round(float(f"{decimal.group(1)}.{m.group()}") * _scale_of(scale.group(1)))
                at = window_start + decimal.start()
            else:
                value *= _scale_of(scale.group(1))
            end = scale.end()
        lead = [h for h in approx if h.end <= at and at - h.end <= 2]
        begin = lead[-1].start if lead else at
        return value, text[begin:end], begin
    for pattern, value in _number_patterns(tuple(lexicon.number_words.items())):
        found = pattern.search(window)
        if found:
            at = window_start + found.start()
            return value, text[at: window_start + found.end()], at
    if vague:
        h = vague[-1]
        return None, text[h.start:h.end], h.start
    return None, None, None


@lru_cache(maxsize=32)
def _number_patterns(number_words: tuple[tuple[str, int], ...]) -> list[tuple[re.Pattern[str], int]]:
    """Each number word as a whole word, with its value, in the lexicon's order: compiled once per language,
    not looked up in re's cache (escaped first) for every word of every count."""
    return [(re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE), value) for word, value in number_words]


#: a number joined to the letters before it is part of a name, not a count ("МИ-6", "F-16", "Су-25", "A400M")
_PART_OF_A_NAME = re.compile(r"[^\W\d_]-?$")


#: words that multiply the number before them ("11 тисяч", "1,5 тыс.", "3 millions", "5 آلاف")
_SCALE = re.compile(r"\s*(thousand|тисяч[аі]?|тис\.|тысяч[аи]?|тыс\.|tausend|mille|mil|millions?|millones|millón|mio\."
                    r"|миллион\w*|мільйон\w*|ألف|آلاف)(?!\w)", re.IGNORECASE)


def _scale_of(word: str) -> int:
    """What a multiplier word multiplies by: a million, else a thousand."""
    return 1_000_000 if word.casefold().startswith(("mill", "mio", "милл", "мільй")) else 1000


def place_slot(text: str, start: int, end: int, place: Place | None, language: str | None = None) -> Slot:
    """The slot of a place named at ``text[start:end]``; a name the gazetteer lacks is its own canonical name, in
    its nominative where its preposition's case and endings tell it ("у Новій Каховці": Нова Каховка; a guess
    that names a place the gazetteer knows is that place), in Latin letters where written in Cyrillic ("под Цель":
    Tsel, "у Безіменному": Bezimenne); the text stays as written."""
    if place is None:
        name = _nominative_before(text, start, end, language)
        known = geocode(name, language) if index().named(key(name)) else None
        if known is None:
            return Slot(text[start:end], start, end, canonical=romanised(name, language) or name)
        place = known
    return Slot(text[start:end], start, end, canonical=place.canonical, country=place.country,
                lat=place.lat, lon=place.lon)


#: the word before a place's name: its preposition, where it has one ("из-под", "w pobliżu")
_PREPOSITION_BEFORE = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)?)\s+$")


def _nominative_before(text: str, start: int, end: int, language: str | None) -> str:
    """The name at ``text[start:end]`` in its nominative as the preposition before it tells (the name as written
    where nothing tells it)."""
    before = _PREPOSITION_BEFORE.search(text, max(0, start - 24), start)
    guess = nominative(text[start:end], before.group(1), language) if before is not None else None
    return guess or text[start:end]


_ACCUSED_WORDS = 8  # words from an accusation verb to the actor it accuses ("accused the US-led coalition")


def accused(spec: FrameSpec, doc: Document, view: SentenceView, trigger: Hit) -> Mention | None:
    """The actor an accusation verb before the trigger accuses, who is said to do the move ("Moscow accused
    Washington of moving ...", "acusa a Washington de trasladar", "beschuldigte die USA, ... gebracht zu
    haben", "اتهم ... القوات الأمريكية بنقل"): the last actor after the verb, in its clause, a few words on."""
    known = entities()
    for cue in reversed([h for h in view.labelled("accusation") if h.end <= trigger.start]):
        found = [m for m in view.mentions if cue.end <= m.start and m.end <= trigger.start
                 and known[m.entity].kind in spec.agent_kinds and m.entity not in spec.movable
                 and len(doc.text[cue.end:m.start].split()) <= _ACCUSED_WORDS
                 and not CLAUSE_BREAK.search(doc.text, cue.end, m.start)]
        if found:
            return found[-1]
    return None


def agent_slot(text: str, m: Mention, view: SentenceView) -> Slot:
    """The actor, stretched over a means word right after it ("US military helicopters")."""
    end = m.end
    for h in view.hits:
        if h.label.startswith("means:") and 0 <= h.start - end <= 12:
            end = h.end
            break
    return Slot(text[m.start:end], m.start, end, canonical=m.name)


def same_place(a: Slot, b: Slot) -> bool:
    return (a.canonical or a.text).casefold() == (b.canonical or b.text).casefold()


def legs(origins: list[Slot], destinations: list[Slot], text: str = "",
         language: str | None = None) -> list[tuple[Slot | None, Slot | None]]:
    """Places in reading order become legs: origin -> d1 -> d2 is a chain of hops, and an origin
    after a destination starts a new leg ("by ship from Tartus to Benghazi, others by air from
    Hmeimim to al-Jufra"); destinations joined by "and" ("to Colombia and Mexico") are two legs
    from the same place. No destination gives one open leg from the first origin."""
    if not destinations:
        return [(origins[0] if origins else None, None)]
    # "в северный Афганистан, в провинцию Кундуз": a place in the country just named narrows it; so does one the
    # gazetteer lacks ("heading for northern Iraq and reached Kasrak"), kept within the country
    narrowed: list[Slot] = []
    for d in destinations:
        before = narrowed[-1] if narrowed else None
        if before is not None and ((before.country and before.canonical == before.country and (
                d.country == before.country or (d.country is None and d.lat is None)))
                or _inside_last_destination(before, d, origins, text, language)):
            narrowed[-1] = replace(d, within=(*d.within, replace(before, within=())))
        else:
            narrowed.append(d)
    destinations = narrowed
    stops = sorted([(o.start, True, o) for o in origins] + [(d.start, False, d) for d in destinations],
                   key=lambda x: x[0])
    legs: list[tuple[Slot | None, Slot | None]] = []
    starts: list[Slot | None] = [None]  # where the next leg starts: one place, or origins joined by "and"
    started: list[Slot | None] = [None]  # where the last leg started
    last: Slot | None = None  # the place of the stop before, and whether it was an origin
    last_origin = False
    told_after: Slot | None = None  # the destination whose origin was told after it, in its clause
    for _, is_origin, slot in stops:
        joined = last is not None and last_origin == is_origin and bool(
            _joined_places(language).fullmatch(text, last.end, slot.start)
            or _joined_again(language, "origin" if is_origin else "destination").fullmatch(text, last.end, slot.start)
            # "una parte ... fino a Durazzo, mentre il resto ... verso Bengasi": the group split, each part from the
            # same place (not "остальных отправили дальше": the rest sent on from where the part ended)
            or (not is_origin and _any_word_of(language, "rest_of_group").search(text, last.end, slot.start)
                and not _any_word_of(language, "sequel").search(text, last.end, slot.start)))
        if is_origin and last is not None and not last_origin and legs and legs[-1] == (None, last) \
                and _same_clause(text, last.end, slot.start):
            # "привезли в Тахар из Нангархара", "llevados a Siria desde Irak": where from, told after where to in
            # the same clause, starts that leg; a later destination goes on from where it ended
            legs = [(slot, d) if o is None and d is not None and started == [None] else (o, d) for o, d in legs]
            starts, told_after = [last], last
            last, last_origin = slot, True
            continue
        if is_origin and joined and told_after is not None:
            # "прилетели в Минск из Багдада и Стамбула": origins joined by "and" after where to, a leg from each
            legs.append((slot, told_after))
            last = slot
            continue
        told_after = None
        if is_origin:
            starts = [*starts, slot] if joined else [slot]  # "from Syria and Iraq": a leg from each
        else:
            if not joined:  # "to Colombia and Mexico": from where the one before started
                started = starts
            legs += [(o, slot) for o in started]
            starts = [slot]
        last, last_origin = slot, is_origin
    last_stop = max(d.start for d in destinations)
    trailing = [o for o in origins if o.start > last_stop]
    if trailing and legs[0][0] is None:  # "переправили в Карабах наёмников с севера Сирии": from after to
        legs[0] = (trailing[0], legs[0][1])
    return legs


def _inside_last_destination(before: Slot, slot: Slot, origins: list[Slot], text: str, language: str | None) -> bool:
    """A destination the one before holds, no origin between and not joined to it by "and"/"or", says where in
    it they went, not a leg on from it: "to Mordovia, where they were put in a colony near Ruzayevka", "nach
    Polen und weiter bis Frankfurt (Oder)", "a Tenerife, donde quedaron alojadas en San Cristóbal de La Laguna"."""
    if not text or slot.start < before.end or same_place(before, slot) \
            or any(before.end <= o.start < slot.start for o in origins):
        return False  # the same place named again is the end of another move told in the sentence
    if _joined_places(language).fullmatch(text, before.end, slot.start):
        return False  # "to Kharkiv Oblast and Kupiansk": two places they went
    return holds_place(before, slot)


_SAME_CLAUSE_WORDS = 3  # words at most between a destination and an origin told after it in its clause


def _same_clause(text: str, end: int, start: int) -> bool:
    """No clause punctuation and at most a few words between two places: one clause, one leg."""
    gap = text[end:start]
    return not _CLAUSE_END.search(gap) and len(gap.split()) <= _SAME_CLAUSE_WORDS


_CLAUSE_END = re.compile(r"[,;:.!?\u061f\u060c]|\s[-\u2013\u2014]\s")
_PURPOSE_CHARS = 120


def purpose(text: str, view: SentenceView, trigger: Hit) -> Span | None:
    """The purpose clause after the trigger: from its opening phrase to the end of the clause."""
    opener = next((h for h in view.hits if h.label == "purpose" and h.start > trigger.start), None)
    if opener is None:
        return None
    limit = min(view.sentence.end, opener.start + _PURPOSE_CHARS)
    stop = _CLAUSE_END.search(text, opener.end, limit)
    end = stop.start() if stop else limit
    if end - opener.end < 3:
        return None
    return Span(text[opener.start:end], opener.start, end)


def means(view: SentenceView, following: SentenceView | None, trigger: Hit | None = None) -> str | None:
    """The means of the move: in its sentence the means word nearest its trigger ("six flights landed ..., and the
    men were driven in trucks": the trucks drove them), else the first of the next sentence."""
    for v in (view, following):
        if v is None:
            continue
        found = [h for h in v.hits if h.label.startswith("means:")]
        if found:
            near = min(found, key=lambda h: abs(h.start - trigger.start)) if trigger is not None and v is view \
                else found[0]
            return near.label.split(":", 1)[1]
    return None


def time_of(sentence: str, published: str | None) -> str | None:
    year = _YEAR.search(sentence)
    if year:
        return year.group()
    return published[:7] if published else None


def counted_trip(doc: Document, view: SentenceView, means: Hit) -> bool:
    """A trip counted ("six flights landed", "drei Flüge"): how often they went, no vehicle that carries anyone."""
    return (doc.text[means.start:means.end].casefold() in frame_words(doc.language, "trips")
            and _counted(doc.text, view.sentence.start, means.start, frame_lexicon(doc.language).number_words))


def _counted(text: str, sentence_start: int, start: int, numbers: dict[str, int]) -> bool:
    """A number right before ``start`` ("six flights", "drei Flüge", "4 vols"; "at least six flights"): the word
    after it is counted. "Die Flüge brachten die Soldaten nach Niamey" counts nothing."""
    last = text[sentence_start:start].rsplit(maxsplit=1)[-1:]
    return bool(last) and (any(c.isdigit() for c in last[0]) or last[0].casefold().strip(",;:") in numbers)


_MOVER_WORDS = 2  # words between a group and the verb it is the subject of ("Hezbollah has reportedly moved")
_OBJECT_WORDS = 3   # words between the verb and its object ("moved all of the weapons", "نقل الحوثيون أسلحة")
#: words that count the object ("dozens of", "عشرات", "نحو"): part of it, no marker between the verb and it
_COUNTING = ("vague", "approximate")
#: ... when a verb-first language puts the subject before the verb: a time phrase often follows the verb then
_FRONTED_OBJECT_WORDS = 5


def moving_subject(spec: FrameSpec, doc: Document, view: SentenceView, trigger: Hit,
                   verb_first: bool) -> tuple[int, int] | None:
    """A named armed group that is the subject of an active move verb whose object is another movable group: it
    moves them, it is not moved ("Hezbollah smuggles weapons", "Hamas brought the hostages", "نقل الحوثيون أسلحة").
    Its span (with the words joined to it: "PKK militants"), else None. A group after the verb's marker of a passive
    ("smuggled by Hezbollah") or of a place is no object, so a passive gives none here."""
    known = entities()
    groups = [m for m in view.mentions if m.entity in spec.movable and m.start >= view.sentence.start
              and not (m.start < trigger.end and trigger.start < m.end)]
    after = [m for m in groups if m.start >= trigger.end]
    subject: list[Mention] = []
    reach = _OBJECT_WORDS
    if verb_first:  # verb, subject, object
        subject = [m for m in after[:1] if _words_between(doc.text, trigger.end, m.start) <= 1]
        if subject:
            subject = _run(after, subject[0])
        if not any(known[m.entity].kind in spec.agent_kinds for m in subject):
            subject = []  # "نقل أسلحة": the object right after the verb, no subject named there
        rest = [m for m in after if subject and m.start >= subject[-1].end]
        obj_from = subject[-1].end if subject else trigger.end
    # a verb-first language puts its subject first too after a complementiser or as a topic ("إن حزب الله نقل
    # أسلحة", "جماعة الحوثي دفعت بمقاتلين"): with no group right after the verb, the one right before it
    if not subject:  # subject, verb, object
        before = [m for m in groups if m.end <= trigger.start]
        subject = [m for m in before[-1:] if _words_between(doc.text, m.end, trigger.start) <= _MOVER_WORDS
                   and not CLAUSE_BREAK.search(doc.text, m.end, trigger.start)]
        if subject:
            subject = _run(list(reversed(before)), subject[0])[::-1]
        rest, obj_from = after, trigger.end
        if verb_first:  # the subject put first, a time phrase may follow the verb ("نقل خلال الأسبوعين الماضيين عشرات")
            reach = _FRONTED_OBJECT_WORDS
    if verb_first and any(h.start == trigger.start for h in view.labelled("push")):
        return _pusher(doc.text, subject, spec)
    if not subject or not rest or not any(known[m.entity].kind in spec.agent_kinds for m in subject):
        return None
    obj = rest[0]
    generic = ((frame_inventory().get("frames") or {}).get("relocation") or {}).get("generic_groups") or {}
    if any(m.entity in generic.get(obj.entity, ()) for m in subject):
        return None  # "Wagner retiró a sus combatientes": its own fighters, the group moved as before
    # a word that opens an object is no marker ("des armes", "a los prisioneros"); any other is: "by", "to", "from"
    openers = frame_words(doc.language, "object_openers")
    if (obj.entity in {m.entity for m in subject} or _words_between(doc.text, obj_from, obj.start) > reach
            or CLAUSE_BREAK.search(doc.text, obj_from, obj.start)
            or any(obj_from <= h.start and h.end <= obj.start and doc.text[h.start:h.end].casefold() not in openers
                   and h.label not in _COUNTING for h in view.hits)):
        return None
    return subject[0].start, subject[-1].end


def _pusher(text: str, subject: list[Mention], spec: FrameSpec) -> tuple[int, int] | None:
    """The subject right after a verb of pushing forward ("دفعت حركة طالبان بمئات المقاتلين نحو"): it pushes its
    object, written with "ب", forward (its own fighters too), and is not moved; not that object itself, the word
    after the verb being written with "ب" ("دفعت بمقاتلين": no subject named)."""
    if not subject or not any(entities()[m.entity].kind in spec.agent_kinds for m in subject):
        return None
    if text.startswith("\u0628", subject[0].start) or text[subject[0].start - 1:subject[0].start] == "\u0628":
        return None
    return subject[0].start, subject[-1].end


def _words_between(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def _run(ordered: list[Mention], first: Mention) -> list[Mention]:
    """``first`` and the mentions that follow it in ``ordered`` a few characters apart, when one is a generic group
    the other may stand for ("PKK militants", "مقاتلو حزب الله"; not the object next to its subject:
    "الحوثيون أسلحة")."""
    generic = ((frame_inventory().get("frames") or {}).get("relocation") or {}).get("generic_groups") or {}
    run = [first]
    for m in ordered[ordered.index(first) + 1:]:
        last = run[-1]
        if max(m.start - last.end, last.start - m.end) > _ADJACENT or not (
                m.entity == last.entity or m.entity in generic.get(last.entity, ())
                or last.entity in generic.get(m.entity, ())):
            break
        run.append(m)
    return run


#: words that may stand between a word of ability and the verb of reaching it governs ("können Moskau erreichen")
_ABILITY_REACH = 4


def in_range(view: SentenceView, trigger: Hit) -> bool:
    """A verb of reaching governed by a word of ability (`ability`) a few words before it in its clause: what a weapon
    or a force could reach, its range ("missiles that can reach Moscow", "peuvent atteindre Paris", "могут достичь
    Берлина"), no move told."""
    if not any(h.start == trigger.start for h in view.labelled("reach")):
        return False
    text = view.sentence.text
    b = trigger.start - view.sentence.start
    return any(0 <= b - (a := h.end - view.sentence.start) and len(text[a:b].split()) <= _ABILITY_REACH
               and not CLAUSE_BREAK.search(text, a, b) for h in view.labelled("ability"))
