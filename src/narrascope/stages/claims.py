"""Stage ``claims``: structured relocation claims and the sources they are attributed to.

Writes ``doc.claims`` and ``doc.sources``. Works the same way in every language, from data:
trigger phrases and slot markers in ``lexicon/frames/<lang>.yaml``, what may fill a slot in
``lexicon/frame_inventory.yaml``, entities from the ``mentions`` layer, places from the gazetteer.

For each sentence holding a trigger ("airlifted", "переброска", "verlegt"):

* **moved**: the movable entities nearest the trigger (armed groups, fighters, weapons), merged
  when adjacent ("ISIS militants"), with the number written just before them ("up to 500");
* **origin / destination**: places right after an origin or destination marker ("from Raqqa",
  "в Афганистан", "nach Syrien"); several destinations in a row make a chain, one claim a leg;
  a sentence without places borrows them from the next sentence when that one has no trigger;
* **agent**: after a passive marker ("by US forces"), else the nearest actor before the trigger
  that is neither a slot's place nor the source;
* **means**, **source** (an attribution cue and the named or generic source next to it, in the
  sentence or the one before), **modality** (questioned, denied, hypothetical, reported, asserted)
  and **time** (a year in the sentence, else the publication month).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..lexicon import FrameLexicon, Hit, entities, frame_inventory, frame_lexicon, hits_by_sentence
from ..lexicon.places import NAME_PARTICLES, Place, find_places, geocode
from ..model import Claim, Document, Mention, Modality, Sentence, Slot, Source, Span

_NUMBER = re.compile(r"\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+|\d+")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_MARKER_GAP = 14       # characters between a marker and its place ("to the", "в район")
_COUNT_GAP = 30        # characters between a number and the group it counts
_ADJACENT = 4          # characters between two mentions that form one phrase ("ISIS militants")


@dataclass
class _Sentence:
    """What the stage knows about one sentence, all offsets into the document text."""

    sentence: Sentence
    hits: list[Hit] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    #: (start, end, place, entity id) found on first use: only sentences near a trigger need them
    found_places: list[tuple[int, int, Place | None, str | None]] | None = None

    def labelled(self, prefix: str) -> list[Hit]:
        return [h for h in self.hits if h.label == prefix or h.label.startswith(prefix + ":")]


@dataclass(frozen=True)
class AgentTargetFrame:
    """A frame of the inventory with slots [agent, target] (support, accusation)."""

    name: str
    targets: frozenset[str]        # entity ids that can be the target
    target_kinds: frozenset[str]   # ... or entity kinds
    agent_kinds: frozenset[str]

    def is_target(self, entity: str, kind: str) -> bool:
        return entity in self.targets or kind in self.target_kinds


@dataclass
class ClaimStage:
    """Extracts the claims of every frame in lexicon/frame_inventory.yaml; rules in the module docstring."""

    frame: str = "relocation"

    def __post_init__(self) -> None:
        frames = frame_inventory().get("frames") or {}
        spec = frames.get(self.frame) or {}
        self.movable = frozenset(spec.get("movable") or ())
        self.agent_kinds = frozenset(spec.get("agent_kinds") or ())
        self.agent_target_frames = [
            AgentTargetFrame(name, frozenset(f.get("targets") or ()), frozenset(f.get("target_kinds") or ()),
                             frozenset(f.get("agent_kinds") or ()))
            for name, f in frames.items() if list(f.get("slots") or ()) == ["agent", "target"]
        ]
        kinds = frame_inventory().get("source_kinds") or {}
        self.source_by_entity: dict[str, str] = kinds.get("by_entity") or {}
        self.source_by_kind: dict[str, str] = kinds.get("by_kind") or {}

    def __call__(self, doc: Document) -> Document:
        lexicon = frame_lexicon(doc.language)
        views = self._views(doc, lexicon)
        claims: list[Claim] = []
        for i, view in enumerate(views):
            previous = views[i - 1] if i > 0 else None
            if view.labelled(self.frame):
                following = views[i + 1] if i + 1 < len(views) and not views[i + 1].labelled(self.frame) else None
                claims += self._claims(doc, lexicon, view, following, previous, claims)
            for frame in self.agent_target_frames:
                claim = self._agent_target(doc, frame, view, previous)
                if claim is not None:
                    claims.append(claim)
        doc.claims = claims
        doc.sources = _unique_sources([c.source for c in claims if c.source] +
                                      [s for v in views for d, s in self._sources_in(doc, v, _SPEECH_CUES)
                                       if d <= _SOURCE_REACH])
        return doc

    # --- per-sentence views -------------------------------------------------------------
    def _views(self, doc: Document, lexicon: FrameLexicon) -> list[_Sentence]:
        views = {s.index: _Sentence(s) for s in doc.sentences}
        for index, hit in hits_by_sentence(lexicon.matcher, doc):
            views[index].hits.append(hit)
        for m in doc.mentions:
            views[m.sentence].mentions.append(m)
        return [views[s.index] for s in doc.sentences]

    def _places(self, doc: Document, view: _Sentence) -> list[tuple[int, int, Place | None, str | None]]:
        if view.found_places is None:
            view.found_places = self._find_places(doc, view)
        return view.found_places

    def _find_places(self, doc: Document, view: _Sentence) -> list[tuple[int, int, Place | None, str | None]]:
        known = entities()
        out: list[tuple[int, int, Place | None, str | None]] = []
        for m in view.mentions:
            # Only a name that is a place as written: not a demonym ("American") or a metonym
            # standing for a government ("the Pentagon").
            if known[m.entity].kind not in ("country", "place") or not _place_like(doc.text, m.start, m.end):
                continue
            as_written = geocode(m.text, doc.language)
            if as_written is not None:
                # a city named as written is the place itself ("to Tripoli"), not the state it can stand for
                place = as_written if as_written.kind == "city" else geocode(known[m.entity].name, "en") or as_written
                out.append((m.start, m.end, place, m.entity))
        base = view.sentence.start
        for start, end, place in find_places(view.sentence.text, doc.language):
            a, b = base + start, base + end
            if _place_like(doc.text, a, b) and not any(a < e and s < b for s, e, _, _ in out):
                out.append((a, b, place, None))
        for a, b in self._unknown_places(doc, view):
            if not any(a < e and s < b for s, e, _, _ in out):
                # too small for the running-text gazetteer ("Afrin"), but a marker says it is a place
                out.append((a, b, geocode(doc.text[a:b], doc.language), None))
        notes = [(base + n.start(), base + n.end()) for n in _BAN_NOTE.finditer(view.sentence.text)]
        out = [p for p in out if not any(a <= p[0] and p[1] <= b for a, b in notes)]
        return sorted(out, key=lambda x: x[0])

    def _unknown_places(self, doc: Document, view: _Sentence) -> list[tuple[int, int]]:
        """Names the gazetteer lacks ("nahe Kamischli"), kept with their surface text: a capitalised
        name right after a marker or a locative word, or only after a locative word where every
        noun is capitalised (German)."""
        openers = ("locative",) if doc.language == "de" else ("locative", "origin", "destination")
        ends = [h.end for h in view.hits if h.label in openers]
        base = view.sentence.start
        out = []
        for found in _PLACE_NAME.finditer(view.sentence.text):
            a, b = base + found.start(), base + found.end()
            mentioned = any(m.start < b and a < m.end for m in view.mentions) or (
                doc.language == "de"  # every German noun is capitalised: "im Osten Syriens" is no place
                and any(h.start < b and a < h.end for h in view.hits if h.label == "locative"))
            if a > base and any(0 < a - e <= 2 or _ARTICLE.fullmatch(doc.text[e:a]) for e in ends) and not mentioned:
                out.append((a, b))
        return out

    # --- one sentence's claims ----------------------------------------------------------
    def _claims(self, doc: Document, lexicon: FrameLexicon, view: _Sentence, following: _Sentence | None,
                previous: _Sentence | None, earlier: list[Claim]) -> list[Claim]:
        trigger = view.labelled(self.frame)[0]
        moved = self._moved(doc, lexicon, view, trigger)
        pronoun = next((h for h in view.hits if h.label == "pronouns"), None)
        if moved is None and pronoun is not None:
            # "... took 40 IS commanders ... The men were flown to Afghanistan": the words here, the
            # group named before (by a recent claim, else in the sentence before).
            antecedent = self._antecedent(doc, lexicon, view, previous, earlier)
            if antecedent is not None:
                moved = Slot(doc.text[pronoun.start:pronoun.end], pronoun.start, pronoun.end,
                             canonical=antecedent.canonical)
        origins, destinations = self._roles(doc, view, lexicon)
        evidence_end = view.sentence.end
        if following is not None and not destinations:
            more_origins, more_destinations = self._roles(doc, following, lexicon)
            if more_destinations or (more_origins and not origins):
                origins = origins or more_origins
                destinations = more_destinations
                evidence_end = following.sentence.end
        if not origins and view.labelled("from_there"):
            # "From there they were flown to Ukraine": the next leg starts where the last one ended.
            last_stop = earlier[-1].destination if earlier else None
            origins = [last_stop] if last_stop is not None else []
        if moved is None or not (origins or destinations):
            return []  # a move of nobody known, or to and from nowhere, is not a claim we can use
        taken = [(s.start, s.end) for s in [*origins, *destinations, moved]]
        source = self._attributed(doc, view, previous)
        if source is not None:
            taken.append((source.start, source.end))
        agent = self._agent(doc, lexicon, view, trigger, taken, (moved.start, moved.end))
        evidence = Span(doc.text[view.sentence.start:evidence_end], view.sentence.start, evidence_end)
        # "Оттуда ... в северные провинции Афганистана": a hop within the place it starts from is no move
        legs = [(None if o is not None and d is not None and _same_place(o, d) else o, d)
                for o, d in _legs(origins, destinations)]
        return [Claim(type=self.frame, evidence=evidence, modality=self._modality(doc, view, source), agent=agent,
                      moved=moved, origin=o, destination=d, means=_means(view, following),
                      time=_time(view.sentence.text, doc.published), source=source,
                      purpose=_purpose(doc.text, view, trigger)) for o, d in legs]

    def _antecedent(self, doc: Document, lexicon: FrameLexicon, view: _Sentence, previous: _Sentence | None,
                    earlier: list[Claim]) -> Slot | None:
        recent = [c for c in earlier if c.moved is not None and 0 <= view.sentence.start - c.evidence.end
                  <= _ANAPHORA_REACH]
        if recent:
            return recent[-1].moved
        if previous is None:
            return None
        return self._moved(doc, lexicon, previous, Hit(previous.sentence.end, previous.sentence.end, ""))

    def _agent_target(self, doc: Document, frame: AgentTargetFrame, view: _Sentence,
                      previous: _Sentence | None) -> Claim | None:
        """"The CIA created ISIS", "ISIS was armed by Washington", "ISIS is America's creation"."""
        triggers = view.labelled(frame.name)
        if not triggers:
            return None
        trigger = triggers[0]
        known = entities()
        targets = [m for m in view.mentions if frame.is_target(m.entity, known[m.entity].kind)]
        actors = [m for m in view.mentions if known[m.entity].kind in frame.agent_kinds
                  and m.entity not in frame.targets  # ISIS is created, never the creator
                  and self.source_by_entity.get(m.entity) not in ("agency", "media")]
        agent = None
        for marker in (h for h in view.hits if h.label == "passive_agent"):  # "by the US", "von den USA"
            agent = next((m for m in actors if 0 <= m.start - marker.end <= _MARKER_GAP), None)
            if agent is not None:
                break
        if agent is None:  # the doer before the verb, else after it ("ИГИЛ было создано американцами")
            agent = next((m for m in reversed(actors) if m.end <= trigger.start), None) or next(
                (m for m in actors if m.start >= trigger.end), None)
        others = [m for m in targets if agent is None or m.entity != agent.entity]
        target = next((m for m in others if m.start >= trigger.end), None) or next(
            (m for m in reversed(others) if m.end <= trigger.start), None)
        if agent is None or target is None or agent.entity == target.entity:
            return None
        source = self._attributed(doc, view, previous)
        if source is not None and source.start == agent.start:
            return None  # the speaker, not the doer ("the SVR said ... armed")
        sentence = view.sentence
        return Claim(type=frame.name, evidence=Span(sentence.text, sentence.start, sentence.end),
                     modality=self._modality(doc, view, source), agent=_agent_slot(doc.text, agent, view),
                     target=Slot(target.text, target.start, target.end, canonical=target.name),
                     time=_time(sentence.text, doc.published), source=source)

    def _moved(self, doc: Document, lexicon: FrameLexicon, view: _Sentence, trigger: Hit) -> Slot | None:
        enemies = [h for h in view.hits if h.label == "against"]
        candidates = [m for m in view.mentions if m.entity in self.movable
                      and not any(0 <= m.start - h.end <= _MARKER_GAP for h in enemies)]
        if not candidates:
            return None
        nearest = min(candidates, key=lambda m: abs(m.start - trigger.start))
        connectors = [h for h in view.hits if h.label == "genitive"]
        group = _adjacent_run(candidates, nearest, lambda a, b: _joined(doc.text, a, b, connectors))
        start, end = group[0].start, group[-1].end
        specific = next((m for m in group if m.kind != "concept"), group[0])
        count, count_text, count_start = _count(doc.text, view, start, lexicon)
        if count_start is not None:
            start = count_start
        return Slot(doc.text[start:end], start, end, canonical=specific.name, count=count, count_text=count_text)

    def _roles(self, doc: Document, view: _Sentence, lexicon: FrameLexicon) -> tuple[list[Slot], list[Slot]]:
        markers = sorted([h for h in view.hits if h.label in ("origin", "destination")] +
                         _trigger_tails(doc.text, view.labelled(self.frame), lexicon), key=lambda h: h.start)
        origins: list[Slot] = []
        destinations: list[Slot] = []
        previous_end = view.sentence.start
        last: tuple[Hit, Slot, bool] | None = None  # the marker, slot and country-ness of the last place taken
        for start, end, place, _entity in self._places(doc, view):
            slot = _place_slot(doc.text, start, end, place)
            is_country = place is not None and place.kind == "country"
            if last is not None and last[2] and not is_country and _tied(doc.text, view, last[1].end, start):
                # "to the US base at al-Tanf", "на американскую базу Эт-Танф": the country named the base
                roles = origins if last[0].label == "origin" else destinations
                roles[roles.index(last[1])] = slot
                last, previous_end = (last[0], slot, False), end
                continue
            # The marker must be the last one before the place, with at most two short words
            # ("to the", "в район") and no other place between them.
            marker = next((h for h in reversed(markers) if h.end <= start), None)
            marker = self._defer(doc, view, markers, marker, previous_end)
            gap = doc.text[marker.end:start] if marker else ""
            words = gap.split()
            linked = any(h.label == "locative" and h.end <= start and start - h.end <= 2
                         and marker is not None and h.start >= marker.end for h in view.hits)
            reaches = (marker is not None and marker.start >= previous_end and not _WORDY.search(gap)
                       and ((len(gap) <= _MARKER_GAP and (len(words) <= 1 or (len(words) == 2 and len(words[0]) <= 3)))
                            or (linked and sum(len(w) > 2 for w in words) <= _LINKED_WORDS)))
            previous_end = end
            if marker is None or not reaches:
                continue
            if marker.label == "destination" and _static(doc.text, marker, end, lexicon):
                continue  # "в Ираке": in Iraq, not into it
            (origins if marker.label == "origin" else destinations).append(slot)
            last = (marker, slot, is_country)
        return origins, destinations

    @staticmethod
    def _defer(doc: Document, view: _Sentence, markers: list[Hit], marker: Hit | None,
               floor: int) -> Hit | None:
        """A marker that is also a locative word ("de" in "au port de Misrata") gives way to an
        earlier marker a few words before it ("au")."""
        if marker is None or not any(h.label == "locative" and h.start == marker.start for h in view.hits):
            return marker
        earlier = [h for h in markers if floor <= h.start and h.end <= marker.start and h.start != marker.start
                   and len(doc.text[h.end:marker.start].split()) <= _LINKED_WORDS
                   and not _WORDY.search(doc.text[h.end:marker.start])]
        return earlier[-1] if earlier else marker

    def _agent(self, doc: Document, lexicon: FrameLexicon, view: _Sentence, trigger: Hit,
               taken: list[tuple[int, int]], moved_span: tuple[int, int] | None) -> Slot | None:
        known = entities()
        actors = [m for m in view.mentions
                  if known[m.entity].kind in self.agent_kinds and m.entity not in self.movable
                  and self.source_by_entity.get(m.entity) not in ("agency", "media")  # they report, not move
                  and not any(m.start < e and s < m.end for s, e in taken)]
        if moved_span is not None:  # "combattants syriens", "Syrische IS-Kämpfer" describe the moved
            actors = [m for m in actors if m.end < moved_span[0] - 2 or m.start > moved_span[1] + 2]
        passive = [h for h in view.hits if h.label == "passive_agent"]
        for marker in passive:
            after = [m for m in actors if 0 <= m.start - marker.end <= _MARKER_GAP]
            if after:
                return _agent_slot(doc.text, after[0], view)
        before = [m for m in actors if m.end <= trigger.start]
        if before:
            return _agent_slot(doc.text, before[-1], view)
        return None

    def _attributed(self, doc: Document, view: _Sentence, previous: _Sentence | None) -> Source | None:
        """Who a claim in ``view`` is attributed to: a source there, else in the sentence before."""
        return self._source(doc, view) or self._source(doc, previous)

    def _source(self, doc: Document, view: _Sentence | None) -> Source | None:
        """The source nearest an attribution cue of the sentence: who the claim is attributed to."""
        options = self._sources_in(doc, view) if view is not None else []
        return min(options, key=lambda x: x[0])[1] if options else None

    def _sources_in(self, doc: Document, view: _Sentence,
                    cue_labels: tuple[str, ...] = ("attribution",)) -> list[tuple[int, Source]]:
        """Every named or generic source near a cue of ``cue_labels``, with its distance to the cue."""
        cues = [h for h in view.hits if h.label in cue_labels]
        if not cues:
            return []
        known = entities()
        options: list[tuple[int, Source]] = []
        for m in view.mentions:
            kind = known[m.entity].kind
            if m.entity in self.movable or (m.entity not in self.source_by_entity and kind not in self.agent_kinds):
                continue
            near = _distance(m, cues)
            if kind == "country" and near > 2:
                continue  # a country speaks only as the subject of the cue ("The Pentagon said")
            kind_of_source = self.source_by_entity.get(m.entity) or self.source_by_kind.get(kind, "government")
            options.append((near, Source(m.text, m.start, m.end, canonical=m.name, kind=kind_of_source)))
        for h in view.labelled("source"):
            kind = h.label.split(":", 1)[1]
            floor = max([view.sentence.start, *(c.end for c in cues if c.end <= h.start)])  # not into the cue
            start = _widen_left(doc.text, h.start, floor)
            end = h.end
            if kind == "person":  # a title: take the name after it ("Colonel Salem Bouzid")
                name = _NAME_AFTER.match(doc.text, h.end, view.sentence.end)
                end = name.end() if name else end
            options.append((_distance(h, cues) + 1, Source(doc.text[start:end], start, end, None, kind)))
        for found in _NAME.finditer(view.sentence.text):
            a, b = view.sentence.start + found.start(), view.sentence.start + found.end()
            near = _distance(Span("", a, b), cues)
            if near <= 2 and not any(m.start < b and a < m.end for m in view.mentions):
                options.append((near + 2, Source(doc.text[a:b], a, b, None, "person")))
        return [(d, s) for d, s in options if not any(c.start < s.end and s.start < c.end for c in cues)]

    def _modality(self, doc: Document, view: _Sentence, source: Source | None) -> Modality:
        # A capitalised cue inside a sentence is a name, not a modal verb ("in May", "Will Smith").
        labels = {h.label for h in view.hits
                  if h.start == view.sentence.start or not doc.text[h.start:h.start + 1].isupper()}
        if view.sentence.text.rstrip().endswith(("?", "\u061f")):
            return "questioned"
        if "denial" in labels:
            return "denied"
        if "hypothetical" in labels:
            return "hypothetical"
        return "reported" if source is not None else "asserted"


# The article's sources include who denies or accuses ("The Pentagon denied ...", "Moscow accused ...");
# a claim's own source is who it is attributed to.
_SPEECH_CUES = ("attribution", "denial", "accusation")
# words longer than two letters that a marker reaches when a locative word ties the place
# ("to the US base at al-Tanf", "vers un centre de réhabilitation près de Mossoul")
_LINKED_WORDS = 4
_SOURCE_REACH = 40  # characters between an attribution cue and a source listed for the article
_ANAPHORA_REACH = 400  # characters back to the claim whose group "the men", "они" refers to
_WORDY = re.compile(r"[.;:!?]")  # a marker does not reach across clause punctuation
# A personal name: two or three capitalised words ("Salem Bouzid", "Олег Тимченко").
_CAP = r"[^\W\d_a-z\u0430-\u044f][^\W\d_]+"  # a capitalised word (Latin or Cyrillic)
_NAME = re.compile(rf"(?<![\w-]){_CAP}(?:[ \u00a0-]{_CAP}){{1,2}}(?![\w-])")
_PLACE_NAME = re.compile(rf"(?<![\w-]){_CAP}(?:-[\w]+)*(?![\w-])")
_NAME_AFTER = re.compile(rf"[ \u00a0]+({_CAP}(?:[ \u00a0-]{_CAP}){{0,2}})")
# The legal note Russian media must put after a banned group, "ИГ (запрещена в РФ)", and its like
# elsewhere: the country in it says where the group is banned, never where anyone went.
_BAN_NOTE = re.compile(r"\([^()]{0,60}?(?:запрещ|заборон|banned|prohibited|verboten|interdit|prohibid|محظور)"
                       r"[^()]{0,60}\)", re.IGNORECASE)
_ARTICLE = re.compile(r"\s+\w{1,3}\s+")  # one short word between a marker and a name ("out of the Afrin region")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'\u2019-]*)[ \u00a0]+$")


def _widen_left(text: str, start: int, floor: int) -> int:
    """Take in up to two words before a generic source ("local sources", "Turkish officials");
    stop at punctuation and at words of one or two letters (to, of, по, de)."""
    for _ in range(2):
        m = _WORD_BEFORE.search(text, floor, start)
        if m is None or len(m.group(1)) <= 2:
            break
        start = m.start(1)
    return start


def _place_like(text: str, start: int, end: int) -> bool:
    """Written as a place name: capitalised where the script has case ("libyen" is an adjective),
    and not the first half of a compound ("US-Stützpunkt")."""
    first = text[start:start + 1]
    if first.isalpha() and first.lower() == first and first.upper() != first:
        prefix = text[start:end].split("-")[0].casefold()
        if prefix not in NAME_PARTICLES:
            return False
    return not (end < len(text) and text[end] == "-" and text[end + 1:end + 2].isalpha())



def _trigger_tails(text: str, triggers: list[Hit], lexicon: FrameLexicon) -> list[Hit]:
    """The marker a trigger phrase ends in ("flown to", "crossed into"): the longer phrase won the match."""
    out = []
    for h in triggers:
        last = text[h.start:h.end].split()[-1]
        role = lexicon.role_words.get(last.casefold())
        if role is not None and h.end - len(last) > h.start:
            out.append(Hit(h.end - len(last), h.end, role))
    return out


def _tied(text: str, view: _Sentence, end: int, start: int) -> bool:
    """The gap between two places is a noun and a locative word ("base at"), nothing else."""
    gap = text[end:start]
    inside = [h for h in view.hits if end <= h.start and h.end <= start]
    return (_short_gap(gap)
            and not any(h.label in ("origin", "destination") for h in inside)  # a new role, not the same place
            and any(h.label == "locative" and 0 <= start - h.end <= 2 for h in inside))


def _static(text: str, marker: Hit, place_end: int, lexicon: FrameLexicon) -> bool:
    """A location, not a destination: the marker takes a case that says "in" (lexicon data)."""
    word = text[marker.start:marker.end].casefold()
    endings = lexicon.static_endings.get(word, ())
    return bool(endings) and text[:place_end].casefold().endswith(endings)


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
    if len(gap) <= _ADJACENT:
        return True
    return _short_gap(gap) and any(left.end <= h.start and h.end <= right.start for h in connectors)


def _short_gap(gap: str) -> bool:
    """At most three words and no clause punctuation or comma: still one phrase."""
    return len(gap.split()) <= 3 and not _WORDY.search(gap) and "," not in gap


def _count(text: str, view: _Sentence, start: int, lexicon: FrameLexicon) -> tuple[int | None, str | None, int | None]:
    """The number written just before the moved group: (value, as written, where it starts)."""
    window_start = max(view.sentence.start, start - _COUNT_GAP)
    window = text[window_start:start]
    numbers = list(_NUMBER.finditer(window))
    vague = [h for h in view.hits if h.label == "vague" and window_start <= h.start < start]
    approx = [h for h in view.hits if h.label == "approximate" and window_start <= h.start < start]
    if numbers:
        m = numbers[-1]
        value = int(re.sub(r"\D", "", m.group()))
        at = window_start + m.start()
        lead = [h for h in approx if h.end <= at and at - h.end <= 2]
        begin = lead[-1].start if lead else at
        return value, text[begin: window_start + m.end()], begin
    for word, value in lexicon.number_words.items():
        found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", window, re.IGNORECASE)
        if found:
            at = window_start + found.start()
            return value, text[at: window_start + found.end()], at
    if vague:
        h = vague[-1]
        return None, text[h.start:h.end], h.start
    return None, None, None


def _place_slot(text: str, start: int, end: int, place: Place | None) -> Slot:
    if place is None:
        return Slot(text[start:end], start, end, canonical=text[start:end])
    return Slot(text[start:end], start, end, canonical=place.canonical, country=place.country,
                lat=place.lat, lon=place.lon)


def _agent_slot(text: str, m: Mention, view: _Sentence) -> Slot:
    """The actor, stretched over a means word right after it ("US military helicopters")."""
    end = m.end
    for h in view.hits:
        if h.label.startswith("means:") and 0 <= h.start - end <= 12:
            end = h.end
            break
    return Slot(text[m.start:end], m.start, end, canonical=m.name)


def _same_place(a: Slot, b: Slot) -> bool:
    return (a.canonical or a.text).casefold() == (b.canonical or b.text).casefold()


def _legs(origins: list[Slot], destinations: list[Slot]) -> list[tuple[Slot | None, Slot | None]]:
    """Places in reading order become legs: origin -> d1 -> d2 is a chain of hops, and an origin
    after a destination starts a new leg ("by ship from Tartus to Benghazi, others by air from
    Hmeimim to al-Jufra"). No destination gives one open leg from the first origin."""
    if not destinations:
        return [(origins[0] if origins else None, None)]
    # "в северный Афганистан, в провинцию Кундуз": a place in the country just named narrows it
    destinations = [d for d, after in zip(destinations, [*destinations[1:], None], strict=True)
                    if not (after is not None and d.country and d.canonical == d.country
                            and after.country == d.country)]
    stops = sorted([(o.start, True, o) for o in origins] + [(d.start, False, d) for d in destinations],
                   key=lambda x: x[0])
    legs: list[tuple[Slot | None, Slot | None]] = []
    here: Slot | None = None
    for _, is_origin, slot in stops:
        if is_origin:
            here = slot
        else:
            legs.append((here, slot))
            here = slot
    last_stop = max(d.start for d in destinations)
    trailing = [o for o in origins if o.start > last_stop]
    if trailing and legs[0][0] is None:  # "переправили в Карабах наёмников с севера Сирии": from after to
        legs[0] = (trailing[0], legs[0][1])
    return legs


_CLAUSE_END = re.compile(r"[,;:.!?\u061f\u060c]|\s[-\u2013\u2014]\s")
_PURPOSE_CHARS = 120


def _purpose(text: str, view: _Sentence, trigger: Hit) -> Span | None:
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


def _means(view: _Sentence, following: _Sentence | None) -> str | None:
    for v in (view, following):
        if v is None:
            continue
        for h in v.hits:
            if h.label.startswith("means:"):
                return h.label.split(":", 1)[1]
    return None


def _time(sentence: str, published: str | None) -> str | None:
    year = _YEAR.search(sentence)
    if year:
        return year.group()
    return published[:7] if published else None


def _distance(span: Any, cues: list[Hit]) -> int:
    return min(min(abs(span.start - c.end), abs(c.start - span.end)) for c in cues)


def _unique_sources(sources: list[Source]) -> list[Source]:
    seen: set[str] = set()
    out: list[Source] = []
    for s in sources:
        key = (s.canonical or s.text).casefold()
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out
