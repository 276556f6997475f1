"""``redline eval KIND PATH``: measure against gold data, with published anchors beside our figures."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from redline.cli.errors import handled
from redline.cli.options import json_flag
from redline.eval.base import EvalReport, require
from redline.settings import Settings

KINDS = {
    "quotes": "Quote detection and speaker resolution (GGT jsonl, or a PolNeAR BRAT folder).",
    "actors": "Person/Organisation entity F1 (CoNLL-style), or metonymy accuracy (GeoWebNews folder).",
    "events": "Event coding: CAMEO pentacode TSV, PLOVER GSR JSON, or CASE 2021 task 2 TSV.",
    "geo": "Toponym recognition and geocoding (LGL/TR-News XML, GeoWebNews, GeoVirus, WikToR).",
    "time": "Time expression recognition and normalization (TimeML folders).",
    "article": "Whole-article recall per section against analyst gold YAML (NAME.gold.yaml beside NAME.txt).",
}


def run_eval(kind: str, path: Path, **options: Any) -> EvalReport:
    module = importlib.import_module(f"redline.eval.{kind}")
    report: EvalReport = module.evaluate(require(path), Settings.from_env(), **options)
    return report


def show(report: EvalReport, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(report.as_json(), indent=2))
        return
    table = Table(title=f"{report.task} on {report.dataset}", title_justify="left")
    for column in ("metric", "redline", "anchor", "anchor source"):
        table.add_column(column)
    for name, value in report.metrics.items():
        anchor = report.anchors.get(name)
        table.add_row(name, f"{value:.3f}", f"{anchor[0]:.3f}" if anchor else "", anchor[1] if anchor else "")
    console = Console()
    console.print(table)
    for key, count in report.counts.items():
        console.print(f"  {key}: {count}")
    for note in report.notes:
        console.print(f"  note: {note}")


@click.group(name="eval")
def evaluate() -> None:
    """Measure redline against gold data (the team's sets live in ../shared/data; not shipped)."""


def _command(kind: str, help_text: str) -> click.Command:
    @click.command(name=kind, help=f"{help_text} PATH is a file or folder in that format.")
    @click.argument("path", type=click.Path(path_type=Path))
    @click.option("--limit", type=int, help="Evaluate only the first N documents or items.")
    @json_flag
    @handled
    def command(path: Path, limit: int | None, as_json: bool, **options: Any) -> None:
        show(run_eval(kind, path, limit=limit, **options), as_json)

    if kind == "geo":
        command = click.option("--gold-spans", is_flag=True, help="Resolve gold toponym spans only.")(command)
    return command


for _kind, _help in KINDS.items():
    evaluate.add_command(_command(_kind, _help))
