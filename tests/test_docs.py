"""Docs stay true: every CLI command and every setting is documented in docs/cli.md."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import click
import pytest

from redline.cli.main import cli
from redline.settings import Settings

DOC = (Path(__file__).resolve().parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")


def command_paths(group: click.Group, prefix: str = "redline") -> Iterator[str]:
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            yield from command_paths(command, path)
        else:
            yield path


@pytest.mark.parametrize("path", sorted(command_paths(cli)))
def test_docs_every_command_documented(path: str) -> None:
    assert f"`{path}" in DOC, f"{path} is not in docs/cli.md"


@pytest.mark.parametrize("name", [f.name for f in fields(Settings)])
def test_docs_every_setting_documented(name: str) -> None:
    assert f"REDLINE_{name.upper()}" in DOC, f"setting {name} is not in docs/cli.md"


@pytest.mark.parametrize("path", sorted(command_paths(cli)))
def test_docs_every_command_has_help(path: str) -> None:
    command: click.Command = cli
    for part in path.split()[1:]:
        assert isinstance(command, click.Group)
        command = command.commands[part]
    assert command.help or command.callback.__doc__  # type: ignore[union-attr]
