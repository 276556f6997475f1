"""Names the gazetteer does not hold (streets, buildings, venues) placed inside the place that holds them, and the
mention cues (lists, plural unit words, streets) around them."""

from __future__ import annotations

import pytest

from redline.geo.contain import name_parts
from redline.geo.index import Candidate, load_gazetteer
from redline.geo.mentions import toponyms_at
from redline.geo.names import without_article
from redline.geo.resolver import Resolver
from redline.settings import Settings


@pytest.fixture(scope="module")
def real(settings: Settings) -> Resolver:
    return Resolver(load_gazetteer(settings))


def _resolve(resolver: Resolver, text: str, names: list[str]) -> dict[str, Candidate | None]:
    """Each name (at its first occurrence in ``text``) resolved with the others."""
    spans = [(text.index(name), text.index(name) + len(name)) for name in names]
    return dict(zip(names, resolver.resolve_all(toponyms_at(text, spans), text), strict=True))


@pytest.mark.parametrize(("text", "site", "holder"), [
    ("A shell hit Al-Rashid Street in Aleppo on Monday, residents said.", "Al-Rashid Street", "Aleppo"),
    ("Patients were moved from the Nasser Medical Complex, Khan Yunis, at dawn.", "Nasser Medical Complex",
     "Khan Yunis"),
    ("Fans gathered outside Seoul's Jamsil Stadium before the match.", "Jamsil Stadium", "Seoul"),
    ("The injured were flown to Colchester General Hospital, an ambulance spokesman said.",
     "Colchester General Hospital", "Colchester"),
])
def test_geo_contain_site_takes_its_holder(real: Resolver, text: str, site: str, holder: str) -> None:
    names = [site, holder] if holder in text.replace(site, "") else [site]
    found = _resolve(real, text, names)[site]
    assert found is not None and found.geonameid is None and found.within
    expected = real.resolve(holder)
    assert expected is not None and (found.lat, found.lon) == (expected.lat, expected.lon)


def test_geo_contain_sentence_place_then_focus(real: Resolver) -> None:
    text = ("Mortar fire hit Mosul on Sunday. Police in Mosul said two people died near Bab al-Tob market. "
            "Elsewhere, the Corniche bridge stayed closed.")
    found = _resolve(real, text, ["Mosul", "Bab al-Tob", "Corniche"])
    mosul = found["Mosul"]
    assert mosul is not None
    for name in ("Bab al-Tob", "Corniche"):
        site = found[name]
        assert site is not None and (site.lat, site.lon) == (mosul.lat, mosul.lon) and site.within == mosul.name


def test_geo_contain_country_yields_to_the_texts_city(real: Resolver) -> None:
    text = "Air strikes hit Aleppo again. A clinic in Syria, the Al-Quds hospital, was destroyed."
    found = _resolve(real, text, ["Aleppo", "Syria", "Al-Quds hospital"])
    aleppo, site = found["Aleppo"], found["Al-Quds hospital"]
    assert aleppo is not None and site is not None and site.within == aleppo.name


def test_geo_contain_nothing_to_hold_it(real: Resolver) -> None:
    assert real.resolve("Atlantis Boulevard") is None
    (found,) = real.resolve_all(toponyms_at("Crowds filled Zorblax Plaza.", [(14, 27)]), "Crowds filled Zorblax Plaza.")
    assert found is None


def test_geo_contain_demonym_does_not_hold(real: Resolver) -> None:
    text = "German tourists crowded the Kastanienallee promenade."
    found = _resolve(real, text, ["German", "Kastanienallee"])
    assert found["Kastanienallee"] is None


def test_geo_contain_street_named_after_a_town(real: Resolver) -> None:
    text = "The parade rolled down Bourbon and Dauphine streets in New Orleans."
    found = _resolve(real, text, ["Bourbon", "Dauphine", "New Orleans"])
    city = found["New Orleans"]
    assert city is not None and all(
        (site := found[name]) is not None and site.within == city.name for name in ("Bourbon", "Dauphine"))


@pytest.mark.parametrize(("name", "part", "held"), [
    ("Colchester General Hospital", "Colchester", True),
    ("Bank of Mexico", "Mexico", True),
    ("Washington Township", "Washington", False),
    ("Hampton Avenue", "Hampton", False),
    ("Mississippi River", "Mississippi", False),
    ("St. Peter's Basilica", "St. Peter's", False),
    ("Washington Square", "Washington", False),
])
def test_geo_contain_name_parts(name: str, part: str, held: bool) -> None:
    assert (part in name_parts(name)) is held


def test_geo_contain_embassy_is_not_in_its_peoples_country(real: Resolver) -> None:
    text = "Diplomats left the Russian Embassy in Washington on Saturday."
    found = _resolve(real, text, ["Russian Embassy", "Washington"])
    assert (site := found["Russian Embassy"]) is not None and site.country == "US"


@pytest.mark.parametrize(("text", "name", "cue"), [
    ("Storms were reported in Harvey, Harper and Kingman counties.", "Harvey", "ADM2"),
    ("Storms were reported in Harvey, Harper and Kingman counties.", "Kingman", "ADM2"),
    ("Shelling hit Idlib and Hama provinces overnight.", "Idlib", "ADM1"),
    ("Talks moved between Paris and London this week.", "Paris", None),
])
def test_geo_contain_plural_unit_word_after_a_list(text: str, name: str, cue: str | None) -> None:
    start = text.index(name)
    (toponym,) = toponyms_at(text, [(start, start + len(name))])
    assert toponym.cue == cue


@pytest.mark.parametrize(("text", "container"), [
    ("After stops in Washington, New York and Boston, he flew home.", None),
    ("Floods hit Springfield, Illinois, on Monday.", "Illinois"),
])
def test_geo_contain_list_comma_is_no_container(text: str, container: str | None) -> None:
    start = text.index("Washington" if "Washington" in text else "Springfield")
    end = text.index(",", start)
    (toponym,) = toponyms_at(text, [(start, end)])
    assert toponym.container == container


@pytest.mark.parametrize(("key", "bare"), [("al qamishli", "qamishli"), ("ar raqqah", "raqqah"),
                                           ("aleppo", None), ("al ain", None), ("alexandria", None)])
def test_geo_contain_arabic_article(key: str, bare: str | None) -> None:
    assert without_article(key) == bare


def test_geo_contain_bare_arabic_name_resolves(real: Resolver) -> None:
    assert (found := real.resolve("Qamishli", ["Syria"])) is not None and found.country == "SY"


@pytest.mark.parametrize(("context", "name"), [(["Louisiana", "Texas"], "Gulf of Mexico"),
                                                (["Iran", "Qatar"], "Persian Gulf")])
def test_geo_contain_the_gulf(real: Resolver, context: list[str], name: str) -> None:
    assert (found := real.resolve("Gulf", context)) is not None and found.name == name


@pytest.mark.parametrize("text", ["Relations between Russia and the West worsened.",
                                  "Western governments expelled diplomats from Russia."])
def test_geo_contain_compass_word_is_no_place(real: Resolver, text: str) -> None:
    name = "West" if "the West" in text else "Western"
    assert _resolve(real, text, [name, "Russia"])[name] is None


def test_geo_contain_site_name_is_not_a_town(real: Resolver) -> None:
    text = "Crowds gathered in Washington Square in New Orleans on Sunday."
    found = _resolve(real, text, ["Washington Square", "New Orleans"])
    city, site = found["New Orleans"], found["Washington Square"]
    assert city is not None and site is not None and site.within == city.name and site.geonameid is None


def test_geo_contain_nations_demonym_votes_for_its_state(real: Resolver) -> None:
    text = "Montgomery is a small Welsh market town near the English border."
    found = _resolve(real, text, ["Montgomery"])["Montgomery"]
    assert found is not None and found.country == "GB"


def test_geo_contain_small_far_namesake_yields_to_the_story(real: Resolver) -> None:
    text = ("Rangers in Newcastle, New South Wales, closed the trails at Glenrock after the storm. "
            "Lake Macquarie and Sydney were also hit.")
    found = _resolve(real, text, ["Newcastle", "New South Wales", "Glenrock", "Lake Macquarie", "Sydney"])
    assert (site := found["Glenrock"]) is not None and site.country == "AU" and site.geonameid is None


def test_geo_contain_natural_feature_lies_by_the_place_it_is_named_after(real: Resolver) -> None:
    text = ("Immigrants from China were held for weeks on an island in San Francisco Bay. Later, families settled "
            "in Houston, Texas, and in San Francisco, where the museum opened. Houston officials said Texas would "
            "lend the exhibition; Houston schools plan visits.")
    found = _resolve(real, text, ["San Francisco Bay", "San Francisco", "Houston", "Texas"])
    bay, city = found["San Francisco Bay"], found["San Francisco"]
    assert bay is not None and city is not None and bay.within == "San Francisco"
    assert (bay.lat, bay.lon) == (city.lat, city.lon)


def test_geo_contain_natural_feature_does_not_take_an_unnamed_namesake(real: Resolver) -> None:
    assert name_parts("Niger Delta") == [] and name_parts("Niger Delta", natural=True) == ["Niger"]
    assert name_parts("Madison Township", natural=True) == []


@pytest.mark.parametrize(("text", "site", "country"), [
    ("Investors in Aberdeen watched the European Central Bank hold rates on Thursday.", "European Central Bank", ""),
    ("Volunteers from the Iranian Red Crescent Society reached the flooded villages.", "Iranian Red Crescent Society",
     "IR"),
])
def test_geo_contain_body_named_for_a_people_is_placed_with_it(real: Resolver, text: str, site: str,
                                                               country: str) -> None:
    found = _resolve(real, text, [site])[site]
    assert found is not None and found.within and found.country == country


def test_geo_contain_demonym_word_of_a_neighbourhood_is_no_country(real: Resolver) -> None:
    text = "Residents of Indian Orchard in Springfield met the mayor on Tuesday."
    found = _resolve(real, text, ["Indian Orchard", "Springfield"])["Indian Orchard"]
    assert found is not None and found.country == "US"


@pytest.mark.parametrize(("text", "name", "cue"), [
    ("Two soldiers died in the southern province of Uruzgan on Friday.", "Uruzgan", "ADM1"),
    ("Ten provinces including Ilam, Zanjan and Qazvin reported shortages.", "Zanjan", "ADM1"),
    ("Ten provinces including Ilam, Zanjan and Qazvin reported shortages.", "Qazvin", "ADM1"),
    ("Jobs moved to western states such as California or Washington.", "Washington", "ADM1"),
    ("He grew up in the village of Nagrig, far from the capital.", "Nagrig", "PPL"),
    ("Azerbaijan had mined the border territory of Georgia, he said.", "Georgia", None),
    ("The Municipality of San Roque lies on the coast.", "San Roque", None),
])
def test_geo_contain_unit_word_before_the_name(text: str, name: str, cue: str | None) -> None:
    (toponym,) = toponyms_at(text, [(text.index(name), text.index(name) + len(name))])
    assert toponym.lead_cue == cue


def test_geo_contain_unit_word_before_a_later_mention_does_not_hold(real: Resolver) -> None:
    text = ("Toledo is a city in central Spain, south of Madrid. It is the capital of the province of Toledo. "
            "Toledo is known for its swords.")
    starts = [i for i in range(len(text)) if text.startswith("Toledo", i)]
    found = real.resolve_all(toponyms_at(text, [(s, s + 6) for s in starts]), text)
    assert all(c is not None and c.feature.startswith("PPL") and c.country == "ES" for c in found)


def test_geo_contain_the_sea_over_a_province_of_its_name(real: Resolver) -> None:
    text = ("The ferry sank between the Saudi port of Duba and Safaga, an Egyptian port, at the northern end of "
            "the Red Sea. Rescuers in Safaga and Hurghada searched through the night.")
    found = _resolve(real, text, ["Red Sea", "Duba", "Safaga", "Hurghada"])
    assert (sea := found["Red Sea"]) is not None and sea.feature == "SEA"
    province = "Authorities of the Red Sea Governorate said roads to Hurghada were closed."
    assert (unit := _resolve(real, province, ["Red Sea Governorate", "Hurghada"])["Red Sea Governorate"]) is not None
    assert unit.feature == "ADM1"


@pytest.mark.parametrize(("text", "names", "container"), [
    ("The band plays Copenhagen, Hamburg, Lyon and Mannheim this month.", ["Copenhagen", "Hamburg", "Lyon"], None),
    ("Cases were reported in Georgia, Oklahoma, Ohio and Utah.", ["Georgia", "Oklahoma", "Ohio"], None),
    ("SPRINGFIELD, Ill., March 3 (AP) - Floods closed roads.", ["SPRINGFIELD", "Ill."], "Ill."),
])
def test_geo_contain_a_list_going_on_is_no_container(text: str, names: list[str], container: str | None) -> None:
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    assert toponyms_at(text, spans)[0].container == container


def test_geo_contain_town_outside_its_named_province_is_held_by_it(real: Resolver) -> None:
    text = "Top diplomats gathered on Thursday in Charlevoix, Quebec, as Canada opened the meeting."
    found = _resolve(real, text, ["Charlevoix", "Quebec", "Canada"])
    town, province = found["Charlevoix"], found["Quebec"]
    assert town is not None and province is not None and town.country == "CA" and town.within == province.name
