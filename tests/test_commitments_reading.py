"""Commitments an analyst would record from background passages: a pact told in a relative clause, agreements
between two named sides; generic plurals ("previous truces collapsed") are no commitment."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import fixture_text
from redline.models import Commitment, Record

Analyze = Callable[..., Record]


def _parties(record: Record, commitment: Commitment) -> set[str]:
    by_id = {actor.id: actor for actor in record.actors}
    return {by_id[i].country or by_id[i].name for i in commitment.parties}


@pytest.fixture(scope="module")
def pacts(analyze: Analyze) -> Record:
    return analyze(fixture_text("commitments_background_pacts.txt"), published="2024-06-05")


def test_commitments_reading_two_pacts_with_their_own_sides(pacts: Record) -> None:
    assert [_parties(pacts, c) for c in pacts.commitments] == [{"ARM", "AZE"}, {"GEO", "ARM"}]


def test_commitments_reading_relative_clause_pact_keeps_its_purpose_and_deadline(pacts: Record) -> None:
    accord = pacts.commitments[0]
    assert accord.agreed == "2022"
    assert [(p.text, p.deadline) for p in accord.provisions] == [
        ("open the border crossings by December 1", "2024-12-01")]


@pytest.mark.parametrize(
    "text",
    [
        "Previous truces collapsed within hours.",
        "Ceasefires rarely hold along the frontier, analysts said.",
        "Many earlier deals were broken within weeks.",
    ],
)
def test_commitments_reading_generic_plurals_make_none(analyze: Analyze, text: str) -> None:
    assert analyze(text, published="2024-06-05").commitments == []


def test_commitments_reading_a_reached_plural_is_still_made(analyze: Analyze) -> None:
    record = analyze("Armenia and Azerbaijan signed agreements on border demarcation.", published="2024-06-05")
    assert [_parties(record, c) for c in record.commitments] == [{"ARM", "AZE"}]


def test_commitments_reading_terms_under_which_and_a_month_deadline(analyze: Analyze) -> None:
    record = analyze("DOHA — Washington and the insurgents signed an agreement on Saturday under which all foreign "
                     "troops will leave the country by May 2021, officials said.", published="2020-02-29")
    [pact] = record.commitments
    [terms] = pact.provisions
    assert terms.text.startswith("all foreign troops will leave the country")
    assert terms.deadline == "2021-05"


def test_commitments_reading_a_pledge_to_prevent_is_a_provision(analyze: Analyze) -> None:
    record = analyze("Hamas pledged on Monday to prevent its fighters from entering the buffer zone.",
                     published="2024-03-04")
    [pledge] = record.commitments
    assert [p.text for p in pledge.provisions] == ["prevent its fighters from entering the buffer zone"]
