"""The data model: results travel between processes (worker processes, Dask) by pickling, whole."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from narrascope import model


def _span_classes() -> list[type]:
    """Every class of the model that is a kind of Span (the classes the module exposes by name)."""
    return [c for c in vars(model).values() if isinstance(c, type) and issubclass(c, model.Span)]


@pytest.mark.parametrize("cls", _span_classes(), ids=lambda c: c.__name__)
def test_every_kind_of_span_comes_back_from_pickling_as_itself_with_every_field(cls):
    base = {"text": "Raqqa", "start": 3, "end": 8}
    extra = {f.name: f"{f.name}-value" if f.type in ("str", "str | None") else f.default
             for f in dataclasses.fields(cls) if f.name not in base}
    span = cls(**base, **extra)
    again = pickle.loads(pickle.dumps(span, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(again) is cls and again == span
    assert copy.deepcopy(span) == span


def test_an_analysed_article_comes_back_from_pickling_equal(analyser):
    analysis = analyser.analyse_text(
        "US helicopters flew 40 ISIS fighters from Raqqa to al-Tanf, local sources told the agency. "
        "Later they were taken to Iraq.")
    again = pickle.loads(pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == analysis
    assert again.document.claims == analysis.document.claims and again.document.claims
