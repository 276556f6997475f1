"""Time expressions (TIMEX3 DATE, TIME, DURATION, SET), normalized against the publication date.

Without a publication date, values that would need one are left empty and marked ``anchored=False``: a date is
never guessed from the day the analysis runs.
"""

from __future__ import annotations

from datetime import date

from redline.models import TimeExpression
from redline.settings import Settings
from redline.stages.base import Analysis
from redline.timex import TimeTagger


def published_date(published: str | None) -> date | None:
    """The anchor date from ``article.published`` (an ISO date or timestamp), or None."""
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


class TimeStage:
    name = "redline.times.v2"
    requires = ("doc",)
    provides = ("times",)

    def __init__(self, tagger: TimeTagger) -> None:
        self.tagger = tagger

    def __call__(self, analysis: Analysis) -> None:
        anchor = published_date(analysis.article.published)
        times = analysis.record.times
        for timex in self.tagger.tag(analysis.doc, anchor, analysis.text):
            times.append(TimeExpression(
                id=f"t{len(times) + 1}", text=timex.text, start=timex.start, end=timex.end, type=timex.type,
                value=timex.value, anchored=timex.anchored, role=timex.role,
            ))


def create(settings: Settings) -> TimeStage:
    return TimeStage(TimeTagger())
