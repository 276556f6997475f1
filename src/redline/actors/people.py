"""Named people in one article: every mention of the same person merged (full name, surname, a misspelling),
titles stripped from the name, and the role, country and sector read from titles and appositions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from redline.actors.knowledge import Entry

_NAME_ARTICLES = frozenset({"al", "el", "ad", "as", "ash", "an", "ar", "at", "az"})
_TRIM = frozenset({",", ";", ":", "—", "–", "-", "(", ")", "'s", "’s", "'", "’", "\"", "“", "”", "the", "a", "an"})
_MAX_ROLE = 20
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "PART"})


def name_key(text: str) -> tuple[str, ...]:
    """Comparable name tokens: lower case, Arabic article prefixes dropped ("al-Assad" -> "assad")."""
    words = text.replace("’", "'").replace("-", " ").lower().split()
    return tuple(word for word in words if word not in _NAME_ARTICLES)


@dataclass
class Person:
    """One person of the article: canonical name, the known entry if any, the spans of every mention."""

    name: str
    entry: Entry | None = None
    spans: list[SpacySpan] = field(default_factory=list)
    tokens: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        self.tokens = name_key(self.name)

    def matches(self, text: str) -> bool:
        """Whether ``text`` names this person: the same name, a tail of it, an alias, or a close misspelling."""
        words = name_key(text)
        mine = self.tokens
        if not words:
            return False
        if words == mine[-len(words):] or (self.entry and text.lower() in {a.lower() for a in self.entry.aliases}):
            return True
        tail = " ".join(mine[-len(words):])
        return len(text) >= 5 and len(words) <= len(mine) and fuzz.ratio(" ".join(words), tail) >= 85


    def first_named(self, text: str) -> bool:
        """Whether ``text`` is this person's first name alone ("Joseph" for "Joseph Mwangi")."""
        words = name_key(text)
        return len(words) == 1 and len(self.tokens) > 1 and words[0] == self.tokens[0] and len(text) >= 3


def strip_name(span: SpacySpan, honorifics: frozenset[str]) -> SpacySpan | None:
    """The name without leading titles ("President", "Mr.") or a trailing possessive; None if nothing is left."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in honorifics or doc[start].lower_ in _TRIM or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in _TRIM or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


def _trimmed(doc: Doc, start: int, end: int) -> SpacySpan | None:
    while start < end and (doc[start].is_punct or doc[start].lower_ in _TRIM):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in _TRIM):
        end -= 1
    return doc[start:end] if 0 < end - start <= _MAX_ROLE else None


def _title_of(doc: Doc, i: int) -> bool:
    """The "of" inside a title ("Secretary of State", "Minister of Defence")."""
    return doc[i].lower_ == "of" and i > 0 and doc[i - 1].pos_ in {"PROPN", "NOUN"} and doc[i - 1].text[:1].isupper() \
        and doc[i + 1].text[:1].isupper()


def role_spans(name: SpacySpan) -> list[SpacySpan]:
    """Titles before the name ("Syrian President …") and appositions ("X, senior assistant to …")."""
    doc, root = name.doc, name.root
    found: list[SpacySpan | None] = []
    left = name.start
    while left > 0 and not doc[left].is_sent_start and (doc[left - 1].pos_ in _TITLE_POS or doc[left - 1].text == "-"
                                                         or _title_of(doc, left - 1)):
        left -= 1
    if left < name.start:
        found.append(_trimmed(doc, left, name.start))
    for child in root.children:
        if child.dep_ == "appos" and child.i >= name.end:
            found.append(_trimmed(doc, child.left_edge.i, child.right_edge.i + 1))
    if root.dep_ == "appos" and root.head.i < name.start and not _dateline(root.head):
        found.append(_trimmed(doc, root.head.left_edge.i, root.head.i + 1))
    return [span for span in found
            if span is not None and len(span.text) > 3 and not any(t.pos_ == "VERB" for t in span)]


def _dateline(token: Token) -> bool:
    """"TROUT BROOK, N.B. — X": a place in capitals (or a place entity) is the story's dateline, not a role."""
    return token.is_upper or token.ent_type_ in {"GPE", "LOC", "FAC"}


def cluster(candidates: Iterable[tuple[SpacySpan, Entry | None]]) -> list[Person]:
    """Group name spans into people: known entries and longer names first, shorter forms join them."""
    ordered = sorted(candidates, key=lambda c: (c[1] is None, -len(c[0].text.split()), c[0].start))
    people: list[Person] = []
    for span, entry in ordered:
        person = next((p for p in people if (entry is not None and p.entry is entry) or p.matches(span.text)),
                      None) or _by_first_name(people, span.text, entry)
        if person is None:
            person = Person(name=entry.name if entry else span.text, entry=entry)
            people.append(person)
        person.spans.append(span)
    return people


def _by_first_name(people: list[Person], text: str, entry: Entry | None) -> Person | None:
    """The one person of the article whose first name ``text`` is; None if none or several."""
    if entry is not None:
        return None
    found = [p for p in people if p.first_named(text)]
    return found[0] if len(found) == 1 else None
