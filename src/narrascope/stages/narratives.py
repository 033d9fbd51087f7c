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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

import numpy as np

from ..catalogue import Catalogue, Narrative
from ..encoders import CachedEncoder
from ..lang import split_sentences
from ..lexicon import cue_matcher, entity_matcher
from ..model import Document, Evidence, NarrativeMatch, Sentence
from ..settings import DEFAULT, Settings

FEATURES = (
    "sim_max",        # best sentence cosine against the narrative's probes
    "sim_top3",       # mean of the three best sentences
    "margin",         # sim_max minus the median sim_max over the catalogue
    "rank_gap",       # sim_max minus the best *other* narrative's sim_max (negative when beaten)
    "entity_cover",   # share of the narrative's entities named in the evidence and its neighbours
    "entity_doc",     # share of the narrative's entities named anywhere in the document
    "loaded",         # loaded words and secrecy framing per sentence (article-wide)
    "hedging",        # hedging and plain reporting per sentence (article-wide)
    "refuting",       # debunking and denial cues in the evidence and its neighbours
    "question_title", # the title is a question ("Is the US relocating ...?")
)
# Which cues count as what (see lexicon/cues/README.md for the categories).
_PUSH_CUES = ("loaded", "secrecy")
_NEUTRAL_CUES = ("hedging",)
_REFUTE_CUES = ("refuting", "denial")


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


class PreparedCatalogue:
    """A catalogue's probes encoded once, and the entities each narrative names."""

    def __init__(self, catalogue: Catalogue, encoder: CachedEncoder) -> None:
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
        self.entity_sets = [_narrative_entities(n) for n in self.narratives]

    @cached_property
    def relevant_entities(self) -> frozenset[str]:
        return frozenset().union(*self.entity_sets) if self.entity_sets else frozenset()

    def best_per_narrative(self, sims: np.ndarray) -> np.ndarray:
        """(sentences x probes) cosines -> (sentences x narratives) best cosine per narrative."""
        out = np.full((sims.shape[0], len(self.narratives)), -1.0, dtype=np.float32)
        np.maximum.at(out.T, self.probe_owner, sims.T)
        return out


def _probes(n: Narrative) -> list[str]:
    probes = [n.title, *n.claims]
    probes += [s.text for s in split_sentences(n.description, "en") if len(s.text) >= 20]
    for words in n.keywords.values():
        probes += [w for w in words if len(w) >= 12]  # phrases long enough to carry meaning
    return list(dict.fromkeys(p for p in probes if p.strip()))


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
        chosen = self._select_sentences(doc)
        if not chosen or not self.prepared.narratives:
            doc.narratives = []
            return doc
        vecs = self.encoder.encode([s.text for s in chosen])
        best = self.prepared.best_per_narrative(vecs @ self.prepared.probes.T)
        feats = self._features(doc, chosen, best)
        probs = self.weights.probability(feats)
        doc.narratives = self._matches(doc, chosen, best, feats, probs)
        return doc

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
    def _features(self, doc: Document, chosen: Sequence[Sentence], best: np.ndarray) -> np.ndarray:
        n_narr = best.shape[1]
        k = min(3, best.shape[0])
        top = -np.sort(-best, axis=0)[:k]
        sim_max = top[0]
        sim_top3 = top.mean(axis=0)
        margin = sim_max - np.median(sim_max)
        rank_gap = np.array([sim_max[i] - np.max(np.delete(sim_max, i)) if n_narr > 1 else 0.0
                             for i in range(n_narr)])
        cues = _cue_profile(doc)
        n_sent = max(1, len(doc.sentences))
        loaded = sum(len(cues[i] & set(_PUSH_CUES)) for i in cues) / n_sent
        hedging = sum(len(cues[i] & set(_NEUTRAL_CUES)) for i in cues) / n_sent
        mention_sets = _mentions_by_sentence(doc)
        doc_entities = set().union(*mention_sets.values()) if mention_sets else set()
        question_title = 1.0 if chosen and chosen[0].index == 0 and chosen[0].text.rstrip().endswith("?") else 0.0
        rows = []
        for j in range(n_narr):
            ev = self._evidence_indices(chosen, best[:, j])
            window = {i + d for i in ev for d in (-1, 0, 1)}
            wanted = self.prepared.entity_sets[j]
            named = set().union(*(mention_sets.get(i, set()) for i in window)) if window else set()
            cover = len(wanted & named) / len(wanted) if wanted else 0.0
            in_doc = len(wanted & doc_entities) / len(wanted) if wanted else 0.0
            refuting = sum(1 for i in window if cues.get(i, set()) & set(_REFUTE_CUES)) / max(1, len(window))
            rows.append([sim_max[j], sim_top3[j], margin[j], rank_gap[j], cover, in_doc,
                         loaded, hedging, refuting, question_title])
        return np.array(rows, dtype=np.float64)

    def _evidence_indices(self, chosen: Sequence[Sentence], column: np.ndarray) -> list[int]:
        order = np.argsort(-column)[: self.settings.evidence_per_narrative]
        return [chosen[i].index for i in order]

    # --- results -------------------------------------------------------------------------
    def _matches(self, doc: Document, chosen: Sequence[Sentence], best: np.ndarray, feats: np.ndarray,
                 probs: np.ndarray) -> list[NarrativeMatch]:
        s = self.settings
        refute_col = FEATURES.index("refuting")
        out: list[NarrativeMatch] = []
        for j, narrative in enumerate(self.prepared.narratives):
            p = float(probs[j])
            if p < s.min_reported_score:
                continue
            refutes = feats[j, refute_col] >= s.refute_share and feats[j, 0] >= s.min_evidence_similarity
            matched = p >= s.match_threshold and not refutes
            stance = "refutes" if refutes else ("pushes" if matched else "mentions")
            order = np.argsort(-best[:, j])[: s.evidence_per_narrative]
            evidence = tuple(
                Evidence(text=chosen[i].text, start=chosen[i].start, end=chosen[i].end, score=float(best[i, j]))
                for i in order if best[i, j] >= s.min_evidence_similarity
            )
            feats_j = dict(zip(FEATURES, (float(v) for v in feats[j]))) if self.keep_features else {}
            out.append(NarrativeMatch(narrative.id, narrative.title, p, matched, stance, evidence, feats_j))
        out = _lift_parents(out, self.prepared.catalogue, s.match_threshold)
        out.sort(key=lambda m: (-m.score, m.id))
        return out


def _cue_profile(doc: Document) -> dict[int, set[str]]:
    matcher = cue_matcher(doc.language)
    return {s.index: labels for s in doc.sentences if (labels := matcher.labels_in(s.text))}


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
