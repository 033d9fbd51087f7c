"""USE on onnxruntime: the numpy pass's vectors (within rounding), faster, built without the onnx package."""

from __future__ import annotations

import multiprocessing
import os

import numpy as np
import pytest

from narrascope.encoders import get_encoder
from narrascope.encoders.onnx_proto import Graph, value_info, varint
from narrascope.encoders.registry import UniversalSentenceEncoder

ort = pytest.importorskip("onnxruntime")

# every script the encoder reads, long and short sentences, a text of one word, an empty one
SENTENCES = [
    "Washington quietly flew dozens of militants out of the besieged town, a local official claimed.",
    "По словам источника, вертолеты вывезли боевиков из пригородов Хасаке в неизвестном направлении.",
    "Джерела стверджують, що бойовиків перекинули до Африки літаками без розпізнавальних знаків.",
    "Die Regierung wies den Bericht über angebliche Flüge nach Niger entschieden zurück.",
    "Selon la même source, les hommes auraient été transférés vers le Sahel à bord d'avions cargo.",
    "Fuentes locales aseguran que los combatientes fueron trasladados en convoyes hacia la frontera.",
    "وقالت مصادر محلية إن طائرات مروحية نقلت عناصر من التنظيم إلى قاعدة قريبة من الحدود.",
    "Rain is expected across the north on Sunday.", "Tor!", "",
]


def _exact_here() -> tuple[str, ...]:
    """The runtime variants whose byte products are exact on this processor."""
    from narrascope.encoders.use_onnx import exact_signed_products

    return ("onnx-int8", "onnx-u8u8") if exact_signed_products() else ("onnx-u8u8",)


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.asarray((a * b).sum(axis=1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1))


def test_the_default_encoder_runs_on_onnxruntime_where_it_is_installed():
    from narrascope.encoders.use_onnx import exact_signed_products

    assert get_encoder().variant == ("use/onnx-int8" if exact_signed_products() else "use/onnx-u8u8")


def test_its_vectors_are_the_numpy_passs_within_rounding(monkeypatch):
    monkeypatch.setenv("NARRASCOPE_USE_RUNTIME", "numpy")
    plain = UniversalSentenceEncoder(threads=1)
    assert plain.variant == "use/numpy"
    for variant in _exact_here():
        monkeypatch.setenv("NARRASCOPE_USE_RUNTIME", variant)
        fast = UniversalSentenceEncoder(threads=1)
        assert fast.variant == f"use/{variant}"
        cos = _cosines(fast.encode(SENTENCES), plain.encode(SENTENCES))
        assert cos.min() > 0.999, (variant, cos)


def test_signed_and_unsigned_weights_give_the_same_vectors(monkeypatch):
    # the same integers either way: only how onnxruntime multiplies them differs
    if len(_exact_here()) < 2:
        pytest.skip("signed byte products saturate on this processor (no VNNI): only onnx-u8u8 is exact here")
    vectors = []
    for variant in ("onnx-int8", "onnx-u8u8"):
        monkeypatch.setenv("NARRASCOPE_USE_RUNTIME", variant)
        vectors.append(UniversalSentenceEncoder(threads=1).encode(SENTENCES))
    assert np.array_equal(vectors[0], vectors[1])


@pytest.mark.parametrize("threads", [1, 2])
def test_a_batch_gives_each_sentence_exactly_the_vector_it_gets_alone(threads):
    # sentences share a call (their tokens laid end to end): no n-gram may reach into a neighbour, and
    # no sum may add a sentence's tokens in an order its neighbours set (the Dask and worker engines
    # batch differently from one process: their results must be the same bits)
    enc = UniversalSentenceEncoder(threads=threads)
    together = enc.encode(SENTENCES * 20)   # several calls of the token budget
    for i, text in enumerate(SENTENCES):
        assert np.array_equal(together[i], enc.encode([text])[0]), text
        assert np.array_equal(together[i + len(SENTENCES)], together[i])
    halves = np.vstack([enc.encode(SENTENCES[:2]), enc.encode(SENTENCES[2:])])
    assert np.array_equal(halves, together[:len(SENTENCES)])


def test_the_kept_token_projections_change_no_vector(monkeypatch):
    # a token's projection is computed once and kept: read back, recomputed after the table was emptied, or
    # computed for a call with more different tokens than the table holds, it gives the same bits
    from narrascope.encoders import use_onnx

    alone = [UniversalSentenceEncoder(threads=1).encode([text])[0] for text in SENTENCES]  # each with a new table
    for kept in (8, 60, use_onnx.TOKENS_KEPT):
        monkeypatch.setattr(use_onnx, "TOKENS_KEPT", kept)
        enc = UniversalSentenceEncoder(threads=1)
        for _ in range(2):
            assert np.array_equal(enc.encode(SENTENCES), np.vstack(alone)), kept
            assert np.array_equal(np.vstack([enc.encode([t]) for t in SENTENCES]), np.vstack(alone)), kept


def test_the_convolution_weights_are_kept_as_the_integers_they_were():
    from narrascope.encoders.use_onnx import exact_int8

    backend = UniversalSentenceEncoder(threads=1)._model._backend
    for weights in (*backend.w1, *backend.w2):
        q, step = exact_int8(weights)
        assert np.abs(q.astype(np.float32) * step - weights).max() < 1e-4
    assert exact_int8(np.linspace(-1, 1, 1000, dtype=np.float32)[:, None]) is None  # too fine a grid


def _encode_in_child(queue) -> None:  # type: ignore[no-untyped-def]
    queue.put(get_encoder().inner.encode(SENTENCES[:3]))


def test_a_forked_worker_makes_its_own_session_and_gets_the_same_vectors():
    enc = get_encoder()
    parent = enc.inner.encode(SENTENCES[:3])          # the parent's session exists before the fork
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_encode_in_child, args=(queue,))
    child.start()
    got = queue.get(timeout=60)
    child.join(timeout=60)
    assert child.exitcode == 0
    assert np.allclose(got, parent, atol=1e-6)
    assert enc.inner._forward._made_for[0] == os.getpid()


def test_the_model_writer_gives_models_onnxruntime_loads():
    assert varint(0) == b"\x00" and varint(150) == b"\x96\x01" and len(varint(-1)) == 10
    g = Graph("tiny")
    g.inputs = [value_info("x", np.float32, ("rows", 3))]
    g.outputs = [value_info("y", np.float32, ("rows", 2))]
    w = np.arange(6, dtype=np.float32).reshape(3, 2)
    scaled = g.node("Mul", [g.node("MatMul", ["x", g.constant("w", w)]), g.constant("half", np.float32(0.5))])
    g.node("LayerNormalization", [scaled, g.constant("g", np.ones(2, np.float32)),
                                  g.constant("b", np.zeros(2, np.float32))], axis=-1, epsilon=1e-5, output="y")
    session = ort.InferenceSession(g.model({"": 17}), providers=["CPUExecutionProvider"])
    x = np.array([[1, 2, 3], [0, 0, 1]], dtype=np.float32)
    y = session.run(["y"], {"x": x})[0]
    h = x @ w * 0.5
    expected = (h - h.mean(1, keepdims=True)) / np.sqrt(h.var(1, keepdims=True) + 1e-5)
    assert np.allclose(y, expected, atol=1e-4)


def test_without_onnxruntime_the_numpy_pass_runs(monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "onnxruntime" else real(name, *a))
    enc = UniversalSentenceEncoder(threads=1)
    assert enc.variant == "use/numpy" and enc._forward is None
    assert enc.encode(SENTENCES[:2]).shape == (2, 512)


def test_compiled_catalogues_are_kept_apart_per_runtime(monkeypatch, tmp_path):
    # a compiled catalogue holds its probes' vectors: one made by the numpy pass is not read by the other
    from narrascope import Analyser, parse_catalogue
    from narrascope.encoders import CachedEncoder

    monkeypatch.setenv("NARRASCOPE_CACHE_DIR", str(tmp_path))
    catalogue = parse_catalogue("narratives: [{id: chips, title: Vaccines implant microchips, "
                                "description: Vaccines hide tracking chips.}]")

    Analyser(catalogue, encoder=CachedEncoder(UniversalSentenceEncoder(threads=1)), disabled=("techniques",))
    monkeypatch.setenv("NARRASCOPE_USE_RUNTIME", "numpy")
    Analyser(catalogue, encoder=CachedEncoder(UniversalSentenceEncoder(threads=1)), disabled=("techniques",))
    assert len(list(tmp_path.glob("catalogue-*.pickle"))) == 2   # one per runtime, not one shared
