"""Builds articles/<lang>/<id>.txt, gold.yaml and frames.yaml from the data_*.py files.
Written by hand by the blind author; every sentence invented for this set."""
import importlib, json, pathlib, re
HERE = pathlib.Path(__file__).parent
KEYS = ["type", "agent", "agent_canonical", "moved", "moved_canonical", "count_text", "count", "origin",
        "origin_canonical", "origin_country", "destination", "destination_canonical", "destination_country",
        "means", "time", "source", "source_kind", "modality", "evidence"]

BARE = {"type", "agent_canonical", "moved_canonical", "origin_canonical", "origin_country", "destination_canonical",
        "destination_country", "means", "source_kind", "modality"}

def q(v, bare=True):
    if v is None:
        return "null"
    if isinstance(v, int):
        return str(v)
    if bare and (re.fullmatch(r"[A-Za-z][A-Za-z0-9 .'-]*", v) and v.lower() not in ("null", "true", "false", "yes", "no", "on", "off")
            and not v.endswith((" ", "."))):
        return v
    return json.dumps(v, ensure_ascii=False)

def main():
    arts = []
    for lang in ["en", "ru", "uk", "de", "fr", "es", "ar"]:
        try:
            mod = importlib.import_module(f"data_{lang}")
        except ModuleNotFoundError:
            continue
        arts += mod.ARTICLES
    out = ["# blind3 gold for relocation claims, written without reading narrascope's claims code;",
           "# same format and conventions as tests/claims_blind/gold.yaml; text fields are exact substrings;",
           "# held out: score ONCE at the end of a future session, never tune on it (see README.md)",
           "articles:"]
    fr = ["# kinds and support/accusation frames of the blind3 articles (see README.md)", "articles:"]
    for a in arts:
        aid, lang = a["id"], a["id"][:2]
        p = HERE / "articles" / lang / f"{aid}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(a["text"].strip("\n") + "\n", encoding="utf-8")
        out += [f"  {aid}:", f"    file: {lang}/{aid}.txt", f"    language: {lang}", f"    published: {a['date']}"]
        if a["claims"]:
            out.append("    claims:")
            for c in a["claims"]:
                c = {"type": "relocation", **c}
                first = True
                for k in KEYS:
                    out.append(f"      {'- ' if first else '  '}{k}: {q(c.get(k), k in BARE)}")
                    first = False
        else:
            out.append("    claims: []")
        out.append("    sources:" if a["sources"] else "    sources: []")
        for t, k in a["sources"]:
            out.append(f"      - {{text: {q(t, False)}, kind: {k}}}")
        fr += [f"  {aid}:", f"    kind: {a['kind']}"]
        fs = a.get("frames") or []
        fr.append("    frames:" if fs else "    frames: []")
        for f in fs:
            first = True
            for k in ["type", "agent", "target", "trigger", "source", "modality", "evidence"]:
                fr.append(f"      {'- ' if first else '  '}{k}: {q(f.get(k), k in ('type', 'modality'))}")
                first = False
    (HERE / "gold.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
    (HERE / "frames.yaml").write_text("\n".join(fr) + "\n", encoding="utf-8")

def C(evidence, moved, mc, agent=None, ac=None, ct=None, n=None, o=None, oc=None, oco=None, d=None, dc=None,
      dco=None, means=None, time=None, src=None, sk=None, mod="reported"):
    return dict(agent=agent, agent_canonical=ac, moved=moved, moved_canonical=mc, count_text=ct, count=n,
                origin=o, origin_canonical=oc, origin_country=oco, destination=d, destination_canonical=dc,
                destination_country=dco, means=means, time=time, source=src, source_kind=sk, modality=mod,
                evidence=evidence)

def F(type_, agent, target, trigger, source, modality, evidence):
    return dict(type=type_, agent=agent, target=target, trigger=trigger, source=source, modality=modality,
                evidence=evidence)

if __name__ == "__main__":
    main()
