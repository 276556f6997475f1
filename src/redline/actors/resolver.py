"""Within-article actor resolution over the shared spaCy parse.

Order: people first (their titles and appositions take the demonyms and sector words they contain), then sector
phrases (which take the demonym before them), then every other lexicon name, then unnamed members of known
organizations ("a spokesman for the RSF"), then named organizations the data does not know; last the joins that
need every actor ("the army" -> the one military) and the outlet of the article's source/via. One actor per real
entity, with every mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from redline.actors.acronyms import link_acronyms
from redline.actors.affiliation import (
    member_code,
    member_sector,
    merge_anaphors,
    organization_at,
    resolve_members,
)
from redline.actors.book import Draft, surface
from redline.actors.codes import code, titles_pattern
from redline.actors.companies import is_company
from redline.actors.context import Context
from redline.actors.descriptions import resolve_descriptions
from redline.actors.heads import resolve_heads, resolve_misspelt, resolve_repeats
from redline.actors.home import home_countries
from redline.actors.knowledge import Entry, Knowledge
from redline.actors.matching import CAPITAL, DEMONYM, SECTOR, STATE, Hit, Lexicon
from redline.actors.metonymy import PLACE, usage
from redline.actors.named import resolve_capital, resolve_demonym, resolve_entry, resolve_seat, resolve_state
from redline.actors.people import Person, cluster, role_spans, strip_name
from redline.actors.publisher import add_publisher
from redline.actors.sectors import merge_definite, merge_generic, merge_officers, resolve_sector
from redline.models import Actor, ActorType

#: Sectors of a title that, with no country in the role, take the country the article's context gives.
_HOME_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
_LOCATIVE = frozenset({"in", "at", "near", "into", "towards", "toward", "across", "inside", "outside", "around"})
_ORG_TYPES: tuple[tuple[re.Pattern[str], ActorType], ...] = (
    (re.compile(r"\bpart(y|ies)\b", re.I), "PARTY"),
    (re.compile(r"\b(news|tv|television|radio|times|post|press|daily|gazette|herald|journal|tribune)\b",
                re.I), "MEDIA"),
    (re.compile(r"\b(front|brigades?|militias?|battalions?|liberation army|movement|mujahideen|jihad)\b", re.I),
     "ARMED_GROUP"),
)


class Resolver:
    """Resolves the actors of one parsed article. Build once (matchers compile here); call per article."""

    def __init__(self, nlp: Language, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.lexicon = Lexicon(nlp, knowledge)
        self.titles = titles_pattern(list(knowledge.titles))
        self.people = {name.lower(): e for e in knowledge.entries.values() if e.kind == "PERSON"
                       for name in (e.name, *e.aliases)}
        self.handlers = {STATE: resolve_state, DEMONYM: resolve_demonym, CAPITAL: resolve_capital,
                         "SEAT": resolve_seat, "ORG": resolve_entry, "GROUP": resolve_entry, "MEDIA": resolve_entry}

    def __call__(self, doc: Doc, skip: Sequence[tuple[int, int]] = (),
                 outlets: Sequence[tuple[str, str]] = ()) -> list[Actor]:
        """The article's actors; ``skip`` are credit lines, ``outlets`` the (field, name) of its source and via."""
        hits = [h for h in self.lexicon.find(doc) if not _skipped(doc[h.start:h.end], skip)]
        ctx = Context(doc=doc, hits=hits, knowledge=self.knowledge)
        homeless = self._people(ctx, skip)
        for hit in hits:
            if hit.label == SECTOR:
                resolve_sector(ctx, hit)
        for hit in hits:
            handler = self.handlers.get(hit.label)
            if handler is not None:
                handler(ctx, hit)
        resolve_members(ctx)
        self._organizations(ctx, skip)
        link_acronyms(ctx)
        resolve_heads(ctx)
        resolve_repeats(ctx)
        merge_generic(ctx)
        merge_definite(ctx)
        merge_officers(ctx)
        merge_anaphors(ctx)
        resolve_misspelt(ctx)
        home_countries(ctx, homeless, _dateline_country(ctx))
        for field, name in outlets:
            add_publisher(ctx, self.lexicon, name, field)
        return ctx.book.actors()

    def _people(self, ctx: Context, skip: Sequence[tuple[int, int]]) -> list[Draft]:
        """Known people by name ("Putin"), then every other person name, merged into one actor per person.
        A longer name around a known one is someone else ("Hafez al-Assad" is not Bashar al-Assad). Returns the
        officials whose title names no country."""
        known: list[tuple[SpacySpan, Entry | None]] = [
            (ctx.span(h), self.knowledge.entries[h.key]) for h in ctx.hits if h.label == "PERSON" and not ctx.owned(h)
        ]
        taken = [h for h in ctx.hits
                 if (h.label not in {SECTOR, "PERSON"} or not ctx.owned(h)) and not _surname(ctx, h)]
        names: list[tuple[SpacySpan, Entry | None]] = []
        places = {e.text for e in ctx.ents if e.label_ in {"GPE", "LOC", "FAC"}}
        for ent in ctx.ents:
            if ent.text in places or "\n" in ent.text:
                continue
            personal = (ent.label_ == "PERSON" and not self._placelike(ent)) or (
                ent.label_ in {"ORG", "GPE", "NORP"} and self._titled(ent))
            name = strip_name(ent, self.knowledge.strip) if personal else None
            if name is not None and not _skipped(name, skip) and not _claimed(name, taken):
                names.append((name, self.people.get(name.text.lower())))
        people = []
        for person in cluster(known + names):
            if is_company(person, self.knowledge):
                self._company(ctx, person)
            else:
                people.append(person)
        homeless = []
        for person in people:
            self._person(ctx, person)
            draft = ctx.book.drafts[f"person:{person.name}"]
            if draft.country is None and draft.sector in _HOME_SECTORS and person.entry is None:
                homeless.append(draft)
        _first_names(ctx, people)
        resolve_descriptions(ctx, self.titles)
        return homeless

    def _company(self, ctx: Context, person: Person) -> None:
        """A name tagged as a person that names a company: an organization, joined later by its ORG mentions."""
        name = surface(person.name)
        kind: ActorType = next((t for pattern, t in _ORG_TYPES if pattern.search(name)), "ORG")
        draft = ctx.book.draft(f"org:{name.lower()}", name, kind)
        for span in person.spans:
            ctx.add(draft, span.start, span.end)
            draft.country = draft.country or next(
                (found[1].iso3 for i in range(span.start, span.end) if (found := ctx.country_hit(i)) is not None), None)

    def _placelike(self, ent: SpacySpan) -> bool:
        """A one-word "person" the sentence uses as a place ("in Mandera", "the Sahel region", "Dadaab and Kakuma
        camps", "Kismayo, her hometown")."""
        if len(ent) != 1 or ent.text.lower() in self.people:
            return False
        place_nouns = self.knowledge.place_nouns
        after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        root = ent.root
        first = root.head if root.dep_ == "conj" else root  # "Dadaab and Kakuma camps": Kakuma is Dadaab's conjunct
        return ((after is not None and after.lower_ in place_nouns)
                or (root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE)
                or (first.dep_ in {"compound", "nmod"} and first.head.lower_ in place_nouns)
                or any(c.dep_ == "appos" and c.lower_ in place_nouns for c in root.children))

    def _titled(self, ent: SpacySpan) -> bool:
        """A name spaCy did not tag as a person but the text gives a person's title ("X, a senior adviser")."""
        if not 2 <= len(ent) <= 4 or not all(t.pos_ in {"PROPN", "PUNCT"} for t in ent):
            return False
        root, titles = ent.root, self.knowledge.titles
        before = ent.doc[ent.start - 1] if ent.start else None
        return (any(c.dep_ == "appos" and c.lower_ in titles for c in root.children)
                or (root.dep_ == "appos" and root.head.lower_ in titles)
                or (before is not None and before.lower_ in titles and ent.start <= before.head.i < ent.end))

    def _person(self, ctx: Context, person: Person) -> None:
        entry = person.entry
        draft = ctx.book.draft(f"person:{person.name}", person.name, "PERSON",
                               wikidata=entry.wikidata if entry else None)
        for span in sorted(person.spans, key=lambda s: s.start):
            ctx.add(draft, span.start, span.end)
            for role in role_spans(span):
                ctx.in_role.update(range(role.start, role.end))
                if draft.role is None:
                    draft.role = role.text
                    draft.country, draft.sector, draft.code = self._affiliation(ctx, role)
        if entry is not None:
            draft.role = draft.role or entry.role
            draft.country = draft.country or entry.country
            draft.sector = draft.sector or entry.sector
            draft.code = code(draft.country, draft.sector) if draft.country else draft.code or entry.code

    def _affiliation(self, ctx: Context, role: SpacySpan) -> tuple[str | None, str | None, str | None]:
        """Country, sector and code a role names: "senior assistant to the Iranian foreign minister" -> IRN, GOV."""
        title = self.titles.search(role.text)
        sector = self.knowledge.titles.get(title.group(0).lower()) if title else None
        for i in range(role.start, role.end):
            found = ctx.country_hit(i)
            if found is not None:
                return found[1].iso3, sector, code(found[1].iso3, sector)
            hit = ctx.hit_at.get(i)
            if hit is not None and hit.label in {CAPITAL, "SEAT"}:
                iso3 = hit.key if hit.label == CAPITAL else self.knowledge.entries[hit.key].country
                return iso3, sector, code(iso3, sector)
            entry = organization_at(ctx, ctx.doc[i])
            if entry is not None:
                sector = sector if sector not in {None, "GOV"} else member_sector(entry, sector)
                return entry.country, sector, member_code(entry, sector)
        return None, sector, code(None, sector)

    def _organizations(self, ctx: Context, skip: Sequence[tuple[int, int]]) -> None:
        """Named organizations the data does not know, typed from their names; person names spaCy mislabels
        as organizations join their person; a name tagged as a place elsewhere in the article is a place."""
        places = {e.text for e in ctx.ents if e.label_ in {"GPE", "LOC", "FAC"}}
        people = [(Person(name=d.name), d) for d in ctx.book.drafts.values() if d.type == "PERSON"]
        for ent in ctx.ents:
            if ent.text in places and ent.label_ == "ORG":
                continue
            if ent.label_ not in {"ORG", "NORP", "GPE"} or _skipped(ent, skip) or not ctx.free(ent.start, ent.end):
                continue
            if "\n" in ent.text:
                continue  # the parse ran a name over a paragraph break ("on X.\n\nDoctors")
            text = ent.text
            person = next((d for p, d in people if len(text) >= 5 and p.matches(text)), None)
            if person is not None:
                ctx.add(person, ent.start, ent.end)
            elif ent.label_ == "ORG" and self._unknown_organization(ctx, ent):
                self._organization(ctx, ent)

    def _unknown_organization(self, ctx: Context, ent: SpacySpan) -> bool:
        """An ORG entity no lexicon name touches but a state, demonym or capital inside a longer name ("Export
        Development Canada"), not used as a location ("on the edge of El Fasher")."""
        hit_at = ctx.hit_at
        touched = {hit_at[i] for i in range(ent.start, ent.end) if i in hit_at}
        inside = not touched or all(h.label in {STATE, DEMONYM, CAPITAL} and ctx.owned(h) for h in touched)
        return inside and usage(ent, self.knowledge.place_nouns) != PLACE

    def _organization(self, ctx: Context, ent: SpacySpan) -> None:
        ent = _before_parenthesis(ent)
        name = surface(ent.text)
        if not name or not any(c.isupper() for c in name):
            return
        kind: ActorType = next((t for pattern, t in _ORG_TYPES if pattern.search(name)), "ORG")
        draft = _short_form_of(ctx, name) or ctx.book.draft(f"org:{name.lower()}", name, kind)
        if draft.country is None and draft.type != "PERSON":
            draft.country = next((found[1].iso3 for i in range(ent.start, ent.end)
                                  if (found := ctx.country_hit(i)) is not None), None)
        ctx.add(draft, ent.start, ent.end)


def _before_parenthesis(ent: SpacySpan) -> SpacySpan:
    """An entity the parse ran into a parenthesis ("Institute of Fiscal Studies (IFSD") ends before it."""
    cut = next((t.i for t in ent if t.text == "(" and t.i > ent.start), None)
    return ent.doc[ent.start:cut] if cut is not None else ent


def _short_form_of(ctx: Context, name: str) -> Draft | None:
    """"The Council" after "the UN Security Council": a one-word name that ends the name (or a mention) of
    exactly one organization of the article is that organization ("the House" is no short form of the White
    House, a seat of government)."""
    if " " in name or not name[:1].isupper():
        return None
    found = [d for d in ctx.book.drafts.values()
             if d.type != "PERSON" and d.name != name and not d.key.startswith("seat:")
             and any(f" {name}" in written and surface(written).endswith(f" {name}")
                     for written in (d.name, *d.mentions.values()))]
    return found[0] if len(found) == 1 else None


def _claimed(name: SpacySpan, hits: Sequence[Hit]) -> bool:
    """Whether another actor's words overlap a person's name; a word strictly inside the name does not count
    ("Mohammed Shia al-Sudani" is a person, not the Shia)."""
    return any(h.start < name.end and name.start < h.end and not name.start < h.start < h.end < name.end
               for h in hits)


def _first_names(ctx: Context, people: list[Person]) -> None:
    """A first name standing alone ("Joseph said") is a mention of the one person of the article it begins."""
    firsts: dict[str, list[str]] = {}
    for person in people:
        words = person.name.split()
        for word in words[1:]:
            firsts.setdefault(word, []).append("")
        if len(words) > 1 and len(words[0]) >= 3 and words[0][0].isupper():
            firsts.setdefault(words[0], []).append(person.name)
    doc = ctx.doc
    for i in ctx.tokens_of(firsts, exact=True):
        token, owners = doc[i], firsts[doc[i].text]
        if len(owners) != 1 or not owners[0] or token.pos_ != "PROPN" or not ctx.free(i, i + 1):
            continue
        if any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" for j in (token.i - 1, token.i + 1)):
            continue
        ctx.add(ctx.book.drafts[f"person:{owners[0]}"], token.i, token.i + 1)


def _surname(ctx: Context, hit: Hit) -> bool:
    """A state's or capital's name ending a longer person name is a surname ("Michael Jordan", "Shamsa Aden")."""
    doc = ctx.doc
    return (hit.label in {STATE, CAPITAL} and hit.start > 0 and doc[hit.start].ent_type_ == "PERSON"
            and doc[hit.start].ent_iob_ == "I" and (hit.end == len(doc) or doc[hit.end].ent_iob_ != "I"))


def _dateline_country(ctx: Context) -> str | None:
    """The country of a capital opening the article as its dateline ("TEHRAN –", "KABUL (AP) —")."""
    first = next((h for h in ctx.hits if h.start < 3), None)
    if first is None or first.label != CAPITAL:
        return None
    return first.key if usage(ctx.span(first)) == PLACE else None


def _skipped(span: SpacySpan, skip: Sequence[tuple[int, int]]) -> bool:
    return any(start < span.end_char and span.start_char < end for start, end in skip)
