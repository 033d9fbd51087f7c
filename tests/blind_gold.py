"""The consistency check of the blind claims gold sets written to one standard (tests/claims_blind16 on).

Each such set is 6 articles per language (w01-w04 push, w05 neutral, w06 fact-check; older sets name their own
ids, kinds and rules in their BlindSet), a gold.yaml of
relocation claims and sources, and a frames.yaml of support and accusation frames; its README.md states the
conventions. The check never imports narrascope and scores nothing: it only says whether articles, gold and
frames agree with each other and with those conventions, so it may run on a set still held out.

A set's own ``check.py`` names its languages and headline conventions and calls :func:`run`:

    python tests/claims_blind53/check.py      # prints per-language counts; exit 0 when clean

``tests/test_blind_gold.py`` runs it on every set that has such a check.py.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

#: the kinds of a language's articles in the order of their ids (w01-w04 push, w05 neutral, w06 fact-check)
KINDS = ("push", "push", "push", "push", "neutral", "fact-check")
CLAIM_FIELDS = ["type", "agent", "agent_canonical", "moved", "moved_canonical", "count_text", "count", "origin",
                "origin_canonical", "origin_country", "destination", "destination_canonical",
                "destination_country", "means", "time", "source", "source_kind", "modality", "evidence"]
TEXT_FIELDS = ("agent", "moved", "count_text", "origin", "destination", "time", "source")
FRAME_FIELDS = ["type", "agent", "agent_canonical", "target", "target_canonical", "trigger", "source",
                "source_kind", "modality", "evidence"]
MODALITIES = {"asserted", "reported", "hypothetical", "questioned", "denied"}
SOURCE_KINDS = {"agency", "government", "media", "anonymous", "person"}
FRAME_TYPES = {"support", "accusation"}
#: how a fact-check's headline says "No, ..." in each language the sets are written in; no push or neutral
#: headline of a set may open with the one of its languages
DENIAL_OPENINGS = {"en": "No, ", "es": "No, ", "it": "No, ", "pt": "Não, ", "fr": "Non, ", "de": "Nein, ",
                   "pl": "Nie, ", "ru": "Нет, ", "uk": "Ні, ", "bg": "Не, ", "ar": "لا، "}
#: the Latin and the Arabic question mark
QUESTION_END = ("?", "؟")
#: a full stop, exclamation or question mark (Latin or Arabic), then at most one closing quote or bracket
_STOP = r"[.!?؟]['\"»”“’)]?"
SENTENCE_END = re.compile(_STOP + r"(?=\s|$)")
ENDS_A_SENTENCE = re.compile(_STOP + "$")
PUBLISHED = re.compile(r"(\d{4})-\d\d-\d\d")
LAST_YEAR = 2025
#: libyaml's safe loader where PyYAML was built with it: ten times faster on these files
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 (a safe loader)


@dataclass(frozen=True)
class BlindSet:
    """One set's languages and headline conventions.

    >>> BlindSet(("ru", "it", "es", "ar"), negations=("ru", "it"), questions=("es", "ar")).denial_openings()
    ('Нет, ', 'No, ', 'لا، ')
    """

    languages: tuple[str, ...]
    #: the languages whose fact-check headline opens with a denial ("No, ...") ...
    negations: tuple[str, ...]
    #: ... and those whose fact-check headline is a question
    questions: tuple[str, ...]
    #: denial openings besides the languages' own that no push or neutral headline may have
    more_denial_openings: tuple[str, ...] = field(default=())
    #: the letter before an article's number in its id ("de-w01"); older sets used others
    letter: str = "w"
    #: the kinds of a language's articles in the order of their ids
    kinds: tuple[str, ...] = KINDS
    #: whether every push article must hold a third-party denial (a denied claim with a source): from set 19 on
    third_party_denials: bool = True
    #: the first year a publication date may have (LAST_YEAR the last)
    first_year: int = 2019

    def ids(self) -> dict[str, list[str]]:
        return {lang: [f"{lang}-{self.letter}{i:02d}" for i in range(1, len(self.kinds) + 1)]
                for lang in self.languages}

    def denial_openings(self) -> tuple[str, ...]:
        found = dict.fromkeys(DENIAL_OPENINGS[lang] for lang in self.languages if lang in DENIAL_OPENINGS)
        return tuple(found) + self.more_denial_openings


Err = Callable[[str], None]


def check(folder: Path, spec: BlindSet) -> list[str]:
    """Every disagreement found in the set at ``folder``, one line each (none: the set is clean)."""
    errors: list[str] = []
    err = errors.append
    gold, frames = _load(folder / "gold.yaml"), _load(folder / "frames.yaml")
    root = folder / gold.get("root", "articles")
    rows, frows = gold["articles"], frames["articles"]
    expected = {aid for ids in spec.ids().values() for aid in ids}
    files = {p.stem for p in root.glob("*/*.txt")}
    for name, found in (("gold.yaml", set(rows)), ("frames.yaml", set(frows)), ("articles/", files)):
        if found != expected:
            err(f"{name}: missing {sorted(expected - found)}, extra {sorted(found - expected)}")
    kinds: Counter[tuple[str, str]] = Counter()
    headlines: Counter[tuple[str, str]] = Counter()
    for lang, ids in spec.ids().items():
        for pos, aid in enumerate(ids, 1):
            if aid in rows:
                _check_article(aid, lang, pos, rows[aid], frows.get(aid) or {}, root, spec, kinds, headlines, err)
    for lang in spec.languages:
        for kind, n in Counter(spec.kinds).items():
            if kinds[(lang, kind)] != n:
                err(f"{lang}: {kinds[(lang, kind)]} {kind} articles, expected {n}")
        want = (int(lang in spec.negations), int(lang in spec.questions))
        found = (headlines[(lang, "negated")], headlines[(lang, "question")])
        if found != want:
            err(f"{lang}: fact-check headlines negated / question {found[0]} / {found[1]}, "
                f"expected {want[0]} / {want[1]}")
    return errors


def _check_article(aid: str, lang: str, pos: int, row: dict[str, Any], fr: dict[str, Any], root: Path,
                   spec: BlindSet, kinds: Counter[tuple[str, str]], headlines: Counter[tuple[str, str]],
                   err: Err) -> None:
    if row.get("file") != f"{lang}/{aid}.txt" or row.get("language") != lang:
        err(f"{aid}: file or language field wrong")
    if list(row) != ["file", "language", "published", "claims", "sources"]:
        err(f"{aid}: article keys {list(row)}")
    path = root / row["file"]
    if not path.exists():
        err(f"{aid}: no file {path}")
        return
    head, sep, body = path.read_text(encoding="utf-8").partition("\n\n")
    body = body.rstrip("\n")
    if not sep or "\n" in head or not head.strip():
        err(f"{aid}: file is not a headline, a blank line and a body")
    paras = body.split("\n\n")
    if not 2 <= len(paras) <= 4 or any("\n" in p or not p.strip() for p in paras):
        err(f"{aid}: body must be 2-4 one-line paragraphs, got {len(paras)}")
    n_sent = len(SENTENCE_END.findall(body))
    if not 6 <= n_sent <= 9:
        err(f"{aid}: {n_sent} sentences")
    kind = fr.get("kind")
    kinds[(lang, kind)] += 1
    if kind != spec.kinds[pos - 1]:
        err(f"{aid}: kind {kind!r}, expected {spec.kinds[pos - 1]}")
    _check_headline(aid, lang, head, kind, fr, spec, headlines, err)
    listed = check_sources(aid, row.get("sources") or [], body, err)
    claims = row.get("claims") or []
    if kind == "neutral" and claims:
        err(f"{aid}: a neutral article has {len(claims)} claim(s)")
    if kind != "neutral" and not claims:
        err(f"{aid}: no claims")
    if kind == "fact-check" and not any(c.get("modality") == "denied" for c in claims):
        err(f"{aid}: fact-check without a denied claim")
    third_party = any(c.get("modality") == "denied" and c.get("source") for c in claims)
    if kind == "push" and spec.third_party_denials and not third_party:
        err(f"{aid}: push article without a third-party denial (a denied claim with a source)")
    date = PUBLISHED.fullmatch(str(row.get("published")))
    if not date or not spec.first_year <= int(date.group(1)) <= LAST_YEAR:
        err(f"{aid}: published date {row.get('published')!r} outside {spec.first_year}-{LAST_YEAR}")
    for i, c in enumerate(claims):
        _check_claim(f"{aid} claim {i + 1}", c, body, paras, listed, err)
    for j, f in enumerate(fr.get("frames") or []):
        _check_frame(f"{aid} frame {j + 1}", f, body, paras, listed, err)


def _check_headline(aid: str, lang: str, head: str, kind: str | None, fr: dict[str, Any], spec: BlindSet,
                    headlines: Counter[tuple[str, str]], err: Err) -> None:
    negated = lang in spec.negations and head.startswith(DENIAL_OPENINGS[lang])
    question = head.rstrip().endswith(QUESTION_END)
    if bool(fr.get("negated_headline")) != negated:
        err(f"{aid}: negated_headline {fr.get('negated_headline')!r} disagrees with the headline")
    if kind == "fact-check":
        if negated == question:
            err(f"{aid}: a fact-check headline should either open with a denial or be a question")
        headlines[(lang, "negated")] += negated
        headlines[(lang, "question")] += question
        return
    if negated:
        err(f"{aid}: negated headline on a {kind} article")
    if question:
        err(f"{aid}: a question headline on a {kind} article")
    if head.startswith(spec.denial_openings()):
        err(f"{aid}: a headline opening with a denial on a {kind} article")


def check_sources(aid: str, sources: list[dict[str, Any]], body: str, err: Err) -> dict[str, str]:
    listed: dict[str, str] = {}
    for s in sources:
        if set(s) != {"text", "kind"}:
            err(f"{aid}: source entry {s}")
            continue
        if s["kind"] not in SOURCE_KINDS:
            err(f"{aid}: source kind {s['kind']}")
        if s["text"] in listed:
            err(f"{aid}: source listed twice: {s['text']}")
        listed[s["text"]] = s["kind"]
        if s["text"] not in body:
            err(f"{aid}: source not in body: {s['text']}")
    return listed


def _check_claim(tag: str, c: dict[str, Any], body: str, paras: list[str], listed: dict[str, str], err: Err) -> None:
    if list(c) != CLAIM_FIELDS:
        err(f"{tag}: fields {list(c)}")
        return
    for f in TEXT_FIELDS:
        v = c[f]
        if v is not None and (not isinstance(v, str) or v not in body):
            err(f"{tag}: {f} not in body: {v!r}")
    ev = c["evidence"]
    if not isinstance(ev, str) or not any(ev in p for p in paras):
        err(f"{tag}: evidence is not inside one paragraph of the body")
    elif not ENDS_A_SENTENCE.search(ev) or not any(p.startswith(ev) or f" {ev}" in p for p in paras):
        err(f"{tag}: evidence is not made of whole sentences")
    check_slots(tag, c, listed, err)


def check_slots(tag: str, c: dict[str, Any], listed: dict[str, str], err: Err) -> None:
    """What every gold claim's slots must satisfy, however its evidence is given (a text here; offsets into a real
    document in tests/real_gold.py): type, modality, a moved group, places with their canonicals, a count with its
    text, and a source listed with the same kind."""
    if c["type"] != "relocation":
        err(f"{tag}: type {c['type']}")
    if c["modality"] not in MODALITIES:
        err(f"{tag}: modality {c['modality']}")
    if not c["moved"] or not c["moved_canonical"]:
        err(f"{tag}: no moved group")
    for place in ("origin", "destination"):
        has_text, has_canon = bool(c[place]), bool(c[f"{place}_canonical"])
        if has_text != has_canon:
            err(f"{tag}: {place} text and canonical not filled together")
        if c[f"{place}_country"] and not has_text:
            err(f"{tag}: {place} country without a place")
    if c["modality"] != "denied" and not (c["origin"] or c["destination"]):
        err(f"{tag}: a non-denied claim names no place")
    if c["count"] is not None and (not isinstance(c["count"], int) or not c["count_text"]):
        err(f"{tag}: count must be an integer with a count text")
    if not c["agent"] and c["agent_canonical"]:
        err(f"{tag}: agent canonical without agent text")
    if c["source"]:
        if listed.get(c["source"]) != c["source_kind"]:
            err(f"{tag}: source {c['source']!r} not listed with kind {c['source_kind']}")
    elif c["source_kind"]:
        err(f"{tag}: source kind without source")


def _check_frame(tag: str, f: dict[str, Any], body: str, paras: list[str], listed: dict[str, str], err: Err) -> None:
    if list(f) != FRAME_FIELDS:
        err(f"{tag}: fields {list(f)}")
        return
    if f["type"] not in FRAME_TYPES or f["modality"] not in MODALITIES:
        err(f"{tag}: type or modality")
    for k in ("agent", "target", "trigger", "source"):
        if f[k] is not None and f[k] not in body:
            err(f"{tag}: {k} not in body: {f[k]!r}")
    if not isinstance(f["evidence"], str) or not any(f["evidence"] in p for p in paras):
        err(f"{tag}: evidence is not inside one paragraph of the body")
    elif f["trigger"] not in f["evidence"]:
        err(f"{tag}: trigger not in its evidence")
    if f["source"] and listed.get(f["source"]) != f["source_kind"]:
        err(f"{tag}: frame source not listed with the same kind")


def summary(folder: Path, spec: BlindSet) -> list[str]:
    """Per-language counts of articles, claims (denied) and source mentions, then the set's totals."""
    rows = (_load(folder / "gold.yaml") or {}).get("articles") or {}
    lines = []
    for lang, ids in spec.ids().items():
        claims = [c for aid in ids if aid in rows for c in rows[aid].get("claims") or []]
        denied = sum(1 for c in claims if c.get("modality") == "denied")
        n_src = sum(len(rows[aid].get("sources") or []) for aid in ids if aid in rows)
        lines.append(f"{lang}: {len(ids)} articles, {len(claims)} claims ({denied} denied), {n_src} source mentions")
    n_claims = sum(len(r.get("claims") or []) for r in rows.values())
    n_sources = sum(len(r.get("sources") or []) for r in rows.values())
    lines.append(f"{len(rows)} articles, {n_claims} claims, {n_sources} source mentions")
    return lines


def run(folder: Path, spec: BlindSet) -> int:
    """What a set's check.py does: print each problem and the counts; 0 when the set is clean."""
    return report(check(folder, spec), summary(folder, spec))


def report(errors: list[str], lines: list[str]) -> int:
    """Print each problem, then the counts (the last line, the totals, with the verdict); 0 when there is none."""
    for e in errors:
        print("ERROR", e)
    print("\n".join(lines[:-1]))
    print(f"{lines[-1]}: {'OK' if not errors else f'{len(errors)} problem(s)'}")
    return 1 if errors else 0
