"""The one stage contract.

A stage takes the shared :class:`Analysis` (the article, its one spaCy parse, the record so far), and appends its
own typed records to the fields it ``provides``. It never rewrites records another stage made. ``requires`` names
record fields (or ``"doc"``) that earlier stages must provide; the pipeline checks the order before running.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc

from redline.models import Article, Record
from redline.settings import Settings

#: What exists before any stage runs.
GIVEN = frozenset({"article", "doc"})


@dataclass
class Analysis:
    """One article in flight through the stages."""

    article: Article
    doc: Doc
    record: Record
    settings: Settings

    @property
    def text(self) -> str:
        return self.article.text


class Stage(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def requires(self) -> tuple[str, ...]: ...

    @property
    def provides(self) -> tuple[str, ...]: ...

    def __call__(self, analysis: Analysis) -> None: ...


StageFactory = Callable[[Settings], Stage]
