"""Person names: the canonical actor behind a surname or a misspelt variant of a name in the same article."""

from __future__ import annotations

from rapidfuzz import fuzz

from redline.models import Actor

_SIMILAR = 80
#: Shortest middle word that, alone, names the person (shorter ones are particles: "bin", "de", "al").
_MIDDLE = 4
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "mr.", "mrs.", "ms.", "dr."}


def name_tokens(name: str) -> list[str]:
    """Lower-case name words, without honorifics or words with no letters ("2:22")."""
    words = (t.strip(".,'’").lower() for t in name.split())
    return [w for w in words if w not in _HONORIFICS and any(c.isalpha() for c in w)]


def covers(full: str, part: str) -> bool:
    """Every token of ``part`` is (nearly) a token of ``full`` and the last tokens match ("Ahmad Rashidi" for
    "Ahmed al-Rashidi"), or ``part`` is one middle word of ``full`` exactly."""
    longer, shorter = name_tokens(full), name_tokens(part)
    if not shorter or not longer or len(shorter) > len(longer):
        return False
    if len(shorter) == 1 and len(shorter[0]) >= _MIDDLE and shorter[0] in longer[1:-1]:
        return True  # the first of a two-word surname standing alone ("Ndjike" for "Guillaume Ndjike Kaiko")
    if fuzz.ratio(longer[-1], shorter[-1]) < _SIMILAR:
        return False
    return all(max(fuzz.ratio(s, t) for t in longer) >= _SIMILAR for s in shorter)


def canonical(actor: Actor, people: list[Actor]) -> Actor:
    """The fullest earlier-introduced person whose name covers ``actor``'s name (itself when none does)."""
    first = _first(actor)
    best = actor
    for other in people:
        if other is actor or _first(other) > first or len(other.name) <= len(best.name):
            continue
        if covers(other.name, actor.name):
            best = other
    return best


def _first(actor: Actor) -> int:
    return min((m.start for m in actor.mentions), default=1 << 30)
