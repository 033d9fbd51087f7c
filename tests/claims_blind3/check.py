"""Checks gold.yaml: text fields and evidence are exact substrings of the article body, evidence lies
in the body (not the headline), and every claim's source is among the article's sources."""
import pathlib
import sys

import yaml

HERE = pathlib.Path(__file__).parent
data = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))
frames = yaml.safe_load((HERE / "frames.yaml").read_text(encoding="utf-8"))
errors = 0
def err(*a):
    global errors
    errors += 1
    print(*a)
for aid, row in data["articles"].items():
    text = (HERE / "articles" / row["file"]).read_text(encoding="utf-8")
    head, _, body = text.partition("\n\n")
    if "\n" in head or not body.strip():
        err(aid, "headline/blank line/body layout")
    srcs = [s["text"] for s in row.get("sources") or []]
    for s in srcs:
        if s not in body:
            err(aid, "source not in body:", s)
    for i, c in enumerate(row.get("claims") or []):
        for k in ("agent", "moved", "count_text", "origin", "destination", "time", "source"):
            v = c.get(k)
            if v is not None and v not in body:
                err(aid, i, k, "not in body:", v)
        if c["evidence"] not in body:
            err(aid, i, "evidence not in body:", c["evidence"][:60])
        if c.get("source") is not None and c["source"] not in srcs:
            err(aid, i, "source not in sources:", c["source"])
        if c["modality"] not in ("asserted", "reported", "hypothetical", "questioned", "denied"):
            err(aid, i, "modality", c["modality"])
        for k in ("agent", "origin", "destination"):
            if (c.get(k) is None) != (c.get(k + "_canonical") is None):
                err(aid, i, k, "text/canonical mismatch")
    fr = frames["articles"].get(aid)
    if not fr or fr["kind"] not in ("push", "neutral", "factcheck", "negated"):
        err(aid, "frames kind missing")
    for f in (fr or {}).get("frames") or []:
        for k in ("agent", "target", "trigger", "source", "evidence"):
            if f.get(k) is not None and f[k] not in body:
                err(aid, "frame", k, "not in body:", f[k])
print(len(data["articles"]), "articles,", sum(len(r.get("claims") or []) for r in data["articles"].values()),
      "claims,", errors, "errors")
sys.exit(1 if errors else 0)
