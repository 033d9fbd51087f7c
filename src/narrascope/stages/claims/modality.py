"""How firmly a sentence makes its claim: questioned, denied, hypothetical, reported or asserted."""

from __future__ import annotations

from ...model import Document, Modality, Source
from ..frame_view import SentenceView


def modality(doc: Document, view: SentenceView, source: Source | None) -> Modality:
    """Questioned (a question mark), denied, hypothetical, reported (it has a source), asserted."""
    # A capitalised cue inside a sentence is a name, not a modal verb ("in May", "Will Smith").
    labels = {h.label for h in view.hits
              if h.start == view.sentence.start or not doc.text[h.start:h.start + 1].isupper()}
    if view.sentence.text.rstrip().endswith(("?", "\u061f")):
        return "questioned"
    if "denial" in labels:
        return "denied"
    if "hypothetical" in labels:
        return "hypothetical"
    return "reported" if source is not None else "asserted"
