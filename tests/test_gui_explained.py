"""Every number and code says what it is: headers, tooltips and legends (issue 11, item 3)."""

from __future__ import annotations

import pytest
from gui_support import loaded_context
from PySide6.QtCore import Qt

from gui.competency_model import levels_tooltip
from gui.job_table_model import Column, JobTableModel, job_records

pytestmark = pytest.mark.rome


def test_the_levels_row_of_the_job_sheet_is_read_out(real_rome, qtbot):
    from gui.job_sheet_view import JobSheetView

    context = loaded_context(real_rome)
    view = JobSheetView(context)
    qtbot.addWidget(view)
    view.show()
    context.select_job("Chargé d'assistance")
    table = view.qualification_table
    qtbot.waitUntil(lambda: table.rowCount() == 5, timeout=10000)
    assert "se lit 7 compétences de niveau 1" in table.verticalHeaderItem(4).toolTip()
    levels = table.item(4, 2)  # Experts métier
    parts = levels.text().split("-")
    assert len(parts) == 5
    assert f"{parts[0]} au niveau 1 Négligeable" in levels.toolTip()  # the counts read out
    assert table.item(2, 2).toolTip()  # a profile cell says what it is
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
               for c in range(view.model.columnCount())]
    assert all(headers)  # every column of the competency table says what it holds
    context.close()


def test_levels_tooltip_needs_five_counts():
    assert levels_tooltip("1-2-3") == ""
    assert levels_tooltip("7-23-22-16-4").count("<br>") == 4


def test_job_map_scores_and_ranks_say_what_they_are(qapp):
    from domain.study import load_study

    model = JobTableModel(job_records(load_study()), "experts")
    tip = model.headerData(Column.SCORE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "0 à 1" in tip and "Experts métier" in tip
    rank = model.headerData(Column.RANK, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "parmi les 58 métiers" in rank
    cell = model.index(0, Column.SCORE).data(Qt.ItemDataRole.ToolTipRole)
    assert "sur 1 (rang" in cell or cell.startswith("<p>⚠")
    flagged = next(r for r in range(model.rowCount())
                   if model.record(r).exposures["experts"].flagged)
    long_tip = model.index(flagged, Column.SCORE).data(Qt.ItemDataRole.ToolTipRole)
    assert long_tip.startswith("<p>") or len(long_tip) <= 70  # wrapped, never a 1,200 px line
