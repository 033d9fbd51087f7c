"""Builds ../articles, ../gold.yaml and ../frames.yaml from data_<lang>.py (texts and gold side by side)."""
import importlib
import json
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
LANGS = ("en", "ru", "uk", "de", "fr", "es", "ar")
sys.path.insert(0, str(HERE))


def q(v):
    """A YAML scalar as in tests/claims_blind/gold.yaml: null, a plain number, or a double-quoted string."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return json.dumps(str(v), ensure_ascii=False)


def plain(v):
    """Unquoted where YAML reads it back as the same string (as the canonical names in the blind gold)."""
    if isinstance(v, str) and v.strip() == v and ": " not in v and " #" not in v:
        try:
            if yaml.safe_load(v) == v:
                return v
        except yaml.YAMLError:
            pass
    return q(v)


def main(langs):
    gold, frames = {}, {}
    for lang in langs:
        mod = importlib.import_module(f"data_{lang}")
        for a in mod.ARTICLES:
            path = OUT / "articles" / lang / f"{a['id']}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(a["text"], encoding="utf-8")
            gold[a["id"]] = {"file": f"{lang}/{a['id']}.txt", "language": lang, "published": a["published"],
                             "claims": a["claims"], "sources": a["sources"]}
            frames[a["id"]] = {"kind": a["kind"], "frames": a["frames"]}
    head = ("# blind gold set 4 for relocation claims, written without reading narrascope's code;\n"
            "# format of tests/claims_blind/gold.yaml; text fields are exact substrings of the article;\n"
            "# HELD OUT: score ONCE at the end of a future session, never tune on it (see README.md)\n")
    out = [head + "articles:"]
    for aid, row in gold.items():
        out += [f"  {aid}:", f"    file: {row['file']}", f"    language: {row['language']}",
                f"    published: {row['published']}"]
        if row["claims"]:
            out.append("    claims:")
            for c in row["claims"]:
                first = True
                for k, v in c.items():
                    out.append(("      - " if first else "        ") + f"{k}: {plain(v) if k.endswith(('canonical', 'country')) or k in ('type', 'means', 'source_kind', 'modality') else q(v)}")
                    first = False
        else:
            out.append("    claims: []")
        out.append("    sources:" if row["sources"] else "    sources: []")
        for s in row["sources"]:
            out.append(f"      - {{text: {q(s['text'])}, kind: {s['kind']}}}")
    (OUT / "gold.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
    out = ["# article kinds and support/accusation frames of blind set 4 (held out; see README.md)", "articles:"]
    for aid, row in frames.items():
        out += [f"  {aid}:", f"    kind: {row['kind']}"]
        if row["frames"]:
            out.append("    frames:")
            for f in row["frames"]:
                first = True
                for k, v in f.items():
                    out.append(("      - " if first else "        ") + f"{k}: {q(v)}")
                    first = False
        else:
            out.append("    frames: []")
    (OUT / "frames.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:] or LANGS)
