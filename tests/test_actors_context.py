"""Actors the context resolves: an official's country, misspelt surnames, "the army" and "the government" when
several bodies could be meant, names the parse ran over a paragraph break."""

from __future__ import annotations

import pytest

from redline.analyze import analyze_text
from redline.models import Actor, Record
from redline.pipeline import Pipeline

MANILA = (
    "MANILA (redline wire) — The Philippines accused the Chinese coast guard of ramming a supply boat on Monday. "
    "China's foreign ministry denied the accusation on Tuesday. Spokesman Lin Wei said the Philippine boat had "
    "entered Chinese waters. Defence Secretary Jose Abad said the navy would keep its patrols."
)
HAVANA = (
    "HAVANA (redline wire) — Colombia's government and a rebel group agreed on Tuesday to free 20 hostages. "
    "The Colombian army will pause operations for three days. Colombia's government said the deal was a first "
    "step.\n\nPresident Ana Ruiz said any new kidnapping would end the talks."
)
MISSPELT = (
    "Russia's ambassador Vassily Nebenzia called the draft a dead end. Nebenzya accused the United States of "
    "provoking Pyongyang with military drills."
)
NAMED_ARMY = (
    "The National Liberation Army agreed to free 18 hostages on Tuesday. The army will suspend offensive "
    "operations around the handover points, the defence ministry said."
)
GOVERNMENTS = (
    "Colombia's government signed the deal with the rebels. The government will release 42 prisoners. "
    "Caracas welcomed the accord. The government said it would verify the release."
)
PARAGRAPHS = (
    'The rebels denied it. "We did not start this fight," he wrote on X.\n\nDoctors said they treated 120 people.'
)


def _actor(record: Record, name: str) -> Actor:
    found = [a for a in record.actors if a.name == name]
    assert len(found) == 1, f"{name!r} in {[a.name for a in record.actors]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (MANILA, "Lin Wei", "CHN"),  # the ministry the sentence before names first
        (MANILA, "Jose Abad", "PHL"),  # the dateline's country, whose institutions the article names
        (HAVANA, "Ana Ruiz", "COL"),  # a talks venue is not the officials' home
    ],
)
def test_actors_context_official_country(actors_only: Pipeline, text: str, name: str, country: str) -> None:
    assert _actor(analyze_text(text, pipeline=actors_only), name).country == country


def test_actors_context_misspelt_surname(actors_only: Pipeline) -> None:
    record = analyze_text(MISSPELT, pipeline=actors_only)
    assert "Nebenzya" in {m.text for m in _actor(record, "Vassily Nebenzia").mentions}


def test_actors_context_the_army_is_not_a_named_armed_group(actors_only: Pipeline) -> None:
    record = analyze_text(NAMED_ARMY, pipeline=actors_only)
    group = next(a for a in record.actors if a.type == "ARMED_GROUP")
    assert "The army" not in {m.text for m in group.mentions}


def test_actors_context_the_government_named_most(actors_only: Pipeline) -> None:
    record = analyze_text(GOVERNMENTS, pipeline=actors_only)
    colombia = next(a for a in record.actors if a.type == "GOVERNMENT" and a.country == "COL")
    assert {"The government"} <= {m.text for m in colombia.mentions}
    assert all("The government" not in {m.text for m in a.mentions} for a in record.actors if a.country == "VEN")


def test_actors_context_no_name_over_a_paragraph_break(actors_only: Pipeline) -> None:
    record = analyze_text(PARAGRAPHS, pipeline=actors_only)
    assert not [m.text for a in record.actors for m in a.mentions if "\n" in m.text]


def test_actors_context_state_owning_a_title(actors_only: Pipeline) -> None:
    text = "Japan's ambassador, Kimihiro Ishikane, said a nuclear test would be a red line."
    record = analyze_text(text, pipeline=actors_only)
    assert _actor(record, "Japan").type == "STATE"
    assert _actor(record, "Kimihiro Ishikane").country == "JPN"


def test_actors_context_delegates_from_a_state(actors_only: Pipeline) -> None:
    text = ("HAVANA (redline wire) — The deal was signed in the presence of delegates from Cuba and Norway, the "
            "guarantor countries.")
    record = analyze_text(text, pipeline=actors_only)
    assert {"CUB", "NOR"} <= {a.country for a in record.actors if a.type == "STATE"}
