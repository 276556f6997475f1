"""Quantities after a phrasal verb's particle ("hand over 18 captives"), nautical miles, and bare amounts that
count the people a participle describes ("the hostages, estimated at about 30")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redline.models import Quantity, Record


def _quantity(record: Record, text: str) -> Quantity:
    found = [q for q in record.quantities if text in q.text]
    assert found, [q.text for q in record.quantities]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "value_min", "unit"),
    [
        ("The rebels are to hand over 18 captives to the Red Cross.", "18", 18, None, "person"),
        ("The army said over 200 people were killed in the raid.", "200", 200, 200, "person"),
        ("The shoal lies about 105 nautical miles off the coast.", "105", 105, None, "nautical_mile"),
        ("The rebels hold the remaining hostages, estimated by the ombudsman at about 30.", "30", 30, None,
         "person"),
    ],
)
def test_quantities_particles(analyze: Callable[..., Record], sentence: str, text: str, value: float,
                              value_min: float | None, unit: str) -> None:
    quantity = _quantity(analyze(sentence, published="2025-03-12"), text)
    assert (quantity.value, quantity.value_min, quantity.unit) == (value, value_min, unit)


@pytest.mark.parametrize(
    ("sentence", "text", "value_max", "unit"),
    [
        ("Turnout in the vote was below 3.5 percent after the boycott.", "below 3.5 percent", 3.5, "percent"),
        ("Authorities said 12 Serbs had been detained after the clashes.", "12 Serbs", None, "person"),
        ("Police left the town halls of three Serb-majority municipalities.", "three Serb-majority municipalities",
         None, None),
    ],
)
def test_quantities_particles_bounds_peoples_and_hyphens(analyze: Callable[..., Record], sentence: str, text: str,
                                                         value_max: float | None, unit: str | None) -> None:
    quantity = _quantity(analyze(sentence, published="2023-06-23"), text)
    assert (quantity.text, quantity.value_max, quantity.unit) == (text, value_max, unit)


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("In Belgrade, several thousand people rallied on Saturday.", "several thousand people", 3000, 9000),
        ("A few hundred troops stayed behind.", "A few hundred troops", 200, 500),
    ],
)
def test_quantities_particles_indefinite_scales(analyze: Callable[..., Record], sentence: str, text: str,
                                                low: float, high: float) -> None:
    quantity = _quantity(analyze(sentence, published="2023-06-23"), text)
    assert (quantity.value, quantity.value_min, quantity.value_max, quantity.unit) == (None, low, high, "person")
