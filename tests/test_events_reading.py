"""What a careful analyst reads in wire copy: bylines and questions are no events, threats and questions are not
facts, perceived fire is asserted and its hearer no doer, casualty counts join the event that caused them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import fixture_text
from redline.models import Event, Record

Analyze = Callable[..., Record]


def _event(record: Record, word: str) -> Event:
    found = [event for event in record.events if word in event.trigger.text]
    assert found, f"no event triggered by {word!r}; found {[e.trigger.text for e in record.events]}"
    return found[0]


def _counts(record: Record, event: Event) -> set[str]:
    by_id = {q.id: q.text for q in record.quantities}
    return {by_id[qid] for qid in event.quantities}


@pytest.fixture(scope="module")
def siege(analyze: Analyze) -> Record:
    return analyze(fixture_text("events_wire_market_siege.txt"), published="2024-06-05")


def test_events_reading_result_clause_gives_its_dead(siege: Record) -> None:
    assert _counts(siege, _event(siege, "stormed")) == {"at least six people"}


def test_events_reading_those_killed_counts_the_subject(siege: Record) -> None:
    assert _counts(siege, _event(siege, "killed")) == {"Three traders", "two police officers"}


def test_events_reading_heard_gunfire_is_asserted_without_the_hearer_as_doer(siege: Record) -> None:
    gunfire = _event(siege, "gunfire")
    assert (gunfire.status, gunfire.actors) == ("asserted", [])


def test_events_reading_bylines_and_questions_to_a_spokesman_are_no_events(siege: Record) -> None:
    triggers = {event.trigger.text.lower() for event in siege.events}
    assert not triggers & {"contributed", "asked"}


@pytest.mark.parametrize(("word", "status"), [("talks", "hypothetical"), ("discussions", "negated")])
def test_events_reading_questions_and_negated_talks_are_no_facts(siege: Record, word: str, status: str) -> None:
    assert _event(siege, word).status == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("Washington threatened Ottawa with steep tariffs on lumber.", "tariffs", "hypothetical"),
        ("The minister dismissed fears of a threat to impose new sanctions on the bank.", "sanctions", "hypothetical"),
        ("Residents said they could still hear shelling near the airport.", "shelling", "asserted"),
        ("The envoy said there had been no discussions about Turkey sending peacekeepers.", "sending", "hypothetical"),
        ("Analysts warned the junta could either delay the vote or accept a truce.", "accept", "hypothetical"),
        ("The rebels reaffirmed their commitment to disarm.", "disarm", "future"),
        ("Ceasefire deal?", "Ceasefire", "hypothetical"),
        ("Who shelled the hospital?", "shelled", "asserted"),
    ],
)
def test_events_reading_factuality(analyze: Analyze, text: str, word: str, status: str) -> None:
    assert _event(analyze(text, published="2024-06-05"), word).status == status


def test_events_reading_perceived_fire_has_no_doer(analyze: Analyze) -> None:
    record = analyze("Residents said they could still hear shelling near the airport.", published="2024-06-05")
    assert _event(record, "shelling").actors == []


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("Pyongyang asked Washington for sanctions relief.", "SANCTION", "RETREAT"),
        ("Asked if the army would withdraw, the spokesman said talks were continuing.", "REQUEST", "CONSULT"),
        ("The governor said he would not back off.", "SUPPORT", "RETREAT"),
        ("Exports fell as a banking crisis caused supply chain disruptions, the ministry said.", "AID", None),
        ("Coast guard ships fired water cannon at a Philippine supply boat near the reef.", "AID", "ASSAULT"),
        ("Men armed with knives and axes boarded the boats, the navy said.", "AID", None),
        ("The rebels cut the army's supply lines north of the city.", "AID", None),
    ],
)
def test_events_reading_types(analyze: Analyze, text: str, absent: str, present: str | None) -> None:
    types = {event.type for event in analyze(text, published="2024-06-05").events}
    assert absent not in types
    assert present is None or present in types


def test_events_reading_armed_by_someone_is_aid(analyze: Analyze) -> None:
    types = {event.type for event in analyze("Militia fighters armed by Iran crossed the border overnight.",
                                              published="2024-06-05").events}
    assert "AID" in types


def _codes(record: Record, ids: list[str]) -> set[str]:
    by_id = {actor.id: actor for actor in record.actors}
    return {by_id[i].country or by_id[i].name for i in ids if i in by_id}


@pytest.mark.parametrize(
    ("text", "word", "sources", "recipients"),
    [
        ("The talks build on the accord Armenia negotiated with Azerbaijan in Brussels.", "accord", {"ARM"}, {"AZE"}),
        ("Officials welcomed the agreements between Georgia and Armenia on transit fees.", "agreements",
         {"GEO", "ARM"}, set()),
        ("On Wednesday, Canada levied new tariffs on steel from Mexico.", "tariffs", {"CAN"}, set()),
    ],
)
def test_events_reading_roles(analyze: Analyze, text: str, word: str, sources: set[str],
                              recipients: set[str]) -> None:
    record = analyze(text, published="2024-06-05")
    event = _event(record, word)
    assert (_codes(record, event.actors), _codes(record, event.recipients)) == (sources, recipients)


@pytest.mark.parametrize(
    "text",
    [
        "What began as a call for reform was met with brutal force, the envoy said.",
        "In a video message released on Sunday, the president thanked the rescuers.",
    ],
)
def test_events_reading_reactions_and_messages_are_no_events(analyze: Analyze, text: str) -> None:
    types = {event.type for event in analyze(text, published="2024-06-05").events}
    assert not types & {"CONSULT", "RETREAT"}


def test_events_reading_what_a_pact_was_negotiated_to_do_is_future(analyze: Analyze) -> None:
    record = analyze("The talks build on the accord Armenia negotiated with Azerbaijan to open the border crossings.",
                     published="2024-06-05")
    assert _event(record, "open").status == "future"


def test_events_reading_a_count_in_a_relative_clause_stays_there(analyze: Analyze) -> None:
    record = analyze("The raid follows an operation by the intelligence agency hours earlier, which resulted in the "
                     "deaths of 16 militants.", published="2024-06-05")
    assert _event(record, "raid").quantities == []


def test_events_reading_a_factual_aside_of_a_condemnation_is_not_the_speakers_report(analyze: Analyze) -> None:
    record = analyze("The envoy strongly condemned the crackdown, as at least nine marchers were killed on Friday in "
                     "the northern town of Lashio.", published="2024-06-05")
    assert _event(record, "killed").reported_by is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The president attacked the broadcaster for refusing to air his speech.", "ACCUSE"),
        ("Rebels attacked the base over two days.", "ASSAULT"),
        ("Gunmen attacked the convoy for an hour.", "ASSAULT"),
    ],
)
def test_events_reading_an_attack_with_a_reason_is_criticism(analyze: Analyze, text: str, kind: str) -> None:
    assert analyze(text, published="2024-06-05").events[0].type == kind


def test_events_reading_he_is_the_person_just_named(analyze: Analyze) -> None:
    record = analyze("Amal Haddad, the envoy, spoke on Friday. He called for the release of all detainees.",
                     published="2024-06-05")
    by_id = {actor.id: actor.name for actor in record.actors}
    assert [by_id[i] for i in _event(record, "called for").actors] == ["Amal Haddad"]


@pytest.mark.parametrize(
    ("text", "word", "sources"),
    [
        ("Talks stalled as Pyongyang issued a string of warnings demanding that Washington ease sanctions.",
         "demanding", {"PRK"}),
        ("Six soldiers were among those killed by the rebels near Goma.", "killed", {"rebels"}),
        ("The truce, brokered by Qatar and Egypt, took effect at dawn.", "brokered", {"QAT", "EGY"}),
        ("Fighting between Ethiopian troops and Eritrean forces killed 20 people near the border.", "killed",
         {"ETH", "ERI"}),
    ],
)
def test_events_reading_participles_take_their_source(analyze: Analyze, text: str, word: str,
                                                      sources: set[str]) -> None:
    record = analyze(text, published="2024-06-05")
    assert _codes(record, _event(record, word).actors) == sources


def test_events_reading_flat_supply_chain_is_no_aid(analyze: Analyze) -> None:
    record = analyze("Now, food prices have risen and a banking crisis has caused supply chain disruptions.",
                     published="2024-06-05")
    assert "AID" not in {event.type for event in record.events}
