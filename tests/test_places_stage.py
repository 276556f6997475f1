"""The places stage on articles written for these tests, and its hand-over of metonyms to the actors stage."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.geo.index import load_gazetteer
from redline.geo.recognize import toponym_spans
from redline.models import Actor, Article, Mention, Place, Record
from redline.nlp import load_nlp
from redline.pipeline import Pipeline
from redline.settings import Settings
from redline.stages import places
from redline.stages.base import Analysis

ARTICLES = Path(__file__).parent / "fixtures" / "articles"


@pytest.fixture(scope="module")
def run(settings: Settings) -> Pipeline:
    return Pipeline.from_settings(settings, ("redline.actors.v2", "redline.places.v2"), raise_errors=True)


def _places(pipeline: Pipeline, name: str) -> dict[str, Place]:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    record = pipeline.analyze(Article(id=name, text=text))
    return {m.text: p for p in record.places for m in p.mentions}


@pytest.mark.parametrize(("article", "mention", "country", "feature", "lat", "lon"), [
    ("places_wire_daraa.txt", "Daraa Province", "SY", "ADM1", 32.8, 36.2),
    ("places_wire_daraa.txt", "Syria", "SY", "PCLI", 35.0, 38.0),
    ("places_wire_daraa.txt", "Amman", "JO", "PPLC", 31.95, 35.93),
    ("places_wire_daraa.txt", "Geneva", "CH", "PPL", 46.2, 6.15),
    ("places_communique_lake_chad.txt", "Cameroon", "CM", "PCLI", 6.0, 12.0),
    ("places_communique_lake_chad.txt", "Borno State", "NG", "ADM1", 11.5, 13.0),
    ("places_communique_lake_chad.txt", "Abuja", "NG", "PPLC", 9.06, 7.49),
    ("places_casualties_paris_texas.txt", "Paris", "US", "PPL", 33.66, -95.56),
    ("places_casualties_paris_texas.txt", "Lamar County", "US", "ADM2", 33.66, -95.57),
    ("places_shipping_red_sea.txt", "Red Sea", None, "SEA", 20.0, 38.0),
    ("places_shipping_red_sea.txt", "Gaza", "PS", "TERR", 31.42, 34.36),
    ("places_shipping_red_sea.txt", "Gulf of Aden", None, "GULF", 12.5, 48.0),
    ("places_shipping_red_sea.txt", "Bab el-Mandeb", None, "STRT", 12.58, 43.33),
    ("places_shipping_red_sea.txt", "Suez Canal", "EG", "CNL", 30.7, 32.34),
    ("places_shipping_red_sea.txt", "Cape of Good Hope", "ZA", "CAPE", -34.36, 18.47),
    ("places_report_gaza_province.txt", "Gaza", "MZ", "ADM1", -23.3, 32.8),
    ("places_report_gaza_province.txt", "Chokwe", "MZ", "PPL", -24.5, 33.0),
])
def test_places_resolved_in_articles(run: Pipeline, article: str, mention: str, country: str, feature: str,
                                     lat: float, lon: float) -> None:
    place = _places(run, article)[mention]
    assert (place.country_code, place.feature) == (country, feature)
    assert place.lat is not None and place.lon is not None
    assert abs(place.lat - lat) < 1.0 and abs(place.lon - lon) < 1.0
    assert place.geonameid is not None or feature not in {"PCLI", "PPL", "PPLC"}


def test_places_one_place_per_location_with_all_mentions(run: Pipeline) -> None:
    text = ("Aid reached Mosul on Monday. Officials in Mosul said more convoys would follow, "
            "and Iraq's government thanked donors.")
    record = run.analyze(Article(id="t", text=text))
    (mosul,) = [p for p in record.places if p.name == "Mosul"]
    assert [m.text for m in mosul.mentions] == ["Mosul", "Mosul"]
    assert mosul.country_code == "IQ" and mosul.precision == "city"
    assert len({p.id for p in record.places}) == len(record.places)


def test_places_precision_and_admin1(run: Pipeline) -> None:
    place = _places(run, "places_casualties_paris_texas.txt")["Texas"]
    assert place.precision == "admin1" and place.admin1 == "Texas"


def test_places_leave_demonyms_and_org_names(run: Pipeline) -> None:
    text = "Syrian officials met staff of the Tehran Times and the University of Damascus in Beirut."
    names = {m.text for p in run.analyze(Article(id="t", text=text)).places for m in p.mentions}
    assert "Syrian" not in names and "Tehran" not in names and "Beirut" in names


@pytest.mark.parametrize(("actor_type", "kept"), [("GOVERNMENT", False), ("STATE", True)])
def test_places_metonym_goes_to_actor(settings: Settings, actor_type: str, kept: bool) -> None:
    text = "Damascus rejected the proposal on Friday."
    article = Article(id="t", text=text)
    actor = Actor(id="a1", name="Syrian government", type=actor_type,  # type: ignore[arg-type]
                  mentions=[Mention(start=0, end=8, text="Damascus")])
    record = Record(article=article, actors=[actor])
    analysis = Analysis(article=article, doc=load_nlp(settings)(text), record=record, settings=settings)
    places.create(settings)(analysis)
    assert any(m.text == "Damascus" for p in record.places for m in p.mentions) is kept


@pytest.mark.parametrize(("text", "name", "kept"), [
    ("Damascus rejected the proposal on Friday.", "Damascus", False),
    ("The family feared they would be deported to Damascus.", "Damascus", True),
    ("The new flights between Amman and Damascus start in May.", "Damascus", True),
    ("DAMASCUS (Reuters) — The talks resumed on Friday.", "DAMASCUS", True),
    ("Relations between Amman and Damascus have thawed.", "Damascus", False),
    ("Flights resumed at Damascus's international airport on Monday.", "Damascus", True),
    ("Damascus's decision surprised the envoys.", "Damascus", False),
    ("The convoy reached Raqqa, Syria, before dawn.", "Syria", True),
    ("According to Oleksiy Kovalenko, Damascus has moved troops north.", "Damascus", False),
])
def test_places_literal_use_stays_a_place(settings: Settings, text: str, name: str, kept: bool) -> None:
    """A name the actors stage reads as a government is still a place where the text uses it as a location."""
    article = Article(id="t", text=text)
    start = text.index(name)
    actor = Actor(id="a1", name="Syrian government", type="GOVERNMENT",
                  mentions=[Mention(start=start, end=start + len(name), text=name)])
    record = Record(article=article, actors=[actor])
    analysis = Analysis(article=article, doc=load_nlp(settings)(text), record=record, settings=settings)
    places.create(settings)(analysis)
    assert any(m.text == name for p in record.places for m in p.mentions) is kept


def test_places_ids_continue_after_existing(settings: Settings) -> None:
    text = "Talks resumed in Doha."
    article = Article(id="t", text=text)
    record = Record(article=article, places=[Place(id="p1", name="Elsewhere")])
    analysis = Analysis(article=article, doc=load_nlp(settings)(text), record=record, settings=settings)
    places.create(settings)(analysis)
    assert [p.id for p in record.places] == ["p1", "p2"] and record.places[1].country_code == "QA"


@pytest.mark.parametrize(("text", "mention", "country", "feature"), [
    ("Militants attacked the town of Djibo on Sunday, the army said.", "Djibo", "BF", "PPL"),
    ("Protesters marched in the city of Sfax on Friday.", "Sfax", "TN", "PPL"),
    ("Traffic through the Bab el-Mandeb has fallen by half.", "Bab el-Mandeb", None, "STRT"),
    ("Two tankers waited in the Sea of Azov.", "Sea of Azov", None, "SEA"),
    ("Israeli tanks pushed toward Gaza City on Monday.", "Gaza City", "PS", "PPL"),
])
def test_places_recognized_in_sentences(run: Pipeline, text: str, mention: str, country: str | None,
                                        feature: str) -> None:
    found = {m.text: p for p in run.analyze(Article(id="t", text=text)).places for m in p.mentions}
    assert (found[mention].country_code, found[mention].feature) == (country, feature)


def test_places_person_surname_is_not_a_place(run: Pipeline) -> None:
    text = ("The foreign minister, Andriy Sybiha, met his Polish counterpart on Monday. According to Sybiha, "
            "Warsaw agreed to send more air defence systems.")
    names = {m.text for p in run.analyze(Article(id="t", text=text)).places for m in p.mentions}
    assert "Sybiha" not in names


@pytest.mark.parametrize(("text", "mention", "feature"), [
    ("Russian drones struck power lines across the Zaporizhzhia region on Tuesday, the governor said.",
     "Zaporizhzhia", "ADM1"),
    ("Gunmen killed nine farmers in the Benue state, police said.", "Benue", "ADM1"),
])
def test_places_name_before_unit_word(run: Pipeline, text: str, mention: str, feature: str) -> None:
    found = {m.text: p for p in run.analyze(Article(id="t", text=text)).places for m in p.mentions}
    assert found[mention].feature == feature


def test_places_demonym_is_not_a_place(run: Pipeline) -> None:
    text = "Fighting flared again in the Kherson region, where Ukrainian troops hold the right bank."
    names = {m.text for p in run.analyze(Article(id="t", text=text)).places for m in p.mentions}
    assert "Ukrainian" not in names and "Kherson" in names


@pytest.mark.parametrize(("text", "site", "city", "country"), [
    ("A car bomb exploded near the Shorja market on Rashid Street in Baghdad on Monday, police said.",
     "Rashid Street", "Baghdad", "IQ"),
    ("Fans filled Wembley Stadium in London on Saturday.", "Wembley Stadium", "London", "GB"),
])
def test_places_site_takes_its_citys_point(run: Pipeline, text: str, site: str, city: str, country: str) -> None:
    found = {m.text: p for p in run.analyze(Article(id="t", text=text)).places for m in p.mentions}
    place, holder = found[site], found[city]
    assert place.name == site and place.geonameid is None and place.feature is None
    assert (place.lat, place.lon, place.country_code) == (holder.lat, holder.lon, country)
    assert place.precision == "city" and place.id != holder.id


@pytest.mark.parametrize(("site", "holder"), [
    ("Al-Jamhuriya Street", "Khartoum"),
    ("Al-Nau Hospital", "Omdurman"),
])
def test_places_sites_of_a_casualty_report(run: Pipeline, site: str, holder: str) -> None:
    found = _places(run, "geo_report_khartoum_sites.txt")
    place, town = found[site], found[holder]
    assert town.country_code == "SD" and town.geonameid is not None
    assert (place.lat, place.lon) == (town.lat, town.lon) and place.geonameid is None and place.precision == "city"


@pytest.mark.parametrize("text", [
    "WASHINGTON (VOA) — The president said in a post on his Truth Social platform on Sunday that talks with Iran "
    "would resume. Officials in Baghdad said militia attacks in Anbar had declined.",
])
def test_places_product_named_like_a_facility_is_not_a_place(run: Pipeline, text: str) -> None:
    names = {m.text for p in run.analyze(Article(id="t", text=text)).places for m in p.mentions}
    assert "Truth Social" not in names and {"Iran", "Baghdad", "Anbar"} <= names


def test_places_facility_with_a_place_noun_stays(run: Pipeline) -> None:
    text = "Protesters gathered outside Trump Tower in New York on Saturday."
    found = {m.text: p for p in run.analyze(Article(id="t", text=text)).places for m in p.mentions}
    assert found["Trump Tower"].lat == found["New York"].lat


@pytest.mark.parametrize(("text", "facility", "kept"), [
    ("Crews closed Highway 19 after the crash, police said.", "Highway 19", True),
    ("Deputies found the car on Wichita Drive on Sunday.", "Wichita Drive", True),
    ("A deputy with the Pointe Coupee Sheriff's Office said the road was closed.", "Pointe Coupee Sheriff's Office",
     True),
    ("He repeated the claim on his Truth Social platform on Sunday.", "Truth Social", False),
    ("The rally was announced by Nexta Live to its followers.", "Nexta Live", False),
])
def test_places_facility_needs_a_place_cue(settings: Settings, text: str, facility: str, kept: bool) -> None:
    doc = load_nlp(settings)(text)
    start = text.index(facility)
    span = doc.char_span(start, start + len(facility), label="FAC")
    assert span is not None
    doc.ents = [span]
    spans = toponym_spans(doc, load_gazetteer(settings))
    assert any(s <= start < e for s, e in spans) is kept


@pytest.mark.parametrize(("text", "name", "label", "kept"), [
    ("Alibaba's Qwen now leads the field, analysts said.", "Alibaba", "GPE", False),
    ("China and the U.S. have pulled out front in the AI race.", "AI", "GPE", False),
    ("Residents fled to Kafr Nabudah after the shelling.", "Kafr Nabudah", "GPE", True),
    ("Fighting spread to the Kurram district on Monday.", "Kurram", "GPE", True),
])
def test_places_unknown_name_needs_a_place_cue(settings: Settings, text: str, name: str, label: str,
                                                kept: bool) -> None:
    doc = load_nlp(settings)(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label=label)
    assert span is not None
    doc.ents = [span]
    spans = toponym_spans(doc, load_gazetteer(settings))
    assert any(s <= start < e for s, e in spans) is kept


@pytest.mark.parametrize(("name", "country"), [("U.S.", "US"), ("UK", "GB"), ("UAE", "AE"), ("AI", None),
                                              ("UN", None)])
def test_places_abbreviations_answer_only_from_the_table(settings: Settings, name: str, country: str | None) -> None:
    found = [c for c in load_gazetteer(settings).candidates(name) if c.feature.startswith(("PCL", "PPL"))]
    assert (found[0].country if found else None) == country


def test_places_a_persons_name_is_no_place(run: Pipeline) -> None:
    text = ("Mahmoud Khalil was detained in New York on March 8. In a case like Khalil’s, government attorneys "
            "will ask the judge to deport him, his lawyers said.")
    names = {m.text for p in run.analyze(Article(id="t", text=text)).places for m in p.mentions}
    assert names == {"New York"}


def test_places_curated_flashpoints_the_parser_splits(run: Pipeline) -> None:
    found = _places(run, "places_flashpoints_wire.txt")
    shoal, plant = found["Second Thomas Shoal"], found["Zaporizhzhia nuclear plant"]
    assert shoal.feature == "SHOL" and abs(shoal.lat - 9.73) < 0.1 and abs(shoal.lon - 115.87) < 0.1
    assert plant.country_code == "UA" and plant.name.startswith("Zaporizhzhia Nuclear")
    assert "Zaporizhzhia" not in found  # the city name inside the plant's is not a place of its own
