"""The dateline of a wire report ("BRUSSELS, February 10 (Xinhua) --"): the day the report was written, which
relative expressions ("today", "on Tuesday") count from when it differs slightly from the publication date."""

from __future__ import annotations

import re
from datetime import date

from redline.timex import calendar
from redline.timex.grammar import pieces
from redline.timex.norm import month_number
from redline.timex.vocab import TimeVocab

#: How far (days) a dateline may be from the publication date and still be taken as the day of writing.
DATELINE_REACH = 3


class Dateline:
    """Finds the dateline at the head of an article."""

    def __init__(self, vocab: TimeVocab) -> None:
        p = pieces(vocab)
        self.vocab = vocab
        self.pattern = re.compile(
            r"\A\s*(?-i:[A-Z][A-Za-z.'-]+(?:[ ,]{1,2}[A-Za-z.'-]+){0,4}),\s+"
            rf"(?:{p.weekday},?\s+)?(?P<month>{p.month})\s+(?P<day>[12]\d|3[01]|0?[1-9])\b(?:,\s*(?P<year>\d{{4}}))?"
            r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:--|[-_:\u2013\u2014])", re.IGNORECASE)

    def anchor(self, text: str, published: date | None) -> date | None:
        """The dateline's day when it is within a few days of ``published`` (or, with no publication date, when
        the dateline writes the year), else ``published``."""
        found = self.pattern.match(text[:160])
        if found is None:
            return published
        month, day = month_number(found["month"], self.vocab), int(found["day"])
        try:
            if found["year"]:
                written = date(int(found["year"]), month, day)
            elif published is not None:
                written = calendar.month_day(published, month, day, "present")
            else:
                return None
        except ValueError:
            return published
        if published is None:
            return written
        return written if abs((written - published).days) <= DATELINE_REACH else published
