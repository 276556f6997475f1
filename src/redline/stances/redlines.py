"""Red lines ("X is a red line for Ankara", "we will not tolerate X") and conditional ones ("if X crosses, Y …")."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from redline.commitments.syntax import is_negated, subjects
from redline.stances.cues import Found
from redline.stances.lexicon import StanceLexicon

RED_LINE_STRENGTH = 0.95
_VERBAL = frozenset({"tolerate", "accept", "allow"})
_DRAWING = frozenset({"draw", "set", "lay", "establish", "declare"})
_CROSSING = frozenset({"cross", "breach", "overstep", "violate"})
_NAMING = frozenset({"call", "consider", "deem", "label", "brand", "term"})
_RELATIVE = frozenset({"which", "that", "what"})


def red_lines(sentence: SpacySpan, lexicon: StanceLexicon) -> list[Found]:
    """Stances marked by a red-line phrase in the sentence."""
    found = []
    for match in lexicon.red_line.finditer(sentence.text):
        span = sentence.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        made = _red_line(span[-1])
        if made is not None:
            found.append(made)
    return found


def _red_line(head: Token) -> Found | None:
    if head.lemma_.lower() in _VERBAL and head.pos_ in {"VERB", "AUX"}:
        return _refusal(head)
    if head.dep_ in {"attr", "acomp"}:
        return _copula(head)
    if head.dep_ == "pobj" and head.head.lower_ == "as":
        verb = head.head.head
        judged = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return _found(head, subjects(verb), judged) if judged is not None else None
    if head.dep_ == "dobj" and head.head.lemma_.lower() in _CROSSING:
        return _crossed(head)
    if head.dep_ in {"dobj", "oprd"} and head.head.lemma_.lower() in _NAMING:
        return _named(head)
    if head.dep_ == "dobj" and head.head.lemma_.lower() in _DRAWING:
        target = next((p for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"), None)
        return _found(head, subjects(head.head), target, owner=False) if target is not None else None
    return None


def _named(head: Token) -> Found | None:
    """'…, which he called a red line for Serbia', 'called the deal a red line': the other object is the target;
    the holder is the one it is a red line for, else who calls it so."""
    verb = head.head
    target = next((c for c in verb.children if c.dep_ == "dobj" and c != head), None)
    if target is None or is_negated(verb):
        return None
    if target.lower_ in _RELATIVE and verb.dep_ == "relcl":
        target = verb.head
    owners = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
              if p.dep_ == "pobj"]
    return _found(head, owners or subjects(verb), target)


def _crossed(head: Token) -> Found | None:
    """'any new kidnapping would cross a red line': what would cross it is the target; the holder is who says so."""
    verb = head.head
    if is_negated(verb):
        return None
    target = _subject_target(verb)
    return _found(head, [], target) if target is not None else None


def _refusal(verb: Token) -> Found | None:
    """'we will not tolerate any attack', 'such moves will not be tolerated'."""
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        return _found(verb, [], passive, owner=False)
    target = next((c for c in verb.children if c.dep_ in {"dobj", "xcomp", "ccomp"}), None)
    return _found(verb, subjects(verb), target, owner=False) if target is not None else None


def _copula(head: Token) -> Found | None:
    """'X is a red line for Ankara', '… costs, which is unacceptable'."""
    copula = head.head
    if is_negated(copula):
        return None
    target = _subject_target(copula)
    if target is None and copula.dep_ in {"relcl", "acl"}:
        target = copula.head
    return _found(head, [], target) if target is not None else None


def _subject_target(verb: Token) -> Token | None:
    """The verb's subject, or for a relative pronoun the noun its clause hangs on ("costs, which is …")."""
    target = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}), None)
    if target is not None and target.lower_ in _RELATIVE and verb.dep_ == "relcl":
        return verb.head
    return target


def _found(head: Token, holders: list[Token], target: Token | None, *, owner: bool = True) -> Found:
    """A red-line stance; with ``owner`` the holder may be named on the phrase ("a red line for Ankara", "Iran's")."""
    if owner:
        holders = holders or [p for c in head.children if c.dep_ == "prep" and c.lower_ == "for"
                              for p in c.children if p.dep_ == "pobj"]
        holders = holders or [c for c in head.children if c.dep_ == "poss"]
    return Found(head, "oppose", RED_LINE_STRENGTH, holders, target, red_line=True)


def conditionals(sentence: SpacySpan, lexicon: StanceLexicon) -> list[Found]:
    """'If Turkish troops cross the river, Damascus will respond': condition, threatened response, red line."""
    found = []
    for verb in sentence:
        condition = next((c for c in verb.children if c.dep_ in {"advcl", "prep"} and _conditioned(c, lexicon)), None)
        if condition is not None and condition.dep_ == "prep":
            condition = next((t for t in condition.subtree if t.dep_ in {"acl", "relcl", "ccomp"}), None)
        if condition is None or _elliptical(condition):
            continue
        kept = {t.i for t in condition.subtree} | {t.i for s in subjects(verb) for t in s.subtree}
        response = [t for t in verb.subtree if t.i not in kept and not _attribution(t, verb, lexicon)]
        response_text = " ".join(t.text for t in response)
        provoked = lexicon.provocations.search(" ".join(t.lemma_ for t in condition.subtree))
        future = any(t.tag_ == "MD" for t in response)
        if not (lexicon.threats.search(response_text) or lexicon.red_line.search(response_text)
                or (provoked and future)):
            continue
        clause = [t for t in condition.subtree if t.dep_ != "mark" or t.head != condition]
        found.append(Found(verb, "oppose", RED_LINE_STRENGTH, subjects(verb), condition, red_line=True,
                           condition=clause, response=_trimmed(response)))
    return found


def _elliptical(condition: Token) -> bool:
    """'… to use force if necessary': a bare adjective or adverb names no condition anyone must meet."""
    return condition.pos_ in {"ADJ", "ADV"} and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"}
                                                          for c in condition.children)


def _conditioned(clause: Token, lexicon: StanceLexicon) -> bool:
    """An "if/unless/once" clause, or "in case / in the event (that) …"."""
    if clause.dep_ == "advcl":
        return any(m.dep_ == "mark" and m.lower_ in lexicon.condition_markers for m in clause.children)
    return clause.lower_ == "in" and any(c.lower_ in {"case", "event"} for c in clause.children)


def _attribution(token: Token, verb: Token, lexicon: StanceLexicon) -> bool:
    """Tokens of an inserted attribution ("…, the minister warned") are not part of the response."""
    ancestors = [token, *token.ancestors]
    return any(a.dep_ == "parataxis" and a.lemma_.lower() in lexicon.reporting_verbs for a in ancestors
               if a.i != verb.i and verb in a.ancestors)


def _trimmed(tokens: list[Token]) -> list[Token]:
    leading = {"aux", "cc", "advmod", "mark"}
    while tokens and (tokens[0].is_punct or (tokens[0].dep_ in leading and tokens[0].tag_ != "MD")):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return tokens
