"""Recognition of the curated names (conflict sites, crossings, seas; see ``data/geo/regions.yaml`` and user
gazetteer files) that the parser splits or labels as something else: "Second Thomas Shoal" (an ordinal and a
noun), "the Zaporizhzhia nuclear plant" (a city and two nouns), "Kerem Shalom" (an organization).

Only names of two or more words (or hyphenated ones) are matched, and not buildings, whose names are mostly bodies
("the White House said"); one-word names are left to the parser and the gazetteer lookup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from redline.geo import sources

#: Features whose curated names are bodies more often than places.
_BODIES = frozenset({"BLDG"})
_PERSON = frozenset({"PERSON"})


def curated_names(paths: Iterable[Path] = ()) -> list[str]:
    """The multiword (or hyphenated) names and aliases of curated places that are not buildings."""
    names = {name for entry in sources.curated(paths) if entry.feature not in _BODIES
             for name in entry.names + entry.aliases if " " in name.strip() or "-" in name}
    return sorted(names)


class CuratedMatcher:
    """Finds curated names in a parse, capitalized as names (their first letter upper case)."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = names
        self._matcher: PhraseMatcher | None = None
        self._vocab: Vocab | None = None

    def spans(self, doc: Doc) -> list[tuple[int, int]]:
        """Character spans of curated names in ``doc``, longest first where they overlap, none inside a longer
        person's name ("Kerem Shalom Cohen")."""
        matcher = self._matcher_for(doc)
        persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _PERSON]
        found: list[tuple[int, int]] = []
        for _, start, end in sorted(matcher(doc), key=lambda m: (m[1] - m[2], m[1])):
            span = doc[start:end]
            if not span.text[:1].isupper() or _inside_longer(span.start_char, span.end_char, persons):
                continue
            if not _overlaps(span.start_char, span.end_char, found):
                found.append((span.start_char, span.end_char))
        return sorted(found)

    def _matcher_for(self, doc: Doc) -> PhraseMatcher:
        """The matcher for ``doc``'s vocabulary, its patterns cut by the English tokenizer as the text is."""
        if self._matcher is None or self._vocab is not doc.vocab:
            tokenizer = English(vocab=doc.vocab).tokenizer
            matcher = PhraseMatcher(doc.vocab, attr="LOWER")
            matcher.add("CURATED", [tokenizer(name) for name in self.names])
            self._matcher, self._vocab = matcher, doc.vocab
        return self._matcher


def merged(spans: Sequence[tuple[int, int]], curated: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each curated span added: it replaces the spans it overlaps ("Zaporizhzhia" of "the
    Zaporizhzhia nuclear plant") and yields to a longer one that holds it."""
    added = [c for c in curated if not _inside_longer(c[0], c[1], spans)]
    kept = [s for s in spans if not _overlaps(s[0], s[1], added)]
    return sorted(kept + added)


def _inside_longer(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e and e - s > end - start for s, e in spans)


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)
