"""Competency impact levels: agreement with the study and speed.

    python bench/bench_levels.py [CHEMIN] [--worst N]

CHEMIN defaults to ``PASSERELLES_ROME``, then to the development copy beside the checkout.
Prints the Spearman correlation between the job scores recomputed from the estimated levels and
each of the study's three published qualifications (target: >= 0.7 against the business
experts), the spread of levels and rules, the jobs ranked furthest from the experts, and timings.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from domain.matching import competency_levels as cl  # noqa: E402
from domain.rome.reader import read_release  # noqa: E402
from domain.study import load_study  # noqa: E402

TARGET = 0.7


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=os.environ.get("PASSERELLES_ROME")
                        or str(ROOT.parent / "shared" / "rome" / "v460"))
    parser.add_argument("--worst", type=int, default=10)
    args = parser.parse_args()
    os.environ.setdefault("PASSERELLES_DATA_DIR", tempfile.mkdtemp(prefix="passerelles-bench-"))

    release = read_release(args.path)
    study = load_study()
    started = time.perf_counter()
    scores = cl.recomputed_scores(release)
    first = time.perf_counter() - started
    started = time.perf_counter()
    cl.recomputed_scores(release)
    again = time.perf_counter() - started

    jobs = [job.name for job in study.jobs]
    ours = [scores[job] for job in jobs]
    print("Spearman (scores recalculés vs publiés) :")
    for qualification in ("initial", "revised", "experts"):
        published = [study.exposure(job, qualification).score for job in jobs]
        print(f"  {qualification:8} {cl.spearman(ours, published):.3f}")
    experts = [study.exposure(job, "experts").score for job in jobs]
    rho = cl.spearman(ours, experts)

    rules, levels = Counter(), Counter()
    seen = {}
    for job in jobs:
        for entry in cl.job_levels(job, release):
            seen[entry.item.code] = entry.item
    for item in seen.values():
        estimate = cl.estimate_level(item)
        rules[estimate.rule] += 1
        levels[estimate.level] += 1
    print(f"\n{len(seen)} compétences distinctes ; niveaux : "
          + ", ".join(f"{level}: {levels[level]}" for level in cl.LEVELS))
    print("Règles les plus utilisées : "
          + ", ".join(f"{name} ({n})" for name, n in rules.most_common(8)))

    our_rank = dict(zip(jobs, cl.ranks([-s for s in ours]), strict=True))
    their_rank = dict(zip(jobs, cl.ranks([-s for s in experts]), strict=True))
    worst = sorted(jobs, key=lambda j: -abs(our_rank[j] - their_rank[j]))[: args.worst]
    print("\nMétiers les plus éloignés du classement des experts (rang calculé / publié) :")
    for job in worst:
        print(f"  {our_rank[job]:5.1f} / {their_rank[job]:5.1f}  {job}")

    print(f"\nrecomputed_scores : {first * 1000:.0f} ms (premier appel), {again * 1000:.0f} ms ensuite")
    print(f"Objectif Spearman experts >= {TARGET} : {'atteint' if rho >= TARGET else 'NON atteint'}")
    return 0 if rho >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
