"""Rapports view: preview in QtPdf, save, print to a file, team batch with progress and cancel."""

from __future__ import annotations

from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from gui_support import answer_file_dialog, click_cell, loaded_context
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from domain.people import employees
from domain.store.connection import connect, transaction
from gui import report_printing
from gui.people_model import PeopleModel
from gui.reports_view import ReportsView
from gui.settings import REPORT_AUTHOR_NAME, REPORT_AUTHOR_ROLE

pytestmark = pytest.mark.rome

PEOPLE = [
    employees.Employee("000123", "Martin", "Claire", "Chargé d'assistance", date(2015, 3, 12)),
    employees.Employee("000124", "Bernard", "Louis", "Chargé d'accueil d'assistance"),
    employees.Employee("000125", "Petit", "Inès", "Médecin d'assistance"),
]


def make_view(real_rome, qtbot, author: bool = True):
    context = loaded_context(real_rome)
    if author:
        context.settings.set(REPORT_AUTHOR_NAME, "Claire Moreau")
        context.settings.set(REPORT_AUTHOR_ROLE, "Partenaire RH")
    with closing(connect()) as conn, transaction(conn):
        for person in PEOPLE:
            employees.save_employee(conn, person)
    widget = ReportsView(context)
    widget.batch_workers = 1
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def view(real_rome, qtbot):
    widget = make_view(real_rome, qtbot)
    yield widget
    widget.context.close()


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
    qtbot.waitUntil(lambda: not view.busy, timeout=60000)


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
    answer_file_dialog(target)
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
    answer_file_dialog(folder)
    assert view.team_save_button.text().endswith("(3) dans un dossier…")
    qtbot.mouseClick(view.team_save_button, Qt.MouseButton.LeftButton)
    assert not view.team_save_button.isEnabled()  # the batch runs on a worker
    wait_idle(qtbot, view)
    written = sorted(p.name for p in folder.glob("*.pdf"))
    assert written == ["000123.pdf", "000124.pdf", "000125.pdf"]
    assert view.team_outcome.batch.ok
    assert "3 rapports rédigés" in view.team_label.text()
    for person in PEOPLE:
        assert [Path(r.path).name for r in employees.reports(view.context.conn, person.id)] == [
            f"{person.id}.pdf"]


def test_team_print_of_a_selection(view, qtbot, printed):
    click_cell(qtbot, view.table, 0, PeopleModel.LAST)
    second = view.table.model().index(1, PeopleModel.LAST)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, view.table.visualRect(second).center())
    assert len(view.team()) == 3  # selecting people does not change the team by itself
    radio = view.team_panel.selected_radio
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert len(view.team()) == 2 and view.team_print_button.text().endswith("(2)…")
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


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def test_team_printed_to_a_pdf_file_keeps_vector_pages(view, qtbot, printed):
    qtbot.mouseClick(view.team_print_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, view)
    files = [Path(path) for _id, path in view.team_outcome.batch.written]
    assert len(files) == 3
    assert len(PdfReader(printed).pages) == sum(len(PdfReader(f).pages) for f in files)
    # The reports' own pages, not pictures of them: about the size of the three files, and
    # their text (names, matricules) can still be read back.
    assert printed.stat().st_size < 1.2 * sum(f.stat().st_size for f in files)
    text = pdf_text(printed)
    assert "Claire Martin" in text and "Louis Bernard" in text and "000125" in text


def test_team_saved_as_one_pdf(view, qtbot, tmp_path):
    target = tmp_path / "equipe.pdf"
    answer_file_dialog(target)
    assert view.team_merge_button.text() == "Enregistrer en un seul PDF (3)…"
    qtbot.mouseClick(view.team_merge_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, view)
    outcome = view.team_outcome
    assert outcome.merged == target and len(PdfReader(target).pages) == outcome.pages > 3
    names = [name.split()[0] for name in ("Inès Petit", "Claire Martin", "Louis Bernard")]
    text = pdf_text(target)
    assert all(name in text for name in names)
    assert "pages enregistrées dans" in view.team_label.text()
    assert "Claire Moreau, Partenaire RH" in text  # the author of the preferences


def test_job_sheet_report_from_the_window(view, qtbot, tmp_path):
    from gui_support import type_text

    view.source_tabs.setCurrentIndex(1)
    picker = view.job_picker
    type_text(qtbot, picker.search_edit, "charge d'accueil")  # no accent: still found
    assert picker.visible_jobs() == ["Chargé d'accueil d'assistance"]
    item = picker.list.findItems("Chargé d'accueil d'assistance", Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(picker.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=picker.list.visualItemRect(item).center())
    qtbot.waitUntil(lambda: view.preview_job == "Chargé d'accueil d'assistance", timeout=15000)
    assert view.preview_person is None
    text = pdf_text(view.preview_path)
    assert "Chargé d'accueil d'assistance" in text and "Passerelles" in text
    target = tmp_path / "fiche.pdf"
    answer_file_dialog(target)
    qtbot.mouseClick(view.preview_panel.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == view.preview_path.read_bytes()
    assert employees.reports(view.context.conn) == []  # a job sheet is about nobody


def test_job_sheet_search_ranks_the_exact_name_first_and_enter_opens_it(view, qtbot):
    from gui_support import type_text

    view.source_tabs.setCurrentIndex(1)
    picker = view.job_picker
    type_text(qtbot, picker.search_edit, "CHARGE D ASSISTANCE")
    listed = picker.visible_jobs()
    assert listed[:2] == ["Chargé d'assistance", "Chargé d'accueil d'assistance"]
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.preview_job == "Chargé d'assistance", timeout=15000)
    picker.search_edit.clear()
    type_text(qtbot, picker.search_edit, "assist")  # names starting with it, then the others
    listed = picker.visible_jobs()
    starting = [job for job in listed if job.startswith("Assist")]
    assert starting and listed[:len(starting)] == starting and len(listed) > len(starting)


def test_the_author_is_asked_once_and_printed_never_the_login(real_rome, qtbot):
    from PySide6.QtWidgets import QApplication

    from domain.people.employees import current_actor
    from gui.preferences import AuthorDialog
    from gui.settings import REPORT_AUTHOR_ASKED

    view = make_view(real_rome, qtbot, author=False)
    try:
        click_cell(qtbot, view.table, view.proxy.mapFromSource(
            view.model.index(view.model.row_of("000123"), 0)).row(), PeopleModel.LAST)
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AuthorDialog) and view.preview_person is None
        qtbot.keyClicks(dialog.author.name, "Sophie Laurent")
        qtbot.keyClicks(dialog.author.role, "Manager de proximite")
        qtbot.keyClick(dialog.author.role, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.preview_person is not None, timeout=15000)
        text = pdf_text(view.preview_path)
        assert "Sophie Laurent, Manager de proximite" in text
        login = current_actor()
        assert f"Auteur : {login}" not in text and f"par {login}" not in text
        assert view.context.settings.get(REPORT_AUTHOR_ASKED)
        show_report(qtbot, view, "000124")  # no second question
        assert QApplication.activeModalWidget() is None
    finally:
        view.context.close()


def test_save_dialogs_remember_their_folder_per_kind(view, qtbot, tmp_path):
    from pathlib import Path as P

    from PySide6.QtWidgets import QApplication

    from gui.app import install_translations

    install_translations(QApplication.instance(), "fr")  # as at start-up
    show_report(qtbot, view, "000123")
    first = answer_file_dialog(tmp_path / "a" / "claire.pdf")
    (tmp_path / "a").mkdir()
    qtbot.mouseClick(view.preview_panel.save_button, Qt.MouseButton.LeftButton)
    assert P(first["folder"]) != P.cwd()  # never the program's folder
    labels = [text.replace("&", "").replace("\u00a0", " ") for text in first["labels"]]
    assert labels == ["Regarder dans :", "Nom de fichier :", "Fichiers de type :"]
    assert (tmp_path / "a" / "claire.pdf").exists()
    again = answer_file_dialog(None)
    qtbot.mouseClick(view.preview_panel.save_button, Qt.MouseButton.LeftButton)
    assert P(again["folder"]) == tmp_path / "a"
    other = answer_file_dialog(None)  # another kind of file: its own folder
    qtbot.mouseClick(view.team_merge_button, Qt.MouseButton.LeftButton)
    assert P(other["folder"]) != tmp_path / "a"


def numbered_bridges(path: Path) -> list[str]:
    """The « n. Métier — kind » headings of the report's « Passerelles proposées »."""
    import re

    return re.findall(r"\b([1-9])\. [^—]+ — mobilité", pdf_text(path))


def test_the_report_shows_as_many_bridges_as_the_passerelles_view(view, qtbot):
    from dataclasses import replace

    from gui.engine_holder import engine_holder

    holder = engine_holder(view.context)
    show_report(qtbot, view, "000124")
    default = [b.target for b in view.preview_data.bridges]
    assert holder.settings.shown == 5 and 3 <= len(default) <= 5
    assert numbered_bridges(view.preview_path) == [str(n) for n in range(1, len(default) + 1)]
    first = view.preview_path
    holder.set_settings(replace(holder.settings, top=2, shown=2))  # the view's spin box
    qtbot.waitUntil(lambda: view.preview_path != first and view.preview_data is not None
                    and len(view.preview_data.bridges) == 2, timeout=15000)
    assert [b.target for b in view.preview_data.bridges] == default[:2]
    assert numbered_bridges(view.preview_path) == ["1", "2"]
    view.save_team(str(view._folder.name) + "/equipe")
    wait_idle(qtbot, view)
    team = Path(view._folder.name) / "equipe" / "000124.pdf"
    assert numbered_bridges(team) == ["1", "2"]  # the team's reports too
