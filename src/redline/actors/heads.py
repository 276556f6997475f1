"""Further mentions of named bodies: definite short forms ("the department" after "the State Department", "the
commission" after "the Securities and Exchange Commission", "the ministry" after "Iran's Foreign Ministry") --
each a mention of the one organization of the article whose name ends with that noun, once the article has named
it -- and repeats of a one-word organization's name the parse did not tag ("Facebook said" after "Facebook's
app")."""

from __future__ import annotations

from spacy.tokens import Token

from redline.actors.book import Draft
from redline.actors.context import Context

#: Drafts that are named bodies (not people, sector phrases, generic groups or unnamed members).
_NOT_BODIES = ("person:", "sector:", "generic:", "member:", "state:")
_DEFINITE = frozenset({"the", "The"})


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
