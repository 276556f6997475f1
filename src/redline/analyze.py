"""The library entry points: analyze text, files and item streams into Records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from redline.models import Article, Record, RecordError
from redline.pipeline import Pipeline
from redline.readers import Failed, Item, Meta, make_article
from redline.settings import Settings


def failed_record(item: Failed) -> Record:
    """The record of an input that could not be read: its id and why."""
    error = RecordError(stage="reader", code=item.error.code, message=str(item.error))
    return Record(article=Article(id=item.id, text=""), errors=[error])


def analyze_items(pipeline: Pipeline, items: Iterable[Item], batch_size: int = 16) -> Iterator[Record]:
    """One record per item, in input order; failed items give error records and the batch goes on."""
    iterator = iter(items)
    while batch := list(islice(iterator, batch_size)):
        articles = [item for item in batch if isinstance(item, Article)]
        records = pipeline.analyze_many(articles, batch_size=batch_size)
        for item in batch:
            yield next(records) if isinstance(item, Article) else failed_record(item)


def analyze_text(text: str, pipeline: Pipeline | None = None, settings: Settings | None = None,
                 **meta: str | None) -> Record:
    """Analyze one article given as a string (metadata as keyword arguments: published, source, …)."""
    settings = settings or (pipeline.settings if pipeline else Settings.from_env())
    pipeline = pipeline or Pipeline.from_settings(settings)
    article = make_article(text, Meta(**meta), settings, meta.get("id") or "<text>")
    return pipeline.analyze(article)
