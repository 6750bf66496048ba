"""Start-up on a damaged database: the dialog offers the last backup, restores it, or quits."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QDesktopServices

from domain.paths import database_path
from domain.people.employees import Employee, list_employees, save_employee
from domain.store import backup
from domain.store import connection as store
from gui.app_context import AppContext
from gui.damaged_store_dialog import DamagedStoreDialog
from gui.main_window import MainWindow
from gui.settings import FIRST_RUN_OFFERED, Settings

PEOPLE = {"000123": "Nguyễn", "000124": "Kowalczyk"}


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch):
    monkeypatch.setattr(backup, "_BACKED_UP_AT_START", set())


def damaged_database(with_backup: bool) -> bytes:
    """A real store with two people (and a real backup of it), then damaged bytes."""
    db = database_path()
    conn = store.connect(db, backup=False)
    with store.transaction(conn):
        for identifier, name in PEOPLE.items():
            save_employee(conn, Employee(identifier, name, "Elif", "Juriste", date(2020, 1, 1)))
    if with_backup:
        backup.take_backup(conn, db, "manuelle")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db.read_bytes())
    data[:4096] = b"\xa5" * 4096  # header and first page: SQLite refuses the file
    db.write_bytes(bytes(data))
    return bytes(data)


class Clicks:
    """Replaces the dialog's exec: presses the buttons named in turn, records what was shown."""

    def __init__(self, monkeypatch, *buttons: str) -> None:
        self.buttons = list(buttons)
        self.seen: list[DamagedStoreDialog] = []
        self.opened: list[str] = []
        clicks = self

        def exec_(dialog):
            clicks.seen.append(dialog)
            getattr(dialog, clicks.buttons.pop(0)).click()
            return 0

        monkeypatch.setattr(DamagedStoreDialog, "exec", exec_)
        monkeypatch.setattr(QDesktopServices, "openUrl",
                            staticmethod(lambda url: self.opened.append(url.toLocalFile())))


def start_window(qtbot) -> MainWindow:
    settings = Settings()
    settings.set(FIRST_RUN_OFFERED, True)
    window = MainWindow(AppContext(settings))
    qtbot.addWidget(window)
    window.show()
    return window


def test_restoring_the_last_backup_brings_the_people_back(qtbot, monkeypatch):
    damaged = damaged_database(with_backup=True)
    clicks = Clicks(monkeypatch, "restore_button")
    window = start_window(qtbot)
    with qtbot.waitSignal(window.context.loaded, timeout=20000):
        window.start_loading()
    (dialog,) = clicks.seen
    assert str(database_path()) in dialog.text()
    assert dialog.restore_button.text().startswith("Restaurer la dernière sauvegarde (du ")
    assert dialog.quit_button.text() == "Quitter"
    conn = window.context.conn
    assert conn is not None and window.context.load_error is None
    assert {p.id: p.last_name for p in list_employees(conn)} == PEOPLE
    (aside,) = backup.set_aside_files(database_path())
    assert aside.read_bytes() == damaged  # the damaged file is kept, never deleted
    assert "restaurée" in window.statusBar().currentMessage()
    window.context.close()


def test_quitting_leaves_the_damaged_file_untouched(qtbot, monkeypatch):
    damaged = damaged_database(with_backup=True)
    clicks = Clicks(monkeypatch, "quit_button")
    window = start_window(qtbot)
    with qtbot.waitSignal(window.context.quit_requested, timeout=20000):
        window.start_loading()
    assert len(clicks.seen) == 1 and window.context.data is None
    assert not window.isVisible()
    assert database_path().read_bytes() == damaged
    assert backup.set_aside_files(database_path()) == []


def test_without_a_backup_it_says_so_and_opens_the_data_folder(qtbot, monkeypatch):
    damaged = damaged_database(with_backup=False)
    clicks = Clicks(monkeypatch, "folder_button", "quit_button")
    window = start_window(qtbot)
    with qtbot.waitSignal(window.context.quit_requested, timeout=20000):
        window.start_loading()
    first, second = clicks.seen
    assert first.restore_button is None
    assert "Aucune sauvegarde automatique utilisable" in first.informativeText()
    assert clicks.opened == [str(database_path().parent)]
    assert second.restore_button is None  # asked again after opening the folder
    assert database_path().read_bytes() == damaged
