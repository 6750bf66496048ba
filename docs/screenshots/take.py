"""Take the screenshots of docs/screenshots/ from the real window, on a laptop-sized screen.

    xvfb-run -s "-screen 0 1280x720x24" python docs/screenshots/take.py --rome PATH/TO/RefRomeCsv
    xvfb-run -s "-screen 0 1920x1080x24" python docs/screenshots/take.py --rome PATH --scale 1.5

The window sizes itself to the screen, as it does for a user (1280×720 logical pixels in both
cases: the second is a 1920×1080 laptop at 150 %, whose shots end in « _150 »). PATH is a ROME
release (folder or zip); it is read, not imported, and the data folder is a temporary one, so
the user's own data and preferences are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def wait(app, condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the window")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(20):  # let layouts and charts settle
        app.processEvents()
        time.sleep(0.01)


def save(widget, name: str) -> None:
    path = HERE / name
    widget.grab().save(str(path))
    print("saved", path.relative_to(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rome", required=True, help="a ROME release folder or zip")
    parser.add_argument("--language", default="fr", choices=("fr", "en"))
    parser.add_argument("--scale", type=float, default=None, help="QT_SCALE_FACTOR (1.5: 150 %)")
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="passerelles-shots-")
    os.environ["PASSERELLES_DATA_DIR"] = data
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    sys.path.insert(0, str(ROOT))
    from gui.settings import (
        FIRST_RUN_OFFERED,
        LANGUAGE,
        REPORT_AUTHOR_NAME,
        REPORT_AUTHOR_ROLE,
        Settings,
    )

    Settings().set(FIRST_RUN_OFFERED, True)
    Settings().set(LANGUAGE, args.language)
    Settings().set(REPORT_AUTHOR_NAME, "Claire Moreau")
    Settings().set(REPORT_AUTHOR_ROLE, "Partenaire RH")
    suffix = "" if args.language == "fr" else "_en"
    if args.scale:
        suffix += f"_{round(100 * args.scale)}"
    if args.language == "en":
        return english(suffix)
    return french(args.rome, suffix, full=not args.scale)


def start_window(rome: str | None):
    from gui.app import start

    argv = ["passerelles"] + (["--rome", rome] if rome else [])
    app, window = start(argv)  # sized to the screen, as for a user
    wait(app, lambda: window.context.is_loaded)
    return app, window


def french(rome: str, suffix: str, full: bool = True) -> int:
    from gui.about import AboutDialog
    from gui.first_run import FirstRunDialog

    if not full:  # at 150 %: the two first views only
        app, window = start_window(rome)
        job_map = window.view("job_map")
        wait(app, lambda: job_map.model.rowCount() == 58)
        save(window, f"cartographie{suffix}.png")
        window.context.select_job("Chargé d'assistance")
        window.show_view("job_sheet")
        sheet = window.view("job_sheet")
        wait(app, lambda: sheet.book is not None)
        save(window, f"fiche_metier{suffix}.png")
        return 0
    app, window = start_window(None)  # no ROME yet: what a first start looks like
    dialog = FirstRunDialog(window.context, window)
    dialog.show()
    wait(app, dialog.isVisible)
    save(dialog, f"import_rome{suffix}.png")
    dialog.close()
    window.show_view("job_sheet")
    window.context.select_job("Chargé d'assistance")
    wait(app, lambda: True)
    save(window, f"fiche_metier_sans_rome{suffix}.png")
    window.close()

    app, window = start_window(rome)
    job_map = window.view("job_map")
    window.show_view("job_map")
    wait(app, lambda: job_map.model.rowCount() == 58)
    save(window, f"cartographie{suffix}.png")
    job_map.qualification_combo.setCurrentIndex(job_map.qualification_combo.findData("initial"))
    job_map.search_edit.setText("gestion")
    job_map.chart_combo.setCurrentIndex(job_map.chart_combo.findData("profiles"))
    job_map.refresh_chart()
    wait(app, lambda: True)
    save(window, f"cartographie_filtre{suffix}.png")
    job_map.search_edit.clear()
    job_map.chart_combo.setCurrentIndex(job_map.chart_combo.findData("families"))
    job_map.qualification_combo.setCurrentIndex(job_map.qualification_combo.findData("experts"))
    wait(app, lambda: True)
    save(window, f"cartographie_familles{suffix}.png")

    window.context.select_job("Chargé d'assistance")
    window.show_view("job_sheet")
    sheet = window.view("job_sheet")
    wait(app, lambda: sheet.book is not None)
    last = sheet.proxy.rowCount() - 1
    sheet.request_level(sheet.proxy.index(last, 0).data(), 4)  # a workshop change
    wait(app, lambda: sheet.undo_stack.count() == 1)
    sheet.table.selectRow(sheet.proxy.rowCount() - 1)
    sheet.table.scrollToBottom()
    save(window, f"fiche_metier{suffix}.png")
    about = AboutDialog(window, window.context.release.version)
    about.show()
    wait(app, about.isVisible)
    save(about, f"a_propos{suffix}.png")
    about.close()
    guide = window.show_help()
    guide.show_section("Parcours 1 : partenaire RH, préparer la mobilité (GEPP)")
    wait(app, guide.isVisible)
    save(guide, f"aide{suffix}.png")
    guide.close()
    from gui.preferences import PreferencesDialog

    preferences = PreferencesDialog(window.settings, window)
    preferences.show()
    wait(app, preferences.isVisible)
    save(preferences, f"preferences{suffix}.png")
    return 0


def english(suffix: str) -> int:
    app, window = start_window(None)
    job_map = window.view("job_map")
    wait(app, lambda: job_map.model.rowCount() == 58)
    save(window, f"cartographie{suffix}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
