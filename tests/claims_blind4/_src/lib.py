"""Helpers for writing the blind4 gold side by side with the texts (build.py turns them into YAML)."""

FIELDS = ("agent", "agent_canonical", "moved", "moved_canonical", "count_text", "count", "origin",
          "origin_canonical", "origin_country", "destination", "destination_canonical",
          "destination_country", "means", "time", "source", "source_kind", "modality", "evidence")
SHORT = {"ag": "agent", "agc": "agent_canonical", "mv": "moved", "mvc": "moved_canonical",
         "ct": "count_text", "n": "count", "o": "origin", "oc": "origin_canonical",
         "ocy": "origin_country", "d": "destination", "dc": "destination_canonical",
         "dcy": "destination_country", "by": "means", "t": "time", "src": "source",
         "sk": "source_kind", "mod": "modality", "ev": "evidence"}


def C(**kw):
    row = {"type": "relocation"}
    full = {SHORT.get(k, k): v for k, v in kw.items()}
    unknown = set(full) - set(FIELDS)
    if unknown:
        raise KeyError(unknown)
    for f in FIELDS:
        row[f] = full.get(f)
    return row


def S(text, kind):
    return {"text": text, "kind": kind}


def F(frame, agent, target, trigger, source, modality, evidence):
    return {"frame": frame, "agent": agent, "target": target, "trigger": trigger,
            "source": source, "modality": modality, "evidence": evidence}


def A(aid, published, kind, text, claims, sources, frames=()):
    return {"id": aid, "published": published, "kind": kind, "text": text.strip("\n") + "\n",
            "claims": list(claims), "sources": list(sources), "frames": list(frames)}
