"""The event trigger lexicon: PLOVER type, mode and pentacode per lemma, loaded once from data files."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, cast, get_args

from spacy.tokens import Token

from redline.errors import DataFileError
from redline.models import PloverType
from redline.resources import load_user_yaml, load_yaml

PLOVER_TYPES: frozenset[str] = frozenset(get_args(PloverType))
#: Arcs through which the other words of a multi-word trigger may sit two levels down ("take up arms").
#: Prepositions that make a date part of the act ("gave X until Friday"): a deadline.
_DEADLINE = frozenset({"until", "till"})
_THROUGH = frozenset({"prep", "prt", "xcomp", "agent", "dative", "compound", "dobj", "pobj", "amod", "acl"})
_TIMES = frozenset({"DATE", "TIME"})
_PREPOSITIONS = frozenset({"of", "for", "to", "in", "on", "with", "from", "against"})


@dataclass(frozen=True)
class Entry:
    """One trigger: a PLOVER type with an optional mode, its pentacode and prior confidence."""

    type: PloverType
    mode: str | None
    pentacode: int
    confidence: float


@dataclass(frozen=True)
class Form:
    """A trigger form: the head lemma plus the other lemmas that must sit below it; no entry = not an event."""

    head: str
    others: frozenset[str]
    entry: Entry | None


@dataclass
class Lexicon:
    """Trigger forms indexed by head lemma, for verbs and for nouns, most specific first."""

    verbs: dict[str, list[Form]] = field(default_factory=dict)
    nouns: dict[str, list[Form]] = field(default_factory=dict)
    auxiliaries: dict[str, list[Form]] = field(default_factory=dict)
    #: verbs that undo their object's event, as forms; object type -> the (type, mode) the verb's event takes
    reversal_verbs: dict[str, list[Form]] = field(default_factory=dict)
    reversals: dict[str, tuple[PloverType, str | None]] = field(default_factory=dict)
    #: verbs that complete a visit or meeting rather than cancel it ("ended his trip"): no reversal
    completions: frozenset[str] = frozenset()
    #: nouns for one's share in an event ("participation in the talks"): undoing the share undoes the event
    shares: frozenset[str] = frozenset()
    #: the default pentacode of each PLOVER type
    pentacodes: dict[str, int] = field(default_factory=dict)
    #: subjects that make an assault verb a natural or accidental happening ("floods killed 20")
    non_agents: frozenset[str] = frozenset()
    #: verbs that ask a question, not for something, when their complement is a question ("asked whether …")
    question_verbs: frozenset[str] = frozenset()
    #: assault verbs that criticize when they give a reason ("attacked the paper for refusing …")
    verbal_attacks: frozenset[str] = frozenset()
    #: verbs whose passive with "with" tells a reaction ("was met with brutality"), not the verb's event
    reaction_passives: frozenset[str] = frozenset()

    def match(self, token: Token) -> Form | None:
        """The most specific trigger form for ``token`` (its entry None for a listed non-event), or None."""
        return _best(token, self._index(token).get(token.lemma_.lower()))

    def reverses(self, token: Token) -> bool:
        """Whether ``token`` is a verb that undoes the event its object names ("lifted the ban")."""
        return token.pos_ == "VERB" and _best(token, self.reversal_verbs.get(token.lemma_.lower())) is not None

    def _index(self, token: Token) -> dict[str, list[Form]]:
        if token.pos_ == "VERB":
            return self.verbs
        if token.pos_ in ("NOUN", "PROPN"):
            return self.nouns
        return self.auxiliaries if token.dep_ == "aux" else {}


def _best(token: Token, forms: list[Form] | None) -> Form | None:
    """The most specific form whose other words sit below ``token``."""
    if not forms:
        return None
    below: set[str] | None = None
    for form in forms:
        if not form.others:
            return form
        below = {t.lemma_.lower() for t in words_below(token)} if below is None else below
        if form.others <= below:
            return form
    return None


def words_below(token: Token) -> list[Token]:
    """Where the other words of a multi-word trigger may sit: the children, and grandchildren reached through a
    preposition, particle or complement; a preposition heading a date ("on Tuesday") is left out, but for a
    deadline ("gave Beijing until Friday to return them"). A participle's noun is its object ("a video message
    released on Sunday" reads as "released a video message")."""
    found: list[Token] = [token.head] if token.dep_ == "acl" and token.tag_ == "VBN" else []
    for child in token.children:
        dated = child.dep_ == "prep" and any(g.ent_type_ in _TIMES for g in child.children)
        if dated and child.lower_ not in _DEADLINE:
            continue
        found.append(child)
        if child.dep_ in _THROUGH:
            found.extend(child.children)
    return found


def _entry(raw: Mapping[str, Any], defaults: Mapping[str, int], name: str) -> Entry | None:
    kind = raw.get("type")
    if kind == "NONE":
        return None
    if kind not in PLOVER_TYPES:
        raise DataFileError(f"{name}: unknown PLOVER type {kind!r}.", hint=f"Use one of {sorted(PLOVER_TYPES)}.")
    return Entry(type=cast(PloverType, kind), mode=raw.get("mode"),
                 pentacode=int(raw.get("pentacode", defaults[str(kind)])),
                 confidence=float(raw.get("confidence", 0.7)))


def _add(index: dict[str, list[Form]], phrase: str, entry: Entry | None, heads: Iterable[int]) -> None:
    words = phrase.lower().split()
    for position in heads:
        head = words[position]
        others = frozenset(w for i, w in enumerate(words) if i != position)
        index.setdefault(head, []).append(Form(head=head, others=others, entry=entry))


def _noun_head(phrase: str) -> int:
    """Which word heads a multi-word noun trigger: the first before a preposition ("call for"), else the last."""
    words = phrase.split()
    return 0 if len(words) > 1 and words[1] in _PREPOSITIONS else len(words) - 1


def build(entries: Iterable[Mapping[str, Any]], defaults: Mapping[str, int], name: str = "triggers") -> Lexicon:
    """A lexicon from trigger entries (the shape of ``data/events/triggers.yaml``)."""
    lexicon = Lexicon(pentacodes=dict(defaults))
    for raw in entries:
        entry = _entry(raw, defaults, name)
        for phrase in raw.get("verbs") or []:
            _add(lexicon.verbs, phrase, entry, heads=(0,))
        for phrase in raw.get("nouns") or []:
            _add(lexicon.nouns, phrase, entry, heads=(_noun_head(phrase),))
        for phrase in raw.get("auxiliaries") or []:
            _add(lexicon.auxiliaries, phrase, entry, heads=(0,))
    for index in (lexicon.verbs, lexicon.nouns, lexicon.auxiliaries):
        for forms in index.values():
            forms.sort(key=lambda form: -len(form.others))
    return lexicon


def _reversals(lexicon: Lexicon, raw: Mapping[str, Any]) -> None:
    marker = Entry(type="RETREAT", mode=None, pentacode=0, confidence=0.0)
    for phrase in raw.get("verbs") or []:
        _add(lexicon.reversal_verbs, phrase, marker, heads=(0,))
    for kind, (into, *mode) in (raw.get("into") or {}).items():
        if into not in PLOVER_TYPES:
            raise DataFileError(f"triggers: unknown PLOVER type {into!r} in reversals.", hint="Fix the file.")
        lexicon.reversals[kind] = (cast(PloverType, into), mode[0] if mode else None)
    lexicon.completions = frozenset(str(word) for word in raw.get("completions") or [])
    lexicon.shares = frozenset(str(word) for word in raw.get("shares") or [])


@lru_cache(maxsize=8)
def load(user_files: tuple[Path, ...] = ()) -> Lexicon:
    """The packaged trigger lexicon, extended by ``event_triggers`` lists in the user's lexicon files."""
    defaults = load_yaml("events/pentacode.yaml")["types"]
    packaged = load_yaml("events/triggers.yaml")
    entries = list(packaged["event_triggers"])
    for extra in load_user_yaml(user_files):
        if isinstance(extra, dict):
            entries.extend(extra.get("event_triggers") or [])
    lexicon = build(entries, defaults)
    _reversals(lexicon, packaged.get("reversals") or {})
    lexicon.non_agents = frozenset(str(word) for word in packaged.get("non_agents") or [])
    lexicon.question_verbs = frozenset(str(word) for word in packaged.get("question_verbs") or [])
    lexicon.verbal_attacks = frozenset(str(word) for word in packaged.get("verbal_attacks") or [])
    lexicon.reaction_passives = frozenset(str(word) for word in packaged.get("reaction_passives") or [])
    return lexicon
