"""ROME releases in the window (issue 12): what an upgrade changed, the versions imported, and
a second window on the same store.

The v4.61 is the real v4.60 with C1109 recoded to C1199 and C1107 removed (built in a temp
folder by ``fixtures.rome_upgrade``, never committed). Each test has its own store with the
v4.60 imported, the sample roster, a corrected level and a retained competency of « Gestionnaire
de dossiers d'assistance » that only C1107 carried, and two chosen bridges.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest
from fixtures.rome_upgrade import derive_release
from gui_support import click_cell, loaded_context
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from domain.rome import repository
from domain.rome.job_mapping import job_codes
from gui import workers
from gui.first_run import FirstRunDialog
from gui.rome_upgrade_dialog import BRIDGES_TAB, ITEMS_TAB, JOBS_TAB, SHEETS_TAB
from gui.rome_versions_dialog import ReleasesModel, RomeVersionsDialog

JOB = "Gestionnaire de dossiers d'assistance"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
pytestmark = pytest.mark.rome


@pytest.fixture(scope="module")
def v461(real_rome, tmp_path_factory):
    return derive_release(real_rome, tmp_path_factory.mktemp("v461") / "RefRomeCsv_v461",
                          recode={"C1109": "C1199"}, remove={"C1107"})


@pytest.fixture
def fresh_caches():
    from domain.matching.engine import clear_cache

    repository.clear_cache()
    clear_cache()
    yield
    repository.clear_cache()
    clear_cache()


@pytest.fixture
def store(real_rome, fresh_caches):
    """The v4.60 imported, people, a corrected level, a retained competency, chosen bridges."""
    from contextlib import closing

    from domain.matching.competency_levels import job_items, set_override
    from domain.matching.profile_edits import retain_competency
    from domain.paths import DATA_FILES
    from domain.people.employees import ChosenBridge, choose_bridge
    from domain.people.roster import import_roster
    from domain.rome.importer import import_release
    from domain.store.connection import connect, transaction

    with closing(connect()) as conn:
        import_release(conn, real_rome)
        import_roster(conn, DATA_FILES / "sample_roster.csv")
        release = repository.load_release(conn)
        c1107 = {link.item_code for link in release.sheet_items["C1107"]}
        c1109 = {link.item_code for link in release.sheet_items["C1109"]}
        gone = next(i for i in job_items(JOB, release) if i.code in c1107 - c1109)
        with transaction(conn):
            set_override(conn, JOB, gone.code, 2)
            choose_bridge(conn, ChosenBridge("001052", "Contrôleur de gestion",
                                             "Actuaire / Tarificateur"))
            choose_bridge(conn, ChosenBridge("001052", "Chargé d'assistance"))
        retain_competency(conn, job=JOB, item_code=gone.code, release=release)
    return gone


@pytest.fixture
def context(real_rome, store):
    context = loaded_context(real_rome)
    yield context
    context.close()


@pytest.fixture
def immediate():
    workers.set_default_pool(workers.ImmediatePool())
    yield
    workers.set_default_pool(None)


def import_with_dialog(qtbot, context, path, parent=None) -> FirstRunDialog:
    dialog = FirstRunDialog(context, parent, path=str(path))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return dialog


def test_an_upgrade_says_what_changed_and_compares_bridges_on_a_worker(
        qtbot, context, store, v461, monkeypatch):
    from domain.matching import release_bridges
    from gui.engine_holder import engine_holder

    given: list = []
    review = release_bridges.review_bridges

    def spy(conn, previous, upgrade, settings=None, current=None):
        given.append(weakref.ref(previous))
        return review(conn, previous, upgrade, settings, current)

    monkeypatch.setattr(release_bridges, "review_bridges", spy)
    first_run = import_with_dialog(qtbot, context, v461)
    dialog = first_run.upgrade_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and not first_run.isVisible()
    assert context.release.version == "4.61" and job_codes(context.release)[JOB] == ["C1199"]
    assert first_run.report.previous is None  # the old release went to the comparison only
    assert dialog.windowTitle() == "Ce que change la version 4.61 du ROME"
    assert "La version 4.61 du ROME remplace la version 4.60." in dialog.headline.text()
    # The bridges are compared off the UI thread, with progress, while the rest is readable.
    dialog.tabs.setCurrentIndex(BRIDGES_TAB)
    assert dialog.progress_bar.isVisible() and not dialog.bridges_text.isVisible()
    jobs = dialog.jobs_text.toPlainText()
    assert f"{JOB}\nC1109, C1107 → C1199" in jobs
    assert "C1109 → C1199 : l'appellation 15370 « Gestionnaire prestations en assurances »" in jobs
    assert "C1107 perdue : la fiche C1107 et l'appellation 11927" in jobs
    sheets = dialog.sheets_text.toPlainText()
    assert "C1109 « Gestionnaire en assurances » : recodée en C1199" in sheets
    assert "C1107 « Chargé / Chargée d'indemnisations en assurances » : supprimée" in sheets
    items = dialog.items_text.toPlainText()
    for title in ("Niveaux d'impact corrigés", "Compétences retenues dans les profils"):
        assert f"{title}\n0 conservé, 1 à relire" in items
    assert f"{store.code} « {store.label} » : l'élément n'est plus sur les fiches" in items
    assert dialog.tabs.tabText(ITEMS_TAB) == "Niveaux et compétences (2)"
    assert dialog.tabs.tabText(JOBS_TAB).startswith("Métiers de l'étude (")
    assert dialog.tabs.tabText(SHEETS_TAB) == "Fiches du ROME (2)"
    qtbot.waitUntil(lambda: dialog.review is not None, timeout=60000)
    holder = engine_holder(context)
    qtbot.waitUntil(lambda: not holder.building, timeout=60000)  # the window's new engine
    bridges = dialog.bridges_text.toPlainText()
    assert dialog.bridges_text.isVisible() and not dialog.progress_bar.isVisible()
    assert f"« {JOB} » : " in bridges and "(fiches changées)" in bridges
    assert "Passerelles choisies pour des personnes\n2 enregistrées" in bridges
    assert dialog.tabs.tabText(BRIDGES_TAB).startswith("Passerelles (")
    gc.collect()
    assert given and given[0]() is None, "the replaced release is still in memory"
    with qtbot.waitSignal(context.view_requested) as asked:
        qtbot.mouseClick(dialog.bridges_button, Qt.MouseButton.LeftButton)
    assert asked.args == ["bridges"] and not dialog.isVisible()


def test_the_versions_imported_and_going_back_to_one(qtbot, context, v461, immediate):
    import_with_dialog(qtbot, context, v461)
    versions = RomeVersionsDialog(context)
    qtbot.addWidget(versions)
    versions.show()
    model = versions.model
    shown = [(model.index(r, ReleasesModel.VERSION).data(),
              model.index(r, ReleasesModel.FOLLOWED).data(),
              model.index(r, ReleasesModel.LOST).data()) for r in range(model.rowCount())]
    assert shown == [("4.60", "0", "0"), ("4.61 (en service)", "2", "1")]
    assert model.index(1, ReleasesModel.SOURCE).data() == str(v461)
    assert "Version en service : 4.61" in versions.intro.text()
    click_cell(qtbot, versions.table, 1)
    assert not versions.again_button.isEnabled()  # already in service
    click_cell(qtbot, versions.table, 0)
    assert versions.again_button.isEnabled()
    qtbot.mouseClick(versions.again_button, Qt.MouseButton.LeftButton)
    back = versions.import_dialog
    assert back.path_edit.text() == model.row(0).source
    with qtbot.waitSignal(back.imported, timeout=60000):
        qtbot.mouseClick(back.import_button, Qt.MouseButton.LeftButton)
    assert context.release.version == "4.60"
    assert job_codes(context.release)[JOB] == ["C1109", "C1107"]
    upgrade = back.upgrade_dialog
    qtbot.addWidget(upgrade)
    assert "La version 4.60 du ROME remplace la version 4.61." in upgrade.headline.text()
    assert upgrade.review is not None
    assert [model.index(r, ReleasesModel.VERSION).data() for r in range(model.rowCount())] == [
        "4.60", "4.61", "4.60 (en service)"]  # refreshed when the release changed


def test_a_release_whose_files_are_gone_cannot_be_reimported_from_there(
        qtbot, context, real_rome, v461, immediate, tmp_path):
    import shutil

    moved = tmp_path / "RefRomeCsv_copie"
    shutil.copytree(v461, moved)
    import_with_dialog(qtbot, context, moved)
    import_with_dialog(qtbot, context, real_rome)  # back to v4.60: the copy is not in service
    shutil.rmtree(moved)
    versions = RomeVersionsDialog(context)
    qtbot.addWidget(versions)
    click_cell(qtbot, versions.table, 1)  # the copy, deleted since
    assert versions.model.row(1).source == str(moved)
    assert not versions.again_button.isEnabled()
    assert "ne sont plus à leur emplacement d'origine" in versions.again_button.toolTip()


def test_a_first_import_shows_no_upgrade_unless_it_loses_mappings(
        qtbot, real_rome, fresh_caches, immediate, monkeypatch, tmp_path):
    context = loaded_context(real_rome)
    try:
        dialog = import_with_dialog(qtbot, context, real_rome)
        assert dialog.report.upgrade.previous_version is None
        assert not hasattr(dialog, "upgrade_dialog")
        assert context.release.version == "4.60"
    finally:
        context.close()
    monkeypatch.setenv("PASSERELLES_DATA_DIR", str(tmp_path / "autre"))
    context = loaded_context(real_rome)  # another store, a release lacking most sheets
    try:
        mini = import_with_dialog(qtbot, context, FIXTURES / "rome_mini")
        upgrade = mini.upgrade_dialog
        qtbot.addWidget(upgrade)
        assert "Version 4.60 du ROME importée." in upgrade.headline.text()
        assert "D1408 perdue" in upgrade.jobs_text.toPlainText()
        assert "Première version importée" in upgrade.sheets_text.toPlainText()
    finally:
        context.close()


def test_the_file_menu_opens_versions_and_job_titles(qtbot, fresh_caches):
    from gui.main_window import MainWindow
    from gui.settings import FIRST_RUN_OFFERED, Settings

    settings = Settings()
    settings.set(FIRST_RUN_OFFERED, True)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    versions, titles = window.data_actions
    assert not versions.isEnabled()  # nothing to read before the store is open
    with qtbot.waitSignal(window.context.loaded, timeout=20000):
        window.start_loading()
    file_menu = window.menuBar().actions()[0].menu()
    assert versions in file_menu.actions() and titles in file_menu.actions()
    assert versions.isEnabled() and titles.isEnabled()
    versions.trigger()
    assert window._rome_versions_dialog.isVisible()
    assert "Aucune version du ROME n'est encore importée." in window._rome_versions_dialog \
        .intro.text()
    titles.trigger()
    assert window._job_titles_dialog.isVisible() and window._job_titles_dialog.empty_label \
        .isVisible()
    window.context.close()


# A second window ---------------------------------------------------------------------------

def answer_box(found: list, button: QMessageBox.StandardButton) -> None:
    """When the question box shows: note its text and buttons, then answer ``button``."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        found.append((box.text(), box.defaultButton() is box.button(
            QMessageBox.StandardButton.No), [b.text() for b in box.buttons()]))
        box.button(button).click()

    QTimer.singleShot(0, answer)


def test_a_second_window_is_told_and_not_opened_by_default(qapp):
    from domain.paths import database_path
    from domain.store.window_lock import take_window_lock
    from gui.app import claim_store, install_translations

    install_translations(qapp, "fr")
    first = take_window_lock(database_path())
    try:
        found: list = []
        answer_box(found, QMessageBox.StandardButton.No)
        assert claim_store() is None
        text, no_by_default, buttons = found[0]
        assert text.startswith("Passerelles est déjà ouvert sur cette base dans une autre "
                               "fenêtre")
        assert "deux fenêtres sur la même base écraseraient leurs modifications" in text
        assert text.endswith("Ouvrir quand même une seconde fenêtre ?")
        assert no_by_default and sorted(buttons) == ["&Non", "&Oui"]
        answer_box(found, QMessageBox.StandardButton.Yes)
        anyway = claim_store()
        assert anyway is not None and not anyway.held  # opened, without the store's lock
    finally:
        first.release()


def test_the_upgrade_and_versions_dialogs_are_english(qtbot, qapp, context, tmp_path):
    from contextlib import closing

    from fixtures.rome_files import MINI
    from test_gui_translation import french_left

    from domain.rome.reader import read_release
    from domain.rome.upgrade import review_upgrade
    from domain.store.connection import connect_reader
    from gui.app import install_translations
    from gui.rome_upgrade_dialog import RomeUpgradeDialog

    mini_v461 = derive_release(MINI, tmp_path / "v461", recode={"Z1102": "Z1199"},
                               remove={"Z1103"})
    with closing(connect_reader()) as conn:
        upgrade = review_upgrade(conn, read_release(MINI), read_release(mini_v461))
    install_translations(qapp, "en")
    try:
        dialog = RomeUpgradeDialog(context, upgrade)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "What ROME version 4.61 changes"
        assert dialog.tabs.tabText(SHEETS_TAB) == "ROME sheets (2)"
        assert french_left(dialog) == []
        versions = RomeVersionsDialog(context)
        qtbot.addWidget(versions)
        assert versions.again_button.text() == "Go back to this version…"
        assert french_left(versions) == []
    finally:
        install_translations(qapp, "fr")
