"""« Versions du ROME »: the releases imported into the store, oldest first (issue 12).

The same history as ``python main.py rome-status --json`` (``domain.rome.repository``): for each
import, its version, date, source, sheet count and how many rows of the job mapping were
followed to another sheet or lost; the one in service is marked. Going back to an earlier
release is importing its files again: the dialog offers to do so from the recorded source
when it is still there, through the usual import dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.app_context import AppContext
from gui.record_model import RecordTableModel


class ReleasesModel(RecordTableModel):
    """The imports (``ReleaseRecord``), oldest first; the one in service in bold."""

    VERSION, DATE, SHEETS, FOLLOWED, LOST, SOURCE = range(6)
    headers = (
        QT_TRANSLATE_NOOP("ReleasesModel", "Version"),
        QT_TRANSLATE_NOOP("ReleasesModel", "Importée le"),
        QT_TRANSLATE_NOOP("ReleasesModel", "Fiches"),
        QT_TRANSLATE_NOOP("ReleasesModel", "Rattachements suivis"),
        QT_TRANSLATE_NOOP("ReleasesModel", "Rattachements perdus"),
        QT_TRANSLATE_NOOP("ReleasesModel", "Source"),
    )

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        if role == Qt.ItemDataRole.FontRole and record.current:
            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == self.VERSION:
            return self.tr("{v} (en service)").format(v=record.version) if record.current \
                else record.version
        if column == self.DATE:
            return _local_time(record.imported_at)
        if column == self.SHEETS:
            return str(record.counts["sheets"]) if record.counts else ""
        if column == self.FOLLOWED:
            return "" if record.followed is None else str(record.followed)
        if column == self.LOST:
            return "" if record.lost is None else str(record.lost)
        return record.source


class RomeVersionsDialog(QDialog):
    """The imported releases; import one again (to go back to it) or another one."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Versions du ROME"))
        self.resize(900, 420)
        self.model = ReleasesModel(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.buttons = QDialogButtonBox(self)
        self.again_button = self.buttons.addButton(
            self.tr("Revenir à cette version…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.again_button.setToolTip(self.tr("Importe de nouveau les fichiers de la version "
                                             "choisie, depuis leur emplacement d'origine"))
        self.again_button.clicked.connect(self.import_selected)
        self.import_button = self.buttons.addButton(
            self.tr("Importer une autre version…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(lambda: self._import(None))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.context.release_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        """Read the history again (the window's read-only connection)."""
        from domain.rome.repository import release_history

        records = release_history(self.context.conn) if self.context.conn is not None else []
        self.model.set_rows(records)
        current = next((r for r in records if r.current), None)
        if current is None:
            lead = self.tr("Aucune version du ROME n'est encore importée.")
        else:
            lead = self.tr("Version en service : {v}, importée le {date}.").format(
                v=current.version, date=_local_time(current.imported_at))
        from domain.paths import rome_source

        override = rome_source(self.context.rome_cli)
        if override is not None:
            lead += " " + self.tr("La fenêtre utilise pour l'instant la version désignée au "
                                  "lancement (--rome ou PASSERELLES_ROME) : {path}.").format(
                                      path=override)
        self.intro.setText(lead + " " + self.tr(
            "Chaque import compare la version à la précédente et fait suivre les rattachements "
            "des 58 métiers. Pour revenir à une version antérieure, importez de nouveau ses "
            "fichiers (vos niveaux corrigés et vos choix sont conservés)."))
        self._update_buttons()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        record = self.selected()
        ok = record is not None and not record.current and Path(record.source).exists()
        self.again_button.setEnabled(ok)
        if record is not None and not record.current and not ok:
            self.again_button.setToolTip(self.tr("Les fichiers de cette version ne sont plus "
                                                 "à leur emplacement d'origine : choisissez-les "
                                                 "avec « Importer une autre version… »"))

    def import_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self._import(record.source)

    def _import(self, path: str | None) -> None:
        """The usual import dialog (progress, cancel, then what changed)."""
        from gui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.context, self, path=path)
        self.import_dialog = dialog
        dialog.open()


def _local_time(stamp: str) -> str:
    """« 2025-01-31T09:02:00+00:00 » → « 31/01/2025 10:02 » (local time)."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return stamp
