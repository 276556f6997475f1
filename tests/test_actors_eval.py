"""``redline eval actors``: format detection and metrics on small slices of the team's evaluation data."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.errors import EvalDataError
from redline.eval.actors import evaluate
from redline.settings import Settings


def test_actors_eval_conll_entity_f1(shared_data: Path, settings: Settings) -> None:
    report = evaluate(shared_data / "events/conflibert-cameo/re3d/dev.txt", settings, limit=2)
    assert 0.0 < report.metrics["entity_f1"] <= 1.0
    assert {"entity_f1_person", "entity_f1_organisation"} <= report.metrics.keys()
    assert "entity_f1" in report.anchors


def test_actors_eval_geowebnews_metonymy(shared_data: Path, settings: Settings) -> None:
    report = evaluate(shared_data / "geo/GeoWebNews", settings, limit=15)
    assert report.metrics["metonymy_accuracy"] > report.anchors["metonymy_accuracy"][0]
    assert report.counts["metonymic"] > 0


def test_actors_eval_conll_file_written_here(tmp_path: Path, settings: Settings) -> None:
    gold = tmp_path / "tiny.txt"
    rows = ["The\tB-Organisation", "United\tI-Organisation", "Nations\tI-Organisation", "said\tO", "Ali\tB-Person",
            "Hassan\tI-Person", "left\tO", ".\tO"]
    gold.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = evaluate(gold, settings)
    assert report.counts["gold_entities"] == 2


def test_actors_eval_unknown_format(tmp_path: Path, settings: Settings) -> None:
    with pytest.raises(EvalDataError):
        evaluate(tmp_path, settings)
