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


def _ties(noun: Token) -> list[Token]:
    """The objects of "to X" / "for X" / "of X" phrases after the noun."""
    return [obj for prep in noun.rights if prep.dep_ == "prep" and prep.lower_ in _TIES
            for obj in prep.children if obj.dep_ == "pobj"]


def _tie(ctx: Context, noun: Token) -> Draft | None:
    """The actor of a "to X" / "for X" / "of X" phrase after the noun."""
    return next((found for obj in _ties(noun) if (found := draft_at(ctx, obj)) is not None), None)


def _other_side(ctx: Context, noun: Token, person: Draft, tie: Draft | None) -> bool:
    """"The fugitive leader of ISIS" is not the prime minister of Iraq: the description ties its holder to an
    actor (or a name the lexicon knows, resolved later) of another country, or of none, than the person's."""
    if person.country is None:
        return False
    if tie is not None:
        return tie is not person and tie.country != person.country
    for obj in _ties(noun):
        hit = ctx.hit_at.get(obj.i)
        if hit is not None and hit.label != "PERSON":
            state = ctx.country_hit(obj.i)
            return (state[1].iso3 if state else None) != person.country
    return False


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
        person, tie = drafts[0], _tie(ctx, token)
        if _other_side(ctx, token, person, tie):
            continue
        if person.country is None and tie is not None and tie.country:
            person.country = tie.country
            person.code = code(person.country, person.sector)
        ctx.add(person, token.left_edge.i, token.i + 1)
