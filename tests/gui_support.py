"""Shared set-up of the view tests: the real release and its engine, built once per session.

Building the engine on the real ROME takes several seconds, so the four GUI test modules share
one (a module-level cache, since fixtures cannot be shared without editing ``conftest.py``).
Each test still gets its own store in its private data folder.
"""

from __future__ import annotations

import functools
from pathlib import Path

from gui.app_context import AppContext, LoadedData
from gui.settings import Settings
from gui.workers import ImmediatePool


@functools.cache
def real_release(path: Path):
    from domain.rome.reader import read_release

    return read_release(path)


@functools.cache
def real_engine(path: Path):
    from domain.matching.engine import Engine

    return Engine.build(release=real_release(path))


def loaded_context(rome: Path, headcounts: dict[str, int] | None = None) -> AppContext:
    """An AppContext as after start-up: study, a private store, the real release, its engine."""
    from domain.rome.job_mapping import load_job_rome_map
    from domain.store.connection import connect
    from domain.study import load_study
    from gui.engine_holder import engine_holder

    connect().close()  # create and migrate this test's store, as start-up does
    context = AppContext(Settings(), store_pool=ImmediatePool())
    context.data = LoadedData(study=load_study(), release=real_release(rome),
                              job_rome=load_job_rome_map(), headcounts=dict(headcounts or {}))
    engine_holder(context).set_engine(real_engine(rome))
    context.loaded.emit()
    return context


def click_cell(qtbot, table, row: int, column: int = 0, double: bool = False) -> None:
    """Click a table cell with the mouse, as a user would."""
    from PySide6.QtCore import Qt

    index = table.model().index(row, column)
    table.scrollTo(index)
    point = table.visualRect(index).center()
    if double:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    else:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def type_in_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Click a cell, press F2 to edit it, type ``text`` and press Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QWidget

    click_cell(qtbot, table, row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    editors = [w for w in table.viewport().findChildren(QWidget, "", direct)
               if w.isVisible() and isinstance(w, QAbstractSpinBox | QLineEdit)]
    assert len(editors) == 1, "no cell editor opened"
    editor = editors[0]
    editor.selectAll() if hasattr(editor, "selectAll") else None
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on a queued call, then deletes the editor.
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState, timeout=1000)


class Dialogs:
    """Records the message boxes the code under test opens instead of blocking on them."""

    def __init__(self, monkeypatch) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.shown: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes
        for kind in ("warning", "information", "critical", "question"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind))

    def _recorder(self, kind: str):
        def show(_parent, _title, text, *args, **kwargs):
            self.shown.append((kind, text))
            return self.answer
        return staticmethod(show)

    def texts(self) -> str:
        return "\n".join(text for _kind, text in self.shown)


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` key by key; QTest only knows ASCII keys, so accents go as key events."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def answer_file_dialog(path) -> dict:
    """When the next Qt file dialog opens, type ``path`` in its name field and accept it, as a
    user would (``None``: press Cancel). Returns what the dialog showed: its folder and the
    texts of its labels (Qt's catalogue: « Voir dans : », « Fichiers de type : »)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit

    seen: dict = {}

    def fill(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            if tries < 500:
                QTimer.singleShot(10, lambda: fill(tries + 1))
            return
        seen["folder"] = dialog.directory().absolutePath()
        seen["labels"] = [label.text() for label in dialog.findChildren(QLabel)]
        seen["title"] = dialog.windowTitle()
        if path is None:
            dialog.reject()
            return
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
        dialog.accept()

    QTimer.singleShot(0, fill)
    return seen


class Answers:
    """Answers the next question box by clicking one of its buttons; ``seen`` keeps each
    question as (text, sorted button texts, default button text)."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.seen: list[tuple[str, list[str], str]] = []

    def will_click(self, text: str) -> None:
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtWidgets import QApplication, QMessageBox

        def answer() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(10, answer)
                return
            self.seen.append((box.text(), sorted(b.text() for b in box.buttons()),
                              box.defaultButton().text()))
            button = next(b for b in box.buttons() if b.text() == text)
            self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

        QTimer.singleShot(0, answer)


def main_window_at(rome, qtbot, view: str, width: int = 1280, height: int = 720):
    """The real main window at ``width``×``height`` showing ``view`` (a ``ViewSpec`` key)."""
    from gui.main_window import MainWindow
    from gui.settings import FIRST_RUN_OFFERED

    context = loaded_context(rome)
    context.settings.set(FIRST_RUN_OFFERED, True)
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.resize(width, height)
    main.show()
    qtbot.waitExposed(main)
    main.show_view(view)
    return main


def started_window(qtbot, load: bool = True):
    """A main window without any ROME release (first-run import offer off), shown; with
    ``load``, after the start-up load has run on its worker. Close ``main.context`` after."""
    from gui.app_context import AppContext
    from gui.main_window import MainWindow
    from gui.settings import FIRST_RUN_OFFERED, Settings

    settings = Settings()
    settings.set(FIRST_RUN_OFFERED, True)
    main = MainWindow(AppContext(settings))
    qtbot.addWidget(main)
    main.show()
    if load:
        with qtbot.waitSignal(main.context.loaded, timeout=20000):
            main.start_loading()
    else:
        qtbot.waitExposed(main)
    return main
