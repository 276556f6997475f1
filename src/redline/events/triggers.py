"""Finding event triggers in a parsed document: verbal and nominal, merged where they name one event."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from redline.events.lexicon import Entry, Lexicon
from redline.events.syntax import np_head

#: Entity labels inside which a word is a name, not an event ("March" the month, "Strike" a film title).
_NAMES = frozenset({"DATE", "TIME", "PERSON", "GPE", "LOC", "FAC", "ORG", "CARDINAL", "MONEY", "PERCENT",
                    "QUANTITY", "ORDINAL", "WORK_OF_ART", "PRODUCT", "LANGUAGE", "NORP"})
_ARGUMENT_ARCS = frozenset({"dobj", "attr", "oprd", "compound", "amod", "nmod"})


@dataclass
class Candidate:
    """A trigger token with its lexicon entry and the mode a merged trigger passed to it."""

    token: Token
    entry: Entry
    mode: str | None = None


def find(doc: Doc, lexicon: Lexicon) -> list[Candidate]:
    """Every trigger in ``doc``; a trigger that only restates its head's event is merged into the head."""
    found: dict[int, Candidate] = {}
    for token in _content_words(doc):
        entry = lexicon.match(token)
        if entry is not None:
            found[token.i] = Candidate(token, entry)
    _reverse(found, lexicon)
    return _merge(found)


def _content_words(doc: Doc) -> Iterable[Token]:
    for token in doc:
        content = token.pos_ in ("VERB", "NOUN", "PROPN") and token.ent_type_ not in _NAMES
        if content or (token.dep_ == "aux" and token.tag_ == "MD"):
            yield token


def _reverse(found: dict[int, Candidate], lexicon: Lexicon) -> None:
    """A verb that undoes its object's event takes that event's place ("lifted the ban": a concession)."""
    for index, candidate in list(found.items()):
        head = np_head(candidate.token)
        verb = head.head
        if head.dep_ not in ("dobj", "nsubjpass") or not lexicon.reverses(verb):
            continue
        into = lexicon.reversals.get(candidate.entry.type)
        if into is None:
            continue
        kind, mode = into
        entry = Entry(type=kind, mode=mode, pentacode=lexicon.pentacodes[kind],
                      confidence=max(candidate.entry.confidence, 0.7))
        found[verb.i] = Candidate(verb, entry)
        del found[index]


def _merge(found: dict[int, Candidate]) -> list[Candidate]:
    """Drop triggers that modify or complete another trigger ("ceasefire agreement", "agreed a truce")."""
    kept = []
    for candidate in found.values():
        host = _host(candidate.token, found)
        if host is None:
            kept.append(candidate)
            continue
        if host.entry.type == candidate.entry.type and host.mode is None and host.entry.mode is None:
            host.mode = candidate.entry.mode
    return kept


def _host(token: Token, found: dict[int, Candidate]) -> Candidate | None:
    """The trigger this one is a modifier or object of, if any."""
    head = np_head(token)
    if head is not token and head.i in found:
        return found[head.i]
    if head.dep_ in _ARGUMENT_ARCS and head.head.i in found and head.head.i != token.i:
        host = found[head.head.i]
        return host if host.entry.type == found[token.i].entry.type else None
    return None
