"""Quotes at paragraph edges and titled speakers: a quote that ends a paragraph keeps its speaker when the next
paragraph opens with "X said ...", and a speaker's titles are not part of their name."""

from __future__ import annotations

from collections.abc import Callable

from redline.models import Record

ENDING = (
    '"Today\'s outcome sends a dangerous message," the ambassador, Linda Moreau, told the council. "Pyongyang is '
    'watching us, and it will read silence as permission."\n\n'
    "China's envoy Zhang Wei said Beijing opposed any new sanctions, arguing that they would not help."
)
TITLED = (
    "Army spokesman Lieutenant-Colonel Guillaume Ndjike Kaiko said the rebels had attacked army positions at dawn. "
    '"Our forces are holding their positions," he said.\n\n'
    "Ndjike said the army had sent reinforcements from the north."
)


def _speakers(record: Record) -> dict[str, str]:
    names = {a.id: a.name for a in record.actors}
    return {q.content.text: names.get(q.speaker or "", "") for q in record.quotes}


def test_quotes_paragraphs_quote_ending_a_paragraph_keeps_its_speaker(analyze: Callable[..., Record]) -> None:
    speakers = _speakers(analyze(ENDING, published="2022-05-27"))
    watching = next(speaker for text, speaker in speakers.items() if text.startswith("Pyongyang is watching"))
    assert watching == "Linda Moreau"


def test_quotes_paragraphs_next_paragraph_cue_takes_its_own_clause(analyze: Callable[..., Record]) -> None:
    speakers = _speakers(analyze(ENDING, published="2022-05-27"))
    assert speakers.get("Beijing opposed any new sanctions") == "Zhang Wei"


def test_quotes_paragraphs_titles_are_not_the_name(analyze: Callable[..., Record]) -> None:
    speakers = _speakers(analyze(TITLED, published="2024-02-08"))
    assert set(speakers.values()) == {"Guillaume Ndjike Kaiko"}


def test_quotes_paragraphs_body_named_in_apposition_speaks(analyze: Callable[..., Record]) -> None:
    text = "The U.N. peacekeeping mission, MONUSCO, said it had deployed armoured vehicles to defend the town."
    assert set(_speakers(analyze(text, published="2024-02-08")).values()) == {"MONUSCO"}


def test_quotes_paragraphs_wider_attribution_kind(analyze: Callable[..., Record]) -> None:
    text = ('State Department spokesman Matthew Miller said the 1951 treaty extended to armed attacks on Philippine '
            'armed forces, public vessels and aircraft "anywhere in the South China Sea," including its coast guard.')
    kinds = {q.kind for q in analyze(text, published="2024-06-19").quotes if "1951 treaty" in q.content.text}
    assert kinds == {"mixed"}


def test_quotes_paragraphs_subject_lost_to_the_paragraph_before(analyze: Callable[..., Record]) -> None:
    text = ('The spokesman denied it. "We did not start this fight," he wrote on X.\n\nDoctors at a hospital in '
            "Goma run by the Red Cross said they had treated 120 wounded people since Monday.")
    speakers = _speakers(analyze(text, published="2024-02-08"))
    assert speakers.get("they had treated 120 wounded people since Monday") == "Doctors"


def test_quotes_paragraphs_aide_speaks_for_the_principal(analyze: Callable[..., Record]) -> None:
    text = ("Rebel spokesman Lawrence Kanyuka said the group was defending itself. U.N. Secretary-General Antonio "
            "Guterres called on the rebels to cease hostilities immediately, his spokesman said.")
    speakers = _speakers(analyze(text, published="2024-02-08"))
    assert [s for text_, s in speakers.items() if "cease hostilities" in text_] == ["Antonio Guterres"]
