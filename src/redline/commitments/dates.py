"""Dates of commitments: agreement dates, start times and deadlines from time expressions.

The times stage normalizes expressions against the article date; when it left a value out, a small fallback reads
the common forms of agreements ("September 17", "15 October 2018", "Friday", "within 48 hours") so that a deadline
is never lost. Bare month-days and weekdays are resolved toward the past for dates already reached and toward the
future for deadlines and start times.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Literal

from redline.models import TimeExpression

Direction = Literal["past", "future"]

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fourteen": 14, "fifteen": 15, "thirty": 30,
            "twenty-four": 24, "forty-eight": 48, "seventy-two": 72}
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?" \
         r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?", re.I)
_DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?", re.I)
_MONTH_YEAR = re.compile(rf"\b{_MONTH},?\s+(?P<year>\d{{4}})\b", re.I)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_WEEKDAY = re.compile(r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_DURATION = re.compile(r"\b(?P<count>\d+|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>hour|day|week|month|year)s?\b", re.I)
_TIMEX_DURATION = re.compile(r"^P(?:T(?P<hours>\d+)H|(?P<count>\d+)(?P<unit>[DWMY]))$")
_TIMEX_UNITS = {"D": 1, "W": 7, "M": 30, "Y": 365}
#: How far a bare month-day may lie on the "wrong" side of the anchor before the year is moved.
_SLACK_DAYS = 60


def parse(text: str, anchor: date | None, direction: Direction) -> str | None:
    """An ISO date for a date phrase, resolved against ``anchor`` in ``direction``; None when it names no day."""
    if match := _ISO.search(text):
        return _iso(int(match["year"]), int(match["month"]), int(match["day"]))
    match = _MONTH_DAY.search(text) or _DAY_MONTH.search(text)
    if match:
        return _month_day(match, anchor, direction)
    if (match := _WEEKDAY.search(text)) and anchor is not None:
        return _weekday(_WEEKDAYS.index(match["weekday"].lower()), anchor, direction).isoformat()
    return None


def after(text: str, anchor: date | None) -> str | None:
    """The day a period ("48 hours", "two weeks") runs out, counted from ``anchor``."""
    match = _DURATION.search(text)
    if match is None or anchor is None:
        return None
    count = int(match["count"]) if match["count"].isdigit() else _NUMBERS.get(match["count"].lower())
    if count is None:
        return None
    return (anchor + timedelta(days=round(count * _UNIT_DAYS[match["unit"].lower()]))).isoformat()


def value_of(time: TimeExpression, anchor: date | None, direction: Direction) -> str | None:
    """The ISO day of a time expression: the times stage's value when it names a day, else the fallback."""
    value = time.value or ""
    if re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    if match := _TIMEX_DURATION.match(value):
        days = int(match["hours"]) / 24 if match["hours"] else int(match["count"]) * _TIMEX_UNITS[match["unit"]]
        return (anchor + timedelta(days=round(days))).isoformat() if anchor else None
    return parse(time.text, anchor, direction)


def coarse(time: TimeExpression) -> str | None:
    """A year or year-month value ("2019", "2019-05") when the expression names no day."""
    if re.match(r"^\d{4}(?:-\d{2})?$", time.value or ""):
        return time.value
    text = time.text.strip()
    if match := _MONTH_YEAR.search(text):
        return f"{match['year']}-{_MONTHS[_month_key(match)]:02d}"
    match = re.fullmatch(r"(?:in\s+)?(?P<year>1[89]\d{2}|20\d{2})", text, re.I)
    return match["year"] if match else None


def to_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def due_by(value: str | None) -> date | None:
    """The last day a deadline allows: the day itself, or the end of its month ("2021-05") or year ("2021")."""
    if value and (match := re.fullmatch(r"(\d{4})(?:-(\d{2}))?", value)):
        year, month = int(match[1]), int(match[2] or 12)
        return date(year, month, calendar.monthrange(year, month)[1])
    return to_date(value)


def _month_day(match: re.Match[str], anchor: date | None, direction: Direction) -> str | None:
    month, day = _MONTHS[_month_key(match)], int(match["day"])
    if match["year"]:
        return _iso(int(match["year"]), month, day)
    if anchor is None:
        return None
    candidates = [d for year in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _day(year, month, day))]
    slack = timedelta(days=_SLACK_DAYS)
    allowed = [d for d in candidates if (d <= anchor + slack if direction == "past" else d >= anchor - slack)]
    best = min(allowed or candidates, key=lambda d: abs((d - anchor).days), default=None)
    return best.isoformat() if best else None


def _month_key(match: re.Match[str]) -> str:
    name = match["month"].lower().rstrip(".")
    return name if name in _MONTHS else name[:3]


def _weekday(index: int, anchor: date, direction: Direction) -> date:
    if direction == "past":
        return anchor - timedelta(days=(anchor.weekday() - index) % 7 or 7)
    return anchor + timedelta(days=(index - anchor.weekday()) % 7 or 7)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso(year: int, month: int, day: int) -> str | None:
    found = _day(year, month, day)
    return found.isoformat() if found else None
