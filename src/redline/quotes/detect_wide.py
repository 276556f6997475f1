"""Wider attributions: what a source believes, intends, finds or talks about, beside the statements of ``detect``.

"The ministry believes the talks will fail" (belief), "polls show the race tightening" (evidence), "Smith wants to
run again", "urged supporters to vote", "called for a ceasefire" (intention), "Smith cited the report" (topic). Each
is an :class:`Attribution` with its class in ``attribution``; statements stay ``speech``. Read from the same parse,
with the same rules as statements: no cue inside quotation marks or in a headline line, no negated cue, a subject
required, and a cue already attributing a statement is not read again.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from redline.quotes.attribution import Attribution, Chars
from redline.quotes.detect import InQuote, headlines, make, negated, speaker_of
from redline.quotes.lexicon import Lexicon

_QUESTIONS = {"whether", "if", "why", "how", "what", "when", "where", "who", "which"}
#: subjects that name no source ("there is", "it seems")
_EMPTY_SUBJECTS = {"there", "i", "you", "we", "one"}
_OBJECTS = {"dobj", "obj"}


def attributions(doc: Doc, lexicon: Lexicon, in_quote: InQuote, statements: list[Attribution]) -> list[Attribution]:
    """Every wider attribution the parse shows, in text order, except where ``statements`` already say it."""
    used = {a.cue_token.i for a in statements if a.cue_token is not None}
    heads = headlines(doc)
    found: list[Attribution] = []
    for token in doc:
        if token.pos_ != "VERB" or token.i in used or token.i in heads or in_quote(token.idx):
            continue
        speaker = speaker_of(token)
        if speaker is None or speaker.lower_ in _EMPTY_SUBJECTS or negated(token):
            continue
        found.extend(_wide(token, token.lemma_.lower(), lexicon, speaker))
    spoken = [a.content for a in statements]
    return sorted((a for a in found if not _said(a.content, spoken)), key=lambda a: a.content[0])


def _wide(cue: Token, lemma: str, lexicon: Lexicon, speaker: Token) -> Iterator[Attribution]:
    """The first reading that fits: a clause, an infinitive, an addressee and an infinitive, a phrasal verb's
    object, a direct object."""
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    if clause is not None and clause.left_edge.lower_ not in _QUESTIONS and lemma in lexicon.beliefs | lexicon.evidence:
        kind = "belief" if lemma in lexicon.beliefs else "evidence"
        yield from make(cue, list(clause.subtree), lexicon, speaker, kind)
        return
    infinitive = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i and c.pos_ in {"VERB", "AUX"}),
                      None)
    addressee = next((c for c in cue.children if c.dep_ in _OBJECTS), None)
    if infinitive is not None and addressee is None and lemma in lexicon.intentions:
        yield from make(cue, list(infinitive.subtree), lexicon, speaker, "intention")
    elif lemma in lexicon.directives and addressee is not None and (target := _directed(cue, addressee)):
        yield from make(cue, target, lexicon, speaker, "intention")
    elif (prep := _phrasal(cue, lemma, lexicon)) is not None:
        yield from make(cue, prep[1], lexicon, speaker, prep[0])
    elif lemma in lexicon.topics and addressee is not None and addressee.pos_ in {"NOUN", "PROPN"} \
            and not any(c.dep_ == "oprd" for c in cue.children):
        yield from make(cue, list(addressee.subtree), lexicon, speaker, "topic")


def _directed(cue: Token, addressee: Token) -> list[Token]:
    """"urged supporters to vote": the addressee and the infinitive (the parse hangs it on the cue or makes the
    addressee its subject)."""
    for child in cue.children:
        if child.i > addressee.i and child.dep_ in {"xcomp", "ccomp"} and any(a.lower_ == "to" for a in child.lefts):
            clause = list(child.subtree)
            return clause if addressee in clause else sorted([*addressee.subtree, *clause], key=lambda t: t.i)
    return []


def _phrasal(cue: Token, lemma: str, lexicon: Lexicon) -> tuple[str, list[Token]] | None:
    """"called for a ceasefire", "spoke about the economy", "called on Congress to act"."""
    for child in cue.children:
        kind = lexicon.preps.get((lemma, child.lower_)) if child.dep_ in {"prep", "prt"} else None
        target = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None) if kind else None
        if kind is not None and target is not None:
            tokens = list(target.subtree)
            tokens += [t for c in cue.children if c.dep_ == "xcomp" and c.i > target.i for t in c.subtree]
            return kind, sorted(tokens, key=lambda t: t.i)
    return None


def _said(content: Chars, spoken: list[Chars]) -> bool:
    """The content is (mostly) a statement already recorded: half of it inside one."""
    start, end = content
    size = max(end - start, 1)
    return any(min(end, e) - max(start, s) >= size / 2 for s, e in spoken)
