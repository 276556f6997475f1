"""Explicit, versioned registration of stages. Nothing registers as a side effect of import.

A behaviour change to a stage is a new name (``redline.quotes.v2``), never a silent edit of ``v1``.
"""

from __future__ import annotations

from redline.errors import PipelineError
from redline.stages import actors, commitments, events, places, quantities, quotes, stances, times
from redline.stages.base import StageFactory

DEFAULT_PIPELINE: tuple[str, ...] = (
    "redline.actors.v1",
    "redline.places.v1",
    "redline.times.v1",
    "redline.quantities.v1",
    "redline.quotes.v1",
    "redline.events.v1",
    "redline.commitments.v1",
    "redline.stances.v1",
)


def builtin_stages() -> dict[str, StageFactory]:
    """Every stage that ships with redline, by its versioned name."""
    return {
        "redline.actors.v1": actors.create,
        "redline.places.v1": places.create,
        "redline.times.v1": times.create,
        "redline.quantities.v1": quantities.create,
        "redline.quotes.v1": quotes.create,
        "redline.events.v1": events.create,
        "redline.commitments.v1": commitments.create,
        "redline.stances.v1": stances.create,
    }


def factory(name: str, stages: dict[str, StageFactory] | None = None) -> StageFactory:
    known = builtin_stages() if stages is None else stages
    try:
        return known[name]
    except KeyError:
        raise PipelineError(
            f"Unknown stage {name!r}.", hint=f"Known stages: {', '.join(sorted(known))}."
        ) from None
