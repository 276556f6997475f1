"""From character spans to :class:`Toponym` s with what the text around them says: a cue word after the name
("Idlib Province", "Orange County") and a container after a comma ("Alexandria, La.", "Paris, Texas").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redline.geo.resolver import CUE_FEATURES, Toponym

_CUE_AFTER = re.compile(r"\s+(" + "|".join(CUE_FEATURES) + r")\b", re.IGNORECASE)
_CONTAINER = re.compile(r",\s+((?:[A-Z][\w.’'-]*\.?)(?:\s+[A-Z][\w.’'-]*\.?){0,2})")
_LEADING = re.compile(r"^(?:the|The)\s+")
_THE_BEFORE = re.compile(r"\b(?:the|The)\s+$")
_STREET_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'’-]*)?\s+(?:streets?|avenues?|roads?|boulevards?)\b")
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
#: A plural unit word after a list of names makes each a unit ("Dakota, Otoe and Washington counties").
_UNIT_PLURALS = r"counties|provinces|states|districts|governorates|regions|parishes|prefectures|oblasts"
_PLURAL_CUE = re.compile(rf"(?:(?:\s*,\s*{_NAME})*,?\s+(?:and|or)\s+{_NAME})?\s+({_UNIT_PLURALS})\b")
_PLURALS = {"counties": "county", "parishes": "parish"}
#: A unit word before the name: "the southern province of Uruzgan", "the town of Sibi" (not "the territory of" a
#: country, nor "the municipality of", which names towns in some countries and units in others).
_CUE_BEFORE = re.compile(r"\b(province|governorate|state|oblast|prefecture|county|parish|city|town|village)\s+of\s+$",
                         re.IGNORECASE)
#: A plural unit word before a list the name is in: "provinces including Ilam, Zanjan and Qazvin".
_PLURAL_BEFORE = re.compile(rf"\b({_UNIT_PLURALS})\s+(?:of|including|such as|like|namely|:)\s*"
                            rf"(?:{_NAME}\s*,\s*)*(?:{_NAME},?\s+(?:and|or)\s+)?$")
_LOOKBACK = 160
_LIST_END = re.compile(r"\s+(?:and|or|&)\s")
#: A comma (and "and"/"or") after the would-be container, before another place name of the text: a list goes on.
_LIST_MORE = re.compile(r",\s+(?:(?:and|or)\s+)?")


def toponyms_at(text: str, spans: Sequence[tuple[int, int]]) -> list[Toponym]:
    """One toponym per ``(start, end)`` span of ``text``, with its cue word and container."""
    starts = {start: end for start, end in spans}
    return [_toponym(text, start, end, starts) for start, end in spans]


def _toponym(text: str, start: int, end: int, starts: dict[int, int]) -> Toponym:
    surface = text[start:end]
    leading = _LEADING.match(surface)
    if leading:
        surface = surface[leading.end():]
    cue = _cue(text, end)
    definite = bool(leading) or _THE_BEFORE.search(text, max(0, start - 5), start) is not None
    return Toponym(surface, start, end, cue=cue, container=_container(text, end, starts), definite=definite,
                   street=_STREET_AFTER.match(text, end) is not None, lead_cue=_cue_before(text, start))


def _cue(text: str, end: int) -> str | None:
    """The feature a unit word after the name asks for, or a plural one after the list the name opens."""
    if match := _CUE_AFTER.match(text, end):
        return CUE_FEATURES[match.group(1).lower()]
    if match := _PLURAL_CUE.match(text, end):
        plural = match.group(1).lower()
        return CUE_FEATURES.get(_PLURALS.get(plural, plural[:-1]))
    return None


def _cue_before(text: str, start: int) -> str | None:
    """The feature a unit word before the name asks for ("the province of Kunar"), or a plural one before the
    list the name is in ("provinces including Ilam, Zanjan and Qazvin")."""
    window = text[max(0, start - _LOOKBACK):start]
    if match := _CUE_BEFORE.search(window):
        return CUE_FEATURES[match.group(1).lower()]
    if match := _PLURAL_BEFORE.search(window):
        plural = match.group(1).lower()
        return CUE_FEATURES.get(_PLURALS.get(plural, plural[:-1]))
    return None


def _container(text: str, end: int, starts: dict[int, int]) -> str | None:
    """The name right after ", ": another span starting there, else a run of capitalized words; none in a list
    ("Washington, New York and Boston", "Copenhagen, Hamburg, Brasoc and Mannheim")."""
    match = _CONTAINER.match(text, end)
    if not match:
        return None
    begin = match.start(1)
    stop = starts.get(begin, match.end(1))
    if _LIST_END.match(text, stop):
        return None
    if (more := _LIST_MORE.match(text, stop)) and more.end() in starts:
        return None  # "Copenhagen, Hamburg, Brasoc and Mannheim"
    return text[begin:stop]
