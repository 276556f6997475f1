"""Country of an unnamed source from a nationality word ("a senior Turkish official" -> TUR).

Reads the packaged state list (``data/actors/states.csv``: iso3, name, demonyms); when it is absent or shaped
differently, no country is given rather than a wrong one.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from redline.errors import DataFileError
from redline.resources import read_text


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Lower-case demonym or state name -> ISO 3166-1 alpha-3."""
    try:
        text = read_text("actors/states.csv")
    except DataFileError:
        return {}
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    found: dict[str, str] = {}
    for row in rows:
        iso3 = row.get("iso3") or ""
        for word in [row.get("name") or "", *(row.get("demonyms") or "").split("|")]:
            if iso3 and word:
                found.setdefault(word.strip().lower(), iso3)
    return found


def country_of(word: str) -> str | None:
    return demonyms().get(word.lower())
