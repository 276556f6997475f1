"""Commitments from anchors: mentions of the same commitment merged, then parties, date, place and provisions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from redline import lookup, spans
from redline.commitments import dates
from redline.commitments.detect import Anchor
from redline.commitments.lexicon import CommitmentLexicon
from redline.commitments.parties import Sides, collapsed, sides
from redline.commitments.provisions import Context, content_tokens, deadline, obligations, provision
from redline.commitments.syntax import span_of, subjects
from redline.models import Commitment, Evidence, Provision, Record

#: Sentences after a commitment's last mention in which its provisions may still be stated.
FOLLOW_UP = 2
_GENERIC = frozenset({"agreement"})
_SAME = ({"ceasefire", "truce"}, {"agreement", "memorandum", "treaty"})
#: Kinds reported without naming who is bound ("a truce took effect at midnight"): kept without parties.
_STANDALONE = frozenset({"ceasefire", "truce"})
_VENUES = frozenset({"in", "at"})
_PAST_CUES = ("took", "went", "came", "entered", "began", "started")
_NOT_AGREED = re.compile(r"\b(?:by|before|until|within|no later than|effect|force|from)\W*(?:\w+\W+){0,2}$", re.I)
_ZONE_REFERENCE = re.compile(r"\b(?:this|that|the|these|those)\s+(?:\w+\s+)?(?:zone|area|belt|strip|corridor|region)\b"
                             r"|\bit\b", re.I)


@dataclass
class Draft:
    """A commitment being assembled from its anchors."""

    anchors: list[Anchor]
    sides: Sides = field(default_factory=Sides)

    @property
    def kind(self) -> str:
        making = [a for a in self.anchors if a.creates and not a.reference] or self.anchors
        kinds = [a.kind for a in making if a.kind not in _GENERIC] or [making[0].kind]
        return kinds[0]

    @property
    def name(self) -> str | None:
        return next((a.name for a in self.anchors if a.name), None)

    @property
    def last_sentence(self) -> int:
        return self.anchors[-1].trigger.sent.start


def group(anchors: list[Anchor], doc: Doc, record: Record, lexicon: CommitmentLexicon) -> list[Draft]:
    """Anchors merged into drafts: references join the latest compatible draft; close new mentions merge."""
    drafts: list[Draft] = []
    for anchor in anchors:
        found = sides(anchor, record, lexicon)
        target = _joins(drafts, anchor, found, doc, record)
        if target is None and (anchor.reference and not _creates(anchor, lexicon)):
            continue
        if target is None:
            target = Draft([])
            drafts.append(target)
        target.anchors.append(anchor)
        _merge_sides(target.sides, found)
    return [d for d in drafts if d.sides.parties or d.sides.guarantors or d.kind in _STANDALONE or any(
        a.reference and a.creates for a in d.anchors)]


def _creates(anchor: Anchor, lexicon: CommitmentLexicon) -> bool:
    lemma = anchor.governor.lemma_.lower()
    return anchor.creates and (
        anchor.verbal or lemma in lexicon.establish_verbs or lemma in lexicon.in_force_verbs or anchor.reference)


def _joins(drafts: list[Draft], anchor: Anchor, found: Sides, doc: Doc, record: Record) -> Draft | None:
    if not drafts:
        return None
    last = drafts[-1]
    if anchor.name is not None:
        named = [d for d in drafts if d.name is not None and d.name.lower() == anchor.name.lower()]
        return named[-1] if named else None
    compatible = [d for d in drafts if _compatible(d.kind, anchor.kind)]
    if anchor.reference:
        same = [d for d in compatible if not found.parties or set(found.parties) <= set(d.sides.parties)]
        return same[-1] if same else None
    if not _compatible(last.kind, anchor.kind):
        return None
    distance = _sentence_distance(doc, last.last_sentence, anchor.sentence_start)
    mine, theirs = set(collapsed(record, found.parties)), set(collapsed(record, last.sides.parties))
    if distance <= 1 and (not mine or not theirs or mine & theirs):
        return last
    return last if mine & theirs and distance <= 3 else None


def _compatible(kind: str, other: str) -> bool:
    return kind == other or kind in _GENERIC or other in _GENERIC or any({kind, other} <= same for same in _SAME)


def _sentence_distance(doc: Doc, first: int, second: int) -> int:
    starts = [s.start for s in doc.sents]
    return abs(starts.index(second) - starts.index(first)) if first in starts and second in starts else 99


def _merge_sides(into: Sides, found: Sides) -> None:
    into.parties = list(dict.fromkeys(into.parties + found.parties))
    into.guarantors = [g for g in dict.fromkeys(into.guarantors + found.guarantors) if g not in into.parties]
    into.welcomed_by = list(dict.fromkeys(into.welcomed_by + found.welcomed_by))
    into.addressees = list(dict.fromkeys(into.addressees + found.addressees))


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
        if not _creates(anchor, lexicon) or anchor.governor.pos_ not in {"VERB", "AUX"}:
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


def provisions(draft: Draft, context: Context, stop: int) -> list[Provision]:
    """Provisions from the clauses of its mentions and from obligation sentences that follow them."""
    found: list[Provision] = []
    for anchor in draft.anchors:
        tokens = content_tokens(anchor.trigger, anchor.governor, context.lexicon, anchor.kind)
        made = provision(tokens, context) if tokens else None
        if made is not None:
            found.append(_with_period(made, anchor, context))
    creating = {a.trigger.sent.start for a in draft.anchors if not a.reference}
    absorbed: set[int] = set()
    chained = False
    for sentence in _follow_ups(draft, context.doc, stop):
        if sentence.start in creating:
            continue
        made_here = obligations(sentence, context, chained=chained)
        for made in made_here:
            found = _absorbed(found, made, context, absorbed)
        chained = bool(made_here)
    return found


def _follow_ups(draft: Draft, doc: Doc, stop: int) -> list[SpacySpan]:
    first = draft.anchors[0].trigger.sent.start
    sentences = list(doc.sents)
    last = max(i for i, s in enumerate(sentences) if s.start == draft.last_sentence)
    return [s for s in sentences[: last + FOLLOW_UP + 1] if first <= s.start < stop]


def _with_period(made: Provision, anchor: Anchor, context: Context) -> Provision:
    """An ultimatum's deadline: "until Friday", or the period it gives ("48 hours to leave") counted from the day."""
    if made.deadline or anchor.kind != "ultimatum":
        return made
    sentence = anchor.trigger.sent
    until = deadline(list(anchor.governor.subtree), context)
    period = until or dates.after(context.doc.text[anchor.governor.idx: sentence.end_char], context.anchor_day)
    return made.model_copy(update={"deadline": period})


def _obligated(made: Provision, earlier: Provision) -> dict[str, list[str]]:
    source = made if made.obligated or made.obligated_names else earlier
    return {"obligated": source.obligated, "obligated_names": source.obligated_names}


def _absorbed(found: list[Provision], made: Provision, context: Context, absorbed: set[int]) -> list[Provision]:
    """Add a provision, merging it into the earlier one that set up a zone when it refers back to that zone."""
    earlier = next((p for p in reversed(found) if p.zone is not None), None)
    if earlier is None or not _ZONE_REFERENCE.search(made.text):
        return [*found, made]
    if earlier.start in absorbed:
        return [*found, made.model_copy(update={"zone": made.zone or earlier.zone})]
    absorbed.add(earlier.start)
    merged = earlier.model_copy(update={
        "text": f"{earlier.text}; {made.text}", "end": made.end,
        **_obligated(made, earlier),
        "deadline": made.deadline or earlier.deadline, "evidence": spans.evidence(context.doc, earlier.start, made.end),
    })
    return [merged if p is earlier else p for p in found]
