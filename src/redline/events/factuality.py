"""Factuality: did the event happen (asserted), or was it negated, imagined, conditional or still to come?

Read from the trigger, its noun phrase, its clause and the chain of words that embed it:
conditional ("if X attacks, Y will …") > negated ("denied attacking", "did not") > hypothetical ("potential
strike", "could … with a ground invasion", "urged X to withdraw") > future ("will meet next week") > asserted.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Token

from redline import lookup
from redline.events.cues import Cues
from redline.events.syntax import VERBAL, clause_head, np_head, subjects
from redline.models import EventStatus, Quote, Record

#: Arcs through which a governing word embeds the trigger's clause.
_EMBEDDING = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "acl", "advcl", "nsubj", "nsubjpass",
                        "attr", "oprd", "compound", "amod", "conj", "appos", "csubj", "npadvmod", "agent"})
#: Prepositions that embed a complement ("call for a truce", "fears of war"), unlike settings ("at a summit").
_EMBEDDING_PREPS = frozenset({"of", "for", "about", "on", "to", "over", "from", "into", "toward", "towards", "upon"})
#: Arcs through which a plan or promise embeds what it schedules ("agreed to withdraw", "plans for talks").
_SCHEDULING = frozenset({"xcomp", "pobj", "prep", "dobj", "pcomp", "advcl"})
#: Arcs above which a clause makes its own claim: a relative clause or a parenthetical.
_BOUNDARY = frozenset({"relcl", "parataxis"})


def status(trigger: Token, cues: Cues, *, later_than_article: bool = False) -> EventStatus:
    """The factuality of the event at ``trigger``."""
    chain = _governors(trigger)
    if _conditional(trigger, chain, cues):
        return "conditional"
    if _negated(trigger, chain, cues):
        return "negated"
    if _hypothetical(trigger, chain, cues) or _question(trigger):
        return "hypothetical"
    if _future(trigger, chain, cues) or later_than_article:
        return "future"
    return "asserted"


#: "…, as Tehran rejected the offer": a past-tense adverbial clause with these marks asserts its own event.
_FACTUAL_MARKS = frozenset({"as", "when", "after", "because", "since", "while", "although", "though"})


def _governors(trigger: Token) -> list[Token]:
    """The trigger, then each word above it, up to a relative clause, parenthetical or factual adverbial clause."""
    chain = [trigger]
    for ancestor in trigger.ancestors:
        if chain[-1].dep_ in _BOUNDARY or _factual_clause(chain[-1]):
            break
        chain.append(ancestor)
    return chain


def _factual_clause(word: Token) -> bool:
    return word.dep_ == "advcl" and word.tag_ == "VBD" and any(
        c.dep_ == "mark" and c.lower_ in _FACTUAL_MARKS for c in word.children)


def _local(trigger: Token) -> Iterator[Token]:
    """The trigger, its noun-phrase head and its clause head: the words whose modifiers speak for it."""
    yield trigger
    head = np_head(trigger)
    if head != trigger:
        yield head
    verb = clause_head(trigger)
    if verb not in (trigger, head):
        yield verb
    while _shares_auxiliary(verb):
        verb = verb.head
        yield verb


def _shares_auxiliary(verb: Token) -> bool:
    """A bare coordinated verb under its first conjunct's modal: "could either delay the vote or **accept** a truce"
    (a past form such as "… would monitor it and **warned** that …" has its own tense and is left alone)."""
    return verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ in VERBAL and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def _question(trigger: Token) -> bool:
    """A yes-no or verbless question ("Mineral deal?", "Will Iran sign?"): what it asks about is not asserted.
    A question that asks who or why presupposes its event and is left alone."""
    words = [t for t in trigger.sent if not (t.is_punct or t.is_space) or t.text == "?"]
    return bool(words) and words[-1].text == "?" and not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in words)


def _negatable(trigger: Token) -> Iterator[Token]:
    """The words whose negation denies the event: a noun's own phrase, and its clause verb only when the noun is
    that verb's subject or object ("talks were not held"), not when it sits deeper ("not the focus of the talks")."""
    head = np_head(trigger)
    yield from dict.fromkeys((trigger, head))
    if trigger.pos_ in VERBAL or head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "oprd"):
        yield clause_head(trigger)


def _conditional(trigger: Token, chain: list[Token], cues: Cues) -> bool:
    for word in chain:
        if word.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues.conditional_marks for c in word.children):
            return True
    verb = clause_head(trigger)
    return any(child.dep_ == "advcl" and _has_mark(child, cues) for child in verb.children)


def _has_mark(clause: Token, cues: Cues) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in cues.conditional_marks for c in clause.children)


def _negated(trigger: Token, chain: list[Token], cues: Cues) -> bool:
    for word in _negatable(trigger):
        if any(c.dep_ in ("neg", "det", "advmod", "preconj") and c.lower_ in cues.negators for c in word.children):
            return True
    for lower, upper in pairwise(chain):
        if upper.pos_ in VERBAL and lower.dep_ in ("xcomp", "ccomp", "pcomp", "dobj") and _negates(upper, cues):
            return True
        if upper.lower_ == "without" and lower.dep_ == "pobj":
            return True
        if lower.dep_ in _EMBEDDING and upper.lemma_.lower() in cues.hypothetical_heads:
            return False  # "dismissed the threat to impose tariffs": the tariffs are threatened, not denied
    return False


def _negates(verb: Token, cues: Cues) -> bool:
    if verb.lemma_.lower() in cues.negating_verbs:
        return not any(c.dep_ == "neg" for c in verb.children)
    return any(c.dep_ == "neg" for c in verb.children)


def _hypothetical(trigger: Token, chain: list[Token], cues: Cues) -> bool:
    for word in _local(trigger):
        for child in word.children:
            if child.dep_ in ("amod", "advmod", "det", "predet") and child.lower_ in cues.hypothetical_modifiers:
                return True
            if child.dep_ == "aux" and child.lower_ in cues.hypothetical_modals and not _perceived(word, cues):
                return True
    for lower, upper in _embeddings(chain, cues):
        if _concurrent(lower, upper):
            continue
        if upper.lemma_.lower() in cues.hypothetical_heads or _negative(upper, cues):
            return True
        if _modal(upper, cues.hypothetical_modals) and not _perceived(upper, cues):
            return True
    verb = clause_head(trigger)
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in cues.hypothetical_subjects
               for c in verb.children)


def _concurrent(lower: Token, upper: Token) -> bool:
    """", shelling the town": a participle clause tells an act done along with its head's ("pressed an offensive,
    shelling ..."), not what the head asks for; unless the head is accusing someone "of" it ("accused X of
    ramming the boats, seizing rifles")."""
    return lower.dep_ == "advcl" and lower.tag_ == "VBG" and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in upper.children)


def _embeddings(chain: list[Token], cues: Cues) -> Iterator[tuple[Token, Token]]:
    """(lower, upper) pairs where ``upper`` embeds ``lower`` as a complement, not as a setting or a subject; a
    threat's "with" names what is threatened ("threatened the EU with tariffs")."""
    for lower, upper in pairwise(chain):
        if lower.dep_ not in _EMBEDDING or lower.dep_ in ("nsubj", "conj", "appos"):
            continue
        threat = lower.lower_ == "with" and upper.lemma_.lower() in cues.threat_heads
        if lower.dep_ in ("prep", "agent") and lower.lower_ not in _EMBEDDING_PREPS and not threat:
            continue
        yield lower, upper


def _perceived(word: Token, cues: Cues) -> bool:
    """A verb of perception: "can hear gunfire" tells what is heard, not what may happen."""
    return word.lemma_.lower() in cues.perception_verbs


def _negative(word: Token, cues: Cues) -> bool:
    """A negated head: what it is about did not happen either ("no talks about a ceasefire")."""
    return any(c.dep_ in ("neg", "det") and c.lower_ in cues.negators for c in word.children)


def _modal(word: Token, modals: frozenset[str]) -> bool:
    return word.pos_ in VERBAL and any(c.dep_ == "aux" and c.lower_ in modals for c in word.children)


def _future(trigger: Token, chain: list[Token], cues: Cues) -> bool:
    for word in _local(trigger):
        for child in word.children:
            if child.dep_ == "aux" and child.lower_ in cues.future_modals:
                return True
            if child.dep_ in ("amod", "advmod", "poss") and child.lemma_.lower() in cues.future_modifiers:
                return True
            if child.dep_ == "aux" and child.lower_ == "to" and word.dep_ == "xcomp" and _going(word):
                return True
    for lower, upper in _embeddings(chain, cues):
        scheduled = lower.dep_ in _SCHEDULING or (lower.dep_ == "acl" and _infinitive(lower))
        if scheduled and upper.lemma_.lower() in cues.future_heads:
            return True
    return _scheduled_subject(trigger, cues)


def _scheduled_subject(trigger: Token, cues: Cues) -> bool:
    """A noun whose clause schedules it: "the talks are **due** to resume", "a truce is **set** to take effect"."""
    head = np_head(trigger)
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    words = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "xcomp", "attr"))]
    return any(w.lemma_.lower() in cues.future_heads and any(c.dep_ == "xcomp" for c in w.children) for w in words)


def _infinitive(verb: Token) -> bool:
    """A to-infinitive ("their commitment to disarm")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _going(verb: Token) -> bool:
    return verb.head.lower_ == "going"


def reported_by(record: Record, trigger: Token, cues: Cues) -> str | None:
    """Who reported the event: the speaker of a quote around it, else the subject of a reporting verb above it."""
    start = trigger.idx
    for quote in record.quotes:
        if quote.speaker and quote.content.start <= start < quote.content.end and not _aside(trigger, quote):
            return quote.speaker
    chain = [trigger, *trigger.ancestors]
    for word in chain:
        source = _according_to(record, word)
        if source is not None:
            return source
    for lower, upper in pairwise(chain):
        if lower.dep_ in ("ccomp", "parataxis") and upper.lemma_.lower() in cues.reporting_verbs:
            return _first_actor(record, subjects(upper))
    return None


def _aside(trigger: Token, quote: Quote) -> bool:
    """A factual adverbial clause of the quote's own cue is the writer's, not the speaker's: "Guterres condemned the
    brutality, **as at least eight protesters were killed** Friday"."""
    if quote.cue_span is None:
        return False
    for word in (trigger, *trigger.ancestors):
        if _factual_clause_of(word) and word.head.idx == quote.cue_span.start:
            return True
    return False


def _factual_clause_of(word: Token) -> bool:
    return word.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _FACTUAL_MARKS for c in word.children)


def _according_to(record: Record, word: Token) -> str | None:
    """The source named by an "according to X" phrase on ``word``."""
    for prep in word.children:
        if prep.lower_ == "according":
            to = [t for child in prep.children if child.lower_ == "to" for t in child.children if t.dep_ == "pobj"]
            return _first_actor(record, to)
    return None


def _first_actor(record: Record, tokens: list[Token]) -> str | None:
    for token in tokens:
        actor = lookup.actor_at(record, token.idx, token.idx + len(token))
        if actor is not None:
            return actor.id
    return None
