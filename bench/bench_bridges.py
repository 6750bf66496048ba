"""Time the bridges engine: loading once, then bridges for every job, graph and plan.

    python bench/bench_bridges.py [CHEMIN] [--repeat N]

CHEMIN defaults to ``PASSERELLES_ROME``, then to the development copy beside the checkout.
Target: bridges for one job under 50 ms once the engine is loaded.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from domain.matching.bridges import BridgeSettings  # noqa: E402
from domain.matching.engine import Engine  # noqa: E402
from domain.matching.plan import Headcount  # noqa: E402

TARGET_MS = 50.0


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.2f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=os.environ.get("PASSERELLES_ROME")
                        or str(ROOT.parent / "shared" / "rome" / "v460"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("PASSERELLES_DATA_DIR", tempfile.mkdtemp(prefix="passerelles-bench-"))

    start = time.perf_counter()
    engine = Engine.load(rome=args.path)
    print(f"engine load (study, release, mapping, similarity, levels)  {time.perf_counter() - start:6.2f} s")

    jobs = [job.name for job in engine.study.jobs]
    for qualification in ("experts", "initial", "revised"):
        engine.facts(qualification)  # per-qualification facts are cached on first use
    per_job: list[float] = []
    slowest = ("", 0.0)
    for _ in range(args.repeat):
        for job in jobs:
            begin = time.perf_counter()
            engine.bridges(job, BridgeSettings())
            elapsed = time.perf_counter() - begin
            per_job.append(elapsed)
            if elapsed > slowest[1]:
                slowest = (job, elapsed)
    per_job.sort()
    p95 = per_job[int(0.95 * (len(per_job) - 1))]
    print(f"bridges per job ({len(jobs)} jobs × {args.repeat}): median {_ms(statistics.median(per_job))}"
          f"   p95 {_ms(p95)}   max {_ms(per_job[-1])} ({slowest[0]})")

    begin = time.perf_counter()
    engine.bridges(jobs[0], BridgeSettings(top=None))
    print(f"all bridges of one job (top=None)                  {_ms(time.perf_counter() - begin)}")

    begin = time.perf_counter()
    graph = engine.graph()
    print(f"job graph ({graph.number_of_edges()} edges)                          "
          f"{_ms(time.perf_counter() - begin)}")

    headcounts = [Headcount(job, 10, 5) for job in jobs]
    begin = time.perf_counter()
    plan = engine.plan(headcounts)
    print(f"collective plan (58 jobs, {plan.moved} moved)                    "
          f"{_ms(time.perf_counter() - begin)}")

    begin = time.perf_counter()
    rome = engine.rome_graph(k=10)
    print(f"whole ROME graph ({rome.number_of_nodes()} sheets, {rome.number_of_edges()} edges)      "
          f"{time.perf_counter() - begin:6.2f} s")

    verdict = "OK" if statistics.median(per_job) * 1000 < TARGET_MS and p95 * 1000 < TARGET_MS else "TROP LENT"
    print(f"target: bridges under {TARGET_MS:.0f} ms per job -> {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
