"""Language knowledge that is code: identification, sentence splitting, cue matching."""

from .identify import UNDETERMINED, identify_language
from .sentences import split_sentences

__all__ = ["UNDETERMINED", "identify_language", "split_sentences"]
