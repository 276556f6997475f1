"""Word lists that decide factuality, argument roles and modes, loaded once from ``data/events``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from redline.errors import DataFileError
from redline.resources import load_yaml


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    words = data.get(key) or []
    odd = [word for word in words if not isinstance(word, str)]
    if odd:
        raise DataFileError(f"events cue list {key!r} holds non-words {odd!r}.",
                            hint='Quote words YAML reads as other values: "on", "off", "no", "yes".')
    return frozenset(word.lower() for word in words)


@dataclass(frozen=True)
class Cues:
    """Every cue list the event stage reads; see the YAML files for what each means."""

    conditional_marks: frozenset[str]
    negators: frozenset[str]
    negating_verbs: frozenset[str]
    hypothetical_modals: frozenset[str]
    future_modals: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    hypothetical_heads: frozenset[str]
    hypothetical_subjects: frozenset[str]
    threat_heads: frozenset[str]
    perception_verbs: frozenset[str]
    future_heads: frozenset[str]
    future_modifiers: frozenset[str]
    reporting_verbs: frozenset[str]
    support_verbs: frozenset[str]
    stative_passives: frozenset[str]
    receiving_verbs: frozenset[str]
    source_preps: frozenset[str]
    recipient_preps: frozenset[str]
    place_preps: frozenset[str]
    setting_preps: frozenset[str]
    clause_breaks: frozenset[str]
    source_modifiers: frozenset[str]
    support_prep_verbs: frozenset[str]
    casualty_units: frozenset[str]
    speaker_acts: frozenset[str]
    accusers: frozenset[str]
    #: PLOVER type -> modifier lemma -> mode
    modes: dict[str, dict[str, str]]
    #: what a casualty count counts (quantities' refers_to) -> the event types it belongs to, preferred first
    casualty_events: dict[str, tuple[str, ...]]


def _modes(data: dict[str, Any]) -> dict[str, dict[str, str]]:
    return {kind: {word: mode for mode, words in table.items() for word in words}
            for kind, table in (data.get("modes") or {}).items()}


@lru_cache(maxsize=1)
def load() -> Cues:
    """The packaged cue lists."""
    factuality = load_yaml("events/factuality.yaml")
    arguments = load_yaml("events/arguments.yaml")
    merged = {**factuality, **arguments}
    names = [name for name in Cues.__dataclass_fields__ if name not in ("modes", "casualty_events")]
    casualties = {kind: tuple(types) for kind, types in (arguments.get("casualty_events") or {}).items()}
    return Cues(**{name: _words(merged, name) for name in names}, modes=_modes(load_yaml("events/modes.yaml")),
                casualty_events=casualties)
