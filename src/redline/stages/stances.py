"""Stances and red lines: who wants what on which issue, from cues, quotes and commitments."""

from __future__ import annotations

from redline.commitments.lexicon import load as load_commitment_lexicon
from redline.settings import Settings
from redline.stages.base import Analysis
from redline.stances import build
from redline.stances.holders import Holders
from redline.stances.lexicon import StanceLexicon, load
from redline.stances.targets import Targets


class StanceStage:
    """Finds stance cues in the parse and records each with its holder, target, polarity and red-line flag."""

    name = "redline.stances.v2"
    requires = ("doc", "actors", "quotes", "events")
    provides = ("stances",)

    def __init__(self, lexicon: StanceLexicon, commitment_nouns: frozenset[str]) -> None:
        self.lexicon = lexicon
        self.commitment_nouns = commitment_nouns

    def __call__(self, analysis: Analysis) -> None:
        record = analysis.record
        holders = Holders(record, self.lexicon.reporting_verbs, self.lexicon.agent_nouns)
        targets = Targets(record, self.commitment_nouns, self.lexicon.action_nouns)
        found = build.candidates(analysis.doc, self.lexicon)
        record.stances.extend(build.stances(found, holders, targets, len(record.stances) + 1))


def create(settings: Settings) -> StanceStage:
    extra = tuple(settings.lexicon_files)
    return StanceStage(load(extra), frozenset(load_commitment_lexicon(extra).nouns))
