"""The Fiche métier's competency table: every item of the job's ROME sheets, retained or not.

A job's profile (« compétences retenues », ``domain.matching.job_profiles``) keeps the items of
its sheets that apply in the assistance context; bridges, coverage and training plans only use
those. The table lists the retained items first (the profile's order), then the other items of
the sheets, so that the user can retain one; each row also carries the item's generative-AI
impact level (the rules' estimate and the level in use), editable as in the study's
requalification workshops. Ticking the « Retenue » box or choosing a level only *asks*
(signals); the view turns the request into an undoable command that the store performs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from gui.charts import level_label

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CHANGED = QColor("#ffe7a8")  # a level or a retention the user changed
TEXT_ON_TINT = QColor("#1a1a1a")
LEFT_OUT = QColor("#8a8a8a")  # items of the sheets the profile does not retain

KIND_LABELS = {
    "savoir_faire": QT_TRANSLATE_NOOP("JobProfileModel", "Savoir-faire"),
    "savoir_etre": QT_TRANSLATE_NOOP("JobProfileModel", "Savoir-être"),
    "savoir": QT_TRANSLATE_NOOP("JobProfileModel", "Savoir"),
}
KIND_ORDER = {"savoir_faire": 0, "savoir_etre": 1, "savoir": 2}
LEVEL_SCALE = QT_TRANSLATE_NOOP(
    "JobProfileModel", "Niveau d'impact de l'IA générative sur la compétence : 1 négligeable, "
    "2 léger, 3 modéré, 4 important, 5 majeur.")


@dataclass(frozen=True)
class ProfileRow:
    """One item of the job's sheets, with its place in the profile and its impact level."""

    code: str
    label: str
    kind: str
    core: bool
    sheet: str  # the ROME sheet it comes from (the first where it is core)
    retained: bool  # in the job's profile now
    shipped: bool  # in the profile shipped in data/job_profiles.csv
    reason: str  # why the profile retains it ("" for an item left out)
    estimate: int | None  # the rules' level 1–5 (None: a diploma, not rated)
    estimate_reason: str
    level: int | None  # the level in use: the user's, else the estimate

    @property
    def level_changed(self) -> bool:
        return self.level != self.estimate

    @property
    def retention_changed(self) -> bool:
        return self.retained != self.shipped


def profile_rows(release: Any, profile: Any, shipped: Sequence[str],
                 estimates: Mapping[str, tuple[int, str]],
                 levels: Mapping[tuple[str, str], int]) -> list[ProfileRow]:
    """Rows for ``profile`` (``JobProfile``): retained items first, then the sheets' others.

    ``shipped``: item codes of the shipped profile; ``estimates``: {code: (level, reason)} of
    the rated items (``LevelBook``); ``levels``: the user's levels {(job, code): 1–5}.
    """
    from domain.matching.job_profiles import sheet_flags
    from domain.text import fold

    job, shipped_codes = profile.job, set(shipped)
    flags = sheet_flags(release, profile.sheets)

    def level_of(code: str) -> tuple[int | None, str, int | None]:
        estimate, why = estimates.get(code, (None, ""))
        return estimate, why, levels.get((job, code), estimate)

    rows = []
    for item in profile.retained:
        estimate, why, level = level_of(item.code)
        rows.append(ProfileRow(item.code, item.label, item.kind, item.core, item.sheet, True,
                               item.code in shipped_codes, item.reason, estimate, why, level))
    kept = {item.code for item in profile.retained}
    others = []
    for code, on_sheets in flags.items():
        item = release.items.get(code)
        if code in kept or item is None:
            continue
        core_sheets = [sheet for sheet, core in on_sheets.items() if core]
        estimate, why, level = level_of(code)
        others.append(ProfileRow(code, item.label, item.kind, bool(core_sheets),
                                 (core_sheets or list(on_sheets))[0], False, code in shipped_codes,
                                 "", estimate, why, level))
    others.sort(key=lambda r: (KIND_ORDER.get(r.kind, 3), not r.core, fold(r.label)))
    return rows + others


class JobProfileModel(QAbstractTableModel):
    """The rows of :func:`profile_rows`; the « Retenue » box and the level are editable."""

    retain_requested = Signal(str, bool)  # item code, retained
    level_requested = Signal(str, int)  # item code, new level
    RETAINED, CODE, LABEL, KIND, CORE, SHEET, ESTIMATE, LEVEL = range(8)
    headers = (
        QT_TRANSLATE_NOOP("JobProfileModel", "Retenue"),
        QT_TRANSLATE_NOOP("JobProfileModel", "Code"),
        QT_TRANSLATE_NOOP("JobProfileModel", "Compétence"),
        QT_TRANSLATE_NOOP("JobProfileModel", "Nature"),
        QT_TRANSLATE_NOOP("JobProfileModel", "Clé"),
        QT_TRANSLATE_NOOP("JobProfileModel", "Fiche"),
        QT_TRANSLATE_NOOP("JobProfileModel", "Estimation"),
        QT_TRANSLATE_NOOP("JobProfileModel", "Niveau retenu"),
    )
    header_tips = (
        QT_TRANSLATE_NOOP("JobProfileModel", "Cochée : la compétence fait partie du profil du "
                          "métier (« compétences retenues »). Les passerelles, la couverture et "
                          "les plans de formation n'utilisent que celles-ci. Cochez ou décochez "
                          "pour la retenir ou l'écarter (Ctrl+Z annule)."),
        QT_TRANSLATE_NOOP("JobProfileModel", "Code de la compétence dans le ROME (France "
                          "Travail) ; survolez-le pour son libellé."),
        QT_TRANSLATE_NOOP("JobProfileModel", "Libellé de la compétence dans le ROME."),
        QT_TRANSLATE_NOOP("JobProfileModel", "Savoir-faire, savoir-être ou savoir."),
        QT_TRANSLATE_NOOP("JobProfileModel", "Compétence clé (cœur de métier) : principale ou "
                          "émergente sur la fiche ROME. La couverture d'une passerelle se "
                          "mesure sur les compétences clés du métier visé."),
        QT_TRANSLATE_NOOP("JobProfileModel", "Fiche ROME d'où vient la compétence ; survolez "
                          "le code pour l'intitulé de la fiche."),
        QT_TRANSLATE_NOOP("JobProfileModel", "Niveau d'impact de l'IA générative estimé par les "
                          "règles de Passerelles, de 1 (négligeable) à 5 (majeur)."),
        QT_TRANSLATE_NOOP("JobProfileModel", "Niveau utilisé : le vôtre s'il a été changé "
                          "(surligné), sinon l'estimation. Double-cliquez (ou F2) pour le "
                          "changer."),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ProfileRow] = []
        self.sheet_labels: dict[str, str] = {}  # ROME sheet code -> its title

    def set_rows(self, rows: list[ProfileRow], sheet_labels: Mapping[str, str]) -> None:
        """Same items in the same order: update in place, so selection and scroll stay."""
        self.sheet_labels = dict(sheet_labels)
        if rows and [r.code for r in rows] == [r.code for r in self.rows]:
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.LEVEL))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, code: str) -> int:
        return next((n for n, row in enumerate(self.rows) if row.code == code), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.headers[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(self.header_tips[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == self.RETAINED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.LEVEL and self.rows[index.row()].level is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.RETAINED:
            return Qt.CheckState.Checked if row.retained else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole and column == self.LEVEL:
            return row.level
        if role == SORT_ROLE:
            return self._sort_key(row, index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and self._changed(row, column):
            return CHANGED
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._changed(row, column):
                return TEXT_ON_TINT
            return None if row.retained else LEFT_OUT
        if role == Qt.ItemDataRole.FontRole and (self._changed(row, column)
                                                 or (column == self.LABEL and row.core
                                                     and row.retained)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.CORE, self.ESTIMATE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: ProfileRow, column: int) -> str:
        if column == self.KIND:
            return QCoreApplication.translate("JobProfileModel", KIND_LABELS.get(row.kind, row.kind))
        if column == self.CORE:
            return self.tr("clé") if row.core else ""
        if column == self.ESTIMATE:  # the digit; its meaning is in the tooltip
            return str(row.estimate) if row.estimate else "—"
        if column == self.LEVEL:
            return level_label(row.level) if row.level else self.tr("non noté")
        return {self.RETAINED: "", self.CODE: row.code, self.LABEL: row.label,
                self.SHEET: row.sheet}[column]

    def _sort_key(self, row: ProfileRow, position: int, column: int) -> Any:
        return (
            (not row.retained, position), row.code, row.label.casefold(), KIND_ORDER.get(row.kind),
            (not row.core, position), row.sheet, row.estimate or 0, row.level or 0,
        )[column]

    def _changed(self, row: ProfileRow, column: int) -> bool:
        return ((column == self.LEVEL and row.level_changed)
                or (column == self.RETAINED and row.retention_changed))

    def _tooltip(self, row: ProfileRow, column: int) -> str:
        if column == self.RETAINED:
            return self._retention_tip(row)
        if column == self.CODE:
            return self.tr("Compétence ROME {code} : {label}").format(code=row.code, label=row.label)
        if column == self.SHEET:
            title = self.sheet_labels.get(row.sheet, "")
            return self.tr("Fiche ROME {code} : {title}").format(code=row.sheet, title=title)
        if column == self.CORE:
            return self.tr(self.header_tips[self.CORE])
        if column in (self.ESTIMATE, self.LABEL):
            if row.estimate is None:
                return self.tr("Diplôme ou habilitation : pas de niveau d'impact.")
            return self.tr("Estimation {level} : {reason}").format(
                level=level_label(row.estimate), reason=row.estimate_reason)
        if column == self.LEVEL:
            scale = self.tr(LEVEL_SCALE)
            if row.level is None:
                return scale
            return scale + " " + self.tr("Double-cliquez (ou F2) pour changer le niveau.")
        return ""

    def _retention_tip(self, row: ProfileRow) -> str:
        if row.retained and row.shipped:
            return self.tr("Retenue : {reason}").format(reason=row.reason)
        if row.retained:
            return self.tr("Retenue par vous (absente du profil livré).")
        if row.shipped:
            return self.tr("Écartée par vous (le profil livré la retient).")
        return self.tr("Non retenue : cette compétence de la fiche ne s'applique pas au métier "
                       "dans l'assistance. Cochez pour la retenir.")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.RETAINED:
            wanted = Qt.CheckState(value) == Qt.CheckState.Checked
            if wanted != row.retained:
                self.retain_requested.emit(row.code, wanted)
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == self.LEVEL:
            level = int(value)
            if level != row.level:
                self.level_requested.emit(row.code, level)
            return True
        return False


class ProfileFilter(QSortFilterProxyModel):
    """Sorts on :data:`SORT_ROLE`; shows only the retained items unless asked for all."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.show_all = False

    def set_show_all(self, show_all: bool) -> None:
        """Qt 6.10 replaced invalidateRowsFilter() by begin/endFilterChange()."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.show_all = show_all
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # older Qt
            self.show_all = show_all
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        return self.show_all or not isinstance(model, JobProfileModel) or \
            model.rows[source_row].retained
