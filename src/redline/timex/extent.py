"""Normalizers for durations ("three months" → P3M), frequencies (SET) and clock times."""

from __future__ import annotations

import re
from datetime import date, timedelta

from redline.timex import calendar
from redline.timex.norm import Context, Norm, day_number, group, month_number, need_anchor, number, weekday_number
from redline.timex.vocab import TimeVocab

#: Units written as multiples of another, and how a fraction of a unit is restated in a smaller one.
_MULTIPLES = {"decade": ("year", 10), "century": ("year", 100), "millennium": ("year", 1000), "quarter": ("month", 3),
              "fortnight": ("week", 2)}
_SMALLER = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("hour", 24),
            "hour": ("minute", 60), "minute": ("second", 60)}
#: "a second convoy": "second" is an ordinal when a word follows it.
_SECOND_ORDINAL = re.compile(r"\s+(?!later|ago|long|earlier)[A-Za-z]")
_FRACTION_OF = re.compile(r"\s+of\s+(?!(?:19|20)\d\d\b|the\s+(?:year|decade)\b)")
_FRACTION_BEFORE = re.compile(r"\b(?:by|than)\s+$", re.I)
_FRACTIONS = frozenset({"a", "an", "one", "three"})
#: An amount just before a frequency word: "8.5% annually", "C$17.9 million annually", "10,000 units annually".
_AMOUNT_BEFORE = re.compile(r"(?:\d|%|\b(?:percent|million|billion|thousand|hundred))\S*(?:\s+[a-z]+)?\s+$", re.I)
_VAGUE_CODES = {"decade": "DE", "century": "CE", "millennium": "ML", "quarter": "Q"}


def duration_value(amount: float | None, unit: str, vocab: TimeVocab) -> str:
    """The TIMEX3 duration for an amount of a unit; None amount → "X" (P X Y = some years)."""
    if amount is None:
        code = _VAGUE_CODES.get(unit, vocab.units.get(unit, "D"))
        return f"{'PT' if unit in vocab.clock_units else 'P'}X{code}"
    if unit in _MULTIPLES:
        unit, factor = _MULTIPLES[unit]
        amount *= factor
    whole = int(amount)
    parts: list[tuple[float, str]] = [(whole, unit)] if whole else []
    if amount != whole and unit in _SMALLER:  # "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M
        smaller, factor = _SMALLER[unit]
        parts.append((round((amount - whole) * factor), smaller))
    elif amount != whole:
        parts = [(amount, unit)]
    dates = "".join(_part(n, u, vocab) for n, u in parts if u not in vocab.clock_units)
    clock = "".join(_part(n, u, vocab) for n, u in parts if u in vocab.clock_units)
    return f"P{dates}{'T' + clock if clock else ''}"


def _part(amount: float, unit: str, vocab: TimeVocab) -> str:
    code = "D" if unit == "night" else vocab.units[unit]
    return f"{int(amount)}{code}" if amount == int(amount) else f"{amount:g}{code}"


def duration(match: re.Match[str], ctx: Context) -> Norm | None:
    """"three months", "the past couple of years", "a two-year", "more than four decades"."""
    unit = ctx.vocab.unit(group(match, "unit") or "")
    if unit is None:
        return None
    raw = group(match, "num")
    between = match.string[match.end("num"):match.start("unit")]
    plural = (group(match, "unit") or "").endswith("s")
    if plural and ("-" in between or raw in {"a", "an"}):  # "two-years", "a months-long siege"
        return None
    if unit == "second" and _SECOND_ORDINAL.match(match.string, match.end()):
        return None
    if unit == "quarter" and raw in _FRACTIONS and _fraction(match):
        return None
    amount = number(raw, ctx.vocab)
    if amount is not None and match["half"]:
        amount += 0.5
    return Norm("DURATION", duration_value(amount, unit, ctx.vocab))


def _fraction(match: re.Match[str]) -> bool:
    """"more than a quarter of the market", "three quarters of the population", "fell by a quarter"."""
    text, start = match.string, match.start()
    return bool(_FRACTION_OF.match(text, match.end()) or _FRACTION_BEFORE.search(text, max(0, start - 8), start))


def plural(match: re.Match[str], ctx: Context) -> Norm | None:
    """"for years", "within days": an unspecified number of units."""
    unit = ctx.vocab.unit(group(match, "unit") or "")
    return Norm("DURATION", duration_value(None, unit, ctx.vocab)) if unit else None


def long_adjective(match: re.Match[str], ctx: Context) -> Norm | None:
    """"a day-long meeting" → P1D, "a months-long siege" → PXM."""
    unit = ctx.vocab.unit(group(match, "unit") or "") or ("century" if group(match, "unit") == "centur" else None)
    if unit is None:
        return None
    return Norm("DURATION", duration_value(None if match["many"] else 1, unit, ctx.vocab))


def set_word(match: re.Match[str], ctx: Context) -> Norm | None:
    """"daily", "weekly", "held annually"; not the rate of an amount ("to grow 8% annually", "10,000 units
    annually"), which is part of the quantity."""
    word = group(match, "set") or "daily"
    if word.endswith("ly") and word != "daily" and _AMOUNT_BEFORE.search(match.string, max(0, match.start() - 40),
                                                                          match.start()):
        return None
    return Norm("SET", ctx.vocab.sets[word])


def every(match: re.Match[str], ctx: Context) -> Norm | None:
    """"every day", "each year", "every two weeks", "every Friday", "each winter"."""
    weekday, month, amount_text = group(match, "wd"), group(match, "month"), group(match, "num")
    if match.groupdict().get("season"):
        return Norm("SET", f"XXXX-{ctx.vocab.seasons[group(match, 'season') or '']}")
    if weekday:
        return Norm("SET", f"XXXX-WXX-{weekday_number(weekday, ctx.vocab)}")
    if month:
        return Norm("SET", f"XXXX-{month_number(month, ctx.vocab):02d}")
    unit = ctx.vocab.unit(group(match, "unit") or "")
    if unit is None:
        return None
    amount = number(amount_text, ctx.vocab) if amount_text else 2.0 if group(match, "other") else 1.0
    return Norm("SET", duration_value(amount, unit, ctx.vocab))


def weekdays(match: re.Match[str], ctx: Context) -> Norm:
    """"on Fridays" → XXXX-WXX-5, "Monday nights" → XXXX-WXX-1TNI."""
    value = f"XXXX-WXX-{weekday_number(group(match, 'wd') or '', ctx.vocab)}"
    part = group(match, "pod")
    return Norm("SET", f"{value}T{ctx.vocab.parts_of_day[part[:-1]]}" if part else value)


def clock(match: re.Match[str], ctx: Context) -> Norm:
    """"3:30 p.m.", "10 am GMT", "1400 GMT": the time on the anchor day."""
    hour, minute = int(match["h"]), int(match["mi"] or 0)
    meridiem = (group(match, "ampm") or "")[:1] or {"afternoon": "p", "evening": "p"}.get(group(match, "pod") or "", "")
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    return Norm("TIME", _at(_day(match, ctx), f"{hour:02d}:{minute:02d}"))


def noon(match: re.Match[str], ctx: Context) -> Norm:
    """"noon", "midnight Friday" (the end of Friday); a midnight that has passed, with no day written ("shortly
    after midnight"), is the one that began the anchor day."""
    day = _day(match, ctx)
    if group(match, "word") != "midnight":
        return Norm("TIME", _at(day, "12:00"))
    passed = ctx.date_tense == "past" and not any(match.groupdict().get(g) for g in _DAY_GROUPS)
    return Norm("TIME", _at(day - timedelta(days=1) if passed else day, "24:00"))


_DAY_GROUPS = ("wd", "dw", "month", "month2", "pwd", "pwd2")


def _day(match: re.Match[str], ctx: Context) -> date:
    """The day a clock time is on: a weekday, day word or date written after it, else the anchor day."""
    anchor = need_anchor(ctx, "TIME")
    weekday, word = group(match, "wd") or group(match, "pwd") or group(match, "pwd2"), group(match, "dw")
    month, day = group(match, "month") or group(match, "month2"), group(match, "day") or group(match, "day2")
    if month and day:
        return calendar.month_day(anchor, month_number(month, ctx.vocab), day_number(day), ctx.date_tense)
    if weekday:
        return calendar.weekday(anchor, weekday_number(weekday, ctx.vocab), ctx.date_tense)
    if word:
        return anchor + timedelta(days=ctx.vocab.day_words[word])
    return anchor


def _at(day: date, clock_text: str) -> str:
    return f"{day.isoformat()}T{clock_text}"
