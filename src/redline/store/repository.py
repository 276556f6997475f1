"""The store: one interface over SQLite and PostgreSQL for writing analyzed articles and reading them back."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, delete, func, insert, select
from sqlalchemy.exc import SQLAlchemyError

from redline.errors import StoreError
from redline.models import Record
from redline.store import schema as t
from redline.store.engine import connect, migrate
from redline.store.writer import ArticleWriter, Canonical, inserted_id, now


@dataclass(frozen=True)
class Entry:
    """An analyzed article ready to store; ``duplicate_of`` is the content hash of its original, if a copy."""

    record: Record
    content_hash: str
    minhash: bytes | None = None
    duplicate_of: str | None = None
    similarity: float | None = None


class Store:
    """The corpus database. ``Store.open(url)`` connects and brings the schema up to date."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.canonical = Canonical()

    @classmethod
    def open(cls, url: str) -> Store:
        engine = connect(url)
        migrate(engine)
        return cls(engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def known_hashes(self) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.execute(select(t.articles.c.content_hash)).scalars())

    def originals(self) -> Iterator[tuple[str, bytes]]:
        """Content hash and MinHash of every article that is not a copy (to rebuild the dedup index)."""
        query = select(t.articles.c.content_hash, t.articles.c.minhash).where(
            t.articles.c.duplicate_of.is_(None), t.articles.c.minhash.is_not(None))
        with self.engine.connect() as conn:
            for content_hash, minhash in conn.execute(query):
                yield str(content_hash), bytes(minhash)

    def last_article_id(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.coalesce(func.max(t.articles.c.id), 0))).scalar_one())

    def text_of(self, content_hash: str) -> str | None:
        with self.engine.connect() as conn:
            found = conn.execute(select(t.articles.c.text).where(t.articles.c.content_hash == content_hash)).scalar()
        return None if found is None else str(found)

    def add(self, entries: Sequence[Entry]) -> list[int]:
        """Store analyzed articles in one transaction; their ids, in order."""
        try:
            with self.engine.begin() as conn:
                ids: dict[str, int] = {}
                for entry in entries:
                    ids[entry.content_hash] = self._add_one(conn, entry, ids)
                return [ids[e.content_hash] for e in entries]
        except SQLAlchemyError as exc:
            self.canonical = Canonical()
            raise StoreError(f"Cannot store articles: {_reason(exc)}",
                             hint="Check the database; the batch was not kept.") from exc

    def _add_one(self, conn: Connection, entry: Entry, ids: dict[str, int]) -> int:
        a = entry.record.article
        article_id = inserted_id(conn, insert(t.articles).values(
            content_hash=entry.content_hash, ref=a.id, title=a.title, source=a.source, published=a.published,
            url=a.url, license=a.license, author=a.author, language=a.language, text=a.text,
            duplicate_of=self._original_id(conn, entry.duplicate_of, ids), similarity=entry.similarity,
            minhash=entry.minhash, errors=len(entry.record.errors), ingested_at=now(),
        ))
        ArticleWriter(conn, self.canonical, article_id, entry.record).write()
        conn.execute(delete(t.ingest_errors).where(t.ingest_errors.c.item == a.id))
        return article_id

    @staticmethod
    def _original_id(conn: Connection, content_hash: str | None, ids: dict[str, int]) -> int | None:
        if content_hash is None:
            return None
        if content_hash in ids:
            return ids[content_hash]
        found = conn.execute(select(t.articles.c.id).where(t.articles.c.content_hash == content_hash)).scalar()
        return None if found is None else int(found)

    def record_failure(self, item: str, stage: str, code: str, message: str) -> None:
        """Keep why an input could not be stored (replacing an earlier failure of the same input)."""
        with self.engine.begin() as conn:
            conn.execute(delete(t.ingest_errors).where(t.ingest_errors.c.item == item))
            conn.execute(insert(t.ingest_errors).values(item=item, stage=stage, code=code, message=message,
                                                        at=now()))

    def count(self, table: str) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(t.metadata.tables[table])).scalar_one())


def _reason(exc: SQLAlchemyError) -> str:
    """The database's own message, without the statement and its parameters (which can hold whole articles)."""
    orig = getattr(exc, "orig", None)
    return (str(orig) if orig is not None else str(exc)).strip().splitlines()[0][:300]
