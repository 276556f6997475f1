"""Across articles: one actor per real-world actor, one event per real-world event, commitments tracked."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from sqlalchemy import select, text

from redline.models import Commitment, Provision, Record
from redline.store import Filters, Store
from redline.store import schema as t
from redline.store.kinds import run
from redline.store.linking import first_deadline
from redline.store.status import deadline_status, update_statuses
from store_corpus import corpus, entry, fill

pytest_plugins = ["store_fixtures"]


def test_store_links_one_event_reported_by_several_articles(store: Store) -> None:
    fill(store)
    [agree] = run(store, "events", Filters(type="AGREE"))
    assert agree["mentions"] == 3
    assert agree["sources"] == 2, "the syndicated copy is not an independent source"
    assert agree["actors"] == ["Armenia", "Azerbaijan"]
    assert agree["place"] == "Geneva"
    assert agree["date"] == "2024-03-02"


def test_store_keeps_distinct_events_apart(store: Store) -> None:
    fill(store)
    kinds = sorted((r["type"], r["mentions"]) for r in run(store, "events"))
    assert kinds == [("AGREE", 3), ("ASSAULT", 1)]


def test_store_merges_actors_by_code(store: Store) -> None:
    fill(store)
    rows = {r["name"]: r for r in run(store, "actors")}
    assert rows["Armenia"]["articles"] == 4
    assert rows["Azerbaijan"]["articles"] == 4
    assert rows["Armenia"]["key"] == "code:ARM"
    assert store.count("actors") == 5


def test_store_marks_copies_with_their_original(store: Store) -> None:
    fill(store)
    rows = {r["ref"]: r for r in run(store, "articles")}
    assert rows["portal-copy"]["duplicate_of"] == rows["wire-truce"]["id"]
    assert rows["paper-truce"]["duplicate_of"] is None


def test_store_commitment_violated_by_a_later_report(store: Store) -> None:
    fill(store)
    [ceasefire] = run(store, "commitments")
    assert ceasefire["status"] == "violated"
    assert "violating the ceasefire" in ceasefire["status_reason"]
    assert ceasefire["parties"] == ["Armenia", "Azerbaijan"]
    assert ceasefire["deadline"] == "2024-04-15"


@pytest.mark.parametrize(("as_of", "status"), [("2024-03-01", "pending"), ("2024-04-10", "due"),
                                               ("2024-05-01", "overdue")])
def test_store_commitment_status_follows_the_deadline(store: Store, as_of: str, status: str) -> None:
    for rec, original in corpus()[:3]:
        store.add([entry(rec, original)])
    update_statuses(store, as_of)
    [ceasefire] = run(store, "commitments")
    assert ceasefire["status"] == status
    assert ceasefire["status_as_of"] == as_of


@pytest.mark.parametrize(("deadline", "status"), [("2024-04-15", "pending"), ("2024-04-05", "due"),
                                                  ("2024-03-31", "overdue"), (None, "unknown"),
                                                  ("2024-04", "pending"), ("2024-03", "overdue"), ("2024", "pending")])
def test_store_deadline_status_without_the_commitments_module(deadline: str | None, status: str) -> None:
    assert deadline_status(SimpleNamespace(deadline=deadline), "2024-04-01") == status  # type: ignore[arg-type]


def test_store_keeps_the_whole_record(store: Store) -> None:
    rec, _ = corpus()[0]
    store.add([entry(rec)])
    with store.engine.connect() as conn:
        stored = conn.execute(select(t.records.c.record)).scalar_one()
    assert Record.model_validate_json(stored) == rec


def test_store_migrates_once(db_url: str) -> None:
    for _ in range(2):
        with Store.open(db_url) as opened, opened.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0002"


def test_store_records_a_failure_once_per_item(store: Store) -> None:
    store.record_failure("bad.txt", "reader", "E102", "bad.txt is empty.")
    store.record_failure("bad.txt", "reader", "E104", "bad.txt is not UTF-8.")
    with store.engine.connect() as conn:
        assert conn.execute(select(t.ingest_errors.c.code)).scalars().all() == ["E104"]


def test_store_status_update_after_a_run_finds_reports_in_new_articles(store: Store) -> None:
    articles = corpus()
    for rec, original in articles[:3]:
        store.add([entry(rec, original)])
    update_statuses(store, "2024-04-01")
    before = store.last_article_id()
    breach, _ = articles[3]
    store.add([entry(breach)])
    update_statuses(store, "2024-04-20", after_article=before)
    [ceasefire] = run(store, "commitments")
    assert ceasefire["status"] == "violated"


@pytest.mark.parametrize(("deadlines", "first"), [(["2024", "2024-11-07"], "2024-11-07"),
                                                  (["2025-02-01", "2024-12"], "2024-12"), ([], None)])
def test_store_first_deadline_is_the_one_due_first(deadlines: list[str], first: str | None) -> None:
    provisions = [Provision(text="withdraw", start=0, end=8, deadline=d) for d in deadlines]
    assert first_deadline(Commitment.model_construct(id="c1", provisions=provisions)) == first
