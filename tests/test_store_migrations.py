"""The migrations build exactly the tables that ``redline.store.schema`` declares."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import text

from redline.store import Store
from redline.store.engine import MIGRATIONS, connect
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


def test_store_upgrades_a_v1_database_in_place(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'v1.db'}"
    engine = connect(url)
    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(text("INSERT INTO articles (id, ref, content_hash, text, language, errors, ingested_at) "
                          "VALUES (1, 'a', 'h', 'We will stay.', 'en', 0, '2024-01-01')"))
        conn.execute(text('INSERT INTO quotes (article_id, local_id, kind, content, start, "end") '
                          "VALUES (1, 'q1', 'direct', 'We will stay.', 0, 13)"))
    engine.dispose()
    with Store.open(url) as store, store.engine.connect() as conn:
        assert conn.execute(text("SELECT attribution FROM quotes")).scalar_one() == "speech"
