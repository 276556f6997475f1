"""The gold examples (../shared/examples/*.gold.yaml): commitments and stances recalled, each article ≥ 0.6.

Matching is by meaning, not wording: a gold commitment matches when parties, date, place, zone, obligated and
deadline agree; a gold stance when holder, polarity, red line and reporter agree and the targets share a word.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from redline.models import Actor, Commitment, Record, Stance

EXAMPLES = Path(__file__).resolve().parents[2] / "shared" / "examples"
GOLD = sorted(EXAMPLES.glob("*.gold.yaml")) if EXAMPLES.is_dir() else []
_STOP = {"the", "a", "an", "of", "on", "for", "to", "in", "any", "and", "/"}

Analyze = Callable[..., Record]


def _run(analyze: Analyze, gold_path: Path) -> tuple[dict[str, Any], Record]:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold_path.name.replace(".gold.yaml", ".txt")).read_text(encoding="utf-8")
    return gold, analyze(text, published=str(gold["article"]["published"]))


def _actor(record: Record, actor_id: str | None) -> Actor | None:
    return next((a for a in record.actors if a.id == actor_id), None)


def _is(record: Record, actor_id: str | None, gold: str) -> bool:
    actor = _actor(record, actor_id)
    return actor is not None and gold in {actor.country, actor.name, actor.code}


def _words(text: str) -> set[str]:
    return {w.strip(".,“”\"'").lower() for w in text.split()} - _STOP


def _aliases(gold_file: dict[str, Any], name: str) -> set[str]:
    """A gold name with the aliases the gold actor list gives it."""
    found = {name.lower()}
    for actor in gold_file.get("actors") or []:
        names = {actor["name"].lower(), *(a.lower() for a in actor.get("aliases") or [])}
        if name.lower() in names:
            found |= names
    return found


def _commitment_matches(record: Record, made: Commitment, gold: dict[str, Any], obligated_names: set[str]) -> bool:
    place = next((p.name for p in record.places if p.id == made.place), "")
    provisions = made.provisions
    zone_ok = any(p.zone and gold["zone"]["place"] in (p.zone.place_name or "") and
                  [p.zone.width_km_min, p.zone.width_km_max] == gold["zone"]["width_km"] for p in provisions)
    obligated = {n.lower() for p in provisions for n in p.obligated_names} | {
        a.name.lower() for p in provisions for i in p.obligated if (a := _actor(record, i))}
    return (all(any(_is(record, p, g) for p in made.parties) for g in gold["parties"])
            and made.agreed == str(gold["agreed"]) and gold["place_agreed"] in place and zone_ok
            and any(g in o or o in g for o in obligated for g in obligated_names)
            and any(p.deadline == str(gold["deadline"]) for p in provisions))


def _stance_matches(record: Record, made: Stance, gold: dict[str, Any]) -> bool:
    reporter = _actor(record, made.reported_by)
    return (_is(record, made.holder, gold["holder"]) and made.polarity == gold["polarity"]
            and made.red_line == bool(gold.get("red_line", False))
            and (reporter.name if reporter else None) == gold.get("reported_by")
            and bool(_words(made.target) & _words(gold["target"])))


@pytest.mark.parametrize("gold_path", GOLD, ids=[p.name for p in GOLD])
def test_stances_example_recall(analyze: Analyze, gold_path: Path) -> None:
    gold, record = _run(analyze, gold_path)
    expected = gold.get("stances") or []
    found = [g for g in expected if any(_stance_matches(record, s, g) for s in record.stances)]
    assert len(found) >= 0.6 * len(expected), [g for g in expected if g not in found]


@pytest.mark.parametrize("gold_path", GOLD, ids=[p.name for p in GOLD])
def test_commitments_example_recall(analyze: Analyze, gold_path: Path) -> None:
    gold, record = _run(analyze, gold_path)
    expected = gold.get("commitments") or []
    found = [g for g in expected if any(_commitment_matches(record, c, g, _aliases(gold, g["obligated"]))
                                        for c in record.commitments)]
    assert len(found) >= 0.6 * len(expected), (expected, record.commitments)
