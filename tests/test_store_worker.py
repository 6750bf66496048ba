"""One writer for the store (issue 14): every window write runs on one thread, in order.

These tests use the real writer thread (``SerialPool``), a real SQLite file and real widgets:
a level changed in the Fiche métier while a 12,500-row roster import runs is stored as well as
the import; quitting the window in the middle of an import leaves the store as it was.
"""

from __future__ import annotations

import threading
from contextlib import closing
from pathlib import Path

import pytest

from domain.matching.competency_levels import load_overrides
from domain.people import employees
from domain.store.connection import connect
from gui.store_worker import PEOPLE, StoreClosed, StoreWorker
from gui.workers import ImmediatePool

ROWS = 12_500
JOB = "Chargé d'assistance"


def write_roster(path: Path, rows: int) -> Path:
    """A plain roster of ``rows`` people spread over the 58 jobs (ids 000000…)."""
    from domain.study import load_study

    jobs = [job.name for job in load_study().jobs]
    lines = ["Matricule;Nom;Prénom;Métier;Date d'entrée"]
    lines += [f"{i:06d};Nom{i};Prénom{i};{jobs[i % len(jobs)]};01/02/2015" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def people_count() -> int:
    with closing(connect(backup=False)) as conn:
        return len(employees.list_employees(conn))


def saving_started(monkeypatch) -> threading.Event:
    """An event set once the roster import saves its first person (inside its transaction)."""
    inside = threading.Event()
    original = employees.save_employee

    def save_and_tell(conn, person):
        inside.set()
        return original(conn, person)

    monkeypatch.setattr(employees, "save_employee", save_and_tell)
    return inside


@pytest.fixture
def store_file():
    connect().close()  # the store exists and is migrated, as after start-up


def test_actions_run_in_order_on_one_thread_that_is_not_the_ui_thread(qtbot, store_file):
    worker = StoreWorker()
    seen: list[tuple[int, int]] = []
    for n in range(5):
        worker.call(lambda conn, n=n: seen.append((n, threading.get_ident())) or conn)
    qtbot.waitUntil(lambda: not worker.busy, timeout=10000)
    assert [n for n, _ in seen] == [0, 1, 2, 3, 4]
    threads = {ident for _, ident in seen}
    assert len(threads) == 1 and threads != {threading.get_ident()}
    assert worker.shutdown(5)
    with pytest.raises(StoreClosed):
        worker.call(lambda conn: None)


def test_a_refused_edit_reaches_the_failure_handler_and_writes_nothing(qtbot, store_file):
    from domain.errors import UserError
    from domain.people.service import add_interview_note

    failures: list[BaseException] = []
    worker = StoreWorker(pool=ImmediatePool())
    note = employees.InterviewNote("999999", __import__("datetime").date.today(), "Bilan")
    worker.call(lambda conn: add_interview_note(conn, note=note), on_failure=failures.append)
    assert len(failures) == 1 and isinstance(failures[0], UserError)
    with closing(connect(backup=False)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM interview_note").fetchone()[0] == 0
    worker.shutdown()


@pytest.mark.rome
def test_a_level_changed_during_a_large_roster_import_is_stored_with_it(qtbot, real_rome,
                                                                          tmp_path, monkeypatch):
    """A level changed while the import is inside its transaction queues behind it: both land."""
    from gui_support import loaded_context
    from test_gui_job_sheet import book_of, release_of

    from domain.people.roster import import_roster
    from gui.job_sheet_view import JobSheetView

    roster = write_roster(tmp_path / "effectif.csv", ROWS)
    context = loaded_context(real_rome)
    context._store_pool = None  # the real writer thread, not the immediate test pool
    view = JobSheetView(context)
    qtbot.addWidget(view)
    book = book_of(real_rome)
    view.book, view._book_release, view._estimate_scores = book, release_of(real_rome), {}
    view.show_job(JOB)
    row = view.model.rows[0]
    new_level = 1 if row.level != 1 else 5

    inside = saving_started(monkeypatch)
    imported: list[object] = []
    context.store.submit(lambda conn, progress, cancelled: import_roster(
        conn, roster, progress=progress, cancelled=cancelled),
        topic=PEOPLE, on_success=imported.append, cancellable=True)
    assert inside.wait(60), "the import never started saving"
    assert context.store.busy  # the import is inside its transaction…
    view.request_level(row.code, new_level)  # …when the user changes a level
    qtbot.waitUntil(lambda: bool(imported) and not context.store.busy, timeout=120000)

    assert imported[0].created == ROWS
    assert people_count() == ROWS
    with closing(connect(backup=False)) as conn:
        assert load_overrides(conn)[(JOB, row.code)] == new_level
    qtbot.waitUntil(lambda: view.model.rows[0].level == new_level, timeout=5000)
    assert context.data.headcounts[JOB] > 0  # the people signal refreshed the headcounts
    context.close()


def test_quitting_the_window_during_an_import_leaves_the_store_as_it_was(qtbot, tmp_path,
                                                                          monkeypatch):
    """Close the main window while the import is inside its transaction: nothing is saved."""
    from domain.people.roster import import_roster
    from gui.app_context import AppContext, LoadedData
    from gui.main_window import MainWindow
    from gui.settings import FIRST_RUN_OFFERED, Settings

    with closing(connect()) as conn:
        employees.save_employee(conn, employees.Employee("999999", "Avant", "Import", JOB))
    before = people_count()
    roster = write_roster(tmp_path / "effectif.csv", ROWS)

    inside = saving_started(monkeypatch)
    settings = Settings()
    settings.set(FIRST_RUN_OFFERED, True)
    context = AppContext(settings)
    window = MainWindow(context)
    qtbot.addWidget(window)
    from domain.study import load_study

    context.data = LoadedData(study=load_study())
    failures: list[BaseException] = []
    context.store.submit(lambda conn, progress, cancelled: import_roster(
        conn, roster, progress=progress, cancelled=cancelled),
        topic=PEOPLE, on_failure=failures.append, cancellable=True)
    assert inside.wait(60), "the import never started saving"
    window.close()  # Ctrl+Q: the store's work is cancelled and rolled back, then closed

    assert not context.store.busy
    assert people_count() == before
    with closing(connect(backup=False)) as conn:
        assert employees.get_employee(conn, "999999").last_name == "Avant"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
