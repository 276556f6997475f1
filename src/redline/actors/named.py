"""Names from the lexicon: states, demonyms, capitals and seats of government (with metonymy), and the
organizations, armed groups and outlets the data knows."""

from __future__ import annotations

import re

from spacy.tokens import Token

from redline.actors.book import Draft
from redline.actors.codes import code, sector_name
from redline.actors.context import Context
from redline.actors.knowledge import Entry, State
from redline.actors.matching import SECTOR, Hit
from redline.actors.metonymy import AGENT, PLACE, usage

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
_MAX_DESCRIPTION = 7
_ANY_OFFICIAL = frozenset({"official", "diplomat", "negotiator", "politician", "statesman"})
_LEADERS = re.compile(r"\b(president|prime minister|premier|king|queen|emir|sultan|chancellor|supreme leader)\b")


def state_draft(ctx: Context, state: State) -> Draft:
    return ctx.book.draft(f"state:{state.iso3}", state.name, "STATE", country=state.iso3, code=state.iso3,
                          wikidata=state.wikidata)


def government_draft(ctx: Context, state: State, sector_code: str = "GOV") -> Draft:
    sector = ctx.knowledge.sectors.get(sector_code) or ctx.knowledge.sectors["GOV"]
    return ctx.book.draft(
        f"sector:{state.iso3}:{sector_code}", sector_name(state.adjective, sector.label), sector.type,
        country=state.iso3, sector=sector_code, code=code(state.iso3, sector_code),
    )


def _modifies_sector(ctx: Context, hit: Hit) -> bool:
    """Whether the name is the country of a following sector phrase (that phrase's rule takes it)."""
    nxt = ctx.hit_at.get(hit.end)
    return nxt is not None and nxt.label == SECTOR and ctx.doc[hit.end - 1].dep_ in {*_MODIFIER_DEPS, "poss"}


def resolve_state(ctx: Context, hit: Hit) -> None:
    """A state's name: the STATE actor, unless the sentence uses it as a location ("in Syria"); also the possessor
    of an official's title ("Japan's ambassador, X, said"), whose state the official speaks for."""
    if ctx.owned(hit) or _modifies_sector(ctx, hit):
        return
    if not ctx.free(hit.start, hit.end) and not (ctx.free(hit.start, hit.end, roles=False) and _titled(ctx, hit)):
        return
    state = ctx.knowledge.states[hit.key]
    if usage(ctx.span(hit), ctx.knowledge.place_nouns) != PLACE:
        ctx.add(state_draft(ctx, state), hit.start, hit.end)


def _titled(ctx: Context, hit: Hit) -> bool:
    """The state owns a title: "Japan's ambassador", "Norway's envoy"."""
    root = ctx.span(hit).root
    return root.dep_ == "poss" and any(c.dep_ == "case" for c in root.children)


def resolve_capital(ctx: Context, hit: Hit) -> None:
    """A capital used as an agent ("Moscow agreed", "against Damascus") is that state's government; one that is the
    surname of a person the article names is that person."""
    if not ctx.free(hit.start, hit.end) or ctx.owned(hit):
        return
    used = usage(ctx.span(hit), ctx.knowledge.place_nouns)
    bearers = [d for d in ctx.book.drafts.values()
               if d.type == "PERSON" and d.named and d.name.split()[-1] == ctx.span(hit).text]
    if len(bearers) == 1 and used != PLACE:  # "Shamsa Mohamed Aden … Aden is reluctant": the person
        ctx.add(bearers[0], hit.start, hit.end)
    elif not bearers and used == AGENT:
        ctx.add(government_draft(ctx, ctx.knowledge.states[hit.key]), hit.start, hit.end)


def institution_draft(ctx: Context, entry: Entry) -> Draft:
    """A named body of a state ("State Department"): its own actor (GOVERNMENT unless the data says otherwise),
    coded by its branch ("Pentagon" -> USAMIL)."""
    sector = entry.sector or "GOV"
    return ctx.book.draft(entry.key, entry.name, entry.type, country=entry.country, sector=sector,
                          code=code(entry.country, sector), wikidata=entry.wikidata)


def resolve_seat(ctx: Context, hit: Hit) -> None:
    """"The State Department said", "the Kremlin": that institution; "the Knesset" -> the Israeli legislature."""
    entry = ctx.knowledge.entries[hit.key]
    state = ctx.knowledge.state(entry.country)
    if state is None or not ctx.free(hit.start, hit.end) or ctx.owned(hit):
        return
    if usage(ctx.span(hit), ctx.knowledge.place_nouns) != PLACE:
        if entry.institution:
            ctx.add(institution_draft(ctx, entry), hit.start, hit.end)
        else:
            ctx.add(government_draft(ctx, state, entry.sector or "GOV"), hit.start, hit.end)


def resolve_entry(ctx: Context, hit: Hit) -> None:
    """An organization, armed group or outlet the data knows."""
    if not ctx.free(hit.start, hit.end, roles=False):
        return
    entry = ctx.knowledge.entries[hit.key]
    draft = ctx.book.draft(entry.key, entry.name, entry.type, country=entry.country, sector=entry.sector,
                           code=entry.code, wikidata=entry.wikidata)
    ctx.add(draft, hit.start, hit.end)


def _fits(draft: Draft, noun: str) -> bool:
    """Whether "the <demonym> <noun>" can describe this person: the noun is in their role, or it is a word for
    any official and they are not a head of state or government."""
    role = (draft.role or "").lower()
    return noun in role or (noun in _ANY_OFFICIAL and draft.sector == "GOV" and not _LEADERS.search(role))


def _describe(ctx: Context, state: State, head: Token) -> bool:
    """"the senior Iranian official": a mention of the one person of that country the article names."""
    people = [d for d in ctx.book.drafts.values() if d.type == "PERSON" and d.country == state.iso3]
    if len(people) != 1 or not _fits(people[0], head.lower_):
        return False
    start = head.left_edge.i if head.i - head.left_edge.i < _MAX_DESCRIPTION else head.i - 1
    if ctx.free(start, head.i + 1):
        ctx.add(people[0], start, head.i + 1)
    return True


def resolve_demonym(ctx: Context, hit: Hit) -> None:
    """A demonym makes an actor from the noun it modifies: a person's description, the state's military
    ("Russian aerial bombardment campaign"), the state itself ("the Iranian proposal")."""
    if not ctx.free(hit.start, hit.end) or ctx.owned(hit) or _modifies_sector(ctx, hit):
        return
    state = ctx.knowledge.states[hit.key]
    token = ctx.doc[hit.end - 1]
    head = token.head
    if token.dep_ in _MODIFIER_DEPS and head.i > token.i:
        word, lemma = head.lower_, head.lemma_.lower()
        if word in ctx.knowledge.titles and " " not in word and _describe(ctx, state, head):
            return
        if lemma in ctx.knowledge.military_actions or word in ctx.knowledge.military_actions:
            ctx.add(government_draft(ctx, state, "MIL"), hit.start, hit.end)
        elif lemma in ctx.knowledge.state_nouns or word in ctx.knowledge.state_nouns:
            ctx.add(state_draft(ctx, state), hit.start, hit.end)
    elif token.tag_ in {"NNPS", "NNS"} and usage(ctx.span(hit), ctx.knowledge.place_nouns) != PLACE:
        ctx.add(state_draft(ctx, state), hit.start, hit.end)
