"""Queries with filters return the same rows on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest

from redline.errors import InputError
from redline.store import KINDS, Filters, Store
from redline.store.kinds import run
from store_corpus import fill

CASES: list[tuple[str, dict[str, Any], str, set[Any]]] = [
    ("articles", {}, "ref", {"wire-truce", "paper-truce", "portal-copy", "wire-breach", "gulf-interview"}),
    ("articles", {"text": "ceasefire"}, "ref", {"wire-truce", "portal-copy", "wire-breach"}),
    ("articles", {"text": "ceasefire Geneva shelled"}, "ref", {"wire-breach"}),
    ("articles", {"text": 'red "line" ( * :'}, "ref", {"gulf-interview"}),
    ("articles", {"since": "2024-03-03", "until": "2024-04-30"}, "ref", {"paper-truce", "wire-breach"}),
    ("articles", {"actor": "iran"}, "ref", {"gulf-interview"}),
    ("articles", {"place": "CH"}, "ref", {"wire-truce", "paper-truce", "portal-copy"}),
    ("articles", {"status": "duplicate"}, "ref", {"portal-copy"}),
    ("events", {}, "type", {"AGREE", "ASSAULT"}),
    ("events", {"type": "assault"}, "type", {"ASSAULT"}),
    ("events", {"actor": "AZE"}, "type", {"AGREE", "ASSAULT"}),
    ("events", {"actor": "Switzerland"}, "type", set()),
    ("events", {"place": "Geneva"}, "type", {"AGREE"}),
    ("events", {"since": "2024-04-01"}, "type", {"ASSAULT"}),
    ("events", {"until": "2024-03-31", "status": "asserted"}, "type", {"AGREE"}),
    ("events", {"text": "villages"}, "type", {"ASSAULT"}),
    ("quotes", {}, "speaker_name", {"the Swiss foreign minister"}),
    ("quotes", {"type": "indirect"}, "speaker_name", set()),
    ("quotes", {"type": "speech"}, "speaker_name", {"the Swiss foreign minister"}),
    ("quotes", {"type": "belief"}, "speaker_name", set()),
    ("actors", {"type": "person"}, "name", {"Mohammad Karimi"}),
    ("actors", {"text": "shelled"}, "name", {"Armenia", "Azerbaijan"}),
    ("actors", {"actor": "Arm%"}, "name", {"Armenia"}),
    ("commitments", {"status": "violated"}, "kind", {"ceasefire"}),
    ("commitments", {"actor": "Armenia", "type": "ceasefire"}, "kind", {"ceasefire"}),
    ("commitments", {"status": "pending"}, "kind", set()),
    ("stances", {"status": "red_line"}, "target", {"foreign troops in the Gulf"}),
    ("stances", {"actor": "IRN", "type": "oppose"}, "target", {"foreign troops in the Gulf"}),
    ("stances", {"type": "support"}, "target", set()),
    ("places", {}, "name", {"Geneva", "Tehran"}),
    ("places", {"place": "IR"}, "name", {"Tehran"}),
    ("places", {"since": "2024-04-15"}, "name", {"Tehran"}),
]

pytest_plugins = ["store_fixtures"]


@pytest.mark.parametrize(("kind", "given", "field", "expected"), CASES)
def test_query_filters(store: Store, kind: str, given: dict[str, Any], field: str, expected: set[Any]) -> None:
    fill(store)
    assert {row[field] for row in run(store, kind, Filters(**given))} == expected


@pytest.mark.parametrize("kind", list(KINDS))
def test_query_limit(store: Store, kind: str) -> None:
    fill(store)
    assert len(run(store, kind, Filters(limit=1))) <= 1


def test_query_newest_first(store: Store) -> None:
    fill(store)
    dates = [r["published"] for r in run(store, "articles")]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize(("kind", "given"), [("articles", {"type": "x"}), ("places", {"actor": "Iran"}),
                                             ("quotes", {"status": "x"}), ("nothing", {})])
def test_query_refuses_filters_that_do_not_apply(store: Store, kind: str, given: dict[str, Any]) -> None:
    with pytest.raises(InputError):
        run(store, kind, Filters(**given))
