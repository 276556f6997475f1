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

#: Fewest institution mentions by which another country overrides the dateline's.
_CLEAR = 3

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


def _fallback(marks: Marks, dateline: str | None) -> str | None:
    """The dateline's country, unless the article's institutions are clearly another's (at least three mentions
    and twice the dateline country's: a talks venue such as "HAVANA" is not the officials' home); with no
    dateline, the country most institution mentions name, with a clear lead."""
    ranked = Counter(country for _, country in marks).most_common(2)
    if not ranked:
        return dateline
    top, count = ranked[0]
    if dateline is not None:
        clear = top != dateline and count >= max(_CLEAR, 2 * sum(c == dateline for _, c in marks))
        return top if clear else dateline
    tied = len(ranked) > 1 and ranked[1][1] == count
    return top if count >= 2 and not tied else None


def home_countries(ctx: Context, officials: Sequence[Draft], dateline: str | None) -> None:
    """Give each official with no country the country of the body named just before them, else the article's
    (``_fallback``)."""
    marks, bodies = _marks(ctx, _INSTITUTIONS), _marks(ctx, _BODIES)
    fallback = _fallback(marks, dateline)
    for draft in officials:
        if draft.country is not None or not draft.mentions:
            continue
        country = _nearby(ctx, bodies, min(draft.mentions)[0]) or fallback
        if country:
            draft.country, draft.code = country, code(country, draft.sector)
