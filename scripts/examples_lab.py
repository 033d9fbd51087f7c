#!/usr/bin/env python3
"""Research bench for learning from examples: SemEval-2025 T10 5-fold cross-validation in one process.

    python scripts/examples_lab.py dump [--encoder e5]  # once per encoder: analyse the 859 labelled articles
    python scripts/examples_lab.py cv [--variant NAME] [--encoder e5]  # seconds per variant

``scripts/semeval_cv.sh 5`` is the measure of record (the shipped command line, the shared scorer,
one process per fold, about 10 minutes); this bench replays the same folds (a hash of the file
name, as ``narratives_eval.py --fold``) on each article's zero-shot probabilities and vector, read
once, so that a change to :mod:`narrascope.learn.neighbours` or :mod:`narrascope.learn.lexical`
costs seconds to try. It reproduces the measure of record within 0.01 per language (the stance
stage, which it leaves out, refutes a few articles there). Coarse F1-samples per language, as the
task scores it: a matched sub-narrative counts for its parent; nothing matched is "Other".

Variants (what each changes is in ``VARIANTS``): ``shipped``; ``words-only`` (the lexical space
without its character n-grams); ``k15-only`` (without the votes of the 5 nearest); ``no-head`` (the votes
alone, as before the heads of 2026-12-06); ``previous`` (words-only and k15-only together, the heads
kept); ``thresholds`` (each narrative matched at the threshold,
as before the narratives an article pushes were chosen as a set). ``--encoder e5`` replays the
articles as read by that encoder (zero-shot probabilities and article vectors: what ``--encoder e5``
ships), after ``dump --encoder e5`` (about 5 minutes: e5 runs on one thread); ``--vectors both``
keeps the default encoder's zero-shot probabilities and puts the neighbours in both encoders'
spaces (each vector halved in weight, so similarities are the mean of the two cosines).
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import pickle
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import narrascope.learn.lexical as lexical  # noqa: E402
import narrascope.learn.neighbours as neighbours  # noqa: E402
from narrascope.catalogue import load_catalogue  # noqa: E402
from narrascope.encoders import get_encoder  # noqa: E402
from narrascope.engine import Analyser  # noqa: E402
from narrascope.learn.train import _with_parents, example_documents  # noqa: E402
from narrascope.pipeline import Pipeline  # noqa: E402
from narrascope.stages.language import LanguageStage  # noqa: E402
from narrascope.stages.mentions import MentionStage  # noqa: E402
from narrascope.stages.sentences import SentenceStage  # noqa: E402

LANGUAGES = ("EN", "RU", "BG", "PT", "HI")
LAB = ROOT / "out" / "lab"


def _dump_file(encoder: str) -> Path:
    return LAB / f"examples-{encoder}.pkl"


def dump(data: Path, encoder: str = "use") -> None:
    """Every labelled article: name, language, text, article vector, zero-shot probabilities, labels."""
    t10 = data / "semeval2025-t10"
    catalogue_file = Path(tempfile.mkdtemp()) / "semeval.yaml"
    train = [x for lang in LANGUAGES
             for x in ("--train", str(t10 / lang / "raw-documents"), str(t10 / lang / "subtask-2-annotations.txt"))]
    subprocess.run([sys.executable, str(data / "narratives_eval.py"), "--docs", str(t10 / "EN" / "raw-documents"),
                    "--labels", str(t10 / "EN" / "subtask-2-annotations.txt"), "--predict-other",
                    "--write-catalogue", str(catalogue_file), *train], check=True, capture_output=True)
    catalogue = load_catalogue(catalogue_file)
    analyser = Analyser(dataclasses.replace(catalogue, examples=()), disabled=("claims", "stance", "techniques"),
                        encoder=get_encoder(encoder))
    stage, settings = analyser.narrative_stage, analyser.settings
    front = Pipeline([("language", LanguageStage(settings)), ("sentences", SentenceStage(settings)),
                      ("mentions", MentionStage())])
    ids = [n.id for n in stage.prepared.narratives]
    column = {nid: j for j, nid in enumerate(ids)}
    docs, labels, names = [], [], []
    for example in catalogue.examples:
        row = np.zeros(len(ids))
        for nid in _with_parents(example.narratives, catalogue):
            row[column[nid]] = 1.0
        for doc in example_documents(example, settings):
            docs.append(doc)
            labels.append(row)
            names.append(Path(str(example.file)).stem)
    read = list(front.pipe(docs, settings.batch_documents))
    scored = stage.zero_shot(read)  # type: ignore[arg-type]
    parent = {n.id: n.parent or "" for n in catalogue.narratives}
    out = _dump_file(encoder)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(pickle.dumps({
        "ids": ids, "parent": [parent[i] for i in ids], "names": names,
        "languages": [d.language for d in read], "texts": [d.text for d in read],
        "vectors": np.array([v for _, v in scored], dtype=np.float32),
        "zero_shot": np.array([p for p, _ in scored]), "labels": np.array(labels)}))
    print(f"wrote {out}: {len(read)} articles")


def _group(name: str) -> str:
    """The SemEval language folder a document comes from (its file name says it)."""
    return "RU" if name.startswith("RU") else "BG" if "_BG_" in name else name[:2]


def _articles(encoder: str, vectors: str) -> dict:
    d = pickle.loads(_dump_file(encoder).read_bytes())
    if vectors == "both":
        other = pickle.loads(_dump_file("e5" if encoder == "use" else "use").read_bytes())
        assert other["names"] == d["names"]
        d["vectors"] = np.hstack([d["vectors"], other["vectors"]]) / np.sqrt(2.0)
    return d


def cross_validate(folds: int = 5, partition: int = 0, encoder: str = "use", vectors: str = "one") -> dict[str, float]:
    """Coarse F1-samples per language; ``partition`` 0: the folds of ``semeval_cv.sh``, others: the
    names hashed with that number first (other splits of the same articles, to tell noise from gain)."""
    d = _articles(encoder, vectors)
    ids, parent, names = d["ids"], d["parent"], d["names"]
    number = {nid: j for j, nid in enumerate(ids)}

    def coarse(row: np.ndarray) -> set[str]:
        found = {parent[j] or ids[j] for j in np.flatnonzero(row)}
        return found or {"Other"}

    centre = _anchor_centre(encoder, vectors)
    fold = np.array([zlib.crc32((f"{partition}/{n}" if partition else n).encode("utf-8")) % folds for n in names])
    scores: dict[str, list[float]] = {lang: [] for lang in LANGUAGES}
    for i in range(folds):
        train = np.flatnonzero(fold != i)
        model = neighbours.fit_example_model(ids, d["vectors"][train], [d["texts"][k] for k in train],
                                             d["labels"][train], d["zero_shot"][train],
                                             [d["languages"][k] for k in train], [not x for x in parent],
                                             centre=centre)
        for k in np.flatnonzero(fold == i):
            p = model.probabilities(d["zero_shot"][k], d["vectors"][k], d["texts"][k])
            pushed = None if THRESHOLDS else model.chosen(p, d["languages"][k])
            # as the narrative stage: a set chosen among the top level, sub-narratives only under it
            matched = pushed if pushed is not None else p >= model.threshold_for(d["languages"][k])
            for j in np.flatnonzero(matched):
                if parent[j]:
                    matched[number[parent[j]]] = True
            gold, predicted = coarse(d["labels"][k] > 0), coarse(matched)
            shared = len(gold & predicted)
            scores[_group(names[k])].append(2 * shared / (len(gold) + len(predicted)) if shared else 0.0)
    return {lang: round(float(np.mean(v)), 3) for lang, v in scores.items()}


def _anchor_centre(encoder: str, vectors: str) -> np.ndarray:
    """What the heads take off every article vector, as the engine does: the mean of the anchors in the encoder's
    space (both encoders' means side by side, halved, with ``--vectors both``)."""
    from narrascope.stages.narratives import _lines

    means = [get_encoder(name).encode(_lines("anchors.txt")).mean(axis=0)
             for name in ((encoder,) if vectors == "one" else (encoder, "e5" if encoder == "use" else "use"))]
    return np.concatenate(means) / (1.0 if len(means) == 1 else np.sqrt(2.0))


def _no_head() -> None:
    """The votes alone, as shipped before the heads (2026-12-06)."""
    neighbours._fit_head = lambda gram, targets: (np.zeros_like(targets), np.zeros_like(targets))


#: the ``thresholds`` variant: every narrative matched at its threshold, no set chosen per article
THRESHOLDS = False


def _thresholds() -> None:
    global THRESHOLDS
    THRESHOLDS = True


def _words_only() -> None:
    """The lexical space without character n-grams (as shipped before 2026-12-05)."""
    lexical.CHAR_GRAMS = ()


def _fifteen_only() -> None:
    """The votes of the 15 nearest alone, without those of the 5 nearest (as before 2026-12-05)."""
    votes = neighbours._votes
    neighbours._votes = lambda *args: {k: v if not k.endswith("_5") else np.zeros_like(v)
                                       for k, v in votes(*args).items()}


def _previous() -> None:
    _words_only()
    _fifteen_only()


VARIANTS: dict[str, Callable[[], None]] = {"shipped": lambda: None, "words-only": _words_only,
                                           "k15-only": _fifteen_only, "previous": _previous,
                                           "thresholds": _thresholds, "no-head": _no_head}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    d.add_argument("--encoder", choices=("use", "e5"), default="use")
    c = sub.add_parser("cv")
    c.add_argument("--variant", choices=sorted(VARIANTS), default="shipped")
    c.add_argument("--partitions", type=int, default=1,
                   help="also score N-1 other 5-fold splits and print the mean over all N")
    c.add_argument("--encoder", choices=("use", "e5"), default="use")
    c.add_argument("--vectors", choices=("one", "both"), default="one",
                   help="both: neighbours in both encoders' spaces (needs both dumps)")
    a = ap.parse_args()
    if a.command == "dump":
        dump(a.data, a.encoder)
        return
    VARIANTS[a.variant]()
    lexical.term_counts = functools.lru_cache(maxsize=None)(lexical.term_counts)  # each text is read once
    runs = []
    for partition in range(a.partitions):
        figures = cross_validate(partition=partition, encoder=a.encoder, vectors=a.vectors)
        runs.append(figures)
        print(a.variant, f"split {partition}" if partition else "record folds", figures,
              "mean", round(float(np.mean(list(figures.values()))), 3), flush=True)
    if len(runs) > 1:
        mean = {lang: round(float(np.mean([r[lang] for r in runs])), 3) for lang in LANGUAGES}
        print(a.variant, f"mean of {len(runs)} splits", mean, "mean", round(float(np.mean(list(mean.values()))), 3))


if __name__ == "__main__":
    main()
