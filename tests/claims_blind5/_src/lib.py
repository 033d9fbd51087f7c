"""Helpers for writing the blind5 set: texts and gold side by side."""

ARTICLES = []


def C(ag=None, mv=None, fr=None, to=None, means=None, mod="reported", src=None, ev="", n=None, t=None):
    ag = ag or (None, None)
    mv = mv or (None, None)
    fr = fr or (None, None, None)
    to = to or (None, None, None)
    src = src or (None, None)
    n = n or (None, None)
    return {
        "type": "relocation",
        "agent": ag[0], "agent_canonical": ag[1],
        "moved": mv[0], "moved_canonical": mv[1],
        "count_text": n[0], "count": n[1],
        "origin": fr[0], "origin_canonical": fr[1], "origin_country": fr[2],
        "destination": to[0], "destination_canonical": to[1], "destination_country": to[2],
        "means": means, "time": t,
        "source": src[0], "source_kind": src[1],
        "modality": mod,
        "evidence": ev,
    }


def A(aid, published, kind, headline, paragraphs, claims, sources, frames=()):
    ARTICLES.append({
        "id": aid, "published": published, "kind": kind, "headline": headline,
        "paragraphs": paragraphs, "claims": claims,
        "sources": [{"text": s, "kind": k} for s, k in sources],
        "frames": list(frames),
    })


def F(type_, agent, target, trigger, src, mod, ev):
    return {"type": type_, "agent": agent, "target": target, "trigger": trigger,
            "source": src, "modality": mod, "evidence": ev}
