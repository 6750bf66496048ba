"""The Fiche métier's table model: a job's ROME competencies with their impact levels.

Each row is a ``domain.matching.level_book.CompetencyRow``; the « Niveau retenu » column is
editable (the view turns an edit into an undoable command). Headers and cells say what each
code and level is: the ROME code of the competency, the level estimated by the rules, and the
level the bridges, the recomputed score and the reports use.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from domain.matching.level_book import CompetencyRow
from domain.text import fold
from gui.charts import level_label
from gui.job_table_model import CHANGED_LEVEL, SORT_ROLE, TEXT_ON_TINT

Index = QModelIndex | QPersistentModelIndex
EXPORT_ROLE = Qt.ItemDataRole.UserRole + 40  # gui.table_export.EXPORT_ROLE


KIND_LABELS = {
    "savoir_faire": QT_TRANSLATE_NOOP("CompetencyModel", "Savoir-faire"),
    "savoir_etre": QT_TRANSLATE_NOOP("CompetencyModel", "Savoir-être"),
    "savoir": QT_TRANSLATE_NOOP("CompetencyModel", "Savoir"),
}


class CompetencyModel(QAbstractTableModel):
    """The job's ROME competencies; editing a level asks the view (which pushes a command)."""

    level_requested = Signal(str, int)  # item code, new level
    CODE, LABEL, KIND, ESTIMATE, LEVEL = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[CompetencyRow] = []

    def set_rows(self, rows: list[CompetencyRow]) -> None:
        """Same items (a level changed): update in place, so selection and scroll stay."""
        if [r.code for r in rows] == [r.code for r in self.rows] and rows:
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.LEVEL))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Code"), self.tr("Compétence"), self.tr("Nature"),
                    self.tr("Estimation"), self.tr("Niveau retenu"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("Code de la compétence dans le ROME de France Travail"),
                    self.tr("Libellé de la compétence dans le ROME"),
                    self.tr("Savoir-faire, savoir-être ou savoir"),
                    self.tr("Niveau d'impact de l'IA générative estimé par les règles, de 1 "
                            "(négligeable) à 5 (majeur)"),
                    self.tr("Niveau utilisé par les passerelles, le score recalculé et les "
                            "rapports : l'estimation, ou votre correction"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.LEVEL else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            kind = QCoreApplication.translate("CompetencyModel", KIND_LABELS.get(row.kind, row.kind))
            return (row.code, row.label, kind,
                    level_label(row.estimate), level_label(row.level))[column]
        if role == Qt.ItemDataRole.EditRole and column == self.LEVEL:
            return row.level
        if role == SORT_ROLE:
            return (row.code, fold(row.label), row.kind, row.estimate, row.level)[column]
        if role == Qt.ItemDataRole.BackgroundRole and column == self.LEVEL and row.changed:
            return CHANGED_LEVEL
        if role == Qt.ItemDataRole.ForegroundRole and column == self.LEVEL and row.changed:
            return TEXT_ON_TINT
        if role == EXPORT_ROLE:
            return (row.code, row.label, None, row.estimate, row.level)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.CODE:
                return self.tr("Code ROME de « {label} »").format(label=row.label)
            if column in (self.ESTIMATE, self.LABEL):
                from gui.formats import tooltip

                return tooltip(self.tr("Estimation : {reason}").format(reason=row.reason))
            if column == self.LEVEL:
                return self.tr("Double-cliquez (ou F2) pour changer le niveau")
        if role == Qt.ItemDataRole.FontRole and column == self.LEVEL and row.changed:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != self.LEVEL:
            return False
        level = int(value)
        if level != self.rows[index.row()].level:
            self.level_requested.emit(self.rows[index.row()].code, level)
        return True


# The Fiche métier's exposure table (rows built by gui.job_sheet_view, in this order).
QUALIFICATION_ROW_TIPS = (
    QT_TRANSLATE_NOOP("CompetencyModel", "Score d'exposition à l'IA générative, de 0 à 1 (1 : le "
                      "métier le plus exposé des 58)"),
    QT_TRANSLATE_NOOP("CompetencyModel", "Rang d'exposition parmi les 58 métiers (1 : le plus "
                      "exposé) ; les estimations n'ont pas de rang"),
    QT_TRANSLATE_NOOP("CompetencyModel", "Profil d'impact déduit du score et des niveaux"),
    QT_TRANSLATE_NOOP("CompetencyModel", "Nombre de compétences notées"),
    QT_TRANSLATE_NOOP("CompetencyModel", "Nombre de compétences à chaque niveau d'impact, du niveau "
                      "1 (négligeable) au niveau 5 (majeur) : « 7-23-22-16-4 » se lit 7 "
                      "compétences de niveau 1, 23 de niveau 2, 22 de niveau 3, 16 de niveau 4 "
                      "et 4 de niveau 5"),
)
PROFILE_ROW, LEVELS_ROW = 2, 4


def levels_tooltip(text: str) -> str:
    """« 7-23-22-16-4 » read out: « 7 compétences de niveau 1 (Négligeable), … »."""
    parts = text.split("-")
    if len(parts) != 5 or not all(p.isdigit() for p in parts):
        return ""
    lines = [QCoreApplication.translate("CompetencyModel", "{n} au niveau {level}").format(
        n=count, level=level_label(level)) for level, count in enumerate(parts, start=1)]
    return "<br>".join(lines)


def explain_qualification_table(table: Any) -> None:
    """Tooltips for the Fiche métier's exposure table: what each row means, the levels row read
    out, and the whole text of any cell too narrow for it (never a « … » without its text)."""
    for row, tip in enumerate(QUALIFICATION_ROW_TIPS[: table.rowCount()]):
        header = table.verticalHeaderItem(row)
        if header is not None:
            header.setToolTip(QCoreApplication.translate("CompetencyModel", tip))
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None or item.toolTip():
                continue
            if row == LEVELS_ROW:
                item.setToolTip(levels_tooltip(item.text()))
            elif row == PROFILE_ROW or \
                    metrics.horizontalAdvance(item.text()) + 8 > table.columnWidth(column):
                item.setToolTip(item.text())  # profile names are long: often cut
