"""Ingest files with the real pipeline: stored once, copies linked, failures kept, interrupted runs resumed."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from conftest import FIXTURES
from redline.models import Article, Record
from redline.pipeline import Pipeline
from redline.readers import Item, Meta, read_paths
from redline.settings import Settings
from redline.store import Filters, Store, ingest_items, ingest_paths
from redline.store.kinds import run

ARTICLES = FIXTURES / "articles"
NAMES = ["store_border-talks.txt", "store_border-talks-reprint.txt", "store_border-shooting.txt",
         "store_aid-convoy.txt"]
PATHS = [str(ARTICLES / name) for name in NAMES]

pytest_plugins = ["store_fixtures"]


class CountingPipeline(Pipeline):
    """The real pipeline, counting the articles it analyzes."""

    def __init__(self, pipeline: Pipeline) -> None:
        super().__init__(pipeline.nlp, pipeline.stages, pipeline.settings, raise_errors=True)
        self.analyzed = 0

    def analyze_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Record]:
        for record in super().analyze_many(articles, batch_size):
            self.analyzed += 1
            yield record


@pytest.fixture
def counting(pipeline: Pipeline) -> CountingPipeline:
    return CountingPipeline(pipeline)


def items(settings: Settings, paths: list[str]) -> Iterator[Item]:
    return read_paths(paths, Meta(), settings)


def test_ingest_stores_each_article_once(store: Store, counting: CountingPipeline, settings: Settings) -> None:
    first = ingest_items(items(settings, PATHS), store, counting, batch_size=2)
    assert (first.added, first.skipped, first.failed) == (4, 0, 0)
    second = ingest_items(items(settings, PATHS), store, counting, batch_size=2)
    assert (second.added, second.skipped) == (0, 4)
    assert counting.analyzed == 4, "a second ingest analyzes nothing"
    assert store.count("articles") == 4


def test_ingest_links_the_reprint_to_its_original(store: Store, counting: CountingPipeline,
                                                  settings: Settings) -> None:
    summary = ingest_items(items(settings, PATHS), store, counting)
    assert summary.duplicates == 1
    rows = {r["ref"]: r for r in run(store, "articles")}
    assert rows["store_border-talks-reprint"]["duplicate_of"] == rows["store_border-talks"]["id"]
    assert rows["store_border-shooting"]["duplicate_of"] is None
    assert [r["ref"] for r in run(store, "articles", Filters(status="duplicate"))] == ["store_border-talks-reprint"]


def test_ingest_links_a_copy_to_an_original_from_an_earlier_run(store: Store, counting: CountingPipeline,
                                                                settings: Settings) -> None:
    ingest_items(items(settings, PATHS[:1]), store, counting)
    summary = ingest_items(items(settings, PATHS[1:2]), store, counting)
    assert summary.duplicates == 1


def test_ingest_records_bad_items_and_goes_on(store: Store, counting: CountingPipeline, settings: Settings,
                                              tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    summary = ingest_items(items(settings, [str(empty), "missing.txt", PATHS[0]]), store, counting)
    assert (summary.added, summary.failed) == (1, 2)
    assert {item for item, _ in summary.errors} == {"empty", "missing"}
    assert store.count("ingest_errors") == 2
    failed = run(store, "articles", Filters(status="failed"))
    assert {(r["item"], r["code"]) for r in failed} == {("empty", "E102"), ("missing", "E101")}


class Interrupt(Exception):
    pass


def interrupted(items: Iterator[Item], after: int) -> Iterator[Item]:
    for index, item in enumerate(items):
        if index == after:
            raise Interrupt
        yield item


def test_ingest_resumes_after_an_interruption(store: Store, counting: CountingPipeline, settings: Settings) -> None:
    with pytest.raises(Interrupt):
        ingest_items(interrupted(items(settings, PATHS), after=2), store, counting, batch_size=1)
    assert store.count("articles") == 2
    summary = ingest_items(items(settings, PATHS), store, counting, batch_size=1)
    assert (summary.skipped, summary.added) == (2, 2)
    assert counting.analyzed == 4


def test_ingest_paths_opens_the_database(db_url: str, pipeline: Pipeline, settings: Settings) -> None:
    summary = ingest_paths(PATHS[:2], db_url, settings, pipeline=pipeline)
    assert summary.added == 2
    assert ingest_paths(PATHS[:2], db_url, settings, pipeline=pipeline).skipped == 2


def test_ingest_searches_the_stored_text(store: Store, counting: CountingPipeline, settings: Settings) -> None:
    ingest_items(items(settings, PATHS), store, counting)
    found = {r["ref"] for r in run(store, "articles", Filters(text="convoy flour"))}
    assert found == {"store_aid-convoy"}


def test_ingest_stores_text_with_control_characters_from_old_feeds(store: Store, counting: CountingPipeline,
                                                                     settings: Settings, tmp_path: Path) -> None:
    line = ('{"id": "feed-1", "title": "Talks resume\\u0000", "text": "Envoys from both sides met in Geneva on '
            'Monday, the mediators said.\\u0000 \\u001a\\nThe talks will resume next week.\\u0000"}\n')
    feed = tmp_path / "old-feed.jsonl"
    feed.write_text(line, encoding="utf-8")
    summary = ingest_items(items(settings, [str(feed)]), store, counting)
    assert (summary.added, summary.failed) == (1, 0)
    [row] = run(store, "articles", Filters())
    assert row["title"] == "Talks resume"
