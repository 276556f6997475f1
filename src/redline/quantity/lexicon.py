"""Units, approximators and casualty words of quantities, from data/quantities/units.yaml (loaded once)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from redline.resources import load_yaml

Bound = Literal["approx", "min", "max"]


@dataclass(frozen=True)
class UnitLexicon:
    #: surface form (lower case) -> canonical unit
    units: dict[str, str]
    currency_symbols: dict[str, str]
    person_nouns: frozenset[str]
    #: casualty word (lemma or form) -> category ("killed", "wounded" …), first category wins
    casualties: dict[str, str]
    approximators: dict[str, Bound]
    label_nouns: frozenset[str]
    #: counted things that are never people ("13 rounds of tests", "two sentences")
    count_nouns: frozenset[str] = frozenset()
    #: approximator word -> verb forms it is a particle of ("hand over 18 captives")
    particle_verbs: dict[str, frozenset[str]] | None = None

    def unit(self, form: str) -> str | None:
        return self.units.get(" ".join(form.lower().split()))


@lru_cache(maxsize=1)
def load_units() -> UnitLexicon:
    raw = load_yaml("quantities/units.yaml")
    casualties: dict[str, str] = {}
    for category, words in raw["casualties"].items():
        for word in words:
            casualties.setdefault(str(word), str(category))
    return UnitLexicon(
        units={str(form).lower(): str(unit) for unit, forms in raw["units"].items() for form in forms},
        currency_symbols={str(k): str(v) for k, v in raw["currency_symbols"].items()},
        person_nouns=frozenset(str(w) for w in raw["person_nouns"]),
        casualties=casualties,
        approximators={str(k): v for k, v in raw["approximators"].items()},
        label_nouns=frozenset(str(w) for w in raw["label_nouns"]),
        count_nouns=frozenset(str(w).lower() for w in raw.get("count_nouns") or []),
        particle_verbs={str(word): frozenset(str(v).lower() for v in verbs)
                        for word, verbs in (raw.get("particle_verbs") or {}).items()},
    )
