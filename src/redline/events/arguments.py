"""Who did it, to whom, where, when and with how many casualties: arguments over the dependency parse."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal

from spacy.tokens import Token

from redline import lookup
from redline.events.cues import Cues
from redline.events.syntax import (
    NP_MODIFIERS,
    RELATIVE,
    VERBAL,
    antecedent,
    children,
    clause_head,
    conjuncts,
    np_head,
    prep_objects,
    subjects,
)
from redline.models import Record

Precision = Literal["day", "month", "year", "article"]
#: "A group of Moroccan diplomats": the actor is named in the "of" phrase.
_PARTITIVE = frozenset({"of", "from", "between"})
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "its", "their", "his", "her", "our"})


@dataclass
class Arguments:
    """The resolved arguments of one event."""

    sources: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    precision: Precision | None = None
    quantities: list[str] = field(default_factory=list)
    #: True when the source came only from the surrounding clause, not from the trigger's own arguments.
    inferred: bool = False


def actor_ids(record: Record, tokens: list[Token], *, deep: bool = False) -> list[str]:
    """Actor ids named by the noun phrases headed by ``tokens`` and their conjuncts, in order, once each."""
    found: list[str] = []
    for token in tokens:
        for conjunct in conjuncts(antecedent(token)):
            for actor_id in _np_actors(record, conjunct, deep):
                if actor_id not in found:
                    found.append(actor_id)
    return found


def _np_actors(record: Record, token: Token, deep: bool) -> list[str]:
    doc = token.doc
    if deep:
        start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    else:
        left = min((child.left_edge.i for child in token.children if child.dep_ in NP_MODIFIERS), default=token.i)
        left = min(left, token.i)
        start, end = doc[left].idx, token.idx + len(token)
    actors = lookup.actors_in(record, start, end)
    if not actors:
        hit = lookup.actor_at(record, token.idx, token.idx + len(token))
        actors = [hit] if hit else []
    if not actors and not deep:
        # "His Armenian counterpart, Ararat Mirzoyan, rejected …": the apposition names the actor
        return actor_ids(record, prep_objects(token, _PARTITIVE) + children(token, "appos"))
    return [actor.id for actor in actors]


def roles(record: Record, trigger: Token, cues: Cues) -> tuple[list[str], list[str], bool]:
    """Sources and recipients of the event at ``trigger``, and whether the source was only inferred."""
    if trigger.dep_ == "aux":
        return [], actor_ids(record, subjects(trigger.head)), False
    if trigger.pos_ in VERBAL:
        sources, recipients = _verb_roles(record, trigger, cues)
    else:
        sources, recipients = _noun_roles(record, trigger, cues)
    inferred = False
    if not sources:
        sources = _speaker_as_subject(record, trigger, cues)
    if not sources and _adjunct(trigger, cues):
        outside = [s for s in subjects(clause_head(trigger)) if not _contains(s, trigger)]
        sources = actor_ids(record, outside, deep=True)
        inferred = bool(sources)
    recipients = [r for r in recipients if r not in sources]
    return sources, recipients, inferred


def _speaker_as_subject(record: Record, trigger: Token, cues: Cues) -> list[str]:
    """"Syria says it will withdraw": a pronoun subject in a reported clause is the speaker, unless the clause
    whose adverbial clause it is names a fitting actor ("Iran faces sanctions if it refuses, the envoy said": Iran)."""
    verb = clause_head(trigger)
    pronoun = next((s for s in subjects(verb) if s.lower_ in _PRONOUNS), None)
    if pronoun is None or _perceived(trigger, verb, cues):
        return []
    clause = verb
    while clause.dep_ == "xcomp" and clause.head != clause:
        clause = clause.head
    if clause.dep_ == "advcl" and clause.head.lemma_.lower() not in cues.reporting_verbs:
        heads = subjects(clause.head) + children(clause.head, "nsubjpass")
        named = _fitting(record, pronoun, [s for s in heads if s.lower_ not in _PRONOUNS])
        if named:
            return named
    for lower, upper in pairwise([verb, *verb.ancestors]):
        if lower.dep_ in ("ccomp", "parataxis", "xcomp") and upper.lemma_.lower() in cues.reporting_verbs:
            return actor_ids(record, subjects(upper))
    return _previous_person(record, pronoun) if verb == trigger and pronoun.lower_ in ("he", "she") else []


#: How far back (characters) "he" or "she" looks for the person it stands for.
_PERSON_WINDOW = 600


def _previous_person(record: Record, pronoun: Token) -> list[str]:
    """"He called for calm": the speaker the quotes stage found for this verb, else the person last named before
    the pronoun (in news the one the story follows)."""
    verb = pronoun.head
    for quote in record.quotes:
        if quote.speaker and quote.cue_span is not None and quote.cue_span.start <= verb.idx < quote.cue_span.end:
            return [quote.speaker]
    before = [(m.start, a.id) for a in record.actors if a.type == "PERSON" for m in a.mentions
              if pronoun.idx - _PERSON_WINDOW <= m.start < pronoun.idx]
    return [max(before)[1]] if before else []


def _perceived(trigger: Token, verb: Token, cues: Cues) -> bool:
    """What a verb of perception takes in: "we could hear shelling", "they saw gunfire" (who hears did not fire)."""
    perceiver = verb if verb != trigger else verb.head if verb.dep_ in ("dobj", "xcomp", "ccomp") else None
    return perceiver is not None and perceiver.lemma_.lower() in cues.perception_verbs


def _fitting(record: Record, pronoun: Token, tokens: list[Token]) -> list[str]:
    """The actors named by ``tokens`` that ``pronoun`` can stand for: "it" a group or state, "he"/"she" a person."""
    found = actor_ids(record, tokens)
    person = pronoun.lower_ in {"he", "she", "his", "her"}
    if pronoun.lower_ in {"it", "its"} or person:
        found = [a for a in found if (getattr(lookup.actor_by_id(record, a), "type", None) == "PERSON") == person]
    return found


def _adjunct(trigger: Token, cues: Cues) -> bool:
    """Whether a nominal trigger is a setting of its clause ("after a summit", "with a ground invasion"), whose
    participants are the clause's subject; not a cause or topic ("sanctions over the crackdown")."""
    if trigger.pos_ in VERBAL:
        return False
    node, verb = np_head(trigger), clause_head(trigger)
    while node.head != verb and node.head != node:
        node = node.head
    return node.dep_ == "npadvmod" or (node.dep_ == "prep" and node.lower_ in cues.setting_preps)


def _contains(token: Token, other: Token) -> bool:
    return token.left_edge.i <= other.i <= token.right_edge.i


def _speaker_act(verb: Token, cues: Cues) -> Token | None:
    """The reporting verb whose speaker does ``verb``: a speech act joined, with no subject of its own, to the
    clause the speaker reports ("he said X bore responsibility and urged Manila to stop")."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in cues.speaker_acts or children(verb, "nsubj", "nsubjpass"):
        return None
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    reported = first.dep_ == "ccomp" and first.head.lemma_.lower() in cues.reporting_verbs
    return first.head if reported else None


def _accused(verb: Token, cues: Cues) -> list[Token]:
    """Who an accusation says did the act: "accused China of ramming the boats, seizing rifles" -> China."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        accuser = verb.head.head
    elif verb.dep_ == "advcl" and verb.tag_ == "VBG":
        accuser = verb.head
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in accuser.children):
            return []
    else:
        return []
    return children(accuser, "dobj") if accuser.lemma_.lower() in cues.accusers else []


def _verb_roles(record: Record, verb: Token, cues: Cues) -> tuple[list[str], list[str]]:
    reporter = _speaker_act(verb, cues)
    accused = _accused(verb, cues)
    sources = actor_ids(record, accused if accused else subjects(reporter if reporter is not None else verb))
    if reporter is not None and not sources:  # "He said X and warned ...": the speaker the quotes stage found
        sources = next((_previous_person(record, s) for s in subjects(reporter) if s.lower_ in ("he", "she")), [])
    if not sources and verb.lemma_.lower() in cues.stative_passives:
        holders = children(verb, "nsubjpass")
        return actor_ids(record, holders), actor_ids(record, prep_objects(verb, cues.recipient_preps))
    if any(child.dep_ == "nsubjpass" for child in verb.children):
        objects = children(verb, "nsubjpass")
    else:
        objects = children(verb, "dobj", "dative") + prep_objects(verb, cues.recipient_preps)
        objects += [t for obj in children(verb, "dobj") for t in prep_objects(obj, cues.recipient_preps)]
    recipients = actor_ids(record, objects)
    if not recipients and verb.lemma_.lower() in cues.threat_heads:
        recipients = actor_ids(record, _threatened(verb, cues))
    return sources, recipients


def _threatened(verb: Token, cues: Cues) -> list[Token]:
    """Who a threat is aimed at when the threat verb names no one: the objects down its infinitive chain
    ("threatened to ask parliament to declare war on Rwanda")."""
    found: list[Token] = []
    for _ in range(3):
        embedded = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if embedded is None:
            break
        verb = embedded
        found += children(verb, "dobj", "dative") + prep_objects(verb, cues.recipient_preps)
        found += [t for obj in children(verb, "dobj") for t in prep_objects(obj, cues.recipient_preps)]
    return found


def _noun_roles(record: Record, noun: Token, cues: Cues) -> tuple[list[str], list[str]]:
    head = np_head(noun)
    words = [noun] if head == noun else [noun, head]
    modifiers = [child for word in words for child in word.children if child.dep_ in cues.source_modifiers]
    sources = actor_ids(record, [m for m in modifiers if m.i < noun.i or m.dep_ == "poss"])
    sources += actor_ids(record, [t for word in words for t in prep_objects(word, cues.source_preps)])
    recipients = actor_ids(record, [t for word in words for t in prep_objects(word, cues.recipient_preps)])
    verb_sources, verb_recipients = _support_roles(record, head, cues)
    if not (verb_sources or verb_recipients):
        verb_sources, verb_recipients = _relative_roles(record, head, cues)
    sources = sources or verb_sources
    recipients = recipients or verb_recipients
    attached = _with_attachment(record, head)
    if attached:
        (recipients if sources else sources).extend(a for a in attached if a not in sources)
    return sources, recipients


def _support_roles(record: Record, head: Token, cues: Cues) -> tuple[list[str], list[str]]:
    """Roles a governing verb gives a nominal trigger: "signed a pact", "met resistance from"."""
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.lemma_ in cues.support_prep_verbs:
        verb = verb.head
    elif head.dep_ not in ("dobj", "attr", "oprd"):
        return [], []
    lemma = verb.lemma_.lower()
    if lemma in cues.receiving_verbs:
        return actor_ids(record, prep_objects(verb, cues.source_preps)), actor_ids(record, subjects(verb))
    if lemma in cues.support_verbs or lemma in cues.support_prep_verbs:
        return actor_ids(record, subjects(verb)), actor_ids(record, prep_objects(verb, cues.recipient_preps))
    return [], []


def _relative_roles(record: Record, head: Token, cues: Cues) -> tuple[list[str], list[str]]:
    """Roles from a relative clause that brought the noun about: "the pact **the United States negotiated with the
    insurgents**", "the sanctions Washington imposed on Caracas"."""
    for clause in children(head, "relcl"):
        own_object = any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in RELATIVE for c in clause.children)
        if clause.lemma_.lower() in cues.support_verbs and not own_object:
            sources = [s for s in subjects(clause) if s != head]
            return actor_ids(record, sources), actor_ids(record, prep_objects(clause, cues.recipient_preps))
    return [], []


def _with_attachment(record: Record, head: Token) -> list[str]:
    """Actors of what a "with …" phrase attaches to ("the army, with help from X" → the army)."""
    if head.dep_ != "pobj" or head.head.lower_ != "with":
        return []
    anchor = head.head.head
    if anchor.pos_ in VERBAL:
        return actor_ids(record, subjects(anchor), deep=True)
    return actor_ids(record, [anchor])
