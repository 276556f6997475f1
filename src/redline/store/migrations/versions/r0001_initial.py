"""The v1 corpus tables, and full-text search for the dialect (SQLite FTS5; PostgreSQL tsvector + GIN).

Revision ID: 0001
Revises:
"""

from __future__ import annotations

from alembic import op

from redline.store.migrations.schema_v1 import metadata

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

SQLITE_FTS = (
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id')",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
)
POSTGRES_FTS = (
    "ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED",
    "CREATE INDEX ix_articles_search ON articles USING GIN (search)",
)


def upgrade() -> None:
    # The tables of schema_v1 (frozen); a later schema change adds a revision with explicit op.* calls.
    bind = op.get_bind()
    metadata.create_all(bind)
    for statement in SQLITE_FTS if bind.dialect.name == "sqlite" else POSTGRES_FTS:
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS articles_fts")
    metadata.drop_all(bind)
