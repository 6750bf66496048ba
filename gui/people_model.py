"""Table models of the Collaborateurs view: the people, a roster's preview and its errors.

Models wrap the domain's records (``Employee``, ``RosterRow``, ``RosterProblem``) and only
format them; searching folds case and accents with ``domain.text.fold`` like every other
name matching in the application.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from domain.text import fold
from gui.job_combo import FoldedFilter
from gui.record_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
EXPORT_ROLE = Qt.ItemDataRole.UserRole + 40  # gui.table_export.EXPORT_ROLE (not imported: start-up)
ERROR_TINT = QColor("#fde2e1")


def french_date(value: date | None) -> str:
    """JJ/MM/AAAA, as everywhere in the window (``gui.formats.short_date``)."""
    return value.strftime("%d/%m/%Y") if value else ""


class _Records(RecordTableModel):
    """Read-only rows of records; subclasses say what each column shows."""

    def cell(self, record: Any, column: int) -> Any:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.cell(record, index.column())
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return self.sort_key(record, index.column())
        if role == EXPORT_ROLE:
            return self.export_value(record, index.column())
        return self.extra(record, index.column(), role)

    def export_value(self, record: Any, column: int) -> Any:
        """The typed value written to Excel (None: the shown text)."""
        return None

    def sort_key(self, record: Any, column: int) -> Any:
        value = self.cell(record, column)
        return fold(value) if isinstance(value, str) else value

    def extra(self, record: Any, column: int, role: int) -> Any:
        return None


class PeopleModel(_Records):
    """Everyone in the store, with the bridge chosen for them when there is one."""

    ID, LAST, FIRST, JOB, ENTRY, EXIT, BRIDGE = range(7)
    headers = (
        QT_TRANSLATE_NOOP("PeopleModel", "Matricule"),
        QT_TRANSLATE_NOOP("PeopleModel", "Nom"),
        QT_TRANSLATE_NOOP("PeopleModel", "Prénom"),
        QT_TRANSLATE_NOOP("PeopleModel", "Métier"),
        QT_TRANSLATE_NOOP("PeopleModel", "Entrée"),
        QT_TRANSLATE_NOOP("PeopleModel", "Sortie"),
        QT_TRANSLATE_NOOP("PeopleModel", "Passerelle choisie"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.chosen: dict[str, str] = {}

    def set_people(self, people: Sequence[Any], chosen: Mapping[str, str]) -> None:
        self.chosen = dict(chosen)
        self.set_rows(people)

    def row_of(self, employee_id: str) -> int:
        return next((r for r, p in enumerate(self._rows) if p.id == employee_id), -1)

    def cell(self, person: Any, column: int) -> Any:
        return {
            self.ID: person.id, self.LAST: person.last_name, self.FIRST: person.first_name,
            self.JOB: person.job, self.ENTRY: french_date(person.entry_date),
            self.EXIT: french_date(person.exit_date), self.BRIDGE: self.chosen.get(person.id, ""),
        }[column]

    def sort_key(self, person: Any, column: int) -> Any:
        if column == self.ENTRY:
            return (person.entry_date or date.min).isoformat()
        if column == self.EXIT:
            return (person.exit_date or date.max).isoformat()
        return super().sort_key(person, column)

    def export_value(self, person: Any, column: int) -> Any:
        if column == self.ENTRY:
            return person.entry_date
        if column == self.EXIT:
            return person.exit_date
        return str(self.cell(person, column))  # matricules keep their leading zeros

    def extra(self, person: Any, column: int, role: int) -> Any:
        departed = person.exit_date is not None and person.exit_date < date.today()
        if role == Qt.ItemDataRole.ForegroundRole and departed:
            return QColor("#8a8a8a")
        return None


class PeopleFilter(FoldedFilter):
    """Rows whose matricule, names, job or chosen bridge contain every typed word."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def row_text(self, row: int, parent: Index) -> str:
        model: PeopleModel = self.sourceModel()  # type: ignore[assignment]
        person = model.row(row)
        return " ".join((person.id, person.last_name, person.first_name, person.job,
                         model.chosen.get(person.id, "")))


class PreviewModel(_Records):
    """The lines a roster import would save, with what saving would do to each person."""

    LINE, ID, LAST, FIRST, JOB, ENTRY, EXIT, EFFECT = range(8)
    headers = (
        QT_TRANSLATE_NOOP("PreviewModel", "Ligne"),
        QT_TRANSLATE_NOOP("PreviewModel", "Matricule"),
        QT_TRANSLATE_NOOP("PreviewModel", "Nom"),
        QT_TRANSLATE_NOOP("PreviewModel", "Prénom"),
        QT_TRANSLATE_NOOP("PreviewModel", "Métier"),
        QT_TRANSLATE_NOOP("PreviewModel", "Entrée"),
        QT_TRANSLATE_NOOP("PreviewModel", "Sortie"),
        QT_TRANSLATE_NOOP("PreviewModel", "Effet"),
    )
    EFFECTS = {
        "created": QT_TRANSLATE_NOOP("PreviewModel", "nouvelle personne"),
        "updated": QT_TRANSLATE_NOOP("PreviewModel", "mise à jour"),
        "unchanged": QT_TRANSLATE_NOOP("PreviewModel", "inchangée"),
    }

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.effects: dict[str, str] = {}

    def set_preview(self, rows: Sequence[Any], effects: Mapping[str, str]) -> None:
        self.effects = dict(effects)
        self.set_rows(rows)

    def cell(self, row: Any, column: int) -> Any:
        person = row.employee
        effect = self.effects.get(person.id)
        return {
            self.LINE: row.line, self.ID: person.id, self.LAST: person.last_name,
            self.FIRST: person.first_name, self.JOB: person.job,
            self.ENTRY: french_date(person.entry_date), self.EXIT: french_date(person.exit_date),
            self.EFFECT: self.tr(self.EFFECTS[effect]) if effect else "",
        }[column]


class ProblemsModel(_Records):
    """Every reason the roster is refused, line by line, in the file's own words."""

    LINE, COLUMN, MESSAGE = range(3)
    headers = (
        QT_TRANSLATE_NOOP("ProblemsModel", "Ligne"),
        QT_TRANSLATE_NOOP("ProblemsModel", "Colonne"),
        QT_TRANSLATE_NOOP("ProblemsModel", "Problème"),
    )

    def cell(self, problem: Any, column: int) -> Any:
        return {self.LINE: problem.line or "", self.COLUMN: problem.column or "",
                self.MESSAGE: problem.message}[column]

    def extra(self, problem: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_TINT
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#1a1a1a")
        return None
