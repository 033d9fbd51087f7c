"""Calibrating and evaluating the matcher on a labelled corpus.

A labelled corpus is one or more gold YAML files::

    articles:
      en-01: {file: en/en-01.txt, language: en, kind: pushing, narratives: [us-relocates-isis], refutes: []}

``file`` is relative to ``root`` when the file gives one, else to ``<gold folder>/../articles``.
``calibrate`` fits the logistic matcher (standardised features, L2 penalty) on every
(article, narrative) pair: label 1 when the article pushes the narrative. ``evaluate`` reports
precision and recall of ``matched``, top-1 accuracy, and false matches on articles that push nothing.
"""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from .errors import UsageError
from .logistic import fit_logistic
from .model import Failure
from .stages.narratives import FEATURES, MAX_STANDARD_DEVIATIONS, MatcherWeights, decide


@dataclass(frozen=True)
class GoldArticle:
    id: str
    path: Path
    language: str
    kind: str
    narratives: tuple[str, ...]
    refutes: tuple[str, ...]
    story: str | None
    corpus: str = ""                  # the gold file's name: the unit of cross-validation
    catalogue: Path | None = None     # the catalogue the labels refer to, when the file names one


#: where the gold format is written down
GOLD_FORMAT = "see docs/matching.md, 'Gold files'"


def load_gold(files: Iterable[Path]) -> list[GoldArticle]:
    out: list[GoldArticle] = []
    for gold_file in files:
        data = yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {}
        articles = data.get("articles") if isinstance(data, dict) else None
        if not isinstance(articles, dict) or not all(isinstance(r, dict) and "file" in r for r in articles.values()):
            raise UsageError(f"{gold_file}: a gold file maps 'articles' to entries by id, each with at least "
                             f"'file' (and 'language', 'kind', 'narratives', 'refutes'): {GOLD_FORMAT}")
        root = gold_file.parent / data["root"] if "root" in data else gold_file.parent.parent / "articles"
        catalogue = gold_file.parent / data["catalogue"] if data.get("catalogue") else None
        for aid, row in articles.items():
            out.append(GoldArticle(str(aid), root / row["file"], row.get("language", "und"), row.get("kind", "pushing"),
                                   tuple(row.get("narratives") or ()), tuple(row.get("refutes") or ()),
                                   row.get("story"), gold_file.stem, catalogue))
    if not out:
        raise UsageError("the gold files list no articles")
    return out


def gold_catalogue(files: Iterable[Path]) -> Path | None:
    """The catalogue the gold files name (``catalogue:``), or None when none names one; gold files naming different
    catalogues are scored one catalogue at a time (``evaluate`` takes one)."""
    named = {g.catalogue for g in load_gold(files)} - {None}
    if len(named) > 1:
        raise UsageError("the gold files name different catalogues (" + ", ".join(sorted(map(str, named)))
                         + "): evaluate them one catalogue at a time, or give --catalogue")
    return next(iter(named), None)


def _run(analyser: Any, gold: list[GoldArticle]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    by_path = {str(g.path): g for g in gold}
    for item in analyser.analyse_paths([g.path for g in gold]):
        if isinstance(item, Failure):
            raise UsageError(f"gold article could not be analysed: {item.source}: {item.message}")
        results[by_path[item.document.source].id] = item
    return results


@dataclass
class _Pairs:
    """Features of every (article, narrative) pair of a gold corpus, with labels."""

    gold: list[GoldArticle]
    rows: list[tuple[int, str]]        # (article index, narrative id)
    x: np.ndarray
    y: np.ndarray

    def weights(self) -> np.ndarray:
        """Each catalogue weighs the same in the fit, and within it each gold file, whatever their sizes:
        95 narratives x 859 articles must not drown 17 x 98 (nor one language the others)."""
        catalogue = np.array([str(self.gold[k].catalogue) for k, _ in self.rows])
        corpus = np.array([self.gold[k].corpus for k, _ in self.rows])
        out = np.ones(len(self.rows))
        for cat in set(catalogue):
            in_cat = catalogue == cat
            files = set(corpus[in_cat])
            for name in files:
                members = in_cat & (corpus == name)
                out[members] = 1.0 / (np.sum(members) * len(files))
        return out / out.mean()


def _pairs(analyser: Any, gold: list[GoldArticle]) -> _Pairs:
    from .catalogue import load_catalogue
    from .engine import Analyser

    settings = dataclasses.replace(analyser.settings, min_reported_score=0.0)
    rows, xs, ys = [], [], []
    groups: dict[Path | None, list[int]] = defaultdict(list)
    for k, g in enumerate(gold):
        groups[g.catalogue].append(k)
    for catalogue_path, members in groups.items():
        catalogue = load_catalogue(catalogue_path) if catalogue_path else analyser.catalogue
        full = Analyser(catalogue, settings, analyser.encoder, analyser.weights, keep_features=True)
        subset = [gold[k] for k in members]
        results = _run(full, subset)
        for k in members:
            g = gold[k]
            for m in results[g.id].narratives:
                rows.append((k, m.id))
                xs.append([m.features[f] for f in FEATURES])
                ys.append(1.0 if m.id in g.narratives else 0.0)
    return _Pairs(gold, rows, np.array(xs), np.array(ys))


def _fit(x: np.ndarray, y: np.ndarray, l2: float, sample_weight: np.ndarray | None = None,
         offset: np.ndarray | None = None) -> MatcherWeights:
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    # fitted on what it will weigh: the features clipped as MatcherWeights.probability clips them
    standard = np.clip((x - mean) / scale, -MAX_STANDARD_DEVIATIONS, MAX_STANDARD_DEVIATIONS)
    w, b = fit_logistic(standard, y, l2=l2, sample_weight=sample_weight, offset=offset)
    return MatcherWeights(dict(zip(FEATURES, map(float, w), strict=True)), float(b),
                          dict(zip(FEATURES, map(float, mean), strict=True)),
                          dict(zip(FEATURES, map(float, scale), strict=True)))


CV_UNITS = ("corpus", "catalogue", "language")


def cross_validate(analyser: Any, gold_files: list[Path], l2: float = 1.0, by: str = "corpus") -> str:
    """Fit on all but one unit, measure on the unit left out, for every unit.

    ``by="corpus"``: each gold file in turn; ``"catalogue"``: every gold file of one catalogue (what a
    user with a catalogue of their own sees; the same articles labelled under another catalogue are
    left out with it); ``"language"``: every article of one language, whatever its catalogue.
    """
    if by not in CV_UNITS:
        raise UsageError(f"--cv-by must be one of {', '.join(CV_UNITS)}")
    data = _pairs(analyser, load_gold(gold_files))
    unit = _units(data, by)
    sample_weight = data.weights()
    per_unit: dict[str, Counts] = defaultdict(Counts)
    total = Counts()
    for name in sorted(set(unit)):
        held = unit == name
        if by == "catalogue":  # the same articles under another catalogue would leak their labels
            paths = {data.gold[k].path for k, _ in np.array(data.rows, dtype=object)[held]}
            held = held | np.array([data.gold[k].path in paths for k, _ in data.rows])
        weights = _fit(data.x[~held], data.y[~held], l2, sample_weight[~held])
        probs = weights.probability(data.x)
        decisions: dict[int, list[tuple[float, str, str]]] = defaultdict(list)
        for r in np.flatnonzero(unit == name):
            k, nid = data.rows[r]
            is_match, stance = decide(float(probs[r]), analyser.settings)
            decisions[k].append((float(probs[r]), nid, "matched" if is_match else stance))
        for k, items in decisions.items():
            items.sort(reverse=True)
            matched = [nid for _, nid, st in items if st == "matched"]
            refuted: set[str | None] = {nid for _, nid, st in items if st == "refutes"}
            for counts in (total, per_unit[name]):
                counts.add(data.gold[k], matched, refuted)
    return f"leave-one-{by}-out (each {by} scored by weights fitted on the others):\n" + _table(total, per_unit)


def _units(data: _Pairs, by: str) -> np.ndarray:
    def unit_of(g: GoldArticle) -> str:
        if by == "language":
            return g.language
        if by == "catalogue":  # folder and name: two sets' catalogues may both be called catalogue.yaml
            return f"{g.catalogue.parent.name}/{g.catalogue.name}" if g.catalogue else "bundled"
        return g.corpus

    return np.array([unit_of(data.gold[k]) for k, _ in data.rows])


def calibrate(analyser: Any, gold_files: list[Path], out: Path, l2: float = 1.0) -> str:
    """Fit the matcher weights on the gold corpus and write them to ``out``; returns a report."""
    gold = load_gold(gold_files)
    data = _pairs(analyser, gold)
    fitted = _fit(data.x, data.y, l2, data.weights())
    files = len({(g.catalogue, g.corpus) for g in gold})  # holdout2-4 are all gold.yaml: told apart by catalogue
    payload: dict[str, Any] = {
        "note": (f"{_fitted_by(analyser)} on {len(gold)} articles of {files} gold files, "
                 f"{int(data.y.sum())} positive pairs of {len(data.y)}"),
        "bias": round(fitted.bias, 5),
        "weights": {f: round(fitted.weights[f], 5) for f in FEATURES},
        "mean": {f: round(fitted.mean[f], 5) for f in FEATURES},
        "scale": {f: round(fitted.scale[f], 5) for f in FEATURES},
    }
    out.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    return f"wrote {out}: {payload['note']}\n" + "\n".join(f"  {f:15s} {v:+.3f}" for f, v in payload["weights"].items())


def _fitted_by(analyser: Any) -> str:
    """How the weights were fitted, naming the encoder when it is not the default one."""
    name = getattr(analyser.encoder, "name", "use")
    return ("fitted by `narrascope calibrate`" if name == "use"
            else f"for --encoder {name}, fitted by `narrascope calibrate --encoder {name}`")


def evaluate(analyser: Any, gold_files: list[Path], id_map: Path | None = None) -> dict[str, Any]:
    """Matching quality on the gold corpus, overall and per language."""
    mapping: dict[str, str | None] = {}
    if id_map is not None:
        mapping = (yaml.safe_load(id_map.read_text(encoding="utf-8")) or {}).get("map", {})
    gold = load_gold(gold_files)
    results = _run(analyser, gold)
    per_lang: dict[str, Counts] = defaultdict(Counts)
    total = Counts()
    for g in gold:
        analysis = results[g.id]
        matched = [mid for m in analysis.matched if (mid := _mapped(m.id, mapping))]
        refuted = {_mapped(m.id, mapping) for m in analysis.narratives if m.stance == "refutes"}
        for counts in (total, per_lang[g.language]):
            counts.add(g, matched, refuted)
    table = _table(total, per_lang)
    known = {_mapped(n.id, mapping) for n in analyser.catalogue.narratives}
    unknown = sorted({nid for g in gold for nid in (*g.narratives, *g.refutes)} - known)
    return {"overall": total.figures(), "languages": {k: v.figures() for k, v in sorted(per_lang.items())},
            "unknown_narratives": unknown, "_table": table}


def _mapped(narrative_id: str, mapping: dict[str, str | None]) -> str | None:
    return mapping.get(narrative_id, narrative_id) if mapping else narrative_id


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    pushing: int = 0
    top1: int = 0
    quiet: int = 0           # articles that push nothing
    quiet_false: int = 0     # ... of which something was matched
    refuting: int = 0
    refute_found: int = 0

    def add(self, g: GoldArticle, matched: list[str], refuted: set[str | None]) -> None:
        gold = set(g.narratives)
        self.tp += len(gold & set(matched))
        self.fp += len(set(matched) - gold)
        self.fn += len(gold - set(matched))
        if gold:
            self.pushing += 1
            self.top1 += int(bool(matched) and matched[0] in gold)
        else:
            self.quiet += 1
            self.quiet_false += int(bool(matched))
        if g.refutes:
            self.refuting += 1
            self.refute_found += int(bool(set(g.refutes) & refuted))

    def figures(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1_score(p, r), 3),
                "top1": f"{self.top1}/{self.pushing}", "false_match_articles": f"{self.quiet_false}/{self.quiet}",
                "refutes_detected": f"{self.refute_found}/{self.refuting}"}


def f1_score(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall; 0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _table(total: Counts, per_lang: dict[str, Counts]) -> str:
    head = f"{'lang':6s} {'P':>6s} {'R':>6s} {'F1':>6s} {'top1':>7s} {'false+':>7s} {'refutes':>8s}"
    lines = [head]
    for lang, c in [*sorted(per_lang.items()), ("all", total)]:
        f = c.figures()
        lines.append(f"{lang:6s} {f['precision']:6.3f} {f['recall']:6.3f} {f['f1']:6.3f} {f['top1']:>7s} "
                     f"{f['false_match_articles']:>7s} {f['refutes_detected']:>8s}")
    return "\n".join(lines)
