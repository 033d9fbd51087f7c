"""Stage ``mentions``: writes ``doc.mentions``, the known entities named in each sentence."""

from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import entities, entity_matcher
from ..model import Document, Mention


@dataclass
class MentionStage:
    def __call__(self, doc: Document) -> Document:
        matcher = entity_matcher(doc.language)
        known = entities()
        out: list[Mention] = []
        for sent in doc.sentences:
            for hit in matcher.finditer(sent.text):
                ent = known[hit.label]
                a, b = sent.start + hit.start, sent.start + hit.end
                out.append(Mention(text=doc.text[a:b], start=a, end=b, entity=ent.id, name=ent.name,
                                   kind=ent.kind, sentence=sent.index))
        doc.mentions = out
        return doc
