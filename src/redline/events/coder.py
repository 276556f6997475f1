"""From triggers to typed :class:`Event` records: type, mode, pentacode, arguments, factuality, evidence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, cast

from spacy.tokens import Doc, Span, Token

from redline import spans
from redline.events import arguments, factuality, modes, pairs, setting, triggers
from redline.events.cues import Cues
from redline.events.lexicon import Lexicon
from redline.events.syntax import np_head
from redline.models import Event, Record

Precision = Literal["day", "month", "year", "article"]


@dataclass(frozen=True)
class EventCoder:
    """Codes every event in one parsed article; built once per process."""

    lexicon: Lexicon
    cues: Cues

    def code(self, doc: Doc, record: Record, first_id: int = 1) -> list[Event]:
        """The events of ``doc``, numbered from ``first_id``, linked to ``record``'s earlier records."""
        events: list[Event] = []
        shapes: list[tuple[bool, bool]] = []
        for candidate in triggers.find(doc, self.lexicon):
            event = self._event(candidate, record, f"e{first_id + len(events)}")
            if not _background(event, candidate.token):
                events.append(event)
                shapes.append(pairs.shape(candidate.token))
        events = pairs.fill(events, shapes)
        setting.attach_casualties(record, doc, events, self.cues)
        return events

    def _event(self, candidate: triggers.Candidate, record: Record, event_id: str) -> Event:
        token, entry = candidate.token, candidate.entry
        sources, recipients, inferred = arguments.roles(record, token, self.cues)
        reporter = factuality.reported_by(record, token, self.cues)
        if not sources and reporter and token.dep_ == "aux":
            sources = [reporter]
        clause = setting.clause(token, self.cues)
        date, precision = setting.date(record, token, clause)
        later = _later(date, precision, record.article.published)
        return Event(
            id=event_id, type=entry.type, mode=candidate.mode or modes.mode(token, entry, self.cues),
            pentacode=entry.pentacode, actors=sources, recipients=recipients,
            place=setting.place(record, token, clause, self.cues), date=date,
            date_precision=cast(Precision | None, precision),
            status=factuality.status(token, self.cues, later_than_article=later),
            reported_by=reporter,
            quantities=setting.quantities(record, clause, self.cues),
            trigger=spans.text_span(token.doc, *_trigger_bounds(token, candidate.words)),
            evidence=spans.of(_sentence(token.doc, token)),
            confidence=_confidence(entry.confidence, bool(sources), bool(recipients), inferred),
            depth=depth(token),
        )


def _background(event: Event, token: Token) -> bool:
    """A deeply embedded noun with no participant, place or date of its own ("displaced by the war", "as part of
    previous deals") is background to what the sentence reports, not an event to record."""
    bare = not (event.actors or event.recipients or event.place) and event.date_precision in (None, "article")
    return bare and token.pos_ != "VERB" and token.dep_ != "aux" and (event.depth or 0) >= 3


def _trigger_bounds(token: Token, words: tuple[Token, ...]) -> tuple[int, int]:
    """The trigger word, widened over the other words of its multi-word form when they are close ("air strike",
    "reached a deal")."""
    near = [t for t in words if abs(t.i - token.i) <= 3]
    first = min([token, *near], key=lambda t: t.i)
    last = max([token, *near], key=lambda t: t.i)
    return first.idx, last.idx + len(last)


def _sentence(doc: Doc, token: Token) -> Span:
    return token.sent if doc.has_annotation("SENT_START") else doc[:]


def _later(date: str | None, precision: str | None, published: str | None) -> bool:
    """Whether a clause date lies after the article's publication (an event still to come)."""
    return bool(date and published and precision == "day" and date[:10] > published[:10])


def _confidence(prior: float, has_source: bool, has_recipient: bool, inferred: bool) -> float:
    score = prior + (0.1 if has_source and not inferred else 0.03 if has_source else -0.05)
    score += 0.05 if has_recipient else 0.0
    return round(min(max(score, 0.23), 0.99), 2)


def depth(token: Token) -> int:
    """Arcs from the sentence's root to the trigger's phrase. A descriptive participle ("Russia-backed forces",
    "forces backed by Russia") counts two more: it describes a participant rather than reports an event. A modal
    trigger ("X must withdraw") counts as its verb: it ties with the demanded act and, surer, wins."""
    head = np_head(token)
    arcs = sum(1 for _ in head.ancestors)
    if token.dep_ == "aux":
        return arcs - 1
    return arcs + 2 if token.pos_ == "VERB" and token.tag_ == "VBN" and token.dep_ in ("acl", "amod") else arcs
