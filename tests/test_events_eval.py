"""``redline eval events``: format detection and scoring on small files, and on ../shared/data when present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redline.errors import EvalDataError
from redline.eval.events import evaluate, macro_f1
from redline.settings import Settings


def test_events_eval_macro_f1() -> None:
    assert macro_f1([0, 0, 1, 1], [0, 0, 1, 1]) == 1.0
    assert macro_f1([0, 1], [1, 0]) == 0.0
    assert macro_f1([0, 0, 1], [0, 1, 1]) == pytest.approx((2 / 3 + 2 / 3) / 2)


def test_events_eval_cameo_tsv(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("Rebels attacked an army post near the border.\t4\n"
                    "The two governments signed a trade agreement.\t1\n", encoding="utf-8")
    report = evaluate(path, settings)
    assert set(report.metrics) == {"macro_f1", "accuracy"}
    assert report.counts["sentences"] == 2


def test_events_eval_case_tsv(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "case.tsv"
    path.write_text("id\tEventSnippet\tSubType\n1\tWarplanes bombed the village on Monday.\tAIR_STRIKE\n",
                    encoding="utf-8")
    report = evaluate(path, settings)
    assert report.metrics["accuracy"] == 1.0


def test_events_eval_gsr_json(tmp_path: Path, settings: Settings) -> None:
    rows = [{"id": "x", "event": "DOCUMENT"},
            {"id": "y", "event": "FIGHT", "text": "Kenyan troops attacked a rebel camp.",
             "source": [{"actorText": "Kenyan troops", "code": "KEN", "sector": "MIL"}]}]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    report = evaluate(path, settings)
    assert report.metrics["type_accuracy"] == 1.0
    assert report.counts["records"] == 1


def test_events_eval_unknown_format(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "odd.tsv"
    path.write_text("a\tb\tc\td\n", encoding="utf-8")
    with pytest.raises(EvalDataError):
        evaluate(path, settings)


@pytest.mark.parametrize(
    ("relative", "metric"),
    [("events/conflibert-cameo/cameo_class/train.tsv", "macro_f1"),
     ("events/plover-gsr/PLOVER_GSR_CAMEO.json", "type_accuracy"),
     ("events/case2021-task2/test_set_final_release_with_labels.tsv", "macro_f1")],
)
def test_events_eval_shared_data(shared_data: Path, settings: Settings, relative: str, metric: str) -> None:
    report = evaluate(shared_data / relative, settings, limit=40)
    assert 0.0 <= report.metrics[metric] <= 1.0
