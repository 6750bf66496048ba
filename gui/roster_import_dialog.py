"""Roster import: preview every line and every error before anything is saved.

``domain.people.roster.read_roster`` checks the whole file without touching the store; this dialog
shows its answer (the lines that would be saved and what saving does to each person, or the
list of bad lines with their column and reason). « Enregistrer » stays disabled while one
line is wrong: ``import_roster`` is all or nothing, so the user fixes the file in Excel and
clicks « Relire le fichier ». Reading and saving run on a worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.app import AppContext
from gui.people_model import PreviewModel, ProblemsModel


def read_preview(path: str) -> tuple[Any, dict[str, str]]:
    """The roster's preview and, per matricule, whether saving creates, updates or keeps it.

    Runs on a worker, reading the store through that thread's own read-only connection.
    """
    from contextlib import closing

    from domain.people.register import import_effects
    from domain.people.roster import read_roster
    from domain.store.connection import connect_reader

    with closing(connect_reader()) as conn:
        # with the store's job titles and column choices
        preview = read_roster(path, conn=conn)
        return preview, import_effects(conn, (row.employee for row in preview.rows))


class RosterImportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 path: str | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: str | None = None
        self.preview: Any = None
        self.summary: Any = None
        self._operation = None
        self.setWindowTitle(self.tr("Importer un effectif"))
        self.resize(980, 620)
        self.rows_model = PreviewModel(self)
        self.problems_model = ProblemsModel(self)
        self._build()
        if path:
            self.read(path)

    def _build(self) -> None:
        intro = QLabel(self.tr(
            "Fichier CSV ou Excel (.xlsx) exporté du SIRH : une ligne par personne avec au moins "
            "le matricule, le nom, le prénom et le métier ; date d'entrée, date de sortie et "
            "souhaits sont facultatifs. Rien n'est enregistré avant que vous cliquiez sur "
            "« Enregistrer », et seulement si toutes les lignes sont correctes. Les colonnes "
            "inconnues sont ignorées ; un fichier contenant des numéros de sécurité sociale est "
            "refusé."), self)
        intro.setWordWrap(True)
        self.path_label = QLabel(self.tr("Aucun fichier choisi."), self)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choisir un fichier…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.reread_button = QPushButton(self.tr("Relire le fichier"), self)
        self.reread_button.setToolTip(self.tr("Après avoir corrigé le fichier dans Excel"))
        self.reread_button.clicked.connect(lambda: self.read(self.path) if self.path else None)
        self.reread_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.path_label, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.reread_button)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.rows_table = self._table(self.rows_model)
        self.problems_table = self._table(self.problems_model)
        self.problems_table.horizontalHeader().setSectionResizeMode(
            ProblemsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.rows_table, "")
        self.tabs.addTab(self.problems_table, "")
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Enregistrer"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._update_tabs()

    def _table(self, model) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _update_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("Lignes à enregistrer ({n})").format(
            n=self.rows_model.rowCount()))
        self.tabs.setTabText(1, self.tr("Erreurs ({n})").format(n=self.problems_model.rowCount()))

    # Reading ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        from gui.settings import LAST_FOLDER

        folder = self.context.settings.get(LAST_FOLDER)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Effectif à importer"), folder,
            self.tr("Effectifs (*.csv *.xlsx *.txt);;Tous les fichiers (*)"))
        if path:
            self.context.settings.set(LAST_FOLDER, str(Path(path).parent))
            self.read(path)

    def read(self, path: str) -> None:
        """Check the file on a worker; nothing is written."""
        from gui.workers import Operation

        self.path = path
        self.path_label.setText(path)
        self.save_button.setEnabled(False)
        self.reread_button.setEnabled(False)
        self.status.setText(self.tr("Lecture et vérification du fichier…"))
        self._operation = Operation(lambda _p, _c: read_preview(path),
                                    on_success=self._on_preview, on_failure=self._on_unreadable,
                                    parent=self).start()

    def _on_preview(self, result: tuple[Any, dict[str, str]]) -> None:
        self._operation = None
        self.reread_button.setEnabled(True)
        preview, effects = result
        self.show_preview(preview, effects)

    def show_preview(self, preview: Any, effects: dict[str, str] | None = None) -> None:
        self.preview = preview
        self.rows_model.set_preview(preview.rows, effects or {})
        self.problems_model.set_rows(preview.problems)
        self._update_tabs()
        ignored = ""
        if preview.ignored_columns:
            ignored = " " + self.tr("Colonnes ignorées (non conservées) : {cols}.").format(
                cols=", ".join(self.tr("« {col} »").format(col=c)
                               for c in preview.ignored_columns))
        if preview.problems:
            lines = len({p.line for p in preview.problems if p.line})
            self.status.setText(self.tr(
                "<b>Fichier refusé : {n} ligne(s) en erreur.</b> Rien ne sera enregistré tant "
                "que toutes les erreurs ne sont pas corrigées dans le fichier.").format(n=lines)
                + ignored)
            self.tabs.setCurrentIndex(1)
        else:
            created = sum(1 for e in (effects or {}).values() if e == "created")
            self.status.setText(self.tr(
                "{n} ligne(s) correctes ({created} nouvelle(s) personne(s)), encodage {enc}. "
                "Vérifiez-les puis cliquez sur « Enregistrer ».").format(
                    n=len(preview.rows), created=created, enc=preview.encoding) + ignored)
            self.tabs.setCurrentIndex(0)
        self.save_button.setEnabled(preview.ok and bool(preview.rows))

    def _on_unreadable(self, exc: BaseException) -> None:
        """A file that cannot be read at all (empty, .xls, binary…): say why, save nothing."""
        from domain.errors import UserError
        from domain.people.roster import RosterProblem
        from gui.errors import report_exception

        self._operation = None
        self.reread_button.setEnabled(True)
        self.preview = None
        self.rows_model.set_rows([])
        message = str(exc) if isinstance(exc, UserError) else self.tr("Fichier illisible.")
        self.problems_model.set_rows([RosterProblem(None, None, message)])
        self._update_tabs()
        self.tabs.setCurrentIndex(1)
        self.status.setText(self.tr("<b>Fichier refusé.</b> Rien n'a été enregistré."))
        report_exception(exc, self)

    # Saving -----------------------------------------------------------------------------
    def save(self) -> None:
        if not self.path or self.preview is None or not self.preview.ok:
            return
        from domain.people.roster import import_roster
        from gui import store_worker

        path = self.path
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Enregistrement…"))
        # On the store's one writer; cancelled (rolled back) if the window closes meanwhile.
        operation = self.context.store.submit(
            lambda conn, progress, cancelled: import_roster(conn, path, progress=progress,
                                                            cancelled=cancelled),
            topic=store_worker.PEOPLE, on_success=self._on_saved,
            on_failure=self._on_save_failed, cancellable=True, parent=self)
        self._operation = operation if operation.running else None  # an immediate pool is done

    def _on_saved(self, summary: Any) -> None:

        self._operation = None
        self.summary = summary
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        """The file changed since the preview, or the store refused: show why, keep the dialog."""
        from domain.people.roster import RosterError
        from gui.errors import report_exception

        self._operation = None
        if isinstance(exc, RosterError):
            self.problems_model.set_rows(exc.problems)
            self._update_tabs()
            self.tabs.setCurrentIndex(1)
        self.status.setText(self.tr("<b>Rien n'a été enregistré.</b>"))
        report_exception(exc, self)
