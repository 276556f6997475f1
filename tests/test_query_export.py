"""`redline query` and `redline export`: JSON, CSV, tables, JSON lines, Parquet and PLOVER JSON."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from redline.cli.main import cli
from redline.errors import InputError
from redline.models import Record
from redline.store import Filters, Store, corpus_summary, export
from redline.store.kinds import run
from store_corpus import corpus, fill

pytest_plugins = ["store_fixtures"]


@pytest.fixture
def filled(db_url: str) -> str:
    with Store.open(db_url) as opened:
        fill(opened)
    return db_url


def invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_query_json_is_a_list_of_records(filled: str) -> None:
    rows = json.loads(invoke("query", "events", "--type", "AGREE", "--format", "json", "--db", filled))
    assert isinstance(rows, list) and len(rows) == 1
    assert rows[0]["actors"] == ["Armenia", "Azerbaijan"]
    assert rows[0]["evidence"].startswith("Armenia and Azerbaijan agreed")


def test_query_csv_has_a_header_and_joined_lists(filled: str) -> None:
    rows = list(csv.DictReader(invoke("query", "commitments", "--format", "csv", "--db", filled).splitlines()))
    assert [r["parties"] for r in rows] == ["Armenia; Azerbaijan"]


def test_query_table_shows_rows(filled: str) -> None:
    output = invoke("query", "actors", "--actor", "Armenia", "--db", filled)
    assert "Armenia" in output and "actors: 1 shown" in output


def test_query_cli_checks_dates(filled: str) -> None:
    result = CliRunner().invoke(cli, ["query", "events", "--since", "last week", "--db", filled])
    assert result.exit_code == 3
    assert "YYYY-MM-DD" in result.output


@pytest.mark.parametrize("kind", ["articles", "events", "quotes", "actors", "commitments", "stances", "places"])
def test_export_jsonl_csv_parquet_agree(filled: str, tmp_path: Path, kind: str) -> None:
    counts = {}
    for fmt in ("jsonl", "csv", "parquet"):
        output = tmp_path / f"{kind}.{fmt}"
        invoke("export", kind, "--format", fmt, "--output", str(output), "--db", filled)
        counts[fmt] = _rows(output, fmt)
    assert counts["jsonl"] == counts["csv"] == counts["parquet"] > 0


def _rows(path: Path, fmt: str) -> int:
    if fmt == "jsonl":
        return len([json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()])
    if fmt == "csv":
        return len(list(csv.DictReader(path.open(encoding="utf-8"))))
    return int(pq.read_table(path).num_rows)


def test_export_events_as_plover(filled: str, tmp_path: Path) -> None:
    output = tmp_path / "events.json"
    invoke("export", "events", "--format", "plover", "--output", str(output), "--type", "ASSAULT", "--db", filled)
    [event] = json.loads(output.read_text(encoding="utf-8"))
    assert event["event"] == "ASSAULT"
    assert event["source"] == [{"actorText": "Azerbaijan", "code": "AZE"}]
    assert event["target"] == [{"actorText": "Armenia", "code": "ARM"}]
    assert event["date"] == "2024-04-09"
    assert event["eventText"] == "shelled"


def test_export_records_round_trip(filled: str, tmp_path: Path) -> None:
    output = tmp_path / "records.jsonl"
    invoke("export", "records", "--format", "jsonl", "--output", str(output), "--db", filled)
    stored = [Record.model_validate_json(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert stored == [rec for rec, _ in corpus()]


@pytest.mark.parametrize(("kind", "fmt"), [("quotes", "plover"), ("records", "csv"), ("events", "xml")])
def test_export_refuses_formats_that_do_not_fit(store: Store, tmp_path: Path, kind: str, fmt: str) -> None:
    with pytest.raises(InputError):
        export(store, kind, fmt, tmp_path / "out")


def test_export_filters_apply(store: Store, tmp_path: Path) -> None:
    fill(store)
    output = tmp_path / "a.jsonl"
    assert export(store, "articles", "jsonl", output, Filters(text="ceasefire", limit=None)) == 3
    assert len(run(store, "articles", Filters(limit=None))) == 5


def test_corpus_summary(filled: str) -> None:
    summary = corpus_summary(filled)
    assert (summary.articles, summary.duplicates, summary.events) == (5, 1, 2)
    assert summary.top_actors[:2] == [("Armenia", 4), ("Azerbaijan", 4)]
    assert summary.events_by_type == [("AGREE", 3, 1), ("ASSAULT", 1, 1)]
    assert summary.open_commitments == [], "the ceasefire was reported violated"
