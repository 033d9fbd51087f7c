"""Stage ``sources``: who the article cites. Writes ``doc.sources`` only.

A source is found next to a speech cue of the frame lexicon ("according to", "заявил", "teilte ...
mit", "denied"): a known entity that can speak (an agency, a ministry, a government named by its
capital as the subject of the cue), a generic source phrase with its kind ("local sources",
"военные эксперты"), or a personal name. :class:`Attribution` is the same finder for one sentence;
the claims stage uses it to say who each claim is attributed to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..lexicon import entities, frame_inventory
from ..model import Document, Source, Span
from .frame_view import SentenceView, sentence_views

#: cues after which the article cites someone: it reports, denies or accuses
SPEECH_CUES = ("attribution", "denial", "accusation")
SOURCE_REACH = 40  # characters between a speech cue and a source listed for the article

_CAP = r"[^\W\d_a-z\u0430-\u044f][^\W\d_]+"  # a capitalised word (Latin or Cyrillic)
# A personal name: two or three capitalised words ("Salem Bouzid", "Олег Тимченко").
_NAME = re.compile(rf"(?<![\w-]){_CAP}(?:[ \u00a0-]{_CAP}){{1,2}}(?![\w-])")
_NAME_AFTER = re.compile(rf"[ \u00a0]+({_CAP}(?:[ \u00a0-]{_CAP}){{0,2}})")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'\u2019-]*)[ \u00a0]+$")


@dataclass
class Attribution:
    """Finds sources next to the cues of a sentence (rules in the module docstring)."""

    frame: str = "relocation"

    def __post_init__(self) -> None:
        inventory = frame_inventory()
        spec = (inventory.get("frames") or {}).get(self.frame) or {}
        self.movable = frozenset(spec.get("movable") or ())
        self.agent_kinds = frozenset(spec.get("agent_kinds") or ())
        kinds = inventory.get("source_kinds") or {}
        self.by_entity: dict[str, str] = kinds.get("by_entity") or {}
        self.by_kind: dict[str, str] = kinds.get("by_kind") or {}

    def attributed(self, doc: Document, view: SentenceView, previous: SentenceView | None) -> Source | None:
        """Who a claim in ``view`` is attributed to: a source there, else in the sentence before."""
        return self.nearest(doc, view) or self.nearest(doc, previous)

    def nearest(self, doc: Document, view: SentenceView | None) -> Source | None:
        """The source nearest an attribution cue of the sentence."""
        options = self.near_cues(doc, view) if view is not None else []
        return min(options, key=lambda x: x[0])[1] if options else None

    def near_cues(self, doc: Document, view: SentenceView,
                  cue_labels: tuple[str, ...] = ("attribution",)) -> list[tuple[int, Source]]:
        """Every named or generic source near a cue of ``cue_labels``, with its distance to the cue."""
        cues = [h for h in view.hits if h.label in cue_labels]
        if not cues:
            return []
        options = self._entities(view, cues) + self._generic(doc, view, cues) + self._names(doc, view, cues)
        return [(d, s) for d, s in options if not any(c.start < s.end and s.start < c.end for c in cues)]

    def _entities(self, view: SentenceView, cues: list[Any]) -> list[tuple[int, Source]]:
        known = entities()
        out: list[tuple[int, Source]] = []
        for m in view.mentions:
            kind = known[m.entity].kind
            if m.entity in self.movable or (m.entity not in self.by_entity and kind not in self.agent_kinds):
                continue
            near = _distance(m, cues)
            if kind == "country" and near > 2:
                continue  # a country speaks only as the subject of the cue ("The Pentagon said")
            kind_of_source = self.by_entity.get(m.entity) or self.by_kind.get(kind, "government")
            out.append((near, Source(m.text, m.start, m.end, canonical=m.name, kind=kind_of_source)))
        return out

    def _generic(self, doc: Document, view: SentenceView, cues: list[Any]) -> list[tuple[int, Source]]:
        out: list[tuple[int, Source]] = []
        for h in view.labelled("source"):
            kind = h.label.split(":", 1)[1]
            floor = max([view.sentence.start, *(c.end for c in cues if c.end <= h.start)])  # not into the cue
            start = _widen_left(doc.text, h.start, floor)
            end = h.end
            if kind == "person":  # a title: take the name after it ("Colonel Salem Bouzid")
                name = _NAME_AFTER.match(doc.text, h.end, view.sentence.end)
                end = name.end() if name else end
            out.append((_distance(h, cues) + 1, Source(doc.text[start:end], start, end, None, kind)))
        return out

    def _names(self, doc: Document, view: SentenceView, cues: list[Any]) -> list[tuple[int, Source]]:
        out: list[tuple[int, Source]] = []
        for found in _NAME.finditer(view.sentence.text):
            a, b = view.sentence.start + found.start(), view.sentence.start + found.end()
            near = _distance(Span("", a, b), cues)
            if near <= 2 and not any(m.start < b and a < m.end for m in view.mentions):
                out.append((near + 2, Source(doc.text[a:b], a, b, None, "person")))
        return out


@dataclass
class SourceStage:
    """Writes ``doc.sources``: each source the article cites, once, in reading order."""

    def __post_init__(self) -> None:
        self.attribution = Attribution()

    def __call__(self, doc: Document) -> Document:
        _, views = sentence_views(doc)
        found: list[Source] = []
        for view in views:
            nearest = self.attribution.nearest(doc, view)
            if nearest is not None:
                found.append(nearest)
            found += [s for d, s in self.attribution.near_cues(doc, view, SPEECH_CUES) if d <= SOURCE_REACH]
        doc.sources = unique_sources(found)
        return doc


def unique_sources(sources: list[Source]) -> list[Source]:
    seen: set[str] = set()
    out: list[Source] = []
    for s in sources:
        key = " ".join(s.text.casefold().split())  # each wording once: "SVR", "Russian intelligence"
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _widen_left(text: str, start: int, floor: int) -> int:
    """Take in up to two words before a generic source ("local sources", "Turkish officials");
    stop at punctuation and at words of one or two letters (to, of, по, de)."""
    for _ in range(2):
        m = _WORD_BEFORE.search(text, floor, start)
        if m is None or len(m.group(1)) <= 2:
            break
        start = m.start(1)
    return start


def _distance(span: Any, cues: list[Any]) -> int:
    return min(min(abs(span.start - c.end), abs(c.start - span.end)) for c in cues)
