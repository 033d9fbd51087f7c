"""Pipeline stages, one module each. Every stage is a callable ``stage(doc) -> doc``."""

from .claims import ClaimStage
from .language import LanguageStage
from .mentions import MentionStage
from .narratives import NarrativeStage
from .sentences import SentenceStage
from .sources import SourceStage
from .techniques import TechniqueStage

__all__ = ["ClaimStage", "LanguageStage", "MentionStage", "NarrativeStage", "SentenceStage", "SourceStage",
           "TechniqueStage"]
