"""Roster import: preview every line and every error, fix what can be fixed here, then save.

``domain.people.roster.read_roster`` checks the whole file without touching the store; this
dialog shows its answer: the lines that would be saved and what saving does to each person,
every bad line with its column (and cell), how the file was read (format, encoding, sheet and
why, title, blank and footer lines skipped). The user may map a column the import does not
recognise (« Colonnes »), choose a line's job among the suggestions, map a job title once and
for all (stored), or leave a line out; the file is then read again with those choices, on a
compute worker with its own read-only connection. « Enregistrer » stays disabled while one
line is wrong: ``import_roster`` is all or nothing and runs, with the same choices, on the
store's writer (cancellable: closing the window rolls it back).
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
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui import roster_summary as summary
from gui.app_context import AppContext
from gui.column_mapping import ColumnMappingPanel
from gui.people_model import PreviewModel
from gui.roster_fixes import ChoicesPanel, LineFixPanel, RosterProblemsModel

ROWS_TAB, ERRORS_TAB, COLUMNS_TAB, CHOICES_TAB = range(4)


def read_preview(path: str, *, column_mapping: dict[str, str] | None = None,
                 job_fixes: dict[int, str] | None = None,
                 excluded_lines: tuple[int, ...] = ()) -> tuple[Any, dict[str, str]]:
    """The roster's preview and, per matricule, whether saving creates, updates or keeps it.

    Runs on a compute worker, reading the store (job-title correspondences, remembered column
    choices, people already there) through that thread's own read-only connection.
    """
    from contextlib import closing

    from domain.people.register import import_effects
    from domain.people.roster import read_roster
    from domain.store.connection import connect_reader

    with closing(connect_reader()) as conn:
        preview = read_roster(path, conn=conn, column_mapping=column_mapping,
                              job_fixes=job_fixes, excluded_lines=excluded_lines)
        return preview, import_effects(conn, (row.employee for row in preview.rows))


class RosterImportDialog(QDialog):
    """Choose a roster, see what it would save and why a line is refused, fix, then save."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 path: str | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: str | None = None
        self.preview: Any = None
        self.summary: Any = None
        self.column_mapping: dict[str, str] | None = None  # None: the remembered choice
        self.job_fixes: dict[int, str] = {}
        self.excluded: set[int] = set()
        self._operation = None
        self._reading = 0  # the latest read; older answers are dropped
        self._saving = False
        self.setWindowTitle(self.tr("Importer un effectif"))
        self.resize(1000, 640)
        self.rows_model = PreviewModel(self)
        self.problems_model = RosterProblemsModel(self)
        self._build()
        if path:
            self.read(path)

    def _build(self) -> None:
        intro = QLabel(self.tr(
            "Fichier exporté du SIRH ou tenu dans Excel ou LibreOffice (.csv, .txt, .xlsx, "
            ".xls, .ods) : une ligne par personne avec au moins le matricule, le nom, le "
            "prénom et le métier. Rien n'est enregistré avant « Enregistrer », et seulement "
            "si toutes les lignes retenues sont correctes. Les colonnes non utilisées ne sont "
            "pas conservées ; un fichier contenant des numéros de sécurité sociale est refusé."),
            self)
        intro.setWordWrap(True)
        self.path_label = QLabel(self.tr("Aucun fichier choisi."), self)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choisir un fichier…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.reread_button = QPushButton(self.tr("Relire le fichier"), self)
        self.reread_button.setToolTip(self.tr("Après avoir corrigé le fichier dans Excel"))
        self.reread_button.clicked.connect(self.reread)
        self.reread_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.path_label, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.reread_button)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.reading_label = QLabel(self)
        self.reading_label.setWordWrap(True)
        self.reading_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rows_table = self._table(self.rows_model)
        self.problems_table = self._table(self.problems_model)
        self.problems_table.horizontalHeader().setSectionResizeMode(
            RosterProblemsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.problems_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._problem_selected(current.row()))
        self.fix_panel = LineFixPanel(self.context.study, self)
        self.fix_panel.job_fixed.connect(self.fix_job)
        self.fix_panel.title_mapped.connect(self.map_title)
        self.fix_panel.line_excluded.connect(self.exclude_line)
        self.fix_panel.columns_requested.connect(lambda: self.tabs.setCurrentIndex(COLUMNS_TAB))
        errors = QSplitter(Qt.Orientation.Vertical, self)
        errors.addWidget(self.problems_table)
        errors.addWidget(self.fix_panel)
        errors.setStretchFactor(0, 1)
        errors.setChildrenCollapsible(False)
        self.columns_panel = ColumnMappingPanel(self)
        self.columns_panel.mapping_changed.connect(self.set_column_mapping)
        self.choices_panel = ChoicesPanel(self)
        self.choices_panel.undone.connect(self.undo_choice)
        self.tabs = QTabWidget(self)
        for page in (self.rows_table, errors, self.columns_panel, self.choices_panel):
            self.tabs.addTab(page, "")
        self.titles_button = QPushButton(self.tr("Correspondances des intitulés…"), self)
        self.titles_button.setToolTip(self.tr("Les intitulés de poste de votre entreprise "
                                              "associés une fois pour toutes à un métier"))
        self.titles_button.clicked.connect(self.open_job_titles)
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
        layout.addWidget(self.reading_label)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.titles_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._update_tabs(0)

    def _table(self, model) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _update_tabs(self, choices: int) -> None:
        self.tabs.setTabText(ROWS_TAB, self.tr("Lignes à enregistrer ({n})").format(
            n=self.rows_model.rowCount()))
        self.tabs.setTabText(ERRORS_TAB, self.tr("Erreurs ({n})").format(
            n=self.problems_model.rowCount()))
        self.tabs.setTabText(COLUMNS_TAB, self.tr("Colonnes"))
        self.tabs.setTabText(CHOICES_TAB, self.tr("Vos choix ({n})").format(n=choices))

    # Reading ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        from gui.settings import LAST_FOLDER

        folder = self.context.settings.get(LAST_FOLDER)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Effectif à importer"), folder, self.file_filters())
        if path:
            self.context.settings.set(LAST_FOLDER, str(Path(path).parent))
            self.read(path)

    def file_filters(self) -> str:
        """Every format the import reads, then each family, then any file."""
        return ";;".join((
            self.tr("Effectifs (*.csv *.txt *.xlsx *.xls *.ods)"),
            self.tr("Textes délimités (*.csv *.txt)"),
            self.tr("Classeurs Excel (*.xlsx *.xls)"),
            self.tr("Classeurs LibreOffice (*.ods)"),
            self.tr("Tous les fichiers (*)")))

    def read(self, path: str) -> None:
        """Check a new file on a worker, forgetting the choices made for the previous one."""
        if path != self.path:
            self.column_mapping, self.job_fixes, self.excluded = None, {}, set()
        self.path = path
        self.path_label.setText(path)
        self.reread()

    def reread(self) -> None:
        """Check the file again with the choices in force; nothing is written."""
        from gui.workers import Operation

        if not self.path:
            return
        path, mapping = self.path, self.column_mapping
        fixes, excluded = dict(self.job_fixes), tuple(sorted(self.excluded))
        self._reading += 1
        reading = self._reading
        self._set_busy(True)
        self.status.setText(self.tr("Lecture et vérification du fichier…"))
        operation = Operation(
            lambda _p, _c: read_preview(path, column_mapping=mapping, job_fixes=fixes,
                                        excluded_lines=excluded),
            on_success=lambda result: self._on_preview(reading, result),
            on_failure=lambda exc: self._on_unreadable(reading, exc), parent=self)
        self._operation = operation  # before start: an immediate pool answers inside it
        operation.start()

    @property
    def reading(self) -> bool:
        """True while the file is being read and checked on a worker."""
        return self._operation is not None

    def _set_busy(self, busy: bool) -> None:
        """While reading or saving: nothing to save yet (choices stay open: the last one wins)."""
        for widget in (self.reread_button, self.choose_button, self.titles_button):
            widget.setEnabled(not busy)
        if busy:
            self.save_button.setEnabled(False)

    def _on_preview(self, reading: int, result: tuple[Any, dict[str, str]]) -> None:
        if reading != self._reading:
            return
        self._operation = None
        self._set_busy(False)
        preview, effects = result
        self.show_preview(preview, effects)

    def show_preview(self, preview: Any, effects: dict[str, str] | None = None) -> None:
        """Show what ``preview`` (a ``RosterPreview``) would save, and what stops it."""
        self.preview = preview
        self.rows_model.set_preview(preview.rows, effects or {})
        self.problems_model.set_rows(preview.problems)
        self._fit_problem_rows()
        self.columns_panel.show_preview(preview)
        choices = self.choices_panel.show_choices(
            self.excluded, self.job_fixes, preview.column_mapping, preview.mapping_remembered)
        self._update_tabs(choices)
        self.reading_label.setText(summary.reading_text(preview))
        if preview.problems:
            self.status.setText(summary.refusal_text(preview))
            self.tabs.setCurrentIndex(COLUMNS_TAB if summary.columns_missing(preview)
                                      else ERRORS_TAB)
            self.problems_table.selectRow(0)
            self._problem_selected(0)
        else:
            self.status.setText(summary.accepted_text(preview, effects or {}))
            self.tabs.setCurrentIndex(ROWS_TAB)
            self.fix_panel.show_problem(None)
        self.save_button.setEnabled(preview.ok and bool(preview.rows) and not self._saving)

    def _fit_problem_rows(self) -> None:
        """Whole messages on screen (row heights measured only for a readable number)."""
        few = self.problems_model.rowCount() <= 300
        self.problems_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if few else QHeaderView.ResizeMode.Interactive)

    def _on_unreadable(self, reading: int, exc: BaseException) -> None:
        """A file that cannot be read at all (empty, binary, a web page…): say why, save nothing."""
        from domain.errors import UserError
        from domain.people.roster import RosterProblem
        from gui.errors import report_exception

        if reading != self._reading:
            return
        self._operation = None
        self._set_busy(False)
        self.preview = None
        self.rows_model.set_rows([])
        message = str(exc) if isinstance(exc, UserError) else self.tr("Fichier illisible.")
        self.problems_model.set_rows([RosterProblem(None, None, message)])
        self._update_tabs(self.choices_panel.list.count())
        self.tabs.setCurrentIndex(ERRORS_TAB)
        self.fix_panel.show_problem(None)
        self.reading_label.setText("")
        self.status.setText(self.tr("<b>Fichier refusé.</b> Rien n'a été enregistré."))
        report_exception(exc, self)

    # The user's choices -----------------------------------------------------------------
    def _problem_selected(self, row: int) -> None:
        problem = self.problems_model.row(row) if 0 <= row < self.problems_model.rowCount() \
            else None
        header = self.preview.header_line if self.preview is not None else 0
        self.fix_panel.show_problem(problem, header)

    def fix_job(self, line: int, job: str) -> None:
        """Read line ``line`` as ``job`` (this import only)."""
        self.job_fixes[line] = job
        self.excluded.discard(line)
        self.reread()

    def exclude_line(self, line: int) -> None:
        """Leave line ``line`` out of this import."""
        self.excluded.add(line)
        self.job_fixes.pop(line, None)
        self.reread()

    def set_column_mapping(self, mapping: dict[str, str]) -> None:
        """Read the columns as ``mapping`` says (remembered at the import)."""
        self.column_mapping = dict(mapping)
        self.reread()

    def undo_choice(self, kind: str, key: object) -> None:
        if kind == "exclu":
            self.excluded.discard(key)
        elif kind == "metier":
            self.job_fixes.pop(key, None)
        elif kind == "colonne" and self.preview is not None:
            mapping = dict(self.column_mapping if self.column_mapping is not None
                           else self.preview.column_mapping)
            mapping.pop(key, None)
            self.column_mapping = mapping
        self.reread()

    def map_title(self, title: str, job: str) -> None:
        """Store the correspondence ``title`` → ``job`` for every import, then read again."""
        from domain.people.job_titles import add_job_title

        def mapped(entry: Any) -> None:
            self.reread()
            self.status.setText(self.tr("« {title} » sera désormais lu comme « {job} ».")
                                .format(title=entry.title, job=entry.job))

        def failed(exc: BaseException) -> None:
            from gui.errors import report_exception

            self._set_busy(False)
            report_exception(exc, self)

        self._set_busy(True)
        self.context.store.call(lambda conn: add_job_title(conn, title=title, job=job),
                                on_success=mapped, on_failure=failed, parent=self)

    def open_job_titles(self) -> None:
        """The correspondence table; the file is read again when it changed."""
        from gui.job_titles_dialog import JobTitlesDialog

        dialog = JobTitlesDialog(self.context, self)
        dialog.changed.connect(lambda: setattr(self, "_titles_changed", True))
        dialog.finished.connect(self._after_job_titles)
        self._titles_changed = False
        self.job_titles_dialog = dialog
        dialog.open()

    def _after_job_titles(self) -> None:
        if getattr(self, "_titles_changed", False) and self.path:
            self.reread()

    # Saving -----------------------------------------------------------------------------
    def save(self) -> None:
        if not self.path or self.preview is None or not self.preview.ok or self._saving:
            return
        from domain.people.roster import import_roster
        from gui import store_worker

        path, mapping = self.path, self.column_mapping
        fixes, excluded = dict(self.job_fixes), tuple(sorted(self.excluded))
        self._saving = True
        self.save_button.setEnabled(False)
        self._set_busy(True)
        self.status.setText(self.tr("Enregistrement…"))
        # On the store's one writer; cancelled (rolled back) if the window closes meanwhile.
        operation = self.context.store.submit(
            lambda conn, progress, cancelled: import_roster(
                conn, path, column_mapping=mapping, job_fixes=fixes, excluded_lines=excluded,
                progress=progress, cancelled=cancelled),
            topic=store_worker.PEOPLE, on_success=self._on_saved,
            on_failure=self._on_save_failed, cancellable=True, parent=self)
        self._operation = operation if operation.running else None  # an immediate pool is done

    def _on_saved(self, summary: Any) -> None:
        self._operation = None
        self._saving = False
        self.summary = summary
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        """The file changed since the preview, or the store refused: show why, keep the dialog."""
        from domain.people.roster import RosterError
        from gui.errors import report_exception

        self._operation = None
        self._saving = False
        self._set_busy(False)
        if isinstance(exc, RosterError):
            self.problems_model.set_rows(exc.problems)
            self._update_tabs(self.choices_panel.list.count())
            self.tabs.setCurrentIndex(ERRORS_TAB)
        self.status.setText(self.tr("<b>Rien n'a été enregistré.</b>"))
        report_exception(exc, self)

    def reject(self) -> None:  # Escape included: a running save finishes (or rolls back) first
        if self._saving:
            return
        super().reject()
