"""From attributions and resolved speakers to :class:`Quote` records with evidence."""

from __future__ import annotations

from spacy.tokens import Doc

from redline import spans
from redline.models import Evidence, Mention, Quote, Span, TextSpan
from redline.quotes.attribution import Attribution, text_of
from redline.quotes.speakers import Resolved


def quote(doc: Doc, number: int, attribution: Attribution, speaker: Resolved) -> Quote:
    """One quote record; its evidence runs over the speaker, cue and content together."""
    text = text_of(doc)
    start, end = attribution.content
    reach = [start, end]
    if attribution.cue is not None:
        reach += list(attribution.cue)
    if speaker.mention is not None:
        reach += list(speaker.mention)
    actor = speaker.actor
    return Quote(
        id=f"q{number}",
        speaker=actor.id if actor else None,
        speaker_name=actor.name if actor else None,
        speaker_mention=_mention(text, speaker),
        kind=attribution.kind,  # type: ignore[arg-type]
        cue=text[attribution.cue[0]:attribution.cue[1]] if attribution.cue else None,
        cue_span=Span(start=attribution.cue[0], end=attribution.cue[1]) if attribution.cue else None,
        content=TextSpan(start=start, end=end, text=text[start:end]),
        channel=text[attribution.channel[0]:attribution.channel[1]] if attribution.channel else None,
        evidence=_evidence(doc, text, min(reach), max(reach)),
        attribution=attribution.attribution,  # type: ignore[arg-type]
    )


def _evidence(doc: Doc, text: str, start: int, end: int) -> Evidence:
    """What ``spans.evidence`` gives, from the text built once rather than ``Doc.text`` per call."""
    return Evidence(start=start, end=end, text=text[start:end], sentence=spans.sentence_span(doc, start, end))


def _mention(text: str, speaker: Resolved) -> Mention | None:
    if speaker.mention is None:
        return None
    start, end = speaker.mention
    return Mention(start=start, end=end, text=text[start:end])
