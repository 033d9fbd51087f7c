"""Properties that hold for any text (hypothesis): the pipeline never fails on it, every span it
reports is the text it points at, and the store gives back exactly the analysis it was given.

Texts are drawn four ways: any Unicode (lone surrogates included); words of the domain in several
scripts with punctuation, bidi controls and odd spaces between them (so that mentions and sources
are found and their spans checked); sentences shaped like relocation claims with their parts drawn
at random (so that claims are); and either of the last two cut at a random place. The number of
examples is bounded to keep the suite within its time; ``--hypothesis-seed`` replays a run.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from narrascope.errors import InputError  # noqa: E402
from narrascope.ingest import document_from_text  # noqa: E402
from narrascope.model import (  # noqa: E402
    PASSAGE_CHARS,
    Analysis,
    Document,
    Sentence,
    Span,
    TechniqueSpan,
    technique_summary,  # noqa: E402
)
from narrascope.store import Store, Versions  # noqa: E402
from narrascope.techniques.features import (  # noqa: E402
    _formula_like,
    recurring_formulas,
    token_spans,
)

WORDS = [
    "Washington", "Pentagon", "US", "American", "helicopters", "flew", "moved", "transferred", "dozens", "of",
    "ISIS", "Daesh", "fighters", "militants", "from", "Raqqa", "Syria", "to", "Afghanistan", "Ukraine", "Kyiv",
    "said", "according", "sources", "the", "SVR", "criminal", "regime", "biolabs", "NATO", "provoked", "war",
    "Вашингтон", "вывез", "боевиков", "ИГИЛ", "из", "Сирии", "в", "Афганистан", "сообщает", "СВР", "режим",
    "Київ", "бойовиків", "Washingtons", "Kämpfer", "nach", "laut", "Quellen", "l'OTAN", "a", "provoqué",
    "نقلت", "الولايات", "المتحدة", "مقاتلي", "داعش", "إلى", "أفغانستان",
    "40", "1,500", "2023-05-17", "http://example.org/a?b=1", "e-mail@example.org",
]
GLUE = [" ", " ", " ", ", ", ". ", "? ", "! ", "\n", "\n\n", "\t", " — ", " «", "» ", ' "', '" ', "(", ")",
        "\u202e", "\u2066", "\u200b", "\u00a0", "\u0301", "\r\n", "\u2028", "\ufeff", "…"]

domain_text = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE)), min_size=1, max_size=120).map(
    lambda pairs: "".join(w + g for w, g in pairs))
# sentences shaped like the claims the claims stage looks for, with their parts drawn at random
claim_sentence = st.builds(
    "{} {} {} {} from {} to {}{}".format,
    st.sampled_from(["US helicopters", "The Pentagon", "American forces", "Washington", "NATO"]),
    st.sampled_from(["moved", "flew", "transferred", "evacuated", "airlifted"]),
    st.sampled_from(["40", "dozens of", "up to 500", "", "hundreds of"]),
    st.sampled_from(["ISIS fighters", "Daesh militants", "terrorists", "mercenaries"]),
    st.sampled_from(["Raqqa", "Syria", "al-Hol", "Deir ez-Zor", "Iraq"]),
    st.sampled_from(["Afghanistan", "Ukraine", "Kyiv", "Central Asia"]),
    st.sampled_from([", local sources said. ", ", the SVR claims. ", ". ", "?! ", ", according to RIA. "]))
other_sentence = st.sampled_from(["Вашингтон вывез боевиков ИГИЛ из Сирии в Афганистан. ", "Officials denied it. ",
                                  "\u202e", "\n\n"])
claim_text = st.lists(st.one_of(claim_sentence, other_sentence), min_size=1, max_size=12).map("".join)
any_text = st.text(alphabet=st.characters(codec=None), max_size=400)  # every code point, surrogates too
texts = st.one_of(domain_text, claim_text, any_text,
                  st.tuples(st.one_of(domain_text, claim_text), st.integers(0, 400)).map(lambda p: p[0][:p[1]]))

EXAMPLES = settings(max_examples=40, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def spans_in(value: Any) -> list[Span]:
    """Every span in a document's layers: sentences, mentions, claims and their slots, sources,
    narratives' evidence, techniques."""
    if isinstance(value, Span):
        return [value, *spans_in([getattr(value, f) for f in getattr(value, "__slots__", ())
                                  if f not in ("text", "start", "end")])]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in spans_in(v)]
    if hasattr(value, "__dataclass_fields__"):
        return [s for name in value.__dataclass_fields__ for s in spans_in(getattr(value, name))]
    return []


def analysed(analyser, text: str) -> Document | None:  # type: ignore[no-untyped-def]
    """The analysed document, or None for a text that is no article (a coded E1xx, never a crash)."""
    try:
        doc = document_from_text(text, "prop", settings=analyser.settings)
    except InputError as err:
        assert err.code in ("E101", "E105"), err
        return None
    result = analyser.pipeline(doc)
    assert isinstance(result, Document), result  # a Failure here is a stage that raised (E301)
    return result


@EXAMPLES
@given(text=texts)
def test_any_text_goes_through_every_stage_and_every_span_is_what_it_points_at(analyser, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = analysed(analyser, text)
    if doc is None:
        assert not text.strip()
        return
    for span in spans_in([doc.sentences, doc.mentions, doc.claims, doc.sources, doc.narratives, doc.techniques]):
        assert 0 <= span.start <= span.end <= len(doc.text), span
        assert doc.text[span.start:span.end] == span.text, span
    record = Analysis(doc).to_dict(include_text=True)
    json.dumps(record, ensure_ascii=False)  # and it is JSON


@EXAMPLES
@given(text=texts)
def test_the_store_gives_back_exactly_the_analysis_it_was_given(analyser, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = analysed(analyser, text)
    if doc is None:
        return
    analysis = Analysis(doc)
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "p.db") as store:
        stored = store.add(analysis, Versions.current(analyser.catalogue))
        assert stored is not None
        [(row, record, plain)] = list(store.records())
    assert row == stored.row and plain == doc.text
    assert record == json.loads(json.dumps(analysis.to_dict()))


def _reference_formulas(sentences: list[Sentence], min_sentences: int) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """recurring_formulas as first written (each place checked against every place taken): the slow
    definition the fast one must agree with."""
    where: dict[tuple[str, ...], list[tuple[int, int, int]]] = {}
    for s in sentences:
        toks = [(a, b, s.text[a:b]) for a, b, _ in token_spans(s.text)]
        for n in (3, 2):
            for k in range(len(toks) - n + 1):
                gram = toks[k:k + n]
                if _formula_like([w for _, _, w in gram]):
                    key = tuple(w.casefold()[:6] for _, _, w in gram)
                    where.setdefault(key, []).append((s.index, s.start + gram[0][0], s.start + gram[-1][1]))
    out, taken = {}, []
    for key in sorted(where, key=len, reverse=True):
        if len({i for i, _, _ in where[key]}) < min_sentences:
            continue
        kept = [(a, b) for _, a, b in where[key] if not any(a < e and x < b for x, e in taken)]
        if kept:
            taken += kept
            out[key] = kept
    return out


@settings(max_examples=60, deadline=None, database=None)
@given(words=st.lists(st.sampled_from(["criminal", "regime", "kiev", "puppet", "masters", "Washington", "the",
                                       "bloody", "junta"]), min_size=2, max_size=200),
       cut=st.integers(3, 40))
def test_repetitions_are_found_as_the_slow_definition_finds_them(words: list[str], cut: int) -> None:
    text = " ".join(words)
    sentences, at = [], 0
    while at < len(text):
        piece = text[at:at + cut * 6]
        sentences.append(Sentence(piece, at, at + len(piece), index=len(sentences)))
        at += len(piece)
    assert recurring_formulas(sentences, 2) == _reference_formulas(sentences, 2)


def _reference_densest(spans: list[TechniqueSpan]) -> list[tuple[int, int, int]]:
    """The densest windows as first written: each window against every span."""
    windows = []
    for a in sorted({t.start for t in spans}):
        inside = [t for t in spans if a <= t.start < a + PASSAGE_CHARS]
        windows.append((len(inside), -a, a, max(t.end for t in inside)))
    passages: list[tuple[int, int, int]] = []
    for n, _, a, end in sorted(windows, reverse=True):
        if len(passages) < 3 and not any(a < e and s < end for s, e, _ in passages):
            passages.append((a, end, n))
    return sorted(passages)


@settings(max_examples=60, deadline=None, database=None)
@given(places=st.lists(st.tuples(st.integers(0, 3000), st.integers(1, 200), st.sampled_from(["A", "B", "C"])),
                       min_size=1, max_size=60))
def test_the_densest_passages_are_those_of_the_slow_definition(places: list[tuple[int, int, str]]) -> None:
    text = "x" * 3300
    spans = [TechniqueSpan(text[a:a + n], a, a + n, technique=k) for a, n, k in places]
    found = technique_summary(spans, text)["densest"]
    assert [(p["start"], p["end"], p["spans"]) for p in found] == _reference_densest(spans)
