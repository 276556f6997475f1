"""Throughput of `redline analyze` as a ratio to bare spaCy `nlp.pipe` over the same texts, in the same run.

    python benchmarks/run.py [--corpus FILE.jsonl] [--n N] [--out bench-results/analyze.json]

Reads ../shared/data/corpus/news-open-licence.jsonl when present (says so plainly when not, and falls back to
the bundled sample articles). Also reports each stage's share of analysis time and the peak memory. Other
benchmarks in this folder (bench_*.py) are run after it when `--all` is given.
"""

from __future__ import annotations

import argparse
import json
import resource
import runpy
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from redline.analyze import analyze_items
from redline.models import Article
from redline.pipeline import Pipeline
from redline.readers import Meta, read_paths
from redline.resources import data_path
from redline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
T = TypeVar("T")
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "news-open-licence.jsonl"


def load_articles(corpus: Path, n: int, settings: Settings) -> list[Article]:
    if corpus.is_file():
        paths = [str(corpus)]
    else:
        print(f"{corpus} is absent: benchmarking on the bundled sample articles instead.")
        paths = [str(p) for p in sorted(data_path("samples").glob("*.txt"))]
    items = list(read_paths(paths, Meta(), settings))
    readable = [i for i in items if isinstance(i, Article)]
    print(f"{len(items)} items in {paths[0]}: {len(items) - len(readable)} unreadable (recorded as errors); "
          f"benchmarking on the first {min(n, len(readable))} readable articles")
    return readable[:n]


def timed(func: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = func()
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--n", type=int, default=900)
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results" / "analyze.json")
    parser.add_argument("--all", action="store_true", help="also run the other benchmarks/bench_*.py")
    args = parser.parse_args()
    settings = Settings.from_env()
    pipeline = Pipeline.from_settings(settings)
    articles = load_articles(args.corpus, args.n, settings)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    list(pipeline.nlp.pipe(texts[:5]))  # warm up
    bare, _ = timed(lambda: list(pipeline.nlp.pipe(texts, batch_size=16)))
    pipeline.stage_seconds.clear()
    full, records = timed(lambda: list(analyze_items(pipeline, articles)))
    errors = sum(len(r.errors) for r in records)
    result = {
        "articles": len(articles), "words": words,
        "bare_nlp_pipe_s": round(bare, 2), "redline_analyze_s": round(full, 2),
        "ratio_to_bare": round(full / bare, 3),
        "articles_per_s": round(len(articles) / full, 2),
        "stage_share_of_analysis": {k: round(v / full, 4) for k, v in sorted(pipeline.stage_seconds.items())},
        "stage_errors": errors,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print(json.dumps(result, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if args.all:
        for bench in sorted(Path(__file__).parent.glob("bench_*.py")):
            print(f"--- {bench.name}")
            sys.argv = [str(bench)]
            runpy.run_path(str(bench), run_name="__main__")


if __name__ == "__main__":
    main()
