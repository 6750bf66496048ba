"""Cartographie des métiers: the 58 jobs in a sortable, filterable table beside a chart.

The view only arranges widgets: the rows come from :mod:`gui.job_table_model`, the charts from
:mod:`gui.charts`, the figures from ``domain.study`` through the shared :class:`AppContext`.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.app_context import AppContext
from gui.charts import (
    PROFILE_ORDER,
    BarList,
    chart_view,
    family_bars,
    job_bars,
    profile_color,
    profile_counts_chart,
    profile_label,
    profile_legend,
)
from gui.formats import count, plural
from gui.job_table_model import (
    QUALIFICATION_SHORT,
    Column,
    JobFilterProxy,
    JobTableModel,
    job_records,
    qualification_short,
)
from gui.settings import CHART_MODE, JOB_MAP_SPLITTER

CHART_MODES = ("jobs", "families", "profiles")
BAR_HEIGHT = 19  # pixels per job in the "scores by job" chart


class JobMapView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = JobTableModel(qualification=context.qualification_value, parent=self)
        self.proxy = JobFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._chart_timer = QTimer(self, singleShot=True, interval=120)
        self._chart_timer.timeout.connect(self.refresh_chart)
        self.stack = QStackedWidget(self)
        self.loading_label = QLabel(self.tr("Chargement de l'étude…"), self)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading_label)
        self.stack.addWidget(self._build_content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        context.loaded.connect(self._on_loaded)
        context.qualification_changed.connect(self._on_qualification_changed)
        if context.is_loaded:
            self._on_loaded()

    # Building ---------------------------------------------------------------------------
    def _build_content(self) -> QWidget:
        content = QWidget(self)
        self.search_edit = QLineEdit(content)
        self.search_edit.setPlaceholderText(self.tr("Rechercher un métier ou une famille…"))
        self.search_edit.setToolTip(self.tr(
            "Les accents et les majuscules sont ignorés : « medecin » trouve « Médecin »."))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_filter_changed)
        self.family_combo = QComboBox(content)
        self.family_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.family_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.profile_combo = QComboBox(content)
        self.profile_combo.addItem(self.tr("Tous les profils"), None)
        for profile in PROFILE_ORDER:
            self.profile_combo.addItem(profile_label(profile), profile)
            self.profile_combo.setItemData(self.profile_combo.count() - 1,
                                           profile_color(profile), Qt.ItemDataRole.DecorationRole)
        self.profile_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.core_check = QCheckBox(self.tr("Métiers cœur seulement"), content)
        self.core_check.toggled.connect(self._on_filter_changed)
        self.qualification_combo = QComboBox(content)
        for value in QUALIFICATION_SHORT:
            self.qualification_combo.addItem(qualification_short(value), value)
        self.qualification_combo.setToolTip(self.tr(
            "PwC initial : toutes les compétences de la fiche ROME ; PwC revu : compétences "
            "retenues par les experts, qualifiées par PwC ; Experts métier : mêmes "
            "compétences, qualifiées par les experts de la branche."))
        self._select_qualification_in_combo(self.context.qualification_value)
        self.qualification_combo.currentIndexChanged.connect(self._on_qualification_chosen)
        self.count_label = QLabel(content)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.family_combo, 1)
        filters.addWidget(self.profile_combo, 1)
        filters.addWidget(self.core_check)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Qualification :"), content))
        filters.addWidget(self.qualification_combo)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, content)
        self.splitter.addWidget(self._build_table())
        self.splitter.addWidget(self._build_chart_panel())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([860, 500])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(content)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count_label)
        return content

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.SCORE, Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(24)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.activated.connect(self._open_sheet)  # double-click or Enter, as the platform says
        table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table = table
        from gui.table_export import install_table_menu

        open_sheet = QAction(self.tr("Ouvrir la fiche métier"), table)
        open_sheet.triggered.connect(lambda: self._open_sheet(table.currentIndex()))
        install_table_menu(table, title=self.tr("Cartographie des métiers"), actions=[open_sheet])
        return table

    def _build_chart_panel(self) -> QWidget:
        panel = QWidget(self)
        self.chart_combo = QComboBox(panel)
        self.chart_combo.addItem(self.tr("Scores par métier"), "jobs")
        self.chart_combo.addItem(self.tr("Score moyen par famille"), "families")
        self.chart_combo.addItem(self.tr("Nombre de métiers par profil"), "profiles")
        mode = self.context.settings.get(CHART_MODE)
        self.chart_combo.setCurrentIndex(CHART_MODES.index(mode) if mode in CHART_MODES else 0)
        self.chart_combo.currentIndexChanged.connect(self._on_chart_mode)
        self.bar_list = BarList(panel)
        self.bar_list.bar_clicked.connect(self._on_bar_clicked)
        self.chart_scroll = QScrollArea(panel)
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart_scroll.setWidget(self.bar_list)
        self.chart_view = None  # QtCharts view, built when first needed (start-up time)
        self.chart_stack = QStackedWidget(panel)
        self.chart_stack.addWidget(self.chart_scroll)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Graphique :"), panel))
        row.addWidget(self.chart_combo, 1)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.chart_stack, 1)
        return panel

    # Data -------------------------------------------------------------------------------
    def _on_loaded(self) -> None:
        study = self.context.study
        if study is None:
            self.loading_label.setText(self.tr("L'étude n'a pas pu être chargée."))
            return
        self.family_combo.blockSignals(True)
        self.family_combo.clear()
        self.family_combo.addItem(self.tr("Toutes les familles"), None)
        for code, family in study.families:
            self.family_combo.addItem(f"{code} – {family}", code)
        self.family_combo.blockSignals(False)
        self.model.set_records(job_records(study, self.context.data.headcounts))
        self._fit_columns()
        self.stack.setCurrentIndex(1)
        state = self.context.settings.get(JOB_MAP_SPLITTER)
        if not state.isEmpty():
            self.splitter.restoreState(state)
        self._update_count()
        self.refresh_chart()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.resizeSection(Column.NAME, min(header.sectionSize(Column.NAME), 300))
        header.resizeSection(Column.PROFILE, min(header.sectionSize(Column.PROFILE), 215))
        for column in (Column.SCORE, Column.RANK, Column.OTHER_1, Column.OTHER_2, Column.CORE):
            header.resizeSection(column, header.sectionSize(column) + 14)  # sort arrow room
        header.resizeSection(Column.FAMILY, min(header.sectionSize(Column.FAMILY), 240))
        known = any(r.headcount is not None for r in self.model.records())
        self.table.setColumnHidden(Column.HEADCOUNT, not known)

    def _on_filter_changed(self, *_args) -> None:
        self.proxy.set_text(self.search_edit.text())
        self.proxy.set_family(self.family_combo.currentData())
        self.proxy.set_profile(self._profile_filter())
        self.proxy.set_core_only(self.core_check.isChecked())
        self._update_count()
        self._chart_timer.start()

    def _profile_filter(self):
        value = self.profile_combo.currentData()
        if value is None:
            return None
        from domain.study import Profile

        return Profile(value)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown != total:
            text = plural(shown, self.tr("{n} métier affiché sur {total}"),
                          self.tr("{n} métiers affichés sur {total}"))
        else:
            text = plural(total, self.tr("{n} métier"), self.tr("{n} métiers"))
        self.count_label.setText(text.replace("{total}", count(total)))

    def _select_qualification_in_combo(self, value: str) -> None:
        index = self.qualification_combo.findData(value)
        if index >= 0 and index != self.qualification_combo.currentIndex():
            self.qualification_combo.setCurrentIndex(index)

    def _on_qualification_chosen(self, _index: int) -> None:
        self.context.set_qualification(self.qualification_combo.currentData())

    def _on_qualification_changed(self, qualification) -> None:
        self._select_qualification_in_combo(qualification.value)
        self.model.set_qualification(qualification.value)
        self.proxy.invalidate()  # the profile filter and the sort depend on the qualification
        self._update_count()
        self.refresh_chart()

    # Chart ------------------------------------------------------------------------------
    def _on_chart_mode(self, _index: int) -> None:
        self.context.settings.set(CHART_MODE, self.chart_combo.currentData())
        self.refresh_chart()

    def chart_mode(self) -> str:
        return self.chart_combo.currentData()

    def refresh_chart(self) -> None:
        records = self.proxy.visible_records()
        qualification = self.model.qualification
        title_q = qualification_short(qualification)
        mode = self.chart_mode()
        if mode == "profiles":
            if self.chart_view is None:
                self.chart_view = chart_view(self.chart_stack)
                self.chart_stack.addWidget(self.chart_view)
            self.chart_view.set_chart(profile_counts_chart(
                records, qualification, self.tr("Métiers par profil — {q}").format(q=title_q)))
            self.chart_stack.setCurrentWidget(self.chart_view)
            return
        if mode == "families":
            self.bar_list.set_bars(
                self.tr("Score moyen par famille — {q}").format(q=title_q),
                family_bars(records, qualification),
                axis_title=self.tr("Score d'exposition moyen des métiers affichés"))
        else:
            self.bar_list.set_bars(
                self.tr("Scores par métier — {q}").format(q=title_q),
                job_bars(records, qualification),
                legend=profile_legend(), axis_title=self.tr("Score d'exposition"))
        self.chart_stack.setCurrentWidget(self.chart_scroll)

    def _on_bar_clicked(self, label: str) -> None:
        if self.chart_mode() == "jobs":
            self.select_job(label)
        else:
            code = label.split(" ", 1)[0]
            self.family_combo.setCurrentIndex(max(0, self.family_combo.findData(code)))

    # Selection --------------------------------------------------------------------------
    def _record_at(self, index):
        return self.model.record(self.proxy.mapToSource(index).row()) if index.isValid() else None

    def _on_current_changed(self, current, _previous) -> None:
        record = self._record_at(current)
        if record is not None:
            self.context.select_job(record.name)

    def _open_sheet(self, index) -> None:
        record = self._record_at(index)
        if record is not None:
            self.context.select_job(record.name)
            self.context.view_requested.emit("job_sheet")

    def select_job(self, name: str) -> None:
        row = self.model.row_of(name)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    # Main window hooks ------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def export_table(self):
        """Ctrl+E: the jobs shown (filters and sort kept) to an .xlsx workbook."""
        from gui.table_export import export_table

        return export_table(self.table, self.window())

    def save_state(self) -> None:
        if self.stack.currentIndex() == 1:
            self.context.settings.set(JOB_MAP_SPLITTER, self.splitter.saveState())
