"""An article's text with its evidence, claims, sources and techniques marked: pure functions from
(text, spans) to escaped HTML, so that whatever the text holds, only our own tags come out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

#: Kinds of highlight, in the order the legend lists them, with the CSS class each gets.
KINDS: dict[str, str] = {
    "evidence": "Evidence for a matched narrative",
    "claim": "A structured claim (who moves whom, where)",
    "source": "A cited source",
    "technique": "A persuasion technique",
}


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str       # one of KINDS
    label: str      # shown on hover: which narrative, claim, source or technique


def marks_of(analysis: dict[str, Any], text_length: int) -> list[Mark]:
    """Every span of an analysis worth marking, clipped to the text."""
    out: list[Mark] = []

    def add(span: Any, kind: str, label: str) -> None:
        if not isinstance(span, dict):
            return
        start, end = span.get("start"), span.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= text_length:
            out.append(Mark(start, end, kind, label))

    for n in analysis.get("narratives") or []:
        if n.get("matched"):
            for ev in n.get("evidence") or []:
                add(ev, "evidence", f"{n.get('stance', 'pushes')}: {n.get('title') or n.get('id')}")
    for c in analysis.get("claims") or []:
        if isinstance(c, dict):  # every sentence an event was read from (older analyses: the one evidence)
            for span in c.get("evidence_spans") or [c.get("evidence")]:
                add(span, "claim", claim_label(c))
    for s in analysis.get("sources") or []:
        add(s, "source", f"source ({s.get('kind') or 'unknown'}): {s.get('canonical') or s.get('text')}")
    for t in analysis.get("techniques") or []:
        add(t, "technique", str(t.get("technique", "")).replace("_", " "))
    return out


def claim_label(claim: dict[str, Any]) -> str:
    def name(slot: Any) -> str:
        return str(slot.get("canonical") or slot.get("text")) if isinstance(slot, dict) else "?"

    parts = [str(claim.get("type", "claim")), f"[{claim.get('modality', 'asserted')}]"]
    for key, word in (("agent", "by"), ("moved", "moves"), ("origin", "from"), ("destination", "to"),
                      ("target", "target")):
        if claim.get(key):
            parts.append(f"{word} {name(claim[key])}")
    route = [name(s) for s in claim.get("route") or [] if isinstance(s, dict)]
    if len(route) > 2:
        parts.append("(route " + " \u2192 ".join(route) + ")")
    return " ".join(parts)


def segments(length: int, marks: Sequence[Mark]) -> list[tuple[int, int, tuple[Mark, ...]]]:
    """The text cut at every mark's edge: ``(start, end, marks covering it)`` in order, covering all of it."""
    edges = sorted({0, length, *(m.start for m in marks), *(m.end for m in marks)})
    by_start = sorted(marks, key=lambda m: m.start)
    active: list[Mark] = []
    out = []
    i = 0
    for a, b in zip(edges, edges[1:], strict=False):
        while i < len(by_start) and by_start[i].start <= a:
            active.append(by_start[i])
            i += 1
        active = [m for m in active if m.end > a]
        out.append((a, b, tuple(active)))
    return out


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """The text, escaped, with each marked stretch in ``<mark class="hl-KIND ..." title="...">``."""
    marks = list(marks)
    if not marks:
        return escape(text)
    html = []
    for a, b, covering in segments(len(text), marks):
        piece = escape(text[a:b])
        if not covering:
            html.append(str(piece))
            continue
        kinds = sorted({m.kind for m in covering}, key=list(KINDS).index)
        title = "\n".join(dict.fromkeys(m.label for m in covering))
        html.append(f'<mark class="{" ".join("hl-" + k for k in kinds)}" title="{escape(title)}">{piece}</mark>')
    return Markup("".join(html))


def marked_snippet(snippet: str | None, start: str = "\x02", end: str = "\x03") -> Markup:
    """A search snippet whose matched words the store wrapped in control characters, escaped, with <mark>."""
    if not snippet:
        return Markup("")
    return Markup(str(escape(snippet)).replace(start, "<mark>").replace(end, "</mark>"))
