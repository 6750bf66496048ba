"""Start-up time of Passerelles against a bare PySide6 window, measured in the same run.

Each sample is a fresh Python process, timed from its launch until its main window is
exposed on screen (the child prints a line at that moment). Bare and application runs
alternate so that disk caches and CPU frequency affect both alike; the medians are compared.
The target is a ratio of at most 2.

    python bench/bench_startup.py            # 7 pairs
    python bench/bench_startup.py --runs 15
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 2.0
HEAVY_MODULES = ("pandas", "numpy", "networkx", "reportlab", "openpyxl")


def _wait_exposed(app, window) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        app.processEvents()
        handle = window.windowHandle()
        if window.isVisible() and handle is not None and handle.isExposed():
            return
        time.sleep(0.001)
    raise SystemExit("window never exposed")


def child(kind: str) -> None:
    """Runs in the measured process: open a window, say so, report heavy imports, exit."""
    if kind == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1280, 820)
        window.show()
    else:
        sys.path.insert(0, str(ROOT))
        from gui.app import start

        app, window = start(sys.argv[:1])
    _wait_exposed(app, window)
    heavy = [m for m in HEAVY_MODULES if m in sys.modules]
    print("shown", ",".join(heavy), flush=True)
    os._exit(0)


def sample(kind: str, env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, __file__, "--child", kind],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.wait()
    if not line.startswith("shown"):
        raise SystemExit(f"{kind}: the window did not open (exit code {process.returncode})")
    return elapsed, line.split(" ", 1)[1].strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", choices=("bare", "app"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as data:
        env["PASSERELLES_DATA_DIR"] = data  # never touch the user's data or preferences
        sample("bare", env)  # warm the disk cache once for both
        sample("app", env)
        bare, app, heavy = [], [], set()
        for _ in range(args.runs):
            bare.append(sample("bare", env)[0])
            seconds, loaded = sample("app", env)
            app.append(seconds)
            heavy.update(m for m in loaded.split(",") if m)
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    ratio = app_median / bare_median
    print(f"platform           : {env.get('QT_QPA_PLATFORM', 'default')}")
    print(f"runs               : {args.runs} of each, alternated")
    print(f"bare PySide6 window: median {bare_median * 1000:.0f} ms "
          f"(min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    print(f"Passerelles window : median {app_median * 1000:.0f} ms "
          f"(min {min(app) * 1000:.0f}, max {max(app) * 1000:.0f})")
    print(f"ratio              : {ratio:.2f} (target <= {TARGET_RATIO:.1f})")
    print(f"heavy modules at first show: {', '.join(sorted(heavy)) or 'none'}")
    return 0 if ratio <= TARGET_RATIO and not heavy else 1


if __name__ == "__main__":
    sys.exit(main())
