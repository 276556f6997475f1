"""Finding records already in the record by character span: what later stages use to link to earlier ones."""

from __future__ import annotations

from redline.models import Actor, Place, Quantity, Record, TimeExpression


def _overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    return start < other_end and other_start < end


def actor_at(record: Record, start: int, end: int) -> Actor | None:
    """The actor with a mention overlapping ``[start, end)``; the longest mention wins."""
    best: tuple[int, Actor] | None = None
    for actor in record.actors:
        for m in actor.mentions:
            if _overlaps(start, end, m.start, m.end) and (best is None or m.end - m.start > best[0]):
                best = (m.end - m.start, actor)
    return best[1] if best else None


def actors_in(record: Record, start: int, end: int) -> list[Actor]:
    """Actors mentioned inside ``[start, end)``, in order of first mention there."""
    found: list[tuple[int, Actor]] = []
    for actor in record.actors:
        hits = [m.start for m in actor.mentions if start <= m.start and m.end <= end]
        if hits:
            found.append((min(hits), actor))
    return [a for _, a in sorted(found, key=lambda pair: pair[0])]


def actor_by_id(record: Record, actor_id: str) -> Actor | None:
    return next((a for a in record.actors if a.id == actor_id), None)


def place_at(record: Record, start: int, end: int) -> Place | None:
    for place in record.places:
        if any(_overlaps(start, end, m.start, m.end) for m in place.mentions):
            return place
    return None


def places_in(record: Record, start: int, end: int) -> list[Place]:
    return [p for p in record.places if any(start <= m.start and m.end <= end for m in p.mentions)]


def times_in(record: Record, start: int, end: int) -> list[TimeExpression]:
    return [t for t in record.times if start <= t.start and t.end <= end]


def quantities_in(record: Record, start: int, end: int) -> list[Quantity]:
    return [q for q in record.quantities if start <= q.start and q.end <= end]
