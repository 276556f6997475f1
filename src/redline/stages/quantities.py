"""Quantities with value or range, unit, approximation and what they count (``refers_to``).

Dates, years and times are the times stage's: numbers inside a time expression are skipped, so this stage runs
after it. Casualty counts get ``refers_to`` "killed", "wounded", "displaced", "arrested" … for the events stage.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from redline.models import Quantity
from redline.quantity.lexicon import load_units
from redline.quantity.meaning import MeaningReader
from redline.quantity.recognize import QuantityFinder, RawQuantity
from redline.settings import Settings
from redline.stages.base import Analysis

#: Words before "one" that make it a pronoun ("no one", "every one", "the one").
_PRONOUN_ONE = frozenset({"no", "any", "every", "some", "each", "that", "this", "the"})
#: Marks after which a capitalized number word starts a quotation or a clause rather than a name.
_QUOTES = frozenset({'"', "“", "‘", "'", "(", "—", "-", ":"})
#: Lone number words that are mostly pronouns or articles unless they count a noun ("one of them", "the two").
_WEAK = frozenset({"one", "two", "zero", "a", "an", "no"})


class QuantityStage:
    name = "redline.quantities.v2"
    requires = ("doc", "times")
    provides = ("quantities",)

    def __init__(self, finder: QuantityFinder, reader: MeaningReader, labels: frozenset[str],
                 particles: dict[str, frozenset[str]] | None = None) -> None:
        self.finder = finder
        self.reader = reader
        self.labels = labels
        self.particles = particles or {}

    def __call__(self, analysis: Analysis) -> None:
        doc, text, quantities = analysis.doc, analysis.text, analysis.record.quantities
        times = [(t.start, t.end) for t in analysis.record.times]
        for raw in self.finder.find(text):
            if any(s <= raw.number_start < e for s, e in times) or _label(doc, text, raw, self.labels):
                continue
            raw = _without_particle(text, raw, self.particles)
            meaning = self.reader.read(doc, raw.start, raw.end, raw.unit)
            if _weak(text[raw.start:raw.end], raw, meaning.unit, meaning.refers_to):
                continue
            if raw.kind == "indefinite" and meaning.refers_to is None:
                continue
            end = meaning.end or raw.end
            quantities.append(Quantity(
                id=f"n{len(quantities) + 1}", text=text[raw.start:end], start=raw.start, end=end,
                value=raw.value, value_min=raw.value_min, value_max=raw.value_max, unit=meaning.unit,
                refers_to=meaning.refers_to, approximate=raw.approximate,
            ))


def _without_particle(text: str, raw: RawQuantity, particles: dict[str, frozenset[str]]) -> RawQuantity:
    """"hand over 18 captives": the approximator is the verb's particle, so the number is exact."""
    word = text[raw.start:raw.number_start].strip().lower()
    verbs = particles.get(word)
    before = text[:raw.start].split()
    if raw.kind != "single" or not verbs or not before or before[-1].lower() not in verbs:
        return raw
    return replace(raw, start=raw.number_start, value_min=None, value_max=None, approximate=False)


def _weak(text: str, raw: RawQuantity, unit: str | None, refers_to: str | None) -> bool:
    """"one" or "a" without a unit ("on the one hand", "from one source to another"), a lone "two", or a
    multiplier ("several times smaller")."""
    if refers_to == "times":
        return True
    words = set(text.lower().replace("-", " ").split())
    if unit is None and raw.value == 1 and not any(ch.isdigit() for ch in text):
        return True
    return unit is None and refers_to is None and words <= _WEAK


def _label(doc: Doc, text: str, raw: RawQuantity, labels: frozenset[str]) -> bool:
    """A bare number that is part of a name or label ("Resolution 2254", "type 2 diabetes", "the Group of Seven"),
    or "one" in "no one", "every one"."""
    if raw.kind != "single" or raw.unit is not None:
        return False
    span = doc.char_span(raw.start, raw.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    first, before = span[0], doc[span.start - 1]
    if _age(doc, span.start, span.end):
        return True
    if before.lower_.rstrip(".") in labels or (first.lower_ == "one" and before.lower_ in _PRONOUN_ONE):
        return True
    if not first.text[:1].isdigit():
        return first.text[:1].isupper() and not first.is_sent_start and before.text not in _QUOTES
    return (before.text[:1].isupper() and before.is_alpha and not before.is_sent_start) or before.pos_ == "PROPN"


def _age(doc: Doc, start: int, end: int) -> bool:
    """An age in apposition: "Amina Yusuf, 29, works …"."""
    if start < 2 or end >= len(doc):
        return False
    return doc[start - 1].text == "," and doc[start - 2].pos_ == "PROPN" and doc[end].text in {",", "."}


def create(settings: Settings) -> QuantityStage:
    units = load_units()
    return QuantityStage(QuantityFinder(units=units), MeaningReader(units), units.label_nouns, units.particle_verbs)
