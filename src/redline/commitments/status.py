"""A commitment's status on a given day: pending, due, overdue, or fulfilled / violated once reported.

``status_as_of`` is pure: the same commitment, day and later reports always give the same status. The analysis
stage calls it with the article date; the corpus store calls it again with later days and with what later articles
report (``Compliance``).

- ``violated``: a later report, on or before the day, says a provision was broken (this wins over fulfilled);
- ``fulfilled``: a later report says it was carried out;
- ``overdue``: a provision's deadline has passed with neither report;
- ``due``: a deadline lies ahead (or falls on the day);
- ``pending``: agreed with no deadline known, or not yet agreed on that day;
- ``unknown``: nothing dates it at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from redline.commitments.dates import due_by, to_date
from redline.models import Commitment, CommitmentStatus, Evidence


@dataclass(frozen=True)
class Compliance:
    """A later report on a commitment: carried out or broken, on a day, with its evidence."""

    outcome: Literal["fulfilled", "violated"]
    on: date
    evidence: Evidence | None = None


def status_as_of(commitment: Commitment, as_of: date, later_evidence: Iterable[Compliance] = ()) -> CommitmentStatus:
    """The status of ``commitment`` on day ``as_of``, given later reports of compliance or violation."""
    outcomes = {report.outcome for report in later_evidence if report.on <= as_of}
    if "violated" in outcomes:
        return "violated"
    if "fulfilled" in outcomes:
        return "fulfilled"
    agreed = to_date(commitment.agreed)
    deadlines = sorted(d for p in commitment.provisions if (d := due_by(p.deadline)) is not None)
    if agreed is not None and agreed > as_of:
        return "pending"
    if deadlines:
        return "overdue" if deadlines[0] < as_of else "due"
    return "pending" if agreed is not None or commitment.provisions else "unknown"
