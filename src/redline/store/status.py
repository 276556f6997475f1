"""Commitments' status across articles: fulfilled or violated when a later report says so, else by deadline.

A later report counts when an asserted event in an article published after the commitment was first seen has a
party of the commitment among its actors, and its sentence says the commitment was kept or broken (cues in
``data/compliance.yaml``). Without such a report the status is the deadline's as of the corpus date (the newest
publication date stored, unless given): pending, due (within a week), overdue, or unknown without a deadline.
``redline.commitments.status_as_of(commitment, as_of, reports)`` decides the status.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Literal

from sqlalchemy import Connection, Row, func, select, update

from redline.commitments import Compliance, status_as_of
from redline.commitments.dates import due_by
from redline.models import Commitment
from redline.resources import load_yaml
from redline.store import schema as t
from redline.store.repository import Store

SETTLED = ("fulfilled", "violated")
Outcome = Literal["fulfilled", "violated"]


@lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml("compliance.yaml")

    def words(key: str) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in data[key]) + ")", re.IGNORECASE)
    return {**data, "agreement": words("agreement_words"), "violated_re": words("violated"),
            "fulfilled_re": words("fulfilled")}


def update_statuses(store: Store, as_of: str | None = None, after_article: int | None = None) -> int:
    """Recompute the status of every unsettled commitment; how many changed.

    With ``after_article`` (the highest article id before an ingest run) only commitments that are new, or whose
    parties act in the new articles' events, are searched for reports; the others can only have come due. The
    candidate reports are read in one query per run and indexed by actor, so the cost grows with the mentions
    read, not with commitments times mentions.
    """
    with store.engine.begin() as conn:
        day = as_of or _corpus_date(conn)
        rows = conn.execute(select(t.commitments).where(t.commitments.c.status.not_in(SETTLED))).all()
        touched = None if after_article is None else _touched(conn, after_article)
        searched = [row for row in rows if touched is None or row.id in touched]
        reports = _reports_for(conn, searched, after_article)
        return sum(_update(conn, row, day, reports.get(row.id, [])) for row in rows)


def _since(row: Row[Any], after_article: int | None) -> int:
    """Where the report search starts: an unsettled commitment seen before this run had no deciding report in the
    articles before it, so only the run's new articles are searched; a new one searches them all."""
    if after_article is None or row.first_article_id is None or row.first_article_id > after_article:
        return -1
    return after_article


def _touched(conn: Connection, after_article: int) -> set[int]:
    """Commitments first seen in, or with a party acting in an event of, articles after ``after_article``."""
    cp, ea, m = t.commitment_parties, t.event_actors, t.event_mentions
    acting = select(ea.c.actor_id).join(m, m.c.event_id == ea.c.event_id).where(m.c.article_id > after_article)
    ids = conn.execute(select(cp.c.commitment_id).where(cp.c.actor_id.in_(acting))).scalars()
    new = conn.execute(select(t.commitments.c.id).where(t.commitments.c.first_article_id > after_article)).scalars()
    return {int(i) for i in ids} | {int(i) for i in new}


def _corpus_date(conn: Connection) -> str:
    latest = conn.execute(select(func.max(t.articles.c.published))).scalar()
    return str(latest) if latest else date.today().isoformat()


@dataclass(frozen=True)
class Report:
    """A later article's report that a commitment was kept or broken."""

    outcome: Outcome
    sentence: str
    article_id: int
    on: str


@dataclass(frozen=True)
class _Candidate:
    """An asserted event mention whose sentence could report on a commitment, with what it would say."""

    sentence: str
    article_id: int
    on: str
    for_ceasefire: Outcome | None
    for_other: Outcome | None


def _update(conn: Connection, row: Row[Any], as_of: str, reports: list[Report]) -> bool:
    status = status_for(row, as_of, reports)
    reason = next((r for r in reports if r.outcome == status), None)
    values = {"status": status, "status_as_of": as_of, "status_reason": reason.sentence if reason else None,
              "status_article_id": reason.article_id if reason else None}
    if all(getattr(row, k) == v for k, v in values.items()):
        return False
    conn.execute(update(t.commitments).where(t.commitments.c.id == row.id).values(**values))
    return True


def _reports_for(conn: Connection, rows: list[Row[Any]], after_article: int | None) -> dict[int, list[Report]]:
    """For each searched commitment, the later reports that a party kept or broke it, oldest first."""
    rows = [row for row in rows if row.first_seen is not None]
    if not rows:
        return {}
    parties = _parties(conn, {int(row.id) for row in rows})
    by_actor = _candidates(conn, min(_since(row, after_article) for row in rows))
    return {int(row.id): later_reports(row, parties.get(int(row.id), set()), by_actor, _since(row, after_article))
            for row in rows}


def _parties(conn: Connection, ids: set[int]) -> dict[int, set[int]]:
    cp = t.commitment_parties
    unsettled = select(t.commitments.c.id).where(t.commitments.c.status.not_in(SETTLED))
    found: dict[int, set[int]] = {}
    for commitment_id, actor_id in conn.execute(select(cp.c.commitment_id, cp.c.actor_id)
                                                .where(cp.c.commitment_id.in_(unsettled))):
        if int(commitment_id) in ids:
            found.setdefault(int(commitment_id), set()).add(int(actor_id))
    return found


def _candidates(conn: Connection, since: int) -> dict[int, list[_Candidate]]:
    """Asserted event mentions after article ``since`` whose sentence could report on a commitment, by the
    actor (a party of an unsettled commitment) acting in them; each sentence is judged once."""
    m, a, ea, cp = t.event_mentions, t.articles, t.event_actors, t.commitment_parties
    unsettled = select(t.commitments.c.id).where(t.commitments.c.status.not_in(SETTLED))
    parties = select(cp.c.actor_id).where(cp.c.commitment_id.in_(unsettled))
    query = (select(m.c.sentence, m.c.article_id, t.events.c.type, a.c.published, ea.c.actor_id)
             .join(t.events, t.events.c.id == m.c.event_id).join(a, a.c.id == m.c.article_id)
             .join(ea, ea.c.event_id == m.c.event_id)
             .where(ea.c.role == "actor", ea.c.actor_id.in_(parties), m.c.status == "asserted",
                    a.c.published.is_not(None), m.c.article_id > since))
    judged: dict[tuple[str, str], tuple[Outcome | None, Outcome | None]] = {}
    by_actor: dict[int, list[_Candidate]] = {}
    for sentence, article_id, kind, published, actor_id in conn.execute(query):
        outcomes = judged.get((sentence, kind))
        if outcomes is None:
            outcomes = judged[(sentence, kind)] = (_judge(sentence, kind, True), _judge(sentence, kind, False))
        if outcomes != (None, None):
            by_actor.setdefault(int(actor_id), []).append(
                _Candidate(sentence, int(article_id), str(published), *outcomes))
    return by_actor


def later_reports(row: Row[Any], parties: set[int], by_actor: dict[int, list[_Candidate]],
                  since: int = -1) -> list[Report]:
    """Reports in articles published after the commitment was first seen (and stored after article id ``since``)
    that a party kept or broke it, oldest first."""
    ceasefire = str(row.kind).lower() in _cues()["ceasefire_kinds"]
    found = {Report(outcome, c.sentence, c.article_id, c.on)
             for party in parties for c in by_actor.get(party, ())
             if c.on > str(row.first_seen) and c.article_id != row.first_article_id and c.article_id > since
             and (outcome := c.for_ceasefire if ceasefire else c.for_other)}
    return sorted(found, key=lambda r: (r.on, r.article_id, r.sentence))


def _judge(sentence: str, event_type: str, ceasefire: bool) -> Outcome | None:
    """What a sentence with an event of ``event_type`` says of a commitment (a ceasefire-like one or not)."""
    cues = _cues()
    if not cues["agreement"].search(sentence) and not ceasefire:
        return None
    if cues["violated_re"].search(sentence) or (ceasefire and event_type in cues["violation_event_types"]):
        return "violated"
    return "fulfilled" if cues["fulfilled_re"].search(sentence) else None


def status_for(row: Row[Any], as_of: str, reports: list[Report]) -> str:
    """``redline.commitments.status_as_of`` on the stored commitment; for a row whose record cannot be read back,
    violated > fulfilled > the deadline's."""
    try:
        compliance = [Compliance(outcome=r.outcome, on=date.fromisoformat(r.on)) for r in reports]
        return str(status_as_of(Commitment.model_validate_json(row.data), date.fromisoformat(as_of), compliance))
    except (TypeError, ValueError):
        outcomes = {r.outcome for r in reports}
        return next((o for o in SETTLED[::-1] if o in outcomes), None) or deadline_status(row, as_of)


def deadline_status(row: Row[Any], as_of: str) -> str:
    """Overdue after the first deadline (a month or year deadline runs to its end), due within a week of it,
    pending before; unknown without one."""
    try:
        deadline, today = due_by(str(row.deadline) if row.deadline else None), date.fromisoformat(as_of)
    except ValueError:
        return "unknown"
    if deadline is None:
        return "unknown"
    if deadline < today:
        return "overdue"
    return "due" if deadline <= today + timedelta(days=int(_cues()["due_within_days"])) else "pending"

