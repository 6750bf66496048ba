"""The right half of the Fiche métier: the job's retained competencies and their impact levels.

Widgets only (table, buttons, summaries); :class:`gui.job_sheet_view.JobSheetView` fills them
and turns each request into an undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.job_profile_model import JobProfileModel, ProfileFilter
from gui.level_editing import LevelDelegate


class JobProfilePanel(QWidget):
    """Table of the job's sheets' competencies (retained first), undo/redo, resets, summaries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = JobProfileModel(self)
        self.proxy = ProfileFilter(self)
        self.proxy.setSourceModel(self.model)
        title = QLabel("<b>" + self.tr("Compétences retenues du métier et niveau d'impact de "
                                       "l'IA générative") + "</b>", self)
        title.setWordWrap(True)
        intro = QLabel(self.tr(
            "Le profil garde les compétences des fiches ROME qui s'appliquent au métier dans "
            "l'assistance : passerelles, couverture et plans de formation n'utilisent qu'elles. "
            "Cochez ou décochez « Retenue » ; double-cliquez un niveau pour le changer."), self)
        intro.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Annuler"), self)
        self.redo_button = QPushButton(self.tr("Rétablir"), self)
        self.reset_profile_button = QPushButton(self.tr("Revenir au profil livré"), self)
        self.reset_profile_button.setToolTip(self.tr(
            "Oublier les compétences retenues ou écartées par vous pour ce métier (annulable)."))
        self.reset_button = QPushButton(self.tr("Revenir aux niveaux estimés"), self)
        self.reset_button.setToolTip(self.tr(
            "Oublier les niveaux d'impact changés pour ce métier (annulable)."))
        for button in (self.undo_button, self.redo_button):
            button.setEnabled(False)
        self.show_all_check = QCheckBox(self.tr("Afficher aussi les compétences non retenues "
                                                "des fiches"), self)
        self.show_all_check.setToolTip(self.tr(
            "Les fiches ROME décrivent tout un métier ; celles qui ne s'appliquent pas dans "
            "l'assistance sont grisées. Cochez-en une pour la retenir."))
        self.show_all_check.toggled.connect(self.proxy.set_show_all)
        self.table = self._build_table()
        self.profile_summary = QLabel(self)
        self.profile_summary.setWordWrap(True)
        self.score_summary = QLabel(self)
        self.score_summary.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.undo_button, self.redo_button, self.reset_profile_button,
                       self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.show_all_check)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.profile_summary)
        layout.addWidget(self.score_summary)

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        header = table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the profile's own order
        table.setSortingEnabled(True)
        table.setItemDelegateForColumn(JobProfileModel.LEVEL, LevelDelegate(table))
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.SelectedClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(True)  # long ROME labels on several lines, never cut
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(JobProfileModel.LABEL, QHeaderView.ResizeMode.Stretch)
        return table

    def source_row(self, proxy_row: int) -> int:
        return self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()

    def proxy_row(self, code: str) -> int:
        """The shown row of item ``code`` (-1 when hidden or absent)."""
        row = self.model.row_of(code)
        return -1 if row < 0 else self.proxy.mapFromSource(self.model.index(row, 0)).row()
