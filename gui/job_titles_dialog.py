"""The correspondence table of job titles: the company's own titles mapped once to the study's jobs.

HR systems write « Conseiller assistance » where the study says « Chargé d'assistance »; the
user maps such a title once and every later roster import reads it as that job
(``domain.people.job_titles``). This dialog lists the store's correspondences (searchable,
accents folded), adds one (title → one of the 58 jobs, picked in an accent-insensitive list)
and removes one. Reads go through the window's read-only connection; each change is a named
domain service run on the store's writer (``context.store``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.app_context import AppContext
from gui.job_picker import chosen_job, job_picker
from gui.record_model import RecordTableModel


class JobTitlesModel(RecordTableModel):
    """The correspondences (``JobTitle`` records), in the store's alphabetical order."""

    TITLE, JOB, ADDED = range(3)
    headers = (
        QT_TRANSLATE_NOOP("JobTitlesModel", "Intitulé dans vos fichiers"),
        QT_TRANSLATE_NOOP("JobTitlesModel", "Métier de l'étude"),
        QT_TRANSLATE_NOOP("JobTitlesModel", "Ajouté le"),
    )

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                                Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self._rows[index.row()]
        if index.column() == self.TITLE:
            return entry.title
        if index.column() == self.JOB:
            return entry.job
        return _french_date(entry.added_at)


class JobTitlesDialog(QDialog):
    """List, add and remove the company's job titles mapped to the study's jobs."""

    changed = Signal()  # a correspondence was added or removed

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 title: str = "") -> None:
        super().__init__(parent)
        self.context = context
        self._operation = None
        self.setWindowTitle(self.tr("Correspondances des intitulés de poste"))
        self.resize(820, 560)
        self.model = JobTitlesModel(self)
        self._build()
        self.title_edit.setText(title)
        self.title_edit.setFocus()
        self.reload()

    def _build(self) -> None:
        intro = QLabel(self.tr(
            "Les intitulés de poste propres à votre entreprise, chacun associé une fois pour "
            "toutes à l'un des 58 métiers de l'étude : tout import d'effectif les reconnaît "
            "ensuite (au féminin, sans accents ou sans articles aussi). Supprimer une "
            "correspondance ne change pas le métier des personnes déjà importées."), self)
        intro.setWordWrap(True)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Rechercher un intitulé ou un métier…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._show())
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(JobTitlesModel.ADDED, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty_label = QLabel(self.tr("Aucune correspondance pour l'instant."), self)
        self.remove_button = QPushButton(self.tr("&Supprimer la correspondance"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.empty_label)
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("tel qu'il est écrit dans vos fichiers, "
                                                   "ex. « Conseiller assistance »"))
        self.title_edit.textChanged.connect(lambda _text: self._update_buttons())
        self.job_combo = job_picker(self, self.context.study)
        self.job_combo.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.job_combo.editTextChanged.connect(lambda _t: self._update_buttons())
        self.add_button = QPushButton(self.tr("&Ajouter"), self)
        self.add_button.clicked.connect(self.add)
        add_box = QGroupBox(self.tr("Nouvelle correspondance"), self)
        form = QFormLayout(add_box)
        form.addRow(self.tr("&Intitulé :"), self.title_edit)
        form.addRow(self.tr("&Métier de l'étude :"), self.job_combo)
        add_row = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        add_row.addWidget(self.status, 1)
        add_row.addWidget(self.add_button)
        form.addRow(add_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(remove_row)
        layout.addWidget(add_box)
        layout.addWidget(buttons)

    # Reading ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the correspondences again (the window's read-only connection)."""
        from domain.people.job_titles import list_job_titles

        self._entries = list_job_titles(self.context.conn)
        self._show()

    def _show(self) -> None:
        from gui.job_picker import search_key

        words = search_key(self.search_edit.text()).split()
        shown = [e for e in self._entries
                 if all(w in search_key(f"{e.title} {e.job}") for w in words)]
        self.model.set_rows(shown)
        self.empty_label.setVisible(not self._entries)
        self._update_buttons()

    def entries(self) -> list[Any]:
        """The correspondences shown (``JobTitle`` records)."""
        return self.model.rows()

    def _update_buttons(self) -> None:
        busy = self._operation is not None
        self.remove_button.setEnabled(not busy and self._selected() is not None)
        self.add_button.setEnabled(not busy and bool(self.title_edit.text().strip())
                                   and bool(chosen_job(self.job_combo)))

    def _selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    # Changing ---------------------------------------------------------------------------
    def add(self) -> None:
        from domain.people.job_titles import add_job_title

        title, job = self.title_edit.text().strip(), chosen_job(self.job_combo)
        if not title or not job:
            return
        self._run(lambda conn: add_job_title(conn, title=title, job=job), self._added)

    def _added(self, entry: Any) -> None:
        self.status.setText(self.tr("« {title} » sera lu comme « {job} » à chaque import.")
                            .format(title=entry.title, job=entry.job))
        self.title_edit.clear()
        self.reload()
        self._select(entry.title)

    def remove_selected(self) -> None:
        from domain.people.job_titles import remove_job_title

        entry = self._selected()
        if entry is None:
            return
        title = entry.title
        self._run(lambda conn: remove_job_title(conn, title=title), self._removed)

    def _removed(self, entry: Any) -> None:
        self.status.setText(self.tr("Correspondance « {title} » → « {job} » supprimée.")
                            .format(title=entry.title, job=entry.job))
        self.reload()

    def _run(self, action, done) -> None:
        def succeeded(result: Any) -> None:
            self._operation = None
            done(result)
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            from gui.errors import report_exception

            self._operation = None
            self._update_buttons()
            report_exception(exc, self)

        operation = self.context.store.call(action, on_success=succeeded, on_failure=failed,
                                            parent=self)
        self._operation = operation if operation.running else None
        self._update_buttons()

    def _select(self, title: str) -> None:
        for row, entry in enumerate(self.model.rows()):
            if entry.title == title:
                self.table.selectRow(row)
                return


def _french_date(stamp: str) -> str:
    """« 2025-01-31T10:02:00… » → « 31/01/2025 » (the stamp as stored when unreadable)."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%d/%m/%Y")
    except ValueError:
        return stamp
