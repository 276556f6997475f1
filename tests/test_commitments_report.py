"""The text report shows commitments with time left to each deadline, and positions as a table."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console

from conftest import fixture_text
from redline.models import Record
from redline.report import print_report

Analyze = Callable[..., Record]


def _report(record: Record) -> str:
    console = Console(record=True, width=200)
    print_report(record, console)
    return console.export_text()


def test_commitments_report_shows_deadline_and_days_left(analyze: Analyze) -> None:
    text = _report(analyze(fixture_text("commitments_withdrawal.txt"), published="2020-11-10"))
    assert "Commitments" in text
    assert "Armenia + Azerbaijan at Moscow on 2020-11-09 [due]" in text
    assert "deadline 2020-11-15 (due in 5 days)" in text


def test_commitments_report_shows_zone_and_positions(analyze: Analyze) -> None:
    text = _report(analyze(fixture_text("commitments_zone.txt"), published="2023-03-04"))
    assert "[zone Zaporizhzhya 10–15 km]" in text or "[zone Zaporizhzhia 10–15 km]" in text
    text = _report(analyze(fixture_text("stances_conditional.txt"), published="2019-10-14"))
    assert "Positions" in text and "RED LINE" in text and "if Turkish troops cross the Euphrates" in text
