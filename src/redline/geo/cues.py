"""What the words around a name say about it being a place: a dateline ("BEMIDJI — A barn burned …"), a locative
word before it ("in Ellensburg"), a unit word after it or after the list it opens ("Pratt and Kiowa counties"), a
state or country after a comma ("Tillamook, Ore."), a place beside it in a list ("Zwolle and Deventer"), or the
residence after a person's name ("Dana Whitfield, 34, of Gillette"). Each is evidence enough for
a name the gazetteer holds under its own spelling, however small the place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from redline.geo.index import Gazetteer
from redline.geo.names import name_key
from redline.resources import load_yaml
from redline.spans import doc_text

_STRONG_FEATURES = frozenset({"PCLI", "ADM1", "CONT", "RGN", "TERR", "ZN", "PEN", "SEA", "GULF", "STRT"})
_BIG_CITY = 100_000
#: Words before a name that put something inside it, unlike "at" or "from" (a company, a person).
STRONG_LOCATIVE = frozenset({"in", "near", "outside", "into", "across", "around", "toward", "towards", "throughout"})
#: Words before a name that make its use literal even where the name is also a government ("deported to Damascus").
LITERAL_BEFORE = STRONG_LOCATIVE | frozenset({"at", "from", "to", "between", "inside", "via"})
#: Marks after a name that make it part of a compound ("Nevers-based firms") or a product ("Honda/Acura").
_JOINERS = frozenset({"-", "–", "/"})
#: Nouns that a town's name modifies as the place they belong to ("a Bemidji man", "Leander police").
LOCAL_NOUNS = frozenset({"man", "woman", "men", "women", "boy", "girl", "teen", "teenager", "resident", "residents",
                          "native", "natives", "family", "families", "couple", "home", "homes", "house", "neighborhood",
                          "neighbourhood", "area", "police", "officers", "firefighters", "crash", "fire", "businesses",
                          "schools", "voters", "students", "community", "suburb", "outskirts", "border", "office",
                         "officials", "council", "region"})
#: Verbs whose "to" names where someone or something goes.
_MOTION = frozenset({"move", "go", "travel", "fly", "return", "head", "flee", "deport", "relocate", "drive", "come",
                     "send", "transfer", "evacuate", "airlift", "reroute", "rush", "transport", "walk", "sail",
                     "migrate", "divert", "extradite"})
#: Adjectives of direction before a name ("eastern Kherson", "northeast Georgia").
COMPASS = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                      "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest"})
_DIRECTIONS_OF = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                            "outside", "outskirts", "suburbs", "miles", "kilometers", "kilometres", "km"})
#: Sites a place owns, after its possessive: a government owns none of these.
_SITES = frozenset({"station", "suburb", "suburbs", "stadium", "airport", "port", "harbour", "harbor", "streets",
                    "outskirts", "neighbourhood", "neighborhood", "district", "square", "hospital", "university"})
#: Nouns whose "between" joins governments, not places ("relations between Amman and Damascus").
_RELATIONS = frozenset({"relations", "ties", "talks", "tension", "tensions", "dialogue", "rift", "dispute",
                        "cooperation", "rivalry", "agreement", "deal", "war", "conflict"})
_CONTAINER_FEATURES = frozenset({"ADM1", "PCLI"})
_LIST_WORDS = frozenset({"and", "or", ","})
#: How many names of a list are walked to find a place among them.
_LIST_ITEMS = 6
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_UNIT_PLURALS = frozenset({"counties", "provinces", "states", "districts", "governorates", "regions", "parishes",
                           "prefectures", "oblasts", "townships"})
_CAPITALS = r"([A-Z][A-Z'’.]*[A-Z.](?:[ -][A-Z][A-Z'’.]*[A-Z.]){0,3})"
_AFTER_COMMA = r",[^\n—–:]{1,40}?"
_AGENCY = r"\([^)\n]{0,30}\)"
#: Where a dateline may open: the text, a line or a sentence, perhaps after "By".
_OPENING = re.compile(r"(?:^|\n|[.!?]\s)(By\s+)?(?=[A-Z][A-Z'’.]*[A-Z.])")
#: Datelines, a name in capitals at an opening: (1) before a dash, perhaps with its state, a date or an agency
#: between ("ST. JOHN'S, N.L. - …", "KERRVILLE, Texas (AP) — …"), or before a colon after one of these ("SOUTH
#: WAZIRISTAN, April 5 (APP): …"); (2) opening a line before a sentence ("ELLENSBURG The county fair …"); (3) before
#: its state's abbreviation and a sentence ("LARAMIE, Wyo. Strong winds …"); (4) before a bare colon, only for a
#: well-known place ("AMMAN: …", not "UN: …"). Each is (pattern, only a well-known place, only at a line's start).
_DATELINES = (
    (re.compile(_CAPITALS + rf"(?=(?:{_AFTER_COMMA})?\s*(?:{_AGENCY}\s*)?(?:—|–|--|-)\s"
                rf"|(?:{_AFTER_COMMA}|\s*{_AGENCY}):)"), False, False),
    (re.compile(_CAPITALS + r"(?= [A-Z][a-z])"), False, True),
    (re.compile(_CAPITALS + r"(?=,\s[A-Z][a-z]*\.(?:\s?[A-Z][a-z]*\.)?\s+[A-Z])"), False, False),
    (re.compile(_CAPITALS + r"(?=:\s)"), True, False),
)

#: A legislator's party and home district or state: "D-Bastrop", "R-Elk Grove", "DFL-Itasca".
_HOME_SEAT = re.compile(r"(?<![\w-])(?:D|R|I|DFL)-([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=[,;)]|\.(?:\s|$)|\s[—–-])")


#: Role words before a person's name that the actors' title table lacks ("coach Harlan", "Deputy Ross").
_ROLES = frozenset({"coach", "sheriff", "officer", "deputy", "trooper", "detective", "pastor", "rev", "rev.",
                    "father", "councilman", "councilwoman", "commissioner", "superintendent", "principal", "chief",
                    "director", "manager", "professor", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms."})


#: Words of the title table that also qualify places ("his Florida resort", "Major Michigan utilities").
_NOT_TITLES = frozenset({"his", "her", "grand", "major", "general", "justice", "speaker", "representative",
                         "official", "officials", "leader", "anchor", "assistant", "counterpart", "excellency"})


_SAYING = frozenset({"say", "tell", "add", "comment", "state", "explain", "note", "insist", "claim", "respond",
                     "suggest", "recall", "ask", "answer", "argue", "contend", "exclaim", "testify", "write"})


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """One-word titles and role nouns that come before a person's name ("Mayor", "Sen.", "coach")."""
    table = load_yaml("actors/titles.yaml")
    words = {str(w).lower() for ws in table["titles"].values() for w in ws} | {str(w).lower() for w in table["strip"]}
    return frozenset(w for w in words if " " not in w and w not in _NOT_TITLES) | _ROLES


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Common given names (the quotes stage's table): a place's name that is one is more likely a person's."""
    table = load_yaml("quotes_first_names.yaml")
    return frozenset(str(name).lower() for names in table.values() for name in names)


def titled(span: Span) -> bool:
    """Whether a title or role word comes right before the name: a person's ("Mayor Whitby", "coach Harlan")."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in titles()


def speaker(span: Span) -> bool:
    """Whether the name is the subject of a verb of saying ("Varga said", "comments Harlan"): a person's, or a
    capital, a country or a province speaking for its government (left to the actors stage)."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_ in _SAYING


def own_name(name: str, gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer holds a town or a unit by this very name (not only as an alternate spelling), and no
    body or building by it ("Congress", "NATO" name their seats)."""
    found = [c for c in gazetteer.candidates(name) if not c.alias]
    return any(c.feature.startswith(("PPL", "ADM")) for c in found) and not any(c.feature == "BLDG" for c in found)


def datelines(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Character spans of the dateline places of ``text`` that the gazetteer holds."""
    for start, end, famous in _dateline_spans(text):
        name = text[start:end]
        if own_name(name, gazetteer) and (not famous or well_known(name, gazetteer)):
            yield start, end


def home_seats(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Character spans of the places after a legislator's party letter ("Sen. Ann Roe, D-Bastrop", "R-Texas")."""
    for match in _HOME_SEAT.finditer(text):
        if own_name(match.group(1), gazetteer) or unit_stem(match.group(1), gazetteer):
            yield match.start(1), match.end(1)


def literal_use(doc: Doc, start: int, end: int, places: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the name at characters ``[start, end)`` is used as a location, where a capital is not its government:
    after "in", "at", "to", "between" …, in a dateline, before a site it owns ("Damascus's international
    airport"), or after one of ``places`` (toponym spans) and a comma, as its state or country ("Spokane,
    Washington")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    before = _before_list(span)
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return span.end + 1 < len(doc) and _owned_site(doc, span.end + 1)
    if before is not None and before.lower_ == "between" and before.head.lower_ in _RELATIONS:
        return False
    if _container_of_place(span, places):
        return True
    return (before is not None and before.lower_ in LITERAL_BEFORE) or any(
        s <= start and end <= e for s, e, _ in _dateline_spans(doc_text(doc)[: end + 60]))


def _owned_site(doc: Doc, index: int) -> bool:
    """Whether the words from ``index`` name a site of the place before the possessive ("Damascus's international
    airport", "Amman's central station")."""
    for token in doc[index: min(index + 4, len(doc))]:
        if token.lower_ in _SITES:
            return True
        if token.pos_ not in {"ADJ", "PROPN", "NOUN"}:
            return False
    return False


def _container_of_place(span: Span, places: Sequence[tuple[int, int]]) -> bool:
    """Whether the name follows one of ``places`` and a comma, as its state or country ("Spokane, Washington"), not
    as the next name of a list."""
    doc = span.doc
    listed = span.end < len(doc) and doc[span.end].lower_ in {"and", "or"}
    if span.start < 2 or doc[span.start - 1].text != "," or listed:
        return False
    last = doc[span.start - 2]
    return any(e == last.idx + len(last.text) for _, e in places)


def _dateline_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, whether only a well-known place may stand there) of each dateline's name."""
    for opening in _OPENING.finditer(text):
        line = opening.group(1) is None and opening.group(0) in ("", "\n")
        for pattern, famous, line_only in _DATELINES:
            match = pattern.match(text, opening.end())
            if match and (line or not line_only):
                yield match.start(1), match.end(1), famous
                break


def well_known(name: str, gazetteer: Gazetteer) -> bool:
    """A country, a first-level unit, a region, a sea … or a city of 100,000 or more, by its own name."""
    return any(not c.alias and (c.feature in _STRONG_FEATURES or c.population >= _BIG_CITY)
               for c in gazetteer.candidates(name))


def placed(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether the words around ``span`` say it is a place (see the module's docstring)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    following = doc[span.end] if span.end < len(doc) else None
    if span.text.isupper() or span[0].lower_ == "the" or span[-1].tag_ == "POS" or span.text.endswith(("'s", "’s")):
        return False
    if following is not None and (following.tag_ == "POS" or following.text in _JOINERS):
        return False
    if following is not None and _modifies(span, following):
        return following.lower_ in LOCAL_NOUNS
    if before is not None and before.lower_ == "the":
        return False
    if before is not None and (before.lower_ in STRONG_LOCATIVE or before.lower_ in COMPASS or _motion_to(before)
                               or _direction_of(span)):
        return True
    return (_unit_list_after(span) or container_after(span, gazetteer) or _listed_with_place(span)
            or residence(span))


def _motion_to(word: Token) -> bool:
    """"to" after a verb of going or sending ("moved to Leander", "rerouted to Gillette")."""
    return word.lower_ == "to" and word.head.pos_ == "VERB" and word.head.lemma_ in _MOTION


def _direction_of(span: Span) -> bool:
    """"north of", "outside of" … before the name."""
    doc = span.doc
    return span.start > 1 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in _DIRECTIONS_OF


def _modifies(span: Span, following: Token) -> bool:
    """Whether the name only modifies the common noun after it ("in Wasco culture")."""
    return following.pos_ == "NOUN" and span.root.head.i == following.i


def _before_list(span: Span) -> Token | None:
    """The word before the name, or before the list of names it ends ("between Zwolle and Deventer")."""
    doc, index = span.doc, span.start - 1
    if index > 0 and doc[index].lower_ in {"and", "or"}:
        while index > 0 and span.start - index < 8 and (doc[index].lower_ in _LIST_WORDS or doc[index].pos_ == "PROPN"):
            index -= 1
    if index >= 0 and doc[index].lower_ == "the":
        index -= 1
    return doc[index] if index >= 0 else None


def listed_unit(span: Span, gazetteer: Gazetteer) -> bool:
    """A name before a plural unit word, alone or in a list, that names such a unit ("Pratt and Kiowa counties":
    Kiowa County)."""
    return not span.text.isupper() and _unit_list_after(span) and unit_stem(span.text, gazetteer)


def unit_stem(name: str, gazetteer: Gazetteer) -> bool:
    """Whether the name is a unit's without its unit word ("Kiowa" for Kiowa County)."""
    key = name_key(name)
    return any(c.feature.startswith("ADM") and name_key(c.name).startswith(key + " ")
               for c in gazetteer.candidates(name))


def _unit_list_after(span: Span) -> bool:
    """A plural unit word after the name or after the list it opens ("Pratt and Kiowa counties")."""
    doc = span.doc
    for token in doc[span.end: min(span.end + 20, len(doc))]:
        if token.lower_ in _UNIT_PLURALS:
            return True
        if not (token.text[:1].isupper() or token.lower_ in _LIST_WORDS):
            return False
    return False


def container_after(span: Span, gazetteer: Gazetteer) -> bool:
    """A state, province or country after a comma ("Ellensburg, Washington", "Tillamook, Ore.")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    first = doc[span.end + 1]
    if not first.text[:1].isupper():
        return False
    stop = span.end + 2
    while stop < len(doc) and stop - span.end <= 3 and doc[stop].text[:1].isupper() and doc[stop].pos_ == "PROPN":
        stop += 1
    container = doc[span.end + 1: stop].text
    return any(c.feature in _CONTAINER_FEATURES and (not c.alias or container.endswith("."))
               for c in gazetteer.candidates(container))


def _listed_with_place(span: Span) -> bool:
    """A place entity in the list the name is in ("Zwolle and Deventer", "in Zwolle, Kampen and Deventer")."""
    return _list_place(span.doc, span.start - 1, -1) or _list_place(span.doc, span.end, 1)


def _list_place(doc: Doc, index: int, step: int) -> bool:
    """Whether a place entity comes in the list that goes on from ``index`` (a list word) in direction ``step``."""
    for _ in range(_LIST_ITEMS):
        if not (0 <= index < len(doc) and doc[index].lower_ in _LIST_WORDS):
            return False
        index += step
        if not 0 <= index < len(doc) or not doc[index].text[:1].isupper():
            return False
        while 0 <= index < len(doc) and doc[index].text[:1].isupper():
            if doc[index].ent_type_ in PLACE_LABELS:
                return True
            index += step
    return False


def residence(span: Span) -> bool:
    """The name after "of" that follows a person's name, perhaps with an age between ("Jane Doe, 41, of X")."""
    doc = span.doc
    index = span.start - 1
    if index < 1 or doc[index].lower_ != "of":
        return False
    index -= 1
    if doc[index].text == "," and index >= 2 and doc[index - 1].like_num and doc[index - 2].text == ",":
        index -= 3
    elif doc[index].text == ",":
        index -= 1
    return index >= 0 and doc[index].ent_type_ == "PERSON"
