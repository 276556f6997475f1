"""Stances and red lines: who wants what on which issue. (Baseline: "red line" sentences.)"""

from __future__ import annotations

from redline import spans
from redline.models import Stance
from redline.settings import Settings
from redline.stages.base import Analysis


class StanceStage:
    name = "redline.stances.v1"
    requires = ("doc", "actors", "quotes", "events")
    provides = ("stances",)

    def __call__(self, analysis: Analysis) -> None:
        for sent in analysis.doc.sents:
            if "red line" in sent.text.lower():
                analysis.record.stances.append(
                    Stance(id=f"s{len(analysis.record.stances) + 1}", target=sent.text[:80], polarity="oppose",
                           red_line=True, evidence=spans.of(sent))
                )


def create(settings: Settings) -> StanceStage:
    return StanceStage()
