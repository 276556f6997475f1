"""Sentence-level codes from events: main event, pentacode with intent and refusal rules, CASE classes."""

from __future__ import annotations

import pytest

from redline.events.pentacode import case_class, main_event, sentence_pentacode, sentence_type
from redline.models import Event, EventStatus, Evidence, PloverType, Span, TextSpan


def _event(kind: PloverType, pentacode: int, *, status: EventStatus = "asserted", depth: int = 0,
           confidence: float = 0.7, mode: str | None = None) -> Event:
    span = TextSpan(start=0, end=1, text="x")
    evidence = Evidence(start=0, end=1, text="x", sentence=Span(start=0, end=1))
    return Event(id="e1", type=kind, mode=mode, pentacode=pentacode, status=status, depth=depth,
                 confidence=confidence, trigger=span, evidence=evidence)


def test_events_pentacode_main_event_is_shallowest() -> None:
    deep = _event("ASSAULT", 4, depth=3, confidence=0.9)
    main = _event("REQUEST", 0, depth=0, confidence=0.6)
    assert main_event([deep, main]) is main


@pytest.mark.parametrize(
    ("status", "pentacode", "expected"),
    [("asserted", 4, 4), ("future", 4, 3), ("conditional", 2, 1), ("negated", 1, 3), ("negated", 2, 3),
     ("hypothetical", 0, 0), ("asserted", 2, 2)],
)
def test_events_pentacode_sentence_rules(status: EventStatus, pentacode: int, expected: int) -> None:
    assert sentence_pentacode([_event("AID", pentacode, status=status)]) == expected


def test_events_pentacode_no_event_is_statement() -> None:
    assert sentence_pentacode([]) == 0


@pytest.mark.parametrize(
    ("kind", "pentacode", "status", "expected"),
    [("RETREAT", 2, "future", "AGREE"), ("ASSAULT", 4, "conditional", "THREATEN"),
     ("AGREE", 1, "negated", "REJECT"), ("ASSAULT", 4, "asserted", "ASSAULT")],
)
def test_events_pentacode_sentence_type(kind: PloverType, pentacode: int, status: EventStatus,
                                        expected: str) -> None:
    assert sentence_type([_event(kind, pentacode, status=status)]) == expected


@pytest.mark.parametrize(
    ("kind", "mode", "expected"),
    [("ASSAULT", "aerial", "AIR_STRIKE"), ("ASSAULT", None, "ARMED_CLASH"), ("PROTEST", "riot", "VIOL_DEMONSTR"),
     ("CONSULT", "summit", "DIPLO"), ("AGREE", "ceasefire", "AGREEMENT")],
)
def test_events_pentacode_case_class(kind: PloverType, mode: str | None, expected: str) -> None:
    assert case_class([_event(kind, 4, mode=mode)]) == expected


def test_events_pentacode_case_class_without_event() -> None:
    assert case_class([]) == "OTHER"
