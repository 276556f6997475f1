"""Places: toponyms found in the parse and geocoded against the compiled GeoNames-based gazetteer.

A name the gazetteer does not hold (a street, a hospital) that the text places inside a known place takes that
place's point, with no GeoNames id and no feature, and the precision of the place that holds it.

A capital or country name that the actors stage reads as a government ("Damascus said") is left to that actor,
unless the text uses it as a location ("flights between Amman and Damascus", a dateline); one it reads as a
state stays a place too. All mentions of one location make one :class:`Place`.
"""

from __future__ import annotations

from typing import Literal

from redline.geo.cues import literal_use
from redline.geo.curated import CuratedMatcher, curated_names, merged
from redline.geo.index import Candidate, Gazetteer, load_gazetteer
from redline.geo.mentions import toponyms_at
from redline.geo.recognize import toponym_spans
from redline.geo.resolver import Resolver, Toponym
from redline.lookup import actor_at
from redline.models import Mention, Place
from redline.settings import Settings
from redline.stages.base import Analysis

Precision = Literal["point", "city", "admin2", "admin1", "country", "region"]
_PRECISION: dict[str, Precision] = {"PCLI": "country", "ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin2"}
_METONYM_TYPES = frozenset({"GOVERNMENT"})
_BODY_TYPES = frozenset({"IGO", "ORG", "PARTY", "MEDIA", "ARMED_GROUP", "MILITARY", "GOVERNMENT"})


class PlaceStage:
    name = "redline.places.v2"
    requires = ("doc", "actors")
    provides = ("places",)

    def __init__(self, gazetteer: Gazetteer, curated: CuratedMatcher | None = None) -> None:
        self.resolver = Resolver(gazetteer)
        self.gazetteer = gazetteer
        self.curated = curated or CuratedMatcher(())

    def __call__(self, analysis: Analysis) -> None:
        curated = [s for s in self.curated.spans(analysis.doc) if not _body(analysis, *s)]
        found = merged(toponym_spans(analysis.doc, self.gazetteer), curated)
        spans = [s for s in found if not _metonym(analysis, *s, found)]
        toponyms = toponyms_at(analysis.text, spans)
        resolved = self.resolver.resolve_all(toponyms, analysis.text)
        analysis.record.places.extend(_places(toponyms, resolved, len(analysis.record.places)))


def _body(analysis: Analysis, start: int, end: int) -> bool:
    """Whether the actors stage reads a curated name as a body ("the European Union said"), not a place."""
    actor = actor_at(analysis.record, start, end)
    return actor is not None and actor.type in _BODY_TYPES


def _metonym(analysis: Analysis, start: int, end: int, places: list[tuple[int, int]]) -> bool:
    """Whether the actors stage reads the name as a government and the text does not use it as a location
    ("Damascus said", not "deported to Damascus" or a dateline)."""
    actor = actor_at(analysis.record, start, end)
    return actor is not None and actor.type in _METONYM_TYPES and not literal_use(analysis.doc, start, end, places)


def _places(toponyms: list[Toponym], resolved: list[Candidate | None], offset: int) -> list[Place]:
    """One place per resolved location (or per name placed inside one, or per unresolved name), with every
    mention."""
    by_key: dict[object, Place] = {}
    for toponym, candidate in zip(toponyms, resolved, strict=True):
        key: object = candidate.id if candidate and not candidate.within else toponym.key
        place = by_key.get(key)
        if place is None:
            place = _place(f"p{offset + len(by_key) + 1}", toponym, candidate)
            by_key[key] = place
        place.mentions.append(Mention(start=toponym.start, end=toponym.end, text=toponym.text))
    return list(by_key.values())


def _place(place_id: str, toponym: Toponym, candidate: Candidate | None) -> Place:
    if candidate is None:
        return Place(id=place_id, name=toponym.text)
    if candidate.within:
        return Place(id=place_id, name=toponym.text, country_code=candidate.country or None,
                     admin1=candidate.admin1_name or None, lat=round(candidate.lat, 5), lon=round(candidate.lon, 5),
                     precision=_precision(candidate.feature))
    return Place(id=place_id, name=candidate.name, geonameid=candidate.geonameid,
                 country_code=candidate.country or None, admin1=candidate.admin1_name or None,
                 lat=round(candidate.lat, 5), lon=round(candidate.lon, 5), feature=candidate.feature,
                 precision=_precision(candidate.feature))


def _precision(feature: str) -> Precision:
    if feature.startswith("PPL"):
        return "city"
    return _PRECISION.get(feature, "region")


def create(settings: Settings) -> PlaceStage:
    return PlaceStage(load_gazetteer(settings), CuratedMatcher(curated_names(settings.gazetteer_files)))
