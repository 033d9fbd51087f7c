"""Typed results that flow through the pipeline.

A :class:`Document` enters the pipeline holding the plain text and metadata; each stage fills
exactly one layer (``language``, ``sentences``, ``mentions``, ``narratives`` ...). The public
result of an analysis is an :class:`Analysis`, built from the finished document and serialised
with :meth:`Analysis.to_dict` into the output contract documented in ``schema/analysis.schema.json``.

This module imports nothing from the rest of the package.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from dataclasses import MISSING, dataclass, field, fields
from operator import attrgetter
from typing import Any, Literal, TypeVar

SCHEMA_VERSION = "1.1"  # 1.1: claims as events (evidence_spans, mentions, event, route, slot.within), modality refuted

Stance = Literal["pushes", "refutes", "mentions"]

_D = TypeVar("_D")


def _pickled_by_fields(cls: type[_D]) -> type[_D]:
    """Pickles a frozen dataclass with slots as its constructor and its field values. The state functions
    dataclasses gives such a class look its fields up again for every object: they were most of the time
    of pickling an analysed document (hundreds of spans), which each worker process sends back whole."""
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    values = attrgetter(*names)  # a tuple of them, or the one value of a class of one field

    def __reduce__(self: _D) -> tuple[type[_D], tuple[Any, ...]]:
        return cls, values(self) if len(names) > 1 else (values(self),)

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


def _set_directly(cls: type[_D]) -> type[_D]:
    """Gives a frozen dataclass with slots a constructor that sets each field through its slot, as the one
    dataclasses writes does through ``object.__setattr__`` (which looks the slot up again for every field of
    every object): same parameters, defaults and default factories, same object; about half the time. The
    pipeline makes hundreds of thousands of these (sentences, mentions, slots), and a worker's results are
    unpickled through it."""
    # the constructor written here calls no __post_init__: a class that needs one keeps dataclasses' own
    assert not hasattr(cls, "__post_init__"), f"{cls.__name__} has a __post_init__: not set directly"
    params, lines = [], []
    space: dict[str, Any] = {"_MISSING": _MISSING}
    for f in fields(cls):  # type: ignore[arg-type]
        assert f.init and not f.kw_only, f"{cls.__name__}.{f.name}: only positional fields are set directly"
        space[f"_set_{f.name}"] = getattr(cls, f.name).__set__  # the slot's descriptor, wherever it is declared
        if f.default is not MISSING:
            space[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not MISSING:
            space[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_MISSING")
            lines.append(f"    if {f.name} is _MISSING: {f.name} = _factory_{f.name}()")
        else:
            params.append(f.name)
        lines.append(f"    _set_{f.name}(self, {f.name})")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(lines), space)  # noqa: S102 - our own fields
    init = space["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__, init.__annotations__ = cls.__init__.__doc__, cls.__init__.__annotations__
    cls.__init__ = init  # type: ignore[misc,method-assign]
    return cls


class _Factory:
    """A default factory's argument not given (shown as dataclasses shows it)."""

    def __repr__(self) -> str:
        return "<factory>"


_MISSING = _Factory()


@_set_directly
@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the plain text: ``text == plain[start:end]``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@_set_directly
@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Sentence(Span):
    """One sentence of the plain text, with its index in the document."""

    index: int = 0


@_set_directly
@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Mention(Span):
    """A known entity (country, organisation, person, concept) named in the text."""

    entity: str = ""        # canonical entity id, e.g. "united-states"
    name: str = ""          # canonical display name, e.g. "United States"
    kind: str = ""          # country | organisation | group | person | place | concept
    sentence: int = -1      # index of the sentence that holds the mention


@_set_directly
@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Evidence(Span):
    """A sentence that supports a narrative match, with its similarity to the narrative."""

    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "score": round(self.score, 3)}


@_set_directly
@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Slot(Span):
    """One slot of a claim frame (agent, moved, origin, destination), pointing back to the text."""

    canonical: str | None = None     # entity or place name in English
    count: int | None = None         # for ``moved``: the number stated, if any
    count_text: str | None = None    # ... as written ("up to 500", "dozens")
    country: str | None = None       # for places
    lat: float | None = None
    lon: float | None = None
    #: for places: the broader names the same place was given first ("Central Asia", then "Termez")
    within: tuple[Slot, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "canonical": self.canonical, "start": self.start, "end": self.end}
        for key in ("count", "count_text", "country", "lat", "lon"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.within:
            out["within"] = [w.to_dict() for w in self.within]
        return out


@_set_directly
@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Source(Span):
    """Who a claim is attributed to."""

    canonical: str | None = None
    kind: str = "anonymous"          # agency | government | media | organisation | document | person | anonymous

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "canonical": self.canonical, "kind": self.kind,
                "start": self.start, "end": self.end}


Modality = Literal["asserted", "reported", "denied", "refuted", "questioned", "hypothetical"]
#: Modalities of claims the text does not make: it denies the move, or it is a fact-check that
#: refutes the narrative the claim belongs to. They never count as claimed flows.
NOT_CLAIMED: frozenset[str] = frozenset({"denied", "refuted"})

#: Below the match, narratives are kept as "mentions" down to a score of 0.02; an article counts as
#: mentioning a narrative from this score on (half the default match threshold: on its topic, not
#: pushing it); below, a mention is the noise floor every article has for every narrative.
MENTION_FLOOR = 0.15
#: How the note of an article the techniques stage left out begins (its warnings; ``technique_scope``): readers of
#: a stored analysis (the dashboard) tell "not analysed" from "none found" by it.
TECHNIQUES_NOT_ANALYSED = "techniques not analysed: "


def counted_stance(matched: bool, stance: str | None, score: float) -> str | None:
    """The stance an article is counted and found under for a narrative in the corpus views (None: not
    at all). A refuting narrative is never matched, so counting matches alone would lose every fact-check."""
    if matched:
        return stance or "pushes"
    if stance == "refutes" or (stance == "mentions" and score >= MENTION_FLOOR):
        return stance
    return None


@_set_directly
@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Claim:
    """A structured claim: who does what to whom, from where to where, says whom, how firmly."""

    type: str                        # frame name, e.g. "relocation"
    evidence: Span
    modality: Modality = "asserted"
    agent: Slot | None = None
    moved: Slot | None = None
    origin: Slot | None = None
    destination: Slot | None = None
    target: Slot | None = None       # for agent-target frames: whom the agent creates, arms, accuses
    means: str | None = None
    time: str | None = None
    source: Source | None = None
    purpose: Span | None = None      # what the move is for, as written ("to destabilise Central Asia")
    #: every sentence the claim was read from, in text order (``evidence`` is the one that tells most)
    evidence_spans: tuple[Span, ...] = ()
    #: the claims read sentence by sentence that this one assembles (the headline, the body's legs)
    mentions: tuple[Claim, ...] = ()
    event: str | None = None         # the event this claim is a leg of ("e1"): legs of a chain share it
    route: tuple[Slot, ...] = ()     # the event's places in order, every leg's ends (A, B, C for A -> B -> C)

    @property
    def spans(self) -> tuple[Span, ...]:
        """Every evidence span: ``evidence_spans``, or the one ``evidence`` of a single sentence's claim."""
        return self.evidence_spans or (self.evidence,)

    def to_dict(self) -> dict[str, Any]:
        def slot(x: Slot | Source | None) -> dict[str, Any] | None:
            return x.to_dict() if x is not None else None

        out = {"type": self.type, "agent": slot(self.agent), "moved": slot(self.moved),
               "origin": slot(self.origin), "destination": slot(self.destination),
               "target": slot(self.target), "means": self.means,
               "time": self.time, "source": slot(self.source),
               "purpose": self.purpose.to_dict() if self.purpose else None, "modality": self.modality,
               "evidence": self.evidence.to_dict(), "evidence_spans": [s.to_dict() for s in self.spans]}
        if self.event is not None:
            out["event"] = self.event
            out["route"] = [r.to_dict() for r in self.route]
        if self.mentions:
            out["mentions"] = [m.to_dict() for m in self.mentions]
        return out


@_set_directly
@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class NarrativeMatch:
    """How strongly one catalogue narrative is present in one document."""

    id: str
    title: str
    score: float                      # calibrated probability that the document pushes it
    matched: bool
    stance: Stance
    evidence: tuple[Evidence, ...] = ()
    features: dict[str, float] = field(default_factory=dict)

    def to_dict(self, with_features: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "score": round(self.score, 4),
            "matched": self.matched,
            "stance": self.stance,
            "evidence": [e.to_dict() for e in self.evidence],
        }
        if with_features:
            out["features"] = {k: round(v, 4) for k, v in self.features.items()}
        return out


@_set_directly
@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class TechniqueSpan(Span):
    """A persuasion technique found in the text (SemEval-2023 Task 3 id, or an analyst cue)."""

    technique: str = ""
    confidence: float = 0.0
    detector: str = "model"     # model | rule

    def to_dict(self) -> dict[str, Any]:
        return {"technique": self.technique, "text": self.text, "start": self.start, "end": self.end,
                "confidence": round(self.confidence, 3), "detector": self.detector}


@dataclass(slots=True)
class Document:
    """An article on its way through the pipeline."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    source: str | None = None          # where it was read from (path, path:line)
    content_hash: str = ""
    language: str | None = None
    language_score: float = 0.0
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    narratives: list[NarrativeMatch] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    techniques: list[TechniqueSpan] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: the stance stage's probability that the article as a whole debunks what it reports
    stance_score: float | None = None
    #: when the article is one of the catalogue's labelled examples: the narratives the analyst said it
    #: pushes (none, for an article labelled as pushing none of them); None for any other article
    labelled: frozenset[str] | None = None


@_set_directly
@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Analysis:
    """The analysis of one article, as the library returns it and the CLI prints it.

    Each top-level field of :meth:`to_dict` is a read-only property (``r.claims``, ``r.techniques``,
    ``r.title``, ``r.language``, ...), as Python objects rather than dicts; ``r.document`` holds the rest.
    """

    document: Document

    @property
    def id(self) -> str:
        return self.document.id

    @property
    def narratives(self) -> list[NarrativeMatch]:
        return self.document.narratives

    @property
    def matched(self) -> list[NarrativeMatch]:
        return [n for n in self.document.narratives if n.matched]

    # What to_dict has at its top level, read off the document (``r.claims`` for ``r.document.claims``).

    @property
    def title(self) -> str | None:
        return self.document.title

    @property
    def language(self) -> str | None:
        """ISO 639-1 code, or ``und`` when no language could be told."""
        return self.document.language

    @property
    def published(self) -> str | None:
        """ISO date (``YYYY-MM-DD``, or ``YYYY-MM``)."""
        return self.document.published

    @property
    def outlet(self) -> str | None:
        return self.document.outlet

    @property
    def url(self) -> str | None:
        return self.document.url

    @property
    def content_hash(self) -> str:
        return self.document.content_hash

    @property
    def text(self) -> str:
        """The plain text every span's ``start``/``end`` index."""
        return self.document.text

    @property
    def claims(self) -> list[Claim]:
        return self.document.claims

    @property
    def sources(self) -> list[Source]:
        return self.document.sources

    @property
    def techniques(self) -> list[TechniqueSpan]:
        return self.document.techniques

    @property
    def technique_summary(self) -> dict[str, Any]:
        """Techniques per label and the densest passages (:func:`technique_summary`)."""
        return technique_summary(self.document.techniques, self.document.text)

    @property
    def warnings(self) -> list[str]:
        return self.document.warnings

    def to_dict(self, include_text: bool = False, with_features: bool = False) -> dict[str, Any]:
        d = self.document
        out: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "id": d.id,
            "title": d.title,
            "language": d.language,
            "published": d.published,
            "outlet": d.outlet,
            "url": d.url,
            "content_hash": d.content_hash,
            "narratives": [n.to_dict(with_features) for n in d.narratives],
            "claims": [c.to_dict() for c in d.claims],
            "sources": [x.to_dict() for x in d.sources],
            "techniques": [t.to_dict() for t in d.techniques],
            "technique_summary": technique_summary(d.techniques, d.text),
            "warnings": d.warnings,
        }
        if include_text:
            out["text"] = d.text
        return out

    def to_json(self, include_text: bool = False, with_features: bool = False) -> str:
        """:meth:`to_dict` as one line of JSON, as ``narrascope analyse --format jsonl`` prints it."""
        return json.dumps(self.to_dict(include_text=include_text, with_features=with_features), ensure_ascii=False)


@_set_directly
@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be analysed, and why (never silently dropped)."""

    source: str
    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "error": {"code": self.code, "message": self.message}}


@dataclass(slots=True)
class Story:
    """Articles that tell the same story, across languages and outlets (corpus level)."""

    id: str
    label: str
    members: list[str]                       # article ids
    languages: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None
    narratives: list[str] = field(default_factory=list)        # dominant catalogue narratives
    frames: list[str] = field(default_factory=list)            # most common claim frames
    flows: list[dict[str, Any]] = field(default_factory=list)  # claimed origin -> destination, weighted
    evidence: list[dict[str, Any]] = field(default_factory=list)
    new_narrative: bool = False              # no catalogue narrative explains it: a candidate
    rows: list[int] = field(default_factory=list)  # the members' rows in a corpus store (ids may repeat there)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "members": self.members, "size": len(self.members),
                "languages": self.languages, "outlets": self.outlets, "first_seen": self.first_seen,
                "last_seen": self.last_seen, "narratives": self.narratives, "frames": self.frames,
                "flows": self.flows, "evidence": self.evidence, "new_narrative": self.new_narrative}


DENSEST_PASSAGES = 3   # passages listed in an article's technique summary
PASSAGE_CHARS = 600    # the window a passage's density is counted over


def technique_summary(spans: list[TechniqueSpan], text: str) -> dict[str, Any]:
    """Which techniques, how many of each, and the passages where they crowd together most."""
    counts: dict[str, int] = {}
    for t in spans:
        counts[t.technique] = counts.get(t.technique, 0) + 1
    by_start = sorted(spans, key=lambda t: t.start)
    keys = [t.start for t in by_start]
    ends = [t.end for t in by_start]
    windows = []
    for a in sorted(set(keys)):  # a window opens at each span and takes in every span that starts within it
        # the spans starting in [a, a + PASSAGE_CHARS), found by bisection: a text may hold 40,000 spans
        lo, hi = bisect_left(keys, a), bisect_left(keys, a + PASSAGE_CHARS)
        windows.append((hi - lo, -a, a, max(ends[lo:hi]), lo, hi))  # no two windows open at one place
    passages: list[dict[str, Any]] = []
    for n, _, a, end, lo, hi in sorted(windows, reverse=True):
        if len(passages) == DENSEST_PASSAGES:
            break
        if any(a < p["end"] and p["start"] < end for p in passages):
            continue
        names = sorted({t.technique for t in by_start[lo:hi]})  # for the few windows kept only
        passages.append({"start": a, "end": end, "text": text[a:end], "spans": n, "techniques": names})
    return {"total": len(spans), "counts": dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
            "densest": sorted(passages, key=lambda p: p["start"])}
