"""The commitment cue lexicon (``data/commitments.yaml``), loaded once into sets for fast lookups."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from redline.errors import DataFileError
from redline.resources import load_user_yaml, load_yaml

DATA_FILE = "commitments.yaml"


@dataclass(frozen=True)
class CommitmentLexicon:
    nouns: dict[str, str]
    named: re.Pattern[str]
    #: Every name and alias, lower case → (canonical name, kind).
    named_kinds: dict[str, tuple[str, str]]
    verbs: dict[str, str]
    establish_verbs: frozenset[str]
    in_force_verbs: frozenset[str]
    anaphora_determiners: frozenset[str]
    hedges: frozenset[str]
    hedge_heads: frozenset[str]
    guarantor_verbs: frozenset[str]
    welcome_verbs: frozenset[str]
    obligation: re.Pattern[str]
    weak_obligation: re.Pattern[str]
    party_phrases: frozenset[str]
    reporting_verbs: frozenset[str]
    provision_openers: re.Pattern[str]
    provision_verbs: frozenset[str]
    venue_nouns: frozenset[str]
    goal_verbs: frozenset[str]
    zone_nouns: frozenset[str]
    zone_modifiers: frozenset[str]
    effect: re.Pattern[str]
    deadline: re.Pattern[str]
    made_in_past: frozenset[str] = frozenset()
    generic_modifiers: frozenset[str] = frozenset()


def phrases(words: list[str]) -> re.Pattern[str]:
    """A case-insensitive pattern matching any of ``words`` as whole words, longest first."""
    alternatives = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I)


def from_data(data: dict[str, Any]) -> CommitmentLexicon:
    """Build the lexicon from the parsed YAML; a missing key raises DataFileError."""
    try:
        return CommitmentLexicon(
            nouns=dict(data["nouns"]), verbs=dict(data["verbs"]),
            named=phrases([n for entry in data["named"] for n in (entry["name"], *entry["aliases"])]),
            named_kinds={n.lower(): (entry["name"], entry["kind"]) for entry in data["named"]
                         for n in (entry["name"], *entry["aliases"])},
            establish_verbs=frozenset(data["establish_verbs"]), in_force_verbs=frozenset(data["in_force_verbs"]),
            anaphora_determiners=frozenset(data["anaphora_determiners"]), hedges=frozenset(data["hedges"]),
            hedge_heads=frozenset(data["hedge_heads"]), guarantor_verbs=frozenset(data["guarantor_verbs"]),
            welcome_verbs=frozenset(data["welcome_verbs"]), obligation=phrases(data["obligation_modals"]),
            weak_obligation=phrases(data["weak_modals"]), party_phrases=frozenset(data["party_phrases"]),
            reporting_verbs=frozenset(data["reporting_verbs"]),
            provision_openers=phrases(data["provision_openers"]), provision_verbs=frozenset(data["provision_verbs"]),
            venue_nouns=frozenset(data["venue_nouns"]), goal_verbs=frozenset(data["goal_verbs"]),
            zone_nouns=frozenset(data["zone_nouns"]), zone_modifiers=frozenset(data["zone_modifiers"]),
            effect=phrases(data["effect_phrases"]),
            deadline=phrases(data["deadline_markers"]),
            made_in_past=frozenset(data.get("made_in_past") or []),
            generic_modifiers=frozenset(data.get("generic_modifiers") or []),
        )
    except (KeyError, TypeError) as exc:
        raise DataFileError(f"{DATA_FILE} lacks or misshapes {exc}.",
                            hint="Compare it with the packaged file.") from exc


def merged(data: dict[str, Any], extras: list[Any], section: str) -> dict[str, Any]:
    """Packaged data extended by the ``section`` mapping of each user file: lists grow, mappings are updated."""
    result = {key: (list(value) if isinstance(value, list) else dict(value) if isinstance(value, dict) else value)
              for key, value in data.items()}
    for extra in extras:
        for key, value in ((extra or {}).get(section) or {}).items():
            current = result.get(key)
            if isinstance(current, list) and isinstance(value, list):
                current.extend(value)
            elif isinstance(current, dict) and isinstance(value, dict):
                current.update(value)
            else:
                raise DataFileError(f"Lexicon file section {section}.{key} does not match the packaged one.",
                                    hint=f"See src/redline/data/{DATA_FILE} for the expected shape.")
    return result


@lru_cache(maxsize=4)
def load(extra_files: tuple[Path, ...] = ()) -> CommitmentLexicon:
    """The packaged lexicon, extended by the ``commitments:`` sections of the given user YAML files."""
    return from_data(merged(load_yaml(DATA_FILE), load_user_yaml(extra_files), "commitments"))
