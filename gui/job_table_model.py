"""Table models of the job views: the 58 jobs (with a filter proxy) and a job's competencies.

The records are built once from the study (:func:`job_records`); switching the qualification
only changes which exposure the columns read, so the view keeps its selection and sort order.
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
)
from PySide6.QtGui import QColor

from domain.text import fold
from gui.charts import format_number, profile_color, profile_label, profile_tint

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
EXPORT_ROLE = Qt.ItemDataRole.UserRole + 40  # gui.table_export.EXPORT_ROLE (start-up: no import)
Index = QModelIndex | QPersistentModelIndex
TEXT_ON_TINT = QColor("#1a1a1a")  # dark text on the pale profile tints, whatever the theme
CHANGED_LEVEL = QColor("#cde6f7")  # pale blue behind a level the user has changed

QUALIFICATION_SHORT: dict[str, str] = {
    "initial": QT_TRANSLATE_NOOP("JobTableModel", "PwC initial"),
    "revised": QT_TRANSLATE_NOOP("JobTableModel", "PwC revu"),
    "experts": QT_TRANSLATE_NOOP("JobTableModel", "Experts métier"),
}


def qualification_short(value: str) -> str:
    return QCoreApplication.translate("JobTableModel", QUALIFICATION_SHORT[value])


def format_score(score: float | None) -> str:
    """Two decimals in the interface language (« 0,38 » in French, as the study prints)."""
    return "—" if score is None else format_number(score)


@dataclass(frozen=True)
class JobRecord:
    """One job with its published exposure in each qualification (keyed by value)."""

    name: str
    family_code: str
    family: str
    core: bool
    exposures: Mapping[str, Any]  # qualification value -> domain.study.Exposure
    aliases: tuple[str, ...] = ()
    headcount: int | None = None

    @property
    def family_label(self) -> str:
        return f"{self.family_code} – {self.family}"

    def search_key(self) -> str:
        return fold(" | ".join((self.name, self.family, *self.aliases)))


def job_records(study: Any, headcounts: Mapping[str, int] | None = None) -> list[JobRecord]:
    from domain.study import Qualification

    counts = headcounts or {}
    return [
        JobRecord(
            name=job.name,
            family_code=job.family_code,
            family=job.family,
            core=job.core,
            exposures={q.value: study.exposure(job, q) for q in Qualification},
            aliases=tuple(job.aliases),
            headcount=counts.get(job.name, counts.get(job.id)),
        )
        for job in study.jobs
    ]


class Column:
    NAME, PROFILE, SCORE, RANK, OTHER_1, OTHER_2, CORE, FAMILY, HEADCOUNT = range(9)
    COUNT = 9


class JobTableModel(QAbstractTableModel):
    """The jobs, with the chosen qualification's profile, score and rank first."""

    def __init__(self, records: Sequence[JobRecord] = (), qualification: str = "experts",
                 parent=None) -> None:
        super().__init__(parent)
        self._records = list(records)
        self._qualification = qualification

    # Content ----------------------------------------------------------------------------
    def set_records(self, records: Sequence[JobRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[JobRecord]:
        return list(self._records)

    def record(self, row: int) -> JobRecord:
        return self._records[row]

    def row_of(self, name: str) -> int:
        for row, record in enumerate(self._records):
            if record.name == name:
                return row
        return -1

    @property
    def qualification(self) -> str:
        return self._qualification

    def set_qualification(self, value: str) -> None:
        if value == self._qualification:
            return
        self._qualification = value
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, Column.COUNT - 1)
        if self._records:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._records) - 1, Column.COUNT - 1))

    def other_qualifications(self) -> list[str]:
        return [q for q in QUALIFICATION_SHORT if q != self._qualification]

    # Qt API -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else Column.COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tooltip(section)
        return None

    def _header_tooltip(self, section: int) -> str | None:
        chosen = qualification_short(self._qualification)
        if section == Column.SCORE:
            return self.tr("Score d'exposition à l'IA générative (0 à 1 ; 1 : le métier le plus "
                           "exposé), qualification « {q} » ; ⚠ : l'étude se contredit "
                           "(survolez le score)").format(q=chosen)
        if section == Column.RANK:
            return self.tr("Rang d'exposition parmi les 58 métiers (1 : le plus exposé), "
                           "qualification « {q} »").format(q=chosen)
        if section == Column.PROFILE:
            return self.tr("Profil d'impact selon l'étude, qualification « {q} »").format(q=chosen)
        if section == Column.CORE:
            return self.tr("Métier cœur de la branche assistance (étudié en détail par l'étude)")
        if section == Column.FAMILY:
            return self.tr("Famille de métiers de l'étude (code et nom)")
        if section in (Column.OTHER_1, Column.OTHER_2):
            return self.tr("Score d'exposition dans une autre qualification de l'étude")
        if section == Column.HEADCOUNT:
            return self.tr("Collaborateurs en poste dans ce métier (registre des collaborateurs)")
        return None

    def _header(self, section: int) -> str:
        others = self.other_qualifications()
        return {
            Column.NAME: self.tr("Métier"),
            Column.FAMILY: self.tr("Famille"),
            Column.CORE: self.tr("Cœur"),
            Column.PROFILE: self.tr("Profil"),
            Column.SCORE: self.tr("Score"),
            Column.RANK: self.tr("Rang"),
            Column.OTHER_1: qualification_short(others[0]),
            Column.OTHER_2: qualification_short(others[1]),
            Column.HEADCOUNT: self.tr("Effectif"),
        }.get(section, "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = index.column()
        exposure = record.exposures[self._qualification]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == SORT_ROLE:
            return self._sort_key(record, column)
        if role == RECORD_ROLE:
            return record
        if role == EXPORT_ROLE:
            return self._export_value(record, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return profile_tint(exposure.profile)
        if role == Qt.ItemDataRole.ForegroundRole:
            return TEXT_ON_TINT
        if role == Qt.ItemDataRole.DecorationRole and column == Column.PROFILE:
            return profile_color(exposure.profile)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (
                Column.NAME, Column.PROFILE, Column.FAMILY):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column)
        return None

    def _score_of(self, record: JobRecord, column: int) -> float:
        if column == Column.SCORE:
            return record.exposures[self._qualification].score
        return record.exposures[self.other_qualifications()[column - Column.OTHER_1]].score

    def _display(self, record: JobRecord, column: int) -> str:
        exposure = record.exposures[self._qualification]
        if column == Column.NAME:
            return record.name
        if column == Column.FAMILY:
            return record.family_label
        if column == Column.CORE:
            return self.tr("Oui") if record.core else ""
        if column == Column.PROFILE:
            return profile_label(exposure.profile)
        if column in (Column.SCORE, Column.OTHER_1, Column.OTHER_2):
            text = format_score(self._score_of(record, column))
            return text + " ⚠" if column == Column.SCORE and exposure.flagged else text
        if column == Column.RANK:
            return str(exposure.rank)
        if column == Column.HEADCOUNT:
            return "" if record.headcount is None else str(record.headcount)
        return ""

    def _export_value(self, record: JobRecord, column: int) -> Any:
        """Scores as numbers, ranks and headcounts as integers, for the Excel export."""
        if column in (Column.SCORE, Column.OTHER_1, Column.OTHER_2):
            from domain.tables.export import Cell

            return Cell(self._score_of(record, column), "0.00")
        if column == Column.RANK:
            return record.exposures[self._qualification].rank
        if column == Column.HEADCOUNT:
            return record.headcount
        return self._display(record, column)

    def _sort_key(self, record: JobRecord, column: int) -> Any:
        exposure = record.exposures[self._qualification]
        if column == Column.NAME:
            return fold(record.name)
        if column == Column.FAMILY:
            return record.family_code + fold(record.name)
        if column == Column.CORE:
            return int(record.core)
        if column == Column.PROFILE:
            return fold(exposure.profile.value)
        if column == Column.SCORE:  # equal scores keep the study's rank order
            return exposure.score - exposure.rank * 1e-6
        if column in (Column.OTHER_1, Column.OTHER_2):
            return self._score_of(record, column)
        if column == Column.RANK:
            return exposure.rank
        if column == Column.HEADCOUNT:
            return -1 if record.headcount is None else record.headcount
        return None

    def _tooltip(self, record: JobRecord, column: int) -> str | None:
        exposure = record.exposures[self._qualification]
        if column == Column.SCORE and exposure.flagged:
            from gui.formats import tooltip

            return tooltip(self.tr("⚠ L'étude se contredit : {reason}").format(
                reason=exposure.flag_reason))
        if column == Column.SCORE:
            return self.tr("Score d'exposition {score} sur 1 (rang {rank} sur 58), qualification "
                           "« {q} »").format(score=format_score(exposure.score), rank=exposure.rank,
                                             q=qualification_short(self._qualification))
        if column == Column.HEADCOUNT and record.headcount is None:
            return self.tr("Effectif inconnu : aucun collaborateur enregistré pour ce métier")
        if column in (Column.NAME, Column.FAMILY):
            return self._display(record, column)
        if column == Column.PROFILE:
            return self.tr("Profil « {p} » en qualification « {q} »").format(
                p=profile_label(exposure.profile), q=qualification_short(self._qualification))
        return None


class JobFilterProxy(QSortFilterProxyModel):
    """Search ignoring case and accents, plus family, profile and core-only filters."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._family: str | None = None
        self._profile: Any = None
        self._core_only = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_text", fold(text)))

    def set_family(self, family_code: str | None) -> None:
        self._refilter(lambda: setattr(self, "_family", family_code or None))

    def set_profile(self, profile: Any) -> None:
        self._refilter(lambda: setattr(self, "_profile", profile))

    def set_core_only(self, core_only: bool) -> None:
        self._refilter(lambda: setattr(self, "_core_only", core_only))

    def _refilter(self, change) -> None:
        """Qt 6.10 replaced invalidateRowsFilter() by begin/endFilterChange()."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # older Qt
            change()
            self.invalidateRowsFilter()

    def visible_records(self) -> list[JobRecord]:
        return [self.data(self.index(row, 0), RECORD_ROLE) for row in range(self.rowCount())]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, JobTableModel):
            return True
        record = model.record(source_row)
        if self._core_only and not record.core:
            return False
        if self._family and record.family_code != self._family:
            return False
        if self._profile is not None and \
                record.exposures[model.qualification].profile != self._profile:
            return False
        return not self._text or all(word in record.search_key()
                                     for word in self._text.split())


def __getattr__(name: str) -> Any:
    """``CompetencyModel`` and ``KIND_LABELS`` moved to :mod:`gui.competency_model`."""
    if name in ("CompetencyModel", "KIND_LABELS"):
        from gui import competency_model

        return getattr(competency_model, name)
    raise AttributeError(name)
