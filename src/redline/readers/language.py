"""A light English check: function-word share and script, no model download."""

from __future__ import annotations

import re

from redline.errors import UnsupportedLanguageError
from redline.resources import word_set

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: Share of English function words below which a text is taken as not English (English news: ~0.35-0.5).
MIN_SHARE = 0.12
MIN_WORDS = 8


def english_share(text: str) -> tuple[float, int]:
    words = _WORD.findall(text[:20000].lower())
    if not words:
        return 0.0, 0
    stop = word_set("stopwords_en.txt")
    return sum(1 for w in words if w in stop) / len(words), len(words)


def check_english(text: str, name: str) -> None:
    share, count = english_share(text)
    if count < MIN_WORDS:
        return
    if share < MIN_SHARE:
        raise UnsupportedLanguageError(
            f"{name} does not look like English ({share:.0%} English function words); unsupported language.",
            hint="redline analyzes English text; translate it first, or set REDLINE_SKIP_LANGUAGE_CHECK=1.",
        )
