"""Learning from labelled articles (a catalogue's ``examples:``): see :mod:`.neighbours`."""

from .lexical import LexicalSpace
from .neighbours import ExampleModel, fit_example_model

__all__ = ["ExampleModel", "LexicalSpace", "fit_example_model"]
