"""The lineage section of the dashboard's narrative and story pages: the families of the narrative's claims, each
with its compact timeline (the report's chart) and its variants in time order."""

from __future__ import annotations

import sqlite3
from typing import Any

from markupsafe import Markup

from ..corpus.lineage import narrative_lineages, story_lineage
from ..report.lineage import lineage_chart
from ..settings import Settings

FAMILIES_SHOWN = 3      # families drawn on the page (the most carried); the JSON has them all
VARIANTS_SHOWN = 30     # rows of a family's variants table


def lineage_section(conn: sqlite3.Connection, narrative: str, settings: Settings) -> dict[str, Any]:
    """The narrative's lineage with a chart (markup) per family shown."""
    return _with_charts(narrative_lineages(conn, narrative, settings)[0])


def story_lineage_section(conn: sqlite3.Connection, story: str, settings: Settings) -> dict[str, Any]:
    """A stored story's lineage, as for a narrative."""
    return _with_charts(story_lineage(conn, story, settings))


def _with_charts(view: dict[str, Any]) -> dict[str, Any]:
    families = []
    for family in view["families"][:FAMILIES_SHOWN]:
        chart = lineage_chart(family)
        families.append({**family, "chart": Markup(chart) if chart else None,
                         "variants": family["variants"][:VARIANTS_SHOWN]})
    return {**view, "families": families}
