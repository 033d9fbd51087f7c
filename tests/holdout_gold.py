"""The consistency check shared by the matcher's blind holdout sets (tests/holdout4, holdout6-8).

Each of those folders holds a catalogue written by another hand, articles per language (pushing, neutral,
fact-checking) and a gold file of what each article pushes or refutes. A set's own ``check.py`` names its
languages, hedge phrases and the few conventions its author chose, and calls :func:`run`:

    python tests/holdout7/check.py      # prints a summary; exit 0 when the set agrees with itself

``tests/test_holdout_gold.py`` runs every such check and pins this module on small broken sets. The check reads
YAML and text only: it never runs narrascope (the sets were held out until scored once).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

KINDS = ("pushing", "neutral", "factcheck")


@dataclass(frozen=True)
class HoldoutSet:
    folder: Path
    number: int  # narrative ids start "h<number>-", story ids "h<number>s-"
    hedges: dict[str, tuple[str, ...]]  # per language: a pushing article in it must hold one of these
    per_language: dict[str, int] = field(default_factory=lambda: {"pushing": 4, "neutral": 3, "factcheck": 1})
    narratives: int = 10
    short_words: tuple[int, int] = (40, 90)  # exactly one pushing article per language is this short
    long_words: tuple[int, int] = (150, 500)  # every other article
    min_double_pushes: int = 2  # pushing articles that push two narratives (each pushes one or two)
    claims_on_every_narrative: bool = False  # else: some narratives carry example claims and some do not
    explicit_hedge: bool = False  # a pushing article per language holds one of its first two hedge phrases
    one_storyless_neutral: bool = False  # per language exactly one neutral article belongs to no story

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.hedges)

    @property
    def per_language_total(self) -> int:
        return sum(self.per_language.values())


def catalogue_problems(s: HoldoutSet) -> tuple[list[str], set[str]]:
    """What is wrong with the set's catalogue, and its narrative ids."""
    problems: list[str] = []
    catalogue = yaml.safe_load((s.folder / "catalogue.yaml").read_text(encoding="utf-8")) or {}
    narratives = catalogue.get("narratives") or []
    ids = [n.get("id") for n in narratives]
    if len(narratives) != s.narratives:
        problems.append(f"catalogue has {len(narratives)} narratives, expected {s.narratives}")
    if len(set(ids)) != len(ids):
        problems.append("duplicate narrative ids in catalogue")
    with_claims = 0
    for n in narratives:
        nid = n.get("id", "?")
        if not str(nid).startswith(f"h{s.number}-"):
            problems.append(f"{nid}: id must start with h{s.number}-")
        if "examples" in n:
            problems.append(f"{nid}: uses reserved key 'examples'")
        for key in ("title", "description"):
            if not isinstance(n.get(key), str) or not n[key].strip():
                problems.append(f"{nid}: missing {key}")
        if "claims" in n or s.claims_on_every_narrative:
            claims = n.get("claims")
            if not isinstance(claims, list) or not 2 <= len(claims) <= 4 or not all(isinstance(c, str) for c in claims):
                problems.append(f"{nid}: needs 2-4 string claims")
            with_claims += 1
    if not s.claims_on_every_narrative and not 0 < with_claims < len(narratives):
        problems.append("some narratives should have example claims and some should not")
    return problems, set(ids)


def expected_ids(s: HoldoutSet) -> list[str]:
    """Article ids in order: <lang>-hNN numbered on through the languages, per_language_total each."""
    total = s.per_language_total
    return [f"{lang}-h{i * total + j + 1:02d}" for i, lang in enumerate(s.languages) for j in range(total)]


def problems_and_summary(s: HoldoutSet) -> tuple[list[str], str]:
    problems, known = catalogue_problems(s)
    fail = problems.append
    gold = yaml.safe_load((s.folder / "gold.yaml").read_text(encoding="utf-8")) or {}
    if gold.get("catalogue") != "catalogue.yaml":
        fail("gold.catalogue must be catalogue.yaml")
    root = s.folder / gold.get("root", "articles")
    articles = gold.get("articles") or {}

    wanted = expected_ids(s)
    if list(articles) != wanted:
        fail(f"article ids must be {wanted[0]}..{wanted[-1]}, {s.per_language_total} per language in order")
    on_disk = {p.relative_to(root).as_posix() for p in root.rglob("*.txt")}
    listed = {a.get("file") for a in articles.values()}
    for extra in sorted(on_disk - listed):
        fail(f"file without gold entry: {extra}")
    for missing in sorted(listed - on_disk):
        fail(f"gold entry without file: {missing}")

    per_lang_kind: Counter = Counter()
    pushes: dict[str, list[str]] = defaultdict(list)
    refuted: Counter = Counter()
    hedged: Counter = Counter()
    explicit: Counter = Counter()
    short: Counter = Counter()
    doubles = 0
    stories: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, str] = {}
    for aid, a in articles.items():
        lang, kind = a.get("language"), a.get("kind")
        nar, ref = a.get("narratives"), a.get("refutes")
        if lang not in s.languages:
            fail(f"{aid}: unknown language {lang!r}")
            continue
        if not str(aid).startswith(f"{lang}-h"):
            fail(f"{aid}: id does not match language")
        if a.get("file") != f"{lang}/{aid}.txt":
            fail(f"{aid}: file should be {lang}/{aid}.txt")
        if kind not in KINDS:
            fail(f"{aid}: unknown kind {kind!r}")
            continue
        kinds[aid] = kind
        if not isinstance(nar, list) or not isinstance(ref, list):
            fail(f"{aid}: narratives and refutes must be lists")
            continue
        for nid in nar + ref:
            if nid not in known:
                fail(f"{aid}: unknown narrative {nid}")
        if len(set(nar)) != len(nar):
            fail(f"{aid}: duplicate narrative labels")
        per_lang_kind[lang, kind] += 1
        if kind == "pushing" and (not 1 <= len(nar) <= 2 or ref):
            fail(f"{aid}: pushing article must push 1-2 narratives and refute none")
        elif kind == "neutral" and (nar or ref):
            fail(f"{aid}: neutral article must push and refute nothing")
        elif kind == "factcheck" and (nar or len(ref) != 1):
            fail(f"{aid}: fact-check must refute exactly one narrative and push none")
        doubles += kind == "pushing" and len(nar) == 2
        for nid in nar:
            pushes[nid].append(lang)
        for nid in ref:
            refuted[nid] += 1
        if "story" not in a:
            fail(f"{aid}: missing story key (use null)")
        story = a.get("story")
        if story is not None:
            if not str(story).startswith(f"h{s.number}s-"):
                fail(f"{aid}: story id must start with h{s.number}s-")
            stories[story].add(aid)

        path = root / str(a.get("file"))
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
            fail(f"{aid}: needs a headline, a blank line, then the body")
        words = len(text.split())
        if kind == "pushing" and s.short_words[0] <= words <= s.short_words[1]:
            short[lang] += 1
        elif not s.long_words[0] <= words <= s.long_words[1]:
            fail(
                f"{aid}: {words} words, outside {s.long_words[0]}-{s.long_words[1]}"
                f" (or {s.short_words[0]}-{s.short_words[1]} for the one short pushing article)"
            )
        lowered = text.lower()
        if kind == "pushing" and any(h in lowered for h in s.hedges[lang]):
            hedged[lang] += 1
        if kind == "pushing" and any(h in lowered for h in s.hedges[lang][:2]):
            explicit[lang] += 1

    for lang in s.languages:
        for kind, want in s.per_language.items():
            got = per_lang_kind[lang, kind]
            if got != want:
                fail(f"{lang}: {got} {kind} articles, expected {want}")
        if hedged[lang] < 1:
            fail(f"{lang}: no pushing article with a hedge")
        if s.explicit_hedge and explicit[lang] < 1:
            fail(f"{lang}: no pushing article with an explicit hedge phrase")
        if short[lang] != 1:
            fail(f"{lang}: {short[lang]} short pushing articles, expected exactly 1")
        if s.one_storyless_neutral:
            storyless = [aid for aid, k in kinds.items() if k == "neutral" and aid.startswith(f"{lang}-")
                         and articles[aid].get("story") is None]
            if len(storyless) != 1:
                fail(f"{lang}: {len(storyless)} neutral articles without a story, expected exactly 1")
    for nid in sorted(known):
        langs = pushes.get(nid, [])
        if len(langs) < 2 or len(set(langs)) < 2:
            fail(f"{nid}: pushed {len(langs)} times in {len(set(langs))} languages (need >=2 and >=2)")
    if doubles < s.min_double_pushes:
        fail(f"only {doubles} pushing articles push two narratives, expected at least {s.min_double_pushes}")
    if len(refuted) != sum(refuted.values()):
        fail("two fact-checks refute the same narrative")
    for story, members in sorted(stories.items()):
        if len(members) < 2:
            fail(f"story {story}: only one article")
    if not any(len({m[:2] for m in members}) >= 2 for members in stories.values()):
        fail("no story shared across languages")
    pushed_stories = {st for st, members in stories.items() if any(kinds.get(m) == "pushing" for m in members)}
    neutrals = [aid for aid, k in kinds.items() if k == "neutral"]
    shared = [aid for aid in neutrals if articles[aid].get("story") in pushed_stories]
    if 2 * len(shared) < len(neutrals):
        fail(f"only {len(shared)} of {len(neutrals)} neutral articles share a story with a pushing article")

    summary = (
        f"{sum(per_lang_kind.values())} articles, {len(known)} narratives, "
        f"{sum(len(v) for v in pushes.values())} push labels ({doubles} articles push two), "
        f"{sum(refuted.values())} refute labels, {len(stories)} stories, "
        f"{len(shared)}/{len(neutrals)} neutrals share a story with a pushing article"
    )
    return problems, summary


def run(s: HoldoutSet) -> int:
    """What a set's check.py does: print each problem, or the summary; 0 when the set is clean."""
    problems, summary = problems_and_summary(s)
    if problems:
        print("\n".join(problems))
        print(f"FAILED: {len(problems)} problem(s)")
        return 1
    print(f"OK: {summary}")
    return 0
