"""Events on whole articles the team wrote: types, modes, actors, factuality, place and date."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import fixture_text
from redline.models import Actor, Event, Record

Analyze = Callable[..., Record]
PUBLISHED = "2020-10-12"


@pytest.fixture(scope="module")
def records(analyze: Analyze) -> dict[str, Record]:
    names = ["airstrike", "ceasefire_talks", "threats_denials", "sanctions", "protests"]
    return {name: analyze(fixture_text(f"events_{name}.txt"), published=PUBLISHED) for name in names}


def _codes(record: Record, ids: list[str]) -> set[str]:
    """Country codes (or names) of the actors behind ``ids``."""
    by_id: dict[str, Actor] = {actor.id: actor for actor in record.actors}
    return {by_id[i].country or by_id[i].name for i in ids if i in by_id}


def _find(record: Record, kind: str, trigger: str) -> Event:
    for event in record.events:
        if event.type == kind and trigger in event.trigger.text:
            return event
    found = [(e.type, e.trigger.text) for e in record.events]
    raise AssertionError(f"no {kind} event at {trigger!r}; found {found}")


EXPECTED = [
    # article, type, trigger, status, source countries (subset), mode
    ("airstrike", "ASSAULT", "bombed", "asserted", {"RUS"}, "aerial"),
    ("airstrike", "ASSAULT", "shelled", "asserted", {"TUR"}, "heavy-weapons"),
    ("airstrike", "ASSAULT", "attacking", "negated", {"SYR"}, None),
    ("ceasefire_talks", "AGREE", "agreed", "asserted", {"ARM", "AZE"}, "ceasefire"),
    ("ceasefire_talks", "CONSULT", "meet", "future", set(), None),
    ("ceasefire_talks", "SUPPORT", "welcomed", "asserted", {"FRA"}, None),
    ("ceasefire_talks", "REQUEST", "called on", "asserted", {"FRA"}, None),
    ("ceasefire_talks", "AID", "deliver", "conditional", set(), None),
    ("threats_denials", "THREATEN", "threatened", "asserted", {"PRK"}, None),
    ("threats_denials", "ASSAULT", "launch", "conditional", {"PRK"}, None),
    ("threats_denials", "ACCUSE", "accused", "asserted", {"PRK"}, "disapprove"),
    ("threats_denials", "ASSAULT", "firing", "negated", {"PRK"}, "firearms"),
    ("threats_denials", "MOBILIZE", "send", "negated", {"JPN"}, None),
    ("sanctions", "SANCTION", "imposed", "asserted", set(), None),
    ("sanctions", "SANCTION", "suspended", "asserted", {"USA"}, None),
    ("sanctions", "SANCTION", "expelled", "asserted", {"USA"}, "expel"),
    ("sanctions", "REJECT", "rejected", "asserted", {"BLR"}, None),
    ("sanctions", "RETREAT", "lifted", "asserted", set(), None),
    ("protests", "PROTEST", "protested", "asserted", set(), "demo"),
    ("protests", "COERCE", "arrested", "asserted", set(), "arrest"),
    ("protests", "PROTEST", "general strike", "hypothetical", set(), "boycott"),
    ("protests", "PROTEST", "hunger strike", "asserted", set(), "hunger"),
]


@pytest.mark.parametrize(("article", "kind", "trigger", "status", "sources", "mode"), EXPECTED)
def test_events_articles_expected_events(records: dict[str, Record], article: str, kind: str, trigger: str,
                                         status: str, sources: set[str], mode: str | None) -> None:
    record = records[article]
    event = _find(record, kind, trigger)
    assert event.status == status
    assert sources <= _codes(record, event.actors)
    if mode is not None:
        assert event.mode == mode


@pytest.mark.parametrize(
    ("article", "kind", "trigger", "date", "precision"),
    [
        ("airstrike", "ASSAULT", "bombed", "2020-10-06", "day"),
        ("ceasefire_talks", "AGREE", "agreed", "2020-10-10", "day"),
        ("sanctions", "RETREAT", "lifted", PUBLISHED, "article"),
    ],
)
def test_events_articles_dates(records: dict[str, Record], article: str, kind: str, trigger: str, date: str,
                               precision: str) -> None:
    event = _find(records[article], kind, trigger)
    assert (event.date, event.date_precision) == (date, precision)


@pytest.mark.parametrize(("article", "kind", "trigger", "place"),
                         [("ceasefire_talks", "AGREE", "agreed", "Moscow"),
                          ("ceasefire_talks", "CONSULT", "meet", "Geneva"),
                          ("protests", "PROTEST", "protested", "Khartoum")])
def test_events_articles_place_from_clause(records: dict[str, Record], article: str, kind: str, trigger: str,
                                           place: str) -> None:
    record = records[article]
    event = _find(record, kind, trigger)
    names = {p.id: p.name for p in record.places}
    assert event.place is not None and place in names[event.place]


def test_events_articles_evidence_points_into_text(records: dict[str, Record]) -> None:
    for record in records.values():
        text = record.article.text
        for event in record.events:
            assert text[event.trigger.start:event.trigger.end] == event.trigger.text
            assert event.evidence.sentence.start <= event.trigger.start < event.evidence.sentence.end
            assert event.pentacode is not None and 0.0 < event.confidence <= 1.0


def test_events_articles_no_participant_nouns_as_events(records: dict[str, Record]) -> None:
    triggers = {event.trigger.text.lower() for record in records.values() for event in record.events}
    assert not triggers & {"protesters", "demonstrators", "activists"}
