"""``redline demo``: the main job on the embedded default — ingest the bundled sample articles into SQLite and
print a corpus summary."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from redline.cli.errors import handled
from redline.cli.options import db_option
from redline.resources import data_path
from redline.settings import Settings
from redline.store import CorpusSummary, IngestSummary, corpus_summary, ingest_paths


def sample_paths() -> list[Path]:
    return sorted(data_path("samples").glob("*.txt"))


@click.command()
@db_option
@handled
def demo(db: str) -> None:
    """Ingest the bundled sample articles (written by the redline team) into the store and print a summary:
    top actors, asserted events by type, open commitments with their deadlines. Running it again re-analyzes
    nothing."""
    settings = Settings.from_env(db=db)
    console = Console()
    console.rule("redline demo: the bundled sample articles")
    ingested = ingest_paths([str(p) for p in sample_paths()], db, settings)
    show(ingested, corpus_summary(db), db, console)


def show(ingested: IngestSummary, corpus: CorpusSummary, db: str, console: Console) -> None:
    console.print(f"Ingested into {db}: {ingested.seen} inputs, {ingested.added} new, {ingested.skipped} already "
                  f"stored, {ingested.duplicates} copies, {ingested.failed} failed")
    console.print(f"Corpus: {corpus.articles} articles ({corpus.duplicates} copies), {corpus.events} events, "
                  f"{corpus.failed} failed inputs")
    console.print("[bold]Top actors[/bold] (articles): "
                  + ", ".join(f"{name} ({n})" for name, n in corpus.top_actors))
    types = Table("event type", "reports", "distinct events", title="Asserted events by type", title_justify="left")
    for kind, reports, distinct in corpus.events_by_type:
        types.add_row(kind, str(reports), str(distinct))
    console.print(types)
    commitments = Table("parties", "kind", "deadline", "status", "article",
                        title=f"Open commitments (as of {corpus.as_of or 'today'})", title_justify="left")
    for c in corpus.open_commitments:
        commitments.add_row(" + ".join(c.parties), c.kind, c.deadline or "—", c.status, c.article)
    console.print(commitments)
    console.print("Next: [bold].venv/bin/redline query events --status asserted[/bold], "
                  "[bold].venv/bin/redline analyze FILE[/bold]")
