"""The stance cue lexicon (``data/stances.yaml``), loaded once into lookups and precompiled patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from redline.commitments.lexicon import merged, phrases
from redline.errors import DataFileError
from redline.models import Polarity
from redline.resources import load_user_yaml, load_yaml

DATA_FILE = "stances.yaml"


@dataclass(frozen=True)
class Cue:
    polarity: Polarity
    strength: float


@dataclass(frozen=True)
class StanceLexicon:
    verbs: dict[str, Cue]
    verb_preps: dict[str, frozenset[str]]
    excluded_particles: dict[str, frozenset[str]]
    adjectives: dict[str, Cue]
    nouns: dict[str, Cue]
    noun_preps: dict[str, frozenset[str]]
    facing_verbs: frozenset[str]
    expressing_verbs: frozenset[str]
    red_line: re.Pattern[str]
    evaluation_verbs: frozenset[str]
    evaluations: dict[str, Polarity]
    condition_markers: frozenset[str]
    provocations: re.Pattern[str]
    agent_nouns: frozenset[str]
    threats: re.Pattern[str]
    denial_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    strong_adverbs: frozenset[str]
    weak_adverbs: frozenset[str]
    solution_nouns: frozenset[str]
    action_nouns: frozenset[str]


def _cues(support: dict[str, float], oppose: dict[str, float]) -> dict[str, Cue]:
    found = {word: Cue("support", float(value)) for word, value in support.items()}
    found.update({word: Cue("oppose", float(value)) for word, value in oppose.items()})
    return found


def from_data(data: dict[str, Any]) -> StanceLexicon:
    """Build the lexicon from the parsed YAML; a missing key raises DataFileError."""
    try:
        evaluations: dict[str, Polarity] = {w: "support" for w in data["positive_evaluations"]}
        evaluations.update({w: "oppose" for w in data["negative_evaluations"]})
        return StanceLexicon(
            verbs=_cues(data["support_verbs"], data["oppose_verbs"]),
            verb_preps={verb: frozenset(preps) for verb, preps in data["verb_preps"].items()},
            excluded_particles={verb: frozenset(p) for verb, p in data["excluded_particles"].items()},
            adjectives=_cues(data["support_adjectives"], data["oppose_adjectives"]),
            nouns=_cues(data["support_nouns"], data["oppose_nouns"]),
            noun_preps={noun: frozenset(preps) for noun, preps in data["noun_preps"].items()},
            facing_verbs=frozenset(data["facing_verbs"]), expressing_verbs=frozenset(data["expressing_verbs"]),
            red_line=phrases(data["red_line_phrases"]), evaluation_verbs=frozenset(data["evaluation_verbs"]),
            evaluations=evaluations, condition_markers=frozenset(data["condition_markers"]),
            provocations=phrases(data["provocations"]), agent_nouns=frozenset(data["agent_nouns"]),
            threats=phrases(data["threat_responses"]), denial_verbs=frozenset(data["denial_verbs"]),
            reporting_verbs=frozenset(data["reporting_verbs"]), strong_adverbs=frozenset(data["strong_adverbs"]),
            weak_adverbs=frozenset(data["weak_adverbs"]), solution_nouns=frozenset(data["solution_nouns"]),
            action_nouns=frozenset(data["action_nouns"]),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise DataFileError(f"{DATA_FILE} lacks or misshapes {exc}.",
                            hint="Compare it with the packaged file.") from exc


@lru_cache(maxsize=4)
def load(extra_files: tuple[Path, ...] = ()) -> StanceLexicon:
    """The packaged lexicon, extended by the ``stances:`` sections of the given user YAML files."""
    return from_data(merged(load_yaml(DATA_FILE), load_user_yaml(extra_files), "stances"))
