"""Score one analyst-annotated article (``NAME.gold.yaml`` beside ``NAME.txt`` and ``NAME.meta.json``).

The gold format is the one of the team's example: sections ``quotes, actors, metonymy, events, not_events,
commitments, stances, quantities, times, places``, with text snippets that are exact substrings of the article.
Items marked ``optional: true`` count when found but are not required. Each section reports the recall of the
required items; ``not_events`` reports the share that did not come out as asserted.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from redline.errors import EvalDataError
from redline.eval.base import EvalReport
from redline.models import Actor, Record
from redline.pipeline import Pipeline
from redline.readers import Failed, Meta, read_paths
from redline.settings import Settings

Item = dict[str, Any]
Matcher = Callable[[Item, Record, dict[str, Any]], bool]


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().replace("’", "'").split())


def _actor_names(actor: Actor) -> set[str]:
    return {_norm(actor.name), *(_norm(a) for a in actor.aliases), *(_norm(m.text) for m in actor.mentions)}


def _actor(record: Record, actor_id: str | None) -> Actor | None:
    return next((a for a in record.actors if a.id == actor_id), None)


def _is_actor(actor: Actor | None, gold: str) -> bool:
    """A gold actor is a name or an ISO3 country code."""
    if actor is None:
        return False
    if len(gold) == 3 and gold.isupper():
        return actor.country == gold
    return _norm(gold) in _actor_names(actor)


def _same_text(gold: str, found: str) -> bool:
    """Snippets match when one contains the other ("on Sunday" vs "Sunday")."""
    g, f = _norm(gold), _norm(found)
    return bool(f) and (g in f or f in g)


def _quote(gold: Item, record: Record, doc: dict[str, Any]) -> bool:
    for q in record.quotes:
        if _norm(gold["text"]) in _norm(q.content.text) and q.kind == gold.get("kind", q.kind):
            return _is_actor(_actor(record, q.speaker), gold["speaker"]) or _norm(q.speaker_name) == _norm(
                gold["speaker"])
    return False


def _actor_item(gold: Item, record: Record, doc: dict[str, Any]) -> bool:
    names = [gold["name"], *gold.get("aliases", [])]
    for actor in record.actors:
        if any(_norm(n) in _actor_names(actor) for n in names):
            return gold.get("country") in (None, actor.country) and gold.get("type", actor.type) == actor.type
    return False


def _metonymy(gold: Item, record: Record, doc: dict[str, Any]) -> bool:
    """The place name is a mention of the government (or state) actor of the gold actor's country."""
    country = next((a.get("country") for a in doc.get("actors") or [] if a.get("name") == gold["actor"]), None)
    for actor in record.actors:
        if any(_norm(m.text) == _norm(gold["text"]) for m in actor.mentions):
            return actor.type in {"GOVERNMENT", "STATE"} and (country is None or actor.country == country)
    return False


def _event_codes(record: Record, ids: list[str]) -> set[str]:
    actors = [_actor(record, i) for i in ids]
    return {a.country for a in actors if a is not None and a.country}


def _event(gold: Item, record: Record, doc: dict[str, Any]) -> bool:
    for e in record.events:
        if e.type != gold["type"] or _norm(gold["evidence"]) not in _norm(e.evidence.text) + " " + _norm(
                record.article.text[e.evidence.sentence.start:e.evidence.sentence.end]):
            continue
        if set(gold.get("actors", [])) <= _event_codes(record, e.actors) and e.status == gold.get("status", e.status):
            return set(gold.get("recipients", [])) <= _event_codes(record, e.recipients)
    return False


def _not_event(gold: Item, record: Record, doc: dict[str, Any]) -> bool:
    snippet = _norm(gold["evidence"])
    return not any(e.type == gold["type"] and e.status == "asserted" and (
        _norm(e.trigger.text) in snippet or snippet in _norm(e.evidence.text)) for e in record.events)


def _commitment(gold: Item, record: Record, doc: dict[str, Any]) -> bool:
    for c in record.commitments:
        parties = _event_codes(record, c.parties)
        deadlines = {p.deadline for p in c.provisions}
        widths = {(p.zone.width_km_min, p.zone.width_km_max) for p in c.provisions if p.zone}
        want_width = tuple(float(w) for w in gold.get("zone", {}).get("width_km", []))
        if set(gold.get("parties", [])) <= parties and str(gold.get("agreed", c.agreed)) == str(c.agreed):
            return (str(gold["deadline"]) in deadlines if "deadline" in gold else True) and (
                not want_width or want_width in widths)
    return False


def _stance(gold: Item, record: Record, doc: dict[str, Any]) -> bool:
    for s in record.stances:
        holder = _actor(record, s.holder)
        if holder is None or holder.country != gold["holder"] or s.polarity != gold["polarity"]:
            continue
        if bool(gold.get("red_line", False)) == s.red_line and (
                "reported_by" not in gold or _is_actor(_actor(record, s.reported_by), gold["reported_by"])):
            return True
    return False


def _quantity(gold: Item, record: Record, doc: dict[str, Any]) -> bool:
    for q in record.quantities:
        if _same_text(gold["text"], q.text):
            values = {k: getattr(q, k) for k in ("value", "value_min", "value_max")}
            return all(math.isclose(float(values[k] or math.nan), float(gold[k]), rel_tol=1e-6)
                       for k in values if k in gold) and gold.get("unit", q.unit) == q.unit
    return False


def _time(gold: Item, record: Record, doc: dict[str, Any]) -> bool:
    return any(_same_text(gold["text"], t.text) and str(t.value) == str(gold["value"]) for t in record.times)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    d = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(d))


def _place(gold: Item, record: Record, doc: dict[str, Any]) -> bool:
    for p in record.places:
        if any(_norm(m.text) == _norm(gold["text"]) for m in p.mentions) and p.lat is not None and p.lon is not None:
            return p.country_code == gold.get("country", p.country_code) and _km(
                p.lat, p.lon, float(gold["lat"]), float(gold["lon"])) <= 50
    return False


SECTIONS: dict[str, Matcher] = {
    "quotes": _quote, "actors": _actor_item, "metonymy": _metonymy, "events": _event, "not_events": _not_event,
    "commitments": _commitment, "stances": _stance, "quantities": _quantity, "times": _time, "places": _place,
}


def score(gold: dict[str, Any], record: Record) -> tuple[dict[str, float], dict[str, int], list[str]]:
    metrics: dict[str, float] = {}
    counts: dict[str, int] = {}
    missed: list[str] = []
    for section, matcher in SECTIONS.items():
        required = [g for g in gold.get(section) or [] if not g.get("optional")]
        if not required:
            continue
        hits = [matcher(g, record, gold) for g in required]
        metrics[f"{section}_recall"] = sum(hits) / len(hits)
        counts[section] = len(required)
        missed += [f"{section}: {g}" for g, hit in zip(required, hits, strict=True) if not hit]
    return metrics, counts, missed


def evaluate(path: Path, settings: Settings, *, limit: int | None = None, **_: Any) -> EvalReport:
    """Score every ``*.gold.yaml`` in PATH (a file or a folder) and pool the per-section recalls."""
    golds = sorted(path.glob("*.gold.yaml")) if path.is_dir() else [path]
    golds = golds[:limit] if limit else golds
    if not golds:
        raise EvalDataError(f"No *.gold.yaml in {path}.", hint="Give a gold YAML file or a folder of them.")
    pipeline = Pipeline.from_settings(settings)
    totals: dict[str, list[float]] = {}
    notes: list[str] = []
    for gold_path in golds:
        metrics, counts, missed = score(_load_gold(gold_path), _analyze(gold_path, pipeline, settings))
        for key, value in metrics.items():
            totals.setdefault(key, []).extend([value] * counts[key.removesuffix("_recall")])
        notes += [f"{gold_path.stem}: missed {m}" for m in missed]
    pooled = {k: sum(v) / len(v) for k, v in totals.items()}
    return EvalReport(task="article gold", dataset=str(path), metrics=pooled,
                      counts={"articles": len(golds)}, notes=notes)


def _load_gold(path: Path) -> dict[str, Any]:
    try:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise EvalDataError(f"{path} is not readable gold YAML ({exc}).", hint="Fix the file.") from exc
    if not isinstance(gold, dict):
        raise EvalDataError(f"{path} is not a gold YAML mapping.", hint="See the example's gold format.")
    return gold


def _analyze(gold_path: Path, pipeline: Pipeline, settings: Settings) -> Record:
    text_path = gold_path.with_name(gold_path.name.replace(".gold.yaml", ".txt"))
    published = (_load_gold(gold_path).get("article") or {}).get("published")
    meta = Meta(published=str(published) if published else None)
    [item] = list(read_paths([str(text_path)], meta, settings))
    if isinstance(item, Failed):
        raise EvalDataError(f"{text_path}: {item.error}", hint="The article text must sit beside its gold YAML.")
    return pipeline.analyze(item)
