"""A commitment's provisions: from the clauses of its mentions and from obligations stated after them."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from redline import spans
from redline.commitments import dates
from redline.commitments.detect import Anchor
from redline.commitments.group import Draft
from redline.commitments.provisions import Context, content_tokens, deadline, obligations, provision
from redline.models import Provision
from redline.spans import doc_text

#: Sentences after a commitment's last mention in which its provisions may still be stated.
FOLLOW_UP = 2
_ZONE_REFERENCE = re.compile(r"\b(?:this|that|the|these|those)\s+(?:\w+\s+)?(?:zone|area|belt|strip|corridor|region)\b"
                             r"|\bit\b", re.I)


def provisions(draft: Draft, context: Context, stop: int) -> list[Provision]:
    """Provisions from the clauses of its mentions and from obligation sentences that follow them."""
    found: list[Provision] = []
    for anchor in draft.anchors:
        tokens = content_tokens(anchor.trigger, anchor.governor, context.lexicon, anchor.kind)
        for part, bound in split_sides(tokens):
            made = provision(part, context, bound or None)
            if made is not None:
                found.append(_with_period(made, anchor, context))
    creating = {a.trigger.sent.start for a in draft.anchors if not a.reference and not _governs_clause(a)}
    absorbed: set[int] = set()
    chained = False
    for sentence in _follow_ups(draft, context.doc, stop):
        if sentence.start in creating:
            continue
        made_here = obligations(sentence, context, chained=chained)
        for made in made_here:
            found = _absorbed(found, made, context, absorbed)
        chained = bool(made_here)
    return found


def split_sides(tokens: list[Token]) -> list[tuple[list[Token], list[Token]]]:
    """Coordinated obligations of different sides, each with its own subject ("the guerrillas will free 18 hostages
    by March 21 and the government will release 42 rebels by April 15"): one part per side, with its subject; the
    whole clause, with no subject, otherwise."""
    inside = {t.i for t in tokens}
    joined = [t for t in tokens if t.dep_ == "conj" and t.head.i in inside and t.pos_ in {"VERB", "AUX"}
              and _own_subjects(t)]
    if not joined:
        return [(tokens, [])]
    heads = [joined[0].head, *joined]
    cuts = [tokens[0].i, *(min(t.left_edge.i for t in _own_subjects(verb)) for verb in joined), tokens[-1].i + 1]
    parts = []
    for head, low, high in zip(heads, cuts, cuts[1:], strict=False):
        part = [t for t in tokens if low <= t.i < high and not (t.dep_ == "cc" and t.i == high - 1)]
        parts.append((part, _own_subjects(head)))
    return parts


def _own_subjects(verb: Token) -> list[Token]:
    return [s for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for s in (c, *c.conjuncts)]


def _governs_clause(anchor: Anchor) -> bool:
    """"Under a roadmap agreed in Luanda, the M23 was to cease fire ...": the sentence that makes the commitment
    states its obligations in its main clause."""
    noun = anchor.trigger.head if anchor.trigger.dep_ == "acl" else anchor.trigger
    return noun.dep_ == "pobj" and noun.head.lower_ == "under"


def _follow_ups(draft: Draft, doc: Doc, stop: int) -> list[SpacySpan]:
    first = draft.anchors[0].trigger.sent.start
    sentences = list(doc.sents)
    last = max(i for i, s in enumerate(sentences) if s.start == draft.last_sentence)
    return [s for s in sentences[: last + FOLLOW_UP + 1] if first <= s.start < stop]


def _with_period(made: Provision, anchor: Anchor, context: Context) -> Provision:
    """An ultimatum's deadline: "until Friday", or the period it gives ("48 hours to leave") counted from the day."""
    if made.deadline or anchor.kind != "ultimatum":
        return made
    sentence = anchor.trigger.sent
    until = deadline(list(anchor.governor.subtree), context)
    period = until or dates.after(doc_text(context.doc)[anchor.governor.idx: sentence.end_char], context.anchor_day)
    return made.model_copy(update={"deadline": period})


def _obligated(made: Provision, earlier: Provision) -> dict[str, list[str]]:
    source = made if made.obligated or made.obligated_names else earlier
    return {"obligated": source.obligated, "obligated_names": source.obligated_names}


def _absorbed(found: list[Provision], made: Provision, context: Context, absorbed: set[int]) -> list[Provision]:
    """Add a provision, merging it into the earlier one that set up a zone when it refers back to that zone."""
    earlier = next((p for p in reversed(found) if p.zone is not None), None)
    if earlier is None or not _ZONE_REFERENCE.search(made.text):
        return [*found, made]
    if earlier.start in absorbed:
        return [*found, made.model_copy(update={"zone": made.zone or earlier.zone})]
    absorbed.add(earlier.start)
    merged = earlier.model_copy(update={
        "text": f"{earlier.text}; {made.text}", "end": made.end,
        **_obligated(made, earlier),
        "deadline": made.deadline or earlier.deadline, "evidence": spans.evidence(context.doc, earlier.start, made.end),
    })
    return [merged if p is earlier else p for p in found]
