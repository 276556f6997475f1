"""What a quantity counts, read from the parse: its counted noun, unit and ``refers_to``.

"two million people" → unit person, refers_to "people"; "killing at least 20 civilians", "20 were killed",
"the death toll rose to 20" → refers_to "killed" (so the events stage can attach casualty figures); "half of the
population" → refers_to "population"; "they numbered in the hundreds" → unit person.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from redline.quantity.lexicon import UnitLexicon

_ARGUMENT = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "pobj", "appos", "oprd", "conj", "npadvmod"})
_PEOPLE_PRONOUNS = frozenset({"they", "we", "who", "them", "those"})


@dataclass(frozen=True)
class Meaning:
    unit: str | None
    refers_to: str | None
    #: the counted noun when it directly follows the number ("two million people"): the span grows to it
    end: int | None = None


#: Hyphens inside a modifier between a number and its noun ("three Serb-majority municipalities").
_HYPHENS = frozenset({"-", "–"})

class MeaningReader:
    def __init__(self, units: UnitLexicon) -> None:
        self.units = units

    def read(self, doc: Doc, start: int, end: int, unit: str | None) -> Meaning:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return Meaning(unit, None)
        noun = counted_noun(span)
        casualty = self._casualty(span, noun)
        grow = noun.idx + len(noun) if noun is not None and unit is None and _adjacent(span, noun) else None
        if unit is None and (casualty or self._is_person(noun) or self._people_subject(span, noun)):
            unit = "person"
        return Meaning(unit, casualty or _phrase(noun), grow)

    def _is_person(self, noun: Token | None) -> bool:
        """A person noun ("civilians"), or a people's name in the plural ("12 Serbs", "three Americans")."""
        return noun is not None and (noun.lower_ in self.units.person_nouns or noun.lemma_.lower() in
                                     self.units.person_nouns or (noun.ent_type_ == "NORP" and noun.tag_ == "NNPS"))

    def _category(self, token: Token | None) -> str | None:
        if token is None:
            return None
        return self.units.casualties.get(token.lower_) or self.units.casualties.get(token.lemma_.lower())

    def _casualty(self, span: SpacySpan, noun: Token | None) -> str | None:
        """killed / wounded / displaced … when the count is of people hit by such an event."""
        direct = self._category(noun) if noun is not None and noun.lower_ not in self.units.count_nouns else None
        if direct:
            return direct
        if noun is not None and not self._is_person(noun):
            return None
        anchor = noun if noun is not None else span.root
        words = [c for c in anchor.children if c.dep_ in {"acl", "amod", "relcl"}]
        last = max(anchor.i + 1, span.end)
        after = span.doc[last] if last < len(span.doc) else None
        words += [after] if after is not None and after.pos_ in {"VERB", "ADJ"} else []
        if anchor.dep_ == "pobj" and anchor.head.lower_ == "of":
            anchor = anchor.head.head
            words.append(anchor)
        verb = _governing_verb(anchor)
        if verb is not None and anchor.dep_ in _ARGUMENT:
            words.append(verb)
            words += [c for c in verb.children
                      if c.dep_ in {"nsubj", "nsubjpass", "acomp", "oprd", "dobj"} and c.i != anchor.i]
        return next((c for c in map(self._category, words) if c), None)

    def _people_subject(self, span: SpacySpan, noun: Token | None) -> bool:
        """A bare amount whose clause's subject is people ("they numbered in the hundreds", "the hostages,
        estimated at about 30")."""
        if noun is not None:
            return False
        verb = _governing_verb(span.root)
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] if verb is not None else []
        if verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBN":
            subjects.append(verb.head)  # "the remaining hostages, estimated at about 30"
        return any(s.lower_ in _PEOPLE_PRONOUNS or self._is_person(s) for s in subjects)


def counted_noun(span: SpacySpan) -> Token | None:
    """The noun a number counts: its head ("20 civilians"), or what follows "of" ("tens of thousands of people")."""
    root = span.root
    head = root.head
    if root.dep_ in {"nummod", "quantmod", "amod", "compound", "nmod"} and head.i >= span.end and \
            head.pos_ in {"NOUN", "PROPN"}:
        return head
    for _ in range(3):
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        target = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if target is None:
            return None
        if not (target.like_num or target.i < span.end):
            return target if target.pos_ in {"NOUN", "PROPN", "ADJ"} else None
        root = target
    return None


def _governing_verb(token: Token) -> Token | None:
    for _ in range(4):
        if token.pos_ in {"VERB", "AUX"}:
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _phrase(noun: Token | None) -> str | None:
    """The counted noun with a following "of X" ("the population of Aleppo"), lower-cased but for names."""
    if noun is None:
        return None
    words = [noun.text if noun.pos_ == "PROPN" else noun.lower_]
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    target = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if target is not None and target.pos_ in {"PROPN", "NOUN"}:
        words += ["of", target.text if target.pos_ == "PROPN" else target.lower_]
    return " ".join(words)


def _adjacent(span: SpacySpan, noun: Token) -> bool:
    """Whether the counted noun follows the number with at most a few modifiers between
    ("seven more suspected members", "two armoured vehicles")."""
    if noun.i < span.end or noun.i - span.end > 3:
        return False
    return all(t.dep_ in {"amod", "compound", "nmod", "nummod"} or t.pos_ in {"ADJ", "PROPN"} or t.text in _HYPHENS
               for t in span.doc[span.end:noun.i])
