"""Collaborateurs view driven through its widgets: roster import, search, editing a person."""

from __future__ import annotations

import pytest
from gui_support import Dialogs, click_cell, loaded_context, type_text
from PySide6.QtCore import Qt

from domain.people import employees
from gui.people_model import PeopleModel, PreviewModel, ProblemsModel
from gui.people_view import PeopleView

pytestmark = pytest.mark.rome

HEADER = "Matricule;Nom;Prénom;Métier;Date d'entrée;Date de sortie;Souhaits\n"
GOOD = HEADER + (
    "000123;Martin;Claire;Chargé d'assistance;12/03/2015;;Encadrer une équipe\n"
    "000124;Bernard;Louis;Chargé d'accueil d'assistance;01/09/2019;;\n"
    "000125;Petit;Inès;Médecin d'assistance;15/01/2012;;\n"
    "000126;Ancien;Paul;Chargé d'assistance;01/01/2001;31/12/2010;\n"
)
BAD = HEADER + (
    "000123;Martin;Claire;Chargé d'assistance;12/03/2015;;\n"
    "000124;Bernard;Louis;Pilote de ligne;01/09/2019;;\n"
    "000125;Petit;Inès;Médecin d'assistance;31/02/2012;;\n"
)


@pytest.fixture
def view(real_rome, qtbot):
    context = loaded_context(real_rome)
    widget = PeopleView(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    context.close()


@pytest.fixture
def dialogs(monkeypatch):
    return Dialogs(monkeypatch)


def roster(tmp_path, text: str, name: str = "effectif.csv") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def open_import(qtbot, view, path: str):
    dialog = view.import_roster(path)
    qtbot.waitUntil(lambda: dialog._operation is None, timeout=10000)
    return dialog


def import_good(qtbot, view, tmp_path):
    dialog = open_import(qtbot, view, roster(tmp_path, GOOD))
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog


def select(qtbot, view, employee_id: str) -> None:
    source_row = view.model.row_of(employee_id)
    row = view.proxy.mapFromSource(view.model.index(source_row, 0)).row()
    click_cell(qtbot, view.table, row, PeopleModel.LAST)
    assert view.editor.person.id == employee_id


def test_roster_with_bad_lines_shows_each_error_and_saves_nothing(view, qtbot, tmp_path):
    dialog = open_import(qtbot, view, roster(tmp_path, BAD))
    problems = dialog.problems_model
    found = {(problems.index(r, ProblemsModel.LINE).data(),
              problems.index(r, ProblemsModel.COLUMN).data()) for r in range(problems.rowCount())}
    assert found == {("3", "Métier"), ("4", "Date d'entrée")}
    assert "Pilote de ligne" in problems.index(0, ProblemsModel.MESSAGE).data()
    assert dialog.tabs.currentIndex() == 1 and dialog.tabs.tabText(1) == "Erreurs (2)"
    assert "2 ligne(s) en erreur" in dialog.status.text()
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert employees.list_employees(view.context.conn) == []
    dialog.reject()
    assert view.model.rowCount() == 0 and view.empty_label.isVisible()


def test_fixed_roster_is_reread_previewed_then_saved(view, qtbot, tmp_path):
    path = roster(tmp_path, BAD)
    dialog = open_import(qtbot, view, path)
    roster(tmp_path, GOOD)  # the user fixes the file in Excel…
    qtbot.mouseClick(dialog.reread_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._operation is None and dialog.problems_model.rowCount() == 0,
                    timeout=10000)
    preview = dialog.rows_model
    assert preview.rowCount() == 4
    assert {preview.index(r, PreviewModel.EFFECT).data() for r in range(4)} == {
        "nouvelle personne"}
    assert employees.list_employees(view.context.conn) == []  # previewing saves nothing
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(employees.list_employees(view.context.conn)) == 4
    assert view.model.rowCount() == 3  # the departed person is hidden
    assert view.context.data.headcounts == {"Chargé d'assistance": 1,
                                            "Chargé d'accueil d'assistance": 1,
                                            "Médecin d'assistance": 1}


def test_reimport_preview_says_who_changes(view, qtbot, tmp_path):
    import_good(qtbot, view, tmp_path)
    changed = GOOD.replace("Louis;Chargé d'accueil d'assistance", "Louis;Chargé d'assistance")
    dialog = open_import(qtbot, view, roster(tmp_path, changed, "v2.csv"))
    model = dialog.rows_model
    effects = {model.index(r, PreviewModel.ID).data(): model.index(r, PreviewModel.EFFECT).data()
               for r in range(model.rowCount())}
    assert effects["000124"] == "mise à jour"
    assert effects["000123"] == "inchangée"
    dialog.reject()


def test_unreadable_file_is_refused_with_a_dialog(view, qtbot, tmp_path, dialogs):
    dialog = open_import(qtbot, view, roster(tmp_path, ""))
    assert "vide" in dialogs.texts()
    assert "vide" in dialog.problems_model.index(0, ProblemsModel.MESSAGE).data()
    assert not dialog.save_button.isEnabled()
    dialog.reject()


def test_search_and_departed_people(view, qtbot, tmp_path):
    import_good(qtbot, view, tmp_path)
    type_text(qtbot, view.search_edit, "ines")
    assert view.proxy.rowCount() == 1
    assert view.proxy.index(0, PeopleModel.FIRST).data() == "Inès"
    view.search_edit.clear()
    type_text(qtbot, view.search_edit, "assistance martin")
    assert view.proxy.rowCount() == 1
    view.search_edit.clear()
    assert "Ancien" not in {view.proxy.index(r, PeopleModel.LAST).data()
                            for r in range(view.proxy.rowCount())}
    qtbot.mouseClick(view.departed_check, Qt.MouseButton.LeftButton)
    assert view.proxy.rowCount() == 4


def test_editing_wishes_and_job_is_saved_and_audited(view, qtbot, tmp_path):
    import_good(qtbot, view, tmp_path)
    select(qtbot, view, "000124")
    editor = view.editor
    assert not editor.save_button.isEnabled()
    type_text(qtbot, editor.wishes, "Devenir formateur")
    editor.job.setCurrentIndex(editor.job.findData("Formateur d'assistance"))
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    person = employees.get_employee(view.context.conn, "000124")
    assert person.wishes == "Devenir formateur"
    assert person.job == "Formateur d'assistance"
    actions = [e.action for e in employees.audit_entries(view.context.conn, "000124")]
    assert actions[-1] == "edit_employee"
    assert view.context.data.headcounts.get("Formateur d'assistance") == 1
    assert view.editor.person.id == "000124"  # still selected after the reload


def test_empty_name_is_refused(view, qtbot, tmp_path, dialogs):
    import_good(qtbot, view, tmp_path)
    select(qtbot, view, "000124")
    view.editor.last_name.clear()
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
    assert "nom" in dialogs.texts()
    assert employees.get_employee(view.context.conn, "000124").last_name == "Bernard"


def test_interview_notes_carry_the_rgpd_reminder(view, qtbot, tmp_path, dialogs):
    import_good(qtbot, view, tmp_path)
    select(qtbot, view, "000123")
    editor = view.editor
    editor.tabs.setCurrentIndex(2)
    assert editor.rgpd_label.isVisible()
    assert "RGPD" in editor.rgpd_label.text() and "factuel" in editor.rgpd_label.text()
    qtbot.mouseClick(editor.note_button, Qt.MouseButton.LeftButton)  # empty note
    assert "vide" in dialogs.texts()
    assert employees.notes(view.context.conn, "000123") == []
    type_text(qtbot, editor.note_text, "Souhaite évoluer vers la coordination.")
    qtbot.mouseClick(editor.note_button, Qt.MouseButton.LeftButton)
    notes = employees.notes(view.context.conn, "000123")
    assert [n.body for n in notes] == ["Souhaite évoluer vers la coordination."]
    assert "coordination" in editor.notes_view.toPlainText()
    assert editor.note_text.toPlainText() == ""


def test_declaring_a_competency_of_the_job(view, qtbot, tmp_path):
    import_good(qtbot, view, tmp_path)
    select(qtbot, view, "000123")
    editor = view.editor
    editor.tabs.setCurrentIndex(1)
    engine = editor.holder.engine
    items = engine.matrix.rows["Chargé d'assistance"].items
    assert editor.item_combo.count() == len(items)
    label = editor.item_combo.itemText(0)
    editor.item_combo.setCurrentIndex(0)
    editor.level_combo.setCurrentIndex(2)
    qtbot.mouseClick(editor.declare_button, Qt.MouseButton.LeftButton)
    declared = employees.competencies(view.context.conn, "000123")
    assert [(d.label, d.level) for d in declared] == [(label, 3)]
    assert declared[0].item_code in items
    assert editor.competency_table.item(0, 0).text() == label


def test_choosing_a_bridge_for_a_person(view, qtbot, tmp_path):
    import_good(qtbot, view, tmp_path)
    select(qtbot, view, "000124")
    editor = view.editor
    editor.tabs.setCurrentIndex(3)
    bridges = editor.holder.engine.bridges("Chargé d'accueil d'assistance", editor.holder.settings)
    assert editor.bridge_combo.count() == len(bridges)
    editor.bridge_combo.setCurrentIndex(1)
    assert editor.bridge_explanation.text() == bridges[1].explanation
    editor.status_combo.setCurrentIndex(editor.status_combo.findData("in_progress"))
    type_text(qtbot, editor.bridge_comment, "Validé en entretien")
    qtbot.mouseClick(editor.choose_button, Qt.MouseButton.LeftButton)
    chosen = employees.bridges(view.context.conn, "000124")
    assert [(c.target_job, c.status, c.comment) for c in chosen] == [
        (bridges[1].target, "in_progress", "Validé en entretien")]
    row = view.model.row_of("000124")
    assert view.model.index(row, PeopleModel.BRIDGE).data() == bridges[1].target
    assert editor.chosen_table.item(0, 2).text() == "en cours"


def click_link(qtbot, browser, href: str) -> None:
    """Click the link ``href`` of a QTextBrowser where it is drawn, as a user would."""
    from PySide6.QtGui import QTextCursor

    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + 1)
                point = browser.cursorRect(cursor).center()
                qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
                return
            it += 1
        block = block.next()
    raise AssertionError(f"no link {href}")


def test_removing_a_declared_competency(view, qtbot, tmp_path):
    import_good(qtbot, view, tmp_path)
    select(qtbot, view, "000123")
    editor = view.editor
    editor.tabs.setCurrentIndex(1)
    for index in (0, 1):
        editor.item_combo.setCurrentIndex(index)
        qtbot.mouseClick(editor.declare_button, Qt.MouseButton.LeftButton)
    declared = employees.competencies(view.context.conn, "000123")
    assert len(declared) == 2 and not editor.remove_competency_button.isEnabled()
    click_cell(qtbot, editor.competency_table, 1)
    chosen = editor.competency_table.item(1, 1).text()
    assert editor.remove_competency_button.isEnabled()
    qtbot.mouseClick(editor.remove_competency_button, Qt.MouseButton.LeftButton)
    left = employees.competencies(view.context.conn, "000123")
    assert left == [d for d in declared if d.item_code != chosen] and len(left) == 1
    assert editor.competency_table.rowCount() == 1
    assert editor.competency_table.item(0, 1).text() == left[0].item_code
    actions = [e.action for e in employees.audit_entries(view.context.conn, "000123")]
    assert actions[-1] == "delete_competency"


def test_removing_a_note_asks_first(view, qtbot, tmp_path, dialogs):
    from PySide6.QtWidgets import QMessageBox

    import_good(qtbot, view, tmp_path)
    select(qtbot, view, "000123")
    editor = view.editor
    editor.tabs.setCurrentIndex(2)
    for text in ("Premier entretien.", "Second entretien."):
        type_text(qtbot, editor.note_text, text)
        qtbot.mouseClick(editor.note_button, Qt.MouseButton.LeftButton)
    first, second = employees.notes(view.context.conn, "000123")
    dialogs.answer = QMessageBox.StandardButton.No
    click_link(qtbot, editor.notes_view, f"note:{first.id}")
    assert len(employees.notes(view.context.conn, "000123")) == 2
    dialogs.answer = QMessageBox.StandardButton.Yes
    click_link(qtbot, editor.notes_view, f"note:{first.id}")
    assert employees.notes(view.context.conn, "000123") == [second]
    assert "Premier" not in editor.notes_view.toPlainText()
    assert [k for k, _ in dialogs.shown] == ["question", "question"]
