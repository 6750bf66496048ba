"""Plan collectif: how many people of the exposed jobs could move, along which bridges.

The user types (or loads from a ``job;headcount;capacity`` file, or takes from the people
register) the headcount to accompany in each exposed job and the places each target job can
offer; ``Engine.plan`` solves the flow on a worker and the view shows the moves, the places
used and the people left without a place. Which jobs are targets follows the settings of the
« Passerelles d'un métier » tab. « Exporter le plan… » writes the workbook of
``python main.py plan --xlsx`` (``domain.matching.plan_export``); every table can also be
copied or exported on its own (right-click).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.app_context import AppContext
from gui.bridges_model import MovesModel, PlanInputModel
from gui.engine_holder import engine_holder
from gui.formats import plural
from gui.table_export import install_table_menu


class PlanView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.holder = engine_holder(context)
        self.engine: Any = None
        self.result: Any = None
        self._operation = None
        self.inputs = PlanInputModel(self)
        self.moves = MovesModel(self)
        self._build()
        self.holder.ready.connect(self._on_engine)
        self.holder.settings_changed.connect(lambda _s: self._update_targets())
        if self.holder.engine is not None:
            self._on_engine(self.holder.engine)

    # Building ---------------------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(self.tr(
            "Indiquez l'effectif à accompagner dans les métiers exposés et les places d'accueil "
            "des métiers cibles (double-clic pour saisir), puis calculez le plan. Les cibles "
            "suivent les réglages de l'onglet « Passerelles d'un métier »."), self)
        intro.setWordWrap(True)
        self.register_button = QPushButton(self.tr("Reprendre les effectifs du registre"), self)
        self.register_button.clicked.connect(self.fill_from_register)
        self.file_button = QPushButton(self.tr("Importer un fichier d'effectifs…"), self)
        self.file_button.setToolTip(self.tr("Fichier CSV « métier;effectif;capacité »"))
        self.file_button.clicked.connect(self.choose_file)
        self.clear_button = QPushButton(self.tr("Tout effacer"), self)
        self.clear_button.clicked.connect(lambda: self.inputs.set_values({}, {}))
        self.compute_button = QPushButton(self.tr("Calculer le plan"), self)
        self.compute_button.setDefault(True)
        self.compute_button.clicked.connect(self.compute)
        self.export_button = QPushButton(self.tr("Exporter le plan…"), self)
        self.export_button.setToolTip(self.tr(
            "Classeur Excel : flux proposés, personnes sans place, places des cibles et règles "
            "appliquées (comme « python main.py plan --xlsx »)"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(lambda: self.export_plan())
        buttons = QHBoxLayout()
        for button in (self.register_button, self.file_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.compute_button)
        buttons.addWidget(self.export_button)
        self.input_table = self._table(self.inputs, editable=True)
        self._wrap_names(self.input_table, (PlanInputModel.JOB,), 230)
        self.summary = QLabel(self.tr("Aucun plan calculé."), self)
        self.summary.setWordWrap(True)
        self.moves_table = self._table(self.moves)
        self._wrap_names(self.moves_table, (MovesModel.SOURCE, MovesModel.TARGET), 170)
        self.targets_table = QTableWidget(0, 4, self)
        self.targets_table.setHorizontalHeaderLabels(
            [self.tr("Métier cible"), self.tr("Places"), self.tr("Occupées"), self.tr("Libres")])
        for column, tip in enumerate((
                self.tr("Métier qui accueille des personnes venant des métiers exposés"),
                self.tr("Places d'accueil saisies pour ce métier"),
                self.tr("Places prises par les mouvements proposés"),
                self.tr("Places restant libres après le plan"))):
            self.targets_table.horizontalHeaderItem(column).setToolTip(tip)
        self.uncovered_table = QTableWidget(0, 2, self)
        self.uncovered_table.setHorizontalHeaderLabels(
            [self.tr("Métier exposé"), self.tr("Personnes sans place")])
        for table in (self.targets_table, self.uncovered_table):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            self._wrap_names(table, (0,), 300)
        results = QWidget(self)
        # One result at a time, each with the whole width: names in full, figures in view.
        self.result_tabs = QTabWidget(results)
        self.result_tabs.addTab(self.moves_table, self.tr("Mouvements proposés"))
        self.result_tabs.addTab(self.targets_table, self.tr("Places des métiers cibles"))
        self.result_tabs.addTab(self.uncovered_table, self.tr("Personnes restant sans place"))
        column = QVBoxLayout(results)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.result_tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._group(self.tr("Effectifs et places"), self.input_table))
        splitter.addWidget(results)
        splitter.setSizes([610, 650])
        splitter.setChildrenCollapsible(False)
        for table, title in ((self.input_table, self.tr("Effectifs et places")),
                             (self.moves_table, self.tr("Mouvements proposés")),
                             (self.targets_table, self.tr("Places des métiers cibles")),
                             (self.uncovered_table, self.tr("Personnes sans place"))):
            install_table_menu(table, title=title)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    def _table(self, model, editable: bool = False) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        triggers = QAbstractItemView.EditTrigger
        table.setEditTriggers(
            (triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed)
            if editable else triggers.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(24)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        # Names in full: a table too narrow scrolls sideways rather than cut them with « … ».
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(not editable)
        if editable:
            # The columns typed in come right after the job; the long profile names last.
            header.moveSection(header.visualIndex(PlanInputModel.PROFILE), header.count() - 1)
        return table

    def _wrap_names(self, table: QTableView, columns: tuple[int, ...], width: int) -> None:
        """Job names in full on two lines when needed, so the figures beside stay in view."""
        table.setWordWrap(True)
        header = table.horizontalHeader()
        for column in columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _group(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(widget)
        return box

    # Inputs -----------------------------------------------------------------------------
    def _on_engine(self, engine: Any) -> None:
        first = self.engine is None
        self.engine = engine
        self._update_targets()
        if first and not self.inputs.headcount:
            self.fill_from_register()

    def _update_targets(self) -> None:
        """Profiles and targets in the current settings (the qualification may have changed)."""
        if self.engine is None:
            return
        settings = self.holder.settings
        facts = self.engine.facts(settings.qualification)
        jobs = [(job.name, facts[job.name].profile_label if job.name in facts else "")
                for job in self.engine.study.jobs]
        self.inputs.set_jobs(jobs, set(self.engine.targets(settings)))

    def fill_from_register(self) -> None:
        """The people register's headcount per job (targets keep their typed places)."""
        self.inputs.set_values(self.holder.headcounts(), self.inputs.capacity)

    def choose_file(self) -> None:
        from gui.file_dialogs import open_file

        path = open_file(self, "headcounts", self.tr("Fichier d'effectifs"),
                         self.tr("Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)"))
        if path is not None:
            self.load_file(str(path))

    def load_file(self, path: str) -> bool:
        """Read a ``job;headcount;capacity`` file into the table; errors shown as a dialog."""
        from domain.errors import UserError
        from domain.matching.plan import read_headcounts
        from gui.errors import show_user_error

        if self.engine is None:
            return False
        try:
            rows = read_headcounts(path, self.engine.job_name)
        except UserError as exc:
            show_user_error(exc, self)
            return False
        self.inputs.set_values({r.job: r.headcount for r in rows},
                               {r.job: r.capacity for r in rows})
        return True

    # Plan -------------------------------------------------------------------------------
    def compute(self) -> None:
        if self.engine is None or self._operation is not None:
            return
        from domain.matching.plan import Headcount
        from gui.workers import Operation

        jobs = set(self.inputs.headcount) | set(self.inputs.capacity)
        rows = [Headcount(job, self.inputs.headcount.get(job, 0), self.inputs.capacity.get(job, 0))
                for job in sorted(jobs)]
        engine, settings = self.engine, self.holder.settings
        self.compute_button.setEnabled(False)
        self.summary.setText(self.tr("Calcul du plan…"))
        self._operation = Operation(lambda _p, _c: engine.plan(rows, settings),
                                    on_success=self._on_plan, on_failure=self._on_failure,
                                    parent=self).start()

    def _on_failure(self, exc: BaseException) -> None:
        from gui.errors import report_exception

        self._operation = None
        self.compute_button.setEnabled(True)
        self.summary.setText(self.tr("Le plan n'a pas pu être calculé."))
        report_exception(exc, self)

    def _on_plan(self, result: Any) -> None:
        self._operation = None
        self.compute_button.setEnabled(True)
        self.result = result
        self.moves.set_rows(result.moves)
        self.export_button.setEnabled(True)
        supply = sum(result.supply.values())
        text = plural(result.moved,
                      self.tr("{n} personne sur {supply} trouve une place par une passerelle"),
                      self.tr("{n} personnes sur {supply} trouvent une place par une "
                              "passerelle")).replace("{supply}", str(supply))
        text += plural(result.total_uncovered, self.tr(" ; {n} reste sans place disponible."),
                       self.tr(" ; {n} restent sans place disponible."))
        if not supply:
            text = self.tr("Aucun effectif exposé à accompagner : saisissez des effectifs dans "
                           "les métiers exposés.")
        if result.ignored_capacity:
            text += "\n" + self.tr("Places ignorées (ces métiers ne sont pas des cibles avec les "
                                   "réglages actuels) : {jobs}.").format(
                jobs=", ".join(result.ignored_capacity))
        self.summary.setText(text)
        self._fill(self.targets_table, [
            (job, cap, result.used.get(job, 0), cap - result.used.get(job, 0))
            for job, cap in sorted(result.capacity.items())])
        self._fill(self.uncovered_table, sorted(result.uncovered.items()))

    # Export -----------------------------------------------------------------------------
    def export_plan(self, path: str | None = None):
        """The plan's workbook (flows, people without a place, places, rules), as the CLI's."""
        from pathlib import Path

        from domain.matching.plan_export import write_plan_xlsx
        from gui.file_dialogs import save_file
        from gui.workers import Operation

        if self.result is None:
            return None
        if path is None:
            chosen = save_file(self, "plan", self.tr("Exporter le plan"), self.tr(
                "plan-collectif.xlsx"), self.tr("Classeurs Excel (*.xlsx)"), "xlsx")
            if chosen is None:
                return None
            path = str(chosen)
        result, quali, target = self.result, self.holder.settings.qualification, Path(path)

        def failed(exc: BaseException) -> None:
            from gui.errors import report_exception

            report_exception(exc, self)

        def done(written) -> None:
            bar = getattr(self.window(), "statusBar", None)
            if callable(bar):
                bar().showMessage(self.tr("Plan exporté : {path}").format(path=written), 10000)

        Operation(lambda _p, _c: write_plan_xlsx(result, target, qualification=quali),
                  on_success=done, on_failure=failed, parent=self).start()
        return target

    def export_table(self):
        """Ctrl+E: the plan's workbook once computed, else the table of headcounts."""
        if self.result is not None:
            return self.export_plan()
        from gui.table_export import export_table

        return export_table(self.input_table, self.window())

    def _fill(self, table: QTableWidget, rows: list[tuple]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(r, c, item)
