"""A person's gender from how the article goes on to refer to them: "Smith said she ...", "Smith lost his job".

The pronoun that follows a person as the subject of the next clause or as the possessor of its object is the
strongest evidence a news text gives; titles (Mr., Ms.) and given names are read elsewhere as priors.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from redline.models import Actor

_MALE = {"he", "his", "him", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
#: clauses of the verb whose subject the person is, where a following pronoun usually refers back to them
_CLAUSES = {"ccomp", "xcomp", "conj", "advcl"}
_PRONOUN_ROLES = {"nsubj", "nsubjpass", "poss"}


def genders(doc: Doc, people: Iterable[Actor]) -> dict[str, str]:
    """Actor id -> "m" or "f" where the pronouns after the person's subject mentions agree."""
    found: dict[str, str] = {}
    for actor in people:
        votes: Counter[str] = Counter()
        for mention in actor.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in {"nsubj", "nsubjpass"}:
                votes.update(_pronouns(span.root.head, span.root))
        if len(votes) == 1:
            found[actor.id] = next(iter(votes))
    return found


def _pronouns(verb: Token, subject: Token) -> list[str]:
    """The gendered pronouns that are subjects or possessors right under ``verb`` or in its clauses."""
    nodes = [verb, *(c for c in verb.children if c.dep_ in _CLAUSES)]
    result = []
    for node in nodes:
        for child in node.children:
            pronoun = child if child.dep_ in _PRONOUN_ROLES and child.pos_ == "PRON" else None
            if pronoun is None and child.dep_ in {"dobj", "pobj", "attr", "nsubj", "nsubjpass"}:
                pronoun = next((c for c in child.children if c.dep_ == "poss"), None)
            if pronoun is None or pronoun.i < subject.i:
                continue
            lower = pronoun.lower_
            if lower in _MALE or lower in _FEMALE:
                result.append("m" if lower in _MALE else "f")
    return result
