"""Stance cues over the parse: verbs, adjectives, nouns, evaluations, proposed solutions.

Each finder returns :class:`Found` candidates: the cue, who holds the stance (subject tokens, maybe empty), the head
of what it is about, a polarity and a strength. Red lines and conditions are in ``redlines``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from redline.commitments.syntax import agent, is_negated, subjects
from redline.models import Polarity
from redline.stances.lexicon import Cue, StanceLexicon

_OBJECTS = ("dobj", "xcomp", "ccomp", "attr")
_NOUN_TARGET_PREPS = frozenset({"for", "to", "of", "against", "toward", "towards", "on", "over"})
_NOUN_HOLDER_PREPS = frozenset({"from", "by", "among"})
_RELATIVE = frozenset({"that", "which", "who"})
#: "failed to uphold the ceasefire": the head turns the stance round.
_FAILING = frozenset({"fail", "neglect", "cease", "stop"})


@dataclass(frozen=True)
class Found:
    """One stance candidate before holder and target are resolved to records."""

    trigger: Token
    polarity: Polarity
    strength: float
    holders: list[Token]
    target: Token | None
    red_line: bool = False
    condition: list[Token] = field(default_factory=list)
    response: list[Token] = field(default_factory=list)
    denied: bool = False
    #: A ready-made target text (a proposed solution's predicate), used instead of the phrase of ``target``.
    target_text: str | None = None


def find(tokens: Iterator[Token], lexicon: StanceLexicon) -> list[Found]:
    """Every verb, adjective, noun, evaluation and solution cue among ``tokens``."""
    found: list[Found] = []
    for token in tokens:
        lemma, lower = token.lemma_.lower(), token.lower_
        if token.pos_ == "VERB" and lemma in lexicon.evaluation_verbs and (made := _evaluation(token, lexicon)):
            found.append(made)
        elif token.pos_ == "VERB" and lemma in lexicon.verbs and (made_many := _verb(token, lexicon)):
            found.extend(made_many)
        elif lower in lexicon.adjectives and token.pos_ in {"ADJ", "VERB"}:
            found.extend(_adjective(token, lexicon.adjectives[lower], lexicon))
        elif token.pos_ == "NOUN" and lemma in lexicon.nouns:
            found.extend(_noun(token, lexicon.nouns[lemma], lexicon))
        elif token.pos_ == "NOUN" and lemma in lexicon.solution_nouns and (made := _solution(token, lexicon)):
            found.append(made)
    return found


def _joined_to_report(verb: Token, lexicon: StanceLexicon) -> bool:
    """"He said the Philippines bore responsibility and urged Manila to stop": a verb joined with no subject of its
    own to a reported clause is the speaker's (its holder is who speaks), not the reported subject's."""
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ == "ccomp" and first.head.lemma_.lower() in lexicon.reporting_verbs


def _verb(verb: Token, lexicon: StanceLexicon) -> list[Found]:
    cue = lexicon.verbs[verb.lemma_.lower()]
    particles = lexicon.excluded_particles.get(verb.lemma_.lower(), frozenset())
    if _conditional(verb, lexicon) or any(_particle(c, verb) and c.lower_ in particles for c in verb.children):
        return []
    target = _verb_target(verb, lexicon)
    if target is None and verb.lemma_.lower() in lexicon.verb_preps:
        return []
    holders = [] if _joined_to_report(verb, lexicon) else subjects(verb) or _described(verb)
    if verb.tag_ == "VBN" and any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        holders, target = agent(verb), next((c for c in verb.children if c.dep_ == "nsubjpass"), target)
    elif verb.dep_ == "relcl" and verb.head.pos_ != "PROPN" and any(
            c.dep_ == "nsubj" and c.lower_ in _RELATIVE for c in verb.children):
        return []
    if target is None:
        return []
    polarity = cue.polarity
    if verb.lemma_.lower() == "argue":
        polarity = "oppose" if any(c.lower_ == "against" for c in verb.children) else "support"
    return [_adjusted(Found(verb, polarity, cue.strength, holders, target), verb, lexicon)]


def _described(verb: Token) -> list[Token]:
    """Who a participle's noun comes from: "Pyongyang issued warnings **demanding** that …" (Pyongyang),
    "protesters **demanding** his resignation" (the protesters)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return []
    described = [verb.head]
    if verb.head.dep_ == "pobj" and verb.head.head.lower_ == "of":
        described.append(verb.head.head.head)  # "a series of warnings demanding …", "crowds of students …"
    return [*described, *(subjects(described[-1].head) if described[-1].dep_ in {"dobj", "attr"} else [])]


def _particle(child: Token, verb: Token) -> bool:
    """A particle, also where the parser took it for a preposition right after the verb ("back off his threats")."""
    return child.dep_ == "prt" or (child.dep_ == "prep" and child.i == verb.i + 1)


def _verb_target(verb: Token, lexicon: StanceLexicon) -> Token | None:
    preps = lexicon.verb_preps.get(verb.lemma_.lower())
    if preps is not None:
        return _prep_object(verb, preps)
    later = [c for c in verb.children if c.dep_ in _OBJECTS and c.i > verb.i and c.lower_ not in _RELATIVE]
    for child in sorted(later, key=lambda c: c.dep_ != "xcomp"):
        return child
    return _prep_object(verb, frozenset({"for", "on"})) or _infinitive(verb)


def _infinitive(verb: Token) -> Token | None:
    """A to-infinitive the parser hung lower ("pressed in talks with its allies to make …")."""
    for token in verb.subtree:
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if token.i > verb.i and token.pos_ == "VERB" and infinitive:
            return token if token.head.dep_ in {"pobj", "prep"} or token.head.head == verb else None
    return None


def _prep_object(head: Token, preps: frozenset[str]) -> Token | None:
    for child in head.children:
        if child.dep_ in {"prep", "prt"} and child.lower_ in preps:
            return next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
    return None


def _adjective(word: Token, cue: Cue, lexicon: StanceLexicon) -> list[Found]:
    target = next((c for c in word.children if c.dep_ == "xcomp"), None) or _prep_object(
        word, frozenset({"to", "of", "toward", "towards", "with"}))
    if target is None or _conditional(word.head, lexicon):
        return []
    holders = [word.head] if word.dep_ == "amod" else subjects(word)
    return [_adjusted(Found(word, cue.polarity, cue.strength, holders, target), word.head, lexicon)]


def _noun(noun: Token, cue: Cue, lexicon: StanceLexicon) -> list[Found]:
    head = noun.head
    preps = lexicon.noun_preps.get(noun.lemma_.lower(), _NOUN_TARGET_PREPS)
    target = _prep_object(noun, preps) or (_prep_object(head, preps) if noun.dep_ == "dobj" else None)
    if target is None and noun.dep_ == "dobj" and head.lemma_.lower() in lexicon.facing_verbs:
        target = next((s for s in subjects(head)), None)
    holders = [t for c in noun.children if c.dep_ == "prep" and c.lower_ in _NOUN_HOLDER_PREPS
               for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)]
    holders += [c for c in noun.children if c.dep_ == "poss"]
    if not holders and noun.dep_ == "dobj" and head.lemma_.lower() in lexicon.expressing_verbs:
        holders = subjects(head)
    if target is None or not (holders or noun.lemma_.lower() in lexicon.noun_preps):
        return []
    return [_adjusted(Found(noun, cue.polarity, cue.strength, holders, target), head, lexicon)]


def _evaluation(verb: Token, lexicon: StanceLexicon) -> Found | None:
    """'Iran called it a success', 'Damascus described the move as a violation'."""
    judged = next((c for c in verb.children if c.dep_ == "dobj"), None)
    for child in verb.children:
        words = [child, *child.children] if child.dep_ in {"oprd", "attr", "ccomp", "xcomp"} else []
        if child.dep_ == "prep" and child.lower_ == "as":
            words = [p for c in child.children if c.dep_ == "pobj" for p in (c, *c.children)]
        polarity = next((lexicon.evaluations[w.lemma_.lower()] for w in words
                         if w.lemma_.lower() in lexicon.evaluations), None)
        if polarity is not None:
            judged = judged or next((c for c in child.children if c.dep_ == "nsubj"), None)
            if judged is None or _conditional(verb, lexicon):
                return None
            return _adjusted(Found(verb, polarity, 0.6, subjects(verb), judged), verb, lexicon)
    return None


def _solution(noun: Token, lexicon: StanceLexicon) -> Found | None:
    """'the solution is gradual and negotiated' → support 'gradual and negotiated solution'."""
    head = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or not _reported(head, lexicon):
        return None
    if head.pos_ == "AUX":
        predicate = [c for c in head.children if c.dep_ in {"acomp", "attr"}]
    else:
        predicate = [head] if any(c.dep_ in {"auxpass", "cop"} for c in head.children) else []
    if not predicate:
        return None
    words = [w for p in predicate for w in (p, *p.conjuncts) if w.pos_ in {"ADJ", "VERB", "NOUN", "PROPN"}]
    text = " and ".join(w.text for w in words[:3]) + f" {noun.text}" if predicate[0].pos_ != "NOUN" else None
    found = Found(noun, "support", 0.6, [], predicate[0], target_text=text)
    return _adjusted(found, head, lexicon)


def _reported(verb: Token, lexicon: StanceLexicon) -> bool:
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lexicon.reporting_verbs


def _conditional(verb: Token, lexicon: StanceLexicon) -> bool:
    chain = [verb, *(a for a in verb.ancestors if a.dep_ != "ROOT")][:3]
    return any(c.dep_ == "mark" and c.lower_ in lexicon.condition_markers for v in chain for c in v.children)


def _adjusted(found: Found, verb: Token, lexicon: StanceLexicon) -> Found:
    """Negation turns the polarity round; a denial ("denied it opposed") marks it; adverbs move strength."""
    strength = found.strength
    adverbs = {c.lower_ for c in (*found.trigger.children, *verb.children) if c.dep_ == "advmod"}
    strength += 0.2 * bool(adverbs & lexicon.strong_adverbs) - 0.2 * bool(adverbs & lexicon.weak_adverbs)
    polarity, denied, holders = found.polarity, False, found.holders
    failed = found.trigger.dep_ == "xcomp" and found.trigger.head.lemma_.lower() in _FAILING
    if is_negated(verb) or is_negated(found.trigger) or failed:
        polarity, strength = _flip(polarity), strength * 0.7
    if verb.dep_ in {"ccomp", "xcomp", "dobj"} and verb.head.lemma_.lower() in lexicon.denial_verbs:
        polarity, strength, denied = _flip(polarity), strength * 0.7, True
        if not holders or all(h.pos_ == "PRON" for h in holders):
            holders = subjects(verb.head)
    return replace(found, polarity=polarity, strength=round(min(max(strength, 0.05), 1.0), 2), denied=denied,
                   holders=holders)


def _flip(polarity: Polarity) -> Polarity:
    return "oppose" if polarity == "support" else "support"
