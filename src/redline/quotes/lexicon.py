"""The reporting-cue lexicon (``data/reporting_cues.yaml``), loaded once and extendable with user files."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Token

from redline.errors import DataFileError
from redline.models import ActorType
from redline.resources import load_user_yaml, load_yaml
from redline.settings import Settings

_LIST_KINDS = ("verb", "belief", "evidence", "intention", "directive", "topic", "topic_prep", "intention_prep",
               "intention_noun", "passive", "raising", "adjective", "naming", "noun", "phrase", "channel",
               "person_roles", "headings")
_ACTOR_TYPES = frozenset(ActorType.__args__)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Lexicon:
    """Reporting verbs, naming verbs, nouns and phrases, plus the nouns that describe speakers and channels."""

    verbs: frozenset[str]
    #: verbs of thinking and knowing with a clause: a ``belief`` attribution
    beliefs: frozenset[str]
    naming: frozenset[str]
    nouns: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    channels: frozenset[str]
    person_roles: frozenset[str]
    group_roles: Mapping[str, ActorType]
    #: capitalised line labels that are not speakers ("UPDATE:", "WATCH:")
    headings: frozenset[str] = frozenset()
    #: lower-case given name -> "m" or "f"
    first_names: Mapping[str, str] = field(default_factory=dict)
    #: verbs of showing and finding with a clause: an ``evidence`` attribution
    evidence: frozenset[str] = frozenset()
    #: verbs with an infinitive ("wants to"), and with an addressee and an infinitive ("urged X to"): ``intention``
    intentions: frozenset[str] = frozenset()
    directives: frozenset[str] = frozenset()
    #: verbs whose object is what was talked about, backed or opposed: a ``topic`` attribution
    topics: frozenset[str] = frozenset()
    #: nouns with an infinitive and a possessor: an ``intention`` ("Trump's plan to build a wall")
    intention_nouns: frozenset[str] = frozenset()
    #: verbs that, passive and with no agent, attribute their clause to an unnamed source ("was accused of")
    passives: frozenset[str] = frozenset()
    #: verbs of appearance that, with an infinitive or a predicate, attribute their clause to an unnamed observer
    #: ("the deal seems to hold", "the town appeared calm")
    raisings: frozenset[str] = frozenset()
    #: predicative adjectives of attitude ("is confident that", "eager to", "concerned about")
    adjectives: frozenset[str] = frozenset()
    #: irregular verb forms -> lemma, for titles the parser cannot lemmatize ("Said", "Told")
    forms: Mapping[str, str] = field(default_factory=dict)
    #: (verb lemma, preposition) -> the class its object makes ("call for": intention, "speak about": topic)
    preps: Mapping[tuple[str, str], str] = field(default_factory=dict)

    @property
    def size(self) -> int:
        """How many distinct cues (verbs, naming verbs, nouns and phrases) the lexicon holds."""
        return len(self.verbs | self.beliefs | self.naming | self.nouns) + len(self.phrases)

    @property
    def wide(self) -> frozenset[str]:
        """Every verb lemma a wider attribution may start from (beliefs, findings, intentions, topics …)."""
        return self.beliefs | self.evidence | self.intentions | self.directives | self.topics | self.passives \
            | self.raisings | self.verbs | frozenset(verb for verb, _ in self.preps)

    def wider_class(self, lemma: str) -> str | None:
        """The class a non-reporting verb attributes: ``belief``, ``evidence``, ``intention`` or ``topic``."""
        for kind, lemmas in (("belief", self.beliefs), ("evidence", self.evidence),
                             ("intention", self.intentions), ("topic", self.topics)):
            if lemma in lemmas:
                return kind
        return None

    def lemma(self, token: Token) -> str:
        """The token's lemma, an irregular form or a known lemmatizer slip ("hoping" -> "hop") corrected."""
        return self.forms.get(token.lower_) or token.lemma_.lower()

    def phrase_starts(self) -> frozenset[str]:
        return frozenset(p[0] for p in self.phrases)


def load(settings: Settings) -> Lexicon:
    """The packaged lexicon merged with every ``reporting_cues:`` mapping in ``settings.lexicon_files``."""
    sections = [_section(load_yaml("reporting_cues.yaml"), "reporting_cues.yaml")]
    names = [load_yaml("quotes_first_names.yaml")]
    for index, extra in enumerate(load_user_yaml(settings.lexicon_files)):
        if isinstance(extra, dict) and "reporting_cues" in extra:
            sections.append(_section({"cues": extra["reporting_cues"]}, str(settings.lexicon_files[index])))
        if isinstance(extra, dict) and isinstance(extra.get("first_names"), dict):
            names.append(extra["first_names"])
    return replace(_merge(sections), first_names=_genders(names))


def _genders(sections: Iterable[Any]) -> dict[str, str]:
    genders: dict[str, str] = {}
    for section in sections:
        for key, gender in (("male", "m"), ("female", "f")):
            genders.update({str(name).lower(): gender for name in (section or {}).get(key) or ()})
    return genders


def _section(data: Any, name: str) -> dict[str, Any]:
    cues = data.get("cues") if isinstance(data, dict) else None
    if not isinstance(cues, dict):
        raise DataFileError(f"{name} has no `cues` mapping.", hint="See docs/quotes.md for the lexicon format.")
    return cues


def _merge(sections: Iterable[dict[str, Any]]) -> Lexicon:
    lists: dict[str, set[str]] = {kind: set() for kind in _LIST_KINDS}
    groups: dict[str, ActorType] = {}
    forms: dict[str, str] = {}
    for cues in sections:
        forms.update({str(form).lower(): str(lemma).lower() for form, lemma in (cues.get("forms") or {}).items()})
        for kind in _LIST_KINDS:
            lists[kind].update(str(word).lower() for word in cues.get(kind) or ())
        for noun, actor_type in (cues.get("group_roles") or {}).items():
            if actor_type not in _ACTOR_TYPES:
                raise DataFileError(f"Unknown actor type {actor_type!r} for {noun!r}.", hint="Use a type of Actor.")
            groups[str(noun).lower()] = actor_type
    preps = {_pair(p): "topic" for p in lists["topic_prep"]} | {_pair(p): "intention" for p in lists["intention_prep"]}
    return Lexicon(
        verbs=frozenset(lists["verb"]), beliefs=frozenset(lists["belief"] - lists["verb"]),
        evidence=frozenset(lists["evidence"] - lists["verb"] - lists["belief"]),
        intentions=frozenset(lists["intention"]), directives=frozenset(lists["directive"]),
        topics=frozenset(lists["topic"]), preps=preps, intention_nouns=frozenset(lists["intention_noun"]),
        passives=frozenset(lists["passive"]), raisings=frozenset(lists["raising"]),
        adjectives=frozenset(lists["adjective"]),
        naming=frozenset(lists["naming"]), nouns=frozenset(lists["noun"]),
        phrases=tuple(sorted({tuple(p.split()) for p in lists["phrase"]}, key=len, reverse=True)),
        channels=frozenset(lists["channel"]), person_roles=frozenset(lists["person_roles"]), group_roles=groups,
        headings=frozenset(lists["headings"]), forms=forms,
    )


def _pair(phrase: str) -> tuple[str, str]:
    """"lash out at" -> ("lash", "at"): the verb lemma and the preposition whose object is the content."""
    words = phrase.split()
    return words[0], words[-1]
