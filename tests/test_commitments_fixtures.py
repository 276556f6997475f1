"""Commitments extracted from the team's fixture articles: parties, dates, places, provisions, zones, deadlines."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import fixture_text
from redline.models import Commitment, Provision, Record

Analyze = Callable[..., Record]


def _labels(record: Record, ids: list[str]) -> set[str]:
    """Names and country codes of the actors with these ids."""
    actors = [a for a in record.actors if a.id in ids]
    return {a.name for a in actors} | {a.country for a in actors if a.country}


def _place(record: Record, place_id: str | None) -> str | None:
    return next((p.name for p in record.places if p.id == place_id), None)


def _only(record: Record) -> Commitment:
    assert len(record.commitments) == 1, [c.evidence.text for c in record.commitments]
    return record.commitments[0]


def _with_deadline(commitment: Commitment) -> Provision:
    return next(p for p in commitment.provisions if p.deadline)


def test_commitments_ceasefire_with_start_time(analyze: Analyze) -> None:
    record = analyze(fixture_text("commitments_ceasefire.txt"), published="2021-05-21")
    ceasefire = _only(record)
    assert ceasefire.kind == "ceasefire"
    assert {"Israel", "Hamas"} <= _labels(record, ceasefire.parties)
    assert "Egypt" in _labels(record, ceasefire.guarantors)
    assert "United Nations" in _labels(record, ceasefire.welcomed_by)
    assert ceasefire.effective == "2021-05-21"
    halt = next(p for p in ceasefire.provisions if "halt rocket fire" in p.text)
    assert set(halt.obligated) == set(ceasefire.parties)


def test_commitments_withdrawal_with_deadline(analyze: Analyze) -> None:
    record = analyze(fixture_text("commitments_withdrawal.txt"), published="2020-11-10")
    deal = _only(record)
    assert {"Armenia", "Azerbaijan"} <= _labels(record, deal.parties)
    assert deal.agreed == "2020-11-09"
    assert _place(record, deal.place) == "Moscow"
    withdrawal = _with_deadline(deal)
    assert withdrawal.text.startswith("withdraw from the Kalbajar district")
    assert withdrawal.deadline == "2020-11-15"
    assert "ARM" in _labels(record, withdrawal.obligated) or withdrawal.obligated_names == ["Armenian forces"]
    assert deal.status == "due"
    assert withdrawal.evidence is not None and "must withdraw" in record.article.text[
        withdrawal.evidence.sentence.start: withdrawal.evidence.sentence.end]


def test_commitments_ultimatum_counts_its_period(analyze: Analyze) -> None:
    record = analyze(fixture_text("commitments_ultimatum.txt"), published="2023-04-11")
    ultimatum = _only(record)
    assert ultimatum.kind == "ultimatum"
    assert "SDN" in _labels(record, ultimatum.parties)
    leave = _with_deadline(ultimatum)
    assert leave.text == "leave the capital's main airport"
    assert leave.deadline == "2023-04-14"
    assert "Rapid Support Forces" in _labels(record, leave.obligated)


def test_commitments_zone_with_width_and_follow_up_obligation(analyze: Analyze) -> None:
    record = analyze(fixture_text("commitments_zone.txt"), published="2023-03-04")
    deal = _only(record)
    assert {"Ukraine", "Russia"} <= _labels(record, deal.parties)
    assert deal.agreed == "2023-03-03"
    assert _place(record, deal.place) == "Geneva"
    zone_provision = deal.provisions[0]
    assert zone_provision.zone is not None
    assert (zone_provision.zone.width_km_min, zone_provision.zone.width_km_max) == (10.0, 15.0)
    assert zone_provision.deadline == "2023-03-20"
    assert "pull heavy weapons" in zone_provision.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two sides would have to agree upon a framework before any talks.", 0),
        ("Negotiators failed to reach a deal on Sunday after ten hours of talks.", 0),
        ("Both governments hope to sign a peace agreement next year.", 0),
        ("Fighters who left under previous deals were bused north.", 0),
        ("Colombia and the ELN signed a ceasefire in Havana on Friday.", 1),
        ("The rebels pledged to release all prisoners by December 1.", 1),
    ],
)
def test_commitments_hedged_mentions_make_none(analyze: Analyze, text: str, expected: int) -> None:
    assert len(analyze(text, published="2023-06-10").commitments) == expected


def test_commitments_pledge_keeps_its_deadline(analyze: Analyze) -> None:
    record = analyze("The rebels pledged to release all prisoners by December 1.", published="2023-06-10")
    pledge = _only(record)
    assert pledge.kind == "pledge"
    assert pledge.provisions[0].text == "release all prisoners by December 1"
    assert pledge.provisions[0].deadline == "2023-12-01"


def test_commitments_named_agreement_gathers_its_mentions(analyze: Analyze) -> None:
    text = ("TEHRAN – Iran will abide by the JCPOA as long as the other side does, the deputy foreign minister said "
            "on Sunday. Iran and six world powers finalized the text of the Joint Comprehensive Plan of Action in "
            "Vienna on 14 July 2015. The deal went into effect on January 16, 2016.")
    record = analyze(text, published="2016-05-08")
    deal = _only(record)
    assert deal.name == "JCPOA"
    assert "Iran" in _labels(record, deal.parties)
    assert deal.agreed == "2015-07-14"
    assert deal.effective == "2016-01-16"
    assert len(deal.mentions) == 3


@pytest.mark.parametrize(
    ("text", "kind", "effective", "deadline", "obligated"),
    [
        ("Russia and Ukraine agreed to a 30-day ceasefire starting on March 15.", "ceasefire", "2024-03-15", None,
         None),
        ("Hamas has given Israel until Friday to accept the proposal.", "ultimatum", None, "2024-03-15", "Israel"),
    ],
)
def test_commitments_kind_start_and_deadline(analyze: Analyze, text: str, kind: str, effective: str | None,
                                             deadline: str | None, obligated: str | None) -> None:
    record = analyze(text, published="2024-03-10")
    made = _only(record)
    assert made.kind == kind
    assert made.effective == effective
    assert made.provisions[0].deadline == deadline
    if obligated:
        assert obligated in _labels(record, made.provisions[0].obligated)


@pytest.mark.parametrize(
    "text",
    ["All experts agree that the claims are exaggerated.", "The EU fully agrees with the assessment."],
)
def test_commitments_present_tense_agreement_is_an_opinion(analyze: Analyze, text: str) -> None:
    assert analyze(text, published="2023-06-10").commitments == []
