"""The packaged actor knowledge: complete, consistent, fast to load, extendable by the user's files."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.actors.knowledge import load_knowledge
from redline.analyze import analyze_text
from redline.errors import DataFileError
from redline.pipeline import Pipeline
from redline.settings import Settings


def test_actors_knowledge_has_every_un_member_and_observer() -> None:
    states = load_knowledge().states
    assert len(states) >= 195
    assert {"SYR", "IRN", "RUS", "TUR", "USA", "SDN", "SSD", "PSE", "VAT", "XKX", "TWN"} <= states.keys()


@pytest.mark.parametrize(
    ("iso3", "demonym", "capital"),
    [("SYR", "Syrian", "Damascus"), ("IRN", "Iranian", "Tehran"), ("RUS", "Russian", "Moscow"),
     ("TUR", "Turkish", "Ankara"), ("GBR", "British", "London"), ("UKR", "Ukrainian", "Kyiv")],
)
def test_actors_knowledge_state_names(iso3: str, demonym: str, capital: str) -> None:
    state = load_knowledge().states[iso3]
    assert demonym in state.demonyms and capital in state.capitals


@pytest.mark.parametrize(
    ("key", "code", "country"),
    [("org:United Nations", "IGOUNO", None), ("org:NATO", "IGONAT", None), ("group:Hayat Tahrir al-Sham", "SYRREB",
     "SYR"), ("group:Rapid Support Forces", "SDNREB", "SDN"), ("media:Press TV", "IRNMED", "IRN"),
     ("seat:Kremlin", "RUSGOV", "RUS")],
)
def test_actors_knowledge_entries(key: str, code: str, country: str | None) -> None:
    entry = load_knowledge().entries[key]
    assert (entry.code, entry.country) == (code, country)


def test_actors_knowledge_entry_countries_are_known_states() -> None:
    knowledge = load_knowledge()
    unknown = {e.key: e.country for e in knowledge.entries.values() if e.country and e.country not in knowledge.states}
    assert unknown == {}


def test_actors_knowledge_user_file_extends(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "groups:\n  - {name: Northern Hills Brigade, aliases: [NHB], country: SSD, code: SSDREB}\n", encoding="utf-8"
    )
    settings = Settings.from_env({}, actor_files=(extra,))
    pipeline = Pipeline.from_settings(settings, names=("redline.actors.v2",), raise_errors=True)
    record = analyze_text("The NHB said it had seized two villages.", pipeline=pipeline)
    assert [(a.name, a.code) for a in record.actors] == [("Northern Hills Brigade", "SSDREB")]


@pytest.mark.parametrize(
    "content",
    ["groups: [{aliases: [X]}]\n", "groups: {name: X}\n", "states: [{name: Nowhere}]\n", "not_actors: Abc\n",
     "- just a list\n", "groups: [unclosed\n"],
)
def test_actors_knowledge_bad_user_file(tmp_path: Path, content: str) -> None:
    extra = tmp_path / "bad.yaml"
    extra.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError):
        load_knowledge((extra,))


def test_actors_knowledge_user_state(tmp_path: Path) -> None:
    extra = tmp_path / "states.yaml"
    extra.write_text("states:\n  - {iso3: SML, name: Somaliland, demonyms: [Somalilander], capitals: [Hargeisa]}\n",
                     encoding="utf-8")
    state = load_knowledge((extra,)).states["SML"]
    assert (state.name, state.capitals) == ("Somaliland", ("Hargeisa",))


def test_actors_knowledge_names_are_unambiguous() -> None:
    owners: dict[str, set[str]] = {}
    for entry in load_knowledge().entries.values():
        for name in (entry.name, *entry.aliases):
            owners.setdefault(name.lower(), set()).add(entry.key)
    assert {name: keys for name, keys in owners.items() if len(keys) > 1} == {}
