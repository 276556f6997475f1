"""Spokespeople and members take their organization's country; unnamed descriptions join the named holder."""

from __future__ import annotations

import pytest

from conftest import fixture_text
from redline.analyze import analyze_text
from redline.models import Actor, Record
from redline.pipeline import Pipeline


def _people(record: Record) -> list[Actor]:
    return [a for a in record.actors if a.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name", "country", "code"),
    [
        ("Al-Shabaab said it carried out the raid. The group's spokesman, Abdiasis Abu Musab, said five fighters "
         "died.", "Abdiasis Abu Musab", "SOM", "SOMREB"),
        ("The Houthis fired two missiles at the ship. The movement's military spokesman, Hadi Qasem, said the "
         "vessel was hit.", "Hadi Qasem", "YEM", "YEMREB"),
        ("Kamal Idris, a spokesman for the Rapid Support Forces, denied the claim.", "Kamal Idris", "SDN", "SDNREB"),
        ("Hezbollah official Ali Fayyad said the group would respond.", "Ali Fayyad", "LBN", "LBNREB"),
    ],
)
def test_actors_members_named_person_takes_organization_country(
    actors_only: Pipeline, text: str, name: str, country: str, code: str
) -> None:
    person = next(a for a in _people(analyze_text(text, pipeline=actors_only)) if a.name == name)
    assert (person.country, person.code) == (country, code)


@pytest.mark.parametrize(
    ("text", "mention", "country", "code"),
    [
        ("A spokesman for the Rapid Support Forces said the group was committed to the truce.", "A spokesman",
         "SDN", "SDNREB"),
        ("The Houthis seized the tanker on Monday. A spokesman for the group said the crew was safe.",
         "A spokesman", "YEM", "YEMREB"),
        ("A Pentagon official said two destroyers had been sent.", "official", "USA", "USAMIL"),
        ("Al-Shabaab attacked the base. The group's commander said the fighters had withdrawn.", "commander",
         "SOM", "SOMREB"),
    ],
)
def test_actors_members_unnamed_member(actors_only: Pipeline, text: str, mention: str, country: str,
                                       code: str) -> None:
    record = analyze_text(text, pipeline=actors_only)
    member = next(a for a in _people(record) if not a.named)
    assert (member.mentions[0].text, member.country, member.code) == (mention, country, code)


def test_actors_members_no_organization_no_member(actors_only: Pipeline) -> None:
    record = analyze_text("A spokesman for the hospital said six people were treated.", pipeline=actors_only)
    assert not [a for a in _people(record) if not a.named]


def test_actors_members_fixture_spokesman(actors_only: Pipeline) -> None:
    record = analyze_text(fixture_text("actors_agency_dispatch.txt"), pipeline=actors_only)
    person = next(a for a in _people(record) if a.name == "Abdiasis Abu Musab")
    assert (person.country, person.role) == ("SOM", "group's spokesman")


def test_actors_members_description_joins_named_holder(actors_only: Pipeline) -> None:
    text = ("Sudan will not sign any deal that divides the country, a senior adviser to General Abdel Fattah "
            "al-Burhan said. Tahir Osman, an adviser to the head of the sovereign council, told reporters on "
            "Monday that talks had stalled. The adviser said the army would keep its positions.")
    people = _people(analyze_text(text, pipeline=actors_only))
    tahir = next(p for p in people if p.name == "Tahir Osman")
    assert tahir.country == "SDN"
    assert {"a senior adviser", "The adviser"} <= {m.text for m in tahir.mentions}


def test_actors_members_description_ambiguous_stays_apart(actors_only: Pipeline) -> None:
    text = ("Tahir Osman, an adviser to the council, spoke first. Amal Nour, an adviser to the army, spoke next. "
            "The adviser said talks had stalled.")
    people = _people(analyze_text(text, pipeline=actors_only))
    assert not any("The adviser" in {m.text for m in p.mentions} for p in people)


def test_actors_members_indefinite_after_name_is_someone_else(actors_only: Pipeline) -> None:
    text = ("Grace Moyo, a journalist with the Harare Daily, was arrested on Monday. A journalist who saw the arrest "
            "said police took her phone. The journalist was released on bail.")
    grace = next(p for p in _people(analyze_text(text, pipeline=actors_only)) if p.name == "Grace Moyo")
    mentions = {m.text for m in grace.mentions}
    assert "The journalist" in mentions
    assert "A journalist" not in mentions
