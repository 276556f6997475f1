"""Time expressions in short modern wire reports written for these tests (not from any evaluation set): each report
has its own publication date, and every expression listed must come out with its TIMEX3 type and value."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from redline.timex import Timex

Expected = list[tuple[str, str, str]]

REPORTS: list[tuple[str, str, Expected]] = [
    (
        "2025-11-16",
        "GAZA CITY -- Israeli strikes killed at least 12 people in the south of the enclave overnight, health "
        "officials said on Sunday. The army said it had hit more than 150 targets over the past 48 hours. "
        "Mediators are expected to meet in Cairo in the coming days.",
        [("overnight", "TIME", "2025-11-15TNI"), ("Sunday", "DATE", "2025-11-16"),
         ("the past 48 hours", "DURATION", "PT48H"), ("the coming days", "DURATION", "PXD")],
    ),
    (
        "2025-10-08",
        "The United Nations said on Tuesday that more than 300 aid trucks had entered the territory since Friday, "
        "the most in a single week since January. A deal could be signed by October 15, two officials said, and "
        "its first phase would last 60 days.",
        [("Tuesday", "DATE", "2025-10-07"), ("Friday", "DATE", "2025-10-03"), ("January", "DATE", "2025-01"),
         ("October 15", "DATE", "2025-10-15"), ("60 days", "DURATION", "P60D")],
    ),
    (
        "2025-03-10",
        "RIYADH -- Talks held from March 3 to 5 ended without agreement, and negotiators will return on March "
        "24-25. Between 2019 and 2021 the group carried out dozens of attacks; since 2011 the war has killed more "
        "than 500,000 people.",
        [("March 3", "DATE", "2025-03-03"), ("5", "DATE", "2025-03-05"), ("March 24", "DATE", "2025-03-24"),
         ("25", "DATE", "2025-03-25"), ("2019", "DATE", "2019"), ("2021", "DATE", "2021"), ("2011", "DATE", "2011")],
    ),
    (
        "2025-07-30",
        "The defence ministry's fiscal 2026 budget, unveiled last week, raises spending for a third straight year. "
        "Growth slowed in the second quarter and is forecast to recover in the first quarter of next year, after "
        "falling in the fourth quarter of last year. The fund reviews the programme annually, and its inspectors "
        "visit every six months. Output in H1 2025 was flat, and the FY2027 plan is due by year's end.",
        [("fiscal 2026", "DATE", "2026"), ("last week", "DATE", "2025-W30"), ("the second quarter", "DATE", "2025-Q2"),
         ("the first quarter of next year", "DATE", "2026-Q1"), ("the fourth quarter of last year", "DATE", "2024-Q4"),
         ("annually", "SET", "P1Y"), ("every six months", "SET", "P6M"), ("H1 2025", "DATE", "2025-H1"),
         ("FY2027", "DATE", "2027"), ("year's end", "DATE", "2025")],
    ),
    (
        "2025-06-14",
        "A decade ago, the city had two million residents. Mid-2025 estimates put the number at under half that, "
        "after several years of siege. Shelling has largely stopped this weekend, although a mortar round hit a "
        "market late Friday.",
        [("A decade ago", "DATE", "201"), ("Mid-2025", "DATE", "2025"), ("several years", "DURATION", "PXY"),
         ("this weekend", "DATE", "2025-W24-WE"), ("late Friday", "DATE", "2025-06-13")],
    ),
    (
        "2025-01-20",
        "The ceasefire took effect on Sunday after 15 months of war. Under the deal, hostages will be released over "
        "the next six weeks, and talks on a second phase are due to begin by Feb. 4. Earlier this month, mediators "
        "warned that the truce could collapse within days.",
        [("Sunday", "DATE", "2025-01-19"), ("15 months", "DURATION", "P15M"),
         ("the next six weeks", "DURATION", "P6W"), ("Feb. 4", "DATE", "2025-02-04"),
         ("Earlier this month", "DATE", "2025-01"), ("days", "DURATION", "PXD")],
    ),
    (
        "2024-11-18",
        "The foreign ministers will meet again in the spring and review progress at the end of the year. They "
        "recalled the accord signed in the late 1990s and pledged to end the conflict well before the middle of the "
        "21st century. Joint exercises are held twice a year, and monitoring reports are published weekly.",
        [("the spring", "DATE", "2025-SP"), ("the end of the year", "DATE", "2024"), ("the late 1990s", "DATE", "199"),
         ("the 21st century", "DATE", "20"), ("twice a year", "SET", "P1Y"), ("weekly", "SET", "P1W")],
    ),
    (
        "2025-09-05",
        "Officials said the offensive, launched in mid-August, had intensified in recent weeks. Elections will be "
        "held by October 15, and the new parliament will sit from Nov. 3 through Nov. 7. The previous vote, in "
        "2020, was delayed by two years.",
        [("mid-August", "DATE", "2025-08"), ("recent weeks", "DURATION", "PXW"), ("October 15", "DATE", "2025-10-15"),
         ("Nov. 3", "DATE", "2025-11-03"), ("Nov. 7", "DATE", "2025-11-07"), ("2020", "DATE", "2020"),
         ("two years", "DURATION", "P2Y")],
    ),
    (
        "2026-02-02",
        "KYIV -- Overnight, Russian drones struck energy sites in three regions. The grid operator said on Monday "
        "that power would be restored by the end of the week. Since the full-scale invasion in February 2022, "
        "attacks on the grid have peaked each winter. This morning, at 7:30 a.m., sirens sounded again.",
        [("Overnight", "TIME", "2026-02-01TNI"), ("Monday", "DATE", "2026-02-02"),
         ("the end of the week", "DATE", "2026-W06"), ("February 2022", "DATE", "2022-02"),
         ("each winter", "SET", "XXXX-WI"), ("This morning", "TIME", "2026-02-02TMO"),
         ("7:30 a.m.", "TIME", "2026-02-02T07:30")],
    ),
]

#: Single sentences for the general rules the reports above rely on.
SENTENCES: list[tuple[str, str, str, str, str]] = [
    ("2024-05-15", "He was detained in the summer of 2022 and released three months later.", "three months later",
     "DATE", "2022-09"),
    ("2024-05-15", "The vote is set for the spring of 2025, a year later than planned.", "a year", "DURATION", "P1Y"),
    ("2024-05-15", "Protesters gather on Fridays after prayers.", "Fridays", "SET", "XXXX-WXX-5"),
    ("2024-05-15", "Shops close early on Monday nights.", "Monday nights", "SET", "XXXX-WXX-1TNI"),
    ("2024-05-15", "Patrols run three times a week.", "three times a week", "SET", "P1W"),
    ("2024-05-15", "The envoys meet every other week.", "every other week", "SET", "P2W"),
    ("2024-05-15", "The militia has held the pass since March.", "March", "DATE", "2024-03"),
    ("2024-02-15", "The militia has held the pass since March.", "March", "DATE", "2023-03"),
    ("2024-05-15", "Officials said the pause would last 45 days.", "45 days", "DURATION", "P45D"),
    ("2023-03-21", "The toll rose to 25 by nightfall.", "nightfall", "TIME", "2023-03-21TEV"),
    ("2023-03-21", "Troops returned on Friday at dawn.", "dawn", "TIME", "2023-03-17TMO"),
    ("2025-10-09", "CAIRO, Oct 8 (Reuters) - A deal is possible as soon as Thursday, sources said.", "Thursday",
     "DATE", "2025-10-09"),
    ("2025-10-09", "The meeting was postponed to 16:00 on Friday.", "16:00 on Friday", "TIME", "2025-10-10T16:00"),
    ("2025-04-14", "The attack happened in the first week of April.", "the first week of April", "DATE", "2025-W14"),
    ("2025-04-14", "Talks are planned for the last week of May.", "the last week of May", "DATE", "2025-W22"),
    ("2025-04-14", "Rebels entered the town on March 6. The following Monday, the army hit back.",
     "The following Monday", "DATE", "2025-03-10"),
    ("2025-04-14", "In the past, such talks failed; for now the truce holds.", "the past", "DATE", "PAST_REF"),
    ("2025-04-14", "For now, the truce holds.", "now", "DATE", "PRESENT_REF"),
    ("2025-04-14", "Shelling hit the city every few days.", "every few days", "SET", "PXD"),
    ("2025-04-14", "The fighting has displaced 9,000 people in the past fortnight.", "the past fortnight", "DURATION",
     "P2W"),
    ("2025-04-14", "The truce began at 6 a.m. local time (0300 GMT) on Friday.", "0300 GMT", "TIME",
     "2025-04-11T03:00"),
    ("2025-11-16", "The blast occurred shortly after midnight local time.", "midnight", "TIME", "2025-11-15T24:00"),
    ("2025-11-16", "The curfew will start at midnight.", "midnight", "TIME", "2025-11-16T24:00"),
    ("2025-04-14", "The economy grew until the end of the 2010s.", "the end of the 2010s", "DATE", "201"),
    ("2024-08-26", "The two sides traded fire early Sunday. The army said it struck launchers shortly before 5 a.m.",
     "5 a.m.", "TIME", "2024-08-25T05:00"),
    ("2025-02-28", "Previous truces, agreed in May and June 2023, collapsed within days.", "May", "DATE", "2023-05"),
    ("2025-02-28", "No talks were held from December to January 2024.", "December", "DATE", "2023-12"),
    ("2025-06-20", "He did the same thing seven years ago, wearing the jacket he had on seven years earlier.",
     "seven years earlier", "DATE", "2018"),
    ("2025-06-20", "Police cleared the square on June 28-29, 2011, activists said.", "June 28", "DATE", "2011-06-28"),
    ("2025-06-20", "Police cleared the square on June 28-29, 2011, activists said.", "29, 2011", "DATE", "2011-06-29"),
    ("2025-06-20", "Under the deal signed in Doha on March 2, 2021, prisoners were to be freed by March 10.",
     "March 10", "DATE", "2021-03-10"),
    ("2025-06-20", "The states, invited on July 8, 2024, will formally join the bloc on March 12.", "March 12", "DATE",
     "2026-03-12"),
    ("2025-06-20", "Fighting eased earlier in the week.", "earlier in the week", "DATE", "2025-W25"),
    ("2025-06-20", "The president landed on June 2 and met the king later in the day.", "later in the day", "DATE",
     "2025-06-02"),
]

CASES = [pytest.param(published, text, expression, kind, value, id=f"{published}-{expression}")
         for published, text, expected in REPORTS for expression, kind, value in expected]


@pytest.mark.parametrize(("published", "text", "expression", "kind", "value"), SENTENCES)
def test_timex_heldout_news_rules(tag: Callable[..., list[Timex]], published: str, text: str, expression: str,
                                  kind: str, value: str) -> None:
    timex = _found(tag(text, date.fromisoformat(published)), expression, text)
    assert (timex.type, timex.value) == (kind, value)


def _found(found: list[Timex], expression: str, text: str) -> Timex:
    matches = [t for t in found if t.text == expression]
    assert matches, f"{expression!r} not found in {[t.text for t in found]} of {text[:40]!r}…"
    return matches[0]


@pytest.mark.parametrize(("published", "text", "expression", "kind", "value"), CASES)
def test_timex_heldout_news_values(tag: Callable[..., list[Timex]], published: str, text: str, expression: str,
                                   kind: str, value: str) -> None:
    timex = _found(tag(text, date.fromisoformat(published)), expression, text)
    assert (timex.type, timex.value) == (kind, value)


@pytest.mark.parametrize(
    ("published", "text"),
    [
        ("2025-03-10", "The curfew was lifted after an overnight stay by the envoy."),
        ("2025-03-10", "The bank left the overnight lending rate unchanged."),
        ("2025-03-10", "He hopes to gain sway in future talks."),
        ("2025-03-10", "Travel peaked during the Lunar New Year holiday."),
        ("2025-03-10", "Annual growth slowed, the quarterly survey showed."),
        ("2025-03-10", "Whether the first half of the plan survives is unclear."),
        ("2025-03-10", "Exports fell by a quarter."),
        ("2025-03-10", "It marked the dawn of a new era."),
        ("2025-03-10", "The side won 2:1, as John 3:16 foretold."),
        ("2025-03-10", "The economy grew 8% annually."),
    ],
)
def test_timex_heldout_news_look_alikes(tag: Callable[..., list[Timex]], published: str, text: str) -> None:
    assert tag(text, date.fromisoformat(published)) == []


def test_timex_heldout_news_second_day_is_not_a_count(tag: Callable[..., list[Timex]]) -> None:
    found = tag("On April 24 and 25 people were hurt.", date(2025, 3, 10))
    assert [t.text for t in found] == ["April 24"]


def test_timex_heldout_news_second_day_must_exist(tag: Callable[..., list[Timex]]) -> None:
    found = tag("The talks were held on Feb. 29 and 30, officials said.", date(2024, 3, 10))
    assert [(t.text, t.value) for t in found] == [("Feb. 29", "2024-02-29")]
