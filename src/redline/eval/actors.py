"""``redline eval actors PATH``: entity F1 on CoNLL-style data (re3d: Person and Organisation), or agent-vs-place
accuracy on the metonymic and literal toponyms of GeoWebNews. The format is detected from PATH."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from redline.actors.knowledge import load_knowledge
from redline.actors.metonymy import AGENT, usage
from redline.actors.resolver import Resolver
from redline.errors import EvalDataError
from redline.eval.base import EvalReport
from redline.nlp import load_nlp
from redline.settings import Settings

#: re3d entity types scored, and the actor types that count as each.
ENTITY_TYPES = {"Person": frozenset({"PERSON"}),
                "Organisation": frozenset({"ORG", "IGO", "MEDIA", "ARMED_GROUP", "GOVERNMENT", "MILITARY", "PARTY",
                                           "GROUP"})}
#: spaCy NER labels for the baseline measured beside redline on the same parse.
BASELINE_LABELS = {"Person": "PERSON", "Organisation": "ORG"}
METONYMY_TYPES = {"Metonymic": True, "Literal": False}
SENTENCES_PER_DOC = 10

Spans = set[tuple[int, int, str]]


@dataclass
class ConllDoc:
    text: str
    gold: Spans = field(default_factory=set)


def evaluate(path: Path, settings: Settings, *, limit: int | None = None, **options: Any) -> EvalReport:
    xml = path / "GWN.xml" if path.is_dir() else path
    if xml.suffix == ".xml" and xml.is_file():
        return metonymy(xml, settings, limit)
    if path.is_file():
        return entities(path, settings, limit)
    raise EvalDataError(f"{path} is neither a CoNLL entity file nor a GeoWebNews folder or GWN.xml.",
                        hint="Give re3d's dev.txt (token<TAB>tag) or the GeoWebNews folder.")


def _sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.strip().split("\t") if "\t" in line else line.strip().split()
        if len(parts) < 2:
            if sentence:
                yield sentence
            sentence = []
            continue
        sentence.append((parts[0], parts[-1]))
    if sentence:
        yield sentence


def _conll_docs(path: Path, limit: int | None) -> list[ConllDoc]:
    docs: list[ConllDoc] = []
    for i, sentence in enumerate(_sentences(path)):
        if i % SENTENCES_PER_DOC == 0:
            if limit is not None and len(docs) == limit:
                break
            docs.append(ConllDoc(text=""))
        _append(docs[-1], sentence)
    if not docs:
        raise EvalDataError(f"{path} has no token<TAB>tag lines.", hint="Give a CoNLL-style file like re3d dev.txt.")
    return docs


def _append(doc: ConllDoc, sentence: list[tuple[str, str]]) -> None:
    """Add a sentence's tokens (space-joined) and its gold entity spans of the scored types."""
    offset = len(doc.text) + 1 if doc.text else 0
    bounds = []
    for token, _ in sentence:
        bounds.append((offset, offset + len(token)))
        offset += len(token) + 1
    doc.text = (doc.text + "\n" if doc.text else "") + " ".join(token for token, _ in sentence)
    open_span: tuple[int, int, str] | None = None
    for (start, end), (_, tag) in zip(bounds, sentence, strict=True):
        kind = tag[2:] if tag[:2] in {"B-", "I-"} else ""
        if open_span and (tag.startswith("B-") or kind != open_span[2]):
            doc.gold.add(open_span)
            open_span = None
        if kind in ENTITY_TYPES:
            open_span = (open_span[0] if open_span else start, end, kind)
    if open_span:
        doc.gold.add(open_span)


def _predicted(resolver: Resolver, doc: Doc) -> Spans:
    found: Spans = set()
    for actor in resolver(doc):
        kind = next((k for k, types in ENTITY_TYPES.items() if actor.type in types), None)
        if kind is not None:
            found.update((m.start, m.end, kind) for m in actor.mentions)
    return found


def _baseline(doc: Doc) -> Spans:
    labels = {label: kind for kind, label in BASELINE_LABELS.items()}
    return {(e.start_char, e.end_char, labels[e.label_]) for e in doc.ents if e.label_ in labels}


def _f1(gold: Spans, predicted: Spans) -> tuple[float, float, float]:
    correct = len(gold & predicted)
    precision = correct / len(predicted) if predicted else 0.0
    recall = correct / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _overlap_f1(gold: Spans, predicted: Spans) -> float:
    """F1 where a span counts as found when one of the same type overlaps it (boundaries forgiven)."""
    def hit(span: tuple[int, int, str], others: Spans) -> bool:
        return any(o[2] == span[2] and o[0] < span[1] and span[0] < o[1] for o in others)

    precision = sum(hit(p, gold) for p in predicted) / len(predicted) if predicted else 0.0
    recall = sum(hit(g, predicted) for g in gold) / len(gold) if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def entities(path: Path, settings: Settings, limit: int | None) -> EvalReport:
    """Exact-span entity F1 of actor mentions against Person and Organisation gold spans."""
    nlp = load_nlp(settings)
    resolver = Resolver(nlp, load_knowledge(tuple(settings.actor_files)))
    gold: Spans = set()
    ours: Spans = set()
    base: Spans = set()
    docs = _conll_docs(path, limit)
    for n, (conll, doc) in enumerate(zip(docs, nlp.pipe(d.text for d in docs), strict=True)):
        gold |= {(s + n * 1_000_000, e + n * 1_000_000, k) for s, e, k in conll.gold}
        ours |= {(s + n * 1_000_000, e + n * 1_000_000, k) for s, e, k in _predicted(resolver, doc)}
        base |= {(s + n * 1_000_000, e + n * 1_000_000, k) for s, e, k in _baseline(doc)}
    precision, recall, f1 = _f1(gold, ours)
    metrics = {"entity_f1": f1, "entity_precision": precision, "entity_recall": recall,
               "entity_f1_overlap": _overlap_f1(gold, ours)}
    source = "spaCy NER alone (PERSON, ORG), measured on the same parse"
    anchors = {"entity_f1": (_f1(gold, base)[2], source), "entity_f1_overlap": (_overlap_f1(gold, base), source)}
    for kind in ENTITY_TYPES:
        pick = {s for s in gold if s[2] == kind}, {s for s in ours if s[2] == kind}
        metrics[f"entity_f1_{kind.lower()}"] = _f1(*pick)[2]
    counts = {"documents": len(docs), "gold_entities": len(gold), "predicted": len(ours)}
    return EvalReport(task="actors", dataset=path.name, metrics=metrics, anchors=anchors, counts=counts,
                      notes=["exact span match unless named overlap; re3d sentences grouped 10 to a document",
                             "re3d also labels pronouns and common-noun groups (we, he, service members), which "
                             "redline does not make actors of"])


def _toponyms(xml: Path, limit: int | None) -> Iterator[tuple[str, list[tuple[int, int, bool]]]]:
    try:
        root = ET.parse(xml).getroot()
    except ET.ParseError as exc:
        raise EvalDataError(f"{xml} is not valid XML: {exc}.", hint="Give GeoWebNews' GWN.xml.") from exc
    for n, article in enumerate(root.iter("article")):
        if limit is not None and n >= limit:
            return
        items = [(int(t.findtext("start") or 0), int(t.findtext("end") or 0), METONYMY_TYPES[kind])
                 for t in article.iter("toponym") if (kind := t.findtext("type") or "") in METONYMY_TYPES]
        yield article.findtext("text") or "", items


def metonymy(xml: Path, settings: Settings, limit: int | None) -> EvalReport:
    """Accuracy of the agent-vs-place decision on GeoWebNews' metonymic and literal toponyms (gold spans)."""
    nlp = load_nlp(settings)
    place_nouns = load_knowledge(tuple(settings.actor_files)).place_nouns
    articles = list(_toponyms(xml, limit))
    right = {True: 0, False: 0}
    total = {True: 0, False: 0}
    for (_, items), doc in zip(articles, nlp.pipe(text for text, _ in articles), strict=True):
        for start, end, metonymic in items:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            total[metonymic] += 1
            right[metonymic] += (usage(span, place_nouns) == AGENT) == metonymic
    scored = total[True] + total[False]
    metrics = {
        "metonymy_accuracy": (right[True] + right[False]) / scored if scored else 0.0,
        "metonymic_recall": right[True] / total[True] if total[True] else 0.0,
        "literal_accuracy": right[False] / total[False] if total[False] else 0.0,
    }
    baseline = total[False] / scored if scored else 0.0
    return EvalReport(task="actors", dataset="GeoWebNews", metrics=metrics,
                      anchors={"metonymy_accuracy": (baseline, "every toponym read as a place (majority class)")},
                      counts={"articles": len(articles), "metonymic": total[True], "literal": total[False]},
                      notes=["gold toponym spans of types Metonymic and Literal; agent = metonymic"])
