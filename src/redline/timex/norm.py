"""What every normalizer shares: the context it resolves against and what it returns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from redline.models import TimeType
from redline.quantity.numbers import parse_number
from redline.timex.calendar import Setting, Tense
from redline.timex.vocab import Role, TimeVocab

_SPACES = re.compile(r"\s+")
_LONGER_PERIOD = re.compile(r"\b(?:nine|six|12|twelve)\s+months\b|\b(?:first|second)\s+half\b|\b(?:full|fiscal)\s+"
                            r"year\b", re.I)


@dataclass(frozen=True)
class Context:
    """The anchor (publication date, or None) and the tense of the clause around the expression."""

    anchor: date | None
    tense: Tense
    vocab: TimeVocab
    #: The sentence of the expression and the one before it, for cues such as a company's "quarter".
    window: str = ""
    #: The expression's own sentence.
    sentence: str = ""
    #: Whether the expression hangs on its verb directly, so that the tense is trusted over nearness.
    direct: bool = False
    #: The role the words before it give ("by" → deadline, "until" → end).
    role: Role = "point"
    #: Whether the clause sets a date ("extended … until Thursday", "gave them until November").
    setting: Setting = None
    #: The side of the anchor the words just before it put it on, whatever the clause: "since January" is past,
    #: "as soon as Thursday" ahead.
    lean: Tense = None

    @property
    def decisive(self) -> bool:
        """Whether the tense decides between candidate years rather than only breaking near ties."""
        return self.direct or self.lean is not None

    @property
    def sets_date(self) -> bool:
        """Whether the clause sets the date rather than reports it ("postponed until Tuesday")."""
        return self.setting == "fixes" or (self.setting == "moves" and self.role == "end")

    @property
    def date_tense(self) -> Tense:
        """The tense for placing a date; a deadline or an end in a past clause ("extended the deadline until
        Tuesday", "gave them until mid-November") is about setting it, so the nearest date is taken."""
        if self.lean is not None:
            return self.lean
        looking_ahead = self.role == "deadline" or self.sets_date
        if self.role == "end" and self.tense == "present":
            return "future"  # "has until Monday", "the truce holds until Friday": an end still to come
        return "present" if looking_ahead and self.tense == "past" else self.tense

    @property
    def quarterly(self) -> bool:
        """Whether the passage reports quarterly results ("a year ago" then means the same quarter a year ago),
        and the sentence is not about a longer period ("for the nine months, … a year earlier")."""
        return "quarter" in self.window.lower() and _LONGER_PERIOD.search(self.sentence) is None


@dataclass(frozen=True)
class Norm:
    type: TimeType
    value: str | None
    anchored: bool = True


class Unanchored(Exception):
    """The value needs an anchor date and there is none."""

    def __init__(self, kind: TimeType) -> None:
        super().__init__(kind)
        self.kind: TimeType = kind


def need_anchor(ctx: Context, kind: TimeType = "DATE") -> date:
    if ctx.anchor is None:
        raise Unanchored(kind)
    return ctx.anchor


def group(match: re.Match[str], name: str) -> str | None:
    """A named group, lower-cased with single spaces, or None when it did not take part."""
    value = match.groupdict().get(name)
    return _SPACES.sub(" ", value.lower()).strip() if value else None


def number(text: str | None, vocab: TimeVocab) -> float | None:
    """The amount of a duration's number ("a couple of" → 2, "5 1/2" → 5.5); None for vague or no amount."""
    if text is None:
        return None
    text = _SPACES.sub(" ", text.lower().replace("-", " ")).strip()
    if text in vocab.numbers:
        return vocab.numbers[text]
    if text in vocab.vague_numbers:
        return None
    if text.endswith(" 1/2"):
        whole = parse_number(text[:-4])
        return None if whole is None else whole + 0.5
    return parse_number(text)


def year_number(text: str) -> int:
    """A year in digits or words ("1996", "nineteen ninety-six", "two thousand and one")."""
    if text.isdigit():
        return int(text)
    words = text.lower().replace("-", " ").split()
    if words[0] in {"nineteen", "eighteen", "twenty"} and words[1] != "thousand":
        century = parse_number(words[0]) or 0
        rest = parse_number(" ".join(w for w in words[1:] if w != "oh")) or 0
        return int(century * 100 + rest)
    return int(parse_number(text) or 0)


def month_number(text: str, vocab: TimeVocab) -> int:
    return vocab.months[text.lower().rstrip(".")]


def weekday_number(text: str, vocab: TimeVocab) -> int:
    return vocab.weekdays[text.lower().rstrip(".")]


def day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))
