"""Fiche métier through its widgets: published qualifications, ROME sheets, the job's retained
competencies (retain, drop, undo, redo, reset; bridges follow) and the requalification workshop
(change a level, see the score move, undo, redo, reset), saved in a real SQLite file."""

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
from gui.app_context import AppContext, LoadedData
from gui.job_profile_model import JobProfileModel
from gui.job_sheet_view import JobSheetView
from gui.job_table_model import format_score
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
    index = view.proxy.index(row, JobProfileModel.LEVEL)
    view.table.setCurrentIndex(index)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editors = [c for c in view.table.findChildren(QComboBox) if c.isVisible()]
    assert len(editors) == 1  # closed editors linger until deleted: take the open one
    editor = editors[0]
    qtbot.keyClick(editor, key)
    QApplication.processEvents()  # the change is applied once the editor has closed
    return view.proxy.index(row, JobProfileModel.CODE).data()


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


def rated_row(view: JobSheetView, estimate: int, skip: int = 0) -> int:
    """A shown row whose estimated level is ``estimate`` (the ``skip``-th such row)."""
    rows = [r for r in range(view.proxy.rowCount())
            if view.proxy.index(r, JobProfileModel.ESTIMATE).data() == str(estimate)]
    return rows[skip]


@pytest.mark.rome
def test_changing_a_level_moves_the_score_and_is_saved_undone_redone(qtbot, sheet):
    before = sheet.recomputed()[0]
    code = choose_level(qtbot, sheet, rated_row(sheet, 1), Qt.Key.Key_End)  # level 5, Majeur
    after = sheet.recomputed()[0]
    assert after > before
    assert format_score(after) in sheet.summary_label.text()
    assert "(1 niveau modifié sur " in sheet.summary_label.text()  # a real plural, not « (x) »
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
    code = choose_level(qtbot, sheet, rated_row(sheet, 1), Qt.Key.Key_End)
    assert stored_overrides() == {(JOB, code): 5}
    row = next(r for r in range(sheet.proxy.rowCount())
               if sheet.proxy.index(r, JobProfileModel.CODE).data() == code)
    choose_level(qtbot, sheet, row, Qt.Key.Key_Home)  # back to 1, the estimate
    assert stored_overrides() == {}


@pytest.mark.rome
def test_reset_is_one_undoable_step(qtbot, sheet):
    base = sheet.recomputed()[0]
    for skip in (0, 1):
        choose_level(qtbot, sheet, rated_row(sheet, 1, skip), Qt.Key.Key_End)
    assert len(stored_overrides()) == 2
    qtbot.mouseClick(sheet.reset_button, Qt.MouseButton.LeftButton)
    assert stored_overrides() == {} and sheet.recomputed()[0] == pytest.approx(base)
    sheet.undo_stack.undo()
    assert len(stored_overrides()) == 2


@pytest.mark.rome
def test_undo_after_switching_job_shows_the_job_it_changes(qtbot, sheet):
    code = choose_level(qtbot, sheet, rated_row(sheet, 1), Qt.Key.Key_End)
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
    assert view.proxy.rowCount() == len(view.profile.retained) > 10
    view.context.close()


# Retained competencies (« compétences retenues ») ----------------------------------------

def stored_profile_changes() -> dict[tuple[str, str], bool]:
    from domain.matching.profile_edits import load_profile_overrides

    conn = connect()
    try:
        return load_profile_overrides(conn)
    finally:
        conn.close()


def shown_codes(view: JobSheetView) -> list[str]:
    return [view.proxy.index(r, JobProfileModel.CODE).data() for r in range(view.proxy.rowCount())]


def tick(qtbot, box) -> None:
    """Click a check box on its indicator (a click beyond its text does nothing)."""
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def toggle_retained(qtbot, view: JobSheetView, code: str) -> None:
    """Put the cursor on the item's « Retenue » box and press Space, as a keyboard user does."""
    row = view.panel.proxy_row(code)
    assert row >= 0, f"{code} is not shown"
    index = view.proxy.index(row, JobProfileModel.RETAINED)
    view.table.setFocus()
    view.table.setCurrentIndex(index)
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    QApplication.processEvents()  # the request reaches the view on a queued connection


@pytest.mark.rome
def test_the_sheet_lists_the_retained_competencies_and_explains_each_code(qtbot, sheet,
                                                                         real_rome):
    from domain.matching.job_profiles import job_profile, sheet_flags

    release = release_of(real_rome)
    profile = job_profile(release, JOB)
    assert shown_codes(sheet) == [item.code for item in profile.retained]
    assert f"{len(profile.retained)} compétences retenues" in sheet.panel.profile_summary.text()
    model = sheet.model
    first = model.rows[0]
    assert model.index(0, JobProfileModel.CODE).data(Qt.ItemDataRole.ToolTipRole) == \
        f"Compétence ROME {first.code} : {first.label}"
    sheet_tip = model.index(0, JobProfileModel.SHEET).data(Qt.ItemDataRole.ToolTipRole)
    assert release.sheets[first.sheet].label in sheet_tip
    level_tip = model.index(0, JobProfileModel.LEVEL).data(Qt.ItemDataRole.ToolTipRole)
    assert "1 négligeable" in level_tip and "5 majeur" in level_tip
    for column in range(model.columnCount()):
        assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    tick(qtbot, sheet.panel.show_all_check)
    every = set(sheet_flags(release, profile.sheets))
    assert set(shown_codes(sheet)) == every | profile.codes()
    left_out = next(r for r in model.rows if not r.retained)
    row = model.row_of(left_out.code)
    assert model.index(row, JobProfileModel.RETAINED).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Unchecked


@pytest.mark.rome
def test_exposure_table_says_which_score_the_bridges_use(sheet):
    table = sheet.qualification_table
    chosen = table.horizontalHeaderItem(2)
    assert chosen.text().endswith("●") and "passerelles" in chosen.toolTip()
    estimate = table.horizontalHeaderItem(3)
    assert "Estimation" in estimate.text() and "ne l'utilisent pas" in estimate.toolTip()
    counts = load_study().level_counts(JOB, Qualification.EXPERTS).counts
    tip = table.item(4, 2).toolTip()
    assert f"{counts[0]} au niveau 1 Négligeable" in tip and f"{counts[4]} au niveau 5 Majeur" in tip
    score = format_score(load_study().exposure(JOB, Qualification.EXPERTS).score)
    assert f"<b>{score}</b>" in sheet.used_score_label.text()


@pytest.mark.rome
def test_dropping_and_retaining_are_stored_undone_and_redone(qtbot, sheet):
    dropped = sheet.model.rows[0].code  # a key savoir-faire of the shipped profile
    toggle_retained(qtbot, sheet, dropped)
    assert stored_profile_changes() == {(JOB, dropped): False}
    assert dropped not in shown_codes(sheet)
    assert "1 écartée." in sheet.panel.profile_summary.text()
    qtbot.mouseClick(sheet.undo_button, Qt.MouseButton.LeftButton)
    assert dropped in shown_codes(sheet) and sheet.profile.codes() >= {dropped}
    qtbot.mouseClick(sheet.redo_button, Qt.MouseButton.LeftButton)
    assert dropped not in sheet.profile.codes()
    tick(qtbot, sheet.panel.show_all_check)
    added = next(r.code for r in sheet.model.rows if not r.retained and not r.shipped)
    toggle_retained(qtbot, sheet, added)
    assert stored_profile_changes() == {(JOB, dropped): False, (JOB, added): True}
    assert added in sheet.profile.codes()
    row = sheet.model.row_of(added)
    assert "Retenue par vous" in sheet.model.index(row, JobProfileModel.RETAINED).data(
        Qt.ItemDataRole.ToolTipRole)


@pytest.mark.rome
def test_reset_to_the_shipped_profile_is_one_undoable_step(qtbot, sheet):
    from domain.matching.job_profiles import job_profile

    shipped = job_profile(sheet.context.release, JOB).codes()
    for code in [r.code for r in sheet.model.rows[:2]]:
        toggle_retained(qtbot, sheet, code)
    assert len(stored_profile_changes()) == 2 and sheet.reset_profile_button.isEnabled()
    qtbot.mouseClick(sheet.reset_profile_button, Qt.MouseButton.LeftButton)
    assert stored_profile_changes() == {} and sheet.profile.codes() == shipped
    assert not sheet.reset_profile_button.isEnabled()
    sheet.undo_stack.undo()
    assert len(stored_profile_changes()) == 2 and len(sheet.profile.codes()) == len(shipped) - 2


@pytest.mark.rome
def test_bridges_follow_a_change_of_the_retained_competencies(qtbot, real_rome):
    """Dropping from the source job an item it shares with a target lowers that coverage."""
    job = "Chargé d'accueil d'assistance"  # exposed: it has bridges under the coverage floors
    from gui_support import loaded_context

    from gui.bridges_view import BridgesView
    from gui.engine_holder import engine_holder
    from gui.workers import ImmediatePool, set_default_pool

    set_default_pool(ImmediatePool())  # the engine is rebuilt at once
    try:
        context = loaded_context(real_rome)
        holder = engine_holder(context)
        bridges = BridgesView(context)
        sheet = JobSheetView(context)
        for widget in (bridges, sheet):
            qtbot.addWidget(widget)
        sheet.book, sheet._book_release = book_of(real_rome), context.release
        context.select_job(job)
        sheet.refresh()
        bridge = next(b for b in bridges.model.rows() if any(c.core for c in b.shared))
        held = next(c for c in bridge.shared if c.core)
        toggle_retained(qtbot, sheet, held.code)
        assert stored_profile_changes() == {(job, held.code): False}
        engine = holder.engine
        assert held.code not in engine.matrix.rows[job].items
        after = engine.explain(job, bridge.target, holder.settings)
        assert after.coverage < bridge.coverage
        assert held.code not in {c.code for c in after.shared}
        shown = {b.target: b for b in bridges.model.rows()}
        assert shown == {b.target: b for b in engine.bridges(job, holder.settings)}
        if bridge.target in shown:
            assert shown[bridge.target].coverage == pytest.approx(after.coverage)
        context.close()
    finally:
        set_default_pool(None)


@pytest.mark.rome
def test_the_last_retained_competency_cannot_be_dropped_in_the_sheet(qtbot, sheet, monkeypatch):
    from gui_support import Dialogs

    from domain.matching.profile_edits import drop_competency

    codes = [item.code for item in sheet.profile.retained]
    conn = connect()
    try:
        for code in codes[:-1]:
            drop_competency(conn, job=JOB, item_code=code, release=sheet.context.release)
    finally:
        conn.close()
    sheet.refresh()
    assert shown_codes(sheet) == codes[-1:]
    assert "Attention :" in sheet.panel.profile_summary.text()
    assert "moins de 15 compétences retenues" in sheet.panel.profile_summary.text()
    dialogs = Dialogs(monkeypatch)
    steps = sheet.undo_stack.count()
    toggle_retained(qtbot, sheet, codes[-1])
    assert "gardez au moins une compétence" in dialogs.texts()
    assert sheet.undo_stack.count() == steps and shown_codes(sheet) == codes[-1:]
    assert len(stored_profile_changes()) == len(codes) - 1
