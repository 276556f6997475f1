"""Quantities: number parsing, recognition of amounts, ranges and vague counts, units, and what they count."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redline.analyze import analyze_text
from redline.models import Quantity
from redline.pipeline import Pipeline
from redline.quantity.numbers import parse_number
from redline.quantity.recognize import QuantityFinder
from redline.settings import Settings


@pytest.fixture(scope="module")
def quantities(settings: Settings) -> Callable[[str], list[Quantity]]:
    pipeline = Pipeline.from_settings(settings, ("redline.times.v2", "redline.quantities.v2"), raise_errors=True)

    def run(text: str) -> list[Quantity]:
        return analyze_text(text, pipeline=pipeline, published="2020-03-02").quantities

    return run


@pytest.fixture(scope="module")
def finder() -> QuantityFinder:
    return QuantityFinder()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("three", 3), ("twenty-five", 25), ("three million", 3e6), ("2,500", 2500), ("3.5 million", 3.5e6),
        ("two hundred and fifty", 250), ("a dozen", 12), ("half", 0.5), ("two-thirds", 0.6666), ("3bn", 3e9),
        ("one hundred thousand", 1e5), ("1.2 billion", 1.2e9), ("a million", 1e6), ("10k", 1e4),
        ("forty-two thousand", 42000), ("half a million", 5e5), ("a seven", 7), ("an eight", 8),
    ],
)
def test_quantities_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value, rel=1e-3)


@pytest.mark.parametrize("text", ["", "people", "several", "hundredfold"])
def test_quantities_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "unit", "approximate"),
    [
        ("a zone 10-15 kilometers wide", None, 10, 15, "km", False),
        ("a $3 billion loan", 3e9, None, None, "USD", False),
        ("inflation of 40 percent", 40, None, None, "percent", False),
        ("inflation of 12.5%", 12.5, None, None, "percent", False),
        ("more than 200 were killed", 200, 200, None, None, True),
        ("nearly 1,000 homes", 1000, None, 1000, None, True),
        ("about 300 soldiers", 300, None, None, None, True),
        ("between 5,000 and 7,000 troops", None, 5000, 7000, None, False),
        ("two to three million people", None, 2e6, 3e6, None, False),
        ("tens of thousands fled", None, 10000, 99999, None, True),
        ("hundreds of thousands of refugees", None, 200000, 999999, None, True),
        ("dozens of villages", None, 24, 143, None, True),
        ("About half of the residents", 0.5, None, None, "fraction", True),
        ("a third of the budget", 0.3333, None, None, "fraction", False),
        ("€2bn in aid", 2e9, None, None, "EUR", False),
        ("a 50-km front", 50, None, None, "km", False),
        ("one in five children", 0.2, None, None, "fraction", False),
        ("a handful of soldiers", None, 2, 9, None, True),
        ("exports of 1.2 million barrels per day", 1.2e6, None, None, "barrel", False),
    ],
)
def test_quantities_recognize(finder: QuantityFinder, text: str, value: float | None, low: float | None,
                              high: float | None, unit: str | None, approximate: bool) -> None:
    found = finder.find(text)[0]
    assert (found.value, found.value_min, found.value_max) == (
        pytest.approx(value, rel=1e-3) if value is not None else None,
        pytest.approx(low) if low is not None else None,
        pytest.approx(high) if high is not None else None,
    )
    assert found.unit == unit
    assert found.approximate is approximate


@pytest.mark.parametrize(
    ("sentence", "text", "unit", "refers_to"),
    [
        ("More than 200 people were killed in the attacks.", "More than 200 people", "person", "killed"),
        ("The strike killed at least 12 civilians.", "at least 12 civilians", "person", "killed"),
        ("The death toll rose to 35.", "35", "person", "killed"),
        ("Three soldiers were wounded in the blast.", "Three soldiers", "person", "wounded"),
        ("The UN said 2.5 million people have been displaced.", "2.5 million people", "person", "displaced"),
        ("Police arrested 40 protesters on Monday.", "40 protesters", "person", "arrested"),
        ("Gunmen abducted 25 students.", "25 students", "person", "abducted"),
        ("Two million people live in the province.", "Two million people", "person", "people"),
        ("About half of the residents are farmers.", "About half", "fraction", "residents"),
        ("They numbered in the hundreds.", "hundreds", "person", None),
        ("The convoy carried 400 tonnes of aid.", "400 tonnes", "tonne", "aid"),
        ("Some 40 percent of the budget went to defense.", "Some 40 percent", "percent", "budget"),
        ("The blast left at least seven people dead.", "at least seven people", "person", "killed"),
        ("Two elders were killed and five others were injured.", "five others", "person", "wounded"),
        ("The raid caused the deaths of 14 fighters.", "14 fighters", "person", "killed"),
        ("Police arrested seven additional suspects.", "seven additional suspects", "person", "arrested"),
        ("A handful of soldiers were wounded.", "A handful of soldiers", "person", "wounded"),
        ("Oil exports fell to 1.2 million barrels per day.", "1.2 million barrels per day", "barrel", None),
        ("Officials said 23 people lost their lives in the floods.", "23 people", "person", "killed"),
        ("Deaths rose from 40 in 2019 to 120 in 2020.", "120", "person", "killed"),
    ],
)
def test_quantities_meaning(quantities, sentence: str, text: str, unit: str, refers_to: str | None) -> None:
    found = [q for q in quantities(sentence) if q.text == text]
    assert found, [q.text for q in quantities(sentence)]
    assert (found[0].unit, found[0].refers_to) == (unit, refers_to)


@pytest.mark.parametrize(
    "sentence",
    [
        "The war began in 2011 and ended on March 3.",
        "Talks resumed at 10:30 a.m. on Tuesday.",
        "The siege lasted three months.",
        "On the one hand, the talks failed.",
        "UN Security Council Resolution 2254 calls for elections.",
        "He was the 3rd envoy to resign.",
        "The 45-year-old commander resigned.",
        "Type 2 diabetes is spreading.",
        "No one was hurt in the blast.",
        "Article 5 gives the president wide powers.",
        "Diplomats from the Group of Seven met in Canada.",
        "Amina Yusuf, 29, works at the clinic.",
        "The program ran from 2014 to 2016.",
    ],
)
def test_quantities_skip_dates_times_names_and_ordinals(quantities, sentence: str) -> None:
    assert [q.text for q in quantities(sentence)] == []


def test_quantities_casualty_figures_in_one_sentence(quantities) -> None:
    found = quantities("At least 17 people were killed and 40 wounded, and 300 families fled their homes.")
    assert [(q.value, q.refers_to) for q in found] == [(17, "killed"), (40, "wounded"), (300, "displaced")]


@pytest.mark.parametrize("text", ["one " * 3000, "twenty-one and " * 2000, "hundreds of " * 2000])
def test_quantities_recognize_long_repetitive_text(finder: QuantityFinder, text: str) -> None:
    """Pathological repetition is read without error (its scaling is measured by benchmarks/bench_resources.py)."""
    assert isinstance(finder.find(text), list)
