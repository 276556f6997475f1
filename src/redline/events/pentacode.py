"""Sentence-level codes from a sentence's events: its main event, CAMEO pentacode and CASE 2021 class."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from redline.models import Event
from redline.resources import load_yaml


def main_event(events: Sequence[Event]) -> Event | None:
    """The event a sentence reports: the shallowest in the parse (the main verb's), then the most confident."""
    ranked = sorted(events, key=lambda e: (e.depth if e.depth is not None else 99, -e.confidence))
    return ranked[0] if ranked else None


def intended(event: Event) -> bool:
    """Whether the event is only intended, offered or threatened ("will release", "would boycott", "if … will")."""
    return event.status in ("future", "conditional", "hypothetical")


def sentence_type(events: Sequence[Event]) -> str | None:
    """The PLOVER type a coder gives the sentence: its main event's; an intended one is coded as the statement of
    intent, as PLOVER does: AGREE to cooperate (pentacode ≤ 2), THREATEN conflict (3-4); cooperation refused or
    not reached ("will not accept", "failed to agree") is a REJECT."""
    event = main_event(events)
    if event is None:
        return None
    if event.status == "negated" and (event.pentacode or 0) in (1, 2):
        return "REJECT"
    if intended(event) and event.type not in ("REQUEST", "AGREE", "THREATEN"):
        return "AGREE" if (event.pentacode or 0) <= 2 else "THREATEN"
    return event.type


def sentence_pentacode(events: Sequence[Event]) -> int:
    """The CAMEO pentacode of a sentence from its main event; 0 (a plain statement) when it has none.

    An event only intended, offered or imagined (future, conditional, hypothetical) is coded as the intent or
    threat to do it, as CAMEO does: material cooperation (2) becomes verbal cooperation (1), material conflict (4)
    verbal conflict (3).
    Cooperation refused or not achieved ("will not lift the ban", "failed to reach a deal") is a rejection (3).
    """
    event = main_event(events)
    if event is None or event.pentacode is None:
        return int(load_yaml("events/pentacode.yaml")["no_event"])
    if intended(event) and event.pentacode in (2, 4):
        return event.pentacode - 1
    if event.status == "negated" and event.pentacode in (1, 2):
        return 3
    return event.pentacode


@dataclass(frozen=True)
class CaseClass:
    name: str
    types: frozenset[str]
    modes: frozenset[str]
    default: bool


@lru_cache(maxsize=1)
def case_classes() -> tuple[CaseClass, ...]:
    """The documented CASE 2021 ↔ PLOVER mapping (``data/events/case2021.yaml``)."""
    raw: dict[str, Any] = load_yaml("events/case2021.yaml")["classes"]
    return tuple(CaseClass(name, frozenset(spec.get("types") or []), frozenset(spec.get("modes") or []),
                           bool(spec.get("default"))) for name, spec in raw.items())


def case_class(events: Sequence[Event]) -> str:
    """The CASE 2021 class of a snippet from its main event (type and mode), by the documented mapping."""
    event = main_event(events)
    classes = case_classes()
    if event is not None:
        for item in classes:
            if event.type in item.types and event.mode in item.modes:
                return item.name
        for item in classes:
            if event.type in item.types and item.default:
                return item.name
    return next(item.name for item in classes if not item.types and item.default)
