"""Finding the passages that make or mention a commitment: its anchors.

An anchor is a verb by which parties commit ("agreed on", "pledged to", "gave them 48 hours to …") or a commitment
noun that is brought into being ("reached a deal", "a truce took effect") or referred to again ("the agreement was
welcomed", "under the deal"). Hedged, negated and hypothetical mentions ("would still have to be agreed later",
"failed to reach a deal") make no anchor.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from redline.commitments.lexicon import CommitmentLexicon
from redline.commitments.syntax import is_negated, modal_of

_PERIODS = frozenset({"hour", "day", "week", "month"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
_TIME_MARKS = frozenset({"after", "when", "once", "before", "until", "as"})
#: "finalized the text of the JCPOA": the part stands for the whole.
_PARTS = frozenset({"text", "terms", "draft", "version", "details"})
_GERUND_DEPS = frozenset({"pcomp", "xcomp", "csubj", "nsubj", "amod"})
_CONTENT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "pobj", "nsubj", "conj", "appos"})


@dataclass(frozen=True)
class Anchor:
    """One mention of a commitment: its trigger token, kind, and whether it refers back to an earlier one."""

    trigger: Token
    kind: str
    verbal: bool
    reference: bool
    governor: Token
    #: Whether this mention alone shows the commitment exists (made, in force, or a named agreement).
    creates: bool = True
    #: The name of a named agreement ("JCPOA"), as written.
    name: str | None = None

    @property
    def sentence_start(self) -> int:
        return self.trigger.sent.start


def find(doc: Doc, lexicon: CommitmentLexicon) -> list[Anchor]:
    """Every commitment anchor in the document, in text order."""
    found = {anchor.trigger.i: anchor for token in doc for anchor in _anchors_at(token, lexicon)}
    for match in lexicon.named.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and span.root.i not in found:
            name, kind = lexicon.named_kinds.get(" ".join(match.group().lower().split()), (match.group(), "agreement"))
            found[span.root.i] = _named(span.root, kind, lexicon, name)
    return [found[i] for i in sorted(found)]


def _named(root: Token, kind: str, lexicon: CommitmentLexicon, name: str) -> Anchor:
    """A named agreement ("the JCPOA"): it exists; it refers back to an earlier mention when there is one."""
    anchor = _noun_anchor(root, kind, lexicon)
    trigger, governor = (anchor.trigger, anchor.governor) if anchor else (root, root)
    return Anchor(trigger, kind, False, True, governor, name=name)


def _anchors_at(token: Token, lexicon: CommitmentLexicon) -> Iterator[Anchor]:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in lexicon.verbs and _commits(token, lexicon):
        kind = _content_kind(token, lexicon) or _subject_kind(token, lexicon) or lexicon.verbs[lemma]
        yield Anchor(token, kind, True, False, token)
    elif token.pos_ in {"NOUN", "PROPN"} and lemma in lexicon.nouns:
        anchor = _noun_anchor(token, lexicon.nouns[lemma], lexicon)
        if anchor is not None:
            yield anchor
    elif token.pos_ == "VERB" and lemma in {"give", "grant", "set"} and _is_ultimatum(token):
        yield Anchor(token, "ultimatum", True, False, token)


def _content_kind(verb: Token, lexicon: CommitmentLexicon) -> str | None:
    """'agreed to a 30-day ceasefire': the kind of the commitment noun the verb takes."""
    for child in verb.children:
        nouns = [child] if child.dep_ == "dobj" else [p for p in child.children if p.dep_ == "pobj"] if (
            child.dep_ in {"prep", "prt"}) else []
        kinds = [lexicon.nouns[n.lemma_.lower()] for n in nouns if n.lemma_.lower() in lexicon.nouns]
        if kinds:
            return kinds[0]
    return None


def _subject_kind(verb: Token, lexicon: CommitmentLexicon) -> str | None:
    """'The truce commits both sides to …': the commitment is the subject noun's, not a new pledge."""
    kinds = [lexicon.nouns[c.lemma_.lower()] for c in verb.children
             if c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.nouns]
    return kinds[0] if kinds else None


def _commits(verb: Token, lexicon: CommitmentLexicon) -> bool:
    """A commitment verb used as a commitment made: with content, not hedged, not negated."""
    if hedged(verb, lexicon) or is_negated(verb):
        return False
    if any(c.lemma_.lower() in lexicon.nouns for c in verb.children if c.dep_ == "dobj"):
        return False
    content = {"xcomp", "ccomp", "advcl", "prt", "prep", "dobj", "dative"}
    if not any(c.dep_ in content for c in verb.children):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ == "acomp"):
        return False
    if verb.tag_ in {"VBP", "VBZ"} and verb.lemma_.lower() == "agree":
        return False  # "all experts agree that …", "the EU agrees with …": an opinion, not a commitment
    return verb.lemma_.lower() != "commit" or any(
        c.dep_ in {"xcomp", "prep"} or c.lower_ in {"themselves", "itself", "himself"} for c in verb.children)


def hedged(verb: Token, lexicon: CommitmentLexicon) -> bool:
    """Whether a verb is under a modal, a future auxiliary, a condition or a hedging head ("hope to agree")."""
    if modal_of(verb) in lexicon.hedges or (verb.tag_ == "VBG" and verb.dep_ in _GERUND_DEPS):
        return True
    return _under_hedge(verb, lexicon)


def _under_hedge(verb: Token, lexicon: CommitmentLexicon) -> bool:
    if any(c.dep_ == "mark" and c.lower_ in lexicon.hedge_heads for c in verb.children):
        return True
    head = verb.head
    steps = 0
    while head != verb and steps < 3 and verb.dep_ in {"xcomp", "ccomp", "pcomp", "pobj", "conj"}:
        if head.lemma_.lower() in lexicon.hedge_heads or any(
                c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in head.children):
            return True
        verb, head, steps = head, head.head, steps + 1
    return False


def _not_yet(verb: Token) -> bool:
    """'after the truce comes into force, …': a present-tense time clause speaks of what has not happened."""
    return verb.tag_ in {"VBZ", "VBP"} and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children)


def _noun_anchor(noun: Token, kind: str, lexicon: CommitmentLexicon) -> Anchor | None:
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in lexicon.nouns:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _PARTS:
        noun = noun.head.head
    governor = noun.head if noun.dep_ in _CONTENT_DEPS else noun
    if governor.dep_ == "prep" and governor.head != governor:
        governor = governor.head
    verb_lemma = governor.lemma_.lower()
    definite = any(c.lower_ in lexicon.anaphora_determiners for c in noun.children if c.dep_ in {"det", "poss"})
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)
    if _generic(noun, definite, governor, lexicon):
        return None
    if _between_parties(noun) and not (hedged(governor, lexicon) or is_negated(governor)):
        return Anchor(noun, kind, False, definite, governor)
    if noun.dep_ in {"dobj", "nsubjpass", "attr"} and verb_lemma in lexicon.establish_verbs:
        if hedged(governor, lexicon) or is_negated(governor):
            return None
        return Anchor(noun, kind, False, definite, governor)
    if noun.dep_ == "nsubj" and verb_lemma in lexicon.in_force_verbs and not is_negated(governor):
        if modal_of(governor) not in {None, "will", "shall", "'ll"} or _under_hedge(governor, lexicon) or _not_yet(
                governor):
            return None
        return Anchor(noun, kind, False, definite or named, governor)
    if (definite or named) and noun.tag_ != "NNS":
        return Anchor(noun, kind, False, True, governor, creates=_described_as_made(noun, lexicon))
    if noun.tag_ != "NNS" and _described_as_made(noun, lexicon):  # "under a roadmap agreed in Luanda on ..."
        return Anchor(noun, kind, False, False, governor)
    return None


def _described_as_made(noun: Token, lexicon: CommitmentLexicon) -> bool:
    """'the deal, brokered in July 2015 and in effect since January', 'the pact Washington negotiated with the
    Taliban': a participle or past relative clause says it was made."""
    made = lexicon.establish_verbs | lexicon.in_force_verbs | lexicon.guarantor_verbs
    verbs = [c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"]
    return any((v.lemma_.lower() in made or (v.lemma_.lower() in lexicon.made_in_past and v.tag_ in {"VBD", "VBN"}))
               and not hedged(v, lexicon) for verb in verbs for v in (verb, *verb.conjuncts))


def _generic(noun: Token, definite: bool, governor: Token, lexicon: CommitmentLexicon) -> bool:
    """A plural that names no particular commitment: "previous truces collapsed", "ceasefires rarely hold"."""
    if noun.tag_ != "NNS" or _between_parties(noun):
        return False
    if any(c.lower_ in lexicon.generic_modifiers for c in noun.children if c.dep_ in {"amod", "det", "predet"}):
        return True
    return not definite and noun.dep_ == "nsubj" and governor.lemma_.lower() in lexicon.in_force_verbs


def _between_parties(noun: Token) -> bool:
    """'agreements between the government and the SDF': two named sides make it a particular commitment."""
    return any(c.dep_ == "prep" and c.lower_ == "between" and any(
        g.dep_ == "pobj" and any(x.dep_ == "conj" for x in g.children) for g in c.children) for c in noun.children)


def _is_ultimatum(verb: Token) -> bool:
    """'gave the rebels 48 hours to leave', 'set a week for them to withdraw'."""
    periods = [t for t in verb.subtree if t.lemma_.lower() in _PERIODS and t.head.i >= verb.i]
    until = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"until", "till"}]
    infinitive = any(t.dep_ in {"xcomp", "relcl", "acl", "advcl"} and t.pos_ == "VERB" for t in verb.subtree
                     if t.i > verb.i)
    return bool(periods or until) and infinitive and not is_negated(verb)
