"""Builder helpers for tests/claims_blind6 (kept outside the repository)."""
ARTICLES = []


def A(aid, date, headline, paras, claims=(), sources=(), kind="push", neg=False, frames=()):
    ARTICLES.append(dict(aid=aid, date=date, headline=headline, paras=paras, claims=list(claims),
                         sources=list(sources), kind=kind, neg=neg, frames=list(frames)))


def C(ev, mv, mvc, mod, ag=None, agc=None, ct=None, n=None, o=None, oc=None, ocy=None, d=None,
      dc=None, dcy=None, means=None, time=None, src=None):
    return dict(ev=ev, agent=ag, agent_canonical=agc, moved=mv, moved_canonical=mvc, count_text=ct,
                count=n, origin=o, origin_canonical=oc, origin_country=ocy, destination=d,
                destination_canonical=dc, destination_country=dcy, means=means, time=time,
                source=src, modality=mod)


def F(type_, ev, agent, agc, target, tc, trigger, mod, src=None):
    return dict(type=type_, ev=ev, agent=agent, agent_canonical=agc, target=target,
                target_canonical=tc, trigger=trigger, source=src, modality=mod)
