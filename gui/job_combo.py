"""The job choosers: an editable combo box that completes on any part of a name, accents optional.

The Passerelles and Fiche métier views and the person editor pick a study job this way. Typing
« charge d'accueil » finds « Chargé d'accueil d'assistance »: the typed text and every item are
compared once folded (``domain.text.fold``: no case, no accents, straight apostrophes). The
suggestions are ranked (:func:`match_rank`): the job named exactly as typed first (« CHARGE D
ASSISTANCE » → « Chargé d'assistance »), then the names that start with the typed text, then the
others, so Enter (which takes the first suggestion) picks the exact name. Without a typed text
the study's jobs are listed in accent-insensitive alphabetical order everywhere.
"""

from __future__ import annotations

import functools
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

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 7  # the item's text, folded, for matching


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

    def row_text(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> str:
        """The text a row is searched in (subclasses widen it: names, job, matricule…)."""
        text = self.sourceModel().index(row, 0, parent).data(Qt.ItemDataRole.DisplayRole)
        return str(text or "")

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if not self._words:
            return True
        from domain.text import fold

        key = fold(self.row_text(row, parent))
        return all(word in key for word in self._words)


def plain_key(text: str) -> str:
    """« Chargé d’Assistance » → « charge d assistance »: folded, letters and digits only, one
    space between words (so « CHARGE D ASSISTANCE » and « Chargé d'assistance » are equal)."""
    import re

    from domain.text import fold

    return " ".join(re.sub(r"[^0-9a-zœæ]+", " ", fold(text)).split())


def match_rank(name: str, key: str) -> int:
    """How well ``name`` answers the typed ``key`` (already :func:`plain_key`): 0 the same name,
    1 a name starting with it, 2 any other (lower first)."""
    if not key:
        return 0
    plain = plain_key(name)
    return 0 if plain == key else 1 if plain.startswith(key) else 2


class RankedFilter(FoldedFilter):
    """A :class:`FoldedFilter` whose rows are ranked by :func:`match_rank` of the typed text,
    the source's order kept within a rank (alphabetical, or suggestions first)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._key = ""
        self.setDynamicSortFilter(True)
        self.sort(0)

    def set_text(self, text: str) -> None:
        key = plain_key(text)
        super().set_text(text)
        if key != self._key:
            self._key = key
            self.invalidate()  # re-rank the rows kept

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,  # noqa: N802 - Qt override
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        ranks = [match_rank(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), self._key)
                 for index in (left, right)]
        return (ranks[0], left.row()) < (ranks[1], right.row())


class FoldingCompleter(QCompleter):
    """A completer whose popup lists the items matching the typed words (folded), the exact
    name first, then the names starting with the typed text (:class:`RankedFilter`).

    ``source``: a combo box (its items) or any list model (the graph's « Aller au métier »).
    """

    def __init__(self, source: QComboBox | QAbstractItemModel,
                 parent: QWidget | None = None) -> None:
        combo = isinstance(source, QComboBox)
        super().__init__(source if combo else parent)
        self.filter = RankedFilter(self)
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

    Fill it with :func:`add_item` (or :func:`fill_jobs`) so that each item has its folded text.
    """
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMinimumContentsLength(width)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setCompleter(FoldingCompleter(combo))
    combo.lineEdit().returnPressed.connect(lambda: choose_typed(combo))
    combo.lineEdit().setToolTip(QCoreApplication.translate(
        "JobCombo", "Tapez une partie du nom ; les accents et les majuscules sont ignorés."))
    return combo


def add_item(combo: QComboBox, text: str, data: Any = None) -> None:
    """Add an item with its folded text, so that typing without accents finds it."""
    from domain.text import fold

    combo.addItem(text, data)
    combo.setItemData(combo.count() - 1, fold(text), FOLDED_ROLE)


def matching_index(combo: QComboBox, text: str) -> int:
    """The item that best matches ``text`` once folded, or -1.

    In this order: the item named ``text``; the first whose name starts with it; the first that
    contains it as typed (« charge d assist » → « Chargé d'assistance », not « Chargé d'accueil
    d'assistance »); the first that contains every typed word.
    """
    plain = plain_key
    key = plain(text)
    if not key:
        return -1
    words = key.split()
    found = {"prefix": -1, "inside": -1, "words": -1}
    for index in range(combo.count()):
        folded = plain(combo.itemText(index))
        if folded == key:
            return index
        for rank, hit in (("prefix", folded.startswith(key)), ("inside", key in folded),
                          ("words", all(word in folded for word in words))):
            if hit and found[rank] < 0:
                found[rank] = index
    return next((index for index in found.values() if index >= 0), -1)


@functools.lru_cache(maxsize=1)
def _job_matcher() -> Any:
    """The roster import's matcher of job titles (feminine and « (e) » forms, titles without
    articles, ROME appellations), built once (about 50 ms)."""
    from domain.people.roster_jobs import JobMatcher

    return JobMatcher()


def _title_match(combo: QComboBox, text: str) -> int:
    """The item the roster import would read ``text`` as (« chargée de réclamations »), or -1."""
    from domain.errors import UserError

    try:
        name = _job_matcher().match(text)
    except UserError:
        return -1
    return combo.findText(name, Qt.MatchFlag.MatchFixedString) if name else -1


def choose_typed(combo: QComboBox) -> None:
    """Enter in the text: make the matching item current (emits the usual signals).

    A text that matches no item never stays in the box beside another item's data: the box
    shows its current item again, and a tooltip says nothing matched.
    """
    text = combo.currentText()
    if combo.findText(text, Qt.MatchFlag.MatchFixedString) >= 0:
        return  # an exact name: QComboBox itself made it current
    index = matching_index(combo, text)
    if index < 0:
        index = _title_match(combo, text)
    if index < 0:
        from PySide6.QtWidgets import QToolTip

        combo.setEditText(combo.itemText(combo.currentIndex()) if combo.currentIndex() >= 0
                          else "")
        edit = combo.lineEdit()
        QToolTip.showText(edit.mapToGlobal(edit.rect().bottomLeft()), QCoreApplication.translate(
            "JobCombo", "Aucun métier ne correspond à « {text} » : tapez une partie de son nom "
            "(accents et majuscules indifférents).").format(text=text), edit)
        return
    combo.setCurrentIndex(index)
    combo.setEditText(combo.itemText(index))
    combo.activated.emit(index)


def fill_jobs(combo: QComboBox, study: Any) -> None:
    """List the study's jobs (text and data: the name), sorted, none chosen; emits nothing."""
    from domain.text import fold

    blocker = QSignalBlocker(combo)
    combo.clear()
    for job in sorted(study.jobs, key=lambda j: fold(j.name)):
        add_item(combo, job.name, job.name)
    combo.setCurrentIndex(-1)
    blocker.unblock()
