"""How the CLI shows a RedlineError: one clear line, the hint, and the documented exit code."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NoReturn

import click

from redline.errors import RedlineError


def fail(error: RedlineError) -> NoReturn:
    """Print the error (and its hint) to stderr and exit with its documented code."""
    click.echo(f"error {error.code}: {error.message}", err=True)
    if error.hint:
        click.echo(f"  {error.hint}", err=True)
    sys.exit(error.exit_code)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn RedlineErrors into a message and exit code instead of a traceback."""
    try:
        yield
    except RedlineError as error:
        fail(error)


def handled(func: Callable[..., None]) -> Callable[..., None]:
    @functools.wraps(func)
    def wrapper(*args: object, **kwargs: object) -> None:
        with user_errors():
            func(*args, **kwargs)

    return wrapper
