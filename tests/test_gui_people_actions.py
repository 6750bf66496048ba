"""Collaborateurs: add a person, erase one (RGPD), export what is held, purge old notes, export
and copy the list — each through the window's own widgets, checked in the store and the files."""

from __future__ import annotations

import json
from contextlib import closing
from datetime import date, timedelta

import pytest
from gui_support import (
    Answers,
    Dialogs,
    answer_file_dialog,
    click_cell,
    loaded_context,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from domain.people import employees
from domain.store.connection import connect, transaction
from gui.people_actions import AddPersonDialog, PurgeNotesDialog
from gui.people_model import PeopleModel
from gui.people_view import PeopleView

pytestmark = pytest.mark.rome

CLAIRE = employees.Employee("000123", "Martin", "Claire", "Chargé d'assistance", date(2015, 3, 12))
LOUIS = employees.Employee("000124", "=HYPERLINK(\"http://x\")", "Louis",
                           "Chargé d'accueil d'assistance", date(2019, 9, 1))


@pytest.fixture
def dialogs(monkeypatch):
    return Dialogs(monkeypatch)


@pytest.fixture
def view(real_rome, qtbot, tmp_path):
    context = loaded_context(real_rome)
    report = tmp_path / "rapport-claire.pdf"
    report.write_bytes(b"%PDF-1.4 rapport de Claire")
    with closing(connect()) as conn, transaction(conn):
        for person in (CLAIRE, LOUIS):
            employees.save_employee(conn, person)
        employees.add_note(conn, employees.InterviewNote(
            "000123", date(2012, 1, 10), "Entretien ancien : vœu de mobilité."))
        employees.add_note(conn, employees.InterviewNote(
            "000123", date.today() - timedelta(days=30), "Entretien récent."))
        employees.add_note(conn, employees.InterviewNote(
            "000124", date(2011, 5, 2), "Ancienne note de Louis."))
        employees.record_report(conn, employees.ReportRecord(
            "rapport_transition", str(report), ("000123",)))
    context.people_changed.emit(None)
    widget = PeopleView(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.report_file = report
    yield widget
    context.close()


def select(qtbot, view, employee_id: str) -> None:
    row = view.proxy.mapFromSource(view.model.index(view.model.row_of(employee_id), 0)).row()
    click_cell(qtbot, view.table, row, PeopleModel.LAST)
    assert view.current_person().id == employee_id


def stored(employee_id: str):
    with closing(connect()) as conn:
        return employees.find_employee(conn, employee_id)


def test_add_a_person_from_the_window(view, qtbot, dialogs):
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = view.actions.dialog
    assert isinstance(dialog, AddPersonDialog) and dialog.isVisible()
    said: list[str] = []
    view.actions.done.connect(lambda text: said.append(text))
    qtbot.keyClicks(dialog.id_edit, "000130")
    type_text(qtbot, dialog.last_name, "Durand")
    type_text(qtbot, dialog.first_name, "Hélène")
    edit = dialog.job.lineEdit()
    type_text(qtbot, edit, "charge d'accueil")  # no accent, part of the name
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.job.currentText() == "Chargé d'accueil d'assistance"
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert said == ["Fiche de Hélène Durand (matricule 000130) créée."]
    person = stored("000130")
    assert (person.last_name, person.first_name, person.job) == (
        "Durand", "Hélène", "Chargé d'accueil d'assistance")
    assert person.entry_date == date.today()
    assert not dialog.isVisible() and dialogs.shown == []
    assert view.current_person().id == "000130"  # listed and selected
    assert view.count_label.text() == "3 personnes"
    with closing(connect()) as conn:
        assert [a.action for a in employees.audit_entries(conn, "000130")] == ["add_employee"]


def answer(qtbot, text: str):
    """The next question box answered by clicking ``text``."""
    answers = Answers(qtbot)
    answers.will_click(text)
    return answers


def test_closing_the_add_person_dialog_asks_before_losing_what_was_typed(view, qtbot, dialogs):
    dialog = view.actions.add_person()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.id_edit, "000131")
    type_text(qtbot, dialog.last_name, "Lefèvre")
    type_text(qtbot, dialog.first_name, "Anne")
    cancel = answer(qtbot, "Annuler")
    qtbot.keyClick(dialog.last_name, Qt.Key.Key_Escape)
    (text, buttons, default), = cancel.seen
    assert buttons == sorted(["Enregistrer", "Ne pas enregistrer", "Annuler"])
    assert default == "Enregistrer" and "pas encore été ajoutée" in text
    assert dialog.isVisible() and dialog.last_name.text() == "Lefèvre"  # kept as typed
    discard = answer(qtbot, "Ne pas enregistrer")
    dialog.close()  # the title bar's close button
    assert len(discard.seen) == 1 and not dialog.isVisible()
    assert stored("000131") is None and view.model.rowCount() == 2
    # A new dialog, Escape, « Enregistrer »: the person is added and the dialog closes.
    dialog = view.actions.add_person()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.id_edit, "000132")
    type_text(qtbot, dialog.last_name, "Roux")
    dialog.job.setCurrentIndex(dialog.job.findData("Chargé d'assistance"))
    save = answer(qtbot, "Enregistrer")
    qtbot.keyClick(dialog.last_name, Qt.Key.Key_Escape)
    assert len(save.seen) == 1
    qtbot.waitUntil(lambda: stored("000132") is not None, timeout=3000)
    assert stored("000132").last_name == "Roux" and not dialog.isVisible()
    assert view.current_person().id == "000132" and dialogs.shown == []
    # Nothing typed: Escape closes without a question.
    dialog = view.actions.add_person()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.id_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_matricule_already_used_is_refused_and_nothing_is_saved(view, qtbot, dialogs):
    dialog = view.actions.add_person()
    qtbot.keyClicks(dialog.id_edit, "123")  # Claire's, without its leading zeros
    qtbot.keyClicks(dialog.last_name, "Autre")
    dialog.job.setCurrentIndex(0)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.add_button.isEnabled()
    assert "déjà celui de Claire Martin" in dialogs.texts()
    assert stored("123") is None and view.model.rowCount() == 2


def test_erase_a_person_from_the_window(view, qtbot, dialogs):
    select(qtbot, view, "000123")
    assert view.erase_action in view.table.actions()  # in the right-click menu
    assert view.report_file.exists()
    view.erase_action.trigger()
    question = dialogs.shown[-1]
    assert question[0] == "question"
    assert "Claire Martin" in question[1] and "000123" in question[1]
    assert stored("000123") is None
    with closing(connect()) as conn:
        assert employees.notes(conn, "000123") == [] and employees.reports(conn, "000123") == []
        assert "000123" not in {a.subject for a in employees.audit_entries(conn)}
    assert not view.report_file.exists()  # the indexed report is shredded too
    assert view.model.row_of("000123") < 0 and view.count_label.text() == "1 personne"
    assert view.editor.person is None


def test_erasure_needs_a_yes(view, qtbot, dialogs):
    select(qtbot, view, "000123")
    dialogs.answer = QMessageBox.StandardButton.No
    assert not view.erase_current_person()
    assert stored("000123") is not None and view.report_file.exists()


def test_export_what_is_held_on_a_person(view, qtbot, tmp_path, dialogs):
    select(qtbot, view, "000123")
    target = tmp_path / "claire.json"
    seen = answer_file_dialog(target)
    view.export_person_action.trigger()
    assert "Claire Martin" in seen["title"]
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["employee"]["id"] == "000123"
    assert {n["body"] for n in data["interview_notes"]} == {
        "Entretien ancien : vœu de mobilité.", "Entretien récent."}
    with closing(connect()) as conn:
        assert "export" in [a.action for a in employees.audit_entries(conn, "000123")]


def test_purge_old_notes_says_how_many_then_deletes_them(view, qtbot, dialogs):
    view.purge_action.trigger()
    dialog = view.actions.dialog
    assert isinstance(dialog, PurgeNotesDialog)
    dialog.months.setValue(24)
    assert dialog.effect.text().startswith("2 notes tenues avant le ")
    dialog.months.setValue(240)
    assert dialog.effect.text().startswith("0 note tenue avant le ")
    assert not dialog.purge_button.isEnabled()
    dialog.months.setValue(24)
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    with closing(connect()) as conn:
        assert [n.body for n in employees.notes(conn, "000123")] == ["Entretien récent."]
        assert employees.notes(conn, "000124") == []


def test_export_the_list_to_excel_and_reopen_it(view, qtbot, tmp_path):
    from openpyxl import load_workbook

    target = tmp_path / "collaborateurs.xlsx"
    answer_file_dialog(target)
    actions = {a.text(): a for a in view.table.actions()}
    assert {"Copier", "Exporter vers Excel…"} <= set(actions)
    actions["Exporter vers Excel…"].trigger()
    qtbot.waitUntil(target.exists, timeout=5000)
    sheet = load_workbook(target).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][:4] == ["Matricule", "Nom", "Prénom", "Métier"]
    by_id = {row[0]: row for row in rows[1:]}
    assert set(by_id) == {"000123", "000124"}  # leading zeros kept: matricules are text
    assert by_id["000123"][4].date() == date(2015, 3, 12)  # a date, not a text
    assert by_id["000124"][1] == "'=HYPERLINK(\"http://x\")"  # never a formula


def test_copy_the_selected_row(view, qtbot):
    select(qtbot, view, "000123")
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QApplication.clipboard().text()
    assert text.startswith("000123\tMartin\tClaire\tChargé d'assistance\t12/03/2015")
