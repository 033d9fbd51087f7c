"""Stage ``sources``: who the article cites. Writes ``doc.sources`` only.

A source is a person, an organisation, an outlet, a document or an anonymous-source expression,
found next to a speech cue of the frame lexicon ("according to", "заявил", "teilte ... mit",
"denied"):

* a known entity that can speak: an agency, a ministry, an outlet, or a government named by its
  country or capital right next to the cue ("Moscow denied", "у Пхеньяні заявили") — never a
  nationality ("Turkish", "сирийского") or a place the sentence only mentions ("... in Syria, said");
* a generic phrase of the lexicon with its kind ("local sources", "the observatory", "Генштаб",
  "l'état-major", "a report"), widened over the words before it ("Turkish officials") and over
  the name after it ("the news site Al-Masdar", "агентство «Интерфакс»"); not the audience of a
  cue ("told reporters", "сообщил журналистам");
* a capitalised name (two to four words) next to the cue: an outlet, an organisation or a
  government body when one of its words says so ("Al-Masdar News", "Syrian Observatory for Human
  Rights": ``source_names`` in the frame files), else a person.

:class:`Attribution` is the same finder for one sentence; the claims stage uses it to say who
each claim is attributed to.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

import regex as re
import yaml

from ..lexicon import (
    ADJECTIVE_AFTER_NOUN,
    MOVE_VERB_KEYS,
    FrameLexicon,
    Hit,
    PhraseMatcher,
    entities,
    frame_inventory,
    frame_lexicon,
    frame_words,
    hits_by_sentence,
)
from ..lexicon.places import find_places, geocode
from ..model import Document, Source, Span
from .frame_view import SentenceView, sentence_views

#: cues after which the article cites someone: it reports, denies or accuses
SPEECH_CUES = ("attribution", "denial", "accusation", "opinion")
SOURCE_REACH = 40  # characters between a speech cue and a source listed for the article
HANDOVER_REACH = 40  # characters between a verb of handing over and what it hands over
_CLAUSE_BREAK = re.compile(r"[,;:—–]")  # "Как передает ТАСС, боевиков ...": the clause ends

_CAP = r"[^\W\d_a-z\u0430-\u044f][^\W\d_]+"  # a capitalised word (Latin or Cyrillic)
_LINK = r"(?:[ \u00a0-]|\s(?:for|of|on|de|du|des|la|le|del|für|für die|der)\s)"  # "Observatory for Human Rights"
# A name: two to four capitalised words ("Salem Bouzid", "Олег Тимченко", "Al-Masdar News").
_ARTICLES = r"(?:The|A|An|Le|La|Les|L|Der|Die|Das|El|Los|Las|Il)\b"
_NAME = re.compile(rf"(?<![\w-])(?!{_ARTICLES}){_CAP}(?:{_LINK}{_CAP}){{1,4}}(?![\w-])")
#: Arabic articles joined to a name in Latin letters ("al-Tamimi", "ad-Dschuburi")
_ARABIC_ARTICLES = "al|el|ad|ar|as|ash|at|az|an"
# a name's later word may open with a small Arabic article ("Hadi al-Tamimi", "Abbas al-Dschuburi")
_CAP_OR_PARTICLE = rf"(?:(?:{_ARABIC_ARTICLES})-)?{_CAP}"
_NAME_AFTER = re.compile(rf"[ \u00a0]+({_CAP}(?:[ \u00a0-]{_CAP_OR_PARTICLE}){{0,2}})")
# A name after a generic outlet or body: quoted ("агентство «Интерфакс»") or capitalised ("site Al-Masdar")
_TITLE_AFTER = re.compile(rf"[ \u00a0]+(?:[«\"“„][^»\"”“]{{1,40}}[»\"”“]|{_CAP}\d*(?:[ \u00a0-]{_CAP}\d*){{0,2}})")
_NAMED_KINDS = ("media", "organisation", "government", "agency")
# ... or quoted after one or two small words that qualify the outlet ("le journal en ligne « L'Écho du Levant »",
# "the online newspaper "Frontline""): group 1 holds those words, which must be small
_QUOTED_TITLE_NEAR = re.compile(r"((?:[ \u00a0]+[^\W\d_]\w*){1,2})[ \u00a0]+[«\"“„][^»\"”“]{1,40}[»\"”“]")
# Turkish, Syrian, Iraqi, syrischen, and the Arabic nisba (سوريين, العراقيين, التركية)
_DEMONYM = re.compile(r"(?:ish|ian|ean|ese|ic|an|i|ische[nrms]?|isch|\u064a(?:\u0629|\u064a\u0646|\u0648\u0646)?)$")
_AUX = re.compile(r"\s+(?:\w{1,4}\s+)?")  # "Moscow denied", "Le Kremlin a démenti", "Moskau hat dementiert"
# "заявили в Москве", "заявили у Пхеньяні", "a déclaré le Pentagone", "sagte das Pentagon": the place after the cue
_IN = re.compile(r"\s*(?:(?:[ву]|the|le|la|el|das|der|die)\s+|l['\u2019])?")
_TIED = ("в", "у")  # prepositions that tie a place to the cue before it ("заявили в Москве")
# the word before a position: searched backwards from it ((?r), the same match; forwards each character of the window
# was tried as the word's opening)
_WORD_BEFORE = re.compile(r"(?r)([^\W\d_][\w'\u2019-]*)[ \u00a0]+$")
# An outlet that received a statement: a name or an acronym right after "told", "dijo a" ("told RT")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present
_OUTLET = re.compile(rf"[ \u00a0]*(?:(?:the|la|le|el|der|dem|die)[ \u00a0]+|l['\u2019])?"
                     rf"({_CAP}(?:[ \u00a0-]{_CAP}){{0,2}})(?![\w-])")


@dataclass(frozen=True)
class SourceWords:
    """The sources stage's own words of one language (``lexicon/source_words.yaml``): more cues
    (label ``opinion``), more generic sources (``source:<kind>``), words before an outlet that
    received a statement (``told``), and the links and still words of widening."""

    matcher: PhraseMatcher
    links: frozenset[str] = field(default_factory=frozenset)
    still: frozenset[str] = field(default_factory=frozenset)
    left_words: int = 2
    right_words: int = 0
    right_stop: frozenset[str] = field(default_factory=frozenset)
    #: frame labels a complement never runs over ("Według wywiadu żołnierzy KRLD przewieziono": the group moved)
    complement_stop: frozenset[str] = field(default_factory=frozenset)
    this: frozenset[str] = field(default_factory=frozenset)
    #: auxiliaries of the perfect ("has", "hat", "a"): a government's place, one of them and maybe an adverb, then a cue
    perfect: frozenset[str] = field(default_factory=frozenset)
    #: cues whose object is what they judge, whatever its article ("called the report a fabrication")
    judging: frozenset[str] = field(default_factory=frozenset)
    #: words of a time expression ("Saturday", "Woche", "jeudi"): a complement stops before them
    time: frozenset[str] = field(default_factory=frozenset)


@lru_cache(maxsize=1)
def _source_words_file() -> dict[str, Any]:
    path = resources.files("narrascope.lexicon").joinpath("source_words.yaml")
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}  # noqa: S506 - a safe loader


@lru_cache(maxsize=32)
def source_words(language: str | None) -> SourceWords:
    """The sources stage's words of ``language`` (none where the file has no section for it)."""
    data = _source_words_file().get(language or "en") or {}
    pairs = [("opinion", p) for p in data.get("cues") or []] + [("told", p) for p in data.get("told") or []]
    pairs += [("preposed", p) for p in data.get("preposed") or []] + [("honour", p) for p in data.get("honour") or []]
    for kind, phrases in (data.get("sources") or {}).items():
        pairs += [(f"source:{kind}", p) for p in phrases or []]
    fold = lambda words: frozenset(str(w).casefold() for w in words or ())  # noqa: E731
    return SourceWords(PhraseMatcher(pairs, language), fold(data.get("links")), fold(data.get("still")),
                       int(data.get("left_words", 2)), int(data.get("right_words", 0)), fold(data.get("right_stop")),
                       frozenset(str(w) for w in data.get("complement_stop") or ()), fold(data.get("this")),
                       perfect=fold(data.get("perfect")), judging=fold(data.get("judging")),
                       time=fold(data.get("time")))


@dataclass
class Attribution:
    """Finds sources next to the cues of a sentence (rules in the module docstring)."""

    frame: str = "relocation"
    #: also the sources stage's own words and spans (``source_words``: more cues and source words,
    #: outlets told, complements); the claims stage reads them too: on the gold sets a claim then names
    #: the source its gold names more often (claims2 28 -> 32 of 42, claims_blind2 25 -> 27), events unchanged
    own_words: bool = False

    def __post_init__(self) -> None:
        self._last: tuple[Document, str, dict[int, list[Hit]]] | None = None  # the last document's own hits
        #: the last document's sentences' hits with its own, by sentence: (the view's hits, the two merged)
        self._merged: dict[int, tuple[list[Hit], list[Hit]]] = {}
        inventory = frame_inventory()
        spec = (inventory.get("frames") or {}).get(self.frame) or {}
        self.movable = frozenset(spec.get("movable") or ())
        self.agent_kinds = frozenset(spec.get("agent_kinds") or ())
        kinds = inventory.get("source_kinds") or {}
        self.by_entity: dict[str, str] = kinds.get("by_entity") or {}
        self.by_kind: dict[str, str] = kinds.get("by_kind") or {}

    def attributed(self, doc: Document, view: SentenceView, previous: SentenceView | None,
                   silent: tuple[int, int] | None = None) -> Source | None:
        """Who a claim in ``view`` is attributed to: a source there (who says it, or who denies it:
        "Moscow denied sending ..."), else who says it in the sentence before; never the words ``silent``
        (the group the claim moves)."""
        return self.nearest(doc, view, ("attribution", "denial"), silent) or self.nearest(doc, previous)

    def nearest(self, doc: Document, view: SentenceView | None,
                cue_labels: tuple[str, ...] = ("attribution",), silent: tuple[int, int] | None = None
                ) -> Source | None:
        """The source nearest a cue of ``cue_labels`` (an attribution cue) in the sentence, none of it within
        ``silent``."""
        if view is None:
            return None
        # who spoke, before whom they spoke to ("a military source in Damascus told Sputnik")
        speakers, outlets = self._near(doc, view, cue_labels)
        if silent is not None:
            # whom a claim moves does not speak ("La cancillería también negó la llegada de tropas rusas")
            a, b = silent
            speakers, outlets = ([(d, x) for d, x in found if not (a < x.end and x.start < b)]
                                 for found in (speakers, outlets))
        options = speakers or outlets
        # a source inside a longer one gives way to it, as in doc.sources ("Warsaw" in "a spokeswoman for
        # the border agency in Warsaw", "Damascus" in "a military source in Damascus")
        longest = [(d, x) for d, x in options if not any(
            o.start <= x.start and x.end <= o.end and o.end - o.start > x.end - x.start for _, o in options)]
        if not longest:
            return None
        best = min(longest, key=lambda x: x[0])[1]
        if best.canonical is None:  # "The Pentagon" widened from "Pentagon": still the United States
            named = [x for _, x in options if x.canonical and best.start <= x.start and x.end <= best.end]
            if named:
                best = replace(best, canonical=max(named, key=lambda x: x.end - x.start).canonical)
        return best

    def near_cues(self, doc: Document, view: SentenceView,
                  cue_labels: tuple[str, ...] = ("attribution",)) -> list[tuple[int, Source]]:
        """Every named or generic source near a cue of ``cue_labels``, with its distance to the cue, and
        the outlets that were told."""
        speakers, outlets = self._near(doc, view, cue_labels)
        return speakers + outlets

    def _near(self, doc: Document, view: SentenceView,
              cue_labels: tuple[str, ...]) -> tuple[list[tuple[int, Source]], list[tuple[int, Source]]]:
        """The sources near a cue of ``cue_labels`` with their distances: those who speak, and the outlets
        that were told (only with the stage's own words)."""
        hits = self.hits(doc, view)
        # a cue inside a name is the name's ("State" in "Islamic State")
        cues = [h for h in hits if h.label in cue_labels and not self._hands_over(view, h)
                and not any(m.start <= h.start and h.end <= m.end and (m.start, m.end) != (h.start, h.end)
                            for m in view.mentions)]
        honours = [h for h in hits if h.label == "honour"]
        if honours:  # "Улицы называют в честь Бандеры", "a street named after Bandera": naming cites no one
            cues = [c for c in cues if not any(_HONOUR_GAP.fullmatch(doc.text, c.end, h.start) for h in honours)]
        if not cues:
            return [], []
        options = self._entities(doc, view, cues) + self._generic(doc, view, cues, hits) + self._names(doc, view, cues)
        preposed = [c for c in cues if any(p.label == "preposed" and c.start < p.end and p.start < c.end for p in hits)]
        if preposed:  # "des umstrittenen Renaissance-Staudamms nach Angaben ...": who is cited follows the cue
            options = [(d, s) for d, s in options if s.canonical is not None or s.kind != "person"
                       or not any(0 <= c.start - s.end <= 1 for c in preposed)
                       or any(_distance(s, [c]) <= 2 for c in cues if c not in preposed)]
        audience = [h for h in hits if h.label == "audience"]
        # right after a cue that comes before whom it cites, an outlet is cited, not told ("laut der Zeitung",
        # "nach Angaben der Nachrichtenagentur": the dative or genitive of "sagte der Zeitung")
        cited = [a for a in audience if any(p.label == "preposed" and p.start < a.start and p.end < a.end
                                            and not doc.text[p.end:a.start].strip() for p in hits)]
        audience = [a for a in audience if a not in cited]
        # as it stands: what follows the outlet is what it said ("nach Angaben der Zeitung in der Stadt Azaz")
        outlets_cited = [(_distance(a, cues) + 1, Source(doc.text[a.start:a.end], a.start, a.end, None, "media"))
                         for a in cited]
        opens = [h for h in hits if h.label == "complementizer"]
        options = [(d, s) for d, s in options if not any(  # "заявив, що російські окупанти ...": talked about
            c.end <= o.start and o.end <= s.start for c in cues for o in opens) or _speaks_next(doc, s, cues)]
        told = [a for a in audience if any(c.start == a.start for c in hits if c.label == "attribution")]
        options = [(d, s) for d, s in options if not _reported_subject(doc, view, s, cues, hits)]
        options = [(d, s) for d, s in options if not any(c.start < s.end and s.start < c.end for c in cues)
                   and not any(h.end <= s.start and _HONOUR_GAP.fullmatch(doc.text, h.end, s.start) for h in honours)
                   and not any(a.start <= s.start and s.end <= a.end for a in audience)
                   and not any(0 <= s.start - a.end <= 3 for a in told)]  # "told reporters"
        if not self.own_words:
            return options + outlets_cited, []
        widened = [(d, _with_complement(doc, view, s, hits)) for d, s in options]  # nearer its cue once widened
        widened += outlets_cited
        speakers = _before_the_content(doc, view, [(min(d, _distance(w, cues)), w) for d, w in widened], cues, hits)
        return speakers, self._outlets(doc, view, hits)

    def hits(self, doc: Document, view: SentenceView) -> list[Hit]:
        """The sentence's frame hits and those of the sources stage's own words (``source_words``)."""
        if not self.own_words:
            return view.hits
        last = self._last
        if last is None or last[0] is not doc or last[1] is not doc.text:
            by_sentence: dict[int, list[Hit]] = {}
            for index, h in hits_by_sentence(source_words(doc.language).matcher, doc):
                by_sentence.setdefault(index, []).append(h)
            last = self._last = (doc, doc.text, by_sentence)
            self._merged = {}
        extra = last[2].get(view.sentence.index)
        if not extra:
            return view.hits
        # merged once per sentence (the stages ask for every cue label and sentence: a set of hits each time), again
        # if the sentence's hits are other ones
        merged = self._merged.get(view.sentence.index)
        if merged is None or merged[0] is not view.hits:
            known = set(view.hits)
            merged = (view.hits, [*view.hits, *(h for h in extra if h not in known)])
            self._merged[view.sentence.index] = merged
        return merged[1]

    def _outlets(self, doc: Document, view: SentenceView, hits: list[Hit]) -> list[tuple[int, Source]]:
        """An outlet that received a statement, named right after "told", "dijo a", "interrogé par"."""
        out: list[tuple[int, Source]] = []
        for h in hits:
            if h.label != "told":
                continue
            named = self._outlet_by_kind(doc, view, hits, h)
            if named is not None:
                out.append((0, named))
                continue
            found = _OUTLET.match(doc.text, h.end, view.sentence.end)
            if found is not None and found.group(1)[0].isupper():
                a, b = found.span(1)
                out.append((0, Source(doc.text[a:b], a, b, None, "media")))
        return out

    @staticmethod
    def _outlet_by_kind(doc: Document, view: SentenceView, hits: list[Hit], told: Hit) -> Source | None:
        """An outlet told, named after a word of its kind and a few words before it ("told the Ukrainian agency
        Ukrinform", "told the news site Levant Insight"): from the first word after the cue to the name."""
        for g in hits:
            if not (g.label in ("source:media", "source:agency") and told.end < g.start
                    and _FEW_WORDS.fullmatch(doc.text, told.end, g.start)):
                continue
            name = _TITLE_AFTER.match(doc.text, g.end, view.sentence.end)
            if name is not None and _cased(name.group().lstrip()):
                gap = doc.text[told.end:g.start]
                a = told.end + len(gap) - len(gap.lstrip())  # the first word after the cue
                return Source(doc.text[a:name.end()], a, name.end(), None, "media")
        return None

    def _hands_over(self, view: SentenceView, cue: Any) -> bool:
        """A speech verb that is also a verb of handing over, with something movable right after it, hands
        it over ("СДС передали Іраку 125 бойовиків", not "передає ТАСС")."""
        text = view.sentence.text
        base = view.sentence.start
        return any(h.label == "handover" and h.start == cue.start for h in view.hits) and any(
            m.entity in self.movable and 0 <= m.start - cue.end <= HANDOVER_REACH
            and not _CLAUSE_BREAK.search(text, cue.end - base, m.start - base) for m in view.mentions)

    def _entities(self, doc: Document, view: SentenceView, cues: list[Any]) -> list[tuple[int, Source]]:
        known = entities()
        out: list[tuple[int, Source]] = []
        for m in view.mentions:
            kind = known[m.entity].kind
            if m.entity in self.movable or (m.entity not in self.by_entity and kind not in self.agent_kinds):
                continue
            near = _distance(m, cues)
            if kind == "country" and not (_speaks(doc, m, cues)
                                          or _joined_to_speaker(doc, m, view.mentions, cues, view.sentence.start)):
                continue  # the cue's subject ("Moscow denied"), never "Turkish" or "... in Syria, said"
            kind_of_source = self.by_entity.get(m.entity) or self.by_kind.get(kind, "government")
            out.append((near, Source(m.text, m.start, m.end, canonical=m.name, kind=kind_of_source)))
        return out

    def _generic(self, doc: Document, view: SentenceView, cues: list[Any],
                 hits: list[Hit]) -> list[tuple[int, Source]]:
        out: list[tuple[int, Source]] = []
        words = source_words(doc.language)
        for h in (h for h in hits if h.label.startswith("source:")):
            kind = h.label.split(":", 1)[1]
            if _modifies(doc.text, h, hits):
                continue  # "NGO ships", "NGO-Schiffe", "UN-Konvoi": the ships, the convoy, not the NGO
            if kind in ("person", "anonymous") and doc.language in _GENITIVE_FIRST and _DATIVE.search(
                    doc.text, h.start, h.end):
                continue  # "диктуют политику президенту", "надав президенту": whom one speaks or gives to (a
                # body's "-у" is its Ukrainian genitive: "за даними департаменту")
            if kind == "document" and doc.language == "de" and not doc.text[h.start:h.end].endswith("n") \
                    and _ACCUSATIVE_BEFORE.search(doc.text, max(0, h.start - 8), h.start):
                continue  # "wies den Bericht zurück", "veröffentlichte den Bericht": what was denied or published
            floor = max([view.sentence.start, *(c.end for c in cues if c.end <= h.start),  # not into the cue
                         *(a.end for a in hits if a.label in ("audience", "complementizer") and a.end <= h.start),
                         # nor over a verb of the frames or what it moves by ("Polizei bringen NGO", "суда НКО")
                         *(a.end for a in hits if a.end <= h.start and _stops_widening(a.label)
                           and _word_ends(doc.text, a.end))])
            start = (_widen_left(doc.text, h.start, floor, words.still, words.left_words,
                                 verbs=doc.language in _GENITIVE_FIRST) if self.own_words
                     else _widen_left(doc.text, h.start, floor, verbs=doc.language in _GENITIVE_FIRST))
            end = h.end
            after = _NAME_AFTER if kind == "person" else _TITLE_AFTER if kind in _NAMED_KINDS else None
            name = after.match(doc.text, h.end, view.sentence.end) if after is not None else None
            if name is None and after is _TITLE_AFTER:
                near = _QUOTED_TITLE_NEAR.match(doc.text, h.end, view.sentence.end)
                name = near if near is not None and all(w[0].islower() for w in near.group(1).split()) else None
            quoted = name is not None and name.re is _QUOTED_TITLE_NEAR  # a quoted title: a name, whatever its case
            if name is not None and (quoted or _cased(name.group().lstrip()) or not self.own_words) and not any(
                    c.start < name.end() and name.start() < c.end for c in cues) and (
                    quoted or name.group().lstrip()[:1] in "«\"“„"
                    or not (self._told_of(view, hits, name.start(), name.end())
                            or kind == "media" and _subject_of_a_move(view, hits, name.start() + len(
                                name.group()) - len(name.group().lstrip())))):
                end = name.end()  # the name after a title or a generic noun ("Colonel Salem Bouzid", "site Al-Masdar")
            elif self.own_words and words.right_words:
                # nor over a frame's trigger ("نفت الحكومة التركية إرسال مرتزقة": the sending is what was denied)
                end = _widen_right(doc.text, end, min([view.sentence.end, *(c.start for c in cues if c.start >= end),
                                                       *(a.start for a in hits if a.start >= end
                                                         and _stops_widening(a.label))]), words)
            if kind == "document" and self.own_words and _judged(doc.text, start, cues, words,
                                                                 doc.language in _GENITIVE_FIRST):
                continue  # "назвал эти заявления «абсурдными»", "rejected these reports": what is judged
            out.append((_distance(h, cues) + 1, Source(doc.text[start:end], start, end, None, kind)))
        return out

    def _told_of(self, view: SentenceView, hits: list[Hit], start: int, end: int) -> bool:
        """The capitalised words after a generic source are what the sentence tells of, not its name: a group
        that can be moved or a concept ("nach Angaben der Polizei Migranten ...": German capitalises every
        noun), a frame's word or a means ("der Behörde Schiffe"); a quoted title is a name ("Представитель
        «Талибана»")."""
        return any(m.start < end and start < m.end and (m.entity in self.movable or entities()[m.entity].kind
                                                          == "concept") for m in view.mentions) or any(
            a.start < end and start < a.end and _stops_widening(a.label) for a in hits)

    def _names(self, doc: Document, view: SentenceView, cues: list[Any]) -> list[tuple[int, Source]]:
        lexicon: FrameLexicon = sentence_views(doc)[0]
        out: list[tuple[int, Source]] = []
        for found_start, found_end, found in _name_runs(view.sentence.text):
            if not found[0].isupper():
                continue  # "éventuels citoyens": an accented lower-case letter is no capital
            a, b = view.sentence.start + found_start, view.sentence.start + found_end
            near = _distance(Span("", a, b), cues)  # the time it spoke stands between a name and its cue
            offset, name = _around_a_time(found, doc.language)
            if not name:
                continue
            a, b = a + offset, a + offset + len(name)
            aside = _APPOSITIVE.match(doc.text, b, view.sentence.end)
            if near > 2 and aside is not None and any(0 <= c.start - aside.end() <= 6 and _AUX.fullmatch(
                    doc.text, aside.end() - 1, c.start) for c in cues):
                near = 2  # "Hossein Karimabadi, who sits on the committee, said": the cue after what is said of him
            if near > 2 or any(m.start <= a and b <= m.end for m in view.mentions):
                continue  # a known entity is named by its mention
            words = _LETTERS.findall(name)
            kind = next((lexicon.source_names[w.casefold()] for w in reversed(words)
                         if w.casefold() in lexicon.source_names), "person")
            if kind == "person" and (any(m.start < b and a < m.end for m in view.mentions)
                                     or _NOT_IN_A_PERSONS_NAME.search(name)):
                continue  # a person's name holds no known entity ("Syrian Observatory" is no person), nor the
                # links of an organisation's name or a German noun phrase ("Ausmaß der Kriminalitätswelle")
            if kind == "person" and (_a_place(name, doc.language) or _named_by_region(doc.text, view, a)
                                     or _governed(doc.text, view, a)):
                continue  # nor is it a place ("... la base en Al-Shadadi, informó la agencia"), nor a preposition's
                # object ("face aux forces arméniennes du Haut-Karabakh, a affirmé ...": who spoke is a subject)
            out.append((near + 2, Source(doc.text[a:b], a, b, None, kind)))
        return out


@lru_cache(maxsize=1024)
def _name_runs(text: str) -> tuple[tuple[int, int, str], ...]:
    """Each run ``_NAME`` finds in a sentence's ``text``, as (start, end, text): found once per sentence, though
    the claims stage and the sources stage ask for it with other cues (a third of the asks on corpus-500)."""
    return tuple((m.start(), m.end(), m.group()) for m in _NAME.finditer(text))


# a run of letters; compiled once: the ``regex`` module looks up a pattern given as a string slowly (about 4 us a
# call, against 1 us for the compiled pattern's own work)
_LETTERS = re.compile(r"[^\W\d_]+")
#: link words a capitalised run may hold around a time expression ("Ministry on Saturday", "Ministeriums am ...")
_TIME_LINKS = "for|of|on|de|du|des|la|le|del|für|die|der"
_LINKS_AT_END = re.compile(rf"(?:\s+(?:{_TIME_LINKS}))*\s*$")
_LINKS_AT_START = re.compile(rf"\s*(?:(?:{_TIME_LINKS})\s+)*")


def _around_a_time(name: str, language: str | None) -> tuple[int, str]:
    """A capitalised run without the time expression in it, as (its offset in the run, its text): what comes
    before it ("Foreign Ministry on Saturday": "Foreign Ministry"), or after it where it opens the run
    ("Wednesday on Fox News": "Fox News"); empty where what is left is no name."""
    moment = source_words(language).time
    cut = next((w for w in _LETTERS.finditer(name) if w.group().casefold() in moment), None)
    if cut is None:
        return 0, name
    head = _LINKS_AT_END.sub("", name[:cut.start()])
    if _NAME.fullmatch(head):
        return 0, head
    lead = _LINKS_AT_START.match(name, cut.end())
    tail = name[lead.end():] if lead is not None else ""
    return (lead.end(), tail) if lead is not None and _NAME.fullmatch(tail) else (0, "")


# up to two words between a cue and what names a thing after someone ("назвали улицу в честь")
_HONOUR_GAP = re.compile(r"[ \u00a0]*(?:[^\W\d_][\w'\u2019-]*[ \u00a0]+){0,2}")
_BRACKETED = re.compile(r"\s*[(\[][^()\[\]]{1,40}[)\]]")  # a short form in brackets after a name
# what joins a second source to the first: a conjunction, or a participle of citing ("des témoins cités par
# plusieurs médias", "fuentes locales citadas por la agencia", "sources quoted by Reuters")
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or|und|oder|и|или|і|й|та|або|et|ou|y|e|o"
                     r"|cit\w*(?: (?:par|por|by))?|quoted(?: by)?|zitiert\w* (?:von|vom|durch|in)"
                     r"|цитируем\w*|на котор\w* ссыла\w*|процитован\w*)"
                     r"\s+(?:[^\W\d_]{1,3}['\u2019]?\s*){0,2}")
_LEAD_WORDS = re.compile(r"\s*(?:[^\W\d_]{1,3}['\u2019]?\s*){0,2}")  # an article or two before the source


def _before_the_content(doc: Document, view: SentenceView, options: list[tuple[int, Source]], cues: list[Any],
                        hits: list[Hit]) -> list[tuple[int, Source]]:
    """A cue that comes before whom it cites ("according to", "по данным", "nach Angaben", "selon", "según":
    ``preposed`` of source_words) cites what follows it up to the clause's end, or up to the end of the source
    that follows it at once; what comes after is what was said ("По данным итальянского МВД, суда НКО
    перевозят ...", "Nach Angaben der Polizei bringen NGO-Schiffe ...": no ship, no NGO speaks). A source
    there speaks only next to a cue of its own ("..., the ministry said")."""
    preposed = [p for p in hits if p.label == "preposed" and any(c.start < p.end and p.start < c.end for c in cues)]
    if not preposed or not options:
        return options
    text = doc.text
    for p in preposed:
        own = [c for c in cues if c.start < p.end and p.start < c.end]
        others = [c for c in cues if c not in own]
        brk = _CLAUSE_BREAK.search(text, p.end, view.sentence.end)
        bound = brk.start() if brk is not None else view.sentence.end
        first = [s for _, s in options if p.end <= s.start < bound and _LEAD_WORDS.fullmatch(text, p.end, s.start)]
        if first:  # the source right after the cue, however widened: the first to start
            start = min(s.start for s in first)
            bound = min(bound, max(s.end for s in first if s.start == start))
            short = _BRACKETED.match(text, bound, view.sentence.end)
            bound = short.end() if short is not None else bound  # "l'agence de presse syrienne (SANA)"
            while True:  # "according to the UN and local officials": a second source joined to the first
                joined = [s for _, s in options if s.start > bound and _JOINED.fullmatch(text, bound, s.start)]
                if not joined:
                    break
                bound = max(s.end for s in joined)
        options = [(d, s) for d, s in options if s.start < p.end or s.end <= bound
                   or (others and _distance(s, others) <= SOURCE_REACH)]
    return options


#: what is said of a name between commas, right after it ("Reza Nia, a Guards commander in Sistan, told"; "X, who
#: sits on the committee, said"): no sentence end or other clause mark inside
_APPOSITIVE = re.compile(r",[ \u00a0]+[^,.;:!?\n\"«»“”„]{3,90}?,[ \u00a0]*")
#: links that join the words of an organisation's name or a noun phrase, never a person's (unlike de, del, la)
_NOT_IN_A_PERSONS_NAME = re.compile(r"\s(?:for|of|on|für|der)\s")
_REGION_TO_NAME = re.compile(r"(?:\s+[^\W\d_]+){0,2}['\u2019\s]\s*")


def _named_by_region(text: str, view: SentenceView, start: int) -> bool:
    """The name follows a region's noun ("en la provincia iraquí de Al Anbar", "the province of Nineveh"):
    the region's name, even where the gazetteer lacks it."""
    return any(_REGION_TO_NAME.fullmatch(text, h.end, start) for h in view.labelled("lies_in") if h.end <= start)


def _governed(text: str, view: SentenceView, start: int) -> bool:
    """The name comes right after a preposition that says where from, to or of ("du", "aus dem", "из")."""
    return any(h.end <= start and not text[h.end:start].strip() for h in view.hits
               if h.label in ("origin", "destination", "genitive"))


def _a_place(name: str, language: str | None) -> bool:
    """The name is a place the gazetteer knows, maybe behind an article ("Al-Shadadi": Shaddadi)."""
    return geocode(name, language) is not None or any(
        end - start >= len(name) - 4 for start, end, _ in find_places(name, language))


@dataclass
class SourceStage:
    """Writes ``doc.sources``: each source the article cites, once, in reading order."""

    def __post_init__(self) -> None:
        self.attribution = Attribution(own_words=True)

    def __call__(self, doc: Document) -> Document:
        _, views = sentence_views(doc)
        found: list[Source] = []
        for view in views:
            if view.dateline_end:
                found += _dateline_agency(doc.text, view.sentence.start, view.dateline_end)
            options = self.attribution.near_cues(doc, view, SPEECH_CUES)  # once: the stage's costliest step
            if any(h.label == "attribution" for h in view.hits):  # the nearest, however far, of an attribution
                found += [min(options, key=lambda x: x[0])[1]] if options else []
            found += [s for d, s in options if d <= SOURCE_REACH]
            found += self._surnames(doc, view, found)
        moved = [(c.moved.start, c.moved.end) for claim in doc.claims for c in (claim, *claim.mentions)
                 if c.moved is not None]
        # whom a claim moves does not speak ("вывезли ... несколько десятков командиров ИГИЛ ..., сообщили")
        found = [s for s in found if not any(a < s.end and s.start < b for a, b in moved)]
        doc.sources = unique_sources(_short_forms_joined(doc.text, found))
        return doc


    def _surnames(self, doc: Document, view: SentenceView, found: list[Source]) -> list[Source]:
        """A person named in full before ("Colonel-General Dmitry Vetrov") named again by the last word of the name
        alone, next to a speech cue in its clause ("Vetrov said", "According to Tamimi"): the same person."""
        last = {_SURNAME_TAIL.sub("", x.text.split()[-1]): x for x in found
                if x.kind == "person" and x.end <= view.sentence.start and len(x.text.split()) >= 2}
        last = {w: x for w, x in last.items() if len(w) >= _SURNAME_LETTERS and w[0].isupper()}
        if not last:
            return []
        cues = [h for h in self.attribution.hits(doc, view) if h.label in SPEECH_CUES]
        out = []
        for w in _WORD.finditer(doc.text, view.sentence.start, view.sentence.end):
            if w.group() not in last or any(x.start <= w.start() < x.end for x in found):
                continue
            if any(0 <= c.start - w.end() <= _SURNAME_GAP and not _CLAUSE_BREAK.search(doc.text, w.end(), c.start)
                   or 0 <= w.start() - c.end <= _SURNAME_GAP and not _CLAUSE_BREAK.search(doc.text, c.end, w.start())
                   for c in cues):
                out.append(Source(w.group(), w.start(), w.end(), last[w.group()].canonical, "person"))
        return out


_SURNAME_TAIL = re.compile(rf"^(?:{_ARABIC_ARTICLES})-|[,.;:]+$")  # "al-Tamimi" -> "Tamimi"
_SURNAME_LETTERS = 4
_SURNAME_GAP = 4  # characters between the surname and its cue ("Vetrov said", "According to Tamimi")
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_BRACKET_OPENS = re.compile(r"\s*[(\[]\s*")
_BRACKET_REACH = 4  # characters from a name to its bracketed short form: " (", " ( "


#: the agency of a wire dateline, in brackets or slashes ("MOSCOW, May 3 (TASS) —", "МОСКВА, 28 сентября. /ТАСС/.")
_FILED_BY = re.compile(r"\(([^\W\d_][^()\n]{0,39})\)|/([^/\n]{1,30})/")


def _dateline_agency(text: str, start: int, end: int) -> list[Source]:
    """The agency that filed the copy, named in the dateline that opens a paragraph: the article cites it."""
    brackets = list(_FILED_BY.finditer(text, start, end))
    if not brackets:
        return []
    found = brackets[-1]  # the last bracket or slashes: a date or a city never stands in them after the agency
    a, b = found.span(1) if found.group(1) is not None else found.span(2)
    return [Source(text[a:b], a, b, None, "media")]


def _short_forms_joined(text: str, sources: list[Source]) -> list[Source]:
    """A name and the short form bracketed after it ("Syrian Arab News Agency (SANA)") are one source:
    the name, known by the short form's canonical name when it has none of its own."""
    starting: dict[int, list[Source]] = {}
    for t in sources:
        starting.setdefault(t.start, []).append(t)
    shorts: set[tuple[int, int]] = set()
    joined: list[Source] = []
    for s in sources:
        short = next((t for gap in range(1, _BRACKET_REACH + 1) for t in starting.get(s.end + gap, ())
                      if t is not s and _BRACKET_OPENS.fullmatch(text[s.end:t.start])
                      and text[t.end:t.end + 2].lstrip()[:1] in (")", "]")), None)
        if short is not None:
            shorts.add((short.start, short.end))
            if s.canonical is None and short.canonical is not None:
                s = replace(s, canonical=short.canonical, kind=short.kind)
        joined.append(s)
    return [s for s in joined if (s.start, s.end) not in shorts]


def unique_sources(sources: list[Source]) -> list[Source]:
    """Each wording once, in reading order; a source inside a longer one found at the same place
    ("The Syrian Observatory" in "Syrian Observatory for Human Rights") gives way to it."""
    longest: list[Source] = []
    for s in sorted(sources, key=lambda x: (x.start - x.end, x.start)):
        if not any(o.start < s.end and s.start < o.end and o.end - o.start > s.end - s.start for o in longest):
            longest.append(s)
    sources = [s for s in sources if s in longest]
    seen: set[str] = set()
    out: list[Source] = []
    for s in sources:
        key = " ".join(s.text.casefold().split())  # each wording once: "SVR", "Russian intelligence"
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _judged(text: str, start: int, cues: list[Any], words: SourceWords, verbs: bool) -> bool:
    """A document named with a demonstrative right after a cue ("dismissed these reports") or, where
    ``verbs``, after a Russian or Ukrainian verb ("назвал эти заявления «абсурдными»"), or with any article right
    after a judging cue ("called the report a fabrication"): the verb's object."""
    if words.judging and any(c.end <= start and text[c.start:c.end].casefold() in words.judging
                             and _ARTICLE_GAP.fullmatch(text, c.end, start) for c in cues):
        return True
    this = words.this
    first = _TOKEN.match(text, start)
    if first is None or first.group().casefold() not in this:
        short = _WORD_BEFORE.search(text, max(0, start - 40), start)  # one left out of the widening: "ці звіти"
        if short is None or short.group(1).casefold() not in this:
            return False
        start = short.start(1)
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return any(c.end <= start and not text[c.end:start].strip() for c in cues) or (
        verbs and before is not None and before.group(1).islower() and _FINITE_VERB.search(before.group(1)) is not None)


_ARTICLE_GAP = re.compile(r"[ \u00a0]+(?:[^\W\d_]{1,3}[ \u00a0]+)?")
_FEW_WORDS = re.compile(r"[ \u00a0]+(?:[^\W\d_][\w-]*[ \u00a0]+){0,3}")  # up to three words between a cue and a word
_ONE_WORD = re.compile(r"\s+[^\W\d_]+\s+")  # an adjective between a cue and its source ("według lokalnych źródeł")
_OWNER_GAP = re.compile(r"[ \u00a0]+(?:(?:de|des|du|del|de la|de las|de los|of|of the|der)[ \u00a0]+)?"
                        r"|[ \u00a0]+(?:de[ \u00a0]+l|d)['\u2019]")


def _modifies(text: str, h: Hit, hits: list[Hit]) -> bool:
    """A source word right before or after a means of moving ("NGO ships", "NGO-Schiffe", "суда НКО",
    "navires d'ONG"), or before a hyphen and a word that is no source word of its own, is that word's
    modifier: the ships' owner speaks there no more than the ships do."""
    if any(a.label.startswith("means") and a.end <= h.start and _OWNER_GAP.fullmatch(text, a.end, h.start)
           for a in hits):
        return True  # after it: "суда НКО", "navires ONG", "barcos de las ONG", "ships of the NGO"
    gap = text[h.end:h.end + 1]
    if gap not in (" ", "-", "\u2011"):
        return False
    # right before the vehicle it is its owner ("NGO ships", "military aircraft"), unless a cue that comes before
    # whom it cites has just opened it ("Według lokalnych źródeł konwój opuścił ...": by local sources, a convoy)
    opened = any(p.label == "preposed" and p.end <= h.start and (
        _LEAD_WORDS.fullmatch(text, p.end, h.start) or _ONE_WORD.fullmatch(text, p.end, h.start)) for p in hits)
    if not opened and any(a.label.startswith("means") and a.start == h.end + 1 for a in hits):
        return True
    return gap != " " and text[h.end + 1:h.end + 2].isalpha() and not any(
        a.label.startswith("source:") and a.start <= h.end + 1 < a.end for a in hits)


def _stops_widening(label: str) -> bool:
    """A hit that no source is widened over: a cue, a frame's trigger, a verb of moving or a means of it."""
    return label in _not_complement() and label != "told" or label.startswith("means")


def _word_ends(text: str, end: int) -> bool:
    """``end`` closes a word ("flight" in "flight-tracking analysts" does not)."""
    after = text[end:end + 1]
    return not after or not (after.isalnum() or after in "-\u2011")


def _widen_left(text: str, start: int, floor: int, still: frozenset[str] = frozenset(), most: int = 2,
                verbs: bool = False) -> int:
    """Take in up to ``most`` words before a generic source ("local sources", "Turkish officials");
    stop at punctuation, at words of one or two letters (to, of, по, de), at ``still`` words
    (adverbs of time, auxiliaries: "Ранее", "hatten") and, where ``verbs``, at a Russian or Ukrainian
    word ending as a verb ("диктуют политику президенту")."""
    for _ in range(most):
        m = _WORD_BEFORE.search(text, floor, start)
        if m is None or len(m.group(1)) <= 2 or m.group(1).casefold() in still or (
                verbs and m.group(1).islower() and _FINITE_VERB.search(m.group(1))):
            break
        start = m.start(1)
    return start


_CLITICS = tuple("\u0644\u0628\u0648\u0641\u0643")  # ل ب و ف ك: a preposition or conjunction on the word


_WORD_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+)")  # the next word (group 1) after spaces


def _widen_right(text: str, end: int, limit: int, words: SourceWords) -> int:
    """Take in up to ``right_words`` words after a generic source, where the adjective follows its
    noun ("مصادر أهلية", "التحالف الدولي"); stop at punctuation, a ``right_stop`` word or a word with a
    clitic preposition or conjunction on it ("لمراسل", "بأن")."""
    for _ in range(words.right_words):
        m = _WORD_AFTER.match(text[end:limit])
        if m is None or m.group(1).casefold() in words.right_stop or m.group(1).startswith(_CLITICS):
            break
        end += m.end()
    return end


def _speaks(doc: Document, m: Any, cues: list[Any]) -> bool:
    """A government named by its country, capital or seat right next to a cue, with nothing but
    spaces between ("Moscow denied", "the Pentagon said", "заявили в Пентагоне"): capitalised, and
    a place name as written or an institution, never a nationality ("Turkish", "сирийского")."""
    if _directed(doc, m) or _of_something(doc, m):
        return False
    if not any(0 <= c.start - m.end <= 2 and not doc.text[m.end:c.start].strip()
               or 0 <= c.start - m.end <= 6 and c.label == "denial" and _AUX.fullmatch(doc.text[m.end:c.start])
               or 0 <= c.start - m.end <= _PERFECT_REACH and _perfect_between(doc, m.end, c.start)
               and not _preposed(doc, c)
               or 0 <= m.start - c.end <= 6 and _IN.fullmatch(doc.text[c.end:m.start]) and _ends_speaker(doc, c, m)
               for c in cues):
        return False
    if m.text[:1].islower():  # a script without capitals (Arabic) cannot tell a name this way
        return False
    return geocode(m.text, doc.language) is not None or not _DEMONYM.search(m.text)


_PERFECT_REACH = 30  # characters between a place and its cue when a perfect's auxiliary and an adverb stand there


def _perfect_between(doc: Document, start: int, end: int) -> bool:
    """Only a perfect's auxiliary, and maybe one adverb after it, or the adverb alone, between a place and its cue
    ("Moscow has repeatedly accused", "Damaskus hat wiederholt", "Москва давно обвиняет"): the place is the cue's
    subject."""
    words = source_words(doc.language)
    gap = doc.text[start:end]
    parts = gap.split()
    if parts and parts[0].casefold() in words.perfect:
        parts = parts[1:]
    elif len(parts) != 1 or not _adverb_alone(doc.language, parts[0].casefold()):
        return False
    return len(parts) <= 1 and gap[:1] in " \u00a0" and gap[-1:] in " \u00a0" and all(
        w.casefold() in words.still and w.isalpha() for w in parts)


def _adverb_alone(language: str | None, word: str) -> bool:
    """A ``still`` word that may stand alone between a government and its cue: an adverb ("Москва давно обвиняет",
    "Moscow repeatedly accused"), not an auxiliary ("Moscow was accused": the one accused), a conjunction or a
    preposition ("Syria and said", "Syrien laut")."""
    lexicon = frame_lexicon(language)
    return (len(word) > 3 and word not in _NOT_ADVERBS and word not in lexicon.words.get("auxiliary", ())
            and word not in lexicon.words["and"] and word not in lexicon.words["or"])


_NOT_ADVERBS = frozenset({"while", "laut", "wie", "como", "comme", "come", "как", "як", "jak", "since", "were", "was",
                          "have", "has", "had", "haben", "hatte", "hatten"})


def _joined_to_speaker(doc: Document, m: Any, mentions: list[Any], cues: list[Any], opening: int) -> bool:
    """The first of two governments joined by "and", opening the sentence or a clause, speaks with the second
    ("Damascus and Moscow have accused"; not "fighters moved to Syria and Turkey denied it")."""
    before = doc.text[opening:m.start]
    if before[max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1:].strip(" \u00a0\"'«»“”„("):
        return False
    following = [n for n in mentions if n.start >= m.end]
    if not following:
        return False
    n = min(following, key=lambda x: x.start)
    gap = doc.text[m.end:n.start].strip().casefold()
    return (entities()[n.entity].kind == "country" and gap in frame_lexicon(doc.language).words["and"]
            and _speaks(doc, n, cues))


def _preposed(doc: Document, cue: Any) -> bool:
    """The cue opens whom it cites ("nach Angaben der Beobachtungsstelle"): what stands before it does not speak."""
    return any(h.label == "preposed" and h.start == 0
               for h in source_words(doc.language).matcher.finditer(doc.text[cue.start:cue.end + 40]))


def _directed(doc: Document, m: Any) -> bool:
    """The place is where something went or came from: a one-word marker of direction that is no locative word
    stands right before it ("Doniesienia o transporcie najemników do Libii zdementował rzecznik": "do Libii" is no
    speaker; "В Москве заявили" still is)."""
    before = _last_word(doc.text, m.start)
    if before is None:
        return False
    word = before.casefold()
    return word in frame_lexicon(doc.language).role_words and word not in frame_words(doc.language, "locative")


#: words of a topic ("the rumour about Israel", "el rumor sobre Israel"): the place after one is talked about
_ABOUT = frozenset({"about", "on", "over", "regarding", "sobre", "acerca", "sur", "über", "о", "об", "обо", "про",
                    "su", "sul", "sulla", "o", "حول", "بشأن", "عن"})
# searched backwards from its end ((?r): the same match): forwards, each of the 60 characters before a place was tried
# as its opening, twenty times the time
_WORD_THEN_PREPOSITION = re.compile(r"(?r)([^\W\d_][\w'\u2019-]*)[ \u00a0]+([^\W\d_]+)[ \u00a0]+$")


def _of_something(doc: Document, m: Any) -> bool:
    """The place before a cue belongs to what stands before it: the topic of a word about it ("el rumor sobre Israel
    circula"), or where a body of the lexicon named right before it sits ("Das Ministerium in Khartum teilte mit"): the
    body speaks, the place does not ("В Москве заявили", with no body before the preposition, still does)."""
    found = _WORD_THEN_PREPOSITION.search(doc.text, max(0, m.start - 60), m.start)
    if found is None:
        return False
    word = found.group(2).casefold()
    if word in _ABOUT:
        return True
    if word not in frame_words(doc.language, "locative") or len(word) > 3:
        return False
    body = found.group(1)  # a body of the lexicon ("Ministerium", "ministry"), not any noun ("Einheitsregierung")
    return any(h.label.startswith("source:") and h.end - h.start == len(body)
               for matcher in (frame_lexicon(doc.language).matcher, source_words(doc.language).matcher)
               for h in matcher.finditer(body))


def _last_word(text: str, end: int) -> str | None:
    """The word before ``end`` with spaces and at most a newline after it: what ``(\\w+)[ \\u00a0]+$`` finds
    searching ``text`` up to ``end``, read backwards from ``end``, since that search goes over the whole text
    before each place named (half of the sources stage on long articles)."""
    stop = end - 1 if end and text[end - 1] == "\n" else end  # "$" also matches before a final newline
    i = stop
    while i and text[i - 1] in " \u00a0":
        i -= 1
    j = i
    while j and (text[j - 1].isalnum() or text[j - 1] == "_"):  # \w as re reads it
        j -= 1
    return text[j:i] if j < i < stop else None


def _ends_speaker(doc: Document, cue: Any, m: Any) -> bool:
    """A place right after a cue speaks when a preposition ties it ("заявили в Москве") or its clause
    ends with it ("..., said Moscow.", "قالت موسكو إن"); not the subject of what was said ("said
    Turkey had moved ...")."""
    if doc.text[cue.end:m.start].strip() in _TIED:
        return True
    rest = doc.text[m.end:m.end + 4].lstrip()
    return not rest or rest[0] in ",.;:!?\u060c" or rest.startswith(("إن", "أن"))


#: what may stand between a speech verb and the subject of the clause it reports: a comma, a short word or two
#: ("heißt es, die Bundeswehr", "said Turkish authorities", "dijo el Ejército")
_REPORT_GAP = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*)?(?:[^\W\d_]{1,3}[ \u00a0]*,?[ \u00a0]*){0,2}")


def _reported_subject(doc: Document, view: SentenceView, s: Source, cues: list[Any], hits: list[Hit]) -> bool:
    """A source right after a verb of saying whose own clause goes on, unbroken, to a verb of moving: the subject
    of what was said with no "that" ("Karimov said Turkish authorities had shipped ...", "Dazu heißt es, die
    Bundeswehr habe ... ausgeflogen", "aseguró el Ejército habría trasladado"), not who said it. Not after a
    cue that comes before whom it cites ("according to", "nach Angaben"), nor in a language whose verb comes
    first ("نقلت الوزارة": the speaker stands right after its verb), nor across a "that" or another cue
    ("said the ministry that had moved", "said the ministry, which had moved")."""
    if frame_lexicon(doc.language).verb_first or s.kind in ("media", "document"):
        return False
    if not any(c.label == "attribution" and c.end <= s.start and _REPORT_GAP.fullmatch(doc.text, c.end, s.start)
               and not _preposed(doc, c) for c in cues):
        return False
    verbs = _move_labels()
    move = min((h.start for h in hits if h.label in verbs and h.start >= s.end), default=None)
    if move is None or _CLAUSE_BREAK.search(doc.text, s.end, move):
        return False
    return not any(s.end <= h.start < move and (h.label == "complementizer" or h in cues) for h in hits)


def _speaks_next(doc: Document, s: Source, cues: list[Any]) -> bool:
    """A cue right after the source, at most a short word between ("... are untrue, the Pentagon
    said", "..., dijo el portavoz"): it is the speaker even after a "that" of another cue."""
    return any(0 <= c.start - s.end <= 6 and _AUX.fullmatch(doc.text, s.end, c.start) is not None for c in cues)


def _cased(text: str) -> bool:
    """A capital or an opening quote first: a name, in a script that has capitals (Arabic has none,
    so no Arabic word is taken for a name)."""
    return bool(text) and (text[0].isupper() or text[0] in "«\"“„")


_CLOSING_QUOTES = frozenset("»\u201c\u201d\"")  # a title quoted like „Nordwacht“, «Интерфакс», "Frontline"
_COMPLEMENT_WORDS = 7  # words a source is widened over to the body it speaks for
_PUNCT = re.compile(r"[^\w\s'\u2019-]")
_TOKEN = re.compile(r"[\w'\u2019-]+")
# languages that tie a body without a preposition ("речник прикордонної служби", "rzecznik straży granicznej")
_GENITIVE_FIRST = ("ru", "uk", "pl")
_DIGIT = re.compile(r"\d")
# between a vehicle and whose it is: "trucks of the army", "camiones del ejército", "avions de l'armée", "Lastwagen der"
_ACCUSATIVE_BEFORE = re.compile(r"(?<!\w)(?:den|einen)\s+$")  # German masculine accusative (plural "den" is dative)


@lru_cache(maxsize=1)
def _not_complement() -> frozenset[str]:
    """Hits a complement never runs over: cues, what opens what was said, the frames' trigger words."""
    # nor a number or a word of approximation: "der Beobachtungsstelle für Menschenrechte rund 300 Kämpfer"
    # verbs of a move too ("... Украины прилетела из Варшавы")
    return frozenset([*SPEECH_CUES, "audience", "complementizer", "told", "hypothetical", "negation", "approximate",
                      *_move_labels()])


@lru_cache(maxsize=1)
def _move_labels() -> frozenset[str]:
    """Labels of the words that tell a move: the frames' triggers and the verbs of arriving, leaving, handing over."""
    return frozenset([*MOVE_VERB_KEYS, *(frame_inventory().get("frames") or {})])


@lru_cache(maxsize=1)
def _kinds_by_entity() -> dict[str, str]:
    """The source kind the frame inventory gives an entity ("media" for an outlet the entity lexicon names)."""
    return (frame_inventory().get("source_kinds") or {}).get("by_entity") or {}


def _with_complement(doc: Document, view: SentenceView, s: Source, hits: list[Hit]) -> Source:
    """The source widened over the words that say whom it speaks for, up to the last name, known
    entity or source word among them ("A spokesman for the US forces in Afghanistan", "Ein Sprecher
    der Koalition", "porte-parole de l'OTAN", "речник прикордонної служби України"): a link word
    (``links`` of source_words) first, or a genitive in Russian and Ukrainian; never over punctuation,
    a cue or any other frame word."""
    if doc.text[s.end - 1:s.end] in _CLOSING_QUOTES:
        return s  # "des Telegram-Kanals „Nordwacht“ in einem Kleintransporter": a quoted title closes the name
    links = source_words(doc.language).links
    first = _TOKEN.match(doc.text, s.end + 1, view.sentence.end)
    if first is None or doc.text[s.end] != " " or not (
            first.group().casefold() in links or doc.language in _GENITIVE_FIRST
            or _linked_after_adjective(doc.text, first, links, doc.language)):
        return s  # the cheap test first: most sources are followed by their verb or a comma
    limit = view.sentence.end
    stops = source_words(doc.language).complement_stop
    blocked = [h.start for h in hits if (h.label in _not_complement() or h.label in stops) and h.start >= s.end]
    stop = min([limit, *blocked])
    gap = _PUNCT.search(doc.text, s.end, stop)
    stop = gap.start() if gap is not None else stop
    number = _DIGIT.search(doc.text, s.end, stop)
    stop = number.start() if number is not None else stop
    words = list(_TOKEN.finditer(doc.text, s.end, stop))[:_COMPLEMENT_WORDS]
    if doc.language in _GENITIVE_FIRST:  # "командиры Азова со свастиками диктуют ...": never over a verb
        cut = next((i for i, w in enumerate(words) if i and w.group().islower() and _FINITE_VERB.search(w.group())),
                   len(words))
        words = words[:cut]
    # the time it spoke is no part of whom it speaks for ("des Ministeriums am Donnerstag", "Ministry on Saturday")
    moment = source_words(doc.language).time
    words = list(itertools.takewhile(lambda w: w.group().casefold() not in moment, words))
    # a number in words counts what was moved, as digits do ("des Botschafters in Berlin zwölf Kämpfer")
    spelled = frame_lexicon(doc.language).number_words
    words = list(itertools.takewhile(lambda w: w.group().casefold() not in spelled, words))
    if not words or not (words[0].group().casefold() in links or doc.language in _GENITIVE_FIRST
                         or _linked_after_adjective(doc.text, words[0], links, doc.language)):
        return s
    if s.kind in ("media", "document"):  # "По данным газеты Россия перебросит ...": the state is who moves, not
        # the paper's name ("Według raportu ONZ Turcja przerzuciła": up to the UN)
        words = list(itertools.takewhile(lambda w: not _subject_of_a_move(view, hits, w.start()), words))
        if not words:
            return s
    anchors = [w.end() for w in words if w.group()[0].isupper()]
    anchors += [m.end for m in view.mentions if s.end < m.start and m.end <= words[-1].end()]
    anchors += [h.end for h in hits if h.label.startswith("source:") and s.end < h.start and h.end <= words[-1].end()]
    if not anchors:
        return s
    end = max(anchors)
    tail = _NAME_ADJECTIVE.match(doc.text, end, stop) if doc.language in ADJECTIVE_AFTER_NOUN else None
    if tail is not None and not any(h.start < tail.end() and tail.start() < h.end for h in hits):
        end = tail.end()  # "ministère des Affaires étrangères", "ministero degli Affari esteri": the name's adjective
    return Source(doc.text[s.start:end], s.start, end, s.canonical, s.kind)


#: at most one short word (an auxiliary, a particle) between the subject and its verb of moving
_TO_ITS_VERB = re.compile(r"[ \u00a0]+(?:[^\W\d_]{1,4}[ \u00a0]+)?")


def _subject_of_a_move(view: SentenceView, hits: list[Hit], start: int) -> bool:
    """A state, a body or a person that is no outlet, named at ``start`` and followed at once by a verb of moving
    or a frame's trigger: the subject of the clause that is reported ("Według gazety Rosja przerzuci ...", "За
    даними видання Росія перекинула ..."), never whom an outlet or a document belongs to."""
    known = entities()
    movers = ("country", "organisation", "person")
    by_entity, verbs = _kinds_by_entity(), _move_labels()
    text = view.sentence.text
    base = view.sentence.start
    return any(m.start == start and known[m.entity].kind in movers and by_entity.get(m.entity) != "media"
               and any(h.label in verbs and h.start >= m.end and _TO_ITS_VERB.fullmatch(text, m.end - base,
                                                                                       h.start - base)
                       for h in hits) for m in view.mentions)


_NAME_ADJECTIVE = re.compile(r"[ \u00a0]+[a-zà-ÿ]+(?:ères?|ieure?s?|aux|ales?|iennes?|iens?|aises?|ais|iques?|ives?"
                             r"|ifs?|elles?|els?|eri|ere|eros?|eras?|ores?|ales|al|icos?|icas?|ici|iche)(?![\w-])")


#: a Russian or Ukrainian noun of a person in the dative ("президенту", "депутатам", "експерту")
_DATIVE = re.compile(r"[^\W\d_]{4,}(?:[ую]|ам|ям)$")
#: a Russian or Ukrainian word ending as a verb in the present or the past ("диктуют", "заявил", "вважають")
#: (a past in "-л" of five letters or more, in "-ав" of six: "сил", "дел", "справ" are genitives)
#: (a reflexive only as a finite verb: "находящихся" is a participle; no neuter past in "-ло": "крыло", "село")
_FINITE_VERB = re.compile(r"(?:(?:ют|ут|ят|ет|ёт|ит|ть)(?:ся)?|л(?:а|и|ся|ась|ись|ось)|ють|уть|ять|ать|ить|ив|ує|ає|ює"
                          r"|ється|ються|(?<=[^\W\d_]{3})(?:ал|ял|ил|ел|ыл)|(?<=[^\W\d_]{4})ав)$")


def _linked_after_adjective(text: str, first: re.Match[str], links: frozenset[str], language: str | None) -> bool:
    """One lower-case word, then a link word, after a source word ("la policía fronteriza de Rumanía",
    "la police française de l'air"): the adjective of the body, whom it speaks for after it."""
    # (elsewhere a lower-case word after a source is its verb: "des russischen Verteidigungsministeriums wurden")
    if language not in ADJECTIVE_AFTER_NOUN or not first.group().islower():
        return False
    second = _TOKEN.match(text, first.end() + 1)
    return second is not None and text[first.end()] == " " and second.group().casefold() in links


def _distance(span: Any, cues: list[Any]) -> int:
    return min(min(abs(span.start - c.end), abs(c.start - span.end)) for c in cues)
