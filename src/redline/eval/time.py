"""``redline eval time PATH``: TIMEX3 recognition and normalization on TimeML files (TempEval-3 style).

Each ``.tml`` file gives a document creation time (the DCT, used as the anchor, as a publication date would be)
and gold TIMEX3 spans in ``<TEXT>``. Scores follow TempEval-3: relaxed (overlap) and strict (exact) span F1, the
share of matched expressions with the right value, and value F1 (right value over all system / all gold).
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from redline.errors import EvalDataError
from redline.eval.base import EvalReport
from redline.nlp import load_nlp
from redline.settings import Settings
from redline.timex import TimeTagger, Timex

_DCT = re.compile(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", re.S)
_DCT_BLOCK = re.compile(r"<DCT>\s*(<TIMEX3[^>]*>)", re.S)
_VALUE = re.compile(r"\bvalue=\"([^\"]*)\"")
_TYPE = re.compile(r"\btype=\"([^\"]*)\"")
_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
ANCHORS = {
    "value_f1": (0.7761, "HeidelTime, TempEval-3 test (UzZaman et al. 2013)"),
    "relaxed_f1": (0.9030, "HeidelTime, TempEval-3 test (UzZaman et al. 2013)"),
    "strict_f1": (0.8134, "HeidelTime, TempEval-3 test (UzZaman et al. 2013)"),
}


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDocument:
    name: str
    text: str
    dct: date | None
    timexes: list[GoldTimex]


def read_timeml(path: Path) -> TimeMLDocument:
    """One TimeML file: the raw text of ``<TEXT>``, its DCT, and its TIMEX3 spans (character offsets)."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    body_start, body_end = raw.find("<TEXT>"), raw.find("</TEXT>")
    if body_start < 0 or body_end < 0:
        raise EvalDataError(f"{path} has no <TEXT> element.", hint="Give TimeML (.tml) files.")
    text, timexes = _strip(raw[body_start + len("<TEXT>"):body_end])
    return TimeMLDocument(path.name, text, _dct(raw), timexes)


def _dct(raw: str) -> date | None:
    found = _DCT_BLOCK.search(raw) or _DCT.search(raw)
    value = _VALUE.search(found.group(1) if found and found.groups() else found.group(0)) if found else None
    try:
        return date.fromisoformat(value.group(1)[:10]) if value else None
    except ValueError:
        return None


def _strip(body: str) -> tuple[str, list[GoldTimex]]:
    """The body without tags, and the TIMEX3 elements as character spans into it."""
    parts: list[str] = []
    length, position = 0, 0
    open_timex: tuple[int, str] | None = None
    timexes: list[GoldTimex] = []
    for tag in _TAG.finditer(body):
        piece = html.unescape(body[position:tag.start()])
        parts.append(piece)
        length += len(piece)
        position = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1):
            if open_timex is not None:
                timexes.append(_gold(open_timex[0], length, open_timex[1]))
            open_timex = None
        else:
            open_timex = (length, tag.group(3))
    parts.append(html.unescape(body[position:]))
    return "".join(parts), timexes


def _gold(start: int, end: int, attributes: str) -> GoldTimex:
    value, kind = _VALUE.search(attributes), _TYPE.search(attributes)
    return GoldTimex(start, end, kind.group(1) if kind else "DATE", value.group(1) if value else "")


def timeml_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    files = sorted(Path(root, name) for root, _, names in os.walk(path, followlinks=True) for name in names
                   if name.endswith(".tml"))
    if not files:
        raise EvalDataError(f"No .tml files under {path}.", hint="Give a TimeML file or a folder of them.")
    return files


@dataclass
class Tally:
    system: int = 0
    gold: int = 0
    relaxed: int = 0
    strict: int = 0
    value: int = 0
    type: int = 0

    def add(self, gold: list[GoldTimex], found: list[Timex]) -> None:
        self.system += len(found)
        self.gold += len(gold)
        for g, s in _pairs(gold, found):
            self.relaxed += 1
            self.strict += int(g.start == s.start and g.end == s.end)
            self.value += int(s.value == g.value)
            self.type += int(s.type == g.type)


def _pairs(gold: list[GoldTimex], found: list[Timex]) -> Iterator[tuple[GoldTimex, Timex]]:
    """One-to-one overlap matches, the earliest system expression first."""
    used: set[int] = set()
    for g in gold:
        for i, s in enumerate(found):
            if i not in used and s.start < g.end and g.start < s.end:
                used.add(i)
                yield g, s
                break


def _f1(hits: int, system: int, gold: int) -> float:
    precision = hits / system if system else 0.0
    recall = hits / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def evaluate(path: Path, settings: Settings, *, limit: int | None = None, **options: object) -> EvalReport:
    files = timeml_files(path)[:limit] if limit else timeml_files(path)
    documents = [read_timeml(f) for f in files]
    nlp, tagger, tally = load_nlp(settings), TimeTagger(), Tally()
    for doc, document in zip(nlp.pipe(d.text for d in documents), documents, strict=True):
        tally.add(document.timexes, tagger.tag(doc, document.dct))
    metrics = {
        "relaxed_f1": _f1(tally.relaxed, tally.system, tally.gold),
        "strict_f1": _f1(tally.strict, tally.system, tally.gold),
        "value_accuracy": tally.value / tally.relaxed if tally.relaxed else 0.0,
        "value_f1": _f1(tally.value, tally.system, tally.gold),
        "type_accuracy": tally.type / tally.relaxed if tally.relaxed else 0.0,
    }
    counts = {"documents": len(documents), "gold": tally.gold, "system": tally.system, "matched": tally.relaxed}
    return EvalReport(task="time", dataset=str(path), metrics=metrics, anchors=dict(ANCHORS), counts=counts,
                      notes=["anchor: the DCT of each file, as redline anchors on the publication date"])
