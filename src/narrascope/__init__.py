"""narrascope: find known disinformation narratives in multilingual news, offline.

>>> import narrascope                                                   # doctest: +SKIP
>>> result = narrascope.analyse("Washington is shipping ISIS fighters to Ukraine ...")  # doctest: +SKIP
>>> [(n.id, round(n.score, 2)) for n in result.matched]                  # doctest: +SKIP
[('us-relocates-isis', 0.91)]

The names below are imported when first used (PEP 562), so that ``import narrascope`` (and a
command that needs none of them, ``narrascope --version``, ``export``, ``views``) does not load the
pipeline, its models and their libraries.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_WHERE = {
    "Catalogue": ".catalogue", "Narrative": ".catalogue", "load_catalogue": ".catalogue",
    "parse_catalogue": ".catalogue", "Analyser": ".engine", "analyse": ".engine", "NarrascopeError": ".errors",
    "Analysis": ".model", "Document": ".model", "NarrativeMatch": ".model",
}

__all__ = ["Analyser", "Analysis", "Catalogue", "Document", "Narrative", "NarrativeMatch", "NarrascopeError",
           "analyse", "load_catalogue", "parse_catalogue", "__version__"]

if TYPE_CHECKING:
    from .catalogue import Catalogue, Narrative, load_catalogue, parse_catalogue
    from .engine import Analyser, analyse
    from .errors import NarrascopeError
    from .model import Analysis, Document, NarrativeMatch


def __dir__() -> list[str]:
    """The public names (imported when first used) beside the module's own: what ``dir()`` and completion show."""
    return sorted(set(globals()) | set(__all__))


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(importlib.import_module(_WHERE[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'narrascope' has no attribute {name!r}")
