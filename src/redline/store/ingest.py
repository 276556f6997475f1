"""Ingest: items in, analyzed and linked articles stored once; copies linked to their original; failures kept.

Idempotent: an article is keyed by the hash of its text, so a second run over the same input analyzes nothing.
Each batch is one transaction, so an interrupted run resumes where it stopped when run again.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

from redline.analyze import analyze_items
from redline.errors import StoreError
from redline.models import Article
from redline.pipeline import Pipeline
from redline.readers import Failed, Item
from redline.store import dedup
from redline.store.repository import Entry, Store
from redline.store.status import update_statuses

log = logging.getLogger(__name__)
#: At most this many failures are kept in the summary (all of them are in the ``ingest_errors`` table).
KEEP_ERRORS = 20


def content_hash(text: str) -> str:
    """The key of an article: SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class IngestSummary:
    """What one ingest run did."""

    seen: int = 0
    added: int = 0
    duplicates: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)

    def fail(self, item: str, message: str) -> None:
        self.failed += 1
        if len(self.errors) < KEEP_ERRORS:
            self.errors.append((item, message))


@dataclass
class _Pending:
    article: Article
    content_hash: str
    minhash: bytes | None
    duplicate_of: str | None
    similarity: float | None


class Ingester:
    """Stores items with one pipeline into one store, in batches."""

    def __init__(self, store: Store, pipeline: Pipeline, *, batch_size: int = 32) -> None:
        self.store = store
        self.pipeline = pipeline
        self.batch_size = batch_size
        self.known = store.known_hashes()
        self.unsaved: dict[str, str] = {}
        self.deduper = dedup.Deduper(self._text_of)
        for key, data in store.originals():
            self.deduper.add(key, dedup.from_bytes(data))

    def run(self, items: Iterable[Item], progress: Callable[[int], None] | None = None,
            as_of: str | None = None) -> IngestSummary:
        summary = IngestSummary()
        last_before = self.store.last_article_id()
        for batch in _batches(items, self.batch_size):
            self._batch(batch, summary)
            if progress is not None:
                progress(len(batch))
        if summary.added:
            update_statuses(self.store, as_of, after_article=last_before)
        return summary

    def _batch(self, batch: Sequence[Item], summary: IngestSummary) -> None:
        pending: list[_Pending] = []
        for item in batch:
            summary.seen += 1
            if isinstance(item, Failed):
                self.store.record_failure(item.id, "reader", item.error.code, str(item.error))
                summary.fail(item.id, str(item.error))
            elif (key := content_hash(item.text)) in self.known:
                summary.skipped += 1
            else:
                self.known.add(key)
                pending.append(self._dedup(item, key))
        if pending:
            self._store(pending, summary)
            self.unsaved.clear()

    def _text_of(self, key: str) -> str | None:
        return self.unsaved.get(key) or self.store.text_of(key)

    def _dedup(self, article: Article, key: str) -> _Pending:
        grams = dedup.shingles(article.text)
        if not grams:
            return _Pending(article, key, None, None, None)
        minhash = dedup.signature(grams)
        match = self.deduper.original_of(article.text, minhash)
        if match is None:
            self.deduper.add(key, minhash)
            self.unsaved[key] = article.text
        return _Pending(article, key, dedup.to_bytes(minhash), *(match or (None, None)))

    def _store(self, pending: list[_Pending], summary: IngestSummary) -> None:
        records = analyze_items(self.pipeline, [p.article for p in pending], batch_size=self.batch_size)
        entries = [Entry(r, p.content_hash, p.minhash, p.duplicate_of, p.similarity)
                   for p, r in zip(pending, records, strict=True)]
        try:
            self.store.add(entries)
            self._count(entries, summary)
        except StoreError:
            for entry in entries:
                self._store_one(entry, summary)

    def _store_one(self, entry: Entry, summary: IngestSummary) -> None:
        try:
            self.store.add([entry])
            self._count([entry], summary)
        except StoreError as exc:
            log.warning("article %s not stored: %s", entry.record.article.id, exc)
            self.known.discard(entry.content_hash)
            self.store.record_failure(entry.record.article.id, "store", exc.code, str(exc))
            summary.fail(entry.record.article.id, str(exc))

    @staticmethod
    def _count(entries: Sequence[Entry], summary: IngestSummary) -> None:
        summary.added += len(entries)
        summary.duplicates += sum(1 for e in entries if e.duplicate_of is not None)


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
