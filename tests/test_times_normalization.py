"""Time expressions: recognition and TIMEX3 values against a publication date, by tense and context."""

from __future__ import annotations

import pytest

from redline.timex import TimeTagger, Timex


def value_of(found: list[Timex], text: str) -> str | None:
    matches = [t for t in found if text in t.text or t.text in text]
    assert matches, f"{text!r} not found in {[t.text for t in found]}"
    return matches[0].value


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # weekdays by tense: the one before for the past, the one after for the future
        ("The ministry said on Sunday that talks had failed.", "Sunday", "2018-09-23"),
        ("He told reporters on Friday that the offensive was over.", "Friday", "2018-09-21"),
        ("The envoy will travel to Geneva on Thursday.", "Thursday", "2018-09-27"),
        ("Delegations are expected to meet on Wednesday.", "Wednesday", "2018-09-26"),
        ("Fighting resumed Monday after a lull.", "Monday", "2018-09-24"),
        ("The council met last Friday.", "last Friday", "2018-09-21"),
        ("The council meets next Friday.", "next Friday", "2018-09-28"),
        ("Rebels shelled the town on Saturday night.", "Saturday night", "2018-09-22"),
        # bare months and days, resolved by tense toward the publication year
        ("Ministers met at a summit on September 17.", "September 17", "2018-09-17"),
        ("The rebels must withdraw by October 15.", "October 15", "2018-10-15"),
        ("The truce collapsed on Dec. 3.", "Dec. 3", "2017-12-03"),
        ("Elections will be held on January 20.", "January 20", "2019-01-20"),
        ("The deal, signed on 12 March 2016, expired.", "12 March 2016", "2016-03-12"),
        ("Talks opened on Monday, Sept. 10.", "Monday, Sept. 10", "2018-09-10"),
        ("The siege began in March.", "March", "2018-03"),
        ("A new round is planned for November.", "November", "2018-11"),
        ("The protests of May 2011 spread quickly.", "May 2011", "2011-05"),
        ("He resigned in mid-August.", "mid-August", "2018-08"),
        ("The treaty was signed last February.", "last February", "2018-02"),
        ("He was jailed in July last year.", "July last year", "2017-07"),
        ("The convoy reached the port on June 2. Two days later, it left.", "Two days later", "2018-06-04"),
        ("Output was measured on 2018-09-01.", "2018-09-01", "2018-09-01"),
        ("The leap-day vote was held on Feb. 29.", "Feb. 29", "2016-02-29"),
        ("The order was dated 03/15/2017.", "03/15/2017", "2017-03-15"),
        # years, decades, centuries
        ("The protests began back in 2011.", "2011", "2011"),
        ("The army was founded in the 1990s.", "the 1990s", "199"),
        ("It was a disaster of the 20th century.", "the 20th century", "19"),
        ("The dynasty ruled from the 1600s to the 1800s.", "the 1800s", "18"),
        ("Revenue rose in fiscal 2017.", "fiscal 2017", "2017"),
        # relative to the publication date
        ("The ceasefire was agreed yesterday.", "yesterday", "2018-09-23"),
        ("The vote takes place today.", "today", "2018-09-24"),
        ("The talks resume tomorrow.", "tomorrow", "2018-09-25"),
        ("The army withdrew two days ago.", "two days ago", "2018-09-22"),
        ("The border reopened three years ago.", "three years ago", "2015"),
        ("Prices rose last week.", "last week", "2018-W38"),
        ("Inflation fell last month.", "last month", "2018-08"),
        ("The economy shrank last year.", "last year", "2017"),
        ("The report is due next year.", "next year", "2019"),
        ("Shelling intensified earlier this month.", "earlier this month", "2018-09"),
        ("He will visit Moscow later this year.", "later this year", "2018"),
        ("The government fell this week.", "this week", "2018-W39"),
        ("Fighting will stop by the end of the year.", "the end of the year", "2018"),
        ("Sales collapsed in the third quarter.", "the third quarter", "2018-Q3"),
        ("Profit rose in the first quarter of 2017.", "the first quarter of 2017", "2017-Q1"),
        ("The crops failed last summer.", "last summer", "2017-SU"),
        ("Results improve in the second half of 2016.", "the second half of 2016", "2016-H2"),
        ("The offensive started this morning.", "this morning", "2018-09-24TMO"),
        ("The blast occurred at 10:35 a.m.", "10:35 a.m.", "2018-09-24T10:35"),
        ("Curfew starts at 9 p.m. Tuesday.", "9 p.m. Tuesday", "2018-09-25T21:00"),
        # references
        ("Thousands of families currently live there.", "currently", "PRESENT_REF"),
        ("Now the city is calm.", "Now", "PRESENT_REF"),
        ("The group recently changed its name.", "recently", "PAST_REF"),
        # durations
        ("Over the past couple of years, the front barely moved.", "the past couple of years", "P2Y"),
        ("The siege lasted three months.", "three months", "P3M"),
        ("He spent 18 months in prison.", "18 months", "P18M"),
        ("A two-year truce was signed.", "two-year", "P2Y"),
        ("The talks lasted five hours.", "five hours", "PT5H"),
        ("They fought for years.", "years", "PXY"),
        ("Several weeks passed.", "Several weeks", "PXW"),
        ("The war has lasted more than a decade.", "more than a decade", "P10Y"),
        ("The operation took 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("Over the past year, prices doubled.", "the past year", "P1Y"),
        ("Talks went on for the past 24 hours.", "the past 24 hours", "PT24H"),
        # deadlines set in a past clause still look ahead
        ("Officials extended the deadline until Thursday.", "Thursday", "2018-09-27"),
        ("The court gave the parties until mid-November to reply.", "mid-November", "2018-11"),
        ("The truce held from Sept. 14 to Thursday.", "Thursday", "2018-09-20"),
        ("The last round of talks, held in January, ended without agreement.", "January", "2018-01"),
        # holidays, fiscal years, clock times with their day
        ("Shops closed on Christmas Day.", "Christmas Day", "2017-12-25"),
        ("Pilgrims gathered for Easter.", "Easter", "2018-04-01"),
        ("Profit fell in the year ended June 30.", "the year", "P1Y"),
        ("The truce began at midnight on Sunday, Sept. 16.", "midnight on Sunday, Sept. 16", "2018-09-16T24:00"),
        # frequencies
        ("Prices rose 2.5% a year.", "a year", "P1Y"),
        ("Convoys cross daily.", "daily", "P1D"),
        ("Monitors report every week.", "every week", "P1W"),
        ("The market opens every Friday.", "every Friday", "XXXX-WXX-5"),
    ],
)
def test_times_normalization_values(tag, sentence: str, expression: str, value: str) -> None:
    assert value_of(tag(sentence), expression) == value


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The siege lasted three months.", "DURATION"),
        ("Convoys cross daily.", "SET"),
        ("The blast occurred at 10:35 a.m.", "TIME"),
        ("The truce collapsed on Dec. 3.", "DATE"),
    ],
)
def test_times_normalization_types(tag, sentence: str, kind: str) -> None:
    assert tag(sentence)[0].type == kind


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Fighters must leave the area by October 15.", "deadline"),
        ("The deadline for the handover is November 1.", "deadline"),
        ("Fighting has continued since March 2011.", "start"),
        ("The truce holds until Friday.", "end"),
        ("The summit took place on September 17.", "point"),
    ],
)
def test_times_roles(tag, sentence: str, role: str) -> None:
    dated = [t for t in tag(sentence) if t.type == "DATE"]
    assert dated[0].role == role


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 2000 people fled the fighting.",
        "UN Security Council Resolution 2254 calls for elections.",
        "The 45-year-old commander was arrested.",
        "The march drew thousands; they may return.",
        "Casualties were counted at 1500 sites.",
        "A second convoy left the city.",
    ],
)
def test_times_not_recognized(tag, sentence: str) -> None:
    assert [t.text for t in tag(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("The ceasefire was agreed on Sunday.", "Sunday"),
        ("The summit was held on September 17.", "September 17"),
        ("Prices rose last week.", "last week"),
        ("The offensive started this morning.", "this morning"),
    ],
)
def test_times_without_publication_date_are_unanchored(tag, sentence: str, expression: str) -> None:
    found = [t for t in tag(sentence, None) if expression in t.text]
    assert found and found[0].value is None and found[0].anchored is False


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The uprising began back in 2011.", "2011"),
        ("The siege lasted three months.", "P3M"),
        ("The city is now calm.", "PRESENT_REF"),
        ("The deal was signed on 12 March 2016.", "2016-03-12"),
    ],
)
def test_times_without_publication_date_keep_absolute_values(tag, sentence: str, value: str) -> None:
    found = tag(sentence, None)
    assert found[0].value == value and found[0].anchored is True


@pytest.mark.parametrize("text", ["one " * 3000, "March " * 3000, "the past " * 3000])
def test_times_recognize_long_repetitive_text(text: str) -> None:
    """Pathological repetition is read without error (its scaling is measured by benchmarks/bench_resources.py)."""
    assert isinstance(TimeTagger().candidates(text), list)
