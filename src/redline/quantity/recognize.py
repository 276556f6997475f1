"""Finding quantities in text: numbers in digits or words, ranges, vague amounts and fractions, with units.

The grammar is a few regular expressions compiled once from the number and unit lexicons; overlapping matches
are resolved longest first. What a quantity counts is read from the parse afterwards (:mod:`.meaning`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redline.quantity.lexicon import Bound, UnitLexicon, load_units
from redline.quantity.numbers import NumberLexicon, alternation, load_numbers, parse_number

_SCALE_WORD = re.compile(r"\b(hundred|thousand|million|billion|trillion)\b|\d\s*(bn|mn|mln|m|k|tn)\b", re.I)


@dataclass(frozen=True)
class RawQuantity:
    """A quantity as written: its span, value or range, unit and how approximate it is."""

    start: int
    end: int
    kind: str
    value: float | None
    value_min: float | None
    value_max: float | None
    unit: str | None
    approximate: bool
    #: where the number itself starts (after "about", "between", "$")
    number_start: int = 0


class QuantityFinder:
    """Compiled once; ``find(text)`` returns every quantity-like span in text order, overlaps resolved."""

    def __init__(self, numbers: NumberLexicon | None = None, units: UnitLexicon | None = None) -> None:
        self.numbers = numbers or load_numbers()
        self.units = units or load_units()
        self.rules = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in self._patterns()]

    def _patterns(self) -> list[tuple[str, str]]:
        digits = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d|,\d|\.\d|st\b|nd\b|rd\b|th\b)"
        scale = rf"(?:\s*(?:{alternation(self.numbers.scales)})\b|(?:bn|mn|mln|m|k|tn)\b)"
        number = rf"(?:{digits}{scale}*|{self.numbers.word_pattern})"
        currency = rf"(?:{alternation(self.units.currency_symbols)})"
        unit = rf"(?:\s*|-)(?P<unit>%|(?:{alternation(self.units.units)})\b)"
        approx = rf"(?:(?P<approx>{alternation(self.units.approximators)})\s+)?"
        vague = alternation(self.numbers.vague)
        fraction = alternation(self.numbers.fractions)
        start = r"(?<![\w.,/\-$€£])"
        not_age = r"(?![\s-]+(?:years?|months?|weeks?|days?)[\s-]+old)"
        return [
            ("range", rf"{start}{approx}(?P<between>between\s+|from\s+)?(?P<cur>{currency})?\s*(?P<lo>{number})"
                      rf"\s*(?P<sep>-|–|to|and|or)\s*(?:{currency})?\s*(?P<hi>{number})(?:{unit})?{not_age}"),
            ("single", rf"{start}{approx}(?P<cur>{currency})?\s*(?P<lo>{number})(?:{unit})?{not_age}"),
            ("vague", rf"{start}{approx}(?P<vague>(?:{vague})(?:\s+of\s+(?:{vague}))*)\b"),
            ("ratio", rf"{start}{approx}(?P<lo>{number})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<hi>{number})\b"),
            ("indefinite", rf"{start}(?P<indef>{alternation(self.numbers.indefinite)})\b(?=\s+of\b|\s+[a-z])"),
            ("scaled", rf"{start}(?P<indef>{alternation(self.numbers.indefinite)})\s+"
                       rf"(?P<scale>{alternation(self.numbers.scales)})\b"),
            ("fraction", rf"{start}{approx}(?P<frac>(?:(?:one|a|two|three|four|nine)[\s-]+)?(?:{fraction}))"
                         r"(?=\s+of\b)"),
        ]

    def find(self, text: str) -> list[RawQuantity]:
        found: list[tuple[int, int, int, re.Match[str]]] = []
        for priority, (_, pattern) in enumerate(self.rules):
            for match in pattern.finditer(text):
                start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
                found.append((start, match.end(), priority, match))
        found.sort(key=lambda f: (f[0] - f[1], f[2], f[0]))
        taken: list[tuple[int, int]] = []
        result = []
        for start, end, priority, match in found:
            if any(start < e and s < end for s, e in taken):
                continue
            quantity = self._build(self.rules[priority][0], match, start)
            if quantity is not None:
                taken.append((start, end))
                result.append(quantity)
        return sorted(result, key=lambda q: q.start)

    def _build(self, kind: str, match: re.Match[str], start: int) -> RawQuantity | None:
        bound = self.units.approximators.get(" ".join((match.groupdict().get("approx") or "").lower().split()))
        if kind == "vague":
            low, high = self._vague(match["vague"])
            return self._raw(match, start, kind, None, (low, high), bound, approximate=True)
        if kind == "fraction":
            value = parse_number(match["frac"], self.numbers)
            return self._raw(match, start, kind, value, (None, None), bound, unit="fraction")
        if kind == "range":
            return self._range(match, start, bound)
        if kind == "ratio":
            return self._ratio(match, start, bound)
        if kind in {"indefinite", "scaled"}:
            few, many = self.numbers.indefinite[" ".join(match["indef"].lower().split())]
            factor = self.numbers.scales[match["scale"].lower()] if kind == "scaled" else 1.0
            bounds = (few * factor, many * factor if many is not None else None)
            return self._raw(match, start, "indefinite" if kind == "indefinite" else "vague", None, bounds, bound,
                             approximate=True)
        return self._single(match, start, bound)

    def _single(self, match: re.Match[str], start: int, bound: Bound | None) -> RawQuantity | None:
        text = match["lo"]
        value = parse_number(text, self.numbers)
        if value is None or text.lower() in {"a", "an", "no"}:
            return None
        return self._raw(match, start, "single", value, (None, None), bound, unit=self._unit(match))

    def _range(self, match: re.Match[str], start: int, bound: Bound | None) -> RawQuantity | None:
        if match["sep"].lower() == "and" and not match["between"]:
            return None
        low, high = parse_number(match["lo"], self.numbers), parse_number(match["hi"], self.numbers)
        if low is None or high is None or match["lo"].lower() in {"a", "an", "no"}:
            return None
        scale = _SCALE_WORD.search(match["hi"])
        if scale and not _SCALE_WORD.search(match["lo"]) and low < high:
            low *= parse_number(f"1 {scale.group(1) or scale.group(2)}", self.numbers) or 1.0
        if low > high:
            return None
        return self._raw(match, start, "range", None, (low, high), bound, unit=self._unit(match))

    def _ratio(self, match: re.Match[str], start: int, bound: Bound | None) -> RawQuantity | None:
        """"one in five" → 0.2 of a whole."""
        part, whole = parse_number(match["lo"], self.numbers), parse_number(match["hi"], self.numbers)
        if not part or not whole or part >= whole or whole > 1000:
            return None
        return self._raw(match, start, "ratio", round(part / whole, 4), (None, None), bound, unit="fraction")

    def _unit(self, match: re.Match[str]) -> str | None:
        if match["unit"]:
            return "percent" if match["unit"] == "%" else self.units.unit(match["unit"])
        return self.units.currency_symbols.get(match["cur"] or "")

    def _vague(self, text: str) -> tuple[float, float]:
        words = [w for w in text.lower().split() if w != "of"]
        low, high = self.numbers.vague[words[0]]
        for word in words[1:]:
            factor = _unit_scale(word)
            low, high = low * factor, (high + 1) * factor - 1
        return low, high

    def _raw(self, match: re.Match[str], start: int, kind: str, value: float | None,
             bounds: tuple[float | None, float | None], bound: Bound | None, *, approximate: bool = False,
             unit: str | None = None) -> RawQuantity:
        low, high = bounds
        if bound == "min" and value is not None:
            low = value
        if bound == "max" and value is not None:
            high = value
        first = next((match.start(g) for g in ("lo", "vague", "frac", "indef") if g in match.re.groupindex and
                      match.start(g) >= 0), start)
        return RawQuantity(start, match.end(), kind, value, low, high, unit, approximate or bound is not None, first)


def _unit_scale(word: str) -> float:
    """The multiplier of a vague plural used as a scale ("of thousands" → 1,000)."""
    return {"hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "dozens": 12.0}.get(word, 1.0)
