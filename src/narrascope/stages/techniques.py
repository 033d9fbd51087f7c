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

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..encoders import CachedEncoder
from ..lexicon import Hit, frame_lexicon, hits_by_sentence
from ..model import Document, Sentence, TechniqueSpan
from ..settings import Settings
from ..techniques import TechniqueModel
from ..techniques.features import REPETITION_CUES, cues, recurring_formulas, term_indices, token_spans, words

# Techniques whose gold spans are a few words, not a clause: the span is narrowed to those words.
WORD_LEVEL = frozenset({"Loaded_Language", "Name_Calling-Labeling"})
_QUOTE_OPENERS = "\"“«„‘'"


@dataclass
class TechniqueStage:
    encoder: CachedEncoder
    model: TechniqueModel
    settings: Settings

    def __call__(self, doc: Document) -> Document:
        return self.batch([doc])[0]

    def batch(self, docs: list[Document]) -> list[Document]:
        """All documents' sentences that pass the model's first pass through the encoder in one call
        (it is much faster in bulk); the others are never encoded."""
        per_doc = [scored_sentences(d, self.settings) for d in docs]
        tokens = [[words(s.text) for s in ss] for ss in per_doc]  # cut once for cues and terms both
        cue_rows = [cues(ss, tk) for ss, tk in zip(per_doc, tokens, strict=True)]
        terms = [[term_indices(s.text, w) for s, w in zip(ss, tk, strict=True)]
                 for ss, tk in zip(per_doc, tokens, strict=True)]
        scale = self.settings.technique_first_pass_scale
        passed = [self.model.passes(c, t, scale) for c, t in zip(cue_rows, terms, strict=True)]
        vectors, foreign = self._vectors(per_doc, passed)
        at = 0
        for k, (doc, sentences) in enumerate(zip(docs, per_doc, strict=True)):
            rows = slice(at, at + len(sentences))
            found = self._modelled(doc, sentences, vectors[rows], cue_rows[k], terms[k], passed[k]) if sentences else []
            at += len(sentences)
            found += _rules(doc, self.settings.repetition_min_sentences)
            doc.techniques = sorted(found, key=lambda t: (t.start, t.technique))
            if foreign:
                doc.warnings.append(f"technique model fitted on encoder '{self.model.encoder}', not "
                                    f"'{self.encoder.name}': sentence vectors left out of its scores")
        return docs

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

    def _modelled(self, doc: Document, sentences: Sequence[Sentence], vectors: np.ndarray, cue_rows: np.ndarray,
                  terms: list[np.ndarray], passed: np.ndarray) -> list[TechniqueSpan]:
        probs = self.model.probabilities(vectors, cue_rows, terms, encoded=passed)
        scale = self.settings.technique_threshold_scale
        out = []
        for i, j in zip(*np.nonzero(probs >= self.model.thresholds * scale), strict=True):
            s, label, p = sentences[i], self.model.labels[j], float(probs[i, j])
            if label == "Repetition" and not cue_rows[i, REPETITION_CUES].any():
                continue  # measured, not guessed: nothing in this sentence recurs elsewhere in the article
            start, end = self._narrow(s, j) if label in WORD_LEVEL else _trimmed(s)
            out.append(TechniqueSpan(doc.text[start:end], start, end, technique=label, confidence=p))
        return out

    def _narrow(self, s: Sentence, label: int) -> tuple[int, int]:
        """The run of words around the one that weighs most for this technique."""
        tokens = token_spans(s.text)
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
        return s.start + tokens[lo][0], s.start + tokens[hi][1]


def scored_sentences(doc: Document, settings: Settings) -> list[Sentence]:
    """The sentences the model scores: two words or more, at most ``max_technique_sentences``, in order."""
    usable = [s for s in doc.sentences if len(words(s.text)) >= 2]
    return usable[: settings.max_technique_sentences]


def _trimmed(s: Sentence) -> tuple[int, int]:
    lead = len(s.text) - len(s.text.lstrip())
    return s.start + lead, s.start + len(s.text.rstrip())


def _rules(doc: Document, repetition_min_sentences: int) -> list[TechniqueSpan]:
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
    return out + _repetitions(doc, repetition_min_sentences)


def _repetitions(doc: Document, min_sentences: int) -> list[TechniqueSpan]:
    """Repetition, measured: each occurrence of a formula recurring in ``min_sentences`` or more
    sentences ("the criminal regime ... the criminal regime"): two lower-case content words or
    more, so that names and function-word pairs, which ordinary writing repeats, do not count."""
    out: list[TechniqueSpan] = []
    for _formula, places in recurring_formulas(doc.sentences, min_sentences).items():
        confidence = min(0.95, 0.4 + 0.1 * len(places))
        out += [TechniqueSpan(doc.text[a:b], a, b, "Repetition", confidence, "rule") for a, b in places]
    return out
