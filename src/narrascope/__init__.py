"""narrascope: find known disinformation narratives in multilingual news, offline.

>>> import narrascope                                                   # doctest: +SKIP
>>> result = narrascope.analyse("Washington is shipping ISIS fighters to Ukraine ...")  # doctest: +SKIP
>>> [(n.id, round(n.score, 2)) for n in result.matched]                  # doctest: +SKIP
[('us-relocates-isis', 0.91)]
"""

from .catalogue import Catalogue, Narrative, load_catalogue, parse_catalogue
from .engine import Analyser, analyse
from .errors import NarrascopeError
from .model import Analysis, Document, NarrativeMatch

__version__ = "0.1.0"

__all__ = ["Analyser", "Analysis", "Catalogue", "Document", "Narrative", "NarrativeMatch", "NarrascopeError",
           "analyse", "load_catalogue", "parse_catalogue", "__version__"]
