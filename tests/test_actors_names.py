"""Names the parse gets half right: acronyms and their expansions, companies tagged as people, and named
ministries and departments that are actors of their own."""

from __future__ import annotations

import pytest

from conftest import fixture_text
from redline.actors.acronyms import is_acronym, letters
from redline.analyze import analyze_text
from redline.models import Actor, Record
from redline.pipeline import Pipeline
from redline.settings import Settings


@pytest.fixture(scope="module")
def actors_only(settings: Settings) -> Pipeline:
    quiet = settings.with_(skip_language_check=True)
    return Pipeline.from_settings(quiet, names=("redline.actors.v1",), raise_errors=True)


def _actors(pipeline: Pipeline, text: str) -> Record:
    return analyze_text(text, pipeline=pipeline)


def _named(record: Record, name: str) -> Actor:
    found = [a for a in record.actors if a.name == name]
    assert len(found) == 1, f"{name!r} in {[a.name for a in record.actors]}"
    return found[0]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("PBO", True), ("E.D.C.", True), ("NATO", True), ("A", False), ("Apple", False), ("LONGACRONYM", False)],
)
def test_actors_names_acronym_shape(name: str, expected: bool) -> None:
    assert is_acronym(name) is expected


def test_actors_names_acronym_letters() -> None:
    assert letters("E.D.C.") == "EDC"


@pytest.mark.parametrize(
    ("name", "aliases", "mentions"),
    [
        ("Parliamentary Budget Officer", ["PBO"], 3),  # expansion first, no parenthesis
        ("Export Development Canada", ["EDC"], 3),  # "Name (ACRONYM)", then the acronym as a subject
        ("Northern Shipping Board", ["NSB"], 2),  # "known as NSB"
        ("Canadian Transport Agency", ["CTA"], 2),  # acronym the parse did not tag as an organization
    ],
)
def test_actors_names_acronym_joins_expansion(
    actors_only: Pipeline, name: str, aliases: list[str], mentions: int
) -> None:
    actor = _named(_actors(actors_only, fixture_text("actors_acronyms_budget.txt")), name)
    assert actor.type == "ORG"
    assert set(aliases) <= set(actor.aliases)
    assert len(actor.mentions) == mentions


def test_actors_names_acronym_before_expansion(actors_only: Pipeline) -> None:
    text = ("The IHRB said on Monday that the inquiry would take months. The Independent Harbour Review Board "
            "was set up after the collapse of the pier in 2019, and the IHRB has since published three reports.")
    record = _actors(actors_only, text)
    actor = _named(record, "Independent Harbour Review Board")
    assert actor.mentions[0].text == "IHRB"
    assert not [a for a in record.actors if a.name == "IHRB"]


def test_actors_names_acronym_ambiguous_initials_stay_apart(actors_only: Pipeline) -> None:
    text = ("The National Farmers Union and the Northern Fishers Union both opposed the plan. The NFU said "
            "the levy was unfair, and officials of both unions met the minister on Friday.")
    record = _actors(actors_only, text)
    assert all(a.name != "National Farmers Union" or "NFU" not in a.aliases for a in record.actors)


def test_actors_names_acronym_is_no_person_initials(actors_only: Pipeline) -> None:
    text = ("Opposition leader Maria Tennant spoke at the rally. The MT group, a youth movement, "
            "said it would march again on Saturday.")
    record = _actors(actors_only, text)
    assert _named(record, "Maria Tennant").type == "PERSON"
    assert all("MT" not in a.aliases for a in record.actors if a.name == "Maria Tennant")
