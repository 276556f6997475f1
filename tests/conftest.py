"""Shared fixtures: one pipeline per test session (loading spaCy once), and the team's fixture articles."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from redline.models import Record
from redline.pipeline import Pipeline
from redline.readers import Meta, make_article
from redline.settings import Settings
from redline.timex import TimeTagger, Timex

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
#: A Monday: the publication date the time tests anchor to.
MONDAY = date(2018, 9, 24)


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings.from_env({})


@pytest.fixture(scope="session")
def pipeline(settings: Settings) -> Pipeline:
    return Pipeline.from_settings(settings, raise_errors=True)


@pytest.fixture(scope="session")
def actors_only(settings: Settings) -> Pipeline:
    """Only the actor stage, on short texts too (the language check needs longer ones)."""
    quiet = settings.with_(skip_language_check=True)
    return Pipeline.from_settings(quiet, names=("redline.actors.v2",), raise_errors=True)


@pytest.fixture(scope="session")
def tag(pipeline: Pipeline) -> Callable[..., list[Timex]]:
    """tag(text, anchor=MONDAY) -> the time expressions of ``text`` against ``anchor``."""
    tagger = TimeTagger()

    def run(text: str, anchor: date | None = MONDAY) -> list[Timex]:
        return tagger.tag(pipeline.nlp(text), anchor)

    return run


@pytest.fixture(scope="session")
def analyze(pipeline: Pipeline) -> Callable[..., Record]:
    """analyze(text, published="2020-01-01", **meta) -> Record, with stage errors raised."""

    def run(text: str, **meta: str | None) -> Record:
        article = make_article(text, Meta(**meta), pipeline.settings, meta.get("id") or "<text>")
        return pipeline.analyze(article)

    return run


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, or skip the test when it is absent (it is not part of the repo)."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is absent: evaluation tests skip")
    return SHARED_DATA


def fixture_text(name: str) -> str:
    return (FIXTURES / "articles" / name).read_text(encoding="utf-8")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*.json from current output")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


#: Fixture articles for the times and quantities stages, with their publication dates.
TIMEX_ARTICLES = {"timex_wire_casualties.txt": "2025-03-02", "timex_communique.txt": "2024-11-18"}


@pytest.fixture(scope="session")
def timex_records(settings: Settings) -> dict[str, Record]:
    """The times+quantities fixture articles through just those two stages."""
    pipeline = Pipeline.from_settings(settings, ("redline.times.v2", "redline.quantities.v2"), raise_errors=True)
    return {name: pipeline.analyze(make_article(fixture_text(name), Meta(published=published), settings, name))
            for name, published in TIMEX_ARTICLES.items()}
