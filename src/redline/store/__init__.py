"""The corpus store: ingest articles once, link copies, actors, events and commitments across them, query, export.

SQLite by default (a file in WAL mode with FTS5 search), PostgreSQL by URL (tsvector search); the schema is
migrated with Alembic on open. The library calls the CLI uses::

    summary = ingest_paths(["articles/", "https://example.org/feed.xml"], "sqlite:///redline.db", settings)
    corpus = corpus_summary("sqlite:///redline.db")
    rows = query("sqlite:///redline.db", "events", Filters(actor="Russia", since="2018-09-01"))
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from redline.pipeline import Pipeline
from redline.readers import Item, Meta
from redline.settings import Settings
from redline.store.export import export
from redline.store.fetch import FetchLimits, read_sources
from redline.store.ingest import Ingester, IngestSummary
from redline.store.kinds import KINDS, run
from redline.store.queries import Filters, Row
from redline.store.repository import Store
from redline.store.summary import CorpusSummary, OpenCommitment, summarize

__all__ = [
    "KINDS",
    "CorpusSummary",
    "FetchLimits",
    "Filters",
    "IngestSummary",
    "OpenCommitment",
    "Store",
    "corpus_summary",
    "export",
    "export_to",
    "ingest_items",
    "ingest_paths",
    "query",
]


def ingest_items(items: Iterable[Item], store: Store, pipeline: Pipeline, *, batch_size: int = 32,
                 progress: Callable[[int], None] | None = None, as_of: str | None = None) -> IngestSummary:
    """Analyze and store items (Articles or Failed) not stored yet; copies are linked to their original."""
    return Ingester(store, pipeline, batch_size=batch_size).run(items, progress=progress, as_of=as_of)


def ingest_paths(sources: Sequence[str], db_url: str, settings: Settings, *, pipeline: Pipeline | None = None,
                 meta: Meta | None = None, progress: Callable[[int], None] | None = None,
                 limits: FetchLimits | None = None) -> IngestSummary:
    """Ingest files, article URLs and RSS/Atom feeds into the database at ``db_url``."""
    pipeline = pipeline or Pipeline.from_settings(settings)
    with Store.open(db_url) as store:
        items = read_sources(sources, meta or Meta(), settings, limits)
        return ingest_items(items, store, pipeline, progress=progress)


def corpus_summary(db_url: str, top: int = 10) -> CorpusSummary:
    """Counts, top actors, asserted events by type, and open commitments with their deadlines."""
    with Store.open(db_url) as store:
        return summarize(store, top)


def query(db_url: str, kind: str, filters: Filters | None = None) -> list[Row]:
    """Rows of ``kind`` (one of KINDS) passing ``filters``."""
    with Store.open(db_url) as store:
        return run(store, kind, filters)


def export_to(db_url: str, kind: str, fmt: str, output: Path, filters: Filters | None = None) -> int:
    """Write ``kind`` to ``output`` as jsonl, csv, parquet (or events as PLOVER JSON); the number of rows."""
    with Store.open(db_url) as store:
        return export(store, kind, fmt, output, filters)
