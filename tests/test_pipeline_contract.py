"""The stage contract: order is checked before running; a failing stage is recorded and the rest go on."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from redline.errors import PipelineError
from redline.models import Article
from redline.pipeline import Pipeline, check_order
from redline.registry import DEFAULT_PIPELINE, builtin_stages, factory
from redline.settings import Settings
from redline.stages.base import Analysis


@dataclass
class FakeStage:
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    fail: bool = False

    def __call__(self, analysis: Analysis) -> None:
        if self.fail:
            raise ValueError("boom")


def test_pipeline_order_rejects_missing_requirement() -> None:
    with pytest.raises(PipelineError, match="needs actors"):
        check_order([FakeStage("quotes", ("doc", "actors"), ("quotes",))])


def test_pipeline_default_order_is_valid(settings: Settings) -> None:
    check_order([factory(name)(settings) for name in DEFAULT_PIPELINE])


def test_pipeline_registry_names_are_versioned() -> None:
    assert all(name.startswith("redline.") and name.rsplit(".", 1)[1].startswith("v") for name in builtin_stages())


def test_pipeline_unknown_stage_is_a_clear_error() -> None:
    with pytest.raises(PipelineError, match="Known stages"):
        factory("redline.nothing.v1")


def test_pipeline_failing_stage_recorded_and_later_stages_run(pipeline: Pipeline, settings: Settings) -> None:
    ran: list[str] = []

    @dataclass
    class Marker(FakeStage):
        def __call__(self, analysis: Analysis) -> None:
            ran.append(self.name)

    stages = [FakeStage("bad", ("doc",), ("x",), fail=True), Marker("after", ("doc",), ("y",))]
    record = Pipeline(pipeline.nlp, stages, settings).analyze(Article(id="a", text="The army said so on Monday."))
    assert ran == ["after"]
    assert [(e.stage, e.code) for e in record.errors] == [("bad", "E301")]
    assert "boom" in record.errors[0].message


def test_pipeline_analyze_many_matches_analyze(pipeline: Pipeline) -> None:
    articles = [Article(id=str(i), text=t) for i, t in enumerate(
        ["Rebels attacked a checkpoint near the border on Sunday, the army said.",
         "The two presidents met in Ankara and agreed to expand trade."])]
    one_by_one = [pipeline.analyze(a).model_dump() for a in articles]
    assert [r.model_dump() for r in pipeline.analyze_many(articles)] == one_by_one
