"""A corpus at a glance: counts, top actors, events by type, open commitments with their deadlines."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select

from redline.store import schema as t
from redline.store.kinds import run
from redline.store.queries import Filters
from redline.store.repository import Store

OPEN = ("pending", "due", "overdue", "unknown")


@dataclass(frozen=True)
class OpenCommitment:
    parties: list[str]
    kind: str
    deadline: str | None
    status: str
    article: str


@dataclass(frozen=True)
class CorpusSummary:
    articles: int
    duplicates: int
    failed: int
    events: int
    top_actors: list[tuple[str, int]] = field(default_factory=list)
    events_by_type: list[tuple[str, int, int]] = field(default_factory=list)
    open_commitments: list[OpenCommitment] = field(default_factory=list)
    as_of: str | None = None


def summarize(store: Store, top: int = 10) -> CorpusSummary:
    """Counts, the ``top`` actors by articles, asserted events by type (reports and linked events), and open
    commitments (soonest deadline first)."""
    with store.engine.connect() as conn:
        counts = _counts(conn)
        by_type = _events_by_type(conn)
    actors = [(r["name"], int(r["articles"])) for r in run(store, "actors", Filters(limit=top))]
    return CorpusSummary(**counts, top_actors=actors, events_by_type=by_type, open_commitments=_open(store),
                         as_of=_as_of(store))


def _counts(conn: Connection) -> dict[str, int]:
    a = t.articles
    def count(query: object) -> int:
        return int(conn.execute(query).scalar_one())  # type: ignore[call-overload]
    return {"articles": count(select(func.count()).select_from(a)),
            "duplicates": count(select(func.count()).where(a.c.duplicate_of.is_not(None))),
            "failed": count(select(func.count()).select_from(t.ingest_errors)),
            "events": count(select(func.count()).select_from(t.events))}


def _events_by_type(conn: Connection) -> list[tuple[str, int, int]]:
    """(type, reports, distinct events) of asserted events, most reported first."""
    e = t.events
    query = (select(e.c.type, func.sum(e.c.mentions), func.count()).where(e.c.status == "asserted")
             .group_by(e.c.type).order_by(func.sum(e.c.mentions).desc(), e.c.type))
    return [(str(kind), int(mentions), int(events)) for kind, mentions, events in conn.execute(query)]


def _open(store: Store) -> list[OpenCommitment]:
    rows = [r for status in OPEN for r in run(store, "commitments", Filters(status=status, limit=None))]
    rows.sort(key=lambda r: (r["deadline"] is None, r["deadline"] or "", r["id"]))
    return [OpenCommitment(parties=r["parties"], kind=r["kind"], deadline=r["deadline"], status=r["status"],
                           article=r["article"]) for r in rows if r["deadline"] or r["parties"]]


def _as_of(store: Store) -> str | None:
    with store.engine.connect() as conn:
        found = conn.execute(select(func.max(t.commitments.c.status_as_of))).scalar()
    return None if found is None else str(found)
