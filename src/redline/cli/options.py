"""Options shared by several commands, as decorators."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def db_option(func: F) -> F:
    return click.option(
        "--db", envvar="REDLINE_DB", default="sqlite:///redline.db", show_default=True,
        help="Database URL: a SQLite file (default) or postgresql://user@host/dbname.",
    )(func)


def json_flag(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")(func)
