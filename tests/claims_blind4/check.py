"""Consistency check of blind set 4 (PyYAML only; never runs narrascope). Exit 0 when clean."""

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
TEXT_FIELDS = ("agent", "moved", "count_text", "origin", "destination", "time", "source", "evidence")
REQUIRED = ("type", "agent", "agent_canonical", "moved", "moved_canonical", "count_text", "count", "origin",
            "origin_canonical", "origin_country", "destination", "destination_canonical",
            "destination_country", "means", "time", "source", "source_kind", "modality", "evidence")
MODALITIES = {"asserted", "reported", "denied", "hypothetical", "questioned"}
KINDS = {"agency", "government", "media", "anonymous", "person"}
ARTICLE_KINDS = {"push", "neutral", "factcheck", "negated"}


def main() -> int:
    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))["articles"]
    frames = yaml.safe_load((HERE / "frames.yaml").read_text(encoding="utf-8"))["articles"]
    errors = []
    files = {str(p.relative_to(HERE / "articles")) for p in (HERE / "articles").rglob("*.txt")}
    for aid, row in gold.items():
        def err(m: str, aid: str = aid) -> None:
            errors.append(f"{aid}: {m}")
        if row["file"] not in files:
            err(f"no file {row['file']}")
            continue
        files.discard(row["file"])
        text = (HERE / "articles" / row["file"]).read_text(encoding="utf-8")
        head, sep, body = text.partition("\n\n")
        if not sep or "\n" in head:
            err("no headline line and blank line")
        if row["language"] != row["file"].split("/")[0] or not aid.startswith(row["language"] + "-"):
            err("language does not match the file")
        srcs = row.get("sources") or []
        for s in srcs:
            if s.get("kind") not in KINDS:
                err(f"source kind {s.get('kind')!r}")
            if s.get("text") not in body:
                err(f"source not in body: {s.get('text')!r}")
        if len({s['text'] for s in srcs}) != len(srcs):
            err("duplicate source text")
        for i, c in enumerate(row.get("claims") or []):
            def e(m: str, i: int = i, err=err) -> None:  # noqa: ANN001
                err(f"claim {i + 1}: {m}")
            for f in REQUIRED:
                if f not in c:
                    e(f"missing {f}")
            for f in TEXT_FIELDS:
                v = c.get(f)
                if v is not None and str(v) not in text:
                    e(f"{f} not in article: {v!r}")
            if c.get("evidence") is None or c["evidence"] not in body:
                e("evidence not in body")
            if c.get("modality") not in MODALITIES:
                e(f"modality {c.get('modality')!r}")
            if not (c.get("moved") or c.get("moved_canonical")):
                e("nothing moved")
            if not any(c.get(k) for k in ("origin", "destination")) and c.get("modality") != "denied":
                e("a movement without place that is not a denial")
            if c.get("source") is not None:
                if c["source"] not in {s["text"] for s in srcs}:
                    e(f"source not in the article's sources: {c['source']!r}")
                if c.get("source_kind") not in KINDS:
                    e("source_kind missing")
            elif c.get("source_kind") is not None:
                e("source_kind without source")
            for k in ("agent", "moved", "origin", "destination"):
                if c.get(k) is not None and not c.get(f"{k}_canonical"):
                    e(f"{k} without canonical")
            if c.get("count") is not None and not isinstance(c["count"], int):
                e("count not an integer")
        fr = frames.get(aid)
        if fr is None or fr.get("kind") not in ARTICLE_KINDS:
            err("no kind in frames.yaml")
        else:
            for f in fr.get("frames") or []:
                if f.get("evidence") not in body:
                    err(f"frame evidence not in body: {f.get('evidence')!r}")
                if f.get("source") is not None and f["source"] not in body:
                    err(f"frame source not in body: {f['source']!r}")
    for f in sorted(files):
        errors.append(f"article without gold: {f}")
    for e in errors:
        print(e)
    n = sum(len(r.get("claims") or []) for r in gold.values())
    print(f"{len(gold)} articles, {n} claims, {sum(len(r.get('sources') or []) for r in gold.values())} sources, "
          f"{len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
