"""Provisions of a commitment: what is to be done, where (a zone), by whom, and by when."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from redline import lookup, spans
from redline.commitments import dates
from redline.commitments.lexicon import CommitmentLexicon
from redline.commitments.syntax import actors_of, join, phrase_text, subjects
from redline.models import Provision, Record, Zone
from redline.spans import doc_text

_KM = re.compile(r"(?P<low>\d+(?:\.\d+)?)\s*(?:(?:-|–|to)\s*(?P<high>\d+(?:\.\d+)?)\s*)?"
                 r"(?P<unit>km|kilomet(?:er|re)s?|miles?)\b", re.I)
_VERB_CONTENT = frozenset({"xcomp", "ccomp", "advcl", "dobj", "dative"})
_NOUN_CONTENT = frozenset({"acl", "relcl"})
_CLAUSAL = frozenset({"xcomp", "ccomp", "advcl"})
_TERMS_PREPS = frozenset({"under", "by", "in"})
_NOT_CONTENT = frozenset({"parataxis", "appos"})
_CONTENT_PREPS = frozenset({"on", "to", "upon", "over", "for", "about"})
_LEAD = frozenset({"aux", "auxpass", "neg", "punct", "mark", "cc", "prep"})
_LEAD_WORDS = frozenset({"have", "has", "had", "to", "be", "are", "is", "was", "were", "required", "obliged",
                         "expected", "supposed", "going", "also", "then", "both", "each"})
_MILES_KM = 1.609344
_NAUTICAL_KM = 1.852
_ZONE_WORDS = re.compile(r"\b(?:this|that|the|these|those)\s+(?:\w+\s+)?(?:zone|area|belt|strip|corridor)\b", re.I)


@dataclass
class Context:
    """What a provision is read against: the parse, the record, the lexicon and the day counting starts."""

    doc: Doc
    record: Record
    lexicon: CommitmentLexicon
    anchor_day: date | None
    parties: list[str]

#: A year written out in a time expression.
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")


def content_tokens(trigger: Token, governor: Token, lexicon: CommitmentLexicon, kind: str = "") -> list[Token]:
    """The clause a commitment anchor introduces ("agreed on establishing …", "a deal calling for …")."""
    if kind == "ultimatum":
        verbs = [t for t in governor.subtree if t.i > trigger.i and t.pos_ == "VERB" and t.dep_ in _VERB_CONTENT | {
            "acl", "relcl"}]
        return _clause(verbs[0]) if verbs else []
    verbal = trigger.pos_ == "VERB"
    if governor.lemma_.lower() in lexicon.provision_verbs and trigger.dep_ == "nsubj":
        trigger, verbal = governor, True
    matches = [child for child in trigger.children if _is_content(child, trigger, verbal, lexicon)]
    if not matches and not verbal:
        matches = _relative_content(trigger)
    # "commits both sides to withdraw …": the clause is the content, the object is who it binds
    clausal = [child for child in matches if child.dep_ in _CLAUSAL]
    if not matches:
        return []
    child = (clausal or matches)[0]
    tokens = _clause(child)
    return tokens[1:] if child.dep_ in {"prep", "prt"} else tokens


def _relative_content(noun: Token) -> list[Token]:
    """'the pact Washington negotiated with the Taliban **to pull all troops by May**': the purpose of the relative
    clause that made the commitment is its content; 'an agreement under which **all troops will withdraw**': the
    relative clause itself."""
    clauses = [clause for clause in noun.children if clause.dep_ == "relcl"]
    purposes = [c for clause in clauses for c in clause.children if c.dep_ in _CLAUSAL and c.i > clause.i
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return purposes or [clause for clause in clauses if any(_relative_terms(c) for c in clause.children)]


def _is_content(child: Token, trigger: Token, verbal: bool, lexicon: CommitmentLexicon) -> bool:
    if child.i < trigger.i or (child.lemma_.lower() in lexicon.goal_verbs and not verbal):
        return False
    infinitive = verbal or any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    return (child.dep_ in (_VERB_CONTENT if verbal else _NOUN_CONTENT) and infinitive) or _content_prep(child)


def _clause(head: Token) -> list[Token]:
    """A clause's tokens without its infinitive marker, inserted attributions and a relative "under which"."""
    dropped = {t.i for c in head.subtree if c.dep_ in _NOT_CONTENT or _relative_terms(c) for t in c.subtree}
    return [t for t in head.subtree
            if t.i not in dropped and not (t.dep_ == "aux" and t.lower_ == "to" and t.head == head)]


def _relative_terms(token: Token) -> bool:
    """"under which", "by which": how a relative clause says it holds an agreement's terms."""
    return token.dep_ == "prep" and token.lower_ in _TERMS_PREPS and any(g.lower_ == "which" for g in token.children)


def _content_prep(child: Token) -> bool:
    return child.dep_ in {"prep", "prt"} and child.lower_ in _CONTENT_PREPS and any(
        c.dep_ in {"pobj", "pcomp"} and c.ent_type_ not in {"DATE", "TIME"} for c in child.children)


def provision(tokens: list[Token], context: Context, obligated: list[Token] | None = None) -> Provision | None:
    """A provision over the given clause tokens; obligated from the given subject tokens, else the parties."""
    tokens = _trimmed(tokens)
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    names = [phrase_text(t, drop_determiners=False) for t in obligated or []]
    actors = [a.id for a in actors_of(context.record, obligated)] if obligated else list(context.parties)
    if not actors and any(n.lower() in context.lexicon.party_phrases for n in names):
        actors, names = list(context.parties), []
    return Provision(
        text=join(tokens), start=start, end=end, zone=zone(tokens, context), obligated=actors,
        obligated_names=[] if actors else names, deadline=deadline(tokens, context),
        evidence=spans.evidence(context.doc, start, end),
    )


def _trimmed(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].dep_ in _LEAD or tokens[0].lower_ in _LEAD_WORDS) and len(tokens) > 1:
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def obligations(sentence: SpacySpan, context: Context, *, chained: bool = False) -> list[Provision]:
    """Provisions stated as obligations in a sentence ("troops would have to leave the area by …").

    Strong cues ("must", "have to") always make one; weak ones ("will", "would") only when the sentence opens with
    "Under the deal", refers back to a zone, sets a deadline, or follows another provision (``chained``).
    """
    lexicon = context.lexicon
    root = sentence.root
    reported = root.lemma_.lower() in lexicon.reporting_verbs
    heads = [c for c in root.children if c.dep_ == "ccomp"] if reported else [root]
    heads += [c for head in heads for c in head.children if c.dep_ == "advcl" and _contrastive(c)]
    verbs = [v for head in heads for v in (head, *head.conjuncts) if subjects(v) and v.sent == sentence]
    opener = bool(lexicon.provision_openers.match(sentence.text))
    found = []
    for verb in verbs:
        subject = subjects(verb)
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children):
            continue
        after = max(s.right_edge.i for s in subject)
        cue = doc_text(sentence.doc)[sentence.doc[after].idx: verb.idx + len(verb) + 12]
        own = _own_modal(verb) or _party_obligation(verb, context)
        others = {t.i for other in verbs if other != verb and not (own and other in verb.ancestors)
                  for t in other.subtree}
        made = provision([t for t in verb.subtree if t.i not in others and t.i > after], context, subject)
        weak_ok = (opener or chained or _ZONE_WORDS.search(made.text)) if made and not reported else bool(
            made and made.deadline)
        if made and (lexicon.obligation.search(cue) or (lexicon.weak_obligation.search(cue) and weak_ok)):
            found.append(made)
    return found


def _own_modal(verb: Token) -> bool:
    """A verb joined to the same subject that carries its own obligation ("troops will suspend operations ... and
    will withdraw from a corridor"), not one that only reports ("... and said it would respond")."""
    return verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)


def _party_obligation(verb: Token, context: Context) -> bool:
    """A joined clause in which a named side takes on its own obligation ("…, and Pristina will call new
    elections within 90 days")."""
    own = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    modal = any(c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)
    return verb.dep_ == "conj" and modal and bool(own) and bool(actors_of(context.record, own))


def _contrastive(clause: Token) -> bool:
    """"..., while Kinshasa and Kigali were to restore ties": a clause that states another side's obligation."""
    return any(c.dep_ == "mark" and c.lower_ in {"while", "whereas"} for c in clause.children)


def zone(tokens: list[Token], context: Context) -> Zone | None:
    """The zone a provision sets up or clears: its place and its width in km."""
    nouns = [t for t in tokens if t.lemma_.lower() in context.lexicon.zone_nouns]
    low, high = _width(tokens, context.record)
    marked = any(c.lower_ in context.lexicon.zone_modifiers for n in nouns for c in n.children)
    if not nouns or (low is None and not marked):
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    place_id, place_name = _zone_place(context, start, end, nouns[0].idx)
    return Zone(place=place_id, place_name=place_name, width_km_min=low, width_km_max=high)


def _zone_place(context: Context, start: int, end: int, after: int) -> tuple[str | None, str | None]:
    places = sorted(lookup.places_in(context.record, start, end), key=lambda p: min(m.start for m in p.mentions))
    later = [p for p in places if any(m.start >= after for m in p.mentions)] or places
    if later:
        return later[0].id, later[0].name
    span = context.doc.char_span(start, end, alignment_mode="expand")
    ents = [e for e in (span.ents if span is not None else []) if e.label_ in {"GPE", "LOC"}]
    return (None, ents[0].text) if ents else (None, None)


def _width(tokens: list[Token], record: Record) -> tuple[float | None, float | None]:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    for quantity in lookup.quantities_in(record, start, end):
        unit = (quantity.unit or "").lower()
        factor = 1.0 if unit.startswith(("km", "kilomet")) else _MILES_KM if unit.startswith("mile") else (
            _NAUTICAL_KM if unit == "nautical_mile" else 0.0)
        low = quantity.value_min if quantity.value_min is not None else quantity.value
        if factor and low is not None:
            high = quantity.value_max if quantity.value_max is not None else low
            return low * factor, high * factor
    match = _KM.search(doc_text(tokens[0].doc)[start:end])
    if match is None:
        return None, None
    factor = _MILES_KM if match["unit"].lower().startswith("mile") else 1.0
    return float(match["low"]) * factor, float(match["high"] or match["low"]) * factor


def deadline(tokens: list[Token], context: Context) -> str | None:
    """The ISO day (or month, or year: "by May 2021") by which a provision is due: a time with role deadline, or
    one after "by", "before", "within"."""
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    text = doc_text(context.doc)
    for time in lookup.times_in(context.record, start, end):
        if time.role == "deadline" or context.lexicon.deadline.search(text[max(start, time.start - 16): time.start]):
            value = dates.value_of(time, context.anchor_day, "future") or dates.coarse(time)
            if value and context.anchor_day and (value < context.anchor_day.isoformat()[:len(value)]
                                                 or not _YEAR.search(time.text)):
                # a day with no year ("by November 25") counts from the day it was agreed, not from publication
                value = dates.parse(time.text, context.anchor_day, "future") or value
            if value:
                return value
    for marker in context.lexicon.deadline.finditer(text, start, end):
        rest = text[marker.end(): min(end, marker.end() + 40)]
        value = dates.parse(rest, context.anchor_day, "future") or (
            dates.after(rest, context.anchor_day) if marker.group().lower() == "within" else None)
        if value:
            return value
    return None
