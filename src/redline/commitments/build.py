"""A commitment record from a draft: sides, when and where it was agreed, when it takes effect, provisions."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from redline import lookup, spans
from redline.commitments import dates
from redline.commitments.detect import Anchor
from redline.commitments.gather import provisions
from redline.commitments.group import Draft, creates
from redline.commitments.lexicon import CommitmentLexicon
from redline.commitments.parties import collapsed
from redline.commitments.provisions import Context, content_tokens
from redline.commitments.syntax import span_of, subjects
from redline.models import Commitment, Evidence, Record

_VENUES = frozenset({"in", "at"})
_PAST_CUES = ("took", "went", "came", "entered", "began", "started")
_NOT_AGREED = re.compile(r"\b(?:by|before|until|within|no later than|effect|force|from)\W*(?:\w+\W+){0,2}$", re.I)


def commitment(draft: Draft, index: int, doc: Doc, record: Record, lexicon: CommitmentLexicon,
               published: date | None, stop: int) -> Commitment:
    """The commitment record of a draft; provisions are read up to sentence start ``stop``."""
    main = _main_anchor(draft, record)
    agreed = _agreed(draft, record, lexicon, published)
    for name in ("parties", "guarantors"):
        setattr(draft.sides, name, collapsed(record, getattr(draft.sides, name)))
    context = Context(doc, record, lexicon, dates.to_date(agreed) or published,
                      draft.sides.addressees or draft.sides.parties)
    return Commitment(
        id=f"c{index}", kind=draft.kind, name=draft.name, parties=draft.sides.parties,
        guarantors=draft.sides.guarantors,
        welcomed_by=[w for w in draft.sides.welcomed_by if w not in draft.sides.parties], agreed=agreed,
        effective=_effective(draft, record, lexicon, context.anchor_day),
        place=_venue(draft, record, lexicon.venue_nouns),
        provisions=provisions(draft, context, stop), evidence=_evidence(main, doc),
        mentions=[_evidence(a, doc) for a in draft.anchors],
    )


def _main_anchor(draft: Draft, record: Record) -> Anchor:
    """The mention that says most: where it was made with a date, else where it was made, else the first."""
    making = [a for a in draft.anchors if a.verbal or (a.governor != a.trigger and a.governor.pos_ == "VERB"
                                                        and a.creates and not a.reference)]
    for anchor in making:
        governor = anchor.governor
        if lookup.times_in(record, governor.left_edge.idx, governor.right_edge.idx + len(governor.right_edge)):
            return anchor
    return next(iter(making), next((a for a in draft.anchors if not a.reference), draft.anchors[0]))


def _evidence(anchor: Anchor, doc: Doc) -> Evidence:
    tokens = [anchor.trigger, anchor.governor, *subjects(anchor.governor)]
    start, end = span_of(t for t in tokens if t.sent == anchor.trigger.sent)
    return spans.evidence(doc, start, end)


def _agreed(draft: Draft, record: Record, lexicon: CommitmentLexicon, published: date | None) -> str | None:
    """The day it was agreed: a date in the clause of its main mention, else the article date."""
    text = record.article.text
    main = _main_anchor(draft, record)
    for anchor in (main, *draft.anchors):
        if not creates(anchor, lexicon) or anchor.governor.pos_ not in {"VERB", "AUX"}:
            continue
        start, end = anchor.governor.left_edge.idx, anchor.governor.right_edge.idx + len(anchor.governor.right_edge)
        content = {t.idx for t in content_tokens(anchor.trigger, anchor.governor, lexicon, anchor.kind)}
        for time in sorted(lookup.times_in(record, start, end), key=lambda t: _closeness(anchor, t.start)):
            before = text[max(start, time.start - 20): time.start]
            if time.type == "DATE" and not _NOT_AGREED.search(before) and time.start not in content:
                value = dates.value_of(time, published, "past") or dates.coarse(time)
                if value:
                    return value
    return published.isoformat() if published else None


def _closeness(anchor: Anchor, start: int) -> tuple[int, int]:
    """How near a time is to the verb that made the commitment: parse depth first, then characters."""
    token = next((t for t in anchor.governor.subtree if t.idx >= start), anchor.governor)
    depth = next((i for i, a in enumerate(token.ancestors) if a == anchor.governor), 99)
    return depth, abs(start - anchor.trigger.idx)


def _effective(draft: Draft, record: Record, lexicon: CommitmentLexicon, anchor_day: date | None) -> str | None:
    """When it takes effect: a time after "took effect", "comes into force", "begins" in one of its mentions."""
    text = record.article.text
    for anchor in draft.anchors:
        sentence = anchor.trigger.sent
        cue = lexicon.effect.search(text, sentence.start_char, sentence.end_char)
        if cue is None:
            continue
        direction: dates.Direction = "past" if cue.group().lower().startswith(_PAST_CUES) else "future"
        for time in lookup.times_in(record, cue.start(), sentence.end_char):
            value = dates.value_of(time, anchor_day, direction) or dates.coarse(time)
            if value:
                return value
        value = dates.parse(text[cue.end(): sentence.end_char], anchor_day, direction)
        if value:
            return value
    return None


def _venue(draft: Draft, record: Record, venues: frozenset[str]) -> str | None:
    """Where it was agreed: a place after "in"/"at" in a mention's sentence, outside what is agreed."""
    party_spans = [(m.start, m.end) for a in record.actors if a.id in draft.sides.parties for m in a.mentions]
    for anchor in draft.anchors:
        sentence = anchor.trigger.sent
        agreed_part = _agreed_part(anchor)
        heads = {anchor.trigger.i, anchor.governor.i} | {
            t.i for t in sentence if t.lemma_.lower() in venues or t.lower_ in venues}
        for place in lookup.places_in(record, sentence.start_char, sentence.end_char):
            for mention in place.mentions:
                if _is_venue(sentence, (mention.start, mention.end), agreed_part, party_spans, heads):
                    return place.id
    return None


def _agreed_part(anchor: Anchor) -> tuple[int, int]:
    later = [t for t in anchor.trigger.sent if t.i > anchor.trigger.i]
    return (later[0].idx, anchor.trigger.sent.end_char) if later and anchor.verbal else (0, 0)


def _is_venue(sentence: SpacySpan, mention: tuple[int, int], agreed_part: tuple[int, int],
              party_spans: list[tuple[int, int]], heads: set[int]) -> bool:
    start, end = mention
    if agreed_part[0] <= start < agreed_part[1] or any(s < end and start < e for s, e in party_spans):
        return False
    span = sentence.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not (sentence.start <= span.root.i < sentence.end):
        return False
    prep = span.root.head
    return span.root.dep_ == "pobj" and prep.lower_ in _VENUES and prep.head.i in heads
