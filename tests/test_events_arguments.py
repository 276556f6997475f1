"""Event arguments over the parse: coordinated subjects, passive agents, demonym modifiers, support verbs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redline.models import Event, Record

Analyze = Callable[..., Record]


def _codes(record: Record, ids: list[str]) -> set[str]:
    by_id = {actor.id: actor for actor in record.actors}
    return {by_id[i].country or by_id[i].name for i in ids if i in by_id}


def _event(record: Record, kind: str) -> Event:
    found = [event for event in record.events if event.type == kind]
    assert found, f"no {kind} event in {[(e.type, e.trigger.text) for e in record.events]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "kind", "sources", "recipients"),
    [
        ("Ethiopia and Eritrea reached a deal on the border.", "AGREE", {"ETH", "ERI"}, set()),
        ("The truce was praised not only by Egypt but also by Qatar.", "SUPPORT", {"EGY", "QAT"}, set()),
        ("A Saudi air campaign pounded the port of Hodeidah.", "ASSAULT", {"SAU"}, set()),
        ("The French plan met stiff resistance from Germany and Italy.", "REJECT", {"DEU", "ITA"}, {"FRA"}),
        ("France imposed sanctions on Mali.", "SANCTION", {"FRA"}, {"MLI"}),
        ("Japan held talks with China in Tokyo.", "CONSULT", {"JPN"}, {"CHN"}),
        ("Germany accused Russia of hacking its parliament.", "ACCUSE", {"DEU"}, {"RUS"}),
    ],
)
def test_events_arguments_roles(analyze: Analyze, text: str, kind: str, sources: set[str],
                                recipients: set[str]) -> None:
    record = analyze(text, published="2022-03-01")
    event = _event(record, kind)
    assert sources <= _codes(record, event.actors)
    assert recipients <= _codes(record, event.recipients)


def test_events_arguments_setting_nominal_takes_clause_subject(analyze: Analyze) -> None:
    record = analyze("After a summit in Doha on May 4, Chad and Sudan agreed on joint border patrols.",
                     published="2022-05-09")
    summit = next(e for e in record.events if e.type == "CONSULT")
    assert {"TCD", "SDN"} <= _codes(record, summit.actors)
    assert (summit.mode, summit.date, summit.date_precision) == ("summit", "2022-05-04", "day")
    names = {p.id: p.name for p in record.places}
    assert summit.place is not None and "Doha" in names[summit.place]


def test_events_arguments_place_is_the_events_own(analyze: Analyze) -> None:
    record = analyze("Egypt, which borders Gaza, hosted talks in Cairo.", published="2022-03-01")
    talks = _event(record, "CONSULT")
    names = {p.id: p.name for p in record.places}
    assert talks.place is not None and "Cairo" in names[talks.place]


def test_events_arguments_casualty_quantities(analyze: Analyze) -> None:
    record = analyze("Gunmen killed 12 villagers in an attack on Tuesday.", published="2022-03-01")
    quantities = {q.id: q for q in record.quantities}
    linked = [qid for event in record.events for qid in event.quantities]
    assert all(qid in quantities for qid in linked)


@pytest.mark.parametrize(
    ("text", "kind", "sources"),
    [
        ("Syria says it will withdraw its troops from the border.", "RETREAT", {"SYR"}),
        ("Iran faces new sanctions if it refuses to return to the talks, the U.S. envoy said.", "REJECT", {"IRN"}),
        ("Serbia will be punished if it rejects the plan, the German minister warned.", "REJECT", {"SRB"}),
    ],
)
def test_events_arguments_pronoun_subject(analyze: Analyze, text: str, kind: str, sources: set[str]) -> None:
    record = analyze(text, published="2022-03-01")
    assert _codes(record, _event(record, kind).actors) == sources


def test_events_arguments_sanctions_that_target_companies_attack_no_one(analyze: Analyze) -> None:
    record = analyze("The United States imposed sanctions on Iran on Tuesday, targeting a network of shipping "
                     "companies and two banks.", published="2025-03-04")
    assert [e.type for e in record.events] == ["SANCTION"]


def test_events_arguments_meeting_with_success_is_no_meeting(analyze: Analyze) -> None:
    record = analyze("The offensive launched by regional forces has met with surprising success.",
                     published="2025-03-04")
    assert "CONSULT" not in {e.type for e in record.events}


def test_events_arguments_releasing_a_program_frees_no_one(analyze: Analyze) -> None:
    record = analyze("In 2017, Beijing released a national development program for the shipbuilding industry.",
                     published="2025-03-04")
    assert "RETREAT" not in {e.type for e in record.events}


def test_events_arguments_both_sides_and_each_other_are_the_pair_just_named(analyze: Analyze) -> None:
    record = analyze("Armenia and Azerbaijan agreed on Sunday to a ceasefire along their border. Both sides have "
                     "accused each other of shelling villages since then.", published="2024-03-04")
    accuse = _event(record, "ACCUSE")
    assert _codes(record, accuse.actors) == {"ARM", "AZE"} == _codes(record, accuse.recipients)
