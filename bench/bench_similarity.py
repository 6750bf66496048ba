"""Benchmark of the similarity between ROME sheets: build time, query time, held-out recall.

    python bench/bench_similarity.py [CHEMIN_DU_ROME] [--k 10] [--blocs 5]

Without a path, uses ``PASSERELLES_ROME``, else the release imported in the store.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description="Mesures de la similarité entre fiches ROME")
    parser.add_argument("rome", nargs="?", help="dossier ou zip du ROME")
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--blocs", type=int, default=5)
    args = parser.parse_args()

    from domain.matching.similarity import SimilarityIndex, evaluate
    from domain.rome.repository import current_release

    started = time.perf_counter()
    release = current_release(cli_value=args.rome)
    print(f"lecture du ROME {release.version} : {time.perf_counter() - started:.2f} s "
          f"({len(release.sheets)} fiches, {len(release.mobility)} liens)")

    builds = []
    for _ in range(3):
        started = time.perf_counter()
        index = SimilarityIndex.build(release)
        builds.append(time.perf_counter() - started)
    print(f"construction de l'index (toutes les paires) : médiane {statistics.median(builds):.2f} s "
          f"(min {min(builds):.2f} s, 3 essais)")

    codes = index.codes
    started = time.perf_counter()
    for code in codes:
        index.top_k(code, args.k)
    per_query = (time.perf_counter() - started) / len(codes)
    print(f"top-{args.k} d'une fiche : {1e6 * per_query:.0f} µs (moyenne sur {len(codes)} fiches)")

    started = time.perf_counter()
    for i, code in enumerate(codes):
        index.sheet(code, codes[(i * 7) % len(codes)])
    print(f"score d'une paire : {1e6 * (time.perf_counter() - started) / len(codes):.1f} µs")

    started = time.perf_counter()
    result = evaluate(release, k=args.k, folds=args.blocs)
    elapsed = time.perf_counter() - started
    print(f"évaluation ({args.blocs} blocs) : {elapsed:.1f} s")
    print(f"rappel@{args.k} tenu à l'écart : {result['recall']:.4f} ({result['links']} liens) ; "
          f"contenu seul : {result['content_only']:.4f}")
    for name, value in result["ingredients"].items():
        print(f"  {name:<13} seul : {value:.4f}")
    print(f"poids utilisés : {index.weights}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
