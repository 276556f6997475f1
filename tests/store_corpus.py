"""A small corpus written by hand for the store tests: records built directly, since the model is not the point.

One truce reported by two outlets and copied by a third, a later report that one party broke it, and an unrelated
interview with a red line.
"""

from __future__ import annotations

from redline.models import Actor, Article, Commitment, Event, Evidence, Place, Provision, Quote, Record, Span, Stance
from redline.models import TextSpan as TS
from redline.store import Store
from redline.store.ingest import content_hash
from redline.store.repository import Entry


def ev(text: str, phrase: str) -> Evidence:
    """Evidence for the first occurrence of ``phrase``, its sentence being the whole line around it."""
    start = text.index(phrase)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    return Evidence(start=start, end=start + len(phrase), text=phrase, sentence=Span(start=line_start, end=line_end))


def trigger(text: str, phrase: str) -> TS:
    start = text.index(phrase)
    return TS(start=start, end=start + len(phrase), text=phrase)


def actor(local_id: str, name: str, kind: str = "STATE", code: str | None = None) -> Actor:
    return Actor(id=local_id, name=name, type=kind, code=code, country=code[:3] if code else None)  # type: ignore[arg-type]


def event(text: str, local_id: str, kind: str, phrase: str, actors: list[str], recipients: list[str] | None = None,
          **extra: object) -> Event:
    return Event(id=local_id, type=kind, actors=actors, recipients=recipients or [],  # type: ignore[arg-type]
                 trigger=trigger(text, phrase), evidence=ev(text, phrase), **extra)  # type: ignore[arg-type]


def record(ref: str, text: str, published: str | None, **parts: list[object]) -> Record:
    return Record(article=Article(id=ref, text=text, published=published), **parts)  # type: ignore[arg-type]


def entry(rec: Record, duplicate_of: Record | None = None) -> Entry:
    return Entry(rec, content_hash(rec.article.text),
                 duplicate_of=content_hash(duplicate_of.article.text) if duplicate_of else None,
                 similarity=0.9 if duplicate_of else None)


TRUCE = ("Armenia and Azerbaijan agreed on Saturday to a ceasefire along their border in Geneva.\n"
         "Both sides must pull back heavy weapons from the border zone by April 15.\n"
         "\"This is a fragile beginning,\" the Swiss foreign minister said.")
TRUCE_OTHER = ("In talks hosted by Switzerland, Armenia and Azerbaijan agreed to halt fighting on their frontier.\n"
               "Officials said monitors would arrive within days.")
TRUCE_COPY = "REPRINT: " + TRUCE.replace("Saturday", "Saturday evening")
BREACH = ("Azerbaijan shelled Armenian villages on Tuesday, violating the ceasefire agreed in Geneva last month.\n"
          "Armenia said it would respond.")
INTERVIEW = ("Iran opposes any foreign troops in the Gulf, its foreign minister said in an interview.\n"
             "\"A foreign fleet in our waters is a red line,\" he told reporters in Tehran.")


def truce_record(ref: str, text: str, published: str, agree_phrase: str) -> Record:
    parts: dict[str, list[object]] = {
        "actors": [actor("a1", "Armenia", code="ARM"), actor("a2", "Azerbaijan", code="AZE"),
                   actor("a3", "Switzerland", code="CHE")],
        "places": [Place(id="p1", name="Geneva", geonameid=2660646, country_code="CH", lat=46.2, lon=6.15)],
        "events": [event(text, "e1", "AGREE", agree_phrase, ["a1", "a2"], place="p1" if "Geneva" in text else None)],
    }
    if "April 15" in text:
        parts["commitments"] = [Commitment(
            id="c1", kind="ceasefire", parties=["a1", "a2"], agreed=published, place="p1",
            provisions=[Provision(text="pull back heavy weapons", start=0, end=1, deadline="2024-04-15")],
            evidence=ev(text, agree_phrase))]
        parts["quotes"] = [Quote(id="q1", speaker=None, speaker_name="the Swiss foreign minister", kind="direct",
                                 cue="said", content=trigger(text, "This is a fragile beginning,"),
                                 evidence=ev(text, "This is a fragile beginning,"))]
    return record(ref, text, published, **parts)


def corpus() -> list[tuple[Record, Record | None]]:
    """(record, original it copies or None), in ingest order."""
    truce = truce_record("wire-truce", TRUCE, "2024-03-02", "agreed")
    other = truce_record("paper-truce", TRUCE_OTHER, "2024-03-03", "agreed")
    copy = truce_record("portal-copy", TRUCE_COPY, "2024-03-02", "agreed")
    breach = record("wire-breach", BREACH, "2024-04-09",
                    actors=[actor("a1", "Azerbaijan", code="AZE"), actor("a2", "Armenia", code="ARM")],
                    events=[event(BREACH, "e1", "ASSAULT", "shelled", ["a1"], ["a2"])])
    interview = record("gulf-interview", INTERVIEW, "2024-05-01",
                       actors=[actor("a1", "Iran", code="IRN"), actor("a2", "Mohammad Karimi", "PERSON", "IRNGOV")],
                       places=[Place(id="p1", name="Tehran", geonameid=112931, country_code="IR")],
                       stances=[Stance(id="s1", holder="a1", holder_name="Iran", target="foreign troops in the Gulf",
                                       polarity="oppose", red_line=True, evidence=ev(INTERVIEW, "red line"))])
    return [(truce, None), (other, None), (copy, truce), (breach, None), (interview, None)]


def fill(store: Store) -> None:
    """Store the hand-written corpus and update commitment statuses."""
    from redline.store.status import update_statuses

    for rec, original in corpus():
        store.add([entry(rec, original)])
    update_statuses(store)
