#!/usr/bin/env python3
"""Write the `feed` benchmark corpus: what a monitoring desk really receives, as JSON Lines.

About a fifth of the articles are on the catalogue's topics (bench/make_corpus.py's generator:
sentences of the hand-written test corpus, spliced) and four fifths are ordinary news on other
subjects (sport, economy, weather, culture, local politics, science) in seven languages, built
from the templates of bench/feed_phrases.py, written for this benchmark. Slots are filled at
random and two sentences in five are spliced from halves of two filled templates, so nearly
every sentence is new to the encoder's cache. Deterministic for a seed.

    python bench/make_feed.py --n 1000 --out bench/out/feed-1000.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from feed_phrases import SLOTS, TEMPLATES  # noqa: E402
from make_corpus import make as make_on_topic  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ON_TOPIC_SHARE = 0.2


def filled(rng: random.Random, template: str, slots: dict[str, list[str]]) -> str:
    values = {k: rng.choice(v) for k, v in slots.items()}
    values.update(n=str(rng.randint(2, 9)), m=str(rng.randint(120, 48000)), pct=f"{rng.uniform(0.5, 14.9):.1f}")
    text = template.format(**values)
    return text[0].upper() + text[1:]


def sentence(rng: random.Random, pool: list[str], slots: dict[str, list[str]]) -> str:
    """A filled template, or (two times in five) the first half of one and the second half of another."""
    if rng.random() >= 0.4:
        return filled(rng, rng.choice(pool), slots)
    a, b = filled(rng, rng.choice(pool), slots).split(), filled(rng, rng.choice(pool), slots).split()
    return " ".join(a[: len(a) // 2] + b[len(b) // 2:])


def ordinary_article(rng: random.Random, lang: str, size: int) -> tuple[str, str]:
    """Title and body of one article on one subject (with a side paragraph on another now and then)."""
    subjects = TEMPLATES[lang]
    main = rng.choice(sorted(subjects))
    body: list[str] = []
    while sum(len(p) + 2 for p in body) < size:
        subject = main if rng.random() < 0.85 else rng.choice(sorted(subjects))
        body.append(" ".join(sentence(rng, subjects[subject], SLOTS[lang]) for _ in range(rng.randint(3, 5))))
    title = filled(rng, rng.choice(subjects[main]), SLOTS[lang]).rstrip(".")[:120]
    return title, "\n\n".join(body)


def make(n: int, size: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(seed)
    on_topic = iter(make_on_topic(round(n * ON_TOPIC_SHARE * 1.3) + 20, size, seed))
    languages = sorted(TEMPLATES)
    rows = []
    for i in range(n):
        if rng.random() < ON_TOPIC_SHARE:
            row = dict(next(on_topic))
            row["id"] = f"feed-{i:06d}"
        else:
            lang = rng.choice(languages)
            title, body = ordinary_article(rng, lang, size)
            row = {"id": f"feed-{i:06d}", "title": title, "text": title + "\n\n" + body}
        row["date"] = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
        row["outlet"] = f"outlet-{i % 53}"
        rows.append(row)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--size", type=int, default=5000, help="characters per article (about)")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "feed.jsonl")
    a = ap.parse_args()
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with a.out.open("w", encoding="utf-8") as fh:
        for row in make(a.n, a.size, a.seed):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {a.n} articles to {a.out} ({a.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
