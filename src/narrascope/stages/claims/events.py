"""Event assembly: the claims read sentence by sentence become one claim per movement told.

An article tells one move across sentences: the headline names the destination, a paragraph the
origin, a later one the province where the planes landed. The per-sentence relocation claims are
taken in reading order, and each joins the latest event it fits:

* the same moved group, or a generic one that may stand for it ("the militants" for "IS
  fighters": ``generic_groups`` in lexicon/frame_inventory.yaml);
* never two different agents (a body or vehicle with no canonical name, "the helicopters", clashes
  with none, and gives way to an actor);
* the same mood: denied with denied, hypothetical with hypothetical, questioned with questioned,
  asserted and reported together (a headline states what the body attributes);
* places that fit: at each end the same place, an end left open, or one place holding the other
  (Libya holds al-Jufra, Central Asia holds Termez: the narrower wins and keeps the broader in
  ``within``); when the two share no place at all ("evacuated from Raqqa", then "airlifted to
  Afghanistan"), only within :data:`JOIN_REACH` sentences;
* never two legs of the same sentence;
* but a leg that starts where the event ends, a country or region, and ends at a place inside it ("to Bryansk
  Oblast ... from Bryansk Oblast on to Klintsy") only tells where in it they arrived: it joins, even from the same
  sentence, and its start is no origin of the move (a city is no such region: "to Tripoli. Then on to Mitiga"
  stays two legs; inside one sentence ``slots.legs`` already reads "to Tripoli and then to the Mitiga air base" as
  Mitiga within Tripoli, one leg);
* never a move told in a sentence that retells another version of the story ("An earlier version of the rumour
  said they were flown to Lviv"): it starts an event of its own, as another batch of the group does;
* never, in the body, a statement of the whole and one move it holds: "Turkey sends Syrian fighters to Libya"
  (where to only) stays a claim of its own beside "300 were flown from Idlib to Tripoli" (a start and an end
  within it), as the blind gold sets tell them; a sentence that only narrows where they arrived still joins;
* a place that only holds or lies in the event's joins within :data:`JOIN_REACH` sentences of its last claim: told
  farther on, with no end the same place, it is a later move of the group ("... to Azerbaijan", paragraphs later
  "... taken to Horadiz").
* an event that ends in a country or region ends, instead, where the same group's next move starts inside it,
  in one of the next :data:`JOIN_REACH` sentences ("... to Turkey. They were gathered near Gaziantep and flown to
  Azerbaijan"): the broader end is kept in ``within`` and the two moves are a chain.

Only the headline told where the event ended, and the body so far only where it started: the body's next claim
that tells only where they arrived ends the move instead ("... from Idlib to Niger" over "200 fighters were pulled
out of Idlib. The men were driven to Gaziantep": Idlib -> Gaziantep); the headline's claims leave the event and fold
into it as below.

A move that says where they left and not where they went ends where, in the next sentence, the vehicle that carried
them lands ("... ont quitté Bamako à bord de deux avions. Les appareils se sont posés à Gao, où les familles ..."),
whatever group that sentence names after the place: that group is another clause's (``_vehicle_landed``).

A headline's move that joined no event of the body sums up one the body tells: it becomes a mention (and an
evidence span) of the body's first event of the same group, not a claim of its own; a headline moving a group
the body never moves stays a claim.

The event's slots are its mentions' best: the narrowest places, the group and the agent as the
sentence that tells most names them (a named group over a generic one or a pronoun; an agent, else
the first), the first source, means and purpose. Its ``evidence`` is the sentence that tells
most, ``evidence_spans`` every sentence, ``mentions`` the per-sentence claims. Legs of a chain
(A -> B, then B -> C) stay separate claims and share an event id and the route A, B, C.
Claims of the other frames (support, accusation) merge only when they repeat one another.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ...lexicon import entities, frame_inventory
from ...lexicon.gazetteer import REGION_SUFFIXES
from ...lexicon.places import holds, holds_nearby
from ...model import Claim, Slot, Span

JOIN_REACH = 3  # sentences between two claims that share no place, or a place only held, but still join
_MOODS = {"asserted": "claimed", "reported": "claimed"}  # moods that mix; every other modality is its own


@dataclass(frozen=True)
class Groups:
    """Which moved groups may be the same people: generic names and the named groups they cover."""

    covers: dict[str, frozenset[str]]  # generic group name (case folded) -> names it may stand for

    @classmethod
    def load(cls, frame: str = "relocation") -> Groups:
        spec = ((frame_inventory().get("frames") or {}).get(frame) or {}).get("generic_groups") or {}
        known = entities()

        def name(entity_id: str) -> str:
            return (known[entity_id].name if entity_id in known else entity_id).casefold()

        return cls({name(g): frozenset(name(x) for x in members or ()) for g, members in spec.items()})

    def same(self, a: Slot | None, b: Slot | None) -> bool:
        x, y = _name(a), _name(b)
        return bool(x and y) and (x == y or y in self.covers.get(x, ()) or x in self.covers.get(y, ()))

    def generic(self, a: Slot | None) -> bool:
        return _name(a) in self.covers


def assemble(claims: Sequence[Claim], groups: Groups, sentence_of: dict[int, int], body: int = 0,
             pronouns: frozenset[str] = frozenset(), batches: frozenset[str] = frozenset(),
             variants: frozenset[int] = frozenset(),
             landed: frozenset[tuple[int, int]] = frozenset()) -> list[Claim]:
    """The events of an article from its per-sentence claims (rules in the module docstring).
    ``sentence_of`` maps a claim's evidence start to its sentence index; ``body`` is where the body begins
    after the headline (0: no headline); ``pronouns`` are the article's language's words that stand for a group
    named before ("them", "их"), case folded: they name no event's group; ``batches`` the words that name another
    batch of a group ("another group", "a second convoy"), case folded: a move of one starts an event of its own;
    ``variants`` the sentences that retell another version of the story ("An earlier version of the rumour said
    ..."): a move told there starts an event of its own too; ``landed`` the spans of the vehicle words of sentences
    that tell an arrival (``_vehicle_landed``)."""
    events: list[list[Claim]] = []
    merged: list[Claim] = []
    for c in claims:
        if c.type == "relocation" and ((c.moved is not None and c.moved.text.casefold().startswith(tuple(batches)))
                                       or sentence_of.get(c.evidence.start, -1) in variants):
            # "Another group was taken inland to Macomia", "An earlier version said they went to Lviv": not where
            # the first one went
            events.append([c])
            merged.append(_merge([c], groups, pronouns))
            continue
        k = _vehicle_landed(merged, events, c, groups, sentence_of, landed)
        if k is not None:
            events[k].append(c if groups.same(merged[k].moved, c.moved) else replace(c, moved=None))
            merged[k] = _merge(events[k], groups, pronouns)
            continue
        for k in reversed(range(len(events))):
            if (_fits_relocation(merged[k], events[k], c, groups, sentence_of, body) if c.type == "relocation"
                    else _repeats(merged[k], c)):
                events[k].append(c)
                merged[k] = _merge(events[k], groups, pronouns)
                break
        else:
            host = next((i for i in reversed(range(len(events))) if c.type == "relocation"
                         and _headline_end_gives_way(events[i], c, groups, sentence_of, body, pronouns)), None)
            if host is None:
                events.append([c])
                merged.append(_merge([c], groups, pronouns))
            else:  # the headline's claims become an event of their own, folded into the body's below
                head = [m for m in events[host] if m.evidence.start < body]
                events[host] = [*(m for m in events[host] if m.evidence.start >= body), c]
                merged[host] = _merge(events[host], groups, pronouns)
                events.insert(host, head)
                merged.insert(host, _merge(head, groups, pronouns))
    merged = _arrived_where_next_leg_starts(merged, groups, sentence_of)
    return _chains(_fold_headline(merged, body, groups) if body else merged, groups)


def _vehicle_landed(merged: list[Claim], events: list[list[Claim]], c: Claim, groups: Groups,
                    sentence_of: dict[int, int], landed: frozenset[tuple[int, int]]) -> int | None:
    """The event ``c`` ends: ``c`` tells only where they arrived, through the vehicle that carried them ("Les
    appareils se sont posés à Bambari", "Die Maschine landete in Kabul": the vehicle is its mover or its group, or it
    has none), in the sentence after the last one of the move told just before, which says where they left and not
    where they went. A group such a sentence names after the place is another clause's ("..., où les familles ont
    été accueillies"), no group of its own: the move's group is the event's."""
    if c.type != "relocation" or c.origin is not None or c.destination is None:
        return None
    vehicle = c.moved is None or (c.moved.start, c.moved.end) in landed or (
        c.agent is not None and not _actor(c.agent) and (c.agent.start, c.agent.end) in landed
        and c.moved.start > c.destination.end)  # a load told before the verb is the vehicle's: "a plane with 200 ..."
    here = sentence_of.get(c.evidence.start, -1)
    told = [k for k in range(len(merged)) if merged[k].type == "relocation"]
    if not vehicle or not told:
        return None
    k = max(told, key=lambda i: _last_sentence(events[i], sentence_of))
    event = merged[k]
    if (here - _last_sentence(events[k], sentence_of) != 1 or event.origin is None or event.destination is not None
            or _mood(event) != _mood(c) or (_actor(event.agent) and _actor(c.agent)
                                            and _name(event.agent) != _name(c.agent))):
        return None
    return k


def _arrived_where_next_leg_starts(events: list[Claim], groups: Groups, sentence_of: dict[int, int]) -> list[Claim]:
    """An event that ends in a country or region, followed within :data:`JOIN_REACH` sentences by the same group's
    next move starting at a place inside it ("... from Afrin to Turkey. They were gathered in a camp near
    Gaziantep and flown on to Azerbaijan"), arrived at that place: it becomes the event's end, the broader one
    kept in ``within``, and the two moves a chain through it."""
    out = list(events)
    for i, e in enumerate(out):
        if e.type != "relocation" or e.destination is None:
            continue
        last = _last_sentence(e.mentions, sentence_of)
        for f in out[i + 1:]:
            if f.type != "relocation" or _mood(f) != _mood(e) or not groups.same(e.moved, f.moved) or (
                    _actor(e.agent) and _actor(f.agent) and _name(e.agent) != _name(f.agent)):
                continue  # another group's move, or another mover's
            start = f.origin
            # (a sentence that tells both legs names the end as it is: "first taken into Turkey and then flown from
            # Istanbul to Warsaw" went to Turkey)
            if start is not None and 0 < min(sentence_of.get(m.evidence.start, 0) for m in f.mentions) - last \
                    <= JOIN_REACH and _name(start) != _name(e.destination) \
                    and holds_place(e.destination, start) and not holds_place(start, e.destination):
                broader = {_name(w): w for w in (*start.within, replace(e.destination, within=()),
                                                 *e.destination.within)}
                broader.pop(_name(start), None)
                out[i] = replace(e, destination=replace(start, within=tuple(broader.values())))
            break  # only the group's next move tells where this one ended
    return out


def _fold_headline(events: list[Claim], body: int, groups: Groups) -> list[Claim]:
    """A relocation told only in the headline ("US flies IS fighters to Afghanistan") that joined no event of
    the body sums up a move the body tells of the same group: it becomes a mention of the first such event (its
    sentence among the evidence spans) and no claim of its own. One whose group the body never moves stays."""
    out = list(events)
    for e in events:
        if e.type != "relocation" or any(s.start >= body for s in e.spans):
            continue
        told = next((i for i, b in enumerate(out) if b.type == e.type and b is not e and groups.same(b.moved, e.moved)
                     and any(s.start >= body for s in b.spans)), None)
        if told is not None:
            b = out[told]
            out[told] = replace(b, evidence_spans=tuple(sorted({*e.spans, *b.spans}, key=lambda s: s.start)),
                                mentions=(*e.mentions, *b.mentions))
            out.remove(e)
    return out


def _fits_relocation(event: Claim, told: list[Claim], c: Claim, groups: Groups, sentence_of: dict[int, int],
                     body: int) -> bool:
    if event.type != c.type or _mood(event) != _mood(c) or not groups.same(event.moved, c.moved):
        return False
    if not _placed(event) or not _placed(c):
        return False  # a denial that names no place ("denied sending any troops") is a claim of its own
    if c.modality == "denied" and c.source is not None and not any(_said_by(m, c.source) for m in told):
        return False  # "CENTCOM denied moving any fighters to Sudan": a speaker's denial is a claim of its own
    if _actor(event.agent) and _actor(c.agent) and _name(event.agent) != _name(c.agent):
        return False  # two movers; a vehicle with no owner ("the helicopters") clashes with none
    if _counts_differ(told, c):
        return False  # "5.000 personas evacuadas ..." and "400 personas llevadas ...": two batches
    if _narrows_end(event, c):
        return True  # "... to Bryansk Oblast, on to Klintsy": where in the region they arrived, even in one sentence
    here = sentence_of.get(c.evidence.start, -1)
    if any(sentence_of.get(m.evidence.start, -2) == here for m in told):
        return False  # two legs of one sentence are two moves
    if any(_sums_up(m, c) or _sums_up(c, m) for m in told if min(m.evidence.start, c.evidence.start) >= body):
        # "Turkey sends Syrian fighters to Libya" and "... flown from Afrin to Tripoli": two claims (a headline's
        # sums up the body's move and joins it)
        return False
    ends = [_fit(event.origin, c.origin), _fit(event.destination, c.destination)]
    if None in ends:
        return False
    near = abs(here - _last_sentence(told, sentence_of)) <= JOIN_REACH
    if "shared" in ends:
        # a place that only holds or lies in the event's, told far on ("Turkey sent mercenaries to Azerbaijan", then
        # paragraphs later "the mercenaries were taken to Horadiz"), is more often a later move of the group, a
        # claim of its own in the gold sets; one that names an end again joins at any distance
        return near or _same_end(event, c)
    return near and (c.origin is None) != (c.destination is None)


def _headline_end_gives_way(told: list[Claim], c: Claim, groups: Groups, sentence_of: dict[int, int], body: int,
                            pronouns: frozenset[str]) -> bool:
    """Only the headline says where the event ended, the body has told only where the move started, and ``c``, a
    body sentence that tells only where they arrived, fits the body's claims: the headline sums up the whole
    journey ("... taken from Idlib to Niger"), the body tells its first stop ("Some 200 fighters were pulled out of
    Idlib. The men were driven by bus to Gaziantep"), and the arrival ends the body's move."""
    if c.evidence.start < body or c.origin is not None or c.destination is None:
        return False
    head = [m for m in told if m.evidence.start < body]
    rest = [m for m in told if m.evidence.start >= body]
    if not rest or not any(m.destination is not None for m in head) or any(m.destination is not None for m in rest):
        return False
    return _fits_relocation(_merge(rest, groups, pronouns), rest, c, groups, sentence_of, body)


def _last_sentence(claims: Sequence[Claim], sentence_of: dict[int, int]) -> int:
    return max(sentence_of.get(c.evidence.start, 0) for c in claims)


def _narrows_end(event: Claim, leg: Claim) -> bool:
    """``leg`` starts where the event ends, a country or a region, and ends at a place inside it ("to Parwan
    Province, then on to Jabal Saraj"): no move of its own, it tells where in that region they arrived. A city
    is no such region: "to Edirne, then to Kapikule" and "to Tripoli, then to Mitiga" stay two legs, as the gold
    sets tell them."""
    if event.destination is None or leg.origin is None or leg.destination is None:
        return False
    start, end = leg.origin, leg.destination
    region = holds(_name(start), _name(end), end.country) or (start.canonical or "").endswith(REGION_SUFFIXES)
    return (_name(event.destination) == _name(start) and _name(start) != _name(end) and region
            and holds_place(start, end))


def _same_end(event: Claim, c: Claim) -> bool:
    """The claim names the event's origin or destination again, the same place."""
    return any(x is not None and y is not None and _name(x) == _name(y)
               for x, y in ((event.origin, c.origin), (event.destination, c.destination)))


def _sums_up(general: Claim, leg: Claim) -> bool:
    """``general`` tells only where they go, a place that holds the end of ``leg``, a move from one place to
    another: a statement of the whole (a state sends fighters to a country) beside one of its moves, which the
    body tells with its own start and end; a sentence that only narrows where they arrived still joins."""
    return (general.origin is None and general.destination is not None and leg.origin is not None
            and leg.destination is not None and _name(general.destination) != _name(leg.destination)
            and holds_place(general.destination, leg.destination))


def _counts_differ(told: list[Claim], c: Claim) -> bool:
    """The claim counts its group, and no claim of the event counts it the same while one counts it otherwise
    (a number of people is one batch: "more than 5,000 evacuated", then "some 400 taken to the barracks")."""
    mine = c.moved.count if c.moved is not None else None
    if not mine:
        return False
    theirs = {m.moved.count for m in told if m.moved is not None and m.moved.count}
    return bool(theirs) and mine not in theirs


def _repeats(event: Claim, c: Claim) -> bool:
    return (event.type == c.type and _mood(event) == _mood(c) and _name(event.agent) == _name(c.agent)
            and _name(event.target) == _name(c.target) and _name(event.moved) == _name(c.moved)
            and _name(event.origin) == _name(c.origin) and _name(event.destination) == _name(c.destination))


def _fit(a: Slot | None, b: Slot | None) -> str | None:
    """'open' when either end is unknown, 'shared' when one place holds the other, None when they clash."""
    if a is None or b is None:
        return "open"
    return "shared" if holds_place(a, b) or holds_place(b, a) else None


def holds_place(broad: Slot, narrow: Slot) -> bool:
    """The place ``broad`` holds ``narrow``: the same place, its country, or a region holding that country;
    or it holds a broader name ``narrow`` was given ("the prison of Al-Sinaa, in Al-Hasaka")."""
    return holds(_name(broad), _name(narrow), narrow.country) or any(
        holds(_name(broad), _name(w), w.country) for w in narrow.within) or lies_near(broad, narrow)


def lies_near(broad: Slot, narrow: Slot) -> bool:
    """An oblast holds a town near its centre, a city a base or camp near its own (``places.holds_nearby``)."""
    if broad.lat is None or broad.lon is None or narrow.lat is None or narrow.lon is None \
            or not broad.canonical or not narrow.canonical:
        return False
    return holds_nearby(broad.canonical, (broad.lat, broad.lon), narrow.canonical, (narrow.lat, narrow.lon),
                        bool(broad.country) and broad.country == narrow.country)


def _merge(told: list[Claim], groups: Groups, pronouns: frozenset[str] = frozenset()) -> Claim:
    first = told[0]
    if len(told) == 1:
        return replace(first, evidence_spans=first.spans, mentions=(first,))
    richest = max(told, key=lambda c: (_filled(c), -c.evidence.start))
    moved = [c.moved for c in told if c.moved is not None]
    named = [m for m in moved if not groups.generic(m)] or moved
    source = next((c.source for c in told if c.source is not None), None)
    reported = source is not None or any(c.modality == "reported" for c in told)  # a source, or hearsay
    mood = first.modality if _mood(first) != "claimed" else ("reported" if reported else "asserted")
    times = [c.time for c in told if c.time]
    destination = _narrowest([c.destination for c in told])
    origin = _narrowest([c.origin for c in told if not _narrows_any(told, c)] or [c.origin for c in told])
    if origin is not None and destination is not None and _name(origin) == _name(destination):
        origin = None  # a headline's "to Niger" read as "from": the body's legs say where from
    ends = {_name(origin), _name(destination)}
    stops = list({_name(s): s for c in told for s in _stops(c) if _name(s) not in ends}.values())
    return replace(
        richest, modality=mood, source=source,
        agent=next((a for a in (richest.agent, *(c.agent for c in told)) if _actor(a)),
                   richest.agent or next((c.agent for c in told if c.agent is not None), None)),
        moved=_moved(richest, named, groups, pronouns),
        origin=origin, destination=destination,
        means=next((c.means for c in told if c.means), None),
        time=next((t for t in times if len(t) == 4), times[0] if times else None),
        purpose=next((c.purpose for c in told if c.purpose is not None), None),
        evidence_spans=tuple(sorted({s for c in told for s in c.spans}, key=lambda s: s.start)),
        mentions=tuple(told), route=tuple(x for x in (origin, *stops, destination) if x is not None))


def _narrows_any(told: list[Claim], c: Claim) -> bool:
    """``c`` only narrows where another claim of the event ends (``_narrows_end``): its start, the region, is no
    origin of the move."""
    return any(m is not c and _narrows_end(m, c) for m in told)


def _moved(richest: Claim, named: list[Slot], groups: Groups, pronouns: frozenset[str]) -> Slot | None:
    """The event's group: as the sentence that tells most names it, unless only generically ("the militants") where
    another names it, or by a pronoun ("them", "их"), else the first named one that is counted; with the count another
    sentence gives it when its own has none."""
    counted = next((m for m in named if m.count is not None), None)
    moved = richest.moved
    if moved is None or moved.text.casefold() in pronouns or not any(m is moved for m in named):
        return counted or (named[0] if named else None)
    if moved.count is None and counted is not None and groups.same(moved, counted):
        moved = replace(moved, count=counted.count, count_text=counted.count_text)
    return moved


def _stops(c: Claim) -> tuple[Slot, ...]:
    """The places of a claim's route between its ends: stops on the way ("via Istanbul"), no leg's end."""
    ends = {(x.start, x.end) for x in (c.origin, c.destination) if x is not None}
    return tuple(r for r in c.route if (r.start, r.end) not in ends)


def _narrowest(slots: list[Slot | None]) -> Slot | None:
    """The place every other one holds (Termez within Central Asia), keeping the broader names."""
    # each different place once, with how often it was told: an article repeating one sentence a
    # thousand times is a thousand mentions of one place, not a million comparisons
    first: dict[tuple[str, str | None, tuple[str, ...]], Slot] = {}
    told: Counter[tuple[str, str | None, tuple[str, ...]]] = Counter()
    for s in slots:
        if s is not None:
            key = (_name(s), s.country, tuple(_name(w) for w in s.within))
            first.setdefault(key, s)
            told[key] += 1
    if not first:
        return None
    found = list(first.values())
    times = list(told.values())  # in the order the keys were first told, as ``first``'s
    best = max(found, key=lambda s: (sum(n for o, n in zip(found, times, strict=True)
                                         if _name(o) != _name(s) and holds_place(o, s)), len(s.within)))
    broader: dict[str, Slot] = {_name(w): w for w in best.within}  # "Ghwayran, in Hasakah" keeps Hasakah
    for s in found:
        if _name(s) != _name(best) and holds_place(s, best):
            broader.setdefault(_name(s), replace(s, within=()))
    return replace(best, within=tuple(broader.values())) if broader else best


def _chains(events: list[Claim], groups: Groups) -> list[Claim]:
    """Event ids and routes: a leg that starts where another leg of the same group and mood ends
    continues it. Claims come out in the order of the sentence that tells each most."""
    events = sorted(events, key=lambda e: e.evidence.start)
    root = list(range(len(events)))

    def find(i: int) -> int:
        while root[i] != i:
            i = root[i]
        return i

    for i, e in enumerate(events):
        for j, prior in enumerate(events):
            if (i != j and e.type == prior.type == "relocation" and e.origin is not None
                    and prior.destination is not None and _mood(prior) == _mood(e)
                    and groups.same(prior.moved, e.moved) and _name(prior.destination) == _name(e.origin)):
                root[find(i)] = find(j)
    numbers = {r: n + 1 for n, r in enumerate(dict.fromkeys(find(i) for i in range(len(events))
                                                            if events[i].type == "relocation"))}
    members: dict[int, list[Claim]] = {}
    for k, e in enumerate(events):
        members.setdefault(find(k), []).append(e)
    routes: dict[int, tuple[Slot, ...]] = {}  # one per chain, however many legs share it
    out = []
    for i, e in enumerate(events):
        if e.type != "relocation":
            out.append(e)
            continue
        r = find(i)
        if r not in routes:
            routes[r] = _route(members[r])
        out.append(replace(e, event=f"e{numbers[r]}", route=routes[r]))
    return out


def _route(legs: list[Claim]) -> tuple[Slot, ...]:
    """The stops in travel order: each leg after the one that ends where it starts, with the stops on its
    way ("via Istanbul") between its ends."""
    ordered = [next((x for x in legs if not any(_name(y.destination) == _name(x.origin) and x.origin is not None
                                                  for y in legs if y is not x)), legs[0])]
    left = [x for x in legs if x is not ordered[0]]  # by identity: two legs may be equal claims
    while left:
        end = _name(ordered[-1].destination)
        k = next((i for i, x in enumerate(left) if x.origin is not None and _name(x.origin) == end), 0)
        ordered.append(left.pop(k))
    stops: list[Slot] = []
    for leg in ordered:
        for place in (leg.origin, *_stops(leg), leg.destination):
            if place is not None and not (stops and _name(stops[-1]) == _name(place)):
                stops.append(place)
    return tuple(stops)


def _said_by(c: Claim, source: Span) -> bool:
    return c.source is not None and _name(c.source) == _name(source)


def _placed(c: Claim) -> bool:
    return c.origin is not None or c.destination is not None


def _filled(c: Claim) -> int:
    return sum(x is not None for x in (c.moved, c.origin, c.destination, c.source)) + _actor(c.agent)


def _actor(agent: Slot | None) -> bool:
    """An agent that names who moves them, not only the vehicle ("helicopters") that carried them."""
    return agent is not None and agent.canonical is not None


def _mood(c: Claim) -> str:
    return _MOODS.get(c.modality, c.modality)


def _name(slot: Slot | Span | None) -> str:
    if slot is None:
        return ""
    return str(getattr(slot, "canonical", None) or slot.text).casefold()
