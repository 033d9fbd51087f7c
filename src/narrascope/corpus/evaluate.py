"""Scoring stories against a gold file (tests/stories/gold.yaml): purity, completeness, B-cubed
F1, and the off-topic articles pulled into a story.

* **purity**: of the articles in predicted stories, the share that belong to their story's
  majority gold story (an article with no gold story is never a majority);
* **completeness**: of the articles in gold stories, the share found in the predicted story that
  holds most of their gold story;
* **B-cubed** precision and recall average, over articles, how much of an article's predicted
  group is in its gold story and how much of its gold story is in its predicted group;
* **off-topic pulled in**: gold singletons (``story: null``) that a predicted story holds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any


def score_stories(predicted: Sequence[Sequence[str]], gold: dict[str, str | None]) -> dict[str, Any]:
    """``predicted``: groups of article ids (stories; articles in none are singletons);
    ``gold``: article id -> gold story id, or None for an article that belongs to no story."""
    group_of = {a: k for k, members in enumerate(predicted) for a in members}
    ids = list(gold)
    for a in ids:  # the rest are singletons
        if a not in group_of:
            group_of[a] = len(group_of) + 10_000_000
    label = {a: (g if g is not None else f"singleton:{a}") for a, g in gold.items()}
    in_stories = [a for a in ids if group_of[a] < 10_000_000]
    pure = 0
    for members in predicted:
        members = [a for a in members if a in gold]
        if members:
            top, n = Counter(label[a] for a in members).most_common(1)[0]
            pure += n if not top.startswith("singleton:") else 0
    gold_groups: dict[str, list[str]] = {}
    for a, g in gold.items():
        if g is not None:
            gold_groups.setdefault(g, []).append(a)
    complete = sum(Counter(group_of[a] for a in members).most_common(1)[0][1]
                   for members in gold_groups.values() if len(members) > 1)
    in_gold = sum(len(m) for m in gold_groups.values() if len(m) > 1)
    b_p = b_r = 0.0
    for a in ids:
        mine = [b for b in ids if group_of[b] == group_of[a]]
        theirs = [b for b in ids if label[b] == label[a]]
        both = sum(1 for b in mine if label[b] == label[a])
        b_p += both / len(mine)
        b_r += both / len(theirs)
    b_p, b_r = b_p / max(len(ids), 1), b_r / max(len(ids), 1)
    off_topic = sum(1 for a in in_stories if gold[a] is None)
    return {
        "articles": len(ids), "gold_stories": sum(1 for m in gold_groups.values() if len(m) > 1),
        "predicted_stories": len(predicted),
        "purity": round(pure / max(len(in_stories), 1), 3),
        "completeness": round(complete / max(in_gold, 1), 3),
        "bcubed_precision": round(b_p, 3), "bcubed_recall": round(b_r, 3),
        "bcubed_f1": round(2 * b_p * b_r / max(b_p + b_r, 1e-9), 3),
        "off_topic_pulled_in": f"{off_topic}/{sum(1 for g in gold.values() if g is None)}",
    }


def evaluate_stories(analyser: Any, gold_file: Any, half: int | None = None,
                     incremental: float | None = None) -> dict[str, Any]:
    """Analyse the gold corpus (tests/stories/gold.yaml format), build stories, score them.

    ``half`` (0 or 1) keeps the articles whose id hashes to that half: one half to choose the
    story settings on, the other to report. ``incremental`` (a share, 0 to 1) groups that share of
    the articles (the earliest) in a store first, then adds the rest to the stored groups, as a
    store grows (:func:`narrascope.corpus.build.stories_of_store`)."""
    from .build import stories_of_analyses

    analyses, rows = _gold_analyses(analyser, gold_file, half)
    if incremental is None:
        stories = stories_of_analyses(analyses, analyser.encoder, analyser.catalogue, analyser.settings)
    else:
        stories = _grown_stories(analyser, analyses, incremental)
    result = score_stories([s.members for s in stories], {aid: row.get("story") for aid, row in rows.items()})
    result["stories"] = [{"label": s.label, "members": s.members} for s in stories]
    return result


def _gold_analyses(analyser: Any, gold_file: Any, half: int | None) -> tuple[list[Any], dict[str, Any]]:
    import zlib
    from pathlib import Path

    import yaml

    from ..model import Failure

    gold_file = Path(gold_file)
    data = yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {}
    root = gold_file.parent / data.get("root", "articles")
    rows = {aid: row for aid, row in (data.get("articles") or {}).items()
            if half is None or zlib.crc32(aid.encode("utf-8")) % 2 == half}
    paths = {str(root / row["file"]): aid for aid, row in rows.items()}
    analyses = []
    for item in analyser.analyse_paths(list(paths)):
        if isinstance(item, Failure):
            raise ValueError(f"gold article could not be analysed: {item.source}: {item.message}")
        doc = item.document
        aid = paths[str(doc.source)]
        row = rows[aid]
        doc.id, doc.outlet, doc.published = aid, row.get("outlet"), str(row.get("published") or "") or None
        analyses.append(item)
    return analyses, rows


def _grown_stories(analyser: Any, analyses: list[Any], share: float) -> list[Any]:
    """Stories of a store that got the earliest ``share`` of the articles first, and the rest later."""
    from ..store import Store
    from ..store.db import Versions
    from .build import stories_of_store

    ordered = sorted(analyses, key=lambda a: (a.document.published or "9999", a.document.id))
    cut = round(len(ordered) * share)
    versions = Versions.current(analyser.catalogue)
    with Store(":memory:", settings=analyser.settings) as store:
        for batch in (ordered[:cut], ordered[cut:]):
            with store.transaction():
                for analysis in batch:
                    store.add(analysis, versions)
            stories = stories_of_store(store, analyser.encoder, analyser.catalogue, analyser.settings)
    return stories
