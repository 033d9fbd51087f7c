"""Consistency check for the stance_blind3 held-out set (format only; never runs narrascope).

Run: python tests/stance_blind3/check.py
"""

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LANGUAGES = ["en", "ru", "uk", "de", "fr", "es", "ar", "pt"]
PER_LANGUAGE = 6
STANCES_PER_LANGUAGE = {"refutes": 2, "pushes": 3, "mentions": 1}
KIND_STANCE = {
    "factcheck_label": "refutes",
    "factcheck_question": "refutes",
    "factcheck_no": "refutes",
    "factcheck_verdict": "refutes",
    "factcheck_plain": "refutes",
    "factcheck_partial": "refutes",
    "pushes_hedged": "pushes",
    "pushes_denial": "pushes",
    "pushes_speech": "pushes",
    "pushes_counter": "pushes",
    "pushes_short": "pushes",
    "neutral": "mentions",
}
FIELDS = {"file", "language", "kind", "narrative", "stance"}
# Sentence ends: . ! ? … and the Arabic question mark, followed by a space, a newline or the end.
SENTENCE_END = re.compile(r"[.!?…؟][\"'»“”)]*(?=\s|$)")


def count_sentences(text: str) -> int:
    return len(SENTENCE_END.findall(text.strip()))


def main() -> int:
    errors: list[str] = []
    catalogue = yaml.safe_load((HERE / "catalogue.yaml").read_text(encoding="utf-8"))
    narratives = catalogue["narratives"]
    ids = [n["id"] for n in narratives]
    if len(ids) != 8 or len(set(ids)) != 8:
        errors.append(f"catalogue: expected 8 distinct narratives, got {ids}")
    for n in narratives:
        if not n["id"].startswith("s3-"):
            errors.append(f"catalogue: id without s3- prefix: {n['id']}")
        for field in ("title", "description"):
            if not str(n.get(field, "")).strip():
                errors.append(f"catalogue: {n['id']} lacks {field}")
        for claim in n.get("claims", []) or []:
            if not isinstance(claim, str) or not claim.strip():
                errors.append(f"catalogue: {n['id']} has an empty claim")

    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))["articles"]
    per_lang: dict[str, Counter] = {lang: Counter() for lang in LANGUAGES}
    per_narrative: Counter = Counter()
    for aid, entry in gold.items():
        if set(entry) != FIELDS:
            errors.append(f"{aid}: fields {sorted(entry)} != {sorted(FIELDS)}")
            continue
        lang = entry["language"]
        if lang not in LANGUAGES:
            errors.append(f"{aid}: unknown language {lang}")
            continue
        if not re.fullmatch(rf"{lang}-\d\d", aid):
            errors.append(f"{aid}: id does not match language {lang}")
        if entry["file"] != f"{lang}/{aid}.txt":
            errors.append(f"{aid}: file {entry['file']} != {lang}/{aid}.txt")
        if entry["narrative"] not in ids:
            errors.append(f"{aid}: unknown narrative {entry['narrative']}")
        kind = entry["kind"]
        if kind not in KIND_STANCE:
            errors.append(f"{aid}: unknown kind {kind}")
        elif KIND_STANCE[kind] != entry["stance"]:
            errors.append(f"{aid}: kind {kind} needs stance {KIND_STANCE[kind]}, got {entry['stance']}")
        per_lang[lang][entry["stance"]] += 1
        per_narrative[entry["narrative"]] += 1

        path = HERE / "articles" / entry["file"]
        if not path.is_file():
            errors.append(f"{aid}: missing file {path}")
            continue
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
            errors.append(f"{aid}: expected a headline line, then a blank line, then the body")
            continue
        body = "\n".join(lines[2:])
        n = count_sentences(body)
        if not 3 <= n <= 10:
            errors.append(f"{aid}: body has {n} sentences (want 3-10)")

    for lang in LANGUAGES:
        total = sum(per_lang[lang].values())
        if total != PER_LANGUAGE:
            errors.append(f"{lang}: {total} articles (want {PER_LANGUAGE})")
        for stance, want in STANCES_PER_LANGUAGE.items():
            if per_lang[lang][stance] != want:
                errors.append(f"{lang}: {per_lang[lang][stance]} x {stance} (want {want})")

    listed = {entry["file"] for entry in gold.values()}
    for path in sorted((HERE / "articles").glob("*/*.txt")):
        rel = f"{path.parent.name}/{path.name}"
        if rel not in listed:
            errors.append(f"article not in gold.yaml: {rel}")

    for err in errors:
        print("ERROR", err)
    print(f"{len(gold)} articles, {len(ids)} narratives; per narrative: {dict(sorted(per_narrative.items()))}")
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
