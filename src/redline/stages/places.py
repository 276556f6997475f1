"""Places: toponyms found and geocoded. (Baseline from NER, not yet geocoded.)"""

from __future__ import annotations

from redline.models import Mention, Place
from redline.settings import Settings
from redline.stages.base import Analysis


class PlaceStage:
    name = "redline.places.v1"
    requires = ("doc", "actors")
    provides = ("places",)

    def __call__(self, analysis: Analysis) -> None:
        by_name: dict[str, Place] = {}
        for ent in analysis.doc.ents:
            if ent.label_ not in {"GPE", "LOC", "FAC"}:
                continue
            place = by_name.setdefault(ent.text, Place(id=f"p{len(by_name) + 1}", name=ent.text))
            place.mentions.append(Mention(start=ent.start_char, end=ent.end_char, text=ent.text))
        analysis.record.places.extend(by_name.values())


def create(settings: Settings) -> PlaceStage:
    return PlaceStage()
