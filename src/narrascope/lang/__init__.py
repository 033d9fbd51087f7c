"""Language knowledge that is code: identification, sentence splitting, cue matching."""

from .identify import UNDETERMINED, identify_language, language_guesses
from .sentences import split_sentences

__all__ = ["UNDETERMINED", "identify_language", "language_guesses", "split_sentences"]
