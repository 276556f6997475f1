"""Calendar arithmetic and TIMEX3 value formats, resolved against an anchor date by tense."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Literal

Tense = Literal["past", "present", "future"] | None
#: Whether the clause's verb sets a date: "moves" (give, push: when the date ends or is a deadline), "fixes" (set,
#: extend, postpone: any date it governs).
Setting = Literal["moves", "fixes"] | None


def day_value(d: date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def add_quarters(year: int, quarter: int, n: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + n
    return index // 4, index % 4 + 1


#: How many days a candidate on the wrong side of the anchor for the tense counts as further away. Bare dates in
#: news are mostly in the current year (wire style adds the year otherwise), so tense only breaks near ties.
TENSE_PENALTY = 90
#: News reports mostly look back: with no tense, a later candidate counts this many days further.
UNKNOWN_PENALTY = 90
#: When the date hangs directly on a verb in that tense, the tense decides.
STRICT_PENALTY = 100_000


def pick(
    keys: Sequence[tuple[int, ...]], anchor_key: tuple[int, ...], tense: Tense, penalty: int = TENSE_PENALTY
) -> int:
    """Index of the candidate (ordered keys) nearest the anchor, those on the wrong side for the tense
    (after it in the past, before it in the future) counting ``penalty`` days further."""

    def cost(i: int) -> tuple[int, bool]:
        key = keys[i]
        wrong = (tense == "past" and key > anchor_key) or (tense == "future" and key < anchor_key)
        lean = tense is None and key > anchor_key
        return _distance(key, anchor_key) + (penalty if wrong else UNKNOWN_PENALTY if lean else 0), key > anchor_key

    return min(range(len(keys)), key=cost)


def _distance(key: tuple[int, ...], anchor_key: tuple[int, ...]) -> int:
    """A rough distance in days between two (year, month[, day]) keys."""
    return abs(_days(key) - _days(anchor_key))


def _days(key: tuple[int, ...]) -> int:
    year, month, day = (*key, 1, 1)[:3]
    return year * 372 + month * 31 + day


def month_day(anchor: date, month: int, day: int, tense: Tense, *, strict: bool = False) -> date:
    """The date of a year-less "September 17" seen from the anchor (``strict``: the tense decides, else it only
    breaks near ties); raises ValueError if it cannot exist."""
    years = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if _exists(y, month, day)]
    if not years:  # February 29: the nearest leap years
        years = [y for y in range(anchor.year - 4, anchor.year + 5) if _exists(y, month, day)]
    if not years:
        raise ValueError(f"no such day: {month}-{day}")
    keys = [(y, month, day) for y in years]
    penalty = STRICT_PENALTY if strict else TENSE_PENALTY
    year = years[pick(keys, (anchor.year, anchor.month, anchor.day), tense, penalty)]
    return date(year, month, day)


def _exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def month_year(anchor: date, month: int, tense: Tense, *, strict: bool = False) -> int:
    """The year of a year-less month ("in March") seen from the anchor."""
    years = [anchor.year - 1, anchor.year, anchor.year + 1]
    # A month in a future clause ("will fly in December") is not one that has gone; a past clause is weaker
    # evidence (a payment "due in December" told in the past in October is still ahead).
    penalty = STRICT_PENALTY if strict or tense == "future" else 2 * TENSE_PENALTY
    return years[pick([(y, month) for y in years], (anchor.year, anchor.month), tense, penalty)]


def quarter_year(anchor: date, quarter: int, tense: Tense) -> int:
    """The year of a year-less quarter ("the third quarter") seen from the anchor."""
    years = [anchor.year - 1, anchor.year, anchor.year + 1]
    return years[pick([(y, quarter) for y in years], (anchor.year, quarter_of(anchor)), tense, penalty=0)]


def weekday(anchor: date, wd: int, tense: Tense) -> date:
    """The date of a bare weekday (1 = Monday): the last one for the past, the next for the future,
    the nearest otherwise; the anchor's own weekday is the anchor day."""
    back = (anchor.isoweekday() - wd) % 7
    ahead = (wd - anchor.isoweekday()) % 7
    if tense == "past" or (tense is None and back <= 4) or (tense == "present" and back <= ahead):
        return anchor - timedelta(days=back)
    return anchor + timedelta(days=ahead)


def weekday_relative(anchor: date, wd: int, rel: str) -> date:
    """"last Friday" (the one before the anchor), "next Friday" (after it), "this Friday" (in its week)."""
    if rel in {"last", "past", "previous", "the previous"}:
        return anchor - timedelta(days=(anchor.isoweekday() - wd - 1) % 7 + 1)
    if rel in {"next", "coming", "the following"}:
        return anchor + timedelta(days=(wd - anchor.isoweekday() - 1) % 7 + 1)
    return anchor + timedelta(days=wd - anchor.isoweekday())


def shifted(anchor: date, unit: str, n: int) -> str | None:
    """The TIMEX3 value of the anchor moved by n units, at that unit's granularity ("last year" → 2017)."""
    if unit == "fortnight":
        unit, n = "week", 2 * n
    if unit in {"day", "night", "hour", "minute", "second"}:
        return day_value(anchor + timedelta(days=n if unit in {"day", "night"} else 0))
    if unit in {"week", "weekend"}:
        value = week_value(anchor + timedelta(weeks=n))
        return f"{value}-WE" if unit == "weekend" else value
    if unit == "month":
        return month_value(*add_months(anchor.year, anchor.month, n))
    if unit == "quarter":
        year, quarter = add_quarters(anchor.year, quarter_of(anchor), n)
        return f"{year:04d}-Q{quarter}"
    if unit == "year":
        return f"{anchor.year + n:04d}"
    if unit == "decade":
        return f"{(anchor.year + 10 * n) // 10:03d}"
    if unit == "century":
        return f"{(anchor.year + 100 * n) // 100:02d}"
    return None


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    shift = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)
