"""Toponym resolution: priors, cues, containers and context, on a tiny gazetteer and on the real one."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.geo import sources
from redline.geo.index import Gazetteer, build_index, load_gazetteer
from redline.geo.mentions import toponyms_at
from redline.geo.resolver import Resolver, Toponym, distance_km
from redline.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures" / "geo"


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Resolver:
    path = tmp_path_factory.mktemp("geo") / "tiny.sqlite"
    return Resolver(Gazetteer(build_index(path, sources.curated([FIXTURES / "tiny_gazetteer.yaml"]))))


@pytest.fixture(scope="module")
def real(settings: Settings) -> Resolver:
    return Resolver(load_gazetteer(settings))


def test_geo_resolver_population_prior(tiny: Resolver) -> None:
    assert (found := tiny.resolve("Springfield")) is not None and found.admin1 == "MO"


def test_geo_resolver_context_unit_wins(tiny: Resolver) -> None:
    assert (found := tiny.resolve("Springfield", ["Illinois"])) is not None and found.admin1 == "IL"


def test_geo_resolver_province_yields_to_its_city(tiny: Resolver) -> None:
    assert (found := tiny.resolve("Ardent")) is not None and found.feature == "PPL"


def test_geo_resolver_cue_word_asks_for_province(tiny: Resolver) -> None:
    text = "Fighting spread across Ardent Province. Ardent was quiet."
    toponyms = toponyms_at(text, [(23, 29), (40, 46)])
    found = tiny.resolve_all(toponyms, text)
    assert [c.feature if c else None for c in found] == ["ADM1", "ADM1"]


def test_geo_resolver_container_after_comma(tiny: Resolver) -> None:
    text = "Floods hit Springfield, Illinois, on Monday."
    found = tiny.resolve_all(toponyms_at(text, [(11, 22)]), text)
    assert found[0] is not None and found[0].geonameid == 1001


def test_geo_resolver_unknown_name(tiny: Resolver) -> None:
    assert tiny.resolve("Atlantis") is None


def test_geo_resolver_toponym_reads_cue_suffix() -> None:
    assert Toponym("Orange County").cue == "ADM2"
    assert Toponym("Idlib Governorate").cue == "ADM1"
    assert Toponym("Idlib").cue is None


@pytest.mark.parametrize(("name", "context", "country", "feature", "admin1"), [
    ("Paris", [], "FR", "PPLC", None),
    ("Paris", ["Texas", "Dallas"], "US", "PPL", "TX"),
    ("Georgia", ["Tbilisi"], "GE", "PCLI", None),
    ("Georgia", ["Atlanta", "Savannah"], "US", "ADM1", "GA"),
    ("Ankara", [], "TR", "PPLC", None),
    ("Washington", [], "US", "PPLC", None),
    ("Sochi", ["Russia", "Turkey"], "RU", "PPL", None),
    ("Geneva", ["Syria", "Jordan"], "CH", "PPL", None),
    ("Springfield", ["Illinois"], "US", "PPL", "IL"),
    ("Canadian", [], "CA", "PCLI", None),
    ("U.S.", [], "US", "PCLI", None),
    ("Gaza Strip", [], "PS", None, None),
    ("Cambridge", ["Washington", "Washington"], "US", "PPL", "MA"),
    ("Sicilian", [], "IT", "ADM1", None),
    ("Havanese", [], "CU", "PPLC", None),
    ("United Nations", [], "US", "BLDG", None),
    ("OAS", ["Trinidad"], "US", "BLDG", None),
])
def test_geo_resolver_real_cases(real: Resolver, name: str, context: list[str], country: str,
                                feature: str | None, admin1: str | None) -> None:
    found = real.resolve(name, context)
    assert found is not None and found.country == country
    assert feature is None or found.feature == feature
    assert admin1 is None or found.admin1 == admin1


def test_geo_resolver_real_province_cue(real: Resolver) -> None:
    text = "Shelling hit Idlib Province overnight. In Idlib, families fled north."
    found = real.resolve_all(toponyms_at(text, [(13, 27), (42, 47)]), text)
    assert all(c is not None and c.feature == "ADM1" and c.country == "SY" for c in found)
    assert found[0] is not None and distance_km(found[0].lat, found[0].lon, 35.83, 36.63) < 50


@pytest.mark.parametrize(("a", "b", "km"), [((0.0, 0.0), (0.0, 1.0), 111.2), ((51.5, -0.13), (48.86, 2.35), 343.5)])
def test_geo_resolver_distance(a: tuple[float, float], b: tuple[float, float], km: float) -> None:
    assert distance_km(*a, *b) == pytest.approx(km, abs=1.0)


def test_geo_resolver_package_function(settings: Settings) -> None:
    from redline.geo import resolve

    found = resolve("Sochi", ["Russia"], settings)
    assert found is not None and found.country == "RU" and found.feature.startswith("PPL")


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Santa Maria lies near the coast of Santa Barbara County.", "US", "CA"),
    ("Santa Maria is a town in Bulacan, north of Manila.", "PH", None),
])
def test_geo_resolver_text_names_are_context(real: Resolver, text: str, country: str, admin1: str | None) -> None:
    (found,) = real.resolve_all(toponyms_at(text, [(0, 11)]), text)
    assert found is not None and found.country == country
    assert admin1 is None or found.admin1 == admin1


@pytest.mark.parametrize(("text", "name", "country", "feature"), [
    ("Houthi forces in Yemen said they acted for the people of Gaza, Israeli media reported.", "Gaza", "PS", "TERR"),
    ("Tanks moved toward Gaza City as Israel widened its offensive.", "Gaza City", "PS", "PPL"),
    ("Cyclone rains flooded Inhambane and Gaza, Mozambique, on Friday.", "Gaza", "MZ", "ADM1"),
    ("Farmers in Gaza Province said the drought in Mozambique had ruined their maize.", "Gaza Province", "MZ",
     "ADM1"),
    ("Farmers in Mozambique lost their maize in Inhambane and Gaza, officials in Maputo said.", "Gaza", "MZ",
     "ADM1"),
    ("Missiles were fired at ships in the Red Sea, Yemen's rebels said.", "Red Sea", "", "SEA"),
    ("Officials in Port Sudan, the capital of Red Sea State, said the port was open.", "Red Sea State", "SD",
     "ADM1"),
    ("Tankers crossed the Strait of Hormuz into the Arabian Sea.", "Arabian Sea", "", "SEA"),
])
def test_geo_resolver_conflict_regions_and_seas(real: Resolver, text: str, name: str, country: str,
                                                feature: str) -> None:
    names = ("Yemen", "Israel", "Gaza City", "Gaza Province", "Gaza", "Mozambique", "Inhambane", "Maputo",
             "Red Sea State", "Red Sea", "Port Sudan", "Strait of Hormuz", "Arabian Sea")
    spans = _spans(text, names)
    found = dict(zip([text[s:e] for s, e in spans], real.resolve_all(toponyms_at(text, spans), text), strict=True))
    assert (place := found[name]) is not None and (place.country, place.feature) == (country, feature)


def _spans(text: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """Non-overlapping spans of ``names`` in ``text``, longest name first."""
    taken: list[tuple[int, int]] = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if all(end <= s or start >= e for s, e in taken):
                taken.append((start, end))
            start = text.find(name, end)
    return sorted(taken)


@pytest.mark.parametrize(("text", "definite"), [
    ("Ships sailed through the Red Sea.", True),
    ("Red Sea voyages cost more.", False),
])
def test_geo_resolver_toponym_reads_leading_the(text: str, definite: bool) -> None:
    start = text.index("Red Sea")
    (toponym,) = toponyms_at(text, [(start, start + len("Red Sea"))])
    assert toponym.definite is definite


def test_geo_resolver_neighbourhood_beats_far_unit(tmp_path: Path) -> None:
    places = tmp_path / "gazetteer.yaml"
    places.write_text(
        "places:\n"
        "  - {name: Alphaland, country: AA, lat: 31.0, lon: 35.0, feature: PCLI, population: 9000000, geonameid: 1}\n"
        "  - {name: Gazo, country: CC, lat: 31.5, lon: 34.5, feature: PPL, population: 300000, geonameid: 2}\n"
        "  - {name: Gazo, country: DD, lat: -23.0, lon: 33.0, feature: ADM1, population: 400000, geonameid: 3}\n",
        encoding="utf-8")
    resolver = Resolver(Gazetteer(build_index(tmp_path / "g.sqlite", sources.curated([places]))))
    assert (alone := resolver.resolve("Gazo")) is not None and alone.geonameid == 3
    assert (near := resolver.resolve("Gazo", ["Alphaland"])) is not None and near.geonameid == 2


def test_geo_resolver_adjective_holds_no_site(real: Resolver) -> None:
    text = "The bakery in Leeds sells Sicilian lemon cake, and a stall at Kirkgate Market sells it too."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Leeds", "Sicilian", "Kirkgate Market")]
    leeds, sicilian, market = real.resolve_all(toponyms_at(text, spans), text)
    assert sicilian is not None and sicilian.country == "IT"
    assert leeds is not None and market is not None and (market.lat, market.lon) == (leeds.lat, leeds.lon)


def test_geo_resolver_national_body_sits_in_the_capital(real: Resolver) -> None:
    text = "Russia expelled two diplomats on Friday. The ambassador was summoned to the Russian Foreign Ministry."
    spans = [(0, 6), (text.index("Russian Foreign"), text.index("Russian Foreign") + len("Russian Foreign Ministry"))]
    country, body = real.resolve_all(toponyms_at(text, spans), text)
    capital = real.resolve("Moscow")
    assert country is not None and country.feature == "PCLI"
    assert body is not None and capital is not None and body.within == "Moscow" and body.geonameid is None
    assert (body.lat, body.lon) == (capital.lat, capital.lon)


def test_geo_resolver_peoples_quarter_is_in_its_city(real: Resolver) -> None:
    text = "Jazz bands played across the French Quarter on Saturday as New Orleans opened its spring festival."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("French Quarter", "New Orleans")]
    quarter, city = real.resolve_all(toponyms_at(text, spans), text)
    assert quarter is not None and city is not None and quarter.country == "US"
    assert (quarter.lat, quarter.lon) == (city.lat, city.lon)


@pytest.mark.parametrize(("name", "context", "country", "feature"), [
    ("Amur Region", ["Moscow"], "RU", "ADM1"),  # held as "Amur Oblast": the cue word asks for a unit
    ("Kherson region", ["Kyiv"], "UA", "ADM1"),
    ("PRC", ["Taiwan"], "CN", "PCLI"),
    ("KSA", ["Yemen"], "SA", "PCLI"),
])
def test_geo_resolver_unit_words_and_short_forms(real: Resolver, name: str, context: list[str], country: str,
                                                  feature: str) -> None:
    found = real.resolve(name, context)
    assert found is not None and (found.country, found.feature) == (country, feature)


@pytest.mark.parametrize(("name", "context", "lat", "lon"), [
    ("Second Thomas Shoal", ["Manila"], 9.73, 115.87),
    ("Punggye-ri nuclear test site", ["North Korea"], 41.28, 129.08),
    ("Zaporizhzhia nuclear plant", ["Enerhodar"], 47.51, 34.59),
    ("Kerem Shalom", ["Gaza Strip"], 31.23, 34.28),
])
def test_geo_resolver_curated_conflict_sites(real: Resolver, name: str, context: list[str], lat: float,
                                             lon: float) -> None:
    found = real.resolve(name, context)
    assert found is not None and distance_km(found.lat, found.lon, lat, lon) < 5
