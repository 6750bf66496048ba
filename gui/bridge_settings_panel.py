"""The Passerelles view's settings: what makes a job a target and how far a bridge may reach.

The settings are the window's (``gui.engine_holder``): the graph, the person editor and the
plan use the same ones, and they are remembered for the next start.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from domain.matching.bridges import BridgeSettings
from gui.app_context import AppContext
from gui.charts import PROFILE_ORDER, profile_color, profile_label
from gui.engine_holder import engine_holder


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
        self.top.setToolTip(self.tr(
            "Nombre de passerelles montrées pour un métier ou une personne, ici et dans les "
            "rapports (par défaut : {n}).").format(n=BridgeSettings().shown))
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
        self.top.setValue(settings.shown)
        self._loading = False

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        profiles = frozenset(k for k, box in self.profile_boxes.items() if box.isChecked())
        self.holder.set_settings(replace(
            self.holder.settings, target_profiles=profiles, max_target_score=self.max_score.value(),
            min_similarity=self.min_similarity.value(), hop_similarity=self.hop_similarity.value(),
            top=self.top.value(), shown=self.top.value()))

    def reset(self) -> None:
        self.holder.set_settings(BridgeSettings(qualification=self.context.qualification.value))


def _swatch(color):
    from PySide6.QtGui import QIcon, QPixmap

    pixmap = QPixmap(12, 12)
    pixmap.fill(color)
    return QIcon(pixmap)
