"""Reading a catalogue's labelled articles through the pipeline and fitting :class:`ExampleModel` on them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np

from ..catalogue import Catalogue
from ..errors import E_CAT_EXAMPLE, CatalogueError
from ..examples import Example
from ..ingest import document_from_text, read_path
from ..model import Document, Failure
from ..pipeline import Pipeline
from ..settings import Settings
from ..stages.narratives import NarrativeStage
from .neighbours import ExampleModel, fit_example_model


def learn_from_examples(catalogue: Catalogue, front: Pipeline, stage: NarrativeStage,
                        settings: Settings) -> ExampleModel:
    """Analyse the catalogue's examples (``front``: the stages before matching) and fit on them.

    An example that cannot be read as an article is a catalogue error naming it (E208): a model
    silently fitted on fewer articles than the analyst labelled would be worse than none.
    """
    ids = [n.id for n in stage.prepared.narratives]
    column = {nid: j for j, nid in enumerate(ids)}
    docs: list[Document] = []
    labels: list[np.ndarray] = []
    for example in catalogue.examples:
        row = np.zeros(len(ids))
        for nid in _with_parents(example.narratives, catalogue):
            if nid in column:
                row[column[nid]] = 1.0
        for doc in example_documents(example, settings, catalogue.source):
            docs.append(doc)
            labels.append(row)
    read: list[Document] = []
    for item in front.pipe(docs, settings.batch_documents):
        if isinstance(item, Failure):
            raise CatalogueError(f"a labelled example cannot be analysed: {item.message}", where=item.source,
                                 code=E_CAT_EXAMPLE)
        read.append(item)
    scored = stage.zero_shot(read) if read else []
    dim = stage.encoder.dimension
    vectors = np.array([v for _, v in scored], dtype=np.float32).reshape(len(scored), dim)
    zero_shot = np.array([p for p, _ in scored]).reshape(len(scored), len(ids))
    model = fit_example_model(ids, vectors, [d.text for d in read],
                              np.array(labels).reshape(len(labels), len(ids)), zero_shot,
                              [d.language for d in read], [parent is None for parent in stage.prepared.parent_of],
                              centre=stage.prepared.anchors.mean(axis=0))
    return dataclasses.replace(model, hashes=tuple(d.content_hash for d in read))


def _with_parents(ids: tuple[str, ...], catalogue: Catalogue) -> set[str]:
    """An article that pushes a sub-narrative pushes its parent too."""
    out: set[str] = set()
    for nid in ids:
        while nid and nid not in out:
            out.add(nid)
            narrative = catalogue.get(nid)
            nid = narrative.parent if narrative and narrative.parent else ""
    return out


def example_documents(example: Example, settings: Settings, catalogue_source: str | None = None) -> list[Document]:
    """The article(s) an example holds, read as ``analyse`` reads inputs; a file that holds no article
    (empty, binary, undecodable) is a catalogue error (E208) at the example's line of the catalogue."""
    where = (f"{catalogue_source}:{example.line}" if catalogue_source else
             f"{example.name} (example at line {example.line})")
    if example.text is not None:
        return [document_from_text(example.text, f"example-{example.line}", settings=settings)]
    assert example.file is not None
    out: list[Document] = []
    for item in read_path(Path(example.file), settings, explicit=True):
        if isinstance(item, Failure):
            raise CatalogueError(f"the labelled example {example.name} cannot be read: {item.message}", where=where,
                                 code=E_CAT_EXAMPLE)
        out.append(item)
    if not out:
        raise CatalogueError(f"the labelled example {example.name} holds no article", where=where,
                             code=E_CAT_EXAMPLE)
    return out
