"""Time reading, importing and loading back a full ROME release.

    python bench/bench_rome_import.py [CHEMIN] [--repeat N]

CHEMIN defaults to ``PASSERELLES_ROME``, then to the development copy beside the checkout.
Targets: full import under 15 s, load from the store under 2 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from domain.rome import repository  # noqa: E402
from domain.rome.files import locate_release  # noqa: E402
from domain.rome.importer import import_release  # noqa: E402
from domain.rome.reader import read_release  # noqa: E402
from domain.store.connection import connect  # noqa: E402


def timed(label: str, action: Callable[[], object], repeat: int) -> object:
    durations, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        durations.append(time.perf_counter() - start)
    print(f"{label:<45} median {statistics.median(durations):6.2f} s   "
          f"min {min(durations):6.2f} s   ({repeat} runs)")
    return result


def _reordered_copy(files, target: Path) -> Path:
    """The same release with mobility rows reversed: new fingerprint, same size."""
    target.mkdir()
    for name, member in files.members.items():
        data = files.read_bytes(name)
        if name == "rubrique_mobilite":
            header, *rows = data.decode("utf-8").splitlines(keepends=True)
            data = (header + "".join(reversed(rows))).encode("utf-8")
        (target / Path(member).name).write_bytes(data)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description="Mesure l'import du ROME.")
    parser.add_argument("path", nargs="?", default=os.environ.get("PASSERELLES_ROME")
                        or str(ROOT.parent / "shared" / "rome" / "v460"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    path, repeat = Path(args.path), args.repeat
    print(f"release: {path}  (cores: {os.cpu_count()})")

    timed("fingerprint (sha256 of the files)", lambda: locate_release(path).fingerprint(), repeat)
    release = timed("read_release (read + validate)", lambda: read_release(path), repeat)

    with tempfile.TemporaryDirectory() as tmp:
        counter = iter(range(1_000))

        def fresh_import():
            conn = connect(Path(tmp) / f"fresh{next(counter)}.sqlite3")
            try:
                return import_release(conn, path)
            finally:
                conn.close()

        report = timed("import_release into an empty store", fresh_import, repeat)

        conn = connect(Path(tmp) / "replace.sqlite3")
        import_release(conn, path)
        variant = _reordered_copy(locate_release(path), Path(tmp) / "variant")
        releases = iter([variant, path] * repeat)
        timed("import_release replacing a full release", lambda: import_release(
            conn, next(releases)), repeat)
        timed("re-import of the same release (no-op)", lambda: import_release(conn, path), repeat)

        def load():
            repository.clear_cache()
            return repository.load_release(conn)

        loaded = timed("load_release from the store", load, repeat)
        conn.close()

    print(f"round trip identical: {loaded == release}")
    print(f"version {report.version}: {report.sheets} sheets, items {report.items}, "
          f"{report.sheet_items} sheet-item links, {report.appellations} appellations, "
          f"{report.mobility} mobility links")
    return 0


if __name__ == "__main__":
    sys.exit(main())
