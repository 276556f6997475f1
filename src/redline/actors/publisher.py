"""The outlet that publishes or relays the article (``article.source``, ``article.via``) as a MEDIA actor with no
mention: it is who reports the article. The credit footer's text itself never yields mentions."""

from __future__ import annotations

import re

from redline.actors.book import Draft
from redline.actors.context import Context
from redline.actors.matching import DEMONYM, STATE, Lexicon

#: Words that make an unknown name an outlet ("Kenya News Agency", "The Daily Star", "Radio Free Asia").
OUTLET = re.compile(
    r"\b(news|agency|press|times|post|herald|gazette|tribune|journal|daily|telegraph|chronicle|observer|courier|"
    r"dispatch|tv|television|radio|broadcasting|broadcaster|newspaper|newswire)\b",
    re.IGNORECASE,
)
_MINOR = frozenset({"a", "an", "the", "of", "and", "for", "in", "on", "de", "al", "el"})


def looks_like_outlet(name: str) -> bool:
    """A proper name (its main words capitalized) with a word that names an outlet or agency."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    proper = all(w[0].isupper() or w.lower() in _MINOR or not w[0].isalpha() for w in words)
    return bool(words) and proper and OUTLET.search(name) is not None


def add_publisher(ctx: Context, lexicon: Lexicon, name: str, field: str) -> Draft | None:
    """The MEDIA actor of the outlet ``name``: the data's entry when known (merged with its mentions in the text),
    else a new outlet with the country its name gives ("Kenya News Agency" -> KEN); None if it is not an outlet."""
    name = " ".join(name.split())
    doc = lexicon.nlp.make_doc(name)
    hits = lexicon.find(doc)
    whole = next((h for h in hits if h.start == 0 and h.end == len(doc) and h.label == "MEDIA"), None)
    if whole is not None:
        entry = ctx.knowledge.entries[whole.key]
        draft = ctx.book.draft(entry.key, entry.name, entry.type, country=entry.country, sector=entry.sector,
                               code=entry.code, wikidata=entry.wikidata)
    elif looks_like_outlet(name):
        country = next((h.key for h in hits if h.label in {STATE, DEMONYM}), None)
        draft = ctx.book.draft(f"org:{name.lower()}", name, "MEDIA")
        draft.type = "MEDIA"
        draft.country = draft.country or country
        draft.sector, draft.code = "MED", f"{draft.country or ''}MED"
    else:
        return None
    draft.reports = True
    draft.role = draft.role or f"article {field}"
    return draft
