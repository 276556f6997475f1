"""The migrations build exactly the tables that ``redline.store.schema`` declares."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from redline.store import Store
from redline.store.schema import metadata

pytest_plugins = ["store_fixtures"]

#: Made by the dialect's full-text search in the migration, deliberately outside the metadata.
FULL_TEXT = {"articles_fts", "articles_fts_data", "articles_fts_idx", "articles_fts_docsize", "articles_fts_config",
             "alembic_version", "search", "ix_articles_search"}


def _outside_full_text(diff: object) -> bool:
    """A schema difference that is not the full-text search the migration adds on purpose."""
    names = {getattr(part, "name", None) for part in (diff if isinstance(diff, tuple) else (diff,))
             if not isinstance(part, str)}
    return not names & FULL_TEXT


def test_store_migrated_schema_matches_the_declared_tables(db_url: str) -> None:
    with Store.open(db_url) as store, store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    assert [d for d in diffs if _outside_full_text(d)] == []
