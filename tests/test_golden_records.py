"""Whole-article output of the bundled samples against golden records.

A change in any stage shows here as a diff. After checking the diff is an improvement, regenerate with
`.venv/bin/python -m pytest tests/test_golden_records.py --update-golden` and commit the new golden files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redline.pipeline import Pipeline
from redline.readers import Meta, read_paths
from redline.resources import data_path
from redline.settings import Settings

GOLDEN = Path(__file__).parent / "golden"
SAMPLES = sorted(p.name for p in data_path("samples").glob("*.txt"))


@pytest.mark.slow
@pytest.mark.parametrize("name", SAMPLES)
def test_golden_sample_record(name: str, pipeline: Pipeline, settings: Settings, update_golden: bool) -> None:
    [article] = list(read_paths([str(data_path("samples") / name)], Meta(), settings))
    record = json.loads(pipeline.analyze(article).model_dump_json())  # type: ignore[arg-type]
    path = GOLDEN / name.replace(".txt", ".json")
    if update_golden:
        path.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert path.is_file(), f"no golden record for {name}: run with --update-golden"
    assert record == json.loads(path.read_text(encoding="utf-8"))
