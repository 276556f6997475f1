"""Database URLs to engines: SQLite (a file in WAL mode, or memory) by default, PostgreSQL by URL; migrations."""

from __future__ import annotations

from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import SQLAlchemyError

from redline.errors import StoreError

MIGRATIONS = "redline.store:migrations"


def normalize_url(url: str) -> str:
    """A SQLAlchemy URL from what a user types: a path is a SQLite file; postgresql:// uses psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{url}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def connect(url: str) -> Engine:
    """An engine for ``url``; raises StoreError when the database cannot be reached."""
    try:
        engine = create_engine(normalize_url(url), future=True)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        with engine.connect():
            pass
    except (SQLAlchemyError, ImportError) as exc:
        raise StoreError(f"Cannot open the database {_safe(url)}: {exc}",
                         hint="Check --db / REDLINE_DB (a SQLite path, or postgresql://user@host:port/db).") from exc
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (creating it in an empty database)."""
    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except SQLAlchemyError as exc:
        raise StoreError(f"Cannot migrate the database schema: {exc}",
                         hint="Is the database writable, and made by this or an older redline?") from exc


def is_migrated(engine: Engine) -> bool:
    return inspect(engine).has_table("articles")


def _safe(url: str) -> str:
    """The URL without its password."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    credentials, host = rest.rsplit("@", 1)
    return f"{scheme}://{credentials.split(':', 1)[0]}@{host}"
