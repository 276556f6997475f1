"""Toponym resolution: which gazetteer place each name in a text means.

Each name's candidates get a prior (population, feature class, primary or alternate spelling, "Province"-style
cues, a province yielding to its own city of the same name) and then context from the rest of the text: the
countries and first-level units the text is about (its focus, from unambiguous names and demonyms), an explicit
container ("Alexandria, La."), and nearness to the other places it names. All mentions of one name share a sense.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from redline.geo.contain import ABROAD, DIRECTIONS, contain, large, name_parts, seated
from redline.geo.distance import distance_km
from redline.geo.index import Candidate, Gazetteer
from redline.geo.names import adjective_stems, name_key
from redline.resources import load_yaml

#: Words after (or before) a name that say which kind of unit it is.
CUE_FEATURES = {
    "province": "ADM1", "governorate": "ADM1", "state": "ADM1", "oblast": "ADM1", "region": "ADM1",
    "prefecture": "ADM1", "territory": "ADM1", "county": "ADM2", "parish": "ADM2", "district": "ADM2",
    "municipality": "ADM2", "city": "PPL", "town": "PPL", "village": "PPL",
}
#: Last words of a site, never of a town or a unit ("Washington Square" in New Orleans is not the town).
_SITE_END = re.compile(r"\s(?:street|avenue|road|boulevard|square|stadium|airport|hospital|station|church|mosque|"
                       r"cathedral|university|school|college|hotel|mall|prison)$", re.IGNORECASE)
CUE_SUFFIX = re.compile(r"\s+(" + "|".join(CUE_FEATURES) + r")$", re.IGNORECASE)
_ADMIN = frozenset({"ADM1", "ADM2", "ADM3"})
#: Containers that bind a town to them: a first-level unit or a country.
_WHOLE = frozenset({"ADM1", "PCLI"})
_BACKDROP = frozenset({"PCLI", "ADM1", "ADM2"})
_BACKDROP_WEIGHT = 0.3
_BACKDROP_COUNTY = 1_000_000
#: Features whose point says nothing about what lies near it.
_POINTLESS = frozenset({"PCLI", "CONT", "OCN", "RGN", "SEA", "PCLH"})
#: Nor does a national capital's: news names it for the government that sits there, so a small namesake near it
#: ("Cambridge, Maryland" in a story about Washington regulators) gains nothing.
_NOT_NEAR = _POINTLESS | {"PPLC"}
#: Last words of a people's bodies ("the European Central Bank", "the African National Congress"), which a
#: demonym in their name places with that people.
_BODY = re.compile(r"\b(?:bank|congress|party|council|commission|academy|institute|university|army|court|parliament|"
                   r"assembly|senate|ministry|agency|union|league|society|federation|front|movement)$",
                   re.IGNORECASE)
#: A sentence end inside a capitalized run ("Powys. It").
_RUN_END = re.compile(r"(?<=[a-z]{2})\.\s+")
_CAPITALIZED = re.compile(r"\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}")
_FEATURE_PRIOR = {"PCLI": 3.0, "CONT": 2.5, "ADM1": 0.5, "ADM2": -1.0, "ADM3": -1.5, "PPLC": 1.0}
#: Curated entries are the senses news means: a bonus over their population, and more for those without one.
_CURATED_PRIOR = 2.0
_CURATED_UNSIZED = 2.0
_ALIAS_PENALTY = 1.5
_ALIAS_FULL = 6.0
_ALIAS_FLOOR = 0.25
_CUE_BONUS = 4.0
#: Features a name used with "the" most likely means ("the Red Sea": the sea, not Sudan's Red Sea State).
_THE_FEATURES = frozenset({"SEA", "GULF", "STRT", "OCN", "CNL", "CAPE", "LK", "BAY", "RGN", "PEN", "TERR"})
_THE_BONUS = 3.0
_OWN_CITY_PENALTY = 1.5
_FOCUS_WEIGHT = 2.5
_ADMIN1_WEIGHT = 1.0
_ADMIN1_CAP = 2.0
_CONTAINER_BONUS = 6.0
_NEAR_WEIGHT = 2.0
_NEAR_KM = 150.0
_NEAR_CANDIDATES = 10
_NEAR_TEMP = 2.0
#: Points further apart in latitude than this add nothing worth computing (exp(-555/150) < 0.03).
_NEAR_DEGREES = 5.0
_ROUNDS = 3
#: The wider neighbourhood: nearness to the picked senses of the other names and demonyms, countries and seas
#: included, so that a far-away unit of the same name loses ("Gaza" with Israel and Yemen named).
_REGION_WEIGHT = 1.0
_REGION_KM = 1000.0
_REGION_DEGREES = 25.0
_UNPLACED = frozenset({"CONT", "OCN", "PCLH"})
#: What an adjective of a place name ("Sicilian lemons", "a Siberian chill") is formed from: a well-known place.
_ADJECTIVE_FEATURES = frozenset({"PCLI", "ADM1", "CONT", "RGN", "TERR", "PEN"})
_ADJECTIVE_POPULATION = 100_000


@dataclass
class Toponym:
    """A place name in a text: its surface, offsets, a feature its cue word asks for, a container name, and
    whether the text puts "the" before it."""

    text: str
    start: int = 0
    end: int = 0
    cue: str | None = None
    container: str | None = None
    definite: bool = False
    #: Whether the text calls it a street ("Bourbon and Dauphine streets"): its namesake still says where the
    #: text is, but the street is placed by what holds it.
    street: bool = False
    #: The feature a unit word before the name asks for ("the province of Kunar"); it holds for every mention of
    #: the name only when it comes with the first (an article on Toledo may name "the province of Toledo").
    lead_cue: str | None = None
    key: str = field(init=False, default="")

    def __post_init__(self) -> None:
        match = CUE_SUFFIX.search(self.text)
        if match and self.cue is None:
            self.cue = CUE_FEATURES[match.group(1).lower()]
        self.key = name_key(self.text)


@dataclass
class _Group:
    """All mentions of one name key in a text, resolved together."""

    key: str
    mentions: list[Toponym]
    candidates: tuple[Candidate, ...] = ()
    best: Candidate | None = None
    #: How much its vote counts (names seen only as context count less).
    weight: float = 1.0


@dataclass
class _Context:
    """What a text's names say on a first pass: country and first-level unit votes, and points, by name key."""

    countries: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    admin1s: dict[tuple[str, str], float] = field(default_factory=lambda: defaultdict(float))
    votes: dict[str, tuple[str, tuple[str, str], float]] = field(default_factory=dict)
    points: dict[str, list[tuple[float, float, float]]] = field(default_factory=dict)
    #: The picked point of each name (and of each demonym's country), by name key.
    region: dict[str, tuple[float, float]] = field(default_factory=dict)
    demonyms: list[str] | None = None

    def country_share(self, key: str, country: str) -> float:
        """Share of the other names' votes for ``country`` (a name never votes for itself)."""
        own_country, _, weight = self.votes.get(key, ("", ("", ""), 0.0))
        total = sum(self.countries.values()) - weight
        own = weight if own_country == country else 0.0
        return (self.countries[country] - own) / total if total > 0 else 0.0

    def admin1_votes(self, key: str, admin1: tuple[str, str]) -> float:
        _, own_admin1, weight = self.votes.get(key, ("", ("", ""), 0.0))
        return self.admin1s[admin1] - (weight if own_admin1 == admin1 else 0.0)


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Demonym key ("syrian") -> ISO alpha-2 country ("SY") or a place name ("Europe"), from the packaged table."""
    table = load_yaml("geo/demonyms.yaml")
    return {name_key(word): str(target) for target, words in table.items() for word in words}


class Resolver:
    """Resolves the toponyms of one text against a gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def resolve(self, name: str, context: Sequence[str] = ()) -> Candidate | None:
        """The place ``name`` most likely means, given other place names in the same text."""
        found = self.resolve_all([Toponym(name), *(Toponym(c) for c in context)])
        return found[0]

    def resolve_all(self, toponyms: Sequence[Toponym], text: str = "") -> list[Candidate | None]:
        """One candidate (or None) per toponym; ``text`` adds the countries and provinces it names (and its
        demonyms) to the context even where they are not among the toponyms, and gives a name the gazetteer
        does not hold the position of the place that holds it there (``redline.geo.contain``)."""
        groups = self._groups(toponyms)
        for key, group in self._backdrop(text).items():
            groups.setdefault(key, group)
        context = self._context(list(groups.values()), text)
        for _ in range(_ROUNDS):
            for group in groups.values():
                group.best = self._pick(group, groups, context)
            context = _revote(context, groups.values(), text)
        found = [groups[t.key].best if t.key in groups and groups[t.key].weight == 1.0 and not t.street
                 and self._in_container(t, groups[t.key], groups) else None for t in toponyms]
        named = {key: group for key, group in groups.items() if group.mentions and group.weight == 1.0}
        backdrop = [g.best for g in groups.values()
                    if g.weight < 1.0 and g.best is not None and g.best.feature == "PCLI"]
        found = contain(toponyms, found, text, lambda t: self._name_part(t, named, context), self._may_hold, backdrop)
        return [seated(t, c, self.gazetteer.capital) for t, c in zip(toponyms, found, strict=True)]

    def _in_container(self, toponym: Toponym, group: _Group, groups: dict[str, _Group]) -> bool:
        """Whether a town picked lies in the province or country the mention names after a comma ("Charlevoix,
        Quebec" is not the Michigan town); one that does not is placed by that container instead
        (``redline.geo.contain``). Not for counties, which lists of towns make look like containers."""
        if not toponym.container or group.best is None or not group.best.feature.startswith("PPL"):
            return True
        containers = [c for c in self._containers(_Group(group.key, [toponym]), groups) if c.feature in _WHOLE]
        return not containers or any(_contains(c, group.best) for c in containers)

    def _may_hold(self, toponym: Toponym) -> bool:
        """Whether a name may hold a site: not a demonym, nor an adjective read as its place ("Sicilian")."""
        return toponym.key not in demonyms() and not (adjective_stems(toponym.text)
                                                      and not self.gazetteer.knows(toponym.text))

    def _name_part(self, toponym: Toponym, groups: dict[str, _Group], context: _Context) -> Candidate | None:
        """A place the name holds ("Colchester General Hospital"): one the text names (also for a natural feature:
        "San Francisco Bay" in a story naming San Francisco), else a large one in a country the text's places are
        in (the Al-Quds hospital of a story from Gaza is not in Jerusalem), else the place of a people it names
        ("the European Central Bank"; not for embassies and the like, see ``ABROAD``)."""
        abroad = ABROAD.search(toponym.text) is not None
        parts, own = ([p for p in found if not (abroad and name_key(p) in demonyms())]
                      for found in (name_parts(toponym.text, natural=True), name_parts(toponym.text)))
        for part in parts:
            if (group := groups.get(name_key(part))) is not None and group.best is not None:
                return group.best
        for part in own:
            if strong := tuple(c for c in self.gazetteer.candidates(part) if large(c)):
                pick = self._pick(_Group(name_key(part), [Toponym(part)], strong), groups, context)
                countries = {g.best.country for g in groups.values() if g.best is not None}
                return pick if pick.feature == "PCLI" or not countries or pick.country in countries else None
        for part in own if _BODY.search(toponym.text) else ():
            if (target := demonyms().get(name_key(part))) is not None:
                return next(iter(self._demonym_place(target)), None)
        return None

    def _groups(self, toponyms: Sequence[Toponym]) -> dict[str, _Group]:
        groups: dict[str, _Group] = {}
        cues: dict[str, str] = {}
        for toponym in toponyms:
            key, candidates = self._lookup(toponym)
            if not candidates:
                continue
            group = groups.setdefault(key, _Group(key, [], candidates))
            group.mentions.append(toponym)
            toponym.key = key
            if toponym.cue:
                cues[key] = toponym.cue
        for key, group in groups.items():
            if key not in cues and group.mentions[0].lead_cue:
                cues[key] = group.mentions[0].lead_cue
        for key, cue in cues.items():
            for mention in groups[key].mentions:
                mention.cue = mention.cue or cue
        return groups

    def _backdrop(self, text: str) -> dict[str, _Group]:
        """Countries, provinces and counties named anywhere in ``text`` (capitalized runs), as context only; a
        county inside a longer run only before its unit word ("Logan City"; not the "Wembley" of "Wembley
        Stadium") or when it is large."""
        found: dict[str, _Group] = {}
        runs = (part for run in _CAPITALIZED.findall(text) for part in _RUN_END.split(run))
        for run in runs:
            words = run.split()
            for name in dict.fromkeys((run, " ".join(words[1:]), " ".join(words[:-1]))):
                key = name_key(name)
                whole = name == run or CUE_SUFFIX.search(run.rstrip(".")) is not None
                strong = tuple(c for c in self.gazetteer.candidates(name) if not c.alias and c.feature in _BACKDROP
                               and (c.feature != "ADM2" or whole or c.population >= _BACKDROP_COUNTY))
                if name and strong and key not in demonyms():
                    group = found.setdefault(key, _Group(key, [], strong, weight=_BACKDROP_WEIGHT))
                    group.mentions.append(Toponym(name))
                    break
        return found

    def _lookup(self, toponym: Toponym) -> tuple[str, tuple[Candidate, ...]]:
        """Candidates for a demonym's place, else the full name, else the name without its cue word."""
        target = demonyms().get(toponym.key)
        if target is not None:
            return toponym.key, self._demonym_place(target)
        if toponym.key in DIRECTIONS:
            return toponym.key, ()
        found = self.gazetteer.candidates(toponym.text)
        if _SITE_END.search(toponym.text):
            found = tuple(c for c in found if c.geonameid is None)
        if found:
            return toponym.key, found
        base = CUE_SUFFIX.sub("", toponym.text)
        if base != toponym.text:
            bare = self.gazetteer.candidates(base)
            if found := self._unit(base, toponym.cue, bare) or bare:
                return name_key(base), found
        return toponym.key, self._adjective_place(toponym.text)

    def _unit(self, base: str, cue: str | None, bare: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
        """The unit a cue word asks for under another unit word ("Amur Region" is held as "Amur Oblast"), when
        the bare name's candidates ``bare`` hold no unit of that kind."""
        if cue not in _ADMIN or any(c.feature == cue for c in bare):
            return ()
        for word in (w for w, feature in CUE_FEATURES.items() if feature == cue):
            if found := tuple(c for c in self.gazetteer.candidates(f"{base} {word}") if c.feature == cue):
                return found
        return ()

    def _adjective_place(self, word: str) -> tuple[Candidate, ...]:
        """The well-known place an adjective the gazetteer does not hold is formed from ("Sicilian" → Sicily)."""
        for stem in adjective_stems(word):
            if found := tuple(c for c in self.gazetteer.candidates(stem) if not c.alias and (
                    c.feature in _ADJECTIVE_FEATURES or c.population >= _ADJECTIVE_POPULATION)):
                return found
        return ()

    def _demonym_country(self, target: str) -> str:
        """The country code a demonym's target stands for ("Welsh" → Wales → GB; "European" → none)."""
        if len(target) == 2 and target.isupper():
            return target
        place = next(iter(self._demonym_place(target)), None)
        return place.country if place is not None else ""

    def _demonym_place(self, target: str) -> tuple[Candidate, ...]:
        if len(target) == 2 and target.isupper():
            place = self.gazetteer.country(target)
            return (place,) if place else ()
        return tuple(c for c in self.gazetteer.candidates(target) if not c.alias)[:1]

    def _context(self, groups: list[_Group], text: str) -> _Context:
        """First-pass senses of every name: which countries, units and points the text is about."""
        context = _Context()
        for group in groups:
            ranked = sorted(group.candidates, key=lambda c: self._prior(c, group), reverse=True)
            first = group.best = ranked[0]
            weight = group.weight * len(group.mentions) * (1.0 if _confident(group, first) else 0.5)
            context.votes[group.key] = (first.country, (first.country, first.admin1), weight)
            top = self._prior(first, group)
            context.points[group.key] = [(c.lat, c.lon, math.exp((self._prior(c, group) - top) / _NEAR_TEMP))
                                         for c in ranked[:_NEAR_CANDIDATES] if c.feature not in _NOT_NEAR]
            _place_in_region(context, group.key, first)
        context.demonyms = [code for word in _demonym_words(text) if (code := self._demonym_country(word))]
        context = _tally(context, text)
        for code in set(context.demonyms or ()):
            if (country := self.gazetteer.country(code)) is not None:
                _place_in_region(context, f"#{code}", country)
        return context

    def _prior(self, candidate: Candidate, group: _Group) -> float:
        score = math.log10(candidate.population + 100) + _FEATURE_PRIOR.get(candidate.feature, 0.0)
        if candidate.geonameid is None:
            score += _CURATED_PRIOR + (_CURATED_UNSIZED if candidate.population == 0 else 0.0)
        if candidate.alias:
            score -= _alias_penalty(candidate.population)
        cue = next((m.cue for m in group.mentions if m.cue), None)
        if cue is not None:
            score += _CUE_BONUS if _feature_kind(candidate) == cue else 0.0
        elif candidate.feature in _ADMIN and _has_own_city(candidate, group.candidates):
            score -= _OWN_CITY_PENALTY
        if candidate.feature in _THE_FEATURES and any(m.definite for m in group.mentions):
            score += _THE_BONUS
        return score

    def _pick(self, group: _Group, groups: dict[str, _Group], context: _Context) -> Candidate:
        containers = self._containers(group, groups)
        return max(_definite(group), key=lambda c: self._prior(c, group) + _fit(c, group.key, context, containers))

    def _containers(self, group: _Group, groups: dict[str, _Group]) -> list[Candidate]:
        """What "Name, Container" mentions name as the container, resolved."""
        found: list[Candidate] = []
        for mention in group.mentions:
            if mention.container:
                other = groups.get(name_key(mention.container))
                found.extend(other.candidates if other else self.gazetteer.candidates(mention.container))
        return [c for c in found if c.feature in {"PCLI", "ADM1", "ADM2"}]


def _definite(group: _Group) -> tuple[Candidate, ...]:
    """A name the text puts "the" before means the sea, gulf or region of that name when there is one ("the
    northern end of the Red Sea" in a story from Egypt's Red Sea Governorate), unless a unit word says otherwise."""
    if any(m.cue for m in group.mentions) or not any(m.definite for m in group.mentions):
        return group.candidates
    return tuple(c for c in group.candidates if c.feature in _THE_FEATURES) or group.candidates


def _tally(context: _Context, text: str) -> _Context:
    """Sum the votes (and the text's demonyms) into country and first-level unit focus."""
    context.countries.clear()
    context.admin1s.clear()
    if context.demonyms is None:
        context.demonyms = _demonym_words(text)
    for code in context.demonyms:
        context.countries[code] += 0.5
    for country, admin1, weight in context.votes.values():
        context.countries[country] += weight
        context.admin1s[admin1] += weight
    return context


def _revote(context: _Context, groups: Iterable[_Group], text: str) -> _Context:
    """Votes from the current picks, for another round."""
    for group in groups:
        if group.best is not None:
            weight = group.weight * len(group.mentions) * (1.0 if _confident(group, group.best) else 0.5)
            context.votes[group.key] = (group.best.country, (group.best.country, group.best.admin1), weight)
            _place_in_region(context, group.key, group.best)
    return _tally(context, text)


def _place_in_region(context: _Context, key: str, place: Candidate) -> None:
    if place.feature in _UNPLACED:
        context.region.pop(key, None)
    else:
        context.region[key] = (place.lat, place.lon)


def _alias_penalty(population: int) -> float:
    """Alternate spellings count less, except for large places, whose English exonyms are alternates (Geneva)."""
    size = math.log10(population + 1)
    return _ALIAS_PENALTY * min(1.0, max(_ALIAS_FLOOR, (_ALIAS_FULL - size) / 2))


def _feature_kind(candidate: Candidate) -> str:
    return "PPL" if candidate.feature.startswith("PPL") else candidate.feature


def _has_own_city(candidate: Candidate, candidates: tuple[Candidate, ...]) -> bool:
    """Whether a town of the same name lies in this unit (Ankara province and city), or a capital has the name."""
    return any(c.feature.startswith("PPL") and not c.alias and (c.feature == "PPLC" or (
        c.country == candidate.country and (candidate.feature != "ADM1" or c.admin1 == candidate.admin1)))
        for c in candidates)


def _confident(group: _Group, best: Candidate) -> bool:
    return best.feature in {"PCLI", "ADM1"} or len(group.candidates) == 1


def _fit(candidate: Candidate, key: str, context: _Context, containers: list[Candidate]) -> float:
    """How well a candidate fits the rest of the text."""
    score = 0.0
    if candidate.country:
        score += _FOCUS_WEIGHT * context.country_share(key, candidate.country)
    if candidate.feature != "PCLI" and candidate.admin1:
        score += _ADMIN1_WEIGHT * min(context.admin1_votes(key, (candidate.country, candidate.admin1)), _ADMIN1_CAP)
    if any(_contains(c, candidate) for c in containers):
        score += _CONTAINER_BONUS
    return score + _nearness(candidate, key, context) + _regional(candidate, key, context)


def _regional(candidate: Candidate, key: str, context: _Context) -> float:
    """Closeness, on the scale of a region, to the picked senses of the other names and demonyms."""
    if candidate.feature in _UNPLACED:
        return 0.0
    best = 0.0
    for other, (lat, lon) in context.region.items():
        if other != key and abs(lat - candidate.lat) < _REGION_DEGREES:
            best = max(best, math.exp(-distance_km(candidate.lat, candidate.lon, lat, lon) / _REGION_KM))
    return _REGION_WEIGHT * best


def _contains(container: Candidate, candidate: Candidate) -> bool:
    if container.feature == "PCLI":
        return container.country == candidate.country
    return container.country == candidate.country and container.admin1 == candidate.admin1


def _nearness(candidate: Candidate, key: str, context: _Context) -> float:
    """Closeness to the likely senses of the other names (each weighted by how likely it is)."""
    if candidate.feature in _POINTLESS:
        return 0.0
    best = 0.0
    for other, points in context.points.items():
        if other != key:
            for lat, lon, weight in points:
                if weight > best and abs(lat - candidate.lat) < _NEAR_DEGREES:
                    near = weight * math.exp(-distance_km(candidate.lat, candidate.lon, lat, lon) / _NEAR_KM)
                    best = max(best, near)
    return _NEAR_WEIGHT * best


def _demonym_words(text: str) -> list[str]:
    if not text:
        return []
    table = demonyms()
    return [table[name_key(w)] for w in _demonym_pattern().findall(text)]


@lru_cache(maxsize=1)
def _demonym_pattern() -> re.Pattern[str]:
    words = sorted(load_yaml("geo/demonyms.yaml").values(), key=len)
    flat = sorted({w for group in words for w in group}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in flat) + r")\b")
