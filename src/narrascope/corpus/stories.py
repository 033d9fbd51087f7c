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
from bisect import insort
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
    row: int | None = None                        # its row in a corpus store, where ids need not be unique

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


_View = tuple[np.ndarray, frozenset[str], frozenset[Frame], int | None]  # centroid, narratives, frames, median day


@dataclass
class _Cluster:
    """A story as it grows: its members and the sums its comparable view is read from."""

    members: list[int]
    total: np.ndarray                 # sum of member vectors
    narratives: Counter[str]
    frames: Counter[Frame]
    days: list[int]                   # members' publication days (ordinals), kept sorted

    def view(self) -> _View:
        """What an article is compared with: the normalised centroid, the narratives and frames most
        members share, and the median day."""
        n = len(self.members)
        centroid = self.total / max(float(np.linalg.norm(self.total)), 1e-9)
        majority = frozenset(k for k, c in self.narratives.items() if c * 2 >= n)
        frames = frozenset(k for k, c in self.frames.items() if c * 2 >= n or c >= 2)
        return centroid, majority, frames, self.days[len(self.days) // 2] if self.days else None


class _Views:
    """Every cluster's view as arrays and inverted indexes, so that one article (or cluster) is scored
    against all clusters in one matrix product: :func:`similarity` for each, without a Python loop."""

    def __init__(self, dim: int, settings: Settings) -> None:
        self.settings = settings
        self.centroids = np.zeros((16, dim), np.float32)
        self.has_narratives = np.zeros(16, bool)
        self.has_frames = np.zeros(16, bool)
        self.days = np.full(16, -1, np.int64)
        self.alive = np.zeros(16, bool)
        self.by_narrative: dict[str, set[int]] = {}
        self.by_frame: dict[Frame, set[int]] = {}
        self.views: list[tuple[frozenset[str], frozenset[Frame]]] = []

    def __len__(self) -> int:
        return len(self.views)

    def set(self, j: int, cluster: _Cluster) -> _View:
        """Write (or rewrite) cluster ``j``'s view, and return it."""
        view = cluster.view()
        centroid, narratives, frames, day = view
        if j == len(self.views):
            if j == len(self.centroids):
                self._grow()
            self.views.append((frozenset(), frozenset()))
        old_narratives, old_frames = self.views[j]
        _reindex(self.by_narrative, j, old_narratives, narratives)
        _reindex(self.by_frame, j, old_frames, frames)
        self.views[j] = (narratives, frames)
        self.centroids[j] = centroid
        self.has_narratives[j], self.has_frames[j] = bool(narratives), bool(frames)
        self.days[j] = -1 if day is None else day
        self.alive[j] = True
        return view

    def remove(self, j: int) -> None:
        """Take cluster ``j`` out of every comparison; the others keep their places."""
        narratives, frames = self.views[j]
        _reindex(self.by_narrative, j, narratives, frozenset())
        _reindex(self.by_frame, j, frames, frozenset())
        self.views[j] = (frozenset(), frozenset())
        self.alive[j] = False

    def scores(self, vector: np.ndarray, narratives: frozenset[str], frames: frozenset[Frame],
               day: int | None, start: int = 0) -> np.ndarray:
        """:func:`similarity` of one view with every cluster from ``start`` on (-inf for those merged
        away); :meth:`reaching` scores only those that can reach the threshold."""
        k = len(self.views)
        cos = (self.centroids[start:k] @ vector).astype(np.float64)
        return self.adjust_at(np.arange(start, k), cos, narratives, frames, day)

    def reaching(self, vector: np.ndarray, narratives: frozenset[str], frames: frozenset[Frame], day: int | None,
                 start: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """The clusters from ``start`` on whose cosine can reach ``story_similarity`` once every bonus is
        added (their indices, in order) and their scores, which are those :meth:`scores` gives them:
        the other clusters' scores are below the threshold and are not computed."""
        cos = self.centroids[start:len(self.views)] @ vector
        at = np.flatnonzero(cos >= floor(self.settings))
        return at + start, self.adjust_at(at + start, cos[at].astype(np.float64), narratives, frames, day)

    def adjust_at(self, at: np.ndarray, cos: np.ndarray, narratives: frozenset[str], frames: frozenset[Frame],
                  day: int | None) -> np.ndarray:
        """The cosines ``cos`` (float64, changed in place) of clusters ``at`` made into :func:`similarity`."""
        s = self.settings
        cos += _bonus_at(self.by_narrative, narratives, self.has_narratives[at], at, s.story_narrative_bonus)
        cos += _bonus_at(self.by_frame, frames, self.has_frames[at], at, s.story_frame_bonus)
        if day is not None:
            days = self.days[at]
            cos -= np.where((days >= 0) & (np.abs(days - day) > s.story_max_days), s.story_date_penalty, 0.0)
        cos[~self.alive[at]] = -np.inf
        return cos

    def _grow(self) -> None:
        size = 2 * len(self.centroids)
        self.centroids = np.resize(self.centroids, (size, self.centroids.shape[1]))
        self.has_narratives = np.resize(self.has_narratives, size)
        self.has_frames = np.resize(self.has_frames, size)
        self.days = np.resize(self.days, size)
        self.alive = np.resize(self.alive, size)


def _reindex(index: dict[Any, set[int]], j: int, old: frozenset[Any], new: frozenset[Any]) -> None:
    for key in old - new:
        index[key].discard(j)
    for key in new - old:
        index.setdefault(key, set()).add(j)


def floor(settings: Settings) -> float:
    """A cosine below which no adjustment of :func:`similarity` can reach ``story_similarity``: only
    the clusters at or above it need scoring (a little below, so that rounding never hides one)."""
    s = settings
    lift = abs(s.story_narrative_bonus) + abs(s.story_frame_bonus) + max(-s.story_date_penalty, 0.0)
    return s.story_similarity - lift - 1e-6


def _bonus_at(index: dict[Any, set[int]], keys: frozenset[Any], has: np.ndarray, at: np.ndarray,
              bonus: float) -> np.ndarray:
    """At clusters ``at``: +bonus where a cluster shares a key; -bonus where exactly one side has none; else 0."""
    shared = np.zeros(len(at), bool)
    for key in keys:
        holders = index.get(key)
        if holders:
            shared |= np.fromiter((j in holders for j in at.tolist()), bool, len(at))
    return np.where(shared, bonus, np.where(has != bool(keys), -bonus, 0.0))


def cluster(items: Sequence[StoryItem], settings: Settings = DEFAULT) -> list[list[int]]:
    """Groups of item indices, in publication order, each group one story (singletons included).

    Each article joins the cluster it is most similar to, if that reaches ``story_similarity``, else
    starts one; then the first pair of clusters (in creation order) that reaches it is merged, until
    none does. Scoring is vectorised over clusters, so the cost is one matrix-vector product per
    article and per merge check rather than a Python comparison per (article, cluster).
    """
    order = sorted(range(len(items)), key=lambda i: (items[i].published or "9999", items[i].id))
    dim = items[0].vector.shape[0] if items else 1
    views = _Views(dim, settings)
    clusters: list[_Cluster] = []
    for i in order:
        item = items[i]
        day = item.day.toordinal() if item.day else None
        if clusters:
            at, scores = views.reaching(item.vector, item.narratives, item.frames, day)
            top = int(np.argmax(scores)) if len(at) else -1
            if top >= 0 and scores[top] >= settings.story_similarity:
                best = int(at[top])
                _join(clusters[best], i, item, day)
                views.set(best, clusters[best])
                continue
        clusters.append(_Cluster([i], item.vector.astype(np.float32).copy(), Counter(item.narratives),
                                 Counter(item.frames), [day] if day is not None else []))
        views.set(len(clusters) - 1, clusters[-1])
    _merge(clusters, views, settings)
    return [c.members for j, c in enumerate(clusters) if views.alive[j]]


def _merge(clusters: list[_Cluster], views: _Views, settings: Settings) -> None:
    """Merge the first pair (x < y, row by row) whose views reach the threshold, until none does.

    After merging y into x only pairs with x have changed: an earlier row can now match x alone,
    so the scan goes on from the first earlier row that does, else from x itself.
    """
    x = 0
    while x < len(clusters):
        if not views.alive[x]:
            x += 1
            continue
        centroid, narratives, frames, day = clusters[x].view()
        at, later = views.reaching(centroid, narratives, frames, day, start=x + 1)
        hits = at[later >= settings.story_similarity]
        if not len(hits):
            x += 1
            continue
        y = int(hits[0])
        _absorb(clusters[x], clusters[y])
        views.remove(y)
        centroid, narratives, frames, day = views.set(x, clusters[x])
        at, scores = views.reaching(centroid, narratives, frames, day)
        back = at[(scores >= settings.story_similarity) & (at < x)]
        if len(back):  # row back[0] now pairs with x: merge x into it on the next turn of its row
            x = int(back[0])


def _join(c: _Cluster, i: int, item: StoryItem, day: int | None) -> None:
    c.members.append(i)
    c.total += item.vector
    c.narratives.update(item.narratives)
    c.frames.update(item.frames)
    if day is not None:
        insort(c.days, day)


def _absorb(a: _Cluster, b: _Cluster) -> None:
    a.members += b.members
    a.total += b.total
    a.narratives.update(b.narratives)
    a.frames.update(b.frames)
    a.days = sorted(a.days + b.days)


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
    stories.sort(key=lambda s: (-len(s.members), s.first_seen or "", s.id, s.rows))
    _distinct_ids(stories)
    return stories


def _story(group: list[StoryItem], titles: dict[str, str]) -> Story:
    """The story of a group of items, the one that started it first (it names the story)."""
    # sets are read sorted: ties are broken by first appearance, which must not hang on hash order
    narratives = Counter(n for it in group for n in sorted(it.narratives))
    dominant = [n for n, c in narratives.most_common() if c * 2 >= len(group)] or [
        n for n, _ in narratives.most_common(1)]
    frames = Counter(f for it in group for f in sorted(it.frames))
    flows = Counter(flow for it in group for flow in sorted(_flows(it.claims)))
    days = sorted(it.published[:10] for it in group if it.published)
    central = _central(group)
    label = _label(dominant, frames, central, titles)
    members = sorted(it.id for it in group)
    return Story(
        id=_story_id(group[0].id), label=label, members=members,
        languages=sorted({it.language for it in group if it.language}),
        outlets=sorted({it.outlet for it in group if it.outlet}),
        first_seen=days[0] if days else None, last_seen=days[-1] if days else None,
        narratives=dominant, frames=[" ".join(f) for f, _ in frames.most_common(3)],
        flows=[{"origin": o, "destination": d, "articles": k} for (o, d), k in flows.most_common()],
        evidence=[e for e in central.evidence][:2] or [c["evidence"] for c in central.claims[:2]],
        new_narrative=not dominant,
        rows=sorted(it.row for it in group if it.row is not None),
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


def _story_id(founder: str) -> str:
    """Named after the article that started the story (``group[0]``: the earliest, in the clustering's
    order), so the id stays the same as the story grows; a store also keeps the ids of stories that
    merged or were regrouped (``story_aliases``, docs/stories.md)."""
    return f"story-{founder}"


def _distinct_ids(stories: list[Story]) -> None:
    """Ids told apart where two stories' first members share an id (``api-1`` of two API batches):
    the later story, in the stories' order, gets ``.2``, ``.3``, ..."""
    seen: Counter[str] = Counter()
    for story in stories:
        seen[story.id] += 1
        if seen[story.id] > 1:
            story.id = f"{story.id}.{seen[story.id]}"
