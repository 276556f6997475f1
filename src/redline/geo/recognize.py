"""Toponym recognition over the shared spaCy parse: GPE/LOC/FAC entities, other entities that repeat a place name
the text already uses, and proper nouns the gazetteer knows as a country, first-level unit, region or large city.
Place names inside organization names ("Tehran Times") stay with the organization; demonyms are not places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from redline.geo import cues
from redline.geo.contain import DIRECTIONS
from redline.geo.index import Gazetteer
from redline.geo.names import name_key
from redline.geo.resolver import CUE_FEATURES, CUE_SUFFIX, demonyms

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Labels the small model sometimes puts on a place name ("the Idlib matter" as ORG, "in Omdurman" as NORP).
_RELABELED = frozenset({"ORG", "PERSON", "NORP"})
#: Labels the small model puts on a town now and then ("captured in Bemidji" as a product): a place only
#: where the words around it say so.
_MISLABELED = frozenset({"PRODUCT", "EVENT", "WORK_OF_ART"})
_TOWN = 1_000
_MAX_WORDS = 4
#: "the town of Djibo": a noun of place kind and "of" before a name the gazetteer knows.
_KIND_OF = frozenset({"town", "city", "village", "port", "province", "region", "district", "governorate", "state",
                      "capital", "county", "island", "islands", "enclave", "oblast", "municipality", "area"})
_SETTLEMENTS = frozenset({"town", "village", "villages", "towns", "city", "hamlet", "township", "suburb",
                          "neighborhood", "neighbourhood", "commune", "municipality"})
#: Lowercase words inside a place name between its capitalized words.
_PARTICLES = frozenset({"of", "el", "al", "-", "de", "du", "la"})
_LOCATIVE = frozenset({"in", "at", "near", "from", "outside", "into", "across", "around", "toward", "towards"})
#: Last words of a site's name: streets are always places; a hospital, a market … only after a locative word.
_STREET_WORDS = frozenset({"street", "avenue", "road", "boulevard", "square", "bridge", "highway", "drive", "lane",
                           "parkway", "st.", "ave.", "rd.", "blvd.", "blvd", "streets", "avenues", "roads"})
_SITE_WORDS = frozenset({"hospital", "stadium", "airport", "market", "mosque", "church", "cathedral", "camp",
                         "prison", "station", "hotel", "mall", "palace"})
_SITE_LOCATIVE = frozenset({"to", "on", "inside"})
#: Last words of a natural feature's name ("Cutler Creek", "Ottawa National Forest").
_NATURAL_WORDS = frozenset({"creek", "lake", "river", "forest", "wilderness", "lakeshore", "mountain", "mountains",
                            "valley", "bay", "canyon", "reservoir", "island", "islands", "peninsula", "desert"})
#: Words before a street whose name the small model reads as a person's ("lives on Hazel Lane").
_ON = _LOCATIVE | frozenset({"on", "onto", "along", "of", "off", "to"})
#: Nouns that make the name before them a product, a medium or a body, not a place ("his Truth Social platform").
_NON_PLACE_NOUNS = frozenset({"platform", "app", "application", "network", "channel", "website", "site", "account",
                              "program", "programme", "group", "company", "firm", "party", "brand", "show",
                              "newspaper", "magazine", "agency", "service", "feed", "page", "podcast", "handle"})
#: Last words that make an unknown facility name a place on their own ("Trump Tower", "Windsor Castle").
_PLACE_NOUNS = _STREET_WORDS | _SITE_WORDS | frozenset({
    "tower", "building", "castle", "chapel", "temple", "center", "centre", "park", "base", "port", "harbour",
    "harbor", "dam", "museum", "university", "college", "school", "academy", "arena", "field", "hall", "house",
    "plaza", "theatre", "theater", "zoo", "garden", "gardens", "cemetery", "graveyard", "crossing", "checkpoint",
    "compound", "complex", "village", "quarter", "district", "mountain", "mountains", "river", "lake", "valley",
    "island", "beach", "canal", "pass", "refinery", "plant", "mine", "embassy", "consulate", "parliament",
    "drive", "lane", "way", "trail", "route", "st", "st.", "ave", "ave.", "rd", "rd.", "court", "place", "terrace"})
#: Nouns after a name that make it the name of an area ("the Quarrytown area", "the Maple Heights neighborhood").
_AREAS = frozenset({"area", "areas", "neighborhood", "neighbourhood", "suburb", "outskirts", "border", "region"})
_POSSESSIVE_TAIL = re.compile(r"['’]s?$")
#: First words that make a name a place ("Lake Cunningham", "Mount Hood", "Interstate 45").
_PLACE_FIRST = frozenset({"lake", "mount", "mt", "mt.", "fort", "camp", "port", "cape", "interstate", "highway",
                          "route", "lower", "upper"})


def toponym_spans(doc: Doc, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Character spans of the place names in ``doc``, in text order."""
    text, ents = doc.text, doc.ents
    persons, surnames = _person_names(ents), _surnames(ents, gazetteer)
    spans = [_trim(ent) for ent in ents if ent.label_ in PLACE_LABELS
             and _place_entity(ent, persons, surnames, gazetteer) and _not_a_product(ent, gazetteer)]
    known = {name_key(CUE_SUFFIX.sub("", text[s:e])) for s, e in spans}
    spans += [(ent.start_char, ent.end_char) for ent in ents
              if ent.label_ in _RELABELED and _relabeled(ent, known, surnames, gazetteer)]
    spans += [_trim(ent) for ent in ents if ent.label_ in _RELABELED and _site(ent)]
    spans += list(_gazetteer_names(doc, ents, surnames, gazetteer))
    cued = [*cues.datelines(text, gazetteer), *cues.home_seats(text, gazetteer)]
    spans += [(ent.start_char, ent.end_char) for ent in ents
              if ent.label_ in _MISLABELED and (_settlement_of(ent) or _placed_name(ent, surnames, gazetteer))]
    spans += [s for s in cued if not any(a < s[1] and s[0] < b for a, b in spans)]
    return sorted(set(spans))


def _site(ent: Span) -> bool:
    """An organization or person entity that names a site: a street, square or bridge ("Al-Jamhuriya Street"; one
    read as a person's name only after a number or "on", "near" …: "Hazel Lane" may be a woman), or a hospital,
    market, stadium … named after "in", "at", "to" … ("taken to Al-Nau Hospital")."""
    last = ent[-1].lower_
    if len(ent) > _MAX_WORDS + 1 or not ent[-1].text[:1].isupper():
        return False
    index = ent.start - 1
    if (last in _STREET_WORDS or last in _NATURAL_WORDS) and len(ent) > 1:
        return ent.label_ != "PERSON" or (index >= 0 and (ent.doc[index].like_num or ent.doc[index].lower_ in _ON
                                                          or _after_street(ent.doc, index)))
    if index >= 0 and ent.doc[index].lower_ == "the":
        index -= 1
    return last in _SITE_WORDS and index >= 0 and ent.doc[index].lower_ in _LOCATIVE | _SITE_LOCATIVE


def _after_street(doc: Doc, index: int) -> bool:
    """Whether the word at ``index`` joins a street to the one before it ("Berry Lane and Lombardy Drive")."""
    return index > 0 and doc[index].lower_ in {"and", ",", "or"} and doc[index - 1].lower_ in _STREET_WORDS


def _place_entity(ent: Span, persons: set[str], surnames: set[str], gazetteer: Gazetteer) -> bool:
    """A place-labeled entity that is neither a demonym ("Ukrainian") nor the name of a person of the text: one the
    gazetteer lacks, or one in the possessive with no locative word before it ("a case like Khalil's")."""
    text = _POSSESSIVE_TAIL.sub("", ent.text)
    key = name_key(text)
    if key in demonyms() or cues.titled(ent):
        return False
    if len(ent) == 1 and cues.speaker(ent) and not _well_known(text, gazetteer):
        return False
    owner = text != ent.text and not _after_locative(ent)
    if _persons_name(text, key, surnames) and not _after_locative(ent) and not _well_known(text, gazetteer):
        return False  # "the next Bemidji" in a story about a striker Karim Bemidji
    return not (key in persons and (owner or not gazetteer.knows(text)))


def _persons_name(text: str, key: str, surnames: set[str]) -> bool:
    """Whether a name is the surname of a person of the text or a common given name ("Tim", not "TIM")."""
    return key in surnames or (not text.isupper() and key in cues.first_names())


def _after_locative(ent: Span) -> bool:
    index = ent.start - 1
    if index >= 0 and ent.doc[index].lower_ == "the":
        index -= 1
    return index >= 0 and ent.doc[index].lower_ in _LOCATIVE | {"to", "inside"}


def _not_a_product(ent: Span, gazetteer: Gazetteer) -> bool:
    """Whether a place-labeled entity is not a product, medium or body: an unknown name before "platform", "app",
    "channel" … never is a place, and any other name the gazetteer does not know needs a place noun of its own
    ("Trump Tower") or a locative word before it ("in", "at", "near"): the small model also labels companies and
    acronyms as places ("Alibaba's Qwen", "AI companies")."""
    if gazetteer.knows(_POSSESSIVE_TAIL.sub("", ent.text)):
        return True
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if following is not None and (following.lower_ in _NON_PLACE_NOUNS or _modifies(ent, following)):
        return False
    if _placelike(ent, gazetteer) or (following is not None and (following.lower_ in _PLACE_NOUNS
                                                                   or following.lower_ in CUE_FEATURES)):
        return True
    return _after_locative(ent) or cues.container_after(ent, gazetteer) or cues.residence(ent) or _settlement_of(ent)


def _modifies(ent: Span, following: Token) -> bool:
    """An unknown name that only modifies the common noun after it ("in the AI race", "Nvidia stockholders")
    names what the noun is about, unless that noun makes it a place ("the Kurram district")."""
    return (following.pos_ == "NOUN" and following.lower_ not in _PLACE_NOUNS and following.lower_ not in _AREAS
            and ent.root.head.i == following.i)


def _placelike(ent: Span, gazetteer: Gazetteer) -> bool:
    """Whether a facility's name says it is a place: a place noun ("Trump Tower", "Lake Cunningham"), a number
    ("Highway 19"), or a place the gazetteer knows inside it ("the Pointe Coupee Sheriff's Office")."""
    words = [t for t in ent if not t.is_punct and t.tag_ != "POS" and t.lower_ != "the"]
    if not words or words[-1].lower_ in _PLACE_NOUNS or words[0].lower_ in _PLACE_FIRST:
        return True
    if any(t.like_num for t in words):
        return True
    runs = (words[i:j] for i in range(len(words)) for j in range(i + 1, min(i + 3, len(words)) + 1))
    return any(run[0].text[:1].isupper() and run[0].lower_ not in DIRECTIONS
               and gazetteer.knows(" ".join(t.text for t in run)) for run in runs)


def _person_names(ents: Sequence[Span]) -> set[str]:
    """Name keys of the people the text names, full and by surname ("Mykhailo Podolyak", "Podolyak"): a place
    label on one of these that the gazetteer does not know is the model's mistake."""
    people = [ent for ent in ents if ent.label_ == "PERSON"]
    return {name_key(ent.text) for ent in people} | {name_key(ent[-1].text) for ent in people if len(ent) > 1}


def _surnames(ents: Sequence[Span], gazetteer: Gazetteer) -> set[str]:
    """Name keys of the surnames of the people the text names in full ("Jesse Jackson"; not "Rock Hill", a town the
    model may label as a person)."""
    return {name_key(_POSSESSIVE_TAIL.sub("", ent[-1].text)) for ent in ents
            if ent.label_ == "PERSON" and len(ent) > 1 and not gazetteer.knows(_POSSESSIVE_TAIL.sub("", ent.text))}


def _relabeled(ent: Span, known: set[str], surnames: set[str], gazetteer: Gazetteer) -> bool:
    """A person or organization entity that is a place: known and used as one elsewhere in the text, named
    after "town of" or placed by the words around it (``redline.geo.cues``); or well known and named after "to",
    before a place noun, listed with other places, or (for organizations) the name of a country or province."""
    key = name_key(ent.text)
    if len(ent) > _MAX_WORDS or key in demonyms():
        return False
    if _settlement_of(ent):
        return True
    if key in known or _named_kind(ent):
        return gazetteer.knows(ent.text)
    if _placed_name(ent, surnames, gazetteer):
        return True
    if _famous_person_label(ent, surnames, gazetteer):
        return True
    if not _well_known(ent.text, gazetteer):
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (before.lower_ in _LOCATIVE | {"to"} or before.lower_ in cues.COMPASS):
        return True
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if following is not None and following.lower_ in _PLACE_NOUNS and len(ent) == 1:
        return True  # "Kakuma camp"
    if before is not None and before.lower_ in {"and", ","} and _after_place(ent.doc, ent.start - 1):
        return True
    return ent.label_ == "ORG" and any(not c.alias and c.feature in {"PCLI", "ADM1"}
                                       for c in gazetteer.candidates(ent.text))


def _famous_person_label(ent: Span, surnames: set[str], gazetteer: Gazetteer) -> bool:
    """A well-known place (a country, province, region or city of 100,000 or more) labeled as a person, that is
    no surname or given name of the text's people and says nothing ("Tulsa's fire marshal")."""
    text = _POSSESSIVE_TAIL.sub("", ent.text).strip()
    key = name_key(text)
    if ent.label_ != "PERSON" or not text[:1].isupper() or key in surnames or key in cues.first_names():
        return False
    if cues.speaker(ent) or cues.titled(ent):
        return False
    doc = ent.doc
    following = doc[ent.end] if ent.end < len(doc) else None
    if following is not None and following.pos_ == "PROPN" and following.text[:1].isupper():
        return False  # part of a longer name ("St Patrick's Day")
    if following is not None and following.pos_ == "NOUN" and ent.root.head.i == following.i:
        if following.lower_ not in _PLACE_NOUNS and following.lower_ not in cues.LOCAL_NOUNS:
            return False  # "the Lincoln administration"
    elif ent.start > 0 and doc[ent.start - 1].lower_ == "the":
        return False
    return _well_known(text, gazetteer)


def _placed_name(span: Span, surnames: set[str], gazetteer: Gazetteer) -> bool:
    """A town or unit the gazetteer holds by this name, not a surname of the text, that the words around it place."""
    if name_key(span.text) in surnames or cues.titled(span):
        return False
    return (cues.own_name(span.text, gazetteer) and cues.placed(span, gazetteer)) or cues.listed_unit(span, gazetteer)


def _named_kind(ent: Span) -> bool:
    """Whether the entity follows "town of", "province of" … ("the town of Djibo") or comes before a kind of unit
    ("the Zaporizhzhia region")."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in CUE_FEATURES:
        return True
    return ent.start > 1 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in _KIND_OF


def _settlement_of(ent: Span) -> bool:
    """Whether a one- or two-word name follows "the village of", "the town of" …, or "the villages of … and":
    a settlement, whether or not the gazetteer lists it ("the village of Qaryat Sufla")."""
    doc, index = ent.doc, ent.start - 1
    if len(ent) > 2 or ent.text.isupper():
        return False
    if index > 1 and doc[index].lower_ == "and" and doc[index - 1].ent_type_:
        index -= 1
        while index > 0 and doc[index].ent_iob_ == "I":
            index -= 1
        index -= 1
    return index > 0 and doc[index].lower_ == "of" and doc[index - 1].lower_ in _SETTLEMENTS


def _after_place(doc: Doc, index: int) -> bool:
    """Whether the token before ``index`` ends a place entity ("Chad and Cameroon")."""
    return index > 0 and doc[index - 1].ent_type_ in PLACE_LABELS


def _trim(ent: Span) -> tuple[int, int]:
    """An entity's span without a leading "the", a trailing possessive or a sentence's final period."""
    start, end = ent.start, ent.end
    if ent[0].lower_ == "the" and len(ent) > 1:
        start += 1
    while end - start > 1 and (ent.doc[end - 1].tag_ == "POS" or ent.doc[end - 1].is_punct):
        end -= 1
    last = ent.doc[end - 1]
    stop = last.idx + len(last.text)
    if last.text.endswith(".") and len(last.text) > 2 and last.text.count(".") == 1:
        stop -= 1
    return ent.doc[start].idx, stop


def _gazetteer_names(doc: Doc, ents: Sequence[Span], surnames: set[str],
                     gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Runs of capitalized proper nouns outside every entity that name a well-known place, a street or a natural
    feature, or a place the words around them place (``redline.geo.cues``)."""
    covered = {i for ent in ents for i in range(ent.start, ent.end)}
    done = 0
    for token in doc:
        i = token.i
        if i < done or i in covered or not _proper(token):
            continue
        run = _proper_run(doc, i, covered, _PARTICLES)
        found = _gazetteer_name(doc, i, run, surnames, gazetteer)
        if found:
            yield doc[found[0]].idx, doc[found[1] - 1].idx + len(doc[found[1] - 1].text)
        done = max(_proper_run(doc, i, covered, frozenset()), found[1] if found else 0, i + 1)


def _gazetteer_name(doc: Doc, start: int, run: int, surnames: set[str],
                    gazetteer: Gazetteer) -> tuple[int, int] | None:
    """The longest run from ``start`` that names a well-known place, else the whole run if it names a street, a
    natural feature or a town the words around it place."""
    found = next(((start, j) for j in range(run, start, -1) if _well_known(doc[start:j].text, gazetteer)), None)
    if found is not None or run <= start:
        return found
    last = doc[run - 1].lower_
    if run > start + 1 and (last in _STREET_WORDS or last in _NATURAL_WORDS):
        return start, run
    span = doc[start:run]
    return (start, run) if _placed_name(span, surnames, gazetteer) and _town(span.text, gazetteer) else None


def _proper_run(doc: Doc, start: int, covered: set[int], particles: frozenset[str]) -> int:
    """End of the run of capitalized proper nouns from ``start``, through ``particles`` between them
    ("Bab el-Mandeb", "Sea of Azov")."""
    end = start
    while end < len(doc) and end - start < _MAX_WORDS and end not in covered and _proper(doc[end]):
        end += 1
        inner = end
        while inner < len(doc) and inner not in covered and doc[inner].lower_ in particles:
            inner += 1
        if inner > end and inner < len(doc) and inner - start < _MAX_WORDS and _proper(doc[inner]):
            end = inner
    return end


def _proper(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def _town(name: str, gazetteer: Gazetteer) -> bool:
    """A town of 1,000 or more spelled just so: a capitalized word outside every entity is often a common word
    ("in God", "Paint Out") that a hamlet or a town abroad shares."""
    return any(not c.alias and c.name.casefold() == name.casefold() and c.population >= _TOWN
               for c in gazetteer.candidates(name))


def _well_known(name: str, gazetteer: Gazetteer) -> bool:
    return cues.well_known(name, gazetteer)
