"""Documents as speakers: who stands behind "a statement from the union", "the report", "according to the post".

A document speaks for whoever issued it: the agent or possessor named in its phrase ("a study by the committee",
"the railway's white paper", "the Sensei website"); a definite document met again ("the report", "the white paper",
"the post") is the one an earlier statement came from; an indefinite one right after a statement ("… the group said.
A statement said …") continues that speaker.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Token

from redline.models import Actor

#: prepositions introducing who issued a document ("a study by", "a release from")
_AGENTS = {"by", "from"}
#: entity labels of an issuer the actors stage did not list, with the actor type it makes
ENTITY_TYPES = {"ORG": "ORG", "PERSON": "PERSON", "GPE": "STATE", "NORP": "GROUP", "FAC": "ORG"}


@dataclass(frozen=True)
class Statement:
    """One resolved statement, as later document mentions may refer back to it."""

    at: int
    end: int
    actor: Actor
    #: the document noun that was its speaker ("report"), if one was
    document: str | None
    #: the lower-case words of its channel ("in the company's blog post")
    channel: frozenset[str]


def issuer_token(noun: Token, groups: Collection[str] = (), inverted: bool = False) -> Token | None:
    """The word naming who issued the document ``noun`` heads: an agent ("by", "from") or a possessor or a name
    before it on the noun itself, or a group noun before it (one of ``groups``: "government data"), then one deeper
    in its phrase. After an inverted cue ("…, says a document titled
    X on the railway's website") the phrase runs to the end of the sentence, however the parser split it."""
    tokens = list(noun.subtree)
    if inverted:
        tokens += [t for t in noun.sent if t.i > noun.right_edge.i]
    ranked: list[tuple[int, int, Token]] = []
    for token in tokens:
        if token.i == noun.i or _addressed(token, noun):
            continue
        if token.dep_ == "pobj" and token.head.lower_ in _AGENTS:
            ranked.append((0 if token.head.head.i == noun.i else 2, token.i, token))
        elif token.dep_ == "poss" and token.pos_ in {"PROPN", "NOUN"}:
            ranked.append((1 if token.head.i == noun.i else 3, token.i, token))
        elif token.dep_ == "compound" and token.head.i == noun.i and token.pos_ == "PROPN":
            ranked.append((1, token.i, token))
        elif token.dep_ == "compound" and token.head.i == noun.i and token.lemma_.lower() in groups:
            ranked.append((2, token.i, token))  # "government data", "police records"
    return min(ranked)[2] if ranked else None


def _addressed(token: Token, noun: Token) -> bool:
    """The token sits under "to" ("a statement e-mailed to The Globe"): the addressee, not the issuer."""
    node = token
    while node.i != noun.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ == "to":
            return True
        node = node.head
    return False


def same_document(statements: list[Statement], lemma: str, at: int) -> Actor | None:
    """The speaker of the last statement before ``at`` made by, or through, a document of that noun."""
    return next((s.actor for s in reversed(statements) if s.at < at and (s.document == lemma or lemma in s.channel)),
                None)


def continued(statements: list[Statement], at: int, paragraph_start: int, definite: bool) -> Actor | None:
    """A document with no issuer of its own: for "the report", the last document that spoke; for "a statement",
    the statement just before it in the same paragraph."""
    before = [s for s in statements if s.at < at]
    documents = [s for s in before if s.document is not None]
    if definite and documents:
        return documents[-1].actor
    if before and before[-1].end >= paragraph_start:
        return before[-1].actor
    return None
