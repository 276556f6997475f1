"""The roles a person is introduced with, so "the commissioner" or "his father" finds them later.

Read from the actors stage's ``role`` ("marketing executive at LG Electronics" -> executive) and from the parse around
each mention: a title or role noun before the name ("union president Jeff Traeger" -> president) and an apposition
on either side ("Ken Adler, chief executive of the firm," / "Spindler's father, Joseph,").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from redline.models import Actor

#: words that end the head of a role phrase ("executive at LG", "Secretary of State")
_ROLE_END = {"of", "at", "for", "in", "with", "from", "on", "to", "and", ",", "who", "which", "that"}


def roles(doc: Doc, people: Iterable[Actor]) -> dict[str, set[str]]:
    """Actor id -> lower-case lemmas of the role nouns the person is described with."""
    found: dict[str, set[str]] = {}
    for actor in people:
        words = {_head_word(actor.role)} if actor.role else set()
        for mention in actor.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                words.update(_around(span.root))
        words.discard("")
        if words:
            found[actor.id] = words
    return found


def _head_word(role: str) -> str:
    """"marketing executive at LG Electronics" -> "executive"."""
    head = ""
    for word in role.replace(",", " , ").split():
        if word.lower() in _ROLE_END:
            break
        head = word
    return head.lower().strip(".'’") if head[:1].isalpha() else ""


def _around(name: Token) -> set[str]:
    """Role nouns before the name, in an apposition to it, or that it is an apposition of."""
    words = {t.lemma_.lower() for t in name.lefts if t.dep_ in {"compound", "nmod"}
             and (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.ent_type_ != "PERSON"))}  # "Mayor Smith"
    words.update(c.lemma_.lower() for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN")
    if name.dep_ == "appos" and name.head.pos_ == "NOUN":
        words.add(name.head.lemma_.lower())
    return words
