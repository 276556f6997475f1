"""The actors of one article while they are being resolved: one draft per real entity, all its mentions."""

from __future__ import annotations

from dataclasses import dataclass, field

from redline.models import Actor, ActorType, Mention

_ARTICLES = ("the ", "The ")
_POSSESSIVE = ("'s", "’s", "'", "’")
_END = 1 << 62


def surface(text: str) -> str:
    """A mention's text as an alias: without a leading "the" or a trailing possessive."""
    for article in _ARTICLES:
        text = text.removeprefix(article)
    for mark in _POSSESSIVE:
        text = text.removesuffix(mark)
    return text.strip()


@dataclass
class Draft:
    key: str
    name: str
    type: ActorType
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    role: str | None = None
    wikidata: str | None = None
    named: bool = True
    #: the outlet that publishes or relays the article: an actor even with no mention in the text
    reports: bool = False
    mentions: dict[tuple[int, int], str] = field(default_factory=dict)

    def actor(self, actor_id: str) -> Actor:
        aliases: list[str] = []
        for _, text in sorted(self.mentions.items()):
            alias = surface(text)
            if alias and alias != self.name and alias not in aliases:
                aliases.append(alias)
        mentions = [Mention(start=s, end=e, text=t) for (s, e), t in sorted(self.mentions.items())]
        return Actor(id=actor_id, name=self.name, type=self.type, country=self.country, sector=self.sector,
                     code=self.code, aliases=aliases, mentions=mentions, role=self.role, wikidata=self.wikidata,
                     named=self.named)


class Book:
    """Drafts by key; a character range belongs to at most one actor."""

    def __init__(self) -> None:
        self.drafts: dict[str, Draft] = {}
        self.taken: set[tuple[int, int]] = set()

    def draft(self, key: str, name: str, type: ActorType, **fields: str | bool | None) -> Draft:
        found = self.drafts.get(key)
        if found is None:
            found = self.drafts[key] = Draft(key=key, name=name, type=type)
            for attribute, value in fields.items():
                setattr(found, attribute, value)
        return found

    def mention(self, draft: Draft, start: int, end: int, text: str) -> None:
        if (start, end) not in self.taken:
            self.taken.add((start, end))
            draft.mentions[(start, end)] = text

    def actors(self) -> list[Actor]:
        """Actors with at least one mention (or the article's outlet), in order of first mention, with ids a1, a2, …;
        an outlet named only by the article's metadata comes last."""
        drafts = sorted((d for d in self.drafts.values() if d.mentions or d.reports),
                        key=lambda d: min(d.mentions, default=(_END, _END)))
        return [draft.actor(f"a{i}") for i, draft in enumerate(drafts, start=1)]
