"""Antecedents for pronouns and descriptions: the actors mentioned before a point, by recency and salience.

Mentions inside reported content are not candidates (the people a speaker talks about are not the speaker);
the last speaker stays the topic until another person is the subject of a sentence.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from redline.models import Actor, Record
from redline.quotes.attribution import Chars, text_of
from redline.quotes.names import covers, name_tokens
from redline.quotes.speaker_gender import genders
from redline.quotes.speaker_roles import roles

_PERSON_REACH = 1500
_TOPIC_REACH = 1200
_FORWARD_REACH = 900
_FEMALE_WORDS = {"mother", "daughter", "wife", "sister", "queen", "princess", "actress", "girl", "grandmother", "aunt",
                 "niece", "mom", "widow", "chairwoman", "spokeswoman", "congresswoman", "businesswoman"}
_MALE_WORDS = {"father", "son", "husband", "brother", "king", "prince", "boy", "grandfather", "uncle", "nephew",
               "dad", "widower"}
_SUBJECTS = {"nsubj", "nsubjpass"}
#: clauses whose subject is not a sentence subject
_SUBORDINATE = {"relcl", "acl"}
_TITLE_POS = {"NOUN", "PROPN", "ADJ", "DET", "CCONJ", "NUM", "PART"}
_TITLE_WORDS = 8
#: a parenthesis closing a line, and the words that make it a photo credit
_CREDIT = re.compile(r"\(([^()]{2,80})\)\s*$")
_CREDITS = ("photo", "images", "press", "file", "reuters", "afp", "getty", "handout", "courtesy")
#: what a mention opening its line is not the subject as ("Smith's goal came ...")
_NOT_SUBJECTS = {"poss", "compound", "dobj", "pobj", "dative"}
_FEMALE_TITLES = ("mrs.", "ms.", "miss", "mrs", "ms", "madam")
_MALE_TITLES = ("mr.", "mr", "sir")

_Fits = Callable[[Actor], bool]


def mention_span(token: Token) -> Chars:
    """The noun phrase a speaker head stands for: its left modifiers and, for a role noun, "of"/"for" phrases."""
    left = min((t for t in token.subtree if t.i <= token.i and _in_phrase(t, token)), key=lambda t: t.i)
    right = token
    for child in token.rights:
        if child.dep_ in {"compound", "flat"} or (child.dep_ == "prep" and child.lower_ in {"of", "for"} \
                and token.pos_ == "NOUN"):
            right = max(child.subtree, key=lambda t: t.i)
        else:
            break
    while left.i < right.i and (left.is_punct or left.is_space):
        left = left.doc[left.i + 1]
    end = right.idx + len(right)
    while end > left.idx + 1 and unicodedata.category(text_of(right.doc)[end - 1]) == "Cf":  # "Smith\u200b"
        end -= 1
    return left.idx, end


def _in_phrase(candidate: Token, head: Token) -> bool:
    """Left dependents that belong to the name, not an apposition, a clause or a line before it."""
    if candidate.i == head.i:
        return True
    if candidate.is_space or "\n" in candidate.whitespace_:
        return False
    if any(t.is_space or "\n" in t.whitespace_ for t in candidate.doc[candidate.i:head.i]):
        return False
    node = candidate
    while node.i != head.i:
        if node.dep_ in {"appos", "relcl", "acl", "punct", "cc", "conj"}:
            return False
        node = node.head
    return True


def _opens_line(doc: Doc, start: int) -> bool:
    """Only a title stands between the line start and ``start`` ("Toronto city councillor and tenants advocate"):
    nouns, names, adjectives, determiners, "and", "of"; no verb, no comma."""
    text = text_of(doc)
    line = doc.char_span(text.rfind("\n", 0, start) + 1, start, alignment_mode="expand")
    if line is None:
        return not text[text.rfind("\n", 0, start) + 1:start].strip()
    return len(line) <= _TITLE_WORDS and all(t.pos_ in _TITLE_POS or t.lower_ in {"of", "'s", "’s"} or t.is_space
                                             for t in line)


def _caption(text: str, at: int) -> bool:
    """The line is a photo caption: it ends with a credit in parentheses ("( Jane Roe / Toronto Star )",
    "(THE CANADIAN PRESS FILE PHOTO)")."""
    end = text.find("\n", at)
    line = text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)].rstrip()
    credit = _CREDIT.search(line)
    return credit is not None and ("/" in credit.group(1) or any(w in credit.group(1).lower() for w in _CREDITS))


def _within(spans: list[Chars], at: int) -> bool:
    index = bisect_left(spans, (at + 1, 0)) - 1
    return index >= 0 and spans[index][0] <= at < spans[index][1]


@dataclass
class _Seen:
    start: int
    end: int
    actor: Actor
    subject: bool


def _any(actor: Actor) -> bool:
    return True


class Antecedents:
    """Actor mentions of one article, outside reported content, for resolving pronouns and descriptions."""

    def __init__(self, doc: Doc, record: Record, contents: list[Chars], first_names: Mapping[str, str]) -> None:
        self.doc = doc
        self.contents = sorted(contents)
        self.people = [a for a in record.actors if a.type == "PERSON"]
        self.appended: list[Actor] = []
        self.gender: dict[str, str] = {}
        self.seen: list[_Seen] = []
        self.last: tuple[Actor, int] | None = None
        self.last_person: tuple[Actor, int] | None = None
        self.first_names = first_names
        self.spoken: set[str] = set()
        self.gender.update(genders(doc, self.people))
        self.roles = roles(doc, self.people)
        for actor in record.actors:
            self._index(actor)
        self._surnames(record)
        self._descriptions()

    def add(self, actor: Actor) -> None:
        self.appended.append(actor)
        if actor.type == "PERSON":
            self.people.append(actor)
            self.roles[actor.id] = set(name_tokens(actor.role or actor.name)[-1:])
        self._index(actor)

    def _name_gender(self, actor: Actor) -> None:
        """Gender from a given name ("Maria X") or a gendered role word ("spokeswoman", "his father")."""
        if actor.type != "PERSON":
            return
        words = name_tokens(actor.name)
        if actor.named and len(words) >= 2 and words[0] in self.first_names:
            self.gender.setdefault(actor.id, self.first_names[words[0]])
        role = name_tokens(actor.role or "")[-1:] + ([] if actor.named else words[-1:])
        for word in role:
            if word in _FEMALE_WORDS or word.endswith(("woman", "women")):
                self.gender.setdefault(actor.id, "f")
            elif word in _MALE_WORDS or word.endswith(("man", "men")):
                self.gender.setdefault(actor.id, "m")

    def spoke(self, actor: Actor, at: int) -> None:
        self.last = (actor, at)
        self.spoken.add(actor.id)
        if actor.type == "PERSON":
            self.last_person = (actor, at)

    def person(self, at: int, gender: str | None, country: str | None = None,
               exclude: frozenset[str] = frozenset()) -> Actor | None:
        """The person a he/she (or "the official") at ``at`` refers to; never one of ``exclude`` (the people named
        in the statement itself or addressed by its cue: "Smith hid, he said", "he told Smith")."""
        def fits(actor: Actor) -> bool:
            return actor.type == "PERSON" and actor.id not in exclude and self._fits(actor, gender, country)

        topic = self._topic(self.last_person, at, fits)
        if topic is not None and gender:
            self.gender.setdefault(topic.id, gender)
        return topic or self._backward(at, fits) or self._forward(at, fits)

    def latest_person(self, at: int, since: int) -> Actor | None:
        """The person last named as a subject before ``at``, if after ``since`` and near enough ("Smith came to the
        rally." introduces the speaker of the quote-only paragraph after it; "... in Smith's town" does not)."""
        before = self.seen[:bisect_left(self._starts(), at)]
        found = next((s for s in reversed(before) if s.actor.type == "PERSON" and s.actor.named and s.subject), None)
        if found is None or found.start <= since or at - found.start > _TOPIC_REACH:
            return None
        return found.actor

    def described(self, at: int, country: str | None, lemma: str) -> Actor | None:
        """"the official", "his father": the person last mentioned with that role (an unnamed source so described,
        "Ken Adler, the firm's chief executive"), else one named with it just after (a lede), else a person as for
        a pronoun."""
        def fits(actor: Actor) -> bool:
            return actor.type == "PERSON" and lemma in self.roles.get(actor.id, ()) \
                and self._fits(actor, None, country)

        before = self.seen[:bisect_left(self._starts(), at)]
        found = next((s.actor for s in reversed(before) if fits(s.actor)), None)
        return found or self._forward(at, fits) or self.person(at, None, country)

    def group(self, at: int) -> Actor | None:
        """What "they"/"it"/"we" at ``at`` refers to: the last organization speaking, or one mentioned before."""
        def fits(actor: Actor) -> bool:
            return actor.type != "PERSON"

        return self._topic(self.last, at, fits) or self._backward(at, fits) or self._topic(self.last, at, _any)

    def organization(self, at: int, lemma: str, types: frozenset[str],
                     exclude: frozenset[str] = frozenset()) -> Actor | None:
        """An earlier organization named with ``lemma`` ("the ministry" -> "the Foreign Ministry"), else the most
        recent one of a fitting type that spoke or was a subject, else that was mentioned; never one of ``exclude``
        (whom the statement was addressed to)."""
        before = [s for s in self.seen[:bisect_left(self._starts(), at)]
                  if at - s.start <= _PERSON_REACH and s.actor.id not in exclude]
        named = [s for s in self.seen[:bisect_left(self._starts(), at)]
                 if s.actor.type != "PERSON" and lemma in s.actor.name.lower()]
        typed = [s for s in before if s.actor.type in types]
        salient = [s for s in typed if s.subject or s.actor.id in self.spoken]
        found = named or salient or typed
        return found[-1].actor if found else None

    def named_with(self, at: int, lemma: str) -> Actor | None:
        """The organization named last before ``at`` whose name holds the word ("the diocese" -> "the Diocese of X")."""
        before = self.seen[:bisect_left(self._starts(), at)]
        return next((s.actor for s in reversed(before)
                     if s.actor.type != "PERSON" and lemma in name_tokens(s.actor.name)), None)

    def recent(self, at: int, types: frozenset[str]) -> Actor | None:
        """The actor of one of ``types`` mentioned last before ``at``."""
        before = [s for s in self.seen[:bisect_left(self._starts(), at)] if at - s.start <= _PERSON_REACH]
        return next((s.actor for s in reversed(before) if s.actor.type in types), None)

    def person_named(self, name: str) -> Actor | None:
        return next((p for p in self.people if covers(p.name, name)), None)

    def _fits(self, actor: Actor, gender: str | None, country: str | None) -> bool:
        known = self.gender.get(actor.id)
        if gender and known and known != gender:
            return False
        return not (country and actor.country and actor.country != country)

    def _topic(self, last: tuple[Actor, int] | None, at: int, fits: _Fits) -> Actor | None:
        if last is None or at - last[1] > _TOPIC_REACH or not fits(last[0]):
            return None
        speaker, since = last
        rivals = [s for s in self.seen if since < s.start < at and s.subject and s.actor is not speaker
                  and fits(s.actor)]
        return None if rivals else speaker

    def _backward(self, at: int, fits: _Fits) -> Actor | None:
        before = [s for s in self.seen[:bisect_left(self._starts(), at)] if at - s.start <= _PERSON_REACH]
        candidates = [s for s in before if fits(s.actor)]
        if not candidates:
            return None
        sentence = self.doc.char_span(candidates[-1].start, candidates[-1].end, alignment_mode="expand")
        if sentence is None:
            return candidates[-1].actor
        first = sentence.sent.start_char
        in_sentence = [s for s in candidates if s.start >= first]
        subjects = [s for s in in_sentence if s.subject]
        return (subjects or in_sentence)[0].actor

    def _forward(self, at: int, fits: _Fits) -> Actor | None:
        after = self.seen[bisect_left(self._starts(), at):]
        return next((s.actor for s in after if s.start - at <= _FORWARD_REACH and fits(s.actor)), None)

    def _starts(self) -> list[int]:
        return [s.start for s in self.seen]

    def _index(self, actor: Actor) -> None:
        self._name_gender(actor)
        for mention in actor.mentions:
            if not self._inside_content(mention.start):
                self.seen.append(_Seen(mention.start, mention.end, actor, self._subject(mention.start, mention.end)))
                self._title_gender(actor, mention.start)
        self.seen.sort(key=lambda s: s.start)

    def _surnames(self, record: Record) -> None:
        """A person's surname alone where the actors stage left it out ("Smith has four goals since ...")."""
        owners: dict[str, list[Actor]] = {}
        for person in self.people:
            words = name_tokens(person.name)
            if person.named and words:
                owners.setdefault(words[-1], []).append(person)
        taken = sorted((m.start, m.end) for a in record.actors for m in a.mentions)
        for token in self.doc:
            found = owners.get(token.lower_) if token.pos_ == "PROPN" else None
            if found is None or len(found) > 1 or _within(taken, token.idx) or self._inside_content(token.idx):
                continue
            if token.i > 0 and self.doc[token.i - 1].pos_ == "PROPN":
                continue  # another person's full name
            end = token.idx + len(token)
            self.seen.append(_Seen(token.idx, end, found[0], self._subject(token.idx, end)))
        self.seen.sort(key=lambda s: s.start)

    def _descriptions(self) -> None:
        """"the mayor" as a subject, after "Mayor Doug Smith" was introduced: a mention of that person, so he stays
        (or becomes) the topic."""
        words = {word for found in self.roles.values() for word in found}
        for token in self.doc:
            if token.pos_ != "NOUN" or token.dep_ not in _SUBJECTS or token.lemma_.lower() not in words \
                    or not any(c.lower_ == "the" for c in token.children) or self._inside_content(token.idx):
                continue
            before = self.seen[:bisect_left(self._starts(), token.idx)]
            found = next((s.actor for s in reversed(before) if token.lemma_.lower() in self.roles.get(s.actor.id, ())),
                         None)
            if found is not None:
                self.seen.insert(len(before), _Seen(token.idx, token.idx + len(token), found, True))

    def _inside_content(self, at: int) -> bool:
        index = bisect_left(self.contents, (at + 1, 0)) - 1
        return index >= 0 and self.contents[index][0] <= at < self.contents[index][1]

    def _subject(self, start: int, end: int) -> bool:
        """The mention is a sentence subject, or opens its paragraph (where the parser often joins a heading line
        to the sentence and loses the subject: "John Smith with the union turned out ...")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        root, text = span.root, text_of(self.doc)
        if _caption(text, start):
            return False
        subject = root if root.dep_ != "appos" else root.head  # "The director, Jane Smith, agreed"
        if subject.dep_ in _SUBJECTS:
            return subject.head.dep_ not in _SUBORDINATE  # not "a text that Smith sent"
        across = root.head.idx < text.rfind("\n", 0, start)  # attached to the line before: a misparse
        return _opens_line(self.doc, start) and (across or root.dep_ not in _NOT_SUBJECTS)

    def _title_gender(self, actor: Actor, start: int) -> None:
        before = text_of(self.doc)[max(start - 6, 0):start].strip().lower()
        if before.endswith(_FEMALE_TITLES):
            self.gender.setdefault(actor.id, "f")
        elif before.endswith(_MALE_TITLES):
            self.gender.setdefault(actor.id, "m")
