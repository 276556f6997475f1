"""The words of time expressions, from data/timex/vocab.yaml (loaded once)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from redline.resources import load_yaml

Role = Literal["point", "deadline", "start", "end"]


@dataclass(frozen=True)
class TimeVocab:
    months: dict[str, int]
    weekdays: dict[str, int]
    #: unit (singular) -> TIMEX3 letter; clock units take the "PT" prefix.
    units: dict[str, str]
    clock_units: frozenset[str]
    unit_plurals: dict[str, str]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    numbers: dict[str, float]
    vague_numbers: tuple[str, ...]
    ordinals: dict[str, int]
    references: dict[str, str]
    day_words: dict[str, int]
    sets: dict[str, str]
    roles: dict[str, Role]
    future_auxiliaries: frozenset[str]
    future_heads: frozenset[str]
    holidays: dict[str, str]

    def unit(self, word: str) -> str | None:
        """The singular unit for a unit word ("years" → "year"), or None."""
        low = word.lower()
        return low if low in self.units else self.unit_plurals.get(low)


@lru_cache(maxsize=1)
def load_vocab() -> TimeVocab:
    raw: dict[str, Any] = load_yaml("timex/vocab.yaml")
    units = raw["units"]
    return TimeVocab(
        months=_lower(raw["months"]),
        weekdays=_lower(raw["weekdays"]),
        units={k: v["code"] for k, v in units.items()},
        clock_units=frozenset(k for k, v in units.items() if v.get("clock")),
        unit_plurals=_lower(raw["unit_plurals"]),
        seasons=_lower(raw["seasons"]),
        parts_of_day=_lower(raw["parts_of_day"]),
        numbers={str(k): float(v) for k, v in raw["numbers"].items()},
        vague_numbers=tuple(raw["vague_numbers"]),
        ordinals=_lower(raw["ordinals"]),
        references=_lower(raw["references"]),
        day_words=_lower(raw["day_words"]),
        sets=_lower(raw["sets"]),
        roles=_lower(raw["roles"]),
        future_auxiliaries=frozenset(str(w) for w in raw["future_auxiliaries"]),
        future_heads=frozenset(str(w) for w in raw["future_heads"]),
        holidays={str(k).lower(): str(v) for k, v in raw["holidays"].items()},
    )


def _lower(mapping: dict[Any, Any]) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in mapping.items()}
