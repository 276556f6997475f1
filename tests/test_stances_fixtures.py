"""Stances from the team's fixture articles and hand-written sentences: holder, target, polarity, red lines."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import fixture_text
from redline.models import Record, Stance

Analyze = Callable[..., Record]


def _holder(record: Record, stance: Stance) -> set[str]:
    actor = next((a for a in record.actors if a.id == stance.holder), None)
    return {actor.name, actor.country or ""} if actor else {stance.holder_name or ""}


def _find(record: Record, holder: str, target_word: str) -> Stance:
    found = [s for s in record.stances if holder in _holder(record, s) and target_word in s.target]
    assert found, [(s.holder_name or s.holder, s.target) for s in record.stances]
    return found[0]


def test_stances_conditional_red_line(analyze: Analyze) -> None:
    record = analyze(fixture_text("stances_conditional.txt"), published="2019-10-14")
    stance = _find(record, "SYR", "Euphrates")
    assert stance.red_line and stance.polarity == "oppose"
    assert stance.condition == "Turkish troops cross the Euphrates"
    assert stance.response == "will consider it a declaration of war"
    assert any(a.country == "TUR" for a in record.actors if a.id in stance.target_actors)


def test_stances_unacceptable_is_a_red_line(analyze: Analyze) -> None:
    record = analyze(fixture_text("stances_conditional.txt"), published="2019-10-14")
    stance = next(s for s in record.stances if "foreign forces" in s.target)
    assert stance.red_line and stance.polarity == "oppose"
    assert stance.target == "presence of foreign forces on Syrian soil"


def test_stances_denial_turns_the_stance_round(analyze: Analyze) -> None:
    record = analyze(fixture_text("stances_denial.txt"), published="2020-06-10")
    stance = _find(record, "Turkey", "ceasefire agreement")
    assert stance.denied and stance.polarity == "support"
    assert stance.strength < 0.6
    condemned = _find(record, "Russia", "shelling of Tripoli")
    assert condemned.polarity == "oppose" and condemned.strength == 1.0 and not condemned.denied


def test_stances_relayed_by_a_third_party(analyze: Analyze) -> None:
    record = analyze(fixture_text("stances_relayed.txt"), published="2023-07-20")
    colonna = next(a for a in record.actors if a.name == "Catherine Colonna")
    russia = _find(record, "Russia", "resume talks")
    assert russia.target == "resume talks on the grain corridor"
    assert russia.polarity == "support" and russia.reported_by == colonna.id
    ukraine = _find(record, "Ukraine", "guarantees")
    assert ukraine.reported_by == colonna.id


def test_stances_own_words_are_not_relayed(analyze: Analyze) -> None:
    record = analyze(fixture_text("stances_relayed.txt"), published="2023-07-20")
    tolerate = next(s for s in record.stances if "civilian shipping" in s.target)
    assert tolerate.red_line and tolerate.reported_by is None


@pytest.mark.parametrize(
    ("text", "holder", "target", "polarity"),
    [
        ("Germany strongly opposes the deployment of ground troops.", "Germany", "deployment of ground troops",
         "oppose"),
        ("China called for an immediate ceasefire in Gaza.", "China", "immediate ceasefire in Gaza", "support"),
        ("Egypt does not support the plan to relocate refugees.", "Egypt", "plan to relocate refugees", "oppose"),
        ("The plan was rejected by Israel on Sunday.", "Israel", "plan", "oppose"),
        ("Iran is opposed to any foreign military presence in the Gulf.", "Iran",
         "foreign military presence in the Gulf", "oppose"),
        ("Qatar welcomed the release of the hostages.", "Qatar", "release of the hostages", "support"),
    ],
)
def test_stances_cues(analyze: Analyze, text: str, holder: str, target: str, polarity: str) -> None:
    record = analyze(text, published="2024-01-10")
    stance = _find(record, holder, target.split()[0])
    assert stance.target == target
    assert stance.polarity == polarity


@pytest.mark.parametrize(
    "text",
    [
        "If Iran supports the plan, talks could resume.",
        "Russia and Turkey, partners that support rival sides, met on Monday.",
        "The talks are not a red line for anyone, an official said.",
    ],
)
def test_stances_not_taken(analyze: Analyze, text: str) -> None:
    record = analyze(text, published="2024-01-10")
    assert [s for s in record.stances if s.holder is not None and s.polarity == "support"] == [] or "not" in text
    assert not any(s.red_line for s in record.stances)


@pytest.mark.parametrize(
    ("text", "holder", "condition"),
    [
        ("Iran's nuclear program will return to its previous state if the other side violates the deal, the minister "
         "said.", "Iran", "the other side violates the deal"),
        ("Israel will respond with force unless Hezbollah pulls back from the border.", "Israel",
         "Hezbollah pulls back from the border"),
    ],
)
def test_stances_conditions_with_provocations_or_threats(analyze: Analyze, text: str, holder: str,
                                                          condition: str) -> None:
    record = analyze(text, published="2024-01-10")
    stance = next(s for s in record.stances if s.condition)
    assert holder in _holder(record, stance)
    assert stance.condition == condition and stance.red_line


def test_stances_it_is_the_reporting_state(analyze: Analyze) -> None:
    record = analyze("Iran said on Monday it would not tolerate any attack on its ships.", published="2024-01-10")
    stance = _find(record, "Iran", "attack")
    assert stance.red_line and stance.target == "attack on its ships"


def test_stances_pronoun_takes_the_noun_of_its_sentence(analyze: Analyze) -> None:
    record = analyze("Saudi Arabia rejected the proposal, saying it was unacceptable.", published="2024-01-10")
    assert {(s.target, s.red_line) for s in record.stances} == {("proposal", False), ("proposal", True)}
