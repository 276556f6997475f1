"""Commitments: agreements, ceasefires, pledges, ultimatums with provisions and deadlines. (Baseline.)"""

from __future__ import annotations

from redline import spans
from redline.models import Commitment
from redline.settings import Settings
from redline.stages.base import Analysis


class CommitmentStage:
    name = "redline.commitments.v1"
    requires = ("doc", "actors", "places", "times", "quantities", "events")
    provides = ("commitments",)

    def __call__(self, analysis: Analysis) -> None:
        for event in analysis.record.events:
            if event.type == "AGREE":
                analysis.record.commitments.append(
                    Commitment(id=f"c{len(analysis.record.commitments) + 1}", parties=list(event.actors),
                               evidence=spans.evidence(analysis.doc, event.evidence.start, event.evidence.end))
                )


def create(settings: Settings) -> CommitmentStage:
    return CommitmentStage()
