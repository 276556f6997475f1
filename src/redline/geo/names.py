"""Name keys: the one normalization shared by the index and every lookup."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DROP = re.compile(r"[.'’`ʻ]")
_SPACE = re.compile(r"[\s\-‐‑–—_/,]+")
_LEADING_THE = re.compile(r"^the ")
_SHORT = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}
_SHORT_WORD = re.compile(r"\b(" + "|".join(_SHORT) + r")\b")


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """Lower-case ASCII key: accents folded, periods and apostrophes dropped, hyphens as spaces, no leading "the"."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    folded = _SPACE.sub(" ", _DROP.sub("", folded)).strip()
    return _SHORT_WORD.sub(lambda m: _SHORT[m.group(1)], _LEADING_THE.sub("", folded))


#: Countries whose place names carry the Arabic article ("Al Qamishli", "Ar Raqqah") that news often drops.
ARABIC_COUNTRIES = frozenset({"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA",
                              "SD", "SY", "TN", "YE"})
_ARTICLE = re.compile(r"^(?:al|ar|as|ash|ad|adh|at|ath|az|an|el|ed|es|en|et|ez) (?=\w{4})")


def without_article(key: str) -> str | None:
    """A key without its Arabic article ("al qamishli" → "qamishli"), or None if it has none."""
    stripped = _ARTICLE.sub("", key)
    return stripped if stripped != key else None


def is_latin(key: str) -> bool:
    """Whether a key is plain Latin script with at least two letters (what English news can spell)."""
    return key.isascii() and sum(ch.isalpha() for ch in key) >= 2


#: English adjective endings of place names and the endings of the names ("Sicilian" → "Sicily", "Havanese" →
#: "Havana", "Siberian" → "Siberia", "Iraqi" → "Iraq").
_ADJECTIVE_ENDINGS = (("ian", "ia"), ("ian", "y"), ("ean", "ea"), ("an", "a"), ("ese", "a"), ("ese", ""),
                      ("i", ""))
_ADJECTIVE = re.compile(r"^[A-Z][a-z]{3,}$")


def adjective_stems(word: str) -> list[str]:
    """The place names a one-word adjective may be formed from, most likely first (none for other words)."""
    if not _ADJECTIVE.match(word):
        return []
    return [word[: -len(end)] + stem for end, stem in _ADJECTIVE_ENDINGS if word.endswith(end)]
