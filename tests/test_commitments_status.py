"""status_as_of: a pure function of the commitment, the day and later reports."""

from __future__ import annotations

from datetime import date

import pytest

from redline.commitments import Compliance, status_as_of
from redline.models import Commitment, CommitmentStatus, Evidence, Provision, Span


def _commitment(agreed: str | None, *deadlines: str | None) -> Commitment:
    evidence = Evidence(start=0, end=6, text="agreed", sentence=Span(start=0, end=20))
    provisions = [Provision(text="withdraw", start=0, end=8, deadline=d) for d in deadlines]
    return Commitment(id="c1", agreed=agreed, provisions=provisions, evidence=evidence)


@pytest.mark.parametrize(
    ("agreed", "deadlines", "as_of", "expected"),
    [
        ("2018-09-17", ["2018-10-15"], date(2018, 9, 24), "due"),
        ("2018-09-17", ["2018-10-15"], date(2018, 10, 15), "due"),
        ("2018-09-17", ["2018-10-15"], date(2018, 10, 16), "overdue"),
        ("2018-09-17", ["2018-11-01", "2018-10-15"], date(2018, 10, 20), "overdue"),
        ("2018-09-17", [None], date(2018, 9, 24), "pending"),
        ("2018-09-30", ["2018-10-15"], date(2018, 9, 24), "pending"),
        (None, [], date(2018, 9, 24), "unknown"),
    ],
)
def test_commitments_status_from_deadlines(agreed: str | None, deadlines: list[str | None], as_of: date,
                                           expected: CommitmentStatus) -> None:
    assert status_as_of(_commitment(agreed, *deadlines), as_of) == expected


@pytest.mark.parametrize(
    ("reports", "as_of", "expected"),
    [
        ([Compliance("fulfilled", date(2018, 10, 10))], date(2018, 10, 20), "fulfilled"),
        ([Compliance("violated", date(2018, 10, 1))], date(2018, 10, 2), "violated"),
        ([Compliance("fulfilled", date(2018, 10, 10)), Compliance("violated", date(2018, 10, 12))],
         date(2018, 10, 20), "violated"),
        ([Compliance("fulfilled", date(2018, 10, 10))], date(2018, 10, 5), "due"),
    ],
)
def test_commitments_status_from_later_reports(reports: list[Compliance], as_of: date,
                                               expected: CommitmentStatus) -> None:
    commitment = _commitment("2018-09-17", "2018-10-15")
    assert status_as_of(commitment, as_of, later_evidence=reports) == expected


def test_commitments_status_is_importable_from_the_package() -> None:
    import redline.commitments

    assert redline.commitments.status_as_of is status_as_of
