"""Events in the PLOVER ontology with mode, CAMEO pentacode, arguments, factuality and evidence.

Triggers come from the lexicon in ``data/events/triggers.yaml`` (verbal and nominal); arguments, place, date and
factuality are read over the shared dependency parse (see :mod:`redline.events`). ``docs/events.md`` explains it.
"""

from __future__ import annotations

from redline.events import cues, lexicon
from redline.events.coder import EventCoder
from redline.settings import Settings
from redline.stages.base import Analysis


class EventStage:
    name = "redline.events.v2"
    requires = ("doc", "actors", "places", "times", "quantities", "quotes")
    provides = ("events",)

    def __init__(self, coder: EventCoder) -> None:
        self.coder = coder

    def __call__(self, analysis: Analysis) -> None:
        events = analysis.record.events
        events.extend(self.coder.code(analysis.doc, analysis.record, first_id=len(events) + 1))


def create(settings: Settings) -> EventStage:
    return EventStage(EventCoder(lexicon.load(tuple(settings.lexicon_files)), cues.load()))
