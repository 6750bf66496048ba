"""Editing a job in the Fiche métier: the level picker and the undo steps of every change.

Three kinds of change, each an undoable ``QUndoCommand``: an item's impact level
(``domain.matching.competency_levels.set_competency_level``), retaining or dropping an item of
the job's profile (``domain.matching.profile_edits.retain_competency`` / ``drop_competency``)
and going back to the shipped profile (``reset_job_profile``). The commands never write
themselves: they ask the view to hand the change to the store's one writer, and the view
refreshes when ``AppContext.overrides_changed`` / ``profiles_changed`` says it was stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from gui.charts import level_label

if TYPE_CHECKING:
    from gui.job_sheet_view import JobSheetView


class LevelDelegate(QStyledItemDelegate):
    """A combo box of the five impact levels; the choice is committed as soon as it is made."""

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        for level in range(1, 6):
            combo.addItem(level_label(level), level)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setCurrentIndex(int(index.data(Qt.ItemDataRole.EditRole)) - 1)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _commit(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)


class SetLevelCommand(QUndoCommand):
    """Change (or clear, with ``None``) the user's level of one competency of one job."""

    def __init__(self, view: JobSheetView, job: str, item_code: str, label: str,
                 before: int | None, after: int | None) -> None:
        super().__init__()
        self.view, self.job, self.item_code = view, job, item_code
        self.before, self.after = before, after
        shown = (QCoreApplication.translate("JobSheetView", "niveau estimé") if after is None
                 else level_label(after))
        self.setText(QCoreApplication.translate("JobSheetView", "niveau de « {item} » : {level}")
                     .format(item=label, level=shown))

    def redo(self) -> None:
        self.view.apply_override(self.job, self.item_code, self.after)

    def undo(self) -> None:
        self.view.apply_override(self.job, self.item_code, self.before)


class SetRetainedCommand(QUndoCommand):
    """Retain an item of the job's sheets in its profile, or drop it (undo does the reverse)."""

    def __init__(self, view: JobSheetView, job: str, item_code: str, label: str,
                 retained: bool) -> None:
        super().__init__()
        self.view, self.job, self.item_code, self.retained = view, job, item_code, retained
        text = (QCoreApplication.translate("JobSheetView", "retenir « {item} »") if retained
                else QCoreApplication.translate("JobSheetView", "écarter « {item} »"))
        self.setText(text.format(item=label))

    def redo(self) -> None:
        self.view.apply_retention(self.job, [(self.item_code, self.retained)])

    def undo(self) -> None:
        self.view.apply_retention(self.job, [(self.item_code, not self.retained)])


class ResetProfileCommand(QUndoCommand):
    """Back to the shipped profile; undo puts the user's retain / drop changes back."""

    def __init__(self, view: JobSheetView, job: str,
                 changes: Sequence[tuple[str, bool]]) -> None:
        super().__init__()
        self.view, self.job, self.changes = view, job, list(changes)
        self.setText(QCoreApplication.translate("JobSheetView", "revenir au profil livré de "
                                                "« {job} »").format(job=job))

    def redo(self) -> None:
        self.view.apply_profile_reset(self.job)

    def undo(self) -> None:
        self.view.apply_retention(self.job, self.changes)
