"""PLOVER modes from the words around a trigger ("aerial bombardment", "pounded with artillery", "phone call")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from redline.events.cues import Cues
from redline.events.lexicon import Entry
from redline.events.syntax import np_head

_MODIFIERS = frozenset({"amod", "compound", "nmod", "npadvmod", "dobj", "nsubj", "poss"})


def mode(trigger: Token, entry: Entry, cues: Cues) -> str | None:
    """The entry's own mode, else the first mode a surrounding word names for the entry's type."""
    if entry.mode:
        return entry.mode
    table = cues.modes.get(entry.type)
    if not table:
        return None
    for word in _around(trigger):
        found = table.get(word.lemma_.lower()) or table.get(word.lower_)
        if found:
            return found
    return None


def _around(trigger: Token) -> Iterator[Token]:
    """The words that may name the mode: modifiers, subject and instruments first, then the trigger itself."""
    yield from _modifiers(trigger)
    yield trigger


def _modifiers(trigger: Token) -> Iterator[Token]:
    head = np_head(trigger)
    for word in dict.fromkeys((trigger, head)):
        for child in word.children:
            if child.dep_ in _MODIFIERS:
                yield child
                yield from (grand for grand in child.children if grand.dep_ in ("compound", "amod"))
            elif child.dep_ == "prep" and child.lower_ in ("with", "by", "from", "using"):
                for obj in child.children:
                    yield obj
                    yield from (grand for grand in obj.children if grand.dep_ in ("compound", "amod", "conj"))
