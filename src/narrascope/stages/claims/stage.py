"""The claims stage itself: per-sentence claims of every frame of the inventory (rules in
stages/claims/__init__.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ...lexicon import (
    MOVE_VERB_KEYS,
    FrameLexicon,
    Hit,
    entities,
    frame_inventory,
    frame_languages,
    frame_lexicon,
    frame_word_lists,
    frame_words,
    stem_pattern,
    word_pattern,
)
from ...lexicon.gazetteer import Place
from ...lexicon.places import geocode, geocode_in
from ...model import Claim, Document, Mention, Slot, Source, Span
from ..frame_view import FoundPlace, SentenceView, sentence_views
from ..sources import Attribution, source_words
from ..voice import opens_with_verdict
from . import slots as S
from .events import Groups, assemble, holds_place
from .modality import CLAUSE_BREAK, debunks_back, modality, question_start
from .owners import named_subject, vehicle_owner
from .places import LAST_WORD, sentence_places

#: words at most between a but-word and a place that still go on with the move before it ("but also to")
BUT_SAME_MOVE_WORDS = 2
ANAPHORA_REACH = 400  # characters back to the claim whose group "the men", "они" refers to


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
    """Extracts the claims of every frame in lexicon/frame_inventory.yaml. Writes ``doc.claims``."""

    frame: str = "relocation"

    def __post_init__(self) -> None:
        frames = frame_inventory().get("frames") or {}
        self.spec = S.FrameSpec.load(self.frame)
        self.attribution = Attribution(self.frame, own_words=True)
        self.groups = Groups.load(self.frame)
        self.agent_target_frames = [
            AgentTargetFrame(name, frozenset(f.get("targets") or ()), frozenset(f.get("target_kinds") or ()),
                             frozenset(f.get("agent_kinds") or ()))
            for name, f in frames.items() if list(f.get("slots") or ()) == ["agent", "target"]
        ]

    def __call__(self, doc: Document) -> Document:
        lexicon, views = sentence_views(doc)
        self._views = views
        self._noun_openers = _noun_openers(doc.language)
        self._noun_forms = frame_words(doc.language, "noun_forms")
        self._numbers = frozenset(frame_lexicon(doc.language).number_words)
        self._verb_first = lexicon.verb_first
        claims: list[Claim] = []
        self._body = _body_start(doc)
        # "No, ...", "Nein, ...", "Falso: ...": a fact-check's verdict opens the headline
        self._verdict = self._body > 0 and bool(views) and opens_with_verdict(
            doc.text, views[0].sentence.start, views[0].sentence.end, doc.language)
        moves = [bool(self._triggers(view)) for view in views]  # once per sentence, not once per neighbour too
        for i, view in enumerate(views):
            previous = views[i - 1] if i > 0 else None
            if moves[i]:
                after = views[i + 1] if i + 1 < len(views) else None
                following = after if after is not None and not moves[i + 1] else None
                told = self._claims(doc, lexicon, view, following, previous, claims)
                if told and debunks_back(following, (self.frame, *MOVE_VERB_KEYS)):
                    told = [replace(c, modality="denied") for c in told]  # "... This is false."
                claims += told
            for frame in self.agent_target_frames:
                claim = self._agent_target(doc, frame, view, previous)
                if claim is not None:
                    claims.append(claim)
        claims = self._lodged_in_aside(doc, views, claims)
        claims = _in_reading_order([*claims, *self._settled(doc, lexicon, views, moves, claims)])
        claims = self._landed_in_unknown(views, moves, claims)
        if self._debunking_headline(claims):
            # "No, Ukraine is not flying HTS fighters to Kursk": the moves the body retells are the debunked story
            claims = [replace(c, modality="refuted") if c.evidence.start >= self._body
                      and (c.modality in _RETELLING or (c.modality == "asserted" and _quoted(doc.text, c)))
                      else c for c in claims]
        doc.claims = assemble(claims, self.groups, {s.start: s.index for s in doc.sentences}, self._body,
                              frame_words(doc.language, "pronouns"), frame_words(doc.language, "another_group"),
                              frozenset(v.sentence.index for v in views if v.labelled("variant")),
                              _landed_vehicles(views))
        return doc

    def _settled(self, doc: Document, lexicon: FrameLexicon, views: list[SentenceView], moves: list[bool],
                 claims: list[Claim]) -> list[Claim]:
        """Where a group moved was put once there, told in a sentence of its own with no move in it ("... were
        moved to Kharkiv Oblast. They were quartered in Chuhuiv", "... vers le Tchad. La plupart ont été installés
        près d'Adré"): a claim of the last move told, one or two sentences before, with that place as its end when the
        move's destination holds it, so that the event it joins ends there (its narrower end)."""
        out: list[Claim] = []
        for k, view in enumerate(views):
            if moves[k] or view.sentence.start < self._body or not any(
                    view.labelled(label) for label in _ENDED_LABELS) or any(
                    view.labelled(label) for label in ("negation", "denial", "debunking")):
                continue  # (not "no foreign units are stationed in Kherson Oblast": a denial of its own)
            last = self._told_just_before(views, moves, claims, k)
            if last is None or last.destination is None or last.modality == "denied" \
                    or last.evidence.end > view.sentence.start:
                continue  # nothing moved just before, or its sentence already read this one
            word = next(h for label in _ENDED_LABELS for h in view.labelled(label))
            named = (S.moved(self.spec, doc, lexicon, view, word) or S.armed_forces(self.spec, doc, lexicon, view, word)
                     or S.bare_troops(doc, lexicon, view, word))
            if named is not None and not self.groups.same(named, last.moved) and (
                    named.canonical is not None or not _troops_words(view, named)):
                # "French soldiers have been stationed in Abéché for years": another group's place (not a word for
                # troops no entity names, "Die Soldaten bezogen Quartier ...": the troops just moved)
                continue
            found = sentence_places(doc, view)
            inside = [_inside(doc, a, b, place, last.destination) for a, b, place, _ in found]
            inside = [p for p in inside if holds_place(last.destination, p) and not holds_place(p, last.destination)]
            if not inside:
                # "Os militares foram instalados em Mucojo": a name the gazetteer lacks, where the group just moved was
                # put, lies in the place it was moved to (kept as its broader name)
                inside = [S.placed_in(S.place_slot(doc.text, a, b, None, doc.language), last.destination)
                          for a, b, place, _ in found if place is None][:1]
            if inside:
                sentence = Span(doc.text[view.sentence.start:view.sentence.end], view.sentence.start,
                                view.sentence.end)
                out.append(replace(last, origin=None, destination=inside[0], evidence=sentence, evidence_spans=(),
                                   mentions=(), means=None, purpose=None, time=None, source=None))
        return out

    def _lodged_in_aside(self, doc: Document, views: list[SentenceView], claims: list[Claim]) -> list[Claim]:
        """Where the group was put once there, told in a where-clause right after the destination ("... to Mordovia,
        where they were placed in a colony near Saransk", "a Tenerife, donde quedaron alojados en un centro de La
        Laguna", "в Мордовию, где их разместили в колонии в Саранске"): the move ends at that narrower place when the
        destination holds it, as in a sentence of its own (``_settled``)."""
        out = list(claims)
        for view in views:
            settled = [h for label in _SETTLED_LABELS for h in view.labelled(label)]
            if not settled or view.sentence.start < self._body:
                continue
            for i, c in enumerate(out):
                d = c.destination
                if c.type != self.frame or d is None or not view.sentence.start <= d.start < view.sentence.end:
                    continue
                narrower = self._lodged_place(doc, view, d, settled)
                if narrower is not None:
                    out[i] = replace(c, destination=narrower)
        return out

    def _lodged_place(self, doc: Document, view: SentenceView, destination: Slot, settled: list[Hit]) -> Slot | None:
        """The place a where-clause opened right after ``destination`` (a comma between) names, with a word of
        settling in it, when the destination holds it."""
        for a, b in S.where_asides(doc.text, view, Hit(destination.start, destination.end, "destination")):
            if doc.text[destination.end:a].strip() != "," or not any(a <= h.start < b for h in settled):
                continue
            inside = [_inside(doc, s, e, place, destination) for s, e, place, _ in sentence_places(doc, view)
                      if a <= s < b]
            inside = [p for p in inside if holds_place(destination, p) and not holds_place(p, destination)]
            if not inside:
                # (a name the gazetteer lacks lies in the destination, kept as its broader name, as in ``_settled``)
                inside = [S.placed_in(S.place_slot(doc.text, s, e, None, doc.language), destination)
                          for s, e, place, _ in sentence_places(doc, view) if a <= s < b and place is None][:1]
            if inside:
                return inside[0]
        return None

    def _landed_in_unknown(self, views: list[SentenceView], moves: list[bool], claims: list[Claim]) -> list[Claim]:
        """An arrival of the group just moved ("Les appareils se sont posés aux abords de Tillia") at a name the
        gazetteer lacks lies in the place the move told one or two sentences before went (kept as its broader
        name), so that the event it joins ends there; a known place is left to the gazetteer to place."""
        out = list(claims)
        for k, view in enumerate(views):
            if not view.labelled("arrival") or view.sentence.start < self._body:
                continue
            last = self._told_just_before(views, moves, claims, k)
            if last is None or last.destination is None or last.modality == "denied":
                continue
            for i, c in enumerate(out):
                d = c.destination
                if (c.type == self.frame and view.sentence.start <= c.evidence.start < view.sentence.end
                        and d is not None and d.country is None and not d.within and c.origin is None
                        and c.modality == last.modality and self.groups.same(c.moved, last.moved)):
                    out[i] = replace(c, destination=S.placed_in(d, last.destination))
        return out

    def _told_just_before(self, views: list[SentenceView], moves: list[bool], claims: list[Claim],
                          k: int) -> Claim | None:
        """The last move of this frame told in the body one or two sentences before sentence ``k``, with no other
        sentence of a move between."""
        for j in (k - 1, k - 2):
            if j < 0:
                return None
            sentence = views[j].sentence
            told = [c for c in claims if c.type == self.frame and sentence.start <= c.evidence.start < sentence.end
                    and c.evidence.start >= self._body]
            if told:
                return told[-1]
            if moves[j]:
                return None
        return None

    def _body_that_moves(self, doc: Document, view: SentenceView, trigger: Hit, source: Source | None,
                         moved: Slot, taken: list[tuple[int, int]]) -> Slot | None:
        """A body the entity lexicon does not name, subject of the verb of the move ("El Instituto Nacional de
        Migración trasladó ...", "Die Bundespolizei hat ... abgeschoben", "the disaster agency AFAD took"): a
        government or an organisation as the sources stage reads one, before the trigger in its clause, that is
        not the claim's source ("Según la Delegación del Gobierno, 90 de ellas fueron trasladadas") nor in a span no
        mover comes from (``taken``: "Western officials have never explained how ..."). A body the entity lexicon
        names is the agent rule's (``slots.agent``), with its own exclusions ("prisons controlled by the SDF")."""
        body = self.attribution.nearest(doc, view, (self.frame,), (moved.start, moved.end))
        if body is None or body.canonical is not None or body.kind not in _MOVING_BODIES \
                or body.end > trigger.start or any(a < body.end and body.start < b for a, b in taken) or (
                source is not None and source.start < body.end and body.start < source.end):
            return None
        if CLAUSE_BREAK.search(doc.text, body.end, trigger.start):
            return None
        return Slot(body.text, body.start, body.end, canonical=_state_of(view, body, self.spec.agent_kinds))

    def _debunking_headline(self, claims: list[Claim]) -> bool:
        """The headline denies a move in the article's own voice (no source says so), or opens with a verdict
        ("No, ...", "Falso: ..."): a fact-check's, not a quoted denial ("Pentagon denies ...", which a laundering
        article reports)."""
        return self._verdict or any(c.evidence.start < self._body and c.modality == "denied" and c.source is None
                                    for c in claims)

    def _triggers(self, view: SentenceView) -> list[Hit]:
        """The frame's triggers in the sentence, arrivals ("landed near Termez") and departures ("took off from
        Niamey"); not a word that is a group's name after an article or a preposition ("un camp de déplacés",
        "apoio a deslocados": the displaced, no one moving)."""
        return sorted((h for label in (self.frame, *MOVE_VERB_KEYS) for h in view.labelled(label)
                       if not self._group_noun(view, h) and not self._a_noun(view, h)
                       and not _reaches_a_level(view, h, self._numbers, self._verb_first, self.spec.movable)
                       and not S.in_range(view, h) and not _left_in_state(view, h)),
                      key=lambda h: h.start)

    def _a_noun(self, view: SentenceView, trigger: Hit) -> bool:
        """A trigger form the frame file lists as a noun when capitalised inside a sentence ("die Folgen des
        Krieges": consequences, not "sollen folgen")."""
        at = trigger.start - view.sentence.start
        word = view.sentence.text[at:trigger.end - view.sentence.start]
        return at > 0 and word[:1].isupper() and word.casefold() in self._noun_forms \
            and not _title_case(view.sentence.text)  # "Refugees Left Syria In Secret": a headline's verb

    def _group_noun(self, view: SentenceView, trigger: Hit) -> bool:
        """The trigger's word is also a movable group's name, and an article or a preposition stands before it."""
        if not any(m.start == trigger.start and m.end == trigger.end and m.entity in self.spec.movable
                   for m in view.mentions):
            return False
        before = _WORD_BEFORE.search(view.sentence.text, 0, trigger.start - view.sentence.start)
        return before is not None and before.group(1).casefold() in self._noun_openers

    # --- one sentence's claims ----------------------------------------------------------
    def _part_of_named(self, doc: Document, view: SentenceView, pronoun: Hit) -> Hit | None:
        """A word for a part of a group that opens onto the noun of what it is a part of (`partitive` in the frame
        files: "part of the cargo", "une partie du contingent", "ein Teil der Fahrzeuge", "часть техники"): the part
        with that noun, the group, a word for troops, a means or a word that stands for a group, as written."""
        if doc.text[pronoun.start:pronoun.end].casefold() not in frame_words(doc.language, "partitive"):
            return None
        at = pronoun.end + len(doc.text[pronoun.end:]) - len(doc.text[pronoun.end:].lstrip())
        ends = [h.end for h in view.hits if pronoun.start <= h.start <= at < h.end and (
                    h.label in ("troops", *_STANDS_FOR_A_GROUP) or h.label.startswith("means:"))]
        ends += [m.end for m in view.mentions
                 if pronoun.start <= m.start <= at < m.end and m.entity in self.spec.movable]
        if not ends and not any(h.start <= at < h.end for h in view.hits):
            # a noun no list names ("the cargo", "техники"): the one word, when no frame word (a verb, an adverb of
            # time or hearsay) stands there; in lower case, or after an article ("ein Teil der Männer": German
            # writes its nouns capitalised)
            word = _NOUN_AFTER.match(doc.text, pronoun.end)
            article = doc.text[:pronoun.end].rsplit(None, 1)[-1].casefold() in frame_words(doc.language, "articles")
            ends = [word.end()] if word is not None and (doc.text[at:at + 1].islower() or article) else []
        return Hit(pronoun.start, max(ends), pronoun.label) if ends and at > pronoun.end else None

    def _claims(self, doc: Document, lexicon: FrameLexicon, view: SentenceView, following: SentenceView | None,
                previous: SentenceView | None, earlier: list[Claim]) -> list[Claim]:
        triggers = self._triggers(view)
        since = _since_clauses(doc.text, view)
        # "Since the Americans left Kabul, IS fighters have been flown to ...": the main clause's move is the one told
        main = [t for t in triggers if not any(a <= t.start < b for a, b in since)] or triggers[:1]
        # "Families escaping the chaos were taken to Italy": a verb whose object is an abstraction moves nothing; the
        # sentence's move is another verb's, where it has one
        trigger = next((t for t in main if not _abstract_moved(doc.text, view, t, doc.language, triggers)), main[0])
        if _money_sent(doc.text, view, trigger, doc.language):
            return []  # "d'avoir envoyé près de 7 000 euros à son frère, membre de l'État islamique en Syrie"
        if _charged(doc.text, view, trigger):
            return []  # "jailed for smuggling 30 Syrians", "обвиняемого в контрабанде": the crime tried, no move told
        if _abstract_moved(doc.text, view, trigger, doc.language, triggers):
            return []  # "brought the negotiations to zero", "ще пренесе бойните действия в Германия": nothing moved
        moved = S.moved(self.spec, doc, lexicon, view, trigger)
        pronoun = _pronoun(doc.text, view, frame_words(doc.language, "articles"), trigger)
        if moved is not None and pronoun is not None and _apart(doc.text, moved, pronoun, trigger) \
                and not (moved.end <= pronoun.start and _an_auxiliary(doc, pronoun)):
            # "около сотни человек оставили в Купянске, остальных отправили в Изюм": the group named in another
            # clause is that clause's; the word for a group right before the verb is the one it moves
            moved = None
        if (moved is not None and pronoun is not None and _own_troops(doc, moved, None, view)
                and moved.end <= trigger.start and _object_of(doc.text, pronoun, trigger)):
            # "US forces are preparing to move another group to ...", "تستعد القوات الأمريكية لنقل دفعة أخرى": a state's
            # troops before the verb move the group the word right after it stands for; they are its mover (below)
            moved = None
        if moved is None and pronoun is not None and _speaks_again(doc.text, view, pronoun):
            # "Die CIA erklärte, sie habe niemanden irgendwohin geflogen", "said they had flown nobody anywhere": the
            # pronoun is the speaker again; whom the negator counts is the group (of a denied move)
            moved = S.denied_group(doc, view, trigger)
        if moved is None and pronoun is None:
            # "... moving IS fighters out of Syria. About 400 were flown to Iraq": a bare number stands for a part of
            # the group told before
            count = S.bare_count(doc, lexicon, view, trigger)
            antecedent = None if count is None else self._antecedent(doc, lexicon, view, previous, earlier)
            if count is not None and antecedent is not None:
                moved = replace(count, canonical=antecedent.canonical or antecedent.text)
        if moved is None and pronoun is not None:
            # "... took 40 IS commanders ... The men were flown to Afghanistan": the words here, the
            # group named before (by a recent claim, else in the sentence before; an article before a noun that is
            # no verb, "les hérissons traversent", only by a recent claim: no group told, no group meant)
            article = (doc.text[pronoun.start:pronoun.end].casefold() in frame_words(doc.language, "articles")
                       and bool(_NOUN_AFTER.match(doc.text, pronoun.end))
                       and bool(doc.text[pronoun.end:trigger.start].strip()))
            antecedent = self._antecedent(doc, lexicon, view, None if article else previous, earlier)
            if antecedent is not None:
                # "i soldati sarebbero stati diretti a Kherson": a word for troops right before an auxiliary that
                # stands for the group names it as written
                words = (_troops_right_before(doc.text, view, pronoun)
                         or _people_counted_after(doc, lexicon, view, pronoun)
                         or self._part_of_named(doc, view, pronoun) or pronoun)
                moved = Slot(doc.text[words.start:words.end], words.start, words.end,
                             canonical=antecedent.canonical or antecedent.text)  # "1500 бійців" named no entity
        elif moved is None and not self._units_of_their_own(doc, lexicon, view, trigger, earlier) and (
                view.labelled("arrival") or view.labelled("departure") or self._goes_on(view, trigger)):
            # "The planes touched down near Termez", "L'appareil avait décollé de Niamey": the vehicles, or the
            # arrival or departure, of the move just told; "y de allí cruzaron hasta Darfur", "Затем отправили в
            # Кундуз": a move told on from there, or next, with no group named is the same group's (but "никакие
            # грузы ... не поступали": a group the negator counts is its own)
            moved = S.denied_group(doc, view, trigger) or self._antecedent(doc, lexicon, view, None, earlier)
        if moved is None:
            # "ни один военнослужащий ... не отправлялся", "keine Syrer ... transportiert": the group of a denied move;
            # "жоден корабель Севастополь не покидав": with no group at all, the vehicle that went nowhere
            moved = S.denied_group(doc, view, trigger, vehicle=True)
        if moved is not None and moved.canonical is None and any(
                h.start == moved.start and h.end == moved.end for h in view.labelled("nobody")):
            # "had transported nobody anywhere", "habe niemanden ausgeflogen" after a move told: nobody of the group
            # that move moved, the one the denial is about
            antecedent = self._antecedent(doc, lexicon, view, previous, earlier)
            if antecedent is not None and (antecedent.canonical or antecedent.text):
                moved = replace(moved, canonical=antecedent.canonical or antecedent.text)
        if moved is not None and moved.canonical in _generic_groups():
            # "... 50 IS detainees from Hasakah to Iraq. The detainees were later flown to Kabul": the same noun as
            # the named group's just told is that group again
            moved = self._named_group_again(view, moved, earlier)
        bare = moved is None
        if moved is None:
            # "Poland moved 4,000 soldiers to the border", "Польша перебрасывает войска во Львов": troops of no state
            # named, kept only when a state moves them (below)
            moved = S.bare_troops(doc, lexicon, view, trigger)
        if moved is None:
            # "A French military convoy arrived in Niamey": a state's convoy, with nobody named in it
            moved = S.convoy(doc, view, trigger)
            bare = False
        inherited = None
        if moved is None:
            moved = inherited = self._group_unnamed(doc, view, trigger, earlier)
        if moved is None:
            return []  # a move of nobody known is not a claim we can use (most triggers of ordinary news)
        if any(h.start < moved.end and moved.start < h.end for h in view.labelled("abstract_moved")):
            return []  # "has not received any requests from Ukraine for the deployment of ...": no group at all
        if _visited(doc.text, view, trigger, moved):
            return []  # "The minister flew to Romania to visit the Spanish soldiers deployed there": whom one visits
        if _a_strike(doc.text, view, moved, trigger, doc.language):
            return []  # "Two Russian missiles landed in Lviv", "ракет прилетело в район аэродрома": fired, not moved
        if any(a <= trigger.start < b and not a <= moved.start < b for a, b in since):
            # "Since US troops left Kabul, the Islamic State's branch has grown": a move told as a time, whose group
            # is not the main clause's
            return []
        stops: list[Slot] = []  # "via Istanbul": neither end, a stop of the route
        origins, destinations = S.roles(self.spec, doc, view, lexicon, stops)
        if any(h.start <= trigger.start < h.end for h in view.labelled("transit")):
            if not (stops or origins or destinations):
                return []  # "passed the law", "passed through a checkpoint": no place passed, no move told
            if stops:
                destinations, stops = _passed_through(destinations, stops)
        for a, b in since:
            # "Since the Americans left Kabul, fighters have been flown from Syria to ...": the time clause's places
            # are no end of the main clause's move (nor the main clause's of the time clause's)
            inside = a <= trigger.start < b
            origins = [o for o in origins if (a <= o.start < b) == inside]
            destinations = [d for d in destinations if (a <= d.start < b) == inside]
        blamed = S.accused(self.spec, doc, view, trigger)
        if blamed is not None:
            # "acusa a Washington de trasladar": whom they accuse does the move, and is no end of it
            origins = [o for o in origins if not (o.start < blamed.end and blamed.start < o.end)]
            destinations = [d for d in destinations if not (d.start < blamed.end and blamed.start < d.end)]
        for a, b in _where_clauses(doc.text, view, trigger):
            # "jusqu'à Tinzaouaten, où ils auraient formé les rebelles du Front ... de l'Azawad": a clause about the
            # place just named, with no move of its own, names no start of this one (its places as destinations
            # were tried too: claims_blind10 fr lost)
            origins = [o for o in origins if not a <= o.start < b]
        for a, b in _but_clauses(doc, view, trigger):
            # "Refugees arrive among us, but the war goes on in Kyiv": a clause set off by a comma and a but-word,
            # with no move of its own, tells something else; its places are no end of this move
            origins = [o for o in origins if not a <= o.start < b]
            destinations = [d for d in destinations if not a <= d.start < b]
        said = _said_clause(doc.text, view, trigger, moved)
        if said is not None:
            # "Selon l'ONG, basée au Royaume-Uni et qui a des sources en Syrie, les hommes ont été ...":
            # where the source sits is not where anyone went
            origins = [o for o in origins if not said[0] <= o.start < said[1]]
            destinations = [d for d in destinations if not said[0] <= d.start < said[1]]
        evidence_end = view.sentence.end
        # (not across a line break: a new paragraph mostly tells another matter, "... will send missiles to his
        # allies.\nIn an interview, he spoke of a new war in Europe"; a headline is told on in the body)
        next_paragraph = following is not None and "\n" in doc.text[view.sentence.end:following.sentence.start] \
            and "\n" in doc.text[:view.sentence.start].lstrip()
        if following is not None and not next_paragraph and not destinations \
                and not self._placed_after(doc, view, trigger) and not _another_matter(doc.text, following) \
                and not (origins and following.labelled("self_move")):
            # (a sentence that says where from lends its move no place of the next one's going: "... withdrew from
            # Afghanistan. The president went to Riyadh in July" is someone else's trip)
            # "IS fighters are being moved, the SVR says. Their destination: Afghanistan." (not when the sentence
            # already says where, if roughly: "... llevó misiles cada vez más cerca de Moscú. En 2008, la cumbre de
            # Bucarest abrió la puerta a Ucrania" is a second story, not this one's end)
            more_origins, more_destinations = S.roles(self.spec, doc, following, lexicon)
            # "fighters escaped from camps guarded by ...": the sentence says where from, if only by a noun; the next
            # one's "from" is its own ("without permission from the United States")
            # (verb-final: "aus Lagern geflohen", the marker a few words before the verb)
            from_noun = any(h.label == "origin" and (0 <= h.start - trigger.end <= 1 or (
                lexicon.verb_final and h.end <= trigger.start and len(doc.text[h.end:trigger.start].split()) <= 2
                and not CLAUSE_BREAK.search(doc.text, h.end, trigger.start))) for h in view.hits)
            if more_destinations or (more_origins and not origins and not from_noun):
                origins = origins or more_origins
                destinations = more_destinations
                evidence_end = following.sentence.end
        if not destinations and not origins and moved is not None:
            # "на родину вернулись 230 российских военнослужащих", "i combattenti tunisini sono tornati in patria": a
            # word for one's homeland is the own state of the group moved, where the group is a state's
            destinations = _homeland(doc, view, lexicon, trigger, moved)
        if not destinations and view.labelled("to_there"):
            # "in Suwałki seien ... stationiert, und kein US-Soldat sei dorthin verlegt worden": where the sentence
            # last named a place (not the move told before: "туда переправили" often retells that move)
            destinations = self._there(doc, view, view.labelled("to_there")[0], origins)
            if not destinations and any(" " in doc.text[h.start:h.end].strip() for h in view.labelled("to_there")):
                # "Еще около 150 бойцов могут перебросить туда же из-под Херсона": to the same place, and no place
                # before it in the sentence, so where the last move told went (not a bare "туда", which often
                # retells that move or points further back)
                recent = [c for c in self._recent(earlier, view)
                          if c.destination is not None and c.evidence.start >= self._body]
                destinations = [d for d in (recent[-1].destination,) if d is not None] if recent else []
        if not destinations and origins and (view.labelled("arrival") or view.labelled("departure")):
            # "Mit ihnen seien Lastwagen aus al-Qaim eingetroffen": they arrived where the move just told went;
            # "L'appareil avait décollé de Niamey": it left for there too
            recent = [c for c in self._recent(earlier, view) if c.destination is not None]
            destinations = [d for d in (recent[-1].destination,) if d is not None] if recent else []
        # "Iraq brought home 94 families", "повернулися додому", "rimpatriati in patria": home, as written, where
        # neither this sentence nor the next names where they went
        home = _homeward(doc, view, lexicon, trigger) if not destinations else []
        destinations = destinations or home
        if not origins:
            # "concentrados primero en Afrín, desde donde partieron ...": a from-there word right after a place of the
            # sentence says they left from that place, not from where the last move told went
            origins = _named_right_before(doc, view, trigger)
            destinations = [d for d in destinations if all(d.start != o.start for o in origins)]
        if inherited is not None and not destinations:
            # "A smaller part left Erbil the next day": a group told by no word of its own goes on only where the
            # sentence says it went (ordinary news leaves places all the time; a spliced "de Oviedo saldrá" too)
            return []
        told = [c for c in earlier if c.type == self.frame and c.evidence.start >= self._body]
        # "From there ..." before the first place named; after it ("a Pakistán, y de allí cruzan") it starts
        # the sentence's own next leg, not this one
        first_end = min([d.start for d in destinations] or [view.sentence.end])
        from_there = [h for h in view.labelled("from_there") if h.start < first_end]
        # "Die Kämpfer würden zunächst in die Türkei gebracht und dann von Istanbul nach Warschau geflogen": the
        # sentence's first leg has no origin of its own, its later legs do (an origin after the last destination
        # is the first leg's, told after it: "переправили в Карабах наёмников с севера Сирии")
        open_first = not origins or (bool(destinations) and all(first_end < o.start < max(d.start for d in destinations)
                                                                 for o in origins))
        if open_first and told and (from_there or (
                destinations and moved is not None and self._sequel(view, trigger, pronoun, moved, told[-1])
                and not self._within_last_stop(told[-1], destinations))):
            # "From there they were flown to Ukraine", "Later the men were taken to Hadrut": the next leg
            # starts where the last one ended (in the body: the headline's destination is where the story
            # ends, not a stop).
            last_stop = told[-1].destination
            if from_there and last_stop is not None and previous is not None:
                # (a place named after that destination, in its own sentence or the next: "in die Türkei gebracht
                # und in einem Lager bei Gaziantep untergebracht. Von dort ...")
                last_stop = _stop_named_within(doc, previous, last_stop, last_stop.end) or last_stop
            if from_there and last_stop is None and previous is not None:
                # ("evacuated from Kabul airport. The plane landed at Al Udeid. From there ...": the move told went
                # nowhere named, the sentence before says where "there" is)
                last_stop = self._where_there_is(doc, lexicon, previous)
            if from_there and last_stop is not None:
                last_stop = _told_by(doc.text, last_stop, from_there[0])
            origins = [last_stop, *origins] if last_stop is not None else origins
        elif open_first and from_there and not told and previous is not None:
            # "The ship docked in the port of Hodeidah. From there the missiles were trucked to Sanaa": no move told
            # before, the sentence before says where "there" is
            there = self._where_there_is(doc, lexicon, previous)
            origins = [_told_by(doc.text, there, from_there[0]), *origins] if there is not None else origins
        elif open_first and told and destinations and moved is not None and self._restarts(view, pronoun, moved,
                                                                                            told[-1]):
            # "... from prisons in Hasakah. First they are flown to Tel Baydar": the route told again from where
            # it starts
            origins = [told[-1].origin, *origins] if told[-1].origin is not None else origins
        if not origins and destinations and destinations != home and moved is not None:
            # "residents of Mariupol were taken to Bezimenne", "жителей Шебекина вывезли в Старый Оскол": where the
            # group moved lives, named after its noun for residents, is where they left when nothing else says so
            origins = _residents_home(doc, view, moved, destinations)
        source = self.attribution.attributed(doc, view, previous,
                                             None if moved is None else (moved.start, moved.end))
        if blamed is not None and (source is None or not view.sentence.start <= source.start < view.sentence.end):
            # "The ministry accused Washington of moving ...": who accuses tells it
            source = self._accuser(doc, view, blamed) or source
        if source is None and following is not None:
            # "... nach Aserbaidschan gebracht haben. Das berichtet die Beobachtungsstelle ...": the next
            # sentence, with no move of its own, says who told it
            source = self.attribution.nearest(doc, following)
        if source is not None:
            # "rapporte le journal en ligne « L'Écho du Levant »", "un responsable de las Fuerzas de Movilización": a
            # place in the source's own name is no end of the move (one ending it, "a source in Kabul", is read below)
            origins = [o for o in origins if not _named_in(source, o)]
            destinations = [d for d in destinations if not _named_in(source, d)]
        if source is not None and source.kind != "person":
            # "..., a military source in Damascus told Sputnik", "the US embassy in Kabul denied": the place
            # that says (or hosts) who says so is no end of the move (a person's name read as a source can
            # be a place misread: then the place stays)
            verbs = self._triggers(view)
            cues = [h for h in view.hits if h.label in ("attribution", "denial")]
            origins = [o for o in origins if not _hosts(doc.text, source, o, verbs, cues)]
            destinations = [d for d in destinations if not _hosts(doc.text, source, d, verbs, cues)]
        denied_anyway = bool(view.labelled("denial")) or _nowhere(view) or _counted_by_negator(view, moved, trigger)
        # (home alone makes no claim: "sent students home", "ramenés dans leur pays" are everyday moves)
        if not (origins or (destinations and destinations != home)) and not (denied_anyway
                                                   and modality(doc, view, source, trigger, moved) == "denied"):
            # a move to and from nowhere is not a claim we can use either, unless someone denies it ("Abu Dhabi
            # denies any arms deliveries"; not "None of them could say who had been taken"), or a negator says no one
            # went anywhere ("had transported nobody anywhere", "no coalition aircraft had carried militants anywhere")
            return []
        taken = [(s.start, s.end) for s in [*origins, *destinations, moved]] + ([said] if said is not None else [])
        # where an end lies ("to Rzeszów, a few kilometres from the Ukrainian border"): a place, no one who moved
        taken += [(w.start, w.end) for s in [*origins, *destinations] for w in s.within]
        taken += _named_after_place(doc, view, [*origins, *destinations])
        if source is not None:
            taken.append((source.start, source.end))
        # "Since the Americans left Kabul, IS fighters were flown ...": who moved in the time clause moved no one here
        taken += [(a, b) for a, b in since if not a <= trigger.start < b]
        asked = question_start(doc, view, trigger)
        if asked is not None:
            # "Western officials have never explained how fighters escaped": who did not explain moved no one
            taken.append((view.sentence.start, asked))
        agent = S.agent(self.spec, doc, view, trigger, taken, (moved.start, moved.end), lexicon.verb_first)
        perfect = source_words(doc.language).perfect  # "ha dichiarato che ha inviato": the speaker's own move
        if blamed is not None:
            agent = S.agent_slot(doc.text, blamed, view)  # "Moscow accused Washington of moving ...": Washington
        elif source is not None and (agent is None or agent.canonical is None) and _tells_of_itself(
                doc.text, view, source, trigger, perfect):
            # "La France a indiqué que ses avions avaient évacué", "Варшава заявляла, що відправляла своїх військових":
            # who says it did the move is its mover, before whose troops they are is settled (below)
            agent = _speaker_as_agent(doc, view, source, self.spec.agent_kinds)
            agent = _speakers_own(doc, view, agent, trigger, moved) or agent
        evidence = Span(doc.text[view.sentence.start:evidence_end], view.sentence.start, evidence_end)
        hops = [_hop(view, o, d) for o, d in S.legs(origins, destinations, doc.text, doc.language)] or [(None, None)]
        landing = hops[0][1] if hops else None
        if (len(hops) > 1 and hops[0][0] is None and landing is not None and landing is hops[1][0]
                and landing.end <= moved.start and any(h.end <= landing.start for h in view.labelled("arrival"))):
            # "helicopters landed at the prison in Hasakah ... and headed for Ain al-Asad": the aircraft came to
            # pick them up, the group named after; the move told starts there ("The men arrived in Abidjan
            # before being driven to Ferkessedougou": the group itself arrived, a leg of its own)
            hops = hops[1:]
        # the state that moves: a state, or a state's armed forces ("ВСУ перебрасывают резервы": Ukraine's troops)
        mover_state = None if agent is None else (
            agent.canonical if agent.canonical in _states() else self.spec.forces_by_name.get(agent.canonical or ""))
        if bare and not (mover_state is not None and agent is not None
                         and not _before_a_place(agent, [*origins, *destinations])):
            # "Poland moved 2,000 soldiers to Rzeszow. ... The soldiers were later taken on to Przemysl": troops moved
            # by nobody named are those of the state whose troops the article moved before
            state = self._troops_before(earlier, doc, lexicon, view) if agent is None else None
            if state is None and agent is None:
                state = self._denier_state(doc, view, source, trigger, moved)
            if state is None and agent is None:
                state = _announcer_state(view, source, [*origins, *destinations])
            if (state is None and agent is None and moved.count is None
                    and moved.text.casefold() in frame_words(doc.language, "unit_words")):
                # "... about 300 foreign mercenaries to Kherson. The unit had been taken by rail from Zhytomyr": a
                # word for troops, uncounted, after a move of a group no state owns, stands for that group
                group = self._group_told(earlier, view)
                if group is not None:
                    moved = replace(moved, canonical=group)
            if state is not None:
                moved = replace(moved, canonical=state)
            if moved.canonical is None and not (origins and destinations) and not _sent_by_name(agent, destinations):
                # bare troops of no state: "the troops would later return home" names no mover; with where from and
                # where to ("Two more companies are to be taken from Korosten to Shostka") the move is told all the same
                return []
        if (moved.canonical is None and _troops_words(view, moved) and agent is not None
                and mover_state is not None and not _before_a_place(agent, [*origins, *destinations])):
            # "Rusia planea trasladar ... unos 300 soldados": counted troops of no state named, moved by a state,
            # are its own (the gold's convention: the state's id)
            moved = replace(moved, canonical=mover_state)
        if moved.canonical is None and agent is None and _troops_words(view, moved):
            # "Міністерство оборони України повідомило, що ... 300 військових буде перекинуто до Львова": the same,
            # for troops read as the group named (not bare)
            moved = replace(moved, canonical=_announcer_state(view, source, [*origins, *destinations]))
        mood = modality(doc, view, source, trigger, moved)
        if _own_troops(doc, moved, agent, view) and any(h.end <= trigger.start for h in view.labelled("unplanned")):
            # "Пентагон не планує виводити війська з Іраку": a move ruled out as a plan, no move told or denied (as
            # for a move only debated; "не перекидали і не планують перекидати" still denies the move told first)
            return []
        if mood != "denied" and _debated_before(doc.text, view, trigger) and not _troops_words(view, moved):
            # "The government is still debating whether to repatriate the children held in Syrian camps", "تناقش
            # إمكانية إعادة الأطفال": a move of people weighed in the trigger's clause is no move told (troops are
            # kept: "Macron discussed sending soldiers to Ukraine" is the claim of a sending to come)
            return []
        if mood != "denied" and _own_troops(doc, moved, agent, view) and _stays(doc, view, trigger, moved, origins,
                                                                                destinations):
            # a state's own troops are a claim when they move (the gold's convention: "US troops left Kobani for
            # Erbil"), not where they are ("soldats français déployés au Tchad") or where the next sentence is
            return []
        if source is not None and _source_is_mover(doc.text, view, source, trigger, agent, mood, perfect):
            # a body named by its state's adjective ("وزارة الدفاع الفرنسية", the French defence ministry) is that
            # state's: the state moves or denies moving
            agent = _speaker_as_agent(doc, view, source, self.spec.agent_kinds)
            agent = _speakers_own(doc, view, agent, trigger, moved) or agent
        if agent is None:
            agent = self._body_that_moves(doc, view, trigger, source, moved, taken)
        if agent is None and inherited is None:
            # (the source read may be a word of the name: "As Forças de Defesa de Moçambique enviaram"; not the words
            # before the verb of a group told before: "Una parte fue enviada" is its part, no mover)
            agent = named_subject(doc, view, trigger, [t for t in taken if source is None
                                                       or t != (source.start, source.end)])
        if agent is None:
            # "évacués vers La Réunion par des avions militaires", "mit Lufthansa-Maschinen nach Frankfurt": with no
            # one named who moves them, the vehicle that carried them is the mover told (an agent with no name, which
            # gives way to any actor when the event is assembled)
            agent = _vehicle(doc, view, trigger, taken)
        if agent is not None:
            # "un avion affrété par la France", "la nave della Marina militare": the vehicle's owner moved them
            # (the owner may be the source read too: "en ônibus fretados pelo Exército, informou o Comando" reads
            # the army, named after the passive's marker, as a source)
            agent = vehicle_owner(doc, view, agent, [t for t in taken if source is None
                                                     or t != (source.start, source.end)],
                                  self.spec.agent_kinds) or agent
        if agent is not None and all(d is None for _, d in hops) and S.received(self.frame, view, trigger):
            # "Iraq denied receiving IS detainees from Syria", "Ирак опроверг, что принял боевиков из Сирии": the state
            # that received them (the verb's subject, often the denier of its own act) is where they went
            receiver = _state_place(doc.text, agent)
            hops = [(o, receiver) for o, _ in hops] if receiver is not None else hops
        return [Claim(type=self.frame, evidence=evidence, modality=mood, agent=agent,
                      moved=moved, origin=o, destination=d,
                      means=S.means(view, following, _leg_trigger(triggers, trigger, o, d)),
                      time=S.time_of(view.sentence.text, doc.published), source=source,
                      purpose=S.purpose(doc.text, view, trigger), route=_route(o, d, hops, stops))
                for o, d in hops]

    def _denier_state(self, doc: Document, view: SentenceView, source: Source | None, trigger: Hit,
                      moved: Slot) -> str | None:
        """The state of a body that denies moving troops it does not name the owner of ("Moscow denied sending
        troops to Minsk", "Das Pentagon bestritt, Soldaten nach Kiew geschickt zu haben"): its own troops, as it
        is the mover of the move it denies (``_source_is_mover``)."""
        if source is None or not view.labelled("denial") or modality(doc, view, source, trigger, moved) != "denied":
            return None
        if not (source.canonical or source.kind in _BODIES):
            return None
        state = source.canonical if source.canonical in _states() else self.spec.forces_by_name.get(
            source.canonical or "")
        # (not the state of its seat: "la embajada de Rusia en Caracas" denies for Russia, if for anyone)
        return state or _state_of(view, source, frozenset({"country"}), _seats(doc, view, source))

    def _units_of_their_own(self, doc: Document, lexicon: FrameLexicon, view: SentenceView, trigger: Hit,
                            earlier: list[Claim]) -> bool:
        """A word for troops in the trigger's clause that names a group of its own, not the one the move just told
        moved: counted ("ще два батальйони", "dos compañías", "две роти"), or after a move of weapons ("інструктори
        прилетіли до Ряшева" after missiles); not "I militari erano atterrati" after alpini moved (those again)."""
        troops = S.bare_troops(doc, lexicon, view, trigger)
        if troops is None:
            return False
        last = self._last_moved(earlier, view)
        return troops.count is not None or (last is not None and last.canonical == entities()["weapons-arms"].name)

    def _troops_before(self, earlier: list[Claim], doc: Document, lexicon: FrameLexicon,
                       view: SentenceView) -> str | None:
        """The state whose own troops the last move told before moved (its id as the group's), else whose troops
        an earlier sentence named by the state's adjective ("French legionnaires")."""
        states = _states()
        last = next((c for c in reversed(earlier) if c.type == self.frame and c.moved is not None
                     and c.moved.canonical in states), None)
        if last is not None and last.moved is not None:
            return last.moved.canonical
        armed = next((c for c in reversed(earlier) if c.type == self.frame and c.moved is not None
                      and c.moved.canonical == entities()["weapons-arms"].name
                      and c.agent is not None and c.agent.canonical is not None), None)
        if armed is not None and armed.agent is not None:
            # "Україна перекинула 20 танків до Болграда. ... туди мають прибути ще два батальйони": the state that
            # moved its weapons before moves the units named next (a state, or a state's armed forces)
            state = armed.agent.canonical
            state = state if state in states else self.spec.forces_by_name.get(state or "")
            if state is not None:
                return state
        for before in reversed([v for v in self._views if v.sentence.end <= view.sentence.start]):
            named = S.troops(doc, lexicon, before, Hit(before.sentence.end, before.sentence.end, ""))
            if named is not None and named.canonical in states:
                return named.canonical
        return None

    def _recent(self, earlier: list[Claim], view: SentenceView) -> list[Claim]:
        """The claims of the frame told within :data:`ANAPHORA_REACH` characters before the sentence, in order."""
        return [c for c in earlier if c.type == self.frame
                and 0 <= view.sentence.start - c.evidence.end <= ANAPHORA_REACH]

    def _named_group_again(self, view: SentenceView, moved: Slot, earlier: list[Claim]) -> Slot:
        """``moved`` (a generic group: detainees, militants) named by the group of the last move told, when that
        move's group is a named one whose words share a stem with ``moved``'s ("IS detainees", then "the
        detainees"; "معتقلي تنظيم داعش", then "المعتقلين")."""
        last = self._last_moved(earlier, view)
        if last is None or last.canonical is None or last.canonical not in _named_groups() or not (
                _stems(moved.text) & _stems(last.text)):
            return moved
        return replace(moved, canonical=last.canonical)

    def _last_moved(self, earlier: list[Claim], view: SentenceView) -> Slot | None:
        """The group the last move told within reach before the sentence moved (:meth:`_recent`)."""
        return next((c.moved for c in reversed(self._recent(earlier, view)) if c.moved is not None), None)

    def _group_unnamed(self, doc: Document, view: SentenceView, trigger: Hit, earlier: list[Claim]) -> Slot | None:
        """The group of the move told just before (:meth:`_last_moved`), for a move whose group the sentence names by
        no word we know, or by none: a part or a number of it ("Ещё около 200 вирушили до Мінська", "Una parte fue
        enviada luego a Misrata", "Ein Dutzend wurde danach nach Mosul gebracht"), a subject left unsaid; not when a
        person goes (:func:`_a_person_goes`)."""
        return None if _a_person_goes(doc, view, trigger) else self._last_moved(earlier, view)

    def _group_told(self, earlier: list[Claim], view: SentenceView) -> str | None:
        """The named group (no state's troops) the last move told in the sentences just before moved."""
        last = self._last_moved(earlier, view)
        canonical = last.canonical if last is not None else None
        return canonical if canonical is not None and canonical not in _states() else None

    def _accuser(self, doc: Document, view: SentenceView, blamed: Mention) -> Source | None:
        """The source nearest an accusation cue that speaks before whom it accuses."""
        found = [(d, x) for d, x in self.attribution.near_cues(doc, view, ("accusation",))
                 if x.start < blamed.start and not (x.start < blamed.end and blamed.start < x.end)]
        return min(found, key=lambda f: f[0])[1] if found else None

    @staticmethod
    def _there(doc: Document, view: SentenceView, there: Hit, origins: list[Slot]) -> list[Slot]:
        """The place "there" points back to: the last one named before it in the sentence that is no origin."""
        before = [S.place_slot(doc.text, s, e, p, doc.language) for s, e, p, _ in sentence_places(doc, view)
                  if e <= there.start and not any(o.start == s for o in origins)]
        return before[-1:]

    def _where_there_is(self, doc: Document, lexicon: FrameLexicon, previous: SentenceView) -> Slot | None:
        """Where a "from there" points when no move told went to a place: the first place the sentence before names
        that no word there marks as a start ("The ship left Bandar Abbas and docked in Hodeidah north of ...":
        Hodeidah)."""
        starts = {o.start for o in S.roles(self.spec, doc, previous, lexicon)[0]}
        named = [S.place_slot(doc.text, a, b, place, doc.language) for a, b, place, _ in sentence_places(doc, previous)
                 if a not in starts]
        return named[0] if named else None

    @staticmethod
    def _goes_on(view: SentenceView, trigger: Hit) -> bool:
        """"From there", or a sequel word ("then", "luego", "затем"), before the trigger, and no soldiers named
        ("the troops would later return home": a group of their own)."""
        return (any(h.end <= trigger.start for h in (*view.labelled("from_there"), *view.labelled("sequel")))
                and not view.labelled("troops"))

    @staticmethod
    def _placed_after(doc: Document, view: SentenceView, trigger: Hit) -> bool:
        """A place after the trigger and a word of nearness: where the move went, if only roughly."""
        nears = [h for h in view.labelled("near") if h.start >= trigger.end]
        return any(0 <= start - h.end <= 2 for start, _, _, _ in sentence_places(doc, view) for h in nears)

    def _sequel(self, view: SentenceView, trigger: Hit, pronoun: Hit | None, moved: Slot, last: Claim) -> bool:
        """"Anschließend seien sie an die Front verlegt worden": a sequel word before the trigger, and the
        group just moved (a pronoun, or the same group named again)."""
        if not any(h.end <= trigger.start for h in view.labelled("sequel")):
            # "Частину з них перекинули до Львова": the group just moved, named by a pronoun, goes on from there
            # (not "They are flown first to Pakistan": the route told again from its start)
            # (not "A second group will be flown to Herat": another batch, whose route is its own)
            return (pronoun is not None and pronoun.label == "pronouns"
                    and pronoun.start <= moved.start < pronoun.end + 12 and not view.labelled("first"))
        return self._group_just_moved(pronoun, moved, last)

    def _restarts(self, view: SentenceView, pronoun: Hit | None, moved: Slot, last: Claim) -> bool:
        """"First they were flown to ...": the group just moved, its route told again from the start."""
        return bool(view.labelled("first")) and self._group_just_moved(pronoun, moved, last)

    def _group_just_moved(self, pronoun: Hit | None, moved: Slot, last: Claim) -> bool:
        """The group of the last move told: named by a pronoun, or the same group named again."""
        return pronoun is not None or self.groups.same(moved, last.moved)

    @staticmethod
    def _within_last_stop(last: Claim, destinations: list[Slot]) -> bool:
        """"... to Central Asia. Later the planes touched down near Termez": where in it, not a new leg."""
        stop = last.destination
        return stop is not None and any(holds_place(stop, d) for d in destinations)

    def _antecedent(self, doc: Document, lexicon: FrameLexicon, view: SentenceView, previous: SentenceView | None,
                    earlier: list[Claim]) -> Slot | None:
        last = self._last_moved(earlier, view)
        if last is not None:
            return last
        if previous is None:
            return None
        return S.moved(self.spec, doc, lexicon, previous, Hit(previous.sentence.end, previous.sentence.end, ""))

    def _agent_target(self, doc: Document, frame: AgentTargetFrame, view: SentenceView,
                      previous: SentenceView | None) -> Claim | None:
        """"The CIA created ISIS", "ISIS was armed by Washington", "ISIS is America's creation"."""
        triggers = view.labelled(frame.name)
        if not triggers:
            return None
        trigger = triggers[0]
        known = entities()
        targets = [m for m in view.mentions if frame.is_target(m.entity, known[m.entity].kind)]
        actors = [m for m in view.mentions if known[m.entity].kind in frame.agent_kinds
                  and m.entity not in frame.targets  # ISIS is created, never the creator
                  and self.spec.source_by_entity.get(m.entity) not in ("agency", "media")]
        agent = None
        for marker in (h for h in view.hits if h.label == "passive_agent"):  # "by the US", "von den USA"
            agent = next((m for m in actors if 0 <= m.start - marker.end <= S.MARKER_GAP), None)
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
        source = self.attribution.attributed(doc, view, previous)
        if source is not None and source.start == agent.start:
            return None  # the speaker, not the doer ("the SVR said ... armed")
        sentence = view.sentence
        return Claim(type=frame.name, evidence=Span(sentence.text, sentence.start, sentence.end),
                     modality=modality(doc, view, source), agent=S.agent_slot(doc.text, agent, view),
                     target=Slot(target.text, target.start, target.end, canonical=target.name),
                     time=S.time_of(sentence.text, doc.published), source=source)


def _passed_through(destinations: list[Slot], stops: list[Slot]) -> tuple[list[Slot], list[Slot]]:
    """The destinations and the stops of a move told by a verb of passing: the place a group passed through ("no
    cargo passed through Zahony", "через Самсун не проходили") is where they went when the move names no
    destination (and no longer a stop); with a destination named it stays a stop."""
    return (destinations, stops) if destinations else ([stops[0]], stops[1:])


def _route(origin: Slot | None, destination: Slot | None, hops: list[tuple[Slot | None, Slot | None]],
           stops: list[Slot]) -> tuple[Slot, ...]:
    """A leg's places in travel order with the stops on its way ("from Syria via Istanbul to Afghanistan":
    Syria, Istanbul, Afghanistan). Of several legs, a stop is on the leg whose destination is named next
    after it (else on the last leg)."""
    def leg_of(stop: Slot) -> Slot | None:
        ahead = [d for _, d in hops if d is not None and d.start >= stop.end]
        return min(ahead, key=lambda d: d.start) if ahead else hops[-1][1]
    mine = [s for s in stops if len(hops) == 1 or leg_of(s) is destination]
    return tuple(x for x in (origin, *mine, destination) if x is not None)


def _hosts(text: str, source: Source, place: Slot, verbs: list[Hit], cues: list[Hit]) -> bool:
    """The place is (in) the source's name, or right after it with a short preposition, maybe after one
    adjective ("a source in Damascus", "une source militaire à Damas", "источник в Дамаске"); not a place
    right before a verb of the move that it belongs to ("nach Angaben der Regierung in Ouagadougou eingetroffen"),
    nor one after the source's speech verb (``cues``), in what it said ("Министерството отрече от Бургас да ...")."""
    if any(0 <= v.start - place.end and not text[place.end:v.start].strip() for v in verbs):
        return False  # (even when the source's name was read over it: "laut einer Quelle in Kabul gelandet")
    if place.start < source.end and source.start < place.end:
        return True
    if place.start < source.end:
        return False
    if any(source.end <= v.start and v.end <= place.start for v in (*verbs, *cues)):
        return False  # "Według ministerstwa Rosja wysłała do Mali": the verb of the move between, no source's seat
    words = text[source.end:place.start].split()
    return 1 <= len(words) <= 2 and len(words[-1]) <= 3 and not any(ch in ",.;:!?" for ch in "".join(words))


def _a_strike(text: str, view: SentenceView, moved: Slot, trigger: Hit, language: str | None) -> bool:
    """Projectiles moved with a word of landing or hitting: a strike, not a delivery ("missiles arrived in Poland").
    The strike words are read as written: "landed" is also the start of an arrival phrase ("landed in"). A vehicle
    named carries them ("the planes carrying the missiles landed in Rzeszow"). So is a salvo sent ("if Iran sends
    another salvo to Israel"), weapons a strike word hits ("atinge sistema Patriot dos EUA") and a group that
    fires them ("украинските военни са изстреляли пет ракети")."""
    strikes = [(m.start(), m.end()) for m in _strike_words(language).finditer(text, view.sentence.start,
                                                                               view.sentence.end)]
    if any(0 <= h.start - trigger.end and len(text[trigger.end:h.start].split()) <= 2 for h in view.labelled("salvo")):
        return True
    if not view.labelled("projectile") and not _weapons(view, moved):
        return False
    if any(h.label.startswith("means:") for h in view.hits):
        return False
    if any(moved.start < h.end and h.start < moved.end for h in view.labelled("projectile")):
        return bool(strikes)
    if _weapons(view, moved) and any(e <= moved.start and len(text[e:moved.start].split()) == 1
                                     for _, e in strikes):
        return True  # "hit a Patriot system": the weapons were hit (not "strike drones", weapons for strikes)
    return bool(view.labelled("projectile")) and any(
        moved.end <= s and len(text[moved.end:s].split()) <= 1 for s, _ in strikes)  # "soldiers have fired missiles"


def _weapons(view: SentenceView, moved: Slot) -> list[Mention]:
    """The mentions of weapons inside the moved group."""
    return [m for m in view.mentions if m.entity == "weapons-arms" and moved.start <= m.start < moved.end]


@lru_cache(maxsize=16)
def _strike_words(language: str | None) -> re.Pattern[str]:
    words = [stem_pattern(w) for w in frame_words(language, "strike")]
    return re.compile(rf"(?<!\w)(?:{'|'.join(words) or '(?!)'})(?!\w)", re.IGNORECASE)


def _named_in(source: Source, place: Slot) -> bool:
    """The place is part of the source's name: inside it, not the words that end it ("a source in Kabul")."""
    return source.start <= place.start and place.end <= source.end and not (
        place.end == source.end and place.start > source.start)


def _said_clause(text: str, view: SentenceView, trigger: Hit, moved: Slot | None) -> tuple[int, int] | None:
    """An attribution that opens the sentence, up to the last comma before the moved group or the trigger
    ("According to the NGO, which has sources in Syria, the men were ..."), or None."""
    opening = [h for h in view.labelled("attribution")
               if len(text[view.sentence.start:h.start].split()) <= 1 and h.end <= trigger.start]
    if not opening:
        return None
    limit = trigger.start
    if moved is not None and opening[0].end <= moved.start < limit:
        limit = moved.start
    comma = text.rfind(",", opening[0].end, limit)
    return (opening[0].start, comma) if comma > 0 else None


def _inside(doc: Document, start: int, end: int, place: Place | None, destination: Slot) -> Slot:
    """The place named there, read in the country the group was just moved to when the gazetteer knows one of
    that name there: the town where they were put lies in it ("... to Zaporizhzhia Oblast. The units were
    quartered in Tokmak": Tokmak in Ukraine, not Tokmok in Kyrgyzstan, the likelier reading alone)."""
    found = S.place_slot(doc.text, start, end, place, doc.language)
    if place is not None and destination.country and place.country != destination.country \
            and not holds_place(destination, found):
        there = geocode_in(doc.text[start:end], doc.language, destination.country)
        if there is not None:
            return S.place_slot(doc.text, start, end, there, doc.language)
    return found


#: labels of the words that say where a group was put once it arrived ("stationed", "quartered", "held")
_SETTLED_LABELS = ("settled", "held", "stationed")
#: ... and the words naming where a move ends, in a sentence of its own with no move ("... sent to Chad. The final
#: destination of the convoy is N'Djamena"): the same end, told as a noun
_ENDED_LABELS = (*_SETTLED_LABELS, "destination_noun")


def _in_reading_order(claims: list[Claim]) -> list[Claim]:
    """The claims by where their evidence starts (a sentence's own in the order they were read)."""
    return sorted(claims, key=lambda c: c.evidence.start)


def _body_start(doc: Document) -> int:
    """Where the body begins: after the headline, a first sentence on a line of its own with no full stop (a lead
    paragraph of one sentence ends with one: "They were flown to Kabul.")."""
    if len(doc.sentences) > 1 and "\n" in doc.text[doc.sentences[0].end:doc.sentences[1].start] \
            and not _LEAD_END.search(doc.text, doc.sentences[0].start, doc.sentences[0].end):
        return doc.sentences[1].start
    return 0


#: a sentence's last letter or digit, then a full stop (and closing quotes or brackets): a lead's end, no headline's
_LEAD_END = re.compile(r"[\w)][.][\"'»”)]*\s*$")


@lru_cache(maxsize=1)
def _speaker_again() -> re.Pattern[str]:
    """After a speech verb, the speaker as subject again ("said (that) it had", "a indiqué avoir", "erklärte, man
    habe"). Every frame language's words, whatever the article's language: they also match at the end of a word
    ("unit", "les"), and claims rest on that; keeping to the article's language would change them."""
    languages = [frame_word_lists(lang) for lang in sorted(frame_languages())]
    opening = "|".join(word_pattern(w) if w.endswith("'") else rf"{word_pattern(w)}\s+"
                       for words in languages if words["speaker_again"] for w in words["complementizer"])
    subject = "|".join(rf"{word_pattern(w)}\b" for words in languages for w in words["speaker_again"])
    return re.compile(rf"(?:\s+\w+){{0,3}}?\s*,?\s*(?:{opening})?(?:{subject})", re.IGNORECASE)


def _tells_of_itself(text: str, view: SentenceView, source: Source, trigger: Hit,
                     perfect: frozenset[str] = frozenset()) -> bool:
    """The source is the subject of a speech verb right after it, whose clause tells the move with the source
    as its subject again ("the administration said it had transferred ...", "la coalition a indiqué avoir
    évacué ...", "la Polonia ha dichiarato che ha inviato"; ``perfect``: the language's auxiliaries of the perfect)."""
    if not source.end <= trigger.start:
        return False
    if _speaks_first(text, view, source, trigger):
        return True
    cues = sorted((h for label in ("attribution", "denial") for h in view.labelled(label)
                   if source.end <= h.start and h.end <= trigger.start and len(text[source.end:h.start].split()) <= 2),
                  key=lambda h: h.start)  # (a denial too: "Kiev a démenti avoir envoyé")
    if not cues:
        return False
    after = _speaker_again().match(text, cues[0].end, trigger.start)
    return (after is not None and len(text[after.end():trigger.start].split()) <= 3) or _verb_next(
        text, view, cues[0], trigger, perfect)


_WORD = re.compile(r"\w+")
_ALREADY = frozenset({"قد"})  # Arabic "قد" before a verb: already, may (a particle of the verb, no word of its own)


def _speaks_first(text: str, view: SentenceView, source: Source, trigger: Hit) -> bool:
    """Verb first, the source right after its speech verb, then its pronoun again before the move ("وقالت الوزارة
    في بيان إنها نقلت", "أعلنت الوزارة أنها ستنقل": the ministry said it moved, will move): it did the move."""
    if not any(h.end <= source.start and len(text[h.end:source.start].split()) <= 1
               for label in ("attribution", "denial") for h in view.labelled(label)):
        return False
    # (the source's span may have taken the pronoun in: "وزارة الدفاع التركية أنها")
    last = text.rfind(" ", source.start, source.end)
    at = last if last > source.start and _speaker_again().fullmatch(text, last, source.end) else source.end
    after = _speaker_again().match(text, at, trigger.start)
    if after is None:
        return False
    # only a negator or "قد" between ("إنها لم تنقل", "أنها قد نقلت"); not another verb, whose the move then is
    # ("إنها لم ترصد دخول أي قافلة": it saw no convoy enter)
    negators = [(h.start, h.end) for h in view.labelled("negation")]
    return all(word.group() in _ALREADY or any(a <= word.start() < b for a, b in negators)
               for word in _WORD.finditer(text, after.end(), trigger.start))


def _verb_next(text: str, view: SentenceView, cue: Hit, trigger: Hit, perfect: frozenset[str] = frozenset()) -> bool:
    """The speech verb's clause opens on the move's verb, a negator or an auxiliary of the perfect (``perfect``) at
    most between ("Варшава заявляла, що не відправляла", "afirmó que envió", "ha dichiarato che ha inviato"): a
    clause with no subject of its own, whose subject is the speaker's."""
    words = sorted((h for h in view.hits if h.label in ("complementizer", "negation")
                    and cue.end <= h.start and h.end <= trigger.start), key=lambda h: h.start)
    if not words or words[0].label != "complementizer":
        return False
    at = cue.end
    for h in words:  # nothing but spaces and commas between them
        if text[at:h.start].strip(" ,"):
            return False
        at = max(at, h.end)
    rest = text[at:trigger.start].strip(" ,")
    return not rest or rest.casefold() in perfect


def _speaks_again(text: str, view: SentenceView, pronoun: Hit) -> bool:
    """The pronoun is the subject of what a speech verb before it opens ("erklärte, sie habe", "said they had")."""
    for cue in view.labelled("attribution"):
        if cue.end <= pronoun.start:
            after = _speaker_again().match(text, cue.end, pronoun.end)
            if after is not None and after.end() == pronoun.end:
                return True
    return False


#: labels of a trigger by which the group comes or goes itself (arriving, leaving), moved by no one named
_GOING = frozenset({"arrival", "departure"})
#: kinds of source that act as a body: one that denies a move with no mover named denies doing it itself
_BODIES = frozenset({"government", "agency"})
#: kinds of source that may be the subject that moves a group: a government's body, an organisation
_MOVING_BODIES = frozenset({"government", "organisation"})


def _homeland(doc: Document, view: SentenceView, lexicon: FrameLexicon, trigger: Hit, moved: Slot) -> list[Slot]:
    """A word for home (:func:`_home_words`: "на родину", "in patria", "nach Hause") within a few words of the
    trigger, as the state of the group moved, where that group is a state's ("российских военнослужащих" is Russia);
    else none."""
    if moved.canonical not in _states():
        return []
    for h in _home_words(doc.text, view, lexicon):
        gap = doc.text[min(h.end, trigger.end):max(h.start, trigger.start)]
        if len(gap.split()) <= _HOMELAND_GAP and not CLAUSE_BREAK.search(gap):
            return [S.place_slot(doc.text, h.start, h.end, geocode(moved.canonical, "en"), doc.language)]
    return []


#: words at most between a move's verb and a word for home, its marker and article counted ("in die Heimat")
_HOMELAND_GAP = 5


def _announcer_state(view: SentenceView, source: Source | None, places: list[Slot]) -> str | None:
    """The state of a government body that tells of troops of no state named moved by nobody named, to or from a
    place in that state ("Poland's Interior Ministry said 150 more troops would be sent to Podlasie", "Il ministero
    della Difesa italiano ha detto che 200 soldati saranno inviati in Sardegna"): its own troops, moved at home.
    Not with every place of the move abroad ("Kyiv's intelligence says troops were sent to Belarus" may be
    another's)."""
    if source is None or source.kind not in _BODIES or not places:
        return None
    state = source.canonical if source.canonical in _states() else _state_of(view, source, frozenset({"country"}))
    if state is None:
        # a body of this sentence that names no state ("Straż Graniczna", "das Innenministerium", "the Interior
        # Ministry") speaks of a move within its own: the state every place of the move lies in, one the lexicon
        # knows (a body told in a sentence before may have named its state there)
        countries = {p.country for p in places}
        here = view.sentence.start <= source.start < view.sentence.end
        return next(iter(countries)) if here and len(countries) == 1 and countries <= _states() else None
    return state if any(p.country == state or p.canonical == state for p in places) else None


def _state_of(view: SentenceView, source: Source, kinds: frozenset[str],
              seats: list[Mention] | None = None) -> str | None:
    """The country (or body) a speaker's own words name inside its phrase, when the sources stage gave it none (not
    its ``seats``)."""
    known = entities()
    return next((m.name for m in view.mentions if source.start <= m.start and m.end <= source.end
                 and known[m.entity].kind in kinds and known[m.entity].kind != "person" and m not in (seats or ())),
                None)


def _vehicle(doc: Document, view: SentenceView, trigger: Hit, taken: list[tuple[int, int]]) -> Slot | None:
    """The vehicle word of the sentence nearest the trigger ("helicopters", "Lufthansa-Maschinen", "вертолётом"),
    outside every slot already read; not a way of going ("by road", "per Bahn", "морем": lexicon key ``ways``)."""
    prepositions = frame_words(doc.language, "instrument") | {"by", "via"}
    ways = frame_words(doc.language, "ways")

    def a_way(h: Hit) -> bool:  # the means word, or it and the word before it ("по залізниці")
        words = doc.text[view.sentence.start:h.end].rsplit(maxsplit=2)[-2:]
        return words[-1].casefold().strip(",.;") in ways or " ".join(words).casefold().strip(",.;") in ways

    found = [h for h in view.hits if h.label.startswith("means:")
             and doc.text[h.start:h.end].split()[0].casefold() not in prepositions and not a_way(h)
             and not S.counted_trip(doc, view, h)
             and not any(a < h.end and h.start < b for a, b in taken)]
    if not found:
        return None
    near = min(found, key=lambda h: abs(h.start - trigger.start))
    return Slot(doc.text[near.start:near.end], near.start, near.end)


def _landed_vehicles(views: list[SentenceView]) -> frozenset[tuple[int, int]]:
    """The vehicle words of the sentences that tell an arrival ("Les appareils se sont posés à Bambari", "O avião
    pousou em Canoas"): a claim whose mover or group is one of them tells where the move before it ended."""
    return frozenset((h.start, h.end) for v in views if v.labelled("arrival")
                     for h in v.hits if h.label.startswith("means:"))


def _speaker_as_agent(doc: Document, view: SentenceView, source: Source, kinds: frozenset[str]) -> Slot:
    return Slot(source.text, source.start, source.end, canonical=_speakers_state(doc, view, source, kinds))


#: words at most between the noun a speaker's possessive opens and the move's verb ("sus agentes hayan llevado")
_OWN_TO_VERB = 3


def _speakers_own(doc: Document, view: SentenceView, speaker: Slot, trigger: Hit, moved: Slot) -> Slot | None:
    """The speaker's own body that the clause it reports names as the subject of the move, a possessive of the
    speaker (a frame file's ``speaker_possessive``) and its noun before the move's verb ("negó que sus agentes
    hayan llevado", "zaprzeczyła, by jej funkcjonariusze przewozili", "rejected claims that its troops had
    driven"): those moved them, named as written, under the speaker's canonical name; else None."""
    words = frame_words(doc.language, "speaker_possessive")
    openers = [h.end for h in view.hits if h.label in ("complementizer", "attribution", "denial")
               and speaker.end <= h.start and h.end <= trigger.start]
    if not words or not openers:
        return None
    found = list(_WORD.finditer(doc.text, max(openers), trigger.start))
    for own, noun in zip(found, found[1:], strict=False):
        if own.group().casefold() in words and not (moved.start < noun.end() and own.start() < moved.end) \
                and len(doc.text[noun.end():trigger.start].split()) <= _OWN_TO_VERB \
                and not CLAUSE_BREAK.search(doc.text, own.start(), trigger.start):
            return Slot(doc.text[own.start():noun.end()], own.start(), noun.end(), canonical=speaker.canonical)
    return None


def _speakers_state(doc: Document, view: SentenceView, source: Source, kinds: frozenset[str]) -> str | None:
    """The speaker's canonical name, or its state; not the state of its seat ("Посольство России в Дамаске", "the
    US embassy in Warsaw": an embassy speaks for the state that sends it, not for its host)."""
    seats = _seats(doc, view, source)
    own = source.canonical if not any(m.name == source.canonical for m in seats) else None
    return own or _state_of(view, source, kinds, seats) or next(
        (m.name for m in view.mentions if seats and m.end <= source.start and not doc.text[m.end:source.start].strip()
         and entities()[m.entity].kind == "country"), None)


def _seats(doc: Document, view: SentenceView, source: Source) -> list[Mention]:
    """The places named as where a speaker sits, inside its phrase ("embassy in Damascus")."""
    return [m for m in view.mentions if source.start <= m.start and m.end <= source.end and _a_seat(doc, source, m)]


def _a_seat(doc: Document, source: Source, mention: Mention) -> bool:
    """A place named after a locative word inside a speaker's phrase: where it sits ("embassy in Damascus")."""
    before = doc.text[source.start:mention.start].split()
    return bool(before) and before[-1].casefold() in frame_words(doc.language, "locative")


def _source_is_mover(text: str, view: SentenceView, source: Source, trigger: Hit, agent: Slot | None,
                     mood: str, perfect: frozenset[str] = frozenset()) -> bool:
    """Who denies doing a move that names no mover ("Le Kremlin a démenti avoir envoyé ...", "Das
    Regionalkommando Africom dementierte, ... transportiert zu haben"), or says it did it ("the Kurdish-led
    administration said it had transferred ...", "La France a indiqué que ses avions avaient évacué": its
    aircraft, named by no owner, are its own), is the one said to do it. Not who denies an arrival or a departure
    ("The spokesman said that no foreign fighter had landed at ...", "in Rukla sei kein Soldat gelandet"): the group
    came or went, no one the speaker is said to have moved it."""
    going = trigger.label in _GOING or any(  # a verb of entering or reaching: the group went itself ("لم يدخل")
        h.start == trigger.start and h.end == trigger.end for h in view.labelled("reach"))
    if agent is None and mood == "denied" and not going and (source.canonical or source.kind in _BODIES):
        return True
    return (agent is None or agent.canonical is None) and _tells_of_itself(text, view, source, trigger, perfect)

#: moods of a move someone else tells; under a debunking headline they are the story debunked
_RETELLING = frozenset({"reported", "questioned"})
#: quotation marks: an opening one and the closing ones it pairs with
_QUOTES = {"\u00ab": "\u00bb", "\u201c": "\u201d", "\u201e": "\u201c\u201d", '"': '"'}


def _quoted(text: str, claim: Claim) -> bool:
    """The claim's group or destination stands inside quotation marks in its sentence (a caption or post quoted:
    "avec la légende « Les troupes de Macron débarquent à Odessa »"): under a debunking headline, the story told."""
    span = claim.evidence
    slots = [x for x in (claim.moved, claim.destination) if x is not None and span.start <= x.start < span.end]
    if not slots:
        return False
    first = min(x.start for x in slots)
    for opening, closing in _QUOTES.items():
        i = text.rfind(opening, span.start, first)  # the nearest opening mark before the slots
        if i < 0:
            continue
        ends = [e for e in (text.find(c, i + 1, span.end) for c in closing) if e > 0]
        if ends and all(x.start < min(ends) for x in slots):
            return True
    return False


#: labels of the words that stand for a group named before: a pronoun or a part of it ("them", "part of them"),
#: or another batch of it ("a second group")
_STANDS_FOR_A_GROUP = ("pronouns", "another_group")
#: a word after a pronoun that is also an article ("les hérissons"), whatever it is
_NOUN_AFTER = re.compile(r"\s+[^\W\d_]{3,}")


def _troops_right_before(text: str, view: SentenceView, pronoun: Hit) -> Hit | None:
    """A word for troops right before the words that stand for a group (only spaces between): the group's own
    name, where a language says "they" with its auxiliary ("i soldati sarebbero stati", Italian)."""
    return next((h for h in view.labelled("troops") if h.end < pronoun.start and not text[h.end:pronoun.start].strip()),
                None)


_TWO_WORDS_AFTER = re.compile(r"\s+\S+\s+([^\W\d_]+)")


def _people_counted_after(doc: Document, lexicon: FrameLexicon, view: SentenceView, pronoun: Hit) -> Hit | None:
    """The words that stand for a group with the count and the noun for people right after them ("altri dieci
    uomini", "another ten men"): the part moved, named as written."""
    found = _TWO_WORDS_AFTER.match(doc.text, pronoun.end)
    if found is None or found.end() > view.sentence.end:
        return None
    value, _, at = S.count_before(doc.text, view, found.start(1), lexicon)
    if value is None or at is None or at < pronoun.end \
            or not S.counts_people_or_materiel(doc.language, view, found.group(1), found.start(1)):
        return None
    return Hit(pronoun.start, found.end(), pronoun.label)


def _a_person_goes(doc: Document, view: SentenceView, trigger: Hit) -> bool:
    """A person before the verb in its clause, by their office or by a name the entity lexicon knows ("The minister
    flew to Moscow", "Erdogan viajó a Moscú"): who goes, not a group told before. (A capitalised name right before
    the verb, :func:`named_subject`, was tried too: in Polish it takes nationalities and genitives, "uwolnionych
    Ukraińców przewieziono", "okręty desantowe Floty Bałtyckiej wypłynęły".)"""
    known = entities()
    cues = [h.start for h in view.hits if h.label in ("attribution", "denial", "accusation", "complementizer")]
    people = [*(h.end for h in view.hits if h.label == "source:person" and h.end <= trigger.start),
              *(m.end for m in view.mentions if m.end <= trigger.start and known[m.entity].kind == "person")]
    # (not who speaks of the move: "Putin said that part of them went on to Mosul")
    return any(not any(end <= c < trigger.start for c in cues) for end in people)


def _pronoun(text: str, view: SentenceView, articles: frozenset[str], trigger: Hit) -> Hit | None:
    """The word that stands for a group named before ("them", "les", "ces hommes", "a second group") nearest before
    the trigger, else the first after it ("Основную часть группы разместили ..., а часть из них могут перебросить":
    the part the verb moves); not an article before a vehicle ("que les appareils avaient atterri": the aircraft,
    not "them"; but "Їх автобусами доставили": them, by bus)."""
    means = [h.start for h in view.hits if h.label.startswith("means:")]
    found = [h for h in view.hits if h.label in _STANDS_FOR_A_GROUP and not (
        text[h.start:h.end].casefold() in articles and any(0 < m - h.end <= 1 and not text[h.end:m].strip()
                                                           for m in means))]
    before = [h for h in found if h.end <= trigger.start]
    return before[-1] if before else next(iter(found), None)


def _stop_named_within(doc: Document, view: SentenceView, stop: Slot, after: int) -> Slot | None:
    """The place the sentence before a "from there" says the group was put (``_lodged_at``), else the last it names
    within the last move's destination, after that destination ("... to Belarus. They were quartered near Asipovichy.
    From there ...", "in die Türkei gebracht und in einem Lager bei Gaziantep untergebracht. Von dort ..."): where
    "there" is, when no move went to it."""
    named = [_inside(doc, a, b, place, stop) for a, b, place, _ in sentence_places(doc, view) if a >= after]
    named = [p for p in named if p.start != stop.start and not holds_place(p, stop)]
    lodged = _lodged_at(view, named, stop)
    if lodged is not None:
        return lodged
    inside = [p for p in named if holds_place(stop, p)]
    return inside[-1] if inside else None


def _lodged_at(view: SentenceView, named: list[Slot], stop: Slot) -> Slot | None:
    """Where the sentence puts the group once there, by a word of `settled`, `held` or `stationed` ("The men were
    housed at an old camp in Ansongo", "in der Kaserne von Rukla untergebracht, rund 100 Kilometer nordwestlich von
    Vilnius"): its first place not known to lie outside the last stop's country, even where the gazetteer cannot
    tell that it lies within the stop (a town in "the Gao region"); the places after it say where it lies."""
    if not any(view.labelled(label) for label in _SETTLED_LABELS):
        return None
    return next((p for p in named if p.country is None or stop.country is None or p.country == stop.country), None)


def _told_by(text: str, place: Slot, there: Hit) -> Slot:
    """The place a from-there word points back to, as this sentence tells it: the word's span ("Stamtąd", "Von dort"),
    the place's name and whereabouts (an anaphor in its own sentence, as a pronoun stands for the group it names).
    The place as named before is the first of its names (``within``: "Bruzgach", then "Stamtąd")."""
    return replace(place, text=text[there.start:there.end], start=there.start, end=there.end,
                   within=(replace(place, within=()), *place.within))


def _named_right_before(doc: Document, view: SentenceView, trigger: Hit) -> list[Slot]:
    """The place a from-there word before the trigger follows with at most a comma between ("Afrín, desde donde
    partieron"): where the move it opens starts (after the trigger, "flown to Pakistan, from there ...", it opens the
    next leg)."""
    spots = sentence_places(doc, view)
    for h in view.labelled("from_there"):
        if h.end > trigger.start:
            continue
        before = [(a, b, place) for a, b, place, _ in spots
                  if b <= h.start and _COMMA_GAP.fullmatch(doc.text, b, h.start)]
        if before:
            a, b, place = _located_by_next(doc, view, spots, before[-1])
            return [S.place_slot(doc.text, a, b, place, doc.language)]
    return []


def _located_by_next(doc: Document, view: SentenceView, spots: list[FoundPlace],
                     spot: tuple[int, int, Place | None]) -> tuple[int, int, Place | None]:
    """The place a locator names ``spot`` after: ``spot`` opened by a word of nearness or a compass word with a
    place right before that word ("ميناء الصليف شمال الحديدة، ومن هناك", "Al-Khadim near Benghazi, from there")
    says where that place lies; "there" is that place. Else ``spot``."""
    a = spot[0]
    words = [h.start for h in view.labelled("near") if not doc.text[h.end:a].strip()]
    compass = LAST_WORD.search(doc.text, view.sentence.start, a)
    if compass is not None and compass.group(1).casefold() in frame_words(doc.language, "compass_openers"):
        words.append(compass.start(1))
    located = [(s, e, place) for s, e, place, _ in spots for w in words if e <= w and not doc.text[e:w].strip()]
    return located[-1] if located else spot


_COMMA_GAP = re.compile(r"\s*[,،]?\s*")  # the Arabic comma too ("في ميناء طرطوس، ومن هناك")


def _where_clauses(text: str, view: SentenceView, trigger: Hit) -> list[tuple[int, int]]:
    """The clauses about the place just named (``slots.where_asides``) that hold no verb of a move ("..., where they
    were put on trucks to Mosul" goes on)."""
    moves = [h for h in view.hits if h.label in _MOVE_LABELS]
    return [(a, b) for a, b in S.where_asides(text, view, trigger) if not any(a <= m.start < b for m in moves)]


def _since_clauses(text: str, view: SentenceView) -> list[tuple[int, int]]:
    """Time clauses opened by a since-word ("since", "depuis que", "desde que", "seit", "с тех пор как") at the
    sentence's start or after a comma, up to the next comma or the sentence's end, that tell a move of their own
    ("Since US troops left Kabul,"; not "Since 2015,", a time with no verb)."""
    moves = [h for h in view.hits if h.label in _MOVE_LABELS]
    out = []
    for h in view.labelled("since_clause"):
        before = text[view.sentence.start:h.start].strip(" \"'\u00ab\u201c\u201e")
        if before and not before.endswith(","):
            continue
        end = _next_comma(text, view, h.end)
        if any(h.end <= m.start < end for m in moves):
            out.append((h.start, end))
    return out


def _another_matter(text: str, view: SentenceView) -> bool:
    """The sentence opens on a word that goes on to another matter ("Moreover,", "Кроме того,", "Par ailleurs,")."""
    opening = view.sentence.start + len(text[view.sentence.start:view.sentence.end]) - len(
        text[view.sentence.start:view.sentence.end].lstrip(" \t\n\"'\u00ab\u201c\u201e-\u2013\u2014"))
    return any(h.start == opening for h in view.labelled("another_matter"))


def _but_clauses(doc: Document, view: SentenceView, trigger: Hit) -> list[tuple[int, int]]:
    """Clauses after the trigger opened by a comma and a but-word ("but", "mais", "но", "لكن"), up to the next comma
    or the sentence's end, that hold no verb of a move, nor of going. Not where at most BUT_SAME_MOVE_WORDS words come
    between the but-word and a place ("..., but also to Lviv", "..., а также в Литву"): that goes on with the same
    move."""
    text = doc.text
    # (a verb of going one's own way counts: ", while the rest went north to Saada" goes on with the move)
    moves = [h for h in view.hits if h.label in _MOVE_LABELS or h.label == "self_move"]
    out = []
    for h in view.labelled("but_clause"):
        if h.start < trigger.end or not text[view.sentence.start:h.start].rstrip().endswith((",", "\u060c")):
            continue
        ends = [c for c in (text.find(",", h.end, view.sentence.end), text.find("\u060c", h.end, view.sentence.end))
                if c > 0]
        end = min(ends, default=view.sentence.end)
        if any(h.end <= m.start < end for m in moves):
            continue
        first = min((s for s, _, _, _ in sentence_places(doc, view) if h.end <= s < end), default=end)
        if len(text[h.end:first].split()) > BUT_SAME_MOVE_WORDS:
            out.append((h.start, end))
    return out


def _next_comma(text: str, view: SentenceView, at: int) -> int:
    """Where the clause that goes on at ``at`` ends: the next comma, else the sentence's end."""
    comma = text.find(",", at, view.sentence.end)
    return comma if comma > 0 else view.sentence.end


#: labels of the verbs of a move
_MOVE_LABELS = frozenset({"relocation", *MOVE_VERB_KEYS})


def _apart(text: str, moved: Slot, pronoun: Hit, trigger: Hit) -> bool:
    """The word for a group stands right before the trigger (two words at most between: "le reste a été conduit"), and
    the group found lies in another clause, set off by a comma from the two."""
    if not (pronoun.end <= trigger.start and len(text[pronoun.end:trigger.start].split()) <= 2
            and "," not in text[pronoun.end:trigger.start]):
        return False
    if moved.end <= pronoun.start:
        return "," in text[moved.end:pronoun.start]
    return moved.start >= trigger.end and "," in text[trigger.end:moved.start]


def _an_auxiliary(doc: Document, pronoun: Hit) -> bool:
    """The word that stands for the group is the verb's auxiliary ("sono state portate"): it agrees with the subject
    before it, over an insertion set off by commas ("Le loro famiglie, circa 60 mila persone, sono state portate")."""
    words = doc.text[pronoun.start:pronoun.end].split()
    return bool(words) and words[-1].casefold() in frame_words(doc.language, "auxiliary")


def _object_of(text: str, pronoun: Hit, trigger: Hit) -> bool:
    """The word for a group stands right after the trigger (one word at most between, no comma): the verb's object."""
    return (trigger.end <= pronoun.start and len(text[trigger.end:pronoun.start].split()) <= 1
            and "," not in text[trigger.end:pronoun.start])


def _sent_by_name(agent: Slot | None, destinations: list[Slot]) -> bool:
    """Troops of no state sent to a state by someone named ("Macron suggested sending NATO troops to Ukraine"):
    the move is told though the troops' own state is not."""
    return agent is not None and agent.canonical is not None and any(d.canonical in _states() for d in destinations)


def _before_a_place(agent: Slot, places: list[Slot]) -> bool:
    """The agent read is a state's adjective before a place ("з румунської Констанци"): it moves nobody."""
    return any(0 <= p.start - agent.end <= 1 for p in places)


def _troops_words(view: SentenceView, moved: Slot) -> list[Hit]:
    """The words for troops inside the moved group's words."""
    return [h for h in view.hits if h.label == "troops" and moved.start <= h.start and h.end <= moved.end]


def _own_troops(doc: Document, moved: Slot, agent: Slot | None, view: SentenceView) -> bool:
    """Troops named by their state's adjective, moved by that state or by nobody named."""
    if not _troops_words(view, moved) or moved.canonical not in _states():
        return False  # a group's fighters ("combattants de Daech") are no state's troops
    return agent is None or (agent.canonical or "").casefold() == (moved.canonical or "").casefold()


def _debated_before(text: str, view: SentenceView, trigger: Hit) -> bool:
    """A `debated` word before the trigger in its clause: the move is a topic of debate, not one told."""
    return any(h.end <= trigger.start and not CLAUSE_BREAK.search(text, h.end, trigger.start)
               for h in view.labelled("debated"))


def _stays(doc: Document, view: SentenceView, trigger: Hit, moved: Slot, origins: list[Slot],
           destinations: list[Slot]) -> bool:
    """A state's own troops told where they are, not moved: a move only debated ("wird über einen Abzug der
    US-Soldaten aus Syrien diskutiert"), no end named in the sentence itself (the places
    were the next sentence's: "Les derniers militaires français ... ont quitté la ville. ... la décision de
    N'Djamena"), or, with the adjective after the noun, a destination after a marker that also says where
    something is ("soldats français étaient déployés au Tchad": French "au", Spanish "en")."""
    sentence = view.sentence
    if view.labelled("debated") or not any(sentence.start <= p.start < sentence.end
                                           for p in [*origins, *destinations]):
        return True
    words = _troops_words(view, moved)
    if any(h.start < trigger.end and trigger.start < h.end for h in view.labelled("reach")):
        return False  # "دخلت قوات روسية مدينة حلب": a verb of entering or reaching tells where they went
    # (a `deploy` verb is one of these too: its `~word` takes the label of the same form under `stationed`,
    # "schierate", "rozmieszczone")
    if frame_lexicon(doc.language).words.get("stationed") and not any(
            h.start < trigger.end and trigger.start < h.end for h in (*view.labelled("stationed"),
                                                                        *view.labelled("deploy"))):
        # "des instructeurs militaires français auraient été envoyés à Erevan": a verb that sends them, not one that
        # may say where they are stationed ("déployés au Tchad"; languages with no such list keep the old reading)
        return False
    return (not origins and _adjective_after(doc, moved, words[0], view)
            and not _headed_for(doc.text, view, destinations))


#: the generic groups of the entity lexicon that a named group's own noun may stand for ("the detainees" after "IS
#: detainees")
_GENERIC_GROUPS = ("detainees", "civilians", "militants-terrorists", "mercenaries")
_ARABIC_ARTICLE = re.compile(r"^(?:و?ال|لل)")


@lru_cache(maxsize=1)
def _generic_groups() -> frozenset[str]:
    known = entities()
    return frozenset(known[i].name for i in _GENERIC_GROUPS if i in known)


@lru_cache(maxsize=1)
def _named_groups() -> frozenset[str]:
    """The names of the organisations of the entity lexicon ("Islamic State", "Wagner Group"); those that speak (a
    ministry, an agency) never move by the same noun, so no more is needed to tell them apart."""
    return frozenset(e.name for e in entities().values() if e.kind in ("organisation", "group"))


def _stems(text: str) -> frozenset[str]:
    """The first five letters of each word of four letters or more, an Arabic article taken off: enough to tell
    one noun in its forms ("detainees", "detainee"; "المعتقلين", "معتقلي") from another."""
    words = (_ARABIC_ARTICLE.sub("", w) for w in re.findall(r"\w+", text.casefold()))
    return frozenset(w[:5] for w in words if len(w) >= 4)


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    """The names of the states of the entity lexicon ("United States", "Russia")."""
    return frozenset(e.name for e in entities().values() if e.kind == "country")


def _headed_for(text: str, view: SentenceView, destinations: list[Slot]) -> bool:
    """A destination comes after a marker that only says where to ("partir pour l'Ukraine", "hacia Siria"),
    not one that also says where something is ("au Tchad", "en Siria")."""
    static = {h.start for h in view.hits if h.label == "locative"}
    # a trigger phrase that ends in its own marker ("partir pour") leads there too
    return any((h.label == "destination" or h.label == "relocation" and " " in text[h.start:h.end].strip())
               and h.start not in static and 0 <= d.start - h.end <= S.MARKER_GAP
               and not text[h.end:d.start].strip(" '\u2019").count(" ") > 1
               for d in destinations for h in view.hits)


def _adjective_after(doc: Document, moved: Slot, troops_word: Hit, view: SentenceView) -> bool:
    """The state's adjective comes after the troops word ("soldados norcoreanos", "troupes russes"); not its
    name ("солдатів КНДР", the DPRK's soldiers, says whose, not where they stand)."""
    if any(m.kind == "country" and troops_word.end <= m.start and m.end <= moved.end
           and S.named_by_adjective(doc, m) for m in view.mentions):
        return True
    # "troupes russes", "truppe russe": the lexicon knows the state's forces by that name whole, no country inside;
    # one adjective in small letters after the troops word is the state's all the same
    rest = doc.text[troops_word.end:moved.end].strip()
    return troops_word.start == moved.start and rest[:1].islower() and len(rest.split()) == 1


@lru_cache(maxsize=32)
def _noun_openers(language: str | None) -> frozenset[str]:
    """The words that make the next word a noun: its articles, and one-word links and markers ("de", "a", "aux")."""
    return frame_words(language, "articles") | frozenset(
        w for key in ("genitive", "destination", "locative") for w in frame_words(language, key) if " " not in w)


def _counted_by_negator(view: SentenceView, moved: Slot, trigger: Hit) -> bool:
    """A negator or "any" counts the group ("no launcher", "any armed group", "kein einziger Häftling", "aucun
    membre") near the verb: the move of none of it is denied, wherever it was to go (not a group the verb's clause
    names far from it: "nie będą mogły dostarczać usług ... dla żadnych osób", services for no one)."""
    near = (trigger.start - moved.end if moved.end <= trigger.start else moved.start - trigger.end) <= _COUNTED_REACH
    return moved.canonical is not None and near and any(  # a group we know ("no record of" counts no one)
        h.end <= moved.start and moved.start - h.end <= _COUNTED_GAP
        for key in ("negative_quantifier", "any_quantifier") for h in view.labelled(key))


_WORD_BEFORE = re.compile(r"(\w+)['\u2019]?\s*$")  # the word right before a position, an elided one's apostrophe too
_COUNTED_GAP = 20  # characters from a negator or "any" to the group it counts ("not a single one of the")
_COUNTED_REACH = 60  # characters between that group and the verb that denies its move


def _nowhere(view: SentenceView) -> bool:
    """"transported nobody anywhere", "no coalition aircraft had carried militants anywhere", "никого никуда не
    вывозили": a negative quantifier or "nobody" and "anywhere" say no one went anywhere at all (a denial of the
    move, with no place of its own)."""
    return bool(view.labelled("anywhere")) and bool(view.labelled("nobody") or view.labelled("negative_quantifier"))


def _state_place(text: str, agent: Slot) -> Slot | None:
    """An agent that is a state, as a place: its words, the state's place in the gazetteer."""
    if agent.canonical not in _states():
        return None
    place = geocode(agent.canonical, "en")
    return S.place_slot(text, agent.start, agent.end, place) if place is not None and place.kind == "country" else None


def _named_after_place(doc: Document, view: SentenceView, places: list[Slot]) -> list[tuple[int, int]]:
    """The name set right after a place told by its noun, naming the same place ("in die usbekische Hauptstadt
    Taschkent", "to the Uzbek capital Tashkent", "в узбекскую столицу Ташкент"): an apposition of the place, never
    the government the capital's name may stand for (a mover)."""
    out = []
    for p in places:
        if p.canonical is None:
            continue
        for m in view.mentions:
            if 0 < m.start - p.end <= 1 and not doc.text[p.end:m.start].strip():
                named = geocode(m.text, doc.language)
                if named is not None and named.canonical == p.canonical:
                    out.append((m.start, m.end))
    return out


def _hop(view: SentenceView, origin: Slot | None, destination: Slot | None) -> tuple[Slot | None, Slot | None]:
    """A leg whose two ends are one place: "Оттуда ... в северные провинции Афганистана" is a hop within the place it
    starts from (no origin); in "dal campo di al-Hol ... Nel campo" the word pointing back to where the move starts
    is no end of it (no destination)."""
    if origin is None or destination is None or not S.same_place(origin, destination):
        return origin, destination
    if any((h.start, h.end) == (destination.start, destination.end) for h in view.labelled("place_noun")):
        return origin, None
    return None, destination


def _leg_trigger(triggers: list[Hit], trigger: Hit, origin: Slot | None, destination: Slot | None) -> Hit:
    """The verb of a leg: the last trigger before the leg's first place ("six flights landed in Port Sudan, and the
    men were then driven in trucks from Port Sudan to Kassala": "driven" for the second leg), else the claim's."""
    first = min((x.start for x in (origin, destination) if x is not None), default=None)
    before = [t for t in triggers if first is not None and t.end <= first]
    return before[-1] if before else trigger


def _money_sent(text: str, view: SentenceView, trigger: Hit, language: str | None = None) -> bool:
    """The verb's object is an amount of money ("sent 7,000 euros to her brother", "перевёл 2 млн рублей"): a
    transfer of money, no move of anyone, whatever group the recipient belongs to. Its first object: at most four
    words between the verb and the money word, none of them a group named. Or the money is its subject, right
    before it with auxiliaries at most between ("the cash was transferred", "das Geld wurde überwiesen"), or the
    noun a participle after a comma tells of ("300 000 лева, преведени по сметки в ...": the money transferred)."""
    for h in view.labelled("money"):
        if trigger.end <= h.start:
            if (len(text[trigger.end:h.start].split()) <= 4 and not CLAUSE_BREAK.search(text, trigger.end, h.start)
                    and not any(trigger.end <= m.start < h.start for m in view.mentions)):
                return True
        elif h.end <= trigger.start and (_only_auxiliaries(text[h.end:trigger.start], language)
                                         or text[h.end:trigger.start].strip() == ","):
            return True
    return False


def _only_auxiliaries(between: str, language: str | None) -> bool:
    """Nothing but auxiliaries or negators between a subject and its verb ("was", "wurde", "не")."""
    auxiliaries = frame_words(language, "auxiliary") | frame_words(language, "negation")
    return all(w.casefold() in auxiliaries for w in between.split())


#: words a `charge` phrase may stand from the trigger of the crime it names ("charged with running a smuggling ring")
CHARGE_REACH = 4


def _charged(text: str, view: SentenceView, trigger: Hit) -> bool:
    """The trigger names the crime someone is tried, held or sentenced for: a `charge` phrase ("jailed for",
    "обвиняемого в", "condenado por") at most CHARGE_REACH words before it in its clause. A court report tells no
    move ("jailed for running a people-smuggling ring", "підозрює в організації контрабанди цигарок")."""
    return any(h.end <= trigger.start and len(text[h.end:trigger.start].split()) <= CHARGE_REACH
               and not CLAUSE_BREAK.search(text, h.end, trigger.start) for h in view.labelled("charge"))


#: words a `meet` verb may stand from the group after it that it visits ("to visit the Spanish soldiers")
MEET_REACH = 4


def _visited(text: str, view: SentenceView, trigger: Hit, moved: Slot) -> bool:
    """The group is whom someone who travelled visits or meets, not whom the move moves: a `meet` verb after the
    trigger, the group at most MEET_REACH words after it ("flew to Romania to visit the Spanish soldiers", "viajou
    para a Roménia para visitar os militares") or, verb-final, between a purpose opener after the trigger and it
    ("reiste nach Litauen, um die dort stationierten deutschen Soldaten zu besuchen")."""
    for h in view.labelled("meet"):
        if h.start < trigger.end:
            continue
        if h.end <= moved.start and len(text[h.end:moved.start].split()) <= MEET_REACH \
                and not CLAUSE_BREAK.search(text, h.end, moved.start):
            return True
        if moved.end <= h.start and any(trigger.end <= p.start < moved.start and not CLAUSE_BREAK.search(
                text, p.end, h.start) for p in view.labelled("purpose")):
            return True
    return False


#: words that may stand between a verb of moving and the word for home it goes to ("brought its first group of 94
#: families home", "عادوا من تركيا إلى بلادهم")
_HOME_REACH = 8
_HOME_ARTICLE = 5  # characters from an origin marker to a word for home: an article at most ("aus der Heimat")


def _home_words(text: str, view: SentenceView, lexicon: FrameLexicon) -> list[Hit]:
    """The words for home of the sentence (`homeward`: "home", "додому", "in patria", "au pays") that say where a
    group goes: not after an origin marker ("aus der Heimat vertrieben", "من بلادهم": where they left), not part of a
    name ("la Casa Blanca", "Home Office"; German capitalises every noun)."""
    origins = [o.end for o in view.labelled("origin")]
    return [h for h in view.labelled("homeward") if not any(0 <= h.start - e <= _HOME_ARTICLE for e in origins)
            and not (text[h.start].isupper() and not lexicon.verb_final)]


def _homeward(doc: Document, view: SentenceView, lexicon: FrameLexicon, trigger: Hit) -> list[Slot]:
    """A word for home (:func:`_home_words`) in the trigger's clause, a few words after it (or before it, where the
    verb ends its clause: "in ihre Heimat zurückgebracht"): the move ends there, at the group's own country as
    written ("home", "додому", "in patria"), when the sentence names no destination."""
    text = doc.text
    for h in _home_words(text, view, lexicon):
        a, b = (trigger.end, h.start) if h.start >= trigger.end else (h.end, trigger.start)
        if b < a or (h.start < trigger.end and not lexicon.verb_final):
            continue
        if len(text[a:b].split()) <= _HOME_REACH and not CLAUSE_BREAK.search(text, a, b):
            return [S.place_slot(text, h.start, h.end, None)]
    return []


#: words besides genitive links that may stand between a noun for residents and their place ("жителей
#: приграничных сёл Сумской области", "residents of the besieged city of Mariupol")
_RESIDENTS_GAP = 3


def _residents_home(doc: Document, view: SentenceView, moved: Slot, destinations: list[Slot]) -> list[Slot]:
    """The place named right after a noun for residents (`residents`: "residents", "habitants", "жителей") that
    heads the group moved, genitive links and a few small words between, no destination or via marker: where they
    live, the origin of their move ("residents of Dilling were moved to El Obeid", "les habitants de Zouar ont
    gagné Bardaï"); none that is already a destination."""
    text, words = doc.text, frame_words(doc.language, "residents")
    head = next((m for m in re.finditer(r"\w+", text[moved.start:moved.end]) if m.group().casefold() in words), None)
    if head is None:
        return []
    after = moved.start + head.end()
    links = {w for phrase in frame_words(doc.language, "genitive") for w in phrase.split()}
    blocked = [h for h in view.hits if h.label in ("destination", "via", "bearing") and h.start >= after
               and text[h.start:h.end].casefold() not in links]
    for a, b, place, _ in sentence_places(doc, view):
        if a < after or any(d.start == a for d in destinations):
            continue
        gap = text[after:a]
        small = [w for w in re.findall(r"[\w'’-]+", gap) if w.casefold() not in links]
        if CLAUSE_BREAK.search(gap) or len(small) > _RESIDENTS_GAP or any(w[:1].isupper() for w in small) \
                or any(h.start < a for h in blocked):
            return []
        return [S.place_slot(text, a, b, place, doc.language)]
    return []


#: words that may stand between a verb of leaving and the state it leaves someone in ("left more than 300 people dead")
_STATE_REACH = 4


def _left_in_state(view: SentenceView, trigger: Hit) -> bool:
    """A verb of leaving (a trigger that is also an origin word: "left", "dejó", "lasciato") with a state
    (`left_in_state`) in its clause a few words on: someone is left in a state ("left 300 people dead", "should be
    left unchanged", "deixar as pessoas em pânico"), no one moved (not "carried 350 injured people to Mersin")."""
    if not any(h.start == trigger.start for h in view.labelled("origin")):
        return False
    text = view.sentence.text
    a = trigger.end - view.sentence.start
    return any(0 <= (b := h.start - view.sentence.start) - a and len(text[a:b].split()) <= _STATE_REACH
               and not CLAUSE_BREAK.search(text, a, b) for h in view.labelled("left_in_state"))


def _title_case(text: str) -> bool:
    """A line in title case, a headline's: most of its words of four letters or more capitalised."""
    words = [w for w in text.split() if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) > 0.7 * len(words)


def _reaches_a_level(view: SentenceView, trigger: Hit, numbers: frozenset[str], verb_first: bool = False,
                     movable: frozenset[str] = frozenset()) -> bool:
    """A verb of reaching whose object is a number ("queues reached eleven hours", "l'attente atteint parfois trois
    heures", "достигла 40 градусов", "as baixas atingiram cerca de 60 homens") or a result or a measure
    (`reached_result`: "reached a settlement", "достигнат скорост от 25 Маха"): a level reached, no place. One word
    (an adverb) may stand before the number, or a word of approximation, unless the verb comes first in its clause
    ("وصل نحو 80 جندياً": about 80 soldiers arrived, the count its subject); a few words before the result."""
    if not any(h.start == trigger.start for h in view.labelled("reach")):
        return False
    def a_number(word: str) -> bool:
        return word[:1].isdigit() or word.casefold().strip(",.;:") in numbers

    start = trigger.end if verb_first else next(
        (h.end for h in view.labelled("approximate") if 0 <= h.start - trigger.end <= 1), trigger.end)
    if verb_first and _counts_a_group(view, start, movable):
        return False  # "وصل 300 مقاتل إلى حمص": the verb comes first, the number counts its subject
    after = view.sentence.text[start - view.sentence.start:].split()[:2]
    return (bool(after) and (a_number(after[0]) or (len(after) == 2 and after[0].islower() and a_number(after[1])))) \
        or _reaches_a_result(view, trigger)


def _counts_a_group(view: SentenceView, start: int, movable: frozenset[str]) -> bool:
    """The word after ``start`` is a number and the word after it names troops or a group the frame moves: where
    the verb comes first, that is its counted subject ("وصل 300 مقاتل"), not a level reached ("وصل عدد القتلى إلى
    300")."""
    text = view.sentence.text
    number = _NUMBER_WORD.match(text, start - view.sentence.start)
    if number is None:
        return False
    starts = [m.start for m in view.mentions if m.entity in movable] + [h.start for h in view.labelled("troops")]
    return any(0 <= at - view.sentence.start - number.end() <= 1 for at in starts)


_NUMBER_WORD = re.compile(r"\s*\d[\d.,]*")

#: how many words may stand between a verb of reaching and the result it reaches ("reached a new peace settlement")
_RESULT_REACH = 3


def _reaches_a_result(view: SentenceView, trigger: Hit) -> bool:
    """The first object of a verb of reaching is an agreement, a level or a speed (`reached_result`), with no place,
    group or clause break before it."""
    text = view.sentence.text
    for result in view.labelled("reached_result"):
        a, b = trigger.end - view.sentence.start, result.start - view.sentence.start
        if 0 <= b - a and len(text[a:b].split()) <= _RESULT_REACH and not CLAUSE_BREAK.search(text, a, b) \
                and not any(trigger.end <= m.start < result.start for m in view.mentions):
            return True
    return False


def _governed(text: str, view: SentenceView, word: Hit, markers: list[Hit]) -> bool:
    """An origin or destination marker stands at most two words before ``word``, no name, clause opener or clause break
    between: the word hangs on a preposition ("с начала боевых действий переброшены", "от началото на бойните
    действия са прехвърлени": since the start of hostilities), it is no subject ("В Женеве переговоры перенесли",
    "queixam-se de que o lixo não é levado" keep one)."""
    return any(m.end <= word.start and len(text[m.end:word.start].split()) <= 2
               and not CLAUSE_BREAK.search(text, m.end, word.start)
               and not any(m.end <= n.start < word.start for n in view.mentions)
               and not any(m.end <= h.start < word.start for h in view.hits if h.label in _CLAUSE_OPENERS)
               for m in markers)


#: words that open a clause: after one, the word is the clause's own subject ("queixam-se de que o lixo não é levado")
_CLAUSE_OPENERS = frozenset({"complementizer", "relative", "since_clause"})


def _abstract_moved(text: str, view: SentenceView, trigger: Hit, language: str | None,
                    verbs: list[Hit] | None = None) -> bool:
    """What the verb moves is a thing of talk, not a group: an `abstract_moved` word is its first object (at most
    four words after it, no group, marker or clause break between: "brought the negotiations to zero", "выводить
    золотые резервы из США") or its subject right before it, auxiliaries or negators at most between ("Verhandlungen
    wurden nach Genf verlegt", "мусор не вывозят"); not after a verb of fleeing or leaving, whose object is what they
    left ("fled the violence"); nor a subject that another verb of the sentence (``verbs``) takes as its object
    ("Families escaping the chaos were taken to Italy")."""
    markers = [h for label in ("origin", "destination") for h in view.labelled(label)]
    if any(m.start == trigger.start for m in view.labelled("origin")):
        return False  # "fled the violence in Darfur to Chad": a verb of fleeing or leaving takes what they left
    for h in view.labelled("abstract_moved"):
        if trigger.end <= h.start:
            a, b = trigger.end, h.start
            between = [m.start for m in view.mentions] + [m.start for m in markers]
            if len(text[a:b].split()) > 4 or any(a <= at < b for at in between):
                continue
        elif h.end <= trigger.start:
            a, b = h.end, trigger.start
            if not _only_auxiliaries(text[a:b], language) or _governed(text, view, h, [*markers, *(verbs or [])]):
                continue
        else:
            continue
        if not CLAUSE_BREAK.search(text, a, b):
            return True
    return False

