"""Table models of the Passerelles view: ranked bridges, plan inputs and the plan's moves.

Each model wraps a list of the domain's own records (``Bridge``, ``Move``) or plain numbers
typed by the user; nothing is computed here beyond formatting.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from gui.charts import profile_color, profile_label, profile_tint
from gui.graph_items import number
from gui.record_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_ON_TINT = "#1a1a1a"


def percent(value: float) -> str:
    return f"{round(100 * value)} %"


def via_text(path: Sequence[str]) -> str:
    return " → ".join(path[1:-1]) if len(path) > 2 else "—"


BRIDGE_KINDS = (  # domain.matching.bridges.CLOSE and EVOLUTION, marked for the translation catalogue
    QT_TRANSLATE_NOOP("BridgeKind", "mobilité proche"),
    QT_TRANSLATE_NOOP("BridgeKind", "mobilité d'évolution"),
)


def kind_label(kind: str) -> str:
    """A bridge's kind (a French value of ``domain.matching.bridges``) in the interface's language."""
    return QCoreApplication.translate("BridgeKind", kind)


class _Table(RecordTableModel):
    """Read-only rows of records; subclasses say what each column shows."""

    numbered_rows = True


class BridgesModel(_Table):
    """The ranked bridges from one job or person, best first, tinted by the target's profile.

    Coverage (share of the target's key competencies already held) comes first, as in the
    report; :data:`SORT_ROLE` gives numbers for a numeric sort; every header's tooltip is the
    domain's description of its field (``domain.matching.bridge_fields``).
    """

    (RANK, TARGET, COVERAGE, KIND, PROMOTION, VIA, GAPS, SIMILARITY, EXPOSURE, SCORE,
     ROME) = range(11)
    headers = (
        QT_TRANSLATE_NOOP("BridgesModel", "Rang"),
        QT_TRANSLATE_NOOP("BridgesModel", "Métier cible"),
        QT_TRANSLATE_NOOP("BridgesModel", "Couverture"),
        QT_TRANSLATE_NOOP("BridgesModel", "Type de mobilité"),
        QT_TRANSLATE_NOOP("BridgesModel", "Promotion"),
        QT_TRANSLATE_NOOP("BridgesModel", "Via"),
        QT_TRANSLATE_NOOP("BridgesModel", "À acquérir"),
        QT_TRANSLATE_NOOP("BridgesModel", "Similarité"),
        QT_TRANSLATE_NOOP("BridgesModel", "Exposition cible"),
        QT_TRANSLATE_NOOP("BridgesModel", "Score"),
        QT_TRANSLATE_NOOP("BridgesModel", "France Travail"),
    )
    NUMBERS = (RANK, COVERAGE, GAPS, SIMILARITY, EXPOSURE, SCORE)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == self.RANK:
                return self.tr("Place de la passerelle dans le classement (colonne « Score ») ; "
                               "cliquez un titre de colonne pour trier autrement.")
            from gui.bridge_help import column_tip

            return column_tip(self.headers[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and section in (self.EXPOSURE, self.ROME, self.GAPS):
            return self.tr(self.headers[section]).replace(" ", "\n", 1)  # narrow columns
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        bridge = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(bridge, index.row(), column)
        if role == SORT_ROLE:
            return self._sort_value(bridge, index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(bridge, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return profile_tint(bridge.classification)
        if role == Qt.ItemDataRole.ForegroundRole:
            from PySide6.QtGui import QColor

            return QColor(TEXT_ON_TINT)
        if role == Qt.ItemDataRole.FontRole and column == self.COVERAGE:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == self.TARGET:
            return profile_color(bridge.classification)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (
                self.TARGET, self.KIND, self.VIA):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, bridge: Any, row: int, column: int) -> str:
        return {
            self.RANK: str(row + 1),
            self.TARGET: bridge.target,
            self.COVERAGE: percent(bridge.coverage),
            self.KIND: kind_label(bridge.kind),
            self.PROMOTION: self.tr("promotion") if bridge.promotion else "",
            self.VIA: via_text(bridge.path),
            self.GAPS: str(bridge.gap_count),
            self.SIMILARITY: number(bridge.similarity),
            self.EXPOSURE: number(bridge.exposure),
            self.SCORE: number(bridge.score),
            self.ROME: self.tr("oui") if bridge.rome_link else "",
        }[column]

    def _sort_value(self, bridge: Any, row: int, column: int) -> Any:
        if column in (self.TARGET, self.KIND, self.VIA):
            from domain.text import fold

            return fold(self._display(bridge, row, column))
        return {
            self.RANK: row, self.COVERAGE: bridge.coverage, self.PROMOTION: int(bridge.promotion),
            self.GAPS: bridge.gap_count, self.SIMILARITY: bridge.similarity,
            self.EXPOSURE: -1.0 if bridge.exposure is None else bridge.exposure,
            self.SCORE: bridge.score, self.ROME: int(bridge.rome_link),
        }[column]

    def _tooltip(self, bridge: Any, column: int) -> str:
        if column == self.COVERAGE:
            return self.tr("{held} des {total} compétences clés de « {job} » déjà détenues "
                           "telles quelles ; {share} de toutes ses compétences.").format(
                held=bridge.core_held, total=bridge.core_total, job=bridge.target,
                share=percent(bridge.overall_coverage))
        if column == self.GAPS:
            from gui.formats import plural

            return self.tr("{gaps}, dont {k} en priorité.").format(
                gaps=plural(bridge.gap_count, self.tr("{n} compétence à acquérir"),
                            self.tr("{n} compétences à acquérir")), k=len(bridge.key_gaps))
        if column == self.VIA and len(bridge.steps) > 1:
            return " ; ".join(f"{step.source} → {step.target} ({number(step.similarity)})"
                              for step in bridge.steps)
        return bridge.explanation

class PlanInputModel(QAbstractTableModel):
    """Every job with its headcount to move and the places it offers; the user types both."""

    JOB, PROFILE, ROLE, HEADCOUNT, CAPACITY = range(5)
    headers = (
        QT_TRANSLATE_NOOP("PlanInputModel", "Métier"),
        QT_TRANSLATE_NOOP("PlanInputModel", "Profil"),
        QT_TRANSLATE_NOOP("PlanInputModel", "Rôle"),
        QT_TRANSLATE_NOOP("PlanInputModel", "Effectif exposé"),
        QT_TRANSLATE_NOOP("PlanInputModel", "Places d'accueil"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._jobs: list[tuple[str, str]] = []  # (name, profile)
        self._targets: set[str] = set()
        self.headcount: dict[str, int] = {}
        self.capacity: dict[str, int] = {}

    def set_jobs(self, jobs: Sequence[tuple[str, str]], targets: set[str]) -> None:
        self.beginResetModel()
        self._jobs = list(jobs)
        self._targets = set(targets)
        self.endResetModel()

    def set_targets(self, targets: set[str]) -> None:
        self._targets = set(targets)
        self._changed_all()

    def set_values(self, headcount: Mapping[str, int], capacity: Mapping[str, int]) -> None:
        self.headcount = {k: v for k, v in headcount.items() if v}
        self.capacity = {k: v for k, v in capacity.items() if v}
        self._changed_all()

    def _changed_all(self) -> None:
        if self._jobs:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._jobs) - 1, 4))

    def job(self, row: int) -> str:
        return self._jobs[row][0]

    def is_target(self, job: str) -> bool:
        return job in self._targets

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.headers[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == self.HEADCOUNT:
                return self.tr("Personnes à accompagner vers une passerelle (métiers exposés)")
            if section == self.CAPACITY:
                return self.tr("Postes ouverts aux personnes venant d'autres métiers (cibles)")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in (self.HEADCOUNT, self.CAPACITY):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name, profile = self._jobs[index.row()]
        column = index.column()
        target = name in self._targets
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.JOB:
                return name
            if column == self.PROFILE:
                return profile_label(profile)
            if column == self.ROLE:
                return self.tr("cible") if target else self.tr("exposé")
            values = self.headcount if column == self.HEADCOUNT else self.capacity
            value = values.get(name, 0)
            return value if role == Qt.ItemDataRole.EditRole or value else ""
        if role == Qt.ItemDataRole.DecorationRole and column == self.PROFILE:
            return profile_color(profile)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.JOB, self.PROFILE):
            return f"{name} — {profile_label(profile)}"
        if role == Qt.ItemDataRole.ForegroundRole and self._irrelevant(target, column):
            from PySide6.QtGui import QColor

            return QColor("#9a9a9a")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.HEADCOUNT,
                                                                    self.CAPACITY):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _irrelevant(self, target: bool, column: int) -> bool:
        return (column == self.HEADCOUNT and target) or (column == self.CAPACITY and not target)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() not in (self.HEADCOUNT,
                                                                       self.CAPACITY):
            return False
        try:
            count = int(value)
        except (TypeError, ValueError):
            return False
        if count < 0:
            return False
        values = self.headcount if index.column() == self.HEADCOUNT else self.capacity
        name = self._jobs[index.row()][0]
        if count:
            values[name] = count
        else:
            values.pop(name, None)
        self.dataChanged.emit(index, index)
        return True


class MovesModel(_Table):
    """The plan's flows: how many people from which job to which job, along which bridge."""

    SOURCE, TARGET, PEOPLE, VIA, KIND, SCORE = range(6)
    headers = (
        QT_TRANSLATE_NOOP("MovesModel", "Depuis"),
        QT_TRANSLATE_NOOP("MovesModel", "Vers"),
        QT_TRANSLATE_NOOP("MovesModel", "Personnes"),
        QT_TRANSLATE_NOOP("MovesModel", "Via"),
        QT_TRANSLATE_NOOP("MovesModel", "Type de mobilité"),
        QT_TRANSLATE_NOOP("MovesModel", "Score"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        move = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.SOURCE: move.source, self.TARGET: move.target, self.PEOPLE: str(move.people),
                self.VIA: via_text(move.path), self.KIND: kind_label(move.kind),
                self.SCORE: number(move.score),
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PEOPLE, self.SCORE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
