"""Narrative matching, specified on the hand-written corpus in tests/corpus (84 articles, 6 languages).

The quality gate pins floors per language; lowering one needs a reason in the commit message.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from narrascope import Analyser, load_catalogue
from narrascope.calibration import GoldArticle, _Pairs, _units, evaluate, load_gold

CORPUS = Path(__file__).parent / "corpus"
GOLD = sorted((CORPUS / "gold").glob("*.yaml"))


@pytest.fixture(scope="module")
def corpus_results(analyser):
    gold = load_gold(GOLD)
    by_path = {str(g.path): g for g in gold}
    out = {}
    for item in analyser.analyse_paths([g.path for g in gold]):
        assert hasattr(item, "document"), f"corpus article failed: {item}"
        out[by_path[item.document.source].id] = (by_path[item.document.source], item)
    return out


def test_every_corpus_article_is_analysed(corpus_results):
    assert len(corpus_results) == len(load_gold(GOLD)) >= 84


def test_every_evidence_span_indexes_the_plain_text(corpus_results):
    for _, analysis in corpus_results.values():
        text = analysis.document.text
        for n in analysis.narratives:
            for e in n.evidence:
                assert text[e.start:e.end] == e.text


def test_every_narrative_is_ranked_best_first_with_probabilities(corpus_results):
    for _, analysis in corpus_results.values():
        scores = [n.score for n in analysis.narratives]
        assert scores == sorted(scores, reverse=True)
        assert all(0.0 <= s <= 1.0 for s in scores)


def test_matched_means_score_at_or_above_threshold(corpus_results, analyser):
    threshold = analyser.settings.match_threshold
    for _, analysis in corpus_results.values():
        for n in analysis.narratives:
            assert n.matched == (n.score >= threshold and n.stance == "pushes")


def test_articles_that_push_nothing_rarely_match(corpus_results):
    quiet = [(g, a) for g, a in corpus_results.values() if not g.narratives]
    false = [g.id for g, a in quiet if a.matched]
    assert len(quiet) >= 30
    assert len(false) <= len(quiet) // 8, f"false matches on neutral/refuting/off-topic articles: {false}"


def test_off_topic_articles_never_match(corpus_results):
    for g, a in corpus_results.values():
        if g.kind == "offtopic":
            assert not a.matched, g.id


def test_top_matched_narrative_is_a_pushed_one(corpus_results):
    pushing = [(g, a) for g, a in corpus_results.values() if g.narratives]
    right = [g.id for g, a in pushing if a.matched and a.matched[0].id in g.narratives]
    # Measured 36/49 (docs/matching.md): the matcher is now chosen on catalogues nobody here wrote.
    assert len(right) >= 0.70 * len(pushing), f"top-1 right on {len(right)}/{len(pushing)}"


# Floors: the shipped weights' F1 on this corpus minus about 0.05 (docs/matching.md has the
# figures, and the leave-one-language-out ones). Raise them when matching improves.
FLOORS = {"ar": 0.70, "de": 0.80, "en": 0.67, "es": 0.80, "fr": 0.90, "ru": 0.78, "uk": 0.55}


@pytest.mark.parametrize("language", sorted(FLOORS))
def test_quality_gate_f1_per_language(analyser, language):
    gold = [f for f in GOLD if f.stem == language]
    figures = evaluate(analyser, gold)["overall"]
    assert figures["f1"] >= FLOORS[language], figures


def test_a_catalogue_written_by_others_matches_as_well(tmp_path):
    """The same narratives in other words, under other ids, must find the same articles."""
    alt = load_catalogue(CORPUS / "alt_catalogue.yaml")
    figures = evaluate(Analyser(alt), GOLD, CORPUS / "alt_catalogue_map.yaml")["overall"]
    assert figures["f1"] >= 0.70, figures  # measured 0.732 (0.726 before features were clipped at 4 sd)
    quiet_false, quiet = map(int, figures["false_match_articles"].split("/"))
    assert quiet_false <= 3, figures  # measured 2 of 49


def test_a_fact_check_is_said_to_refute_not_to_push(corpus_results):
    refuting = [(g, a) for g, a in corpus_results.values() if g.refutes]
    found = [g.id for g, a in refuting if any(n.stance == "refutes" and n.id in g.refutes for n in a.narratives)]
    for g, a in refuting:
        pushed = [n.id for n in a.matched if n.id in g.refutes]
        assert not pushed, f"{g.id} debunks {pushed} but is said to push it"
    # Measured: 14 of 14 in sample, 14 of 14 leaving each language out of the stance model's fit (the verdict
    # wording added for it was written after reading the three this missed: see docs/matching.md).
    assert len(found) >= 13, f"refutation recognised only in {found}"


def test_an_article_that_pushes_a_narrative_never_refutes_it(corpus_results):
    """Hedges, quoted denials and reported speech are how pushing articles launder a claim."""
    wrong = [(g.id, n.id) for g, a in corpus_results.values() for n in a.narratives
             if n.id in g.narratives and n.stance == "refutes"]
    assert not wrong, wrong


def test_claims_of_a_refuting_article_are_refuted_not_asserted(corpus_results):
    for g, a in corpus_results.values():
        if any(n.stance == "refutes" for n in a.narratives):
            assert not [c for c in a.document.claims if c.modality in ("asserted", "reported")], g.id


def test_an_empty_catalogue_match_is_impossible_but_one_narrative_works():
    from narrascope import parse_catalogue

    one = parse_catalogue("narratives: [{id: x, title: Vaccines implant microchips, "
                          "description: Vaccination campaigns secretly implant tracking chips.}]")
    result = Analyser(one).analyse_text("Bill Gates wants to put a tracking microchip in every vaccine dose. "
                                        "The injections carry nano-chips that report where you go.")
    assert [n.id for n in result.narratives] == ["x"]
    assert result.narratives[0].evidence


HOLDOUT = Path(__file__).parent / "holdout"


def test_held_out_corpus_with_its_own_catalogue_does_not_collapse():
    """tests/holdout was written independently and is never used to fit or tune; this only guards
    against a collapse (measured: F1 0.63, 1 false match of 24, docs/matching.md)."""
    figures = evaluate(Analyser(load_catalogue(HOLDOUT / "catalogue.yaml")), [HOLDOUT / "gold.yaml"])["overall"]
    assert figures["f1"] >= 0.5, figures
    quiet_false, quiet = map(int, figures["false_match_articles"].split("/"))
    assert quiet_false <= 3, figures


def test_a_second_blind_catalogue_matches_without_lifting_every_narrative_of_a_strong_push():
    """tests/holdout2 (written blind, scored once in the tenth session, tuning data since): its pushing
    articles are full of rhetorical questions, which once lifted unrelated narratives to 0.7."""
    h2 = Path(__file__).parent / "holdout2"
    figures = evaluate(Analyser(load_catalogue(h2 / "catalogue.yaml")), [h2 / "gold.yaml"])["overall"]
    assert figures["f1"] >= 0.70, figures  # measured 0.739 (0.596 before the clip)
    assert figures["refutes_detected"] == "7/7", figures


def test_a_third_blind_catalogue_holds():
    """tests/holdout3 (written blind, scored once in the eleventh session, tuning data since)."""
    h3 = Path(__file__).parent / "holdout3"
    figures = evaluate(Analyser(load_catalogue(h3 / "catalogue.yaml")), [h3 / "gold.yaml"])["overall"]
    assert figures["f1"] >= 0.70, figures  # measured 0.744
    quiet_false, quiet = map(int, figures["false_match_articles"].split("/"))
    assert quiet_false <= 5, figures  # measured 4 of 28 (3 since the fact-check label)
    assert figures["refutes_detected"] == "7/7", figures  # 5 of 7 before the fact-check label (fifteenth session)


#: name, least pairs F1, most quiet articles matched, fact-checks refuting: each blind catalogue, scored once at the end
#: of the session named and tuning data since, guarded where it stands (docs/matching.md)
BLIND_CATALOGUES = [
    # twelfth session; eight languages with Polish, short posts among the pushing articles: 0.737, quiet 6 of 32;
    # fact-checks 6 of 8 before the fact-check label (fifteenth session)
    ("holdout4", 0.70, 7, "7/8"),
    # thirteenth; Italian, a parent and sub-narrative, narratives with no example claims: the lowest, 0.542; quiet 8
    # of 32 (7 since the fact-check label); fact-checks 6 of 8 before it
    ("holdout5", 0.52, 9, "8/8"),
    # fourteenth; Portuguese: 0.559 when scored, 0.580 after two reporting verbs read off it, 0.609 since a hedging
    # line is no debunk; quiet 10 of 32 (9 since the fact-check label); fact-checks 5 of 8 before it
    ("holdout6", 0.60, 10, "8/8"),
    # fifteenth: 0.750, the same with that session's starting code; quiet 9 of 32
    ("holdout7", 0.73, 10, "8/8"),
    # twentieth; Italian: 0.720, the same with that session's starting code; quiet 10 of 32
    ("holdout8", 0.70, 11, "8/8"),
]


@pytest.mark.parametrize("name, least_f1, most_quiet, refutes", BLIND_CATALOGUES)
def test_each_blind_catalogue_holds_where_it_was_measured(name, least_f1, most_quiet, refutes):
    folder = Path(__file__).parent / name
    figures = evaluate(Analyser(load_catalogue(folder / "catalogue.yaml")), [folder / "gold.yaml"])["overall"]
    assert figures["f1"] >= least_f1, figures
    assert int(figures["false_match_articles"].split("/")[0]) <= most_quiet, figures
    assert figures["refutes_detected"] == refutes, figures


def test_a_feature_far_outside_what_the_weights_were_fitted_on_counts_as_four_deviations():
    from narrascope.stages.narratives import FEATURES, MatcherWeights

    weights = MatcherWeights({"questions": 1.0}, 0.0, {"questions": 0.0}, {"questions": 0.05})
    x = np.zeros((3, len(FEATURES)))
    x[:, FEATURES.index("questions")] = [0.1, 0.2, 0.5]   # 2, 4 and 10 deviations
    p = weights.probability(x)
    assert p[0] < p[1] == p[2]
    assert p[2] == pytest.approx(1 / (1 + np.exp(-4.0)))


def test_refuted_and_denied_moves_are_not_drawn_as_claimed_flows():
    from narrascope.corpus.views import claimed_moves

    move = {"type": "relocation", "origin": {"text": "Raqqa"}, "destination": {"text": "Kabul"}}
    kept = [m["modality"] for m in claimed_moves([{**move, "modality": k} for k in
                                                   ("asserted", "reported", "denied", "refuted")])]
    assert kept == ["asserted", "reported"]


def test_leave_one_catalogue_out_tells_two_catalogues_of_the_same_file_name_apart(tmp_path: Path) -> None:
    def article(n: int, catalogue: Path | None) -> GoldArticle:
        return GoldArticle(f"a{n}", tmp_path / f"a{n}.txt", "en", "pushing", ("x",), (), None, "gold.yaml", catalogue)

    gold = [article(0, tmp_path / "set1" / "catalogue.yaml"), article(1, tmp_path / "set2" / "catalogue.yaml"),
            article(2, None)]
    data = _Pairs(gold, [(0, "x"), (1, "x"), (2, "x")], np.zeros((3, 1)), np.ones(3))
    assert list(_units(data, "catalogue")) == ["set1/catalogue.yaml", "set2/catalogue.yaml", "bundled"]


def test_a_headline_given_apart_from_the_text_is_read_as_its_headline(analyser):
    """A JSONL/CSV `title`, the API's or an HTML page's: the matcher weighs the headline most, so a body
    without it scores far lower; given as metadata it counts as the headline, quoted nowhere (no offsets)."""
    whole = (CORPUS / "articles" / "fr" / "fr-06.txt").read_text(encoding="utf-8")
    headline, _, body = whole.partition("\n")
    body = body.strip()

    def top(result):  # type: ignore[no-untyped-def]
        return max(result.narratives, key=lambda m: m.score)

    with_headline = top(analyser.analyse_text(whole))
    apart, without = top(analyser.analyse_text(body, title=headline)), top(analyser.analyse_text(body))
    assert with_headline.id == apart.id == without.id
    assert apart.score > without.score + 0.1 and abs(apart.score - with_headline.score) < 0.1
    assert all(body[e.start:e.end] == e.text for e in apart.evidence)
    assert top(analyser.analyse_text(whole, title=headline)).score == with_headline.score  # already its first line


@pytest.mark.parametrize("text", [
    "Washington moves IS fighters to Afghanistan\n\nUS helicopters flew dozens of Islamic State fighters from "
    "Syria to Afghanistan, a source told our agency. The men were then taken to Kunar. This information could not "
    "be independently verified.",
    "США перебрасывают боевиков ИГ в Афганистан\n\nАмериканские вертолёты перевезли десятки боевиков ИГ из Сирии в "
    "Афганистан, сообщил источник агентства. Затем их доставили в Кунар. Эти сведения не удалось независимо "
    "проверить.",
])
def test_a_pushing_articles_hedged_line_is_no_debunk_for_the_matcher(text):
    """"This could not be independently verified" is close to a debunk in meaning ("No credible source has confirmed
    these reports") but is the laundering line of the very articles analysts track: it must not count as refuting."""
    result = Analyser(keep_features=True, disabled=("techniques",)).analyse_text(text)
    relocation = next(n for n in result.narratives if n.id == "us-relocates-isis")
    assert relocation.features["refuting"] == 0.0 and relocation.features["hedging"] > 0
