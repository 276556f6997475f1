"""``redline demo``: the main job on the embedded default — the bundled sample articles."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click
from rich.console import Console

from redline.analyze import analyze_items
from redline.cli.errors import handled
from redline.models import Record
from redline.pipeline import Pipeline
from redline.readers import Meta, read_paths
from redline.report import days_left
from redline.resources import data_path
from redline.settings import Settings


def sample_paths() -> list[Path]:
    return sorted(data_path("samples").glob("*.txt"))


@click.command()
@handled
def demo() -> None:
    """Analyze the bundled sample articles (written by the redline team) and print a summary."""
    settings = Settings.from_env()
    pipeline = Pipeline.from_settings(settings)
    paths = [str(p) for p in sample_paths()]
    records = list(analyze_items(pipeline, read_paths(paths, Meta(), settings)))
    summarize(records, Console())


def summarize(records: list[Record], console: Console) -> None:
    console.rule("redline demo: bundled sample articles")
    for record in records:
        a = record.article
        console.print(f"[bold]{a.title or a.id}[/bold] [dim]{a.source or ''} {a.published or ''}[/dim]")
        console.print(f"  {len(record.actors)} actors · {len(record.quotes)} quotes · {len(record.events)} events"
                      f" · {len(record.places)} places · {len(record.times)} times · "
                      f"{len(record.commitments)} commitments · {len(record.stances)} stances"
                      + (f" · [red]{len(record.errors)} errors[/red]" if record.errors else ""))
    _corpus_lines(records, console)


def _corpus_lines(records: list[Record], console: Console) -> None:
    actors = Counter(a.name for r in records for a in r.actors for _ in a.mentions)
    events = Counter(e.type for r in records for e in r.events if e.status == "asserted")
    console.print("[bold]Top actors[/bold]: " + ", ".join(f"{n} ({c})" for n, c in actors.most_common(8)))
    console.print("[bold]Asserted events by type[/bold]: " + ", ".join(f"{t} {c}" for t, c in events.most_common()))
    for r in records:
        names = {a.id: a.name for a in r.actors}
        for c in r.commitments:
            for p in c.provisions:
                if p.deadline:
                    who = " + ".join(names.get(x, x) for x in c.parties)
                    console.print(f"[bold]Open commitment[/bold]: {who}: {p.text[:70]} — deadline {p.deadline} "
                                  f"({days_left(p.deadline, r.article.published)})")
