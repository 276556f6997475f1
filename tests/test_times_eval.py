"""``redline eval time``: reading TimeML, scoring, and the team's TempEval-3 data and example (when present)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from redline.analyze import analyze_text
from redline.eval.time import evaluate, read_timeml
from redline.pipeline import Pipeline
from redline.settings import Settings

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2018-09-24" functionInDocument="CREATION_TIME">2018-09-24</TIMEX3></DCT>
<TEXT>
Rebels left the town on <TIMEX3 tid="t1" type="DATE" value="2018-09-23">Sunday</TIMEX3> after a siege of
<TIMEX3 tid="t2" type="DURATION" value="P3M">three months</TIMEX3> &amp; talks that began in
<TIMEX3 tid="t3" type="DATE" value="2011">2011</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def timeml_folder(tmp_path: Path) -> Path:
    (tmp_path / "doc.tml").write_text(TIMEML, encoding="utf-8")
    return tmp_path


def test_times_eval_reads_timeml(timeml_folder: Path) -> None:
    document = read_timeml(timeml_folder / "doc.tml")
    assert str(document.dct) == "2018-09-24"
    assert [document.text[g.start:g.end] for g in document.timexes] == ["Sunday", "three months", "2011"]
    assert "&amp;" not in document.text and "&" in document.text


def test_times_eval_scores_a_folder(timeml_folder: Path, settings: Settings) -> None:
    report = evaluate(timeml_folder, settings)
    assert report.metrics["value_f1"] == 1.0
    assert report.metrics["strict_f1"] == 1.0
    assert report.counts["gold"] == 3


@pytest.mark.shared
def test_times_eval_tempeval3_sample(shared_data: Path, settings: Settings) -> None:
    report = evaluate(shared_data / "time" / "TempEval3" / "TBAQ-cleaned" / "AQUAINT", settings, limit=8)
    assert report.metrics["relaxed_f1"] > 0.85
    assert report.metrics["value_f1"] > 0.7


@pytest.mark.shared
def test_times_example_article(shared_data: Path, settings: Settings) -> None:
    examples = shared_data.parent / "examples"
    gold = yaml.safe_load((examples / "idlib-2018.gold.yaml").read_text(encoding="utf-8"))
    pipeline = Pipeline.from_settings(settings, ("redline.times.v2", "redline.quantities.v2"), raise_errors=True)
    record = analyze_text((examples / "idlib-2018.txt").read_text(encoding="utf-8"), pipeline=pipeline,
                          published=str(gold["article"]["published"]))
    for expected in gold["times"]:
        found = [t for t in record.times if t.text in expected["text"] or expected["text"] in t.text]
        assert found and found[0].value == str(expected["value"]), expected
    for expected in gold["quantities"]:
        found = [q for q in record.quantities if q.text == expected["text"]]
        assert found and found[0].unit == expected["unit"], expected
        for key in ("value", "value_min", "value_max"):
            if key in expected:
                assert getattr(found[0], key) == expected[key]
