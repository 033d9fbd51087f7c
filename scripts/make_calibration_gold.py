#!/usr/bin/env python3
"""Write the gold files the shipped matcher weights are calibrated on, into out/calibration/.

* the hand-written corpus with the bundled catalogue (tests/corpus/gold/*.yaml, used as they are);
* the same articles against a catalogue written by another hand (tests/corpus/alt_catalogue.yaml),
  labels translated with its id map;
* SemEval-2025 Task 10 training documents (EN, RU, BG, PT, HI) against the catalogue that
  ../shared/data/narratives_eval.py builds from the task's taxonomy, when ../shared is present.

    python scripts/make_calibration_gold.py && narrascope calibrate out/calibration/*.yaml --cv
"""

from __future__ import annotations

import csv
import importlib.util
import shutil
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "out" / "calibration"
SHARED_DATA = ROOT.parent / "shared" / "data"


def copy_own_corpus() -> None:
    for gold in sorted((ROOT / "tests" / "corpus" / "gold").glob("*.yaml")):
        data = yaml.safe_load(gold.read_text(encoding="utf-8"))
        data["root"] = str(ROOT / "tests" / "corpus" / "articles")
        (OUT / f"own-{gold.stem}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def alt_catalogue_gold() -> None:
    corpus = ROOT / "tests" / "corpus"
    shutil.copy(corpus / "alt_catalogue.yaml", OUT / "alt_catalogue.yaml")
    id_map = yaml.safe_load((corpus / "alt_catalogue_map.yaml").read_text(encoding="utf-8"))["map"]
    back = {v: k for k, v in id_map.items() if v}
    articles = {}
    for gold in sorted((corpus / "gold").glob("*.yaml")):
        for aid, row in yaml.safe_load(gold.read_text(encoding="utf-8"))["articles"].items():
            row = dict(row, narratives=[back[n] for n in row["narratives"] if n in back],
                       refutes=[back[n] for n in row["refutes"] if n in back])
            articles[aid] = row
    data = {"root": str(corpus / "articles"), "catalogue": "alt_catalogue.yaml", "articles": articles}
    (OUT / "alt-all.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def semeval_gold() -> None:
    script = SHARED_DATA / "narratives_eval.py"
    if not script.exists():
        print(f"skipping SemEval: {script} not found")
        return
    spec = importlib.util.spec_from_file_location("narratives_eval", script)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    catalogue, label_of, _ = module.build_catalogue()
    (OUT / "semeval_catalogue.yaml").write_text(catalogue, encoding="utf-8")
    id_of = {label: nid for nid, label in label_of.items()}
    for lang in ("EN", "RU", "BG", "PT", "HI"):
        base = SHARED_DATA / "semeval2025-t10" / lang
        articles = {}
        with (base / "subtask-2-annotations.txt").open(encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                if len(row) < 3 or not (base / "raw-documents" / row[0]).exists():
                    continue
                labels = {x.strip() for x in row[1].split(";") + row[2].split(";")}
                ids = sorted({id_of[x] for x in labels if x in id_of})
                articles[Path(row[0]).stem] = {"file": row[0], "language": lang.lower(),
                                               "kind": "pushing" if ids else "neutral", "narratives": ids,
                                               "refutes": []}
        data = {"root": str(base / "raw-documents"), "catalogue": "semeval_catalogue.yaml", "articles": articles}
        (OUT / f"semeval-{lang.lower()}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    copy_own_corpus()
    alt_catalogue_gold()
    semeval_gold()
    print(f"gold files in {OUT}: {', '.join(sorted(p.name for p in OUT.glob('*.yaml')))}")


if __name__ == "__main__":
    main()
