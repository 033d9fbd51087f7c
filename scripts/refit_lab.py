#!/usr/bin/env python3
"""Would the matcher carry over better fitted on every labelled catalogue we have? Leave one catalogue out.

    python scripts/make_calibration_gold.py && python scripts/refit_lab.py

The shipped weights (`data/matcher.json`) are fitted on four catalogues by four hands: ours, the alt catalogue,
SemEval-2025's taxonomy and holdout2. holdout3-7, each scored once on its own and tuning data since, are five more.
For each catalogue in turn, this fits the matcher's logistic model on the others (the calibration's own fit and
weighting: each catalogue weighs the same) and scores the one left out: pairs F1 at a threshold, and quiet articles
(no gold narrative) matched. A fact-check's refuted narrative is left out of its matches, as the stance stage would.

Variants: the shipped recipe (fit on the four; holdout3-7 scored by weights fitted on those four), the fit on all
nine at thresholds 0.3 and 0.35, and a prior offset of -alpha * log(narratives / 10) on each pair's log-odds, for a
catalogue's size (a pair's base rate falls with the number of narratives). Features are computed once and cached
in out/refit_lab.pkl (delete it after changing the matcher's features).
"""
from __future__ import annotations

import pickle
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from narrascope import calibration as C  # noqa: E402
from narrascope.cli import build_parser  # noqa: E402
from narrascope.logistic import sigmoid  # noqa: E402
from narrascope.options import analyser_of  # noqa: E402

CALIBRATION = ROOT / "out" / "calibration"
CACHE = ROOT / "out" / "refit_lab.pkl"


def gold_files() -> list[str]:
    return ([str(p) for p in sorted(CALIBRATION.glob("own-*.yaml"))] + [str(CALIBRATION / "alt-all.yaml")]
            + [str(p) for p in sorted(CALIBRATION.glob("semeval-*.yaml"))]
            + [str(ROOT / f"tests/holdout{i}/gold.yaml") for i in range(2, 8)])


def pairs() -> C._Pairs:
    if CACHE.exists():
        return pickle.loads(CACHE.read_bytes())
    files = gold_files()
    analyser = analyser_of(build_parser().parse_args(["calibrate", *files, "--skip", "techniques", "--cv"]),
                           keep_features=True)
    data = C._pairs(analyser, C.load_gold([Path(f) for f in files]))
    CACHE.write_bytes(pickle.dumps(data))
    return data


class Lab:
    def __init__(self, data: C._Pairs) -> None:
        self.data = data
        self.unit = C._units(data, "catalogue")
        self.names = sorted(set(self.unit))
        self.paths = np.array([data.gold[k].path for k, _ in data.rows])
        size = {n: len({nid for (_, nid), u in zip(data.rows, self.unit, strict=True) if u == n}) for n in self.names}
        self.size = np.array([size[u] for u in self.unit], dtype=float)
        self.weights = data.weights()

    def short(self, name: str) -> str:
        return name.split("/")[1].split("_")[0] if name.startswith("calibration") else name.split("/")[0]

    def left_out(self, name: str) -> np.ndarray:
        """The catalogue's rows, and every row of the same articles under another catalogue."""
        held = self.unit == name
        return held | np.isin(self.paths, list(set(self.paths[held])))

    def score(self, probs: np.ndarray, name: str, threshold: float) -> C.Counts:
        counts = C.Counts()
        decisions: dict[int, list[tuple[float, str]]] = defaultdict(list)
        for r in np.flatnonzero(self.unit == name):
            k, nid = self.data.rows[r]
            decisions[k].append((float(probs[r]), nid))
        for k, items in decisions.items():
            g = self.data.gold[k]
            matched = [nid for p, nid in sorted(items, reverse=True) if p >= threshold and nid not in g.refutes]
            counts.add(g, matched, set(g.refutes))
        return counts

    def run(self, label: str, fit_units: list[str], threshold: float = 0.3, alpha: float = 0.0) -> None:
        offset = -alpha * np.log(self.size / 10.0)
        out = {}
        for name in self.names:
            train = np.isin(self.unit, [u for u in fit_units if u != name]) & ~self.left_out(name)
            fitted = C._fit(self.data.x[train], self.data.y[train], 1.0, self.weights[train], offset[train])
            out[name] = self.score(sigmoid(fitted.log_odds(self.data.x) + offset), name, threshold)
        holdouts = [n for n in self.names if n.startswith("holdout")]
        print(f"{label:30s} " + " ".join(f"{self.short(n)}={c.figures()['f1']:.3f}/{c.quiet_false}"
                                           for n, c in out.items())
              + f" | F1 sum {sum(c.figures()['f1'] for c in out.values()):.3f},"
              f" holdouts {sum(out[n].figures()['f1'] for n in holdouts):.3f},"
              f" quiet matched {sum(out[n].quiet_false for n in holdouts)}/{sum(out[n].quiet for n in holdouts)}")


def main() -> None:
    lab = Lab(pairs())
    shipped = [n for n in lab.names if not n.startswith("holdout") or n.startswith("holdout2/")]
    lab.run("fit on the shipped four", shipped)
    for threshold in (0.3, 0.35, 0.4):
        lab.run(f"fit on all nine, at {threshold}", lab.names, threshold)
    for alpha in (0.5, 1.0):
        lab.run(f"shipped four, size offset {alpha}", shipped, alpha=alpha)
        lab.run(f"all nine, size offset {alpha}", lab.names, alpha=alpha)


if __name__ == "__main__":
    main()
