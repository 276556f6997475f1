"""Actor codes in the PLOVER/CAMEO style: country (ISO 3166-1 alpha-3) followed by a sector (IRNGOV, SYRMIL)."""

from __future__ import annotations

import re

_TITLE_WORDS = re.compile(r"[A-Za-z][\w'’.-]*")


def code(country: str | None, sector: str | None) -> str | None:
    """``country + sector``; either part may be missing (``IRN`` for a state, ``REB`` for rebels of no country)."""
    joined = f"{country or ''}{sector or ''}"
    return joined or None


def sector_name(adjective: str | None, label: str) -> str:
    """The canonical name of a country's sector actor: "Syrian" + "military" -> "Syrian military"."""
    return f"{adjective} {label}" if adjective else label


def titles_pattern(titles: list[str]) -> re.Pattern[str]:
    """One case-insensitive regex over person titles, longest first, on word boundaries."""
    ordered = sorted(titles, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(t) for t in ordered) + r")\b", re.IGNORECASE)
