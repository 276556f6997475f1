"""``redline eval events PATH``: event coding against three kinds of gold, detected from the file.

- CAMEO pentacode TSV (``sentence<TAB>0-4``, as ConfliBERT's ``cameo_class``): each sentence goes through the full
  pipeline (batched) and is coded by its main event's pentacode (0 when it has none): ``macro_f1``, ``accuracy``.
- PLOVER GSR JSON (a list of records with ``text``, ``event``, ``source``): ``type_accuracy`` (old PLOVER 0.5 names
  mapped to 2.0: DEMAND → REQUEST, DISAPPROVE/INVESTIGATE → ACCUSE, FIGHT → ASSAULT) and ``actor_accuracy`` (a
  source actor of the main event has a gold source's country or IGO/NGO code).
- CASE 2021 task 2 TSV (``id<TAB>EventSnippet<TAB>SubType``): the main event mapped to a CASE class by
  ``data/events/case2021.yaml``: ``macro_f1``, ``accuracy``.
A folder is read as every ``*.tsv`` / ``*.json`` file in it, all of one kind.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from redline.errors import EvalDataError
from redline.eval.base import EvalReport
from redline.events.pentacode import case_class, main_event, sentence_pentacode, sentence_type
from redline.models import Actor, Article, Record
from redline.pipeline import Pipeline
from redline.settings import Settings

CAMEO_ANCHORS = {"macro_f1": (0.8788, "ConfliBERT on the test split (Hu et al. 2022); BERT .8644")}
CASE_ANCHORS = {"macro_f1": (0.839, "best CASE 2021 task 2 system, weighted F1 on 25 classes")}
OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

Item = tuple[str, Any]


def evaluate(path: Path, settings: Settings, *, limit: int | None = None, **options: object) -> EvalReport:
    """Measure the full pipeline's events on ``path`` (a file, or a folder of files of one kind)."""
    files = sorted(p for p in path.iterdir() if p.suffix in (".tsv", ".json")) if path.is_dir() else [path]
    kind = _kind(files[0]) if files else ""
    items = [item for file in files for item in _read(file, kind)][:limit]
    if not items:
        raise EvalDataError(f"{path} holds no items in a known format.",
                            hint="Give a CAMEO pentacode TSV, a PLOVER GSR JSON, or a CASE 2021 task 2 TSV.")
    records = list(_analyze(Pipeline.from_settings(settings), [text for text, _ in items]))
    scorer = {"cameo": _score_cameo, "gsr": _score_gsr, "case": _score_case}[kind]
    return scorer(path.name, items, records)


def _kind(file: Path) -> str:
    if file.suffix == ".json":
        return "gsr"
    first = file.read_text(encoding="utf-8").split("\n", 1)[0].split("\t")
    if len(first) == 3 and first[2].strip().lower() == "subtype":
        return "case"
    if len(first) >= 2 and first[-1].strip().isdigit():
        return "cameo"
    raise EvalDataError(f"{file} is not a known event format.",
                        hint="CAMEO TSV lines are `sentence<TAB>0-4`; "
                             "CASE TSV starts `id<TAB>EventSnippet<TAB>SubType`.")


def _read(file: Path, kind: str) -> Iterator[Item]:
    if kind == "gsr":
        for row in json.loads(file.read_text(encoding="utf-8")):
            if row.get("text") and row.get("event") and row["event"] != "DOCUMENT":
                yield row["text"], row
        return
    with file.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in rows:
            if kind == "case" and len(row) >= 3 and row[2] != "SubType":
                yield row[1], row[2].strip()
            elif kind == "cameo" and len(row) >= 2 and row[-1].strip().isdigit():
                yield "\t".join(row[:-1]), int(row[-1])


def _analyze(pipeline: Pipeline, texts: Iterable[str]) -> Iterator[Record]:
    articles = (Article(id=f"s{i}", text=text) for i, text in enumerate(texts))
    yield from pipeline.analyze_many(articles, batch_size=64)


def macro_f1(gold: list[Any], predicted: list[Any]) -> float:
    """Macro-averaged F1 over the classes present in the gold labels."""
    pairs = Counter(zip(gold, predicted, strict=True))
    scores = []
    for label in sorted(set(gold), key=str):
        tp = pairs[(label, label)]
        fp = sum(n for (g, p), n in pairs.items() if g != label and p == label)
        fn = sum(n for (g, p), n in pairs.items() if g == label and p != label)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def _accuracy(gold: list[Any], predicted: list[Any]) -> float:
    return sum(1 for g, p in zip(gold, predicted, strict=True) if g == p) / len(gold) if gold else 0.0


def _score_cameo(name: str, items: list[Item], records: list[Record]) -> EvalReport:
    gold = [label for _, label in items]
    predicted = [sentence_pentacode(record.events) for record in records]
    return EvalReport(task="events (CAMEO pentacode)", dataset=name,
                      metrics={"macro_f1": macro_f1(gold, predicted), "accuracy": _accuracy(gold, predicted)},
                      anchors=CAMEO_ANCHORS, counts={"sentences": len(gold), **_confusion_counts(gold, predicted)},
                      notes=["Anchor is on the test split; here the train split serves as dev."])


def _confusion_counts(gold: list[Any], predicted: list[Any]) -> dict[str, int]:
    pairs = Counter(zip(gold, predicted, strict=True))
    return {f"gold {g} → {p}": n for (g, p), n in sorted(pairs.items()) if g != p and n >= 10}


def _score_case(name: str, items: list[Item], records: list[Record]) -> EvalReport:
    gold = [label for _, label in items]
    predicted = [case_class(record.events) for record in records]
    return EvalReport(task="events (CASE 2021 task 2 via the PLOVER mapping)", dataset=name,
                      metrics={"macro_f1": macro_f1(gold, predicted), "accuracy": _accuracy(gold, predicted)},
                      anchors=CASE_ANCHORS, counts={"snippets": len(gold), "classes": len(set(gold))},
                      notes=["Anchor is a supervised system (weighted F1, 25 classes); ours is zero-shot through "
                             "data/events/case2021.yaml over all 30 classes, 5 of which have no PLOVER event."])


def _score_gsr(name: str, items: list[Item], records: list[Record]) -> EvalReport:
    types, actors, with_source = 0, 0, 0
    for (_, row), record in zip(items, records, strict=True):
        event = main_event(record.events)
        gold_type = OLD_PLOVER.get(row["event"], row["event"])
        types += int(sentence_type(record.events) == gold_type)
        gold_codes = {str(s.get("code", ""))[:3] for s in row.get("source") or [] if s.get("code")}
        if gold_codes:
            with_source += 1
            found = {_code(record, actor_id) for actor_id in (event.actors if event else [])}
            actors += int(bool(found & gold_codes))
    return EvalReport(task="events (PLOVER GSR)", dataset=name,
                      metrics={"type_accuracy": types / len(items), "actor_accuracy": actors / max(with_source, 1)},
                      counts={"records": len(items), "with_source": with_source})


def _code(record: Record, actor_id: str) -> str | None:
    actor: Actor | None = next((a for a in record.actors if a.id == actor_id), None)
    if actor is None:
        return None
    if actor.country:
        return actor.country
    return "IGO" if actor.type == "IGO" else None
