"""The consistency check of the claims gold sets annotated on real documents (tests/claims_semeval, claims_semeval23*).

Such a set's gold.yaml points into ``../shared/data`` (``root``), never copies a document's text, and gives each
claim's evidence as character offsets (``evidence_start``/``evidence_end``) into the document. The check never
imports narrascope: it says whether the gold agrees with the documents and with the conventions of its README
(keys that name the document, documents per language, every text field inside its evidence, only sources that a
claim cites listed). A set's own ``check.py`` names its languages and where its documents lie, and calls
:func:`run`:

    python tests/claims_semeval23/check.py      # prints per-language counts; exit 0 when clean

``tests/test_blind_gold.py`` runs it on every such set when the data lies beside the repository.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from blind_gold import TEXT_FIELDS, Err, _load, check_slots, check_sources, report

CLAIM_FIELDS = ["type", "agent", "agent_canonical", "moved", "moved_canonical", "count_text", "count", "origin",
                "origin_canonical", "origin_country", "destination", "destination_canonical",
                "destination_country", "means", "time", "source", "source_kind", "modality", "evidence_start",
                "evidence_end"]


@dataclass(frozen=True)
class RealSet:
    """One set's documents per language and how a document's key and file must look.

    >>> RealSet({"en": 1}, semeval23_file).misfiled("en-article123", "en", "en/articles/article123.txt")
    >>> RealSet({"de": 1}, semeval23_file).misfiled("de-article123", "de", "de/articles/article123.txt")
    "file 'de/articles/article123.txt' does not match the key and language"
    """

    counts: dict[str, int]
    #: (key, language, file) -> what is wrong with the file's name, or None
    misfiled: Callable[[str, str, str], str | None]


#: SemEval-2023 T3's folder per ISO language code ("ge" holds German, "po" Polish)
SEMEVAL23_FOLDERS = {"en": "en", "fr": "fr", "de": "ge", "it": "it", "pl": "po", "ru": "ru"}


def semeval23_file(aid: str, lang: str, rel: str) -> str | None:
    """A SemEval-2023 T3 article: ``<folder>/articles/article<digits>.txt``, keyed ``<lang>-article<digits>``."""
    stem = Path(rel).stem
    if rel != f"{SEMEVAL23_FOLDERS[lang]}/articles/{stem}.txt" or aid != f"{lang}-{stem}":
        return f"file {rel!r} does not match the key and language"
    if not stem.startswith("article") or not stem[len("article"):].isdigit():
        return f"{stem!r} is no document stem"
    return None


#: SemEval-2025 T10's folder and the prefixes of its document names, per ISO language code
SEMEVAL25_DOCUMENTS = {"en": ("EN/raw-documents/", ("EN_UA_", "EN_CC_")), "ru": ("RU/raw-documents/", ("RU-URW-",))}


def semeval25_file(aid: str, lang: str, rel: str) -> str | None:
    """A SemEval-2025 T10 document: ``<LANG>/raw-documents/<name>.txt``, keyed by its name."""
    folder, prefixes = SEMEVAL25_DOCUMENTS[lang]
    if not rel.startswith(folder) or not rel.endswith(".txt") or Path(rel).stem != aid:
        return f"file {rel!r} does not match the key and language"
    if not aid.startswith(prefixes):
        return f"key is no {lang} document stem"
    return None


def check(folder: Path, spec: RealSet) -> list[str]:
    """Every disagreement found in the set at ``folder``, one line each (none: the set is clean)."""
    errors: list[str] = []
    err = errors.append
    gold = _load(folder / "gold.yaml")
    if list(gold) != ["root", "articles"]:
        err(f"top-level keys {list(gold)}")
    root = (folder / gold["root"]).resolve()
    if not root.is_dir():
        return [*errors, f"root {root} is not a folder"]
    per_lang: Counter[str] = Counter()
    for aid, row in gold["articles"].items():
        if list(row) != ["file", "language", "claims", "sources"]:
            err(f"{aid}: article keys {list(row)}")
            continue
        lang = row["language"]
        if lang not in spec.counts:
            err(f"{aid}: language {lang!r}")
            continue
        per_lang[lang] += 1
        wrong = spec.misfiled(aid, lang, row["file"])
        if wrong:
            err(f"{aid}: {wrong}")
        path = root / row["file"]
        if not path.is_file():
            err(f"{aid}: no file {path}")
            continue
        _check_document(aid, row, path.read_text(encoding="utf-8"), err)
    for lang, n in spec.counts.items():
        if per_lang[lang] != n:
            err(f"{lang}: {per_lang[lang]} documents, expected {n}")
    return errors


def _check_document(aid: str, row: dict[str, Any], text: str, err: Err) -> None:
    listed = check_sources(aid, row["sources"] or [], text, err)
    cited = set()
    for i, c in enumerate(row["claims"] or []):
        _check_claim(f"{aid} claim {i + 1}", c, text, listed, err)
        if isinstance(c, dict) and c.get("source"):
            cited.add(c["source"])
    for t in listed:
        if t not in cited:
            err(f"{aid}: source {t!r} is listed but no claim cites it (only claims' sources are listed)")


def _check_claim(tag: str, c: dict[str, Any], text: str, listed: dict[str, str], err: Err) -> None:
    if not isinstance(c, dict) or list(c) != CLAIM_FIELDS:
        err(f"{tag}: fields {list(c) if isinstance(c, dict) else c}")
        return
    start, end = c["evidence_start"], c["evidence_end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        err(f"{tag}: evidence offsets {start!r}..{end!r} not inside the document ({len(text)} characters)")
        return
    span = text[start:end]
    if span != span.strip():
        err(f"{tag}: evidence span starts or ends with white space")
    for f in TEXT_FIELDS:
        v = c[f]
        if v is None:
            continue
        if not isinstance(v, str) or not v.strip():
            err(f"{tag}: {f} is not a text: {v!r}")
        elif v not in span:
            err(f"{tag}: {f} not within its evidence span: {v!r}")
    check_slots(tag, c, listed, err)


def summary(folder: Path, spec: RealSet) -> list[str]:
    """Per-language counts of documents (with claims), claims (denied) and source mentions, then the totals."""
    rows = _load(folder / "gold.yaml")["articles"]
    lines = []
    for lang in spec.counts:
        docs = [r for r in rows.values() if r.get("language") == lang]
        claims = [c for r in docs for c in r.get("claims") or []]
        with_claims = sum(1 for r in docs if r.get("claims"))
        denied = sum(1 for c in claims if c.get("modality") == "denied")
        n_src = sum(len(r.get("sources") or []) for r in docs)
        lines.append(f"{lang}: {len(docs)} documents, {with_claims} with claims, {len(claims)} claims ({denied} "
                     f"denied), {n_src} source mentions")
    lines.append(f"{len(rows)} documents, {sum(len(r.get('claims') or []) for r in rows.values())} claims")
    return lines


def run(folder: Path, spec: RealSet) -> int:
    """What a set's check.py does: print each problem and the counts; 0 when the set is clean."""
    return report(check(folder, spec), summary(folder, spec))
