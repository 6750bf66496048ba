"""Every table to Excel, reopened with openpyxl; copy; accent-insensitive job pickers."""

from __future__ import annotations

import pytest
from gui_support import answer_file_dialog, click_cell, loaded_context, type_text
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from gui.job_combo import fill_jobs, searchable_combo
from gui.job_table_model import Column


@pytest.fixture
def immediate():
    """Compute operations (exports, plans) run at once, as the store's actions do in tests."""
    from gui import workers

    workers.set_default_pool(workers.ImmediatePool())
    yield
    workers.set_default_pool(None)


@pytest.fixture
def window(qtbot):
    from gui_support import started_window

    main = started_window(qtbot)
    yield main
    main.context.close()


def rows_of(path) -> list[list]:
    return [[cell.value for cell in row] for row in load_workbook(path).active.iter_rows()]


def test_job_map_exported_with_ctrl_e_as_shown(window, qtbot, tmp_path):
    view = window.view("job_map")
    qtbot.keyClicks(view.search_edit, "charge")
    shown = [view.proxy.index(r, Column.NAME).data() for r in range(view.proxy.rowCount())]
    target = tmp_path / "carto.xlsx"
    seen = answer_file_dialog(target)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Tableau exporté" in window.statusBar().currentMessage(),
                    timeout=5000)
    assert seen["title"] == "Exporter vers Excel"
    rows = rows_of(target)
    header = rows[0]
    assert header[:4] == ["Métier", "Profil", "Score", "Rang"]
    assert [row[0] for row in rows[1:]] == shown  # the filter and the sort of the screen
    score, rank = rows[1][2], rows[1][3]
    assert isinstance(score, float) and 0 <= score <= 1 and isinstance(rank, int)
    assert str(target) in window.statusBar().currentMessage()
    again = answer_file_dialog(None)  # the next export starts in the same folder
    window.export_action.trigger()  # Fichier > Exporter le tableau vers Excel…
    assert again["folder"] == str(tmp_path)


def test_copy_job_map_rows_with_ctrl_c(window, qtbot):
    view = window.view("job_map")
    click_cell(qtbot, view.table, 0, Column.NAME)
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    first = view.proxy.index(0, Column.NAME).data()
    cells = QApplication.clipboard().text().split("\t")
    assert cells[0] == first and cells[2] == view.proxy.index(0, Column.SCORE).data()


def test_job_pickers_ignore_accents_and_capitals(qtbot):
    from domain.study import load_study

    parent = QWidget()
    qtbot.addWidget(parent)
    combo = searchable_combo(parent)
    fill_jobs(combo, load_study())
    parent.show()
    qtbot.waitExposed(parent)
    edit = combo.lineEdit()
    type_text(qtbot, edit, "charge d'accueil")
    popup = combo.completer().popup()
    listed = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert listed == ["Chargé d'accueil d'assistance"]
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert combo.currentText() == "Chargé d'accueil d'assistance"
    edit.selectAll()
    type_text(qtbot, edit, "MEDECIN")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert combo.currentData() == "Médecin d'assistance"


def pick_typed(qtbot, combo, text: str) -> list[str]:
    """Type ``text`` in a job picker and press Enter where a user's key goes (the suggestion
    popup when it is open); returns the suggestions listed, in their order."""
    edit = combo.lineEdit()
    edit.selectAll()
    type_text(qtbot, edit, text)
    popup = combo.completer().popup()
    listed = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    qtbot.keyClick(popup if popup.isVisible() else edit, Qt.Key.Key_Return)
    return listed


def test_every_job_picker_puts_the_exact_name_first(window, qtbot):
    from domain.study import load_study
    from gui.job_picker import job_picker

    window.show_view("job_sheet")
    people = window.view("people")
    dialog = people.actions.add_person()
    qtbot.waitExposed(dialog)
    pickers = {"Fiche métier": window.view("job_sheet").job_combo,
               "Ajouter une personne": dialog.job}
    for name, combo in pickers.items():
        listed = pick_typed(qtbot, combo, "CHARGE D ASSISTANCE")
        assert listed[:2] == ["Chargé d'assistance", "Chargé d'accueil d'assistance"], name
        assert combo.currentData() == "Chargé d'assistance", name
    dialog.done(0)  # closed without the question about what was typed
    window.show_view("bridges")
    combo = window.view("bridges").job_combo
    assert pick_typed(qtbot, combo, "charge d'assistance")[0] == "Chargé d'assistance"
    assert window.view("bridges").current_job() == "Chargé d'assistance"
    # Then the names that start with the typed text, before those that only contain it.
    listed = pick_typed(qtbot, combo, "assist")
    assert listed[0].startswith("Assist") and not listed[-1].startswith("Assist")
    assert listed.index("Chargé d'assistance") > max(
        i for i, job in enumerate(listed) if job.startswith("Assist"))
    parent = QWidget()  # the roster fixes' and the job titles' picker
    qtbot.addWidget(parent)
    picker = job_picker(parent, load_study())
    parent.show()
    qtbot.waitExposed(parent)
    assert pick_typed(qtbot, picker, "CHARGE D ASSISTANCE")[0] == "Chargé d'assistance"
    assert picker.currentData() == "Chargé d'assistance"


@pytest.mark.rome
def test_plan_exported_and_reopened(real_rome, qtbot, tmp_path, immediate):
    from gui.plan_view import PlanView

    context = loaded_context(real_rome)
    view = PlanView(context)
    qtbot.addWidget(view)
    view.show()
    source = "Chargé d'accueil d'assistance"
    targets = [b.target for b in view.engine.bridges(source, view.holder.settings)][:2]
    view.inputs.set_values({source: 5}, {t: 1 for t in targets})
    assert not view.export_button.isEnabled()  # nothing to export before a plan
    qtbot.mouseClick(view.compute_button, Qt.MouseButton.LeftButton)
    assert view.result is not None and view.export_button.isEnabled()
    target = tmp_path / "plan.xlsx"
    answer_file_dialog(target)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    book = load_workbook(target)
    assert book.sheetnames == ["Flux", "Sans place", "Cibles", "Règles"]
    flows = [[c.value for c in row] for row in book["Flux"].iter_rows()]
    assert flows[0][:4] == ["Métier actuel", "Métier visé", "Via", "Personnes"]
    assert sum(row[3] for row in flows[1:]) == view.result.moved == 2
    context.close()


def test_reading_many_empty_cells_never_frees_none():
    """PySide6 6.12 returns ``None`` without a reference for an empty cell; an export reads
    thousands of them. In a fresh process (the guard of the gui package installed), read 200,000
    empty cells, then let the interpreter finish: it must not abort (« none_dealloc »)."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    code = (f"import sys; sys.path.insert(0, {str(root)!r}); import gui; "
            "from PySide6.QtCore import QModelIndex\n"
            "for _ in range(200_000): QModelIndex().data()\n"
            "print('fini')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.returncode == 0 and done.stdout.strip() == "fini", done.stderr[-500:]


@pytest.mark.rome
def test_bridges_table_exported_with_ctrl_e_copied_and_has_a_menu(real_rome, qtbot, tmp_path,
                                                                   immediate):
    from gui_support import click_cell, main_window_at

    from gui.bridges_model import BridgesModel

    main = main_window_at(real_rome, qtbot, "bridges")
    context = main.context
    view = main.view("bridges")
    edit = view.job_combo.lineEdit()
    edit.selectAll()
    type_text(qtbot, edit, "Gestionnaire de réseau prestataires")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert view.proxy.rowCount() >= 3
    view.table.horizontalHeader().setSortIndicator(BridgesModel.SIMILARITY,
                                                   Qt.SortOrder.AscendingOrder)
    column_count = view.proxy.columnCount()
    shown = [[view.proxy.index(r, c).data() for c in range(column_count)]
             for r in range(view.proxy.rowCount())]
    target = tmp_path / "passerelles.xlsx"
    answer_file_dialog(target)
    qtbot.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Tableau exporté" in main.statusBar().currentMessage(), timeout=5000)
    rows = rows_of(target)
    assert rows[0][:3] == ["Rang", "Métier cible", "Couverture"]
    assert len(rows) == len(shown) + 1
    assert [row[1] for row in rows[1:]] == [line[1] for line in shown]  # sorted as on screen
    assert [row[0] for row in rows[1:]] == [int(line[0]) for line in shown]
    similarities = [row[BridgesModel.SIMILARITY] for row in rows[1:]]
    assert similarities == sorted(similarities) and isinstance(similarities[0], float)
    # Copy: the whole selected row, not only its rank.
    click_cell(qtbot, view.table, 1, BridgesModel.TARGET)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main, timeout=2000)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    cells = QApplication.clipboard().text().split("\t")
    assert cells[:3] == shown[1][:3]
    # The right-click menu offers both.
    texts = [action.text() for action in view.table.actions()]
    assert view.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert "Copier" in texts and "Exporter vers Excel…" in texts
    main.close()
    context.close()
