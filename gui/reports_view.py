"""Rapports: preview a person's report or a job sheet, save it, print it, or a whole team's.

The report is built by ``domain.reports`` (reportlab) on a worker into a private temporary
folder, then shown with QtPdf; « Enregistrer » copies that exact file where the user says and
indexes a person's report in the store, so erasing the person later deletes it too. A team
(everyone listed, or the people selected: :class:`gui.report_sources.TeamPanel` says which)
goes through ``domain.reports.batch.run_batch`` — several processes, progress, cancel — then
to the printer as one job, into a folder, or into one PDF whose pages stay vector
(``domain.reports.merge``). The second tab makes the job sheet of one of the 58 jobs, as
``python main.py report --job`` does. Reports are signed with the author set in the
preferences (asked once, before the first report), never with the system login.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui import report_printing
from gui.app_context import AppContext
from gui.engine_holder import engine_holder
from gui.formats import plural
from gui.people_model import PeopleFilter, PeopleModel
from gui.people_table import PeopleTable
from gui.report_preview import ReportPreview
from gui.report_sources import JobPicker, TeamPanel

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
        self.preview_person: Any = None  # the person part of the report shown, if any
        self.preview_job: str | None = None  # the job of the job sheet shown, if any
        self.preview_data: Any = None  # its domain.reports.model.ReportData
        self.notices: tuple[str, ...] = ()
        self.team_outcome: report_printing.TeamOutcome | None = None
        self._serial = 0
        self._operation = None
        self._preview_operation = None
        self._pending: Callable[[], None] | None = None
        self._last_build: Callable[[Any, str, Path], Any] | None = None  # the preview shown
        self._stale = False  # the bridge settings changed since that preview was built
        self._build()
        context.loaded.connect(self.reload)
        self.holder.people_changed.connect(self.reload)
        self.holder.settings_changed.connect(lambda _s: self._on_settings_changed())
        self.holder.ready.connect(lambda _e: self._retry_pending())
        self.holder.failed.connect(lambda _e: self._retry_pending())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._folder.cleanup)
        if context.is_loaded:
            self.reload()

    # Building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.source_tabs = QTabWidget(self)
        self.source_tabs.addTab(self._build_people(), self.tr("Collaborateurs"))
        self.job_picker = JobPicker(self)
        self.job_picker.job_chosen.connect(self.preview_job_sheet)
        self.source_tabs.addTab(self.job_picker, self.tr("Fiche d'un métier"))
        self.source_tabs.setTabToolTip(1, self.tr(
            "La fiche d'un des 58 métiers, sans personne : exposition, passerelles, plan de "
            "formation type (comme « python main.py report --job »)"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.source_tabs)
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([470, 800])
        splitter.setChildrenCollapsible(False)
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
        from gui.table_export import install_table_menu

        install_table_menu(self.table, title=self.tr("Rapports - personnes"))
        self.team_panel = TeamPanel(panel)
        self.team_panel.changed.connect(self._update_team)
        self.team_print_button = self.team_panel.print_button
        self.team_print_button.clicked.connect(lambda: self.print_team())
        self.team_save_button = self.team_panel.save_button
        self.team_save_button.clicked.connect(lambda: self.save_team())
        self.team_merge_button = self.team_panel.merge_button
        self.team_merge_button.clicked.connect(lambda: self.save_team_pdf())
        self.team_label = QLabel(panel)
        self.team_label.setWordWrap(True)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.team_panel)
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
        if self.context.study is not None and not self.job_picker.list.count():
            self.job_picker.set_jobs(self.context.study)
        self._update_team()

    def _on_search(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_team()

    def _selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def team(self) -> list[Any]:
        """Everyone listed, or only the selected people when the user chose so; list order."""
        if self.team_panel.use_selection():
            return self.table.listed_people(self._selected_rows())
        return self.table.listed_people()

    def _update_team(self) -> None:
        self.team_panel.update_counts(self.proxy.rowCount(), len(self._selected_rows()),
                                      self._operation is not None)

    def select_person(self, employee_id: str) -> None:
        self.source_tabs.setCurrentIndex(0)
        self.table.select_person(employee_id)

    def _on_current(self, current, _previous) -> None:
        person = self.table.person_at(current)
        if person is not None:
            self.preview(person.id)

    # Preview ----------------------------------------------------------------------------
    def _report_context(self) -> Any:
        from domain.reports import ReportContext

        study, chosen = self.context.study, self.holder.settings
        if self.holder.engine is not None:
            return ReportContext(study, self.holder.engine, bridge_settings=chosen)
        return ReportContext(study, None, str(self.holder.error or ""), bridge_settings=chosen)

    def _with_author(self, then: Callable[[str], None]) -> None:
        """Call ``then(author)``; before the very first report, ask who signs (once)."""
        from gui.preferences import AuthorDialog, must_ask_author, report_author

        settings = self.context.settings
        if not must_ask_author(settings):
            then(report_author(settings))
            return
        dialog = AuthorDialog(settings, self)
        dialog.finished.connect(lambda _result: then(report_author(settings)))
        self.author_dialog = dialog
        dialog.open()

    def _when_engine(self, retry: Callable[[], None]) -> bool:
        """False (and ``retry`` kept for later) while the engine is still being built."""
        if self.holder.engine is None and self.holder.error is None:
            self._pending = retry
            self.preview_panel.show_message(self.tr("Préparation du moteur de passerelles…"))
            self.holder.request()
            return False
        self._pending = None
        return True

    def preview(self, employee_id: str) -> None:
        """Build the person's report on a worker and show it; waits for the engine if needed."""
        if self._when_engine(lambda: self.preview(employee_id)):
            self._with_author(lambda author: self._build_preview_file(
                lambda context, quali, path: report_printing.build_preview(
                    context, employee_id, quali, path, author)))

    def preview_job_sheet(self, job: str) -> None:
        """Build one job's sheet (no person) on a worker and show it."""
        if self._when_engine(lambda: self.preview_job_sheet(job)):
            self._with_author(lambda author: self._build_preview_file(
                lambda context, quali, path: report_printing.build_job_preview(
                    context, job, quali, path, author)))

    def _build_preview_file(self, build: Callable[[Any, str, Path], Any]) -> None:
        from gui.workers import Operation

        self._serial += 1
        self._last_build, self._stale = build, False
        path = Path(self._folder.name) / f"apercu-{self._serial}.pdf"
        context = self._report_context()
        qualification = self.context.qualification.value
        self.preview_panel.show_message(self.tr("Rédaction du rapport…"))
        self.preview_panel.set_ready(False)
        operation = Operation(lambda _p, _c: build(context, qualification, path), parent=self)
        operation.succeeded.connect(lambda data, op=operation: self._on_preview(op, data, path))
        operation.failed.connect(lambda exc, op=operation: self._on_preview_failed(op, exc))
        self._preview_operation = operation.start()

    def _on_settings_changed(self) -> None:
        """The report follows the Passerelles view's settings: rebuild the preview shown
        now, or when this view is next opened."""
        self._stale = self._last_build is not None
        if self._stale and self.isVisible():
            self._refresh_stale()

    def _refresh_stale(self) -> None:
        if self._stale and self._last_build is not None and not self.busy:
            self._build_preview_file(self._last_build)

    def _retry_pending(self) -> None:
        if self._pending is not None:
            self._pending()

    def _on_preview(self, operation, data: Any, path: Path) -> None:
        if operation is not self._preview_operation:
            path.unlink(missing_ok=True)  # a later choice replaced this one
            return
        old = self.preview_path
        self.preview_panel.show_file(path, data.title, data.notices)
        self.preview_path, self.preview_person, self.preview_data = path, data.person, data
        self.preview_job = data.job.name if data.person is None else None
        if old is not None and old != path:
            old.unlink(missing_ok=True)  # personal data: keep one preview on disk at most
        self.notices = tuple(data.notices)

    def _on_preview_failed(self, operation, exc: BaseException) -> None:
        from gui.errors import report_exception

        if operation is self._preview_operation:
            self.preview_panel.show_message(self.tr("Le rapport n'a pas pu être rédigé."))
            report_exception(exc, self)

    # Save and print one report ----------------------------------------------------------
    def _suggested_name(self) -> str:
        from domain.text import slug

        if self.preview_person is not None:
            return f"{self.preview_person.employee_id}.pdf"
        return f"fiche-metier-{slug(self.preview_job or 'metier')}.pdf"

    def save_report(self, target: str | None = None) -> Path | None:
        """Copy the previewed file; a person's report is indexed under them (erasure deletes it)."""
        from gui.errors import show_user_error
        from gui.file_dialogs import save_file

        if self.preview_path is None:
            return None
        if target is None:
            chosen = save_file(self, "reports", self.tr("Enregistrer le rapport"),
                               self._suggested_name(), self.tr("Documents PDF (*.pdf)"), "pdf")
            if chosen is None:
                return None
            target = str(chosen)
        destination = Path(target)
        try:
            shutil.copyfile(self.preview_path, destination)
        except OSError as exc:
            from domain.errors import UserError

            show_user_error(UserError(self.tr("Impossible d'enregistrer « {path} » : {why}.")
                                      .format(path=destination, why=exc.strerror or exc)), self)
            return None
        if self.preview_person is not None:
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
        self._status(plural(pages, self.tr("{n} page envoyée à l'imprimante."),
                            self.tr("{n} pages envoyées à l'imprimante.")))

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
        self._start_team(rows, folder, self.tr("Impression des rapports de l'équipe…"),
                         printer=printer)

    def save_team(self, folder: str | None = None) -> None:
        from gui.file_dialogs import choose_folder

        rows = self._team_rows()
        if not rows:
            return
        if folder is None:
            chosen = choose_folder(self, "team_reports", self.tr("Dossier des rapports"))
            if chosen is None:
                return
            folder = str(chosen)
        self._start_team(rows, Path(folder), self.tr("Rédaction des rapports de l'équipe…"),
                         keep=True)

    def save_team_pdf(self, target: str | None = None) -> None:
        """All the team's reports in one PDF file whose pages stay vector."""
        from gui.file_dialogs import save_file

        rows = self._team_rows()
        if not rows:
            return
        if target is None:
            chosen = save_file(self, "team_reports", self.tr("Enregistrer en un seul PDF"),
                               self.tr("rapports-equipe.pdf"), self.tr("Documents PDF (*.pdf)"),
                               "pdf")
            if chosen is None:
                return
            target = str(chosen)
        folder = Path(tempfile.mkdtemp(prefix="lot-", dir=self._folder.name))
        self._start_team(rows, folder, self.tr("Rédaction des rapports de l'équipe…"),
                         merge_to=Path(target))

    def _start_team(self, rows, folder: Path, label: str, *, printer: Any = None,
                    merge_to: Path | None = None, keep: bool = False) -> None:
        self._with_author(lambda author: self._run_team(rows, folder, label, author, printer,
                                                        merge_to, keep))

    def _run_team(self, rows, folder: Path, label: str, author: str, printer: Any,
                  merge_to: Path | None, keep: bool) -> None:
        from domain.reports.content import stored_facts

        context, quali = self._report_context(), self.context.qualification.value
        workers = self.batch_workers
        stored = stored_facts(self.context.conn, [person.id for _line, person in rows])
        self.team_outcome = None
        self._run(lambda p, c: report_printing.team_reports(
                      rows, folder, context, quali, workers, printer, p, c, stored, author,
                      merge_to),
                  label, lambda outcome: self._on_team(outcome, keep=keep))

    def _on_team(self, outcome: report_printing.TeamOutcome, keep: bool) -> None:
        from gui.report_team import team_summary

        self.team_outcome = outcome
        batch = outcome.batch
        if keep and batch.written:
            self._record([(employee_id, str(Path(path).resolve()))
                          for employee_id, path in batch.written])
        lines = team_summary(outcome)
        self.team_label.setText("\n".join(lines))
        if batch.failures:
            QMessageBox.warning(self, self.tr("Rapports de l'équipe"), "\n".join(lines))

    # Worker with a progress dialog ------------------------------------------------------
    @property
    def busy(self) -> bool:
        """True while a print or a team's batch runs."""
        return self._operation is not None

    def _run(self, work, label: str, done) -> None:
        from gui.report_team import run_with_progress

        def finished() -> None:
            self._operation = None
            self._update_team()

        operation, self.progress_dialog = run_with_progress(self, work, label, done, finished)
        self._operation = operation
        operation.start()
        self._update_team()

    def cancel(self) -> None:
        """What the progress dialog's « Annuler » button does."""
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
        self._refresh_stale()

    def export_table(self):
        from gui.table_export import export_table

        return export_table(self.table, self.window())

    def focus_search(self) -> None:
        if self.source_tabs.currentIndex() == 1:
            self.job_picker.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()
