"""Fiche métier through its widgets: published qualifications, ROME sheets, the requalification
workshop (change a level, see the score move, undo, redo, reset) saved in a real SQLite file."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from domain.matching.competency_levels import load_overrides
from domain.matching.level_book import LevelBook
from domain.rome.job_mapping import load_job_rome_map
from domain.store.connection import connect
from domain.study import Qualification, load_study
from gui.app import AppContext, LoadedData
from gui.job_sheet_view import JobSheetView
from gui.job_table_model import CompetencyModel, format_score
from gui.settings import Settings
from gui.workers import ImmediatePool

JOB = "Chargé d'assistance"


@functools.cache
def release_of(path: Path):
    from domain.rome.reader import read_release

    return read_release(path)


@functools.cache
def book_of(path: Path) -> LevelBook:
    return LevelBook.build(release_of(path))


def make_view(qtbot, release=None, book: LevelBook | None = None) -> JobSheetView:
    connect().close()  # create and migrate this test's store, as start-up does
    context = AppContext(Settings(), store_pool=ImmediatePool())
    view = JobSheetView(context)
    qtbot.addWidget(view)
    view.resize(1400, 850)
    view.show()
    if book is not None:  # the estimates of the real release are computed once per module
        view.book, view._book_release, view._estimate_scores = book, release, book.scores({})
    context.data = LoadedData(study=load_study(), release=release,
                              job_rome=load_job_rome_map(),
                              overrides={})
    if release:
        context.data.overrides = load_overrides(context.conn)
    context.select_job(JOB)
    context.loaded.emit()
    return view


@pytest.fixture
def sheet(qtbot, real_rome):
    view = make_view(qtbot, release_of(real_rome), book_of(real_rome))
    yield view
    view.context.close()


def cell(view: JobSheetView, row: int, column: int) -> str:
    return view.qualification_table.item(row, column).text()


def stored_overrides() -> dict[tuple[str, str], int]:
    conn = connect()  # a second connection: what is really in the file
    try:
        return load_overrides(conn)
    finally:
        conn.close()


def choose_level(qtbot, view: JobSheetView, row: int, key: Qt.Key) -> str:
    """Open the level editor of ``row`` like a user (F2) and pick with the keyboard."""
    index = view.proxy.index(row, CompetencyModel.LEVEL)
    view.table.setCurrentIndex(index)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editors = [c for c in view.table.findChildren(QComboBox) if c.isVisible()]
    assert len(editors) == 1  # closed editors linger until deleted: take the open one
    editor = editors[0]
    qtbot.keyClick(editor, key)
    QApplication.processEvents()  # the change is applied once the editor has closed
    return view.proxy.index(row, CompetencyModel.CODE).data()


def test_without_rome_the_sheet_explains_and_offers_the_import(qtbot):
    view = make_view(qtbot)
    assert view.competency_stack.currentIndex() == 0
    assert "Aucune version du ROME" in view.no_rome_label.text()
    assert cell(view, 0, 0) == format_score(load_study().exposure(JOB, "initial").score)
    with qtbot.waitSignal(view.context.import_requested, timeout=1000):
        qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    view.context.close()


@pytest.mark.rome
def test_three_qualifications_side_by_side_and_rome_sheets(sheet):
    study = load_study()
    headers = [sheet.qualification_table.horizontalHeaderItem(c).text().replace("\n", " ")
               for c in range(sheet.qualification_table.columnCount())]
    assert headers[:3] == ["PwC initial", "PwC revu", "Experts métier ●"]
    for column, qualification in enumerate(Qualification):
        exposure = study.exposure(JOB, qualification)
        assert cell(sheet, 0, column).startswith(format_score(exposure.score))
        assert cell(sheet, 1, column) == str(exposure.rank)
        assert cell(sheet, 2, column) == exposure.profile.value
        counts = study.level_counts(JOB, qualification)
        assert cell(sheet, 4, column) == "-".join(map(str, counts.counts))
    assert cell(sheet, 0, 1).endswith("⚠")  # the study's own contradiction (0,38 vs 0,30)
    for mapping in load_job_rome_map()[JOB]:
        assert mapping.code_rome in sheet.rome_label.text()
    assert sheet.model.rowCount() > 10 and sheet.competency_stack.currentIndex() == 2


@pytest.mark.rome
def test_changing_a_level_moves_the_score_and_is_saved_undone_redone(qtbot, sheet):
    before = sheet.recomputed()[0]
    last = sheet.proxy.rowCount() - 1  # sorted by estimate: the lowest estimate is last
    assert sheet.proxy.index(last, CompetencyModel.ESTIMATE).data().startswith("1")
    code = choose_level(qtbot, sheet, last, Qt.Key.Key_End)  # level 5, Majeur
    after = sheet.recomputed()[0]
    assert after > before
    assert format_score(after) in sheet.summary_label.text()
    assert format_score(after) in cell(sheet, 0, 4)
    assert stored_overrides() == {(JOB, code): 5}
    qtbot.mouseClick(sheet.undo_button, Qt.MouseButton.LeftButton)
    assert sheet.recomputed()[0] == pytest.approx(before)
    assert stored_overrides() == {}
    qtbot.mouseClick(sheet.redo_button, Qt.MouseButton.LeftButton)
    assert sheet.recomputed()[0] == pytest.approx(after)
    assert stored_overrides() == {(JOB, code): 5}


@pytest.mark.rome
def test_choosing_the_estimate_again_clears_the_override(qtbot, sheet):
    last = sheet.proxy.rowCount() - 1
    code = choose_level(qtbot, sheet, last, Qt.Key.Key_End)
    assert stored_overrides() == {(JOB, code): 5}
    row = next(r for r in range(sheet.proxy.rowCount())
               if sheet.proxy.index(r, CompetencyModel.CODE).data() == code)
    choose_level(qtbot, sheet, row, Qt.Key.Key_Home)  # back to 1, the estimate
    assert stored_overrides() == {}


@pytest.mark.rome
def test_reset_is_one_undoable_step(qtbot, sheet):
    base = sheet.recomputed()[0]
    for row in (sheet.proxy.rowCount() - 1, sheet.proxy.rowCount() - 2):
        choose_level(qtbot, sheet, row, Qt.Key.Key_End)
    assert len(stored_overrides()) == 2
    qtbot.mouseClick(sheet.reset_button, Qt.MouseButton.LeftButton)
    assert stored_overrides() == {} and sheet.recomputed()[0] == pytest.approx(base)
    sheet.undo_stack.undo()
    assert len(stored_overrides()) == 2


@pytest.mark.rome
def test_undo_after_switching_job_shows_the_job_it_changes(qtbot, sheet):
    code = choose_level(qtbot, sheet, sheet.proxy.rowCount() - 1, Qt.Key.Key_End)
    sheet.context.select_job("Juriste")
    assert sheet.job == "Juriste"
    sheet.undo_stack.undo()
    assert sheet.job == JOB and (JOB, code) not in stored_overrides()


@pytest.mark.rome
def test_level_book_scores_match_the_domain(real_rome):
    from domain.matching.competency_levels import recomputed_scores

    book = book_of(real_rome)
    item = book.items_by_job[JOB][0][0]
    overrides = {(JOB, item.code): 5}
    expected = recomputed_scores(release_of(real_rome), overrides)
    assert book.scores(overrides) == pytest.approx(expected)


@pytest.mark.rome
def test_estimates_are_computed_off_the_ui_thread_after_loading(qtbot, real_rome):
    view = make_view(qtbot, release_of(real_rome))
    assert view.competency_stack.currentIndex() == 1  # "estimation…" with a progress bar
    qtbot.waitUntil(lambda: view.competency_stack.currentIndex() == 2, timeout=60000)
    assert view.model.rowCount() == len(book_of(real_rome).items_by_job[JOB])
    view.context.close()
