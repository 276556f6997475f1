"""Events in the PLOVER ontology with factuality. (Baseline: a handful of trigger lemmas.)"""

from __future__ import annotations

from redline import spans
from redline.models import Event, PloverType
from redline.settings import Settings
from redline.stages.base import Analysis

_TRIGGERS: dict[str, PloverType] = {"agree": "AGREE", "attack": "ASSAULT", "meet": "CONSULT", "reject": "REJECT"}


class EventStage:
    name = "redline.events.v1"
    requires = ("doc", "actors", "places", "times")
    provides = ("events",)

    def __call__(self, analysis: Analysis) -> None:
        for token in analysis.doc:
            kind = _TRIGGERS.get(token.lemma_) if token.pos_ == "VERB" else None
            if kind is None:
                continue
            analysis.record.events.append(
                Event(id=f"e{len(analysis.record.events) + 1}", type=kind,
                      trigger=spans.text_span(analysis.doc, token.idx, token.idx + len(token)),
                      evidence=spans.of(token.sent))
            )


def create(settings: Settings) -> EventStage:
    return EventStage()
