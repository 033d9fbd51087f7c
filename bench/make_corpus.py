#!/usr/bin/env python3
"""Write a deterministic benchmark corpus of N articles (~5 KB each, mixed languages) as JSON Lines.

Articles are stitched from sentences of the hand-written test corpus (tests/corpus/articles),
one language per article, with a fixed seed. Most sentences are spliced from the first half of
one sentence and the second half of another, so that nearly every sentence is new to the
encoder's cache, as in a real feed; one paragraph in ten is copied whole (recycled content).

    python bench/make_corpus.py --n 1000 --out bench/out/corpus.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "corpus" / "articles"
TAG = re.compile(r"<[^>]+>")


def paragraphs_by_language() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for path in sorted(ARTICLES.glob("*/*")):
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            text = TAG.sub(" ", text)
        paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if len(p.split()) >= 12]
        out.setdefault(path.parent.name, []).extend(paras)
    return out


SENTENCE_END = re.compile(r"(?<=[.!?\u061f])\s+")


def spliced_paragraph(rng: random.Random, paragraphs: list[str]) -> str:
    """A paragraph of new sentences: halves of two random sentences of the same language."""
    sentences = [s for p in rng.sample(paragraphs, 3) for s in SENTENCE_END.split(p) if len(s.split()) >= 6]
    out = []
    for _ in range(rng.randint(3, 5)):
        a, b = rng.choice(sentences).split(), rng.choice(sentences).split()
        out.append(" ".join(a[: len(a) // 2] + b[len(b) // 2:]))
    return " ".join(out)


def make(n: int, size: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(seed)
    pools = paragraphs_by_language()
    languages = sorted(pools)
    rows = []
    for i in range(n):
        lang = languages[i % len(languages)]
        body: list[str] = []
        while sum(len(p) + 2 for p in body) < size:
            recycled = rng.random() < 0.1
            body.append(rng.choice(pools[lang]) if recycled else spliced_paragraph(rng, pools[lang]))
        title = body[0].split(". ")[0][:120]
        rows.append({"id": f"bench-{i:05d}", "title": title, "text": title + "\n\n" + "\n\n".join(body),
                     "date": f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}", "outlet": f"outlet-{i % 37}"})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--size", type=int, default=5000, help="characters per article (about)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "corpus.jsonl")
    a = ap.parse_args()
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with a.out.open("w", encoding="utf-8") as fh:
        for row in make(a.n, a.size, a.seed):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {a.n} articles to {a.out} ({a.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
