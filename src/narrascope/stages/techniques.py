"""Stage ``techniques``: persuasion technique spans, written to ``doc.techniques``.

Two kinds of detector:

* **the trained model** (:mod:`narrascope.techniques`) scores sentences for each SemEval-2023
  technique from their sentence vectors, form cues, repetition measured within the article and
  hashed terms. Its first pass, over cues and terms alone, decides which sentences are worth
  encoding: the others are never encoded and carry no model span. A sentence above a technique's
  threshold becomes a span: the whole sentence, or for word-level techniques (loaded language,
  labels) the words that weigh most;
* **rules** over the frame lexicons find what analysts look for that the task has no label for:
  rhetorical questions, claims put on unnamed sources, vague quantities; and Repetition as a
  measured fact: a lower-case formula of two or more words recurring in four sentences or more.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..encoders import CachedEncoder
from ..lexicon import Hit, frame_lexicon, hits_by_sentence
from ..model import TECHNIQUES_NOT_ANALYSED, Document, Sentence, TechniqueSpan
from ..settings import Settings
from ..techniques import TechniqueModel
from ..techniques.features import (
    REPETITION_CUES,
    SentenceWords,
    cues,
    recurring_formulas,
    sentence_words,
    term_indices,
    token_spans,
)

# Techniques whose gold spans are a few words, not a clause: the span is narrowed to those words.
WORD_LEVEL = frozenset({"Loaded_Language", "Name_Calling-Labeling"})
_QUOTE_OPENERS = "\"“«„‘'"


#: the note an article left out by ``technique_scope = catalogue`` carries in its warnings
OFF_CATALOGUE = (TECHNIQUES_NOT_ANALYSED + "the article names nothing the catalogue speaks of, scores on none of its "
                 "narratives, and few of its sentences carry a technique's cues or words (technique_scope=catalogue; "
                 "'all' analyses every article)")
SCOPES = ("catalogue", "all")


def off_catalogue(doc: Document, catalogue_entities: frozenset[str], min_score: float) -> bool:
    """Whether the catalogue has nothing to say of ``doc``: none of its narratives scores ``min_score`` or more
    and the article names none of the entities they speak of (read after the narratives stage)."""
    return (all(n.score < min_score for n in doc.narratives)
            and not any(m.entity in catalogue_entities for m in doc.mentions))


@dataclass
class TechniqueStage:
    encoder: CachedEncoder
    model: TechniqueModel
    settings: Settings
    #: the entities the catalogue's narratives speak of, when the stage analyses only the articles in its scope
    #: (``technique_scope``: ``catalogue``, see :meth:`_in_scope`); None: every article (``all``, or no narratives
    #: stage to say what the catalogue bears on)
    catalogue_entities: frozenset[str] | None = None

    def __call__(self, doc: Document) -> Document:
        return self.batch([doc])[0]

    def batch(self, docs: list[Document]) -> list[Document]:
        """All documents' sentences that pass the model's first pass through the encoder in one call
        (it is much faster in bulk); the others are never encoded, nor are those of an article out of scope,
        which gets no spans and a note."""
        cut = [[sentence_words(s.text) for s in d.sentences] for d in docs]  # once for every feature and rule
        scored = [_scored(d.sentences, c, self.settings) for d, c in zip(docs, cut, strict=True)]
        per_doc = [ss for ss, _ in scored]
        cue_rows = [cues(ss, cs) for ss, cs in scored]
        terms = [[term_indices(s.text, c) for s, c in zip(ss, cs, strict=True)] for ss, cs in scored]
        scale = self.settings.technique_first_pass_scale
        passed = [self.model.passes(c, t, scale) for c, t in zip(cue_rows, terms, strict=True)]
        in_scope = [self._in_scope(d, p) for d, p in zip(docs, passed, strict=True)]
        vectors, foreign = self._vectors(per_doc, [p & keep for p, keep in zip(passed, in_scope, strict=True)])
        at = 0
        for k, (doc, sentences) in enumerate(zip(docs, per_doc, strict=True)):
            rows = slice(at, at + len(sentences))
            at += len(sentences)
            if not in_scope[k]:
                doc.techniques = []
                doc.warnings.append(OFF_CATALOGUE)
                continue
            found = self._modelled(doc, scored[k], vectors[rows], cue_rows[k], terms[k], passed[k]) if sentences else []
            found += _rules(doc, self.settings.repetition_min_sentences, cut[k])
            doc.techniques = sorted(found, key=lambda t: (t.start, t.technique))
            if foreign:
                doc.warnings.append(f"technique model fitted on encoder '{self.model.encoder}', not "
                                    f"'{self.encoder.name}': sentence vectors left out of its scores")
        return docs

    def _in_scope(self, doc: Document, passed: np.ndarray) -> bool:
        """Whether to analyse ``doc``: always, unless the catalogue has nothing to say of it (:func:`off_catalogue`)
        and the first pass, which has read its cues and words, lets fewer than ``technique_scope_min_share`` of its
        sentences through (propaganda on a subject the catalogue lacks keeps its spans; a feed's sport and weather
        are left out)."""
        if self.catalogue_entities is None or not off_catalogue(doc, self.catalogue_entities,
                                                                self.settings.min_reported_score):
            return True
        return bool(len(passed)) and float(np.mean(passed)) >= self.settings.technique_scope_min_share

    def _vectors(self, per_doc: list[list[Sentence]], passed: list[np.ndarray]) -> tuple[np.ndarray, bool]:
        """One row per sentence: the vector of each that passed, zeros for the others."""
        vectors = np.zeros((sum(map(len, per_doc)), self.model.vector_weights.shape[1]), np.float32)
        foreign = self.encoder.name != self.model.encoder  # vectors of another encoder mean nothing to the model
        keep = np.concatenate(passed) if passed else np.zeros(0, dtype=bool)
        # cut as the narratives stage cuts them: its sentences come from the cache, and the gist comes early
        texts = [s.text[: self.settings.max_encoded_chars] for ss, ok in zip(per_doc, passed, strict=True)
                 for s, k in zip(ss, ok, strict=True) if k]
        if texts and not foreign:
            vectors[keep] = self.encoder.encode(texts)
        return vectors, foreign

    def _modelled(self, doc: Document, scored: _Scored, vectors: np.ndarray, cue_rows: np.ndarray,
                  terms: list[np.ndarray], passed: np.ndarray) -> list[TechniqueSpan]:
        sentences, cut = scored
        probs = self.model.probabilities(vectors, cue_rows, terms, encoded=passed)
        scale = self.settings.technique_threshold_scale
        out = []
        for i, j in zip(*np.nonzero(probs >= self.model.thresholds * scale), strict=True):
            s, label, p = sentences[i], self.model.labels[j], float(probs[i, j])
            if label == "Repetition" and not cue_rows[i, REPETITION_CUES].any():
                continue  # measured, not guessed: nothing in this sentence recurs elsewhere in the article
            start, end = self._narrow(s, cut[i], j) if label in WORD_LEVEL else _trimmed(s)
            out.append(TechniqueSpan(doc.text[start:end], start, end, technique=label, confidence=p))
        return out

    def _narrow(self, s: Sentence, cut: SentenceWords, label: int) -> tuple[int, int]:
        """The run of words around the one that weighs most for this technique."""
        tokens = token_spans(s.text, cut)
        if not tokens:
            return _trimmed(s)
        weights = self.model.term_contributions(label, np.array([h for _, _, h in tokens]))
        best = int(np.argmax(weights))
        if weights[best] <= 0:
            return _trimmed(s)
        lo = hi = best
        while lo > 0 and weights[lo - 1] > weights[best] / 2:
            lo -= 1
        while hi + 1 < len(tokens) and weights[hi + 1] > weights[best] / 2:
            hi += 1
        start, end = _whole_words(s.text, tokens[lo][0], tokens[hi][1])
        return s.start + start, s.start + end


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` widened over letters, digits and marks on both sides: the model's words are letters only,
    a span is whole words ("5G", not "G")."""
    def in_word(ch: str) -> bool:
        return ch.isalnum() or unicodedata.category(ch).startswith("M")

    while start > 0 and in_word(text[start - 1]):
        start -= 1
    while end < len(text) and in_word(text[end]):
        end += 1
    return start, end


#: sentences and their words, side by side
_Scored = tuple[list[Sentence], list[SentenceWords]]


def scored_sentences(doc: Document, settings: Settings) -> list[Sentence]:
    """The sentences the model scores: two words or more, at most ``max_technique_sentences``, in order."""
    return _scored(doc.sentences, [sentence_words(s.text) for s in doc.sentences], settings)[0]


def _scored(sentences: Sequence[Sentence], cut: Sequence[SentenceWords], settings: Settings) -> _Scored:
    """scored_sentences, with the words of each (``cut``: every sentence's)."""
    usable = [k for k, c in enumerate(cut) if len(c.words) >= 2][: settings.max_technique_sentences]
    return [sentences[k] for k in usable], [cut[k] for k in usable]


def _trimmed(s: Sentence) -> tuple[int, int]:
    lead = len(s.text) - len(s.text.lstrip())
    return s.start + lead, s.start + len(s.text.rstrip())


def _rules(doc: Document, repetition_min_sentences: int, cut: Sequence[SentenceWords] | None = None
           ) -> list[TechniqueSpan]:
    out: list[TechniqueSpan] = []
    lexicon = frame_lexicon(doc.language)
    by_sentence: dict[int, list[Hit]] = defaultdict(list)
    for index, hit in hits_by_sentence(lexicon.matcher, doc):
        by_sentence[index].append(hit)
    for s in doc.sentences:
        stripped = s.text.strip()
        hits = by_sentence.get(s.index, [])
        if stripped.endswith(("?", "\u061f")) and not stripped.startswith(tuple(_QUOTE_OPENERS)):
            a, b = _trimmed(s)
            out.append(TechniqueSpan(doc.text[a:b], a, b, "Rhetorical_Question", 0.6, "rule"))
        if any(h.label == "attribution" for h in hits):  # "local sources said", "по словам источника"
            for h in hits:
                if h.label == "source:anonymous":
                    out.append(TechniqueSpan(doc.text[h.start:h.end], h.start, h.end, "Unnamed_Source", 0.7, "rule"))
        for h in hits:
            if h.label == "vague":
                out.append(TechniqueSpan(doc.text[h.start:h.end], h.start, h.end, "Vague_Quantity", 0.5, "rule"))
    return out + _repetitions(doc, repetition_min_sentences, cut)


def _repetitions(doc: Document, min_sentences: int, cut: Sequence[SentenceWords] | None = None
                 ) -> list[TechniqueSpan]:
    """Repetition, measured: each occurrence of a formula recurring in ``min_sentences`` or more
    sentences ("the criminal regime ... the criminal regime"): two lower-case content words or
    more, so that names and function-word pairs, which ordinary writing repeats, do not count."""
    out: list[TechniqueSpan] = []
    for _formula, places in recurring_formulas(doc.sentences, min_sentences, cut).items():
        confidence = min(0.95, 0.4 + 0.1 * len(places))
        out += [TechniqueSpan(doc.text[a:b], a, b, "Repetition", confidence, "rule") for a, b in places]
    return out
