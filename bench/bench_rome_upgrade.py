"""Time importing a new ROME release over an older one, and what the comparison adds.

    python bench/bench_rome_upgrade.py [CHEMIN]

CHEMIN (default: the development copy of v4.60 beside the checkout) is imported, then a
« v4.61 » derived from it in a temp folder (C1109 recoded to C1199, C1107 removed, as in
tests/test_rome_upgrade_real.py). Prints: the first import, the upgrade import (comparison,
followed mapping and checks included), each step alone, and the bridges before/after review
that ``import-rome`` adds (skipped with --sans-passerelles).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fixtures.rome_upgrade import derive_release  # noqa: E402

from domain.matching import engine  # noqa: E402
from domain.matching.release_bridges import review_bridges  # noqa: E402
from domain.rome import repository  # noqa: E402
from domain.rome.changes import compare_releases  # noqa: E402
from domain.rome.importer import import_release  # noqa: E402
from domain.rome.job_mapping import follow_mapping  # noqa: E402
from domain.rome.reader import read_release  # noqa: E402
from domain.store.connection import connect  # noqa: E402


def timed(label: str, action):
    start = time.perf_counter()
    result = action()
    print(f"{label:<55} {time.perf_counter() - start:6.2f} s")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description="Mesure l'import d'une nouvelle version du ROME.")
    parser.add_argument("path", nargs="?", default=str(ROOT.parent / "shared" / "rome" / "v460"))
    path = Path(parser.parse_args().path)
    print(f"release: {path}  (cores: {os.cpu_count()})")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PASSERELLES_DATA_DIR"] = str(Path(tmp) / "donnees")
        v461 = timed("derive v4.61 (C1109 -> C1199, C1107 removed)",
                     lambda: derive_release(path, Path(tmp) / "v461",
                                            recode={"C1109": "C1199"}, remove={"C1107"}))
        old, new = read_release(path), read_release(v461)
        timed("compare_releases alone", lambda: compare_releases(old, new))
        timed("follow_mapping alone", lambda: follow_mapping(new))
        conn = connect()
        timed("first import (v4.60)", lambda: import_release(conn, path))
        repository.clear_cache()
        report = timed("upgrade import (v4.61, comparison included)",
                       lambda: import_release(conn, v461))
        print(f"  {len(report.upgrade.changes.sheets)} sheet change(s), "
              f"{len(report.upgrade.jobs)} job(s) with other sheets")
        review = timed("bridges before/after (import-rome's review)",
                       lambda: review_bridges(conn, report.previous, report.upgrade))
        print(f"  {len(review.jobs)} job(s) whose first bridges changed")
        conn.close()
        engine.clear_cache()
    return 0


if __name__ == "__main__":
    sys.exit(main())
