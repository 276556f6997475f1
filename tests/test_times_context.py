"""Time expressions that need more than the anchor: a date the narrative gave, a verb that sets a date, a clause in
the past perfect, a title that looks like a time word."""

from __future__ import annotations

import pytest

from redline.timex import Timex


def found(timexes: list[Timex], text: str) -> Timex:
    matches = [t for t in timexes if t.text == text]
    assert matches, f"{text!r} not found in {[t.text for t in timexes]}"
    return matches[0]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # narrative anaphora count from the last date written before them
        ("He was named envoy on May 22, 2015, and the following year he was sent to Cairo.", "the following year",
         "2016"),
        ("The militia took the town in 2014. Later that year it lost the airport.", "Later that year", "2014"),
        ("Talks stalled in March 2016. The following month, both sides walked out.", "The following month",
         "2016-04"),
        ("The prisoners were freed on June 2, 2017, and flown home the next morning.", "the next morning",
         "2017-06-03TMO"),
        ("The convoy was attacked on Aug. 3, 2016. That night, the road was closed.", "That night", "2016-08-03TNI"),
        ("The militia seized the town in 2014. A year later, it lost the airport.", "A year later", "2015"),
        ("Talks failed in March 2016, and two months later fighting resumed.", "two months later", "2016-05"),
        # without a written date "the next morning" counts from the publication date
        ("Talks broke down and the delegations left the next morning.", "the next morning", "2018-09-25TMO"),
        # a verb that sets or moves a date does not put it in the past
        ("The court has set Oct. 10 as the deadline for appeals.", "Oct. 10", "2018-10-10"),
        ("Officials postponed until Friday any decision on the convoy.", "Friday", "2018-09-28"),
        ("Mediators gave both sides until Thursday to reply.", "Thursday", "2018-09-27"),
        ("He said the army will buy all the fuel delivered through Oct. 17.", "Oct. 17", "2018-10-17"),
        # a plan told in the past perfect was overtaken: its weekday is not the coming one
        ("The truce had been due to expire on Friday.", "Friday", "2018-09-21"),
        # year-end: this year's, unless it lies in the past
        ("The deal should close by year-end.", "year-end", "2018-12-31"),
        ("The index has risen 4% since year-end.", "year-end", "2017-12-31"),
        # an end in a present clause is still to come
        ("Cyprus has until Friday to raise the money.", "Friday", "2018-09-28"),
        # "would" in reported speech is the future of the report, unless it is a past counterfactual
        ("Officials said on Friday that the talks would resume on Thursday.", "Thursday", "2018-09-27"),
        ("He said he would have left on Friday had the road been open.", "Friday", "2018-09-21"),
        # "last February" written in March is not the month just gone ("last month")
        ("Two helicopters crashed last August.", "last August", "2017-08"),
        ("The city fell last June.", "last June", "2018-06"),
        # a date a paragraph earlier anchors "the following month"
        ("In March, the group received an offer. " + "Its board said nothing for weeks about the bid. " * 6
         + "The following month, it put itself up for sale.", "The following month", "2018-04"),
        # a month in a future clause has not gone
        ("The envoy will return for another round in August.", "August", "2019-08"),
        # seasons, decades and parts of the day
        ("Over the summer, the rebels lost ground.", "the summer", "2018-SU"),
        ("Aid groups were pressing for talks before the winter.", "the winter", "2018-WI"),
        ("Most of the militias were formed in the nineties.", "the nineties", "199"),
        ("Shelling resumed in the morning.", "the morning", "2018-09-24TMO"),
        ("By mid-afternoon yesterday, the road was open.", "mid-afternoon yesterday", "2018-09-23TAF"),
        ("The delegation will leave at 4 in the morning.", "4 in the morning", "2018-09-24T04:00"),
        ("The blast occurred at 10:35 a.m. (0735 GMT) Friday, witnesses said.", "10:35 a.m.", "2018-09-21T10:35"),
        ("The judge heard the case at midday.", "midday", "2018-09-24T12:00"),
        # durations with extra words and fractions
        ("Peacekeepers will stay for at least two more weeks.", "at least two more weeks", "P2W"),
        ("The index fell for eight trading days.", "eight trading days", "P8D"),
        ("The exodus lasted 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("The talks lasted 5 1/2 hours.", "5 1/2 hours", "PT5H30M"),
        ("A minute and a half later, the line went dead.", "A minute and a half", "PT1M30S"),
        ("The city has been under a months-long siege.", "months-long", "PXM"),
        ("Delegates emerged from a day-long meeting.", "a day-long", "P1D"),
        ("In the year-earlier third quarter, the bank lost money.", "the year-earlier third quarter", "2017-Q3"),
        ("The bank earned $3 million in the third quarter, against a loss in the 2017 quarter.", "the 2017 quarter",
         "2017-Q2"),
        ("The hearing may be held the week of March 6, 2017.", "the week of March 6, 2017", "2017-W10"),
        ("The summit will be held on October 24 and 25.", "25", "2018-10-25"),
        ("Profit rose in the third quarter. For the nine months, it earned $5 million, against $4 million a year "
         "earlier.", "a year earlier", "2017"),
        ("Profit for the quarter rose to $5 million, against $4 million a year earlier.", "a year earlier",
         "2017-Q2"),
        # weekends and modified weekdays
        ("Rebels shelled the town this past weekend.", "this past weekend", "2018-W38-WE"),
        ("The ministry announced the deal late Sunday.", "late Sunday", "2018-09-23"),
        # a range of weekdays runs forward
        ("From Monday to Wednesday, talks were held in Geneva.", "Monday", "2018-09-17"),
        ("The truce will run from Sunday to Tuesday.", "Tuesday", "2018-10-02"),
        # frequencies
        ("Monitors visit the site twice a week.", "twice a week", "P1W"),
        # vague references to the future
        ("The government will review the law in the near future.", "the near future", "FUTURE_REF"),
        ("The plan carries risks in the short term.", "the short term", "FUTURE_REF"),
    ],
)
def test_times_context_values(tag, sentence: str, expression: str, value: str) -> None:
    assert found(tag(sentence), expression).value == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # a wire dateline a day before publication is the day of writing
        ("BRUSSELS, September 23 (Xinhua) -- NATO ministers met today and agreed on a plan.", "today", "2018-09-23"),
        ("GENEVA, Sept. 23 (Reuters) - Talks resumed on Sunday.", "Sunday", "2018-09-23"),
        # a dateline far from the publication date is not: the report was filed late or reprinted
        ("GENEVA, Sept. 2 (Reuters) - Talks resumed today.", "today", "2018-09-24"),
        ("Talks resumed today in Geneva.", "today", "2018-09-24"),
    ],
)
def test_times_context_dateline(tag, text: str, expression: str, value: str) -> None:
    assert found(tag(text), expression).value == value


def test_times_context_dateline_with_year_anchors_an_undated_article(tag) -> None:
    timexes = tag("BRUSSELS, February 10, 1999 (Xinhua) -- NATO ministers met today.", None)
    assert found(timexes, "today").value == "1999-02-10"
    assert found(tag("BRUSSELS, February 10 (Xinhua) -- NATO ministers met today.", None), "today").value is None


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The minister spoke on ABC's \"This Week\" programme.", "This Week"),
        ("He told CBS's \"60 Minutes\" that the talks had failed.", "60 Minutes"),
        ("This is VOA Today.", "Today"),
        ("The war shaped today's youth in the region.", "today"),
        ("We are building the army of tomorrow.", "tomorrow"),
        ("The poster showed a scene from High Noon.", "Noon"),
        ("The fall of Aleppo changed the war.", "fall"),
        ("Protesters recalled the Arab Spring.", "Spring"),
        ("Traders suffered huge losses on trades made that day.", "that day"),
        ("Refugees make up more than a quarter of the population.", "quarter"),
    ],
)
def test_times_context_not_times(tag, sentence: str, word: str) -> None:
    assert not [t for t in tag(sentence) if word in t.text]


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("The rebels rejected the 30-day deadline.", "30-day"),
        ("For the nine months, the company lost money.", "the nine months"),
        ("The bank said its third-quarter profit fell.", "third-quarter"),
        ("The bank reported a loss for its fourth quarter.", "fourth quarter"),
        ("Losses widened in the third quarter.", "the third quarter"),
    ],
)
def test_times_context_spans(tag, sentence: str, expression: str) -> None:
    assert [t.text for t in tag(sentence)] == [expression]


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("TALKS TO RESUME NEXT WEEK", "NEXT WEEK"),
        ("Rebels And Army Agree To Meet Next Week In Geneva", "Next Week"),
        ("``Today, I am here to tell you the war is over,'' he said.", "Today"),
    ],
)
def test_times_context_capitals_kept(tag, sentence: str, expression: str) -> None:
    assert found(tag(sentence), expression).value is not None
