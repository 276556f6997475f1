"""Time expressions (TIMEX3), normalized against the publication date. (Baseline from NER.)"""

from __future__ import annotations

from redline.models import TimeExpression
from redline.settings import Settings
from redline.stages.base import Analysis


class TimeStage:
    name = "redline.times.v1"
    requires = ("doc",)
    provides = ("times",)

    def __call__(self, analysis: Analysis) -> None:
        for ent in analysis.doc.ents:
            if ent.label_ in {"DATE", "TIME"}:
                analysis.record.times.append(
                    TimeExpression(id=f"t{len(analysis.record.times) + 1}", text=ent.text, start=ent.start_char,
                                   end=ent.end_char, type="DATE" if ent.label_ == "DATE" else "TIME",
                                   value=None, anchored=analysis.article.published is not None)
                )


def create(settings: Settings) -> TimeStage:
    return TimeStage()
