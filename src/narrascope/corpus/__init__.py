"""Corpus-level views built on analyses: stories across languages, timelines, claimed flows,
sources and outlets, and candidate new narratives."""

from .stories import StoryItem, build_stories, cluster, items_from_records, similarity

__all__ = ["StoryItem", "build_stories", "cluster", "items_from_records", "similarity"]
