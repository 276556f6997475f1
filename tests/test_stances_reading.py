"""Stances a careful reader keeps: who a demanding participle speaks for, no red line from "if necessary", no
stance from a question put to someone."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redline.models import Record

Analyze = Callable[..., Record]


def _holders(record: Record) -> list[str | None]:
    by_id = {actor.id: actor for actor in record.actors}
    return [(by_id[s.holder].country or by_id[s.holder].name) if s.holder in by_id else s.holder_name
            for s in record.stances]


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("The talks stalled as Pyongyang issued a string of warnings demanding that Washington ease sanctions.",
         ["PRK"]),
        ("Crowds of protesters demanding new elections marched through Dhaka on Friday.", ["protesters"]),
    ],
)
def test_stances_reading_demanding_participle_speaks_for_its_source(analyze: Analyze, text: str,
                                                                     holders: list[str]) -> None:
    assert _holders(analyze(text, published="2024-06-05")) == holders


def test_stances_reading_if_necessary_is_no_red_line(analyze: Analyze) -> None:
    record = analyze("Ankara has threatened to use force against the militia if necessary.", published="2024-06-05")
    assert not any(stance.red_line for stance in record.stances)


def test_stances_reading_real_conditions_stay_red_lines(analyze: Analyze) -> None:
    record = analyze("Iran will retaliate if attacked, the foreign minister warned.", published="2024-06-05")
    assert [stance.red_line for stance in record.stances] == [True]


def test_stances_reading_a_question_put_to_someone_is_no_stance(analyze: Analyze) -> None:
    record = analyze("Asked whether he might back off his threats against Ottawa, the president said no.",
                     published="2024-06-05")
    assert [s for s in record.stances if s.polarity == "support"] == []
