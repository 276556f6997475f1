"""Agent or place: whether a place name in context stands for the people who govern it ("Moscow agreed",
"agreements with Damascus", "Ankara's position") or for the location ("in Damascus", "Turkey's border").

The decision reads the dependency parse around the name: its grammatical role, the governing verb or preposition,
and the noun it modifies. ``AGENT`` is a confident agentive reading, ``PLACE`` a confident locative one and
``NEUTRAL`` neither (the caller decides: a country name stays an actor, a capital stays a place).
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

Usage = Literal["AGENT", "PLACE", "NEUTRAL"]
AGENT: Usage = "AGENT"
PLACE: Usage = "PLACE"
NEUTRAL: Usage = "NEUTRAL"

LOCATIVE_PREPS = frozenset({
    "in", "at", "into", "inside", "within", "across", "throughout", "near", "around", "outside", "through",
    "via", "toward", "towards", "onto", "beyond", "along", "north", "south", "east", "west", "off", "past",
    "above", "below", "under", "over", "behind", "beside", "among", "amid", "out",
})
_STRICT_LOCATIVE = frozenset({"in", "at", "into", "inside", "within", "across", "throughout", "near", "around"})
AGENT_PREPS = frozenset({"with", "against", "by", "versus", "vs", "vs.", "than"})
#: Nouns governing "between X and Y" that keep X a place ("the border between", "flights between").
_BETWEEN_PLACES = frozenset({"border", "borders", "road", "roads", "route", "routes", "flights", "flight", "distance",
                             "area", "line", "highway", "corridor", "frontier", "bridge", "railway", "train", "trains",
                             "crossing", "crossings", "journey", "trip", "halfway", "midway", "pipeline"})
#: Verbs whose subject is a location or an undergoer rather than an agent ("Damascus fell", "Kabul saw clashes").
NON_AGENT_VERBS = frozenset({
    "be", "lie", "sit", "fall", "host", "witness", "experience", "suffer", "remain", "become", "border",
    "stretch", "cover", "include", "contain", "locate", "situate", "rank", "boast", "hold", "rain", "shake",
    "flood", "burn", "grow", "shrink", "travel", "open", "revolve",
})
#: Adjectives after "be"/"remain" that only an agent can be ("Baku remained committed", "Moscow is ready").
ATTITUDES = frozenset({
    "committed", "ready", "willing", "unwilling", "determined", "opposed", "prepared", "keen", "eager", "reluctant",
    "adamant", "confident", "insistent", "skeptical", "sceptical", "wary", "interested", "unhappy", "dissatisfied",
})
#: Verbs whose object is a location ("visited Moscow", "captured Aleppo"); other objects read as agents.
PLACE_VERBS = frozenset({
    "visit", "tour", "leave", "enter", "reach", "capture", "seize", "retake", "take", "cross", "bomb", "shell",
    "hit", "strike", "attack", "besiege", "surround", "encircle", "control", "liberate", "occupy", "invade",
    "evacuate", "flee", "fly", "return", "secure", "defend", "raid", "storm", "overrun", "recapture", "target",
    "pound", "rock", "devastate", "destroy", "damage", "flood", "cover", "connect", "link", "border", "move",
    "relocate", "host", "call", "name", "rename", "explore", "see", "describe", "map", "approach", "shake",
    "blanket", "sweep", "ravage", "cut", "isolate", "blockade", "supply", "serve", "include", "represent",
})
#: Nouns modified by a place name that make it an agent ("Moscow officials", "the Parkland students").
AGENT_HEADS = frozenset({
    "official", "officials", "leader", "leaders", "lawmakers", "authorities", "government", "delegation",
    "delegations", "summit", "talks", "envoy", "negotiators", "diplomats", "students", "teens", "survivors",
    "coach", "team", "fans", "voters", "players", "administration", "regime", "forces", "troops", "army",
    "disinterest", "interest", "involvement", "policy", "stance", "position", "support", "pressure", "sanctions",
    "negotiator", "counterpart", "counterparts", "spokesman", "spokeswoman", "president", "minister",
})
_TRAVEL_VERBS = frozenset({"leave", "head", "depart", "bound", "fly", "sail", "set", "board"})
#: Nouns governing "from/to/on X" that make X an agent ("resistance from Moscow", "a message to Tehran").
AGENT_GOVERNORS = frozenset({
    "resistance", "support", "pressure", "help", "aid", "response", "demand", "request", "call", "message",
    "statement", "letter", "delegation", "envoy", "official", "officials", "objection", "objections", "appeal",
    "threat", "threats", "warning", "offer", "proposal", "ultimatum", "ambassador", "loyal", "close", "ally",
    "allies", "sanction", "sanctions", "assistance", "backing", "opposition", "criticism", "reply", "answer",
    "approval", "permission", "consent", "guarantees", "concessions", "relations", "ties", "talks", "deal",
    "agreement", "pact", "cooperation", "dialogue", "negotiations", "rapprochement", "tensions", "rift", "war",
    "dispute", "conflict", "commitment", "loyalty", "hostility", "assurances", "counterpart", "counterparts",
    "delegate", "representative", "diplomat", "negotiator", "mediator", "emissary",
})
_DATELINE_MARKS = frozenset({"(", "—", "–", ":"})


def _climb(token: Token) -> Token:
    """The head of a coordination: "Moscow and Ankara agreed" reads Ankara through Moscow."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def _is_dateline(span: SpacySpan) -> bool:
    """"BEIRUT (AP) —" or "Kabul, March 3 –": a place name opening a sentence as the story's dateline ("EDC said"
    is an acronym doing something)."""
    at_start = span.start == span.sent.start
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return at_start and nxt is not None and ((span.text.isupper() and nxt.pos_ not in {"VERB", "AUX"})
                                             or nxt.text in _DATELINE_MARKS)


def _subject(verb: Token) -> Usage:
    """The subject's use from its verb; "Kinshasa and Kigali were to restore ties" from the verb "be" governs."""
    planned = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if verb.lemma_.lower() == "be" and planned is not None:
        verb = planned
    if verb.lemma_.lower() not in NON_AGENT_VERBS:
        return AGENT
    attitude = any(c.dep_ == "acomp" and c.lower_ in ATTITUDES for c in verb.children)
    return AGENT if attitude else NEUTRAL


def _object(token: Token, place_nouns: frozenset[str]) -> Usage:
    prep = token.head
    word = prep.lower_
    if prep.dep_ == "agent" or word in AGENT_PREPS:
        return AGENT
    governor = prep.head.lemma_.lower()
    if word not in _STRICT_LOCATIVE and governor in AGENT_GOVERNORS:
        return AGENT
    if word == "between":
        return PLACE if governor in _BETWEEN_PLACES or governor in place_nouns else AGENT
    if word == "for":
        return PLACE if governor in _TRAVEL_VERBS else AGENT
    if word in LOCATIVE_PREPS or word in {"from", "to"}:
        return PLACE
    if word == "of" and prep.head.lower_ in place_nouns:
        return PLACE
    return NEUTRAL


def _modifier(token: Token, place_nouns: frozenset[str]) -> Usage:
    noun = token.head.lower_
    if noun in place_nouns:
        return PLACE
    agentive = noun in AGENT_GOVERNORS or noun in AGENT_HEADS or token.head.lemma_.lower() in AGENT_HEADS
    return AGENT if agentive or token.dep_ == "poss" else NEUTRAL


def usage(span: SpacySpan, place_nouns: frozenset[str] = frozenset()) -> Usage:
    """How a place name is used in its sentence: AGENT, PLACE or NEUTRAL."""
    if _is_dateline(span):
        return PLACE
    token = _climb(span.root)
    dep = token.dep_
    if dep == "nsubj":
        return _subject(token.head)
    if dep == "pobj":
        return _object(token, place_nouns)
    if dep in {"poss", "compound", "nmod", "amod"}:
        return _modifier(token, place_nouns)
    if dep == "dobj":
        return PLACE if token.head.lemma_.lower() in PLACE_VERBS else AGENT
    if dep == "dative":
        return AGENT
    return NEUTRAL
