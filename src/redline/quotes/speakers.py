"""Speaker resolution: names, pronouns, descriptions, organizations and unnamed sources to actors of the record.

Resolution reads the record as the actors stage left it; an unnamed source ("a diplomatic source") or a named
speaker the actors stage did not list becomes a new actor appended to the record. Existing actors are never changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from redline import lookup
from redline.models import Actor, ActorType, Mention, Record
from redline.quotes.attribution import Attribution, Chars, text_of
from redline.quotes.countries import country_of
from redline.quotes.lexicon import Lexicon
from redline.quotes.mentions import Antecedents, mention_span
from redline.quotes.names import canonical, name_tokens
from redline.quotes.speaker_documents import ENTITY_TYPES, Statement, continued, issuer_token, same_document
from redline.resources import load_yaml

_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_GROUP_PRONOUNS = {"they", "them", "it", "we"}
_OTHER = {"i", "you", "we", "one", "who", "someone", "somebody", "everyone", "everybody", "nobody", "many", "some",
          "this", "that", "these", "those", "all", "both", "each", "none", "anyone", "anybody"}
_DEFINITE = {"the", "this", "that", "these", "those"}
#: "the 26-year-old right wing": an age makes a description a person
_AGE = re.compile(r"\b\d+-year-old\b", re.IGNORECASE)
#: participles that give a described person's name ("an official named Jhony", "a man identified as X")
_NAMING = {"name", "identify", "call"}
#: what the parser makes of a subject it lost ("Smith\u200b said": punct)
_LOST = {"punct", "dep", "npadvmod", "nmod", "intj", ""}
#: dependents of a cue naming whom a statement was addressed to ("told Smith", "said to Smith")
_ADDRESSEES = {"dobj", "dative", "iobj", "obj"}
#: endings of nouns for people ("harbour master", "protester", "economist", "chairman")
_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "ant", "ent", "ee", "ive")
#: Roles of people who speak for their organization rather than for themselves.
_SPOKES = re.compile(r"(?:spokes(?:man|woman|person)|press (?:secretary|officer|office)|mouthpiece)\b", re.IGNORECASE)
_ORGANIZATIONS = frozenset({"ORG", "MEDIA", "IGO", "PARTY", "GOVERNMENT", "MILITARY", "ARMED_GROUP", "GROUP"})
_FITTING: dict[str, frozenset[str]] = {
    "ORG": frozenset({"ORG", "MEDIA", "IGO", "PARTY"}), "MEDIA": frozenset({"MEDIA", "ORG"}),
    "GOVERNMENT": frozenset({"GOVERNMENT"}), "MILITARY": frozenset({"MILITARY"}),
    "GROUP": frozenset({"GROUP", "ORG", "ARMED_GROUP", "PARTY"}), "PARTY": frozenset({"PARTY"}),
    "ARMED_GROUP": frozenset({"ARMED_GROUP", "MILITARY"}), "IGO": frozenset({"IGO"}), "STATE": frozenset({"STATE"}),
    "PERSON": frozenset({"PERSON"}),
}


@dataclass(frozen=True)
class Resolved:
    actor: Actor | None
    mention: Chars | None


class Speakers:
    """Resolves the speakers of one article's attributions, in text order."""

    def __init__(self, doc: Doc, record: Record, lexicon: Lexicon, contents: list[Chars]) -> None:
        self.doc = doc
        self.record = record
        self.lexicon = lexicon
        self.antecedents = Antecedents(doc, record, contents, lexicon.first_names)
        self.resolved: dict[int, Resolved] = {}
        self.last: Resolved | None = None
        self.statements: list[Statement] = []
        self.addressees: frozenset[str] = frozenset()
        self.documents = lexicon.nouns | lexicon.channels | _documents()

    def resolve(self, attribution: Attribution) -> Resolved:
        speaker = attribution.speaker if attribution.speaker is not None else _name_before(attribution.cue_token)
        self.addressees = self._addressees(attribution)
        if speaker is None:
            result = Resolved(self._carried(attribution), None)
        else:
            result = Resolved(self._actor(speaker, attribution), mention_span(speaker))
        if result.actor is not None and result.actor.type == "PERSON":
            result = Resolved(canonical(result.actor, self.antecedents.people), result.mention)
        self.resolved[id(attribution)] = result
        if result.actor is not None:
            self.last = result
            self.antecedents.spoke(result.actor, attribution.order)
            self.statements.append(self._statement(attribution, result.actor, speaker))
        return self._spoken_for(result)

    def _spoken_for(self, result: Resolved) -> Resolved:
        """"A spokesman for the Rapid Support Forces said": an unnamed spokesperson speaks for the organization or
        state the words name, which becomes the speaker (the words stay as ``speaker_mention``)."""
        actor, mention = result.actor, result.mention
        if actor is None or mention is None or actor.named or not _SPOKES.match(actor.role or ""):
            return result
        bodies = [a for a in lookup.actors_in(self.record, *mention) if a.type != "PERSON" and a.id != actor.id]
        return Resolved(bodies[0], mention) if len(bodies) == 1 else result

    def _statement(self, attribution: Attribution, actor: Actor, speaker: Token | None) -> Statement:
        document = speaker.lemma_.lower() if speaker is not None and self._document(speaker) else None
        channel = text_of(self.doc)[slice(*attribution.channel)].lower().split() if attribution.channel else []
        return Statement(attribution.order, attribution.content[1], actor, document, frozenset(channel))

    def _document(self, token: Token) -> bool:
        return token.pos_ == "NOUN" and (token.lemma_.lower() in self.documents or token.lower_ in self.documents)

    def _carried(self, attribution: Attribution) -> Actor | None:
        """A quote with no cue: the speaker before it, unless a person was named after that speaker spoke."""
        source = attribution.carried_from
        carried = self.resolved.get(id(source)) if source is not None else None
        since = source.order if source is not None else -1
        named = self.antecedents.latest_person(attribution.content[0], since)
        return named or (carried.actor if carried else None)

    def _actor(self, token: Token, attribution: Attribution) -> Actor | None:
        lower = token.lower_
        if lower in _MALE or lower in _FEMALE:
            return self.antecedents.person(token.idx, "m" if lower in _MALE else "f",
                                           exclude=self._bound(attribution))
        if lower in _GROUP_PRONOUNS:
            return self.antecedents.group(token.idx)
        proper = token.pos_ == "PROPN" or (token.pos_ == "PRON" and token.text[:1].isupper() and lower not in _OTHER)
        capitals = len(token) > 1 and token.text.isupper() and token.is_alpha
        if token.pos_ == "PRON" and not proper:
            return None
        named, apposed = self._named(token, proper or capitals), self._apposed(token)
        if apposed is not None and (named is None or named.type != "PERSON" or len(name_tokens(named.name)) < 2):
            named = apposed  # "Keeper of the Seal, Syed Ahmad, said": the title is not the speaker
        if named is not None:
            return named
        if proper and token.ent_type_ == "NORP" and any(c.lower_ == "the" for c in token.lefts):
            return self._described(token)  # "the Kentucky Republican", "the Frenchman"
        if proper:
            return self._append(token, self.lexicon.group_roles.get(token.lemma_.lower(), "PERSON"), named=True)
        return self._principal(token) or self._described(token)

    def _principal(self, token: Token) -> Actor | None:
        """"Guterres called for calm, his spokesman said": the person the aide speaks for, named earlier in the
        sentence (not an earlier article's spokesman)."""
        if token.lemma_.lower() not in self.lexicon.person_roles or not any(
                c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in token.children):
            return None
        start = token.sent.start_char
        named = [(max(m.start for m in a.mentions if start <= m.start < token.idx), a)
                 for a in lookup.actors_in(self.record, start, token.idx) if a.type == "PERSON"]
        return canonical(max(named, key=lambda pair: pair[0])[1], self.antecedents.people) if named else None

    def _bound(self, attribution: Attribution) -> frozenset[str]:
        """People a pronoun speaker cannot be: those named in its own statement ("Smith hid, he said") or addressed
        by its cue ("he told Smith")."""
        inside = lookup.actors_in(self.record, *attribution.content)
        return self.addressees | frozenset(a.id for a in inside if a.type == "PERSON")

    def _addressees(self, attribution: Attribution) -> frozenset[str]:
        """The actors a cue addresses ("told CTV News"): never the speaker."""
        cue = attribution.cue_token
        spans = [] if cue is None else [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in cue.children
                                        if c.dep_ in _ADDRESSEES]
        return frozenset(a.id for start, end in spans for a in lookup.actors_in(self.record, start, end))

    def _named(self, token: Token, proper: bool) -> Actor | None:
        actor = lookup.actor_at(self.record, token.idx, token.idx + len(token))
        if actor is None and proper:
            start, end = mention_span(token)
            actor = lookup.actor_at(self.record, start, end)
        if actor is not None and actor.type == "PERSON":
            return canonical(actor, self.antecedents.people)
        if (actor is None and proper) or (actor is not None and token.text.isupper()):
            # "KOWALSKA" in capitals, which the parser may take for an organization, is the person so named
            person = self.antecedents.person_named(text_of(self.doc)[slice(*mention_span(token))])
            if person is not None or actor is None:
                return person
        return actor

    def _apposed(self, token: Token) -> Actor | None:
        """"the director of operations, Jeff Fraser, says", "an official named Jhony told reporters": the person
        named in apposition; "the peacekeeping mission, MONUSCO, said": the body."""
        for child in token.subtree:
            if not _in_noun_phrase(child, token):
                continue
            if child.dep_ == "appos" or (child.dep_ == "acl" and child.lemma_.lower() in _NAMING):
                start, end = child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
                named = lookup.actors_in(self.record, start, end)
                people = [a for a in named if a.type == "PERSON"]
                if people:
                    return canonical(people[0], self.antecedents.people)
                if child.dep_ == "appos" and token.pos_ == "NOUN" and named and named[0].named:
                    return named[0]  # "the U.N. peacekeeping mission, MONUSCO, said": the body named
                name = next((t for t in child.subtree if t.pos_ == "PROPN" and t.ent_type_ == "PERSON"), None)
                if child.dep_ == "acl" and name is not None:
                    return self._append(name, "PERSON", named=True)
        return None

    def _described(self, token: Token) -> Actor | None:
        lemma = token.lemma_.lower()
        country = self._country(token)
        definite = any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in token.children)
        if lemma in self.lexicon.group_roles and lemma not in self.lexicon.nouns:
            group = self.lexicon.group_roles[lemma]
            types = _FITTING[group] | _described_types().get(lemma, frozenset())
            found = self.antecedents.organization(token.idx, lemma, types, self.addressees) if definite else None
            return found or self._append(token, group, named=False, country=country)
        if lemma in self.documents or token.lower_ in self.documents:
            return self._issuer(token, definite) or self._append(token, "ORG", named=False, country=country)
        person = lemma in self.lexicon.person_roles or token.ent_type_ in {"PERSON", "NORP"} \
            or lemma.endswith(_PERSON_SUFFIXES) or bool(_AGE.search(text_of(self.doc)[token.left_edge.idx:token.idx]))
        if definite and token.tag_ != "NNS":
            found = self.antecedents.described(token.idx, country, lemma) if person \
                else self.antecedents.named_with(token.idx, lemma)
            if found is not None:
                return found
        kind: ActorType = "GROUP" if token.tag_ == "NNS" else "PERSON"
        if not person:
            kind = "ORG" if token.tag_ != "NNS" else kind
        return self._append(token, kind, named=False, country=country)

    def _issuer(self, token: Token, definite: bool) -> Actor | None:
        """Who issued "a statement from the ministry", "the railway's white paper", or "the report" met before as
        "a report by the railway"; else the speaker an earlier statement in that document (or the one just before)
        had; else the organization named last."""
        named = issuer_token(token, self.lexicon.group_roles,
                             inverted=token.dep_ in {"nsubj", "nsubjpass"} and token.head.i < token.i)
        found = self._agent(named) if named is not None and named.pos_ != "NOUN" else None
        if found is None and definite:  # "the union's release" after "a release from UFCW Local 832"
            found = same_document(self.statements, token.lemma_.lower(), token.idx)
        if found is None and named is not None:
            found = self._agent(named)
        if found is None and definite:
            earlier = self._earlier_issuer(token)
            found = self._agent(earlier) if earlier is not None else None
        paragraph = text_of(self.doc).rfind("\n", 0, token.idx) + 1
        return found or continued(self.statements, token.idx, paragraph, definite) \
            or self.antecedents.recent(token.idx, _ORGANIZATIONS)

    def _earlier_issuer(self, token: Token) -> Token | None:
        """The issuer named where the same document noun came before ("A report by X ..." -> "the report")."""
        for before in reversed(self.doc[:token.i]):
            if before.pos_ == "NOUN" and before.lemma_ == token.lemma_:
                found = issuer_token(before, self.lexicon.group_roles)
                if found is not None:
                    return found
        return None

    def _agent(self, token: Token) -> Actor | None:
        """The actor a document's issuer names: a listed actor, a named entity the actors stage missed, or a
        description ("media outlets", "the committee")."""
        if token.pos_ == "NOUN":
            return self._described(token)
        found = self._named(token, proper=True)
        if found is None and token.ent_type_ in ENTITY_TYPES:
            found = self._append(token, ENTITY_TYPES[token.ent_type_], named=True,  # type: ignore[arg-type]
                                 span=self._entity(token))
        return found

    def _entity(self, token: Token) -> Chars | None:
        """The whole named entity around ``token`` ("UFCW Local 832"), without a possessive ending."""
        entity = next((e for e in self.doc.ents if e.start <= token.i < e.end), None)
        if entity is None:
            return None
        words = [t for t in entity if t.dep_ != "case" and not t.is_punct]
        return (words[0].idx, words[-1].idx + len(words[-1])) if words else None

    def _country(self, token: Token) -> str | None:
        for child in token.children:
            if child.dep_ in {"amod", "compound", "poss"} and child.i < token.i:
                actor = lookup.actor_at(self.record, child.idx, child.idx + len(child))
                if actor is not None and actor.country:
                    return actor.country
                if country_of(child.text):
                    return country_of(child.text)
        return None

    def _append(self, token: Token, kind: ActorType, *, named: bool, country: str | None = None,
                span: Chars | None = None) -> Actor:
        start, end = span or mention_span(token)
        role: str | None = None
        if named and kind == "PERSON":  # "Army spokesman Lieutenant-Colonel X Y": the person is "X Y"
            name_at = _name_start(token, start, self.lexicon.person_roles)
            role = text_of(self.doc)[start:name_at].strip(" ,-") or None
            start = name_at
        text = text_of(self.doc)[start:end]
        name = _without_determiner(text) if not named or text[:1].islower() else text
        if role is not None:
            known = self.antecedents.person_named(name)
            if known is not None:
                known.mentions.append(Mention(start=start, end=end, text=text))
                return known
        same = next((a for a in self.antecedents.appended if a.name.lower() == name.lower()), None)
        if same is not None:
            same.mentions.append(Mention(start=start, end=end, text=text))
            return same
        actor = Actor(id=_new_id(self.record), name=name, type=kind, country=country, named=named,
                      role=role if named else _role(token), mentions=[Mention(start=start, end=end, text=text)])
        self.record.actors.append(actor)
        self.antecedents.add(actor)
        return actor


def _in_noun_phrase(node: Token, head: Token) -> bool:
    """``node`` hangs from ``head`` through prepositions, possessors and their objects only ("Keeper of the Ruler's
    Seal, X," / "an official in Banten province named X"), not through a clause."""
    if node.i == head.i or node.i < head.left_edge.i:
        return False
    parent = node.head
    while parent.i != head.i:
        if parent.dep_ not in {"prep", "pobj", "poss", "compound"} or parent.head.i == parent.i:
            return False
        parent = parent.head
    return True


@lru_cache(maxsize=1)
def _documents() -> frozenset[str]:
    """Document nouns beyond the cue lexicon's reporting nouns and channels (``data/quotes_speakers.yaml``)."""
    return frozenset(str(word).lower() for word in load_yaml("quotes_speakers.yaml").get("documents") or ())


@lru_cache(maxsize=1)
def _described_types() -> dict[str, frozenset[str]]:
    """Actor types a group description may also stand for ("the agency": a government body too)."""
    data = load_yaml("quotes_speakers.yaml").get("described_types") or {}
    return {str(noun).lower(): frozenset(str(t) for t in types) for noun, types in data.items()}


def _name_before(cue: Token | None) -> Token | None:
    """"Smith said" where the parser lost the subject (a stray format character after the name): the proper noun
    right before the cue, on the same line."""
    if cue is None or cue.i == 0:
        return None
    before = cue.doc[cue.i - 1]
    if before.pos_ != "PROPN" or "\n" in before.whitespace_ or before.dep_ not in _LOST:
        return None
    return before


def _name_start(token: Token, start: int, roles: frozenset[str]) -> int:
    """Where a titled person's name begins: the capitalized proper nouns ending at the head, back to the first
    title word ("Army spokesman Lieutenant-Colonel Guillaume Ndjike Kaiko"); ``start`` unless that leaves a name
    of two words or more."""
    first = token
    while first.i > 0:
        before = first.doc[first.i - 1]
        if before.idx < start or before.pos_ != "PROPN" or not before.text[:1].isupper() or before.lower_ in roles:
            break
        first = before
    return first.idx if first.i < token.i and first.idx > start else start


def _without_determiner(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if first.lower() in {"a", "an", "the", "some", "one", "another"} and rest else text


def _role(token: Token) -> str:
    parts = [t.text for t in token.lefts if t.dep_ in {"amod", "compound"} and not country_of(t.text)]
    return " ".join([*parts, token.text])


def _new_id(record: Record) -> str:
    taken = {a.id for a in record.actors}
    number = len(record.actors) + 1
    while f"a{number}" in taken:
        number += 1
    return f"a{number}"
