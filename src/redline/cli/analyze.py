"""``redline analyze``: articles in, records out (a readable report, JSON or JSON lines)."""

from __future__ import annotations

import sys
from collections.abc import Iterable

import click

from redline.analyze import analyze_items
from redline.cli.errors import handled
from redline.errors import InputError
from redline.models import Record
from redline.pipeline import Pipeline
from redline.readers import Meta, normalize_date, read_paths
from redline.report import print_report
from redline.settings import Settings

FORMATS = ("text", "json", "jsonl")


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) that relative dates are resolved against.")
@click.option("--source", help="Publisher or outlet name.")
@click.option("--url", help="The article's URL.")
@click.option("--title", help="The article's title.")
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="Output: text (readable report), json (one record, or a list), jsonl (one record a line). "
                   "Default: jsonl for .jsonl input, else text.")
@click.option("--max-bytes", type=int, help="Largest article text in bytes [default: 2,000,000].")
@handled
def analyze(paths: tuple[str, ...], published: str | None, source: str | None, url: str | None,
            title: str | None, fmt: str | None, max_bytes: int | None) -> None:
    """Analyze articles: PATH is a .txt, .html, .json or .jsonl file, or - for stdin.

    A .txt or .html file may have a NAME.meta.json sidecar with id, title, source, published, url, license.
    Exit codes: 0 done (per-article problems are in each record's `errors`); 3 bad input when every input
    failed (the message says which and what to do); 4 configuration; 5 pipeline.
    """
    settings = Settings.from_env(max_bytes=max_bytes)
    meta = Meta(published=normalize_date(published, "--published"), source=source, url=url, title=title)
    fmt = fmt or ("jsonl" if any(p.endswith((".jsonl", ".ndjson")) for p in paths) else "text")
    pipeline = Pipeline.from_settings(settings)
    records = analyze_items(pipeline, read_paths(paths, meta, settings))
    analyzed = _emit(records, fmt, many=len(paths) > 1)
    if analyzed.total and analyzed.ok == 0:
        sys.exit(InputError.exit_code)


class _Tally:
    def __init__(self) -> None:
        self.total = 0
        self.ok = 0

    def add(self, record: Record) -> None:
        """Count the record; a record of an unreadable input also goes to stderr as an error line."""
        self.total += 1
        if record.article.text:
            self.ok += 1
            return
        for error in record.errors:
            click.echo(f"error {error.code}: {error.message}", err=True)


def _emit(records: Iterable[Record], fmt: str, *, many: bool) -> _Tally:
    tally = _Tally()
    collected: list[Record] = []
    for record in records:
        tally.add(record)
        if fmt == "jsonl":
            sys.stdout.write(record.model_dump_json() + "\n")
        elif fmt == "text" and record.article.text:
            print_report(record)
        else:
            collected.append(record)
    if fmt == "json":
        _print_json(collected, many)
    return tally


def _print_json(records: list[Record], many: bool) -> None:
    if len(records) == 1 and not many:
        sys.stdout.write(records[0].model_dump_json(indent=2) + "\n")
        return
    sys.stdout.write("[\n" + ",\n".join(r.model_dump_json(indent=2) for r in records) + "\n]\n")
