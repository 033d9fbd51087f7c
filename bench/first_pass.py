#!/usr/bin/env python3
"""How many sentences the technique model's first pass sends on to be encoded, per corpus and language.

Sentences are taken as the techniques stage takes them (two words or more, at most
``max_technique_sentences`` per article); the first pass reads cues and hashed terms only, so this
encodes nothing. Corpora as in bench/run.py (generated when missing):

    python bench/first_pass.py --n 300                      # ontopic and feed
    python bench/first_pass.py --model path/to/techniques.npz
    python bench/first_pass.py --scale 1                    # the fitted threshold (default: the stage's setting)
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from run import corpus_inputs  # bench/run.py: the same corpora, generated when missing

from narrascope.model import Document, Failure
from narrascope.pipeline import Pipeline
from narrascope.settings import DEFAULT
from narrascope.stages import LanguageStage, SentenceStage
from narrascope.stages.techniques import scored_sentences
from narrascope.techniques import TechniqueModel
from narrascope.techniques.features import cues, term_indices


def shares(path: Path, model: TechniqueModel, scale: float = DEFAULT.technique_first_pass_scale
           ) -> dict[str, tuple[int, int]]:
    """(passed, sentences) per language."""
    front = Pipeline([("language", LanguageStage(DEFAULT)), ("sentences", SentenceStage(DEFAULT))])
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        doc = front(Document(id=str(record.get("id")), text=record["text"]))
        if isinstance(doc, Failure):
            continue
        sentences = scored_sentences(doc, DEFAULT)
        if sentences:
            passed = model.passes(cues(sentences), [term_indices(s.text) for s in sentences], scale)
            out[doc.language or "?"][0] += int(passed.sum())
            out[doc.language or "?"][1] += len(sentences)
    return {k: (v[0], v[1]) for k, v in out.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300, help="articles per generated corpus")
    ap.add_argument("--model", type=Path, help="a technique model file (default: the shipped one)")
    ap.add_argument("--scale", type=float, default=DEFAULT.technique_first_pass_scale,
                    help="technique_first_pass_scale (default: the setting's default)")
    args = ap.parse_args()
    model = TechniqueModel.load(args.model)
    if model.first_pass is None:
        raise SystemExit("this model has no first pass: every sentence is encoded")
    print(f"first pass fitted to keep {model.first_pass.recall:.2f} of the gold-positive training sentences; "
          f"threshold scaled by {args.scale}")
    for name in ("ontopic", "feed"):
        per = shares(Path(corpus_inputs(name, args.n)[0][0]), model, args.scale)
        passed, total = sum(p for p, _ in per.values()), sum(t for _, t in per.values())
        langs = "  ".join(f"{k} {p / max(t, 1):.2f}" for k, (p, t) in sorted(per.items()))
        print(f"{name}: {passed} of {total} sentences pass ({passed / max(total, 1):.3f}); {langs}")


if __name__ == "__main__":
    main()
