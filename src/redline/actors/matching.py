"""One pass of spaCy phrase matchers over a parsed article: every known actor name, demonym, capital and sector
phrase, longest match first. The matchers are built once per process from the actor knowledge."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from redline.actors.knowledge import Knowledge

#: Labels of a hit; entry kinds (ORG, GROUP, MEDIA, PERSON, SEAT) are labels too.
STATE, DEMONYM, CAPITAL, SECTOR, BLOCK = "STATE", "DEMONYM", "CAPITAL", "SECTOR", "BLOCK"


@dataclass(frozen=True)
class Hit:
    """A lexicon match: tokens ``[start, end)`` of the doc, its label and the key of what it names."""

    label: str
    key: str
    start: int
    end: int


def _exact(term: str) -> bool:
    """Acronyms (UN, U.S., HTS, LeT) match only as written; other names match in any case."""
    return " " not in term and sum(c.isupper() for c in term) >= 2


def _terms(knowledge: Knowledge) -> Iterator[tuple[str, str, str]]:
    """(label, key, surface) for everything the lexicon knows."""
    for state in knowledge.states.values():
        for name in (state.name, *state.aliases):
            yield STATE, state.iso3, name
        for demonym in state.demonyms:
            yield DEMONYM, state.iso3, demonym
        for capital in state.capitals:
            yield CAPITAL, state.iso3, capital
    for entry in knowledge.entries.values():
        for name in (entry.name, *entry.aliases):
            yield entry.kind, entry.key, name
    for sector in knowledge.sectors.values():
        for phrase in sector.phrases:
            yield SECTOR, sector.code, phrase
    for phrase in knowledge.not_actors:
        yield BLOCK, "", phrase


class Lexicon:
    """Finds every lexicon term in a doc: a case-insensitive matcher and a case-sensitive one for acronyms."""

    def __init__(self, nlp: Language, knowledge: Knowledge) -> None:
        self.nlp = nlp
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        patterns: dict[tuple[bool, str], list[str]] = defaultdict(list)
        seen: set[tuple[str, str]] = set()
        for label, key, surface in _terms(knowledge):
            if (label, surface.lower()) in seen and label == DEMONYM:
                continue  # a demonym shared by two states names the first (Congolese -> DR Congo)
            seen.add((label, surface.lower()))
            patterns[(_exact(surface), f"{label}\t{key}")].append(surface)
        for (exact, match_id), surfaces in patterns.items():
            matcher = self.exact if exact else self.lower
            matcher.add(match_id, [nlp.make_doc(surface) for surface in surfaces])

    def find(self, doc: Doc) -> list[Hit]:
        """Non-overlapping hits (longest wins), in text order; blocked phrases stay as BLOCK hits so that nothing
        inside them becomes an actor."""
        spans = [SpacySpan(doc, s, e, label=m) for m, s, e in [*self.lower(doc), *self.exact(doc)]]
        hits = []
        for span in filter_spans(spans):
            label, key = span.label_.split("\t", 1)
            if label not in {SECTOR, BLOCK} and not any(c.isupper() for c in span.text):
                continue
            hits.append(Hit(label, key, span.start, span.end))
        return sorted(hits, key=lambda h: h.start)
