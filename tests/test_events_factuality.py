"""Factuality of events: asserted, negated, hypothetical, future, conditional; and who reported them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redline.models import Event, Record

Analyze = Callable[..., Record]

CASES = [
    ("Israeli jets struck a weapons depot near Damascus on Monday.", "struck", "asserted"),
    ("The army shelled the village overnight.", "shelled", "asserted"),
    ("Washington said it would keep up the pressure, as Tehran rejected its offer of talks.", "rejected", "asserted"),
    ("The envoy said the convoy could move if the militia withdrew from the road.", "withdrew", "conditional"),
    ("The army denied attacking the village.", "attacking", "negated"),
    ("Police did not arrest any protesters.", "arrest", "negated"),
    ("The two sides failed to reach a deal on the border.", "deal", "negated"),
    ("Rebels refused to withdraw from the town.", "withdraw", "negated"),
    ("No agreement was reached after the talks in Doha.", "agreement", "negated"),
    ("A possible chemical attack on the city worries aid groups.", "attack", "hypothetical"),
    ("The offensive could begin within days.", "offensive", "hypothetical"),
    ("Any such raid would be a catastrophe for the region.", "raid", "hypothetical"),
    ("Officials fear a renewed war in the north.", "war", "hypothetical"),
    ("The minister urged Turkey to withdraw its troops.", "withdraw", "hypothetical"),
    ("Russia and Ukraine will meet next week in Istanbul.", "meet", "future"),
    ("The president plans to visit Beijing in March.", "visit", "future"),
    ("The upcoming summit in Vienna was announced on Friday.", "summit", "future"),
    ("The talks are due to resume on Monday.", "talks", "future"),
    ("A ceasefire is set to take effect at midnight.", "ceasefire", "future"),
    ("Diplomats are scrambling to avert a war.", "war", "negated"),
    ("Kyiv fears a new Russian offensive.", "offensive", "hypothetical"),
    ("If Israel attacks, Iran will retaliate.", "attacks", "conditional"),
    ("Hamas will release the hostages if the bombing stops.", "release", "conditional"),
    ("Unless the talks resume, the union will strike.", "talks", "conditional"),
]


def _event_at(record: Record, word: str) -> Event:
    for event in record.events:
        if word in event.trigger.text:
            return event
    found = [e.trigger.text for e in record.events]
    raise AssertionError(f"no event triggered by {word!r}; found {found}")


@pytest.mark.parametrize(("text", "trigger", "status"), CASES)
def test_events_factuality_status(analyze: Analyze, text: str, trigger: str, status: str) -> None:
    assert _event_at(analyze(text, published="2021-05-03"), trigger).status == status


@pytest.mark.parametrize(
    ("text", "trigger", "reporter"),
    [
        ("Lebanese officials said Israeli drones struck a car near Tyre.", "struck", "LBN"),
        ("The Kremlin said Ukrainian forces shelled Donetsk.", "shelled", "RUS"),
        ("Turkish jets bombed a Kurdish camp, according to Iran's foreign ministry.", "bombed", "IRN"),
    ],
)
def test_events_factuality_reported_by(analyze: Analyze, text: str, trigger: str, reporter: str) -> None:
    record = analyze(text, published="2021-05-03")
    event = _event_at(record, trigger)
    assert event.status == "asserted"
    countries = {actor.id: actor.country for actor in record.actors}
    assert event.reported_by is not None
    assert countries[event.reported_by] == reporter


def test_events_factuality_every_event_has_status(analyze: Analyze) -> None:
    record = analyze("Turkey threatened to close the border if refugees kept arriving, but did not close it.")
    assert record.events
    assert all(event.status in ("asserted", "hypothetical", "negated", "future", "conditional")
               for event in record.events)
