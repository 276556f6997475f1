"""`redline analyze` end to end through the CLI: text, json (valid against the schema), jsonl order, stdin."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from redline.cli.main import cli

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "schema" / "record.schema.json").read_text(encoding="utf-8"))
SAMPLES = ROOT / "src" / "redline" / "data" / "samples"
INPUTS = Path(__file__).parent / "fixtures" / "inputs"


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_cli_analyze_json_validates_against_schema() -> None:
    code, out, _ = run("analyze", str(SAMPLES / "sudan-truce.txt"), "--format", "json")
    assert code == 0
    record = json.loads(out)
    jsonschema.validate(record, SCHEMA)
    assert record["article"]["published"] == "2023-05-21"
    for quote in record["quotes"]:
        start, end = quote["content"]["start"], quote["content"]["end"]
        assert record["article"]["text"][start:end] == quote["content"]["text"]


def test_cli_analyze_published_overrides_sidecar() -> None:
    code, out, _ = run("analyze", str(SAMPLES / "sudan-truce.txt"), "--published", "2023-06-01", "--format", "json")
    assert code == 0
    assert json.loads(out)["article"]["published"] == "2023-06-01"


def test_cli_analyze_jsonl_in_gives_jsonl_out_in_order() -> None:
    code, out, _ = run("analyze", str(INPUTS / "batch.jsonl"))
    assert code == 0
    ids = [json.loads(line)["article"]["id"] for line in out.splitlines()]
    assert ids[0] == "w1" and ids[2] == "w3" and len(ids) == 5


def test_cli_analyze_reads_stdin() -> None:
    text = "The United Nations said on Friday that aid convoys had reached the besieged city after talks."
    code, out, _ = run("analyze", "-", "--published", "2022-02-04", "--format", "json", stdin=text)
    assert code == 0
    assert json.loads(out)["article"]["text"] == text


def test_cli_analyze_text_report_has_sections() -> None:
    code, out, _ = run("analyze", str(SAMPLES / "caucasus-communique.txt"))
    assert code == 0
    assert "Armenia and Azerbaijan agree border steps" in out
    assert "Actors" in out and "Timeline" in out


def test_cli_analyze_many_json_gives_a_list() -> None:
    paths = [str(SAMPLES / "sudan-truce.txt"), str(SAMPLES / "gulf-ultimatum.txt")]
    code, out, _ = run("analyze", *paths, "--format", "json")
    assert code == 0
    assert [r["article"]["id"] for r in json.loads(out)] == ["sudan-truce", "gulf-ultimatum"]


@pytest.mark.parametrize("command", [[], ["analyze"], ["demo"], ["schema"], ["eval"], ["eval", "quotes"],
                                     ["eval", "geo"]])
def test_cli_help_is_complete(command: list[str]) -> None:
    code, out, _ = run(*command, "--help")
    assert code == 0
    assert "Usage:" in out and len(out.splitlines()) > 4
