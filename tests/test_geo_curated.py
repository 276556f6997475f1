"""Curated multiword names (conflict sites, crossings, seas) recognized where the parser splits or mislabels them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from redline.geo.curated import CuratedMatcher, curated_names, merged
from redline.nlp import load_nlp
from redline.settings import Settings


@pytest.fixture(scope="module")
def nlp(settings: Settings) -> Language:
    return load_nlp(settings)


@pytest.fixture(scope="module")
def matcher() -> CuratedMatcher:
    return CuratedMatcher(curated_names())


def test_geo_curated_names_are_multiword_places_not_bodies() -> None:
    names = curated_names()
    assert "Second Thomas Shoal" in names and "Punggye-ri" in names
    assert "White House" not in names and "Darfur" not in names


@pytest.mark.parametrize(("text", "expected"), [
    ("Coast guard vessels fired water cannon near the Second Thomas Shoal on Tuesday, Manila said.",
     ["Second Thomas Shoal"]),
    ("Drones struck near the Zaporizhzhia nuclear plant overnight, the agency said.",
     ["Zaporizhzhia nuclear plant"]),
    ("Aid trucks crossed at Kerem Shalom and the Rafah crossing on Sunday.", ["Kerem Shalom", "Rafah crossing"]),
    ("Imagery showed new tunnels at the Punggye-ri nuclear test site.", ["Punggye-ri nuclear test site"]),
    ("the white house said the second thomas shoal talks would resume.", []),
])
def test_geo_curated_spans(nlp: Language, matcher: CuratedMatcher, text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in matcher.spans(nlp(text))] == expected


def test_geo_curated_not_inside_a_persons_name(nlp: Language, matcher: CuratedMatcher) -> None:
    doc = nlp("Kerem Shalom Cohen, a farmer, said the crossing was shut.")
    assert [e.label_ for e in doc.ents] == ["PERSON"]  # the parse this test relies on
    assert matcher.spans(doc) == []


def test_geo_curated_merged_replaces_shorter_spans() -> None:
    spans = [(0, 12), (20, 31), (40, 60)]
    curated = [(0, 26), (42, 50)]
    assert merged(spans, curated) == [(0, 26), (40, 60)]  # (42, 50) lies inside a longer span
