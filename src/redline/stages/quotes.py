"""Quotes: direct, indirect and mixed, with cue, exact content span, channel and resolved speaker."""

from __future__ import annotations

from bisect import bisect_right

from redline.models import Record
from redline.quotes import detect, detect_wide, link, marks
from redline.quotes.attribution import Attribution
from redline.quotes.build import quote
from redline.quotes.lexicon import Lexicon, load
from redline.quotes.speakers import Resolved, Speakers
from redline.settings import Settings
from redline.spans import doc_text
from redline.stages.base import Analysis


class QuoteStage:
    """Finds attributed statements and resolves who made them to actors of the record."""

    name = "redline.quotes.v2"
    requires = ("doc", "actors")
    provides = ("quotes", "actors")

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, analysis: Analysis) -> None:
        doc, record = analysis.doc, analysis.record
        quoted = marks.find(doc_text(doc))
        inside = _inside(quoted)
        ordered = link.link(doc, detect.attributions(doc, self.lexicon, inside), quoted, self.lexicon)
        wide = detect_wide.attributions(doc, self.lexicon, inside, ordered)
        for attribution in wide:
            attribution.kind = link.kind(doc_text(doc), attribution, quoted)
        speakers = Speakers(doc, record, self.lexicon, [a.content for a in ordered])
        for attribution in sorted(ordered, key=lambda a: a.order):
            resolved = speakers.resolve(attribution)
            record.quotes.append(quote(doc, len(record.quotes) + 1, attribution, resolved))
        for attribution, resolved in self._known_speakers(analysis, wide):
            record.quotes.append(quote(doc, len(record.quotes) + 1, attribution, resolved))
        record.quotes.sort(key=lambda q: q.content.start)

    def _known_speakers(self, analysis: Analysis, wide: list[Attribution]) -> list[tuple[Attribution, Resolved]]:
        """Speakers of the wider attributions (beliefs, intentions, topics), resolved after the statements against
        a copy of the actor list: they name actors the record has and never add one (an unknown source keeps its
        words as ``speaker_mention`` only)."""
        record = analysis.record
        known = {a.id for a in record.actors}
        scratch = Record(article=record.article, actors=list(record.actors))
        speakers = Speakers(analysis.doc, scratch, self.lexicon, [a.content for a in wide])
        found = []
        for attribution in sorted(wide, key=lambda a: a.order):
            if attribution.speaker is None:  # a source-less passive: "X has been accused of ..."
                found.append((attribution, Resolved(None, None)))
                continue
            resolved = speakers.resolve(attribution)
            if resolved.actor is not None and resolved.actor.id not in known:
                resolved = Resolved(None, resolved.mention)
            found.append((attribution, resolved))
        return found


def _inside(quoted: list[marks.Quoted]) -> detect.InQuote:
    starts = [q.start for q in quoted]

    def inside(at: int) -> bool:
        index = bisect_right(starts, at) - 1
        return index >= 0 and quoted[index].start <= at < quoted[index].end

    return inside


def create(settings: Settings) -> QuoteStage:
    return QuoteStage(load(settings))
