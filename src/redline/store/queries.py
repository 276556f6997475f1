"""Read the corpus back: articles, events, quotes, actors, commitments, stances and places, with filters.

Every kind returns a list of plain rows (dicts of JSON values), newest first where records have a date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, exists, func, or_, select

from redline.errors import InputError
from redline.store import schema as t
from redline.store.search import matching_articles

Row = dict[str, Any]


@dataclass(frozen=True)
class Filters:
    """Query filters; ``None`` means no filter. Dates are ISO (YYYY-MM-DD), compared as text."""

    actor: str | None = None
    type: str | None = None
    status: str | None = None
    place: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    limit: int | None = 100


def actor_ids(value: str) -> Select[tuple[int]]:
    """Actors named ``value`` (case-insensitive; % is a wildcard), or with that code, key or id."""
    a = t.actors
    match = [func.lower(a.c.name).like(value.lower()), a.c.code == value.upper(), a.c.key == value]
    if value.isdigit():
        match.append(a.c.id == int(value))
    return select(a.c.id).where(or_(*match))


def place_ids(value: str) -> Select[tuple[int]]:
    """Places named ``value`` (case-insensitive), in that ISO alpha-2 country, or with that key or id."""
    p = t.places
    match = [func.lower(p.c.name).like(value.lower()), p.c.country_code == value.upper(), p.c.key == value]
    if value.isdigit():
        match.extend([p.c.id == int(value), p.c.geonameid == int(value)])
    return select(p.c.id).where(or_(*match))


def date_filters(column: Any, f: Filters) -> list[ColumnElement[bool]]:
    where = []
    if f.since:
        where.append(column >= f.since)
    if f.until:
        where.append(column <= f.until)
    return where


def refuse(kind: str, f: Filters, *names: str) -> None:
    for name in names:
        if getattr(f, name) is not None:
            raise InputError(f"--{name} does not apply to {kind}.", hint=f"Filters for {kind}: see --help.")


def article_filters(f: Filters, dialect: str, article_id: Any) -> list[ColumnElement[bool]]:
    where = date_filters(t.articles.c.published, f)
    if f.text:
        where.append(matching_articles(dialect, f.text))
    if f.place:
        where.append(exists().where(t.article_places.c.article_id == article_id,
                                    t.article_places.c.place_id.in_(place_ids(f.place))))
    return where


def names(conn: Connection, table: Any, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {int(i): str(n) for i, n in conn.execute(select(table.c.id, table.c.name).where(table.c.id.in_(ids)))}


def limited(query: Select[Any], f: Filters) -> Select[Any]:
    return query.limit(f.limit) if f.limit else query


def mapped(rows: Sequence[Any]) -> list[Row]:
    return [dict(r._mapping) for r in rows]
