"""Pronoun speakers: who "he" and "she" are, by salience, binding and recency."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.models import Article, Record
from redline.pipeline import Pipeline
from redline.settings import Settings

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
STAGES = ("redline.actors.v2", "redline.quotes.v2")


@pytest.fixture(scope="module")
def speaker_pipeline(settings: Settings) -> Pipeline:
    return Pipeline.from_settings(settings, STAGES, raise_errors=True)


def _analyzed(pipeline: Pipeline, name: str, article_id: str, published: str) -> Record:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    return pipeline.analyze(Article(id=article_id, text=text, published=published))


@pytest.fixture(scope="module")
def siege(speaker_pipeline: Pipeline) -> Record:
    return _analyzed(speaker_pipeline, "quotes_speaker_siege.txt", "siege", "2024-03-01")


def _speaker(record: Record, snippet: str) -> str | None:
    found = [q for q in record.quotes if snippet in q.content.text]
    assert found, f"no quote contains {snippet!r}: {[q.content.text for q in record.quotes]}"
    return found[0].speaker_name


@pytest.mark.parametrize(("snippet", "speaker"), [
    # "Mwangi ... hid, he said": a name inside the statement is not its pronoun speaker
    ("two colleagues hid under their desks", "Paul Okafor"),
    # a person opening a paragraph after a heading line the parser joined to it is still the topic
    ("Nobody told us anything", "Grace Achieng"),
    ("moving from floor to floor", "David Mwangi"),
    ("went through something terrible", "Paul Okafor"),
    # "Kowalczyk\u200b said": a name the parser lost to a stray format character
    ("rented an office in the tower", "Martin Kowalczyk"),
])
def test_quotes_speaker_pronoun_resolves(siege: Record, snippet: str, speaker: str) -> None:
    assert _speaker(siege, snippet) == speaker


@pytest.fixture(scope="module")
def derailment(speaker_pipeline: Pipeline) -> Record:
    return _analyzed(speaker_pipeline, "quotes_speaker_roles.txt", "derailment", "2024-03-01")


@pytest.mark.parametrize(("snippet", "speaker"), [
    # "Brandt has worked ...": a surname the actors stage did not list still makes Brandt the topic
    ("never seen a winter like this one", "Sasha Brandt"),
    # "the president": the person introduced as "Union president Carla Mendes"
    ("We told them in November", "Carla Mendes"),
    # "Kaye told police that her dog ...": Kaye is a she, so "He" is someone else
    ("he had seen sparks", "Sasha Brandt"),
])
def test_quotes_speaker_description_and_gender(derailment: Record, snippet: str, speaker: str) -> None:
    assert _speaker(derailment, snippet) == speaker


@pytest.fixture(scope="module")
def pier(speaker_pipeline: Pipeline) -> Record:
    return _analyzed(speaker_pipeline, "quotes_speaker_documents.txt", "pier", "2024-03-01")


@pytest.mark.parametrize(("snippet", "speaker"), [
    # a document speaks for its issuer: "a report by X", "a release from X", "X's website"
    ("the pier had been inspected", "Northport Harbour Authority"),
    ("its members would refuse night shifts", "Dockworkers Guild"),
    ("Safety has to come first", "Coastal Ferries"),
    # "the report" again: the one met before; "the guild's release" is the release from the guild met before
    ("two of the pylons", "Northport Harbour Authority"),
    ("vote on the repairs on Sunday", "Dockworkers Guild"),
    # "A statement said" right after the company spoke
    ("the company regretted the delays", "Meridian Shipping Company"),
])
def test_quotes_speaker_document_issuer(pier: Record, snippet: str, speaker: str) -> None:
    found = _speaker(pier, snippet) or ""
    assert found.lower() in speaker.lower() and len(found.split()) >= 2


@pytest.mark.parametrize(("snippet", "speaker"), [
    # the subject of a relative clause ("a putter which Tom Reyes built") does not take over the topic
    ("the best round of my life", "Peter Marsh"),
    # "the Kentucky Republican": a nationality or party word with "the" describes a person already named
    ("put our town on the map", "Mark Dell"),
])
def test_quotes_speaker_topic_and_descriptions(speaker_pipeline: Pipeline, snippet: str, speaker: str) -> None:
    record = _analyzed(speaker_pipeline, "quotes_speaker_golf.txt", "golf", "2024-03-01")
    assert _speaker(record, snippet) == speaker


FLOODS = """Floods hit the coastal district on Monday.

Head of the District's Relief Office, Amina Yusuf, said 40 families had been moved to schools.

A fire brigade commander in the northern ward named Tomas Berg told reporters the river had crested overnight.

Residents criticized the Harbour Agency over the state of the dikes. The Coastal Times has asked for the inspection
reports. The agency told the Coastal Times it had inspected the dikes in May.
"""


@pytest.mark.parametrize(("snippet", "speaker"), [
    # a name in apposition deeper in the subject's phrase, after its title
    ("40 families had been moved", "Amina Yusuf"),
    # "a commander ... named Tomas Berg"
    ("the river had crested", "Tomas Berg"),
    # "the agency told the Coastal Times": whom a statement is addressed to is not its speaker
    ("it had inspected the dikes", "Harbour Agency"),
])
def test_quotes_speaker_apposition_and_addressee(speaker_pipeline: Pipeline, snippet: str, speaker: str) -> None:
    record = speaker_pipeline.analyze(Article(id="floods", text=FLOODS, published="2024-03-01"))
    assert speaker in (_speaker(record, snippet) or "")


COUNCIL = """Mayor Doug Hall said the city would hire 40 more bus drivers this year.

A spokesperson for the transit agency said the drivers had not yet been budgeted.

On Monday, the mayor repeated the promise at a council meeting.

"We will find the money, and the buses will run on time," he said.
"""


def test_quotes_speaker_description_as_subject(speaker_pipeline: Pipeline) -> None:
    """"the mayor" as a subject, after "Mayor Doug Hall", makes Hall the topic again."""
    record = speaker_pipeline.analyze(Article(id="council", text=COUNCIL, published="2024-03-01"))
    assert _speaker(record, "the buses will run on time") == "Doug Hall"


PILOTS = """Author Arne Quist has written a history of the river pilots who guided ships into the port.

"They kept the port alive for a century," Quist said.

Elias Brandvold, a retired pilot, looks at old charts at the harbour museum in 2001. ( Jane Roe / Northport Gazette )

"Nobody remembers their names now," he says.
"""


def test_quotes_speaker_caption_is_not_the_topic(speaker_pipeline: Pipeline) -> None:
    """A person in a photo caption (a line ending with a credit) does not take over the topic."""
    record = speaker_pipeline.analyze(Article(id="pilots", text=PILOTS, published="2024-03-01"))
    assert _speaker(record, "Nobody remembers their names") == "Arne Quist"


@pytest.mark.parametrize(("text", "speaker"), [
    ("A spokesman for the Rapid Support Forces said the group was committed to the truce.", "Rapid Support Forces"),
    ("A spokeswoman for the Kenyan government told reporters the talks would resume.", "Kenyan government"),
])
def test_quotes_speaker_spokesperson_speaks_for_the_body(speaker_pipeline: Pipeline, text: str,
                                                         speaker: str) -> None:
    record = speaker_pipeline.analyze(Article(id="spokes", text=text, published="2024-03-01"))
    [quote] = record.quotes
    assert quote.speaker_name == speaker
    assert quote.speaker_mention is not None and quote.speaker_mention.text.startswith("A spokes")


def test_quotes_speaker_unnamed_official_stays_unnamed(speaker_pipeline: Pipeline) -> None:
    text = "A senior Kenyan official said the talks would resume next week."
    [quote] = speaker_pipeline.analyze(Article(id="official", text=text, published="2024-03-01")).quotes
    assert quote.speaker_name != "Kenyan government"
