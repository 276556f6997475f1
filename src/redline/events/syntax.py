"""Small walks over spaCy's dependency parse shared by the argument and factuality rules."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

VERBAL = frozenset({"VERB", "AUX"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ"})
RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})
#: Modifiers that stay inside a noun phrase's compact span ("Senior Hungarian and Romanian officials").
NP_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "flat"})


#: Nouns that only measure or group what follows "of" ("10 days of war games", "a wave of strikes").
CONTAINERS = frozenset({"series", "wave", "round", "spate", "string", "day", "week", "month", "year", "kind", "type",
                        "number", "lot", "couple", "set", "flurry", "part", "program", "programme", "package",
                        "hour", "night", "weekend", "campaign", "barrage", "volley", "salvo", "cycle"})


def np_head(token: Token) -> Token:
    """The head of the noun phrase a nominal trigger sits in ("bombardment" in "bombardment campaign"; "days" in
    "10 days of war games")."""
    while token.head != token:
        if token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ in ("NOUN", "PROPN"):
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in CONTAINERS:
            token = token.head.head
        else:
            break
    return token


def clause_head(token: Token) -> Token:
    """The verb that heads the clause of ``token`` (the token itself for a verb; the root if none is verbal)."""
    if token.pos_ in VERBAL:
        return token
    for ancestor in token.ancestors:
        if ancestor.pos_ in VERBAL:
            return ancestor
    return token.sent.root


def conjuncts(token: Token) -> Iterator[Token]:
    """``token`` and the tokens coordinated with it ("Chad and Niger")."""
    yield token
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ not in VERBAL:
            yield from conjuncts(child)


def antecedent(token: Token) -> Token:
    """What a relative pronoun stands for ("partners that support" → partners), else ``token``."""
    if token.lower_ not in RELATIVE or token.head.dep_ != "relcl":
        return token
    noun = token.head.head
    return noun.head if noun.dep_ == "appos" else noun


def children(token: Token, *deps: str) -> list[Token]:
    return [child for child in token.children if child.dep_ in deps]


def prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of ``token``'s prepositions whose word is in ``preps`` ("resistance from Russia" → Russia)."""
    found: list[Token] = []
    for prep in token.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in preps:
            found.extend(child for child in prep.children if child.dep_ == "pobj")
    return found


def subjects(verb: Token) -> list[Token]:
    """The agents of a verb: its active subject, or the ``by`` phrase of a passive one; inherited when absent."""
    if any(child.dep_ in ("nsubjpass", "auxpass") for child in verb.children):
        return agents(verb)
    found = [antecedent(child) for child in children(verb, "nsubj")]
    found = [t for child in found for t in _past_dateline(child)]
    if not found and verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") and verb.head.pos_ in VERBAL:
        return subjects(verb.head)
    if not found and verb.dep_ == "acl" and verb.tag_ == "VBN":
        return [c for agent in children(verb, "agent") for c in children(agent, "pobj")]  # "those killed by X"
    if not found and verb.dep_ in ("relcl", "acl") and verb.head != verb:
        return [verb.head, *_source_of(verb.head)] if verb.tag_ == "VBG" else [verb.head]
    return found


def _past_dateline(subject: Token) -> list[Token]:
    """"UNITED NATIONS (wire) — China and Russia vetoed ...", parsed with the dateline as the subject: the names
    in apposition to it ("China and Russia") are the subjects."""
    first = subject.sent.start == 0 and subject.text.isupper() and len(subject) > 1
    named = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i and c.ent_type_]
    if not first or not named:
        return [subject]
    return [t for c in named for t in (c, *c.conjuncts)]


def _source_of(noun: Token) -> list[Token]:
    """Who a described noun comes from: "Pyongyang issued (a series of) warnings demanding …" → Pyongyang."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in CONTAINERS:
        noun = noun.head.head
    if noun.dep_ == "dobj" and noun.head.pos_ in VERBAL:
        return [child for child in noun.head.children if child.dep_ == "nsubj"]
    return []


def agents(verb: Token) -> list[Token]:
    """The ``by`` objects of a passive verb, including coordinated ones ("not only by X but also by Y")."""
    found: list[Token] = []
    for agent in children(verb, "agent"):
        for by in conjuncts_all(agent):
            found.extend(children(by, "pobj"))
    return found


def conjuncts_all(token: Token) -> Iterator[Token]:
    yield token
    for child in children(token, "conj"):
        yield from conjuncts_all(child)


def depth(token: Token) -> int:
    """How many arcs separate ``token`` from its sentence's root."""
    return sum(1 for _ in token.ancestors)
