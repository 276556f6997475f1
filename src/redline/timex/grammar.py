"""The recognition grammar: one regular expression per kind of time expression, built from the vocabulary.

Each rule names its normalizer (see :mod:`redline.timex.normalize`) and the TIMEX3 type it usually gives. A group
named ``lead`` is context that must be present but is not part of the expression ("for years" → "years").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from redline.models import TimeType
from redline.quantity.numbers import alternation
from redline.timex.vocab import TimeVocab, load_vocab


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    type: TimeType
    #: A cheap pattern that must occur somewhere in the text for the rule to be tried at all.
    trigger: re.Pattern[str] | None = None
    #: Words at the start of a match that belong to the sentence, not to the expression ("in the past" → "the past").
    trim: re.Pattern[str] | None = None


#: Prepositions and intensifiers a reference phrase starts with, outside the TIMEX3 span ("for now" → "now").
TRIMS = {"reference": r"(?:in|for|right)\s+(?=the\s+past\b|now\b|future\b)"}

#: Words without which a rule cannot match: most texts lack most of them, which saves scanning.
TRIGGERS = {
    "iso": r"\d-\d", "slash": r"\d/\d", "decade": r"0'?s\b|ties\b", "century": r"century",
    "season": r"spring|summer|fall|autumn|winter", "year_end": r"year(?:[-\s]|'s\s+)end",
    "quarter": r"quarter", "quarter_code": r"Q[1-4]", "quarter_rel": r"quarter", "half": r"half|\bH[12]\s",
    "year_ago": r"year-",
    "spoken_year": r"nineteen|eighteen|twenty|thousand", "weekend": r"weekend", "end_of": r"\bof\s+the\b",
    "ago": r"\b(?:ago|earlier|later|from\s+now|hence|back)\b", "clock": r"\d\s*[ap]\.?m",
    "clock24": r"\d\d\s+(?:GMT|UTC|h)", "clock_at": r"\d:\d\d",
    "month_week": r"\bweek\s+of\s", "clock_part": r"\d\s+(?:o'clock\s+)?in\s+the\s",
    "noon": r"noon|midnight|midday", "rate": r"\b(?:an?|per)\s+(?:year|month|week|day|hour)\b",
    "weekdays": r"days\b|day\s+(?:morning|afternoon|evening|night)s\b",
    "every": r"\b(?:every|each|per)\b", "long": r"-long\b", "year_period": r"\d\s+(?:quarter|period)\b",
    "this_part": r"morning|afternoon|evening|night", "overnight": r"overnight",
    "dawn": r"dawn|dusk|daybreak|nightfall|sunrise|sunset|first\s+light",
    "anaphor": r"\b(?:that|same|following|previous|preceding|next)\s|(?:earlier|later)\s+in\s+the\s",
}

def _capitalized(words: list[str]) -> str:
    """Case-sensitive alternation of Capitalized and UPPER forms; abbreviations need a period or a digit after."""
    forms: list[str] = []
    for word in sorted(words, key=len, reverse=True):
        abbreviation = any(other != word and other.startswith(word) for other in words)
        for form in (word.capitalize(), word.upper()):
            forms.append(rf"{form}\.|{form}(?=\s+\d)" if abbreviation else rf"{form}\b")
    return "(?-i:" + "|".join(forms) + ")"


def _capitalized_phrases(phrases: list[str]) -> str:
    """Case-sensitive alternation of phrases written with Initial Capitals ("Election Day")."""
    forms = sorted((" ".join(w[:1].upper() + w[1:] for w in p.split()) for p in phrases), key=len, reverse=True)
    return "(?-i:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + r")\b"


_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
#: Years said in words, as in broadcast transcripts: "nineteen ninety-six", "two thousand and one".
SPOKEN_YEAR = (rf"(?:(?:nineteen|eighteen|twenty)[\s-]+(?:{_TENS}(?:[\s-]+{_ONES})?|oh[\s-]+{_ONES}|{_TEENS})"
               rf"|two\s+thousand(?:\s+and)?[\s-]+(?:twenty(?:[\s-]+{_ONES})?|{_ONES}|{_TEENS}))\b")


@dataclass(frozen=True)
class Pieces:
    """Reusable pattern pieces."""

    month: str
    weekday: str
    number: str
    vague: str
    unit: str
    season: str
    part: str
    ordinal: str
    reference: str
    set_word: str
    holiday: str
    #: Full weekday names, for habits: "on Fridays", "Monday nights".
    weekdays: str
    year: str = r"(?<![\w$£€.,/])(?:1[6-9]\d\d|20\d\d)(?![\w%]|[.,]\d)"
    day: str = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
    modifier: str = (r"(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
                     r"|end|beginning)")
    #: Approximators inside the expression ("more than a decade"); "over", "within", "about" stay outside.
    approx: str = (r"(?:around|nearly|almost|more\s+than|less\s+than|fewer\s+than|some|roughly"
                   r"|approximately|at\s+least|up\s+to|well\s+over)")


def pieces(vocab: TimeVocab) -> Pieces:
    units = [*vocab.units, *vocab.unit_plurals]
    later = alternation(w for w in vocab.numbers if w not in {"a", "an"})
    return Pieces(
        month=_capitalized(list(vocab.months)),
        weekday=_capitalized([w for w in vocab.weekdays if len(w) > 4]),
        number=rf"(?:(?!(?:1[6-9]|20)\d\d\b)\d+(?:\.\d+)?(?:\s+1/2)?|(?:{alternation(vocab.numbers)})\b"
               rf"(?:[\s-](?:{later})\b){{0,4}})",
        vague=rf"(?:{alternation(vocab.vague_numbers)})",
        unit=rf"(?:{alternation(units)})\b",
        season=rf"(?:{alternation(vocab.seasons)})\b",
        part=rf"(?:{alternation(vocab.parts_of_day)})\b",
        ordinal=rf"(?:{alternation(vocab.ordinals)})",
        reference=rf"(?:{alternation(vocab.references)})",
        set_word=rf"(?:{alternation(vocab.sets)})",
        holiday=_capitalized_phrases(list(vocab.holidays)),
        weekdays="(?-i:" + "|".join(w.capitalize() for w in vocab.weekdays if w.endswith("day")) + ")",
    )


_OTHER_CALENDAR = "".join(rf"(?<!{w}\s)" for w in ("Chinese", "Lunar", "Persian", "Iranian", "Jewish", "Islamic",
                                                     "Hindu", "Orthodox", "Tamil", "Thai", "Hijri"))
#: "would last 60 days", "to last two years": "last" is a verb there.
_NOT_VERB = (r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmight\s)(?<!\bmay\s)(?<!\bto\s)(?<!\bcan\s)"
             r"(?<!\bmust\s)(?<!\bshould\s)")
_REL = r"(?:last|this\s+past|this|next|coming|past|previous|the\s+previous|the\s+following)"


def _rules(p: Pieces) -> list[tuple[str, TimeType, str]]:
    """Every rule in priority order: calendar dates, then expressions relative to the anchor, then durations,
    frequencies and clock times."""
    return [*_calendar_rules(p), *_relative_rules(p), *_extent_rules(p)]


def _calendar_rules(p: Pieces) -> list[tuple[str, TimeType, str]]:
    rel = _REL
    return [
        ("iso", "DATE", r"(?P<year>(?:1[6-9]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"),
        ("slash", "DATE", r"(?<![\d/])(?P<m>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/(?P<year>\d{4}|\d{2})"
                          r"(?![\d/])"),
        ("month_day", "DATE", rf"(?:(?P<weekof>the\s+week\s+of)\s+)?(?:(?P<wd>{p.weekday}),?\s+)?"
                              rf"(?:(?P<rel>{rel})\s+)?(?P<month>{p.month})\s+"
                              rf"(?P<day>{p.day})(?!\s*(?:%|percent))(?:,?\s+(?P<year>{p.year}))?"),
        ("day_month", "DATE", rf"(?:(?P<wd>{p.weekday}),?\s+)?(?:the\s+)?(?P<day>{p.day})\s+(?:of\s+)?"
                              rf"(?P<month>{p.month})(?:,?\s+(?P<year>{p.year}))?"),
        ("month_week", "DATE", rf"the\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+"
                               rf"(?P<month>{p.month})(?:,?\s+(?P<year>{p.year}))?"),
        ("month", "DATE", rf"(?:(?P<rel>{rel})\s+)?(?:(?P<mod>{p.modifier})(?:\s+of)?[\s-]+)?(?P<month>{p.month})"
                          rf"(?:,?\s+(?:of\s+)?(?P<year>{p.year}|{SPOKEN_YEAR})|\s+(?P<yrel>last|this|next)\s+year)?"),
        ("year", "DATE", rf"(?:(?P<mod>{p.modifier}|fiscal|the\s+year|calendar|FY)(?:\s+of)?[\s-]+)?"
                         rf"(?P<year>{p.year})|(?-i:FY)(?P<year2>(?:19|20)\d\d)\b"),
        ("spoken_year", "DATE", rf"(?:(?:(?P<mod>the\s+year|{p.modifier})(?:\s+of)?\s+)?(?P<year>{SPOKEN_YEAR})"
                                r"|the\s+year\s+(?P<year2>two\s+thousand)\b)"),
        ("decade", "DATE", r"(?:the\s+(?:(?:end|beginning|start|middle)\s+of\s+the\s+)?)?"
                           r"(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<decade>1\d\d0|20\d0)|"
                           r"'(?P<short>\d0))'?s\b|the\s+(?:(?:early|mid|late)[\s-]+)?(?P<word>(?-i:twenties|thirties|"
                           r"forties|fifties|sixties|seventies|eighties|nineties))\b"),
        ("century", "DATE", rf"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|"
                            rf"{p.ordinal}|(?:twen|nineteen|eighteen)(?:tieth|th))[\s-]+century"),
        ("season", "DATE", rf"(?:(?P<rel>{rel})\s+|(?P<the>the)\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?"
                           rf"(?P<season>{p.season})"
                           rf"(?:\s+(?:of\s+)?(?P<year>{p.year}|{SPOKEN_YEAR}))?"),
        # "the third quarter", but "its third quarter" and "the third-quarter results" without the determiner
        ("quarter", "DATE", rf"(?:(?P<rel>this|last|next|the\s+current|the\s+latest|the\s+previous|"
                            rf"the(?!\s+(?:fiscal\s+)?\w+-quarter)|"
                            rf"this\s+year's|last\s+year's|next\s+year's|(?:the\s+)?(?:comparable\s+)?"
                            rf"year-(?:ago|earlier))\s+)?(?:(?P<year0>{p.year})\s+)?"
                            r"(?:fiscal\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?"
                            rf"quarter\b(?:\s+of\s+(?:fiscal\s+)?(?:(?P<year>{p.year})|(?P<yrel>last|this|next)\s+year\b))?"),
        ("half", "DATE", rf"(?:the\s+)?(?P<ord>first|second|last|latter)\s+half\s+of\s+(?:(?P<year>{p.year})|"
                         rf"(?P<rel>this|last|next|the)\s+year)|(?-i:H(?P<hn>[12]))\s+(?P<year2>{p.year})"),
        ("year_ago", "DATE", r"(?:the\s+)?(?:comparable\s+)?(?P<rel>year-earlier|year-ago|year-before|prior-year)"
                             r"(?:\s+(?P<what>period|quarter|results|levels?))?"),
        ("year_period", "DATE", rf"the\s+(?P<year>{p.year})\s+(?P<what>quarter|period)\b"),
        ("quarter_code", "DATE", rf"\b(?P<q>Q[1-4])(?:\s+|/)(?P<year>{p.year})"),
        ("quarter_rel", "DATE", r"(?P<rel>the|this|last|next|the\s+current|the\s+latest|the\s+previous|the\s+past"
                                r"|the\s+most\s+recent|the\s+year-earlier|the\s+year-ago|the\s+same)\s+"
                                r"(?:fiscal\s+)?quarter\b(?!s)"),
    ]


def _relative_rules(p: Pieces) -> list[tuple[str, TimeType, str]]:
    rel = _REL
    return [
        ("day_word", "DATE", rf"(?:(?P<mod>early|late)\s+)?(?:(?:early|late|mid)[\s-]?(?P<pod0>{p.part})\s+)?"
                             rf"(?:the\s+day\s+(?P<dir>before|after)\s+)?"
                             rf"(?P<dw>today|yesterday|tomorrow|tonight)\b(?:\s+(?P<pod>{p.part}))?"),
        ("anaphor", "DATE", r"(?:(?P<pre>earlier|later)\s+)?(?P<rel>that(?:\s+same)?|the\s+same|the\s+following|"
                            r"the\s+previous|the\s+preceding|"
                            r"the\s+next(?=\s+(?:day|morning|afternoon|evening|night)\b)|"
                            # "earlier in the week", "later in the day"
                            r"(?:(?<=earlier\s)|(?<=later\s))in\s+the)"
                            r"\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year)\b"
                            r"(?![\s-]+(?:old|long)\b|-)"),
        # "raided the camp at dawn", "by nightfall": a part of the day (not "the dawn of a new era")
        ("dawn", "TIME", r"(?P<lead>\b(?:at|before|after|by|until|till|since|from|around|near)\s+)"
                         r"(?P<pod>dawn|dusk|daybreak|nightfall|sunrise|sunset|first\s+light)\b(?!\s+of\b)"),
        # "struck overnight", "Overnight, drones hit …"; not "an overnight stay", "the overnight lending rate"
        ("overnight", "TIME", r"(?<!\ban\s)(?<!\ba\s)overnight\b(?!-|\s+(?:rates?|lending|loans?|deposits?|"
                              r"index|repos?|funds|money|stays?|trips?|bags?|flights?|trains?|buses|success|sensation|"
                              r"stars?|celebrit(?:y|ies)|shifts?|camps?)\b)"),
        # "midnight" is a clock time (the noon rule), not "mid" + "night"
        ("this_part", "TIME", rf"(?:(?P<rel>this|last|tomorrow|yesterday|the)\s+|"
                              rf"(?P<mod>early|late|mid)(?:[\s-]|(?!night)))(?P<pod>{p.part})(?!\s+(?:of|before|after)\b)"),
        ("rel_unit", "DATE", r"(?:(?P<pre>earlier|later|early|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start"
                             r"\s+of|the\s+middle\s+of|end\s+of|the\s+rest\s+of|the\s+remainder\s+of)\s+)?"
                             r"(?P<rel>this\s+past|this|last|next|past|coming|previous|current|the\s+past|the\s+last|"
                             r"the\s+next"
                             r"|the\s+coming|the\s+previous|the\s+current|the\s+following|the\s+same)\s+(?:fiscal\s+)?"
                             r"(?P<unit>week|month|year|decade|century|weekend|quarter|fortnight)\b(?!-)"),
        ("the_year", "DATE", r"the\s+(?:full\s+|whole\s+|entire\s+)?(?P<unit>year)\b"
                             r"(?![\s-]+(?:earlier|ago|before|after|old)|-)(?P<ended>(?=\s+end(?:ed|ing)\b))?"),
        ("end_of", "DATE", r"(?P<pre>the\s+end|the\s+beginning|the\s+start|the\s+middle|end|beginning|start|"
                           r"the\s+turn)\s+of\s+the\s+(?P<unit>year|month|week|decade|century)\b"),
        ("year_end", "DATE", r"(?:the\s+)?(?:fiscal\s+)?year(?:[-\s]|'s\s+)end\b"),
        ("weekend", "DATE", r"(?P<rel>the|this|last|next|past|coming)\s+weekend\b(?!s)"),
        # not the Chinese, Lunar, Persian or Jewish New Year, which the Gregorian date does not give
        ("holiday", "DATE", rf"(?:(?P<rel>last|this|next|the)\s+)?{_OTHER_CALENDAR}(?P<holiday>{p.holiday})"),
        ("weekday", "DATE", rf"(?:(?P<mod>early|late)\s+)?(?:(?P<rel>{rel})\s+)?(?P<wd>{p.weekday})"
                            rf"(?:\s+(?P<pod>{p.part}))?"),
        ("ago", "DATE", rf"(?:(?P<mod>{p.approx})\s+)?(?P<num>{p.number}|{p.vague})[\s-]+(?P<unit>{p.unit})"
                        r"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|back)\b(?!\s+than\b)"),
    ]


def _extent_rules(p: Pieces) -> list[tuple[str, TimeType, str]]:
    day_after = (rf"(?:,?\s+(?:on\s+)?(?P<wd>{p.weekday})(?:,?\s+(?P<month>{p.month})\s+(?P<day>{p.day}))?"
                 rf"|\s+(?P<dw>today|yesterday|tomorrow|tonight)\b|,?\s+(?:on\s+)?(?P<month2>{p.month})\s+"
                 rf"(?P<day2>{p.day}))?")
    # "10:35 a.m. (0735 GMT) Friday", "4 in the morning (4 a.m. EDT Thursday)": the day, outside the expression.
    day_beyond = (rf"(?=\s*\([^()]{{0,30}}?(?P<pwd>{p.weekday})[^()]{{0,10}}\)|\s*\([^()]{{1,30}}\),?\s+(?:on\s+)?"
                  rf"(?P<pwd2>{p.weekday}))?")
    return [
        # "three times a week", "once per month", "$2 a year"
        ("rate", "SET", rf"(?:(?:(?:once|twice|thrice|(?:{p.number}|several|many)\s+times)\s+(?:an?|per))|"
                        r"(?:(?<=%\s)|(?<=\d\s)|(?<=percent\s)|(?<=cent\s)|(?<=times\s))an?)\s+"
                        r"(?P<unit>year|month|week|day|hour)\b"),
        # "on Fridays", "Monday nights"
        ("weekdays", "SET", rf"(?P<wd>{p.weekdays})(?:s\b|\s+(?P<pod>mornings|afternoons|evenings|nights)\b)"),
        # "the" belongs to "the nine months" and "the past two years", not to "the 30-day deadline"
        ("duration", "DURATION", rf"(?:(?P<mod>{p.approx})\s+)?(?:the\s+(?!{p.number}-))?"
                                 rf"(?:{_NOT_VERB}(?P<rel>past|last|next|"
                                 rf"first|coming|previous|final|following|recent|latest|other|additional|entire|"
                                 rf"whole|full|initial|remaining|same)\s+)?(?:(?P<lead>an?)\s+(?={p.number}[\s-]))?"
                                 rf"(?P<num>{p.number}|{p.vague})[\s-]+(?:(?:more|additional|further|extra|"
                                 rf"straight|consecutive|trading|business|working)\s+)?(?P<unit>{p.unit})"
                                 r"(?P<half>\s+and\s+a\s+half\b)?(?:[\s-]+long)?(?![\s-]+old\b)"),
        ("long", "DURATION", r"(?P<unit>hour|day|week|month|year|decade|centur)(?P<many>s|ies)?-long\b"),
        ("plural", "DURATION", r"(?P<lead>\b(?:for|over|within|in|after)\s+(?:the\s+)?(?:(?P<rel>past|last|"
                               r"coming|next)\s+)?)(?P<unit>years|months|weeks|decades|days|hours|centuries)\b"),
        ("set", "SET", rf"\b(?P<set>{p.set_word})\b"),
        ("every", "SET", rf"(?:every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<num>{p.number}|{p.vague})\s+)?"
                         rf"(?:(?P<unit>{p.unit})|(?P<wd>{p.weekday})|(?P<month>{p.month})|(?P<season>{p.season}))"),
        ("clock", "TIME", r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.?|[ap]m\b)"
                          r"(?:\s+(?P<zone>(?-i:GMT|UTC|[A-Z]{2,3}T)|local\s+time))?" + day_after + day_beyond),
        ("clock_part", "TIME", r"(?<![\d.:$])(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s+(?:o'clock\s+)?in\s+the\s+"
                               r"(?P<pod>morning|afternoon|evening)\b" + day_beyond),
        # "(0300 GMT) on Friday": the day written after the parenthesis, outside the expression
        ("clock24", "TIME", r"(?<![\d.:])(?P<h>[01]\d|2[0-3]):?(?P<mi>[0-5]\d)\s+(?P<zone>GMT|UTC|hours|hrs|"
                            rf"local\s+time)\b(?=\),?\s+(?:on\s+)?(?P<pwd>{p.weekday}))?"),
        # "at 16:00", "until 06:30": a 24-hour clock after a preposition of time
        ("clock_at", "TIME", r"(?P<lead>\b(?:at|until|till|from|to|by|before|after|around|about|since)\s+)"
                             r"(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:.,]\d|\s*(?:[ap]\.?m\b|GMT|UTC|hours|hrs))"
                             r"(?:\s+(?P<zone>local\s+time))?" + day_after),
        ("noon", "TIME", r"(?<!\bhigh\s)\b(?P<word>noon|midnight|midday)\b" + day_after),
        ("reference", "DATE", rf"\b(?P<ref>{p.reference})\b(?!\s+(?:{p.number}|{p.vague})\s)"),
    ]


@lru_cache(maxsize=1)
def grammar() -> tuple[Rule, ...]:
    """The compiled rules, in priority order (earlier wins ties of equal length)."""
    p = pieces(load_vocab())
    return tuple(
        Rule(name, re.compile(r"(?<!\w)" + pattern, re.IGNORECASE), kind,
             re.compile(TRIGGERS[name], re.IGNORECASE) if name in TRIGGERS else None,
             re.compile(TRIMS[name], re.IGNORECASE) if name in TRIMS else None)
        for name, kind, pattern in _rules(p)
    )
