"""Consistency check for the holdout8 evaluation set (PyYAML + plain Python).

HELD OUT: never run narrascope on it except once, at the end of a session's matcher work; never tune on it.

Run: python tests/holdout8/check.py   (exit status 0 when everything agrees)
"""

import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "ru", "uk", "de", "fr", "es", "ar", "it")
KINDS = ("pushing", "neutral", "factcheck")
PER_LANGUAGE = {"pushing": 4, "neutral": 3, "factcheck": 1}
PER_LANGUAGE_TOTAL = sum(PER_LANGUAGE.values())
N_NARRATIVES = 10
N_ARTICLES = PER_LANGUAGE_TOTAL * len(LANGUAGES)
SHORT_WORDS = (50, 90)  # exactly one pushing article per language is this short (a post)
LONG_WORDS = (60, 600)  # every other article (pushing ones are therefore over 90 words)
MIN_DOUBLE_PUSHES = 2  # pushing articles that push two narratives
HEDGES = {
    "en": ("could not be independently verified", "according to a source", "rejected", "declined to comment"),
    "ru": ("не удалось", "источник", "отвергают", "заявили"),
    "uk": ("не вдалося", "джерела", "заперечують", "заявили"),
    "de": ("nicht unabhängig überprüfen", "anonym", "zurückgewiesen", "erklärte auf anfrage"),
    "fr": ("pas pu être vérifiées", "sans avoir pu", "selon une source", "a rejeté", "affirme être"),
    "es": ("no ha podido ser verificada", "según una fuente", "negó", "sostiene que"),
    "ar": ("لم يتسنّ التحقق", "مصدر", "نفت", "نفى", "تؤكد"),
    "it": ("non è stato possibile verificare", "chiesto l'anonimato", "ha smentito", "sostiene"),
}
# the first two phrases of each language are explicit hedges; each language needs a pushing article with one
EXPLICIT_HEDGES = {lang: phrases[:2] for lang, phrases in HEDGES.items()}


def check_catalogue(fail) -> set[str]:
    catalogue = yaml.safe_load((HERE / "catalogue.yaml").read_text(encoding="utf-8"))
    narratives = catalogue.get("narratives") or []
    ids = [n.get("id") for n in narratives]
    if len(narratives) != N_NARRATIVES:
        fail(f"catalogue has {len(narratives)} narratives, expected {N_NARRATIVES}")
    if len(set(ids)) != len(ids):
        fail("duplicate narrative ids in catalogue")
    with_claims = 0
    for n in narratives:
        nid = n.get("id", "?")
        if not str(nid).startswith("h8-"):
            fail(f"{nid}: id must start with h8-")
        if "examples" in n:
            fail(f"{nid}: uses reserved key 'examples'")
        for key in ("title", "description"):
            if not isinstance(n.get(key), str) or not n[key].strip():
                fail(f"{nid}: missing {key}")
        if "claims" in n:
            claims = n["claims"]
            if not isinstance(claims, list) or not 2 <= len(claims) <= 4 or not all(isinstance(c, str) for c in claims):
                fail(f"{nid}: claims, where given, must be 2-4 strings")
            with_claims += 1
    if not 0 < with_claims < len(narratives):
        fail("some narratives should have example claims and some should not")
    return set(ids)


def main() -> int:
    errors: list[str] = []

    def fail(msg: str) -> None:
        errors.append(msg)

    known = check_catalogue(fail)

    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))
    if gold.get("catalogue") != "catalogue.yaml":
        fail("gold.catalogue must be catalogue.yaml")
    root = HERE / gold.get("root", "articles")
    articles = gold.get("articles") or {}

    expected_ids = [
        f"{lang}-h{i * PER_LANGUAGE_TOTAL + j + 1:02d}"
        for i, lang in enumerate(LANGUAGES)
        for j in range(PER_LANGUAGE_TOTAL)
    ]
    if list(articles) != expected_ids:
        fail(f"article ids must be {expected_ids[0]}..{expected_ids[-1]}, {PER_LANGUAGE_TOTAL} per language in order")
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
    explicit: Counter = Counter()
    short: Counter = Counter()
    doubles = 0
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
            if not str(story).startswith("h8s-"):
                fail(f"{aid}: story id must start with h8s-")
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
        if kind == "pushing" and any(h in text.lower() for h in HEDGES[lang]):
            hedged[lang] += 1
        if kind == "pushing" and any(h in text.lower() for h in EXPLICIT_HEDGES[lang]):
            explicit[lang] += 1

    for lang in LANGUAGES:
        for kind, want in PER_LANGUAGE.items():
            got = per_lang_kind[lang, kind]
            if got != want:
                fail(f"{lang}: {got} {kind} articles, expected {want}")
        if hedged[lang] < 1:
            fail(f"{lang}: no pushing article with a hedge")
        if explicit[lang] < 1:
            fail(f"{lang}: no pushing article with an explicit hedge phrase")
        if short[lang] != 1:
            fail(f"{lang}: {short[lang]} short pushing articles, expected exactly 1")
    for lang in LANGUAGES:
        storyless = [aid for aid, k in kinds.items() if k == "neutral" and aid.startswith(f"{lang}-")
                     and articles[aid].get("story") is None]
        if len(storyless) != 1:
            fail(f"{lang}: {len(storyless)} neutral articles without a story, expected exactly 1 (the unrelated one)")
    for nid in sorted(known):
        langs = pushes.get(nid, [])
        if len(langs) < 2 or len(set(langs)) < 2:
            fail(f"{nid}: pushed {len(langs)} times in {len(set(langs))} languages (need >=2 and >=2)")
    if doubles < MIN_DOUBLE_PUSHES:
        fail(f"only {doubles} pushing articles push two narratives, expected at least {MIN_DOUBLE_PUSHES}")
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
        f"OK: {total} articles, {len(known)} narratives, {sum(len(v) for v in pushes.values())} push labels "
        f"({doubles} articles push two), {sum(refuted.values())} refute labels, {len(stories)} stories, "
        f"{len(shared)}/{len(neutrals)} neutrals share a story with a pushing article"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
