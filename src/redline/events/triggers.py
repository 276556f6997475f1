"""Finding event triggers in a parsed document: verbal and nominal, merged where they name one event."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from redline.events.lexicon import Entry, Lexicon, words_below
from redline.events.syntax import np_head

#: Entity labels inside which a word is a name, not an event ("March" the month, "Strike" a film title).
_NAMES = frozenset({"DATE", "TIME", "PERSON", "GPE", "LOC", "FAC", "ORG", "CARDINAL", "MONEY", "PERCENT",
                    "QUANTITY", "ORDINAL", "WORK_OF_ART", "PRODUCT", "LANGUAGE", "NORP"})
#: How a trigger can restate the event of a trigger above it: as its object, subject, modifier or "-ing" clause.
_RESTATING = frozenset({"dobj", "attr", "oprd", "compound", "amod", "nmod", "nsubj", "nsubjpass", "pobj"})


@dataclass
class Candidate:
    """A trigger token with its lexicon entry, the words of its multi-word form, and a mode passed to it."""

    token: Token
    entry: Entry
    words: tuple[Token, ...] = ()
    mode: str | None = None


def find(doc: Doc, lexicon: Lexicon) -> list[Candidate]:
    """Every trigger in ``doc``; a trigger that only restates another's event is merged into it."""
    found: dict[int, Candidate] = {}
    consumed: set[int] = set()
    for token in _content_words(doc):
        form = lexicon.match(token)
        if form is None:
            continue
        if form.entry is None or _natural(token, form.entry, lexicon) or _not_an_event(token, form.entry, lexicon):
            continue
        words = tuple(t for t in words_below(token) if t.lemma_.lower() in form.others) if form.others else ()
        consumed.update(t.i for t in words)
        entry = (_criticism(token, lexicon) if form.entry.type == "ASSAULT" else None) or form.entry
        found[token.i] = Candidate(token, entry, words)
    for index in consumed:
        found.pop(index, None)
    _reverse(found, lexicon)
    return _merge(found)


def _content_words(doc: Doc) -> Iterable[Token]:
    for token in doc:
        content = token.pos_ in ("VERB", "NOUN", "PROPN") and token.ent_type_ not in _NAMES
        if content or (token.dep_ == "aux" and token.tag_ == "MD"):
            yield token


def _natural(token: Token, entry: Entry, lexicon: Lexicon) -> bool:
    """An assault verb whose doer is a hazard, not an actor ("an earthquake killed 20")."""
    if entry.type != "ASSAULT" or token.pos_ != "VERB":
        return False
    doers = [t for child in token.children if child.dep_ in ("nsubj", "agent")
             for t in ([child] if child.dep_ == "nsubj" else child.children)]
    return any(np_head(t).lemma_.lower() in lexicon.non_agents for t in doers)


def _listed_with(token: Token, lexicon: Lexicon) -> bool:
    """Whether the compound ``token`` and the noun after it form a listed non-event ("supply chain disruptions",
    where the parser hangs both words on the last noun)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    hosts = [token.head] + ([following] if following is not None and following.pos_ == "NOUN" else [])
    lemma = token.lemma_.lower()
    return any(form.entry is None and form.others == {lemma}
               for host in hosts for form in lexicon.nouns.get(host.lemma_.lower(), []))


#: Words that open a question put to someone ("asked whether", "asked what", "asked if").
_QUESTION_WORDS = frozenset({"whether", "if", "what", "why", "how", "when", "where", "who", "which"})


def _not_an_event(token: Token, entry: Entry, lexicon: Lexicon) -> bool:
    """A question put to someone, not a request ("asked by a reporter whether he would back off"); a reaction told
    in the passive, not a meeting ("the plea was met with brutality"); a modifier of a listed non-event noun
    ("**supply** chain"); a participle saying what people are armed or equipped with, unless it names who armed
    them ("fighters armed by Iran")."""
    if token.dep_ == "compound" and _listed_with(token, lexicon):
        return True
    if entry.type == "AID" and token.tag_ == "VBN" and token.dep_ in ("acl", "amod") \
            and not any(c.dep_ == "agent" for c in token.children):
        return True  # what someone is armed or equipped with describes them ("personnel armed with knives")
    if token.lemma_.lower() in lexicon.reaction_passives and any(c.dep_ == "auxpass" for c in token.children):
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
    if entry.type == "REQUEST" and token.pos_ == "VERB" and token.lemma_.lower() in lexicon.question_verbs:
        clauses = [c for c in token.children if c.dep_ in ("ccomp", "advcl")]
        return any(w.dep_ in ("mark", "advmod", "nsubj", "dobj", "attr") and w.lower_ in _QUESTION_WORDS
                   and w.i < clause.i for clause in clauses for w in clause.children)
    return False


#: Entity types whose "over" object is a place or a time, not a reason ("attacked over the border", "over two days").
_NOT_REASONS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "QUANTITY"})


def _criticism(token: Token, lexicon: Lexicon) -> Entry | None:
    """An attack in words: "attacked the newspaper **for refusing** to back him", "slammed Ottawa **over** tariffs"."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in lexicon.verbal_attacks:
        return None
    for prep in (c for c in token.children if c.dep_ == "prep"):
        reasons = [o for o in prep.children if (prep.lower_ == "for" and o.dep_ == "pcomp") or (
            prep.lower_ == "over" and o.dep_ == "pobj" and o.ent_type_ not in _NOT_REASONS)]
        if reasons:
            return Entry(type="ACCUSE", mode="disapprove", pentacode=lexicon.pentacodes["ACCUSE"], confidence=0.6)
    return None


def _reverse(found: dict[int, Candidate], lexicon: Lexicon) -> None:
    """A verb that undoes its object's event takes that event's place ("lifted the ban": a concession)."""
    for index, candidate in list(found.items()):
        head = _part_in(np_head(candidate.token), lexicon)
        verb = head.head
        if head.dep_ not in ("dobj", "nsubjpass") or not lexicon.reverses(verb):
            continue
        into = lexicon.reversals.get(candidate.entry.type)
        if into is None or (candidate.entry.type == "CONSULT" and verb.lemma_.lower() in lexicon.completions):
            continue  # "ended his trip", "concluded the talks": it took place
        kind, mode = into
        entry = Entry(type=kind, mode=mode, pentacode=lexicon.pentacodes[kind],
                      confidence=max(candidate.entry.confidence, 0.7))
        found[verb.i] = Candidate(verb, entry)
        del found[index]


def _part_in(head: Token, lexicon: Lexicon) -> Token:
    """"suspended its participation in the talks": the share in an event stands for the event."""
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_.lower() in lexicon.shares:
        return prep.head
    return head


def _merge(found: dict[int, Candidate]) -> list[Candidate]:
    """Drop triggers that restate another ("ceasefire agreement", "agreed on a truce", "bombed …, killing");
    a restating trigger's mode, when it has one, is the more specific and passes to the event it joins."""
    kept = []
    for candidate in found.values():
        host = _host(candidate, found)
        if host is None:
            kept.append(candidate)
        elif host.entry.type == candidate.entry.type and candidate.entry.mode and not host.mode:
            host.mode = candidate.entry.mode
    return kept


def _host(candidate: Candidate, found: dict[int, Candidate]) -> Candidate | None:
    """The trigger this one restates, if any."""
    token = candidate.token
    head = np_head(token)
    if head != token and head.i in found:
        return found[head.i]
    above = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head.head
    if head.dep_ in _RESTATING or (token.dep_ == "advcl" and token.tag_ == "VBG"):
        host = found.get(above.i)
        if host is not None and host is not candidate and host.entry.type == candidate.entry.type:
            return host
    return None
