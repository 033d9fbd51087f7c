"""The corpus store: articles, analyses and query tables in one SQLite file.

:class:`Store` opens (creating and migrating) a database; :func:`ingest` reads, analyses and
stores articles in resumable, idempotent batches, linking near-duplicates; :func:`reanalyse`
redoes analyses made with another tool or catalogue version; :func:`export` writes JSON Lines,
CSV or Parquet. The schema and its migrations are described in ``docs/store.md``.

>>> from narrascope import Analyser                                         # doctest: +SKIP
>>> with Store("monitor.db") as store:                                      # doctest: +SKIP
...     print(ingest(store, Analyser(), ["examples/sample"]).summary())
37 new, 0 already stored, 2 near-duplicates linked
"""

from .db import TABLES, Store, StoredArticle, Versions
from .export import FORMATS, export, export_analyses
from .export import TABLES as EXPORT_TABLES
from .ingest import IngestReport, ingest, ingest_documents, reanalyse
from .schema import MIGRATIONS, SCHEMA_VERSION

__all__ = ["EXPORT_TABLES", "FORMATS", "MIGRATIONS", "SCHEMA_VERSION", "TABLES", "IngestReport", "Store",
           "StoredArticle", "Versions", "export", "export_analyses", "ingest",
           "ingest_documents", "reanalyse"]
