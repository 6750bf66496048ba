"""Cartographie des métiers through its widgets: search, filters, qualification, sort, chart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from domain.store.connection import connect
from domain.study import Profile, Qualification, load_study
from domain.text import fold
from gui.app_context import AppContext, LoadedData
from gui.job_map_view import JobMapView
from gui.job_table_model import Column, format_score
from gui.settings import Settings


@pytest.fixture
def study():
    return load_study()


@pytest.fixture
def view(qtbot, study):
    context = AppContext(Settings())
    connect().close()
    context.data = LoadedData(study=study, headcounts={"Juriste": 3})
    widget = JobMapView(context)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    context.loaded.emit()
    yield widget
    context.close()


def shown(view, column: int = Column.NAME) -> list[str]:
    model = view.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_all_58_jobs_are_listed_most_exposed_first(view, study):
    names = shown(view)
    assert sorted(names) == sorted(job.name for job in study.jobs)
    ranks = [int(r) for r in shown(view, Column.RANK)]
    assert ranks == sorted(ranks)  # default sort: score, highest first = the study's order


def test_typing_without_accents_finds_the_job(view, qtbot):
    qtbot.keyClicks(view.search_edit, "medecin")
    assert "Médecin d'assistance" in shown(view)
    assert all("medecin" in fold(name) or "medecin" in fold(family)
               for name, family in zip(shown(view), shown(view, Column.FAMILY), strict=True))
    assert "Chargé d'assistance" not in shown(view)
    assert len(shown(view)) == 1
    assert view.count_label.text() == "1 métier affiché sur 58"  # singular, as French writes
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "charge d")
    assert view.count_label.text() == f"{len(shown(view))} métiers affichés sur 58"


def test_search_ignores_case_and_matches_families(view, qtbot, study):
    qtbot.keyClicks(view.search_edit, "RESSOURCES HUMAINES")
    expected = {job.name for job in study.jobs if job.family == "Ressources humaines"}
    assert expected and set(shown(view)) == expected


def test_switching_the_qualification_shows_that_qualifications_scores(view, study):
    for qualification in (Qualification.INITIAL, Qualification.REVISED, Qualification.EXPERTS):
        index = view.qualification_combo.findData(qualification.value)
        view.qualification_combo.setCurrentIndex(index)
        assert view.context.qualification is qualification
        for name, score in zip(shown(view), shown(view, Column.SCORE), strict=True):
            published = study.exposure(name, qualification)
            assert score.rstrip(" ⚠") == format_score(published.score)
        first = shown(view)[0]
        assert study.exposure(first, qualification).rank == 1


def test_the_other_two_columns_show_the_other_qualifications(view, study):
    view.qualification_combo.setCurrentIndex(view.qualification_combo.findData("revised"))
    model = view.table.model()
    assert model.headerData(Column.OTHER_1, Qt.Orientation.Horizontal) == "PwC initial"
    assert model.headerData(Column.OTHER_2, Qt.Orientation.Horizontal) == "Experts métier"
    name = shown(view)[5]
    assert shown(view, Column.OTHER_2)[5] == format_score(study.exposure(name, "experts").score)


def test_family_profile_and_core_filters_combine(view, qtbot, study):
    view.core_check.setChecked(True)
    assert set(shown(view)) == {job.name for job in study.core_jobs}
    view.profile_combo.setCurrentIndex(view.profile_combo.findData(Profile.EVOLVING.value))
    expected = {job.name for job in study.core_jobs
                if study.exposure(job, view.context.qualification).profile is Profile.EVOLVING}
    assert set(shown(view)) == expected
    view.core_check.setChecked(False)
    view.profile_combo.setCurrentIndex(0)
    view.family_combo.setCurrentIndex(view.family_combo.findData("07"))
    assert set(shown(view)) == {job.name for job in study.jobs if job.family_code == "07"}


def test_profile_is_written_and_coloured(view, study):
    model = view.table.model()
    index = model.index(0, Column.PROFILE)
    name = model.index(0, Column.NAME).data()
    assert index.data() == study.exposure(name, view.context.qualification).profile.value
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    colours = {model.index(r, Column.NAME).data(Qt.ItemDataRole.BackgroundRole).name()
               for r in range(model.rowCount())}
    assert len(colours) == 4  # one tint per profile


def test_sorting_by_name_ignores_accents(view):
    view.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    names = shown(view)
    assert names == sorted(names, key=fold)


def test_flagged_scores_carry_the_studys_contradiction(view, study):
    view.qualification_combo.setCurrentIndex(view.qualification_combo.findData("revised"))
    model = view.table.model()
    row = shown(view).index("Chargé d'assistance")
    index = model.index(row, Column.SCORE)
    assert index.data().endswith("⚠")
    assert "0,38" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_headcount_column_appears_when_known(view):
    row = shown(view).index("Juriste")
    assert shown(view, Column.HEADCOUNT)[row] == "3"
    assert not view.table.isColumnHidden(Column.HEADCOUNT)


def test_chart_follows_the_filter_and_the_mode(view, qtbot):
    qtbot.keyClicks(view.search_edit, "gestionnaire")
    view.refresh_chart()  # the chart is debounced while typing
    assert [bar.label for bar in view.bar_list.bars] == shown(view)
    view.chart_combo.setCurrentIndex(view.chart_combo.findData("families"))
    families = {f for f in shown(view, Column.FAMILY)}
    assert {bar.label for bar in view.bar_list.bars} == families
    view.chart_combo.setCurrentIndex(view.chart_combo.findData("profiles"))
    assert view.chart_stack.currentWidget() is view.chart_view
    series = view.chart_view.chart().series()[0]
    assert sum(sum(s.at(i) for i in range(s.count())) for s in series.barSets()) == len(shown(view))


def test_double_click_opens_the_job_sheet(view, qtbot):
    requested = []
    view.context.view_requested.connect(requested.append)
    model = view.table.model()
    row = shown(view).index("Juriste")
    rect = view.table.visualRect(model.index(row, Column.NAME))
    view.table.scrollTo(model.index(row, Column.NAME))
    rect = view.table.visualRect(model.index(row, Column.NAME))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.context.selected_job == "Juriste" and requested == ["job_sheet"]
