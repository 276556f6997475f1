"""Acronyms and their expansions: "the Parliamentary Budget Officer (PBO) … the PBO said", "EDC (Export
Development Canada)", and an acronym whose letters are the initials of exactly one capitalized name in the article
("the SEC" after "the U.S. Securities and Exchange Commission"). The acronym and its expansion become one actor,
named by the expansion.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redline.actors.book import Draft, surface
from redline.actors.context import Context

#: An acronym: 2 to 6 capitals, optionally dotted ("PBO", "E.D.C."), optionally plural.
ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")
#: Small words a name may contain that its acronym skips ("Securities and Exchange Commission" -> SEC).
_CONNECTORS = frozenset({"of", "and", "for", "the", "on", "to", "de", "du", "des", "la", "le", "&", "in", "at"})
#: A run of capitalized words, small connecting words allowed between them.
_RUN = re.compile(r"[A-Z][\w’'-]*(?:(?:\s+(?:of|and|for|the|on|to|de|du|des|la|le|&|in|at))*\s+[A-Z][\w’'-]*)*")
_MAX_WORDS = 8
_WORD = re.compile(r"\S+")
#: Drafts an acronym or an expansion may be: organizations the data does not know, and persons that are not.
_UNKNOWN = ("org:", "person:")


def letters(acronym: str) -> str:
    """The letters an acronym spells: "E.D.C." -> "EDC"."""
    return acronym.replace(".", "")


def is_acronym(name: str) -> bool:
    return ACRONYM.fullmatch(name) is not None and len(letters(name)) >= 2


def _expansions(text: str, wanted: set[str]) -> dict[str, dict[str, list[tuple[int, int]]]]:
    """Capitalized names of the text whose initials are one of ``wanted``: initials -> name -> character spans."""
    found: dict[str, dict[str, list[tuple[int, int]]]] = {}
    longest = max(len(w) for w in wanted)
    for run in _RUN.finditer(text):
        capitals = "".join(w[0] for w in run.group().split() if w.lower() not in _CONNECTORS)
        if not any(initials in capitals for initials in wanted):
            continue
        words = [(m.start() + run.start(), m.end() + run.start(), m.group()) for m in _WORD.finditer(run.group())]
        for first, last, initials in _names(words, longest):
            if initials in wanted:
                span = (words[first][0], words[last][1])
                found.setdefault(initials, {}).setdefault(text[span[0]:span[1]], []).append(span)
    return found


def _names(words: list[tuple[int, int, str]], longest: int) -> Iterator[tuple[int, int, str]]:
    """(first word, last word, initials) of the word ranges that begin with a capitalized word that is not a
    connector and end with the run's last one, two such words at least ("Cape Breton Correctional" is no name
    inside "Cape Breton Correctional Facility")."""
    capital = [w[2][:1].isupper() and w[2].lower() not in _CONNECTORS for w in words]
    end = max(i for i, c in enumerate(capital) if c) if any(capital) else 0
    for first in range(len(words)):
        if not capital[first]:
            continue
        initials = words[first][2][0]
        for last in range(first + 1, min(len(words), first + _MAX_WORDS)):
            if words[last][2][:1].isupper():
                initials += words[last][2][0]
            if len(initials) > longest:
                break
            if last == end:
                yield first, last, initials


def link_acronyms(ctx: Context) -> None:
    """Join each acronym actor to the one name in the article it abbreviates (an unknown expansion renames it),
    then give each organization the free tokens that spell its initials."""
    acronyms = [d for d in ctx.book.drafts.values() if d.key.startswith(_UNKNOWN) and is_acronym(d.name)]
    if acronyms:
        expansions = _expansions(ctx.doc.text, {letters(d.name) for d in acronyms})
        named = _named(ctx) if expansions else {}
        for draft in acronyms:
            names = expansions.get(letters(draft.name), {})
            if len({surface(name).lower() for name in names}) == 1 and not _personal(ctx, names):
                _join(ctx, draft, names, named)
    _bare(ctx)


def _personal(ctx: Context, names: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether the expansion is (part of) a person's mention: "JT" is no acronym of "Justin Trudeau"."""
    spans = [span for found in names.values() for span in found]
    return any(s < end and start < e for d in ctx.book.drafts.values() if d.type == "PERSON"
               for s, e in d.mentions for start, end in spans)


def _initials(name: str) -> str:
    words = [w for w in name.split() if w[:1].isupper() and w.lower() not in _CONNECTORS]
    return "".join(w[0] for w in words) if len(words) >= 2 and all(w[0].isalpha() for w in words) else ""


def _bare(ctx: Context) -> None:
    """An acronym of three letters or more the parse left untagged ("PBO estimates") is a mention of the one
    organization it abbreviates ("PM" or "US" alone is too often something else)."""
    by_initials: dict[str, list[Draft]] = {}
    for draft in ctx.book.drafts.values():
        if draft.key.startswith("org:"):
            by_initials.setdefault(_initials(draft.name), []).append(draft)
    owners = {initials: found[0] for initials, found in by_initials.items() if len(found) == 1 and len(initials) > 2}
    if not owners:
        return
    for i in ctx.tokens_of(owners, exact=True):
        token = ctx.doc[i]
        if ctx.free(i, i + 1, roles=False) and token.ent_type_ != "PERSON" and not token.is_stop:
            ctx.add(owners[ctx.doc[i].text], i, i + 1)


def _named(ctx: Context) -> dict[str, Draft]:
    """Every actor but people by its name and the surfaces of its mentions, in lower case."""
    found: dict[str, Draft] = {}
    for draft in ctx.book.drafts.values():
        if draft.type != "PERSON":
            found.setdefault(draft.name.lower(), draft)
            for text in draft.mentions.values():
                found.setdefault(surface(text).lower(), draft)
    return found


def _join(ctx: Context, acronym: Draft, names: dict[str, list[tuple[int, int]]], named: dict[str, Draft]) -> None:
    owner = next((named[key] for key in (surface(name).lower() for name in names) if key in named), None)
    if owner is not None and owner is not acronym:
        owner.mentions.update(acronym.mentions)
        del ctx.book.drafts[acronym.key]
        return
    acronym.name = surface(next(iter(names)))
    if acronym.type == "PERSON":
        acronym.type, acronym.role, acronym.sector, acronym.code, acronym.country = "ORG", None, None, None, None
    for spans in names.values():
        for start, end in spans:
            span = ctx.doc.char_span(start, end, alignment_mode="contract")
            if span is not None and len(span) and ctx.free(span.start, span.end):
                ctx.add(acronym, span.start, span.end)
