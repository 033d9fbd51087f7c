"""Stage ``sentences``: writes ``doc.sentences`` with offsets into ``doc.text``."""

from __future__ import annotations

from dataclasses import dataclass

from ..lang import split_sentences
from ..model import Document
from ..settings import DEFAULT, Settings


@dataclass
class SentenceStage:
    settings: Settings = DEFAULT

    def __call__(self, doc: Document) -> Document:
        doc.sentences = split_sentences(doc.text, doc.language, self.settings.max_sentence_chars)
        return doc
