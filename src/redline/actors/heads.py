"""Further mentions of named bodies: definite short forms ("the department" after "the State Department", "the
commission" after "the Securities and Exchange Commission", "the ministry" after "Iran's Foreign Ministry") --
each a mention of the one organization of the article whose name ends with that noun, once the article has named
it -- repeats of a one-word organization's name the parse did not tag ("Facebook said" after "Facebook's
app") and misspelt surnames of the article's people ("Nebenzya said" after "Vassily Nebenzia")."""

from __future__ import annotations

from rapidfuzz import fuzz
from spacy.tokens import Token

from redline.actors.book import Draft
from redline.actors.context import Context
from redline.actors.matching import SECTOR
from redline.actors.people import name_key

#: Drafts that are named bodies (not people, sector phrases, generic groups or unnamed members).
_NOT_BODIES = ("person:", "sector:", "generic:", "member:", "state:")
_DEFINITE = frozenset({"the", "The"})
#: How alike a misspelt surname and the surname must be (rapidfuzz ratio, 0-100).
_SIMILAR = 85


def _by_head(ctx: Context) -> dict[str, Draft]:
    """Named bodies by the last word of their name, lower case; a word two bodies end with is nobody's."""
    found: dict[str, Draft | None] = {}
    for draft in ctx.book.drafts.values():
        words = draft.name.split()
        if draft.key.startswith(_NOT_BODIES) or draft.type == "PERSON" or len(words) < 2 or not words[-1].isalpha():
            continue
        head = words[-1].lower()
        found[head] = draft if found.get(head, draft) is draft else None
    return {head: draft for head, draft in found.items() if draft is not None}


def _bare_definite(token: Token) -> bool:
    """"the commission" alone: a singular common noun with "the" as its only modifier, heading its phrase."""
    lefts = list(token.lefts)
    return (token.tag_ == "NN" and token.dep_ != "compound" and len(lefts) == 1 and lefts[0].text in _DEFINITE
            and lefts[0].i == token.i - 1)


def _other_sector(ctx: Context, i: int, draft: Draft) -> bool:
    """"the army" is a sector phrase of another type than the body its noun ends ("the National Liberation Army",
    an armed group): it stands for the state's army, not for that body."""
    hit = ctx.hit_at.get(i)
    return hit is not None and hit.label == SECTOR and ctx.knowledge.sectors[hit.key].type != draft.type


def resolve_heads(ctx: Context) -> None:
    """Mentions of named bodies by "the" + the last word of their name, after their first mention."""
    heads = _by_head(ctx)
    if not heads:
        return
    for i in ctx.tokens_of(heads):
        token = ctx.doc[i]
        draft = heads[token.lower_]
        if not draft.mentions or not _bare_definite(token) or not ctx.free(i - 1, i + 1):
            continue
        if _other_sector(ctx, i, draft):
            continue
        if token.idx > min(draft.mentions)[0]:
            ctx.add(draft, i - 1, i + 1)


def resolve_repeats(ctx: Context) -> None:
    """Every free proper-noun token spelling a one-word organization's name exactly is a mention of it."""
    names = {d.name: d for d in ctx.book.drafts.values()
             if d.key.startswith("org:") and " " not in d.name and d.name[:1].isupper() and len(d.name) > 2}
    if not names:
        return
    for i in ctx.tokens_of(names, exact=True):
        token = ctx.doc[i]
        if token.pos_ == "PROPN" and token.ent_type_ in {"", "ORG", "PERSON"} and ctx.free(i, i + 1):
            ctx.add(names[token.text], i, i + 1)


def _surnames(ctx: Context) -> dict[str, Draft | None]:
    """People of the article by the last word of their full name; a surname two people share is nobody's."""
    found: dict[str, Draft | None] = {}
    for draft in ctx.book.drafts.values():
        words = name_key(draft.name)
        if draft.type == "PERSON" and draft.named and len(words) > 1:
            found[words[-1]] = draft if found.get(words[-1], draft) is draft else None
    return found


def _misspelt(token: Token, surnames: dict[str, Draft | None]) -> Draft | None:
    """The one person whose surname a capitalized word standing alone nearly spells ("Nebenzya", "Teodero")."""
    doc, word = token.doc, token.lower_
    if len(word) < 5 or not token.text[:1].isupper() or token.pos_ != "PROPN" or word in surnames:
        return None
    if any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" for j in (token.i - 1, token.i + 1)):
        return None
    close = [d for name, d in surnames.items() if d is not None and name[:1] == word[:1]
             and fuzz.ratio(word, name) >= _SIMILAR]
    return close[0] if len(close) == 1 else None


def resolve_misspelt(ctx: Context) -> None:
    """A free proper noun that nearly spells the surname of exactly one person of the article is a mention of that
    person, once the article has named them."""
    surnames = _surnames(ctx)
    if not surnames:
        return
    for token in ctx.doc:
        if token.pos_ != "PROPN" or token.ent_type_ not in {"", "PERSON", "ORG", "NORP"} or not ctx.free(token.i,
                                                                                                    token.i + 1):
            continue
        draft = _misspelt(token, surnames)
        if draft is not None and draft.mentions and token.idx > min(draft.mentions)[0]:
            ctx.add(draft, token.i, token.i + 1)
