"""The JSON Schema of the analysis output (the contract of ``narrascope analyse --format json|jsonl``)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["analysis_schema"]


def analysis_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every ``Analysis.to_dict()`` result satisfies.

    >>> analysis_schema()["properties"]["narratives"]["type"]
    'array'
    """
    return json.loads(json.dumps(_load()))  # a fresh copy: callers may change theirs


@lru_cache(maxsize=1)
def _load() -> dict[str, Any]:
    text = resources.files("narrascope.schema").joinpath("analysis.schema.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
