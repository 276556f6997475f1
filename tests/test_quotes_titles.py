"""Attributions in an article's title, read from the verb's form (headlinese parses badly)."""

from __future__ import annotations

import pytest

from redline.models import Article
from redline.pipeline import Pipeline
from redline.settings import Settings

STAGES = ("redline.actors.v2", "redline.quotes.v2")


@pytest.mark.parametrize(
    ("text", "cue", "content", "attribution"),
    [
        ("Foreign Minister Okafor Says Border Talks Will Resume In May.\n\nThe talks stalled in March.",
         "Says", "Border Talks Will Resume In May", "speech"),
        ("Tribal Elders Slam Plan To Move The Market.\n\nThe council met on Monday.",
         "Slam", "Plan To Move The Market", "topic"),
        ("Dam Is Safe For Now, Engineering Panel Finds.\n\nThe panel met for two days.",
         "Finds", "Dam Is Safe For Now", "evidence"),
        ("Governor Lindqvist Wants Ferry Service Restored By June.\n\nThe ferry stopped in April.",
         "Wants", "Ferry Service Restored By June", "intention"),
    ],
)
def test_quotes_titles_attribution(settings: Settings, text: str, cue: str, content: str, attribution: str) -> None:
    pipeline = Pipeline.from_settings(settings, STAGES, raise_errors=True)
    quotes = [q for q in pipeline.analyze(Article(id="title", text=text)).quotes if q.cue == cue]
    assert [(q.content.text, q.attribution) for q in quotes] == [(content, attribution)]


@pytest.mark.parametrize(
    "text",
    ["Rebels Seize Town In The North.\n\nThe army withdrew on Sunday.",
     "How The Ferry Was Lost.\n\nThe ferry sank in April.",
     "Maria Costa met Paul Weber in Geneva. Weber told reporters the talks went well."],
)
def test_quotes_titles_none(settings: Settings, text: str) -> None:
    pipeline = Pipeline.from_settings(settings, STAGES, raise_errors=True)
    first_line = text.split("\n")[0]
    quotes = pipeline.analyze(Article(id="title", text=text)).quotes
    assert [q for q in quotes if q.cue_span is not None and q.cue_span.end <= len(first_line)
            and q.cue not in {"told"}] == []
