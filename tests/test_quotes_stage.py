"""The quote stage on articles the team wrote: kinds, cues, exact content, channels and resolved speakers."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.models import Article, Quote, Record
from redline.pipeline import Pipeline
from redline.settings import Settings

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
STAGES = ("redline.actors.v2", "redline.quotes.v2")


@pytest.fixture(scope="module")
def quotes_of(settings: Settings) -> dict[str, Record]:
    pipeline = Pipeline.from_settings(settings, STAGES, raise_errors=True)
    cache: dict[str, Record] = {}

    def run(name: str) -> Record:
        if name not in cache:
            text = (ARTICLES / name).read_text(encoding="utf-8")
            cache[name] = pipeline.analyze(Article(id=name, text=text, published="2024-03-01"))
        return cache[name]

    return run  # type: ignore[return-value]


def _find(record: Record, snippet: str) -> Quote:
    """The first statement (``speech``) whose content holds ``snippet``."""
    found = [q for q in record.quotes if snippet in q.content.text and q.attribution == "speech"]
    assert found, f"no quote contains {snippet!r}: {[q.content.text for q in record.quotes]}"
    return found[0]


CASES = [
    ("quotes_interview.txt", "no ceasefire would last", "Lindqvist", "indirect", "told"),
    ("quotes_interview.txt", "three agreements collapse", "Lindqvist", "direct", "said"),
    ("quotes_interview.txt", "people who lost their homes", "Lindqvist", "direct", None),
    ("quotes_interview.txt", "donors had pledged", "Lindqvist", "indirect", "said"),
    ("quotes_interview.txt", "the money would not be released", "Lindqvist", "indirect", "added"),
    ("quotes_interview.txt", "a good first step", "Lindqvist", "direct", "called"),
    ("quotes_interview.txt", "Nobody should expect miracles", "Lindqvist", "direct", "explained"),
    ("quotes_wire.txt", "killing at least 11 civilians", "health office", "indirect", "according to"),
    ("quotes_wire.txt", "his forces had fired on the town", "Hailu", "indirect", "denied"),
    ("quotes_wire.txt", "Our units were thirty kilometres away", "Hailu", "direct", "said"),
    ("quotes_wire.txt", "the wards were full", "Osman", "indirect", "said"),
    ("quotes_wire.txt", "out of blood", "Osman", "direct", "said"),
    ("quotes_wire.txt", "clear breach of the truce", "United Nations", "indirect", "said"),
    ("quotes_communique.txt", "would open two new crossing points", "governments", "indirect", "said"),
    ("quotes_communique.txt", "frank and constructive", "Ministry", "mixed", "said"),
    ("quotes_communique.txt", "a technical committee would meet", "Ministry", "indirect", "added"),
    ("quotes_communique.txt", "dialogue delivers results", "Kenya", None, "called"),
    ("quotes_unnamed.txt", "being discussed by mediators", "diplomatic source", "indirect", "said"),
    ("quotes_unnamed.txt", "free about 200 detainees", "Turkish official", "indirect", "According to"),
    ("quotes_unnamed.txt", "at a delicate stage", "Western diplomats", "indirect", "said"),
    ("quotes_multiparagraph.txt", "The water came up faster", "Ferreira", "direct", "said"),
    ("quotes_multiparagraph.txt", "need help from the national government", "Ferreira", "indirect", "said"),
]


@pytest.mark.parametrize(("article", "snippet", "speaker", "kind", "cue"), CASES)
def test_quotes_stage_fixture_articles(quotes_of, article: str, snippet: str, speaker: str,  # type: ignore[no-untyped-def]
                                       kind: str | None, cue: str | None) -> None:
    quote = _find(quotes_of(article), snippet)
    assert quote.speaker_name is not None and speaker.lower() in quote.speaker_name.lower()
    assert kind is None or quote.kind == kind
    assert quote.cue == cue


def test_quotes_stage_speaker_is_an_actor_of_the_record(quotes_of) -> None:  # type: ignore[no-untyped-def]
    record = quotes_of("quotes_wire.txt")
    ids = {a.id for a in record.actors}
    assert all(q.speaker in ids for q in record.quotes if q.speaker)


def test_quotes_stage_pronoun_mention_is_kept(quotes_of) -> None:  # type: ignore[no-untyped-def]
    quote = _find(quotes_of("quotes_interview.txt"), "three agreements collapse")
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "she"


@pytest.mark.parametrize(
    ("snippet", "channel"),
    [("no ceasefire would last", "the Nairobi Daily Mirror in an interview"), ("Our units", "news conference")],
)
def test_quotes_stage_channel(quotes_of, snippet: str, channel: str) -> None:  # type: ignore[no-untyped-def]
    article = "quotes_interview.txt" if snippet.startswith("no") else "quotes_wire.txt"
    quote = _find(quotes_of(article), snippet)
    assert quote.channel is not None and channel in quote.channel


def test_quotes_stage_content_is_exact(quotes_of) -> None:  # type: ignore[no-untyped-def]
    record = quotes_of("quotes_wire.txt")
    quote = _find(record, "out of blood")
    assert quote.content.text == "We are out of blood and out of painkillers"
    assert record.article.text[quote.content.start:quote.content.end] == quote.content.text
    assert quote.cue_span is not None and record.article.text[quote.cue_span.start:quote.cue_span.end] == "said"


def test_quotes_stage_unnamed_sources_become_actors(quotes_of) -> None:  # type: ignore[no-untyped-def]
    record = quotes_of("quotes_unnamed.txt")
    quote = _find(record, "free about 200 detainees")
    actor = next(a for a in record.actors if a.id == quote.speaker)
    assert actor.named is False
    assert actor.country == "TUR"
    assert actor.role is not None and "official" in actor.role


def test_quotes_stage_multi_paragraph_quote_is_one(quotes_of) -> None:  # type: ignore[no-untyped-def]
    quote = _find(quotes_of("quotes_multiparagraph.txt"), "The water came up faster")
    assert "volunteers worked through the night" in quote.content.text
    assert "never been prouder" in quote.content.text


@pytest.mark.parametrize(
    ("text", "snippet", "speaker", "kind"),
    [
        ("Turkey's foreign minister Ali Demir met reporters. The truce will hold, Demir said.",
         "The truce will hold", "Demir", "indirect"),
        ("The envoy Sara Klein arrived on Monday. The deal, she said, is “not dead yet” and could be saved.",
         "not dead yet", "Klein", "mixed"),
        ("Peter Okafor, the mediator, rejected the army's claim that the talks had failed.",
         "the talks had failed", "army", "indirect"),
        ("Militants hold the hills above the town, says John Carter, a retired colonel.",
         "Militants hold the hills", "Carter", "indirect"),
        ("“The border stays closed until further notice,” according to a ministry spokesman.",
         "The border stays closed", "spokesman", "direct"),
        ("The head of the relief agency, Sara Mendes, said the convoy would leave on Friday.",
         "the convoy would leave", "Mendes", "indirect"),
        ("Maria Costa met Paul Weber in Geneva. Weber said the talks went well. She said the next round would be "
         "held in March.", "the next round", "Costa", "indirect"),
        ("''We will not sign this text,'' the delegate from Chad said on Friday.",
         "We will not sign", "delegate", "direct"),
        ("Jane Miller, a cook, was hired in May. \"I love the work,\" Miller said.\n\nThe hotel chain said the "
         "complaints about wages were false.", "complaints about wages", "hotel chain", "indirect"),
        ("The ministry said the convoy had left. The town was shelled twice on Monday, according to residents.",
         "The town was shelled twice", "residents", "indirect"),
        ("Rebel fighters attacked an outpost near the border on Sunday. The army said on Monday that it had retaken "
         "the outpost.", "it had retaken the outpost", "army", "indirect"),
        ("Village elders said the well had been poisoned. Human Rights Watch called for an inquiry on Tuesday. The "
         "group said at least nine wells had been destroyed since March.", "nine wells", "Human Rights Watch",
         "indirect"),
    ],
)
def test_quotes_stage_inline(settings: Settings, text: str, snippet: str, speaker: str, kind: str) -> None:
    pipeline = Pipeline.from_settings(settings, STAGES, raise_errors=True)
    record = pipeline.analyze(Article(id="inline", text=text))
    quote = _find(record, snippet)
    assert quote.speaker_name is not None and speaker.lower() in quote.speaker_name.lower()
    assert quote.kind == kind


@pytest.mark.parametrize(
    "text",
    ["The minister did not say whether the talks would resume.", "He declined to say when troops would leave.",
     "An app called Field Notes was released."],
)
def test_quotes_stage_no_statement(settings: Settings, text: str) -> None:
    pipeline = Pipeline.from_settings(settings, STAGES, raise_errors=True)
    assert [q for q in pipeline.analyze(Article(id="none", text=text)).quotes if q.attribution == "speech"] == []


@pytest.mark.parametrize(
    ("text", "content", "attribution"),
    [
        ("The Interior Ministry believes the smugglers crossed the river at night.",
         "the smugglers crossed the river at night", "belief"),
        ("A UN panel found that both sides had shelled the market in March.", "both sides had shelled the market",
         "evidence"),
        ("Colonel Ruth Adebayo expects the convoy will reach the camp by Sunday.",
         "the convoy will reach the camp by Sunday", "belief"),
        ("Engineers expect to finish the bridge in May.", "to finish the bridge in May", "intention"),
        ("The union wants to reopen the talks before the harvest.", "to reopen the talks before the harvest",
         "intention"),
        ("The governor urged residents to leave the coast by Friday.", "residents to leave the coast by Friday",
         "intention"),
        ("Aid groups called for a pause in the fighting around the port.", "a pause in the fighting around the port",
         "intention"),
        ("The senator cited a leaked budget memo from the finance ministry.", "a leaked budget memo", "topic"),
        ("Opposition leaders spoke about the fuel shortages in the north.", "the fuel shortages in the north",
         "topic"),
        ("The governor criticized the new levy as a tax on the poor.", "the new levy as a tax on the poor", "topic"),
        ("Kyiv's decision to recall its envoy angered Moscow.", "to recall its envoy", "intention"),
        ("I think the bridge will hold.", "the bridge will hold", "belief"),
        ("Two police officers have been accused of beating detainees in the camp.",
         "Two police officers have been accused of beating detainees in the camp", "topic"),
        ("The ceasefire is expected to hold through the holiday.", "The ceasefire is expected to hold", "belief"),
        ("It seems the bridge will hold.", "the bridge will hold", "evidence"),
        ("The two delegations seemed to agree on the timetable.", "to agree on the timetable", "evidence"),
        ("The border town appeared calm on Sunday.", "calm on Sunday", "evidence"),
        ("At the rally the senator said harsh things about the governor.", "harsh things about the governor",
         "topic"),
        ("The ministry is confident that the talks will resume.", "the talks will resume", "belief"),
        ("Rebels were eager to sign the deal.", "to sign the deal", "intention"),
        ("Farm unions are concerned about the new levy on diesel.", "the new levy on diesel", "topic"),
        ("The mayor was hoping to reopen the bridge by June.", "to reopen the bridge by June", "intention"),
        ("Relief agencies focused on the shortage of clean water.", "the shortage of clean water", "topic"),
        ("In December the council called for the governor to resign.", "the governor to resign", "intention"),
    ],
)
def test_quotes_stage_wider_attributions(settings: Settings, text: str, content: str, attribution: str) -> None:
    pipeline = Pipeline.from_settings(settings, STAGES, raise_errors=True)
    quotes = pipeline.analyze(Article(id="wide", text=text)).quotes
    assert [(q.attribution, content in q.content.text) for q in quotes] == [(attribution, True)]


@pytest.mark.parametrize(
    "text",
    ["There is hope the bridge will hold.", "It raises another question about the bridge.",
     "The minister did not want to comment.", "Smith never cited the report.",
     "The convoy was attacked by militants near the border.", "The road is known as the Northern Corridor.",
     "The minister appeared on state television on Sunday.", "The road was ready for traffic.",
     "The minister was not confident that the talks would resume."],
)
def test_quotes_stage_wider_attributions_need_a_source(settings: Settings, text: str) -> None:
    pipeline = Pipeline.from_settings(settings, STAGES, raise_errors=True)
    assert pipeline.analyze(Article(id="none", text=text)).quotes == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [("Ministry: Talks with the rebels will resume in May\n\nThe ministry said on Friday that talks would resume.",
      "Talks with the rebels will resume in May", "Ministry"),
     ("UPDATE: Talks with the rebels will resume in May\n\nThe ministry said talks would resume.", None, None)],
)
def test_quotes_stage_headline_source_label(settings: Settings, text: str, content: str | None,
                                            speaker: str | None) -> None:
    pipeline = Pipeline.from_settings(settings, STAGES, raise_errors=True)
    quotes = pipeline.analyze(Article(id="h", text=text)).quotes
    labelled = [q for q in quotes if q.cue == ":"]
    if content is None:
        assert labelled == []
    else:
        assert [(q.content.text, q.speaker_mention.text if q.speaker_mention else None) for q in labelled] == [
            (content, speaker)]


def test_quotes_stage_content_stops_at_a_participial_clause(settings: Settings) -> None:
    pipeline = Pipeline.from_settings(settings, STAGES, raise_errors=True)
    text = "Video shows that the soldiers had their hands raised, contradicting the army's account."
    quotes = pipeline.analyze(Article(id="p", text=text)).quotes
    assert "the soldiers had their hands raised" in [q.content.text for q in quotes]


def test_quotes_stage_sourceless_passive_has_no_speaker(settings: Settings) -> None:
    pipeline = Pipeline.from_settings(settings, STAGES, raise_errors=True)
    text = "General Omar Bashir met the envoy on Monday. Militia leaders have been accused of looting the depot."
    [quote] = [q for q in pipeline.analyze(Article(id="s", text=text)).quotes if q.cue == "accused"]
    assert (quote.speaker, quote.speaker_mention, quote.attribution) == (None, None, "topic")


def test_quotes_stage_wider_attributions_name_known_actors_only(settings: Settings) -> None:
    pipeline = Pipeline.from_settings(settings, STAGES, raise_errors=True)
    record = pipeline.analyze(Article(id="w", text="Two Western diplomats believe the ceasefire will collapse."))
    assert [q.attribution for q in record.quotes] == ["belief"]
    assert record.quotes[0].speaker is None and record.actors == []
