"""Article → one spaCy parse → stages in checked order → Record."""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from redline.errors import PipelineError, RedlineError, StageFailedError
from redline.models import Article, Record, RecordError
from redline.nlp import load_nlp
from redline.registry import DEFAULT_PIPELINE, factory
from redline.settings import Settings
from redline.stages.base import GIVEN, Analysis, Stage

log = logging.getLogger(__name__)


def check_order(stages: Sequence[Stage]) -> None:
    """Raise PipelineError unless every stage's requirements are provided by earlier stages."""
    available = set(GIVEN)
    for stage in stages:
        missing = [r for r in stage.requires if r not in available]
        if missing:
            raise PipelineError(
                f"Stage {stage.name} needs {', '.join(missing)}, which no earlier stage provides.",
                hint="Reorder the pipeline or add the stage that provides it.",
            )
        available.update(stage.provides)


class Pipeline:
    """The stages over one shared parse. Build once per process; reuse for every article."""

    def __init__(self, nlp: Language, stages: Sequence[Stage], settings: Settings, *, raise_errors: bool = False):
        check_order(stages)
        self.nlp = nlp
        self.stages = list(stages)
        self.settings = settings
        self.raise_errors = raise_errors
        #: Seconds spent in each stage since the pipeline was built (for benchmarks).
        self.stage_seconds: defaultdict[str, float] = defaultdict(float)

    @classmethod
    def from_settings(
        cls, settings: Settings, names: Sequence[str] = DEFAULT_PIPELINE, *, raise_errors: bool = False
    ) -> Pipeline:
        stages = [factory(name)(settings) for name in names]
        return cls(load_nlp(settings), stages, settings, raise_errors=raise_errors)

    def analyze(self, article: Article) -> Record:
        return self._run(article, self.nlp(article.text))

    def analyze_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Record]:
        """Like ``analyze`` over many articles, parsing them in batches with ``nlp.pipe``."""
        pairs = self.nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=batch_size)
        for doc, article in pairs:
            yield self._run(article, doc)

    def _run(self, article: Article, doc: Doc) -> Record:
        analysis = Analysis(article=article, doc=doc, record=Record(article=article), settings=self.settings)
        for stage in self.stages:
            self._run_stage(stage, analysis)
        return analysis.record

    def _run_stage(self, stage: Stage, analysis: Analysis) -> None:
        started = time.perf_counter()
        try:
            stage(analysis)
        except Exception as exc:
            if self.raise_errors:
                raise
            code = exc.code if isinstance(exc, RedlineError) else StageFailedError.code
            log.warning("stage %s failed on article %s: %s", stage.name, analysis.article.id, exc)
            analysis.record.errors.append(
                RecordError(stage=stage.name, code=code, message=f"{type(exc).__name__}: {exc}")
            )
        finally:
            self.stage_seconds[stage.name] += time.perf_counter() - started
