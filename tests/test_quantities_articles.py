"""Quantities over whole fixture articles written for these tests (wire report, communiqué)."""

from __future__ import annotations

import pytest

from redline.models import Record


@pytest.mark.parametrize(
    ("article", "text", "value", "low", "high", "unit", "refers_to"),
    [
        ("timex_wire_casualties.txt", "At least 17 people", 17, 17, None, "person", "killed"),
        ("timex_wire_casualties.txt", "more than 40", 40, 40, None, "person", "wounded"),
        ("timex_wire_casualties.txt", "about 2.5 million people", 2.5e6, None, None, "person", "displaced"),
        ("timex_wire_casualties.txt", "400 tonnes", 400, None, None, "tonne", "food"),
        ("timex_communique.txt", "15 to 20 kilometres", None, 15, 20, "km", None),
        ("timex_communique.txt", "40 percent", 40, None, None, "percent", None),
        ("timex_communique.txt", "some 1,200 detainees", 1200, None, None, "person", "detainees"),
        ("timex_communique.txt", "$3 billion", 3e9, None, None, "USD", None),
    ],
)
def test_quantities_articles(timex_records: dict[str, Record], article: str, text: str, value: float | None,
                             low: float | None, high: float | None, unit: str, refers_to: str | None) -> None:
    found = [q for q in timex_records[article].quantities if q.text == text]
    assert found, [q.text for q in timex_records[article].quantities]
    quantity = found[0]
    assert (quantity.value, quantity.value_min, quantity.value_max) == (value, low, high)
    assert (quantity.unit, quantity.refers_to) == (unit, refers_to)


def test_quantities_articles_never_count_dates(timex_records: dict[str, Record]) -> None:
    for record in timex_records.values():
        times = [(t.start, t.end) for t in record.times]
        assert all(not (q.start < e and s < q.end) for q in record.quantities for s, e in times)
