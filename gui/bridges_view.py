"""Passerelles: the ranked bridges from one job, why each is proposed, and the collective plan.

The ranking, the explanations and what counts as a target all come from
``domain.matching.bridges`` through the shared engine; this view lets the user choose the job
and the settings (:mod:`gui.bridge_settings_panel`) and lays the answer out: a sortable table
led by coverage (the share of the target's key competencies already held), then the selected
bridge explained (:mod:`gui.bridge_detail`). It shows as many bridges as the setting
« Passerelles affichées » (``BridgeSettings.shown``, which the report also uses by default).
The second tab is the collective plan (:mod:`gui.plan_view`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.app_context import AppContext
from gui.bridge_detail import BridgeDetail
from gui.bridge_settings_panel import BridgeSettingsPanel
from gui.bridges_model import SORT_ROLE, BridgesModel
from gui.charts import profile_label
from gui.engine_holder import engine_holder
from gui.graph_items import number
from gui.job_combo import fill_jobs, searchable_combo


def bridges_table(model: BridgesModel, parent: QWidget) -> tuple[QTableView, QSortFilterProxyModel]:
    """A read-only, sortable table of bridges (numbers sort as numbers), whole rows selected."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView(parent)
    table.setModel(proxy)
    header = table.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the ranking
    table.setSortingEnabled(True)
    # No room kept for a sort arrow in every title until the user sorts: narrower columns.
    header.setSortIndicatorShown(False)
    header.sortIndicatorChanged.connect(lambda *_a: header.setSortIndicatorShown(True))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table, proxy


NAME_WIDTH = 210  # job names wider than this wrap onto a second line
MIN_NAME_WIDTH = 130  # narrower than this, the table scrolls sideways rather than wrap more
WIDE_WINDOW = 1500  # from this width the target settings are shown beside the bridges


SORT_ARROW = 20  # room for the sort arrow beside a header's title, once the user sorts


def fit_columns(table: QTableView, wrapped: tuple[int, ...] = ()) -> None:
    """Columns as wide as their content (the sorted one with room for its arrow), job names
    (``wrapped``) wrapping past NAME_WIDTH.

    Rows grow to their wrapped names, never cut; the first ``wrapped`` column (the target
    job) takes the spare width, so its names stop wrapping; a window too narrow for all the
    figures scrolls sideways.
    """
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    arrow = header.isSortIndicatorShown()
    header.setSortIndicatorShown(False)  # Qt would widen every column for an arrow
    table.resizeColumnsToContents()
    header.setSortIndicatorShown(arrow)
    sorted_column = header.sortIndicatorSection() if arrow else -1
    if 0 <= sorted_column < header.count():  # its title beside the arrow, not squeezed
        title = str(table.model().headerData(sorted_column, Qt.Orientation.Horizontal) or "")
        wanted = max((header.fontMetrics().horizontalAdvance(line)
                      for line in title.split("\n")), default=0) + SORT_ARROW
        table.setColumnWidth(sorted_column, max(table.columnWidth(sorted_column), wanted))
    natural = {column: table.columnWidth(column) for column in wrapped}
    for column in wrapped:
        table.setColumnWidth(column, min(natural[column], NAME_WIDTH))
    if wrapped:
        used = sum(table.columnWidth(c) for c in range(header.count())
                   if not table.isColumnHidden(c))
        spare = table.viewport().width() - used
        first = wrapped[0]
        # Spare width to the target job; short of width, its names wrap a little more first.
        table.setColumnWidth(first, max(MIN_NAME_WIDTH, table.columnWidth(first) + spare))
    table.resizeRowsToContents()


class BridgesView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.holder = engine_holder(context)
        self.engine: Any = None
        self.model = BridgesModel(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_bridges_tab(), self.tr("Passerelles d'un métier"))
        from gui.plan_view import PlanView

        self.plan_view = PlanView(context, self)
        self.tabs.addTab(self.plan_view, self.tr("Plan collectif"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        self.holder.ready.connect(self._on_engine)
        self.holder.failed.connect(self._on_engine_failed)
        self.holder.settings_changed.connect(lambda _s: self.refresh())
        context.loaded.connect(self._on_loaded)
        context.job_selected.connect(self.select_job)
        if context.is_loaded:
            self._on_loaded()

    # Building ---------------------------------------------------------------------------
    def _build_bridges_tab(self) -> QWidget:
        page = QWidget(self)
        self.job_combo = searchable_combo(page)
        self.job_combo.setToolTip(self.tr("Tapez une partie du nom, avec ou sans accents."))
        self.job_combo.currentIndexChanged.connect(self._on_job_chosen)
        self.source_label = QLabel(page)
        self.source_label.setWordWrap(True)
        self.status_label = QLabel(page)
        self.status_label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Importer le ROME…"), page)
        self.import_button.clicked.connect(self.context.import_requested.emit)
        self.import_button.hide()
        self.settings_button = QToolButton(page)
        self.settings_button.setText(self.tr("Réglages des cibles"))
        self.settings_button.setCheckable(True)
        self.settings_button.setToolTip(self.tr(
            "Afficher ou masquer les réglages : quels métiers sont des cibles, similarités "
            "minimales, nombre de passerelles affichées."))
        top = QHBoxLayout()
        top.addWidget(self.settings_button)
        top.addWidget(QLabel(self.tr("Métier d'origine :"), page))
        top.addWidget(self.job_combo)
        top.addWidget(self.source_label, 1)
        self.table, self.proxy = bridges_table(self.model, page)
        self.table.horizontalHeader().sortIndicatorChanged.connect(
            lambda *_a: fit_columns(self.table, (BridgesModel.TARGET, BridgesModel.VIA)),
            Qt.ConnectionType.QueuedConnection)  # after the arrow is shown
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.table.viewport().installEventFilter(self)  # refit when the table's width changes
        from gui.table_export import install_table_menu

        self.table_actions = install_table_menu(self.table, title=self.tr("Passerelles"))
        self.detail = BridgeDetail(page)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([190, 420])
        splitter.setChildrenCollapsible(False)
        main = QWidget(page)
        right = QVBoxLayout(main)
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(top)
        right.addWidget(self.status_label)
        right.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(splitter, 1)
        self.settings_panel = BridgeSettingsPanel(self.context, page)
        settings = QScrollArea(page)  # the panel scrolls rather than being cut on a small screen
        settings.setWidgetResizable(True)
        settings.setFrameShape(QFrame.Shape.NoFrame)
        settings.setWidget(self.settings_panel)
        settings.setMinimumWidth(120)
        outer = QSplitter(Qt.Orientation.Horizontal, page)
        outer.addWidget(settings)
        outer.addWidget(main)
        outer.setStretchFactor(1, 1)
        outer.setCollapsible(1, False)  # the settings may be folded away, not the bridges
        outer.setSizes([self.settings_panel.sizeHint().width() + 8, 1000])
        self.settings_area = settings
        self.settings_button.toggled.connect(settings.setVisible)
        layout = QHBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(outer)
        return page

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """First shown: the settings stay folded on a narrow window, so every column fits."""
        super().showEvent(event)
        if not getattr(self, "_shown_once", False):
            self._shown_once = True
            wide = self.window().width() >= WIDE_WINDOW
            self.settings_button.setChecked(wide)
            self.settings_area.setVisible(wide)
        self._fit_table_height()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """The target job column keeps the spare width whenever the table's width changes
        (window resized, splitter moved, settings panel shown or hidden, first layout)."""
        if (watched is self.table.viewport() and event.type() == QEvent.Type.Resize
                and event.size().width() != event.oldSize().width() and self.model.rowCount()):
            fit_columns(self.table, (BridgesModel.TARGET, BridgesModel.VIA))
        return super().eventFilter(watched, event)

    # Data -------------------------------------------------------------------------------
    def activated(self) -> None:
        if self.engine is None:
            self.holder.request()

    def _on_loaded(self) -> None:
        study = self.context.study
        if study is None:
            return
        fill_jobs(self.job_combo, study)
        if self.context.selected_job:
            self.select_job(self.context.selected_job)
        self.status_label.setText(self.tr("Choisissez un métier d'origine."))
        self.activated()

    def _on_engine(self, engine: Any) -> None:
        self.engine = engine
        self.import_button.hide()
        self.refresh()

    def _on_engine_failed(self, exc: BaseException) -> None:
        from domain.errors import RomeError

        if isinstance(exc, RomeError):
            self.status_label.setText(self.tr("Aucune version du ROME n'est importée : les "
                                              "passerelles en ont besoin."))
            self.import_button.show()
        else:
            self.status_label.setText(self.tr("Le moteur de passerelles n'a pas pu être "
                                              "construit."))

    def current_job(self) -> str | None:
        return self.job_combo.currentData()

    def select_job(self, name: str) -> None:
        index = self.job_combo.findData(name)
        if index >= 0 and index != self.job_combo.currentIndex():
            self.job_combo.setCurrentIndex(index)

    def _on_job_chosen(self, _index: int) -> None:
        job = self.current_job()
        if job:
            self.context.select_job(job)
        self.refresh()

    def settings(self) -> Any:
        """The window's settings, asking for as many bridges as are shown (and reported)."""
        settings = self.holder.settings
        return replace(settings, top=settings.shown)

    def refresh(self) -> None:
        """Ask the engine for the current job's bridges (milliseconds once it is built)."""
        job = self.current_job()
        if self.engine is None or not job:
            self.model.set_rows([])
            self._show_detail(QModelIndex())
            if self.engine is None and job and not self.holder.error:
                self.status_label.setText(self.tr("Construction du moteur de passerelles…"))
            return
        settings = self.settings()
        bridges = self.engine.bridges(job, settings)
        self.model.set_rows(bridges)
        from gui.table_export import TITLE_PROPERTY

        self.table.setProperty(TITLE_PROPERTY, self.tr("Passerelles - {job}").format(job=job))
        self._show_source(job, settings)
        if not bridges:
            self.status_label.setText(self.tr(
                "Aucune passerelle avec ces réglages : élargissez les profils cibles ou baissez "
                "les similarités minimales."))
        else:
            from gui.formats import plural

            self.status_label.setText(self.tr(
                "{bridges}, les liens directs d'abord, puis les chemins en deux étapes. "
                "Sélectionnez une ligne pour son explication ; cliquez un titre de colonne "
                "pour trier.").format(bridges=plural(len(bridges), self.tr("{n} passerelle"),
                                                     self.tr("{n} passerelles"))))
        fit_columns(self.table, (BridgesModel.TARGET, BridgesModel.VIA))
        self._fit_table_height()
        if bridges:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(0, 0)).row())

    def _fit_table_height(self) -> None:
        """Give the table the height of its rows (at most 60 % of the space), the rest to the
        explanation."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        rows = sum(self.table.rowHeight(r) for r in range(self.proxy.rowCount()))
        wanted = self.table.horizontalHeader().height() + rows + 24  # frame and scroll bar
        table = min(max(wanted, 120), int(total * 0.6))
        self.splitter.setSizes([table, total - table])

    def _show_source(self, job: str, settings: Any) -> None:
        facts = self.engine.facts(settings.qualification).get(job)
        if facts is None:
            self.source_label.clear()
            return
        from gui.job_table_model import qualification_short

        self.source_label.setText(self.tr(
            "{profile}, score d'exposition {score} (publié par l'étude, qualification « {q} »)")
            .format(profile=profile_label(facts.profile_label), score=number(facts.score),
                    q=qualification_short(settings.qualification)))

    def selected_bridge(self) -> Any:
        index = self.table.selectionModel().currentIndex()
        return self.model.row(self.proxy.mapToSource(index).row()) if index.isValid() else None

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        source = self.proxy.mapToSource(current) if current.isValid() else QModelIndex()
        self.detail.show_bridge(self.model.row(source.row()) if source.isValid() else None)

    def export_table(self):
        """Ctrl+E: the bridges shown (their sort order kept) to an .xlsx workbook."""
        from gui.table_export import export_table

        return export_table(self.table, self.window())

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.job_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.job_combo.lineEdit().selectAll()
