"""The application shell through real widgets: start-up, views, settings, errors, ROME import."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from domain.errors import UserError
from gui import errors
from gui.app import install_translations, start
from gui.app_context import QUALIFICATION_VALUES, AppContext
from gui.main_window import VIEWS, MainWindow, view_title
from gui.settings import (
    CURRENT_TAB,
    FIRST_RUN_OFFERED,
    MAX_RECENT_FILES,
    QUALIFICATION,
    Settings,
)
from gui.workers import Operation

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def dialogs(monkeypatch):
    """Every message box the code opens, as (kind, text), instead of a blocking dialog."""
    shown: list[tuple[str, str]] = []

    def static(kind):
        return lambda parent, title, text, *a, **k: shown.append((kind, text))

    monkeypatch.setattr(QMessageBox, "warning", static("warning"))
    monkeypatch.setattr(QMessageBox, "information", static("information"))
    monkeypatch.setattr(QMessageBox, "critical", static("critical"))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(("exec", self.text())))
    return shown


@pytest.fixture
def window(qtbot, dialogs):
    """A main window after start-up, with loading done on its worker."""
    from gui_support import started_window

    main = started_window(qtbot)  # no import dialog in tests that do not want it
    yield main
    main.context.close()


def test_window_shows_before_the_data_is_loaded(qtbot, dialogs):
    app, main = start(["passerelles"])
    qtbot.addWidget(main)
    assert main.isVisible()
    assert not main.context.is_loaded  # the study is read on a worker, after the first show
    qtbot.waitUntil(lambda: main.context.is_loaded, timeout=20000)
    table = main.view("job_map").table
    assert table.model().rowCount() == 58
    main.context.close()


def test_tabs_are_the_registered_views_only(window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [view_title(spec) for spec in VIEWS]
    assert "Cartographie des métiers" in titles and "Fiche métier" in titles


def test_views_are_built_when_first_shown(window):
    page = window._pages["job_sheet"]
    assert page.view is None
    window.show_view("job_sheet")
    assert page.view is not None and window.tabs.currentWidget() is page


def test_qualification_action_switches_every_view_and_is_remembered(window, qtbot):
    window.qualification_actions["initial"].trigger()
    assert window.context.qualification_value == "initial"
    assert window.view("job_map").qualification_combo.currentData() == "initial"
    assert Settings().get(QUALIFICATION) == "initial"


def test_window_state_and_tab_are_restored(qtbot, dialogs):
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(700, 500)  # the offscreen screen is 800 × 600
    first.show_view("job_sheet")
    first.close()  # closeEvent saves geometry, state and tab
    assert Settings().get(CURRENT_TAB) == "job_sheet"
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.tabs.currentWidget() is second._pages["job_sheet"]
    assert second.size().width() == 700


def test_recent_files_most_recent_first_without_duplicates(tmp_path):
    settings = Settings()
    paths = [tmp_path / f"rome{i}.zip" for i in range(MAX_RECENT_FILES + 2)]
    for path in paths:
        path.write_text("x")
        settings.add_recent_file(path)
    settings.add_recent_file(paths[3])
    recent = settings.recent_files()
    assert recent[0] == str(paths[3])
    assert len(recent) == MAX_RECENT_FILES and len(set(recent)) == len(recent)
    paths[3].unlink()
    assert str(paths[3]) not in settings.recent_files()  # vanished files are not offered


def test_stored_qualification_must_be_a_study_qualification():
    from domain.study import Qualification

    assert set(QUALIFICATION_VALUES) == {q.value for q in Qualification}
    Settings().set(QUALIFICATION, "nonsense")
    assert AppContext(Settings()).qualification_value == QUALIFICATION.default


def test_user_error_in_a_slot_becomes_a_french_dialog(qtbot, dialogs, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", errors.excepthook)
    errors.excepthook(UserError, UserError("Fichier illisible"), None)
    assert dialogs == [("warning", "Fichier illisible")]


def test_unexpected_error_is_logged_and_shown(qtbot, dialogs, private_data_dir):
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        errors.excepthook(type(exc), exc, exc.__traceback__)
    assert len(dialogs) == 1 and dialogs[0][0] == "exec"
    assert "erreur inattendue" in dialogs[0][1] and str(errors.log_path()) in dialogs[0][1]
    log = (private_data_dir / errors.LOG_NAME).read_text(encoding="utf-8")
    assert "ZeroDivisionError: boom" in log and "Traceback" in log


def test_operation_runs_off_the_ui_thread_and_reports_back_on_it(qtbot):
    ui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(progress, cancelled):
        seen["worker_is_ui"] = QThread.currentThread() is ui_thread
        progress(0.5, "à moitié")
        return 42

    results, progress = [], []
    operation = Operation(work, on_success=results.append,
                          on_progress=lambda f, m: progress.append((f, m)))
    with qtbot.waitSignal(operation.finished, timeout=5000):
        operation.start()
    assert results == [42] and progress == [(0.5, "à moitié")]
    assert seen["worker_is_ui"] is False


def test_operation_failure_and_cancel(qtbot, dialogs):
    release = threading.Event()

    def slow(progress, cancelled):
        release.wait(5)
        if cancelled():
            raise UserError("Annulé")
        return "fini"

    failures = []
    operation = Operation(slow, on_failure=failures.append)
    with qtbot.waitSignal(operation.finished, timeout=5000):
        operation.start()
        operation.cancel()
        release.set()
    assert [str(f) for f in failures] == ["Annulé"]

    unhandled = Operation(lambda p, c: 1 / 0)  # no failure handler: the error dialog
    with qtbot.waitSignal(unhandled.finished, timeout=5000):
        unhandled.start()
    assert dialogs and dialogs[-1][0] == "exec"


def test_first_start_without_rome_offers_the_import_and_imports(qtbot, dialogs):
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.context.loaded, timeout=20000):
        main.start_loading()
    dialog = main._import_dialog  # opened by itself: no release in this fresh store
    assert dialog.isVisible() and "Aucune version du ROME" in dialog.intro.text()
    assert Settings().get(FIRST_RUN_OFFERED)
    dialog.path_edit.setText(str(FIXTURES / "rome_mini"))
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.import_button.click()
    assert main.context.release is not None and main.context.release.version == "4.60"
    assert "4.60" in main.release_label.text()
    assert Settings().recent_files() == [str(FIXTURES / "rome_mini")]
    main.context.close()


def test_import_of_a_wrong_folder_explains_and_changes_nothing(window, qtbot, dialogs, tmp_path):
    window.import_rome(str(tmp_path))
    dialog = window._import_dialog
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=10000)
    assert dialogs and dialogs[-1][0] == "warning"  # the reader's French message
    assert "n'a pas abouti" in dialog.status.text()
    assert window.context.release is None and dialog.isVisible()


def test_french_standard_buttons_and_english_catalogue(qapp):
    install_translations(qapp, "fr")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    install_translations(qapp, "en")
    try:
        assert QCoreApplication.translate("MainWindow", "Cartographie des métiers") == "Job map"
        assert QCoreApplication.translate("JobTableModel", "Métier") == "Job"
    finally:
        install_translations(qapp, "fr")


def test_about_names_sources_and_licences(window):
    from gui.about import AboutDialog

    text = AboutDialog(window).browser.toPlainText()
    for needle in ("Observatoire des métiers de l'assistance", "ROME 4.0", "France Travail",
                   "Licence Ouverte v2.0", "LGPL", "DejaVu"):
        assert needle in text
