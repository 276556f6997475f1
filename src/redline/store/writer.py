"""Write one analyzed article: its row, its Record JSON, and normalized rows linked to canonical records."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Insert, insert, select

from redline.errors import StoreError
from redline.models import Actor, Commitment, Place, Record
from redline.store import linking
from redline.store import schema as t
from redline.store.events import EventLinker


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Canonical:
    """Get-or-create of canonical actors and places by key, cached for one ingest run."""

    def __init__(self) -> None:
        self.actors: dict[str, int] = {}
        self.places: dict[str, int] = {}

    def actor(self, conn: Connection, actor: Actor) -> int:
        key = linking.actor_key(actor)
        if key not in self.actors:
            self.actors[key] = _get_or_create(conn, t.actors, key, {
                "name": actor.name, "type": actor.type, "country": actor.country, "sector": actor.sector,
                "code": actor.code, "wikidata": actor.wikidata})
        return self.actors[key]

    def place(self, conn: Connection, place: Place) -> int:
        key = linking.place_key(place)
        if key not in self.places:
            self.places[key] = _get_or_create(conn, t.places, key, {
                "name": place.name, "geonameid": place.geonameid, "country_code": place.country_code,
                "admin1": place.admin1, "lat": place.lat, "lon": place.lon, "feature": place.feature,
                "precision": place.precision})
        return self.places[key]


def _get_or_create(conn: Connection, table: Any, key: str, values: dict[str, Any]) -> int:
    found = conn.execute(select(table.c.id).where(table.c.key == key)).scalar()
    if found is not None:
        return int(found)
    return inserted_id(conn, insert(table).values(key=key, **values))


def inserted_id(conn: Connection, statement: Insert) -> int:
    """Run an INSERT of one row; the new row's id."""
    key = conn.execute(statement).inserted_primary_key
    if key is None:
        raise StoreError("The database returned no id for a new row.", hint="Check the database.")
    return int(key[0])


class ArticleWriter:
    """Writes the rows of one article inside the caller's transaction."""

    def __init__(self, conn: Connection, canonical: Canonical, article_id: int, record: Record) -> None:
        self.conn = conn
        self.canonical = canonical
        self.article_id = article_id
        self.record = record
        self.published = record.article.published
        self.actor_ids: dict[str, int] = {}
        self.place_ids: dict[str, int] = {}

    def write(self) -> None:
        self.conn.execute(insert(t.records).values(
            article_id=self.article_id, schema_version=self.record.schema_version,
            record=self.record.model_dump_json()))
        self._actors()
        self._places()
        EventLinker(self.conn, self.article_id, self.published, self.actor_ids, self.place_ids).write(
            self.record.events, self.record.article.text)
        self._quotes()
        self._stances()
        for commitment in self.record.commitments:
            self._commitment(commitment)

    def _actors(self) -> None:
        rows = []
        for actor in self.record.actors:
            self.actor_ids[actor.id] = self.canonical.actor(self.conn, actor)
            rows.append({"article_id": self.article_id, "local_id": actor.id, "actor_id": self.actor_ids[actor.id],
                         "name": actor.name, "mentions": len(actor.mentions), "role": actor.role})
        _insert_many(self.conn, t.article_actors, rows)

    def _places(self) -> None:
        rows = []
        for place in self.record.places:
            self.place_ids[place.id] = self.canonical.place(self.conn, place)
            rows.append({"article_id": self.article_id, "local_id": place.id, "place_id": self.place_ids[place.id],
                         "mentions": len(place.mentions)})
        _insert_many(self.conn, t.article_places, rows)

    def _quotes(self) -> None:
        _insert_many(self.conn, t.quotes, [{
            "article_id": self.article_id, "local_id": q.id, "speaker_id": self.actor_ids.get(q.speaker or ""),
            "speaker_name": q.speaker_name, "kind": q.kind, "attribution": q.attribution, "cue": q.cue,
            "content": q.content.text, "channel": q.channel, "start": q.content.start, "end": q.content.end,
        } for q in self.record.quotes])

    def _stances(self) -> None:
        _insert_many(self.conn, t.stances, [{
            "article_id": self.article_id, "local_id": s.id, "holder_id": self.actor_ids.get(s.holder or ""),
            "holder_name": s.holder_name, "target": s.target, "polarity": s.polarity, "strength": s.strength,
            "red_line": s.red_line, "condition": s.condition, "response": s.response,
            "reported_by": self.actor_ids.get(s.reported_by or ""),
            "sentence": self._sentence(s.evidence.sentence.start, s.evidence.sentence.end),
            "start": s.evidence.start, "end": s.evidence.end,
        } for s in self.record.stances])

    def _commitment(self, commitment: Commitment) -> None:
        signature = linking.commitment_signature(commitment, self.actor_ids, str(self.article_id))
        found = self.conn.execute(select(t.commitments.c.id).where(t.commitments.c.signature == signature)).scalar()
        commitment_id = int(found) if found is not None else self._new_commitment(commitment, signature)
        self.conn.execute(insert(t.commitment_mentions).values(
            commitment_id=commitment_id, article_id=self.article_id, local_id=commitment.id,
            sentence=self._sentence(commitment.evidence.sentence.start, commitment.evidence.sentence.end),
            start=commitment.evidence.start, end=commitment.evidence.end))

    def _new_commitment(self, commitment: Commitment, signature: str) -> int:
        commitment_id = inserted_id(self.conn, insert(t.commitments).values(
            signature=signature, kind=commitment.kind, agreed=commitment.agreed,
            place_id=self.place_ids.get(commitment.place or ""), deadline=linking.first_deadline(commitment),
            data=commitment.model_dump_json(), status=commitment.status,
            status_as_of=self.published, first_article_id=self.article_id, first_seen=self.published,
        ))
        roles = [(commitment.parties, "party"), (commitment.guarantors, "guarantor"),
                 (commitment.welcomed_by, "welcomed_by")]
        rows = {(self.actor_ids[a], role) for ids, role in roles for a in ids if a in self.actor_ids}
        _insert_many(self.conn, t.commitment_parties,
                     [{"commitment_id": commitment_id, "actor_id": a, "role": r} for a, r in rows])
        return commitment_id

    def _sentence(self, start: int, end: int) -> str:
        return self.record.article.text[start:end]


def _insert_many(conn: Connection, table: Any, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(table), list(rows))
