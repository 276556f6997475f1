"""Actors: people, states, governments and militaries, organizations, armed groups and media, each with every
mention in the article, its country, sector and a PLOVER/CAMEO-style code (see docs/actors.md).

Contract with the places stage: a capital or seat of government used as an agent is a mention of a GOVERNMENT
actor and is not a place; a state's name stays a place as well as a STATE actor.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from redline.actors.knowledge import load_knowledge
from redline.actors.resolver import Resolver
from redline.nlp import load_nlp
from redline.settings import Settings
from redline.stages.base import Analysis

#: Sentences that are licence or credit lines; nothing in them becomes an actor.
CREDIT = re.compile(
    r"licen[cs]ed under|creative commons|all rights reserved|all content by|copyright|©|reproduced with permission",
    re.IGNORECASE,
)


def credit_zones(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the sentences that are licence or credit lines."""
    zones = []
    for match in CREDIT.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and len(span):
            sentence = span[0].sent
            zones.append((sentence.start_char, sentence.end_char))
    return zones


class ActorStage:
    name = "redline.actors.v2"
    requires = ("doc",)
    provides = ("actors",)

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver

    def __call__(self, analysis: Analysis) -> None:
        doc, article = analysis.doc, analysis.article
        outlets = [(field, name) for field, name in (("source", article.source), ("via", article.via)) if name]
        analysis.record.actors.extend(self.resolver(doc, credit_zones(doc), outlets))


def create(settings: Settings) -> ActorStage:
    knowledge = load_knowledge(tuple(settings.actor_files))
    return ActorStage(Resolver(load_nlp(settings), knowledge))
