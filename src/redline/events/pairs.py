""""Both sides", "the two sides", "each other": the pair of actors the text has just named together.

"Sudan's army and the RSF agreed to a truce … Both sides have accused each other of violating it": the accusers
and the accused are the two actors of the latest event that had two or more actors of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from redline.events.syntax import children, clause_head, subjects
from redline.models import Event

_PAIR = re.compile(r"^(?:both|the two|the warring|the rival|the two warring)\s+(?:sides|parties|camps|countries|"
                   r"nations|armies|forces|neighbou?rs|governments|leaders)$|^both$", re.IGNORECASE)
_RECIPROCAL = re.compile(r"^(?:each other|one another)$", re.IGNORECASE)


def _phrase(token: Token) -> str:
    return token.doc[token.left_edge.i:token.right_edge.i + 1].text


def shape(trigger: Token) -> tuple[bool, bool]:
    """Whether the event's subject is a pair phrase ("both sides"), and whether its object is "each other"."""
    verb = clause_head(trigger)
    pair = any(_PAIR.match(_phrase(s)) for s in subjects(verb))
    objects = children(verb, "dobj") + [o for p in children(verb, "prep") for o in children(p, "pobj")]
    return pair, any(_RECIPROCAL.match(_phrase(o)) for o in objects)


def fill(events: list[Event], shapes: Sequence[tuple[bool, bool]]) -> list[Event]:
    """``events`` with pair subjects and reciprocal objects given the latest pair of actors named before them."""
    pair: list[str] = []
    filled = []
    for event, (subject, reciprocal) in zip(events, shapes, strict=True):
        update: dict[str, list[str]] = {}
        if subject and not event.actors and pair:
            update["actors"] = list(pair)
        if reciprocal and pair and (subject or set(event.actors) <= set(pair)):
            update["recipients"] = list(pair)
        event = event.model_copy(update=update) if update else event
        if len(event.actors) >= 2 and not subject:
            pair = list(event.actors)
        filled.append(event)
    return filled
