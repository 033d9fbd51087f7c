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


def _frozen_classes() -> list[type]:
    """Every frozen dataclass of the model (their constructors set each field through its slot)."""
    return [c for c in vars(model).values() if isinstance(c, type) and dataclasses.is_dataclass(c)
            and c.__dataclass_params__.frozen]


@pytest.mark.parametrize("cls", _frozen_classes(), ids=lambda c: c.__name__)
def test_a_frozen_result_is_made_with_the_fields_given_by_position_or_name_and_the_defaults_of_the_rest(cls):
    every = dataclasses.fields(cls)
    required = [f for f in every if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    given = [object() for _ in required]
    by_position, by_name = cls(*given), cls(**{f.name: v for f, v in zip(required, given, strict=True)})
    for made in (by_position, by_name):
        assert [getattr(made, f.name) for f in required] == given
        for f in every[len(required):]:
            want = f.default if f.default is not dataclasses.MISSING else f.default_factory()
            assert getattr(made, f.name) == want
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(by_position, every[0].name, "changed")
    if required:
        with pytest.raises(TypeError, match="missing"):
            cls(*given[:-1])
    with pytest.raises(TypeError):
        cls(*given, no_such_field=1)


def test_a_default_factory_gives_each_result_its_own_value_and_a_value_given_is_kept():
    one, two = (model.NarrativeMatch("n", "N", 0.5, True, "pushes") for _ in range(2))
    assert one.features == {} and one.features is not two.features
    kept = {"x": 1.0}
    assert model.NarrativeMatch("n", "N", 0.5, True, "pushes", features=kept).features is kept
    slot = model.Slot("Raqqa", 3, 8, canonical="Raqqa", within=(model.Slot("Syria", 0, 5),))
    assert slot.count is None and slot.within[0].text == "Syria"
    assert dataclasses.replace(slot, count=4) == model.Slot("Raqqa", 3, 8, "Raqqa", 4, within=slot.within)
