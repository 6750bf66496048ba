"""A window session on a screen of a given size, run in its own process by test_gui_screen.py.

    python tests/screen_session.py save WIDTH HEIGHT   # open, make the window that big, quit
    python tests/screen_session.py check               # open, show every view, report (JSON)

The screen comes from the offscreen platform's configuration (QT_QPA_PLATFORM=offscreen:
configfile=…) and QT_SCALE_FACTOR, set by the test; the data folder and the ROME release come
from PASSERELLES_DATA_DIR and PASSERELLES_ROME.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def pump(app, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def until(app, condition, timeout: float = 90.0) -> bool:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            return False
        pump(app, 0.05)
    pump(app, 0.3)
    return True


def rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def inside(outer, inner) -> bool:
    return outer.contains(inner)


def save(width: int, height: int) -> None:
    from gui.app import start

    app, window = start(["passerelles"], load=False)
    pump(app, 0.3)
    window.setGeometry(20, 20, width, height)
    pump(app, 0.3)
    print(json.dumps({"saved": rect(window.frameGeometry())}))
    window.close()


def clipped_widgets(window) -> list[str]:
    """Visible controls of the current view drawn partly outside the window."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QWidget,
    )

    page = window.tabs.currentWidget()
    area = QRect(0, 0, window.width(), window.height())
    found = []
    controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, controls) or not widget.isVisible():
            continue
        top_left = widget.mapTo(window, widget.rect().topLeft())
        if not area.contains(QRect(top_left, widget.size())):
            found.append(f"{type(widget).__name__} {widget.objectName() or getattr(widget, 'text', lambda: '')()}")
    return found


def check() -> None:
    from gui.app import start
    from gui.engine_holder import engine_holder

    app, window = start(["passerelles"])
    until(app, lambda: window.context.is_loaded)
    screen = window.screen()
    available = screen.availableGeometry()
    report = {"available": rect(available), "ratio": screen.devicePixelRatio(),
              "first": rect(window.frameGeometry()), "views": {}}
    holder = engine_holder(window.context)
    for key in ("job_map", "job_sheet", "graph", "bridges", "people", "reports"):
        window.show_view(key)
        view = window.view(key)
        if key == "job_sheet":
            window.context.select_job("Chargé d'assistance")
        if key in ("graph", "bridges"):
            until(app, lambda: holder.engine is not None)
        if key == "graph":
            until(app, lambda v=view: v.result is not None)
        pump(app, 0.5)
        bar = window.statusBar()
        bar_global = bar.geometry().translated(window.geometry().topLeft())
        report["views"][key] = {
            "frame": rect(window.frameGeometry()),
            "fits": inside(available, window.frameGeometry()),
            "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
            "status_bar_visible": bar.isVisible() and inside(available, bar_global),
            "clipped": clipped_widgets(window),
        }
        if key == "bridges":
            view.tabs.setCurrentIndex(1)
            pump(app, 0.5)
            report["views"]["plan"] = {"fits": inside(available, window.frameGeometry()),
                                       "clipped": clipped_widgets(window)}
            view.tabs.setCurrentIndex(0)
    print(json.dumps(report))
    window.close()
    window.context.close()


if __name__ == "__main__":
    import os
    import traceback

    try:
        if sys.argv[1] == "save":
            save(int(sys.argv[2]), int(sys.argv[3]))
        else:
            check()
    except BaseException:  # noqa: BLE001 - reported to the test, which fails
        traceback.print_exc()
        sys.stdout.flush()
        os._exit(1)
    sys.stdout.flush()
    os._exit(0)  # worker threads must not keep the process alive
