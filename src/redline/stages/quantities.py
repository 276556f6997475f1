"""Quantities with value, range, unit and what they count. (Baseline from NER.)"""

from __future__ import annotations

from redline.models import Quantity
from redline.settings import Settings
from redline.stages.base import Analysis


class QuantityStage:
    name = "redline.quantities.v1"
    requires = ("doc",)
    provides = ("quantities",)

    def __call__(self, analysis: Analysis) -> None:
        for ent in analysis.doc.ents:
            if ent.label_ in {"CARDINAL", "QUANTITY", "PERCENT", "MONEY"}:
                analysis.record.quantities.append(
                    Quantity(id=f"n{len(analysis.record.quantities) + 1}", text=ent.text,
                             start=ent.start_char, end=ent.end_char)
                )


def create(settings: Settings) -> QuantityStage:
    return QuantityStage()
