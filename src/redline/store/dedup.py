"""Near-duplicate articles (syndicated copies, light edits, "REPRINT:" prefixes) with MinHash and LSH.

Each original's MinHash is kept in the store, so a later ingest rebuilds the index and links copies to an
original seen in an earlier run. A copy is linked to the most similar original above ``threshold`` (Jaccard
similarity of word 3-gram sets, estimated from the MinHash and confirmed on the candidates LSH returns).
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 3
THRESHOLD = 0.5
#: Labels that syndication puts before a copy's text; they say nothing about its content.
_PREFIX = re.compile(
    r"^\s*(?:(?:reprint|repost|republished|update[d]?|corrected|correction|exclusive|breaking|analysis)\s*[:\-–—]\s*)+",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    """The word 3-grams of the text, lowercased, with syndication prefixes removed."""
    words = _WORD.findall(_PREFIX.sub("", text).lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> LeanMinHash:
    minhash = MinHash(num_perm=NUM_PERM)
    minhash.update_batch(list(shingles(text)))
    return LeanMinHash(minhash)


def to_bytes(minhash: LeanMinHash) -> bytes:
    return np.asarray(minhash.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes) -> LeanMinHash:
    return LeanMinHash(seed=1, hashvalues=np.frombuffer(data, dtype=np.uint64))


class Deduper:
    """An LSH index of originals, keyed by content hash."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.minhashes: dict[str, LeanMinHash] = {}

    def __len__(self) -> int:
        return len(self.minhashes)

    def add(self, key: str, minhash: LeanMinHash) -> None:
        if key not in self.minhashes:
            self.lsh.insert(key, minhash)
            self.minhashes[key] = minhash

    def original_of(self, minhash: LeanMinHash) -> tuple[str, float] | None:
        """The most similar original at or above the threshold, with its estimated similarity."""
        best: tuple[str, float] | None = None
        for key in self.lsh.query(minhash):
            similarity = float(minhash.jaccard(self.minhashes[key]))
            if similarity >= self.threshold and (best is None or similarity > best[1]):
                best = (key, similarity)
        return best
