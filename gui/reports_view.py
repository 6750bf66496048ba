"""Rapports: preview a person's transition report, save it, print it, or print a whole team.

The report is built by ``domain.reports`` (reportlab) on a worker into a private temporary
folder, then shown with QtPdf; « Enregistrer » copies that exact file where the user says and
indexes it in the store, so erasing the person later deletes it too. A team (the people
selected in the list, or everyone listed) goes through ``domain.reports.batch.run_batch`` —
several processes, progress, cancel — and then to the printer as one job.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui import report_printing
from gui.app import AppContext
from gui.engine_holder import engine_holder
from gui.people_model import PeopleFilter, PeopleModel
from gui.people_table import PeopleTable
from gui.report_preview import ReportPreview

REPORT_KIND = "rapport_transition"


class ReportsView(QWidget):
    batch_workers: int | None = None  # None: every core (tests use one process)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.holder = engine_holder(context)
        self.model = PeopleModel(self)
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.model)
        self._folder = tempfile.TemporaryDirectory(prefix="passerelles-rapports-")
        self.preview_path: Path | None = None
        self.preview_person: Any = None
        self.notices: tuple[str, ...] = ()
        self.team_outcome: report_printing.TeamOutcome | None = None
        self._serial = 0
        self._operation = None
        self._pending: str | None = None
        self._build()
        context.loaded.connect(self.reload)
        self.holder.people_changed.connect(self.reload)
        self.holder.ready.connect(lambda _e: self._retry_pending())
        self.holder.failed.connect(lambda _e: self._retry_pending())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._folder.cleanup)
        if context.is_loaded:
            self.reload()

    # Building ---------------------------------------------------------------------------
    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_people())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([470, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _build_people(self) -> QWidget:
        panel = QWidget(self)
        self.search_edit = QLineEdit(panel)
        self.search_edit.setPlaceholderText(self.tr("Rechercher (nom, matricule, métier…)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search)
        self.table = PeopleTable(self.model, self.proxy,
                                 QAbstractItemView.SelectionMode.ExtendedSelection, panel)
        for column in (PeopleModel.ENTRY, PeopleModel.EXIT, PeopleModel.BRIDGE):
            self.table.setColumnHidden(column, True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_team())
        hint = QLabel(self.tr("Ctrl+clic ou Maj+clic pour composer une équipe ; sans "
                              "sélection, l'équipe est la liste affichée."), panel)
        hint.setWordWrap(True)
        self.team_print_button = QPushButton(panel)
        self.team_print_button.clicked.connect(lambda: self.print_team())
        self.team_save_button = QPushButton(panel)
        self.team_save_button.clicked.connect(lambda: self.save_team())
        self.team_label = QLabel(panel)
        self.team_label.setWordWrap(True)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(self.team_print_button)
        layout.addWidget(self.team_save_button)
        layout.addWidget(self.team_label)
        return panel

    def _build_preview(self) -> QWidget:
        self.preview_panel = ReportPreview(self)
        self.preview_panel.save_button.clicked.connect(lambda: self.save_report())
        self.preview_panel.print_button.clicked.connect(lambda: self.print_report())
        return self.preview_panel

    # People -----------------------------------------------------------------------------
    def reload(self) -> None:
        from domain.people import employees

        conn = self.context.conn
        if conn is None:
            return
        self.model.set_people(employees.list_employees(conn, include_departed=False), {})
        self.table.resizeColumnsToContents()
        self._update_team()

    def _on_search(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_team()

    def team(self) -> list[Any]:
        """The selected people, or everyone listed when nobody is selected, in list order."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.table.listed_people(list(rows) if rows else None)

    def _update_team(self) -> None:
        count = len(self.team())
        self.team_print_button.setText(self.tr("Imprimer les rapports de l'équipe ({n})…")
                                       .format(n=count))
        self.team_save_button.setText(self.tr("Enregistrer les rapports de l'équipe ({n}) dans "
                                              "un dossier…").format(n=count))
        for button in (self.team_print_button, self.team_save_button):
            button.setEnabled(count > 0 and self._operation is None)

    def select_person(self, employee_id: str) -> None:
        self.table.select_person(employee_id)

    def _on_current(self, current, _previous) -> None:
        person = self.table.person_at(current)
        if person is not None:
            self.preview(person.id)

    # Preview ----------------------------------------------------------------------------
    def _report_context(self) -> Any:
        from domain.reports import ReportContext

        study = self.context.study
        if self.holder.engine is not None:
            return ReportContext(study, self.holder.engine)
        return ReportContext(study, None, str(self.holder.error or ""))

    def preview(self, employee_id: str) -> None:
        """Build the person's report on a worker and show it; waits for the engine if needed."""
        if self.holder.engine is None and self.holder.error is None:
            self._pending = employee_id
            self.preview_panel.show_message(self.tr("Préparation du moteur de passerelles…"))
            self.holder.request()
            return
        from gui.workers import Operation

        self._pending = None
        self._serial += 1
        path = Path(self._folder.name) / f"apercu-{self._serial}.pdf"
        context = self._report_context()
        qualification = self.context.qualification.value
        self.preview_panel.show_message(self.tr("Rédaction du rapport…"))
        self.preview_panel.set_ready(False)
        operation = Operation(
            lambda _p, _c: report_printing.build_preview(context, employee_id, qualification, path),
            parent=self)
        operation.succeeded.connect(lambda data, op=operation: self._on_preview(op, data, path))
        operation.failed.connect(lambda exc, op=operation: self._on_preview_failed(op, exc))
        self._preview_operation = operation.start()

    def _retry_pending(self) -> None:
        if self._pending is not None:
            self.preview(self._pending)

    def _on_preview(self, operation, data: Any, path: Path) -> None:
        if operation is not self._preview_operation:
            path.unlink(missing_ok=True)  # a later choice replaced this one
            return
        old = self.preview_path
        self.preview_panel.show_file(path, data.title, data.notices)
        self.preview_path, self.preview_person = path, data.person
        if old is not None and old != path:
            old.unlink(missing_ok=True)  # personal data: keep one preview on disk at most
        self.notices = tuple(data.notices)

    def _on_preview_failed(self, operation, exc: BaseException) -> None:
        from gui.errors import report_exception

        if operation is self._preview_operation:
            self.preview_panel.show_message(self.tr("Le rapport n'a pas pu être rédigé."))
            report_exception(exc, self)

    # Save and print one report ----------------------------------------------------------
    def save_report(self, target: str | None = None) -> Path | None:
        """Copy the previewed file and index it under the person (erasure deletes it)."""
        from gui.errors import show_user_error

        if self.preview_path is None or self.preview_person is None:
            return None
        if target is None:
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Enregistrer le rapport"), f"{self.preview_person.employee_id}.pdf",
                self.tr("Documents PDF (*.pdf)"))
            if not target:
                return None
        destination = Path(target)
        try:
            shutil.copyfile(self.preview_path, destination)
        except OSError as exc:
            from domain.errors import UserError

            show_user_error(UserError(self.tr("Impossible d'enregistrer « {path} » : {why}.")
                                      .format(path=destination, why=exc.strerror or exc)), self)
            return None
        self._record([(self.preview_person.employee_id, str(destination.resolve()))])
        self._status(self.tr("Rapport enregistré : {path}").format(path=destination))
        return destination

    def _record(self, written: list[tuple[str, str]]) -> None:
        """Index written reports under their people, on the store's writer."""
        from domain.people.service import record_reports
        from gui import store_worker

        self.context.store.call(
            lambda conn: record_reports(conn, kind=REPORT_KIND, written=written),
            topic=store_worker.REPORTS, detail=len(written), parent=self)

    def print_report(self) -> None:
        if self.preview_path is None:
            return
        printer = report_printing.ask_printer(self, self.preview_panel.page_count())
        if printer is None:
            return
        paths = [self.preview_path]
        self._run(lambda p, c: report_printing.print_pdfs(paths, printer, p, c),
                  self.tr("Impression du rapport…"), self._on_printed)

    def _on_printed(self, pages: int) -> None:
        self._status(self.tr("{n} page(s) envoyée(s) à l'imprimante.").format(n=pages))

    # Team -------------------------------------------------------------------------------
    def _team_rows(self) -> list[tuple[None, Any]]:
        return [(None, person) for person in self.team()]

    def print_team(self) -> None:
        rows = self._team_rows()
        if not rows:
            return
        printer = report_printing.ask_printer(self)
        if printer is None:
            return
        folder = Path(tempfile.mkdtemp(prefix="lot-", dir=self._folder.name))
        self._start_team(rows, folder, printer, self.tr("Impression des rapports de l'équipe…"))

    def save_team(self, folder: str | None = None) -> None:
        rows = self._team_rows()
        if not rows:
            return
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier des rapports"))
            if not folder:
                return
        self._start_team(rows, Path(folder), None, self.tr("Rédaction des rapports de "
                                                           "l'équipe…"))

    def _start_team(self, rows, folder: Path, printer, label: str) -> None:
        from domain.reports.content import stored_facts

        context, quali = self._report_context(), self.context.qualification.value
        workers = self.batch_workers
        stored = stored_facts(self.context.conn, [person.id for _line, person in rows])
        self.team_outcome = None
        self._run(lambda p, c: report_printing.team_reports(rows, folder, context, quali, workers,
                                                            printer, p, c, stored),
                  label, lambda outcome: self._on_team(outcome, keep=printer is None))

    def _on_team(self, outcome: report_printing.TeamOutcome, keep: bool) -> None:

        self.team_outcome = outcome
        batch = outcome.batch
        if keep and batch.written:
            self._record([(employee_id, str(Path(path).resolve()))
                          for employee_id, path in batch.written])
        lines = [self.tr("{n} rapport(s) rédigé(s) en {s} s.").format(
            n=len(batch.written), s=f"{batch.seconds:.1f}".replace(".", ","))]
        if outcome.pages:
            lines.append(self.tr("{n} page(s) envoyée(s) à l'imprimante.").format(n=outcome.pages))
        if outcome.cancelled:
            lines.append(self.tr("Annulé : les rapports restants n'ont pas été traités."))
        if batch.failures:
            lines.append(self.tr("Non traités :"))
            lines += [f"  – {failure}" for failure in batch.failures]
        self.team_label.setText("\n".join(lines))
        if batch.failures:
            QMessageBox.warning(self, self.tr("Rapports de l'équipe"), "\n".join(lines))

    # Worker with a progress dialog ------------------------------------------------------
    def _run(self, work, label: str, done) -> None:
        from gui.workers import Operation

        progress = QProgressDialog(label, self.tr("Annuler"), 0, 100, self)
        progress.setWindowTitle(self.tr("Rapports"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress_dialog = progress

        def finished() -> None:
            self._operation = None
            progress.close()
            self._update_team()

        def failed(exc: BaseException) -> None:
            from gui.errors import report_exception

            finished()
            report_exception(exc, self)

        def succeeded(result: Any) -> None:
            finished()
            done(result)

        operation = Operation(work, on_success=succeeded, on_failure=failed,
                              on_progress=lambda f, m: self._progress(progress, f, m),
                              parent=self)
        progress.canceled.connect(operation.cancel)
        self._operation = operation.start()
        self._update_team()
        progress.show()

    def _progress(self, dialog: QProgressDialog, fraction: float, message: str) -> None:
        dialog.setValue(int(100 * fraction))
        if message:
            dialog.setLabelText(message)

    def cancel(self) -> None:
        """What the progress dialog's « Annuler » button does."""
        if self._operation is not None:
            self._operation.cancel()

    def _status(self, text: str) -> None:
        bar = getattr(self.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 10000)
        self.team_label.setText(text)

    # Main window hooks ------------------------------------------------------------------
    def activated(self) -> None:
        if self.holder.engine is None and self.context.is_loaded:
            self.holder.request()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()
