"""The pipeline: named stages in order; one bad document never fails the batch."""

from __future__ import annotations

import pytest

from narrascope.errors import E_STAGE, InputError
from narrascope.model import Document, Failure
from narrascope.pipeline import Pipeline


def doc(doc_id: str, text: str = "Some text.") -> Document:
    return Document(id=doc_id, text=text, source=f"{doc_id}.txt")


def tag(label: str):  # type: ignore[no-untyped-def]
    """A stage that records its name in the document's warnings."""
    def stage(d: Document) -> Document:
        d.warnings.append(label)
        return d
    return stage


def explode_on_b(d: Document) -> Document:
    if d.id == "b":
        raise ValueError("cannot handle b")
    return d


def test_stages_run_in_order() -> None:
    result = Pipeline([("one", tag("one")), ("two", tag("two"))])(doc("a"))
    assert isinstance(result, Document) and result.warnings == ["one", "two"]


def test_a_stage_that_raises_fails_only_that_document_with_e301_naming_the_stage() -> None:
    pipeline = Pipeline([("first", tag("first")), ("fragile", explode_on_b), ("last", tag("last"))])
    results = list(pipeline.pipe([doc("a"), doc("b"), doc("c")]))
    assert [type(r).__name__ for r in results] == ["Document", "Failure", "Document"]
    failure = results[1]
    assert isinstance(failure, Failure)
    assert (failure.code, failure.source) == (E_STAGE, "b.txt")
    assert "fragile" in failure.message and "cannot handle b" in failure.message
    assert results[2].warnings == ["first", "last"]  # type: ignore[union-attr]


def test_a_coded_error_from_a_stage_keeps_its_code_and_names_the_stage() -> None:
    def refuse(d: Document) -> Document:
        raise InputError("no text", code="E105")
    [failure] = Pipeline([("picky", refuse)]).pipe([doc("a")])
    assert isinstance(failure, Failure)
    assert failure.code == "E105" and "picky" in failure.message


def test_failures_from_ingest_pass_through_untouched() -> None:
    earlier = Failure("x.txt", "E101", "empty")
    assert list(Pipeline([("fragile", explode_on_b)]).pipe([earlier])) == [earlier]


@pytest.mark.parametrize("off, names", [
    (("two",), ["one", "three"]),
    (("one", "three"), ["two"]),
    (("nonexistent",), ["one", "two", "three"]),
])
def test_without_switches_stages_off_by_name(off: tuple[str, ...], names: list[str]) -> None:
    pipeline = Pipeline([(n, tag(n)) for n in ("one", "two", "three")])
    smaller = pipeline.without(*off)
    assert smaller.names == names
    assert smaller(doc("a")).warnings == names  # type: ignore[union-attr]
    assert pipeline.names == ["one", "two", "three"]  # the original is unchanged


def test_replace_swaps_one_stage_in_place() -> None:
    pipeline = Pipeline([(n, tag(n)) for n in ("one", "two", "three")]).replace("two", tag("TWO"))
    assert pipeline.names == ["one", "two", "three"]
    assert pipeline(doc("a")).warnings == ["one", "TWO", "three"]  # type: ignore[union-attr]


def test_replace_refuses_an_unknown_stage() -> None:
    with pytest.raises(KeyError, match="no stage named 'four'"):
        Pipeline([("one", tag("one"))]).replace("four", tag("four"))


def test_stages_run_with_one_blas_thread_and_leave_the_setting_as_they_found_it() -> None:
    threadpoolctl = pytest.importorskip("threadpoolctl")
    import numpy  # noqa: F401  (loads the BLAS library the stages' products use)

    def blas_threads() -> set[int]:
        return {lib["num_threads"] for lib in threadpoolctl.threadpool_info() if lib["user_api"] == "blas"}

    if not blas_threads():
        pytest.skip("numpy is linked to no BLAS threadpoolctl can see")
    seen: list[set[int]] = []

    def record(d: Document) -> Document:
        seen.append(blas_threads())
        return d

    before = blas_threads()
    with threadpoolctl.threadpool_limits(2, user_api="blas"):   # whatever the machine: more than one
        outside = blas_threads()
        Pipeline([("record", record)])(doc("a"))
        list(Pipeline([("record", record)]).pipe([doc("b"), doc("c")], batch_size=2))
        assert blas_threads() == outside
    assert seen == [{1}, {1}, {1}]
    assert blas_threads() == before


def test_a_blas_library_loaded_after_the_first_run_is_limited_too() -> None:
    """scipy ships its own OpenBLAS beside numpy's; loaded after the pipeline first ran, it was left on
    every thread (CI caught it: the test order loaded scipy later there than here)."""
    pytest.importorskip("threadpoolctl")
    pytest.importorskip("scipy")
    script = """
import threadpoolctl
from narrascope.model import Document
from narrascope.pipeline import Pipeline

def threads(d):
    print(sorted({lib["num_threads"] for lib in threadpoolctl.threadpool_info() if lib["user_api"] == "blas"}))
    return d

with threadpoolctl.threadpool_limits(2, user_api="blas"):
    Pipeline([("threads", threads)])(Document(id="a", text="x", source="a.txt"))
    import scipy.linalg  # noqa: F401  (loads scipy's OpenBLAS)
    threadpoolctl.threadpool_limits(2, user_api="blas")
    Pipeline([("threads", threads)])(Document(id="b", text="x", source="b.txt"))
"""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[:2] == ["[1]", "[1]"]
