"""Finding and normalizing every time expression of a parsed document."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc

from redline.models import TimeType
from redline.spans import sentence_bounds
from redline.timex import absolute, extent, relative
from redline.timex.context import RoleFinder, governing_verb, tense_at, tense_of
from redline.timex.dateline import Dateline
from redline.timex.filters import YearFilter, is_generic, is_title
from redline.timex.grammar import Rule, grammar
from redline.timex.norm import Context, Norm, Unanchored, group
from redline.timex.vocab import Role, TimeVocab, load_vocab

#: How far back (characters) a written date still anchors "two days later".
NARRATIVE_REACH = 250
#: How far back a day written in the same clause gives the day of "at dawn" ("on Friday at dawn").
CLAUSE_REACH = 60
#: How far back a written month or year still anchors "the following month", "that year" (about a paragraph).
NARRATIVE_REACH_COARSE = 600

#: How many sentences before an expression count as its context (for cues such as quarterly results).
WINDOW_SENTENCES = 4

Normalizer = Callable[[re.Match[str], Context], Norm | None]

NORMALIZERS: dict[str, Normalizer] = {
    "iso": absolute.iso, "slash": absolute.slash, "month_day": absolute.month_day, "day_month": absolute.month_day,
    "month": absolute.month, "year": absolute.year, "decade": absolute.decade, "century": absolute.century,
    "season": absolute.season, "quarter": absolute.quarter, "quarter_code": absolute.quarter_code,
    "quarter_rel": relative.quarter_rel, "day_word": relative.day_word, "this_part": relative.this_part,
    "rel_unit": relative.rel_unit, "overnight": relative.overnight, "end_of": relative.end_of,
    "weekday": relative.weekday, "ago": relative.ago,
    "reference": relative.reference, "duration": extent.duration, "plural": extent.plural, "set": extent.set_word,
    "every": extent.every, "rate": extent.every, "clock": extent.clock, "clock24": extent.clock, "noon": extent.noon,
    "clock_part": extent.clock, "long": extent.long_adjective, "year_period": absolute.year_period,
    "half": absolute.half, "year_ago": absolute.year_ago, "spoken_year": absolute.year, "holiday": absolute.holiday,
    "weekend": relative.weekend, "year_end": relative.year_end, "the_year": relative.the_year,
    "anaphor": relative.anaphor, "weekdays": extent.weekdays, "dawn": relative.dawn,
    "clock_at": extent.clock, "month_week": absolute.month_week,
}
#: Rules whose value never depends on the clause's tense.
_TENSELESS = frozenset({"iso", "slash", "year", "decade", "century", "quarter_code", "duration", "plural", "set",
                        "every", "reference", "day_word", "long", "this_part", "rel_unit", "end_of", "ago", "half",
                        "year_ago", "clock24", "spoken_year"})


@dataclass(frozen=True)
class Timex:
    """One recognized time expression: its span, TIMEX3 type and value, and its role in the sentence."""

    start: int
    end: int
    text: str
    type: TimeType
    value: str | None
    anchored: bool
    role: Role | None
    rule: str


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    priority: int
    rule: Rule
    match: re.Match[str]


class TimeTagger:
    """Compiled once; ``tag(doc, anchor)`` returns the document's time expressions in text order."""

    def __init__(self, vocab: TimeVocab | None = None) -> None:
        self.vocab = vocab or load_vocab()
        self.rules = grammar()
        self.roles = RoleFinder(self.vocab)
        self.years = YearFilter()
        self.dateline = Dateline(self.vocab)

    def candidates(self, text: str) -> list[_Candidate]:
        found = []
        for priority, rule in enumerate(self.rules):
            if rule.trigger is not None and rule.trigger.search(text) is None:
                continue
            for match in rule.pattern.finditer(text):
                start = match.end("lead") if "lead" in rule.pattern.groupindex and match["lead"] else match.start()
                trimmed = rule.trim.match(text, start) if rule.trim is not None else None
                start = trimmed.end() if trimmed else start
                while start < match.end() and text[start].isspace():
                    start += 1
                if match.end() > start:
                    found.append(_Candidate(start, match.end(), priority, rule, match))
        found.sort(key=lambda c: (c.start - c.end, c.priority, c.start))
        return found

    def tag(self, doc: Doc, anchor: date | None, text: str | None = None) -> list[Timex]:
        """The time expressions of ``doc`` (``text`` is its text, when the caller has it: saves rebuilding it)."""
        taken: list[tuple[int, int]] = []
        found: list[tuple[Timex, _Candidate]] = []
        text = doc.text if text is None else text
        anchor = self.dateline.anchor(text, anchor)
        for candidate in self.candidates(text):
            if any(candidate.start < e and s < candidate.end for s, e in taken):
                continue
            if not self.years.keep(doc, candidate.rule.name, candidate.match, candidate.start):
                continue
            if is_title(text, candidate.start, candidate.end, candidate.rule.name) or is_generic(
                    text, candidate.start, candidate.end):
                continue
            timex = self._normalize(doc, text, candidate, anchor)
            if timex is not None:
                taken.append((candidate.start, candidate.end))
                found.append((timex, candidate))
        found.sort(key=lambda pair: pair[0].start)
        dated = _shared_years(text, _with_second_days(doc, text, self._narrative(doc, text, found)))
        return _ordered_ranges(text, dated, anchor)

    def _narrative(self, doc: Doc, text: str, found: list[tuple[Timex, _Candidate]]) -> list[Timex]:
        """"Two days later", "a week earlier", "that year", "the following month" count from the last date
        written just before them ("reached the port on June 2. Two days later, …"), when there is one; "that day"
        with no date before it points to an event ("trades made that day"), not to a date, and is dropped."""
        result: list[Timex] = []
        for timex, candidate in found:
            # a comparison in quarterly results ("a year earlier" → the same quarter a year back) is not narrative
            grain = None if "-Q" in (timex.value or "") else _narrative_grain(candidate)
            reach = CLAUSE_REACH if candidate.rule.name == "dawn" else NARRATIVE_REACH if grain == _DAY_GRAIN \
                else NARRATIVE_REACH_COARSE
            reference = _last_date(result, timex.start - reach, grain) if grain else self._dated_before(
                doc, text, result, timex, candidate)
            if reference is not None:
                timex = self._normalize(doc, text, candidate, reference) or timex
            elif candidate.rule.name == "anaphor" and group(candidate.match, "rel") in _DEICTIC:
                continue
            result.append(timex)
        return result

    def _dated_before(self, doc: Doc, text: str, found: list[Timex], timex: Timex,
                      candidate: _Candidate) -> date | None:
        """The day written with its year just before a year-less date in its sentence, unless the date's clause
        looks ahead ("invited in Madrid on July 8, 1997, will join NATO on March 12" is the coming March 12)."""
        reference = _dated_before(text, found, timex, candidate)
        if reference is None:
            return None
        verb, _ = governing_verb(doc, timex.start, timex.end)
        if verb is None or tense_of(verb, self.vocab) != "future":
            return reference
        # a future seen from the past ("the M23 was to cease fire by November 25") stays with the written year
        frame = [verb.head, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
        return reference if any(t.tag_ == "VBD" for t in frame) else None

    def _normalize(self, doc: Doc, text: str, candidate: _Candidate, anchor: date | None) -> Timex | None:
        name = candidate.rule.name
        cue = self.roles.role(text, candidate.start)
        tense, direct, setting = (None, False, None) if name in _TENSELESS else tense_at(
            doc, candidate.start, candidate.end, self.vocab, cue)
        window, sentence = _window(doc, text, candidate.start)
        context = Context(anchor=anchor, tense=tense, vocab=self.vocab, window=window, sentence=sentence,
                          direct=direct, role=cue, setting=setting, lean=self.roles.lean(text, candidate.start))
        try:
            norm = NORMALIZERS[name](candidate.match, context)
        except Unanchored as missing:
            norm = Norm(missing.kind, None, anchored=False)
        except (ValueError, KeyError):
            return None
        if norm is None:
            return None
        role = cue if norm.type in {"DATE", "TIME"} else None
        return Timex(candidate.start, candidate.end, text[candidate.start:candidate.end], norm.type, norm.value,
                     norm.anchored, role, name)


def _window(doc: Doc, text: str, start: int, before: int = WINDOW_SENTENCES) -> tuple[str, str]:
    """The text of the sentence holding ``start`` and of the few sentences before it, and of that sentence alone."""
    bounds = sentence_bounds(doc)
    index = max(bisect_right([b[0] for b in bounds], start) - 1, 0) if bounds else 0
    if not bounds:
        nearby = text[max(0, start - 300):start + 300]
        return nearby, nearby
    return text[bounds[max(index - before, 0)][0]:bounds[index][1]], text[bounds[index][0]:bounds[index][1]]


#: How much of a date a narrative expression needs from the one it counts from (10: a day, 7: a month, 4: a year).
#: Anaphors that need a date before them ("that day"); "the next morning" still counts from the publication date.
_DEICTIC = frozenset({"that", "that same", "the same"})
_DAY_GRAIN = 10
_CLOCKS = frozenset({"clock", "clock_part", "clock_at", "clock24", "noon"})
_CLOCK_DAYS = ("wd", "dw", "month", "month2", "pwd", "pwd2")
#: A comparison before the expression, in its clause: "up from $4 million a year earlier", "than a week earlier",
#: "compared with a loss of $9.7 million, or 74 cents a share, a year earlier".
_COMPARISON = re.compile(r"(?:\b(?:from|than|compared|versus|vs|against)\b|[$%\u20ac\u00a3]|\bpercent\b|\bcents\b)"
                         r"(?:[^.;]|\.\d)*$", re.I)
_CLAUSE_OPENING = re.compile(r"(?:\A|[.;:!?\n]|\band|\bbut)\s*[\"'`]*\s*$")
_GRAIN = {"day": 10, "morning": 10, "afternoon": 10, "evening": 10, "night": 10, "week": 10, "month": 7, "year": 4,
          "months": 7, "years": 4, "decade": 4, "decades": 4}
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: A season, quarter or half of a year, and the month it starts in.
_PART_VALUE = re.compile(r"(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])")
_PART_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12, "Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7}
_MONTH_GRAIN = 7
_DATE_VALUE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T|-)")


def _narrative_grain(candidate: _Candidate) -> int | None:
    """How much of a written date the expression counts from, or None when it counts from the anchor."""
    name = candidate.rule.name
    if name == "ago" and group(candidate.match, "dir") in {"later", "earlier"}:
        # "In 2014 … A year later, …" needs only a year, and so does "detained in 2022 and released a year later" (a
        # later time counts from a past one); inside a clause "earlier" is mostly from now ("the jacket he had on seven
        # years earlier"), and "up from $4 million a year earlier" compares, not narrates
        text, start = candidate.match.string, candidate.start
        opening = _CLAUSE_OPENING.search(text, max(0, start - 6), start)
        compares = _COMPARISON.search(text, max(0, start - 100), start) is not None
        later = group(candidate.match, "dir") == "later" and not compares
        return _GRAIN.get(group(candidate.match, "unit") or "", _DAY_GRAIN) if opening or later else _DAY_GRAIN
    if name in _CLOCKS and not any(candidate.match.groupdict().get(g) for g in _CLOCK_DAYS):
        return _DAY_GRAIN  # "fire early Sunday … shortly before 5 a.m.": the clock time is on the day just written
    if name == "dawn" or (name == "weekday" and group(candidate.match, "rel") in {"the following", "the previous"}):
        return _DAY_GRAIN  # "on Friday at dawn"; "the following Monday" counts from the day just written
    if name == "anaphor" and group(candidate.match, "rel") == "in the":
        # "later in the day" follows the narrative; "earlier in the year" is mostly the anchor's year
        return _DAY_GRAIN if _GRAIN.get(group(candidate.match, "unit") or "") == _DAY_GRAIN else None
    if name == "anaphor" or (name == "rel_unit" and group(candidate.match, "rel") in {"the following",
                                                                                       "the previous"}):
        return _GRAIN.get(group(candidate.match, "unit") or "")
    return None


#: How far back in its sentence a date written with its year gives the year of a year-less one.
SENTENCE_REACH = 150
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")


def _dated_before(text: str, found: list[Timex], timex: Timex, candidate: _Candidate) -> date | None:
    """For a year-less date or month, a day written with its year earlier in the same sentence ("a roadmap agreed
    on November 23, 2022, … to cease fire by November 25"): the writer leaves out a year just given."""
    if candidate.rule.name not in _CALENDAR_RULES or candidate.match.groupdict().get("year") or not found:
        return None
    last = found[-1]
    written = _DAY_VALUE.fullmatch(last.value or "")
    if (last.rule not in _CALENDAR_RULES or written is None or not _WRITTEN_YEAR.search(last.text)
            or timex.start - last.end > SENTENCE_REACH or _SENTENCE_BREAK.search(text, last.end, timex.start)):
        return None
    return date.fromisoformat(last.value or "")


def _last_date(found: list[Timex], since: int, grain: int) -> date | None:
    """The date of the last expression starting after ``since`` whose value gives at least ``grain`` characters of
    a calendar date (a day, a month or a year); missing parts are the first month or day."""
    for timex in reversed(found):
        if timex.start < since:
            return None
        written = _DATE_VALUE.match(timex.value or "")
        if written and len(written.group(0)) >= grain:
            return date(int(written[1]), int(written[2] or 1), int(written[3] or 1))
        part = _PART_VALUE.fullmatch(timex.value or "")
        if part and grain <= _MONTH_GRAIN:  # "detained in the summer of 2022 and released three months later"
            return date(int(part[1]), _PART_START[part[2]], 1)
    return None


#: The second day of "April 24 and 25", "on March 3 or 4", "from March 3 to 5", "March 24-25": a day number right
#: after a full date.
_SECOND_DAY = re.compile(r"(?:\s+(?:and|or|&|(?P<to>to|through|until|till))\s+|\s*(?P<dash>[-\u2013])\s*)"
                         r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![-/:.,]?\d)")
_YEAR_AFTER = re.compile(r",?\s+((?:1[6-9]|20)\d\d)\b(?![.,]?\d)")
#: What a day number is not followed by: a counted noun ("April 24 and 25 people"), a unit, a number.
_COUNTED = frozenset({"NOUN", "PROPN", "NUM", "SYM"})


def _with_second_days(doc: Doc, text: str, found: list[Timex]) -> list[Timex]:
    """The expressions, with the bare second day of a pair of dates ("April 24 and 25") added after the first."""
    result: list[Timex] = []
    for timex in found:
        if result and timex.start < result[-1].end:  # the year of "June 28-29, 2011", taken by the second day
            continue
        result.append(timex)
        second = _SECOND_DAY.match(text, timex.end) if timex.rule == "month_day" and timex.value else None
        if second is None or not _DAY_VALUE.fullmatch(timex.value or "") or _counts(doc, text, second.end()):
            continue
        day, year = int(second["day"]), _YEAR_AFTER.match(text, second.end())
        if day > int((timex.value or "")[8:10]):
            if year and not _WRITTEN_YEAR.search(timex.text):  # "June 28-29, 2011": the year is both days'
                result[-1] = timex = replace(timex, value=f"{year[1]}{(timex.value or '')[4:]}")
            value, end = f"{(timex.value or '')[:8]}{day:02d}", year.end() if year else second.end()
            if not (_exists(value) and _exists(timex.value or "")):
                continue
            result.append(Timex(second.start("day"), end, text[second.start("day"):end], "DATE",
                                value, True, "end" if second["to"] or second["dash"] else timex.role, timex.rule))
    return result


def _exists(value: str) -> bool:
    """Whether a day value names a real day ("2023-02-29" does not); months and years always do."""
    if not _DAY_VALUE.fullmatch(value):
        return True
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _counts(doc: Doc, text: str, end: int) -> bool:
    """Whether the word after a day number makes it a count ("25 people", "25 percent") rather than a day."""
    position = end
    while position < len(text) and text[position] in " \t":
        position += 1
    if position >= len(text) or not text[position].isalnum():
        return text.startswith("%", position)
    following = doc.char_span(position, position + 1, alignment_mode="expand")
    return following is not None and len(following) > 0 and following[0].pos_ in _COUNTED


#: Dates and months that can share the year written after the next one ("in May and June 2023").
_CALENDAR_RULES = frozenset({"month", "month_day", "day_month"})
_PAIR_GAP = re.compile(r"\s*(?:,|and|or|to|through|until|till|-|\u2013)\s*(?:(?:early|mid|late)[\s-]+)?$")
_WRITTEN_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


def _shared_years(text: str, found: list[Timex]) -> list[Timex]:
    """"In May and June 2023", "between March 3 and April 5, 2024": a year-less date or month just before a dated
    one, joined by "and", "or", "to", takes its year (the year before, if it would otherwise come after it)."""
    result = list(found)
    for i in range(len(result) - 1, 0, -1):
        first, second = result[i - 1], result[i]
        if not (first.rule in _CALENDAR_RULES and second.rule in _CALENDAR_RULES and first.value and second.value
                and _WRITTEN_YEAR.search(second.text) and not _WRITTEN_YEAR.search(first.text)
                and _PAIR_GAP.fullmatch(text, first.end, second.start)):
            continue
        value = second.value[:4] + first.value[4:]
        if value[:len(second.value)] > second.value:
            value = f"{int(second.value[:4]) - 1:04d}{first.value[4:]}"
        if _exists(value):
            result[i - 1] = replace(first, value=value)
    return result


_RANGE_GAP = re.compile(r"\s*(?:to|until|till|through|-|\u2013)\s*$")


def _ordered_ranges(text: str, found: list[Timex], anchor: date | None) -> list[Timex]:
    """"From Monday to Wednesday": a range of weekdays runs forward. Placed one by one, the two ends can come out
    reversed (the anchor's own weekday is the anchor day); the end then moves a week on when it lies ahead of the
    anchor, else the start a week back."""
    result = list(found)
    for i in range(1, len(result)):
        start, end = result[i - 1], result[i]
        if not (start.rule == end.rule == "weekday" and start.role == "start" and end.role == "end" and
                start.value and end.value and end.value < start.value and anchor is not None and
                _RANGE_GAP.match(text, start.end, end.start)):
            continue
        if date.fromisoformat(end.value) > anchor:
            result[i] = replace(end, value=(date.fromisoformat(end.value) + timedelta(weeks=1)).isoformat())
        else:
            result[i - 1] = replace(start, value=(date.fromisoformat(start.value) - timedelta(weeks=1)).isoformat())
    return result
