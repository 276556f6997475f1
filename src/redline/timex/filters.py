"""Rejecting look-alikes: numbers that match a year but count something ("2000 people", "Resolution 2254")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from redline.resources import load_yaml

_KEEP_BEFORE = frozenset({"fiscal", "year", "calendar", "spring", "summer", "autumn", "fall", "winter", "since",
                          "in", "of", "by", "until", "from", "to", "and", "or", "before", "after", "during", "early",
                          "late", "mid", "between", "through"})


class YearFilter:
    """Decides whether a bare four-digit number is a year, from the tokens around it."""

    def __init__(self) -> None:
        units = load_yaml("quantities/units.yaml")
        forms = [form for values in units["units"].values() for form in values]
        self.counted = frozenset(str(w).lower() for w in [*units["person_nouns"], *units["count_nouns"], *forms])

    def keep(self, doc: Doc, rule: str, match: re.Match[str], start: int) -> bool:
        if rule != "year" or match["mod"]:
            return True
        span = doc.char_span(match.start("year"), match.end("year"), alignment_mode="expand")
        if span is None:
            return True
        token = span[0]
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.lower_ in self.counted:
            return False
        before = doc[token.i - 1] if token.i > 0 else None
        if before is None or before.lower_ in _KEEP_BEFORE:
            return True
        return not (before.pos_ == "PROPN" and before.text[:1].isupper() and before.ent_type_ != "DATE")
