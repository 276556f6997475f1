"""Quotes: direct, indirect and mixed, with cue and resolved speaker. (Baseline: quotation marks only.)"""

from __future__ import annotations

import re

from redline import spans
from redline.models import Quote
from redline.settings import Settings
from redline.stages.base import Analysis

_QUOTED = re.compile(r"[“\"]([^”\"]{3,}?)[”\"]")


class QuoteStage:
    name = "redline.quotes.v1"
    requires = ("doc", "actors")
    provides = ("quotes",)

    def __call__(self, analysis: Analysis) -> None:
        for match in _QUOTED.finditer(analysis.text):
            start, end = match.span(1)
            analysis.record.quotes.append(
                Quote(id=f"q{len(analysis.record.quotes) + 1}", kind="direct",
                      content=spans.text_span(analysis.doc, start, end),
                      evidence=spans.evidence(analysis.doc, match.start(), match.end()))
            )


def create(settings: Settings) -> QuoteStage:
    return QuoteStage()
