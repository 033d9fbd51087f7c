"""Stage ``language``: writes ``doc.language`` and ``doc.language_score``."""

from __future__ import annotations

from dataclasses import dataclass

from ..lang import identify_language
from ..model import Document
from ..settings import DEFAULT, Settings


@dataclass
class LanguageStage:
    settings: Settings = DEFAULT

    def __call__(self, doc: Document) -> Document:
        if doc.language:  # given by the source (an export column, the caller)
            return doc
        doc.language, doc.language_score = identify_language(doc.text, self.settings)
        return doc
