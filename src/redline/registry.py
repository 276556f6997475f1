"""Explicit, versioned registration of stages. Nothing registers as a side effect of import.

A behaviour change to a stage is a new name (``redline.quotes.v3``), never a silent edit of ``v2``. The v1
stages of the first release were superseded by v2 (see CHANGELOG.md); only the current version of each ships.
"""

from __future__ import annotations

from redline.errors import PipelineError
from redline.stages import actors, commitments, events, places, quantities, quotes, stances, times
from redline.stages.base import StageFactory

DEFAULT_PIPELINE: tuple[str, ...] = (
    "redline.actors.v2",
    "redline.places.v2",
    "redline.times.v2",
    "redline.quantities.v2",
    "redline.quotes.v2",
    "redline.events.v2",
    "redline.commitments.v2",
    "redline.stances.v2",
)


def builtin_stages() -> dict[str, StageFactory]:
    """Every stage that ships with redline, by its versioned name."""
    return {
        "redline.actors.v2": actors.create,
        "redline.places.v2": places.create,
        "redline.times.v2": times.create,
        "redline.quantities.v2": quantities.create,
        "redline.quotes.v2": quotes.create,
        "redline.events.v2": events.create,
        "redline.commitments.v2": commitments.create,
        "redline.stances.v2": stances.create,
    }


def factory(name: str, stages: dict[str, StageFactory] | None = None) -> StageFactory:
    known = builtin_stages() if stages is None else stages
    try:
        return known[name]
    except KeyError:
        raise PipelineError(
            f"Unknown stage {name!r}.", hint=f"Known stages: {', '.join(sorted(known))}."
        ) from None
