"""The people list shared by the Collaborateurs and Rapports views.

Both show :class:`gui.people_model.PeopleModel` through :class:`gui.people_model.PeopleFilter`,
sorted by last name, whole rows selected, read-only; this table sets that up once and maps its
rows back to the ``Employee`` records.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from gui.people_model import PeopleFilter, PeopleModel


class PeopleTable(QTableView):
    """A read-only, sortable view of the people; rows are whole people."""

    def __init__(self, model: PeopleModel, proxy: PeopleFilter,
                 selection: QAbstractItemView.SelectionMode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = model
        self.proxy = proxy
        self.setModel(proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(PeopleModel.LAST, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(selection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def person_at(self, index: QModelIndex | QPersistentModelIndex) -> Any:
        """The ``Employee`` on the row of a (proxy) index, or None for an invalid index."""
        if not index.isValid():
            return None
        return self.people.row(self.proxy.mapToSource(index).row())

    def current_person(self) -> Any:
        return self.person_at(self.selectionModel().currentIndex())

    def listed_people(self, rows: list[int] | None = None) -> list[Any]:
        """The people on these shown rows (every shown row by default), in list order."""
        shown = range(self.proxy.rowCount()) if rows is None else sorted(rows)
        return [self.person_at(self.proxy.index(row, 0)) for row in shown]

    def select_person(self, employee_id: str) -> Any:
        """Make this person the current, selected row; the ``Employee``, or None if not shown."""
        row = self.people.row_of(employee_id)
        index = self.proxy.mapFromSource(self.people.index(row, 0)) if row >= 0 else None
        if index is None or not index.isValid():
            return None
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)
        return self.people.row(row)
