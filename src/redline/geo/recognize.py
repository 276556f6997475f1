"""Toponym recognition over the shared spaCy parse: GPE/LOC/FAC entities, other entities that repeat a place name
the text already uses, and proper nouns the gazetteer knows as a country, first-level unit, region or large city.
Place names inside organization names ("Tehran Times") stay with the organization; demonyms are not places.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from redline.geo.index import Gazetteer
from redline.geo.names import name_key

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Labels the small model sometimes puts on a place name ("the Idlib matter" as ORG).
_RELABELED = frozenset({"ORG", "PERSON"})
_STRONG_FEATURES = frozenset({"PCLI", "ADM1", "CONT", "RGN", "TERR", "ZN", "PEN", "SEA", "GULF", "STRT"})
_BIG_CITY = 100_000
_MAX_WORDS = 4


def toponym_spans(doc: Doc, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Character spans of the place names in ``doc``, in text order."""
    spans = [_trim(ent) for ent in doc.ents if ent.label_ in PLACE_LABELS]
    known = {name_key(doc.text[s:e]) for s, e in spans}
    spans += [(ent.start_char, ent.end_char) for ent in doc.ents
              if ent.label_ in _RELABELED and name_key(ent.text) in known]
    spans += list(_gazetteer_names(doc, gazetteer))
    return sorted(set(spans))


def _trim(ent: Span) -> tuple[int, int]:
    """An entity's span without a leading "the" and a trailing possessive."""
    start, end = ent.start, ent.end
    if ent[0].lower_ == "the" and len(ent) > 1:
        start += 1
    if end - start > 1 and ent.doc[end - 1].tag_ == "POS":
        end -= 1
    return ent.doc[start].idx, ent.doc[end - 1].idx + len(ent.doc[end - 1].text)


def _gazetteer_names(doc: Doc, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Runs of capitalized proper nouns outside every entity that name a well-known place."""
    covered = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    i = 0
    while i < len(doc):
        run = _proper_run(doc, i, covered)
        found = next(((i, j) for j in range(run, i, -1) if _well_known(doc[i:j].text, gazetteer)), None)
        if found:
            yield doc[found[0]].idx, doc[found[1] - 1].idx + len(doc[found[1] - 1].text)
        i = max(run, i + 1)


def _proper_run(doc: Doc, start: int, covered: set[int]) -> int:
    end = start
    while (end < len(doc) and end - start < _MAX_WORDS and end not in covered
           and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()):
        end += 1
    return end


def _well_known(name: str, gazetteer: Gazetteer) -> bool:
    return any(not c.alias and (c.feature in _STRONG_FEATURES or c.population >= _BIG_CITY)
               for c in gazetteer.candidates(name))
