"""Normalizers for calendar expressions: dates, months, years, decades, centuries, seasons, quarters."""

from __future__ import annotations

import re
from datetime import date, timedelta

from redline.timex import calendar
from redline.timex.calendar import Tense
from redline.timex.norm import (
    Context,
    Norm,
    day_number,
    group,
    month_number,
    need_anchor,
    weekday_number,
    year_number,
)

#: "the March for Peace", "the March on Rome": a march or a name, not a month.
_NOUN_MONTH = re.compile(r"\s+(?:for|of|against|on\s+[A-Z])\b")
_DATE_PREPOSITION = re.compile(r"\b(?:in|since|by|until|from|to|through|during|before|after|of|and|or)\s+$", re.I)
_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
_OF_AFTER = re.compile(r"\s+of\b")
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_WEEK_OF_MONTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}
_REL_TENSE: dict[str, Tense] = {"last": "past", "past": "past", "this past": "past", "previous": "past",
                                "next": "future", "coming": "future"}


def iso(match: re.Match[str], ctx: Context) -> Norm:
    return Norm("DATE", date(int(match["year"]), int(match["m"]), int(match["day"])).isoformat())


def slash(match: re.Match[str], ctx: Context) -> Norm:
    year = int(match["year"])
    if year < 100:
        year += 2000 if year < 50 else 1900
    return Norm("DATE", date(year, int(match["m"]), int(match["day"])).isoformat())


def month_day(match: re.Match[str], ctx: Context) -> Norm:
    """"September 17", "Monday, Oct. 26", "17 September 2018"; a year-less date is resolved by tense."""
    month, day = month_number(match["month"], ctx.vocab), day_number(match["day"])
    if match["year"]:
        return _day_or_week(match, date(int(match["year"]), month, day))
    anchor = need_anchor(ctx)
    weekday = group(match, "wd")
    if weekday:
        fitting = _year_with_weekday(anchor, month, day, weekday_number(weekday, ctx.vocab))
        if fitting is not None:
            return _day_or_week(match, fitting)
    rel = group(match, "rel")
    tense = _REL_TENSE.get(rel or "", ctx.date_tense)
    return _day_or_week(match, calendar.month_day(anchor, month, day, tense, strict=ctx.decisive or rel is not None))


def _day_or_week(match: re.Match[str], day: date) -> Norm:
    """The day, or its week for "the week of March 6"."""
    return Norm("DATE", calendar.week_value(day) if match.groupdict().get("weekof") else day.isoformat())


def _year_with_weekday(anchor: date, month: int, day: int, weekday: int) -> date | None:
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate.isoweekday() == weekday:
            return candidate
    return None


def month(match: re.Match[str], ctx: Context) -> Norm | None:
    """"March", "March 2011", "last March", "mid-November"; not "the March for Peace"."""
    number = month_number(match["month"], ctx.vocab)
    if not (match["year"] or match["rel"] or match["mod"]) and _NOUN_MONTH.match(match.string, match.end()) and \
            not _DATE_PREPOSITION.search(match.string, max(0, match.start() - 12), match.start()):
        return None
    if match["year"]:
        return Norm("DATE", calendar.month_value(year_number(match["year"]), number))
    anchor = need_anchor(ctx)
    yrel = group(match, "yrel")
    if yrel:
        return Norm("DATE", calendar.month_value(anchor.year + {"last": -1, "next": 1}.get(yrel, 0), number))
    rel = group(match, "rel")
    if rel in {"last", "past", "previous"}:
        # the month just gone would be "last month": "last February", written in March, is a year earlier
        year = anchor.year if number < anchor.month - 1 else anchor.year - 1
    elif rel == "this past":
        year = anchor.year if number < anchor.month else anchor.year - 1
    elif rel in {"next", "coming"}:
        year = anchor.year if number > anchor.month else anchor.year + 1
    elif rel == "this":
        year = anchor.year
    else:
        year = calendar.month_year(anchor, number, ctx.date_tense, strict=ctx.decisive)
    return Norm("DATE", calendar.month_value(year, number))


def month_week(match: re.Match[str], ctx: Context) -> Norm:
    """"the first week of April" → the ISO week of April 1 (of April 8 for the second, of the month's last day for
    the last); the year as for the month alone."""
    number = month_number(match["month"], ctx.vocab)
    if match["year"]:
        year = int(match["year"])
    else:
        year = calendar.month_year(need_anchor(ctx), number, ctx.date_tense, strict=ctx.decisive)
    week = _WEEK_OF_MONTH.get(group(match, "ord") or "first")
    day = date(year, number, 7 * week + 1) if week is not None else \
        date(*calendar.add_months(year, number, 1), 1) - timedelta(days=1)
    return Norm("DATE", calendar.week_value(day))


def year(match: re.Match[str], ctx: Context) -> Norm:
    """"2011", "fiscal 2017", "nineteen ninety-six", "the year two thousand"."""
    return Norm("DATE", f"{year_number(match['year'] or match.groupdict().get('year2') or ''):04d}")


def decade(match: re.Match[str], ctx: Context) -> Norm:
    """"the 1990s" → 199, "the '80s" → 198, "the nineties" → 199; "the 1800s" is a century → 18."""
    if match["word"]:
        return Norm("DATE", f"19{_DECADE_WORDS.index(match['word']) + 2}")
    if match["decade"]:
        written = match["decade"]
        return Norm("DATE", written[:2] if written.endswith("00") and written < "2000" else written[:3])
    short = int(match["short"])
    century = 19 if ctx.anchor is None or short > ctx.anchor.year % 100 else ctx.anchor.year // 100
    return Norm("DATE", f"{century}{short // 10}")


def century(match: re.Match[str], ctx: Context) -> Norm | None:
    text = group(match, "ord") or ""
    digits = re.sub(r"\D", "", text)
    words = {"twentieth": 20, "nineteenth": 19, "eighteenth": 18, "twentyfirst": 21}
    number = int(digits) if digits else ctx.vocab.ordinals.get(text) or words.get(text.replace(" ", ""))
    return Norm("DATE", f"{number - 1:02d}") if number and number > 0 else None


def season(match: re.Match[str], ctx: Context) -> Norm | None:
    """"last summer", "winter 2016", "over the summer" (by tense); not "the fall of Aleppo", "Arab Spring"."""
    code = ctx.vocab.seasons[(group(match, "season") or "")]
    if match["year"]:
        return Norm("DATE", f"{year_number(match['year']):04d}-{code}")
    rel = group(match, "rel")
    if rel is None:
        return _bare_season(match, ctx, code)
    anchor = need_anchor(ctx)
    start = _SEASON_START[code]
    if rel == "this past":
        year = anchor.year if anchor.month >= start else anchor.year - 1
    elif rel in {"last", "past", "previous"}:
        year = anchor.year - 1
    elif rel in {"next", "coming"}:
        year = anchor.year if anchor.month < start else anchor.year + 1
    else:
        year = anchor.year
    return Norm("DATE", f"{year:04d}-{code}")


def _bare_season(match: re.Match[str], ctx: Context, code: str) -> Norm | None:
    """"the summer", "in the early spring": the last such season in a past or tenseless clause, the coming (or
    current) one in a future clause; only written lower-case after "the", and not before "of"."""
    if not (match["the"] and match["season"].islower()) or _OF_AFTER.match(match.string, match.end()):
        return None
    anchor, start = need_anchor(ctx), _SEASON_START[code]
    tense = ctx.date_tense  # "before the winter" looks ahead, whatever the clause's tense
    if tense == "future":
        year = anchor.year if anchor.month <= start + 2 else anchor.year + 1
    elif tense == "present":
        year = anchor.year
    else:
        year = anchor.year if anchor.month >= start else anchor.year - 1
    return Norm("DATE", f"{year:04d}-{code}")


def quarter(match: re.Match[str], ctx: Context) -> Norm | None:
    """"the third quarter", "fourth-quarter", "the first quarter of 2018", "last year's second quarter"."""
    number = ctx.vocab.ordinals.get(group(match, "ord") or "", 0)
    if not 1 <= number <= 4:
        return None
    if match["year"] or match["year0"]:
        return Norm("DATE", f"{match['year'] or match['year0']}-Q{number}")
    anchor = need_anchor(ctx)
    rel = group(match, "rel") or ""
    if match["yrel"]:  # "the first quarter of next year"
        rel = f"{group(match, 'yrel')} year's"
    shift = -1 if rel.endswith(("year-ago", "year-earlier")) else {"last year's": -1, "next year's": 1,
                                                                    "this year's": 0}.get(rel)
    year = anchor.year + shift if shift is not None else calendar.quarter_year(anchor, number, ctx.tense)
    return Norm("DATE", f"{year:04d}-Q{number}")


def quarter_code(match: re.Match[str], ctx: Context) -> Norm:
    return Norm("DATE", f"{match['year']}-{match['q'].upper()}")


def half(match: re.Match[str], ctx: Context) -> Norm:
    """"the first half of 2018", "the second half of this year", "H1 2025"."""
    number = int(match["hn"]) if match["hn"] else 1 if group(match, "ord") == "first" else 2
    if match["year"] or match["year2"]:
        return Norm("DATE", f"{match['year'] or match['year2']}-H{number}")
    shift = {"last": -1, "next": 1}.get(group(match, "rel") or "", 0)
    return Norm("DATE", f"{need_anchor(ctx).year + shift:04d}-H{number}")


def year_ago(match: re.Match[str], ctx: Context) -> Norm:
    """"the year-earlier period", "year-ago": the same quarter a year back in results, else last year."""
    anchor = need_anchor(ctx)
    if group(match, "what") == "quarter" or ctx.quarterly:
        year, quarter = calendar.add_quarters(anchor.year, calendar.quarter_of(anchor), -5)
        return Norm("DATE", f"{year:04d}-Q{quarter}")
    return Norm("DATE", f"{anchor.year - 1:04d}")


def year_period(match: re.Match[str], ctx: Context) -> Norm:
    """"the 1988 quarter", "the 1989 period": in results, the quarter being reported, in that year."""
    year = int(match["year"])
    if group(match, "what") == "quarter" or ctx.quarterly:
        quarter = calendar.add_quarters(year, calendar.quarter_of(need_anchor(ctx)), -1)[1]
        return Norm("DATE", f"{year:04d}-Q{quarter}")
    return Norm("DATE", f"{year:04d}")


def holiday(match: re.Match[str], ctx: Context) -> Norm | None:
    """"Christmas", "last Thanksgiving", "Election Day": the holiday's date in the year the tense points to."""
    rule = ctx.vocab.holidays[" ".join((group(match, "holiday") or "").split())]
    anchor = need_anchor(ctx)
    rel = group(match, "rel")
    tense = _REL_TENSE.get(rel or "", ctx.date_tense)
    days = [holiday_date(rule, year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    keys = [(d.year, d.month, d.day) for d in days]
    penalty = calendar.STRICT_PENALTY if ctx.decisive else calendar.TENSE_PENALTY
    index = calendar.pick(keys, (anchor.year, anchor.month, anchor.day), tense, penalty)
    return Norm("DATE", days[index].isoformat())


def holiday_date(rule: str, year: int) -> date:
    """A holiday's date in a year: "MM-DD", or a named rule."""
    if rule.startswith("easter"):
        return calendar.easter(year) + timedelta(days=int(rule[6:] or 0))
    if rule == "us_thanksgiving":
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if rule == "us_election_day":
        first = date(year, 11, 2)
        return first + timedelta(days=(1 - first.weekday()) % 7)
    month, day = rule.split("-")
    return date(year, int(month), int(day))
