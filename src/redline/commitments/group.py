"""Mentions of the same commitment merged into drafts: references join, close mentions merge."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from redline.commitments.detect import Anchor
from redline.commitments.lexicon import CommitmentLexicon
from redline.commitments.parties import Sides, collapsed, sides
from redline.models import Record

_GENERIC = frozenset({"agreement"})
_SAME = ({"ceasefire", "truce"}, {"agreement", "memorandum", "treaty"})
#: Kinds reported without naming who is bound ("a truce took effect at midnight"): kept without parties.
_STANDALONE = frozenset({"ceasefire", "truce"})


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
        if target is None and (anchor.reference and not creates(anchor, lexicon)):
            continue
        if target is None:
            target = Draft([])
            drafts.append(target)
        target.anchors.append(anchor)
        _merge_sides(target.sides, found)
    return [d for d in drafts if d.sides.parties or d.sides.guarantors or d.kind in _STANDALONE or any(
        a.reference and a.creates for a in d.anchors)]


def creates(anchor: Anchor, lexicon: CommitmentLexicon) -> bool:
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
    if len(mine) > 1 and len(theirs) > 1 and mine - theirs and theirs - mine:
        return None  # "agreements between Georgia and Armenia" after an Armenia–Azerbaijan accord: another pact
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
