"""Where and when an event happened, and the casualty counts told with it: read from the event's own clause."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from redline import lookup
from redline.events.cues import Cues
from redline.events.syntax import clause_head, conjuncts, np_head, prep_objects
from redline.models import Event, Record

_PRECISION = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}"), "day"),
    (re.compile(r"^\d{4}-\d{2}$"), "month"),
    (re.compile(r"^\d{4}$"), "year"),
)


#: Time roles that bound an event rather than date it.
_NOT_WHEN = frozenset({"deadline", "end"})

def clause(trigger: Token, cues: Cues) -> list[Token]:
    """The tokens of the trigger's own clause: its head verb's dependents, without embedded clauses."""
    head = clause_head(trigger)
    if head.dep_ == "xcomp" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    found: dict[int, Token] = {}
    stack = [head, trigger, *_members(trigger)]
    while stack:
        token = stack.pop()
        if token.i in found:
            continue
        found[token.i] = token
        stack.extend(child for child in token.children
                     if child.dep_ not in cues.clause_breaks or (child.dep_ == "xcomp" and token == head))
    return sorted(found.values(), key=lambda t: t.i)


def _members(trigger: Token) -> list[Token]:
    """Who a participle describes when its clause names them: "18 soldiers were among those killed"."""
    noun = trigger.head
    if trigger.dep_ not in ("acl", "amod") or noun.dep_ != "pobj" or noun.head.lower_ != "among":
        return []
    subjects = [child for child in noun.head.head.children if child.dep_ in ("nsubj", "nsubjpass")]
    return [member for subject in subjects for member in conjuncts(subject)]


def _bounds(tokens: list[Token]) -> tuple[int, int, frozenset[int]]:
    starts = frozenset(t.idx for t in tokens)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1]), starts


def place(record: Record, trigger: Token, tokens: list[Token], cues: Cues) -> str | None:
    """The place the trigger's own prepositions name ("talks in Doha"), else the nearest in its clause."""
    head = np_head(trigger)
    for word in dict.fromkeys((trigger, head, head.head)):
        for obj in prep_objects(word, cues.place_preps):
            for token in conjuncts(obj):
                hit = lookup.place_at(record, token.idx, token.idx + len(token))
                if hit is not None:
                    return hit.id
    for token in tokens:
        if token.dep_ == "pobj" and token.head.lower_ in cues.place_preps:
            hit = lookup.place_at(record, token.idx, token.idx + len(token))
            if hit is not None:
                return hit.id
    start, end, starts = _bounds(tokens)
    candidates = [(abs(m.start - trigger.idx), p.id) for p in lookup.places_in(record, start, end)
                  for m in p.mentions if start <= m.start < end and _token_start(m.start, tokens, starts)
                  and lookup.actor_at(record, m.start, m.end) is None]
    return min(candidates)[1] if candidates else None


def _token_start(char: int, tokens: list[Token], starts: frozenset[int]) -> bool:
    return char in starts or any(t.idx <= char < t.idx + len(t) for t in tokens)


def date(record: Record, trigger: Token, tokens: list[Token]) -> tuple[str | None, str | None]:
    """The nearest dated time expression in the clause, else the article date; with its precision. A deadline or
    an end ("gave Beijing until Friday to ...", "by Friday") is not when the event happened."""
    start, end, starts = _bounds(tokens)
    dated = []
    for time in lookup.times_in(record, start, end):
        precision = _precision(time.value)
        if time.role in _NOT_WHEN:
            continue
        if time.type == "DATE" and precision and _token_start(time.start, tokens, starts):
            dated.append((abs(time.start - trigger.idx), time.value, precision))
    if dated:
        _, value, precision = min(dated)
        return value, precision
    published = record.article.published
    return (published, "article") if published else (None, None)


def _precision(value: str | None) -> str | None:
    for pattern, precision in _PRECISION:
        if value and pattern.match(value):
            return precision
    return None


def quantities(record: Record, tokens: list[Token], cues: Cues) -> list[str]:
    """Ids of the quantities in the clause that count people (killed, wounded, detained …)."""
    start, end, starts = _bounds(tokens)
    return [q.id for q in lookup.quantities_in(record, start, end)
            if (q.unit or "").lower() in cues.casualty_units and _token_start(q.start, tokens, starts)]


def attach_casualties(record: Record, doc: Doc, events: list[Event], cues: Cues) -> None:
    """Give a casualty count that no event's clause took to the main event of its sentence that it counts
    ("stormed a hotel, leaving five people dead"; "18 soldiers were among those killed"); a count inside a
    relative clause belongs to what that clause describes ("an operation which killed 16"), not to the sentence."""
    taken = {qid for event in events for qid in event.quantities}
    for quantity in record.quantities:
        kinds = cues.casualty_events.get(quantity.refers_to or "", ())
        if quantity.id in taken or not kinds or (quantity.unit or "").lower() not in cues.casualty_units:
            continue
        span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
        if span is None or any(t.dep_ == "relcl" for t in span.root.ancestors):
            continue
        main = _counted_event(quantity.start, events, kinds)
        if main is not None:
            main.quantities.append(quantity.id)


def _counted_event(start: int, events: list[Event], kinds: tuple[str, ...]) -> Event | None:
    """The shallowest event of the first fitting type in the sentence at ``start``, nearest first on ties."""
    sentence = [e for e in events if e.evidence.sentence.start <= start < e.evidence.sentence.end]
    for kind in kinds:
        same = [e for e in sentence if e.type == kind]
        if same:
            return min(same, key=lambda e: (e.depth or 0, abs(e.trigger.start - start)))
    return None
