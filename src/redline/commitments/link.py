"""Filling gaps in a commitment from the AGREE events the events stage coded in the same sentences."""

from __future__ import annotations

from redline.commitments.parties import collapsed
from redline.models import Commitment, Event, Record


def with_events(commitment: Commitment, record: Record, published: str | None) -> Commitment:
    """The commitment with parties, place and date taken from asserted AGREE events of its sentences where
    the parse left them out."""
    sentences = {(m.sentence.start, m.sentence.end) for m in (commitment.evidence, *commitment.mentions)}
    events = [e for e in record.events if e.type == "AGREE" and e.status == "asserted"
              and (e.evidence.sentence.start, e.evidence.sentence.end) in sentences]
    if not events:
        return commitment
    update: dict[str, object] = {}
    if not commitment.parties:
        update["parties"] = collapsed(record, [a for e in events for a in e.actors])
    if commitment.place is None:
        update["place"] = next((e.place for e in events if e.place), None)
    dated = next((e for e in events if e.date and e.date_precision == "day"), None)
    if dated is not None and commitment.agreed in (None, published):
        update["agreed"] = _earliest(dated, commitment.agreed)
    return commitment.model_copy(update=update)


def _earliest(event: Event, agreed: str | None) -> str | None:
    return min(d for d in (event.date, agreed) if d) if event.date else agreed
