"""The trigger lexicon as data: every PLOVER type covered, user files extend it, bad files fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.errors import DataFileError
from redline.events import cues, lexicon
from redline.events.lexicon import PLOVER_TYPES
from redline.resources import load_yaml


def test_events_lexicon_covers_every_plover_type() -> None:
    entries = load_yaml("events/triggers.yaml")["event_triggers"]
    assert {entry["type"] for entry in entries} >= PLOVER_TYPES


def test_events_lexicon_pentacode_for_every_type() -> None:
    assert set(load_yaml("events/pentacode.yaml")["types"]) == PLOVER_TYPES


@pytest.mark.parametrize("name", ["triggers", "factuality", "arguments", "modes", "pentacode", "case2021"])
def test_events_lexicon_files_load(name: str) -> None:
    assert load_yaml(f"events/{name}.yaml")


def test_events_lexicon_cues_load() -> None:
    loaded = cues.load()
    assert "if" in loaded.conditional_marks and "deny" in loaded.negating_verbs
    assert loaded.modes["ASSAULT"]["airstrike"] == "aerial"


def test_events_lexicon_user_file_adds_triggers(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("event_triggers:\n  - {type: PROTEST, mode: demo, verbs: [picnic]}\n", encoding="utf-8")
    assert "picnic" in lexicon.load((extra,)).verbs
    assert "picnic" not in lexicon.load().verbs


def test_events_lexicon_unknown_type_fails() -> None:
    with pytest.raises(DataFileError):
        lexicon.build([{"type": "INVADE", "verbs": ["invade"]}], {"ASSAULT": 4})


@pytest.mark.parametrize(("phrase", "head"), [("air strike", "strike"), ("call for", "call"),
                                              ("threat of force", "threat"), ("peace deal", "deal")])
def test_events_lexicon_multiword_head(phrase: str, head: str) -> None:
    built = lexicon.build([{"type": "ASSAULT", "nouns": [phrase]}], {"ASSAULT": 4})
    assert head in built.nouns
