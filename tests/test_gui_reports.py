"""Rapports view: preview in QtPdf, save, print to a file, team batch with progress and cancel."""

from __future__ import annotations

from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from gui_support import click_cell, loaded_context
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QPushButton

from domain.people import employees
from domain.store.connection import connect, transaction
from gui import report_printing
from gui.people_model import PeopleModel
from gui.reports_view import ReportsView

pytestmark = pytest.mark.rome

PEOPLE = [
    employees.Employee("000123", "Martin", "Claire", "Chargé d'assistance", date(2015, 3, 12)),
    employees.Employee("000124", "Bernard", "Louis", "Chargé d'accueil d'assistance"),
    employees.Employee("000125", "Petit", "Inès", "Médecin d'assistance"),
]


@pytest.fixture
def view(real_rome, qtbot):
    context = loaded_context(real_rome)
    with closing(connect()) as conn, transaction(conn):
        for person in PEOPLE:
            employees.save_employee(conn, person)
    widget = ReportsView(context)
    widget.batch_workers = 1
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    context.close()


@pytest.fixture
def printed(tmp_path, monkeypatch) -> Path:
    """Replace the system print dialog by a printer writing a PDF file."""
    path = tmp_path / "imprime.pdf"

    def to_file(_parent, _pages=0):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setResolution(150)
        return printer

    monkeypatch.setattr(report_printing, "ask_printer", to_file)
    return path


def show_report(qtbot, view, employee_id: str) -> None:
    row = view.proxy.mapFromSource(view.model.index(view.model.row_of(employee_id), 0)).row()
    click_cell(qtbot, view.table, row, PeopleModel.LAST)
    qtbot.waitUntil(lambda: view.preview_person is not None
                    and view.preview_person.employee_id == employee_id, timeout=15000)


def wait_idle(qtbot, view) -> None:
    qtbot.waitUntil(lambda: view._operation is None, timeout=60000)


def test_clicking_a_person_previews_their_report(view, qtbot):
    show_report(qtbot, view, "000123")
    pages = len(PdfReader(view.preview_path).pages)
    assert pages > 1
    assert view.preview_panel.document.pageCount() == pages
    assert view.preview_panel.pdf_view.document() is view.preview_panel.document
    assert "Claire Martin" in view.preview_panel.title.text() and f"{pages} pages" in view.preview_panel.title.text()
    assert view.preview_panel.page_label.text() == f"Page 1 / {pages}"
    text = PdfReader(view.preview_path).pages[0].extract_text()
    assert "Martin" in text and "000123" in text
    assert view.preview_panel.save_button.isEnabled() and view.preview_panel.print_button.isEnabled()


def test_a_new_preview_replaces_the_previous_file(view, qtbot):
    show_report(qtbot, view, "000123")
    first = view.preview_path
    show_report(qtbot, view, "000124")
    assert view.preview_path != first and not first.exists()
    assert "Louis Bernard" in view.preview_panel.title.text()


def test_save_copies_the_preview_and_indexes_it_under_the_person(view, qtbot, tmp_path,
                                                                   monkeypatch):
    show_report(qtbot, view, "000123")
    target = tmp_path / "claire.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "")))
    qtbot.mouseClick(view.preview_panel.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == view.preview_path.read_bytes()
    recorded = employees.reports(view.context.conn, "000123")
    assert [r.path for r in recorded] == [str(target.resolve())]


def test_print_sends_every_page_to_the_printer(view, qtbot, printed):
    show_report(qtbot, view, "000123")
    qtbot.mouseClick(view.preview_panel.print_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, view)
    assert len(PdfReader(printed).pages) == view.preview_panel.document.pageCount()


def test_team_reports_saved_in_a_folder(view, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "equipe"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *_a, **_k: str(folder)))
    assert view.team_save_button.text().endswith("(3) dans un dossier…")
    qtbot.mouseClick(view.team_save_button, Qt.MouseButton.LeftButton)
    assert not view.team_save_button.isEnabled()  # the batch runs on a worker
    wait_idle(qtbot, view)
    written = sorted(p.name for p in folder.glob("*.pdf"))
    assert written == ["000123.pdf", "000124.pdf", "000125.pdf"]
    assert view.team_outcome.batch.ok
    assert "3 rapport(s)" in view.team_label.text()
    for person in PEOPLE:
        assert [Path(r.path).name for r in employees.reports(view.context.conn, person.id)] == [
            f"{person.id}.pdf"]


def test_team_print_of_a_selection(view, qtbot, printed):
    click_cell(qtbot, view.table, 0, PeopleModel.LAST)
    second = view.table.model().index(1, PeopleModel.LAST)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, view.table.visualRect(second).center())
    assert len(view.team()) == 2
    qtbot.mouseClick(view.team_print_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, view)
    outcome = view.team_outcome
    assert len(outcome.batch.written) == 2
    expected = sum(len(PdfReader(path).pages) for _id, path in outcome.batch.written)
    assert outcome.pages == expected == len(PdfReader(printed).pages)


def test_cancelling_the_team_print_stops_it(view, qtbot, printed):
    qtbot.mouseClick(view.team_print_button, Qt.MouseButton.LeftButton)
    cancel = next(b for b in view.progress_dialog.findChildren(QPushButton)
                  if b.text() == "Annuler" or "Cancel" in b.text())
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, view)
    outcome = view.team_outcome
    assert outcome.cancelled
    assert len(outcome.batch.written) < 3
    assert outcome.pages == 0 and not printed.exists()
    assert "Annulé" in view.team_label.text()


def test_team_batch_on_several_processes(view, qtbot, tmp_path):
    view.batch_workers = 2
    view.save_team(str(tmp_path))
    wait_idle(qtbot, view)
    assert view.team_outcome.batch.workers == 2
    assert len(list(tmp_path.glob("*.pdf"))) == 3


def test_team_report_carries_the_recorded_decision_like_the_preview(view, qtbot, tmp_path):
    with closing(connect()) as conn, transaction(conn):
        employees.choose_bridge(conn, employees.ChosenBridge(
            "000123", "Formateur d'assistance", status="considered",
            comment="Vu avec la responsable"))
    show_report(qtbot, view, "000123")
    preview = " ".join(page.extract_text() for page in PdfReader(view.preview_path).pages)
    view.save_team(str(tmp_path))
    wait_idle(qtbot, view)
    team = " ".join(page.extract_text() for page in PdfReader(tmp_path / "000123.pdf").pages)
    for text in (preview, team):
        assert "Vu avec la responsable" in " ".join(text.split())
