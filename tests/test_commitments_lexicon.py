"""The cue lexicons load from package data and grow with a user's own file."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.commitments import lexicon as commitment_lexicon
from redline.errors import DataFileError
from redline.stances import lexicon as stance_lexicon


def test_commitments_lexicon_packaged_cues() -> None:
    loaded = commitment_lexicon.load()
    assert loaded.nouns["truce"] == "truce"
    assert loaded.named_kinds["joint comprehensive plan of action"] == ("JCPOA", "agreement")
    assert loaded.obligation.search("troops would have to leave")


def test_commitments_lexicon_user_file_extends(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("commitments:\n  nouns: {concordat: agreement}\nstances:\n  red_line_phrases: [beyond the pale]\n",
                     encoding="utf-8")
    assert commitment_lexicon.load((extra,)).nouns["concordat"] == "agreement"
    assert stance_lexicon.load((extra,)).red_line.search("that is beyond the pale")
    assert "concordat" not in commitment_lexicon.load().nouns


def test_commitments_lexicon_bad_user_file(tmp_path: Path) -> None:
    extra = tmp_path / "bad.yaml"
    extra.write_text("commitments:\n  nouns: [not, a, mapping]\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        commitment_lexicon.load((extra,))


def test_commitments_lexicon_missing_key() -> None:
    with pytest.raises(DataFileError):
        commitment_lexicon.from_data({"nouns": {}})
