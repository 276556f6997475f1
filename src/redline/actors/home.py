"""The country of an official whose title names none ("Spokesman Lin Jian said", "the government's chief
negotiator, X, told reporters"): the context's, read once every other actor is resolved."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from redline.actors.book import Draft
from redline.actors.codes import code
from redline.actors.context import Context

#: Actors that stand for a country's institutions, whose mentions say which country a passage is about.
_INSTITUTIONS = frozenset({"GOVERNMENT", "STATE", "MILITARY"})
#: Bodies an official nearby may speak for ("The M23 denied it. Its spokesman, X, said ...").
_BODIES = _INSTITUTIONS | {"ARMED_GROUP", "PARTY"}

Marks = list[tuple[int, str]]


def _marks(ctx: Context, types: frozenset[str]) -> Marks:
    """(start character, country) of every mention of an actor of ``types`` with a country, in text order."""
    return sorted((start, d.country) for d in ctx.book.drafts.values() if d.type in types and d.country
                  for start, _ in d.mentions)


def _nearby(ctx: Context, marks: Marks, at: int) -> str | None:
    """The country of the body named last before ``at`` in its sentence, else of the one the sentence before
    names first (its topic: "China's foreign ministry denied it. Spokesman Lin Jian said ...")."""
    span = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sentence = span[0].sent
    same = [country for mark, country in marks if sentence.start_char <= mark < at]
    if same or sentence.start == 0:
        return same[-1] if same else None
    previous = ctx.doc[sentence.start - 1].sent
    return next((country for mark, country in marks if previous.start_char <= mark < previous.end_char), None)


def _dominant(marks: Marks) -> str | None:
    """The country most institution mentions name, with a clear lead (at least two, more than any other)."""
    ranked = Counter(country for _, country in marks).most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def home_countries(ctx: Context, officials: Sequence[Draft], dateline: str | None) -> None:
    """Give each official with no country the country of the body named just before them; else the
    dateline's, when the article names that country's institutions (a talks venue such as "HAVANA" is not the
    officials' home); else the country the article's institutions are mostly of."""
    marks, bodies = _marks(ctx, _INSTITUTIONS), _marks(ctx, _BODIES)
    countries = {country for _, country in marks}
    fallback = dateline if dateline in countries else _dominant(marks) or dateline
    for draft in officials:
        if draft.country is not None or not draft.mentions:
            continue
        country = _nearby(ctx, bodies, min(draft.mentions)[0]) or fallback
        if country:
            draft.country, draft.code = country, code(country, draft.sector)
