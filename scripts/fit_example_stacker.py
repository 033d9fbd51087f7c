#!/usr/bin/env python3
"""Fit the default example stacker (data/example_stacker.json) on SemEval-2025 T10's labelled articles.

A catalogue with fewer than ``MIN_FOR_REFIT`` examples cannot fit its own stacker; it borrows this
one: the SemEval taxonomy as a catalogue (written by the shared scorer) with every language's
training articles as examples, fitted leave-one-out exactly as a user's catalogue would be.

    .venv/bin/python scripts/fit_example_stacker.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from narrascope.catalogue import load_catalogue  # noqa: E402
from narrascope.engine import Analyser  # noqa: E402
from narrascope.learn.neighbours import STACK_FEATURES  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "narrascope" / "data" / "example_stacker.json")
    a = ap.parse_args()
    t10 = a.data / "semeval2025-t10"
    with tempfile.TemporaryDirectory() as tmp:
        catalogue = Path(tmp) / "semeval.yaml"
        train = [x for lang in ("EN", "RU", "BG", "PT", "HI")
                 for x in ("--train", str(t10 / lang / "raw-documents"), str(t10 / lang / "subtask-2-annotations.txt"))]
        # --write-catalogue with --predict-other writes the catalogue and scores nothing
        subprocess.run([sys.executable, str(a.data / "narratives_eval.py"), "--docs", str(t10 / "EN" / "raw-documents"),
                        "--labels", str(t10 / "EN" / "subtask-2-annotations.txt"), "--predict-other",
                        "--write-catalogue", str(catalogue), *train], check=True, capture_output=True)
        cat = load_catalogue(catalogue)
        analyser = Analyser(cat, disabled=("claims", "stance", "techniques"))
    model = analyser.narrative_stage.examples
    assert model is not None and model.threshold is not None, "the stacker was not refitted"
    out = {"weights": dict(zip(STACK_FEATURES, (round(float(w), 5) for w in model.weights), strict=True)),
           "bias": round(model.bias, 5),
           "note": f"fitted by scripts/fit_example_stacker.py, leave-one-out, on {model.size} SemEval-2025 T10 "
                   f"training articles (EN RU BG PT HI) under the task's taxonomy; its refitted threshold "
                   f"there was {model.threshold}"}
    a.out.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
