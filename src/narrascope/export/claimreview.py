"""schema.org ClaimReview for the articles that refute a narrative (stance ``refutes``): the markup
fact-checkers publish so that search engines and fact-check aggregators can find their verdicts.

One ClaimReview per (refuting article, narrative):

* ``claimReviewed``: the narrative as the catalogue states it (its title);
* ``itemReviewed``: the ``Claim``, with its ``appearance`` (the stored articles that push the
  narrative, published up to the review's date, earliest first), its ``firstAppearance`` and its
  ``author`` when known (the source the pushing articles attribute it to most, the latest cited
  of equals, else the outlet that carried it first);
* ``reviewRating``: a ``Rating`` whose ``alternateName`` is "False" (narrascope's stance says the
  article refutes the claim, not how), explained by the article's refuting sentence;
* ``url`` (required: an article without an http(s) URL gives no review), ``author`` (the refuting
  article's outlet), ``datePublished``, ``headline``, ``inLanguage``.

Only properties schema.org defines for these types are written (``tests/test_exports.py`` checks
every one against the schema.org vocabulary).

>>> with Store("monitor.db", create=False) as store:                             # doctest: +SKIP
...     reviews = claim_reviews(store.connection, catalogue)
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from ..catalogue import Catalogue
from ..errors import E_EXPORT_WRITE, StoreError
from ..settings import DEFAULT, Settings
from .uri import as_uri

CONTEXT = "https://schema.org"
#: The textual rating given for stance ``refutes``.
RATING = "False"
EXPLANATION_CHARS = 500
#: What a source's kind is as a schema.org author.
_AUTHOR_TYPES = {"agency": "Organization", "government": "Organization", "media": "Organization",
                 "person": "Person"}


def claim_reviews(conn: sqlite3.Connection, catalogue: Catalogue, *, narrative: str | None = None,
                  since: str | None = None, settings: Settings = DEFAULT,
                  left_out: list[str] | None = None) -> list[dict[str, Any]]:
    """A ClaimReview for every stored (article, narrative) with stance ``refutes``, oldest article first.

    ``url`` is required (Google's ClaimReview guidelines: the fact-check's page): an article with no http(s)
    URL (a text file, a ``javascript:`` link) gives no review; its article id goes to ``left_out``."""
    where, params = ["n.stance = 'refutes'"], []
    if narrative:
        where.append("n.narrative = ?")
        params.append(narrative)
    if since:
        where.append("a.published >= ?")
        params.append(since[:10])
    found = conn.execute(
        "SELECT a.id, n.narrative FROM narrative_matches n JOIN articles a ON a.id = n.article WHERE "
        + " AND ".join(where) + " ORDER BY a.published NULLS LAST, a.id, n.narrative", params).fetchall()
    return _publishable([_review(conn, row, n, catalogue, settings) for row, n in found], conn, found, left_out)


def claim_reviews_of_article(conn: sqlite3.Connection, row: int, catalogue: Catalogue,
                             settings: Settings = DEFAULT) -> list[dict[str, Any]]:
    """The ClaimReviews of one stored article (none unless it refutes a narrative and has an http(s) URL)."""
    return [r for r in (_review(conn, row, n, catalogue, settings) for (n,) in conn.execute(
        "SELECT narrative FROM narrative_matches WHERE article = ? AND stance = 'refutes' ORDER BY narrative",
        (row,))) if "url" in r]


def _publishable(reviews: list[dict[str, Any]], conn: sqlite3.Connection, found: list[tuple[int, str]],
                 left_out: list[str] | None) -> list[dict[str, Any]]:
    """The reviews that have their required ``url``; the article ids of the others go to ``left_out``."""
    kept = []
    for review, (row, _) in zip(reviews, found, strict=True):
        if "url" in review:
            kept.append(review)
        elif left_out is not None:
            (article_id,) = conn.execute("SELECT article_id FROM articles WHERE id = ?", (row,)).fetchone()
            left_out.append(str(article_id))
    return kept


def write_claim_reviews(conn: sqlite3.Connection, catalogue: Catalogue, out: Path, **filters: Any) -> int:
    """Write the ClaimReviews to ``out`` as a JSON array (JSON-LD); returns how many (``left_out``, when given,
    gets the ids of the refuting articles that have no URL, so no review)."""
    reviews = claim_reviews(conn, catalogue, **filters)
    try:
        out.write_text(json.dumps(reviews, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    except OSError as err:
        raise StoreError(f"cannot write ({err.strerror or err})", where=str(out), code=E_EXPORT_WRITE) from err
    return len(reviews)


def json_ld_block(reviews: list[dict[str, Any]]) -> str:
    """The reviews as the text of a ``<script type="application/ld+json">`` element: ``<``, ``>`` and ``&``
    written as JSON escapes, so no article text can close the element or open another."""
    data = reviews[0] if len(reviews) == 1 else reviews
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# --- one review ----------------------------------------------------------------------------------

def _review(conn: sqlite3.Connection, row: int, narrative: str, catalogue: Catalogue,
            settings: Settings) -> dict[str, Any]:
    title, outlet, url, language, published, evidence, stored_title = conn.execute(
        "SELECT a.title, a.outlet, a.url, a.language, a.published, n.evidence_text, n.title FROM articles a"
        " JOIN narrative_matches n ON n.article = a.id AND n.narrative = ? WHERE a.id = ?",
        (narrative, row)).fetchone()
    entry = catalogue.get(narrative)
    review: dict[str, Any] = {"@context": CONTEXT, "@type": "ClaimReview",
                              "claimReviewed": entry.title if entry else (stored_title or narrative)}
    _put(review, "url", as_uri(url))
    _put(review, "headline", title)
    _put(review, "datePublished", _date(published))
    _put(review, "inLanguage", language if language and language != "und" else None)
    if outlet:
        review["author"] = {"@type": "Organization", "name": outlet}
    review["itemReviewed"] = _claim(conn, narrative, _date(published), settings)
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": RATING}
    _put(rating, "ratingExplanation", (evidence or "")[:EXPLANATION_CHARS] or None)
    review["reviewRating"] = rating
    return review


def _claim(conn: sqlite3.Connection, narrative: str, until: str | None, settings: Settings) -> dict[str, Any]:
    """The reviewed claim: where it appeared (pushing articles up to the review's day) and who made it."""
    params: list[Any] = [narrative]
    until_sql = ""
    if until:
        until_sql = " AND (a.published IS NULL OR substr(a.published, 1, 10) <= ?)"
        params.append(until)
    pushing = conn.execute(
        "SELECT a.id, a.title, a.outlet, a.url, a.language, a.published FROM narrative_matches n"
        " JOIN articles a ON a.id = n.article WHERE n.narrative = ? AND n.matched = 1"
        " AND coalesce(n.stance, 'pushes') = 'pushes'" + until_sql +
        " ORDER BY a.published NULLS LAST, a.id LIMIT ?", (*params, settings.claimreview_max_appearances)).fetchall()
    claim: dict[str, Any] = {"@type": "Claim"}
    appearances = distinct_appearances([_appearance(*r[1:]) for r in pushing])
    if appearances:
        claim["appearance"] = appearances
        claim["firstAppearance"] = appearances[0]
        _put(claim, "datePublished", appearances[0].get("datePublished"))
    author = _claim_author(conn, [r[0] for r in pushing])
    if author is None and pushing and pushing[0][2]:
        author = {"@type": "Organization", "name": pushing[0][2]}
    _put(claim, "author", author)
    return claim


def _appearance(title: str | None, outlet: str | None, url: str | None, language: str | None,
                published: str | None) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "NewsArticle"}
    _put(work, "headline", title)
    _put(work, "url", as_uri(url))
    _put(work, "datePublished", _date(published))
    _put(work, "inLanguage", language if language and language != "und" else None)
    if outlet:
        work["publisher"] = {"@type": "Organization", "name": outlet}
    return work


def distinct_appearances(appearances: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each article once: the same article stored twice (a feed's record with its URL, the same text from a file
    without one) is one appearance, the one with the URL; order kept.

    >>> a = {"@type": "NewsArticle", "headline": "Dam to burst"}
    >>> [x.get("url") for x in distinct_appearances([a, dict(a, url="https://x.example/1"), a])]
    ['https://x.example/1']
    """
    def key(work: dict[str, Any]) -> tuple[Any, ...]:
        publisher = (work.get("publisher") or {}).get("name")
        return (str(work.get("headline") or "").casefold(), publisher, work.get("datePublished"), work.get("url"))

    with_url = {key(w)[:3] for w in appearances if w.get("url")}
    out: list[dict[str, Any]] = []
    seen: set[tuple[Any, ...]] = set()
    for work in appearances:
        k = key(work)
        if k in seen or (not work.get("url") and k[:3] in with_url and k[0]):
            continue
        seen.add(k)
        out.append(work)
    return out


def _claim_author(conn: sqlite3.Connection, rows: list[int]) -> dict[str, Any] | None:
    """The named source the articles' claims cite most (not denied or refuted), as a schema.org author; of
    sources cited as often, the one cited last (the claim as it circulates at the review's time)."""
    if not rows:
        return None
    marks = ", ".join("?" * len(rows))
    found = conn.execute(
        "SELECT c.source, c.source_kind, count(DISTINCT c.article), max(coalesce(a.published, '')) FROM claims c"
        f" JOIN articles a ON a.id = c.article WHERE c.article IN ({marks}) AND c.source IS NOT NULL"
        " AND c.source_kind IN ('agency', 'government', 'media', 'person')"
        " AND coalesce(c.modality, 'asserted') NOT IN ('denied', 'refuted') GROUP BY 1, 2", rows).fetchall()
    if not found:
        return None
    name, kind, _, _ = max(found, key=lambda r: (r[2], r[3], str(r[0])))
    return {"@type": _AUTHOR_TYPES[str(kind)], "name": str(name)}


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    if value not in (None, "", [], {}):
        target[key] = value


def _date(value: str | None) -> str | None:
    day = (value or "")[:10]
    return day if len(day) == 10 and day[4] == "-" and day[7] == "-" else None
