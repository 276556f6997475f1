"""Stance records from cues: holders and targets resolved, duplicates dropped."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from redline import spans
from redline.commitments.syntax import join, span_of
from redline.models import Polarity, Stance
from redline.stances import cues, redlines
from redline.stances.cues import Found
from redline.stances.holders import Holder, Holders
from redline.stances.lexicon import StanceLexicon
from redline.stances.targets import Target, Targets

#: Tokens between cue and target within which the target is shown in the evidence span.
_NEAR = 12


def candidates(doc: Doc, lexicon: StanceLexicon) -> list[Found]:
    """Every stance cue in the document; cues inside a conditional's response are left to the conditional."""
    found: list[Found] = []
    conditional: list[Found] = []
    for sentence in doc.sents:
        conditional += redlines.conditionals(sentence, lexicon)
        found += redlines.red_lines(sentence, lexicon)
    taken = {t.i for c in conditional for t in (*c.response, *c.condition)}
    found += _nested(cues.find(iter(doc), lexicon))
    return conditional + [f for f in found if f.trigger.i not in taken]


def _nested(found: list[Found]) -> list[Found]:
    """A cue inside another's target is the stance ("sought to make the case for X" → X), with the outer holder."""
    by_trigger = {f.trigger.i: f for f in found}
    outer_of: dict[int, Found] = {}
    for candidate in found:
        if candidate.target is None or candidate.red_line:
            continue
        for token in candidate.target.subtree:
            if token.i in by_trigger and token.i != candidate.trigger.i:
                outer_of.setdefault(token.i, candidate)
    dropped = {outer.trigger.i for outer in outer_of.values()}
    result = []
    for candidate in found:
        outer = outer_of.get(candidate.trigger.i)
        if outer is not None:
            polarity: Polarity = "support" if outer.polarity == candidate.polarity else "oppose"
            candidate = replace(candidate, polarity=polarity, holders=candidate.holders or outer.holders)
        if candidate.trigger.i not in dropped:
            result.append(candidate)
    return result


def stances(found: list[Found], holders: Holders, targets: Targets, first_id: int) -> list[Stance]:
    """One stance per candidate and holder, in text order, without repeats of the same holder, polarity and target."""
    made: list[Stance] = []
    seen: set[tuple[str, str, bool, str]] = set()
    for candidate in sorted(found, key=lambda f: f.trigger.i):
        target = _target(candidate, targets)
        if target is None:
            continue
        for holder in holders.holders(candidate.holders, candidate.trigger):
            key = (holder.actor or holder.name or "?", candidate.polarity, candidate.red_line, target.text.lower())
            if key in seen or (holder.actor is None and holder.name is None) or _self_target(holder, target):
                continue
            seen.add(key)
            made.append(_stance(candidate, target, holder, holders, f"s{first_id + len(made)}"))
    return made


def _self_target(holder: Holder, target: Target) -> bool:
    return (holder.name or "").lower() == target.text.lower()


def _target(candidate: Found, targets: Targets) -> Target | None:
    if candidate.condition:
        return targets.of_tokens(candidate.condition)
    if candidate.target is None:
        return None
    return targets.describe(candidate.target, candidate.target_text)


def _stance(candidate: Found, target: Target, holder: Holder, holders: Holders, stance_id: str) -> Stance:
    doc = candidate.trigger.doc
    start, end = _evidence_bounds(candidate)
    return Stance(
        id=stance_id, holder=holder.actor, holder_name=holder.name, target=target.text,
        target_actors=target.actors, target_places=target.places, polarity=candidate.polarity,
        strength=candidate.strength, red_line=candidate.red_line,
        condition=join(candidate.condition) or None, response=join(candidate.response) or None,
        reported_by=holders.reported_by(holder, candidate.trigger), voiced_by=holder.voiced_by,
        denied=candidate.denied, evidence=spans.evidence(doc, start, end),
    )


def _evidence_bounds(candidate: Found) -> tuple[int, int]:
    tokens = [candidate.trigger, *candidate.holders, *candidate.condition, *candidate.response]
    if candidate.target is not None and abs(candidate.target.i - candidate.trigger.i) <= _NEAR:
        tokens.append(candidate.target)
    sentence = candidate.trigger.sent
    return span_of(t for t in tokens if sentence.start <= t.i < sentence.end)
