"""The technique model's first pass: a logistic model over cues and hashed terms alone decides
which sentences are encoded. What it promises: it keeps the gold-positive sentences it was fitted
to keep, a sentence it turns away is never encoded, its context counts only encoded neighbours, and
model files say which format they are.

Sentences here were written for these tests.
"""

from __future__ import annotations

import dataclasses
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from narrascope.encoders import CachedEncoder
from narrascope.errors import NarrascopeError
from narrascope.model import Document
from narrascope.pipeline import Pipeline
from narrascope.settings import DEFAULT
from narrascope.stages import LanguageStage, SentenceStage, TechniqueStage
from narrascope.techniques import TechniqueModel
from narrascope.techniques.features import cues, term_indices, words
from narrascope.techniques.model import neighbours

LOADED = {
    "en": ["The corrupt elite lies to you again.", "These bloodthirsty traitors betray the nation.",
           "The rotten regime steals from honest people."],
    "de": ["Die korrupte Elite belügt euch wieder.", "Diese blutrünstigen Verräter verraten das Volk.",
           "Das verrottete Regime bestiehlt ehrliche Menschen."],
}
PLAIN = {"en": "The weather was mild on day {k}, with light wind.", "de": "Das Wetter war am Tag {k} mild und ruhig."}
ARTICLE = (
    "The city council approved the budget for next year on Tuesday. The bloodthirsty puppets of the "
    "corrupt regime shell peaceful towns every night! It includes funds for two new schools and the "
    "repair of the northern bridge. Who benefits from this endless war? The vote was 31 to 9."
)


class CountingEncoder:
    """Stands in for the real encoder under the model's encoder name: remembers what it was asked."""

    def __init__(self, name: str, dimension: int) -> None:
        self.name, self.dimension, self.asked = name, dimension, []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.asked += list(texts)
        rows = [np.random.default_rng(zlib.crc32(t.encode("utf-8"))).normal(size=self.dimension) for t in texts]
        return np.asarray(rows, dtype=np.float32).reshape(len(texts), self.dimension)


def _task_shaped(root: Path) -> None:
    """Twenty-four SemEval-shaped articles: each a loaded sentence (labelled) and a plain one."""
    for lang in LOADED:
        (root / lang / "articles").mkdir(parents=True)
        (root / lang / "spans").mkdir()
        for k in range(12):
            loaded = LOADED[lang][k % 3]
            text = f"Title {k}\n\n{loaded} {PLAIN[lang].format(k=k)}\n"
            (root / lang / "articles" / f"article{lang}{k}.txt").write_text(text, encoding="utf-8")
            (root / lang / "spans" / f"article{lang}{k}-labels-subtask-3.txt").write_text(
                f"{lang}{k}\tLoaded_Language\t{text.index(loaded)}\t{text.index(loaded) + 8}\n", encoding="utf-8")


def _doc(text: str) -> Document:
    front = Pipeline([("language", LanguageStage(DEFAULT)), ("sentences", SentenceStage(DEFAULT))])
    doc = front(Document(id="t", text=text))
    assert isinstance(doc, Document)
    return doc


@pytest.fixture(scope="module")
def shipped() -> TechniqueModel:
    return TechniqueModel.load()


def test_the_first_pass_keeps_every_gold_positive_sentence_it_was_fitted_on(tmp_path):
    pytest.importorskip("scipy")
    from narrascope.techniques.train import read_articles, sentence_table, train

    _task_shaped(tmp_path / "semeval")
    encoder = CachedEncoder(CountingEncoder("counting", 16))
    report = train(tmp_path / "semeval", tmp_path / "model.npz", encoder, first_pass_recall=0.95)
    model = TechniqueModel.load(tmp_path / "model.npz")
    assert model.first_pass is not None and model.first_pass.recall == report.first_pass_recall == 0.95
    assert 0.0 < report.out_of_fold["first_pass_share"] <= 1.0
    table = sentence_table(read_articles(tmp_path / "semeval"))
    passed = model.passes(np.vstack(table.cue_rows), [term_indices(t) for t in table.texts])
    positive = np.array([bool(labels) for labels in table.labels])
    assert positive.any() and passed[positive].all()


def test_a_sentence_the_first_pass_turns_away_is_never_encoded(shipped):
    assert shipped.first_pass is not None, "the shipped model has a first pass"
    inner = CountingEncoder(shipped.encoder, shipped.vector_weights.shape[1])
    encoder = CachedEncoder(inner)
    doc = _doc(ARTICLE)
    scored = [s for s in doc.sentences if len(words(s.text)) >= 2]
    passed = shipped.passes(cues(scored), [term_indices(s.text) for s in scored], DEFAULT.technique_first_pass_scale)
    assert passed.any() and not passed.all(), "this article has sentences on both sides of the first pass"
    TechniqueStage(encoder, shipped, DEFAULT)(doc)
    assert encoder.misses == int(passed.sum())
    assert sorted(inner.asked) == sorted(s.text for s, ok in zip(scored, passed, strict=True) if ok)
    turned_away = {s.start for s, ok in zip(scored, passed, strict=True) if not ok}
    assert not any(t.detector == "model" and t.start in turned_away for t in doc.techniques)


def test_switched_off_the_first_pass_encodes_every_sentence(shipped):
    encoder = CachedEncoder(CountingEncoder(shipped.encoder, shipped.vector_weights.shape[1]))
    doc = _doc(ARTICLE)
    TechniqueStage(encoder, shipped, dataclasses.replace(DEFAULT, technique_first_pass_scale=0.0))(doc)
    assert encoder.misses == len([s for s in doc.sentences if len(words(s.text)) >= 2])


def test_context_is_the_mean_of_the_encoded_neighbours_only():
    v = np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0], [3.0, 3.0]], dtype=np.float32)
    everyone = neighbours(v)
    assert np.allclose(everyone[1], [0.5, 0.5]) and np.allclose(everyone[0], [0.0, 0.0])
    encoded = np.array([True, False, True, False])
    some = neighbours(v, encoded)
    assert np.allclose(some[1], [0.5, 0.5])    # both neighbours encoded
    assert np.allclose(some[2], [0.0, 0.0])    # neither was: no context rather than half of one
    assert np.allclose(some[3], [0.0, 1.0])
    assert np.allclose(neighbours(v, np.ones(4, dtype=bool)), everyone)


def test_a_format_one_model_file_still_loads_and_encodes_every_sentence(tmp_path, shipped):
    path = tmp_path / "old.npz"
    dataclasses.replace(shipped, first_pass=None).save(path)
    with np.load(path) as z:
        arrays = {k: z[k] for k in z.files if k != "format_version"}
    np.savez_compressed(path, **arrays)
    old = TechniqueModel.load(path)
    assert old.first_pass is None
    assert old.passes(np.zeros((3, len(shipped.cue_mean)), np.float32), [np.zeros(0, np.int64)] * 3).all()


def test_a_model_file_from_a_newer_format_is_a_clear_coded_error(tmp_path, shipped):
    path = tmp_path / "new.npz"
    shipped.save(path)
    with np.load(path) as z:
        arrays = {k: z[k] for k in z.files}
    arrays["format_version"] = np.array(99)
    np.savez_compressed(path, **arrays)
    with pytest.raises(NarrascopeError, match="format 99") as err:
        TechniqueModel.load(path)
    assert err.value.code == "E303"


def test_by_default_the_first_pass_is_stricter_than_its_fitted_threshold(shipped):
    # technique_first_pass_scale 1.2, chosen on out-of-fold figures of the training four-fifths (bench/README.md):
    # plain reported speech just over the fitted threshold is not encoded; the loaded sentence still is
    doc = _doc("The minister said the new law would help farmers. The bloodthirsty puppets of the corrupt regime "
               "shell peaceful towns every night! The report will be published next month.")
    scored = [s for s in doc.sentences if len(words(s.text)) >= 2]
    rows, terms = cues(scored), [term_indices(s.text) for s in scored]
    fitted, default = shipped.passes(rows, terms, 1.0), shipped.passes(rows, terms, DEFAULT.technique_first_pass_scale)
    assert list(fitted) == [True, True, False] and list(default) == [False, True, False]
    encoder = CachedEncoder(CountingEncoder(shipped.encoder, shipped.vector_weights.shape[1]))
    TechniqueStage(encoder, shipped, DEFAULT)(doc)
    assert encoder.misses == 1


def test_a_larger_first_pass_scale_lets_fewer_sentences_through(shipped):
    doc = _doc(ARTICLE + " " + ARTICLE.replace("city", "town"))
    scored = [s for s in doc.sentences if len(words(s.text)) >= 2]
    rows, terms = cues(scored), [term_indices(s.text) for s in scored]
    counts = [int(shipped.passes(rows, terms, scale).sum()) for scale in (0.0, 0.5, 1.0, 2.0, 1e6)]
    assert counts == sorted(counts, reverse=True) and counts[0] == len(scored) and counts[-1] == 0
