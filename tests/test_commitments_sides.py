"""Commitments told as "Under a roadmap agreed in X on DATE, A was to ..., while B and C were to ...", obligations
of several sides in one clause, and obligations joined to the same subject."""

from __future__ import annotations

from collections.abc import Callable

from redline.models import Commitment, Record

ROADMAP = (
    "Fighting resumed near Goma on Wednesday. Under a roadmap agreed in the Angolan capital Luanda on November 23, "
    "2022, the M23 was to cease fire by November 25 and withdraw from the areas it had captured, while Congo and "
    "Rwanda were to restore diplomatic ties. The rebels never completed the withdrawal."
)
PHASES = (
    "Colombia's government and the ELN rebel group agreed on Tuesday to an exchange under which the guerrillas "
    "will free 18 hostages by March 21 and the government will release 42 jailed rebels by April 15."
)
CORRIDOR = (
    "Colombia's government and the ELN rebel group agreed on Tuesday to a hostage exchange. Under the deal, the "
    "army will suspend offensive operations around the handover points, and will withdraw from a humanitarian "
    "corridor 8 to 12 kilometres wide along the border with Venezuela."
)


def _one(record: Record) -> Commitment:
    made = [c for c in record.commitments if c.agreed]
    assert len(made) == 1, record.commitments
    return made[0]


def test_commitments_sides_under_a_roadmap(analyze: Callable[..., Record]) -> None:
    record = analyze(ROADMAP, published="2024-02-08")
    commitment = _one(record)
    countries = {a.id: a.country for a in record.actors}
    assert commitment.agreed == "2022-11-23"
    assert {"COD", "RWA"} <= {countries.get(p) for p in commitment.parties}
    assert "2022-11-25" in {p.deadline for p in commitment.provisions}  # counted from the day it was agreed


def test_commitments_sides_each_with_its_deadline(analyze: Callable[..., Record]) -> None:
    commitment = _one(analyze(PHASES, published="2025-03-12"))
    deadlines = {p.text.split(" will ")[0]: p.deadline for p in commitment.provisions}
    assert deadlines.get("the government") == "2025-04-15"
    assert "2025-03-21" in deadlines.values()


def test_commitments_sides_joined_obligation_keeps_its_zone(analyze: Callable[..., Record]) -> None:
    commitment = _one(analyze(CORRIDOR, published="2025-03-12"))
    widths = {(p.zone.width_km_min, p.zone.width_km_max) for p in commitment.provisions if p.zone}
    assert (8.0, 12.0) in widths


def test_commitments_sides_named_side_joined_with_its_own_deadline(analyze: Callable[..., Record]) -> None:
    text = ("Kosovo agreed on Thursday to pull special police units back from three town halls by July 3. Under the "
            "arrangement, Kosovo police will withdraw at least 2 kilometres from the buildings, and Pristina will "
            "call new local elections in the area within 90 days.")
    commitment = _one(analyze(text, published="2023-06-23"))
    assert {"2023-07-03", "2023-09-20"} <= {p.deadline for p in commitment.provisions}
