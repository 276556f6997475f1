"""The reporting-cue lexicon: size, kinds, and extension with a user's file."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.errors import DataFileError
from redline.quotes.lexicon import load
from redline.settings import Settings


def test_quotes_lexicon_has_at_least_200_cues(settings: Settings) -> None:
    lexicon = load(settings)
    assert lexicon.size >= 200
    assert len(lexicon.verbs | lexicon.nouns | lexicon.naming) >= 200


@pytest.mark.parametrize(
    ("kind", "word"),
    [("verbs", "say"), ("verbs", "warn"), ("verbs", "deny"), ("naming", "call"), ("nouns", "statement"),
     ("nouns", "claim"), ("channels", "interview"), ("person_roles", "spokesman")],
)
def test_quotes_lexicon_kinds(settings: Settings, kind: str, word: str) -> None:
    assert word in getattr(load(settings), kind)


def test_quotes_lexicon_phrases_are_word_tuples(settings: Settings) -> None:
    assert ("according", "to") in load(settings).phrases


def test_quotes_lexicon_user_file_extends(tmp_path: Path, settings: Settings) -> None:
    extra = tmp_path / "cues.yaml"
    extra.write_text("reporting_cues:\n  verb: [harrumph]\n  phrase: [as relayed by]\n", encoding="utf-8")
    lexicon = load(settings.with_(lexicon_files=(extra,)))
    assert "harrumph" in lexicon.verbs
    assert ("as", "relayed", "by") in lexicon.phrases
    assert "say" in lexicon.verbs


def test_quotes_lexicon_bad_group_type(tmp_path: Path, settings: Settings) -> None:
    extra = tmp_path / "cues.yaml"
    extra.write_text("reporting_cues:\n  group_roles: {junta: TRIBE}\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        load(settings.with_(lexicon_files=(extra,)))


@pytest.mark.parametrize(("name", "gender"), [("maria", "f"), ("john", "m"), ("fatima", "f"), ("omar", "m")])
def test_quotes_lexicon_given_names(settings: Settings, name: str, gender: str) -> None:
    assert load(settings).first_names[name] == gender
