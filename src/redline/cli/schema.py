"""``redline schema``: print the JSON Schema of the record."""

from __future__ import annotations

import json

import click

from redline.models import Record


def record_schema() -> str:
    return json.dumps(Record.model_json_schema(), indent=2, sort_keys=True) + "\n"


@click.command()
def schema() -> None:
    """Print the JSON Schema of the record that `analyze --format json` prints."""
    click.echo(record_schema(), nl=False)
