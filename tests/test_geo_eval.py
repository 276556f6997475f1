"""``redline eval geo``: the gold formats it reads, its metrics on small hand-made files, and a measured check."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.errors import EvalDataError
from redline.eval import geo
from redline.geo import corpora
from redline.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures" / "geo"


@pytest.mark.parametrize(("path", "fmt", "count", "first"), [
    ("lgl_sample.xml", "lgl", 3, "Paris"),
    ("gwn_sample.xml", "geowebnews", 2, "Geneva"),
    ("geovirus_sample.xml", "geovirus", 1, "Kano"),
    ("wiktor_sample", "lines", 1, "Springfield"),
])
def test_geo_eval_reads_formats(path: str, fmt: str, count: int, first: str) -> None:
    name, docs = corpora.read(FIXTURES / path)
    (doc,) = list(docs)
    assert name == fmt and len(doc.toponyms) == count
    topo = doc.toponyms[0]
    assert doc.text[topo.start:topo.end] == first and topo.located


def test_geo_eval_unknown_format(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("nothing", encoding="utf-8")
    with pytest.raises(EvalDataError):
        corpora.read(tmp_path)


def test_geo_eval_gold_spans_metrics(settings: Settings) -> None:
    report = geo.evaluate(FIXTURES / "lgl_sample.xml", settings, gold_spans=True)
    assert report.metrics["acc161"] == 1.0 and report.metrics["exact_geonameid"] >= 2 / 3
    assert report.counts["gold toponyms"] == 3 and "recognition_f1" not in report.metrics


def test_geo_eval_end_to_end_metrics(settings: Settings) -> None:
    report = geo.evaluate(FIXTURES / "gwn_sample.xml", settings)
    assert report.counts["gold toponyms"] == 1  # the metonymic "Moscow" is not a location
    assert report.metrics["recognition_recall"] == 1.0 and report.metrics["acc161"] == 1.0
    assert report.metrics["exact_geonameid_of_all_gold"] == report.metrics["exact_geonameid"]


def test_geo_eval_end_to_end_counts_missed_toponyms_as_wrong(settings: Settings, tmp_path: Path) -> None:
    text = "Officials in Lyon said the convoy left for the Qwertyvale camp on Monday."
    lyon, camp = text.index("Lyon"), text.index("Qwertyvale")
    xml = (f'<articles><article docid="1"><text>{text}</text><toponyms>'
           f'<toponym><start>{lyon}</start><end>{lyon + 4}</end><gaztag geonameid="2996944"><name>Lyon</name>'
           f'<lat>45.75</lat><lon>4.85</lon></gaztag><phrase>Lyon</phrase></toponym>'
           f'<toponym><start>{camp}</start><end>{camp + 10}</end><gaztag geonameid="99999999"><name>Qwertyvale</name>'
           f'<lat>10.0</lat><lon>10.0</lon></gaztag><phrase>Qwertyvale</phrase></toponym>'
           '</toponyms></article></articles>')
    (tmp_path / "set.xml").write_text(xml, encoding="utf-8")
    report = geo.evaluate(tmp_path / "set.xml", settings)
    found = report.metrics["exact_geonameid"]
    assert report.metrics["exact_geonameid_of_all_gold"] == pytest.approx(found * report.metrics["recognition_recall"])


def test_geo_eval_pools_a_folder_of_sets(settings: Settings, tmp_path: Path) -> None:
    for name in ("lgl_sample.xml", "geovirus_sample.xml"):
        folder = tmp_path / name.split("_")[0]
        folder.mkdir()
        (folder / name).write_text((FIXTURES / name).read_text(encoding="utf-8"), encoding="utf-8")
    report = geo.evaluate(tmp_path, settings, gold_spans=True)
    assert report.counts["gold toponyms"] == 4 and report.dataset.endswith("(pooled:geovirus+lgl)")


@pytest.mark.shared
def test_geo_eval_lgl_gold_spans_measured(settings: Settings, shared_data: Path) -> None:
    report = geo.evaluate(shared_data / "geo" / "LGL" / "lgl.xml", settings, limit=60, gold_spans=True)
    assert report.metrics["acc161"] > 0.75


def test_geo_eval_pools_the_xml_files_of_one_folder(tmp_path: Path) -> None:
    for name in ("lgl_sample.xml", "gwn_sample.xml"):
        (tmp_path / name).write_text((FIXTURES / name).read_text(encoding="utf-8"), encoding="utf-8")
    name, docs = corpora.read(tmp_path)
    assert name == "pooled:geowebnews+lgl" and len(list(docs)) == 2


def test_geo_eval_malformed_offset_is_a_data_error(tmp_path: Path) -> None:
    xml = ("<articles><article><text>Rain in Lyon.</text><toponyms><toponym><start>8a</start><end>12</end>"
           "<gaztag geonameid='2996944'><lat>45.75</lat><lon>4.85</lon></gaztag></toponym></toponyms></article>"
           "</articles>")
    (tmp_path / "bad.xml").write_text(xml, encoding="utf-8")
    _, docs = corpora.read(tmp_path / "bad.xml")
    with pytest.raises(EvalDataError, match="character offset"):
        list(docs)
