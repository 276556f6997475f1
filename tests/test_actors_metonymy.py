"""Capitals and seats of government: agents become the government actor, locations stay places."""

from __future__ import annotations

import pytest

from redline.analyze import analyze_text
from redline.lookup import actor_at
from redline.pipeline import Pipeline


def _actor_for(pipeline: Pipeline, text: str, word: str) -> tuple[str, str | None] | None:
    record = analyze_text(text, pipeline=pipeline)
    start = text.index(word)
    actor = actor_at(record, start, start + len(word))
    return (actor.type, actor.country) if actor else None


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Moscow rejected the proposal on Tuesday.", "Moscow", ("GOVERNMENT", "RUS")),
        ("Moscow and Ankara agreed on a buffer zone.", "Ankara", ("GOVERNMENT", "TUR")),
        ("Rebels took up arms against Damascus in 2011.", "Damascus", ("GOVERNMENT", "SYR")),
        ("Fighters were bused north under agreements with Damascus.", "Damascus", ("GOVERNMENT", "SYR")),
        ("Tehran's position has not changed, the diplomat said.", "Tehran", ("GOVERNMENT", "IRN")),
        ("The Kremlin said the talks were useful.", "Kremlin", ("GOVERNMENT", "RUS")),
        ("The White House urged restraint.", "White House", ("GOVERNMENT", "USA")),
        ("Downing Street declined to comment.", "Downing Street", ("GOVERNMENT", "GBR")),
        ("The Pentagon announced new deployments.", "Pentagon", ("GOVERNMENT", "USA")),
        ("Washington accused Beijing of cyber espionage.", "Beijing", ("GOVERNMENT", "CHN")),
        ("Turkey shelled villages across the border.", "Turkey", ("STATE", "TUR")),
        ("The minister said Baku remained committed to a peace treaty.", "Baku", ("GOVERNMENT", "AZE")),
        ("Officials said Nairobi is ready to send more troops.", "Nairobi", ("GOVERNMENT", "KEN")),
    ],
)
def test_actors_metonymy_agent(actors_only: Pipeline, text: str, word: str, expected: tuple[str, str]) -> None:
    assert _actor_for(actors_only, text, word) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The delegations met in Damascus on Sunday.", "Damascus"),
        ("Thousands of people fled to Kabul after the offensive.", "Kabul"),
        ("A car bomb exploded near Mogadishu airport.", "Mogadishu"),
        ("Conflict erupted in Syria back in 2011.", "Syria"),
        ("Flights from Moscow were cancelled.", "Moscow"),
        ("BEIRUT (AP) — Fighting resumed overnight.", "BEIRUT"),
        ("Protesters gathered on the outskirts of Khartoum.", "Khartoum"),
        ("Nairobi remained calm after the vote.", "Nairobi"),
    ],
)
def test_actors_metonymy_place_is_not_an_actor(actors_only: Pipeline, text: str, word: str) -> None:
    assert _actor_for(actors_only, text, word) is None
