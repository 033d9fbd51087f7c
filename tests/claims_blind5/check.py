"""Consistency check for tests/claims_blind5 (PyYAML only): exit 0 when clean.

- every article in gold.yaml exists, and has language, published, claims and sources;
- every claim has all fields; its text fields and evidence are exact substrings of the article,
  and the evidence lies in the body (not the headline);
- every claim's source is one of the article's listed sources; kinds and modalities are known;
- frames.yaml gives every article a kind, and its frames' evidence is in the article.
"""
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FIELDS = ("type", "agent", "agent_canonical", "moved", "moved_canonical", "count_text", "count", "origin",
          "origin_canonical", "origin_country", "destination", "destination_canonical", "destination_country",
          "means", "time", "source", "source_kind", "modality", "evidence")
TEXT = ("agent", "moved", "count_text", "origin", "destination", "time", "source")
KINDS = {"agency", "government", "media", "anonymous", "person"}
MODALITIES = {"asserted", "reported", "denied", "hypothetical", "questioned"}
ARTICLE_KINDS = {"push", "neutral", "negated"}
LANGS = {"en", "ru", "uk", "de", "fr", "es", "ar"}


def main() -> int:
    errors = []
    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))["articles"]
    frames = yaml.safe_load((HERE / "frames.yaml").read_text(encoding="utf-8"))["articles"]
    texts = {}
    for aid, row in gold.items():
        for key in ("file", "language", "published", "claims", "sources"):
            if key not in row:
                errors.append(f"{aid}: no {key}")
        if row.get("language") not in LANGS:
            errors.append(f"{aid}: language {row.get('language')!r}")
        path = HERE / "articles" / row["file"]
        if not path.exists():
            errors.append(f"{aid}: missing {path}")
            continue
        text = path.read_text(encoding="utf-8")
        texts[aid] = text
        headline, sep, body = text.partition("\n\n")
        if not sep or "\n" in headline or not body.strip():
            errors.append(f"{aid}: not headline, blank line, body")
        names = [s.get("text") for s in row.get("sources") or []]
        for s in row.get("sources") or []:
            if s.get("kind") not in KINDS:
                errors.append(f"{aid}: source kind {s!r}")
            if not s.get("text") or s["text"] not in body:
                errors.append(f"{aid}: source not in body: {s!r}")
        if len(names) != len(set(names)):
            errors.append(f"{aid}: duplicate source texts")
        for i, c in enumerate(row.get("claims") or []):
            where = f"{aid} claim {i + 1}"
            for f in FIELDS:
                if f not in c:
                    errors.append(f"{where}: no field {f}")
            if c.get("type") != "relocation":
                errors.append(f"{where}: type {c.get('type')!r}")
            for f in TEXT:
                if c.get(f) is not None and str(c[f]) not in body:
                    errors.append(f"{where}: {f} not in body: {c[f]!r}")
            ev = c.get("evidence")
            evs = ev if isinstance(ev, list) else [ev]
            for e in evs:
                if not e or e not in body:
                    errors.append(f"{where}: evidence not in body: {e!r}")
            if c.get("modality") not in MODALITIES:
                errors.append(f"{where}: modality {c.get('modality')!r}")
            if c.get("source") is not None:
                if c["source"] not in names:
                    errors.append(f"{where}: source not listed: {c['source']!r}")
                if c.get("source_kind") not in KINDS:
                    errors.append(f"{where}: source_kind {c.get('source_kind')!r}")
            elif c.get("source_kind") is not None:
                errors.append(f"{where}: source_kind without source")
            if c.get("count") is not None and not isinstance(c["count"], int):
                errors.append(f"{where}: count not an int")
            own_voice = c.get("source") is None
            if c.get("modality") == "denied" and own_voice and frames.get(aid, {}).get("kind") != "negated":
                errors.append(f"{where}: a denial in the article's own voice outside a fact-check")
            for slot in ("agent", "moved", "origin", "destination"):
                if c.get(f"{slot}_canonical") and not c.get(slot):
                    errors.append(f"{where}: {slot}_canonical without {slot}")
            if not (c.get("origin") or c.get("destination")) and c.get("modality") != "denied":
                errors.append(f"{where}: no place in a claim that is not a denial")
    for aid in gold:
        if aid not in frames or frames[aid].get("kind") not in ARTICLE_KINDS:
            errors.append(f"{aid}: no kind in frames.yaml")
    for aid, row in frames.items():
        if aid not in gold:
            errors.append(f"frames.yaml: unknown article {aid}")
            continue
        for fr in row.get("frames") or []:
            if fr.get("evidence") not in texts.get(aid, ""):
                errors.append(f"{aid}: frame evidence not in article: {fr.get('evidence')!r}")
            for f in ("agent", "target", "trigger", "source"):
                if fr.get(f) and fr[f] not in texts.get(aid, ""):
                    errors.append(f"{aid}: frame {f} not in article: {fr[f]!r}")
    for e in errors:
        print(e)
    print(f"{len(gold)} articles, {sum(len(r.get('claims') or []) for r in gold.values())} claims, "
          f"{sum(len(r.get('sources') or []) for r in gold.values())} sources: "
          f"{'clean' if not errors else f'{len(errors)} problems'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
