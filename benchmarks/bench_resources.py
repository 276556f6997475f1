"""Load times, sizes and scaling of redline's resources, measured (not asserted in tests: the machine is shared).

    python benchmarks/bench_resources.py [--out bench-results/resources.json]

- actor knowledge: seconds to build it from its data files (target < 1 s);
- gazetteer index: seconds to open it and answer a first lookup, and its size on disk (issue #6: < 2 s, < 300 MB);
- actor resolution: CPU time over the spaCy parse it reads, on the team's actor fixtures (issue #4: < 5%);
- quantity and time recognition: time on a pathological input twice as long over the time on it once (≈ 2
  when linear).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from redline.actors.knowledge import _base, load_knowledge
from redline.actors.resolver import Resolver
from redline.geo.index import Gazetteer, load_gazetteer
from redline.nlp import load_nlp
from redline.quantity.recognize import QuantityFinder
from redline.settings import Settings
from redline.stages.actors import credit_zones
from redline.timex import TimeTagger

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "articles"


def seconds(func: Callable[[], Any], clock: Callable[[], float] = time.perf_counter) -> float:
    started = clock()
    func()
    return clock() - started


def knowledge() -> dict[str, float]:
    """Cold: the first build in this process reads and parses the data files."""
    return {"build_s": round(seconds(_base), 3)}


def gazetteer(settings: Settings) -> dict[str, float]:
    path = load_gazetteer(settings).path  # built once if absent
    opened = seconds(lambda: Gazetteer(path).candidates("Idlib"))
    return {"open_and_first_lookup_s": round(opened, 3), "size_mb": round(path.stat().st_size / 2**20, 1)}


def actor_share(settings: Settings) -> dict[str, float]:
    nlp = load_nlp(settings)
    resolver = Resolver(nlp, load_knowledge())
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("actors_*.txt"))] * 3
    docs: list[Any] = []
    parse = seconds(lambda: docs.extend(nlp.pipe(texts)), time.process_time)
    resolve = min(seconds(lambda: [resolver(d, credit_zones(d)) for d in docs], time.process_time)
                  for _ in range(3))
    return {"parse_cpu_s": round(parse, 3), "resolution_cpu_s": round(resolve, 3),
            "resolution_over_parse": round(resolve / parse, 4)}


def scaling(read: Callable[[str], Any], units: dict[str, str], repeats: int) -> dict[str, float]:
    """For each pathological unit, the time ``read`` takes on it repeated twice as often over once (≈ 2: linear)."""
    ratios = {}
    for name, unit in units.items():
        once = min(seconds(partial(read, unit * repeats)) for _ in range(3))
        twice = min(seconds(partial(read, unit * 2 * repeats)) for _ in range(3))
        ratios[f"{name}_2x_over_1x"] = round(twice / once, 2)
    return ratios


def quantity_scaling() -> dict[str, float]:
    units = {"ones": "one ", "compounds": "twenty-one and ", "hundreds": "hundreds of "}
    return scaling(QuantityFinder().find, units, 2000)


def time_scaling() -> dict[str, float]:
    return scaling(TimeTagger().candidates, {"ones": "one ", "months": "March ", "past": "the past "}, 1500)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results" / "resources.json")
    args = parser.parse_args()
    settings = Settings.from_env()
    result = {"actor_knowledge": knowledge(), "gazetteer": gazetteer(settings), "actors": actor_share(settings),
              "quantities": quantity_scaling(), "times": time_scaling()}
    print(json.dumps(result, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
