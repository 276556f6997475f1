"""Near-duplicates: syndicated copies and light edits link to their original; distinct stories do not."""

from __future__ import annotations

import pytest

from conftest import fixture_text
from redline.store import dedup

ORIGINAL = fixture_text("store_border-talks.txt")
DISTINCT = [fixture_text("store_border-shooting.txt"), fixture_text("store_aid-convoy.txt"),
            "Kyrgyzstan and Tajikistan held a fresh round of border talks on Monday in Batken, officials said, but "
            "the delegations failed to agree on how to share water from the reservoir that feeds both countries' "
            "fields. Kyrgyz Deputy Foreign Minister Almaz Imangaziev said the next meeting would be in Dushanbe."]
COPIES = {
    "reprint prefix": "REPRINT: " + ORIGINAL,
    "several prefixes": "UPDATE - Exclusive: " + ORIGINAL,
    "light edits": ORIGINAL.replace("on Monday", "on Feb. 10").replace("more than 100", "over 100")
                           .replace("told reporters", "said"),
    "credit line added": ORIGINAL + "\n(Reporting by the redline desk; editing by a partner agency)",
    "last paragraph cut": ORIGINAL.rsplit("\n\n", 1)[0],
    "reflowed": " ".join(ORIGINAL.split()),
    "first paragraphs only": ORIGINAL.rsplit("\n\n", 2)[0],
}


def index_of(texts: dict[str, str]) -> dedup.Deduper:
    index = dedup.Deduper(texts.get)
    for key, text in texts.items():
        index.add(key, dedup.signature(text))
    return index


@pytest.mark.parametrize("name", list(COPIES))
def test_dedup_links_copies(name: str) -> None:
    match = index_of({"original": ORIGINAL}).original_of(COPIES[name])
    assert match is not None and match[0] == "original"
    assert match[1] >= dedup.THRESHOLD


@pytest.mark.parametrize("text", DISTINCT)
def test_dedup_keeps_distinct_stories_on_the_same_topic_apart(text: str) -> None:
    assert index_of({"original": ORIGINAL}).original_of(text) is None


def test_dedup_picks_the_most_similar_original() -> None:
    index = index_of({"talks": ORIGINAL, "shooting": DISTINCT[0]})
    match = index.original_of(COPIES["light edits"])
    assert match is not None and match[0] == "talks"


def test_dedup_links_a_cut_copy_by_containment() -> None:
    first_half = ORIGINAL[: len(ORIGINAL) // 2]
    match = index_of({"original": ORIGINAL}).original_of(first_half)
    assert match is not None and match[1] >= dedup.CONTAINED


@pytest.mark.parametrize(("a", "b", "expected"), [
    ({b"x"}, set(), 0.0), ({b"a", b"b"}, {b"a", b"b"}, 1.0), ({b"a", b"b", b"c"}, {b"a", b"d", b"e"}, 0.0),
])
def test_dedup_similarity(a: set[bytes], b: set[bytes], expected: float) -> None:
    assert dedup.similarity(a, b) == expected


def test_dedup_signature_survives_storage() -> None:
    signature = dedup.signature(ORIGINAL)
    assert dedup.from_bytes(dedup.to_bytes(signature)).jaccard(signature) == 1.0


@pytest.mark.parametrize(("text", "count"), [("", 0), ("one two", 1), ("a b c d", 2), ("REPRINT: a b c", 1)])
def test_dedup_shingles(text: str, count: int) -> None:
    assert len(dedup.shingles(text)) == count
