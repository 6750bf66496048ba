"""The job and competency pickers: an editable combo box that completes on any part of a name.

The Passerelles and Fiche métier views pick a study job this way, and the person editor picks
a competency of the job the same way. Typing ignores accents, capitals and apostrophe styles
(``domain.text.fold``, as every search of the window): « charge d'accueil » proposes « Chargé
d'accueil d'assistance ». The study's jobs are listed in accent-insensitive alphabetical order.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class FoldedFilter(QSortFilterProxyModel):
    """Rows whose text contains every typed word, accents and capitals ignored."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        from domain.text import fold

        words = fold(text).split()
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if not self._words:
            return True
        from domain.text import fold

        text = self.sourceModel().index(row, 0, parent).data(Qt.ItemDataRole.DisplayRole)
        key = fold(str(text or ""))
        return all(word in key for word in self._words)


class FoldingCompleter(QCompleter):
    """A completer whose popup lists the items matching the typed words (folded).

    ``source``: a combo box (its items) or any list model (the graph's « Aller au métier »).
    """

    def __init__(self, source: QComboBox | QAbstractItemModel,
                 parent: QWidget | None = None) -> None:
        combo = isinstance(source, QComboBox)
        super().__init__(source if combo else parent)
        self.filter = FoldedFilter(self)
        self.filter.setSourceModel(source.model() if combo else source)
        self.setModel(self.filter)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        self.filter.set_text(path)
        return [""]  # every row the filter kept

    def pathFromIndex(self, index: QModelIndex) -> str:  # noqa: N802 - Qt override
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


def searchable_combo(parent: QWidget, width: int = 34) -> QComboBox:
    """An editable combo box whose typed text filters its items (no new item inserted).

    Enter chooses the item whose folded name is the typed text, or the only item left.
    """
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMinimumContentsLength(width)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    completer = FoldingCompleter(combo)
    combo.setCompleter(completer)
    combo.lineEdit().returnPressed.connect(lambda: choose_typed(combo))
    combo.lineEdit().setToolTip(QCoreApplication.translate(
        "JobCombo", "Tapez une partie du nom ; les accents et les majuscules sont ignorés."))
    return combo


def choose_typed(combo: QComboBox) -> int:
    """Select the item the typed text names (folded equality, else the only match); its row."""
    from domain.text import fold

    typed = fold(combo.lineEdit().text())
    if not typed:
        return -1
    rows = [r for r in range(combo.count()) if fold(combo.itemText(r)) == typed]
    if not rows:
        words = typed.split()
        rows = [r for r in range(combo.count())
                if all(w in fold(combo.itemText(r)) for w in words)]
    if len(rows) == 1 or (rows and fold(combo.itemText(rows[0])) == typed):
        if combo.currentIndex() != rows[0]:
            combo.setCurrentIndex(rows[0])
        combo.lineEdit().setText(combo.itemText(rows[0]))
        return rows[0]
    return -1


def fill_jobs(combo: QComboBox, study: Any) -> None:
    """List the study's jobs (text and data: the name), sorted, none chosen; emits nothing."""
    from domain.text import fold

    blocker = QSignalBlocker(combo)
    combo.clear()
    for job in sorted(study.jobs, key=lambda j: fold(j.name)):
        combo.addItem(job.name, job.name)
    combo.setCurrentIndex(-1)
    blocker.unblock()
