"""Events whose subject the parse hid behind a dateline, and threats aimed down an infinitive chain."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redline.models import Record

VETO = (
    "UNITED NATIONS (redline wire) — China and Russia on Thursday vetoed a U.S.-drafted resolution that would have "
    "imposed new sanctions on North Korea."
)
THREAT = (
    "Congolese President Felix Tshisekedi has said a fall of Goma would be a red line. He has threatened to ask "
    "parliament to declare war on Rwanda if its forces took part in an attack on the city."
)


def _coded(record: Record, kind: str) -> list[tuple[set[str | None], set[str | None]]]:
    countries = {a.id: a.country for a in record.actors}
    return [({countries.get(a) for a in e.actors}, {countries.get(r) for r in e.recipients})
            for e in record.events if e.type == kind and e.status == "asserted"]


@pytest.mark.parametrize(
    ("text", "kind", "sources", "recipients"),
    [
        (VETO, "REJECT", {"CHN", "RUS"}, set()),
        (THREAT, "THREATEN", {"COD"}, {"RWA"}),
    ],
)
def test_events_dateline_threats_roles(analyze: Callable[..., Record], text: str, kind: str,
                                       sources: set[str], recipients: set[str]) -> None:
    found = _coded(analyze(text, published="2024-02-08"), kind)
    assert any(sources <= s and recipients <= r for s, r in found), found


def test_events_dateline_threats_accused_acts_are_alleged(analyze: Callable[..., Record]) -> None:
    text = ("The Philippines on Wednesday accused Chinese coast guard personnel of ramming two supply boats near the "
            "shoal, seizing eight rifles and injuring several sailors.")
    record = analyze(text, published="2024-06-19")
    countries = {a.id: a.country for a in record.actors}
    alleged = [e for e in record.events if e.trigger.text in {"seizing", "injuring"}]
    assert alleged and all(e.status != "asserted" for e in alleged)
    assert all({countries.get(a) for a in e.actors} <= {"CHN"} for e in alleged)


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "status"),
    [
        ("The launches came hours after President Joe Biden ended his first trip to Asia.", "trip", "CONSULT",
         "asserted"),
        ("Analysts said Beijing was unlikely to return the rifles by the deadline.", "return", "RETREAT",
         "hypothetical"),
    ],
)
def test_events_dateline_threats_completed_and_unlikely(analyze: Callable[..., Record], text: str, trigger: str,
                                                        kind: str, status: str) -> None:
    found = {(e.trigger.text, e.type, e.status) for e in analyze(text, published="2022-05-27").events}
    assert (trigger, kind, status) in found, found
    assert not [f for f in found if f[1] == "SANCTION"]


def test_events_dateline_threats_concurrent_participle_is_asserted(analyze: Callable[..., Record]) -> None:
    text = ("M23 rebels pressed an offensive toward the city on Wednesday, shelling the outskirts of the town and "
            "killing at least 15 civilians, local officials said.")
    statuses = {e.trigger.text: e.status for e in analyze(text, published="2024-02-08").events}
    assert statuses.get("killing") == "asserted", statuses


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Washington last month cancelled Kosovo's participation in a NATO-led military exercise.", "USA"),
        ("Russia suspended its participation in the grain deal on Monday.", "RUS"),
    ],
)
def test_events_dateline_threats_share_undone(analyze: Callable[..., Record], text: str, country: str) -> None:
    found = _coded(analyze(text, published="2023-06-23"), "SANCTION")
    assert any(country in sources for sources, _ in found), found
