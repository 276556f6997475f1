"""Bad input gets a clear error with a stable code and a documented exit code; the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from redline.cli.main import cli
from redline.readers import Failed, Meta, read_paths
from redline.settings import Settings

INPUTS = Path(__file__).parent / "fixtures" / "inputs"

CASES = [
    ("blank.txt", "E102", "empty"),
    ("image.png", "E103", "PNG image"),
    ("random.bin", "E103", "binary"),
    ("undecodable.txt", "E104", "UTF-8"),
    ("french.txt", "E106", "unsupported language"),
    ("broken.html", "E107", "no article text"),
    ("missing.txt", "E101", "no such file"),
]


@pytest.mark.parametrize(("name", "code", "words"), CASES)
def test_readers_bad_input_fails_with_code(settings: Settings, name: str, code: str, words: str) -> None:
    [item] = list(read_paths([str(INPUTS / name)], Meta(), settings))
    assert isinstance(item, Failed)
    assert item.error.code == code
    assert words in str(item.error)
    assert item.error.hint


@pytest.mark.parametrize(("name", "code", "words"), CASES)
def test_cli_bad_single_file_exits_3_without_traceback(name: str, code: str, words: str) -> None:
    result = CliRunner().invoke(cli, ["analyze", str(INPUTS / name), "--format", "json"])
    assert result.exit_code == 3
    assert f"error {code}" in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_cli_oversized_article_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("The army said the rebels had withdrawn from the town. " * 40)
    result = CliRunner().invoke(cli, ["analyze", str(path), "--max-bytes", "1000"])
    assert result.exit_code == 3
    assert "error E105" in result.stderr


def test_cli_batch_goes_on_after_bad_items() -> None:
    paths = [str(INPUTS / n) for n in ("image.png", "blank.txt")] + [str(INPUTS / "batch.jsonl")]
    result = CliRunner().invoke(cli, ["analyze", *paths, "--format", "jsonl"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 7
    ok = [r["article"]["id"] for r in records if not r["errors"]]
    assert ok == ["w1", "w3"]


def test_cli_bad_published_date_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The foreign minister arrived in Baghdad on Sunday for talks with the prime minister.")
    result = CliRunner().invoke(cli, ["analyze", str(path), "--published", "last tuesday"])
    assert result.exit_code == 3
    assert "error E109" in result.stderr
