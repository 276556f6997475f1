"""Who holds a stance, who voiced it, and who relayed it.

The holder is the actor the parse names (subject, "a red line for X", "resistance from X"); a pronoun or a missing
holder falls back to the speaker of the quote or reporting clause around the cue. An official's stance is recorded
as their state's, with the official kept in ``voiced_by``. A stance relayed by a speaker who is neither the holder
nor of the holder's country (an Iranian official on what Russia wants) keeps that speaker in ``reported_by``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from redline.commitments.syntax import actors_of, phrase_text, subjects
from redline.models import Actor, Record

_OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "DIP", "LEG", "JUD", "SPY", "POL"})
_STATE_TYPES = ("STATE", "GOVERNMENT")
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Pronouns that stand for the speaker ("we will not tolerate", "he said he supports").
_SPEAKING = frozenset({"i", "we", "me", "us", "my", "our", "he", "she", "his", "her"})
_PERSONAL = frozenset({"he", "she", "him", "her", "i", "we", "us", "me"})


@dataclass(frozen=True)
class Holder:
    actor: str | None
    name: str | None
    voiced_by: str | None = None


class Holders:
    """Resolves holder tokens and speakers against one record."""

    def __init__(self, record: Record, reporting_verbs: frozenset[str], agent_nouns: frozenset[str]) -> None:
        self.record = record
        self.reporting_verbs = reporting_verbs
        self.agent_nouns = agent_nouns
        self.by_id = {a.id: a for a in record.actors}

    def holders(self, tokens: list[Token], trigger: Token) -> list[Holder]:
        """One holder per actor named by ``tokens``; the speaker when they are pronouns or absent."""
        named = [t for t in tokens if t.pos_ != "PRON"]
        actors = actors_of(self.record, named)
        if actors:
            return [self._official(a) for a in actors]
        speaking = not tokens or any(t.lower_ in _SPEAKING for t in tokens)
        speaker = self.speaker(trigger) if speaking else self._named_reporter(trigger)
        if speaker is not None:
            return [self._official(speaker)]
        agents = [t for t in named if t.pos_ == "PROPN" or t.ent_type_ in _NAMED or t.lower_ in self.agent_nouns]
        return [Holder(None, phrase_text(agents[0]))] if agents else []

    def speaker(self, trigger: Token) -> Actor | None:
        """Who says the sentence holding ``trigger``: a named subject of its reporting verb, else the quote's
        speaker, else the person a reporting pronoun ("he said") points back to."""
        reporting = self._reporting_subjects(trigger)
        named = actors_of(self.record, [t for t in reporting if t.pos_ != "PRON"])
        if named:
            return named[0]
        for quote in self.record.quotes:
            inside = quote.content.start <= trigger.idx < quote.content.end
            if quote.speaker and (inside or quote.evidence.start <= trigger.idx < quote.evidence.end):
                return self.by_id.get(quote.speaker)
        if reporting and reporting[0].lower_ in _PERSONAL:
            return self._latest_person(reporting[0].idx)
        return None

    def _named_reporter(self, trigger: Token) -> Actor | None:
        """The named subject of the reporting verb ("Iran said it …"), for "it" and "they"."""
        named = actors_of(self.record, [t for t in self._reporting_subjects(trigger) if t.pos_ != "PRON"])
        return named[0] if named else None

    def _reporting_subjects(self, trigger: Token) -> list[Token]:
        for ancestor in (trigger, *trigger.ancestors):
            for verb in (ancestor, *(c for c in ancestor.children if c.dep_ == "parataxis")):
                if verb.lemma_.lower() in self.reporting_verbs and (tokens := subjects(verb)):
                    return [a for t in tokens for a in t.children if a.dep_ == "appos"] + tokens
        return []

    def _latest_person(self, before: int) -> Actor | None:
        mentions = [(m.start, a) for a in self.record.actors if a.type == "PERSON" for m in a.mentions
                    if m.start < before]
        return max(mentions, key=lambda pair: pair[0])[1] if mentions else None

    def _official(self, actor: Actor) -> Holder:
        if actor.type != "PERSON" or not actor.country or (actor.sector or "") not in _OFFICIAL_SECTORS:
            return Holder(actor.id, actor.name)
        states = [a for kind in _STATE_TYPES for a in self.record.actors
                  if a.type == kind and a.country == actor.country]
        return Holder(states[0].id, states[0].name, voiced_by=actor.id) if states else Holder(actor.id, actor.name)

    def reported_by(self, holder: Holder, trigger: Token) -> str | None:
        """The speaker who relays the stance, when that is not the holder's own side."""
        speaker = self.speaker(trigger)
        if speaker is None or speaker.id in {holder.actor, holder.voiced_by}:
            return None
        held = self.by_id.get(holder.actor or "")
        if held is not None and held.country and held.country == speaker.country:
            return None
        return speaker.id
