"""Who is bound by a commitment, who guarantees it, and who welcomed it."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from redline.commitments.detect import Anchor
from redline.commitments.lexicon import CommitmentLexicon
from redline.commitments.syntax import actors_of, agent, subjects
from redline.models import Record

_BETWEEN = frozenset({"between", "with", "among"})
_PERIODS = frozenset({"hour", "day", "week", "month", "year", "deadline", "ultimatum", "time"})
_AUSPICES = frozenset({"auspices", "mediation", "sponsorship", "guarantee", "brokerage"})


@dataclass
class Sides:
    parties: list[str] = field(default_factory=list)
    guarantors: list[str] = field(default_factory=list)
    welcomed_by: list[str] = field(default_factory=list)
    #: Who is told to act when the commitment is an ultimatum ("gave the rebels 48 hours").
    addressees: list[str] = field(default_factory=list)


def sides(anchor: Anchor, record: Record, lexicon: CommitmentLexicon) -> Sides:
    """The parties, guarantors, welcomers and addressees an anchor names."""
    found = Sides()
    governor = anchor.governor
    lemma = governor.lemma_.lower()
    if lemma in lexicon.welcome_verbs and not anchor.verbal:
        found.welcomed_by = _ids(record, [*subjects(governor), *agent(governor)])
        return found
    doers: list[str] = []
    if anchor.verbal or lemma in lexicon.establish_verbs or lemma in lexicon.guarantor_verbs:
        doers = _ids(record, [s for s in subjects(governor) if s != anchor.trigger])
        if governor != anchor.trigger and governor.tag_ == "VBN":
            doers += _ids(record, agent(governor))
    if lemma in lexicon.guarantor_verbs:
        found.guarantors = doers
    else:
        found.parties = doers
    found.parties += _ids(record, _between(anchor.trigger) + _between(governor) + _makers(anchor, lexicon))
    found.parties += _ids(record, [c for c in anchor.trigger.children if c.dep_ in {"compound", "amod", "poss"}])
    found.guarantors += _ids(record, _guarantor_tokens(anchor, lexicon))
    if anchor.kind == "ultimatum":
        found.addressees = _ids(record, _addressee_tokens(anchor))
    if not found.guarantors:
        found.parties += [p for p in _ids(record, _bound_under(anchor)) if p not in found.parties]
    named_after = {a.id for a in record.actors if any(m.start <= anchor.trigger.idx < m.end for m in a.mentions)}
    found.parties = [p for p in found.parties if p not in named_after]
    return _deduplicated(found)


def _bound_under(anchor: Anchor) -> list[Token]:
    """Who a commitment binds when the text names no maker: "Under a roadmap agreed in Luanda, the M23 was to cease
    fire ..., while Kinshasa and Kigali were to restore ties" -- the subjects of the clauses it governs."""
    noun = anchor.trigger.head if anchor.trigger.dep_ == "acl" else anchor.trigger  # "a roadmap [agreed] in ..."
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head == prep:
        return []
    clauses, found = [prep.head], []
    while clauses:
        verb = clauses.pop()
        found += [s for s in subjects(verb) if s.pos_ != "PRON"]
        clauses += [c for c in verb.children if c.dep_ in {"conj", "advcl", "xcomp"} and c.pos_ in {"VERB", "AUX"}]
    return found


def _between(token: Token) -> list[Token]:
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in _BETWEEN]
    return [t for prep in preps for pobj in prep.children if pobj.dep_ == "pobj" for t in (pobj, *pobj.conjuncts)]


def _makers(anchor: Anchor, lexicon: CommitmentLexicon) -> list[Token]:
    """Who made a commitment told in a relative clause: "the accord **Armenia** negotiated with **Azerbaijan**"."""
    if anchor.verbal:
        return []
    made = lexicon.establish_verbs | lexicon.made_in_past
    clauses = [c for c in anchor.trigger.children if c.dep_ == "relcl" and c.lemma_.lower() in made]
    return [t for clause in clauses for t in [*(s for s in subjects(clause) if s != anchor.trigger), *_between(clause)]]


def _guarantor_tokens(anchor: Anchor, lexicon: CommitmentLexicon) -> list[Token]:
    found: list[Token] = []
    for token in anchor.trigger.sent:
        if token.lemma_.lower() in lexicon.guarantor_verbs and token.tag_ == "VBN" and (
                anchor.trigger in token.ancestors or token.head == anchor.governor):
            found += agent(token)
        if token.lemma_.lower() in _AUSPICES and token.head.lower_ == "under":
            found += [p for c in token.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return found


def _addressee_tokens(anchor: Anchor) -> list[Token]:
    verb = anchor.governor
    found = [c for c in verb.children if c.dep_ in {"dative", "iobj"} or (
        c.dep_ == "dobj" and anchor.verbal and c.lemma_.lower() not in _PERIODS)]
    for prep in (c for c in [*verb.children, *anchor.trigger.children] if c.dep_ in {"prep", "dative"}):
        if prep.lower_ == "to":
            found += [p for p in prep.children if p.dep_ == "pobj"]
    return [t for token in found for t in (token, *token.conjuncts)]


def _ids(record: Record, tokens: list[Token]) -> list[str]:
    return [actor.id for actor in actors_of(record, tokens)]


def collapsed(record: Record, ids: list[str]) -> list[str]:
    """Actor ids with a government folded into its state when the article names both ("Russia" and "Moscow")."""
    actors = {a.id: a for a in record.actors if a.id in ids}
    states = {a.country: a.id for a in record.actors if a.type == "STATE" and a.country}
    kept = [states.get(actors[i].country or "", i) if i in actors and actors[i].type == "GOVERNMENT" else i
            for i in ids]
    return list(dict.fromkeys(kept))


def _deduplicated(found: Sides) -> Sides:
    found.parties = list(dict.fromkeys(found.parties))
    found.guarantors = [g for g in dict.fromkeys(found.guarantors) if g not in found.parties]
    found.addressees = [a for a in dict.fromkeys(found.addressees) if a not in found.parties]
    return found
