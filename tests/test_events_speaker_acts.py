"""Events whose source is the speaker of a reported clause ("he said X and urged Y"), deadlines given as demands,
offensives pressed and allies stood with."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redline.models import Record

URGED = (
    "China's foreign ministry rejected the report on Tuesday. Spokesman Lin Wei said the Philippines bore full "
    'responsibility for the incident and urged Manila to stop "provocations" at the reef.'
)
DEADLINE = (
    "The Philippines on Wednesday accused Chinese coast guard personnel of ramming two supply boats and gave "
    "Beijing until Friday to return the seized rifles."
)
OFFENSIVE = (
    "M23 rebels pressed an offensive toward the city of Goma on Wednesday, shelling the outskirts of the town of "
    "Sake, local officials said."
)
ALLY = "The United States condemned the ramming of the boats. Washington stood with its ally, the spokesman said."


def _events(record: Record, kind: str) -> list[tuple[str, list[str | None]]]:
    countries = {a.id: a.country for a in record.actors}
    return [(e.status, [countries.get(a) for a in e.actors]) for e in record.events if e.type == kind]


@pytest.mark.parametrize(
    ("text", "kind", "countries"),
    [
        (URGED, "REQUEST", ["CHN"]),  # the spokesman urged, not the Philippines
        (DEADLINE, "REQUEST", ["PHL"]),  # a deadline given is a demand
        (OFFENSIVE, "ASSAULT", ["COD"]),
        (ALLY, "SUPPORT", ["USA"]),
    ],
)
def test_events_speaker_acts_source(analyze: Callable[..., Record], text: str, kind: str,
                                    countries: list[str]) -> None:
    found = _events(analyze(text, published="2024-06-19"), kind)
    assert ("asserted", countries) in found, found


def test_events_speaker_acts_reported_content_keeps_its_subject(analyze: Callable[..., Record]) -> None:
    """Only speech acts go to the speaker: "killed" joined to what the army reports is still the rebels' act."""
    record = analyze("The army said the rebels attacked the town and killed 12 civilians.", published="2024-06-19")
    types = {a.id: a.type for a in record.actors}
    sources = [types.get(a) for e in record.events if e.type == "ASSAULT" for a in e.actors]
    assert sources and "MILITARY" not in sources
