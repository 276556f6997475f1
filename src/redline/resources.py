"""Package data (lexicons, actor lists, gazetteer sources), loaded once and extendable with user files."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from redline.errors import DataFileError


def data_path(name: str) -> Path:
    return Path(str(resources.files("redline").joinpath("data", name)))


@lru_cache(maxsize=64)
def read_text(name: str) -> str:
    try:
        return data_path(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(f"Packaged data file {name!r} is missing.", hint="Reinstall redline.") from exc


@lru_cache(maxsize=64)
def load_yaml(name: str) -> Any:
    return _parse_yaml(read_text(name), name)


def load_user_yaml(paths: Iterable[Path]) -> list[Any]:
    """User-supplied YAML files, in order, each parsed; a bad file raises DataFileError naming it."""
    loaded = []
    for path in paths:
        try:
            loaded.append(_parse_yaml(path.read_text(encoding="utf-8"), str(path)))
        except OSError as exc:
            raise DataFileError(f"Cannot read {path}: {exc}.", hint="Check the path in your settings.") from exc
    return loaded


def _parse_yaml(text: str, name: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DataFileError(f"{name} is not valid YAML: {exc}", hint="Fix the file's syntax.") from exc


@lru_cache(maxsize=16)
def word_set(name: str) -> frozenset[str]:
    return frozenset(read_text(name).split())
