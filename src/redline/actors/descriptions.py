"""Unnamed descriptions of a named person: "a senior adviser to President X" and "the adviser" are mentions of
the one person the article names with that title ("Y, an adviser to the head of the presidential office"); a
country the description gives ("to President X" of Ukraine) becomes that person's when the role had none."""

from __future__ import annotations

import re

from spacy.tokens import Token

from redline.actors.book import Draft
from redline.actors.codes import code
from redline.actors.context import Context

_DETERMINERS = frozenset({"a", "an", "the", "this"})
_TIES = frozenset({"to", "for", "of"})


def _titled(ctx: Context, titles: re.Pattern[str]) -> dict[str, list[Draft]]:
    """Named people by the first title of their role and the nouns that describe its holder as well."""
    found: dict[str, list[Draft]] = {}
    for draft in ctx.book.drafts.values():
        title = titles.search(draft.role or "") if draft.type == "PERSON" and draft.named else None
        if title is None:
            continue
        word = title.group(0).lower()
        for noun in (word, *ctx.knowledge.title_equivalents.get(word, ())):
            if " " not in noun and draft not in found.get(noun, []):
                found.setdefault(noun, []).append(draft)
    return found


def _candidate(ctx: Context, token: Token, person: Draft) -> bool:
    """A free singular title noun with a determiner and no country or organization of its own; "a …" only before
    the person is named (after it, "a journalist" is someone else)."""
    if token.tag_ != "NN" or not ctx.free(token.i, token.i + 1) or token.ent_type_:
        return False
    lefts = list(token.lefts)
    first = token.left_edge  # "A Superior Court of Ontario judge": the parse gives "A" to "Court"
    det = next((t.lower_ for t in (*lefts, first) if t.dep_ == "det" and t.lower_ in _DETERMINERS), None)
    if det is None or any(t.i in ctx.hit_at or t.i in ctx.used for t in lefts):
        return False
    return det not in {"a", "an"} or token.idx < min(person.mentions)[0]


def draft_at(ctx: Context, token: Token) -> Draft | None:
    """The actor a token is a mention of, if any."""
    at = token.idx
    return next((d for d in ctx.book.drafts.values() for s, e in d.mentions if s <= at < e), None)


def _country(ctx: Context, noun: Token) -> Draft | None:
    """The actor of a "to X" / "for X" phrase after the noun that has a country."""
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in _TIES:
            for obj in prep.children:
                found = draft_at(ctx, obj) if obj.dep_ == "pobj" else None
                if found is not None and found.country:
                    return found
    return None


def resolve_descriptions(ctx: Context, titles: re.Pattern[str]) -> None:
    """Mentions of named people by their title alone, each when exactly one named person holds that title."""
    people = _titled(ctx, titles)
    if not people:
        return
    for i in ctx.tokens_of(people):
        token = ctx.doc[i]
        drafts = people[token.lower_]
        if len(drafts) != 1 or not drafts[0].mentions or not _candidate(ctx, token, drafts[0]):
            continue
        person = drafts[0]
        if person.country is None:
            tie = _country(ctx, token)
            if tie is not None:
                person.country = tie.country
                person.code = code(person.country, person.sector)
        ctx.add(person, token.left_edge.i, token.i + 1)
