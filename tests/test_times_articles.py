"""Times over whole fixture articles written for these tests (wire report, communiqué)."""

from __future__ import annotations

import pytest

from redline.models import Record


@pytest.mark.parametrize(
    ("article", "text", "kind", "value", "role"),
    [
        ("timex_wire_casualties.txt", "Saturday", "DATE", "2025-03-01", "point"),
        ("timex_wire_casualties.txt", "72-hour", "DURATION", "PT72H", None),
        ("timex_wire_casualties.txt", "April 2023", "DATE", "2023-04", "start"),
        ("timex_wire_casualties.txt", "three weeks", "DURATION", "P3W", None),
        ("timex_wire_casualties.txt", "the end of the month", "DATE", "2025-03", "deadline"),
        ("timex_wire_casualties.txt", "the past two years", "DURATION", "P2Y", None),
        ("timex_communique.txt", "14 November", "DATE", "2024-11-14", "point"),
        ("timex_communique.txt", "3 October 2024", "DATE", "2024-10-03", "point"),
        ("timex_communique.txt", "December 1", "DATE", "2024-12-01", "deadline"),
        ("timex_communique.txt", "last month", "DATE", "2024-10", "point"),
        ("timex_communique.txt", "every Friday", "SET", "XXXX-WXX-5", None),
        ("timex_communique.txt", "weekly", "SET", "P1W", None),
        ("timex_communique.txt", "January 15", "DATE", "2025-01-15", "point"),
    ],
)
def test_times_articles(timex_records: dict[str, Record], article: str, text: str, kind: str, value: str,
                        role: str | None) -> None:
    found = [t for t in timex_records[article].times if t.text == text]
    assert found, [t.text for t in timex_records[article].times]
    assert (found[0].type, found[0].value, found[0].role) == (kind, value, role)

