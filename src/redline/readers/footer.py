"""Credit and licence footers: recognized, recorded, and cut from the text that stages read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from redline.resources import load_yaml

#: Footers are looked for in this many characters at the end of an article.
TAIL = 600


@dataclass(frozen=True)
class Footer:
    start: int
    text: str
    license: str | None
    source: str | None


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    spec = load_yaml("footers.yaml")["footers"]
    return tuple(re.compile(r"(?:" + item["pattern"] + r")\s*$", re.IGNORECASE) for item in spec)


@lru_cache(maxsize=1)
def _licenses() -> dict[str, str]:
    return {k.lower(): v for k, v in load_yaml("footers.yaml")["licenses"].items()}


def spdx(phrase: str) -> str:
    """The SPDX id for a licence phrase, or the phrase itself when unknown."""
    lowered = phrase.lower()
    for key, value in sorted(_licenses().items(), key=lambda kv: -len(kv[0])):
        if key in lowered:
            return value
    return phrase.strip()


def find_footer(text: str) -> Footer | None:
    """The earliest-starting footer that runs to the end of the text, if any."""
    stripped = text.rstrip()
    offset = max(0, len(stripped) - TAIL)
    tail = stripped[offset:]
    best: re.Match[str] | None = None
    for pattern in _patterns():
        for match in pattern.finditer(tail):
            if _starts_clause(tail, match.start()) and (best is None or match.start() < best.start()):
                best = match
            break
    if best is None:
        return None
    groups = best.groupdict()
    licence = groups.get("license")
    return Footer(
        start=offset + best.start(),
        text=best.group(0).strip(),
        license=spdx(licence) if licence else None,
        source=(groups.get("source") or None) and str(groups["source"]).strip(),
    )


def _starts_clause(tail: str, pos: int) -> bool:
    before = tail[:pos].rstrip(" \t")
    return not before or before[-1] in ".!?\n\"”’)"


def strip_footer(text: str) -> tuple[str, Footer | None]:
    footer = find_footer(text)
    if footer is None:
        return text.rstrip(), None
    return text[: footer.start].rstrip(), footer
