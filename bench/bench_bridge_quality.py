"""Quality of the bridges an HR expert would sign (issue 9, item 9): figures, not timings.

    python bench/bench_bridge_quality.py [--rome CHEMIN] [--qualification experts]

CHEMIN defaults to ``PASSERELLES_ROME``, then to the development copy beside the checkout.
Prints, for the 10 most exposed jobs of the chosen qualification: the median number of
competencies to acquire in their top-3 and top-5 bridges (issue 9 aims at 25 or fewer, and
requires at most 40 for the top-5), the share of those bridges sharing at least two
savoir-faire, the number of key gaps per bridge (1 to 8 expected), whether every kind follows
core coverage and whether any target is more exposed than its source; then, for the top-5
bridges of all 58 jobs, their agreement with France Travail's mobility links.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from domain.matching.bridges import CLOSE, EVOLUTION, BridgeSettings  # noqa: E402
from domain.matching.engine import Engine  # noqa: E402


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f} %)" if whole else "0/0"


def _exposed(engine: Engine, settings: BridgeSettings, count: int = 10) -> list:
    rows = []
    for job, exposure in engine.study.ranking(settings.qualification)[:count]:
        rows.append((job.name, exposure.score, engine.bridges(job.name, settings)))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rome", default=os.environ.get("PASSERELLES_ROME")
                        or str(ROOT.parent / "shared" / "rome" / "v460"))
    parser.add_argument("--qualification", default="experts")
    args = parser.parse_args()
    os.environ.setdefault("PASSERELLES_DATA_DIR", tempfile.mkdtemp(prefix="passerelles-bench-"))

    engine = Engine.load(rome=args.rome)
    settings = BridgeSettings(qualification=args.qualification, top=5)
    facts = engine.facts(settings.qualification)
    print(f"ROME {engine.release.version}, qualification {settings.qualification}, "
          f"« mobilité proche » from {round(100 * settings.close_coverage)} % core coverage")

    exposed = _exposed(engine, settings)
    top3 = [b for _, _, found in exposed for b in found[:3]]
    top5 = [b for _, _, found in exposed for b in found[:5]]
    print("\n10 most exposed jobs:")
    for name, score, found in exposed:
        gaps = ", ".join(str(b.gap_count) for b in found)
        print(f"  {name} ({score:.2f}): {len(found)} bridge(s), to acquire: {gaps}")
    print(f"median competencies to acquire, top-3: {statistics.median(b.gap_count for b in top3):.1f}"
          f"  (issue 9 aims at <= 25)")
    print(f"median competencies to acquire, top-5: {statistics.median(b.gap_count for b in top5):.1f}"
          f"  (issue 9 requires <= 40)")
    for label, bridges in (("top-3", top3), ("top-5", top5)):
        two = sum(1 for b in bridges if sum(c.kind == "savoir_faire" for c in b.shared) >= 2)
        print(f"bridges sharing at least 2 savoir-faire, {label}: {_share(two, len(bridges))}")
    keys = [len(b.key_gaps) for b in top5]
    in_range = sum(1 for k in keys if 1 <= k <= 8)
    print(f"key gaps per bridge (top-5): min {min(keys)}, median {statistics.median(keys):.0f}, "
          f"max {max(keys)}; within 1-8: {_share(in_range, len(keys))}")
    consistent = sum(1 for b in top5 if b.kind == (CLOSE if b.coverage >= settings.close_coverage
                                                   else EVOLUTION))
    print(f"kinds consistent with core coverage (top-5): {_share(consistent, len(top5))}")
    close = sum(1 for b in top5 if b.kind == CLOSE)
    print(f"« mobilité proche » among them: {_share(close, len(top5))}; median core coverage "
          f"{statistics.median(b.coverage for b in top5):.2f}")
    worse = [(b.source, b.target) for _, score, found in exposed for b in found
             if b.exposure is not None and score is not None and b.exposure > score]
    print(f"targets more exposed than their source (top-5): {len(worse)} {worse or ''}")
    promotions = sum(1 for b in top5 if b.promotion)
    routes = {route: sum(1 for b in top5 if b.route == route) for route in ("directe", "en deux étapes", "élargie")}
    print(f"promotions marked (top-5): {promotions}; routes: {routes}")

    everyone = [b for job in facts for b in engine.bridges(job, settings)]
    forward = sum(1 for b in everyone if engine.rome.get((b.source, b.target), 0.0) == 1.0)
    either = sum(1 for b in everyone if b.rome_link)
    print(f"\n58 jobs, top-5 bridges: {len(everyone)} bridges; listed by France Travail "
          f"(source sheet -> target sheet): {_share(forward, len(everyone))}; either direction: "
          f"{_share(either, len(everyone))}")
    pairs = {(a, b) for (a, b), value in engine.rome.items() if value == 1.0
             and facts.get(a) and facts.get(b)}
    proposed = {(b.source, b.target) for b in everyone}
    print(f"France Travail moves between the 58 jobs found among these bridges: "
          f"{_share(len(pairs & proposed), len(pairs))} (only moves towards targets can be)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
