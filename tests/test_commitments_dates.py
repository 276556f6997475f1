"""Dates of commitments: bare month-days and weekdays resolved toward the past or the future."""

from __future__ import annotations

from datetime import date

import pytest

from redline.commitments import dates
from redline.models import TimeExpression

ANCHOR = date(2018, 9, 24)


@pytest.mark.parametrize(
    ("text", "direction", "expected"),
    [
        ("on September 17", "past", "2018-09-17"),
        ("by October 15", "future", "2018-10-15"),
        ("15 October 2019", "past", "2019-10-15"),
        ("Oct. 3", "future", "2018-10-03"),
        ("December 30", "past", "2017-12-30"),
        ("January 5", "future", "2019-01-05"),
        ("on Sunday", "past", "2018-09-23"),
        ("by Friday", "future", "2018-09-28"),
        ("2018-11-02", "future", "2018-11-02"),
        ("next round of talks", "future", None),
    ],
)
def test_commitments_dates_parse(text: str, direction: dates.Direction, expected: str | None) -> None:
    assert dates.parse(text, ANCHOR, direction) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("within 48 hours", "2018-09-26"), ("two weeks", "2018-10-08"), ("72 hours to leave", "2018-09-27"),
     ("soon", None)],
)
def test_commitments_dates_after_a_period(text: str, expected: str | None) -> None:
    assert dates.after(text, ANCHOR) == expected


@pytest.mark.parametrize(
    ("value", "text", "expected"),
    [("2018-10-15", "October 15", "2018-10-15"), (None, "October 15", "2018-10-15"), ("P2W", "two weeks", "2018-10-08"),
     ("PT48H", "48 hours", "2018-09-26")],
)
def test_commitments_dates_prefer_the_times_stage_value(value: str | None, text: str, expected: str) -> None:
    time = TimeExpression(id="t1", text=text, start=0, end=len(text), type="DATE", value=value)
    assert dates.value_of(time, ANCHOR, "future") == expected


def test_commitments_dates_without_anchor_give_nothing_for_bare_days() -> None:
    assert dates.parse("October 15", None, "future") is None
