"""Quotes: direct, indirect and mixed, with cue, exact content span, channel and resolved speaker."""

from __future__ import annotations

from bisect import bisect_right

from redline.quotes import detect, link, marks
from redline.quotes.build import quote
from redline.quotes.lexicon import Lexicon, load
from redline.quotes.speakers import Speakers
from redline.settings import Settings
from redline.stages.base import Analysis


class QuoteStage:
    """Finds attributed statements and resolves who made them to actors of the record."""

    name = "redline.quotes.v1"
    requires = ("doc", "actors")
    provides = ("quotes", "actors")

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, analysis: Analysis) -> None:
        doc, record = analysis.doc, analysis.record
        quoted = marks.find(doc.text)
        found = detect.attributions(doc, self.lexicon, _inside(quoted))
        ordered = link.link(doc, found, quoted, self.lexicon)
        speakers = Speakers(doc, record, self.lexicon, [a.content for a in ordered])
        for attribution in sorted(ordered, key=lambda a: a.order):
            resolved = speakers.resolve(attribution)
            record.quotes.append(quote(doc, len(record.quotes) + 1, attribution, resolved))
        record.quotes.sort(key=lambda q: q.content.start)


def _inside(quoted: list[marks.Quoted]) -> detect.InQuote:
    starts = [q.start for q in quoted]

    def inside(at: int) -> bool:
        index = bisect_right(starts, at) - 1
        return index >= 0 and quoted[index].start <= at < quoted[index].end

    return inside


def create(settings: Settings) -> QuoteStage:
    return QuoteStage(load(settings))
