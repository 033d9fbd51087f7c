"""Consistency check for the holdout5 evaluation set (PyYAML + plain Python).

HELD OUT: score once at the end of a piece of matcher work; never tune on it.

Run: python tests/holdout5/check.py   (exit status 0 when everything agrees)
"""

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
PREFIX = "h5-"
STORY_PREFIX = "h5s-"
LANGUAGES = ("en", "ru", "uk", "de", "fr", "es", "ar", "it")
KINDS = ("pushing", "neutral", "factcheck")
PER_LANGUAGE = {"pushing": 3, "neutral": 3, "factcheck": 1}
N_NARRATIVES = 10
N_ARTICLES = 56
MAX_CLAIMS = 4
MAX_DESCRIPTION_SENTENCES = 4
SHORT_WORDS = (40, 90)  # exactly one pushing article per language is this short
LONG_WORDS = (150, 600)  # every other article
HEDGES = {
    "en": ("could not be independently verified", "according to a source", "rejected", "denied"),
    "ru": ("не удалось", "не смогли", "источник", "отверг", "отрицает", "отрицают"),
    "uk": ("не вдалося", "джерела", "не відповіло", "заперечу"),
    "de": ("nicht unabhängig überprüfen", "anonym", "zurückgewiesen", "erklärte auf anfrage"),
    "fr": ("pas pu être vérifi", "selon une source", "a rejeté", "dément"),
    "es": ("no ha podido ser verificad", "según una fuente", "negó", "desmintió"),
    "ar": ("لم يتسنّ التحقق", "لم يتسن التحقق", "مصدر", "نفت", "نفى"),
    "it": ("non è stato possibile verificare", "secondo una fonte", "smentisce", "ha smentito", "ha negato"),
}
# pushing articles that call the official version false / a lie / a hoax (the set needs at least two)
CALLS_OFFICIAL_FALSE = {
    "en": ("is a hoax", "is a lie", "is false"),
    "ru": ("ложь",),
    "uk": ("брехня",),
    "de": ("ist eine lüge", "ist falsch"),
    "fr": ("est un mensonge", "est fausse", "est faux"),
    "es": ("es mentira", "es falsa", "es un engaño"),
    "ar": ("كذب", "كاذبة"),
    "it": ("è una bugia", "è falsa", "è una menzogna"),
}
MIN_CALLS_OFFICIAL_FALSE = 2
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def check_catalogue(narratives: list, fail) -> tuple[set, dict]:
    ids = [n.get("id") for n in narratives]
    if len(narratives) != N_NARRATIVES:
        fail(f"catalogue has {len(narratives)} narratives, expected {N_NARRATIVES}")
    if len(set(ids)) != len(ids):
        fail("duplicate narrative ids in catalogue")
    known = set(ids)
    parents: dict[str, str] = {}
    with_claims = without_claims = 0
    for n in narratives:
        nid = n.get("id", "?")
        if not str(nid).startswith(PREFIX):
            fail(f"{nid}: id must start with {PREFIX}")
        if "examples" in n:
            fail(f"{nid}: uses reserved key 'examples'")
        for key in ("title", "description"):
            if not isinstance(n.get(key), str) or not n[key].strip():
                fail(f"{nid}: missing {key}")
        sentences = len(SENTENCE_END.findall(str(n.get("description", "")).strip()))
        if not 1 <= sentences <= MAX_DESCRIPTION_SENTENCES:
            fail(f"{nid}: description has {sentences} sentences, expected 1-{MAX_DESCRIPTION_SENTENCES}")
        # claims are optional: absent, or a list of at most MAX_CLAIMS strings
        claims = n.get("claims", [])
        if (
            not isinstance(claims, list)
            or len(claims) > MAX_CLAIMS
            or not all(isinstance(c, str) and c.strip() for c in claims)
        ):
            fail(f"{nid}: claims must be a list of 0-{MAX_CLAIMS} strings")
            claims = []
        if claims:
            with_claims += 1
        else:
            without_claims += 1
        if "parent" in n:
            parent = n["parent"]
            if parent == nid or parent not in known:
                fail(f"{nid}: parent {parent!r} is not another narrative of the catalogue")
            else:
                parents[nid] = parent
    for child, parent in parents.items():
        if parent in parents:
            fail(f"{child}: parent {parent} has a parent itself (one level only)")
    if not parents:
        fail("no narrative has a parent")
    if not without_claims:
        fail("every narrative has claims; at least one should have none")
    if not with_claims:
        fail("no narrative has claims")
    return known, parents


def main() -> int:
    errors: list[str] = []

    def fail(msg: str) -> None:
        errors.append(msg)

    catalogue = yaml.safe_load((HERE / "catalogue.yaml").read_text(encoding="utf-8"))
    known, parents = check_catalogue(catalogue.get("narratives") or [], fail)

    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))
    if gold.get("catalogue") != "catalogue.yaml":
        fail("gold.catalogue must be catalogue.yaml")
    root = HERE / gold.get("root", "articles")
    articles = gold.get("articles") or {}

    expected_ids = [f"{lang}-h{i * 7 + j + 1:02d}" for i, lang in enumerate(LANGUAGES) for j in range(7)]
    if list(articles) != expected_ids:
        fail(f"article ids must be {expected_ids[0]}..{expected_ids[-1]}, seven per language in order")
    if len(articles) != N_ARTICLES:
        fail(f"{len(articles)} articles, expected {N_ARTICLES}")

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
    short: Counter = Counter()
    calls_false: list[str] = []
    child_pushes = 0
    stories: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, str] = {}
    for aid, a in articles.items():
        lang, kind = a.get("language"), a.get("kind")
        nar, ref = a.get("narratives"), a.get("refutes")
        if lang not in LANGUAGES:
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
        if kind == "pushing" and (not 1 <= len(nar) <= 3 or ref):
            fail(f"{aid}: pushing article must push 1-3 narratives and refute none")
        elif kind == "neutral" and (nar or ref):
            fail(f"{aid}: neutral article must push and refute nothing")
        elif kind == "factcheck" and (nar or len(ref) != 1):
            fail(f"{aid}: fact-check must refute exactly one narrative and push none")
        # parent rule: an article pushing a sub-narrative lists its parent too
        for nid in nar:
            if nid in parents:
                child_pushes += 1
                if parents[nid] not in nar:
                    fail(f"{aid}: pushes {nid} but not its parent {parents[nid]}")
        for nid in nar:
            pushes[nid].append(lang)
        for nid in ref:
            refuted[nid] += 1
        if "story" not in a:
            fail(f"{aid}: missing story key (use null)")
        story = a.get("story")
        if story is not None:
            if not str(story).startswith(STORY_PREFIX):
                fail(f"{aid}: story id must start with {STORY_PREFIX}")
            stories[story].add(aid)

        path = root / str(a.get("file"))
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
            fail(f"{aid}: needs a headline, a blank line, then the body")
        words = len(text.split())
        if kind == "pushing" and SHORT_WORDS[0] <= words <= SHORT_WORDS[1]:
            short[lang] += 1
        elif not LONG_WORDS[0] <= words <= LONG_WORDS[1]:
            fail(
                f"{aid}: {words} words, outside {LONG_WORDS[0]}-{LONG_WORDS[1]}"
                f" (or {SHORT_WORDS[0]}-{SHORT_WORDS[1]} for the one short pushing article)"
            )
        low = text.lower()
        if kind == "pushing" and any(h in low for h in HEDGES[lang]):
            hedged[lang] += 1
        if kind == "pushing" and any(w in low for w in CALLS_OFFICIAL_FALSE[lang]):
            calls_false.append(aid)

    for lang in LANGUAGES:
        for kind, want in PER_LANGUAGE.items():
            got = per_lang_kind[lang, kind]
            if got != want:
                fail(f"{lang}: {got} {kind} articles, expected {want}")
        if hedged[lang] < 1:
            fail(f"{lang}: no pushing article with a hedge")
        if short[lang] != 1:
            fail(f"{lang}: {short[lang]} short pushing articles, expected exactly 1")
    for nid in sorted(known):
        langs = pushes.get(nid, [])
        if len(langs) < 2 or len(set(langs)) < 2:
            fail(f"{nid}: pushed {len(langs)} times in {len(set(langs))} languages (need >=2 and >=2)")
    if not child_pushes:
        fail("no article pushes a sub-narrative")
    if len(calls_false) < MIN_CALLS_OFFICIAL_FALSE:
        fail(f"{len(calls_false)} pushing articles call the official version false, need {MIN_CALLS_OFFICIAL_FALSE}")
    if len(refuted) != sum(refuted.values()):
        fail("two fact-checks refute the same narrative")
    for story, members in sorted(stories.items()):
        if len(members) < 2:
            fail(f"story {story}: only one article")
    if not any(len({m[:2] for m in members}) >= 2 for members in stories.values()):
        fail("no story shared across languages")
    pushed_stories = {s for s, members in stories.items() if any(kinds.get(m) == "pushing" for m in members)}
    neutrals = [aid for aid, k in kinds.items() if k == "neutral"]
    shared = [aid for aid in neutrals if articles[aid].get("story") in pushed_stories]
    if 2 * len(shared) < len(neutrals):
        fail(f"only {len(shared)} of {len(neutrals)} neutral articles share a story with a pushing article")

    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    total = sum(per_lang_kind.values())
    print(
        f"OK: {total} articles, {len(known)} narratives ({len(parents)} with a parent), "
        f"{sum(len(v) for v in pushes.values())} push labels, {sum(refuted.values())} refute labels, "
        f"{len(stories)} stories, {len(shared)}/{len(neutrals)} neutrals share a story with a pushing article, "
        f"{len(calls_false)} pushing articles call the official version false ({', '.join(calls_false)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
