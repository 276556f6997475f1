"""What the resolver knows about one article while it works: the parse, the lexicon hits, the actors so far,
and which tokens are already spoken for."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from redline.actors.book import Book, Draft
from redline.actors.knowledge import Knowledge, State
from redline.actors.matching import DEMONYM, STATE, Hit

#: Entity labels whose span, when longer than a lexicon hit inside it, owns that hit ("Bank of Syria").
OWNING_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "PERSON"})


@dataclass
class Context:
    doc: Doc
    hits: list[Hit]
    knowledge: Knowledge
    book: Book = field(default_factory=Book)
    #: tokens that are part of an actor mention
    used: set[int] = field(default_factory=set)
    #: tokens inside a person's title or apposition (their demonyms and sector words describe that person)
    in_role: set[int] = field(default_factory=set)
    #: country of the sector actor each token was resolved to ("Syrian government and opposition")
    country_at: dict[int, str] = field(default_factory=dict)
    hit_at: dict[int, Hit] = field(default_factory=dict)
    #: "the army" with no country: sector phrases that may stand for the article's one actor of that sector
    definite: list[Hit] = field(default_factory=list)
    #: the parse's named entities, read once
    ents: tuple[SpacySpan, ...] = ()
    #: token attribute columns (LOWER, ORTH) of the doc, read once
    columns: dict[int, np.ndarray[Any, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.ents = tuple(self.doc.ents)
        for hit in self.hits:
            for i in range(hit.start, hit.end):
                self.hit_at[i] = hit

    def tokens_of(self, words: Iterable[str], *, exact: bool = False) -> list[int]:
        """Indices of the tokens that are one of ``words`` (lower case unless ``exact``), without a Python loop
        over the tokens."""
        strings = self.doc.vocab.strings
        ids = np.array([strings.add(word) for word in words], dtype="uint64")
        attr = ORTH if exact else LOWER
        column = self.columns.get(attr)
        if column is None:
            column = self.columns[attr] = self.doc.to_array(attr)
        return [int(i) for i in np.flatnonzero(np.isin(column, ids))]

    def span(self, hit: Hit) -> SpacySpan:
        return self.doc[hit.start:hit.end]

    def free(self, start: int, end: int, *, roles: bool = True) -> bool:
        """No token of ``[start, end)`` is taken by another mention (or, with ``roles``, by a person's role)."""
        used, in_role = self.used, self.in_role
        return not any(i in used or (roles and i in in_role) for i in range(start, end))

    def owned(self, hit: Hit) -> bool:
        """Whether a longer named entity of another kind contains this hit ("Syrian Observatory ...")."""
        token = self.doc[hit.start]
        if not token.ent_type_ or token.ent_type_ not in OWNING_LABELS:
            return False
        doc, start, end = self.doc, hit.start, hit.end
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        start += doc[start].lower_ == "the"
        end -= doc[end - 1].lower_ in {"'s", "’s"}
        return start < hit.start or end > hit.end

    def add(self, draft: Draft, start: int, end: int) -> None:
        """Record the tokens ``[start, end)`` as a mention of ``draft``."""
        span = self.doc[start:end]
        self.book.mention(draft, span.start_char, span.end_char, span.text)
        self.used.update(range(start, end))

    def country_hit(self, i: int) -> tuple[Hit, State] | None:
        """The state named at token ``i`` by its name or demonym."""
        hit = self.hit_at.get(i)
        if hit is None or hit.label not in {STATE, DEMONYM}:
            return None
        state = self.knowledge.state(hit.key)
        return (hit, state) if state else None
