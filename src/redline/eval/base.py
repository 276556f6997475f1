"""What every evaluation returns, and how the data directory is found."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from redline.errors import EvalDataError


@dataclass
class EvalReport:
    """Metrics measured on one dataset, with the published anchors to compare against."""

    task: str
    dataset: str
    metrics: dict[str, float]
    #: metric name -> (anchor value, who published it)
    anchors: dict[str, tuple[float, str]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {**self.metrics, "task": self.task, "dataset": self.dataset, "counts": self.counts,
                "anchors": {k: {"value": v, "source": s} for k, (v, s) in self.anchors.items()},
                "notes": self.notes}


def require(path: Path) -> Path:
    if not path.exists():
        raise EvalDataError(
            f"{path} does not exist.",
            hint="Give a path to gold data; the team's sets live in ../shared/data (not shipped with redline).",
        )
    return path
