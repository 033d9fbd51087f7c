"""Learning from a catalogue's labelled examples, as whole processes (issue 12).

A catalogue of the SemEval-2025 T10 taxonomy (written by the shared scorer) with ``--n`` of the
task's training articles as examples (every language; repeated under new names when ``--n`` is
larger than the 859 there are), timed as ``narrascope analyse`` of one article in a fresh process:

* ``no-examples``: the same catalogue without examples (the baseline), its cache warm;
* ``learn``: with the examples, the cache empty: every example is analysed and the model fitted;
* ``cached``: the same again: what was learnt is read back.

    python bench/learn.py --n 1000 [--repeat 3] [--data ../shared/data]

Prints JSON: seconds (median of ``--repeat``) per variant and the ratios to ``no-examples``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("EN", "RU", "BG", "PT", "HI")


def catalogue_with_examples(data: Path, n: int, folder: Path) -> tuple[Path, Path]:
    """(catalogue without examples, catalogue with ``n``), written into ``folder``."""
    t10 = data / "semeval2025-t10"
    bare = folder / "bare.yaml"
    subprocess.run([sys.executable, str(data / "narratives_eval.py"), "--docs", str(t10 / "EN" / "raw-documents"),
                    "--labels", str(t10 / "EN" / "subtask-2-annotations.txt"), "--predict-other",
                    "--write-catalogue", str(bare)], check=True, capture_output=True)
    full = folder / "full.yaml"
    train = [x for lang in LANGS for x in ("--train", str(t10 / lang / "raw-documents"),
                                           str(t10 / lang / "subtask-2-annotations.txt"))]
    subprocess.run([sys.executable, str(data / "narratives_eval.py"), "--docs", str(t10 / "EN" / "raw-documents"),
                    "--labels", str(t10 / "EN" / "subtask-2-annotations.txt"), "--predict-other",
                    "--write-catalogue", str(full), *train], check=True, capture_output=True)
    text = full.read_text(encoding="utf-8")
    head, _, examples = text.partition("examples:\n")
    entries = [e for e in examples.split("  - file: ") if e.strip()]
    copies = folder / "copies"
    copies.mkdir()
    out = []
    for k in range(n):  # beyond the 859 labelled articles: the same ones again under new names
        entry = entries[k % len(entries)]
        path_text, _, rest = entry.partition("\n")
        source = Path(json.loads(path_text))
        target = copies / f"{k}-{source.name}"
        shutil.copyfile(source, target)
        if k >= len(entries):  # a distinct article: one more line makes its content (and cache key) new
            target.write_text(source.read_text(encoding="utf-8") + f"\n(copy {k})\n", encoding="utf-8")
        out.append(f"  - file: {json.dumps(str(target))}\n{rest}")
    with_n = folder / f"with-{n}.yaml"
    with_n.write_text(head + "examples:\n" + "".join(out), encoding="utf-8")
    return bare, with_n


def timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    a = ap.parse_args()
    exe = str(Path(sys.executable).with_name("narrascope"))
    article = ROOT / "examples" / "sample"
    one = next(p for p in sorted(article.rglob("*")) if p.suffix in (".txt", ".html"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bare, with_n = catalogue_with_examples(a.data, a.n, folder)
        times: dict[str, list[float]] = {"no-examples": [], "learn": [], "cached": []}
        for r in range(a.repeat):
            env = dict(os.environ, NARRASCOPE_CACHE_DIR=str(folder / f"cache-{r}"))
            base = [exe, "analyse", "--skip", "techniques", str(one), "--catalogue"]
            timed(base + [str(bare)], env)  # warm-up: the compiled catalogue and models into the cache
            times["no-examples"].append(timed(base + [str(bare)], env))
            times["learn"].append(timed(base + [str(with_n)], env))
            times["cached"].append(timed(base + [str(with_n)], env))
    medians = {k: round(statistics.median(v), 2) for k, v in times.items()}
    print(json.dumps({"examples": a.n, "seconds": medians,
                      "vs_no_examples": {k: round(v / medians["no-examples"], 2) for k, v in medians.items()}},
                     indent=2))


if __name__ == "__main__":
    main()
