"""Red lines said to be crossed ("any new kidnapping would cross a red line") and stances of speech acts joined
to what a speaker reports ("he said X bore responsibility and urged Manila to stop")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redline.models import Record

KIDNAPPING = (
    "Colombia's government and the rebels agreed on Tuesday to an exchange of hostages and prisoners. "
    "President Ana Ruiz said on social media that any new kidnapping would cross a red line and end the talks."
)
URGED = (
    "China's foreign ministry rejected the report. Spokesman Lin Wei said the Philippines bore full responsibility "
    "for the incident and urged Manila to stop provocations at the reef."
)


def _countries(record: Record) -> dict[str, str | None]:
    return {a.id: a.country for a in record.actors}


@pytest.mark.parametrize("verb", ["cross", "breach"])
def test_stances_crossing_red_line(analyze: Callable[..., Record], verb: str) -> None:
    record = analyze(KIDNAPPING.replace("cross", verb), published="2025-03-12")
    red = [s for s in record.stances if s.red_line]
    assert red and "kidnapping" in red[0].target
    assert _countries(record).get(red[0].holder or "") == "COL"


def test_stances_crossing_joined_speech_act_is_the_speakers(analyze: Callable[..., Record]) -> None:
    record = analyze(URGED, published="2024-06-19")
    countries = _countries(record)
    urged = [s for s in record.stances if "provocations" in s.target]
    assert urged and {countries.get(s.holder or "") for s in urged} == {"CHN"}


def test_stances_crossing_called_a_red_line(analyze: Callable[..., Record]) -> None:
    text = ("Serbian President Aleksandar Vucic said Belgrade would not accept any deal that implied recognition of "
            "Kosovo's independence, which he called a red line for Serbia.")
    record = analyze(text, published="2023-06-23")
    red = [s for s in record.stances if s.red_line]
    assert red and "independence" in red[0].target
    assert _countries(record).get(red[0].holder or "") == "SRB"
