"""The published JSON Schema matches the models; regenerate with `redline schema > docs/schema/record.schema.json`."""

from __future__ import annotations

import json
from pathlib import Path

from redline.cli.schema import record_schema
from redline.models import SCHEMA_VERSION, Record

SCHEMA = Path(__file__).resolve().parents[1] / "docs" / "schema" / "record.schema.json"

REQUIRED = {
    "Article": {"id", "title", "source", "published", "url", "license", "language", "text"},
    "Actor": {"id", "name", "type", "country", "sector", "code", "aliases", "mentions"},
    "Quote": {"id", "speaker", "speaker_name", "kind", "cue", "content", "evidence"},
    "Event": {"id", "type", "mode", "actors", "recipients", "place", "date", "status", "reported_by", "evidence",
              "confidence"},
    "Place": {"id", "name", "geonameid", "country_code", "admin1", "lat", "lon", "feature", "mentions"},
    "TimeExpression": {"id", "text", "start", "end", "type", "value"},
    "Quantity": {"id", "text", "start", "end", "value", "value_min", "value_max", "unit", "refers_to"},
    "Commitment": {"id", "parties", "agreed", "place", "provisions", "status", "evidence"},
    "Stance": {"id", "holder", "target", "polarity", "red_line", "reported_by", "evidence"},
}


def test_schema_file_matches_models() -> None:
    assert SCHEMA.read_text(encoding="utf-8") == record_schema(), "run: redline schema > docs/schema/record.schema.json"


def test_schema_has_the_contracted_names() -> None:
    defs = Record.model_json_schema()["$defs"]
    for model, names in REQUIRED.items():
        assert names <= set(defs[model]["properties"]), model
    assert {"schema_version", "article", "errors"} <= set(Record.model_json_schema()["properties"])


def test_schema_version_is_set() -> None:
    assert json.loads(Record(article={"id": "a", "text": "x"}).model_dump_json())["schema_version"] == SCHEMA_VERSION
