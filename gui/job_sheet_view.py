"""Fiche métier: one job's three published qualifications, its ROME sheets and competencies.

The competency levels are the application's estimates (``domain.matching.competency_levels``); the user
can change any of them, as the study's experts did in their requalification workshops. Each
change is an undoable command saved at once in the store; the recomputed score and profile
follow immediately.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.matching.level_book import LevelBook
from gui.app import AppContext
from gui.charts import (
    chart_view,
    level_distribution_chart,
    profile_label,
    profile_tint,
)
from gui.job_combo import fill_jobs, searchable_combo
from gui.job_table_model import (
    SORT_ROLE,
    CompetencyModel,
    format_score,
    qualification_short,
)
from gui.level_editing import LevelDelegate, SetLevelCommand
from gui.workers import Operation


class JobSheetView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: str | None = None
        self.book: LevelBook | None = None
        self._book_release: Any = None
        self._estimate_scores: dict[str, float] = {}
        self._operation: Operation | None = None
        self.undo_stack = QUndoStack(self)
        self.model = CompetencyModel(self)
        # Queued: the command runs once the level editor has closed, not inside its commit.
        self.model.level_requested.connect(self.request_level, Qt.ConnectionType.QueuedConnection)
        self._build()
        context.loaded.connect(self._on_loaded)
        context.release_changed.connect(self._on_release_changed)
        context.job_selected.connect(self.show_job)
        context.qualification_changed.connect(lambda _q: self._fill_qualifications())
        context.overrides_changed.connect(self._on_overrides_changed)
        if context.is_loaded:
            self._on_loaded()

    # Building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.job_combo = searchable_combo(self)
        self.job_combo.activated.connect(self._on_job_chosen)
        self.family_label = QLabel(self)
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("Métier :"), self))
        header.addWidget(self.job_combo)
        header.addWidget(self.family_label, 1)
        self.qualification_table = QTableWidget(self)
        self.qualification_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.qualification_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.qualification_table.setWordWrap(False)
        self.qualification_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.qualification_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.chart_view = chart_view(self)
        self.chart_view.setMinimumHeight(300)
        self.rome_label = QLabel(self)
        self.rome_label.setWordWrap(True)
        self.rome_label.setTextFormat(Qt.TextFormat.RichText)
        self.rome_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._title(self.tr("Exposition : les trois qualifications de "
                                                  "l'étude et votre requalification")))
        left_layout.addWidget(self.qualification_table)
        left_layout.addWidget(self.chart_view, 1)
        left_layout.addWidget(self._title(self.tr("Fiches ROME retenues pour ce métier")))
        left_layout.addWidget(self.rome_label)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(left)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self._build_competencies())
        self.splitter.setSizes([560, 720])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

    def _title(self, text: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>", self)
        label.setWordWrap(True)
        return label

    def _build_competencies(self) -> QWidget:
        self.competency_stack = QStackedWidget(self)
        self.no_rome_label = QLabel(self)
        self.no_rome_label.setWordWrap(True)
        self.no_rome_label.setText(self.tr(
            "<p><b>Aucune version du ROME n'est importée.</b></p><p>Les compétences d'un "
            "métier, leur niveau d'impact estimé et le score recalculé viennent des fiches "
            "ROME de France Travail. Importez la version « RefRomeCsv » (dossier ou zip) "
            "pour les afficher ; les scores publiés par l'étude restent consultables à "
            "gauche.</p>"))
        self.import_button = QPushButton(self.tr("Importer le ROME…"), self)
        self.import_button.clicked.connect(self.context.import_requested)
        empty = QWidget(self)
        empty_layout = QVBoxLayout(empty)
        empty_layout.addWidget(self.no_rome_label)
        empty_layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CompetencyModel.ESTIMATE, Qt.SortOrder.DescendingOrder)
        self.table.setItemDelegateForColumn(CompetencyModel.LEVEL, LevelDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CompetencyModel.LABEL, QHeaderView.ResizeMode.Stretch)
        self.undo_button = QPushButton(self.tr("Annuler"), self)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = QPushButton(self.tr("Rétablir"), self)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.reset_button = QPushButton(self.tr("Revenir aux estimations"), self)
        self.reset_button.clicked.connect(self.reset_job)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self._title(self.tr(
            "Compétences ROME et niveau d'impact de l'IA générative (atelier de "
            "requalification : double-cliquez un niveau pour le changer)")))
        page_layout.addLayout(buttons)
        page_layout.addWidget(self.table, 1)
        page_layout.addWidget(self.summary_label)
        computing = QWidget(self)
        computing_layout = QVBoxLayout(computing)
        computing_layout.addWidget(QLabel(self.tr(
            "Estimation des niveaux d'impact des compétences ROME des 58 métiers…"), self))
        self.book_progress = QProgressBar(self)
        self.book_progress.setRange(0, 100)
        computing_layout.addWidget(self.book_progress)
        computing_layout.addStretch(1)
        self.competency_stack.addWidget(empty)
        self.competency_stack.addWidget(computing)
        self.competency_stack.addWidget(page)
        return self.competency_stack

    # Data -------------------------------------------------------------------------------
    def _on_loaded(self) -> None:
        study = self.context.study
        if study is None:
            return
        fill_jobs(self.job_combo, study)
        first = self.context.selected_job or study.ranking(self.context.qualification)[0][0].name
        self._build_book()
        self.show_job(first)

    def _on_release_changed(self) -> None:
        self._build_book()
        self.refresh()

    def _build_book(self) -> None:
        """Estimate every job's levels on a worker, once per release."""
        release = self.context.release
        if release is None or release is self._book_release:
            return
        if self._operation is not None:
            self._operation.cancel()
        self.book, self._book_release = None, release
        self.book_progress.setValue(0)
        self._operation = Operation(
            lambda progress, cancelled: LevelBook.build(release, progress, cancelled),
            on_success=lambda book: self._book_ready(release, book),
            on_progress=lambda fraction, _m: self.book_progress.setValue(round(fraction * 100)),
        ).start()

    def _book_ready(self, release: Any, book: LevelBook) -> None:
        if release is not self.context.release:
            return  # a newer release is being estimated
        self._operation = None
        self.book = book
        self._estimate_scores = book.scores({})
        self.refresh()

    def _on_job_chosen(self, index: int) -> None:
        name = self.job_combo.itemText(index)
        if name:
            self.context.select_job(name)
            self.show_job(name)

    def show_job(self, name: str) -> None:
        if self.context.study is None:
            return
        self.job = self.context.study.find_job(name).name
        index = self.job_combo.findText(self.job)
        if index >= 0 and index != self.job_combo.currentIndex():
            self.job_combo.setCurrentIndex(index)
        self.refresh()

    def refresh(self) -> None:
        if self.job is None or self.context.study is None:
            return
        job = self.context.study.find_job(self.job)
        self.family_label.setText(
            f"{job.family_label}" + (self.tr(" — métier cœur d'assistance") if job.core else ""))
        ready = self.book is not None and self.context.release is not None
        self.model.set_rows(self.book.rows(self.job, self.context.data.overrides) if ready else [])
        self.competency_stack.setCurrentIndex(
            0 if self.context.release is None else 2 if ready else 1)
        self._fill_qualifications()
        self._fill_rome()

    def recomputed(self, use_overrides: bool = True) -> tuple[float, Any] | None:
        """Score and profile from the competency levels (the user's or the estimates)."""
        if self.book is None or not self.model.rows:
            return None
        from domain.study.exposure import profile_for

        scores = (self.book.scores(self.context.data.overrides) if use_overrides
                  else self._estimate_scores)
        score = scores.get(self.job)
        if score is None:
            return None
        return score, profile_for(self.context.study, self.job, score)

    def _fill_qualifications(self) -> None:
        if self.job is None or self.context.study is None:
            return
        self._fill_qualification_table()
        self.chart_view.set_chart(level_distribution_chart(
            self._distributions(), self.tr("Répartition des compétences par niveau d'impact")))
        yours = self.recomputed()
        self.summary_label.setText("" if yours is None else self.tr(
            "Score recalculé avec les niveaux retenus : <b>{score}</b> — profil « {profile} » "
            "({changed} niveau(x) modifié(s) sur {total}).").format(
                score=format_score(yours[0]), profile=profile_label(yours[1]),
                changed=sum(r.changed for r in self.model.rows), total=len(self.model.rows)))

    def _fill_qualification_table(self) -> None:
        """Columns: the three published qualifications, then the two recomputed ones."""
        from domain.study import Qualification

        study, table = self.context.study, self.qualification_table
        chosen = self.context.qualification
        rows = (self.tr("Score"), self.tr("Rang"), self.tr("Profil"),
                self.tr("Compétences"), self.tr("Niveaux 1 à 5"))
        columns: list[tuple[str, list[str], Any, str]] = []
        for q in Qualification:
            exposure = study.exposure(self.job, q)
            counts = study.level_counts(self.job, q)
            title = qualification_short(q.value).replace(" ", "\n", 1) + (
                " ●" if q is chosen else "")
            columns.append((title, [
                format_score(exposure.score) + (" ⚠" if exposure.flagged else ""),
                str(exposure.rank), profile_label(exposure.profile),
                str(counts.competencies) if counts else "—",
                "-".join(map(str, counts.counts)) if counts else "—",
            ], exposure.profile, exposure.flag_reason))
        for title, result, levels in (
            (self.tr("Estimation\n(ROME)"), self.recomputed(False),
             [r.estimate for r in self.model.rows]),
            (self.tr("Niveaux\nretenus"), self.recomputed(), [r.level for r in self.model.rows]),
        ):
            if result is None:
                columns.append((title, ["—"] * 5, None, ""))
                continue
            from domain.matching.competency_levels import level_counts

            columns.append((title, [format_score(result[0]), "—", profile_label(result[1]),
                                    str(len(levels)), "-".join(map(str, level_counts(levels)))],
                            result[1], ""))
        table.clear()
        table.setRowCount(len(rows))
        table.setColumnCount(len(columns))
        table.setVerticalHeaderLabels(list(rows))
        table.setHorizontalHeaderLabels([c[0] for c in columns])
        for column, (_title, values, profile, reason) in enumerate(columns):
            for row, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if profile is not None:
                    item.setBackground(profile_tint(profile))
                    item.setForeground(QColor("#1a1a1a"))
                if reason and row == 0:
                    item.setToolTip(self.tr("L'étude se contredit : {r}").format(r=reason))
                table.setItem(row, column, item)
        row_height = table.fontMetrics().height() + 8
        for row in range(table.rowCount()):
            table.setRowHeight(row, row_height)
        header_height = 2 * table.fontMetrics().height() + 10  # two-line column titles
        table.horizontalHeader().setFixedHeight(header_height)
        table.setFixedHeight(header_height + row_height * table.rowCount() + 4)
        from gui.competency_model import explain_qualification_table

        explain_qualification_table(table)  # what each row and figure means (issue 11)

    def _distributions(self) -> dict[str, list[int]]:
        from domain.matching.competency_levels import level_counts
        from domain.study import Qualification

        series: dict[str, list[int]] = {}
        for qualification in Qualification:
            counts = self.context.study.level_counts(self.job, qualification)
            if counts is not None:
                series[qualification_short(qualification.value)] = list(counts.counts)
        if self.model.rows:
            series[self.tr("Estimation (ROME)")] = level_counts([r.estimate for r in self.model.rows])
            series[self.tr("Niveaux retenus")] = level_counts([r.level for r in self.model.rows])
        return series

    def _fill_rome(self) -> None:

        mappings = (self.context.data.job_rome if self.context.data else {}).get(self.job, [])
        release = self.context.release
        parts = []
        for m in mappings:
            missing = (release is not None and m.code_rome not in release.sheets)
            parts.append(
                f"<p><b>{escape(m.code_rome)}</b> {escape(m.rome_label)} — "
                + self.tr("appellation « {a} »").format(a=escape(m.appellation))
                + (self.tr(" <i>(absente de la version importée)</i>") if missing else "")
                + f"<br><span style='color:#505050'>{escape(m.rationale)}</span></p>")
        self.rome_label.setText("".join(parts) or self.tr("Aucune fiche ROME associée."))

    # Editing ----------------------------------------------------------------------------
    def request_level(self, item_code: str, level: int) -> None:
        row = next(r for r in self.model.rows if r.code == item_code)
        before = self.context.data.overrides.get((self.job, item_code))
        after = None if level == row.estimate else level
        if before != after:
            self.undo_stack.push(SetLevelCommand(self, self.job, item_code, row.label, before, after))

    def reset_job(self) -> None:
        changed = [r for r in self.model.rows
                   if (self.job, r.code) in self.context.data.overrides]
        if not changed:
            return
        self.undo_stack.beginMacro(self.tr("revenir aux estimations pour « {job} »").format(
            job=self.job))
        for row in changed:
            before = self.context.data.overrides[(self.job, row.code)]
            self.undo_stack.push(SetLevelCommand(self, self.job, row.code, row.label, before, None))
        self.undo_stack.endMacro()

    def apply_override(self, job: str, item_code: str, level: int | None) -> None:
        """Save (or clear) one override on the store's writer; the view follows its signal."""
        from domain.matching.competency_levels import set_competency_level
        from gui import store_worker

        self.context.store.call(
            lambda conn: set_competency_level(conn, job=job, item_code=item_code, level=level),
            topic=store_worker.LEVELS, detail=job, parent=self)

    def _on_overrides_changed(self, job: str) -> None:
        """A level was stored: show that job (undo may concern another one) with its score."""
        if job != self.job:
            self.show_job(job)
        else:
            self.refresh()

    # Main window hooks ------------------------------------------------------------------
    def focus_search(self) -> None:
        self.job_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.job_combo.lineEdit().selectAll()
