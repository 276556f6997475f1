"""Actor resolution on the team's fixture articles: one actor per entity, countries, sectors, codes."""

from __future__ import annotations

import pytest

from conftest import fixture_text
from redline.analyze import analyze_text
from redline.models import Actor, Record
from redline.pipeline import Pipeline


def _record(pipeline: Pipeline, name: str) -> Record:
    return analyze_text(fixture_text(name), pipeline=pipeline)


def _named(record: Record, name: str) -> Actor:
    found = [a for a in record.actors if a.name == name]
    assert len(found) == 1, f"{name!r} in {[a.name for a in record.actors]}"
    return found[0]


@pytest.mark.parametrize(
    ("fixture", "name", "type_", "country", "code"),
    [
        ("actors_wire_foreign_minister.txt", "Farid Haddad-Karimi", "PERSON", "LBN", "LBNGOV"),
        ("actors_wire_foreign_minister.txt", "Houthis", "ARMED_GROUP", "YEM", "YEMREB"),
        ("actors_wire_foreign_minister.txt", "Al Jazeera", "MEDIA", "QAT", "QATMED"),
        ("actors_wire_foreign_minister.txt", "Saudi government", "GOVERNMENT", "SAU", "SAUGOV"),
        ("actors_wire_foreign_minister.txt", "Yemeni government", "GOVERNMENT", "YEM", "YEMGOV"),
        ("actors_wire_foreign_minister.txt", "Selma Ortiz-Lindqvist", "PERSON", None, "IGOUNO"),
        ("actors_wire_foreign_minister.txt", "United Nations", "IGO", None, "IGOUNO"),
        ("actors_sudan_sahel.txt", "Rapid Support Forces", "ARMED_GROUP", "SDN", "SDNREB"),
        ("actors_sudan_sahel.txt", "Sudanese military", "MILITARY", "SDN", "SDNMIL"),
        ("actors_sudan_sahel.txt", "Malian military", "MILITARY", "MLI", "MLIMIL"),
        ("actors_sudan_sahel.txt", "Jama'at Nusrat al-Islam wal-Muslimin", "ARMED_GROUP", "MLI", "MLIREB"),
        ("actors_sudan_sahel.txt", "UNHCR", "IGO", None, "IGOUNOHCR"),
        ("actors_sudan_sahel.txt", "civilians", "GROUP", None, "CVL"),
        ("actors_kremlin_metonymy.txt", "Russian government", "GOVERNMENT", "RUS", "RUSGOV"),
        ("actors_kremlin_metonymy.txt", "Dmitry Peskov", "PERSON", "RUS", "RUSGOV"),
        ("actors_kremlin_metonymy.txt", "Russian military", "MILITARY", "RUS", "RUSMIL"),
        ("actors_kremlin_metonymy.txt", "Ukrainian military", "MILITARY", "UKR", "UKRMIL"),
        ("actors_kremlin_metonymy.txt", "Downing Street", "GOVERNMENT", "GBR", "GBRGOV"),
        ("actors_kremlin_metonymy.txt", "Kremlin", "GOVERNMENT", "RUS", "RUSGOV"),
        ("actors_kremlin_metonymy.txt", "White House", "GOVERNMENT", "USA", "USAGOV"),
        ("actors_credit_line.txt", "Abiy Ahmed", "PERSON", "ETH", "ETHGOV"),
        ("actors_credit_line.txt", "Eritrean government", "GOVERNMENT", "ERI", "ERIGOV"),
    ],
)
def test_actors_resolve_fixture_actor(
    actors_only: Pipeline, fixture: str, name: str, type_: str, country: str | None, code: str
) -> None:
    actor = _named(_record(actors_only, fixture), name)
    assert (actor.type, actor.country, actor.code) == (type_, country, code)


@pytest.mark.parametrize(
    ("fixture", "name", "aliases"),
    [
        ("actors_wire_foreign_minister.txt", "Farid Haddad-Karimi",
         {"Haddad-Karimi", "Haddad Karimi", "Lebanese diplomat"}),
        ("actors_kremlin_metonymy.txt", "Russian government", {"Moscow"}),
        ("actors_kremlin_metonymy.txt", "Dmitry Peskov", {"Peskov"}),
        ("actors_sudan_sahel.txt", "Rapid Support Forces", {"RSF"}),
        ("actors_credit_line.txt", "Ethiopian government", {"Addis Ababa"}),
    ],
)
def test_actors_resolve_merges_mentions(actors_only: Pipeline, fixture: str, name: str, aliases: set[str]) -> None:
    assert aliases <= set(_named(_record(actors_only, fixture), name).aliases)


def test_actors_resolve_role_kept(actors_only: Pipeline) -> None:
    actor = _named(_record(actors_only, "actors_wire_foreign_minister.txt"), "Farid Haddad-Karimi")
    assert actor.role == "deputy foreign minister of Lebanon"


def test_actors_resolve_mentions_point_into_text(actors_only: Pipeline) -> None:
    record = _record(actors_only, "actors_sudan_sahel.txt")
    for actor in record.actors:
        for mention in actor.mentions:
            assert record.article.text[mention.start:mention.end] == mention.text


def test_actors_resolve_one_actor_per_mention(actors_only: Pipeline) -> None:
    record = _record(actors_only, "actors_kremlin_metonymy.txt")
    spans = [(m.start, m.end) for a in record.actors for m in a.mentions]
    assert len(spans) == len(set(spans))
    assert len({a.name for a in record.actors}) == len(record.actors)


def test_actors_resolve_credit_line_is_not_an_actor(actors_only: Pipeline) -> None:
    record = _record(actors_only, "actors_credit_line.txt")
    assert not [a for a in record.actors if "Horn Wire" in a.name or "Creative Commons" in a.name]


@pytest.mark.parametrize(
    ("text", "name", "country", "code"),
    [
        ("Syrian President Bashar al-Assad met the envoy. Assad said little.", "Bashar al-Assad", "SYR", "SYRGOV"),
        ("The Syrian army shelled the town.", "Syrian military", "SYR", "SYRMIL"),
        ("Syria's army shelled the town.", "Syrian military", "SYR", "SYRMIL"),
        ("The government of Iraq asked for help.", "Iraqi government", "IRQ", "IRQGOV"),
        ("Rebels in Syria said they would fight on.", "Syrian armed groups", "SYR", "SYRREB"),
        ("A Russian aerial bombardment campaign went on for weeks.", "Russian military", "RUS", "RUSMIL"),
        ("The Iranian proposal was discussed at length.", "Iran", "IRN", "IRN"),
        ("Kurdish officials said Hezbollah fighters crossed the border.", "Hezbollah", "LBN", "LBNREB"),
    ],
)
def test_actors_resolve_descriptions(actors_only: Pipeline, text: str, name: str, country: str, code: str) -> None:
    record = analyze_text(text, pipeline=actors_only)
    actor = _named(record, name)
    assert (actor.country, actor.code) == (country, code)


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Chad's army shelled the district. The army denied the claim on Sunday.", "The army", "Chadian military"),
        ("The Malian military said it killed 20 militants. A spokesman said the military had lost two soldiers.",
         "the military", "Malian military"),
    ],
)
def test_actors_resolve_definite_sector_joins_the_one_actor(actors_only: Pipeline, text: str, mention: str,
                                                            name: str) -> None:
    actor = _named(analyze_text(text, pipeline=actors_only), name)
    assert mention in {m.text for m in actor.mentions}


def test_actors_resolve_definite_sector_ambiguous(actors_only: Pipeline) -> None:
    text = "Sudan's army and Chad's army met at the border. The army said the crossing was closed."
    record = analyze_text(text, pipeline=actors_only)
    assert not [a for a in record.actors if "The army" in {m.text for m in a.mentions}]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The UN Security Council met on Monday. The Council failed to agree on a statement.", "UN Security Council"),
        ("The Independent Electoral Commission sent observers to Kenya. The Commission said the vote was calm.",
         "Independent Electoral Commission"),
        ("The Joint Monitoring Committee met in Juba. The Committee said both sides had violated the truce.",
         "Joint Monitoring Committee"),
    ],
)
def test_actors_resolve_short_form_joins_the_one_organization(actors_only: Pipeline, text: str, name: str) -> None:
    record = analyze_text(text, pipeline=actors_only)
    short = name.split()[-1]
    assert short in _named(record, name).aliases
    assert not [a for a in record.actors if a.name == short]


def test_actors_resolve_short_form_ambiguous_stays_apart(actors_only: Pipeline) -> None:
    text = "The Security Council and the Human Rights Council both met. The Council adjourned at noon."
    record = analyze_text(text, pipeline=actors_only)
    assert not [a for a in record.actors if a.name != "Council" and "Council" in a.aliases]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Secretary of State Marta Lindqvist hosted the talks.", "Marta Lindqvist", "Secretary of State"),
        ("Minister of Foreign Affairs Ahmed Attaf said the talks would resume.", "Ahmed Attaf",
         "Minister of Foreign Affairs"),
    ],
)
def test_actors_resolve_title_with_of(actors_only: Pipeline, text: str, name: str, role: str) -> None:
    assert _named(analyze_text(text, pipeline=actors_only), name).role == role


def test_actors_resolve_place_tagged_as_person_is_no_person(actors_only: Pipeline) -> None:
    text = "Troops moved towards the Kherson region. The governor arrived in Mandera on Monday."
    record = analyze_text(text, pipeline=actors_only)
    assert not [a for a in record.actors if a.type == "PERSON" and a.name in {"Kherson", "Mandera"}]


def test_actors_resolve_called_person_stays_a_person(actors_only: Pipeline) -> None:
    record = analyze_text("The president called Haddad on Monday to discuss the talks.", pipeline=actors_only)
    assert [a.name for a in record.actors if a.type == "PERSON"] == ["Haddad"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Brigadier General Samir Khalil said the border was quiet. The Lebanese army sent more troops there.",
         "LBN"),
        ("Brigadier General Samir Khalil said the border was quiet. The Lebanese army and the Syrian army sent "
         "more troops there.", None),
    ],
)
def test_actors_resolve_officer_serves_the_one_military(actors_only: Pipeline, text: str,
                                                        country: str | None) -> None:
    assert _named(analyze_text(text, pipeline=actors_only), "Samir Khalil").country == country


@pytest.mark.parametrize(("text", "mention"), [
    ("Hezbollah fired rockets at the border on Monday. The Iran-backed group said it targeted army posts.",
     "group"),
    ("The Rapid Support Forces entered the town. The paramilitary group denied looting it.",
     "The paramilitary group"),
])
def test_actors_resolve_definite_anaphor_is_the_group_named_before(actors_only: Pipeline, text: str,
                                                                   mention: str) -> None:
    record = analyze_text(text, pipeline=actors_only)
    [group] = [a for a in record.actors if mention in {m.text for m in a.mentions}]
    assert group.type == "ARMED_GROUP"
