"""Sector phrases: "the Syrian military" -> SYRMIL, "Syria's government" -> SYRGOV, "the government of Iraq" ->
IRQGOV, "militants in Syria" -> SYRREB, and generic groups with no country ("armed groups", "civilians")."""

from __future__ import annotations

from spacy.tokens import Token

from redline.actors.book import Draft, surface
from redline.actors.codes import code, sector_name
from redline.actors.context import Context
from redline.actors.knowledge import Sector, State
from redline.actors.matching import CAPITAL, Hit

_BETWEEN_POS = frozenset({"ADJ", "NOUN", "PROPN", "PART", "PUNCT", "VERB"})
_MAX_GAP = 4
_STOPS = frozenset({",", ";", ":", "(", ")"})
#: Named bodies of a state (institutions, ministries): actors of their own, never "the government" of an article.
_BODIES = ("seat:", "ministry:")


def _left(ctx: Context, hit: Hit) -> tuple[int, State] | None:
    """A demonym or state name before the phrase, in the same noun phrase ("Syrian armed forces", "Syria's army")."""
    i = hit.start - 1
    while i >= 0 and hit.start - i <= _MAX_GAP:
        found = ctx.country_hit(i)
        if found is not None:
            return found[0].start, found[1]
        token = ctx.doc[i]
        if i in ctx.hit_at or i in ctx.used or token.pos_ not in _BETWEEN_POS or token.text in _STOPS:
            return None
        if token.is_sent_start or (token.pos_ == "VERB" and token.tag_ not in {"VBN", "VBG"}):
            return None
        i -= 1
    return None


def _right(ctx: Context, hit: Hit) -> tuple[int, State] | None:
    """"the government of Iraq", "the army of the Syrian Arab Republic"."""
    i = hit.end
    if i >= len(ctx.doc) or ctx.doc[i].lower_ != "of":
        return None
    i += 1
    if i < len(ctx.doc) and ctx.doc[i].lower_ == "the":
        i += 1
    found = ctx.country_hit(i)
    return (found[0].end, found[1]) if found else None


def _located(ctx: Context, root: Token) -> State | None:
    """"militants in Syria", "the government in Kabul": a state (or its capital) named by a locative
    prepositional modifier of the phrase."""
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "inside", "across", "from"}:
            for obj in prep.children:
                found = ctx.country_hit(obj.i) if obj.dep_ == "pobj" else None
                if found:
                    return found[1]
                capital = ctx.hit_at.get(obj.i) if obj.dep_ == "pobj" else None
                if capital is not None and capital.label == CAPITAL:
                    return ctx.knowledge.state(capital.key)
    return None


def _coordinated(ctx: Context, root: Token) -> State | None:
    """"the Syrian government and opposition": the opposition shares the government's country."""
    if root.dep_ == "conj" and root.head.i in ctx.country_at:
        return ctx.knowledge.state(ctx.country_at[root.head.i])
    return None


def ministry_draft(ctx: Context, name: str, state: State) -> Draft:
    """A named ministry of a state: "Iranian Foreign Ministry", GOVERNMENT, IRNGOV."""
    return ctx.book.draft(f"ministry:{state.iso3}:{name}", f"{state.adjective} {name}", "GOVERNMENT",
                          country=state.iso3, sector="GOV", code=code(state.iso3, "GOV"))


def _ministry(ctx: Context, hit: Hit) -> str | None:
    """The ministry a GOV phrase names ("ministry of foreign affairs" -> "Foreign Ministry"), if it names one."""
    return ctx.knowledge.ministries.get(ctx.span(hit).text.lower()) if hit.key == "GOV" else None


def _country_draft(ctx: Context, sector: Sector, state: State, hit: Hit) -> Draft:
    ministry = _ministry(ctx, hit)
    if ministry is not None:
        return ministry_draft(ctx, ministry, state)
    return ctx.book.draft(
        f"sector:{state.iso3}:{sector.code}", sector_name(state.adjective, sector.label), sector.type,
        country=state.iso3, sector=sector.code, code=code(state.iso3, sector.code),
    )


def _generic_draft(ctx: Context, sector: Sector, text: str) -> Draft:
    return ctx.book.draft(f"generic:{sector.code}", surface(text).lower(), sector.type, sector=sector.code,
                          code=sector.code, named=False)


def resolve_sector(ctx: Context, hit: Hit) -> None:
    """Make or extend the actor a sector phrase names, with its country when the text gives one ("the Ministry of
    Defence of Ukraine" too, which the parse tags as one organization)."""
    if not ctx.free(hit.start, hit.end):
        return
    found = _left(ctx, hit) or _right(ctx, hit)
    if ctx.owned(hit) and (found is None or _ministry(ctx, hit) is None):
        return
    sector = ctx.knowledge.sectors[hit.key]
    root = ctx.span(hit).root
    start, end = hit.start, hit.end
    state: State | None = None
    if found is not None:
        position, state = found
        start, end = min(start, position), max(end, position)
    else:
        state = _coordinated(ctx, root) or _located(ctx, root)
    if state is not None:
        draft = _country_draft(ctx, sector, state, hit)
        ctx.country_at[root.i] = state.iso3
    elif sector.generic:
        draft = _generic_draft(ctx, sector, ctx.span(hit).text)
    else:
        if start > 0 and ctx.doc[start - 1].lower_ == "the" and ctx.doc[hit.end - 1].tag_ in {"NN", "NNP"}:
            ctx.definite.append(hit)
        return
    if start > 0 and ctx.doc[start - 1].lower_ == "the" and ctx.free(start - 1, start):
        start -= 1
    ctx.add(draft, start, end)


def merge_generic(ctx: Context) -> None:
    """A generic group with no country joins the one same-sector actor that has a country, if there is one."""
    for key in [k for k in ctx.book.drafts if k.startswith("generic:")]:
        generic = ctx.book.drafts[key]
        peers = [d for d in ctx.book.drafts.values() if d.sector == generic.sector and d.country and d.mentions]
        if len(peers) == 1 and peers[0].type == generic.type:
            peers[0].mentions.update(generic.mentions)
            del ctx.book.drafts[key]


def _peers(ctx: Context, sector: str) -> list[Draft]:
    """Actors of the sector with a country and a mention ("Sudan's army" for MIL)."""
    return [d for d in ctx.book.drafts.values()
            if d.country and d.mentions and d.type != "PERSON" and not d.key.startswith(_BODIES)
            and (d.sector == sector or d.code == d.country + sector)]


def merge_definite(ctx: Context) -> None:
    """"The army denied it": a definite sector phrase with no country is the article's one actor of that sector
    (of several, the one named most before it); "the foreign ministry" is the article's one foreign ministry, or
    that of its one government."""
    for hit in ctx.definite:
        if not ctx.free(hit.start - 1, hit.end):
            continue
        ministry = _ministry(ctx, hit)
        draft = _definite_ministry(ctx, hit, ministry) if ministry is not None else _latest_peer(ctx, hit)
        if draft is not None:
            ctx.add(draft, hit.start - 1, hit.end)


def _latest_peer(ctx: Context, hit: Hit) -> Draft | None:
    """The article's one actor of the hit's sector; of several, the one named more often than any other before
    the phrase ("Colombia's government ... the government ... Caracas ... the government": Colombia's); none on
    a tie ("Sudan's army and Chad's army ... the army")."""
    peers = _peers(ctx, hit.key)
    if len(peers) <= 1:
        return peers[0] if peers else None
    at = ctx.doc[hit.start].idx
    counts = sorted(((sum(s < at for s, _ in d.mentions), i) for i, d in enumerate(peers)), reverse=True)
    return peers[counts[0][1]] if counts[0][0] > counts[1][0] else None


def _definite_ministry(ctx: Context, hit: Hit, name: str) -> Draft | None:
    """"The foreign ministry": the article's one foreign ministry; else that of the state named last in this
    sentence or the one before ("Saudi Arabia urged restraint. … the foreign ministry called …"); else that of
    the article's one government."""
    same = [d for d in ctx.book.drafts.values() if d.key.startswith("ministry:") and d.key.endswith(f":{name}")]
    if len(same) == 1:
        return same[0]
    if same:
        return None
    state = _recent_state(ctx, hit)
    if state is None:
        peers = _peers(ctx, "GOV")
        state = ctx.knowledge.state(peers[0].country) if len(peers) == 1 else None
    return ministry_draft(ctx, name, state) if state is not None else None


def _recent_state(ctx: Context, hit: Hit) -> State | None:
    sentence = ctx.doc[hit.start].sent
    start = ctx.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for i in range(hit.start - 1, start - 1, -1):
        found = ctx.country_hit(i)
        if found is not None:
            return found[1]
    return None


def merge_officers(ctx: Context) -> None:
    """An officer whose role names no country ("Lieutenant General X") serves the article's one military."""
    for draft in list(ctx.book.drafts.values()):
        if draft.type != "PERSON" or draft.country or draft.sector not in {"MIL", "COP"}:
            continue
        peers = [d for d in _peers(ctx, draft.sector) if d.type == "MILITARY"]
        if len(peers) == 1:
            draft.country, draft.code = peers[0].country, code(peers[0].country, draft.sector)
