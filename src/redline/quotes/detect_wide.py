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

from redline.quotes import detect_titles
from redline.quotes.attribution import Attribution, Chars
from redline.quotes.detect import (
    InQuote,
    clause_of,
    complement_tokens,
    headlines,
    make,
    negated,
    noun_speaker,
    parataxis_content,
    participle,
    speaker_of,
    trailing,
)
from redline.quotes.lexicon import Lexicon

_QUESTIONS = {"whether", "if", "why", "how", "what", "when", "where", "who", "which"}
#: subjects that name no source ("there is hope that ...")
_EMPTY_SUBJECTS = {"there"}
#: pronoun subjects that name a thing, not a source, of an object reading ("it raises questions", "this addresses")
_THINGS = {"it", "this", "these", "those"}
_OBJECTS = {"dobj", "obj"}
#: prepositions whose object is what an attitude is about ("concerned about", "critical of", "angry over")
_STANCE_PREPS = {"about", "of", "over", "with", "at", "on", "toward", "towards"}
#: what a verb of appearance takes: "seems to hold", "appeared calm", "it seems (that) ..."
_APPEARANCES = {"xcomp", "acomp", "ccomp", "oprd", "attr"}


def attributions(doc: Doc, lexicon: Lexicon, in_quote: InQuote, statements: list[Attribution]) -> list[Attribution]:
    """Every wider attribution the parse shows, in text order, except where ``statements`` already say it."""
    used = {a.cue_token.i for a in statements if a.cue_token is not None}
    heads = headlines(doc)
    verbs = lexicon.wide
    found: list[Attribution] = []
    for token in doc:
        lemma = lexicon.lemma(token)
        if (lemma not in verbs and lemma not in lexicon.intention_nouns and token.lower_ not in lexicon.adjectives) \
                or token.i in used or token.i in heads or in_quote(token.idx):
            continue
        if token.dep_ == "acomp" and token.lower_ in lexicon.adjectives:
            found.extend(_stance(token, lexicon))
            continue
        if token.pos_ == "NOUN" and lemma in lexicon.intention_nouns:
            found.extend(_noun_intention(token, lexicon))
        if token.pos_ != "VERB":
            continue
        if lemma in lexicon.raisings:
            found.extend(_apparent(token, lexicon))
            continue
        if _passive(token) and not negated(token):
            found.extend(_sourceless(token, lemma, lexicon))
            continue
        speaker = speaker_of(token)
        if speaker is None or speaker.lower_ in _EMPTY_SUBJECTS or negated(token):
            continue
        found.extend(_wide(token, lemma, lexicon, speaker))
    cues = {a.cue for a in [*statements, *found]}
    found.extend(a for a in detect_titles.title_attributions(doc, lexicon)
                 if a.attribution != "speech" and a.cue not in cues)
    spoken = [a.content for a in statements]
    return sorted((a for a in found if not _said(a.content, spoken)), key=lambda a: a.content[0])


def _wide(cue: Token, lemma: str, lexicon: Lexicon, speaker: Token) -> Iterator[Attribution]:
    """The first reading that fits: a clause, an infinitive, an addressee and an infinitive, a phrasal verb's
    object, a direct object."""
    kind = _class(lemma, lexicon)
    thought = kind in {"belief", "evidence"}
    clause = clause_of(cue)
    clause = clause if clause is not None and (clause.i > cue.i or thought) else None
    if clause is None and kind is not None and thought and (cue.dep_ == "parataxis" or trailing(cue)):
        before = [t for t in cue.sent if t.i < cue.left_edge.i]
        sides = parataxis_content(cue) if cue.dep_ == "parataxis" else [before]
        for side in sides:
            yield from make(cue, side, lexicon, speaker, kind)
        return
    if clause is not None and (thought or lemma in lexicon.verbs):
        question = clause.left_edge.lower_ in _QUESTIONS
        if thought or question:
            yield from make(cue, complement_tokens(cue, clause), lexicon, speaker, "topic" if kind is None else kind)
        return
    infinitive = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i and c.pos_ in {"VERB", "AUX"}),
                      None)
    addressee = next((c for c in cue.children if c.dep_ in _OBJECTS), None)
    if infinitive is not None and addressee is None and lemma in lexicon.intentions:
        yield from make(cue, list(infinitive.subtree), lexicon, speaker, "intention")
    elif lemma in lexicon.directives and addressee is not None and (target := _directed(cue, addressee)):
        yield from make(cue, target, lexicon, speaker, "intention")
    elif (prep := _phrasal(cue, lemma, lexicon)) is not None:
        particle = prep[2] if prep[2].i == cue.i + 1 else None
        yield from make(cue, prep[1], lexicon, speaker, prep[0], particle)
    elif kind is not None and addressee is not None and addressee.pos_ in {"NOUN", "PROPN"} \
            and speaker.lower_ not in _THINGS and not any(c.dep_ == "oprd" for c in cue.children) \
            and (lemma in lexicon.topics or _cast_as(cue, addressee) is not None):
        yield from make(cue, _characterized(cue, addressee), lexicon, speaker, kind)


def _sourceless(cue: Token, lemma: str, lexicon: Lexicon) -> Iterator[Attribution]:
    """"Peacekeepers have been accused of abuses", "the vote is expected to pass": a passive cue with no agent
    attributes its whole clause to an unnamed source."""
    kind = _class(lemma, lexicon) or "topic"
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    agent = any(c.dep_ == "agent" for c in cue.children)
    if lemma not in lexicon.passives or subject is None or agent or cue.dep_ == "acl":
        return
    end = next((c.i for c in cue.rights if c.dep_ in {"cc", "conj"}), len(cue.doc))
    for attribution in make(cue, [t for t in cue.subtree if t.i < end], lexicon, None, kind):
        attribution.speaker = None
        yield attribution


def _stance(adjective: Token, lexicon: Lexicon) -> Iterator[Attribution]:
    """"The ministry is confident (that) the talks will resume" (belief), "rebels were eager to sign" (intention),
    "states are concerned about the deal" (topic): a predicative adjective of attitude, its subject the source."""
    verb = adjective.head
    speaker = speaker_of(verb)
    if speaker is None or speaker.lower_ in _EMPTY_SUBJECTS | _THINGS or negated(verb) or negated(adjective):
        return
    for child in adjective.children:
        if child.dep_ == "ccomp" and child.i > adjective.i:
            yield from make(adjective, list(child.subtree), lexicon, speaker, "belief")
        elif child.dep_ == "xcomp" and any(a.lower_ == "to" for a in child.lefts):
            yield from make(adjective, list(child.subtree), lexicon, speaker, "intention")
        elif child.dep_ == "prep" and child.lower_ in _STANCE_PREPS \
                and (target := next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)) is not None:
            particle = child if child.i == adjective.i + 1 else None
            yield from make(adjective, list(target.subtree), lexicon, speaker, "topic", particle)
        else:
            continue
        return


def _apparent(cue: Token, lexicon: Lexicon) -> Iterator[Attribution]:
    """"The ceasefire seems to hold", "the town appeared calm", "it seems (that / as if) ...": a verb of appearance
    with an infinitive or a predicate attributes its clause, as evidence, to an unnamed observer."""
    clause = next((c for c in cue.children if c.dep_ in _APPEARANCES or _as_if(c)), None)
    if clause is None:
        return
    subject = next((c for c in cue.children if c.dep_ in {"nsubj", "expl"}), None)
    if subject is None or (subject.lower_ == "it" and clause.dep_ in {"ccomp", "advcl", "prep"}):
        tokens = list(clause.subtree)
    else:
        end = next((c.i for c in cue.rights if c.dep_ in {"cc", "conj"}), len(cue.doc))
        tokens = [t for t in cue.subtree if t.i < end]
    for attribution in make(cue, tokens, lexicon, None, "evidence"):
        attribution.speaker = None
        yield attribution


def _as_if(token: Token) -> bool:
    """"seems as if ...", "seems like ...": a clause or phrase introduced by "like" or "as if"."""
    marks = {c.lower_ for c in token.children if c.dep_ in {"mark", "advmod"}}
    return (token.dep_ == "advcl" and bool(marks & {"like", "if"})) or (token.dep_ == "prep" and token.lower_ == "like")


def _passive(cue: Token) -> bool:
    """"is expected to", "was asked to": the subject is not the source; nor is the noun an infinitive modifies
    ("Kyiv's decision to recall its envoy": the decision recalls nothing)."""
    infinitive = cue.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
    return infinitive or any(c.dep_ in {"auxpass", "nsubjpass"} for c in cue.children)


def _class(lemma: str, lexicon: Lexicon) -> str | None:
    """The class of what a verb attributes: a belief, a finding, an intention, or else a topic. A nominal object
    counts only for verbs listed under ``topic`` ("expects a recession", "cited the report") or when it is cast
    as something ("sees the deal as a trap")."""
    return lexicon.wider_class(lemma)


def _characterized(cue: Token, target: Token) -> list[Token]:
    """The object and the rest of the verb phrase after it: what it is cast as, when and why ("criticized the law
    as a 'crazy system' during a rally", "cited remarks Trump had made about her"); a relative clause after a
    comma is the writer's comment on the object ("praised Graham, who has vowed ...")."""
    comment = {t.i for c in target.subtree if c.dep_ in {"relcl", "acl"} and _after_comma(c) for t in c.subtree}
    tokens = [t for t in target.subtree if t.i not in comment]
    for child in cue.rights:
        if child.i <= target.i or child.dep_ == "punct":
            continue
        if child.dep_ in {"cc", "conj"} or participle(child):
            break
        tokens.extend(child.subtree)
    return sorted(tokens, key=lambda t: t.i)


def _after_comma(clause: Token) -> bool:
    edge = clause.left_edge
    return edge.i > 0 and clause.doc[edge.i - 1].text == ","


def _cast_as(cue: Token, target: Token) -> Token | None:
    return next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > target.i), None)


def _noun_intention(noun: Token, lexicon: Lexicon) -> Iterator[Attribution]:
    """"Trump's plan to build a wall", "a bid by Kyiv to rejoin the talks": the infinitive, the possessor as source."""
    infinitive = next((c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.i > noun.i
                       and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.lefts)), None)
    speaker = noun_speaker(noun)
    if infinitive is not None and speaker is not None:
        yield from make(noun, list(infinitive.subtree), lexicon, speaker, "intention")


def _directed(cue: Token, addressee: Token) -> list[Token]:
    """"urged supporters to vote": the addressee and the infinitive (the parse hangs it on the cue or makes the
    addressee its subject)."""
    for child in cue.children:
        if child.i > addressee.i and child.dep_ in {"xcomp", "ccomp"} and any(a.lower_ == "to" for a in child.lefts):
            clause = list(child.subtree)
            return clause if addressee in clause else sorted([*addressee.subtree, *clause], key=lambda t: t.i)
    return []


def _phrasal(cue: Token, lemma: str, lexicon: Lexicon) -> tuple[str, list[Token], Token] | None:
    """"called for a ceasefire", "spoke about the economy", "called on Congress to act": the class, the content
    and the preposition (part of the cue when it follows the verb); "called for Trump to drop out" (a "for ... to"
    clause the parse hangs on the verb) likewise."""
    for child in cue.children:
        kind = lexicon.preps.get((lemma, child.lower_)) if child.dep_ in {"prep", "prt"} else None
        target = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None) if kind else None
        if kind is not None and target is not None:
            return kind, _characterized(cue, target), child
        mark = next((c for c in child.children if c.dep_ == "mark"), None) if child.dep_ == "advcl" else None
        kind = lexicon.preps.get((lemma, mark.lower_)) if mark is not None and mark.i > cue.i else None
        if mark is not None and kind is not None:
            return kind, [t for t in child.subtree if t.i != mark.i], mark
    return None


def _said(content: Chars, spoken: list[Chars]) -> bool:
    """The content is (mostly) a statement already recorded: half of it inside one."""
    start, end = content
    size = max(end - start, 1)
    return any(min(end, e) - max(start, s) >= size / 2 for s, e in spoken)
