"""Passerelles: the ranked bridges from one job, why each is proposed, and the collective plan.

The ranking, the explanations and what counts as a target all come from ``domain.matching.bridges``
through the shared engine; this view only lets the user choose the job and the settings and
lays the answer out: the table of bridges, then for the selected one the competencies the
person brings, those to acquire and the path. The second tab is the collective plan
(:mod:`gui.plan_view`).
"""

from __future__ import annotations

import html
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.app import AppContext
from gui.bridges_model import BridgesModel, kind_label
from gui.charts import PROFILE_ORDER, profile_color, profile_label
from gui.engine_holder import engine_holder
from gui.graph_items import number
from gui.job_combo import fill_jobs, searchable_combo

COMPETENCY_KINDS = (  # domain.matching.competencies.KIND_LABELS, marked for the translation catalogue
    QT_TRANSLATE_NOOP("BridgesView", "savoir-faire"),
    QT_TRANSLATE_NOOP("BridgesView", "savoir-être"),
    QT_TRANSLATE_NOOP("BridgesView", "savoir"),
)


def competency_text(ref: Any) -> str:
    """One line per competency: label, kind, core, impact level, near-match."""
    from domain.matching.competencies import KIND_LABELS

    marks = [QCoreApplication.translate("BridgesView", KIND_LABELS.get(ref.kind, ref.kind))]
    if ref.core:
        marks.append(QCoreApplication.translate("BridgesView", "cœur de métier"))
    if ref.level is not None:
        marks.append(QCoreApplication.translate("BridgesView", "impact IA {level}/5").format(
            level=ref.level))
    if ref.near:
        marks.append(QCoreApplication.translate("BridgesView",
                                                "proche d'une compétence déjà exercée"))
    return f"{ref.label}  ({', '.join(marks)})"


class BridgeSettingsPanel(QGroupBox):
    """What makes a job a target and how far a bridge may reach; edits the shared settings."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Définition d'une cible"), parent)
        from domain.matching.engine import PROFILE_KEYS

        self.context = context
        self.holder = engine_holder(context)
        self.profile_boxes: dict[str, QCheckBox] = {}
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Métiers cibles : les profils cochés…"), self))
        for profile in PROFILE_ORDER:
            box = QCheckBox(profile_label(profile), self)
            box.setIcon(_swatch(profile_color(profile)))
            box.toggled.connect(self._changed)
            self.profile_boxes[PROFILE_KEYS[profile]] = box
            form.addRow(box)
        self.max_score = self._spin(0.0, 1.0, 0.05, self.tr(
            "Un métier dont le score d'exposition ne dépasse pas cette valeur est aussi une "
            "cible, quel que soit son profil."))
        form.addRow(self.tr("… ou score au plus"), self.max_score)
        self.min_similarity = self._spin(0.5, 1.0, 0.01, self.tr(
            "En dessous, un métier n'est atteint qu'en deux étapes."))
        form.addRow(self.tr("Similarité d'un lien direct"), self.min_similarity)
        self.hop_similarity = self._spin(0.5, 1.0, 0.01, self.tr(
            "Chaque étape d'un chemin en deux étapes doit atteindre cette similarité."))
        form.addRow(self.tr("Similarité par étape"), self.hop_similarity)
        self.top = QSpinBox(self)
        self.top.setRange(1, 57)
        self.top.valueChanged.connect(self._changed)
        form.addRow(self.tr("Passerelles affichées"), self.top)
        reset = QPushButton(self.tr("Réglages par défaut"), self)
        reset.clicked.connect(self.reset)
        form.addRow(reset)
        self._loading = False
        self.show_settings(self.holder.settings)
        self.holder.settings_changed.connect(self.show_settings)

    def _spin(self, low: float, high: float, step: float, tip: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setDecimals(2)
        spin.setToolTip(tip)
        spin.valueChanged.connect(self._changed)
        return spin

    def show_settings(self, settings: Any) -> None:
        self._loading = True
        for key, box in self.profile_boxes.items():
            box.setChecked(key in settings.target_profiles)
        self.max_score.setValue(settings.max_target_score)
        self.min_similarity.setValue(settings.min_similarity)
        self.hop_similarity.setValue(settings.hop_similarity)
        self.top.setValue(settings.top or 57)
        self._loading = False

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        profiles = frozenset(k for k, box in self.profile_boxes.items() if box.isChecked())
        self.holder.set_settings(replace(
            self.holder.settings, target_profiles=profiles, max_target_score=self.max_score.value(),
            min_similarity=self.min_similarity.value(), hop_similarity=self.hop_similarity.value(),
            top=self.top.value()))

    def reset(self) -> None:
        from domain.matching.bridges import BridgeSettings

        self.holder.set_settings(BridgeSettings(qualification=self.context.qualification.value))


def _swatch(color):
    from PySide6.QtGui import QIcon, QPixmap

    pixmap = QPixmap(12, 12)
    pixmap.fill(color)
    return QIcon(pixmap)


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
        self.job_combo.currentIndexChanged.connect(self._on_job_chosen)
        self.source_label = QLabel(page)
        self.status_label = QLabel(page)
        self.status_label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Importer le ROME…"), page)
        self.import_button.clicked.connect(self.context.import_requested.emit)
        self.import_button.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Métier d'origine :"), page))
        top.addWidget(self.job_combo)
        top.addWidget(self.source_label, 1)
        self.table = QTableView(page)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_detail(page))
        splitter.setSizes([260, 420])
        right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.status_label)
        right.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(splitter, 1)
        self.settings_panel = BridgeSettingsPanel(self.context, page)
        self.settings_panel.setMaximumWidth(330)
        left = QVBoxLayout()
        left.addWidget(self.settings_panel)
        left.addStretch(1)
        layout = QHBoxLayout(page)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        return page

    def _build_detail(self, parent: QWidget) -> QWidget:
        detail = QWidget(parent)
        self.explanation = QLabel(detail)
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shared_list, self.gap_list, self.exposed_list = (
            self._list(detail) for _ in range(3))
        hint = QLabel(self.tr("En gras : compétences cœur de métier. Impact IA : niveau 1 "
                              "(négligeable) à 5 (majeur) estimé pour la compétence."), detail)
        hint.setWordWrap(True)
        self.shared_box = self._titled(self.shared_list, detail)
        self.gap_box = self._titled(self.gap_list, detail)
        self.exposed_box = self._titled(self.exposed_list, detail)
        lists = QHBoxLayout()
        lists.addWidget(self.shared_box)
        lists.addWidget(self.gap_box)
        lists.addWidget(self.exposed_box)
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.explanation)
        layout.addLayout(lists, 1)
        layout.addWidget(hint)
        return detail

    def _list(self, parent: QWidget) -> QListWidget:
        widget = QListWidget(parent)
        widget.setWordWrap(True)
        widget.setResizeMode(QListView.ResizeMode.Adjust)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setAlternatingRowColors(True)
        return widget

    def _titled(self, widget: QWidget, parent: QWidget) -> QGroupBox:
        box = QGroupBox(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(widget)
        return box

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

    def refresh(self) -> None:
        """Ask the engine for the current job's bridges (milliseconds once it is built)."""
        job = self.current_job()
        if self.engine is None or not job:
            self.model.set_rows([])
            self._show_detail(QModelIndex())
            if self.engine is None and job and not self.holder.error:
                self.status_label.setText(self.tr("Construction du moteur de passerelles…"))
            return
        settings = self.holder.settings
        bridges = self.engine.bridges(job, settings)
        self.model.set_rows(bridges)
        self._show_source(job, settings)
        if not bridges:
            self.status_label.setText(self.tr(
                "Aucune passerelle avec ces réglages : élargissez les profils cibles ou baissez "
                "les similarités minimales."))
        else:
            self.status_label.setText(self.tr(
                "{n} passerelle(s), les liens directs d'abord, puis les chemins en deux étapes. "
                "Sélectionnez une ligne pour son explication.").format(n=len(bridges)))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(BridgesModel.TARGET,
                                                           QHeaderView.ResizeMode.Stretch)
        if bridges:
            self.table.selectRow(0)

    def _show_source(self, job: str, settings: Any) -> None:
        facts = self.engine.facts(settings.qualification).get(job)
        if facts is None:
            self.source_label.clear()
            return
        self.source_label.setText(self.tr("{profile}, score d'exposition {score}").format(
            profile=profile_label(facts.profile_label), score=number(facts.score)))

    def selected_bridge(self) -> Any:
        index = self.table.selectionModel().currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        bridge = self.model.row(current.row()) if current.isValid() else None
        for widget in (self.shared_list, self.gap_list, self.exposed_list):
            widget.clear()
        if bridge is None:
            self.explanation.clear()
            self.shared_box.setTitle(self.tr("Compétences partagées"))
            self.gap_box.setTitle(self.tr("Compétences à acquérir"))
            self.exposed_box.setTitle(self.tr("Compétences d'origine les plus exposées"))
            return
        path = " → ".join(self.tr("« {job} »").format(job=html.escape(job, quote=False))
                          for job in bridge.path)
        self.explanation.setText(self.tr(
            "<b>{kind}</b> — chemin : {path}<br>{text}<br>Déjà maîtrisé : {cov} des compétences "
            "du métier cible ({core} de ses compétences cœur).").format(
                kind=html.escape(kind_label(bridge.kind), quote=False), path=path,
                text=html.escape(bridge.explanation, quote=False),
                cov=f"{round(100 * bridge.coverage)} %",
                core=f"{round(100 * bridge.core_coverage)} %"))
        self._fill(self.shared_list, bridge.shared)
        self._fill(self.gap_list, bridge.gap)
        self._fill(self.exposed_list, bridge.source_exposed)
        self.shared_box.setTitle(self.tr("Compétences partagées ({n}) — ce que la personne "
                                         "apporte").format(n=len(bridge.shared)))
        self.gap_box.setTitle(self.tr("Compétences à acquérir ({n})").format(n=len(bridge.gap)))
        self.exposed_box.setTitle(self.tr("Compétences d'origine les plus exposées ({n})")
                                  .format(n=len(bridge.source_exposed)))

    def _fill(self, widget: QListWidget, refs: Any) -> None:
        for ref in refs:
            item = QListWidgetItem(competency_text(ref))
            item.setToolTip(ref.code)
            if ref.core:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            widget.addItem(item)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.job_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.job_combo.lineEdit().selectAll()
