"""`redline demo`: ingests the bundled samples into the store, prints the corpus summary; a rerun adds nothing."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from redline.cli.demo import sample_paths
from redline.cli.main import cli


def test_cli_demo_ingests_samples_and_summarizes(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    first = CliRunner().invoke(cli, ["demo", "--db", db])
    assert first.exit_code == 0, first.output
    assert f"{len(sample_paths())} new" in first.output
    assert "Asserted events by type" in first.output and "Open commitments" in first.output
    again = CliRunner().invoke(cli, ["demo", "--db", db])
    assert "0 new" in again.output and f"{len(sample_paths())} already stored" in again.output
