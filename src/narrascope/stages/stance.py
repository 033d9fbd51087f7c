"""Stage ``stance``: does the article push, merely mention, or refute each narrative it is close to?

The narrative stage says how likely an article is to push a narrative. Whether it *debunks* it is a
different question, answered here by a model of its own (``data/stance.npz``, fitted by
``scripts/train_stance.py``):

1. The article model reads ``model.features`` of ARTICLE_FEATURES. The shipped model reads debunking
   cue words (lexicon/cues) in the article's own voice: cues in a sentence that denies or attributes
   ("the Pentagon dismissed the reports as baseless") or inside quotation marks are someone else's
   words. It weighs their share of the article, one in the headline, and hedges and denials: one
   hedged line ("could not be independently verified") or one quoted denial in a pushing article is
   a sentence among many, laundering, not a debunk.
2. A sentence model over sentence vectors (EUvsDisinfo's disproofs against the claims they answer,
   and SemEval-2025 news) ships too, for the vector features (title, mean, top3, share, cues); it is
   read, and sentences encoded, only when the article model uses one of them. The shipped one does
   not: they did not carry over to our corpus (docs/matching.md).
3. An article that refutes is said to refute the narratives it is closest to (the best scored, or
   when all scored low, the closest in topic); those are never ``matched``, and the claims it
   retells carry modality ``refuted``: they are no claimed flows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from ..encoders import CachedEncoder
from ..errors import E_MODEL, NarrascopeError
from ..lexicon import frame_words
from ..logistic import sigmoid
from ..model import Document, Evidence, NarrativeMatch, Sentence
from ..settings import DEFAULT, Settings
from .narratives import FrameKey, frame_keys, frame_overlap
from .voice import CueSentences, cue_sentences, staging_sentences

ARTICLE_FEATURES = (
    "title",          # the headline's probability of debunking ("No, the US is not ...", "Fact check: ...")
    "mean",           # mean over the sentences read
    "top3",           # mean of the three most debunking sentences
    "share",          # share of the sentences read at or above 0.5
    "cues",           # share of the read sentences with debunking words (lexicon/cues: refuting)
    "cues_all",       # the same over the whole article, in the article's own voice: a verdict often comes late
    "cues_count",     # how many such sentences (up to 4): a debunk argues; one line of doubt is laundering
    "cue_title",      # the headline itself uses a debunking word ("Fact check", "bulo", "фейк")
    "hedging",        # share of sentences that hedge ("could not be verified"): laundering, not a debunk
    "denial",         # share of sentences with a denial ("the Pentagon denied"): a quoted denial is reported
)
#: modalities of claims an article makes or retells; in an article that refutes they become "refuted"
_RETOLD = frozenset({"asserted", "reported", "questioned", "hypothetical"})
#: ... of those, what a fact-check may tell as what really happened ("The footage in fact shows ...")
_TOLD = frozenset({"asserted", "reported"})


@dataclass(frozen=True)
class StanceModel:
    """Sentence model (weights over the encoder's dimensions) and article model (over ARTICLE_FEATURES)."""

    sentence_weights: np.ndarray
    sentence_bias: float
    article_weights: np.ndarray
    article_bias: float
    article_mean: np.ndarray
    article_scale: np.ndarray
    encoder: str
    #: the ARTICLE_FEATURES the article model reads, in the order of ``article_weights``
    features: tuple[str, ...] = ARTICLE_FEATURES
    note: str = ""

    @classmethod
    def load(cls, path: str | Path | None = None) -> StanceModel:
        try:
            source = resources.files("narrascope.data").joinpath("stance.npz") if path is None else Path(path)
            with source.open("rb") as fh, np.load(fh, allow_pickle=False) as data:
                return cls(data["sentence_weights"].astype(np.float32), float(data["sentence_bias"]),
                           data["article_weights"].astype(np.float64), float(data["article_bias"]),
                           data["article_mean"].astype(np.float64), data["article_scale"].astype(np.float64),
                           str(data["encoder"]), tuple(str(f) for f in data["features"]), str(data["note"]))
        except (OSError, KeyError, ValueError) as err:
            raise NarrascopeError(f"the stance model cannot be read ({err})", where=str(path or "stance.npz"),
                                  code=E_MODEL) from err

    def sentence_probabilities(self, vectors: np.ndarray) -> np.ndarray:
        return sigmoid(vectors @ self.sentence_weights + self.sentence_bias)

    def article_probability(self, features: np.ndarray) -> float:
        z = self.article_bias + ((features - self.article_mean) / self.article_scale) @ self.article_weights
        return float(sigmoid(np.asarray(z)))


def read_sentences(doc: Document, settings: Settings) -> list[Sentence]:
    """The sentences the stance is judged on: the title and the first ones in reading order."""
    usable = [s for s in doc.sentences if s.index == 0 or len(s.text) >= settings.min_evidence_chars]
    return usable[: settings.stance_sentences]


#: the features read from sentence vectors (the others are counted from the lexicon's cue words)
VECTOR_FEATURES = frozenset({"title", "mean", "top3", "share", "cues"})


def article_features(doc: Document, sentences: Sequence[Sentence], probabilities: np.ndarray | None,
                     names: Sequence[str] = ARTICLE_FEATURES, discounted: frozenset[int] = frozenset(),
                     cues: CueSentences | None = None) -> np.ndarray:
    """The article's ``names`` features (ARTICLE_FEATURES) from its read sentences' debunking
    probabilities (``None`` when no vector feature is asked for); ``discounted``: sentences whose debunking
    words do not count (words of fabrication, read against a narrative that alleges fabrication)."""
    cues = cues or cue_sentences(doc)
    by_kind, refuting = cues.by_kind, cues.own_debunking - discounted
    every = max(1, len(doc.sentences))
    values = {"cues_all": len(refuting) / every, "cues_count": min(len(refuting), 4) / 4,
              "cue_title": 1.0 if 0 in refuting else 0.0,
              "hedging": len(by_kind["hedging"]) / every, "denial": len(by_kind["denial"]) / every}
    if probabilities is not None and len(probabilities):
        read = {s.index for s in sentences}
        values.update(title=float(probabilities[0]) if sentences[0].index == 0 else 0.0,
                      mean=float(probabilities.mean()), top3=float(np.sort(probabilities)[-3:].mean()),
                      share=float(np.mean(probabilities >= 0.5)), cues=len(refuting & read) / max(1, len(sentences)))
    return np.array([values.get(n, 0.0) for n in names])


@dataclass
class StanceStage:
    """Refines ``doc.narratives``' stance (pushes / mentions / refutes) and marks retold claims refuted."""

    encoder: CachedEncoder
    model: StanceModel
    settings: Settings = DEFAULT
    #: each narrative's claim frames (``PreparedCatalogue.frames`` by id): a debunk refutes first the
    #: narratives whose frame the claims it retells have
    frames: dict[str, set[FrameKey]] = field(default_factory=dict)
    #: the narratives whose own words allege fabrication (``PreparedCatalogue.alleging``): "staged",
    #: "fake" said of an event is their claim, so an article refuting one of them must refute with other words
    alleging: frozenset[str] = frozenset()

    def __call__(self, doc: Document) -> Document:
        return self.batch([doc])[0]

    def batch(self, docs: list[Document]) -> list[Document]:
        names = self.model.features
        probabilities: list[np.ndarray | None] = [None] * len(docs)
        chosen = [read_sentences(doc, self.settings) for doc in docs]
        if VECTOR_FEATURES & set(names):  # only then are sentences encoded
            cut = self.settings.max_encoded_chars
            texts = [s.text[:cut] for sentences in chosen for s in sentences]
            vecs = self.encoder.encode(texts) if texts else np.zeros((0, self.encoder.dimension), dtype=np.float32)
            p, at = self.model.sentence_probabilities(vecs), 0
            for k, sentences in enumerate(chosen):
                probabilities[k] = p[at: at + len(sentences)]
                at += len(sentences)
        for doc, sentences, p_doc in zip(docs, chosen, probabilities, strict=True):
            cues = cue_sentences(doc)  # read once: the features, the features without staging, the refutation
            refutes = self.model.article_probability(article_features(doc, sentences, p_doc, names, cues=cues))
            doc.stance_score = refutes
            if refutes >= self.settings.refute_threshold and not doc.labelled:  # labelled as pushing: no debunk
                target = _refuted(doc, self.settings, self.frames)
                staging = staging_sentences(doc) if self.alleging.intersection(target) else frozenset()
                # "Bucha is a fake staged by Kyiv" pushes the narrative that it was staged: a narrative alleging
                # fabrication is refuted only by an article that debunks in other words as well
                if staging and self.model.article_probability(article_features(
                        doc, sentences, p_doc, names, discounted=staging, cues=cues)) < self.settings.refute_threshold:
                    if target[0] in self.alleging:
                        continue  # its closest narrative is what it pushes: no debunk at all
                    target = [t for t in target if t not in self.alleging]
                _refute(doc, self.settings, target=set(target), said=refutation(doc, cues))
        return docs


def _refuted(doc: Document, settings: Settings, frames: dict[str, set[FrameKey]] | None = None) -> list[str]:
    """The narratives an article that debunks is closest to, which it refutes, the closest first. Closest is first
    the narrative whose claim frame (type, actor, who is moved or accused) the claims the article retells
    have ("No, the US did not fly IS fighters to Ukraine": the relocation narrative, not another one about
    the US and IS that scores a little higher in topic); then the best scored; when the matcher scored
    everything low (as it often scores a debunk), the closest in topic (best evidence sentence), which the
    narrative stage reports for this."""
    told = frame_keys(doc.claims, denied=True)
    overlap = {m.id: frame_overlap(told, (frames or {}).get(m.id, set())) for m in doc.narratives} if told else {}
    # a frame told in full (type, actor and who) decides; one told in part (the actor or the who unread)
    # only for a narrative about as close in topic as the closest (a stray claim does not pick a narrative)
    by_id = {m.id: m for m in doc.narratives}
    nearest = max((_evidence(m) for m in doc.narratives), default=0.0)
    overlap = {nid: o for nid, o in overlap.items()
               if o >= 1.0 or (o > 0 and _evidence(by_id[nid]) >= _ALSO_REFUTED_EVIDENCE * nearest)}

    def closeness(m: NarrativeMatch) -> tuple[float, bool, float, str]:
        low = m.score < settings.min_reported_score
        return -overlap.get(m.id, 0.0), low, -(_evidence(m) if low else m.score), m.id

    # a narrative scored above the reporting floor is close even with no sentence near enough to quote; one scored
    # under it, only with a sentence clearly about it (or a claim of its frame)
    ranked = sorted((m for m in doc.narratives if m.score >= settings.min_reported_score
                     or _evidence(m) >= settings.refute_min_evidence or overlap.get(m.id, 0.0) > 0), key=closeness)
    # the second and later only when about as close as the first, and telling its frame as well: a debunk of
    # one narrative does not refute whatever else the catalogue holds (false ClaimReviews otherwise)
    return [m.id for m in ranked[: settings.refute_narratives] if m is ranked[0] or (
        overlap.get(m.id, 0.0) >= overlap.get(ranked[0].id, 0.0) and _about_as_close(m, ranked[0]))]


def _refute(doc: Document, settings: Settings, frames: dict[str, set[FrameKey]] | None = None,
            target: set[str] | None = None, said: Sentence | None = None) -> None:
    """The article debunks ``target`` (by default :func:`_refuted`'s): those narratives are refuted, not pushed,
    and the claims it retells are refuted whether or not the catalogue knows their narrative (not a move it
    tells in its own voice as what really happened: "The footage in fact shows Iraqi soldiers flown to ..."). ``said``:
    the article's own debunk (:func:`refutation`), when the caller has read it already."""
    target = set(_refuted(doc, settings, frames)) if target is None else target
    correction = _correction(doc.language)
    doc.claims = [replace(c, modality="refuted") if c.modality in _RETOLD and not (
        c.modality in _TOLD and correction is not None and correction.search(c.evidence.text)) else c
        for c in doc.claims]
    said = refutation(doc) if said is None else said
    doc.narratives = [replace(m, matched=False, stance="refutes", evidence=_with_refutation(m.evidence, said))
                      if m.id in target else m for m in doc.narratives]


def refutation(doc: Document, cues: CueSentences | None = None) -> Sentence | None:
    """The sentence in which the article itself debunks: its verdict ("Notre verdict : faux"), else its first
    debunking sentence after the headline, else the headline ("Fact check: no, ..."); None without one."""
    cues = cues or cue_sentences(doc)
    own = cues.own_debunking
    if not own:
        return None
    verdicts = own & cues.by_kind["verdict"]
    index = min(verdicts) if verdicts else min((i for i in own if i != 0), default=0)
    return next((s for s in doc.sentences if s.index == index), None)


def _with_refutation(evidence: tuple[Evidence, ...], said: Sentence | None) -> tuple[Evidence, ...]:
    """A refuted narrative's evidence: the article's own debunking sentence first (what a ClaimReview quotes as
    the rating's explanation, what the article page shows), then the sentences closest to the narrative's claim."""
    if said is None:
        return evidence
    known = next((e for e in evidence if e.start == said.start), None)
    first = known or Evidence(said.text, said.start, said.end, score=0.0)
    return (first, *(e for e in evidence if e is not known))


#: how close a further refuted narrative must be to the closest one: its best evidence sentence at least
#: this share of the closest one's, and its score at least this share of its score (a new user's debunk
#: of biolabs in Ukraine also "refuted" a COVID narrative scored 0.006 against 0.035, and its ClaimReview
#: export published both; on tests/corpus 24 refuted labels, 14 right, became 16, 13 right)
_ALSO_REFUTED_EVIDENCE = 0.9
_ALSO_REFUTED_SCORE = 0.5


def _evidence(m: NarrativeMatch) -> float:
    """How close in topic the narrative's best sentence is (0 without one)."""
    return max((e.score for e in m.evidence), default=0.0)


@lru_cache(maxsize=16)
def _correction(language: str | None) -> re.Pattern[str] | None:
    """The frame file's words by which a fact-check tells what really happened (``correction``), as one pattern."""
    words = frame_words(language, "correction")
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)",
                      re.IGNORECASE)


def _about_as_close(other: NarrativeMatch, first: NarrativeMatch) -> bool:
    """Whether ``other`` is about as close as ``first``, in topic and in score (without a sentence to
    compare, it is not: a narrative no sentence is near is no subject of the debunk)."""
    if not other.evidence or not first.evidence:
        return False
    return (max(e.score for e in other.evidence) >= _ALSO_REFUTED_EVIDENCE * max(e.score for e in first.evidence)
            and other.score >= _ALSO_REFUTED_SCORE * first.score)


def narratives_refuted(matches: Sequence[NarrativeMatch]) -> list[str]:
    """Ids of the narratives an analysis says it refutes."""
    return [m.id for m in matches if m.stance == "refutes"]
