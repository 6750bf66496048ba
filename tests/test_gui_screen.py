"""The window fits the screen it opens on, after being closed on a larger one (issue 11, item 2).

Each session runs in its own process on an offscreen screen of the wanted size (Qt's offscreen
platform reads its screens from a configuration file): first a 2560×1440 screen where the
window is made 2400×1300 and closed (its state saved), then a 1280×720 screen, and a 1920×1080
screen at 150 % (1280×720 logical pixels), where every view is shown and measured.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
pytestmark = pytest.mark.rome


def screen_env(tmp_path: Path, data: Path, rome: Path, width: int, height: int,
               scale: float | None = None) -> dict[str, str]:
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "Ecran", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               PASSERELLES_DATA_DIR=str(data), PASSERELLES_ROME=str(rome))
    env.pop("QT_SCALE_FACTOR", None)
    if scale:
        env["QT_SCALE_FACTOR"] = str(scale)
    return env


def session(env: dict[str, str], *args: str) -> dict:
    done = subprocess.run([sys.executable, str(HERE / "screen_session.py"), *args], env=env,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def closed_on_a_large_screen(tmp_path_factory, real_rome):
    """A preferences file saved by a 2400×1300 window on a 2560×1440 screen."""
    from gui.settings import FIRST_RUN_OFFERED, REPORT_AUTHOR_ASKED

    base = tmp_path_factory.mktemp("grand-ecran")
    data = base / "donnees"
    data.mkdir()
    (data / "preferences.ini").write_text(
        "[firstRun]\noffered=true\n[reports]\nauthorAsked=true\n", encoding="utf-8")
    assert FIRST_RUN_OFFERED.key == "firstRun/offered" and REPORT_AUTHOR_ASKED.key == "reports/authorAsked"
    saved = session(screen_env(base, data, real_rome, 2560, 1440), "save", "2400", "1300")
    assert saved["saved"][2] >= 2400
    return base, data


def check_fits(report: dict) -> None:
    available = report["available"]
    assert available[2:] == [1280, 720]
    for key, view in report["views"].items():
        assert view["fits"], f"{key}: the window leaves the screen"
        assert view["clipped"] == [], f"{key}: controls cut off: {view['clipped']}"
        if "minimum" in view:
            assert view["minimum"][0] <= 1280 and view["minimum"][1] <= 720, key
            assert view["status_bar_visible"], f"{key}: status bar off-screen"
    assert set(report["views"]) == {"job_map", "job_sheet", "graph", "bridges", "people",
                                    "reports", "plan"}


def test_first_start_on_a_small_screen_fits(tmp_path, real_rome):
    data = tmp_path / "donnees"
    data.mkdir()
    (data / "preferences.ini").write_text(
        "[firstRun]\noffered=true\n[reports]\nauthorAsked=true\n", encoding="utf-8")
    report = session(screen_env(tmp_path, data, real_rome, 1280, 720), "check")
    check_fits(report)
    width, height = report["first"][2:]
    assert width >= 1200 and height >= 660  # the screen is used, not a small default


def test_restarted_on_a_small_screen_the_window_fits(closed_on_a_large_screen, real_rome):
    base, data = closed_on_a_large_screen
    report = session(screen_env(base, data, real_rome, 1280, 720), "check")
    check_fits(report)


def test_at_150_percent_the_window_fits(closed_on_a_large_screen, real_rome):
    base, data = closed_on_a_large_screen
    report = session(screen_env(base, data, real_rome, 1920, 1080, scale=1.5), "check")
    assert report["ratio"] == 1.5
    check_fits(report)
