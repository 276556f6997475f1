"""Near-duplicate articles (syndicated copies, light edits, "REPRINT:" prefixes) with MinHash and LSH.

Each original's MinHash is kept in the store, so a later ingest rebuilds the index and links copies to an
original seen in an earlier run. LSH proposes candidates (estimated Jaccard ≥ ``CANDIDATE``); each is confirmed on
the texts themselves: a copy shares at least half of the two texts' word 3-grams (Jaccard ≥ ``THRESHOLD``), or is
a cut of the other (``CONTAINED`` of the shorter text's 3-grams, with at least ``MIN_CONTAINED`` of them, are in
the longer). The most similar confirmed candidate is the original.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 3
CANDIDATE = 0.3
THRESHOLD = 0.5
CONTAINED = 0.8
MIN_CONTAINED = 40
#: Originals whose 3-grams stay in memory for confirming candidates (a copy's original is often recent).
KEEP_SHINGLES = 512
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


def signature(text: str | set[bytes]) -> LeanMinHash:
    minhash = MinHash(num_perm=NUM_PERM)
    minhash.update_batch(list(shingles(text) if isinstance(text, str) else text))
    return LeanMinHash(minhash)


def to_bytes(minhash: LeanMinHash) -> bytes:
    return np.asarray(minhash.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes) -> LeanMinHash:
    return LeanMinHash(seed=1, hashvalues=np.frombuffer(data, dtype=np.uint64))


def similarity(a: set[bytes], b: set[bytes]) -> float:
    """Jaccard similarity, or the containment of the shorter set when it is a cut of the longer; 0 below both."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    jaccard = common / (len(a) + len(b) - common)
    if jaccard >= THRESHOLD:
        return jaccard
    shorter = min(len(a), len(b))
    contained = common / shorter
    return contained if shorter >= MIN_CONTAINED and contained >= CONTAINED else 0.0


class Deduper:
    """An LSH index of originals, keyed by content hash; ``text_of(key)`` gives an original's text back."""

    def __init__(self, text_of: Callable[[str], str | None]) -> None:
        self.text_of = text_of
        self.lsh = MinHashLSH(threshold=CANDIDATE, num_perm=NUM_PERM)
        self.keys: set[str] = set()
        self._grams: OrderedDict[str, set[bytes]] = OrderedDict()

    def __len__(self) -> int:
        return len(self.keys)

    def add(self, key: str, minhash: LeanMinHash) -> None:
        if key not in self.keys:
            self.lsh.insert(key, minhash)
            self.keys.add(key)

    def original_of(self, text: str, minhash: LeanMinHash | None = None) -> tuple[str, float] | None:
        """The most similar original that ``text`` copies, with the similarity; None when it copies none."""
        grams = shingles(text)
        best: tuple[str, float] | None = None
        for key in self.lsh.query(minhash or signature(grams)):
            score = similarity(grams, self._shingles_of(key))
            if score and (best is None or score > best[1]):
                best = (key, round(score, 4))
        return best

    def _shingles_of(self, key: str) -> set[bytes]:
        """An original's 3-grams, from its text; the most recently used are kept."""
        if key in self._grams:
            self._grams.move_to_end(key)
            return self._grams[key]
        text = self.text_of(key)
        self._grams[key] = shingles(text) if text else set()
        if len(self._grams) > KEEP_SHINGLES:
            self._grams.popitem(last=False)
        return self._grams[key]
