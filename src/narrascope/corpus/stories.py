"""Stories: articles that tell the same story, across languages and outlets.

Every analysed article becomes a :class:`StoryItem`: a vector (the multilingual encoder's mean of
its title, opening sentences, narrative evidence and claim evidence), the catalogue narratives it
pushes, and its claim frames (who does what to whom). Two articles are alike when their vectors
are close; pushing the same narrative or stating the same frame brings them closer, and one
pushing a narrative while the other pushes none (neutral news on the same camps) or dates weeks
apart pushes them apart (:func:`similarity`).

Clustering is online, in publication order, so that a store can add articles as they come: an
article joins the most similar story if that similarity reaches ``story_similarity``, else it
starts one; a last pass merges stories whose centroids are that close. It costs one comparison
per (article, story), not per pair of articles.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from ..encoders import CachedEncoder
from ..model import Story
from ..settings import DEFAULT, Settings
from .views import claimed_moves, place_name

Frame = tuple[str, str, str]      # (claim type, agent canonical, moved or target canonical)
_SENTENCE_END = re.compile(r"(?<=[.!?\u061f])\s+")
OPENING_SENTENCES = 3             # sentences of the text, after the title, that go into an article's vector
EVIDENCE_PER_ITEM = 3             # narrative and claim evidence sentences that do too


@dataclass
class StoryItem:
    """What story building needs of one analysed article."""

    id: str
    vector: np.ndarray
    language: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    narratives: frozenset[str] = frozenset()      # catalogue narratives it pushes or refutes
    frames: frozenset[Frame] = frozenset()
    claims: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)

    @property
    def day(self) -> date | None:
        try:
            return date.fromisoformat((self.published or "")[:10])
        except ValueError:
            return None


def items_from_records(records: Sequence[tuple[dict[str, Any], str]], encoder: CachedEncoder,
                       settings: Settings = DEFAULT) -> list[StoryItem]:
    """Story items from analyses (the ``analyse`` JSON contract) and each article's plain text."""
    cut = settings.max_encoded_chars
    texts_per_item = [_vector_texts(record, text, cut) for record, text in records]
    flat = [t for texts in texts_per_item for t in texts]
    vectors = encoder.encode(flat) if flat else np.zeros((0, encoder.dimension), np.float32)
    items, at = [], 0
    for (record, _), texts in zip(records, texts_per_item, strict=True):
        v = vectors[at:at + len(texts)].mean(axis=0) if texts else np.zeros(encoder.dimension, np.float32)
        at += len(texts)
        items.append(_item(record, v / max(float(np.linalg.norm(v)), 1e-9)))
    return items


def _vector_texts(record: dict[str, Any], text: str, cut: int) -> list[str]:
    opening = [s for s in _SENTENCE_END.split(text.strip()) if len(s) > 20][:OPENING_SENTENCES + 1]
    if record.get("title") and opening and opening[0].strip() == str(record["title"]).strip():
        opening = opening[1:]
    top = (record.get("narratives") or [{}])[0]
    evidence = [e["text"] for e in (top.get("evidence") or [])[:EVIDENCE_PER_ITEM]]
    claims = [c["evidence"]["text"] for c in (record.get("claims") or [])[:EVIDENCE_PER_ITEM]]
    texts = [str(record["title"])] if record.get("title") else []
    return [t[:cut] for t in [*texts, *opening[:OPENING_SENTENCES], *evidence, *claims] if t.strip()]


def _item(record: dict[str, Any], vector: np.ndarray) -> StoryItem:
    # A fact-check of a narrative belongs to its story as much as the articles pushing it.
    pushed = frozenset(n["id"] for n in record.get("narratives") or []
                       if n.get("matched") or n.get("stance") == "refutes")
    frames = frozenset(f for f in map(_frame, record.get("claims") or []) if f[1] or f[2])
    evidence = [e for n in record.get("narratives") or [] if n.get("matched") for e in n.get("evidence") or []]
    return StoryItem(str(record["id"]), vector.astype(np.float32), record.get("language"), record.get("outlet"),
                     record.get("published"), record.get("title"), pushed, frames,
                     list(record.get("claims") or []), evidence[:EVIDENCE_PER_ITEM])


def _frame(claim: dict[str, Any]) -> Frame:
    def name(slot: Any) -> str:
        return str((slot or {}).get("canonical") or "") if isinstance(slot, dict) else ""
    return (str(claim.get("type", "")), name(claim.get("agent")), name(claim.get("moved") or claim.get("target")))


# --- similarity and clustering ---------------------------------------------------------------
@dataclass
class _Cluster:
    members: list[int]
    total: np.ndarray                 # sum of member vectors
    narratives: Counter[str]
    frames: Counter[Frame]
    days: list[date]

    def as_item(self) -> StoryItem:
        n = len(self.members)
        v = self.total / max(float(np.linalg.norm(self.total)), 1e-9)
        majority = frozenset(k for k, c in self.narratives.items() if c * 2 >= n)
        frames = frozenset(k for k, c in self.frames.items() if c * 2 >= n or c >= 2)
        middle = sorted(self.days)[len(self.days) // 2].isoformat() if self.days else None
        return StoryItem("", v, published=middle, narratives=majority, frames=frames)


def similarity(a: StoryItem, b: StoryItem, settings: Settings = DEFAULT) -> float:
    """Cosine of the two vectors, adjusted by narratives, claim frames and dates."""
    score = float(a.vector @ b.vector)
    if a.narratives & b.narratives:
        score += settings.story_narrative_bonus
    elif bool(a.narratives) != bool(b.narratives):
        score -= settings.story_narrative_bonus  # pushing a narrative vs reporting on the same topic
    if a.frames & b.frames:
        score += settings.story_frame_bonus
    elif bool(a.frames) != bool(b.frames):
        score -= settings.story_frame_bonus  # a claim of who moved or armed whom vs an article with none
    da, db = a.day, b.day
    if da and db and abs((da - db).days) > settings.story_max_days:
        score -= settings.story_date_penalty
    return score


def cluster(items: Sequence[StoryItem], settings: Settings = DEFAULT) -> list[list[int]]:
    """Groups of item indices, in publication order, each group one story (singletons included)."""
    order = sorted(range(len(items)), key=lambda i: (items[i].published or "9999", items[i].id))
    clusters: list[_Cluster] = []
    for i in order:
        item = items[i]
        scores = [similarity(item, c.as_item(), settings) for c in clusters]
        best = int(np.argmax(scores)) if scores else -1
        if best >= 0 and scores[best] >= settings.story_similarity:
            _join(clusters[best], i, item)
        else:
            clusters.append(_Cluster([i], item.vector.copy(), Counter(item.narratives), Counter(item.frames),
                                     [item.day] if item.day else []))
    merged = True
    while merged:  # stories whose centroids came close as they grew become one
        merged = False
        for x in range(len(clusters)):
            for y in range(x + 1, len(clusters)):
                if similarity(clusters[x].as_item(), clusters[y].as_item(), settings) >= settings.story_similarity:
                    a, b = clusters[x], clusters.pop(y)
                    a.members += b.members
                    a.total += b.total
                    a.narratives.update(b.narratives)
                    a.frames.update(b.frames)
                    a.days += b.days
                    merged = True
                    break
            if merged:
                break
    return [c.members for c in clusters]


def _join(c: _Cluster, i: int, item: StoryItem) -> None:
    c.members.append(i)
    c.total += item.vector
    c.narratives.update(item.narratives)
    c.frames.update(item.frames)
    if item.day:
        c.days.append(item.day)


# --- stories -------------------------------------------------------------------------------
def build_stories(items: Sequence[StoryItem], titles: dict[str, str] | None = None,
                  settings: Settings = DEFAULT) -> list[Story]:
    """Stories of two articles or more, largest first; ``titles`` names catalogue narratives."""
    titles = titles or {}
    stories = []
    for members in cluster(items, settings):
        if len(members) < settings.story_min_articles:
            continue
        group = [items[i] for i in members]
        stories.append(_story(group, titles))
    stories.sort(key=lambda s: (-len(s.members), s.first_seen or "", s.id))
    return stories


def _story(group: list[StoryItem], titles: dict[str, str]) -> Story:
    narratives = Counter(n for it in group for n in it.narratives)
    dominant = [n for n, c in narratives.most_common() if c * 2 >= len(group)] or [
        n for n, _ in narratives.most_common(1)]
    frames = Counter(f for it in group for f in it.frames)
    flows = Counter(flow for it in group for flow in _flows(it.claims))
    days = sorted(it.published[:10] for it in group if it.published)
    central = _central(group)
    label = _label(dominant, frames, central, titles)
    members = sorted(it.id for it in group)
    return Story(
        id=_story_id(members), label=label, members=members,
        languages=sorted({it.language for it in group if it.language}),
        outlets=sorted({it.outlet for it in group if it.outlet}),
        first_seen=days[0] if days else None, last_seen=days[-1] if days else None,
        narratives=dominant, frames=[" ".join(f) for f, _ in frames.most_common(3)],
        flows=[{"origin": o, "destination": d, "articles": k} for (o, d), k in flows.most_common()],
        evidence=[e for e in central.evidence][:2] or [c["evidence"] for c in central.claims[:2]],
        new_narrative=not dominant,
    )


def _central(group: list[StoryItem]) -> StoryItem:
    centroid = np.mean([it.vector for it in group], axis=0)
    return max(group, key=lambda it: float(it.vector @ centroid))


def _label(dominant: list[str], frames: Counter[Frame], central: StoryItem, titles: dict[str, str]) -> str:
    if dominant:
        return titles.get(dominant[0], dominant[0])
    if frames:
        (kind, agent, patient), _ = frames.most_common(1)[0]
        if agent and patient:
            return f"{kind}: {agent} -> {patient}"
    return central.title or central.id


def _flows(claims: Iterable[dict[str, Any]]) -> set[tuple[str, str]]:
    return {(place_name(c["origin"]), place_name(c["destination"])) for c in claimed_moves(claims)}


def _story_id(members: list[str]) -> str:
    """Stable for the same members: the first member's id and how many there are."""
    return f"story-{members[0]}-{len(members)}"
