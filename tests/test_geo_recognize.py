"""Toponym recognition from the words around a name (``redline.geo.cues``): datelines, locative words, unit words,
comma containers, lists and residences make a small town a place whatever label the small model gives it."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from redline.geo.cues import datelines, home_seats, literal_use
from redline.geo.index import Gazetteer, load_gazetteer
from redline.geo.recognize import toponym_spans
from redline.nlp import load_nlp
from redline.settings import Settings


@pytest.fixture(scope="module")
def gazetteer(settings: Settings) -> Gazetteer:
    return load_gazetteer(settings)


def _labeled(settings: Settings, text: str, labels: dict[str, str]) -> Doc:
    """The parse of ``text`` with exactly the entities ``labels`` gives (name → label), as the model might."""
    doc = load_nlp(settings)(text)
    spans = [doc.char_span(text.index(name), text.index(name) + len(name), label=label)
             for name, label in labels.items()]
    doc.ents = [span for span in spans if span is not None]
    return doc


def _found(doc: Doc, name: str, gazetteer: Gazetteer) -> bool:
    start = doc.text.index(name)
    return any(s <= start < e for s, e in toponym_spans(doc, gazetteer))


@pytest.mark.parametrize(("text", "names"), [
    ("Barn fire under investigation. BEMIDJI — A barn burned to the ground on Sunday night.", ["BEMIDJI"]),
    ("KERRVILLE, Texas (AP) — The city council voted on Tuesday to delay the bond.", ["KERRVILLE"]),
    ("HOOD RIVER, Ore. - Orchard owners say frost has cost them half a crop.", ["HOOD RIVER"]),
    ("LARAMIE, March 3 (Reuters): University officials said classes would resume.", ["LARAMIE"]),
    ("ELLENSBURG The county fair opens on Friday, organizers said.", ["ELLENSBURG"]),
    ("Storm topples trucks. LARAMIE, Wyo. Strong winds toppled 13 trucks on Tuesday.", ["LARAMIE"]),
    ("Graves desecrated. AMMAN: Unknown assailants removed the doors of a tomb.", ["AMMAN"]),
    ("New fees. KERRVILLE: The council voted on Tuesday.", []),
    ("UPDATE — Officials said the road would reopen.", []),
    ("UN: most young voters back the plan, a survey finds.", []),
    ("Talks resumed. NATO - the alliance - met on Friday.", []),
])
def test_geo_recognize_datelines(gazetteer: Gazetteer, text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in datelines(text, gazetteer)] == names


@pytest.mark.parametrize(("text", "labels", "name", "kept"), [
    ("Crews worked overnight in Ellensburg to restore power.", {"Ellensburg": "PERSON"}, "Ellensburg", True),
    ("The bakery moved to Tillamook, Ore., last spring.", {"Tillamook": "ORG"}, "Tillamook", True),
    ("Voters in Bastrop and Leander approved the levy.", {"Bastrop": "GPE", "Leander": "PERSON"}, "Leander", True),
    ("Jobless rates rose in Pratt and Kearney counties.", {"Pratt": "ORG", "Kearney": "PERSON"}, "Kearney", True),
    ("Dana Whitfield, 34, of Gillette, was charged with theft.", {"Dana Whitfield": "PERSON", "Gillette": "ORG"},
     "Gillette", True),
    ("The senator said in Congress that the bill would pass.", {"Congress": "ORG"}, "Congress", False),
    ("Coach Sherman praised his players, and in Sherman's view they earned it.", {"Sherman's": "PERSON"},
     "Sherman's", False),
    ("He lectured in Wasco culture and art at the college.", {"Wasco": "NORP"}, "Wasco", False),
    ("Shoppers lined up in the Dexter store before dawn.", {"Dexter": "ORG"}, "Dexter", False),
    ("Profits rose in Nevers-based firms last year.", {"Nevers": "ORG"}, "Nevers", False),
    ("A Bemidji man was charged on Friday.", {"Bemidji": "ORG"}, "Bemidji", True),
    ("The suspects were captured in Bemidji on Friday.", {"Bemidji": "PRODUCT"}, "Bemidji", True),
    ("The Bemidji Blues won the title.", {"Bemidji Blues": "WORK_OF_ART"}, "Bemidji", False),
    ("Leander police said the driver fled.", {"Leander": "PERSON"}, "Leander", True),
    ("The flight was rerouted to Gillette after the storm.", {"Gillette": "ORG"}, "Gillette", True),
    ("The farm lies ten miles north of Kerrville.", {"Kerrville": "PERSON"}, "Kerrville", True),
    ("He said he would talk to Gillette about the merger.", {"Gillette": "ORG"}, "Gillette", False),
    ("Shelling resumed in eastern Leander overnight.", {"Leander": "ORG"}, "Leander", True),
    ("Crews repaved Hazel Lane on Monday.", {"Hazel Lane": "PERSON"}, "Hazel Lane", False),
    ("Neighbours on Hazel Lane heard the shots.", {"Hazel Lane": "PERSON"}, "Hazel Lane", True),
    ("The fire started at 412 Orchard Drive before dawn.", {"Orchard Drive": "ORG"}, "Orchard Drive", True),
    ("The road is closed between Birch Lane and Hazel Lane.", {"Hazel Lane": "PERSON"}, "Hazel Lane", True),
    ("Anglers pulled the boat from Cutler Creek on Sunday.", {"Cutler Creek": "ORG"}, "Cutler Creek", True),
    ("Gunmen attacked the village of Qaryat Sufla at dawn.", {"Qaryat Sufla": "PERSON"}, "Qaryat Sufla", True),
    ("Shells hit the villages of Kfar Ruma and Tell Abyadh.", {"Kfar Ruma": "GPE", "Tell Abyadh": "ORG"},
     "Tell Abyadh", True),
    ("Gunfire was reported in the Quarrytown neighborhood of Bemidji.", {"Quarrytown": "GPE"}, "Quarrytown", True),
    ("Dana Whitfield of Quarrytown, Okla., was charged.", {"Dana Whitfield": "PERSON", "Quarrytown": "GPE"},
     "Quarrytown", True),
    ("Quarrytown shares rose on the news.", {"Quarrytown": "GPE"}, "Quarrytown", False),
    ("Unemployment fell in Pratt, Ellis and Kiowa counties.", {"Pratt": "GPE", "Kiowa": "PERSON"}, "Kiowa", True),
    ("Police left the buildings in Ellensburg, Tillamook and Bemidji.",
     {"Ellensburg": "GPE", "Tillamook": "ORG", "Bemidji": "ORG"}, "Bemidji", True),
    ("The merger joins Tillamook, Gillette and Dexter Foods.", {"Tillamook": "ORG", "Gillette": "ORG"}, "Gillette",
     False),
])
def test_geo_recognize_small_towns_placed_by_their_context(settings: Settings, gazetteer: Gazetteer, text: str,
                                                           labels: dict[str, str], name: str, kept: bool) -> None:
    assert _found(_labeled(settings, text, labels), name, gazetteer) is kept


@pytest.mark.parametrize(("text", "names"), [
    ("The bill's sponsor, Sen. Ann Roe, D-Bastrop, said it would pass.", ["Bastrop"]),
    ("Rep. Jim Doe (R-Kerrville) filed the amendment.", ["Kerrville"]),
    ("Vitamin D-Rich foods and the R-Word campaign.", []),
])
def test_geo_recognize_legislators_home_seats(gazetteer: Gazetteer, text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in home_seats(text, gazetteer)] == names


def test_geo_recognize_possessive_place_modifying_a_noun(settings: Settings, gazetteer: Gazetteer) -> None:
    text = "Officials said Pratt County’s unemployment rate fell in March."
    assert _found(_labeled(settings, text, {"Pratt County’s": "GPE"}), "Pratt County", gazetteer)


@pytest.mark.parametrize(("text", "labels", "name", "kept"), [
    ("“We wrestled hard tonight,” said coach Bastrop after the meet.", {"Bastrop": "GPE"}, "Bastrop", False),
    ("Mayor Kerrville thanked the volunteers.", {"Kerrville": "GPE"}, "Kerrville", False),
    ("“The budget is tight,” Leander said on Monday.", {"Leander": "GPE"}, "Leander", False),
    ("Trump spent the weekend at his Florida resort.", {"Florida": "GPE"}, "Florida", True),
    ("Moscow said the talks would resume.", {"Moscow": "GPE"}, "Moscow", True),
    ("Tulsa's fire marshal blamed faulty wiring.", {"Tulsa's": "PERSON"}, "Tulsa's", True),
    ("Once again, Tulsa is a finalist for the award.", {"Tulsa": "PERSON"}, "Tulsa", True),
    ("Historians still debate the Lincoln administration.", {"Lincoln": "PERSON"}, "Lincoln", False),
    ("Tulsa said the plan was premature.", {"Tulsa": "PERSON"}, "Tulsa", False),
])
def test_geo_recognize_people_labeled_as_places(settings: Settings, gazetteer: Gazetteer, text: str,
                                                labels: dict[str, str], name: str, kept: bool) -> None:
    assert _found(_labeled(settings, text, labels), name, gazetteer) is kept


def _nth(text: str, name: str, nth: int) -> int:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return start


@pytest.mark.parametrize(("text", "labels", "kept"), [
    ("Striker Karim Bemidji scored twice. Every boy here wants to be the next Bemidji.",
     [("Karim Bemidji", 0, "PERSON"), ("Bemidji", 1, "GPE")], False),
    ("Striker Karim Bemidji scored twice, and fans in Bemidji cheered.",
     [("Karim Bemidji", 0, "PERSON"), ("Bemidji", 1, "GPE")], True),
    ("Doctors advised Tim to wait a year.", [("Tim", 0, "GPE")], False),
    ("Officials in Rock Hill met. Rock Hill will build the road.",
     [("Rock Hill", 0, "PERSON"), ("Rock Hill", 1, "GPE")], True),
])
def test_geo_recognize_names_of_the_texts_people(settings: Settings, gazetteer: Gazetteer, text: str,
                                                 labels: list[tuple[str, int, str]], kept: bool) -> None:
    """The last labeled name is the one asked about."""
    doc = load_nlp(settings)(text)
    spans = [doc.char_span(_nth(text, name, nth), _nth(text, name, nth) + len(name), label=label)
             for name, nth, label in labels]
    doc.ents = [span for span in spans if span is not None]
    name, nth, _ = labels[-1]
    assert any(s <= _nth(text, name, nth) < e for s, e in toponym_spans(doc, gazetteer)) is kept


def test_geo_recognize_a_persons_surname_is_no_town(settings: Settings, gazetteer: Gazetteer) -> None:
    text = "Jesse Laramie won the race. Fans cheered in Laramie's honour, and in Laramie they cheered again."
    doc = _labeled(settings, text, {"Jesse Laramie": "PERSON", "Laramie's": "PERSON"})
    assert not _found(doc, "Laramie's", gazetteer)


@pytest.mark.parametrize(("text", "name", "literal"), [
    ("The new rail service between Zwolle and Deventer opened on Monday.", "Deventer", True),
    ("The family would be in danger if deported to Nevers, lawyers said.", "Nevers", True),
    ("DEVENTER — The council met on Monday.", "DEVENTER", True),
    ("Officials said Deventer had rejected the offer.", "Deventer", False),
    ("According to the mayor, Deventer has rejected the offer.", "Deventer", False),
    ("Aid groups welcomed progress in Zwolle's talks with the province.", "Zwolle", False),
])
def test_geo_recognize_literal_use(settings: Settings, text: str, name: str, literal: bool) -> None:
    start = text.index(name)
    assert literal_use(load_nlp(settings)(text), start, start + len(name)) is literal
