"""The roster import preview driven like a user (issue 10): real-shaped files, real store.

Each test opens the import dialog of the Collaborateurs view on a file of
``../shared/realworld`` or ``tests/fixtures/rosters``, fixes what the preview offers to fix
(a column's field, a line's job, a title mapped once, a line left out) with the mouse and the
keyboard, saves, and checks what the store holds. Reading runs on a compute operation and saving
on the store's writer, both at once here (immediate pools).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from gui_support import Dialogs, click_cell, loaded_context, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from domain.people import employees
from domain.people.column_memory import remembered_column_mapping
from domain.people.job_titles import list_job_titles
from gui import workers
from gui.data_menu import add_data_actions
from gui.roster_fixes import RosterProblemsModel
from gui.roster_import_dialog import (
    CHOICES_TAB,
    COLUMNS_TAB,
    ERRORS_TAB,
    ROWS_TAB,
    RosterImportDialog,
)

pytestmark = pytest.mark.rome

REALWORLD = Path(__file__).resolve().parents[2] / "shared" / "realworld"
ROSTERS = Path(__file__).resolve().parent / "fixtures" / "rosters"


@pytest.fixture
def realworld():
    if not REALWORLD.exists():
        pytest.skip("les fichiers réels (../shared/realworld) sont absents")
    return REALWORLD


@pytest.fixture
def context(real_rome):
    workers.set_default_pool(workers.ImmediatePool())
    context = loaded_context(real_rome)
    yield context
    context.close()
    workers.set_default_pool(None)


@pytest.fixture
def dialogs(monkeypatch):
    return Dialogs(monkeypatch)


@pytest.fixture
def open_dialog(context, qtbot):
    def open_on(path: Path | str | None) -> RosterImportDialog:
        dialog = RosterImportDialog(context, None, path=str(path) if path else None)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog
    return open_on


def people(context) -> dict[str, employees.Employee]:
    return {p.id: p for p in employees.list_employees(context.conn)}


def problems(dialog) -> list[tuple[str, str]]:
    model = dialog.problems_model
    return [(model.index(r, RosterProblemsModel.LINE).data(),
             model.index(r, RosterProblemsModel.COLUMN).data()) for r in range(model.rowCount())]


def select_problem(qtbot, dialog, line: int) -> None:
    """Click the error of ``line`` in the list (the first one of that line)."""
    dialog.tabs.setCurrentIndex(ERRORS_TAB)
    row = next(r for r, p in enumerate(dialog.problems_model.rows()) if p.line == line)
    click_cell(qtbot, dialog.problems_table, row, RosterProblemsModel.LINE)
    assert dialog.fix_panel.problem.line == line


def pick(qtbot, combo, data) -> None:
    """Choose the item whose data is ``data`` in a closed combo box with the arrow keys."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def choose_job_by_typing(qtbot, combo, typed: str, job: str) -> None:
    """Type part of a job's name (no accents, any case) and take it from the completion list."""
    combo.lineEdit().clear()
    combo.setFocus()
    type_text(qtbot, combo.lineEdit(), typed)
    popup = combo.completer().popup()
    shown = [combo.completer().completionModel().index(r, 0).data()
             for r in range(combo.completer().completionCount())]
    assert job in shown, shown
    for _ in range(shown.index(job) + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentData() == job


def save(qtbot, dialog) -> None:
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


# Reading: what the summary says ------------------------------------------------------------

def test_the_file_chooser_offers_every_format_read(open_dialog, qtbot, monkeypatch, realworld):
    asked = {}

    def chooser(_parent, _title, _folder, filters):
        asked["filters"] = filters
        return str(realworld / "14_roster_hidden_first_sheet.xlsx"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(chooser))
    dialog = open_dialog(None)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    first = asked["filters"].split(";;")[0]
    for pattern in ("*.csv", "*.txt", "*.xlsx", "*.xls", "*.ods"):
        assert pattern in first
    assert dialog.rows_model.rowCount() == 2  # the chosen workbook was read


def test_title_rows_blank_line_and_footer_are_said_then_saved(open_dialog, qtbot, context,
                                                               realworld):
    dialog = open_dialog(realworld / "08_roster_title_rows_footer_total.csv")
    text = dialog.reading_label.text()
    assert "UTF-8 (avec BOM), séparateur « ; »" in text and "en-têtes ligne 5" in text
    assert "3 lignes de titre" in text and "1 ligne vide ignorée : 9" in text
    assert "ligne 10 « Total : 3 salariés » ignorée (pied de tableau)" in text
    assert dialog.tabs.tabText(ROWS_TAB) == "Lignes à enregistrer (3)"
    save(qtbot, dialog)
    assert sorted(people(context)) == ["000301", "000302", "000303"]
    assert dialog.summary.created == 3
    assert any("Total : 3 salariés" in note for note in dialog.summary.notes)


def test_the_visible_sheet_is_read_and_the_summary_says_why(open_dialog, realworld):
    dialog = open_dialog(realworld / "14_roster_hidden_first_sheet.xlsx")
    text = dialog.reading_label.text()
    assert "classeur Excel (.xlsx)" in text
    assert "Feuille « Effectif » lue : la feuille visible" in text
    assert "« Listes » (masquée)" in text
    assert {dialog.rows_model.row(r).employee.id for r in range(2)} == {"000901", "000902"}


def test_a_workbook_cell_is_named_and_a_formula_line_fixed_or_left_out(open_dialog, qtbot,
                                                                       context, realworld):
    dialog = open_dialog(realworld / "12_roster_excel_numbers_formulas.xlsx")
    assert problems(dialog) == [("2", "Métier (E2)"), ("3", "Métier (E3)"),
                                ("3", "Date d'entrée (F3)"), ("4", "Date d'entrée (F4)")]
    select_problem(qtbot, dialog, 2)  # a formula Excel never calculated: any of the 58 jobs
    panel = dialog.fix_panel
    assert panel.job_combo.isVisible() and not panel.title_button.isVisible()
    choose_job_by_typing(qtbot, panel.job_combo, "formateur", "Formateur d'assistance")
    qtbot.mouseClick(panel.line_button, Qt.MouseButton.LeftButton)
    for line in (3, 4):
        select_problem(qtbot, dialog, line)
        qtbot.mouseClick(dialog.fix_panel.exclude_button, Qt.MouseButton.LeftButton)
    assert problems(dialog) == []
    assert "2 lignes laissées hors de l'import" in dialog.status.text()
    save(qtbot, dialog)
    stored = people(context)
    assert sorted(stored) == ["000417", "002041"]  # ids shown with zeros by a 000000 format
    assert stored["000417"].job == "Formateur d'assistance"


# Fixing a line ---------------------------------------------------------------------------

def test_a_line_job_from_the_suggestions_and_a_line_left_out(open_dialog, qtbot, context,
                                                             realworld):
    dialog = open_dialog(realworld / "21_roster_job_title_variants.csv")
    assert dialog.tabs.currentIndex() == ERRORS_TAB
    assert problems(dialog) == [("10", "Métier"), ("11", "Métier")]
    assert "2 lignes en erreur" in dialog.status.text() and not dialog.save_button.isEnabled()
    select_problem(qtbot, dialog, 10)
    panel = dialog.fix_panel
    suggested = dialog.problems_model.row(0).suggestions
    assert [panel.job_combo.itemText(i) for i in range(len(suggested))] == list(suggested)
    assert panel.job_combo.currentData() == suggested[0]  # the best suggestion, ready
    pick(qtbot, panel.job_combo, "Chargé d'assistance")
    qtbot.mouseClick(panel.line_button, Qt.MouseButton.LeftButton)
    assert problems(dialog) == [("11", "Métier")]
    select_problem(qtbot, dialog, 11)
    qtbot.mouseClick(dialog.fix_panel.exclude_button, Qt.MouseButton.LeftButton)
    assert problems(dialog) == [] and dialog.tabs.currentIndex() == ROWS_TAB
    assert dialog.tabs.tabText(ROWS_TAB) == "Lignes à enregistrer (9)"
    assert dialog.tabs.tabText(CHOICES_TAB) == "Vos choix (2)"
    assert "ligne 10 : métier choisi « Chargé d'assistance »" in dialog.reading_label.text()
    save(qtbot, dialog)
    stored = people(context)
    assert len(stored) == 9 and "00709" not in stored
    assert stored["00708"].job == "Chargé d'assistance"
    assert {p.job for i, p in stored.items() if i < "00708"} >= {
        "Chargé d'assistance", "Infirmier d'assistance", "Gestionnaire de dossiers d'assistance",
        "Formateur d'assistance"}
    assert list_job_titles(context.conn) == []  # a line's job is not a correspondence


def test_a_choice_is_taken_back_from_the_list_of_choices(open_dialog, qtbot, context, realworld):
    dialog = open_dialog(realworld / "21_roster_job_title_variants.csv")
    for line in (10, 11):
        select_problem(qtbot, dialog, line)
        qtbot.mouseClick(dialog.fix_panel.exclude_button, Qt.MouseButton.LeftButton)
    dialog.tabs.setCurrentIndex(CHOICES_TAB)
    choices = dialog.choices_panel
    assert [choices.list.item(r).text() for r in range(choices.list.count())] == [
        "Ligne 10 laissée hors de l'import", "Ligne 11 laissée hors de l'import"]
    assert not choices.undo_button.isEnabled()
    choices.list.setCurrentRow(1)
    qtbot.mouseClick(choices.undo_button, Qt.MouseButton.LeftButton)
    assert problems(dialog) == [("11", "Métier")] and not dialog.save_button.isEnabled()
    assert dialog.tabs.tabText(CHOICES_TAB) == "Vos choix (1)"


def test_a_title_mapped_once_is_stored_and_read_by_the_next_import(open_dialog, qtbot, context,
                                                                   realworld, tmp_path):
    dialog = open_dialog(realworld / "21_roster_job_title_variants.csv")
    select_problem(qtbot, dialog, 10)
    panel = dialog.fix_panel
    assert panel.title_button.text() == "Toujours associer « Conseiller assistance » à ce métier"
    # The message names the window's real button and menu entry (and the command line's).
    message = panel.problem.message
    button = panel.title_button.text().split(" «")[0]
    host = QWidget()
    host.context = context
    titles_entry = add_data_actions(host, QMenu(host))[1].text().replace("&", "").rstrip("…")
    assert (f"fenêtre : bouton « {button} » de l'aperçu, ou menu Fichier › {titles_entry} ; "
            'ligne de commande : job-titles --add "Conseiller assistance" MÉTIER') in message
    assert "commande « job-titles" not in message
    choose_job_by_typing(qtbot, panel.job_combo, "CHARGE D ASSIST", "Chargé d'assistance")
    qtbot.mouseClick(panel.title_button, Qt.MouseButton.LeftButton)
    assert [(t.title, t.job) for t in list_job_titles(context.conn)] == [
        ("Conseiller assistance", "Chargé d'assistance")]
    assert problems(dialog) == [("11", "Métier")]  # read again with the correspondence
    assert "« Conseiller assistance » sera désormais lu comme" in dialog.status.text()
    dialog.reject()
    # A later file, the feminine form with its article: read as the mapped job at once.
    later = tmp_path / "mars.csv"
    later.write_text("Matricule;Nom;Prénom;Métier\n0800;Rey;Léa;Conseillère d'assistance\n",
                     encoding="utf-8")
    again = open_dialog(later)
    assert problems(again) == []
    assert again.rows_model.row(0).employee.job == "Chargé d'assistance"


# Columns -----------------------------------------------------------------------------------

def test_unknown_columns_are_mapped_in_the_preview_and_remembered(open_dialog, qtbot, context,
                                                                  tmp_path):
    path = tmp_path / "export_sirh.csv"
    shutil.copyfile(ROSTERS / "company_headers.csv", path)
    dialog = open_dialog(path)
    assert dialog.tabs.currentIndex() == COLUMNS_TAB  # only the columns stop the reading
    assert "colonnes à indiquer" in dialog.status.text()
    assert [p.line for p in dialog.problems_model.rows()] == [1, 1, 1]
    panel = dialog.columns_panel
    assert list(panel.combos) == ["Agent", "Patronyme", "Prénom", "Libellé emploi interne",
                                  "Entrée groupe"]
    assert panel.combo("Prénom").currentData() == "first_name"
    for header, field in (("Agent", "id"), ("Patronyme", "last_name"),
                          ("Libellé emploi interne", "job"), ("Entrée groupe", "entry_date")):
        pick(qtbot, panel.combo(header), field)
    assert panel.combos["Agent"][1].text() == "votre choix"
    assert problems(dialog) == [("2", "Libellé emploi interne"), ("3", "Libellé emploi interne")]
    select_problem(qtbot, dialog, 2)  # « Conseiller assistance », « Conseillère d'assistance »
    pick(qtbot, dialog.fix_panel.job_combo, "Chargé d'assistance")
    qtbot.mouseClick(dialog.fix_panel.title_button, Qt.MouseButton.LeftButton)
    assert problems(dialog) == []  # one correspondence for both spellings
    assert dialog.tabs.tabText(CHOICES_TAB) == "Vos choix (4)"
    save(qtbot, dialog)
    stored = people(context)
    assert sorted(stored) == ["A0901", "A0902", "A0903"]
    assert stored["A0902"].last_name == "Colin" and stored["A0902"].job == "Chargé d'assistance"
    assert stored["A0901"].entry_date.isoformat() == "2015-09-01"
    remembered = remembered_column_mapping(context.conn, headers=(
        "Agent", "Patronyme", "Prénom", "Libellé emploi interne", "Entrée groupe"))
    assert remembered.mapping["Agent"] == "id"
    # Next month's export, same headers: read with the remembered choice, nothing to do.
    next_month = tmp_path / "export_avril.csv"
    next_month.write_text(path.read_text(encoding="utf-8").replace("Rey", "Reyes"),
                          encoding="utf-8")
    again = open_dialog(next_month)
    assert problems(again) == [] and again.save_button.isEnabled()
    assert "Colonnes lues selon le choix retenu pour ces en-têtes" in again.reading_label.text()
    assert again.columns_panel.combos["Agent"][1].text() == "choix retenu pour ces en-têtes"
    save(qtbot, again)
    assert again.summary.updated == 1 and people(context)["A0901"].last_name == "Reyes"


def test_two_columns_chosen_for_one_field_are_refused_until_one_is_changed(open_dialog, qtbot,
                                                                          tmp_path):
    path = tmp_path / "export_sirh.csv"
    shutil.copyfile(ROSTERS / "company_headers.csv", path)
    dialog = open_dialog(path)
    panel = dialog.columns_panel
    for header, field in (("Agent", "id"), ("Patronyme", "id"),
                          ("Libellé emploi interne", "job")):
        pick(qtbot, panel.combo(header), field)
    messages = [p.message for p in dialog.problems_model.rows()]
    assert messages[0].startswith("2 colonnes choisies pour « Matricule » (« Agent » et "
                                  "« Patronyme »)")
    assert dialog.tabs.currentIndex() == COLUMNS_TAB and not dialog.save_button.isEnabled()
    pick(qtbot, panel.combo("Patronyme"), "last_name")
    assert not any("colonnes choisies" in p.message for p in dialog.problems_model.rows())


def test_a_recognised_column_can_be_left_out(open_dialog, qtbot, context, realworld):
    dialog = open_dialog(realworld / "10_roster_header_variants.csv")
    assert dialog.rows_model.row(0).employee.last_name == "Da Silva"  # the usage name wins
    panel = dialog.columns_panel
    pick(qtbot, panel.combo("Nom d’usage"), "")
    assert dialog.rows_model.row(0).employee.last_name == "Moreau"
    assert "« Nom d’usage »" in dialog.reading_label.text()  # said as left out
    save(qtbot, dialog)
    assert people(context)["000611"].last_name == "Moreau"


# Refusals ----------------------------------------------------------------------------------

def test_a_damaged_id_is_refused_with_how_to_fix_it(open_dialog, qtbot, realworld):
    dialog = open_dialog(realworld / "11_roster_matricule_mangled.csv")
    assert problems(dialog) == [("6", "Matricule"), ("7", "Matricule")]
    assert "notation scientifique" in dialog.problems_model.row(0).message
    select_problem(qtbot, dialog, 7)
    panel = dialog.fix_panel
    assert not panel.job_combo.isVisible() and panel.exclude_button.isVisible()
    assert [dialog.rows_model.row(r).employee.id for r in range(4)] == [
        "000417", "030611", "000418", "001052"]


def test_an_unreadable_file_is_refused_in_one_sentence(open_dialog, dialogs):
    dialog = open_dialog(ROSTERS / "mixed_encodings.csv")
    assert "mélange deux encodages" in dialogs.texts()
    message = dialog.problems_model.row(0).message
    assert "enregistrez-le depuis Excel en « CSV UTF-8 »" in message
    assert not dialog.save_button.isEnabled() and dialog.rows_model.rowCount() == 0


def test_a_header_only_roster_is_not_sent_to_the_columns(open_dialog, qtbot, tmp_path):
    path = tmp_path / "export_vide.csv"
    path.write_text("Matricule;Nom;Prénom;Métier\n", encoding="utf-8")
    dialog = open_dialog(path)
    status = dialog.status.text()
    assert "colonnes à indiquer" not in status and "ligne(s) en erreur" not in status
    assert "ne contient aucune personne" in status and "refaites l'export du SIRH" in status
    assert dialog.tabs.currentIndex() == ERRORS_TAB
    assert dialog.fix_panel.message.text() == "Corrigez le fichier puis relisez-le."
    assert not dialog.save_button.isEnabled()


@pytest.mark.parametrize("name, ids", [
    ("libreoffice_hidden_list_padded_ids.ods", ["000417", "001052", "002041"]),
    ("libreoffice_97_2003_1904.xls", ["000417", "001052", "002041"]),
])
def test_libreoffice_and_excel_97_rosters_import(open_dialog, qtbot, context, name, ids):
    dialog = open_dialog(ROSTERS / name)
    assert "feuille « Effectif »" in dialog.reading_label.text()
    save(qtbot, dialog)
    assert sorted(people(context)) == ids


# The correspondence table ------------------------------------------------------------------

def test_correspondences_are_added_and_removed_from_the_import(open_dialog, qtbot, context,
                                                               realworld, dialogs):
    dialog = open_dialog(realworld / "21_roster_job_title_variants.csv")
    qtbot.mouseClick(dialog.titles_button, Qt.MouseButton.LeftButton)
    titles = dialog.job_titles_dialog
    assert titles.isVisible() and titles.empty_label.isVisible()
    assert not titles.add_button.isEnabled()
    type_text(qtbot, titles.title_edit, "Chargé d'assistance médicale")
    choose_job_by_typing(qtbot, titles.job_combo, "infirmier", "Infirmier d'assistance")
    qtbot.mouseClick(titles.add_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, titles.title_edit, "Conseiller assistance")
    choose_job_by_typing(qtbot, titles.job_combo, "charge d ass", "Chargé d'assistance")
    qtbot.mouseClick(titles.add_button, Qt.MouseButton.LeftButton)
    assert [(e.title, e.job) for e in titles.entries()] == [
        ("Chargé d'assistance médicale", "Infirmier d'assistance"),
        ("Conseiller assistance", "Chargé d'assistance")]
    type_text(qtbot, titles.search_edit, "infirm")
    assert [e.title for e in titles.entries()] == ["Chargé d'assistance médicale"]
    titles.search_edit.clear()
    # A study job cannot be redirected: said, nothing stored.
    type_text(qtbot, titles.title_edit, "Juriste")
    choose_job_by_typing(qtbot, titles.job_combo, "acheteur", "Acheteur")
    qtbot.mouseClick(titles.add_button, Qt.MouseButton.LeftButton)
    assert "est déjà le métier de l'étude « Juriste »" in dialogs.texts()
    assert len(list_job_titles(context.conn)) == 2
    titles.title_edit.clear()
    click_cell(qtbot, titles.table, 0)
    qtbot.mouseClick(titles.remove_button, Qt.MouseButton.LeftButton)
    assert [t.title for t in list_job_titles(context.conn)] == ["Conseiller assistance"]
    assert "supprimée" in titles.status.text()
    titles.reject()  # the preview is read again with the correspondences now stored
    assert problems(dialog) == [("11", "Métier")]


# In English ----------------------------------------------------------------------------------

def test_the_import_and_correspondence_dialogs_are_english(open_dialog, qtbot, qapp, tmp_path):
    from test_gui_translation import french_left

    from gui.app import install_translations

    install_translations(qapp, "en")
    try:
        path = tmp_path / "export.csv"
        shutil.copyfile(ROSTERS / "company_headers.csv", path)
        dialog = open_dialog(path)
        pick(qtbot, dialog.columns_panel.combo("Agent"), "id")
        assert dialog.tabs.tabText(COLUMNS_TAB) == "Columns"
        assert dialog.save_button.text() == "Save"
        assert dialog.columns_panel.combo("Agent").currentText() == "Employee ID"
        headers = {f"QLabel {h!r} " for h in dialog.preview.headers}  # the file's own words
        assert [t for t in french_left(dialog) if not t.startswith(tuple(headers))] == []
        qtbot.mouseClick(dialog.titles_button, Qt.MouseButton.LeftButton)
        titles = dialog.job_titles_dialog
        assert titles.windowTitle() == "Job title correspondences"
        assert french_left(titles) == []
        titles.reject()
    finally:
        install_translations(qapp, "fr")
