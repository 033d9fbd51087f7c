"""The analysis engine: a pipeline built for one catalogue, and the functions the public API exposes."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar

from .catalogue import Catalogue, load_catalogue
from .compiled import cached_object
from .encoders import CachedEncoder, get_encoder
from .errors import E_BAD_OPTION, E_FORMAT, InputError, NarrascopeError
from .ingest import document_from_text, read_sources
from .learn import ExampleModel
from .learn.neighbours import FORMAT as LEARNT_FORMAT
from .learn.train import learn_from_examples
from .model import Analysis, Claim, Document, Failure
from .pipeline import Pipeline, Stage
from .settings import DEFAULT, Settings
from .stages import (
    ClaimStage,
    LanguageStage,
    MentionStage,
    NarrativeStage,
    SentenceStage,
    SourceStage,
    TechniqueStage,
)
from .stages.narratives import MatcherWeights, PreparedCatalogue, Reader
from .stages.stance import StanceModel, StanceStage
from .stages.techniques import SCOPES
from .techniques import TechniqueModel

T = TypeVar("T")


@dataclass
class Analyser:
    """Analyses articles against one catalogue; build once, reuse for many articles.

    >>> a = Analyser()                                               # doctest: +SKIP
    >>> a.analyse_text("Washington ships ISIS fighters to Ukraine.").matched[0].id  # doctest: +SKIP
    'us-relocates-isis'
    """

    #: a loaded catalogue, or the path of a catalogue file
    catalogue: Catalogue = field(default_factory=load_catalogue)
    settings: Settings = DEFAULT
    encoder: CachedEncoder = field(default_factory=get_encoder)
    #: the matcher's weights; ``None``: those shipped for the encoder (:meth:`MatcherWeights.load`)
    weights: MatcherWeights | None = None
    keep_features: bool = False
    #: stage names left out ("techniques" for speed, say); see ``Analyser().pipeline.names``
    disabled: tuple[str, ...] = ()
    technique_model: TechniqueModel = field(default_factory=TechniqueModel.load)
    #: the stance model (``data/stance.npz`` unless given); not loaded when the stage is off
    stance_model: StanceModel | None = None

    def __post_init__(self) -> None:
        if isinstance(self.catalogue, (str, os.PathLike)):  # Analyser("my_narratives.yaml"), as analyse() takes
            self.catalogue = load_catalogue(os.fspath(self.catalogue))  # a str: YAML text is told apart
        self.encoder.batch_size = self.settings.encode_batch_size  # how it batches, not what it returns
        if self.weights is None:
            self.weights = MatcherWeights.load(encoder=self.encoder.name)
        front: list[tuple[str, Stage]] = [
            ("sentences", SentenceStage(self.settings)), ("mentions", MentionStage()), ("claims", ClaimStage()),
            ("sources", SourceStage()),
        ]
        self.prepared = self._prepared(self.encoder, front)
        self.narrative_stage = narratives = NarrativeStage(self.prepared, self.encoder, self.weights,
                                                           self.settings, self.keep_features,
                                                           reader=self._reader(front))
        if self.catalogue.examples and "narratives" not in self.disabled:
            narratives.examples = self._learn(narratives, Pipeline([("language", LanguageStage(self.settings)),
                                                                    *front[:2]]))
        self.pipeline = Pipeline([
            ("language", LanguageStage(self.settings)),
            *front,
            ("narratives", narratives),
            *self._stance_stage(),
            ("techniques", TechniqueStage(self.encoder, self.technique_model, self.settings,
                                          self._technique_scope())),
        ]).without(*self.disabled)

    def _technique_scope(self) -> frozenset[str] | None:
        """The entities that bring an article into the techniques stage's scope (``technique_scope``), or None:
        every article (``all``, or no narratives stage to say what the catalogue bears on)."""
        scope = self.settings.technique_scope
        if scope not in SCOPES:
            raise NarrascopeError(f"technique_scope {scope!r}: expected one of {', '.join(SCOPES)}",
                                  code=E_BAD_OPTION)
        if scope == "all" or "narratives" in self.disabled:
            return None
        return self.prepared.relevant_entities

    def _reader(self, front: list[tuple[str, Stage]]) -> Reader | None:
        """The second encoder of ``settings.other_languages_encoder``, with the catalogue prepared in its
        space; none when not asked for, or when the first encoder does not say which languages it reads."""
        spec = self.settings.other_languages_encoder.strip()
        first = getattr(self.encoder.inner, "languages", None)
        if not spec or first is None or "narratives" in self.disabled:
            return None
        other = get_encoder(spec)
        other.batch_size = self.settings.encode_batch_size
        return Reader(self._prepared(other, front), other, MatcherWeights.load(encoder=other.name), frozenset(first))

    def _prepared(self, encoder: CachedEncoder, front: list[tuple[str, Stage]]) -> PreparedCatalogue:
        """The catalogue's probes and anchors in ``encoder``'s space, cached by catalogue, encoder and settings."""
        return cached_object(
            "catalogue", (self.catalogue.version, encoder.variant, self.settings),
            lambda: PreparedCatalogue(self.catalogue, encoder, _claim_extractor(Pipeline(front))),
            {CachedEncoder: encoder})

    def _learn(self, stage: NarrativeStage, front: Pipeline) -> ExampleModel:
        """What the catalogue's labelled articles teach, cached by the catalogue's content (examples
        included), the encoder, the settings and the package: the second run reads it back."""
        return cached_object("examples", (self.catalogue.version, self.encoder.variant, self.settings,
                                          repr(sorted(vars(stage.weights).items())), LEARNT_FORMAT),
                             lambda: learn_from_examples(self.catalogue, front, stage, self.settings),
                             {CachedEncoder: self.encoder})

    def _stance_stage(self) -> list[tuple[str, Stage]]:
        if "stance" in self.disabled or "narratives" in self.disabled:
            return []
        if self.stance_model is None:
            self.stance_model = StanceModel.load()
        frames = {n.id: f for n, f in zip(self.prepared.narratives, self.prepared.frames, strict=True)}
        return [("stance", StanceStage(self.encoder, self.stance_model, self.settings, frames, self.prepared.alleging))]

    def analyse_text(self, text: str, doc_id: str = "text", *, html: bool = False, title: str | None = None,
                     published: str | None = None, outlet: str | None = None) -> Analysis:
        """Analyse one article held in memory; raises a coded error when it cannot be read."""
        if not isinstance(text, str):
            raise InputError(f"the article's text must be a str, not {type(text).__name__}: decode bytes first "
                             "(data.decode('utf-8')), or give the file's path to Analyser().analyse_paths([...]), "
                             "which decodes it as the command line does", where=doc_id, code=E_FORMAT)
        doc = document_from_text(text, doc_id, html=html, title=title, published=published, outlet=outlet,
                                 settings=self.settings)
        return self.analyse_document(doc)

    def analyse_document(self, doc: Document) -> Analysis:
        """Analyse one document (from :func:`~narrascope.ingest.document_from_text`); a stage's failure
        is raised as its coded error."""
        result = self.pipeline(doc)
        if isinstance(result, Failure):
            raise NarrascopeError(result.message, where=result.source, code=result.code)
        return Analysis(result)

    def analyse_paths(self, paths: Iterable[str | os.PathLike[str]], workers: int = 1) -> Iterator[Analysis | Failure]:
        """Analyse every article in files and folders, in input order; unreadable ones come back as
        failures. ``workers`` > 1 spreads the batches over that many forked processes
        (:mod:`narrascope.scale.local`)."""
        from .scale.local import analyse_in_workers

        for item in analyse_in_workers(self, read_sources(paths, self.settings), workers):
            yield item if isinstance(item, Failure) else Analysis(item)

    def analyse_paths_as_json(self, paths: Iterable[str | os.PathLike[str]], workers: int = 1, *,
                              include_text: bool = False, with_features: bool = False) -> Iterator[str | Failure]:
        """:meth:`analyse_paths` with each analysis as its JSON line (:meth:`Analysis.to_json`), made in the
        worker process that analysed it: the workers send back that line rather than the whole document (what
        ``analyse --format jsonl`` prints, it unpickled and serialised one document at a time here)."""
        render = partial(_json_line, include_text=include_text, with_features=with_features)
        return self.analyse_paths_rendered(paths, workers, render)

    def analyse_paths_rendered(self, paths: Iterable[str | os.PathLike[str]], workers: int,
                               render: Callable[[Document], T]) -> Iterator[T | Failure]:
        """:meth:`analyse_paths` with each analysed document as ``render`` makes it (a module-level function or a
        partial of one: it goes to the workers), made in the worker process that analysed it, which sends back
        that rather than the whole document (``analyse --out``: the line and the row it writes)."""
        from .scale.local import analyse_in_workers

        yield from analyse_in_workers(self, read_sources(paths, self.settings), workers, render=render)


def _json_line(doc: Document, include_text: bool, with_features: bool) -> str:
    return Analysis(doc).to_json(include_text=include_text, with_features=with_features)


def _claim_extractor(front: Pipeline) -> Callable[[str], list[Claim]]:
    """Claims of a catalogue sentence (English), through the same stages as an article's."""

    def extract(text: str) -> list[Claim]:
        result = front(Document(id="catalogue", text=text, language="en"))
        return [] if isinstance(result, Failure) else result.claims

    return extract


def analyse(text: str, catalogue: Catalogue | str | Path | None = None, *, html: bool = False,
            settings: Settings = DEFAULT) -> Analysis:
    """Analyse one article's text (a str; bytes are refused, E109) against a catalogue: a loaded one
    (:func:`parse_catalogue` reads YAML held in a string), the path of a file, or the default."""
    return _analyser_for(catalogue, settings).analyse_text(text, html=html)


_CACHE: dict[tuple[str, Settings], Analyser] = {}


def _analyser_for(catalogue: Catalogue | str | Path | None, settings: Settings) -> Analyser:
    cat = catalogue if isinstance(catalogue, Catalogue) else load_catalogue(catalogue, settings)
    key = (cat.version, settings)
    if key not in _CACHE:
        _CACHE.clear()  # one prepared catalogue at a time is plenty for the convenience API
        _CACHE[key] = Analyser(cat, settings)
    return _CACHE[key]
