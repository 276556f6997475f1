"""``redline eval quotes PATH``: quote detection and speaker resolution against GGT jsonl or PolNeAR BRAT folders.

GGT (a ``.jsonl`` file, one article a line with ``text`` and ``quotations``): a predicted quote matches a gold one
when their characters overlap by at least 30% of the gold span (one to one; a predicted quote joined across
paragraphs also finds each further gold paragraph it covers, see :func:`match_covering`); the speaker is right
when the resolved actor's name (or an alias) names the annotated ``reference``. PolNeAR (a folder with ``text/`` and
``attributions/``): content spans match by the same overlap rule or exactly (edge punctuation and quotation marks
aside); cues and sources match exactly. Discontinuous gold spans count their fragments only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from redline.errors import EvalDataError
from redline.eval.base import EvalReport
from redline.models import Article, Quote, Record
from redline.pipeline import Pipeline
from redline.settings import Settings

OVERLAP = 0.3
GGT_ANCHORS = {"quote_f1": (0.837, "GGT rule-based extractor (Asr et al. 2021)"),
               "speaker_accuracy": (0.865, "GGT rule-based extractor, .865–.874 (Asr et al. 2021)")}
POLNEAR_ANCHORS = {"source_f1": (0.832, "CofeNet exact match (Wang et al. 2022)"),
                   "cue_f1": (0.753, "CofeNet exact match (Wang et al. 2022)"),
                   "content_f1_exact": (0.729, "CofeNet exact match (Wang et al. 2022)")}
_EDGES = " \t\n,.;:!?\"'“”‘’«»„—–-()"
#: words PolNeAR keeps at the start of a content span and redline drops ("that" complementizer, "But" connective)
_LEADING = re.compile(r"(?:that|but|and)\b[\s,]*", re.IGNORECASE)
#: the attribution classes (``Quote.attribution``) each annotation scheme counts: GGT marks statements only,
#: PolNeAR every attribution (beliefs, intentions, findings, topics too)
GGT_CLASSES = frozenset({"speech"})
POLNEAR_CLASSES = frozenset({"speech", "belief", "intention", "evidence", "topic"})
_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "mr", "mrs", "ms", "dr"}

Chars = tuple[int, int]


def evaluate(path: Path, settings: Settings, *, limit: int | None = None, **options: object) -> EvalReport:
    """Measure the full pipeline on ``path``, a GGT-format jsonl file or a PolNeAR-format BRAT folder."""
    pipeline = Pipeline.from_settings(settings)
    if path.is_dir() and (path / "attributions").is_dir() and (path / "text").is_dir():
        return _polnear(path, pipeline, limit)
    if path.is_file() and path.suffix == ".jsonl":
        return _ggt(path, pipeline, limit)
    raise EvalDataError(f"{path} is neither a GGT-style .jsonl file nor a PolNeAR-style BRAT folder.",
                        hint="Give a .jsonl file of articles with `quotations`, or a folder with text/ and "
                             "attributions/.")


def prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def match(gold: Sequence[Chars | Sequence[Chars]], predicted: Sequence[Chars | Sequence[Chars]]
          ) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) overlapping by ≥ 30% of the gold span, best overlap first.

    A span may be discontinuous (BRAT fragments, a quote split around its cue): its length and overlap are summed
    over the fragments.
    """
    pairs = []
    for g, span in enumerate(gold):
        fragments = _fragments(span)
        size = max(sum(e - s for s, e in fragments), 1)
        for p, guess in enumerate(predicted):
            overlap = sum(max(0, min(e, pe) - max(s, ps)) for s, e in fragments for ps, pe in _fragments(guess))
            if overlap > 0 and overlap >= OVERLAP * size:
                pairs.append((overlap, g, p))
    used_gold, used_pred, result = set(), set(), []
    for _, g, p in sorted(pairs, key=lambda item: (-item[0], item[1], item[2])):
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            result.append((g, p))
    return sorted(result)


def match_covering(gold: Sequence[Chars | Sequence[Chars]], predicted: Sequence[Chars | Sequence[Chars]]
                   ) -> list[tuple[int, int]]:
    """:func:`match`, then each gold span left over paired with a predicted span already matched that covers ≥ 30%
    of it: one predicted quote joined across paragraphs finds each gold paragraph it spans (many gold to one)."""
    pairs = match(gold, predicted)
    used_gold = {g for g, _ in pairs}
    used_pred = sorted({p for _, p in pairs})
    for g, span in enumerate(gold):
        if g in used_gold:
            continue
        covering = [p for p in used_pred if match([span], [predicted[p]])]
        if covering:
            pairs.append((g, covering[0]))
    return sorted(pairs)


def _fragments(span: Chars | Sequence[Chars]) -> list[Chars]:
    if len(span) == 2 and all(isinstance(n, int) for n in span):
        return [span]  # type: ignore[list-item]
    return list(span)  # type: ignore[arg-type]


def names_match(reference: str, names: Iterable[str]) -> bool:
    """The annotated speaker and one of the actor's names share all the words of the shorter one."""
    wanted = _name_words(reference)
    if not wanted:
        return False
    for name in names:
        have = _name_words(name)
        if have and (wanted <= have or have <= wanted):
            return True
    return False


def _name_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[\w-]+", name.lower().replace("’s", "").replace("'s", ""))
            if w not in _DETERMINERS}


# GGT ---------------------------------------------------------------------------------------------------------


def _ggt(path: Path, pipeline: Pipeline, limit: int | None) -> EvalReport:
    rows = list(_jsonl(path, limit))
    articles = [Article(id=str(row.get("id", i)), text=str(row["text"])) for i, row in enumerate(rows)]
    counts = {"articles": len(rows), "gold": 0, "predicted": 0, "matched": 0, "gold_found": 0,
              "predicted_correct": 0, "speaker_correct": 0}
    for row, record in zip(rows, pipeline.analyze_many(articles), strict=True):
        _score_ggt(row, record, counts)
    precision = counts["predicted_correct"] / counts["predicted"] if counts["predicted"] else 0.0
    recall = counts["gold_found"] / counts["gold"] if counts["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    speaker = counts["speaker_correct"] / counts["gold_found"] if counts["gold_found"] else 0.0
    metrics = {"quote_precision": precision, "quote_recall": recall, "quote_f1": f1,
               "quote_f1_one_to_one": prf(counts["matched"], counts["predicted"], counts["gold"])[2],
               "speaker_accuracy": speaker}
    return EvalReport(task="quotes", dataset=path.name, metrics=metrics, anchors=dict(GGT_ANCHORS), counts=counts,
                      notes=["anchors are on the full 98-article GGT set; ours on the file given",
                             "quote_f1: a predicted quote joined across paragraphs finds each gold paragraph it covers "
                             "by ≥ 30%; quote_f1_one_to_one: strictly one to one"])


def _jsonl(path: Path, limit: int | None) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if limit is not None and number >= limit:
                return
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvalDataError(f"{path}:{number + 1} is not JSON: {exc}.", hint="One article per line.") from exc
            if not isinstance(row, dict) or "text" not in row or "quotations" not in row:
                raise EvalDataError(f"{path}:{number + 1} has no text/quotations.", hint="Use the GGT format.")
            yield row


def _score_ggt(row: dict[str, object], record: Record, counts: dict[str, int]) -> None:
    quotations = [q for q in row["quotations"] if isinstance(q, dict) and q.get("quote_span_rawtext")]  # type: ignore[attr-defined]
    gold = [(int(q["quote_span_rawtext"][0]), int(q["quote_span_rawtext"][1])) for q in quotations]
    quotes = [q for q in record.quotes if q.attribution in GGT_CLASSES]
    predicted = [(q.content.start, q.content.end) for q in quotes]
    actors = {a.id: a for a in record.actors}
    counts["gold"] += len(gold)
    counts["predicted"] += len(predicted)
    counts["matched"] += len(match(gold, predicted))
    pairs = match_covering(gold, predicted)
    counts["gold_found"] += len(pairs)
    counts["predicted_correct"] += len({p for _, p in pairs})
    for g, p in pairs:
        actor = actors.get(quotes[p].speaker or "")
        names = [actor.name, *actor.aliases] if actor else []
        if names_match(str(quotations[g].get("reference") or ""), names):
            counts["speaker_correct"] += 1


# PolNeAR -----------------------------------------------------------------------------------------------------


@dataclass
class _Gold:
    contents: list[list[Chars]]
    cues: list[Chars]
    sources: list[Chars]


def _polnear(folder: Path, pipeline: Pipeline, limit: int | None) -> EvalReport:
    annotations = sorted((folder / "attributions").glob("*.ann"))[:limit]
    texts = sorted({_text_name(a) for a in annotations})
    articles = [Article(id=name, text=(folder / "text" / f"{name}.txt").read_text(encoding="utf-8"))
                for name in texts]
    records = {r.article.id: r for r in pipeline.analyze_many(articles)}
    tally = {key: [0, 0, 0] for key in ("content_overlap", "content_exact", "cue", "source")}
    for annotation in annotations:
        record = records[_text_name(annotation)]
        _score_polnear(_read_ann(annotation), record, tally)
    metrics = {}
    for key, name in (("content_overlap", "content_f1_overlap"), ("content_exact", "content_f1_exact"),
                      ("cue", "cue_f1"), ("source", "source_f1")):
        metrics[name] = prf(*tally[key])[2]
    counts = {"annotations": len(annotations), "articles": len(texts), "gold_attributions": tally["content_exact"][2],
              "predicted_quotes": tally["content_exact"][1]}
    return EvalReport(task="quotes", dataset=folder.name, metrics=metrics, anchors=dict(POLNEAR_ANCHORS),
                      counts=counts, notes=["content overlap: ≥ 30% of the gold span; exact: same span, edge "
                                            "punctuation and quotation marks aside"])


def _text_name(annotation: Path) -> str:
    return annotation.stem.rsplit("_", 1)[0]


def _read_ann(path: Path) -> _Gold:
    spans: dict[str, list[Chars]] = {}
    links: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            _, _, offsets = fields[1].partition(" ")
            numbers = [int(n) for n in re.findall(r"\d+", offsets)]
            spans[fields[0]] = list(zip(numbers[::2], numbers[1::2], strict=False))
        elif line.startswith("E") and len(fields) >= 2:
            links.append(dict(part.split(":", 1) for part in fields[1].split() if ":" in part))
    gold = _Gold([], [], [])
    for link in links:
        if link.get("Content") in spans:
            gold.contents.append(spans[link["Content"]])
        for role, target in (("Cue", gold.cues), ("Source", gold.sources)):
            if link.get(role) in spans:
                target.append(_outer(spans[link[role]]))
    return gold


def _outer(fragments: list[Chars]) -> Chars:
    return min(s for s, _ in fragments), max(e for _, e in fragments)


def _score_polnear(gold: _Gold, record: Record, tally: dict[str, list[int]]) -> None:
    text = record.article.text
    groups = attributions(record)
    contents = [[(q.content.start, q.content.end) for q in group] for group in groups]
    cues = [(group[0].cue_span.start, group[0].cue_span.end) for group in groups if group[0].cue_span]
    sources = [(m.start, m.end) for m in (next((q.speaker_mention for q in g if q.speaker_mention), None)
                                          for g in groups) if m is not None]
    _add(tally["content_overlap"], len(match(gold.contents, contents)), len(contents), len(gold.contents))
    outer = [_outer(fragments) for fragments in gold.contents]
    _add(tally["content_exact"], _exact(text, outer, [_outer(c) for c in contents], _LEADING), len(contents),
         len(gold.contents))
    _add(tally["cue"], _exact(text, gold.cues, cues), len(cues), len(gold.cues))
    _add(tally["source"], _exact(text, gold.sources, sources), len(sources), len(gold.sources))


def attributions(record: Record) -> list[list[Quote]]:
    """The record's quotes as PolNeAR attributions: one per cue, its content the fragments of every quote with that
    cue ("“…,” said X. “…”"), and a cue-less quote that continues the paragraph of the statement before joined to it."""
    groups: list[list[Quote]] = []
    by_cue: dict[tuple[int, int], list[Quote]] = {}
    statement: list[Quote] = []
    for q in sorted((q for q in record.quotes if q.attribution in POLNEAR_CLASSES), key=lambda q: q.content.start):
        cue = (q.cue_span.start, q.cue_span.end) if q.cue_span else None
        if cue is not None and cue in by_cue:
            group = by_cue[cue]
        elif cue is None and statement and _continues(record.article.text, statement[-1], q):
            group = statement
        else:
            group = []
            groups.append(group)
            if cue is not None:
                by_cue[cue] = group
        group.append(q)
        if q.attribution == "speech":
            statement = group
    return groups


def _continues(text: str, before: Quote, quote: Quote) -> bool:
    return before.speaker == quote.speaker and "\n" not in text[before.content.end:quote.content.start]


def _add(row: list[int], matched: int, predicted: int, gold: int) -> None:
    row[0] += matched
    row[1] += predicted
    row[2] += gold


def _exact(text: str, gold: list[Chars], predicted: list[Chars], leading: re.Pattern[str] | None = None) -> int:
    wanted: dict[Chars, int] = {}
    for span in gold:
        key = _stripped(text, span, leading)
        wanted[key] = wanted.get(key, 0) + 1
    matched = 0
    for span in predicted:
        key = _stripped(text, span, leading)
        if wanted.get(key, 0) > 0:
            wanted[key] -= 1
            matched += 1
    return matched


def _stripped(text: str, span: Chars, leading: re.Pattern[str] | None = None) -> Chars:
    """The span without edge punctuation and quotation marks, and without a ``leading`` word when given."""
    start, end = span
    while start < end and text[start] in _EDGES:
        start += 1
    if leading is not None and (found := leading.match(text, start, end)):
        start = found.end()
        while start < end and text[start] in _EDGES:
            start += 1
    while end > start and text[end - 1] in _EDGES:
        end -= 1
    return start, end
