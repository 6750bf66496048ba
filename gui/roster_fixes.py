"""What the user can do about a refused roster line without leaving the import preview.

Beside the list of errors, :class:`LineFixPanel` acts on the selected one: choose the line's
job among the suggestions (or any of the 58 jobs), map its job title once and for all (stored
in the correspondence table, ``domain.people.job_titles``), leave the line out of the import,
or go to the column choices when a column is missing. :class:`ChoicesPanel` lists the choices
made for this import (job fixes, lines left out, column choices) so each can be taken back.
Both only emit signals: the import dialog keeps the choices and reads the file again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.job_picker import chosen_job, job_picker, set_jobs
from gui.people_model import ProblemsModel


class RosterProblemsModel(ProblemsModel):
    """The errors of a roster, the cell of a workbook shown beside its column (« Métier (E2) »)."""

    headers = (
        QT_TRANSLATE_NOOP("RosterProblemsModel", "Ligne"),
        QT_TRANSLATE_NOOP("RosterProblemsModel", "Colonne (cellule)"),
        QT_TRANSLATE_NOOP("RosterProblemsModel", "Problème"),
    )

    def cell(self, problem: Any, column: int) -> Any:
        if column == self.COLUMN and getattr(problem, "cell", None):
            return f"{problem.column or ''} ({problem.cell})".strip()
        return super().cell(problem, column)


class LineFixPanel(QGroupBox):
    """Actions on one error of the preview: fix the job, map the title, leave the line out."""

    job_fixed = Signal(int, str)  # line, study job
    title_mapped = Signal(str, str)  # title as written, study job
    line_excluded = Signal(int)
    columns_requested = Signal()

    def __init__(self, study: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Corriger"), parent)
        self.study = study
        self.problem: Any = None
        self.message = QLabel(self.tr("Choisissez une erreur dans la liste."), self)
        self.message.setWordWrap(True)
        self.job_label = QLabel(self.tr("Métier :"), self)
        self.job_combo = job_picker(self, study)
        self.job_combo.setToolTip(self.tr("Tapez une partie du nom (sans accents si vous "
                                          "voulez) ; les suggestions sont en tête de liste"))
        self.job_label.setBuddy(self.job_combo)
        self.line_button = QPushButton(self)
        self.line_button.clicked.connect(self._fix_line)
        self.title_button = QPushButton(self)
        self.title_button.clicked.connect(self._map_title)
        self.exclude_button = QPushButton(self)
        self.exclude_button.clicked.connect(self._exclude)
        self.columns_button = QPushButton(self.tr("Indiquer les colonnes…"), self)
        self.columns_button.clicked.connect(self.columns_requested)
        self.job_combo.currentIndexChanged.connect(self._update_buttons)
        self.job_combo.editTextChanged.connect(self._update_buttons)
        job_row = QHBoxLayout()
        job_row.addWidget(self.job_label)
        job_row.addWidget(self.job_combo, 1)
        buttons = QHBoxLayout()
        for button in (self.line_button, self.title_button, self.exclude_button,
                       self.columns_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(job_row)
        layout.addLayout(buttons)
        self.show_problem(None)

    def show_problem(self, problem: Any, header_line: int = 0) -> None:
        """Offer what fits ``problem`` (a ``RosterProblem``, or None: nothing selected)."""
        self.problem = problem
        is_job = problem is not None and problem.field == "job" and bool(problem.line)
        # A header problem (a field without its column, two columns for one field) is fixed
        # in the « Colonnes » page; a column of social security numbers only in the file.
        is_column = (problem is not None and problem.field is None and bool(problem.line)
                     and problem.line == header_line
                     and "sécurité sociale" not in problem.message)
        self.message.setText(self._guidance(problem, is_job, is_column))
        self.message.setToolTip(str(problem) if problem is not None else "")
        for widget in (self.job_label, self.job_combo, self.line_button):
            widget.setVisible(is_job)
        self.title_button.setVisible(is_job and bool(problem.value)
                                     and not problem.value.startswith("="))
        self.exclude_button.setVisible(problem is not None and bool(problem.line)
                                       and problem.field is not None)
        self.columns_button.setVisible(is_column)
        if is_job:
            set_jobs(self.job_combo, self.study, problem.suggestions)
            if problem.suggestions:
                self.job_combo.setCurrentIndex(0)
            self.line_button.setText(self.tr("Ce métier pour la ligne {line}").format(
                line=problem.line))
            self.title_button.setText(self.tr("Toujours associer « {title} » à ce métier")
                                      .format(title=_short(problem.value)))
            self.title_button.setToolTip(self.tr(
                "Enregistre la correspondance : cet intitulé sera reconnu par tous les "
                "imports suivants (menu Fichier › Correspondances des intitulés de poste)"))
        if problem is not None and problem.line:
            self.exclude_button.setText(self.tr("Laisser la ligne {line} hors de l'import")
                                        .format(line=problem.line))
        self._update_buttons()

    def _guidance(self, problem: Any, is_job: bool, is_column: bool) -> str:
        """One short sentence on what can be done (the table shows the whole message)."""
        if problem is None:
            return self.tr("Choisissez une erreur dans la liste.")
        if is_job and problem.value and not problem.value.startswith("="):
            return self.tr("Ligne {line} : quel métier de l'étude pour « {title} » ? Les "
                           "suggestions sont en tête de liste.").format(
                               line=problem.line, title=_short(problem.value))
        if is_job:
            return self.tr("Ligne {line} : choisissez le métier de la ligne, ou corrigez le "
                           "fichier.").format(line=problem.line)
        if is_column:
            return self.tr("Indiquez dans l'onglet « Colonnes » ce que contient chaque colonne "
                           "non reconnue.")
        if problem.line and problem.field:
            return self.tr("Ligne {line} : corrigez le fichier puis relisez-le, ou laissez la "
                           "ligne hors de l'import.").format(line=problem.line)
        return self.tr("Corrigez le fichier puis relisez-le.")

    def _update_buttons(self) -> None:
        ready = bool(chosen_job(self.job_combo))
        self.line_button.setEnabled(ready)
        self.title_button.setEnabled(ready)

    def _fix_line(self) -> None:
        job = chosen_job(self.job_combo)
        if self.problem is not None and job:
            self.job_fixed.emit(self.problem.line, job)

    def _map_title(self) -> None:
        job = chosen_job(self.job_combo)
        if self.problem is not None and job:
            self.title_mapped.emit(self.problem.value, job)

    def _exclude(self) -> None:
        if self.problem is not None and self.problem.line:
            self.line_excluded.emit(self.problem.line)


class ChoicesPanel(QWidget):
    """The choices made for this import, each one can be taken back (then the file is reread)."""

    undone = Signal(str, object)  # kind (« exclu », « metier », « colonne »), line or header

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(self.tr(
            "Vos choix pour cet import. Ils ne modifient pas le fichier ; les choix de "
            "colonnes sont retenus pour les prochains fichiers aux mêmes en-têtes."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.undo_button = QPushButton(self.tr("Annuler ce choix"), self)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self._undo)
        self.list.currentRowChanged.connect(
            lambda row: self.undo_button.setEnabled(row >= 0))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)

    def show_choices(self, excluded, fixes, mapping, remembered: bool) -> int:
        """List the choices; returns how many there are."""
        from gui.column_mapping import FIELD_LABELS, field_label

        self.list.clear()
        for line in sorted(excluded):
            self._add(self.tr("Ligne {line} laissée hors de l'import").format(line=line),
                      "exclu", line)
        for line, job in sorted(fixes.items()):
            self._add(self.tr("Ligne {line} : métier « {job} »").format(line=line, job=job),
                      "metier", line)
        for header, field in mapping.items():
            what = (field_label(field) if field in FIELD_LABELS else self.tr("non utilisée"))
            text = self.tr("Colonne « {header} » : {what}").format(header=header, what=what)
            if remembered:
                text += " " + self.tr("(retenu pour ces en-têtes)")
            self._add(text, "colonne", header)
        self.undo_button.setEnabled(False)
        return self.list.count()

    def _add(self, text: str, kind: str, key: object) -> None:
        item = QListWidgetItem(text, self.list)
        item.setData(256, (kind, key))

    def _undo(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            kind, key = item.data(256)
            self.undone.emit(kind, key)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
