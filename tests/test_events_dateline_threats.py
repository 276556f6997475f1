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
