"""Stage ``mentions``: writes ``doc.mentions``, the known entities named in each sentence."""

from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import entities, entity_matcher, hits_by_sentence
from ..model import Document, Mention


@dataclass
class MentionStage:
    def __call__(self, doc: Document) -> Document:
        known = entities()
        out: list[Mention] = []
        for sentence, hit in hits_by_sentence(entity_matcher(doc.language), doc):
            ent = known[hit.label]
            out.append(Mention(text=doc.text[hit.start:hit.end], start=hit.start, end=hit.end, entity=ent.id,
                               name=ent.name, kind=ent.kind, sentence=sentence))
        doc.mentions = out
        return doc
