"""Readers: every supported format becomes an Article with its metadata; footers are cut and recorded."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from redline.models import Article
from redline.readers import Failed, Meta, read_bytes, read_paths
from redline.readers.footer import find_footer, strip_footer
from redline.settings import Settings

INPUTS = Path(__file__).parent / "fixtures" / "inputs"


def read_one(path: Path, settings: Settings, meta: Meta | None = None) -> Article | Failed:
    items = list(read_paths([str(path)], meta or Meta(), settings))
    assert len(items) == 1
    return items[0]


def test_readers_txt_takes_cli_metadata(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Government troops retook the town on Friday after a week of fighting, the army said.\n")
    article = read_one(path, settings, Meta(published="2021-06-04", source="Example Wire"))
    assert isinstance(article, Article)
    assert (article.id, article.published, article.source) == ("report", "2021-06-04", "Example Wire")


def test_readers_txt_reads_sidecar_metadata(settings: Settings, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Rebels and the army signed a truce in the capital on Monday, officials said.")
    (tmp_path / "a.meta.json").write_text('{"published": "2019-03-02", "source": "Sidecar News", "via": "Agency"}')
    article = read_one(tmp_path / "a.txt", settings)
    assert isinstance(article, Article)
    assert (article.published, article.source, article.via) == ("2019-03-02", "Sidecar News", "Agency")


@pytest.mark.parametrize("name", ["latin1.txt", "utf16.txt"])
def test_readers_decodes_legacy_encodings_with_warning(
    settings: Settings, name: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        article = read_one(INPUTS / name, settings)
    assert isinstance(article, Article)
    assert "Zürich" in article.text and "García" in article.text
    assert any(name in record.getMessage() for record in caplog.records)


def test_readers_html_extracts_main_text_and_metadata(settings: Settings) -> None:
    article = read_one(INPUTS / "wire.html", settings)
    assert isinstance(article, Article)
    assert article.title == "Talks on Libya ceasefire resume in Geneva"
    assert article.published == "2021-02-03"
    assert article.author == "Lina Haddad"
    assert "resumed talks in Geneva" in article.text
    assert "Subscribe" not in article.text


def test_readers_jsonl_keeps_order_and_reports_bad_lines(settings: Settings) -> None:
    items = list(read_paths([str(INPUTS / "batch.jsonl")], Meta(), settings))
    kinds = [(type(i).__name__, i.id) for i in items]
    assert [k for k, _ in kinds] == ["Article", "Failed", "Article", "Failed", "Failed"]
    assert items[0].id == "w1" and items[2].id == "w3"
    failed = [i for i in items if isinstance(i, Failed)]
    assert [f.error.code for f in failed] == ["E108", "E108", "E102"]
    assert failed[0].id.endswith(":2")


def test_readers_json_list_gives_each_article(settings: Settings) -> None:
    data = (b'[{"id": "x", "text": "The envoy met the foreign minister in Cairo on Monday to discuss the truce."},'
            b' {"id": "y", "text": "Protesters gathered outside the parliament building on Tuesday, police said."}]')
    items = list(read_bytes(data, "json", Meta(), settings, "list.json"))
    assert [i.id for i in items] == ["x", "y"]


@pytest.mark.parametrize(
    ("tail", "license", "source"),
    [
        ("All Content by Example Press Agency is licensed under a Creative Commons Attribution 4.0 "
         "International License.", "CC-BY-4.0", "Example Press Agency"),
        ("This article is licensed under a Creative Commons Attribution 3.0 Unported License.", "CC-BY-3.0", None),
        ("© 2020 Example Wire. All rights reserved.", None, "Example Wire"),
    ],
)
def test_readers_footer_recorded_and_cut(tail: str, license: str | None, source: str | None) -> None:
    body = 'The ministry said the convoy reached the city on Monday. It called the move "a first step."'
    text, footer = strip_footer(f"{body}    {tail}")
    assert text == body
    assert footer is not None
    assert (footer.license, footer.source) == (license, source)


def test_readers_footer_ignores_licence_talk_inside_the_story() -> None:
    text = ("The group said it was licensed under a Creative Commons Attribution 4.0 International License to "
            "republish the photographs, and that talks would resume on Monday in the capital.")
    assert find_footer(text) is None
