"""The ``redline`` command."""

from __future__ import annotations

import logging

import click
from rich.logging import RichHandler

from redline import __version__
from redline.cli import corpus
from redline.cli.analyze import analyze
from redline.cli.demo import demo
from redline.cli.evaluate import evaluate
from redline.cli.schema import schema


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="redline")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-v info, -vv debug).")
def cli(verbose: int) -> None:
    """redline: conflict and diplomacy news into a sourced, structured record.

    Quotes with resolved speakers, actors, PLOVER events with factuality, places, dates, quantities,
    commitments and stances — each tied to its sentence and character span.
    """
    level = (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(message)s",
                        handlers=[RichHandler(show_time=False, show_path=False, markup=False)])


for _command in (analyze, evaluate, demo, schema, *corpus.COMMANDS):
    cli.add_command(_command)


def main() -> None:
    cli(prog_name="redline")
