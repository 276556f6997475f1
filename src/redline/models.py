"""The typed record: the one contract between analysis, storage, API and UI.

Every extracted item points back to the article text with character offsets (``start``/``end``, Python string
indices into ``article.text``) and, through :class:`Evidence`, to its sentence. ``Record`` is what
``redline analyze --format json`` prints; ``docs/schema/record.schema.json`` is generated from it.
Renaming or removing a field needs a new ``SCHEMA_VERSION``; adding one does not.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

ActorType = Literal[
    "PERSON", "STATE", "GOVERNMENT", "MILITARY", "ARMED_GROUP", "IGO", "MEDIA", "ORG", "PARTY", "GROUP"
]
QuoteKind = Literal["direct", "indirect", "mixed"]
#: what is attributed: a statement (speech), a belief, an intention or demand, a finding (evidence), or a topic
#: (what was cited, criticized, backed: a noun phrase, not a proposition)
AttributionClass = Literal["speech", "belief", "intention", "evidence", "topic"]
EventStatus = Literal["asserted", "hypothetical", "negated", "future", "conditional"]
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
Polarity = Literal["support", "oppose"]
CommitmentStatus = Literal["pending", "due", "overdue", "fulfilled", "violated", "unknown"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A character span ``[start, end)`` in ``article.text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class TextSpan(Span):
    text: str


class Evidence(TextSpan):
    """Why a record exists: the trigger span, its text, and the sentence around it."""

    sentence: Span


class Article(_Model):
    id: str
    title: str | None = None
    source: str | None = None
    published: str | None = Field(default=None, description="ISO date (YYYY-MM-DD) or null")
    url: str | None = None
    license: str | None = None
    language: str = "en"
    text: str
    author: str | None = None
    via: str | None = None
    credit: str | None = Field(default=None, description="Credit or licence footer kept out of `text`")


class Mention(Span):
    text: str = ""


class Actor(_Model):
    id: str
    name: str
    type: ActorType
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3")
    sector: str | None = None
    code: str | None = Field(default=None, description="PLOVER/CAMEO-style country+sector code, e.g. IRNGOV")
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    role: str | None = None
    wikidata: str | None = None
    named: bool = True


class Quote(_Model):
    id: str
    speaker: str | None = Field(default=None, description="actor id")
    speaker_name: str | None = None
    speaker_mention: Mention | None = None
    kind: QuoteKind
    cue: str | None = None
    cue_span: Span | None = None
    content: TextSpan
    channel: str | None = None
    evidence: Evidence
    attribution: AttributionClass = Field(
        default="speech", description="speech: a statement (what quote corpora such as GGT count); belief, intention, "
                                      "evidence, topic: the wider attributions of PolNeAR-style annotation")


class Event(_Model):
    id: str
    type: PloverType
    mode: str | None = None
    pentacode: int | None = Field(default=None, ge=0, le=4)
    actors: list[str] = Field(default_factory=list)
    recipients: list[str] = Field(default_factory=list)
    place: str | None = Field(default=None, description="place id")
    date: str | None = None
    date_precision: Literal["day", "month", "year", "article"] | None = None
    status: EventStatus = "asserted"
    reported_by: str | None = Field(default=None, description="actor id of who reported it")
    quantities: list[str] = Field(default_factory=list)
    trigger: TextSpan
    evidence: Evidence
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    depth: int | None = Field(default=None, ge=0,
                              description="dependency arcs from the sentence's main verb to the trigger (0: the main "
                                          "verb itself); the shallowest event is what the sentence reports")


class Place(_Model):
    id: str
    name: str
    geonameid: int | None = None
    country_code: str | None = Field(default=None, description="ISO 3166-1 alpha-2")
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = Field(default=None, description="GeoNames feature code (PPL, ADM1, PCLI …)")
    precision: Literal["point", "city", "admin2", "admin1", "country", "region"] | None = None
    mentions: list[Mention] = Field(default_factory=list)


class TimeExpression(_Model):
    id: str
    text: str
    start: int
    end: int
    type: TimeType
    value: str | None = Field(default=None, description="TIMEX3 value, e.g. 2018-09-17, P2Y, PRESENT_REF")
    anchored: bool = True
    role: Literal["point", "deadline", "start", "end"] | None = None


class Quantity(_Model):
    id: str
    text: str
    start: int
    end: int
    value: float | None = None
    value_min: float | None = None
    value_max: float | None = None
    unit: str | None = None
    refers_to: str | None = None
    approximate: bool = False


class Zone(_Model):
    place: str | None = Field(default=None, description="place id")
    place_name: str | None = None
    width_km_min: float | None = None
    width_km_max: float | None = None


class Provision(_Model):
    text: str
    start: int
    end: int
    zone: Zone | None = None
    obligated: list[str] = Field(default_factory=list, description="actor ids")
    obligated_names: list[str] = Field(default_factory=list, description="who is obligated, as written, when no actor")
    deadline: str | None = None
    evidence: Evidence | None = None


class Commitment(_Model):
    id: str
    kind: str = "agreement"
    name: str | None = Field(default=None, description="the name it is known by, e.g. JCPOA")
    parties: list[str] = Field(default_factory=list)
    guarantors: list[str] = Field(default_factory=list)
    welcomed_by: list[str] = Field(default_factory=list)
    agreed: str | None = None
    effective: str | None = Field(default=None, description="ISO date (or date-time) it takes effect")
    place: str | None = None
    provisions: list[Provision] = Field(default_factory=list)
    status: CommitmentStatus = "unknown"
    evidence: Evidence
    mentions: list[Evidence] = Field(default_factory=list, description="every passage that reports it")


class Stance(_Model):
    id: str
    holder: str | None = Field(default=None, description="actor id")
    holder_name: str | None = None
    target: str
    target_actors: list[str] = Field(default_factory=list)
    target_places: list[str] = Field(default_factory=list)
    polarity: Polarity
    strength: float = Field(default=0.5, ge=0.0, le=1.0)
    red_line: bool = False
    condition: str | None = None
    response: str | None = None
    reported_by: str | None = None
    voiced_by: str | None = Field(default=None, description="actor id of the official who voiced the holder's stance")
    denied: bool = Field(default=False, description="the holder denied the opposite stance ('denied it opposed …')")
    evidence: Evidence


class RecordError(_Model):
    stage: str
    code: str
    message: str


class Record(_Model):
    schema_version: str = SCHEMA_VERSION
    article: Article
    actors: list[Actor] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    commitments: list[Commitment] = Field(default_factory=list)
    stances: list[Stance] = Field(default_factory=list)
    errors: list[RecordError] = Field(default_factory=list)
