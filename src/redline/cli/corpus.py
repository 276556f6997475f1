"""Corpus commands (ingest, query, export) — see redline.store."""

from __future__ import annotations

import click

#: Commands added to the top-level group by ``redline.cli.main``.
COMMANDS: list[click.Command] = []
