"""Persuasion techniques: the SemEval-2023 Task 3 label set, sentence features, a small trained
model whose weights ship in ``data/techniques.npz``, and the code that trains it again.

The stage that uses them is :mod:`narrascope.stages.techniques`.
"""

from .labels import ANALYST_CUES, DEFINITIONS, TECHNIQUES
from .model import TechniqueModel

__all__ = ["ANALYST_CUES", "DEFINITIONS", "TECHNIQUES", "TechniqueModel"]
