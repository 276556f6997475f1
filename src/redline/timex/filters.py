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


#: Rules made of ordinary words, which a title or a name capitalizes mid-sentence ("ABC's 'This Week'",
#: "CBS's '60 Minutes'", "VOA Today").
_PLAIN_RULES = frozenset({"day_word", "this_part", "overnight", "rel_unit", "the_year", "end_of", "year_end",
                          "weekend", "ago",
                          "duration", "plural", "set", "reference", "anaphor", "quarter_rel", "season"})
_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"'`(\[\n\u201c\u2018\u2013\u2014-]\s*)$")
#: "today's world", "the people of tomorrow": the present or the future in general, not a day.
_GENERIC_AFTER = re.compile(r"'s\s+(?:world|youth|society|generations?|young|kids|children|standards|terms|era|age)\b")
_OF_BEFORE = re.compile(r"\bof\s+$")
_HEADLINE_SHARE = 0.8


def is_title(text: str, start: int, end: int, rule: str) -> bool:
    """Whether a plain-word expression is part of a title or a name: capitalized in mid-sentence, in a line that is
    not itself written in title case (as headlines are)."""
    if rule not in _PLAIN_RULES:
        return False
    words = _WORD.findall(text, start, end)
    if words and all(w.isupper() for w in words):  # a headline in capitals
        return False
    if text[start].isalpha() and _SENTENCE_END.search(text, max(0, start - 3), start):
        words = words[1:]
    if not any(w[0].isupper() for w in words):
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_end = line_end if line_end >= 0 else len(text)
    others = [w for w in (*_WORD.findall(text, line_start, start), *_WORD.findall(text, end, line_end)) if len(w) > 3]
    return len(others) < 3 or sum(w[0].isupper() for w in others) < _HEADLINE_SHARE * len(others)


def is_generic(text: str, start: int, end: int) -> bool:
    """"today's youth", "the people of tomorrow": a time word for the present or the future in general."""
    word = text[start:end].lower()
    if word not in {"today", "tomorrow"}:
        return False
    return _GENERIC_AFTER.match(text, end) is not None or (
        word == "tomorrow" and _OF_BEFORE.search(text, max(0, start - 4), start) is not None)
