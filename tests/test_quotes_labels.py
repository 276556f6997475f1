"""Transcript speaker labels ("PENCE: ...") as attributions."""

from __future__ import annotations

import pytest

from redline.models import Article
from redline.pipeline import Pipeline
from redline.settings import Settings

STAGES = ("redline.actors.v2", "redline.quotes.v2")
TRANSCRIPT = ("Defence Minister Anna Kowalska spoke to Tom Reyes of Radio Baltic on Sunday.\n\n"
              "REYES: Will the brigade move to the border before the summit?\n\n"
              "KOWALSKA: The brigade stays where it is. We will not be provoked by these exercises.\n\n"
              "MARKETS: Shares in Warsaw fell 2 percent after the announcement on Monday.\n\n"
              "UPDATE: The summit was moved to Thursday evening.")


@pytest.fixture(scope="module")
def labelled(settings: Settings) -> dict[str, str | None]:
    record = Pipeline.from_settings(settings, STAGES, raise_errors=True).analyze(Article(id="t", text=TRANSCRIPT))
    return {q.content.text: q.speaker_name for q in record.quotes}


@pytest.mark.parametrize(
    ("content", "speaker"),
    [("The brigade stays where it is. We will not be provoked by these exercises.", "Anna Kowalska"),
     ("Will the brigade move to the border before the summit?", "Tom Reyes")],
)
def test_quotes_labels_name_the_speaker(labelled: dict[str, str | None], content: str, speaker: str) -> None:
    assert labelled[content] is not None and speaker in str(labelled[content])


@pytest.mark.parametrize("fragment", ["Shares in Warsaw", "The summit was moved"])
def test_quotes_labels_section_heads_are_not_speakers(labelled: dict[str, str | None], fragment: str) -> None:
    assert not any(fragment in content for content in labelled)
