"""Link each reported event to the one real-world event it reports, across articles, and count its sources."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, func, insert, or_, select, update

from redline.models import Event
from redline.store import linking
from redline.store import schema as t


class EventLinker:
    """Writes one article's events: each joins a stored event it matches, or starts a new one."""

    def __init__(self, conn: Connection, article_id: int, published: str | None, actor_ids: dict[str, int],
                 place_ids: dict[str, int]) -> None:
        self.conn = conn
        self.article_id = article_id
        self.published = published
        self.actor_ids = actor_ids
        self.place_ids = place_ids

    def write(self, events: Sequence[Event], text: str) -> None:
        targets: list[int | None] = []
        fresh: list[dict[str, Any]] = []
        for event in events:
            signature = linking.event_signature(event, self.actor_ids)
            day = linking.event_date(event, self.published)
            place_id = self.place_ids.get(event.place or "")
            found = self._match(signature, day, place_id) if signature and day else None
            targets.append(found)
            if found is None:
                fresh.append(self._row(event, signature, day, place_id))
        new_ids = iter(self._insert(fresh, [e for e, f in zip(events, targets, strict=True) if f is None]))
        ids = [found if found is not None else next(new_ids) for found in targets]
        self._mentions(events, ids, text)
        refresh_event_counts(self.conn, sorted({i for i in targets if i is not None}))

    def _match(self, signature: str, day: str, place_id: int | None) -> int | None:
        low, high = linking.date_window(day)
        where = [t.events.c.signature == signature, t.events.c.date.between(low, high)]
        if place_id is not None:
            where.append(or_(t.events.c.place_id.is_(None), t.events.c.place_id == place_id))
        found = self.conn.execute(select(t.events.c.id).where(*where).order_by(t.events.c.id).limit(1)).scalar()
        if found is not None and place_id is not None:
            self.conn.execute(update(t.events).where(t.events.c.id == found, t.events.c.place_id.is_(None))
                              .values(place_id=place_id))
        return None if found is None else int(found)

    def _row(self, event: Event, signature: str | None, day: str | None, place_id: int | None) -> dict[str, Any]:
        return {"signature": signature or f"article:{self.article_id}:{event.id}", "type": event.type,
                "mode": event.mode, "status": event.status, "date": day, "place_id": place_id, "mentions": 1,
                "sources": 1, "first_article_id": self.article_id}

    def _insert(self, rows: list[dict[str, Any]], events: list[Event]) -> list[int]:
        """Insert new events and their actors; their ids, in order."""
        if not rows:
            return []
        returning = insert(t.events).returning(t.events.c.id, sort_by_parameter_order=True)
        ids = [int(i) for i in self.conn.execute(returning, rows).scalars()]
        roles = [{"event_id": i, "actor_id": a, "role": r} for i, event in zip(ids, events, strict=True)
                 for a, r in self._roles(event)]
        if roles:
            self.conn.execute(insert(t.event_actors), roles)
        return ids

    def _roles(self, event: Event) -> set[tuple[int, str]]:
        pairs = [(a, "actor") for a in event.actors] + [(r, "recipient") for r in event.recipients]
        return {(self.actor_ids[a], role) for a, role in pairs if a in self.actor_ids}

    def _mentions(self, events: Sequence[Event], ids: list[int], text: str) -> None:
        rows = [{"event_id": i, "article_id": self.article_id, "local_id": e.id, "status": e.status,
                 "trigger": e.trigger.text, "sentence": text[e.evidence.sentence.start:e.evidence.sentence.end],
                 "start": e.evidence.start, "end": e.evidence.end, "confidence": e.confidence}
                for e, i in zip(events, ids, strict=True)]
        if rows:
            self.conn.execute(insert(t.event_mentions), rows)


def refresh_event_counts(conn: Connection, event_ids: Sequence[int]) -> None:
    """Recount mentions and independent sources (articles, with copies counted as their original)."""
    m, a = t.event_mentions, t.articles
    for event_id in event_ids:
        mentions = select(func.count()).where(m.c.event_id == event_id).scalar_subquery()
        sources = (select(func.count(func.distinct(func.coalesce(a.c.duplicate_of, a.c.id))))
                   .select_from(m.join(a, a.c.id == m.c.article_id)).where(m.c.event_id == event_id)
                   .scalar_subquery())
        conn.execute(update(t.events).where(t.events.c.id == event_id).values(mentions=mentions, sources=sources))
