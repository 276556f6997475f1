"""Corpus commands: ``ingest``, ``query`` and ``export`` — thin shells over :mod:`redline.store`."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from redline.cli.errors import fail, handled
from redline.cli.options import db_option
from redline.errors import InputError
from redline.pipeline import Pipeline
from redline.readers import Meta, normalize_date
from redline.settings import Settings
from redline.store import (
    KINDS,
    CorpusSummary,
    FetchLimits,
    Filters,
    IngestSummary,
    Store,
    export_to,
    ingest_items,
    query,
)
from redline.store.export import FORMATS, csv_text
from redline.store.fetch import read_sources

F = TypeVar("F", bound=Callable[..., Any])
#: Ingest runs with at least this many inputs show a progress bar (on a terminal).
PROGRESS_FROM = 2


@contextmanager
def _progress(total: int | None, enabled: bool) -> Iterator[Callable[[int], None]]:
    console = Console(stderr=True)
    if not enabled or not console.is_terminal:
        yield lambda _n: None
        return
    columns = (SpinnerColumn(), TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("ingest", total=total)
        yield lambda n: progress.advance(task, n)


@click.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--batch-size", default=32, show_default=True, help="Articles analyzed and stored per transaction.")
@click.option("--timeout", default=20.0, show_default=True, help="Seconds to wait for each URL.")
@click.option("--max-download", default=10_000_000, show_default=True, help="Largest page or feed, in bytes.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that do not give one.")
@click.option("--source", help="Publisher name for inputs that do not give one.")
@handled
def ingest(sources: tuple[str, ...], db: str, batch_size: int, timeout: float, max_download: int,
           published: str | None, source: str | None) -> None:
    """Analyze and store articles: SOURCES are files (.txt/.html/.json/.jsonl, as `analyze` reads them),
    article URLs and RSS/Atom feed URLs.

    Running it again over the same input changes nothing: articles are keyed by their text, so only new ones are
    analyzed, and an interrupted run resumes. Near-duplicates are stored linked to their original. Inputs that
    fail are recorded (see `redline query articles --status failed`) and the rest go on. Exit 3 when every input failed.
    """
    settings = Settings.from_env(db=db)
    meta = Meta(published=normalize_date(published, "--published"), source=source)
    items = read_sources(sources, meta, settings, FetchLimits(timeout=timeout, max_bytes=max_download))
    pipeline = Pipeline.from_settings(settings)
    with Store.open(db) as store, _progress(None, len(sources) >= PROGRESS_FROM or _is_batch(sources)) as advance:
        summary = ingest_items(items, store, pipeline, batch_size=batch_size, progress=advance)
    _report(summary, db)


def _is_batch(sources: tuple[str, ...]) -> bool:
    return any(s.endswith((".jsonl", ".ndjson", ".json", ".xml", ".rss", ".atom")) or "feed" in s for s in sources)


def _report(summary: IngestSummary, db: str) -> None:
    click.echo(f"{summary.added} added ({summary.duplicates} near-duplicates linked to an original), "
               f"{summary.skipped} already stored, {summary.failed} failed — {db}")
    for item, message in summary.errors:
        click.echo(f"  failed: {item}: {message}", err=True)
    if summary.seen and summary.failed == summary.seen:
        fail(InputError("Every input failed; nothing was stored.", hint="See the messages above."))


def filter_options(func: F) -> F:
    options = [
        click.option("--actor", help="Actor name (% wildcard), code (IRNGOV) or id."),
        click.option("--type", "type_", help="Event type (PLOVER), actor type, quote kind (direct|mixed|indirect) "
                                             "or attribution (speech|belief|intention|evidence|topic), "
                                             "commitment kind, or stance polarity."),
        click.option("--status", help="Event factuality, commitment status, original|duplicate|failed for "
                                      "articles, red_line for stances."),
        click.option("--place", help="Place name, ISO country code (alpha-2), GeoNames id or place id."),
        click.option("--since", help="On or after this date (YYYY-MM-DD)."),
        click.option("--until", help="On or before this date (YYYY-MM-DD)."),
        click.option("--text", help="Words that the article's title or text must contain (full-text search)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _filters(limit: int | None, **given: str | None) -> Filters:
    for name in ("since", "until"):
        given[name] = normalize_date(given[name], f"--{name}")
    return Filters(actor=given["actor"], type=given["type_"], status=given["status"], place=given["place"],
                   since=given["since"], until=given["until"], text=given["text"], limit=limit)


@click.command(name="query")
@click.argument("kind", type=click.Choice(list(KINDS)))
@filter_options
@click.option("--limit", default=50, show_default=True, help="Most rows to show (0: all).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@db_option
@handled
def query_command(kind: str, limit: int, fmt: str, db: str, **given: str | None) -> None:
    """Show stored records of KIND, newest first, filtered. JSON output is a list of records."""
    rows = query(db, kind, _filters(limit or None, **given))
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False, default=str))
    elif fmt == "csv":
        sys.stdout.write(csv_text(rows))
    else:
        _table(kind, rows)


#: The columns a table shows (JSON and CSV have every field).
TABLE_COLUMNS = {
    "articles": ("id", "published", "source", "title", "duplicate_of", "errors"),
    "failed": ("item", "stage", "code", "message", "at"),
    "events": ("id", "date", "type", "status", "actors", "recipients", "place", "mentions", "sources", "evidence"),
    "quotes": ("id", "published", "speaker", "kind", "cue", "content"),
    "actors": ("id", "name", "type", "code", "articles", "mentions"),
    "commitments": ("id", "kind", "parties", "agreed", "deadline", "status", "place"),
    "stances": ("id", "published", "holder", "target", "polarity", "red_line", "evidence"),
    "places": ("id", "name", "country_code", "feature", "lat", "lon", "articles"),
}
_CLIP = 90


def _table(kind: str, rows: list[dict[str, Any]]) -> None:
    table = Table(title=f"{kind}: {len(rows)} shown", title_justify="left")
    columns = TABLE_COLUMNS["failed" if rows and "item" in rows[0] else kind]
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    Console().print(table)


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value))
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= _CLIP else text[: _CLIP - 1] + "…"


@click.command(name="export")
@click.argument("kind", type=click.Choice([*KINDS, "records"]))
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="jsonl, csv, parquet; plover (PLOVER JSON) for events. `records` (whole Records) only as jsonl.")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), required=True)
@filter_options
@db_option
@handled
def export_command(kind: str, fmt: str, output: Path, db: str, **given: str | None) -> None:
    """Write every stored record of KIND to a file."""
    count = export_to(db, kind, fmt, output, _filters(None, **given))
    click.echo(f"{count} {kind} written to {output}")


def show_summary(summary: CorpusSummary, console: Console, db: str = "") -> None:
    """Print a corpus summary: counts, top actors, events by type, open commitments with their deadlines."""
    console.rule(f"corpus {db}".strip())
    console.print(f"{summary.articles} articles ({summary.duplicates} near-duplicates linked to an original), "
                  f"{summary.events} distinct events, {summary.failed} inputs failed")
    console.print("[bold]Top actors[/bold]: " + ", ".join(f"{n} ({c})" for n, c in summary.top_actors))
    console.print("[bold]Asserted events by type[/bold] (reports / distinct events): "
                  + ", ".join(f"{t} {m}/{e}" for t, m, e in summary.events_by_type))
    for c in summary.open_commitments:
        console.print(f"[bold]Open commitment[/bold]: {' + '.join(c.parties) or '?'} — {c.kind}, deadline "
                      f"{c.deadline or 'none stated'} ({c.status} as of {summary.as_of}) [dim]{c.article}[/dim]")


#: Commands added to the top-level group by ``redline.cli.main``.
COMMANDS: list[click.Command] = [ingest, query_command, export_command]
