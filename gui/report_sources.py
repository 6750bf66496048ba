"""The left side of the Rapports view: whose report (a person, a team) or which job sheet.

:class:`TeamPanel` says in words which people « the team » is — the whole list shown, or only
the people selected — so clicking a person to preview their report never changes it silently.
:class:`JobPicker` lists the 58 jobs for a job sheet (``report --job``), searched without
accents or capitals like every picker of the window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui.formats import plural


class TeamPanel(QGroupBox):
    """Who the team is, and the three things to do with its reports."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Rapports d'une équipe"), parent)
        self.all_radio = QRadioButton(self)
        self.selected_radio = QRadioButton(self)
        self.all_radio.setChecked(True)
        self.all_radio.setToolTip(self.tr("Toutes les personnes de la liste, après la "
                                          "recherche éventuelle"))
        self.selected_radio.setToolTip(self.tr("Ctrl+clic ou Maj+clic dans la liste pour "
                                               "choisir plusieurs personnes"))
        group = QButtonGroup(self)
        group.addButton(self.all_radio)
        group.addButton(self.selected_radio)
        group.buttonToggled.connect(lambda *_: self.changed.emit())
        self.print_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.merge_button = QPushButton(self)
        self.merge_button.setToolTip(self.tr(
            "Un seul fichier PDF avec tous les rapports, pages vectorielles (texte net et "
            "sélectionnable), à imprimer ou à envoyer"))
        layout = QVBoxLayout(self)
        for widget in (self.all_radio, self.selected_radio, self.print_button,
                       self.merge_button, self.save_button):
            layout.addWidget(widget)
        self.update_counts(0, 0, False)

    def use_selection(self) -> bool:
        return self.selected_radio.isChecked()

    def update_counts(self, listed: int, selected: int, busy: bool) -> None:
        """Say how many people each choice means; buttons give the team's size."""
        self.all_radio.setText(plural(listed, self.tr("Toute la liste affichée ({n} personne)"),
                                      self.tr("Toute la liste affichée ({n} personnes)")))
        self.selected_radio.setText(self.tr("Les personnes sélectionnées ({n})").format(
            n=selected))
        self.selected_radio.setEnabled(selected > 0 or self.selected_radio.isChecked())
        team = selected if self.use_selection() else listed
        self.print_button.setText(self.tr("Imprimer les rapports de l'équipe ({n})…")
                                  .format(n=team))
        self.merge_button.setText(self.tr("Enregistrer en un seul PDF ({n})…").format(n=team))
        self.save_button.setText(self.tr("Enregistrer les rapports de l'équipe ({n}) dans "
                                         "un dossier…").format(n=team))
        for button in (self.print_button, self.save_button, self.merge_button):
            button.setEnabled(team > 0 and not busy)


class JobPicker(QWidget):
    """The 58 jobs, filtered as the user types (accents and capitals ignored) and ranked like
    every job picker (:func:`gui.job_combo.match_rank`: the exact name first, then the names
    starting with the typed text, then the others); Enter opens the first one listed."""

    job_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Rechercher un métier…"))
        self.search_edit.setToolTip(self.tr("Les accents et les majuscules sont ignorés : "
                                            "« charge d'accueil » trouve « Chargé d'accueil »."))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.filter)
        self.search_edit.returnPressed.connect(self.choose_first)
        self.list = QListWidget(self)
        self.list.currentItemChanged.connect(self._on_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 1)

    def set_jobs(self, study: Any) -> None:
        from domain.text import fold

        self.list.blockSignals(True)
        self.list.clear()
        for job in sorted(study.jobs, key=lambda j: fold(j.name)):
            item = QListWidgetItem(job.name)
            item.setData(Qt.ItemDataRole.UserRole, job.name)
            item.setToolTip(f"{job.family_code} – {job.family}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.filter(self.search_edit.text())

    def filter(self, text: str) -> None:
        """Hide the jobs that do not contain every typed word; rank the others."""
        from domain.text import fold
        from gui.job_combo import match_rank, plain_key

        words = fold(text).split()
        typed = plain_key(text)
        current = self.list.currentItem()
        self.list.blockSignals(True)
        items = [self.list.takeItem(0) for _ in range(self.list.count())]
        items.sort(key=lambda item: (match_rank(item.text(), typed), fold(item.text())))
        for item in items:
            self.list.addItem(item)
            key = fold(f"{item.text()} {item.toolTip()}")
            item.setHidden(not all(word in key for word in words))
        if current is not None:
            self.list.setCurrentItem(current)
        self.list.blockSignals(False)

    def choose_first(self) -> None:
        """Enter in the search field: open the first job listed (the only one, often)."""
        first = next((self.list.item(r) for r in range(self.list.count())
                      if not self.list.item(r).isHidden()), None)
        if first is not None:
            self.list.setCurrentItem(first)  # job_chosen, unless it is already shown
            self.list.scrollToItem(first)

    def visible_jobs(self) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count())
                if not self.list.item(r).isHidden()]

    def select_job(self, name: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).text() == name:
                self.list.setCurrentRow(row)
                return

    def _on_current(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            self.job_chosen.emit(current.text())
