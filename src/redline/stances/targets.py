"""What a stance is about: a short normalized phrase, with the actors and places it names.

Noun targets keep their modifiers and "of"/"on" attachments but not their clauses ("the planned shelling of towns
while talks go on …" → "planned shelling of towns"); verb targets keep the verb phrase without its subject
("wanted to quietly postpone the vote" → "quietly postpone the vote"). Pronouns and "such"/"that" phrases are
resolved: to a commitment mentioned just before ("Qatar called it a success" → "Doha agreement"), else to an action
noun in the previous sentence ("That is a red line" → "ground invasion").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from redline import lookup
from redline.commitments.syntax import join, span_of
from redline.models import Commitment, Record

MAX_TOKENS = 12
_ANAPHORS = frozenset({"it", "this", "that", "these", "those", "which"})
_POINTING = frozenset({"such", "this", "that", "these", "those"})
_VERB_DROP = frozenset({"nsubj", "nsubjpass", "mark", "advcl", "relcl", "parataxis", "punct", "cc", "conj"})
_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})
_DEFINITE = frozenset({"the", "this", "that", "its", "their"})
_NOUN_DROP = frozenset({"relcl", "appos", "advcl", "parataxis"})
_LEADING = frozenset({"to", "that", "the", "a", "an", "any", "such", "this", "its", "their"})


@dataclass
class Target:
    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)


class Targets:
    """Describes target phrases against one record and its commitments."""

    def __init__(self, record: Record, commitment_nouns: frozenset[str], action_nouns: frozenset[str]) -> None:
        self.record = record
        self.commitment_nouns = commitment_nouns
        self.action_nouns = action_nouns

    def describe(self, head: Token, text: str | None = None) -> Target | None:
        """The target headed by ``head`` (``text`` overrides its wording), or None when it resolves to nothing."""
        if head.lower_ in _ANAPHORS and head.pos_ == "PRON":
            head = self._local(head) or head
        commitment = self._commitment(head)
        if commitment is not None:
            return self._of_commitment(commitment)
        if head.tag_ in {"WP", "WDT"} or (head.pos_ == "PRON" and not self._anaphoric(head)):
            return None
        tokens = self._antecedent(head) if self._anaphoric(head) else self._tokens(head)
        if not tokens:
            return None
        target = self._linked(Target(text or join(tokens), [span_of(tokens)]))
        return self._with_object(head, tokens, target) if text is None else target

    def _with_object(self, head: Token, tokens: list[Token], target: Target) -> Target:
        """'urged both sides to respect it': the pronoun object named by the commitment it points to."""
        pronoun = next((c for c in head.children if c.dep_ == "dobj" and c.lower_ in _ANAPHORS), None)
        commitment = self._commitment(pronoun) if pronoun is not None and head.pos_ == "VERB" else None
        if pronoun is None or commitment is None:
            return target
        named = self._of_commitment(commitment)
        before = join([t for t in tokens if t.i < pronoun.i])
        after = join([t for t in tokens if t.i > pronoun.i])
        text = " ".join(part for part in (before, named.text, after) if part)
        return Target(text, target.spans + named.spans, list(dict.fromkeys(target.actors + named.actors)),
                      list(dict.fromkeys(target.places + named.places)))

    def of_tokens(self, tokens: list[Token]) -> Target:
        """A target that is a whole clause (a condition)."""
        return self._linked(Target(join(tokens), [span_of(tokens)]))

    def _tokens(self, head: Token) -> list[Token]:
        dropped = _NOUN_DROP
        if head.pos_ in {"VERB", "AUX"}:
            dropped = _VERB_DROP - {"nsubj", "nsubjpass"} if head.dep_ == "ccomp" else _VERB_DROP
        drop = {t.i for c in head.children if c.dep_ in dropped for t in c.subtree}
        tokens = [t for t in head.subtree if t.i not in drop]
        if len(tokens) <= 2 and head.pos_ == "NOUN":
            tokens = [t for t in head.subtree if t.dep_ not in {"appos", "parataxis"}]
        while len(tokens) > 1 and (tokens[0].lower_ in _LEADING or tokens[0].is_punct or tokens[0].tag_ == "MD"):
            tokens = tokens[1:]
        tokens = tokens[:MAX_TOKENS]
        while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].dep_ in {"cc", "prep", "det"}):
            tokens = tokens[:-1]
        return self._whole_names(tokens)

    def _whole_names(self, tokens: list[Token]) -> list[Token]:
        """Tokens extended to the end of an actor's name they cut ("Bashar al" → "Bashar al-Assad")."""
        if not tokens:
            return tokens
        last = tokens[-1]
        actor = lookup.actor_at(self.record, last.idx, last.idx + len(last))
        ends = [m.end for m in actor.mentions if m.start <= last.idx < m.end] if actor else []
        doc = last.doc
        extra = [t for t in doc[last.i + 1: last.i + 6] if ends and t.idx + len(t) <= max(ends)]
        return tokens + extra

    def _local(self, pronoun: Token) -> Token | None:
        """A common noun before the pronoun in its own sentence ("rejected the proposal, saying it was …")."""
        before = [t for t in pronoun.sent if t.i < pronoun.i and t.pos_ == "NOUN" and t.dep_ in _ARGUMENTS]
        return before[-1] if before else None

    def _anaphoric(self, head: Token) -> bool:
        if head.lower_ in _ANAPHORS and head.pos_ in {"PRON", "DET"}:
            return True
        return any(c.lower_ in _POINTING for c in head.children if c.dep_ in {"det", "amod", "predet"})

    def _antecedent(self, head: Token) -> list[Token]:
        sentence = head.sent
        previous = sentence.doc[sentence.start - 1].sent if sentence.start > 0 else None
        candidates = [t for t in sentence if t.i < head.i] + (list(previous) if previous is not None else [])
        for token in reversed(candidates):
            if token.lemma_.lower() in self.action_nouns and token.pos_ == "NOUN" and not self._anaphoric(token):
                return self._tokens(token)
        return self._tokens(head) if head.pos_ == "NOUN" else []

    def _commitment(self, head: Token) -> Commitment | None:
        """The commitment a pronoun or commitment noun points back to, mentioned within two sentences before."""
        definite = any(c.lower_ in _DEFINITE for c in head.children if c.dep_ in {"det", "poss"})
        if not (head.lower_ in _ANAPHORS or (head.lemma_.lower() in self.commitment_nouns and definite)):
            return None
        sentences = list(head.doc.sents)
        index = next(i for i, s in enumerate(sentences) if s.start <= head.i < s.end)
        window_start = sentences[max(index - 2, 0)].start_char
        best = None
        for commitment in self.record.commitments:
            for mention in (commitment.evidence, *commitment.mentions):
                if window_start <= mention.start < head.idx or mention.start <= head.idx < mention.end:
                    best = commitment
        return best

    def _of_commitment(self, commitment: Commitment) -> Target:
        place = next((p.name for p in self.record.places if p.id == commitment.place), None)
        names = {a.id: a.name for a in self.record.actors}
        owners = place or "-".join(names.get(p, p) for p in commitment.parties[:3])
        text = commitment.name or f"{owners} {commitment.kind}".strip()
        places = [p for p in [commitment.place, *(v.zone.place for v in commitment.provisions if v.zone)] if p]
        return Target(text, [(commitment.evidence.start, commitment.evidence.end)], list(commitment.parties),
                      list(dict.fromkeys(places)))

    def _linked(self, target: Target) -> Target:
        for start, end in target.spans:
            target.actors += [a.id for a in lookup.actors_in(self.record, start, end) if a.id not in target.actors]
            target.places += [p.id for p in lookup.places_in(self.record, start, end) if p.id not in target.places]
        return target
