"""`redline ingest` shows a progress bar on a real terminal and stays quiet when its output is redirected."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES

ARTICLES = [str(FIXTURES / "articles" / name) for name in ("store_border-talks.txt", "store_aid-convoy.txt")]
REDLINE = [str(Path(sys.executable).with_name("redline"))]


def _ingest(db: Path, stderr: int) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"}
    env.pop("NO_COLOR", None)
    return subprocess.run([*REDLINE, "ingest", *ARTICLES, "--db", str(db)], stdout=subprocess.PIPE, stderr=stderr,
                          env=env, timeout=300, check=False)


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def test_ingest_shows_a_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    leader, follower = pty.openpty()
    try:
        done = _ingest(tmp_path / "bar.db", follower)
    finally:
        os.close(follower)
    shown = _read_all(leader).decode("utf-8", "replace")
    os.close(leader)
    assert done.returncode == 0, shown
    assert "ingesting" in shown
    assert "2/?" in shown or "2/" in shown, "the bar counts the articles done"
    assert b"2 added" in done.stdout


def test_ingest_shows_no_bar_when_redirected(tmp_path: Path) -> None:
    done = _ingest(tmp_path / "quiet.db", subprocess.PIPE)
    assert done.returncode == 0
    assert "ingesting" not in done.stderr.decode()
    assert b"2 added" in done.stdout
