"""The outlet that publishes or relays an article is one MEDIA actor with no mention; its credit line is not text."""

from __future__ import annotations

import pytest

from conftest import fixture_text
from redline.actors.publisher import looks_like_outlet
from redline.analyze import analyze_text
from redline.models import Actor, Record
from redline.pipeline import Pipeline


def _outlets(record: Record) -> list[Actor]:
    return [a for a in record.actors if a.type == "MEDIA"]


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("Kenya News Agency", True),
        ("The Daily Monitor", True),
        ("Radio Dabanga", True),
        ("Horn Press", True),
        ("redline sample wire", False),
        ("Ministry of Defence", False),
        ("John Smith", False),
    ],
)
def test_actors_outlets_looks_like_outlet(name: str, outlet: bool) -> None:
    assert looks_like_outlet(name) is outlet


@pytest.mark.parametrize(
    ("source", "name", "country"),
    [
        ("Anadolu Agency", "Anadolu Agency", "TUR"),
        ("Kenya News Agency", "Kenya News Agency", "KEN"),
        ("Somali National Television", "Somali National Television", "SOM"),
        ("The Coast Herald", "The Coast Herald", None),
    ],
)
def test_actors_outlets_source_is_one_mentionless_actor(
    actors_only: Pipeline, source: str, name: str, country: str | None
) -> None:
    record = analyze_text(fixture_text("actors_agency_dispatch.txt"), pipeline=actors_only, source=source)
    outlets = [a for a in _outlets(record) if a.name == name]
    assert len(outlets) == 1
    assert (outlets[0].country, outlets[0].mentions, outlets[0].role) == (country, [], "article source")
    assert record.actors[-1] is outlets[0]


def test_actors_outlets_source_that_is_no_outlet(actors_only: Pipeline) -> None:
    record = analyze_text(fixture_text("actors_agency_dispatch.txt"), pipeline=actors_only,
                          source="redline sample wire")
    assert not [a for a in record.actors if not a.mentions]


def test_actors_outlets_via_joins_the_outlet_named_in_text(actors_only: Pipeline) -> None:
    text = "Reuters reported that the talks in Geneva had stalled. Officials declined to comment."
    record = analyze_text(text, pipeline=actors_only, source="Reuters", via="Reuters")
    reuters = [a for a in record.actors if a.name == "Reuters"]
    assert len(reuters) == 1
    assert (reuters[0].country, len(reuters[0].mentions)) == ("GBR", 1)


def test_actors_outlets_credit_line_gives_no_mention(actors_only: Pipeline) -> None:
    text = ("The ministry said the convoy reached Goma on Friday. "
            "All Content by Kivu News Agency is licensed under a Creative Commons Attribution 4.0 License.")
    record = analyze_text(text, pipeline=actors_only, source="Kivu News Agency")
    outlet = next(a for a in record.actors if a.name == "Kivu News Agency")
    assert outlet.mentions == []
