"""Positions for toponyms the gazetteer does not hold.

A street, building, venue, neighbourhood or river section that news names lies inside a place the text names:
the one the text puts it in ("Main Street in Aleppo", "Al-Shifa hospital, Gaza City", "Seoul's Jamsil
Stadium"), one its own name holds ("Colchester General Hospital"), the nearest place named in its sentence, else
the place the article is about. Such a name takes that place's position and precision, as a human geocoder
would place it; the result has no GeoNames id and ``within`` names the place it was given.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from redline.geo.distance import distance_km
from redline.geo.index import Candidate

if TYPE_CHECKING:
    from redline.geo.resolver import Toponym

#: What may stand between a name and the place that holds it: "in", "at", "near", a comma, a direction word.
_LINK = re.compile(
    r"(?:\s*,\s*|\s+(?:in|at|near|on|off|outside|inside|of)\s+)(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|downtown|northern|southern|eastern|western|"
    r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\s+(?:the\s+)?$")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n")
#: How fine a feature is: countries and wider areas 0, first-level units 1, second-level units 2, towns 3.
_RANK = {"ADM1": 1, "ADM2": 2, "ADM3": 2}
_TRUSTED_POPULATION = 100_000
_STRAY_SUPPORT = 2
_STRAY_KM = 1000.0
_NEAR_KM = 150.0
_COARSE = frozenset({"PCLI", "PCLH", "CONT", "OCN", "RGN", "SEA", "GULF", "STRT", "TERR", "ZN", "PEN", "MTS"})

#: A place a facility's name holds counts when the text names it or it is this large (or a country, a province).
_PART_POPULATION = 100_000
#: Last words that make a name a place of its own, not a site inside the place it names: units, streets named
#: after a place, natural features.
_OWN_PLACE_WORDS = frozenset({
    "township", "county", "borough", "parish", "district", "village", "town", "city", "province", "state",
    "region", "governorate", "municipality", "oblast", "prefecture",
    "street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "drive", "boulevard", "blvd", "lane",
    "highway", "way", "place", "terrace", "crescent", "square", "bridge", "park"})
#: Natural features: named after a place ("San Francisco Bay"), they lie near it when the text names that place.
_NATURAL_WORDS = frozenset({
    "river", "lake", "delta", "valley", "mountains", "mountain", "hills", "sea", "bay", "gulf", "island", "islands",
    "peninsula", "desert", "basin", "plateau", "forest", "lagoon", "falls", "creek", "canal", "strait", "coast"})
_OWN_PLACE_WORDS |= _NATURAL_WORDS
#: Sites a people's name does not place in its own country ("the Russian Embassy" in Washington, the French Quarter
#: of New Orleans).
ABROAD = re.compile(r"\b(?:embassy|consulate|mission|international|quarter)\b", re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"['’]s$")
#: Words that never begin or end a place name held in a longer name, and words that never end one.
_PART_STOPS = frozenset({"of", "the", "and", "de", "del", "la", "le", "al", "el", "du", "des", "da", "di", "for",
                         "at", "on", "in", "&"})
_PART_LAST_STOPS = frozenset({"new", "north", "south", "east", "west", "great", "upper", "lower", "saint", "st",
                              "st.", "fort", "port", "mount", "san", "santa"})
_LAST_STOPS = _PART_STOPS | _PART_LAST_STOPS
#: Words of facility names that also name a place somewhere ("Centre", "Metro") but say nothing of where.
_GENERIC = frozenset({"centre", "center", "central", "metro", "northern", "southern", "eastern", "western",
                      "north", "south", "east", "west", "republic", "union", "national", "international",
                      "general", "memorial", "university", "college", "hospital", "state", "city", "park", "royal",
                      "victoria", "independence", "liberty", "unity", "freedom", "capital", "federal", "valley",
                      "town", "county", "district", "village", "province", "region", "borough", "island", "bay"})

#: Bare compass words ("the West", "Western" countries): a bloc or a side, never a site inside a place, and not
#: the province some country calls "Western".
DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                        "northeast", "northwest", "southeast", "southwest"})

NamePart = Callable[["Toponym"], "Candidate | None"]
#: A country's own bodies, which sit in its capital ("the Russian Foreign Ministry" is in Moscow).
_NATIONAL_BODY = re.compile(r"\b(?:ministry|parliament|government|presidency|cabinet|chancellery|foreign office|"
                            r"supreme court|national assembly|senate|duma|knesset|central bank)\b", re.IGNORECASE)


def contain(toponyms: Sequence[Toponym], found: list[Candidate | None], text: str, name_part: NamePart,
            holds: Callable[[Toponym], bool] = lambda _: True,
            backdrop: Sequence[Candidate] = ()) -> list[Candidate | None]:
    """``found`` with each unresolved toponym (and each stray namesake) given the position of the place that holds
    it in ``text``; only
    toponyms ``holds`` accepts (not demonyms) may hold another; ``backdrop`` (the countries the text names
    outside its toponyms) is the focus of a text none of whose toponyms is resolved."""
    if not text:
        return found
    placed = sorted(((t, c) for t, c in zip(toponyms, found, strict=True) if c is not None and holds(t)),
                    key=lambda pair: pair[0].start)
    trusted = _trusted(placed)
    if strays := _strays(placed, trusted):
        found = [None if c is not None and c.id in strays else c for c in found]
        placed = [(t, c) for t, c in placed if c.id not in strays]
    if all(found):
        return found
    holder = _Holder(text, placed, [(t, c) for t, c in placed if trusted[c.id]],
                     lambda t: None if (part := name_part(t)) is None or part.id in strays else part,
                     _focus(placed, trusted) or _most_named(list(backdrop)))
    return [c if c is not None or t.key in DIRECTIONS else _contained(t, holder.of(t))
            for t, c in zip(toponyms, found, strict=True)]


class _Holder:
    """Finds the place that holds a toponym in one text."""

    def __init__(self, text: str, placed: list[tuple[Toponym, Candidate]], trusted: list[tuple[Toponym, Candidate]],
                 name_part: NamePart, focus: Candidate | None) -> None:
        self.text, self.placed, self.trusted, self.name_part, self.focus = text, placed, trusted, name_part, focus
        self.ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        self.candidates = [c for _, c in placed]

    def of(self, toponym: Toponym) -> Candidate | None:
        """The place the text puts it in (a country yielding to the text's place inside it), else one its name
        holds, else the nearest place of its sentence (a unit yielding to the text's place inside it), else the
        focus."""
        if (explicit := _explicit(toponym, self.placed, self.text)) is not None:
            return _refined(explicit, self.candidates, 0)
        if (part := self.name_part(toponym)) is not None:
            return part
        if (near := _in_sentence(toponym, self.trusted, self.ends)) is not None:
            return _refined(near, self.candidates, 2)
        return self.focus


def _strays(placed: list[tuple[Toponym, Candidate]], trusted: dict[int, bool]) -> set[int]:
    """Small untrusted picks far from a well-supported focus in another country: namesakes of local places the
    gazetteer lacks ("Glenrock" in a story from Newcastle, New South Wales is not the one in Wyoming)."""
    focus = _focus(placed, trusted)
    distinct = list({c.id: c for _, c in placed}.values())
    if focus is None or _support(focus, distinct) < _STRAY_SUPPORT:
        return set()
    return {c.id for c in distinct if not trusted[c.id] and c.country != focus.country
            and distance_km(c.lat, c.lon, focus.lat, focus.lon) > _STRAY_KM}


def _explicit(toponym: Toponym, placed: list[tuple[Toponym, Candidate]], text: str) -> Candidate | None:
    """A place right after "in", "at", "," … or before "'s" ("Seoul's Jamsil Stadium")."""
    link = _LINK.match(text, toponym.end)
    before = _POSSESSIVE.search(text, max(0, toponym.start - 8), toponym.start)
    for other, candidate in placed:
        if link and other.start == link.end():
            return candidate
        if before and other.end == before.start():
            return candidate
    return None


def _in_sentence(toponym: Toponym, placed: list[tuple[Toponym, Candidate]], ends: list[int]) -> Candidate | None:
    """The nearest place named before the toponym in its sentence, else the first one after it."""
    index = bisect.bisect_right(ends, toponym.start)
    start = ends[index - 1] if index else 0
    stop = ends[index] if index < len(ends) else sys.maxsize
    before = [c for o, c in placed if start <= o.start and o.end <= toponym.start]
    if before:
        return before[-1]
    return next((c for o, c in placed if toponym.end <= o.start < stop), None)


def _trusted(placed: list[tuple[Toponym, Candidate]]) -> dict[int, bool]:
    """Which picked places may hold others: large or unambiguous ones, and those near (or inside) another place
    of the text; a small namesake far from everything else is likely a misreading."""
    candidates = list({c.id: c for _, c in placed}.values())
    return {c.id: len(candidates) == 1 or c.population >= _TRUSTED_POPULATION or c.geonameid is None
            or c.feature in _COARSE or c.feature == "ADM1" or _support(c, candidates) > 0 for c in candidates}


def _support(candidate: Candidate, candidates: list[Candidate]) -> int:
    """How many other places of the text lie near ``candidate`` or hold it."""
    return sum(1 for other in candidates if other.id != candidate.id and (
        _inside(candidate, other) if _rank(other) < _rank(candidate) else
        distance_km(candidate.lat, candidate.lon, other.lat, other.lon) <= _NEAR_KM))


def _focus(placed: list[tuple[Toponym, Candidate]], trusted: dict[int, bool]) -> Candidate | None:
    """The place the text is most about: of its trusted towns and units, the one named most often counting the
    places near it or holding it; else its most named place."""
    candidates = [c for _, c in placed]
    fine = list({c.id: c for c in candidates if c.feature not in _COARSE and trusted[c.id]}.values())
    if not fine:
        return _most_named(candidates)
    counts = Counter(c.id for c in candidates)
    distinct = list({c.id: c for c in candidates}.values())
    return max(fine, key=lambda c: counts[c.id] + _support(c, distinct))


def _most_named(candidates: list[Candidate]) -> Candidate | None:
    """The most named of ``candidates`` (the first named on a tie)."""
    if not candidates:
        return None
    counts = Counter(c.id for c in candidates)
    first = {c.id: -i for i, c in reversed(list(enumerate(candidates)))}
    return max(candidates, key=lambda c: (counts[c.id], first[c.id]))


def seated(toponym: Toponym, found: Candidate | None, capital: Callable[[str], Candidate | None]) -> Candidate | None:
    """A national body placed in its country ("Russian Foreign Ministry") moved to that country's capital."""
    if found is None or not found.within or found.feature != "PCLI" or not _NATIONAL_BODY.search(toponym.text):
        return found
    return _contained(toponym, capital(found.country)) or found


def _contained(toponym: Toponym, holder: Candidate | None) -> Candidate | None:
    if holder is None:
        return None
    return replace(holder, geonameid=None, name=toponym.text, alias=False, within=holder.within or holder.name)


def _refined(holder: Candidate, candidates: list[Candidate], coarsest: int) -> Candidate:
    """A holder no finer than ``coarsest`` (0 a country, 1 a province, 2 a county) yields to the most named finer
    place of the text inside it ("a hospital in Syria" in a text about Aleppo)."""
    rank = _rank(holder)
    if rank > coarsest:
        return holder
    inside = [c for c in candidates if _rank(c) > rank and _inside(c, holder)]
    return _most_named(inside) or holder


def _rank(candidate: Candidate) -> int:
    if candidate.feature in _COARSE:
        return 0
    return _RANK.get(candidate.feature, 3)


def _inside(candidate: Candidate, holder: Candidate) -> bool:
    """Whether ``candidate`` lies in ``holder``: its country, or its first-level unit for a province or a county
    (the index keeps no second-level codes)."""
    if not holder.country or candidate.country != holder.country:
        return False
    return holder.feature not in _RANK or candidate.admin1 == holder.admin1


def large(candidate: Candidate) -> bool:
    """A country, a province or a town large enough to be what a facility named after a place is named after."""
    if candidate.alias:
        return False
    return candidate.feature in {"PCLI", "ADM1"} or (
        candidate.feature.startswith("PPL") and candidate.population >= _PART_POPULATION)


def name_parts(name: str, *, natural: bool = False) -> list[str]:
    """Shorter runs of capitalized words of a name, longest first ("Colchester General Hospital" → …
    "Colchester"); none for a unit of its own ("Washington Township"), a street named after a place ("Hampton
    Avenue" is in St. Louis) or, unless ``natural``, a natural feature ("Mississippi River", "Niger Delta")."""
    words = name.split()
    last = words[-1].lower() if words else ""
    if len(words) < 2 or (last in _OWN_PLACE_WORDS and not (natural and last in _NATURAL_WORDS)):
        return []
    longest = len(words) - 1
    if last in _NATURAL_WORDS:
        words = words[:-1]
    runs = (" ".join(words[i:i + size]) for size in range(longest, 0, -1) for i in range(len(words) - size + 1))
    return [run for run in runs if run[0].isupper() and run.lower() not in _GENERIC and not _POSSESSIVE_END.search(run)
            and run.split()[0].lower() not in _PART_STOPS and run.split()[-1].lower() not in _LAST_STOPS]
