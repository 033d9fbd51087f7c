"""Writes articles/, gold.yaml and frames.yaml of tests/claims_blind6 from data_<lang>.py."""
import importlib
import sys
from pathlib import Path

import yaml

import lib

OUT = Path(sys.argv[1])
LANGS = ["en", "ru", "uk", "de", "fr", "es", "ar"]
for lang in LANGS:
    importlib.import_module(f"data_{lang}")

FIELDS = ["type", "agent", "agent_canonical", "moved", "moved_canonical", "count_text", "count",
          "origin", "origin_canonical", "origin_country", "destination", "destination_canonical",
          "destination_country", "means", "time", "source", "source_kind", "modality", "evidence"]


PLAIN = ("type", "modality", "means", "source_kind", "agent_canonical", "moved_canonical")


def sentences(a):
    return [s for p in a["paras"] for s in p]


def evidence(a, ev):
    sents = sentences(a)
    if isinstance(ev, str):
        return ev
    if isinstance(ev, int):
        ev = [ev]
    return " ".join(sents[i - 1] for i in ev)


def kind_of(a, src):
    for text, kind in a["sources"]:
        if text == src:
            return kind
    raise SystemExit(f"{a['aid']}: source {src!r} not listed")


def q(s):
    return yaml.safe_dump(s, allow_unicode=True, width=10**6, default_style='"').strip()


def val(v):
    if v is None:
        return "null"
    if isinstance(v, int):
        return str(v)
    return q(v)


gold = ["# blind gold set 6 for relocation claims, written without reading narrascope's code; format and",
        "# conventions of tests/claims_blind/gold.yaml; text fields and evidence are exact substrings of the",
        "# article body; HELD OUT: score ONCE at the end of a future session, never tune on it (README.md)",
        "articles:"]
frames = ["# article kinds and a few support/accusation frames of tests/claims_blind6 (held out; see README.md)",
          "articles:"]
for a in lib.ARTICLES:
    lang = a["aid"][:2]
    d = OUT / "articles" / lang
    d.mkdir(parents=True, exist_ok=True)
    body = "\n\n".join(" ".join(p) for p in a["paras"])
    (d / f"{a['aid']}.txt").write_text(a["headline"] + "\n\n" + body + "\n", encoding="utf-8")
    gold += [f"  {a['aid']}:", f"    file: {lang}/{a['aid']}.txt", f"    language: {lang}",
             f"    published: {a['date']}"]
    if a["claims"]:
        gold.append("    claims:")
    else:
        gold.append("    claims: []")
    for c in a["claims"]:
        row = dict(c)
        row["type"] = "relocation"
        row["source_kind"] = kind_of(a, c["source"]) if c["source"] else None
        row["evidence"] = evidence(a, c["ev"])
        for i, f in enumerate(FIELDS):
            v = row[f]
            s_ = v if (f in PLAIN and v) else val(v)
            gold.append(("      - " if i == 0 else "        ") + f"{f}: {s_}")
    gold.append("    sources:")
    for text, kind in a["sources"]:
        gold.append(f"      - {{text: {q(text)}, kind: {kind}}}")
    frames += [f"  {a['aid']}:", f"    kind: {a['kind']}", f"    negated_headline: {'true' if a['neg'] else 'false'}"]
    if a["frames"]:
        frames.append("    frames:")
    else:
        frames.append("    frames: []")
    for fr in a["frames"]:
        row = dict(fr)
        row["source_kind"] = kind_of(a, fr["source"]) if fr["source"] else None
        row["evidence"] = evidence(a, fr["ev"])
        keys = ["type", "agent", "agent_canonical", "target", "target_canonical", "trigger", "source",
                "source_kind", "modality", "evidence"]
        for i, k in enumerate(keys):
            v = row[k]
            s = v if (k in ("type", "modality", "agent_canonical", "target_canonical", "source_kind") and v) else val(v)
            frames.append(("      - " if i == 0 else "        ") + f"{k}: {s}")
(OUT / "gold.yaml").write_text("\n".join(gold) + "\n", encoding="utf-8")
(OUT / "frames.yaml").write_text("\n".join(frames) + "\n", encoding="utf-8")
print(len(lib.ARTICLES), "articles", sum(len(a["claims"]) for a in lib.ARTICLES), "claims",
      sum(len(a["sources"]) for a in lib.ARTICLES), "sources")
