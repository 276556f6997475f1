"""Keys that say when records of different articles are the same actor, place, event or commitment."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

from redline.commitments.dates import due_by
from redline.models import Actor, Commitment, Event, Place

#: Actor types whose PLOVER/CAMEO code names one actor (a state, its government, its military).
CODED_TYPES = frozenset({"STATE", "GOVERNMENT", "MILITARY", "IGO"})
#: Two reports of one event may date it a day apart (time zones, "on Monday" vs the publication date).
DATE_SLACK_DAYS = 1
_NOT_WORD = re.compile(r"[^\w]+")
_LEADING_THE = re.compile(r"^the\s+")


def normalize_name(name: str) -> str:
    """Lowercase ASCII-folded words, without a leading 'the': 'The  Kremlin' → 'kremlin'."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii") or name
    return _NOT_WORD.sub(" ", _LEADING_THE.sub("", folded.lower().strip())).strip()


def actor_key(actor: Actor) -> str:
    """One key per real-world actor: Wikidata id, else the code of a state-like actor, else type and name."""
    if actor.wikidata:
        return f"wd:{actor.wikidata}"
    if actor.code and actor.type in CODED_TYPES:
        return f"code:{actor.code}"
    return f"{actor.type.lower()}:{normalize_name(actor.name)}"


def place_key(place: Place) -> str:
    if place.geonameid is not None:
        return f"gn:{place.geonameid}"
    return f"name:{place.country_code or ''}:{normalize_name(place.name)}"


def status_class(event: Event) -> str:
    """Reports of what happened link with each other; threats and hypotheticals only with their like."""
    return "asserted" if event.status == "asserted" else "unreal"


def event_signature(event: Event, actor_ids: dict[str, int]) -> str | None:
    """Type, factuality and canonical actor/recipient ids; None when the event has no known actor."""
    actors = sorted({actor_ids[a] for a in event.actors if a in actor_ids})
    if not actors:
        return None
    recipients = sorted({actor_ids[a] for a in event.recipients if a in actor_ids})
    return f"{event.type}|{status_class(event)}|{','.join(map(str, actors))}|{','.join(map(str, recipients))}"


def event_date(event: Event, published: str | None) -> str | None:
    """The event's day, else the publication day (what a wire report without a date means)."""
    if event.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", event.date):
        return event.date
    return published


def date_window(day: str) -> tuple[str, str]:
    center = date.fromisoformat(day)
    slack = timedelta(days=DATE_SLACK_DAYS)
    return (center - slack).isoformat(), (center + slack).isoformat()


def commitment_signature(commitment: Commitment, actor_ids: dict[str, int], article_key: str) -> str:
    """Parties and the day agreed (else the first deadline); a commitment with neither stays its article's own."""
    parties = sorted({actor_ids[a] for a in commitment.parties if a in actor_ids})
    anchor = commitment.agreed or first_deadline(commitment)
    if not parties or not anchor:
        return f"article:{article_key}:{commitment.id}"
    return f"{commitment.kind}|{','.join(map(str, parties))}|{anchor}"


def first_deadline(commitment: Commitment) -> str | None:
    """The deadline that falls due first (a month or year deadline falls due at its end: "2024" after "2024-11-07")."""
    deadlines = [p.deadline for p in commitment.provisions if p.deadline]
    return min(deadlines, key=lambda d: (due_by(d) or date.max, d)) if deadlines else None
