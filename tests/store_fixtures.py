"""Store fixtures: the same tests run on SQLite (a temporary file) and on a real PostgreSQL server.

The PostgreSQL server is ``REDLINE_TEST_PG_URL`` when set; otherwise one that ``scripts/pg-test-server.sh``
starts for the session when the server binaries exist; otherwise the PostgreSQL variants skip with a message.
Use them in a test module with ``pytest_plugins = ["store_fixtures"]``.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from redline.store import Store
from redline.store.engine import connect

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "pg-test-server.sh"
#: The script's exit status when no PostgreSQL server binaries are installed.
NO_SERVER = 2
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A PostgreSQL URL: REDLINE_TEST_PG_URL, or a throwaway server for this session, or skip."""
    if os.environ.get("REDLINE_TEST_PG_URL"):
        yield os.environ["REDLINE_TEST_PG_URL"]
        return
    started = subprocess.run(["bash", str(SCRIPT), "start"], capture_output=True, text=True, check=False)
    if started.returncode == NO_SERVER:
        pytest.skip("PostgreSQL tests skip: set REDLINE_TEST_PG_URL or install the server (apt-get install postgresql)")
    if started.returncode != 0:
        pytest.skip(f"PostgreSQL tests skip: {SCRIPT.name} could not start a server: {started.stderr.strip()}")
    found = dict(re.findall(r"export (\w+)=(\S+)", started.stdout))
    yield found["REDLINE_TEST_PG_URL"]
    subprocess.run(["bash", str(SCRIPT), "stop", found["REDLINE_TEST_PG_DIR"]], check=False)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a SQLite file, or the PostgreSQL test database with a fresh schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'corpus.db'}"
    url: str = request.getfixturevalue("pg_server")
    engine = connect(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    engine.dispose()
    return url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as opened:
        yield opened
