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
from typing import TYPE_CHECKING

import numpy as np

from ..catalogue import Catalogue, Narrative
from ..encoders import CachedEncoder
from ..lang import split_sentences
from ..lexicon import cue_matcher, entity_matcher, hits_by_sentence
from ..model import Claim, Document, Evidence, NarrativeMatch, Sentence, Stance
from ..settings import DEFAULT, Settings
from .voice import alleges_fabrication

if TYPE_CHECKING:
    from ..learn import ExampleModel

FEATURES = (
    "z_top3",         # mean of the three best sentence similarities, each in standard deviations above
                      # the sentence's similarity to ordinary news (the anchors): cancels language offsets
    "sim_max",        # best sentence cosine against the narrative's probes
    "doc_z",          # the article as a whole (mean of its encoded sentences) against the narrative's
                      # centroid, in standard deviations above its similarity to ordinary news
    "z_top3_pct",     # where z_top3 ranks among the catalogue's narratives for this article, 0 (first)
                      # to 1 (last): a share, so that catalogues of 8 and of 95 narratives read alike
    "z_top3_h",       # z_top3, or for a narrative with children the best of its own and theirs: a broad
                      # narrative is pushed by whatever pushes one of its subnarratives
    "entity_cover",   # weighted share of the narrative's entities named around the evidence
    "entity_doc_h",   # weighted share of its entities named anywhere in the article (best of its children too)
    "is_parent",      # 1 when other narratives of the catalogue name it as their parent
    "questions",      # questions in the body per sentence (rhetorical doubt)
    "hedging",        # hedging per sentence (article-wide)
    "refuting",       # share of debunking sentences (cues or closeness) around the evidence
)
# Chosen by leave-one-catalogue-out on three catalogues written by different hands (ours, the
# alternative one, SemEval-2025's taxonomy): backward elimination kept what raised the average
# precision on the catalogue left out; rank, margin, style and claim-frame features that only held
# for the catalogue they were fitted on went (docs/matching.md, scripts/matcher_lab.py).
# Which cues count as what (see lexicon/cues/README.md for the categories).
_PUSH_CUES = frozenset({"loaded", "secrecy"})
_NEUTRAL_CUES = frozenset({"hedging"})
_REFUTE_CUES = frozenset({"refuting", "denial"})


#: A feature further than this from its mean, in its standard deviations, counts as this far: a linear
#: model does not extrapolate. An article that is half questions (0.47 against 0.016 +- 0.044 in the fit)
#: added 4 log-odds to every narrative, so a strong push lifted unrelated narratives to 0.7.
MAX_STANDARD_DEVIATIONS = 4.0


@dataclass(frozen=True)
class MatcherWeights:
    """A logistic model over FEATURES: p = sigmoid(bias + sum(w * clip((x - mean) / scale)))."""

    weights: dict[str, float]
    bias: float
    mean: dict[str, float]
    scale: dict[str, float]
    note: str = ""

    @classmethod
    def load(cls, path: str | Path | None = None, encoder: str = "use") -> MatcherWeights:
        """The weights at ``path``, else those shipped for ``encoder``: features read from another encoder's
        vectors have other scales, so each packaged encoder has its own fit (``data/matcher-e5.json``);
        ``data/matcher.json`` is the default encoder's, and serves any encoder without its own."""
        if path is None:
            data_files = resources.files("narrascope.data")
            own = data_files.joinpath(f"matcher-{encoder}.json")
            text = (own if own.is_file() else data_files.joinpath("matcher.json")).read_text(encoding="utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        data = json.loads(text)
        return cls(data["weights"], float(data["bias"]), data["mean"], data["scale"], data.get("note", ""))

    def probability(self, x: np.ndarray) -> np.ndarray:
        """Probabilities for a (narratives x FEATURES) matrix."""
        return 1.0 / (1.0 + np.exp(-self.log_odds(x)))

    def log_odds(self, x: np.ndarray) -> np.ndarray:
        """The log-odds the probabilities are read from."""
        w = np.array([self.weights.get(f, 0.0) for f in FEATURES], dtype=np.float64)
        mu = np.array([self.mean.get(f, 0.0) for f in FEATURES], dtype=np.float64)
        sd = np.array([self.scale.get(f, 1.0) or 1.0 for f in FEATURES], dtype=np.float64)
        standard = np.clip((x - mu) / sd, -MAX_STANDARD_DEVIATIONS, MAX_STANDARD_DEVIATIONS)
        return self.bias + standard @ w


#: a document's zero-shot reading: best similarity per (encoded sentence, narrative), features, probabilities
ZeroShot = tuple[np.ndarray, np.ndarray, np.ndarray]

FrameKey = tuple[str, "str | None", "str | None"]  # (frame type, agent, moved or target) canonical names


def frame_keys(claims: Sequence[Claim], *, denied: bool = False) -> set[FrameKey]:
    """The comparable core of claims; denied claims are not claims the text makes (``denied``: the claims
    it tells, denied ones included, as a debunk tells the claim it denies)."""
    keys: set[FrameKey] = set()
    for c in claims:
        if c.modality == "denied" and not denied:
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
        index = {n.id: i for i, n in enumerate(self.narratives)}
        #: per narrative, its parent's position in the catalogue; None for a top-level one (or a parent
        #: the catalogue lacks)
        self.parent_of: list[int | None] = [index.get(n.parent) if n.parent else None for n in self.narratives]
        #: per narrative, the narratives that name it as their parent
        self.children: list[list[int]] = [[] for _ in self.narratives]
        for i, parent in enumerate(self.parent_of):
            if parent is not None:
                self.children[parent].append(i)
        self.entity_sets = [_narrative_entities(n) for n in self.narratives]
        self.entity_weight = _idf(self.entity_sets)
        self.frames: list[set[FrameKey]] = [
            frame_keys([c for text in (n.title, *n.claims) for c in extract_claims(text)]) if extract_claims else set()
            for n in self.narratives
        ]
        #: the narratives whose own words allege fabrication ("were staged", "a hoax"): an article's words of
        #: fabrication push them rather than debunk them (stages/voice.py; read by the stance stage)
        self.alleging: frozenset[str] = frozenset(
            n.id for n in self.narratives if alleges_fabrication((n.title, n.description or "", *n.claims)))

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


#: sentences (title and lead first) whose mean vector stands for the article when comparing articles
ARTICLE_VECTOR_SENTENCES = 8


def article_vector(vecs: np.ndarray) -> np.ndarray:
    """The unit mean of the first encoded sentences' vectors: the article among labelled articles."""
    v = vecs[:ARTICLE_VECTOR_SENTENCES].mean(axis=0)
    return v / max(float(np.linalg.norm(v)), 1e-12)


def decide(probability: float, settings: Settings, threshold: float | None = None) -> tuple[bool, Stance]:
    """``matched`` and the stance it implies from a narrative's calibrated probability.

    Whether the article *refutes* a narrative is the stance stage's call (stages/stance.py), made
    after this one; here a narrative is pushed or merely mentioned.
    """
    if probability >= (settings.match_threshold if threshold is None else threshold):
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
class Reader:
    """A second encoder for the languages the first one does not read, with the catalogue's probes and
    the matcher's weights in its own space: such an article's zero-shot scores are read there."""

    prepared: PreparedCatalogue
    encoder: CachedEncoder
    weights: MatcherWeights
    #: the first encoder's languages: an article in any other (known) language is read here
    first_languages: frozenset[str]

    def reads(self, doc: Document) -> bool:
        return bool(doc.language) and doc.language != "und" and doc.language not in self.first_languages


@dataclass
class NarrativeStage:
    """Scores ``prepared``'s narratives for each document; writes ``doc.narratives``."""

    prepared: PreparedCatalogue
    encoder: CachedEncoder
    weights: MatcherWeights
    settings: Settings = DEFAULT
    keep_features: bool = False
    #: what was learnt from the catalogue's labelled articles, if it has any
    examples: ExampleModel | None = None
    #: where articles in languages ``encoder`` does not read are scored (``other_languages_encoder``)
    reader: Reader | None = None

    def __call__(self, doc: Document) -> Document:
        return self.batch([doc])[0]

    def batch(self, docs: list[Document]) -> list[Document]:
        """Score many documents with one encoder call (large batches encode several times faster)."""
        chosen = [self._select_sentences(doc) for doc in docs]
        vecs = self._encode(self.encoder, chosen)
        other = self._read_elsewhere(docs, chosen)
        at = 0
        for i, (doc, sentences) in enumerate(zip(docs, chosen, strict=True)):
            self._score(doc, sentences, vecs[at: at + len(sentences)], other.get(i))
            at += len(sentences)
        return docs

    def _encode(self, encoder: CachedEncoder, chosen: Sequence[Sequence[Sentence]]) -> np.ndarray:
        cut = self.settings.max_encoded_chars
        texts = [s.text[:cut] for sentences in chosen for s in sentences]
        return encoder.encode(texts) if texts else np.zeros((0, encoder.dimension), dtype=np.float32)

    def _read_elsewhere(self, docs: Sequence[Document], chosen: Sequence[Sequence[Sentence]]) -> dict[int, ZeroShot]:
        """The zero-shot scores of the documents the reader reads, by position; one encoder call."""
        reader = self.reader
        if reader is None or not self.prepared.narratives:
            return {}
        picked = [i for i, doc in enumerate(docs) if chosen[i] and reader.reads(doc)]
        vecs = self._encode(reader.encoder, [chosen[i] for i in picked])
        out, at = {}, 0
        for i in picked:
            n = len(chosen[i])
            out[i] = self._zero_shot(docs[i], chosen[i], vecs[at: at + n], reader.prepared, reader.weights)
            at += n
        return out

    def _score(self, doc: Document, chosen: list[Sentence], vecs: np.ndarray, read: ZeroShot | None = None) -> None:
        if not chosen or not self.prepared.narratives:
            doc.narratives = []
            return
        best, feats, probs = read if read is not None else self._zero_shot(doc, chosen, vecs)
        threshold, pushed = None, None
        if self.examples is not None:
            labelled = self.examples.labels_of(doc.content_hash)
            if labelled is not None:  # an article the analyst labelled: their word is its result
                probs, pushed = labelled.astype(float), labelled > 0
                doc.labelled = frozenset(nid for nid, on in zip(self.examples.narrative_ids, pushed, strict=True)
                                         if on)
            else:
                probs = self.examples.probabilities(probs, article_vector(vecs), doc.text)
                threshold = self.examples.threshold_for(doc.language)
                pushed = self.examples.chosen(probs, doc.language)
        doc.narratives = self._matches(doc, chosen, best, feats, probs, threshold, pushed)

    def zero_shot(self, docs: list[Document]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Each document's zero-shot probabilities (catalogue order) and article vector, as the
        matcher sees them before any example is consulted: what :mod:`narrascope.learn` learns from."""
        chosen = [self._select_sentences(doc) for doc in docs]
        vecs = self._encode(self.encoder, chosen)
        other = self._read_elsewhere(docs, chosen)
        out, at = [], 0
        for i, (doc, sentences) in enumerate(zip(docs, chosen, strict=True)):
            v = vecs[at: at + len(sentences)]
            at += len(sentences)
            if not sentences or not self.prepared.narratives:
                out.append((np.zeros(len(self.prepared.narratives)), np.zeros(self.encoder.dimension)))
                continue
            read = other.get(i) or self._zero_shot(doc, sentences, v)
            out.append((read[2], article_vector(v)))
        return out

    def _zero_shot(self, doc: Document, chosen: Sequence[Sentence], vecs: np.ndarray,
                   prepared: PreparedCatalogue | None = None, weights: MatcherWeights | None = None) -> ZeroShot:
        """Best sentence similarity per narrative, the features, and the catalogue-alone probabilities
        (in the first encoder's space unless another's ``prepared`` and ``weights`` are given)."""
        prepared = prepared or self.prepared
        best = prepared.best_per_narrative(vecs @ prepared.probes.T)
        to_anchors = vecs @ prepared.anchors.T
        debunking = (vecs @ prepared.debunkers.T).max(axis=1)
        mean_vec = vecs.mean(axis=0)
        mean_vec = mean_vec / max(float(np.linalg.norm(mean_vec)), 1e-12)
        doc_anchor = mean_vec @ prepared.anchors.T
        doc_z = (prepared.centroids @ mean_vec - doc_anchor.mean()) / (doc_anchor.std() + 1e-6)
        feats = self._features(doc, chosen, best, to_anchors, debunking, doc_z)
        return best, feats, (weights or self.weights).probability(feats)

    # --- which sentences to encode ---------------------------------------------------------
    def _select_sentences(self, doc: Document) -> list[Sentence]:
        s = self.settings
        usable = [x for x in doc.sentences if len(x.text) >= s.min_evidence_chars or x.index == 0]
        headline = _headline_apart(doc)
        if headline is not None:
            usable.insert(0, headline)
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
        z_top3 = -np.sort(-z, axis=0)[:k].mean(axis=0)
        sim_max = best.max(axis=0)
        ranks = np.empty(n_narr)
        ranks[np.argsort(-z_top3, kind="stable")] = np.arange(n_narr)
        z_pct = ranks / max(1, n_narr - 1)
        style = _style_profile(doc)
        debunks = np.flatnonzero(debunking >= self.settings.debunk_similarity)
        # close to a debunk but hedging ("Эти сведения не удалось независимо проверить", 0.52 from "No credible source
        # has confirmed these reports"): the laundering line of a pushing article, not a debunk
        refuting_sentences = set(style.refuting_sentences) | ({chosen[int(i)].index for i in debunks}
                                                              - style.hedging_sentences)
        mention_sets = _mentions_by_sentence(doc)
        if chosen and chosen[0].index == HEADLINE_APART:  # the mentions stage read only the text
            mention_sets[HEADLINE_APART] = {h.label for h in entity_matcher(doc.language).finditer(chosen[0].text)}
        doc_entities = set().union(*mention_sets.values()) if mention_sets else set()
        entity_doc = np.array([self.prepared.coverage(j, doc_entities) for j in range(n_narr)])
        rows = []
        for j in range(n_narr):
            ev = self._evidence_indices(chosen, best[:, j])
            window = {i + d for i in ev for d in (-1, 0, 1)}
            named = set().union(*(mention_sets.get(i, set()) for i in window)) if window else set()
            refuting = sum(1 for i in window if i in refuting_sentences) / max(1, len(window))
            family = [j, *self.prepared.children[j]]
            rows.append([
                z_top3[j], sim_max[j], float(doc_z[j]), z_pct[j], z_top3[family].max(),
                self.prepared.coverage(j, named), entity_doc[family].max(), float(bool(self.prepared.children[j])),
                style.questions, style.hedging, refuting,
            ])
        return np.array(rows, dtype=np.float64)

    def _evidence_indices(self, chosen: Sequence[Sentence], column: np.ndarray) -> list[int]:
        order = np.argsort(-column)[: self.settings.evidence_per_narrative]
        return [chosen[i].index for i in order]

    # --- results -------------------------------------------------------------------------
    def _matches(self, doc: Document, chosen: Sequence[Sentence], best: np.ndarray, feats: np.ndarray,
                 probs: np.ndarray, threshold: float | None = None,
                 pushed: np.ndarray | None = None) -> list[NarrativeMatch]:
        """``pushed``: the top-level narratives chosen as a set (learnt from examples), or None: by
        threshold; with a set, a sub-narrative is matched at the threshold only under a chosen parent."""
        s = self.settings
        threshold = s.match_threshold if threshold is None else threshold
        out: list[NarrativeMatch] = []
        # The narratives closest in topic are reported even when scored low: a fact-check is scored
        # low for everything, and the stance stage says which of them it refutes.
        topic = best.max(axis=0)
        closest = {int(j) for j in np.argsort(-topic, kind="stable")[: s.refute_narratives]
                   if topic[j] >= s.min_evidence_similarity}
        # and those whose frame a claim of the article tells, denied or not: a debunk that scores low on
        # everything says which narrative it denies by the claim it retells (stages/stance.py reads them)
        told = frame_keys(doc.claims, denied=True)
        closest |= {j for j, frames in enumerate(self.prepared.frames) if told and frame_overlap(told, frames) > 0}
        for j, narrative in enumerate(self.prepared.narratives):
            p = float(probs[j])
            if p < s.min_reported_score and j not in closest and not (pushed is not None and pushed[j]):
                continue
            matched, stance = decide(p, s, threshold)
            if pushed is not None:
                parent = self.prepared.parent_of[j]
                matched = bool(pushed[j]) if parent is None else matched and bool(pushed[parent])
                stance = "pushes" if matched else "mentions"
            order = [i for i in np.argsort(-best[:, j]) if chosen[i].index >= 0][: s.evidence_per_narrative]
            evidence = tuple(  # a headline given apart from the text has no offsets in it: scored, not quoted
                Evidence(text=chosen[i].text, start=chosen[i].start, end=chosen[i].end, score=float(best[i, j]))
                for i in order if best[i, j] >= s.min_evidence_similarity
            )
            feats_j = dict(zip(FEATURES, (float(v) for v in feats[j]), strict=True)) if self.keep_features else {}
            out.append(NarrativeMatch(narrative.id, narrative.title, p, matched, stance, evidence, feats_j))
        out = _lift_parents(out, self.prepared.catalogue, threshold)
        out.sort(key=lambda m: (-m.score, m.id))
        return out


#: the index of a headline read apart from the text (a JSONL or API ``title``, an HTML page's): no sentence of it
HEADLINE_APART = -1


def _headline_apart(doc: Document) -> Sentence | None:
    """The document's title as a sentence to score, when the text does not open with it (the title came as
    metadata: a JSONL or CSV field, the API's, an HTML page's <title>); the matcher was fitted on articles
    whose headline is their first line, and it weighs the headline most. It has no offsets in the text."""
    title = " ".join((doc.title or "").split())
    if len(title) < 3 or " ".join(doc.text[: len(doc.title or "") * 2 + 16].split()).casefold().startswith(
            title.casefold()):
        return None
    return Sentence(text=title, start=0, end=0, index=HEADLINE_APART)


# A quoted run of one to four words: scare quotes ("defeated", «умеренная оппозиция»).
_SCARE = re.compile(r"[\"\u201c\u201e\u00ab\u2039]\s?(\w+(?:[\s-]\w+){0,3})\s?[\"\u201d\u201c\u00bb\u203a]")


@dataclass(frozen=True)
class _Style:
    loaded: float
    scare_quotes: float
    questions: float
    hedging: float
    refuting_sentences: frozenset[int]
    #: sentences that hedge ("could not be independently verified"): laundering, never a debunk by closeness alone
    hedging_sentences: frozenset[int] = frozenset()


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
    hedged = frozenset(i for i, labels in labels_at.items() if labels & _NEUTRAL_CUES)
    return _Style(loaded / n, quotes / n, questions / n, hedging / n, frozenset(refuting), hedged)


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
        matched = lifted >= threshold or bool(parent and parent.matched)  # a parent chosen as a set stays
        by_id[parent_id] = NarrativeMatch(parent_id, title, lifted, matched, "pushes" if matched else "mentions",
                                          evidence,
                                          parent.features if parent else {})
    return list(by_id.values())
