"""Small dependency-parse helpers shared by the commitment and stance finders."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from redline import lookup
from redline.models import Actor, Record

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_DETERMINERS = frozenset({"the", "a", "an", "any", "such", "this", "that", "these", "those", "some", "its", "their",
                          "his", "her", "our", "my", "your"})
_RELATIVES = frozenset({"which", "who", "that", "whom"})
_CLAUSE_BREAKS = frozenset({"relcl", "appos", "advcl", "parataxis", "punct", "cc", "mark", "acl"})


def subjects(verb: Token) -> list[Token]:
    """The subject tokens of a verb with their conjuncts, inheriting the subject of a coordinated verb."""
    for token in _verb_chain(verb):
        found = [c for c in token.children if c.dep_ in SUBJECTS]
        if token != verb and any(c.dep_ == "nsubjpass" for c in found):
            return agent(token)  # "the deal was called the worst ever by Trump, who called for …"
        if found and token.dep_ == "relcl" and found[0].lower_ in _RELATIVES:
            found = [token.head]
        if found:
            return [s for subject in found for s in (subject, *subject.conjuncts)]
    return []


def _verb_chain(verb: Token) -> Iterator[Token]:
    yield verb
    token = verb
    while (token.dep_ in {"conj", "xcomp", "acomp"} or (token.dep_ == "advcl" and token.tag_ == "VBG")) and (
            token.head != token):
        participle = token.dep_ == "advcl"
        token = token.head
        if participle and any(c.dep_ == "nsubjpass" for c in token.children):
            return
        yield token


def agent(verb: Token) -> list[Token]:
    """The ``by`` agents of a passive verb, with their conjuncts ("welcomed by X and by Y")."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            found.extend(pobj for pobj in child.children if pobj.dep_ == "pobj")
            found.extend(pobj for conj in child.conjuncts for pobj in conj.children if pobj.dep_ == "pobj")
    return [t for token in found for t in (token, *token.conjuncts)]


def span_of(tokens: Iterable[Token]) -> tuple[int, int]:
    """Character bounds covering the given tokens."""
    listed = list(tokens)
    return min(t.idx for t in listed), max(t.idx + len(t) for t in listed)


def subtree_span(token: Token) -> tuple[int, int]:
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def actors_of(record: Record, tokens: Iterable[Token]) -> list[Actor]:
    """Actors named by ``tokens`` (the token's own mention first, else its phrase without clauses), once each."""
    found: dict[str, Actor] = {}
    for token in tokens:
        for actor in _at(record, token) or _nearest(record, token):
            found.setdefault(actor.id, actor)
    return list(found.values())


def _at(record: Record, token: Token) -> list[Actor]:
    actor = lookup.actor_at(record, token.idx, token.idx + len(token))
    return [actor] if actor else []


def _nearest(record: Record, head: Token) -> list[Actor]:
    """The actor closest to a phrase head in the parse ("the leader of the Taliban"), with its conjuncts."""
    queue = [c for c in head.children if c.dep_ not in _CLAUSE_BREAKS and c.dep_ != "conj"]
    while queue:
        token = queue.pop(0)
        actors = _at(record, token)
        if actors:
            return actors + [a for c in token.conjuncts for a in _at(record, c)]
        queue.extend(c for c in token.children if c.dep_ not in _CLAUSE_BREAKS and c.dep_ != "conj")
    return []


def phrase_tokens(head: Token) -> list[Token]:
    """A noun phrase without its relative clauses, appositions, coordination and trailing clauses."""
    kept: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        kept.append(token)
        stack.extend(c for c in token.children if c.dep_ not in _CLAUSE_BREAKS and c.dep_ != "conj")
    return sorted(kept, key=lambda t: t.i)


def phrase_text(head: Token, *, drop_determiners: bool = True) -> str:
    """The text of a noun phrase (see :func:`phrase_tokens`), leading determiners dropped."""
    tokens = phrase_tokens(head)
    while drop_determiners and len(tokens) > 1 and tokens[0].lower_ in _DETERMINERS:
        tokens = tokens[1:]
    return join(tokens)


def join(tokens: list[Token]) -> str:
    """Tokens joined as written (skipped tokens left out), whitespace collapsed, edge punctuation stripped."""
    if not tokens:
        return ""
    ordered = sorted(tokens, key=lambda t: t.i)
    kept = {t.i for t in ordered}
    text = "".join(t.text_with_ws if t.i + 1 in kept else t.text + " " for t in ordered)
    return " ".join(text.split()).strip(" ,;:—–-\"“”'")


def is_negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children) or any(
        c.dep_ == "neg" for c in token.head.children if token.dep_ in {"xcomp", "acomp"})


def modal_of(token: Token) -> str | None:
    """The modal or future auxiliary governing a verb ("would", "could", "will"), looking up through xcomps."""
    for verb in _verb_chain(token):
        for child in verb.children:
            if child.dep_ == "aux" and child.tag_ == "MD":
                return child.lower_
    return None


def ancestors_until(token: Token, sentence: SpacySpan) -> Iterator[Token]:
    for ancestor in token.ancestors:
        if ancestor.i < sentence.start or ancestor.i >= sentence.end:
            return
        yield ancestor
