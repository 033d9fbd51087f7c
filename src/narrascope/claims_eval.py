"""Scoring relocation claims against a hand-written gold file (tests/claims/gold.yaml format).

Event level: a gold claim is one movement (one leg of a chain), and a predicted claim matches it
when every slot the gold fills agrees: agent, moved, origin and destination, each by its
canonical name or its surface text (either way round, case folded, so "Сирии" agrees with gold
"Syria"), an agent or group also by the id of the entity it names (gold "weapons-arms" for our
"Weapons and arms deliveries"); a destination refined by a later sentence ("Central Asia", then "Termez") agrees
through either name, and a place in the country the gold names ("Odesa" for "Ukraine")
agrees. Predicted and gold claims are paired one to one (a maximum matching), so
the same event told twice in an article counts once and the second telling is a false positive.

Reported, overall and per language: recall (gold claims found), precision (predicted claims
paired with one), F1; the modality of the claims found, and how many gold denials came out
``denied`` (or ``refuted``: a claim a fact-check retells, which is no claimed move either), and how many
were told as happening instead (a claim we did not negate, read from the denial's sentence, that no slot of
the denial contradicts: a flow the article says never happened);
sources, paired one to one by text, with their precision, recall and F1; of the claims found whose
gold names who says so, how many carry that source themselves ("according to whom" per claim); and
the relocation claims invented in articles that have none.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml

from .calibration import f1_score
from .lexicon import entities
from .lexicon.places import geocode
from .model import Claim, Failure, Slot, Source

SLOTS = ("agent", "moved", "origin", "destination")
#: modalities of a move said not to have happened: denied in its sentence, or retold by an article that
#: refutes it (the stance stage); neither is a claimed move, and a gold denial is found by either
NEGATED = frozenset({"denied", "refuted"})
T = TypeVar("T")
G = TypeVar("G")


@dataclass
class _Tally:
    gold: int = 0
    predicted: int = 0
    paired: int = 0
    modality_right: int = 0
    denials: int = 0
    denials_right: int = 0
    denials_asserted: int = 0  # gold denials told as happening by a claim we did not negate
    attributed: int = 0        # found gold claims that name their source
    attributed_right: int = 0  # ... whose predicted claim names the same source
    sources_gold: int = 0
    sources_predicted: int = 0
    sources_paired: int = 0
    quiet_articles: int = 0
    invented: int = 0

    def figures(self) -> dict[str, Any]:
        r = self.paired / self.gold if self.gold else 0.0
        p = self.paired / self.predicted if self.predicted else 0.0
        sr = self.sources_paired / self.sources_gold if self.sources_gold else 0.0
        sp = self.sources_paired / self.sources_predicted if self.sources_predicted else 0.0
        return {"recall": round(r, 3), "precision": round(p, 3), "f1": round(f1_score(p, r), 3),
                "gold": self.gold, "predicted": self.predicted, "paired": self.paired,
                "modality_of_found": f"{self.modality_right}/{self.paired}",
                "denials_denied": f"{self.denials_right}/{self.denials}",
                "denials_asserted": f"{self.denials_asserted}/{self.denials}",
                "claim_source_of_found": f"{self.attributed_right}/{self.attributed}",
                "sources_found": f"{self.sources_paired}/{self.sources_gold}",
                "sources_precision": round(sp, 3), "sources_recall": round(sr, 3),
                "sources_f1": round(f1_score(sp, sr), 3),
                "invented_in_articles_without_claims": f"{self.invented} in {self.quiet_articles}"}


def evaluate_claims(analyser: Any, gold_file: Path) -> dict[str, Any]:
    data = yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {}
    root = gold_file.parent / data.get("root", "articles")
    rows = data.get("articles") or {}
    paths = {str(root / row["file"]): (aid, row) for aid, row in rows.items()}
    per_lang: dict[str, _Tally] = defaultdict(_Tally)
    total = _Tally()
    slot_hits: dict[str, int] = defaultdict(int)
    for item in analyser.analyse_paths(list(paths)):
        if isinstance(item, Failure):
            raise ValueError(f"gold article could not be analysed: {item.source}: {item.message}")
        aid, row = paths[item.document.source]
        predicted = [c for c in item.document.claims if c.type == "relocation"]
        gold = [g for g in row.get("claims") or [] if g.get("type", "relocation") == "relocation"]
        for tally in (total, per_lang[row.get("language", "und")]):
            score_article(tally, predicted, gold, item.document.sources, row.get("sources") or [])
        for g in gold:
            for s in SLOTS:
                if any(_agrees(getattr(c, s), g, s) for c in predicted):
                    slot_hits[s] += 1
    return {"overall": total.figures(), "languages": {k: v.figures() for k, v in sorted(per_lang.items())},
            "slots_found": {s: f"{slot_hits[s]}/{total.gold}" for s in SLOTS}}


def score_article(t: _Tally, predicted: list[Claim], gold: list[dict[str, Any]], sources: list[Source],
                  gold_sources: list[dict[str, Any]]) -> None:
    """Add one article's claims and sources to a tally."""
    t.gold += len(gold)
    t.predicted += len(predicted)
    pairs = pair_up(gold, predicted, matches, prefer=lambda c, g: _same_modality(c.modality, g.get("modality")))
    t.paired += len(pairs)
    for g, c in pairs:
        t.modality_right += int(_same_modality(c.modality, g.get("modality")))
        t.denials_right += int(g.get("modality") == "denied" and c.modality in NEGATED)
        if g.get("source"):
            t.attributed += 1
            t.attributed_right += int(c.source is not None and _text_agrees(c.source.text, c.source.canonical,
                                                                            g.get("source"), None))
    t.denials += sum(1 for g in gold if g.get("modality") == "denied")
    t.denials_asserted += sum(1 for g in gold if g.get("modality") == "denied"
                              and any(_told_as_happening(c, g) for c in predicted))
    if not gold:
        t.quiet_articles += 1
        t.invented += len(predicted)
    t.sources_gold += len(gold_sources)
    t.sources_predicted += len(sources)
    t.sources_paired += len(pair_up(gold_sources, sources, lambda s, g: _text_agrees(s.text, s.canonical,
                                                                                     g.get("text"), None)))


def _told_as_happening(c: Claim, g: dict[str, Any]) -> bool:
    """A claim we did not negate tells the gold's denied move: read from a sentence of the denial's evidence,
    with no slot that names something else (an open slot on either side contradicts nothing)."""
    if c.modality in NEGATED:
        return False
    evidence = " ".join(str(g.get("evidence") or "").split())
    if not evidence or not any(_overlaps(" ".join(s.text.split()), evidence) for s in c.spans):
        return False
    return all(getattr(c, s) is None or _agrees(getattr(c, s), g, s) for s in SLOTS)


def _overlaps(sentence: str, evidence: str) -> bool:
    return bool(sentence) and (sentence in evidence or evidence in sentence)


def _same_modality(predicted: str, gold: str | None) -> bool:
    return predicted == gold or (gold == "denied" and predicted in NEGATED)


def pair_up(gold: Sequence[G], predicted: Sequence[T], agree: Callable[[T, G], bool],
            prefer: Callable[[T, G], bool] | None = None) -> list[tuple[G, T]]:
    """The largest one-to-one pairing of gold and predicted items that agree (augmenting paths),
    trying first the predicted items ``prefer`` likes (the same modality)."""
    options: list[list[int]] = []
    for g in gold:
        found = [j for j, p in enumerate(predicted) if agree(p, g)]
        options.append(sorted(found, key=lambda j: not prefer(predicted[j], g)) if prefer else found)
    owner: dict[int, int] = {}  # predicted index -> gold index

    def place(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or place(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        place(i, set())
    return [(gold[i], predicted[j]) for j, i in sorted(owner.items(), key=lambda x: x[1])]


def matches(c: Claim, g: dict[str, Any]) -> bool:
    """The predicted claim tells the gold claim's event: every slot the gold fills agrees."""
    return all(_agrees(getattr(c, s), g, s) for s in SLOTS)


def _agrees(slot: Slot | None, g: dict[str, Any], name: str) -> bool:
    text, canonical = g.get(name), g.get(f"{name}_canonical")
    if not text and not canonical:
        return True  # gold leaves it open (a passive without agent, no origin stated)
    if slot is None:
        return False
    if any(_text_agrees(s.text, s.canonical, text, canonical) for s in (slot, *_broader(slot))):
        return True
    if name in ("agent", "moved") and canonical and _folded(str(canonical)) in _entity_ids().get(
            _folded(slot.canonical or ""), ()):
        # the gold names our entity by its id ("weapons-arms" for "Weapons and arms deliveries"), or by the id of
        # a wider one it is a kind of ("militants-terrorists" for "Mercenaries and foreign fighters for hire")
        return True
    if name in ("origin", "destination") and canonical and any(
            _same_place(s.canonical, str(canonical)) for s in (slot, *_broader(slot))):
        return True  # one place spelt two ways ("Chuhuyiv", GeoNames; "Chuhuiv", the gold)
    # a place narrower than the gold's country ("Odesa" for gold "Ukraine") tells the same move
    country = getattr(slot, "country", None)
    return bool(country) and name in ("origin", "destination") and _text_agrees(country, None, text, canonical)


@lru_cache(maxsize=1)
def _entity_ids() -> dict[str, frozenset[str]]:
    """Each entity's canonical name, folded, to its id and the ids of the wider entities it is a kind of, folded."""
    return {_folded(e.name): frozenset(_folded(i) for i in (e.id, *e.broader)) for e in entities().values()}


@lru_cache(maxsize=4096)
def _same_place(ours: str | None, gold: str) -> bool:
    """The gold's canonical name is, in the gazetteer, the place we named (by GeoNames id, or by name for a place
    of the curated list): a spelling of the same town, not a different one."""
    if not ours:
        return False
    theirs, found = geocode(gold, "en"), geocode(ours, "en")
    if theirs is None or found is None:
        return False
    if theirs.geonameid is not None:
        return theirs.geonameid == found.geonameid
    return theirs.canonical == found.canonical and theirs.country == found.country


def _broader(slot: Slot) -> tuple[Slot, ...]:
    """The names a refined place was first given ("Central Asia" before "Termez")."""
    return tuple(getattr(slot, "within", None) or ())


def _text_agrees(text: str | None, canonical: str | None, gold_text: Any, gold_canonical: Any) -> bool:
    ours = [_folded(x) for x in (text, canonical) if x]
    theirs = [_folded(str(x)) for x in (gold_text, gold_canonical) if x]
    return any(a in b or b in a for a in ours for b in theirs)


#: Latin letters that Unicode does not decompose into a base letter and a mark
_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe"})


def _folded(name: str) -> str:
    """A name as compared: case, hyphens and Latin diacritics folded ("Chełm" and "Chelm", "Uairén" and
    "Uairen" are one place, spelt with and without its marks); other scripts' marks are kept (Cyrillic "й")."""
    folded = unicodedata.normalize("NFKD", name.casefold().replace("-", " ").translate(_UNDECOMPOSED))
    return unicodedata.normalize("NFC", "".join(
        ch for i, ch in enumerate(folded)
        if not (unicodedata.combining(ch) and i > 0 and "LATIN" in unicodedata.name(folded[i - 1], ""))))


def render(result: dict[str, Any]) -> str:
    lines = [f"{'lang':6s} {'recall':>7s} {'prec':>6s} {'F1':>6s} {'modality':>9s} {'denied':>7s} "
             f"{'sources':>8s} {'src P':>6s} {'src F1':>6s}  invented"]
    for lang, f in [*result["languages"].items(), ("all", result["overall"])]:
        lines.append(f"{lang:6s} {f['recall']:7.3f} {f['precision']:6.3f} {f['f1']:6.3f} {f['modality_of_found']:>9s} "
                     f"{f['denials_denied']:>7s} {f['sources_found']:>8s} {f['sources_precision']:6.3f} "
                     f"{f['sources_f1']:6.3f}  {f['invented_in_articles_without_claims']}")
    lines.append("slots found (gold claims whose slot some predicted claim agrees with): " +
                 ", ".join(f"{k} {v}" for k, v in result["slots_found"].items()))
    lines.append("claims found whose gold names a source, with the same source on the claim: "
                 f"{result['overall']['claim_source_of_found']}")
    lines.append("gold denials told as happening (a claim not negated, from the denial's sentence, no slot "
                 f"contradicting it): {result['overall']['denials_asserted']}")
    return "\n".join(lines)
