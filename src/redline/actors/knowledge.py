"""Actor knowledge as data: states, seats of government, sectors, organizations, armed groups, media, people.

The packaged files live in ``redline/data/actors/``; a user's own YAML files (``Settings.actor_files``) are merged
over them with the same keys (``states``, ``seats``, ``organizations``, ``groups``, ``media``, ``persons``,
``not_actors``). Everything is loaded once per process.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from redline.errors import DataFileError
from redline.models import ActorType
from redline.resources import load_user_yaml, load_yaml, read_text

_LIST_FILES = ("seats.yaml", "organizations.yaml", "armed_groups.yaml", "media.yaml", "persons.yaml")
_KINDS = {"seats": "SEAT", "organizations": "ORG", "groups": "GROUP", "media": "MEDIA", "persons": "PERSON"}
_TYPES: dict[str, ActorType] = {"ORG": "ORG", "GROUP": "ARMED_GROUP", "MEDIA": "MEDIA", "PERSON": "PERSON",
                                "SEAT": "GOVERNMENT"}
_ALLOWED_TYPES = frozenset({"PERSON", "STATE", "GOVERNMENT", "MILITARY", "ARMED_GROUP", "IGO", "MEDIA", "ORG",
                            "PARTY", "GROUP"})


@dataclass(frozen=True)
class State:
    """A state or disputed entity: its names, demonyms and capitals."""

    iso3: str
    iso2: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    wikidata: str | None = None

    @property
    def adjective(self) -> str:
        return self.demonyms[0] if self.demonyms else self.name


@dataclass(frozen=True)
class Entry:
    """A named actor the data knows: an organization, armed group, outlet, seat of government or person."""

    key: str
    kind: str
    name: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    wikidata: str | None = None
    role: str | None = None
    #: a seat that is a named body of its own ("State Department", "Kremlin"), not the branch it belongs to
    institution: bool = False


@dataclass(frozen=True)
class Sector:
    code: str
    type: ActorType
    label: str
    generic: bool
    phrases: tuple[str, ...]


@dataclass
class Knowledge:
    """All actor knowledge, indexed for the resolver."""

    states: dict[str, State] = field(default_factory=dict)
    entries: dict[str, Entry] = field(default_factory=dict)
    sectors: dict[str, Sector] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    strip: frozenset[str] = frozenset()
    military_actions: frozenset[str] = frozenset()
    state_nouns: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    anaphors: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()
    not_actors: tuple[str, ...] = ()
    #: ministry phrase (lower case) -> the ministry's name ("ministry of foreign affairs" -> "Foreign Ministry")
    ministries: dict[str, str] = field(default_factory=dict)
    #: a title -> other nouns that describe its holder ("justice" -> "judge")
    title_equivalents: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: cues that a "person" names a company (companies.yaml): suffixes, kinds, owned nouns, platform verbs
    company_cues: dict[str, frozenset[str]] = field(default_factory=dict)

    def state(self, iso3: str | None) -> State | None:
        return self.states.get(iso3) if iso3 else None


def _split(cell: str | Iterable[str] | None) -> tuple[str, ...]:
    parts = (cell or "").split("|") if isinstance(cell, str) or cell is None else cell
    return tuple(str(part).strip() for part in parts if str(part).strip())


def _plurals(demonyms: Iterable[str]) -> tuple[str, ...]:
    """People nouns derived from adjectival demonyms: Syrian -> Syrians, Iraqi -> Iraqis."""
    return tuple(f"{d}s" for d in demonyms if d.endswith(("an", "i")) and " " not in d)


def parse_states(rows: Iterable[Mapping[str, Any]]) -> Iterator[State]:
    for row in rows:
        if not isinstance(row, Mapping) or not row.get("iso3") or not row.get("name"):
            raise DataFileError(f"A state entry needs `iso3` and `name`: {row!r}.", hint="See docs/actors.md.")
        demonyms = _split(row.get("demonyms"))
        yield State(
            iso3=str(row["iso3"]).upper(), iso2=str(row.get("iso2") or "").upper(), name=str(row["name"]),
            aliases=_split(row.get("aliases")), demonyms=demonyms + _plurals(demonyms),
            capitals=_split(row.get("capitals")), wikidata=row.get("wikidata") or None,
        )


def _states_csv(text: str) -> list[dict[str, str]]:
    lines = [line for line in io.StringIO(text) if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


def _type(item: Mapping[str, Any], default: ActorType) -> ActorType:
    value = item.get("type")
    return cast(ActorType, value) if value in _ALLOWED_TYPES else default


def _entry(kind: str, item: Mapping[str, Any]) -> Entry:
    if not isinstance(item, Mapping) or not item.get("name"):
        raise DataFileError(f"An actor entry of kind {kind} has no name: {item!r}.", hint="Give every entry a `name`.")
    name = str(item["name"])
    country = item.get("country") or None
    sector = item.get("sector") or None
    code = item.get("code") or (f"{country or ''}{sector or ''}" or None)
    if kind == "MEDIA":
        code = item.get("code") or f"{country or ''}MED"
    return Entry(
        key=f"{kind.lower()}:{name}", kind=kind, name=name, type=_type(item, _TYPES[kind]),
        aliases=tuple(str(a) for a in item.get("aliases") or ()), country=country, sector=sector, code=code,
        wikidata=item.get("wikidata") or None, role=item.get("role") or None,
        institution=bool(item.get("institution")),
    )



def _merge(knowledge: Knowledge, document: Mapping[str, Any], origin: str) -> None:
    if not isinstance(document, Mapping):
        raise DataFileError(f"{origin} must be a YAML mapping.", hint="See docs/actors.md for the format.")
    for state in parse_states(_section(document, "states", origin)):
        knowledge.states[state.iso3] = state
    for section, kind in _KINDS.items():
        for item in _section(document, section, origin):
            entry = _entry(kind, item)
            knowledge.entries[entry.key] = entry
    knowledge.not_actors += tuple(str(p) for p in _section(document, "not_actors", origin))


def _section(document: Mapping[str, Any], name: str, origin: str) -> list[Any]:
    value = document.get(name) or []
    if not isinstance(value, list):
        raise DataFileError(f"`{name}` in {origin} must be a list.", hint="See docs/actors.md for the format.")
    return value


def _sectors(document: Mapping[str, Any], ministries: Mapping[str, str]) -> dict[str, Sector]:
    """Sector phrases by code; the ministry phrases are government (GOV) phrases too."""
    sectors = {
        code: Sector(code=code, type=spec["type"], label=spec["label"], generic=bool(spec.get("generic")),
                     phrases=tuple(spec["phrases"]))
        for code, spec in document["sectors"].items()
    }
    gov = sectors["GOV"]
    extra = tuple(p for p in ministries if p not in {q.lower() for q in gov.phrases})
    sectors["GOV"] = Sector(code=gov.code, type=gov.type, label=gov.label, generic=gov.generic,
                            phrases=gov.phrases + extra)
    return sectors


def _ministries(document: Mapping[str, Any]) -> dict[str, str]:
    return {str(phrase).lower(): str(name) for name, phrases in (document.get("ministries") or {}).items()
            for phrase in phrases}


def _titles(document: Mapping[str, Any]) -> dict[str, str]:
    return {title.lower(): sector for sector, titles in document["titles"].items() for title in titles}


def _base() -> Knowledge:
    sectors = load_yaml("actors/sectors.yaml")
    titles = load_yaml("actors/titles.yaml")
    ministries = _ministries(sectors)
    knowledge = Knowledge(
        states={s.iso3: s for s in parse_states(_states_csv(read_text("actors/states.csv")))},
        sectors=_sectors(sectors, ministries), titles=_titles(titles), ministries=ministries,
        strip=frozenset(str(s).lower() for s in titles.get("strip", ())),
        military_actions=frozenset(sectors.get("military_actions", ())),
        state_nouns=frozenset(sectors.get("state_nouns", ())),
        place_nouns=frozenset(sectors.get("place_nouns", ())),
        anaphors=frozenset(sectors.get("anaphors", ())),
        member_nouns=frozenset(sectors.get("member_nouns", ())),
        title_equivalents={str(t).lower(): tuple(str(n).lower() for n in nouns)
                           for t, nouns in (titles.get("equivalents") or {}).items()},
    )
    companies = load_yaml("actors/companies.yaml")
    knowledge.company_cues = {key: frozenset(str(v) if key == "suffixes" else str(v).lower() for v in values)
                              for key, values in companies.items()}
    for name in _LIST_FILES:
        _merge(knowledge, load_yaml(f"actors/{name}"), name)
    return knowledge


@lru_cache(maxsize=8)
def load_knowledge(user_files: tuple[Path, ...] = ()) -> Knowledge:
    """The packaged actor knowledge with the user's files merged over it (later files win)."""
    knowledge = _base()
    for path, document in zip(user_files, load_user_yaml(user_files), strict=True):
        _merge(knowledge, document or {}, str(path))
    return knowledge
