"""Members of organizations take the organization's country: a named person whose role names it ("the group's
military spokesman, X", "X, a spokesman for the RSF") and an unnamed member ("a spokesman for the Rapid Support
Forces", "a Pentagon official", "the movement's commander")."""

from __future__ import annotations

from spacy.tokens import Token

from redline.actors.book import surface
from redline.actors.codes import code
from redline.actors.context import Context
from redline.actors.knowledge import Entry

#: Lexicon labels of organizations a person can belong to.
ORGANIZATIONS = frozenset({"ORG", "GROUP", "MEDIA", "SEAT"})
ENTRY_SECTORS = {"IGO": "IGO", "ARMED_GROUP": "REB", "MEDIA": "MED"}
_TIES = frozenset({"for", "of", "from", "at", "with"})
_DEFINITE = frozenset({"the", "this", "that"})


def organization_at(ctx: Context, token: Token) -> Entry | None:
    """The organization a token stands for: an entry named there, or "the group" for the one named last before."""
    hit = ctx.hit_at.get(token.i)
    if hit is not None and hit.label in ORGANIZATIONS:
        return ctx.knowledge.entries[hit.key]
    if token.lower_ in ctx.knowledge.anaphors and any(c.dep_ == "det" and c.lower_ in _DEFINITE
                                                      for c in token.children):
        return antecedent(ctx, token.i)
    return None


def antecedent(ctx: Context, before: int) -> Entry | None:
    """The organization or armed group the lexicon found last before token ``before``."""
    for hit in reversed(ctx.hits):
        if hit.end <= before and hit.label in {"ORG", "GROUP"}:
            return ctx.knowledge.entries[hit.key]
    return None


def member_sector(entry: Entry, title_sector: str | None) -> str | None:
    """A member's sector: the seat's branch, an armed group's REB, else the title's."""
    if entry.kind == "SEAT":
        return entry.sector or title_sector
    return ENTRY_SECTORS.get(entry.type) or entry.sector or title_sector


def member_code(entry: Entry, sector: str | None) -> str | None:
    return code(entry.country, sector) if entry.kind == "SEAT" else entry.code or code(entry.country, sector)


def _tie(ctx: Context, noun: Token) -> tuple[Entry, int] | None:
    """The organization a person noun belongs to, and the last token of the phrase that says so."""
    for child in noun.children:
        if child.dep_ in {"poss", "compound"} and child.i < noun.i:
            entry = organization_at(ctx, child)
            if entry is not None:
                return entry, noun.i
        if child.dep_ == "prep" and child.lower_ in _TIES and child.i == noun.i + 1:
            for obj in child.children:
                entry = organization_at(ctx, obj) if obj.dep_ == "pobj" else None
                if entry is not None:
                    return entry, obj.right_edge.i
    return None


def resolve_members(ctx: Context) -> None:
    """Unnamed members tied to an organization: one PERSON per organization and noun, with its country."""
    for i in ctx.tokens_of(ctx.knowledge.member_nouns):
        token = ctx.doc[i]
        if token.tag_ != "NN" or token.ent_type_ == "PERSON":
            continue
        if not ctx.free(token.i, token.i + 1):
            continue
        tie = _tie(ctx, token)
        if tie is not None:
            _member(ctx, token, *tie)


def _member(ctx: Context, noun: Token, entry: Entry, last: int) -> None:
    """The member's actor, mentioned by the noun and its free determiner and adjectives ("A spokesman")."""
    doc, start = ctx.doc, noun.i
    while start > 0 and doc[start - 1].dep_ in {"det", "amod"} and doc[start - 1].head.i == noun.i \
            and ctx.free(start - 1, start):
        start -= 1
    first = noun.left_edge.i
    while first < noun.i and (doc[first].is_punct or doc[first].dep_ == "det"):
        first += 1
    sector = member_sector(entry, ctx.knowledge.titles.get(noun.lower_))
    draft = ctx.book.draft(f"member:{entry.key}:{noun.lower_}", f"{entry.name} {noun.lower_}", "PERSON",
                           country=entry.country, sector=sector, code=member_code(entry, sector),
                           role=surface(doc[first:last + 1].text), named=False)
    ctx.add(draft, start, noun.i + 1)


def merge_anaphors(ctx: Context) -> None:
    """"The paramilitary group said …": a definite anaphor noun ("the group", "the movement", "the militia") that
    names no one else is a mention of the organization or armed group the lexicon found last before it."""
    for i in ctx.tokens_of(ctx.knowledge.anaphors):
        noun = ctx.doc[i]
        det = [c for c in noun.children if c.dep_ == "det" and c.lower_ in _DEFINITE]
        if not det or noun.tag_ not in {"NN", "NNS"} or any(c.dep_ == "compound" for c in noun.children):
            continue
        start = min([det[0].i, *(c.i for c in noun.children if c.dep_ == "amod")])
        entry = antecedent(ctx, start)
        draft = ctx.book.drafts.get(entry.key) if entry is not None else None
        if draft is None:
            continue
        if ctx.free(start, i + 1):
            ctx.add(draft, start, i + 1)
        elif ctx.free(i, i + 1):  # "the Iran-backed group": Iran is an actor of its own
            ctx.add(draft, i, i + 1)
