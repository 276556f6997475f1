"""Number words and digits to values: "three million" → 3e6, "2,500" → 2500, "two-thirds" → 0.667."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from redline.resources import load_yaml

#: The longest run of number words read as one number ("two hundred and fifty-three thousand"); a bound keeps
#: matching linear on text that repeats number words.
MAX_NUMBER_WORDS = 8
_SPLIT = re.compile(r"[\s\-–]+")
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_HALF = re.compile(r"\s+and\s+a\s+half\b")
_GLUED = re.compile(r"(\d)([a-z])")


@dataclass(frozen=True)
class NumberLexicon:
    """The number vocabulary of numbers.yaml, with regex alternations built from it."""

    ones: dict[str, float]
    tens: dict[str, float]
    scales: dict[str, float]
    scale_abbreviations: dict[str, float]
    collectives: dict[str, float]
    fractions: dict[str, float]
    vague: dict[str, tuple[float, float]]
    indefinite: dict[str, tuple[float, float | None]]

    @property
    def word_pattern(self) -> str:
        """One or more number words joined by spaces, hyphens or "and" ("two hundred and fifty")."""
        word = alternation([*self.ones, *self.tens, *self.scales, *self.collectives])
        return rf"(?:{word})\b(?:(?:\s+and\s+|[\s\-]+)(?:{word})\b){{0,{MAX_NUMBER_WORDS}}}"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the given words or phrases, longest first; spaces match any whitespace."""
    forms = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


@lru_cache(maxsize=1)
def load_numbers() -> NumberLexicon:
    raw = load_yaml("quantities/numbers.yaml")
    return NumberLexicon(
        ones={str(k): float(v) for k, v in raw["ones"].items()},
        tens={str(k): float(v) for k, v in raw["tens"].items()},
        scales={str(k): float(v) for k, v in raw["scales"].items()},
        scale_abbreviations={str(k): float(v) for k, v in raw["scale_abbreviations"].items()},
        collectives={str(k): float(v) for k, v in raw["collectives"].items()},
        fractions={str(k): float(v) for k, v in raw["fractions"].items()},
        vague={str(k): (float(v[0]), float(v[1])) for k, v in raw["vague"].items()},
        indefinite={str(k): (float(v[0]), None if v[1] is None else float(v[1])) for k, v in raw["indefinite"].items()},
    )


def parse_number(text: str, lexicon: NumberLexicon | None = None) -> float | None:
    """The value of a number written in digits, words or both ("3.5 million"); None if it is not one."""
    lex = lexicon or load_numbers()
    cleaned = _GLUED.sub(r"\1 \2", text.strip().lower())
    half = 0.5 if _HALF.search(cleaned) else 0.0
    words = _drop_article([w for w in _SPLIT.split(_HALF.sub("", cleaned)) if w and w != "and"], lex)
    if not words:
        return None
    total, current, seen = 0.0, 0.0, False
    for word in words:
        step = _step(word, lex, total, current)
        if step is None:
            return None
        total, current = step
        seen = True
    return total + current + half if seen else None


def _drop_article(words: list[str], lex: NumberLexicon) -> list[str]:
    """"a seven-day truce": a leading "a"/"an" before a number word is a determiner, not one."""
    if len(words) > 1 and words[0] in {"a", "an"} and (
            words[1] in lex.ones or words[1] in lex.tens or _DIGITS.match(words[1])):
        return words[1:]
    return words


def _step(word: str, lex: NumberLexicon, total: float, current: float) -> tuple[float, float] | None:
    """Fold one word into (total, current); None when the word is not part of a number."""
    if _DIGITS.match(word):
        return total, current + float(word.replace(",", ""))
    if word in {"a", "an"} and current:
        return total, current
    if word in lex.ones:
        return total, current + lex.ones[word]
    if word in lex.tens:
        return total, current + lex.tens[word]
    if word in lex.collectives:
        return total, (current or 1.0) * lex.collectives[word]
    if word in lex.fractions:
        return total, (current or 1.0) * lex.fractions[word]
    scale = lex.scales.get(word) or lex.scale_abbreviations.get(word)
    if scale is None:
        return None
    if scale < 1000:
        return total, (current or 1.0) * scale
    return total + (current or 1.0) * scale, 0.0
