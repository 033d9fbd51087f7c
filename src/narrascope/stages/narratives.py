"""Stage ``narratives``: rank every catalogue narrative for a document, with evidence and stance.

How a score is made (see docs/matching.md for the reasoning and the measurements):

1. The catalogue is *prepared* once: each narrative's title, example claims and description
   sentences become probes, encoded by the multilingual encoder (English probes match articles in
   any language), and the entities each narrative speaks of are looked up in the lexicon.
2. The document's most relevant sentences (title first, then those naming entities the catalogue
   cares about) are encoded; each sentence gets its best cosine against each narrative's probes.
3. Per narrative, a handful of features: best and top-3 similarity, their margin over the other
   narratives, how many of the narrative's entities the evidence names, and cue densities that
   tell pushing from reporting and refuting (loaded words and secrecy framing against hedging,
   denial and debunking vocabulary).
4. A logistic model turns the features into a calibrated probability (weights in
   ``data/matcher.json``, fitted by ``narrascope calibrate`` on a labelled corpus); ``matched`` is
   that probability at or above ``settings.match_threshold``. A document whose evidence is mostly
   debunking gets stance ``refutes`` and is never ``matched``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

import numpy as np

from ..catalogue import Catalogue, Narrative
from ..encoders import CachedEncoder
from ..lang import split_sentences
from ..lexicon import cue_matcher, entity_matcher, hits_by_sentence
from ..model import Claim, Document, Evidence, NarrativeMatch, Sentence, Stance
from ..settings import DEFAULT, Settings

FEATURES = (
    "z_max",          # best sentence similarity, in standard deviations above the sentence's
                      # similarity to ordinary news (the anchors): cancels per-language offsets
    "z_top3",         # mean of the three best such sentences
    "anchor_gap",     # best (cosine to narrative - cosine to the closest anchor) over sentences
    "sim_max",        # best sentence cosine against the narrative's probes
    "sim_top3",       # mean of the three best sentences
    "peak",           # sim_max minus the document's mean cosine for the narrative (stands out?)
    "margin",         # sim_max minus the median sim_max over the catalogue
    "rank_gap",       # sim_max minus the best *other* narrative's sim_max (negative when beaten)
    "entity_cover",   # weighted share of the narrative's entities named around the evidence
    "entity_doc",     # weighted share of the narrative's entities named anywhere in the document
    "entity_cooc",    # best weighted share named together within any two adjacent sentences
    "loaded",         # loaded words and secrecy framing per sentence (article-wide)
    "scare_quotes",   # short quoted phrases ("defeated", "moderate rebels") per sentence
    "questions",      # questions in the body per sentence (rhetorical doubt)
    "hedging",        # hedging per sentence (article-wide)
    "refuting",       # share of debunking sentences (cues or closeness) around the evidence
    "debunk_doc",     # the article's three sentences closest to generic debunking, mean cosine
    "log_rank",       # log(1 + rank) of the narrative among the catalogue for this article (0 = closest)
    "doc_z",          # the article as a whole (mean of its encoded sentences) against the narrative's
                      # centroid, in standard deviations above its similarity to ordinary news
    "frame_match",    # the article makes a claim of the narrative's frames: same frame type, same
                      # agent, same group moved or targeted (places may differ); 0.5 for half of it
)
# Which cues count as what (see lexicon/cues/README.md for the categories).
_PUSH_CUES = frozenset({"loaded", "secrecy"})
_NEUTRAL_CUES = frozenset({"hedging"})
_REFUTE_CUES = frozenset({"refuting", "denial"})


@dataclass(frozen=True)
class MatcherWeights:
    """A logistic model over FEATURES: p = sigmoid(bias + sum(w * (x - mean) / scale))."""

    weights: dict[str, float]
    bias: float
    mean: dict[str, float]
    scale: dict[str, float]
    note: str = ""

    @classmethod
    def load(cls, path: str | Path | None = None) -> MatcherWeights:
        if path is None:
            text = resources.files("narrascope.data").joinpath("matcher.json").read_text(encoding="utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        data = json.loads(text)
        return cls(data["weights"], float(data["bias"]), data["mean"], data["scale"], data.get("note", ""))

    def probability(self, x: np.ndarray) -> np.ndarray:
        """Probabilities for a (narratives x FEATURES) matrix."""
        w = np.array([self.weights.get(f, 0.0) for f in FEATURES], dtype=np.float64)
        mu = np.array([self.mean.get(f, 0.0) for f in FEATURES], dtype=np.float64)
        sd = np.array([self.scale.get(f, 1.0) or 1.0 for f in FEATURES], dtype=np.float64)
        z = self.bias + ((x - mu) / sd) @ w
        return 1.0 / (1.0 + np.exp(-z))


FrameKey = tuple[str, "str | None", "str | None"]  # (frame type, agent, moved or target) canonical names


def frame_keys(claims: Sequence[Claim]) -> set[FrameKey]:
    """The comparable core of claims; denied claims are not claims the text makes."""
    keys: set[FrameKey] = set()
    for c in claims:
        if c.modality == "denied":
            continue
        patient = c.moved or c.target
        keys.add((c.type, c.agent.canonical if c.agent else None, patient.canonical if patient else None))
    return keys


def frame_overlap(article: set[FrameKey], narrative: set[FrameKey]) -> float:
    """1.0 when a claim has the narrative's frame type, agent and moved; 0.5 for type and one of them."""
    best = 0.0
    for kind, agent, moved in article:
        for n_kind, n_agent, n_moved in narrative:
            if kind != n_kind:
                continue
            hits = int(agent is not None and agent == n_agent) + int(moved is not None and moved == n_moved)
            best = max(best, hits / 2)
    return best


class PreparedCatalogue:
    """A catalogue's probes encoded once, the entities each narrative names, and its claim frames."""

    def __init__(self, catalogue: Catalogue, encoder: CachedEncoder,
                 extract_claims: Callable[[str], list[Claim]] | None = None) -> None:
        self.catalogue = catalogue
        self.narratives: tuple[Narrative, ...] = catalogue.narratives
        texts: list[str] = []
        owner: list[int] = []
        for i, n in enumerate(self.narratives):
            for probe in _probes(n):
                texts.append(probe)
                owner.append(i)
        self.probe_owner = np.array(owner, dtype=np.int64)
        self.probes = encoder.encode(texts)
        self.anchors = encoder.encode(_lines("anchors.txt"))
        self.debunkers = encoder.encode(_lines("debunking.txt"))
        centroids = np.zeros((len(self.narratives), self.probes.shape[1]), dtype=np.float32)
        np.add.at(centroids, self.probe_owner, self.probes)
        self.centroids = centroids / np.maximum(np.linalg.norm(centroids, axis=1, keepdims=True), 1e-12)
        self.entity_sets = [_narrative_entities(n) for n in self.narratives]
        self.entity_weight = _idf(self.entity_sets)
        self.frames: list[set[FrameKey]] = [
            frame_keys([c for text in (n.title, *n.claims) for c in extract_claims(text)]) if extract_claims else set()
            for n in self.narratives
        ]

    def coverage(self, j: int, named: set[str]) -> float:
        """IDF-weighted share of narrative j's entities among ``named`` (rare entities weigh more)."""
        wanted = self.entity_sets[j]
        total = sum(self.entity_weight[e] for e in wanted)
        return sum(self.entity_weight[e] for e in wanted & named) / total if total else 0.0

    @cached_property
    def relevant_entities(self) -> frozenset[str]:
        return frozenset().union(*self.entity_sets) if self.entity_sets else frozenset()

    def best_per_narrative(self, sims: np.ndarray) -> np.ndarray:
        """(sentences x probes) cosines -> (sentences x narratives) best cosine per narrative."""
        out = np.full((sims.shape[0], len(self.narratives)), -1.0, dtype=np.float32)
        np.maximum.at(out.T, self.probe_owner, sims.T)
        return out


_META = re.compile(r"\b(narrative|this claim|does not count|do not count|not covered)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(not|no|nor|never|neither|excluding|except)\b", re.IGNORECASE)


def _lines(name: str) -> list[str]:
    text = resources.files("narrascope.data").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _probes(n: Narrative) -> list[str]:
    probes = [n.title, *n.claims]
    probes += [s.text for s in split_sentences(n.description, "en") if len(s.text) >= 20 and not _is_meta(s.text)]
    for words in n.keywords.values():
        probes += [w for w in words if len(w) >= 12]  # phrases long enough to carry meaning
    return list(dict.fromkeys(p for p in probes if p.strip()))


def _gap_to_best_other(values: np.ndarray) -> np.ndarray:
    """Each value minus the best of the others (the runner-up for the best one)."""
    if len(values) < 2:
        return np.zeros_like(values)
    second, first = np.sort(values)[-2:]
    return values - np.where(values >= first, second, first)


def _idf(entity_sets: list[frozenset[str]]) -> dict[str, float]:
    """Entities named by many narratives of the catalogue tell them apart less."""
    n = len(entity_sets)
    df: dict[str, int] = {}
    for ents in entity_sets:
        for e in ents:
            df[e] = df.get(e, 0) + 1
    return {e: float(np.log((1 + n) / (1 + k)) + 1.0) for e, k in df.items()}


def decide(probability: float, features: np.ndarray, settings: Settings) -> tuple[bool, Stance]:
    """``matched`` and stance from a narrative's probability and features.

    An article debunks a narrative when the narrative is among the article's closest and either
    the passages around the evidence carry debunking or denial cues, or the article as a whole
    reads like a fact-check (its sentences closest to generic debunking are very close); it then
    never pushes it.
    """
    refuting = (features[FEATURES.index("refuting")] >= settings.refute_share
                or features[FEATURES.index("debunk_doc")] >= settings.refute_article_debunk)
    close = (features[FEATURES.index("sim_max")] >= settings.min_evidence_similarity
             and features[FEATURES.index("rank_gap")] >= -settings.refute_rank_gap)
    if refuting and close:
        return False, "refutes"
    if probability >= settings.match_threshold:
        return True, "pushes"
    return False, "mentions"


def _is_meta(sentence: str) -> bool:
    """A description sentence about what the narrative is *not* ("troop cuts are not this narrative").

    Encoded as a probe it would attract exactly the neutral reporting it excludes.
    """
    return bool(_META.search(sentence) and _NEGATED.search(sentence))


def _narrative_entities(n: Narrative) -> frozenset[str]:
    matcher = entity_matcher("en")
    return frozenset(matcher.labels_in(" . ".join([n.title, n.description, *n.claims])))


@dataclass
class NarrativeStage:
    """Scores ``prepared``'s narratives for each document; writes ``doc.narratives``."""

    prepared: PreparedCatalogue
    encoder: CachedEncoder
    weights: MatcherWeights
    settings: Settings = DEFAULT
    keep_features: bool = False

    def __call__(self, doc: Document) -> Document:
        return self.batch([doc])[0]

    def batch(self, docs: list[Document]) -> list[Document]:
        """Score many documents with one encoder call (large batches encode several times faster)."""
        chosen = [self._select_sentences(doc) for doc in docs]
        cut = self.settings.max_encoded_chars
        texts = [s.text[:cut] for sentences in chosen for s in sentences]
        vecs = self.encoder.encode(texts) if texts else np.zeros((0, self.encoder.dimension), dtype=np.float32)
        at = 0
        for doc, sentences in zip(docs, chosen, strict=True):
            self._score(doc, sentences, vecs[at: at + len(sentences)])
            at += len(sentences)
        return docs

    def _score(self, doc: Document, chosen: list[Sentence], vecs: np.ndarray) -> None:
        if not chosen or not self.prepared.narratives:
            doc.narratives = []
            return
        best = self.prepared.best_per_narrative(vecs @ self.prepared.probes.T)
        to_anchors = vecs @ self.prepared.anchors.T
        debunking = (vecs @ self.prepared.debunkers.T).max(axis=1)
        mean_vec = vecs.mean(axis=0)
        mean_vec = mean_vec / max(float(np.linalg.norm(mean_vec)), 1e-12)
        doc_anchor = mean_vec @ self.prepared.anchors.T
        doc_z = (self.prepared.centroids @ mean_vec - doc_anchor.mean()) / (doc_anchor.std() + 1e-6)
        feats = self._features(doc, chosen, best, to_anchors, debunking, doc_z)
        probs = self.weights.probability(feats)
        doc.narratives = self._matches(doc, chosen, best, feats, probs)

    # --- which sentences to encode ---------------------------------------------------------
    def _select_sentences(self, doc: Document) -> list[Sentence]:
        s = self.settings
        usable = [x for x in doc.sentences if len(x.text) >= s.min_evidence_chars or x.index == 0]
        if len(usable) <= s.max_encoded_sentences:
            return usable
        relevant = self.prepared.relevant_entities
        per_sentence: dict[int, int] = {}
        for m in doc.mentions:
            if m.entity in relevant:
                per_sentence[m.sentence] = per_sentence.get(m.sentence, 0) + 1
        # Title and lead first, then the sentences naming most catalogue entities, then position.
        ranked = sorted(usable, key=lambda x: (x.index > 1, -per_sentence.get(x.index, 0), x.index))
        return sorted(ranked[: s.max_encoded_sentences], key=lambda x: x.index)

    # --- features ------------------------------------------------------------------------
    def _features(self, doc: Document, chosen: Sequence[Sentence], best: np.ndarray,
                  to_anchors: np.ndarray, debunking: np.ndarray, doc_z: np.ndarray) -> np.ndarray:
        n_narr = best.shape[1]
        k = min(3, best.shape[0])
        z = (best - to_anchors.mean(axis=1, keepdims=True)) / (to_anchors.std(axis=1, keepdims=True) + 1e-6)
        z_sorted = -np.sort(-z, axis=0)[:k]
        z_top3 = z_sorted.mean(axis=0)
        anchor_gap = (best - to_anchors.max(axis=1, keepdims=True)).max(axis=0)
        top = -np.sort(-best, axis=0)[:k]
        sim_max = top[0]
        sim_top3 = top.mean(axis=0)
        peak = sim_max - best.mean(axis=0)
        margin = sim_max - np.median(sim_max)
        rank_gap = _gap_to_best_other(sim_max)
        style = _style_profile(doc)
        debunks = np.flatnonzero(debunking >= self.settings.debunk_similarity)
        close_to_debunking = {chosen[int(i)].index for i in debunks}
        refuting_sentences = set(style.refuting_sentences) | close_to_debunking
        debunk_doc = float(np.sort(debunking)[-3:].mean())
        ranks = np.empty(n_narr)
        ranks[np.argsort(-z_top3)] = np.arange(n_narr)
        mention_sets = _mentions_by_sentence(doc)
        doc_entities = set().union(*mention_sets.values()) if mention_sets else set()
        pairs = [mention_sets.get(i, set()) | mention_sets.get(i + 1, set()) for i in sorted(mention_sets)]
        article_frames = frame_keys(doc.claims)
        rows = []
        for j in range(n_narr):
            ev = self._evidence_indices(chosen, best[:, j])
            window = {i + d for i in ev for d in (-1, 0, 1)}
            named = set().union(*(mention_sets.get(i, set()) for i in window)) if window else set()
            cooc = max((self.prepared.coverage(j, p) for p in pairs), default=0.0)
            refuting = sum(1 for i in window if i in refuting_sentences) / max(1, len(window))
            rows.append([
                z_sorted[0, j], z_top3[j], anchor_gap[j], sim_max[j], sim_top3[j], peak[j],
                margin[j], rank_gap[j], self.prepared.coverage(j, named),
                self.prepared.coverage(j, doc_entities), cooc, style.loaded, style.scare_quotes,
                style.questions, style.hedging, refuting, debunk_doc, float(np.log1p(ranks[j])), float(doc_z[j]),
                frame_overlap(article_frames, self.prepared.frames[j]),
            ])
        return np.array(rows, dtype=np.float64)

    def _evidence_indices(self, chosen: Sequence[Sentence], column: np.ndarray) -> list[int]:
        order = np.argsort(-column)[: self.settings.evidence_per_narrative]
        return [chosen[i].index for i in order]

    # --- results -------------------------------------------------------------------------
    def _matches(self, doc: Document, chosen: Sequence[Sentence], best: np.ndarray, feats: np.ndarray,
                 probs: np.ndarray) -> list[NarrativeMatch]:
        s = self.settings
        out: list[NarrativeMatch] = []
        for j, narrative in enumerate(self.prepared.narratives):
            p = float(probs[j])
            if p < s.min_reported_score:
                continue
            matched, stance = decide(p, feats[j], s)
            order = np.argsort(-best[:, j])[: s.evidence_per_narrative]
            evidence = tuple(
                Evidence(text=chosen[i].text, start=chosen[i].start, end=chosen[i].end, score=float(best[i, j]))
                for i in order if best[i, j] >= s.min_evidence_similarity
            )
            feats_j = dict(zip(FEATURES, (float(v) for v in feats[j]), strict=True)) if self.keep_features else {}
            out.append(NarrativeMatch(narrative.id, narrative.title, p, matched, stance, evidence, feats_j))
        out = _lift_parents(out, self.prepared.catalogue, s.match_threshold)
        out.sort(key=lambda m: (-m.score, m.id))
        return out


# A quoted run of one to four words: scare quotes ("defeated", «умеренная оппозиция»).
_SCARE = re.compile(r"[\"\u201c\u201e\u00ab\u2039]\s?(\w+(?:[\s-]\w+){0,3})\s?[\"\u201d\u201c\u00bb\u203a]")


@dataclass(frozen=True)
class _Style:
    loaded: float
    scare_quotes: float
    questions: float
    hedging: float
    refuting_sentences: frozenset[int]


def _style_profile(doc: Document) -> _Style:
    """Per-sentence densities of the cues that tell pushing from reporting and refuting."""
    labels_at: dict[int, set[str]] = {}
    for index, hit in hits_by_sentence(cue_matcher(doc.language), doc):
        labels_at.setdefault(index, set()).add(hit.label)
    n = max(1, len(doc.sentences))
    loaded = hedging = quotes = questions = 0
    refuting: set[int] = set()
    for s in doc.sentences:
        labels = labels_at.get(s.index, set())
        loaded += len(labels & _PUSH_CUES)
        hedging += len(labels & _NEUTRAL_CUES)
        if labels & _REFUTE_CUES:
            refuting.add(s.index)
        quotes += len(_SCARE.findall(s.text))
        questions += int(s.index > 0 and s.text.rstrip().endswith(("?", "\u061f")))
    return _Style(loaded / n, quotes / n, questions / n, hedging / n, frozenset(refuting))


def _mentions_by_sentence(doc: Document) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for m in doc.mentions:
        out.setdefault(m.sentence, set()).add(m.entity)
    return out


def _lift_parents(matches: list[NarrativeMatch], catalogue: Catalogue, threshold: float) -> list[NarrativeMatch]:
    """A matched child makes its parent relevant: the parent scores at least just below the child."""
    by_id = {m.id: m for m in matches}
    for m in list(matches):
        narrative = catalogue.get(m.id)
        parent_id = narrative.parent if narrative else None
        if not m.matched or parent_id is None:
            continue
        parent = by_id.get(parent_id)
        lifted = max(m.score * 0.999, parent.score if parent else 0.0)
        title = parent.title if parent else (catalogue.get(parent_id) or narrative).title  # type: ignore[union-attr]
        evidence = parent.evidence if parent and parent.evidence else m.evidence
        by_id[parent_id] = NarrativeMatch(parent_id, title, lifted, lifted >= threshold, "pushes"
                                          if lifted >= threshold else "mentions", evidence,
                                          parent.features if parent else {})
    return list(by_id.values())
