"""The corpus store, as ratios measured in one run on Tehran Times articles (../shared/data; never copied).

    python benchmarks/bench_store.py [--n 200] [--replicas 0] [--queries 200] [--dedup 300] [--no-pg]
                                     [--out bench-results/store.json]

- store overhead: ingest (analysis + dedup + storing + linking) over analysis alone, same articles, same run
  (``store_overhead``; noisy on a shared machine), and the store's own time with the analysis replayed over
  analysis alone (``store_only_over_analysis``). ``--once`` analyzes each article once only (for 10,000 articles
  a second analysis would double an hour-long run): the first ingest is analysis alone plus the store's own time
  (dedup, storing, linking, commitment status) with that analysis replayed, and the database it builds is the one
  re-ingested and queried;
- re-ingest speedup: the first ingest over a second one of the same input (nothing is re-analyzed);
- query p50/p95 of filtered event queries on SQLite and PostgreSQL side by side (PostgreSQL when
  REDLINE_TEST_PG_URL is set or scripts/pg-test-server.sh can start one). ``--replicas K`` also stores the
  analyzed records K more times with shifted dates (no re-analysis) to time queries on a larger database;
- dedup: copies of ``--dedup`` articles with edits (prefixes, word changes, cut and reordered sentences, credit
  lines) must link to their original; distinct stories on the same topic (sharing the most names) must not.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import statistics
import subprocess
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from redline.analyze import analyze_items
from redline.models import Article, Record
from redline.pipeline import Pipeline
from redline.readers import Meta, read_bytes
from redline.settings import Settings
from redline.store import Filters, Store, dedup, ingest_items
from redline.store.kinds import run

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "tehrantimes-33k.jsonl.gz"
PG_SCRIPT = ROOT / "scripts" / "pg-test-server.sh"


def read_corpus(n: int, skip: int, settings: Settings) -> list[Article]:
    """The first ``n`` readable articles after ``skip`` lines."""
    articles: list[Article] = []
    with gzip.open(CORPUS, "rb") as handle:
        for number, line in enumerate(handle):
            if number < skip:
                continue
            articles.extend(i for i in read_bytes(line, "jsonl", Meta(), settings, f"tt:{number}")
                            if isinstance(i, Article))
            if len(articles) >= n:
                break
    return articles[:n]


class Replay(Pipeline):
    """Gives back records analyzed before (by text), to time the store alone."""

    def __init__(self, pipeline: Pipeline, records: Iterable[Record]) -> None:
        super().__init__(pipeline.nlp, pipeline.stages, pipeline.settings)
        self.by_text = {r.article.text: r for r in records}

    def analyze_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Record]:
        for article in articles:
            yield self.by_text[article.text].model_copy(update={"article": article})


def timed(func: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    result = func()
    return time.perf_counter() - started, result


def ingest_ratios(pipeline: Pipeline, articles: list[Article], url: str) -> tuple[dict[str, Any], list[Record]]:
    list(analyze_items(pipeline, articles[:5]))  # warm up
    analysis, records = timed(lambda: list(analyze_items(pipeline, articles, batch_size=32)))
    with Store.open(url) as store:
        first, summary = timed(lambda: ingest_items(articles, store, pipeline))
        second, again = timed(lambda: ingest_items(articles, store, pipeline))
    return {
        "articles": len(articles), "analysis_alone_s": round(analysis, 2), "ingest_s": round(first, 2),
        "store_overhead": round(first / analysis - 1, 4), "reingest_s": round(second, 3),
        "reingest_speedup": round(first / second, 1), "near_duplicates_linked": summary.duplicates,
        "reingest_skipped": again.skipped,
    }, records


@dataclass
class Clock:
    """Wall-clock and CPU seconds of this process: CPU time keeps ratios honest on a machine shared with others."""

    wall: float = 0.0
    cpu: float = 0.0

    def __add__(self, other: Clock) -> Clock:
        return Clock(self.wall + other.wall, self.cpu + other.cpu)


def clocked(func: Any) -> tuple[Clock, Any]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = func()
    return Clock(time.perf_counter() - wall, time.process_time() - cpu), result


def analyzed(pipeline: Pipeline, articles: list[Article], cache: Path | None,
             chunk: int = 100) -> tuple[Clock, list[Record]]:
    """The articles' records and the time their analysis took, resumed from ``cache`` (JSONL, one line per chunk
    of analyzed articles with its times) when an earlier run was interrupted."""
    spent, records = Clock(), list[Record]()
    if cache and cache.is_file():
        for line in cache.read_text(encoding="utf-8").splitlines():
            done = json.loads(line)
            spent += Clock(done["wall"], done["cpu"])
            records.extend(Record.model_validate(r) for r in done["records"])
    list(analyze_items(pipeline, articles[:5]))  # warm up
    while len(records) < len(articles):
        todo = articles[len(records): len(records) + chunk]
        took, batch = clocked(lambda todo=todo: list(analyze_items(pipeline, todo, batch_size=32)))
        spent, records = spent + took, records + batch
        if cache:
            with cache.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps({"wall": took.wall, "cpu": took.cpu,
                                         "records": [r.model_dump(mode="json") for r in batch]}) + "\n")
        print(f"analyzed {len(records)}/{len(articles)} ({spent.cpu:.0f} CPU s)", flush=True)
    return spent, records


def once_ratios(pipeline: Pipeline, articles: list[Article], url: str,
                args: argparse.Namespace) -> tuple[dict[str, Any], list[Record]]:
    """Analysis alone, then the store's own time on that analysis replayed, re-ingest and queries on that database."""
    analysis, records = analyzed(pipeline, articles, args.cache)
    replay = Replay(pipeline, records)
    with Store.open(url) as store:
        stored, summary = clocked(lambda: ingest_items(articles, store, replay))
        print(f"stored in {stored.wall:.0f} s", flush=True)
        second, again = clocked(lambda: ingest_items(articles, store, pipeline))
        sqlite = {"store_only_s": round(stored.wall, 2), "articles_stored": store.count("articles"),
                  "events_stored": store.count("events"), "event_queries": query_latency(store, args.queries)}
    first = analysis + stored
    return {
        "articles": len(articles), "analysis_alone_s": round(analysis.wall, 2), "ingest_s": round(first.wall, 2),
        "ingest_is": "analysis alone + store on the replayed analysis",
        "store_overhead": round(stored.wall / analysis.wall, 4),
        "store_overhead_cpu": round(stored.cpu / analysis.cpu, 4),
        "analysis_cpu_s": round(analysis.cpu, 1), "store_cpu_s": round(stored.cpu, 1),
        "reingest_s": round(second.wall, 3), "reingest_speedup": round(first.wall / second.wall, 1),
        "reingest_speedup_cpu": round(first.cpu / max(second.cpu, 1e-3), 1),
        "near_duplicates_linked": summary.duplicates, "reingest_skipped": again.skipped, "sqlite": sqlite,
    }, records


def replicate(store: Store, replay: Replay, records: list[Record], replicas: int) -> float:
    """Store the records ``replicas`` more times, each copy with other dates (no re-analysis); seconds taken."""
    started = time.perf_counter()
    for k in range(1, replicas + 1):
        batch = [_shifted(r, k) for r in records]
        replay.by_text = {r.article.text: r for r in batch}
        ingest_items([r.article for r in batch], store, replay, as_of="2030-01-01")
    return time.perf_counter() - started


def _shifted(record: Record, k: int) -> Record:
    year = 2000 + k % 25
    published = f"{year}-{1 + k % 12:02d}-{1 + k % 28:02d}"
    article = record.article.model_copy(update={"text": f"[{k}] {record.article.text}", "published": published})
    events = [e.model_copy(update={"date": None}) for e in record.events]
    return record.model_copy(update={"article": article, "events": events})


def query_latency(store: Store, queries: int, seed: int = 7) -> dict[str, float]:
    """p50/p95 (ms) of random filtered event queries (type, actor, dates, place, text), limit 50."""
    rng = random.Random(seed)
    actors = [r["name"] for r in run(store, "actors", Filters(limit=200))]
    places = [r["name"] for r in run(store, "places", Filters(limit=100))]
    types = [r["type"] for r in run(store, "events", Filters(limit=500))] or ["ASSAULT"]
    words = ["nuclear", "sanctions", "talks", "Syria", "oil", "attack", "agreement", "minister"]
    times = []
    for _ in range(queries):
        f = _random_filters(rng, actors, places, types, words)
        started = time.perf_counter()
        run(store, "events", f)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {"queries": queries, "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2), "max_ms": round(times[-1], 2)}


def _random_filters(rng: random.Random, actors: list[str], places: list[str], types: list[str],
                    words: list[str]) -> Filters:
    given: dict[str, Any] = {"limit": 50, "type": rng.choice(types)}
    if actors and rng.random() < 0.6:
        given["actor"] = rng.choice(actors)
    if places and rng.random() < 0.3:
        given["place"] = rng.choice(places)
    if rng.random() < 0.5:
        year = rng.randint(2000, 2024)
        given.update(since=f"{year}-01-01", until=f"{year + rng.randint(0, 5)}-12-31")
    if rng.random() < 0.3:
        given["text"] = rng.choice(words)
    return Filters(**given)


#: A story that repeats this many consecutive words of another is a partial copy, not a distinct story.
RECYCLED_RUN = 50
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_NAME = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]{3,}\b")


def edited_copy(text: str, rng: random.Random) -> str:
    """A syndicated copy: a prefix, ~4% of words changed, a sentence dropped or cut at the end, a credit line."""
    sentences = _SENTENCE.split(text)
    if len(sentences) > 3 and rng.random() < 0.5:
        del sentences[rng.randrange(1, len(sentences))]
    elif len(sentences) > 4:
        sentences = sentences[: max(3, int(len(sentences) * 0.8))]
    words = " ".join(sentences).split(" ")
    vocabulary = words[:]
    for _ in range(max(1, len(words) // 25)):
        words[rng.randrange(len(words))] = rng.choice(vocabulary)
    prefix = rng.choice(["REPRINT: ", "UPDATE - ", "", ""])
    credit = rng.choice(["", "\n(Reporting by agencies)", "\nThis story was first published by a partner."])
    return prefix + " ".join(words) + credit


def same_topic(originals: list[Article], pool: list[Article]) -> list[tuple[Article, Article]]:
    """For each original, the other article sharing most of its proper names (at least two)."""
    index: dict[str, set[int]] = defaultdict(set)
    for i, article in enumerate(pool):
        for name in set(_NAME.findall(article.text)):
            index[name].add(i)
    pairs = []
    for original in originals:
        shared = Counter(i for name in set(_NAME.findall(original.text)) for i in index.get(name, ()))
        best = next(((i, c) for i, c in shared.most_common(3) if pool[i].text != original.text), None)
        if best and best[1] >= 2:
            pairs.append((original, pool[best[0]]))
    return pairs


def longest_shared_run(a: str, b: str) -> int:
    """The longest run of consecutive words the two texts share verbatim (50+: one partly copies the other)."""
    left, right = a.split(), b.split()
    return SequenceMatcher(None, left, right, autojunk=False).find_longest_match(0, len(left), 0, len(right)).size


def dedup_quality(originals: list[Article], pool: list[Article], seed: int = 11) -> dict[str, Any]:
    rng = random.Random(seed)
    texts = {a.id: a.text for a in originals}
    index = dedup.Deduper(texts.get)
    for article in originals:
        index.add(article.id, dedup.signature(article.text))
    linked = 0
    for article in originals:
        match = index.original_of(edited_copy(article.text, rng))
        linked += bool(match and match[0] == article.id)
    pairs = same_topic(originals, pool)
    distinct = [(o, x) for o, x in pairs if longest_shared_run(o.text, x.text) < RECYCLED_RUN]
    matches = [(x, index.original_of(x.text)) for _, x in distinct]
    linked_to = [(x, m[0]) for x, m in matches if m is not None]
    partial = sum(1 for x, key in linked_to if longest_shared_run(texts[key], x.text) >= RECYCLED_RUN)
    wrong = len(linked_to) - partial
    return {"copies": len(originals), "copies_linked": round(linked / len(originals), 4),
            "distinct_same_topic": len(distinct) - partial,
            "distinct_wrongly_linked": round(wrong / max(1, len(distinct) - partial), 4),
            "distinct_wrongly_linked_count": wrong,
            "not_distinct": {"repeat_50_words_of_their_pair": len(pairs) - len(distinct),
                             "repeat_50_words_of_the_original_they_link_to": partial}}


def postgres_url() -> tuple[str | None, str | None]:
    """A PostgreSQL URL and the server folder to stop afterwards (None when this run did not start it)."""
    if os.environ.get("REDLINE_TEST_PG_URL"):
        return os.environ["REDLINE_TEST_PG_URL"], None
    started = subprocess.run(["bash", str(PG_SCRIPT), "start"], capture_output=True, text=True, check=False)
    if started.returncode != 0:
        print(f"PostgreSQL not measured: {started.stderr.strip()}")
        return None, None
    found = dict(re.findall(r"export (\w+)=(\S+)", started.stdout))
    return found["REDLINE_TEST_PG_URL"], found["REDLINE_TEST_PG_DIR"]


def backend_run(url: str, pipeline: Pipeline, articles: list[Article], records: list[Record],
                args: argparse.Namespace) -> dict[str, Any]:
    """Store the analyzed records (replayed), optionally replicate them, and time queries."""
    replay = Replay(pipeline, records)
    with Store.open(url) as store:
        stored, _ = timed(lambda: ingest_items(articles, store, replay))
        result: dict[str, Any] = {"store_only_s": round(stored, 2)}
        if args.replicas:
            result["replicated_s"] = round(replicate(store, replay, records, args.replicas), 1)
        result["articles_stored"] = store.count("articles")
        result["events_stored"] = store.count("events")
        result["event_queries"] = query_latency(store, args.queries)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="articles analyzed and ingested")
    parser.add_argument("--replicas", type=int, default=0, help="store the records K more times (query scale)")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--dedup", type=int, default=300, help="originals copied with edits")
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--once", action="store_true", help="analyze once; time the store on the replayed analysis")
    parser.add_argument("--cache", type=Path, help="with --once: keep analyzed records here to resume a long run")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results" / "store.json")
    args = parser.parse_args()
    if not CORPUS.is_file():
        print(f"{CORPUS} is absent: the store benchmark needs it; nothing measured.")
        return
    settings = Settings.from_env()
    pipeline = Pipeline.from_settings(settings)
    articles = read_corpus(args.n, 0, settings)
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        if args.once:
            result["sqlite_ingest"], records = once_ratios(pipeline, articles, f"sqlite:///{tmp}/ingest.db", args)
            result["sqlite"] = result["sqlite_ingest"].pop("sqlite")
        else:
            result["sqlite_ingest"], records = ingest_ratios(pipeline, articles, f"sqlite:///{tmp}/ingest.db")
            result["sqlite"] = backend_run(f"sqlite:///{tmp}/query.db", pipeline, articles, records, args)
    ingest = result["sqlite_ingest"]
    ingest["store_only_over_analysis"] = round(result["sqlite"]["store_only_s"] / ingest["analysis_alone_s"], 4)
    if not args.no_pg:
        url, folder = postgres_url()
        if url:
            result["postgresql"] = backend_run(url, pipeline, articles, records, args)
            if folder:
                subprocess.run(["bash", str(PG_SCRIPT), "stop", folder], check=False)
    pool = read_corpus(4000, 20000, settings)
    result["dedup"] = dedup_quality(pool[: args.dedup], pool[args.dedup:])
    print(json.dumps(result, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
