"""Quotation marks: every style, nesting, apostrophes and paragraphs that continue a quote."""

from __future__ import annotations

import pytest

from redline.quotes import marks


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("He said “we will not leave” on Monday.", "we will not leave"),
        ("Elle a dit « nous restons » hier.", "nous restons"),
        ("Er sagte „wir bleiben“ gestern.", "wir bleiben"),
        ("She called it ‘a disgrace’ twice.", "a disgrace"),
        ('The envoy said "talks will resume" soon.', "talks will resume"),
        ("He called it “the ‘worst’ case” again.", "the ‘worst’ case"),
        ("“Ceasefire now,” they chanted.", "Ceasefire now"),
        ("''This isn't over,'' the senator said.", "This isn't over"),
        ("Il a dit ‹ non › hier.", "non"),
    ],
)
def test_quotes_marks_every_style(text: str, inside: str) -> None:
    found = marks.find(text)
    assert [text[q.start:q.end] for q in found] == [inside]


@pytest.mark.parametrize("text", ["Iran’s envoy met Turkey’s minister.", "The rebels’ positions fell.", "No marks."])
def test_quotes_marks_apostrophes_are_not_quotes(text: str) -> None:
    assert marks.find(text) == []


def test_quotes_marks_paragraph_continues_without_closing_mark() -> None:
    text = "“The water rose fast.\n\n“We moved everyone to the school,” she said.\n\nThe end."
    (quote,) = marks.find(text)
    assert text[quote.start:quote.end].startswith("The water rose fast.")
    assert text[quote.start:quote.end].endswith("to the school")
    assert quote.closed


def test_quotes_marks_unclosed_quote_runs_to_paragraph_end() -> None:
    text = "He wrote: “nothing will change here\n\nA new paragraph."
    (quote,) = marks.find(text)
    assert text[quote.start:quote.end] == "nothing will change here"
    assert not quote.closed


def test_quotes_marks_paragraphs_skip_blank_lines() -> None:
    text = "One.\n\n\nTwo.\nThree."
    assert [text[s:e] for s, e in marks.paragraphs(text)] == ["One.", "Two.", "Three."]


@pytest.mark.parametrize(("text", "inside"), [
    ('The blast “killed and injured dozens" of people, officials said.', "killed and injured dozens"),
    ('The envoy called it "a first step” toward talks.', "a first step"),
])
def test_quotes_marks_mixed_curly_and_straight_marks_pair(text: str, inside: str) -> None:
    [quoted] = marks.find(text)
    assert text[quoted.start:quoted.end] == inside


def test_quotes_marks_long_unclosed_quote_stops_at_its_sentence_end() -> None:
    text = "The commander said: “We will not withdraw. " + "Talks resumed in the capital on Monday. " * 40
    [quoted] = marks.find(text)
    assert text[quoted.start:quoted.end] == "We will not withdraw."
