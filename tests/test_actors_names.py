"""Names the parse gets half right: acronyms and their expansions, companies tagged as people, and named
ministries and departments that are actors of their own."""

from __future__ import annotations

import pytest

from conftest import fixture_text
from redline.actors.acronyms import is_acronym, letters
from redline.actors.companies import is_company
from redline.actors.knowledge import load_knowledge
from redline.actors.people import Person
from redline.analyze import analyze_text
from redline.models import Actor, Record
from redline.pipeline import Pipeline


def _actors(pipeline: Pipeline, text: str) -> Record:
    return analyze_text(text, pipeline=pipeline)


def _named(record: Record, name: str) -> Actor:
    found = [a for a in record.actors if a.name == name]
    assert len(found) == 1, f"{name!r} in {[a.name for a in record.actors]}"
    return found[0]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("PBO", True), ("E.D.C.", True), ("NATO", True), ("A", False), ("Apple", False), ("LONGACRONYM", False)],
)
def test_actors_names_acronym_shape(name: str, expected: bool) -> None:
    assert is_acronym(name) is expected


def test_actors_names_acronym_letters() -> None:
    assert letters("E.D.C.") == "EDC"


@pytest.mark.parametrize(
    ("name", "aliases", "mentions"),
    [
        ("Parliamentary Budget Officer", ["PBO"], 3),  # expansion first, no parenthesis
        ("Export Development Canada", ["EDC"], 3),  # "Name (ACRONYM)", then the acronym as a subject
        ("Northern Shipping Board", ["NSB"], 2),  # "known as NSB"
        ("Canadian Transport Agency", ["CTA"], 2),  # acronym the parse did not tag as an organization
    ],
)
def test_actors_names_acronym_joins_expansion(
    actors_only: Pipeline, name: str, aliases: list[str], mentions: int
) -> None:
    actor = _named(_actors(actors_only, fixture_text("actors_acronyms_budget.txt")), name)
    assert actor.type == "ORG"
    assert set(aliases) <= set(actor.aliases)
    assert len(actor.mentions) == mentions


def test_actors_names_acronym_before_expansion(actors_only: Pipeline) -> None:
    text = ("The IHRB said on Monday that the inquiry would take months. The Independent Harbour Review Board "
            "was set up after the collapse of the pier in 2019, and the IHRB has since published three reports.")
    record = _actors(actors_only, text)
    actor = _named(record, "Independent Harbour Review Board")
    assert actor.mentions[0].text == "IHRB"
    assert not [a for a in record.actors if a.name == "IHRB"]


def test_actors_names_acronym_ambiguous_initials_stay_apart(actors_only: Pipeline) -> None:
    text = ("The National Farmers Union and the Northern Fishers Union both opposed the plan. The NFU said "
            "the levy was unfair, and officials of both unions met the minister on Friday.")
    record = _actors(actors_only, text)
    assert all(a.name != "National Farmers Union" or "NFU" not in a.aliases for a in record.actors)


def test_actors_names_acronym_is_no_person_initials(actors_only: Pipeline) -> None:
    text = ("Opposition leader Maria Tennant spoke at the rally. The MT group, a youth movement, "
            "said it would march again on Saturday.")
    record = _actors(actors_only, text)
    assert _named(record, "Maria Tennant").type == "PERSON"
    assert all("MT" not in a.aliases for a in record.actors if a.name == "Maria Tennant")


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The U.S. State Department called for the release of the two aid workers on Friday.", "State Department",
         ("GOVERNMENT", "USA", "USAGOV")),
        ("The Kremlin said the talks had been useful.", "Kremlin", ("GOVERNMENT", "RUS", "RUSGOV")),
        ("The Pentagon announced that two destroyers had been sent.", "Pentagon", ("GOVERNMENT", "USA", "USAMIL")),
        ("The Defense Department said the review was complete.", "Pentagon", ("GOVERNMENT", "USA", "USAMIL")),
        ("Iran's Foreign Ministry condemned the strike on Monday.", "Iranian Foreign Ministry",
         ("GOVERNMENT", "IRN", "IRNGOV")),
        ("The Ministry of Defence of Ukraine said its drones had hit a depot.", "Ukrainian Defense Ministry",
         ("GOVERNMENT", "UKR", "UKRGOV")),
        ("The Russian interior ministry said 40 people had been detained.", "Russian Interior Ministry",
         ("GOVERNMENT", "RUS", "RUSGOV")),
    ],
)
def test_actors_names_institution_is_its_own_actor(
    actors_only: Pipeline, text: str, name: str, expected: tuple[str, str, str]
) -> None:
    record = _actors(actors_only, text)
    actor = _named(record, name)
    assert (actor.type, actor.country, actor.code) == expected
    assert not [a for a in record.actors if a.name in {"American government", "Russian government"}
                and a.mentions[0].start == actor.mentions[0].start]


def test_actors_names_institution_beside_government(actors_only: Pipeline) -> None:
    text = ("The Kremlin rejected the plan. Moscow has said it will not negotiate under pressure, and the "
            "government in Washington said the State Department would keep talking to allies.")
    record = _actors(actors_only, text)
    assert {"Kremlin", "Russian government", "State Department"} <= {a.name for a in record.actors}
    assert _named(record, "Russian government").aliases == ["Moscow"]


@pytest.mark.parametrize(
    ("text", "ministry", "definite"),
    [
        ("Egypt's foreign ministry summoned the ambassador. The foreign ministry said the remarks were "
         "unacceptable.", "Egyptian Foreign Ministry", "The foreign ministry"),
        ("The Jordanian government protested on Sunday. The foreign ministry said the border would stay "
         "closed.", "Jordanian Foreign Ministry", "The foreign ministry"),
        ("The United States condemned the threat. Saudi Arabia urged restraint. In a statement carried by the "
         "official Saudi Press Agency, the foreign ministry called for calm.", "Saudi Foreign Ministry",
         "the foreign ministry"),
    ],
)
def test_actors_names_definite_ministry(actors_only: Pipeline, text: str, ministry: str, definite: str) -> None:
    actor = _named(_actors(actors_only, text), ministry)
    assert definite in [m.text for m in actor.mentions]


def test_actors_names_definite_ministry_ambiguous(actors_only: Pipeline) -> None:
    text = ("Iran's foreign ministry and Turkey's foreign ministry issued statements. The foreign ministry "
            "later summoned an envoy.")
    record = _actors(actors_only, text)
    assert all("The foreign ministry" not in [m.text for m in a.mentions] for a in record.actors)


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        ("The U.S. State Department called for the release of the two men. The department said it was deeply "
         "concerned.", "State Department", "The department"),
        ("The Securities and Exchange Commission fined the carmaker on Tuesday. The commission said the penalty "
         "was fair.", "Securities and Exchange Commission", "The commission"),
        ("Iran's Foreign Ministry condemned the raid. The ministry said the envoy had been summoned.",
         "Iranian Foreign Ministry", "The ministry"),
    ],
)
def test_actors_names_definite_head_noun(actors_only: Pipeline, text: str, name: str, short: str) -> None:
    assert short in [m.text for m in _named(_actors(actors_only, text), name).mentions]


@pytest.mark.parametrize(
    "text",
    [
        # two bodies end with the same noun: the short form names neither
        "The Water Commission and the Trade Commission met on Monday. The commission said the talks went well.",
        # before the body is named, "the commission" is someone else
        "The commission said on Monday that the Trade Commission had not been consulted.",
        # a modified noun is another body ("the new commission")
        "The Trade Commission was dissolved in May. The new commission will report in June.",
    ],
)
def test_actors_names_definite_head_noun_needs_one_named_body(actors_only: Pipeline, text: str) -> None:
    record = _actors(actors_only, text)
    short = {"the commission", "the new commission"}
    assert not [a for a in record.actors for m in a.mentions if m.text.lower() in short]


def test_actors_names_government_in_capital(actors_only: Pipeline) -> None:
    text = "The Kremlin rejected the plan, and the government in Washington said talks would go on."
    actor = _named(_actors(actors_only, text), "American government")
    assert "the government" in [m.text for m in actor.mentions]


@pytest.mark.parametrize(
    ("name", "type_", "mentions"),
    [
        ("Facebook", "ORG", 3),  # "Facebook's research app", and the repeats the parse left untagged
        ("Oracle", "ORG", 2),  # "California tech giant Oracle"
        ("Kinder Morgan", "ORG", 1),  # "Kinder Morgan's pipeline expansion"
        ("Twitter", "ORG", 1),  # "posted on Twitter"
        ("Brightwater Holdings", "ORG", 1),  # a company suffix
        ("Elon Musk", "PERSON", 2),  # "Musk's tweet" is a person's
        ("Dana Whitfield", "PERSON", 2),  # "posted on Twitter" is no platform cue for the poster
        ("Larry Ellison", "PERSON", 1),  # "Oracle's founder" describes a person
    ],
)
def test_actors_names_company_tagged_as_person(actors_only: Pipeline, name: str, type_: str, mentions: int) -> None:
    actor = _named(_actors(actors_only, fixture_text("actors_companies_wire.txt")), name)
    assert actor.type == type_
    assert len(actor.mentions) >= mentions


@pytest.mark.parametrize(
    "text",
    [
        "Senator Alice Moreno said the bill would pass. Moreno's staff said the vote was set for Friday.",
        "Pat Lindqvist, a software engineer, said on Monday that Lindqvist's team had found the flaw.",
        "Former minister Omar Haddad posted on Twitter that Haddad's resignation was final.",
    ],
)
def test_actors_names_people_stay_people(actors_only: Pipeline, text: str) -> None:
    record = _actors(actors_only, text)
    people = [a for a in record.actors if a.type == "PERSON" and a.named]
    assert len(people) == 1


def test_actors_names_state_named_bodies(actors_only: Pipeline) -> None:
    text = ("Infrastructure Canada said in a 2016 report that provinces would pitch in. Health Canada later "
            "approved the drug, and Michael Jordan said he was pleased.")
    record = _actors(actors_only, text)
    assert (_named(record, "Health Canada").type, _named(record, "Health Canada").country) == ("ORG", "CAN")
    assert _named(record, "Infrastructure Canada").type == "ORG"
    assert _named(record, "Michael Jordan").type == "PERSON"  # a state's name as a surname


def test_actors_names_acronym_needs_a_whole_name(actors_only: Pipeline) -> None:
    text = ("He died in a holding cell at the Cape Breton Correctional Facility in Sydney. Guards at the jail "
            "had failed to check on him, the CBC reported.")
    record = _actors(actors_only, text)
    assert not [a for a in record.actors if a.name == "Cape Breton Correctional"]


def test_actors_names_blank_person_name_is_no_company() -> None:
    assert is_company(Person(name="\xa0"), load_knowledge()) is False


def test_actors_names_house_is_not_the_white_house(actors_only: Pipeline) -> None:
    text = "The White House said the bill was dead. The House voted 220 to 210 on Friday."
    assert _named(_actors(actors_only, text), "White House").aliases == []


@pytest.mark.parametrize(
    "text",
    [
        '"Prices will rise," said Tom Hale, a real estate developer in Virginia, who backs the plan.',
        "Ana Brandt, a Berlin-based developer and spokeswoman for the group, said the talks had stalled.",
        "One backer is Chris Vale, a founder of K2X, a company outside Boston. Mr. Vale said he was hopeful.",
    ],
)
def test_actors_names_people_described_in_business_terms(actors_only: Pipeline, text: str) -> None:
    record = _actors(actors_only, text)
    assert [a.type for a in record.actors if a.name.split()[-1] in {"Hale", "Brandt", "Vale"}] == ["PERSON"]
