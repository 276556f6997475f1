"""Normalizers for expressions relative to the anchor: "yesterday", "last week", "on Sunday", "two days ago"."""

from __future__ import annotations

import re
from datetime import timedelta

from redline.models import TimeType
from redline.timex import calendar
from redline.timex.extent import duration_value
from redline.timex.norm import Context, Norm, group, need_anchor, number, weekday_number

#: A word after "in future" that makes "future" an adjective ("in future talks"), not a clause word ("in future we")
#: or a time ("in future years").
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|if|when|as|to|we|they|it|he|she|i|you|the|this|that|there|is|was|"
                         r"will|years|months|weeks|days|quarters|decades|generations)\b)[a-z]")
_BACK = {"last", "past", "previous"}
_BACK_UNIT = {"last", "previous", "the previous", "this past", "past", "the past", "the last"}
_DAYTIME = {"morning", "afternoon", "evening"}
_AHEAD = {"next", "coming", "the following"}
_QUARTER_SHIFT = {"this": 0, "the current": 0, "next": 1, "the year-earlier": -5, "the year-ago": -5}


def day_word(match: re.Match[str], ctx: Context) -> Norm:
    """"today", "yesterday morning", "the day before yesterday", "tonight"."""
    word = group(match, "dw") or "today"
    offset = ctx.vocab.day_words[word] + {"before": -1, "after": 1}.get(group(match, "dir") or "", 0)
    part = group(match, "pod") or group(match, "pod0") or ("night" if word == "tonight" else None)
    kind: TimeType = "TIME" if part else "DATE"
    day = need_anchor(ctx, kind) + timedelta(days=offset)
    return Norm(kind, f"{day.isoformat()}T{ctx.vocab.parts_of_day[part]}" if part else day.isoformat())


def this_part(match: re.Match[str], ctx: Context) -> Norm | None:
    """"this morning", "last night", "tomorrow evening"; "in the morning", "mid-afternoon": of the anchor day."""
    rel, part = group(match, "rel") or "this", group(match, "pod") or "morning"
    if rel == "the" and part not in _DAYTIME:  # "the night the plane crashed"
        return None
    offset = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(rel, 0)
    day = need_anchor(ctx, "TIME") + timedelta(days=offset)
    return Norm("TIME", f"{day.isoformat()}T{ctx.vocab.parts_of_day[part]}")


def overnight(match: re.Match[str], ctx: Context) -> Norm:
    """"overnight": the night before the anchor day in a report ("drones struck overnight"), the coming night in a
    future clause ("will work overnight")."""
    day = need_anchor(ctx, "TIME")
    if ctx.date_tense != "future":
        day -= timedelta(days=1)
    return Norm("TIME", f"{day.isoformat()}TNI")


#: Words for the ends of the day, as the part of the day they fall in.
_TWILIGHT = {"dawn": "MO", "daybreak": "MO", "sunrise": "MO", "first light": "MO", "dusk": "EV", "sunset": "EV",
             "nightfall": "EV"}


def dawn(match: re.Match[str], ctx: Context) -> Norm:
    """"at dawn", "by nightfall": that part of the anchor day (or of the day the clause just gave)."""
    return Norm("TIME", f"{need_anchor(ctx, 'TIME').isoformat()}T{_TWILIGHT[group(match, 'pod') or 'dawn']}")


def rel_unit(match: re.Match[str], ctx: Context) -> Norm | None:
    """"last week", "this year", "earlier this month", "the past year" (a duration), "next decade"."""
    rel, unit = group(match, "rel") or "", group(match, "unit") or "year"
    if rel in {"the past", "past", "the last", "the next", "the coming"} and not group(match, "pre") and \
            unit != "weekend":
        return Norm("DURATION", _one(unit, ctx))
    if rel == "the same" or unit == "fortnight":
        return None
    shift = -1 if rel in _BACK_UNIT else 1 if rel in {"next", "coming", *_AHEAD} else 0
    return Norm("DATE", calendar.shifted(need_anchor(ctx), unit, shift))


def _one(unit: str, ctx: Context) -> str:
    return duration_value(1, unit, ctx.vocab)


def end_of(match: re.Match[str], ctx: Context) -> Norm:
    return Norm("DATE", calendar.shifted(need_anchor(ctx), group(match, "unit") or "year", 0))


def quarter_rel(match: re.Match[str], ctx: Context) -> Norm | None:
    """"the quarter" and "the latest quarter" (the one just reported), "this quarter", "next quarter"."""
    rel = group(match, "rel") or "the"
    if rel == "the same":
        return None
    anchor = need_anchor(ctx)
    year, quarter = calendar.add_quarters(anchor.year, calendar.quarter_of(anchor), _QUARTER_SHIFT.get(rel, -1))
    return Norm("DATE", f"{year:04d}-Q{quarter}")


def weekday(match: re.Match[str], ctx: Context) -> Norm:
    """"on Sunday" (by tense), "last Friday", "next Monday"; "Wednesday night" is that day (as TimeBank has it)."""
    wd = weekday_number(match["wd"], ctx.vocab)
    anchor = need_anchor(ctx)
    rel = group(match, "rel")
    # The end a clause sets in the past ("postponed until Tuesday") is still ahead.
    ahead = ctx.sets_date and ctx.role == "end" and ctx.tense == "past"
    tense = "future" if ahead else ctx.date_tense
    day = calendar.weekday_relative(anchor, wd, rel) if rel else calendar.weekday(anchor, wd, tense)
    return Norm("DATE", day.isoformat())


def ago(match: re.Match[str], ctx: Context) -> Norm | None:
    """"two days ago", "a year earlier", "three weeks from now"; a vague amount gives PAST_REF / FUTURE_REF."""
    unit = ctx.vocab.unit(group(match, "unit") or "")
    sign = 1 if group(match, "dir") in {"later", "from now", "hence"} else -1
    amount = number(group(match, "num"), ctx.vocab)
    if unit is None:
        return None
    if amount is None:
        if group(match, "dir") in {"later", "earlier"}:
            return Norm("DURATION", duration_value(None, unit, ctx.vocab))
        return Norm("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF")
    anchor = need_anchor(ctx)
    if unit == "year" and amount == 1 and sign < 0 and ctx.quarterly:
        year, quarter = calendar.add_quarters(anchor.year, calendar.quarter_of(anchor), -5)
        return Norm("DATE", f"{year:04d}-Q{quarter}")
    if amount != int(amount):
        unit, amount = ("month", amount * 12) if unit == "year" else (unit, round(amount))
    return Norm("DATE", calendar.shifted(anchor, unit, sign * int(amount)))


def reference(match: re.Match[str], ctx: Context) -> Norm | None:
    """"now", "recently", "in the past", "the near future"; not "in future talks", where "future" is an adjective."""
    ref = group(match, "ref") or "now"
    if ref == "in future" and _NOUN_AFTER.match(match.string, match.end()):
        return None
    return Norm("DATE", ctx.vocab.references[ref])


def weekend(match: re.Match[str], ctx: Context) -> Norm:
    """"the weekend", "this weekend", "last weekend": the past one in a past clause, else the coming one."""
    anchor = need_anchor(ctx)
    rel = group(match, "rel") or "the"
    if rel in {"last", "past"} or (rel in {"the", "this"} and ctx.tense == "past" and anchor.isoweekday() < 6):
        return Norm("DATE", f"{calendar.week_value(anchor - timedelta(weeks=1))}-WE")
    shift = 1 if rel in {"next", "coming"} and anchor.isoweekday() >= 6 else 0
    return Norm("DATE", f"{calendar.week_value(anchor + timedelta(weeks=shift))}-WE")


def the_year(match: re.Match[str], ctx: Context) -> Norm:
    """"the year" is the anchor's year; "the year ended June 30" is a fiscal year, a duration."""
    if match.group("ended") is not None:
        return Norm("DURATION", "P1Y")
    return Norm("DATE", calendar.shifted(need_anchor(ctx), "year", 0))


def year_end(match: re.Match[str], ctx: Context) -> Norm:
    """"year-end": December 31 of the anchor's year ("by year-end"), or of the year before when it lies in the past
    ("since year-end", "year-end net was below …"); "year's end" is the year, as "the end of the year" is."""
    anchor = need_anchor(ctx)
    past = ctx.role == "start" or ctx.date_tense == "past"
    year = anchor.year - 1 if past else anchor.year
    # "by year's end" says "the end of the year", which is the year (the end of it)
    return Norm("DATE", f"{year:04d}" if "'" in match.group(0) else f"{year:04d}-12-31")


def anaphor(match: re.Match[str], ctx: Context) -> Norm | None:
    """"that year", "later that day", "the following month", "the next morning": counted from the date the
    narrative last gave (the tagger passes it as the anchor), else from the publication date."""
    unit, rel = group(match, "unit") or "day", group(match, "rel") or "that"
    shift = 1 if rel in {"the following", "the next"} else -1 if rel in {"the previous", "the preceding"} else 0
    part = ctx.vocab.parts_of_day.get(unit) if unit != "day" else None
    if part is not None:
        day = need_anchor(ctx, "TIME") + timedelta(days=shift)
        return Norm("TIME", f"{day.isoformat()}T{part}")
    return Norm("DATE", calendar.shifted(need_anchor(ctx), unit, shift))
