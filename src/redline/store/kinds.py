"""One query per kind of record; ``run(store, kind, filters)`` picks it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import get_args

from sqlalchemy import Connection, exists, func, select

from redline.errors import InputError
from redline.models import AttributionClass
from redline.store import schema as t
from redline.store.queries import (
    Filters,
    Row,
    actor_ids,
    article_filters,
    date_filters,
    limited,
    mapped,
    names,
    place_ids,
    refuse,
)
from redline.store.repository import Store
from redline.store.search import matching_articles

a, ev = t.articles, t.events
#: ``--type`` of quotes: a quote kind (direct, mixed, indirect) or an attribution class (speech, belief, …).
ATTRIBUTIONS = frozenset(get_args(AttributionClass))


def articles(conn: Connection, dialect: str, f: Filters) -> list[Row]:
    refuse("articles", f, "type")
    if f.status == "failed":
        return failures(conn, f)
    where = article_filters(f, dialect, a.c.id)
    if f.actor:
        where.append(exists().where(t.article_actors.c.article_id == a.c.id,
                                    t.article_actors.c.actor_id.in_(actor_ids(f.actor))))
    if f.status:
        where.append(a.c.duplicate_of.is_(None) if f.status == "original" else a.c.duplicate_of.is_not(None))
    query = select(a.c.id, a.c.ref, a.c.title, a.c.source, a.c.published, a.c.url, a.c.duplicate_of,
                   a.c.similarity, a.c.errors, func.length(a.c.text).label("chars"))
    return mapped(conn.execute(limited(query.where(*where).order_by(a.c.published.desc(), a.c.id.desc()), f)).all())


def failures(conn: Connection, f: Filters) -> list[Row]:
    """Inputs that could not be stored, and why (``--status failed``)."""
    refuse("failed inputs", f, "actor", "place", "since", "until", "text")
    e = t.ingest_errors
    query = select(e.c.item, e.c.stage, e.c.code, e.c.message, e.c.at).order_by(e.c.at.desc(), e.c.id.desc())
    return mapped(conn.execute(limited(query, f)).all())


def events(conn: Connection, dialect: str, f: Filters) -> list[Row]:
    where = date_filters(ev.c.date, f)
    if f.type:
        where.append(ev.c.type == f.type.upper())
    if f.status:
        where.append(ev.c.status == f.status)
    if f.actor:
        where.append(ev.c.id.in_(select(t.event_actors.c.event_id).where(
            t.event_actors.c.actor_id.in_(actor_ids(f.actor)))))
    if f.place:
        where.append(ev.c.place_id.in_(place_ids(f.place)))
    if f.text:
        m = t.event_mentions
        where.append(exists().where(m.c.event_id == ev.c.id, m.c.article_id.in_(
            select(a.c.id).where(matching_articles(dialect, f.text)))))
    query = select(ev.c.id, ev.c.type, ev.c.mode, ev.c.status, ev.c.date, ev.c.place_id, ev.c.mentions, ev.c.sources,
                   ev.c.first_article_id).where(*where).order_by(ev.c.date.desc(), ev.c.id.desc())
    return _event_details(conn, mapped(conn.execute(limited(query, f)).all()))


def _event_details(conn: Connection, rows: list[Row]) -> list[Row]:
    ids = [r["id"] for r in rows]
    roles: dict[tuple[int, str], list[str]] = defaultdict(list)
    query = (select(t.event_actors.c.event_id, t.event_actors.c.role, t.actors.c.name)
             .join(t.actors, t.actors.c.id == t.event_actors.c.actor_id).where(t.event_actors.c.event_id.in_(ids)))
    for event_id, role, name in conn.execute(query):
        roles[(event_id, role)].append(name)
    places = names(conn, t.places, {r["place_id"] for r in rows if r["place_id"]})
    evidence = _first_mentions(conn, ids)
    for row in rows:
        row["actors"] = sorted(roles[(row["id"], "actor")])
        row["recipients"] = sorted(roles[(row["id"], "recipient")])
        row["place"] = places.get(row.pop("place_id") or 0)
        row.update(evidence.get(row["id"], {}))
    return rows


def _first_mentions(conn: Connection, event_ids: list[int]) -> dict[int, Row]:
    m = t.event_mentions
    first = select(func.min(m.c.id)).where(m.c.event_id.in_(event_ids)).group_by(m.c.event_id)
    query = (select(m.c.event_id, m.c.trigger, m.c.sentence.label("evidence"), a.c.ref.label("article"), a.c.url)
             .join(a, a.c.id == m.c.article_id).where(m.c.id.in_(first)))
    return {r["event_id"]: {k: v for k, v in r.items() if k != "event_id"} for r in mapped(conn.execute(query).all())}


def quotes(conn: Connection, dialect: str, f: Filters) -> list[Row]:
    refuse("quotes", f, "status")
    q = t.quotes
    where = article_filters(f, dialect, q.c.article_id)
    if f.type:
        column = q.c.attribution if f.type.lower() in ATTRIBUTIONS else q.c.kind
        where.append(column == f.type.lower())
    if f.actor:
        where.append(q.c.speaker_id.in_(actor_ids(f.actor)))
    query = (select(q.c.id, a.c.ref.label("article"), a.c.published, t.actors.c.name.label("speaker"),
                    q.c.speaker_name, q.c.kind, q.c.attribution, q.c.cue, q.c.content, q.c.channel)
             .join(a, a.c.id == q.c.article_id).outerjoin(t.actors, t.actors.c.id == q.c.speaker_id)
             .where(*where).order_by(a.c.published.desc(), q.c.id))
    return mapped(conn.execute(limited(query, f)).all())


def stances(conn: Connection, dialect: str, f: Filters) -> list[Row]:
    s = t.stances
    where = article_filters(f, dialect, s.c.article_id)
    if f.type:
        where.append(s.c.polarity == f.type.lower())
    if f.status:
        where.append(s.c.red_line.is_(f.status in {"red_line", "red-line", "redline"}))
    if f.actor:
        where.append(s.c.holder_id.in_(actor_ids(f.actor)))
    query = (select(s.c.id, a.c.ref.label("article"), a.c.published, t.actors.c.name.label("holder"),
                    s.c.holder_name, s.c.target, s.c.polarity, s.c.strength, s.c.red_line, s.c.condition,
                    s.c.response, s.c.sentence.label("evidence"))
             .join(a, a.c.id == s.c.article_id).outerjoin(t.actors, t.actors.c.id == s.c.holder_id)
             .where(*where).order_by(a.c.published.desc(), s.c.id))
    return mapped(conn.execute(limited(query, f)).all())


def actors(conn: Connection, dialect: str, f: Filters) -> list[Row]:
    refuse("actors", f, "status")
    aa, ac = t.article_actors, t.actors
    where = article_filters(f, dialect, aa.c.article_id)
    if f.type:
        where.append(ac.c.type == f.type.upper())
    if f.actor:
        where.append(ac.c.id.in_(actor_ids(f.actor)))
    query = (select(ac.c.id, ac.c.name, ac.c.type, ac.c.country, ac.c.code, ac.c.key,
                    func.count(func.distinct(aa.c.article_id)).label("articles"),
                    func.sum(aa.c.mentions).label("mentions"))
             .join(aa, aa.c.actor_id == ac.c.id).join(a, a.c.id == aa.c.article_id).where(*where)
             .group_by(ac.c.id, ac.c.name, ac.c.type, ac.c.country, ac.c.code, ac.c.key)
             .order_by(func.count(func.distinct(aa.c.article_id)).desc(), ac.c.name))
    return mapped(conn.execute(limited(query, f)).all())


def places(conn: Connection, dialect: str, f: Filters) -> list[Row]:
    refuse("places", f, "status", "type", "actor")
    ap, p = t.article_places, t.places
    where = article_filters(f.__class__(**{**f.__dict__, "place": None}), dialect, ap.c.article_id)
    if f.place:
        where.append(p.c.id.in_(place_ids(f.place)))
    query = (select(p.c.id, p.c.name, p.c.geonameid, p.c.country_code, p.c.admin1, p.c.lat, p.c.lon, p.c.feature,
                    func.count(func.distinct(ap.c.article_id)).label("articles"))
             .join(ap, ap.c.place_id == p.c.id).join(a, a.c.id == ap.c.article_id).where(*where)
             .group_by(p.c.id, p.c.name, p.c.geonameid, p.c.country_code, p.c.admin1, p.c.lat, p.c.lon, p.c.feature)
             .order_by(func.count(func.distinct(ap.c.article_id)).desc(), p.c.name))
    return mapped(conn.execute(limited(query, f)).all())


def commitments(conn: Connection, dialect: str, f: Filters) -> list[Row]:
    c, cm = t.commitments, t.commitment_mentions
    where = date_filters(c.c.first_seen, f)
    if f.type:
        where.append(c.c.kind == f.type.lower())
    if f.status:
        where.append(c.c.status == f.status)
    if f.actor:
        where.append(c.c.id.in_(select(t.commitment_parties.c.commitment_id).where(
            t.commitment_parties.c.actor_id.in_(actor_ids(f.actor)))))
    if f.place:
        where.append(c.c.place_id.in_(place_ids(f.place)))
    if f.text:
        where.append(exists().where(cm.c.commitment_id == c.c.id, cm.c.article_id.in_(
            select(a.c.id).where(matching_articles(dialect, f.text)))))
    query = (select(c.c.id, c.c.kind, c.c.agreed, c.c.deadline, c.c.status, c.c.status_as_of, c.c.status_reason,
                    c.c.place_id, c.c.first_seen, a.c.ref.label("article"))
             .join(a, a.c.id == c.c.first_article_id).where(*where).order_by(c.c.first_seen.desc(), c.c.id.desc()))
    return _commitment_details(conn, mapped(conn.execute(limited(query, f)).all()))


def _commitment_details(conn: Connection, rows: list[Row]) -> list[Row]:
    cp = t.commitment_parties
    parties: dict[tuple[int, str], list[str]] = defaultdict(list)
    query = (select(cp.c.commitment_id, cp.c.role, t.actors.c.name).join(t.actors, t.actors.c.id == cp.c.actor_id)
             .where(cp.c.commitment_id.in_([r["id"] for r in rows])))
    for commitment_id, role, name in conn.execute(query):
        parties[(commitment_id, role)].append(name)
    places = names(conn, t.places, {r["place_id"] for r in rows if r["place_id"]})
    for row in rows:
        row["parties"] = sorted(parties[(row["id"], "party")])
        row["guarantors"] = sorted(parties[(row["id"], "guarantor")])
        row["place"] = places.get(row.pop("place_id") or 0)
    return rows


KINDS: dict[str, Callable[[Connection, str, Filters], list[Row]]] = {
    "articles": articles, "events": events, "quotes": quotes, "actors": actors,
    "commitments": commitments, "stances": stances, "places": places,
}


def run(store: Store, kind: str, filters: Filters | None = None) -> list[Row]:
    """The rows of ``kind`` that pass ``filters``."""
    if kind not in KINDS:
        raise InputError(f"Unknown kind {kind!r}.", hint=f"Use one of: {', '.join(KINDS)}.")
    with store.engine.connect() as conn:
        return KINDS[kind](conn, store.dialect, filters or Filters())

