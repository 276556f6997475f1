"""Actors: named people, states, organizations and groups, with their mentions. (Baseline from NER.)"""

from __future__ import annotations

from redline.models import Actor, ActorType, Mention
from redline.settings import Settings
from redline.stages.base import Analysis

_TYPES: dict[str, ActorType] = {"PERSON": "PERSON", "GPE": "STATE", "ORG": "ORG", "NORP": "GROUP"}


class ActorStage:
    name = "redline.actors.v1"
    requires = ("doc",)
    provides = ("actors",)

    def __call__(self, analysis: Analysis) -> None:
        by_name: dict[str, Actor] = {}
        for ent in analysis.doc.ents:
            kind = _TYPES.get(ent.label_)
            if kind is None:
                continue
            actor = by_name.get(ent.text)
            if actor is None:
                actor = Actor(id=f"a{len(by_name) + 1}", name=ent.text, type=kind)
                by_name[ent.text] = actor
            actor.mentions.append(Mention(start=ent.start_char, end=ent.end_char, text=ent.text))
        analysis.record.actors.extend(by_name.values())


def create(settings: Settings) -> ActorStage:
    return ActorStage()
