"""The corpus tables: one row per article (with its whole Record as JSON) and normalized, linked rows.

::

    articles ─┬─ records            the whole Record JSON, once per article
              ├─ article_actors ──── actors            canonical across articles (key: code / wikidata / name)
              ├─ article_places ──── places            canonical across articles (key: geonameid / name)
              ├─ event_mentions ──── events ── event_actors   one real-world event, many reports
              ├─ quotes, stances                       per article, speakers/holders as canonical actors
              └─ commitment_mentions ─ commitments ── commitment_parties   status tracked across articles
    ingest_errors                    inputs that could not be read or analyzed, with why

Full-text search is added by the migration for each dialect (SQLite FTS5 table ``articles_fts``; PostgreSQL
generated ``articles.search`` tsvector with a GIN index); it is not part of this metadata.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()


def _article_fk(nullable: bool = False) -> Column[int]:
    return Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=nullable)


articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("ref", Text, nullable=False),
    Column("title", Text),
    Column("source", Text),
    Column("published", String(10)),
    Column("url", Text),
    Column("license", Text),
    Column("author", Text),
    Column("language", String(8), nullable=False, default="en"),
    Column("text", Text, nullable=False),
    Column("duplicate_of", Integer, ForeignKey("articles.id")),
    Column("similarity", Float),
    Column("minhash", LargeBinary),
    Column("errors", Integer, nullable=False, default=0),
    Column("ingested_at", String(32), nullable=False),
    Index("ix_articles_published", "published"),
    Index("ix_articles_duplicate_of", "duplicate_of"),
    Index("ix_articles_url", "url"),
)

records = Table(
    "records", metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("schema_version", String(16), nullable=False),
    Column("record", Text, nullable=False),
)

actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("country", String(3)),
    Column("sector", Text),
    Column("code", String(32)),
    Column("wikidata", String(32)),
    Index("ix_actors_name", "name"),
    Index("ix_actors_code", "code"),
)

article_actors = Table(
    "article_actors", metadata,
    _article_fk(),
    Column("local_id", Text, nullable=False),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("name", Text, nullable=False),
    Column("mentions", Integer, nullable=False, default=0),
    Column("role", Text),
    UniqueConstraint("article_id", "local_id"),
    Index("ix_article_actors_actor", "actor_id"),
)

places = Table(
    "places", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("geonameid", Integer),
    Column("country_code", String(2)),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("feature", String(16)),
    Column("precision", String(16)),
    Index("ix_places_name", "name"),
)

article_places = Table(
    "article_places", metadata,
    _article_fk(),
    Column("local_id", Text, nullable=False),
    Column("place_id", Integer, ForeignKey("places.id"), nullable=False),
    Column("mentions", Integer, nullable=False, default=0),
    UniqueConstraint("article_id", "local_id"),
    Index("ix_article_places_place", "place_id"),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    Column("signature", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("mode", Text),
    Column("status", String(16), nullable=False),
    Column("date", String(10)),
    Column("place_id", Integer, ForeignKey("places.id")),
    Column("mentions", Integer, nullable=False, default=0),
    Column("sources", Integer, nullable=False, default=0),
    Column("first_article_id", Integer, ForeignKey("articles.id")),
    Index("ix_events_signature_date", "signature", "date"),
    Index("ix_events_type_date", "type", "date"),
    Index("ix_events_date", "date"),
    Index("ix_events_place", "place_id"),
)

event_actors = Table(
    "event_actors", metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("role", String(16), nullable=False),
    UniqueConstraint("event_id", "actor_id", "role"),
    Index("ix_event_actors_actor", "actor_id", "event_id"),
)

event_mentions = Table(
    "event_mentions", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    _article_fk(),
    Column("local_id", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("trigger", Text, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("confidence", Float),
    UniqueConstraint("article_id", "local_id"),
    Index("ix_event_mentions_event", "event_id"),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    Column("local_id", Text, nullable=False),
    Column("speaker_id", Integer, ForeignKey("actors.id")),
    Column("speaker_name", Text),
    Column("kind", String(16), nullable=False),
    Column("attribution", String(16), nullable=False, server_default="speech"),
    Column("cue", Text),
    Column("content", Text, nullable=False),
    Column("channel", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    UniqueConstraint("article_id", "local_id"),
    Index("ix_quotes_speaker", "speaker_id"),
)

stances = Table(
    "stances", metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    Column("local_id", Text, nullable=False),
    Column("holder_id", Integer, ForeignKey("actors.id")),
    Column("holder_name", Text),
    Column("target", Text, nullable=False),
    Column("polarity", String(8), nullable=False),
    Column("strength", Float, nullable=False),
    Column("red_line", Boolean, nullable=False, default=False),
    Column("condition", Text),
    Column("response", Text),
    Column("reported_by", Integer, ForeignKey("actors.id")),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    UniqueConstraint("article_id", "local_id"),
    Index("ix_stances_holder", "holder_id"),
)

commitments = Table(
    "commitments", metadata,
    Column("id", Integer, primary_key=True),
    Column("signature", Text, nullable=False, unique=True),
    Column("kind", Text, nullable=False),
    Column("agreed", String(10)),
    Column("place_id", Integer, ForeignKey("places.id")),
    Column("deadline", String(10)),
    Column("data", Text, nullable=False),
    Column("status", String(16), nullable=False, default="unknown"),
    Column("status_as_of", String(10)),
    Column("status_reason", Text),
    Column("status_article_id", Integer, ForeignKey("articles.id")),
    Column("first_article_id", Integer, ForeignKey("articles.id")),
    Column("first_seen", String(10)),
    Index("ix_commitments_status", "status", "deadline"),
)

commitment_parties = Table(
    "commitment_parties", metadata,
    Column("commitment_id", Integer, ForeignKey("commitments.id", ondelete="CASCADE"), nullable=False),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("role", String(16), nullable=False),
    UniqueConstraint("commitment_id", "actor_id", "role"),
    Index("ix_commitment_parties_actor", "actor_id"),
)

commitment_mentions = Table(
    "commitment_mentions", metadata,
    Column("commitment_id", Integer, ForeignKey("commitments.id", ondelete="CASCADE"), nullable=False),
    _article_fk(),
    Column("local_id", Text, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    UniqueConstraint("article_id", "local_id"),
)

ingest_errors = Table(
    "ingest_errors", metadata,
    Column("id", Integer, primary_key=True),
    Column("item", Text, nullable=False, unique=True),
    Column("stage", String(32), nullable=False),
    Column("code", String(8), nullable=False),
    Column("message", Text, nullable=False),
    Column("at", String(32), nullable=False),
)
